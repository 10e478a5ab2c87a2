/* Tests the C API from C11: every function, NULL and misuse, a failed
 * compile's diagnostics, Vietnamese text, and one shared td_ruleset used by
 * several threads. Usage: thidua_capi_test SOURCE_DIR */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "thidua/thidua.h"

static int g_checks, g_failures;

#define CHECK(cond)                                                \
  do {                                                             \
    ++g_checks;                                                    \
    if (!(cond)) {                                                 \
      ++g_failures;                                                \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                              \
  } while (0)
#define CHECK_EQ_INT(a, b) CHECK((a) == (b))
#define CHECK_STR(a, b) CHECK((a) != NULL && strcmp((a), (b)) == 0)
#define CHECK_HAS(a, needle) CHECK((a) != NULL && strstr((a), (needle)) != NULL)

static const char* g_source_dir = ".";

static const char kRules[] =
    "plan thu_nghiem \"Kế hoạch thử nghiệm\" {\n"
    "  source \"Kế hoạch 192/KH-UBND ngày 30/6/2022\"\n"
    "  period 2021 .. 2025\n"
    "}\n"
    "enum region \"Vùng\" { normal \"Vùng khác\", difficult \"Vùng khó khăn\" }\n"
    "unit enterprise \"Doanh nghiệp, hợp tác xã\" {\n"
    "  name: text \"Tên\"\n"
    "  region: region \"Vùng\"\n"
    "  contribution: optional money \"Mức đóng góp\"\n"
    "  supported_communes: int \"Số xã được hỗ trợ\"\n"
    "  recognised: bool \"Được ghi nhận\"\n"
    "}\n"
    "unit commune \"Xã\" { criteria_met: int \"Số tiêu chí đạt\" }\n"
    "criterion đóng_góp_đủ for enterprise\n"
    "  \"Đóng góp từ 300 triệu đồng trở lên\"\n"
    "  source \"192/KH-UBND, IV.1.4\"\n"
    "  : contribution >= 300 triệu\n"
    "  except region in {difficult}: contribution >= 200 triệu\n"
    "criterion hỗ_trợ_xã for enterprise \"Hỗ trợ từ 01 xã trở lên\"\n"
    "  source \"192/KH-UBND, IV.1.4\"\n"
    "  : supported_communes >= 1\n"
    "criterion ghi_nhận for enterprise \"Được ghi nhận\": recognised\n"
    "criterion xã_đạt_chuẩn for commune \"Xã đạt 19 tiêu chí\": criteria_met >= 19\n"
    "test \"Vùng khó khăn, 250 triệu\" {\n"
    "  given enterprise { id: \"DN-01\", name: \"Công ty Hạt điều\", region: difficult,\n"
    "    contribution: 250 triệu, supported_communes: 2, recognised: true }\n"
    "  expect đóng_góp_đủ\n"
    "  expect hỗ_trợ_xã\n"
    "}\n";

/* A money field compared with a plain number: one type error on line 3. */
static const char kBrokenRules[] =
    "unit enterprise \"Doanh nghiệp\" { contribution: money \"Đóng góp\" }\n"
    "criterion đủ for enterprise \"Đủ\"\n"
    "  : contribution >= 300\n";

static const char kDifficult250[] =
    "{\"kind\": \"enterprise\", \"id\": \"Công ty Hạt điều Đắk Ơ\", \"name\": \"Hạt điều\","
    " \"region\": \"difficult\", \"contribution\": \"250 triệu\","
    " \"supported_communes\": 2, \"recognised\": true}";

enum { kMaxCriteria = 8 };

static td_ruleset* CompileRules(void) {
  td_ruleset* rules = NULL;
  int rc = td_ruleset_compile(kRules, sizeof kRules - 1, "thu_nghiem.td", TD_NTS,
                              NULL, &rules);
  CHECK_EQ_INT(rc, TD_OK);
  CHECK(rules != NULL);
  return rules;
}

static void TestVersionAndStrings(void) {
  CHECK_STR(td_version(), THIDUA_VERSION_STRING);
  CHECK(THIDUA_VERSION_MAJOR >= 0 && THIDUA_VERSION_MINOR >= 0 && THIDUA_VERSION_PATCH >= 0);
  for (int code = TD_OK; code <= TD_E_INTERNAL; ++code) {
    CHECK(td_errstr(code) != NULL && td_errstr(code)[0] != '\0');
  }
  CHECK_STR(td_errstr(12345), "unknown error code");
  CHECK_STR(td_verdict_id(TD_ELIGIBLE), "eligible");
  CHECK_STR(td_verdict_id(TD_NOT_ELIGIBLE), "not_eligible");
  CHECK_STR(td_verdict_id(TD_UNDETERMINED), "undetermined");
  CHECK_STR(td_verdict_id(TD_NOT_APPLICABLE), "not_applicable");
  CHECK(td_verdict_id(0) == NULL);
  CHECK_STR(td_verdict_name(TD_ELIGIBLE, TD_LANG_VI), "đủ điều kiện");
  CHECK(td_verdict_name(TD_ELIGIBLE, TD_LANG_EN) != NULL);
  CHECK(td_verdict_name(TD_ELIGIBLE, 7) == NULL);
  CHECK(td_verdict_name(99, TD_LANG_EN) == NULL);
  td_free_string(NULL);
}

static void TestCompileAndDeclarations(void) {
  td_ruleset* rules = CompileRules();
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_OK);
  CHECK_STR(td_ruleset_errmsg(rules), "not an error");
  CHECK_STR(td_ruleset_plan_name(rules), "thu_nghiem");
  CHECK_STR(td_ruleset_plan_title(rules), "Kế hoạch thử nghiệm");
  CHECK_STR(td_ruleset_plan_source(rules), "Kế hoạch 192/KH-UBND ngày 30/6/2022");
  CHECK_EQ_INT(td_ruleset_criterion_count(rules), 4);
  CHECK_STR(td_ruleset_criterion_name(rules, 0), "đóng_góp_đủ");
  CHECK_STR(td_ruleset_criterion_label(rules, 0), "Đóng góp từ 300 triệu đồng trở lên");
  CHECK_STR(td_ruleset_criterion_source(rules, 0), "192/KH-UBND, IV.1.4");
  CHECK_STR(td_ruleset_criterion_source(rules, 2), "");
  CHECK(td_ruleset_criterion_name(rules, 4) == NULL);
  CHECK(td_ruleset_criterion_label(rules, -1) == NULL);
  CHECK(td_ruleset_criterion_source(rules, 99) == NULL);
  CHECK_EQ_INT(td_ruleset_find_criterion(rules, "ghi_nhận", TD_NTS), 2);
  /* An explicit length: only "hỗ_trợ_xã" (14 bytes of UTF-8) is read. */
  CHECK_EQ_INT(td_ruleset_find_criterion(rules, "hỗ_trợ_xã_và_thêm", 14), 1);
  CHECK_EQ_INT(td_ruleset_find_criterion(rules, "không_có", TD_NTS), -1);
  CHECK_EQ_INT(td_ruleset_find_criterion(rules, NULL, 3), -1);
  CHECK_EQ_INT(td_ruleset_unit_kind_count(rules), 2);
  CHECK_STR(td_ruleset_unit_kind(rules, 1), "commune");
  CHECK(td_ruleset_unit_kind(rules, 2) == NULL);
  CHECK(td_ruleset_unit_kind(rules, -1) == NULL);
  CHECK_EQ_INT((int)td_ruleset_diagnostic_count(rules), 0);
  td_diagnostic d;
  CHECK_EQ_INT(td_ruleset_diagnostic(rules, 0, &d), TD_E_RANGE);
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_E_RANGE);
  CHECK(strlen(td_ruleset_errmsg(rules)) > 0);
  char* text = NULL;
  CHECK_EQ_INT(td_ruleset_format_diagnostics(rules, TD_FORMAT_JSON, &text), TD_OK);
  CHECK(text != NULL && strncmp(text, "[]", 2) == 0);
  td_free_string(text);
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_OK); /* a success resets it */
  CHECK_EQ_INT(td_ruleset_format_diagnostics(rules, 5, &text), TD_E_MISUSE);
  CHECK(text == NULL);
  int passed = -1, failed = -1;
  char* report = NULL;
  CHECK_EQ_INT(td_ruleset_run_tests(rules, &passed, &failed, &report), TD_OK);
  CHECK_EQ_INT(passed, 1);
  CHECK_EQ_INT(failed, 0);
  CHECK_HAS(report, "\"title\":\"Vùng khó khăn, 250 triệu\"");
  td_free_string(report);
  CHECK_EQ_INT(td_ruleset_run_tests(rules, NULL, NULL, NULL), TD_OK);
  td_ruleset_free(rules);

  /* Options: Vietnamese, a rules root; an invalid language is misuse. */
  td_compile_options opt;
  td_compile_options_init(&opt);
  CHECK_EQ_INT(opt.language, TD_LANG_EN);
  CHECK(opt.max_file_bytes == 4u << 20 && opt.max_nesting_depth == 200);
  CHECK(opt.max_files == 256 && opt.max_diagnostics == 100);
  opt.rules_root = ".";
  opt.rules_root_len = TD_NTS;
  opt.language = 9;
  rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile(kRules, TD_NTS, NULL, 0, &opt, &rules), TD_E_MISUSE);
  CHECK(rules == NULL);
  td_compile_options_init(NULL);
}

