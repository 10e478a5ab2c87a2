/* evaluate.c: evaluates a plan's rules on the units of a data file (CSV,
 * JSON or JSON Lines) and prints one line per unit and criterion:
 *     id <TAB> criterion <TAB> verdict
 * skipping criteria that are not for the unit's kind. A bad row is reported
 * with its row and column; the other rows are still evaluated.
 * Build: cc -std=c11 evaluate.c $(pkg-config --static --cflags --libs thidua)
 * Run:   ./evaluate plan.td units.jsonl */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "thidua/thidua.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s RULES.td UNITS\n", argv[0]);
    return 2;
  }
  /* 1. Compile the rules. On failure the handle still says why. */
  td_compile_options options;
  td_compile_options_init(&options);
  options.language = TD_LANG_VI; /* diagnostics and data errors in Vietnamese */
  td_ruleset* rules = NULL;
  if (td_ruleset_compile_file(argv[1], TD_NTS, &options, &rules) != TD_OK) {
    char* text = NULL;
    td_ruleset_format_diagnostics(rules, TD_FORMAT_TEXT, &text);
    fprintf(stderr, "%s\n", text != NULL ? text : td_ruleset_errmsg(rules));
    td_free_string(text);
    td_ruleset_free(rules);
    return 1;
  }

  /* 2. Read the data file. Its units are one population: a district's
   * criteria read its communes (docs/time-and-hierarchy.md). */
  td_unit_table* table = NULL;
  if (td_unit_table_read_file(rules, argv[2], TD_NTS, &table) != TD_OK) {
    fprintf(stderr, "%s\n", td_ruleset_errmsg(rules));
    td_ruleset_free(rules);
    return 2;
  }
  int status = 0;
  for (size_t i = 0; i < td_unit_table_error_count(table); ++i) {
    int64_t row = 0;
    const char* column = NULL;
    const char* message = NULL;
    td_unit_table_error(table, i, &row, &column, &message);
    fprintf(stderr, "%s:%" PRId64 ": %s%s%s\n", argv[2], row, column,
            column[0] != '\0' ? ": " : "", message);
    status = 1;
  }

  /* 3. One verdict per unit and criterion, for all the units at once. NULL:
   * the rules as of the plan's default day (the end of its period). */
  int criteria = td_ruleset_criterion_count(rules);
  size_t count = td_unit_table_unit_count(table);
  const td_unit* const* units = td_unit_table_units(table);
  td_verdict* all = calloc(count * (size_t)criteria + 1, sizeof *all);
  if (all != NULL && td_evaluate_batch(rules, units, count, 1, NULL, 0, all,
                                       count * (size_t)criteria) == TD_OK) {
    for (size_t u = 0; u < count; ++u) {
      for (int c = 0; c < criteria; ++c) {
        td_verdict v = all[u * (size_t)criteria + (size_t)c];
        if (v == TD_NOT_APPLICABLE) continue;
        printf("%s\t%s\t%s\n", td_unit_id(units[u]), td_ruleset_criterion_name(rules, c),
               td_verdict_id(v));
      }
    }
  } else {
    fprintf(stderr, "%s\n", all == NULL ? "out of memory" : td_ruleset_errmsg(rules));
    status = 1;
  }
  free(all);

  /* 4. Free everything: each handle with its own _free. The units are the
   * table's: freeing it frees them. */
  td_unit_table_free(table);
  td_ruleset_free(rules);
  return status;
}
