/* Uses the installed C API: compile a rule file, evaluate one unit.
 * Usage: consumer_c RULE_FILE */
#include <stdio.h>
#include <string.h>

#include "thidua/thidua.h"

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  if (strcmp(td_version(), THIDUA_VERSION_STRING) != 0) return 1;
  td_ruleset* rules = NULL;
  if (td_ruleset_compile_file(argv[1], TD_NTS, NULL, &rules) != TD_OK) {
    fprintf(stderr, "%s\n", td_ruleset_errmsg(rules));
    td_ruleset_free(rules);
    return 1;
  }
  td_evaluator* ev = NULL;
  td_verdict v[8] = {0};
  const char* unit =
      "{\"kind\": \"enterprise\", \"id\": \"DN-01\", \"name\": \"Hạt điều\","
      " \"region\": \"difficult\", \"contribution\": \"250 triệu\", \"supported_communes\": 2}";
  int rc = td_evaluator_new(rules, &ev);
  if (rc == TD_OK) rc = td_evaluator_evaluate_json(ev, unit, TD_NTS, v, 8);
  if (rc != TD_OK) fprintf(stderr, "%s\n", td_evaluator_errmsg(ev));
  int i = td_ruleset_find_criterion(rules, "đóng_góp_đủ", TD_NTS);
  printf("c: %s %s\n", td_version(), i >= 0 ? td_verdict_id(v[i]) : "?");
  td_evaluator_free(ev);
  td_ruleset_free(rules);
  return rc == TD_OK && i >= 0 && v[i] == TD_ELIGIBLE ? 0 : 1;
}