static void TestFailedCompile(void) {
  td_compile_options opt;
  td_compile_options_init(&opt);
  opt.language = TD_LANG_VI;
  td_ruleset* rules = NULL;
  int rc = td_ruleset_compile(kBrokenRules, TD_NTS, "hỏng.td", TD_NTS, &opt, &rules);
  CHECK_EQ_INT(rc, TD_E_COMPILE);
  CHECK(rules != NULL);
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_E_COMPILE);
  CHECK_HAS(td_ruleset_errmsg(rules), "1 lỗi");
  CHECK_HAS(td_ruleset_errmsg(rules), "hỏng.td:3:");
  CHECK_EQ_INT((int)td_ruleset_diagnostic_count(rules), 1);
  td_diagnostic d;
  memset(&d, 0, sizeof d);
  CHECK_EQ_INT(td_ruleset_diagnostic(rules, 0, &d), TD_OK);
  CHECK_EQ_INT(d.severity, TD_SEVERITY_ERROR);
  CHECK_STR(d.path, "hỏng.td");
  CHECK_EQ_INT(d.line, 3);
  CHECK_EQ_INT(d.column, 21);
  CHECK(d.end_column > d.column);
  /* The byte offset points at "300" in the text given. */
  CHECK(d.byte_offset < sizeof kBrokenRules &&
        strncmp(kBrokenRules + d.byte_offset, "300", 3) == 0);
  CHECK(d.message != NULL && d.message[0] != '\0');
  CHECK_HAS(d.hint, "triệu");
  CHECK_STR(d.source_line, "  : contribution >= 300");
  char* text = NULL;
  CHECK_EQ_INT(td_ruleset_format_diagnostics(rules, TD_FORMAT_TEXT, &text), TD_OK);
  CHECK_HAS(text, "hỏng.td:3:21: lỗi:");
  td_free_string(text);
  CHECK_EQ_INT(td_ruleset_format_diagnostics(rules, TD_FORMAT_JSON, &text), TD_OK);
  CHECK_HAS(text, "\"line\": 3");
  td_free_string(text);
  CHECK_EQ_INT(td_ruleset_diagnostic(rules, 0, NULL), TD_E_MISUSE);

  /* A failed rule set answers every other call with TD_E_COMPILE. */
  CHECK_EQ_INT(td_ruleset_criterion_count(rules), 0);
  CHECK(td_ruleset_plan_name(rules) == NULL);
  CHECK(td_ruleset_plan_title(rules) == NULL);
  CHECK(td_ruleset_plan_source(rules) == NULL);
  CHECK_EQ_INT(td_ruleset_find_criterion(rules, "đủ", TD_NTS), -1);
  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_E_COMPILE);
  CHECK(ev == NULL);
  td_unit* unit = NULL;
  CHECK_EQ_INT(td_unit_from_json(rules, "{}", 2, &unit), TD_E_COMPILE);
  td_unit_builder* b = NULL;
  CHECK_EQ_INT(td_unit_builder_new(rules, "enterprise", TD_NTS, &b), TD_E_COMPILE);
  CHECK_EQ_INT(td_ruleset_run_tests(rules, NULL, NULL, NULL), TD_E_COMPILE);
  td_verdict v[1];
  CHECK_EQ_INT(td_evaluate_batch(rules, NULL, 0, 1, NULL, 0, v, 1), TD_E_COMPILE);
  td_ruleset_free(rules);

  /* A file that cannot be read: TD_E_IO, and a handle that says why. */
  rules = NULL;
  rc = td_ruleset_compile_file("không/có/tệp.td", TD_NTS, NULL, &rules);
  CHECK_EQ_INT(rc, TD_E_IO);
  CHECK(rules != NULL);
  CHECK_HAS(td_ruleset_errmsg(rules), "tệp.td");
  td_ruleset_free(rules);
}

static void TestCompileFileAndTests(void) {
  char path[1024], root[1024];
  snprintf(root, sizeof root, "%s/rules", g_source_dir);
  snprintf(path, sizeof path, "%s/rules/binh-phuoc-192-2022/plan.td", g_source_dir);
  td_compile_options opt;
  td_compile_options_init(&opt);
  opt.rules_root = root;
  opt.rules_root_len = strlen(root);
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile_file(path, strlen(path), &opt, &rules), TD_OK);
  CHECK(td_ruleset_criterion_count(rules) > 20);
  int passed = 0, failed = -1;
  CHECK_EQ_INT(td_ruleset_run_tests(rules, &passed, &failed, NULL), TD_OK);
  CHECK(passed > 0);
  CHECK_EQ_INT(failed, 0);
  td_ruleset_free(rules);
}

static void TestUnitsAndBuilder(void) {
  td_ruleset* rules = CompileRules();
  td_unit* unit = NULL;
  CHECK_EQ_INT(td_unit_from_json(rules, kDifficult250, TD_NTS, &unit), TD_OK);
  CHECK_STR(td_unit_id(unit), "Công ty Hạt điều Đắk Ơ");
  CHECK_STR(td_unit_kind(unit), "enterprise");
  td_unit_free(unit);

  /* Bad data: the message names the field. */
  unit = (td_unit*)&unit; /* overwritten with NULL on failure */
  const char* bad = "{\"kind\": \"enterprise\", \"id\": \"X\", \"supported_communes\": \"nhiều\"}";
  CHECK_EQ_INT(td_unit_from_json(rules, bad, strlen(bad), &unit), TD_E_DATA);
  CHECK(unit == NULL);
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_E_DATA);
  CHECK_HAS(td_ruleset_errmsg(rules), "supported_communes");
  CHECK_EQ_INT(td_unit_from_json(rules, "{not json", TD_NTS, &unit), TD_E_DATA);
  CHECK_EQ_INT(td_unit_from_json(rules, NULL, 5, &unit), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_from_json(rules, "{}", 2, NULL), TD_E_MISUSE);

  td_unit_builder* b = NULL;
  CHECK_EQ_INT(td_unit_builder_new(rules, "no_such_kind", TD_NTS, &b), TD_E_NOT_FOUND);
  CHECK(b == NULL);
  CHECK_EQ_INT(td_unit_builder_new(rules, "enterprise", 10, &b), TD_OK);
  CHECK_EQ_INT(td_unit_builder_errcode(b), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "id", 2, "Hợp tác xã Đồng Nơ", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "name", TD_NTS, "HTX", 3), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "region", TD_NTS, "difficult", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_money(b, "contribution", TD_NTS, 250000000), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_int64(b, "supported_communes", TD_NTS, 3), TD_OK);
  /* Wrong type, unknown field, bad text. */
  CHECK_EQ_INT(td_unit_builder_set_bool(b, "supported_communes", TD_NTS, 1), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "supported_communes");
  CHECK_EQ_INT(td_unit_builder_set_int64(b, "không_có", TD_NTS, 1), TD_E_NOT_FOUND);
  CHECK_EQ_INT(td_unit_builder_errcode(b), TD_E_NOT_FOUND);
  CHECK_EQ_INT(td_unit_builder_set_money(b, "recognised", TD_NTS, 1), TD_E_DATA);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "region", TD_NTS, "sao_hỏa", TD_NTS), TD_E_DATA);
  CHECK_EQ_INT(td_unit_builder_set_text(b, NULL, 0, "x", 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "name", TD_NTS, NULL, 1), TD_E_MISUSE);
  /* A required field is missing: the build fails and keeps the values. */
  CHECK_EQ_INT(td_unit_builder_build(b, &unit), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "recognised");
  CHECK_EQ_INT(td_unit_builder_set_bool(b, "recognised", TD_NTS, 1), TD_OK);
  CHECK_EQ_INT(td_unit_builder_build(b, &unit), TD_OK);
  CHECK_STR(td_unit_id(unit), "Hợp tác xã Đồng Nơ");

  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_OK);
  td_verdict v[kMaxCriteria];
  CHECK_EQ_INT(td_evaluator_evaluate(ev, unit, v, kMaxCriteria), TD_OK);
  CHECK_EQ_INT(v[0], TD_ELIGIBLE);
  CHECK_EQ_INT(v[1], TD_ELIGIBLE);
  CHECK_EQ_INT(v[2], TD_ELIGIBLE);
  CHECK_EQ_INT(v[3], TD_NOT_APPLICABLE);
  td_unit_free(unit);

  /* The builder starts afresh after a build: the same kind, no values. */
  CHECK_EQ_INT(td_unit_builder_build(b, &unit), TD_E_DATA);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "name", TD_NTS, "B", 1), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_text(b, "region", TD_NTS, "normal", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_int64(b, "supported_communes", TD_NTS, 0), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_bool(b, "recognised", TD_NTS, 0), TD_OK);
  CHECK_EQ_INT(td_unit_builder_build(b, &unit), TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate(ev, unit, v, kMaxCriteria), TD_OK);
  CHECK_EQ_INT(v[0], TD_UNDETERMINED); /* contribution is missing */
  CHECK_EQ_INT(v[1], TD_NOT_ELIGIBLE);
  CHECK_EQ_INT(td_unit_builder_build(b, NULL), TD_E_MISUSE);
  td_unit_free(unit);
  td_unit_builder_free(b);
  td_evaluator_free(ev);
  td_ruleset_free(rules);
}

