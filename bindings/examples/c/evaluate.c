/* evaluate.c: evaluates a plan's rules on units read from a JSON Lines file
 * (one unit a line) and prints one line per unit and criterion:
 *     id <TAB> criterion <TAB> verdict
 * skipping criteria that are not for the unit's kind.
 * Build: cc -std=c11 evaluate.c $(pkg-config --static --cflags --libs thidua)
 * Run:   ./evaluate plan.td units.jsonl */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "thidua/thidua.h"

/* Reads one line of any length; returns NULL at the end of the file. The
 * caller frees it. */
static char* read_line(FILE* f, size_t* len) {
  size_t cap = 256, n = 0;
  char* line = malloc(cap);
  int c;
  if (line == NULL) return NULL;
  while ((c = fgetc(f)) != EOF && c != '\n') {
    if (n + 1 == cap) {
      char* bigger = realloc(line, cap *= 2);
      if (bigger == NULL) {
        free(line);
        return NULL;
      }
      line = bigger;
    }
    line[n++] = (char)c;
  }
  if (c == EOF && n == 0) {
    free(line);
    return NULL;
  }
  line[n] = '\0';
  *len = n;
  return line;
}

int main(int argc, char** argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s RULES.td UNITS.jsonl\n", argv[0]);
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

  /* 2. One verdict per unit and criterion. */
  int criteria = td_ruleset_criterion_count(rules);

  /* 3. Each line of the file is one unit, as a JSON object. */
  FILE* in = fopen(argv[2], "rb");
  if (in == NULL) {
    fprintf(stderr, "cannot read %s\n", argv[2]);
    td_ruleset_free(rules);
    return 2;
  }
  /* The units of the file are one population: a district's criteria read
   * its communes (docs/time-and-hierarchy.md), so evaluate them together. */
  int status = 0;
  size_t len = 0, count = 0, capacity = 0;
  td_unit** units = NULL;
  char* line;
  while ((line = read_line(in, &len)) != NULL) {
    td_unit* unit = NULL;
    if (len > 0 && td_unit_from_json(rules, line, len, &unit) != TD_OK) {
      fprintf(stderr, "bad unit: %s\n", td_ruleset_errmsg(rules));
      status = 1;
    }
    free(line);
    if (unit == NULL) continue;
    if (count == capacity) {
      capacity = capacity ? 2 * capacity : 64;
      td_unit** grown = realloc(units, capacity * sizeof *units);
      if (grown == NULL) {
        td_unit_free(unit);
        status = 2;
        break;
      }
      units = grown;
    }
    units[count++] = unit;
  }
  fclose(in);
  td_verdict* all = calloc(count * (size_t)criteria + 1, sizeof *all);
  /* NULL: the rules as of the plan's default day (the end of its period). */
  if (all != NULL && td_evaluate_batch(rules, (const td_unit* const*)units, count, 1, NULL, 0,
                                       all, count * (size_t)criteria) == TD_OK) {
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
  for (size_t u = 0; u < count; ++u) td_unit_free(units[u]);
  free(units);

  /* 4. Free everything: each handle with its own _free. */
  td_ruleset_free(rules);
  return status;
}