static void TestEvaluateAndExplain(void) {
  td_ruleset* rules = CompileRules();
  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_OK);
  td_verdict v[kMaxCriteria];
  memset(v, 0, sizeof v);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kDifficult250, TD_NTS, v, kMaxCriteria), TD_OK);
  CHECK_EQ_INT(v[0], TD_ELIGIBLE);
  CHECK_EQ_INT(v[3], TD_NOT_APPLICABLE);
  CHECK_EQ_INT(v[4], 0); /* nothing written past criterion_count */
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kDifficult250, TD_NTS, v, 3), TD_E_RANGE);
  CHECK_EQ_INT(td_evaluator_errcode(ev), TD_E_RANGE);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, "[1]", TD_NTS, v, kMaxCriteria), TD_E_DATA);
  CHECK(strlen(td_evaluator_errmsg(ev)) > 0);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, NULL, 1, v, kMaxCriteria), TD_E_MISUSE);

  td_unit* unit = NULL;
  CHECK_EQ_INT(td_unit_from_json(rules, kDifficult250, TD_NTS, &unit), TD_OK);
  td_verdict one = 0;
  CHECK_EQ_INT(td_evaluator_evaluate_one(ev, unit, 1, &one), TD_OK);
  CHECK_EQ_INT(one, TD_ELIGIBLE);
  CHECK_EQ_INT(td_evaluator_errcode(ev), TD_OK);
  CHECK_STR(td_evaluator_errmsg(ev), "not an error");
  CHECK_EQ_INT(td_evaluator_evaluate_one(ev, unit, 4, &one), TD_E_RANGE);
  CHECK_EQ_INT(td_evaluator_evaluate_one(ev, unit, -1, &one), TD_E_RANGE);
  CHECK_EQ_INT(td_evaluator_evaluate_one(ev, unit, 0, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_evaluate_one(ev, NULL, 0, &one), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_evaluate(ev, unit, NULL, 0), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_evaluate(ev, NULL, v, kMaxCriteria), TD_E_MISUSE);

  char* text = NULL;
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, TD_LANG_VI, TD_FORMAT_TEXT, &text), TD_OK);
  CHECK_HAS(text, "Đóng góp từ 300 triệu đồng trở lên");
  CHECK_HAS(text, "đủ điều kiện");
  CHECK_HAS(text, "192/KH-UBND, IV.1.4");
  td_free_string(text);
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, TD_LANG_EN, TD_FORMAT_JSON, &text), TD_OK);
  CHECK(text != NULL && text[0] == '{');
  CHECK_HAS(text, "\"status\": \"eligible\"");
  td_free_string(text);
  text = (char*)"sentinel";
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 9, TD_LANG_EN, TD_FORMAT_TEXT, &text), TD_E_RANGE);
  CHECK(text == NULL);
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, 3, TD_FORMAT_TEXT, &text), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, TD_LANG_EN, 3, &text), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, TD_LANG_EN, TD_FORMAT_TEXT, NULL), TD_E_MISUSE);

  /* A unit of another rule set is refused, not misread. */
  td_ruleset* other = CompileRules();
  td_unit* foreign = NULL;
  CHECK_EQ_INT(td_unit_from_json(other, kDifficult250, TD_NTS, &foreign), TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate(ev, foreign, v, kMaxCriteria), TD_E_MISUSE);
  CHECK_HAS(td_evaluator_errmsg(ev), "another td_ruleset");

  /* Batch: row-major verdicts; NULL and foreign units are refused. */
  const td_unit* units[3] = {unit, unit, unit};
  td_verdict batch[3 * 4];
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 3, 2, NULL, 0, batch, 12), TD_OK);
  CHECK_EQ_INT(batch[0], TD_ELIGIBLE);
  CHECK_EQ_INT(batch[4 + 3], TD_NOT_APPLICABLE);
  CHECK_EQ_INT(batch[8 + 1], TD_ELIGIBLE);
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 3, 0, NULL, 0, batch, 11), TD_E_RANGE);
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 3, -1, NULL, 0, batch, 12), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluate_batch(rules, NULL, 3, 1, NULL, 0, batch, 12), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 0, 1, NULL, 0, NULL, 0), TD_OK);
  units[1] = foreign;
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 3, 1, NULL, 0, batch, 12), TD_E_MISUSE);
  units[1] = NULL;
  CHECK_EQ_INT(td_evaluate_batch(rules, units, 3, 1, NULL, 0, batch, 12), TD_E_MISUSE);
  CHECK_HAS(td_ruleset_errmsg(rules), "units[1]");

  /* Handles keep their rules alive: free the rule sets first. */
  td_ruleset_free(other);
  td_ruleset_free(rules);
  CHECK_EQ_INT(td_evaluator_evaluate(ev, unit, v, kMaxCriteria), TD_OK);
  CHECK_EQ_INT(v[0], TD_ELIGIBLE);
  CHECK_STR(td_unit_kind(unit), "enterprise");
  td_unit_free(foreign);
  td_unit_free(unit);
  td_evaluator_free(ev);
}

static void TestNullHandles(void) {
  td_ruleset* rules = NULL;
  td_unit* unit = NULL;
  td_unit_builder* b = NULL;
  td_evaluator* ev = NULL;
  td_verdict v[1];
  char* text = NULL;
  td_diagnostic d;
  CHECK_EQ_INT(td_ruleset_compile(kRules, TD_NTS, NULL, 0, NULL, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_compile(NULL, 10, NULL, 0, NULL, &rules), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_compile_file(NULL, 0, NULL, &rules), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_compile_file("", 0, NULL, &rules), TD_E_MISUSE);
  CHECK(rules == NULL);
  CHECK_EQ_INT(td_ruleset_errcode(NULL), TD_E_MISUSE);
  CHECK(td_ruleset_errmsg(NULL) != NULL);
  CHECK_EQ_INT((int)td_ruleset_diagnostic_count(NULL), 0);
  CHECK_EQ_INT(td_ruleset_diagnostic(NULL, 0, &d), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_format_diagnostics(NULL, TD_FORMAT_TEXT, &text), TD_E_MISUSE);
  CHECK(td_ruleset_plan_name(NULL) == NULL);
  CHECK(td_ruleset_plan_title(NULL) == NULL);
  CHECK(td_ruleset_plan_source(NULL) == NULL);
  CHECK_EQ_INT(td_ruleset_criterion_count(NULL), 0);
  CHECK(td_ruleset_criterion_name(NULL, 0) == NULL);
  CHECK(td_ruleset_criterion_label(NULL, 0) == NULL);
  CHECK(td_ruleset_criterion_source(NULL, 0) == NULL);
  CHECK_EQ_INT(td_ruleset_find_criterion(NULL, "a", 1), -1);
  CHECK_EQ_INT(td_ruleset_unit_kind_count(NULL), 0);
  CHECK(td_ruleset_unit_kind(NULL, 0) == NULL);
  CHECK_EQ_INT(td_ruleset_run_tests(NULL, NULL, NULL, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_from_json(NULL, "{}", 2, &unit), TD_E_MISUSE);
  CHECK(td_unit_id(NULL) == NULL);
  CHECK(td_unit_kind(NULL) == NULL);
  CHECK_EQ_INT(td_unit_builder_new(NULL, "x", 1, &b), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_errcode(NULL), TD_E_MISUSE);
  CHECK(td_unit_builder_errmsg(NULL) != NULL);
  CHECK_EQ_INT(td_unit_builder_set_text(NULL, "a", 1, "b", 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_set_bool(NULL, "a", 1, 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_set_int64(NULL, "a", 1, 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_set_money(NULL, "a", 1, 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_build(NULL, &unit), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_new(NULL, &ev), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_errcode(NULL), TD_E_MISUSE);
  CHECK(td_evaluator_errmsg(NULL) != NULL);
  CHECK_EQ_INT(td_evaluator_evaluate(NULL, NULL, v, 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_evaluate_json(NULL, "{}", 2, v, 1), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_evaluate_one(NULL, NULL, 0, v), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_explain(NULL, NULL, 0, TD_LANG_EN, TD_FORMAT_TEXT, &text),
               TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluate_batch(NULL, NULL, 0, 1, NULL, 0, v, 1), TD_E_MISUSE);
  CHECK(unit == NULL && b == NULL && ev == NULL && text == NULL);
  td_ruleset_free(NULL);
  td_unit_free(NULL);
  td_unit_builder_free(NULL);
  td_evaluator_free(NULL);

  rules = CompileRules();
  CHECK_EQ_INT(td_unit_builder_new(rules, NULL, 3, &b), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_builder_new(rules, "enterprise", TD_NTS, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_new(rules, NULL), TD_E_MISUSE);
  td_ruleset_free(rules);
}

/* ---- Award selection and targets on the Bình Phước plan ------------------ */

/* Reads a JSON Lines file into units; returns how many (at most `max`). */
static size_t ReadUnitsFile(const td_ruleset* rules, const char* path, td_unit** units,
                            size_t max) {
  FILE* f = fopen(path, "rb");
  CHECK(f != NULL);
  if (f == NULL) return 0;
  char line[8192];
  size_t n = 0;
  while (n < max && fgets(line, sizeof line, f) != NULL) {
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    if (len == 0) continue;
    td_unit* unit = NULL;
    int rc = td_unit_from_json(rules, line, len, &unit);
    CHECK_EQ_INT(rc, TD_OK);
    if (rc == TD_OK) units[n++] = unit;
  }
  fclose(f);
  return n;
}

static const td_candidate* FindCandidate(const td_selection* s, const char* id,
                                         td_candidate* out) {
  for (size_t i = 0; i < td_selection_entry_count(s); ++i) {
    if (td_selection_entry(s, i, out) == TD_OK && strcmp(out->unit_id, id) == 0) return out;
  }
  return NULL;
}

enum { kMaxUnits = 256 };

static void TestSelection(void) {
  char path[1024];
  snprintf(path, sizeof path, "%s/rules/binh-phuoc-192-2022/plan.td", g_source_dir);
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile_file(path, TD_NTS, NULL, &rules), TD_OK);
  int awards = td_ruleset_award_count(rules);
  CHECK(awards >= 1);
  int award = -1;
  for (int i = 0; i < awards; ++i) {
    if (strcmp(td_ruleset_award_name(rules, i), "chairman_merit_yearly") == 0) award = i;
  }
  CHECK(award >= 0);
  CHECK_HAS(td_ruleset_award_label(rules, award), "Bằng khen");
  CHECK_HAS(td_ruleset_award_source(rules, award), "IV.2.2.1.1");
  CHECK(td_ruleset_award_name(rules, awards) == NULL);
  CHECK(td_ruleset_award_name(rules, -1) == NULL);
  CHECK(td_ruleset_award_name(NULL, 0) == NULL);
  CHECK(td_ruleset_award_label(NULL, 0) == NULL);
  CHECK(td_ruleset_award_source(rules, 99) == NULL);
  CHECK_EQ_INT(td_ruleset_award_count(NULL), 0);

  CHECK_STR(td_outcome_id(TD_OUTCOME_SELECTED), "selected");
  CHECK_STR(td_outcome_id(TD_OUTCOME_CUT_BY_RATIO), "cut_by_ratio");
  CHECK_STR(td_outcome_name(TD_OUTCOME_LATE, TD_LANG_VI), "quá hạn");
  CHECK_STR(td_outcome_name(TD_OUTCOME_MISSING_DOCUMENTS, TD_LANG_EN), "missing documents");
  CHECK(td_outcome_id(0) == NULL && td_outcome_id(9) == NULL);
  CHECK(td_outcome_name(TD_OUTCOME_LATE, 5) == NULL);

  td_unit* units[kMaxUnits];
  snprintf(path, sizeof path, "%s/rules/binh-phuoc-192-2022/candidates-2024.jsonl",
           g_source_dir);
  size_t n = ReadUnitsFile(rules, path, units, kMaxUnits);
  CHECK(n >= 40);

  td_select_options opt;
  td_select_options_init(&opt);
  CHECK_EQ_INT(opt.year, 0);
  CHECK_EQ_INT(opt.language, TD_LANG_EN);
  td_selection* sel = NULL;
  /* Yearly deadlines need a year; an unknown award is NOT_FOUND. */
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS,
                               (const td_unit* const*)units, n, &opt, &sel),
               TD_E_MISUSE);
  CHECK_HAS(td_ruleset_errmsg(rules), "year");
  CHECK(sel == NULL);
  opt.year = 2024;
  CHECK_EQ_INT(td_award_select(rules, "no_such_award", TD_NTS,
                               (const td_unit* const*)units, n, &opt, &sel),
               TD_E_NOT_FOUND);
  CHECK_HAS(td_ruleset_errmsg(rules), "no_such_award");
  CHECK_EQ_INT(td_award_select(rules, NULL, 4, (const td_unit* const*)units, n, &opt, &sel),
               TD_E_MISUSE);
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS, NULL, n, &opt, &sel),
               TD_E_MISUSE);
  CHECK_EQ_INT(td_award_select(NULL, "x", TD_NTS, NULL, 0, NULL, &sel), TD_E_MISUSE);
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS,
                               (const td_unit* const*)units, n, &opt, NULL),
               TD_E_MISUSE);
  opt.language = 9;
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS,
                               (const td_unit* const*)units, n, &opt, &sel),
               TD_E_MISUSE);
  opt.language = TD_LANG_EN;

  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS,
                               (const td_unit* const*)units, n, &opt, &sel),
               TD_OK);
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_OK);
  CHECK(td_selection_entry_count(sel) == n);
  td_candidate c;
  int64_t selected = 0;
  for (size_t i = 0; i < td_selection_entry_count(sel); ++i) {
    CHECK_EQ_INT(td_selection_entry(sel, i, &c), TD_OK);
    CHECK(c.unit == i);
    CHECK_STR(c.unit_id, td_unit_id(units[i]));
    CHECK_EQ_INT(c.selected, c.outcome == TD_OUTCOME_SELECTED);
    CHECK(td_outcome_id(c.outcome) != NULL);
    CHECK(c.selected ? c.reason[0] == '\0' : c.reason[0] != '\0');
    selected += c.selected;
  }
  CHECK(FindCandidate(sel, "SBN-001", &c) != NULL && c.outcome == TD_OUTCOME_SELECTED &&
        c.rank == 1);
  CHECK(FindCandidate(sel, "SBN-004", &c) != NULL && c.outcome == TD_OUTCOME_LATE);
  CHECK_HAS(c.reason, "20/3/2024");
  CHECK(FindCandidate(sel, "XA-002", &c) != NULL &&
        c.outcome == TD_OUTCOME_MISSING_DOCUMENTS);
  CHECK(FindCandidate(sel, "DN-015", &c) != NULL && c.outcome == TD_OUTCOME_CUT_BY_QUOTA);
  CHECK(FindCandidate(sel, "CB-006", &c) != NULL && c.outcome == TD_OUTCOME_CUT_BY_RATIO);
  CHECK_EQ_INT(td_selection_entry(sel, n, &c), TD_E_RANGE);
  CHECK_EQ_INT(td_selection_entry(sel, 0, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_selection_entry(NULL, 0, &c), TD_E_MISUSE);

  td_candidate_group g;
  int64_t group_selected = 0;
  int enterprise_cap = 0;
  CHECK(td_selection_group_count(sel) >= 7);
  for (size_t i = 0; i < td_selection_group_count(sel); ++i) {
    CHECK_EQ_INT(td_selection_group(sel, i, &g), TD_OK);
    CHECK(g.selected <= g.eligible && g.eligible <= g.candidates);
    CHECK(g.cap < 0 || g.selected <= g.cap);
    group_selected += g.selected;
    if (strcmp(g.kind, "enterprise") == 0) enterprise_cap = g.cap == 10;
    if (strcmp(g.kind, "commune") == 0) CHECK(g.cap == -1);
  }
  CHECK(enterprise_cap);
  CHECK(group_selected == selected);
  CHECK_EQ_INT(td_selection_group(sel, 100, &g), TD_E_RANGE);
  CHECK_EQ_INT(td_selection_group(NULL, 0, &g), TD_E_MISUSE);
  CHECK_EQ_INT(td_selection_group(sel, 0, NULL), TD_E_MISUSE);
  CHECK(td_selection_entry_count(NULL) == 0 && td_selection_group_count(NULL) == 0);

  char* json = NULL;
  CHECK_EQ_INT(td_selection_to_json(sel, &json), TD_OK);
  CHECK_HAS(json, "\"award\":\"chairman_merit_yearly\"");
  CHECK_HAS(json, "\"outcome\":\"cut_by_ratio\"");
  CHECK_HAS(json, "\"year\":2024");
  CHECK_HAS(json, "\"cap\":null");
  td_free_string(json);
  CHECK_EQ_INT(td_selection_to_json(NULL, &json), TD_E_MISUSE);
  CHECK_EQ_INT(td_selection_to_json(sel, NULL), TD_E_MISUSE);
  td_selection_free(sel);
  td_selection_free(NULL);

  /* Reasons in Vietnamese. */
  opt.language = TD_LANG_VI;
  sel = NULL;
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS,
                               (const td_unit* const*)units, n, &opt, &sel),
               TD_OK);
  CHECK(FindCandidate(sel, "DN-015", &c) != NULL && c.outcome == TD_OUTCOME_CUT_BY_QUOTA);
  CHECK(strstr(c.reason, "quota") == NULL);
  CHECK_EQ_INT(td_selection_to_json(sel, &json), TD_OK);
  CHECK_HAS(json, "\"language\":\"vi\"");
  td_free_string(json);

  /* A unit of another rule set, or NULL, among the candidates. */
  td_ruleset* other = CompileRules();
  td_unit* foreign = NULL;
  CHECK_EQ_INT(td_unit_from_json(other, kDifficult250, TD_NTS, &foreign), TD_OK);
  const td_unit* mixed[2] = {units[0], foreign};
  td_selection* bad = NULL;
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS, mixed, 2, &opt, &bad),
               TD_E_MISUSE);
  CHECK_HAS(td_ruleset_errmsg(rules), "units[1]");
  mixed[1] = NULL;
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS, mixed, 2, &opt, &bad),
               TD_E_MISUSE);
  CHECK(bad == NULL);
  /* No candidates: an empty selection. */
  CHECK_EQ_INT(td_award_select(rules, "chairman_merit_yearly", TD_NTS, NULL, 0, &opt, &bad),
               TD_OK);
  CHECK(td_selection_entry_count(bad) == 0);
  td_selection_free(bad);

  /* Targets over the plan's sample units. */
  td_unit* sample[kMaxUnits];
  snprintf(path, sizeof path, "%s/rules/binh-phuoc-192-2022/units.jsonl", g_source_dir);
  size_t m = ReadUnitsFile(rules, path, sample, kMaxUnits);
  CHECK(m > 0);
  td_targets_options topt;
  td_targets_options_init(&topt);
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)sample, m, NULL, &json), TD_OK);
  CHECK_HAS(json, "\"target\":\"communes_standard\"");
  CHECK_HAS(json, "\"status\":");
  td_free_string(json);
  topt.language = TD_LANG_VI;
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)sample, m, &topt, &json),
               TD_OK);
  td_free_string(json);
  /* Broken down by district, as thidua report --by district. */
  topt.by = "district";
  topt.by_len = TD_NTS;
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)sample, m, &topt, &json),
               TD_OK);
  CHECK_HAS(json, "\"by\":\"district\"");
  CHECK_HAS(json, "\"group\":\"HUY-006\"");
  td_free_string(json);
  topt.by = "distric";
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)sample, m, &topt, &json),
               TD_E_NOT_FOUND);
  CHECK_HAS(td_ruleset_errmsg(rules), "distric");
  td_targets_options_init(&topt);
  topt.as_of = "31/2/2024";
  topt.as_of_len = TD_NTS;
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)sample, m, &topt, &json),
               TD_E_DATA);
  topt.as_of = NULL;
  topt.as_of_len = 3;
  CHECK_EQ_INT(td_ruleset_targets(rules, NULL, 0, &topt, &json), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_targets(rules, NULL, 0, NULL, &json), TD_OK);
  td_free_string(json);
  CHECK_EQ_INT(td_ruleset_targets(rules, NULL, 3, NULL, &json), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_targets(rules, mixed, 2, NULL, &json), TD_E_MISUSE);
  td_targets_options_init(&topt);
  topt.language = 3;
  CHECK_EQ_INT(td_ruleset_targets(rules, NULL, 0, &topt, &json), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_targets(rules, NULL, 0, NULL, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_ruleset_targets(NULL, NULL, 0, NULL, &json), TD_E_MISUSE);
  for (size_t i = 0; i < m; ++i) td_unit_free(sample[i]);

  /* The selection keeps its rules alive: free them first. */
  td_ruleset_free(rules);
  td_ruleset_free(other);
  CHECK(FindCandidate(sel, "SBN-001", &c) != NULL && c.selected);
  td_selection_free(sel);
  for (size_t i = 0; i < n; ++i) td_unit_free(units[i]);
  td_unit_free(foreign);
}

/* ---- The unit builder speaks the compilation's language ----------------- */

static void TestBuilderVietnamese(void) {
  td_compile_options opt;
  td_compile_options_init(&opt);
  opt.language = TD_LANG_VI;
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile(kRules, TD_NTS, "thu_nghiem.td", TD_NTS, &opt, &rules), TD_OK);
  td_unit_builder* b = NULL;
  CHECK_EQ_INT(td_unit_builder_new(rules, "hành_tinh", TD_NTS, &b), TD_E_NOT_FOUND);
  CHECK_HAS(td_ruleset_errmsg(rules), "không có loại đơn vị 'hành_tinh'");
  CHECK_EQ_INT(td_unit_builder_new(rules, "enterprise", TD_NTS, &b), TD_OK);
  CHECK_EQ_INT(td_unit_builder_set_int64(b, "vốn", TD_NTS, 1), TD_E_NOT_FOUND);
  CHECK_HAS(td_unit_builder_errmsg(b), "không có trường 'vốn'");
  CHECK_EQ_INT(td_unit_builder_set_money(b, "recognised", TD_NTS, 1), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "không phải kiểu tiền");
  CHECK_EQ_INT(td_unit_builder_set_bool(b, "contribution", TD_NTS, 1), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "không phải kiểu có/không");
  CHECK_EQ_INT(td_unit_builder_set_int64(b, "recognised", TD_NTS, 1), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "không phải kiểu số");
  CHECK_EQ_INT(td_unit_builder_set_text(b, "contribution", TD_NTS, "nhiều", TD_NTS), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "không phải số tiền");
  td_unit* unit = NULL;
  CHECK_EQ_INT(td_unit_builder_build(b, &unit), TD_E_DATA);
  CHECK_HAS(td_unit_builder_errmsg(b), "chưa có giá trị");
  CHECK(unit == NULL);
  td_unit_builder_free(b);
  td_ruleset_free(rules);
}

/* ---- Garbage and double frees ------------------------------------------ */

static void TestGarbageAndDoubleFrees(void) {
  td_ruleset* rules = CompileRules();
  static const char* const kGarbage[] = {
      "", "{", "}", "null", "[1, 2]", "\"text\"", "{\"kind\": 3}", "{\"kind\": \"planet\"}",
      "{\"kind\": \"enterprise\", \"supported_communes\": \"many\"}",
      "{\"kind\": \"enterprise\", \"id\": \"\xff\xfe\"}", "\xef\xbb\xbf{\"kind\": ",
      "{\"kind\": \"enterprise\"} trailing", "{\"a\": [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}"};
  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_OK);
  td_verdict v[kMaxCriteria];
  for (size_t i = 0; i < sizeof kGarbage / sizeof kGarbage[0]; ++i) {
    td_unit* unit = NULL;
    int rc = td_unit_from_json(rules, kGarbage[i], TD_NTS, &unit);
    CHECK(rc == TD_E_DATA || rc == TD_E_NOT_FOUND);
    CHECK(unit == NULL);
    CHECK(td_ruleset_errmsg(rules)[0] != '\0');
    rc = td_evaluator_evaluate_json(ev, kGarbage[i], TD_NTS, v, kMaxCriteria);
    CHECK(rc == TD_E_DATA || rc == TD_E_NOT_FOUND);
  }
  /* Bytes that are not even NUL-terminated, with an explicit length. */
  char raw[16];
  memset(raw, 0xC3, sizeof raw);
  td_unit* unit = NULL;
  CHECK_EQ_INT(td_unit_from_json(rules, raw, sizeof raw, &unit), TD_E_DATA);

  /* Double frees of every handle kind, and a handle freed by the wrong
   * function, are detected and ignored (docs/c-api.md). */
  CHECK_EQ_INT(td_unit_from_json(rules, kDifficult250, TD_NTS, &unit), TD_OK);
  td_unit_builder* b = NULL;
  CHECK_EQ_INT(td_unit_builder_new(rules, "enterprise", TD_NTS, &b), TD_OK);
  char* text = NULL;
  CHECK_EQ_INT(td_evaluator_explain(ev, unit, 0, TD_LANG_VI, TD_FORMAT_TEXT, &text), TD_OK);
  td_unit_free((td_unit*)ev);                /* wrong kind: ignored */
  td_evaluator_free((td_evaluator*)unit);    /* wrong kind: ignored */
  td_ruleset_free((td_ruleset*)b);           /* wrong kind: ignored */
  td_free_string((char*)rules);              /* not a string: ignored */
  CHECK_EQ_INT(td_evaluator_evaluate(ev, unit, v, kMaxCriteria), TD_OK);
  td_free_string(text);
  td_free_string(text);
  td_unit_free(unit);
  td_unit_free(unit);
  td_unit_builder_free(b);
  td_unit_builder_free(b);
  td_evaluator_free(ev);
  td_evaluator_free(ev);
  td_ruleset_free(rules);
  td_ruleset_free(rules);
  /* A failed compilation's handle too. */
  td_ruleset* broken = NULL;
  CHECK_EQ_INT(td_ruleset_compile(kBrokenRules, TD_NTS, NULL, 0, NULL, &broken), TD_E_COMPILE);
  td_ruleset_free(broken);
  td_ruleset_free(broken);
}

/* ---- Threads: one shared rule set, an evaluator and a builder each ------ */

enum { kThreads = 4, kUnitsPerThread = 200 };

typedef struct {
  const td_ruleset* rules;
  int index;
  int mismatches;
  int own_error_seen; /* the thread sees its own error on the shared rules */
} Worker;

static void* RunWorker(void* arg) {
  Worker* w = (Worker*)arg;
  td_evaluator* ev = NULL;
  td_unit_builder* b = NULL;
  if (td_evaluator_new(w->rules, &ev) != TD_OK ||
      td_unit_builder_new(w->rules, "enterprise", TD_NTS, &b) != TD_OK) {
    w->mismatches = -1;
    td_evaluator_free(ev);
    return NULL;
  }
  for (int i = 0; i < kUnitsPerThread; ++i) {
    int64_t dong = (int64_t)(150 + (i * 7 + w->index * 13) % 200) * 1000000;
    int difficult = i % 2;
    char id[64];
    snprintf(id, sizeof id, "Đơn vị %d-%d", w->index, i);
    td_unit* unit = NULL;
    td_unit_builder_set_text(b, "id", TD_NTS, id, TD_NTS);
    td_unit_builder_set_text(b, "name", TD_NTS, "Doanh nghiệp", TD_NTS);
    td_unit_builder_set_text(b, "region", TD_NTS, difficult ? "difficult" : "normal", TD_NTS);
    td_unit_builder_set_money(b, "contribution", TD_NTS, dong);
    td_unit_builder_set_int64(b, "supported_communes", TD_NTS, i % 3);
    td_unit_builder_set_bool(b, "recognised", TD_NTS, 1);
    if (td_unit_builder_build(b, &unit) != TD_OK) {
      ++w->mismatches;
      continue;
    }
    td_verdict v[kMaxCriteria];
    int64_t min = difficult ? 200000000 : 300000000;
    if (td_evaluator_evaluate(ev, unit, v, kMaxCriteria) != TD_OK ||
        v[0] != (dong >= min ? TD_ELIGIBLE : TD_NOT_ELIGIBLE) ||
        v[1] != (i % 3 >= 1 ? TD_ELIGIBLE : TD_NOT_ELIGIBLE) ||
        strcmp(td_unit_id(unit), id) != 0) {
      ++w->mismatches;
    }
    td_unit_free(unit);
  }
  /* Errors on a shared rule set are per thread. */
  td_unit* unit = NULL;
  if (td_unit_from_json(w->rules, "{", 1, &unit) == TD_E_DATA &&
      td_ruleset_errcode(w->rules) == TD_E_DATA) {
    w->own_error_seen = 1;
  }
  td_unit_builder_free(b);
  td_evaluator_free(ev);
  return NULL;
}

static void TestThreads(void) {
  td_ruleset* rules = CompileRules();
  CHECK_EQ_INT(td_ruleset_format_diagnostics(rules, TD_FORMAT_TEXT, NULL), TD_E_MISUSE);
  pthread_t threads[kThreads];
  Worker workers[kThreads];
  for (int t = 0; t < kThreads; ++t) {
    workers[t].rules = rules;
    workers[t].index = t;
    workers[t].mismatches = 0;
    workers[t].own_error_seen = 0;
    CHECK_EQ_INT(pthread_create(&threads[t], NULL, RunWorker, &workers[t]), 0);
  }
  for (int t = 0; t < kThreads; ++t) {
    CHECK_EQ_INT(pthread_join(threads[t], NULL), 0);
    CHECK_EQ_INT(workers[t].mismatches, 0);
    CHECK_EQ_INT(workers[t].own_error_seen, 1);
  }
  /* The workers' TD_E_DATA did not touch this thread's error state. */
  CHECK_EQ_INT(td_ruleset_errcode(rules), TD_E_MISUSE);
  td_ruleset_free(rules);
}

/* Effective dates: the as-of day picks the version of a dated param. */
static void TestAsOf(void) {
  static const char kDated[] =
      "instrument qd \"1/QĐ-UBND\" { date 1/1/2024 }\n"
      "unit commune \"Xã\" { criteria_met: int }\n"
      "param target for commune: int source \"a\" from 2022 until 2023 = 15\n"
      "param target for commune: int source \"b\" by qd from 2024 until 2025 = 17\n"
      "criterion enough for commune: criteria_met >= target\n";
  static const char kUnit[] = "{\"kind\": \"commune\", \"id\": \"X\", \"criteria_met\": 16}";
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile(kDated, TD_NTS, "dated.td", TD_NTS, NULL, &rules), TD_OK);
  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_OK);
  td_verdict v = 0;
  /* No plan period and no day: undetermined. */
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_UNDETERMINED);
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, "31/12/2023", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_ELIGIBLE);
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, "2024-01-01", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_NOT_ELIGIBLE);
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, "31/2/2024", TD_NTS), TD_E_DATA);
  CHECK_HAS(td_evaluator_errmsg(ev), "31/2/2024");
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, NULL, 3), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_set_as_of(NULL, "2024-01-01", TD_NTS), TD_E_MISUSE);
  td_evaluator_free(ev);
  td_ruleset_free(rules);
}

/* Membership lists: the members come from the caller, the version in force
 * on the as-of day decides, and a bad row is TD_E_DATA naming it. */
static void TestLists(void) {
  static const char kRules[] =
      "instrument a \"1/QĐ-UBND\" { date 1/1/2022 }\n"
      "instrument b \"2/QĐ-UBND\" { date 1/1/2024 }\n"
      "list hard \"Xã khó khăn\" of commune by a from 2022 until 2023\n"
      "list hard \"Xã khó khăn\" of commune by b from 2024 until 2025\n"
      "unit commune \"Xã\" { name: optional text }\n"
      "criterion listed for commune: id in hard\n";
  static const char kUnit[] = "{\"kind\": \"commune\", \"id\": \"X1\"}";
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile(kRules, TD_NTS, "lists.td", TD_NTS, NULL, &rules), TD_OK);
  td_evaluator* ev = NULL;
  CHECK_EQ_INT(td_evaluator_new(rules, &ev), TD_OK);
  td_verdict v = 0;
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, "31/12/2023", TD_NTS), TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_UNDETERMINED); /* not given: never an empty list */
  CHECK_EQ_INT(td_evaluator_set_list(ev, "hard", TD_NTS, "instrument,id\na,X1\nb,X2\n", TD_NTS),
               TD_OK);
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_ELIGIBLE);
  CHECK_EQ_INT(td_evaluator_set_as_of(ev, "2024-01-01", TD_NTS), TD_OK); /* keeps the list */
  CHECK_EQ_INT(td_evaluator_evaluate_json(ev, kUnit, TD_NTS, &v, 1), TD_OK);
  CHECK_EQ_INT(v, TD_NOT_ELIGIBLE);
  CHECK_EQ_INT(td_evaluator_set_list(ev, "hard", TD_NTS, "instrument,id\nc,X1\n", TD_NTS),
               TD_E_DATA);
  CHECK_HAS(td_evaluator_errmsg(ev), "row 2, column instrument");
  CHECK_EQ_INT(td_evaluator_set_list(ev, "easy", TD_NTS, "id\nX1\n", TD_NTS), TD_E_DATA);
  CHECK_HAS(td_evaluator_errmsg(ev), "no list 'easy'");
  CHECK_EQ_INT(td_evaluator_set_list(ev, NULL, 3, "id\n", TD_NTS), TD_E_MISUSE);
  CHECK_EQ_INT(td_evaluator_set_list(NULL, "hard", TD_NTS, "id\n", TD_NTS), TD_E_MISUSE);
  td_evaluator_free(ev);
  td_ruleset_free(rules);
}

/* A district's roll-up over its communes, under a dated param of the
 * communes: batch, selection and targets each read the day they are given
 * (tests/data/time/rollup_amended.td, hypothetical). */
static void TestRollUpAsOf(void) {
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_amended.td", g_source_dir);
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile_file(path, TD_NTS, NULL, &rules), TD_OK);
  td_unit* units[16];
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_units.jsonl", g_source_dir);
  size_t n = ReadUnitsFile(rules, path, units, 16);
  CHECK(n == 6);
  int all = td_ruleset_find_criterion(rules, "district_all_communes", TD_NTS);
  int k = td_ruleset_criterion_count(rules);
  CHECK(all >= 0 && k > 0 && k <= 4);
  td_verdict v[6 * 4];
  /* H-01's communes have 16 and 18 criteria: 15 are enough until the end of
   * 2023, 17 from 2024. */
  CHECK_EQ_INT(td_evaluate_batch(rules, (const td_unit* const*)units, n, 1, "2023-12-31",
                                 TD_NTS, v, n * (size_t)k),
               TD_OK);
  CHECK_EQ_INT(v[0 * k + all], TD_ELIGIBLE);
  CHECK_EQ_INT(td_evaluate_batch(rules, (const td_unit* const*)units, n, 1, "1/1/2024",
                                 TD_NTS, v, n * (size_t)k),
               TD_OK);
  CHECK_EQ_INT(v[0 * k + all], TD_NOT_ELIGIBLE);
  CHECK_EQ_INT(td_evaluate_batch(rules, (const td_unit* const*)units, n, 1, "tomorrow",
                                 TD_NTS, v, n * (size_t)k),
               TD_E_DATA);
  td_select_options opt;
  td_select_options_init(&opt);
  opt.as_of = "2023-12-31";
  opt.as_of_len = TD_NTS;
  td_selection* sel = NULL;
  td_candidate c;
  CHECK_EQ_INT(td_award_select(rules, "district_merit", TD_NTS, (const td_unit* const*)units,
                               n, &opt, &sel),
               TD_OK);
  CHECK(FindCandidate(sel, "H-01", &c) != NULL && c.selected);
  td_selection_free(sel);
  opt.as_of = "2024-01-01";
  CHECK_EQ_INT(td_award_select(rules, "district_merit", TD_NTS, (const td_unit* const*)units,
                               n, &opt, &sel),
               TD_OK);
  CHECK(FindCandidate(sel, "H-01", &c) != NULL && !c.selected);
  td_selection_free(sel);
  td_targets_options topt;
  td_targets_options_init(&topt);
  topt.as_of = "2023-12-31";
  topt.as_of_len = TD_NTS;
  char* json = NULL;
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)units, n, &topt, &json), TD_OK);
  CHECK_HAS(json, "\"matching\":3");
  td_free_string(json);
  topt.as_of = "2024-01-01";
  CHECK_EQ_INT(td_ruleset_targets(rules, (const td_unit* const*)units, n, &topt, &json), TD_OK);
  CHECK_HAS(json, "\"matching\":2");
  td_free_string(json);
  for (size_t i = 0; i < n; ++i) td_unit_free(units[i]);
  td_ruleset_free(rules);
}

/* A whole data file read at once: good rows become units, a bad row is kept
 * as an error with its row and column, and the units go straight into a
 * batch. */
static void TestUnitTable(void) {
  td_ruleset* rules = CompileRules();
  static const char kCsv[] =
      "kind,id,name,region,contribution,supported_communes,recognised\n"
      "enterprise,DN-01,Công ty Hạt điều Bình Phước,difficult,250 triệu,2,có\n"
      "enterprise,DN-02,Hợp tác xã Tiêu,normal,ba trăm triệu,1,không\n"
      "enterprise,DN-03,Công ty Cao su Đồng Phú,normal,300 triệu,0,có\n";
  td_unit_table* table = NULL;
  CHECK_EQ_INT(td_unit_table_read(rules, kCsv, TD_NTS, TD_DATA_AUTO, &table), TD_OK);
  CHECK_EQ_INT(td_unit_table_unit_count(table), 2);
  CHECK_EQ_INT(td_unit_table_error_count(table), 1);
  CHECK_EQ_INT(td_unit_table_rows_read(table), 3);
  CHECK_STR(td_unit_id(td_unit_table_unit(table, 0)), "DN-01");
  CHECK_STR(td_unit_id(td_unit_table_unit(table, 1)), "DN-03");
  CHECK_STR(td_unit_kind(td_unit_table_unit(table, 1)), "enterprise");
  CHECK(td_unit_table_unit(table, 2) == NULL);
  CHECK_EQ_INT(td_unit_table_unit_row(table, 1), 4);
  CHECK_EQ_INT(td_unit_table_unit_row(table, 2), -1);
  int64_t row = 0;
  const char* column = NULL;
  const char* message = NULL;
  CHECK_EQ_INT(td_unit_table_error(table, 0, &row, &column, &message), TD_OK);
  CHECK_EQ_INT(row, 3);
  CHECK_STR(column, "contribution");
  CHECK_HAS(message, "ba trăm triệu");
  CHECK_EQ_INT(td_unit_table_error(table, 1, &row, NULL, NULL), TD_E_RANGE);
  CHECK_EQ_INT(td_unit_table_error(table, 0, NULL, NULL, NULL), TD_OK);

  /* The table's units are a batch as they are. */
  int k = td_ruleset_criterion_count(rules);
  int contribution = td_ruleset_find_criterion(rules, "đóng_góp_đủ", TD_NTS);
  int communes = td_ruleset_find_criterion(rules, "hỗ_trợ_xã", TD_NTS);
  td_verdict v[2 * 8];
  CHECK(k > 0 && k <= 8 && contribution >= 0 && communes >= 0);
  CHECK_EQ_INT(td_evaluate_batch(rules, td_unit_table_units(table), 2, 1, NULL, 0, v,
                                 2 * (size_t)k),
               TD_OK);
  CHECK_EQ_INT(v[0 * k + contribution], TD_ELIGIBLE); /* 250 triệu, difficult area */
  CHECK_EQ_INT(v[1 * k + contribution], TD_ELIGIBLE); /* 300 triệu */
  CHECK_EQ_INT(v[1 * k + communes], TD_NOT_ELIGIBLE); /* 0 communes */
  /* A borrowed unit is not the caller's to free: ignored, still usable. */
  td_unit_free((td_unit*)td_unit_table_unit(table, 0));
  CHECK_STR(td_unit_id(td_unit_table_unit(table, 0)), "DN-01");
  td_unit_table_free(table);
  td_unit_table_free(table); /* a second free is ignored */

  /* The same rows as JSON Lines, the format given. */
  static const char kJsonl[] =
      "{\"kind\": \"enterprise\", \"id\": \"DN-04\", \"name\": \"Công ty Điều Phước Long\", "
      "\"region\": \"normal\", \"contribution\": 310000000, \"supported_communes\": 1, "
      "\"recognised\": true}\n"
      "{\"kind\": \"enterprise\", \"id\": \"DN-05\", \"region\": \"núi cao\"}\n";
  CHECK_EQ_INT(td_unit_table_read(rules, kJsonl, TD_NTS, TD_DATA_JSON, &table), TD_OK);
  CHECK_EQ_INT(td_unit_table_unit_count(table), 1);
  CHECK_EQ_INT(td_unit_table_error_count(table), 1);
  CHECK_EQ_INT(td_unit_table_error(table, 0, &row, NULL, &message), TD_OK);
  CHECK_EQ_INT(row, 2);
  td_unit_table_free(table);

  /* Misuse and unreadable input: a code, a message, no table. */
  table = (td_unit_table*)1;
  CHECK_EQ_INT(td_unit_table_read(NULL, kCsv, TD_NTS, TD_DATA_AUTO, &table), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_table_read(rules, kCsv, TD_NTS, 7, &table), TD_E_MISUSE);
  CHECK(table == NULL);
  CHECK_EQ_INT(td_unit_table_read(rules, NULL, 5, TD_DATA_AUTO, &table), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_table_read(rules, kCsv, TD_NTS, TD_DATA_AUTO, NULL), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_table_read_file(rules, "/no/such/units.csv", TD_NTS, &table), TD_E_IO);
  CHECK(table == NULL);
  CHECK_HAS(td_ruleset_errmsg(rules), "units.csv");
  CHECK_EQ_INT(td_unit_table_read_file(rules, "", 0, &table), TD_E_MISUSE);
  CHECK_EQ_INT(td_unit_table_unit_count(NULL), 0);
  CHECK(td_unit_table_units(NULL) == NULL);
  CHECK(td_unit_table_warning(NULL, 0) == NULL);
  CHECK_EQ_INT(td_unit_table_error(NULL, 0, NULL, NULL, NULL), TD_E_MISUSE);
  td_unit_table_free(NULL);
  td_ruleset_free(rules);

  /* A file of districts and their communes is one population: the roll-up
   * reads the communes, as of either side of the amendment. */
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_amended.td", g_source_dir);
  CHECK_EQ_INT(td_ruleset_compile_file(path, TD_NTS, NULL, &rules), TD_OK);
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_units.jsonl", g_source_dir);
  CHECK_EQ_INT(td_unit_table_read_file(rules, path, TD_NTS, &table), TD_OK);
  size_t n = td_unit_table_unit_count(table);
  CHECK_EQ_INT(n, 6);
  CHECK_STR(td_unit_id(td_unit_table_unit(table, 0)), "H-01");
  int all = td_ruleset_find_criterion(rules, "district_all_communes", TD_NTS);
  k = td_ruleset_criterion_count(rules);
  td_verdict r[6 * 4];
  CHECK(n == 6 && all >= 0 && k > 0 && k <= 4);
  if (n == 6 && k > 0 && k <= 4) {
    CHECK_EQ_INT(td_evaluate_batch(rules, td_unit_table_units(table), n, 1, "2023-12-31",
                                   TD_NTS, r, n * (size_t)k),
                 TD_OK);
    CHECK_EQ_INT(r[0 * k + all], TD_ELIGIBLE);
    CHECK_EQ_INT(td_evaluate_batch(rules, td_unit_table_units(table), n, 1, "2024-01-01",
                                   TD_NTS, r, n * (size_t)k),
                 TD_OK);
    CHECK_EQ_INT(r[0 * k + all], TD_NOT_ELIGIBLE);
  }
  td_unit_table_free(table);
  td_ruleset_free(rules);
}

/* What one call makes of `units`: every verdict, the selection of
 * district_merit and the targets, as of `as_of`, in one text. */
static void Outcome(const td_ruleset* rules, const td_unit* const* units, size_t n,
                    const char* as_of, char* out, size_t size) {
  td_verdict v[8 * 4];
  int k = td_ruleset_criterion_count(rules);
  size_t used = 0;
  out[0] = '\0';
  CHECK(n <= 8 && k > 0 && k <= 4);
  if (n > 8 || k <= 0 || k > 4) return;
  CHECK_EQ_INT(td_evaluate_batch(rules, units, n, 1, as_of, TD_NTS, v, n * (size_t)k), TD_OK);
  for (size_t i = 0; i < n * (size_t)k && used + 1 < size; ++i) out[used++] = (char)('0' + v[i]);
  out[used] = '\0';
  td_select_options opt;
  td_select_options_init(&opt);
  opt.as_of = as_of;
  opt.as_of_len = TD_NTS;
  td_selection* sel = NULL;
  CHECK_EQ_INT(td_award_select(rules, "district_merit", TD_NTS, units, n, &opt, &sel), TD_OK);
  td_candidate c;
  for (size_t i = 0; i < td_selection_entry_count(sel); ++i) {
    if (td_selection_entry(sel, i, &c) != TD_OK) continue;
    used += (size_t)snprintf(out + used, size - used, " %s:%d", c.unit_id, c.selected);
    if (used >= size) break;
  }
  td_selection_free(sel);
  if (used >= size) return;
  td_targets_options topt;
  td_targets_options_init(&topt);
  topt.as_of = as_of;
  topt.as_of_len = TD_NTS;
  char* json = NULL;
  CHECK_EQ_INT(td_ruleset_targets(rules, units, n, &topt, &json), TD_OK);
  snprintf(out + used, size - used, " %s", json != NULL ? json : "");
  td_free_string(json);
}

/* A table's units are linked already: a call uses those it can as they
 * are. Whatever the mix (a table whole, part of one, two tables, units made
 * one by one beside them), the outcome is that of the same units made one
 * by one, which every call links afresh. */
static void TestPopulations(void) {
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_amended.td", g_source_dir);
  td_ruleset* rules = NULL;
  CHECK_EQ_INT(td_ruleset_compile_file(path, TD_NTS, NULL, &rules), TD_OK);
  snprintf(path, sizeof path, "%s/tests/data/time/rollup_units.jsonl", g_source_dir);
  td_unit* made[8];
  size_t n = ReadUnitsFile(rules, path, made, 8);
  td_unit_table* first = NULL;
  td_unit_table* second = NULL;
  CHECK_EQ_INT(td_unit_table_read_file(rules, path, TD_NTS, &first), TD_OK);
  CHECK_EQ_INT(td_unit_table_read_file(rules, path, TD_NTS, &second), TD_OK);
  CHECK(n == 6 && td_unit_table_unit_count(first) == 6);
  if (n != 6 || td_unit_table_unit_count(first) != 6) return;
  /* Each case: which units (H-01 H-02 X-01 X-02 X-03 X-04 are 0..5), and
   * where each comes from: t the first table, s the second, m made. */
  static const struct {
    const char* name;
    size_t count;
    size_t index[6];
    const char* from;
  } kCases[] = {
      {"a table whole", 6, {0, 1, 2, 3, 4, 5}, "tttttt"},
      {"part of a table", 4, {0, 2, 4, 5}, "tttt"},
      {"part of a table, reordered", 4, {3, 0, 2, 1}, "tttt"},
      {"two tables, each whole", 6, {0, 1, 2, 3, 4, 5}, "tsttss"},
      {"two tables crossed", 6, {0, 1, 2, 3, 4, 5}, "tssttt"},
      {"a table and units made", 6, {0, 1, 2, 3, 4, 5}, "ttmmtm"},
  };
  static const char* const kDays[] = {"2023-12-31", "2024-01-01"};
  for (size_t c = 0; c < sizeof kCases / sizeof kCases[0]; ++c) {
    const td_unit* mixed[6];
    const td_unit* fresh[6];
    for (size_t i = 0; i < kCases[c].count; ++i) {
      size_t u = kCases[c].index[i];
      char from = kCases[c].from[i];
      mixed[i] = from == 't'   ? td_unit_table_unit(first, u)
                 : from == 's' ? td_unit_table_unit(second, u)
                               : made[u];
      fresh[i] = made[u];
    }
    for (size_t d = 0; d < 2; ++d) {
      char got[1024], want[1024];
      Outcome(rules, mixed, kCases[c].count, kDays[d], got, sizeof got);
      Outcome(rules, fresh, kCases[c].count, kDays[d], want, sizeof want);
      CHECK(strlen(want) > 20);
      if (strcmp(got, want) != 0) {
        fprintf(stderr, "%s, as of %s:\n  got  %s\n  want %s\n", kCases[c].name, kDays[d], got,
                want);
      }
      CHECK_STR(got, want);
    }
  }
  /* The figures themselves, once: as of 2023, H-01's two communes have 15
   * criteria or more, H-02's X-03 (14) has not. */
  char whole[1024];
  Outcome(rules, td_unit_table_units(first), 6, "2023-12-31", whole, sizeof whole);
  CHECK_HAS(whole, " H-01:1 H-02:0 ");
  CHECK_HAS(whole, "\"matching\":3");
  td_unit_table_free(first);
  td_unit_table_free(second);
  for (size_t i = 0; i < n; ++i) td_unit_free(made[i]);
  td_ruleset_free(rules);
}

int main(int argc, char** argv) {
  if (argc > 1) g_source_dir = argv[1];
  TestVersionAndStrings();
  TestCompileAndDeclarations();
  TestFailedCompile();
  TestCompileFileAndTests();
  TestUnitsAndBuilder();
  TestEvaluateAndExplain();
  TestNullHandles();
  TestSelection();
  TestLists();
  TestBuilderVietnamese();
  TestGarbageAndDoubleFrees();
  TestThreads();
  TestAsOf();
  TestRollUpAsOf();
  TestUnitTable();
  TestPopulations();
  printf("capi: %d passed, %d failed\n", g_checks - g_failures, g_failures);
  return g_failures == 0 ? 0 : 1;
}
