// The fuzz targets' entry points (see fuzz_entries.hpp).
#include "fuzz_entries.hpp"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/source.hpp"
#include "base/utf8.hpp"
#include "syntax/ast.hpp"
#include "syntax/parse.hpp"
#include "thidua/thidua.h"
#include "thidua/thidua.hpp"

#ifndef THIDUA_SOURCE_DIR
#error "THIDUA_SOURCE_DIR must name the source tree (for rules/)"
#endif

namespace thidua::fuzz {
namespace {

[[noreturn]] void Fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n%.*s\n", what,
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

#define FUZZ_CHECK(cond, ...) \
  do {                        \
    if (!(cond)) Fail(#cond __VA_OPT__(, ) __VA_ARGS__); \
  } while (0)

std::string RulesDir() { return std::string(THIDUA_SOURCE_DIR) + "/rules"; }

const char* const kPlans[] = {
    "binh-phuoc-192-2022", "bac-kan-305-2022", "bac-kan-stttt-60-2022",
    "kon-tum-2017-2022", "tay-ninh-stc-426-2021"};
constexpr int kPlanCount = sizeof(kPlans) / sizeof(kPlans[0]);

// The seed plans, compiled once and shared by every run.
const std::vector<std::shared_ptr<const RuleSet>>& SeedPlans() {
  static const auto* plans = [] {
    auto* v = new std::vector<std::shared_ptr<const RuleSet>>;
    for (const char* plan : kPlans) {
      std::string path = RulesDir() + "/" + plan + "/plan.td";
      auto c = CompileFile(path);
      if (!c.ok() || !c->ok()) {
        Fail("a seed plan does not compile", path);
      }
      v->push_back(c->rules);
    }
    return v;
  }();
  return *plans;
}

// ------------------------------------------------------------ the checker

}  // namespace

void CompileInput(const uint8_t* data, size_t size) {
  if (size > kMaxRulesBytes) return;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  CompileOptions options;
  options.language = size % 2 ? Language::kVietnamese : Language::kEnglish;
  options.rules_root = RulesDir();
  auto c = CompileText(text, RulesDir() + "/fuzz.td", options);
  if (!c.ok()) return;  // e.g. over a limit: a status, fine
  FUZZ_CHECK(c->ok() == (c->error_count() == 0));
  FUZZ_CHECK(c->error_count() <= options.max_diagnostics + 1);
  for (const Diagnostic& d : c->diagnostics) {
    FUZZ_CHECK(!d.message.empty());
    FUZZ_CHECK(d.line >= 0 && d.column >= 0);
  }
  (void)FormatDiagnostics(c->diagnostics, DiagnosticFormat::kText, options.language);
  (void)FormatDiagnostics(c->diagnostics, DiagnosticFormat::kJson, options.language);
  if (!c->ok()) return;
  const RuleSet& rules = *c->rules;
  FUZZ_CHECK(static_cast<int>(rules.criteria().size()) == rules.criterion_count());
  for (int i = 0; i < rules.criterion_count(); ++i) {
    FUZZ_CHECK(rules.FindCriterion(rules.criteria()[i].name) == i);
  }
  (void)rules.awards();
  std::vector<TestResult> results = RunTests(c->rules, options.language);
  FUZZ_CHECK(static_cast<int>(results.size()) == rules.test_count());
  // Every unit kind with no data at all: evaluation must still be defined.
  Evaluator evaluator(c->rules);
  std::vector<Verdict> verdicts;
  for (const std::string& kind : rules.unit_kinds()) {
    auto builder = rules.NewUnit(kind);
    if (!builder.ok()) continue;
    auto unit = builder->Build();
    if (!unit.ok()) continue;  // a required field
    evaluator.EvaluateAll(*unit, &verdicts);
    for (int i = 0; i < rules.criterion_count(); ++i) {
      (void)evaluator.Explain(*unit, i, options.language);
    }
  }
}

// ------------------------------------------------------------- evaluation

void EvalInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxDataBytes) return;
  const auto& plans = SeedPlans();
  const std::shared_ptr<const RuleSet>& rules = plans[data[0] % kPlanCount];
  DataOptions options;
  switch ((data[0] / kPlanCount) % 3) {
    case 0: options.format = DataOptions::Format::kJson; break;
    case 1: options.format = DataOptions::Format::kCsv; break;
    default: options.format = DataOptions::Format::kAuto; break;
  }
  options.language = (data[0] & 0x80) ? Language::kVietnamese : Language::kEnglish;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)rules->UnitFromJson(text, options.language);
  auto table = rules->ReadUnits(text, options);
  if (!table.ok()) return;  // refused as a whole (e.g. no header): a status
  // Bad data loses nothing: every row read is a unit or an error.
  FUZZ_CHECK(table->rows_read ==
             static_cast<int64_t>(table->units.size() + table->errors.size()));
  FUZZ_CHECK(table->rows.size() == table->units.size());
  for (const RowError& e : table->errors) {
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(e.row >= 1);
  }
  Evaluator evaluator(rules);
  std::vector<Verdict> verdicts;
  std::vector<Verdict> all;
  const int criteria = rules->criterion_count();
  for (size_t u = 0; u < table->units.size(); ++u) {
    evaluator.EvaluateAll(table->units[u], &verdicts);
    FUZZ_CHECK(static_cast<int>(verdicts.size()) == criteria);
    all.insert(all.end(), verdicts.begin(), verdicts.end());
    if (u < 4) {
      for (int i = 0; i < criteria; ++i) {
        Explanation e = evaluator.Explain(table->units[u], i, options.language);
        FUZZ_CHECK(!e.status.empty());
        (void)FormatExplanation(e, DiagnosticFormat::kText);
        (void)FormatExplanation(e, DiagnosticFormat::kJson);
      }
    }
  }
  // Batch evaluation gives the same verdicts as one unit at a time.
  BatchResult batch = EvaluateBatch(rules, table->units, 1);
  FUZZ_CHECK(batch.verdicts == all, "EvaluateBatch disagrees with Evaluator");
  (void)EvaluateTargets(rules, table->units, options.language);
  for (const AwardDescription& award : rules->awards()) {
    SelectOptions select;
    select.year = 2024;
    select.language = options.language;
    auto s = SelectAward(rules, award.name, table->units, select);
    if (s.ok()) FUZZ_CHECK(s->entries.size() == table->units.size());
  }
}

// ------------------------------------------------------------ fmt round trip

namespace {

using internal::ast::Expr;
using internal::ast::ExprId;
using internal::ast::File;

// The tree without positions, as text: two trees are the same when their
// dumps are equal.
class Dumper {
 public:
  explicit Dumper(const File& f) : f_(f) {}

  std::string Dump() {
    for (const auto& p : f_.plans) {
      Line("plan", p.name.text, p.title, p.source, p.has_period,
           p.period_from, p.period_to);
    }
    for (const auto& i : f_.imports) Line("import", i.path);
    for (const auto& e : f_.enums) {
      Line("enum", e.name.text, e.label, e.ordered);
      for (const auto& m : e.members) Line(" member", m.name.text, m.label);
    }
    for (const auto& u : f_.units) {
      Line("unit", u.name.text, u.label);
      Fields(u.fields);
    }
    for (const auto& p : f_.params) {
      Line("param", p.name.text, p.label, p.source);
      Names(p.kinds);
      Types(p.type);
      E(p.value);
      Exceptions(p.exceptions);
    }
    for (const auto& c : f_.criteria) {
      Line("criterion", c.name.text, c.label, c.source);
      Names(c.kinds);
      E(c.body);
      Exceptions(c.exceptions);
    }
    // Tests: only what does not change as the test syntax grows.
    for (const auto& t : f_.tests) Line("test", t.title, t.expectations.size());
    for (const auto& a : f_.awards) {
      Line("award", a.name.text, a.label, a.authority, a.source,
           static_cast<int>(a.period), a.period_year);
      for (const auto& g : a.groups) {
        Line(" group", g.kind.text, g.has_cap, g.cap, g.has_ratio,
             g.ratio.ToString(), g.has_rank, g.rank_field.text);
        E(g.condition);
        E(g.ratio_condition);
      }
      for (const auto& d : a.deadlines) {
        Line(" deadline", d.field.text, d.inclusive, d.recurring, d.day,
             d.month, d.date, d.label);
      }
      for (ExprId d : a.dossier) E(d);
    }
    for (const auto& t : f_.targets) {
      Line("target", t.name.text, t.label, t.source, static_cast<int>(t.form),
           t.share, t.low.ToString(), t.high.ToString(), t.kind.text);
      E(t.where);
    }
    return std::move(out_);
  }

 private:
  void Put(const std::string& s) { out_ += '"' + s + "\" "; }
  void Put(const char* s) { out_ += std::string(s) + " "; }
  void Put(bool b) { out_ += b ? "T " : "F "; }
  template <typename I>
  void Put(I i) { out_ += std::to_string(i) + " "; }

  template <typename... A>
  void Line(const A&... a) {
    (Put(a), ...);
    out_ += '\n';
  }

  void Names(const std::vector<internal::ast::Name>& names) {
    for (const auto& n : names) Line(" for", n.text);
  }
  void Types(const std::vector<internal::ast::TypeRef>& types) {
    for (const auto& t : types) {
      Line(" type", static_cast<int>(t.kind), t.name.text);
      Fields(t.record);
    }
  }
  void Fields(const std::vector<internal::ast::FieldDecl>& fields) {
    for (const auto& f : fields) {
      Line(" field", f.name.text, f.optional, f.label);
      Types(f.type);
    }
  }
  void Exceptions(const std::vector<internal::ast::Exception>& xs) {
    for (const auto& x : xs) {
      Line(" except");
      E(x.condition);
      E(x.value);
    }
  }
  void E(ExprId id) {
    if (id == internal::ast::kNoExpr) {
      out_ += "-";
      return;
    }
    if (id < 0 || static_cast<size_t>(id) >= f_.exprs.size()) {
      Fail("expression id out of range");
    }
    const Expr& e = f_.exprs[static_cast<size_t>(id)];
    out_ += "(" + std::to_string(static_cast<int>(e.kind)) + " " +
            std::to_string(static_cast<int>(e.op)) + " " +
            std::to_string(static_cast<int>(e.quant)) + " \"" + e.text +
            "\" " + e.number.ToString() + " " + std::to_string(e.date) +
            (e.boolean ? " T " : " F ");
    E(e.lhs);
    E(e.rhs);
    E(e.third);
    out_ += " [";
    for (ExprId i : e.items) E(i);
    out_ += "] {";
    for (const auto& r : e.fields) {
      out_ += r.name.text + ":";
      E(r.value);
    }
    out_ += "})";
  }

  const File& f_;
  std::string out_;
};

// Parses `text` as a file of its own; returns false on syntax errors.
bool ParseTree(std::string_view text, std::string* dump) {
  using namespace internal;
  SourceSet sources;
  DiagnosticSink sink(&sources, Language::kEnglish, 100);
  uint32_t id = sources.Add("fuzz.td", NormalizeNfc(StripBom(text)));
  ast::File module;
  ParseFile(sources, id, ParseOptions{}, sink, &module);
  if (sink.has_errors()) return false;
  *dump = Dumper(module).Dump();
  return true;
}

}  // namespace

void FormatInput(const uint8_t* data, size_t size) {
  if (size > kMaxRulesBytes) return;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto once = FormatRules(text, "fuzz.td");
  if (!once.ok() || !once->ok()) return;
  auto twice = FormatRules(once->text, "fuzz.td");
  FUZZ_CHECK(twice.ok());
  FUZZ_CHECK(twice->ok(), "formatted text does not parse:\n" + once->text +
                              "\n" + FormatDiagnostics(twice->diagnostics));
  FUZZ_CHECK(twice->text == once->text,
             "fmt is not idempotent:\n" + once->text + "\n---\n" + twice->text);
  std::string before, after;
  if (!ParseTree(text, &before)) return;  // FormatRules accepted it: odd
  FUZZ_CHECK(ParseTree(once->text, &after));
  FUZZ_CHECK(before == after, "fmt changed the tree:\n" + once->text +
                                  "\n--- before\n" + before + "\n--- after\n" + after);
}

// ------------------------------------------------------------------ C API

namespace {

// Reads the rest of a C API call's outputs, as a careful caller would.
void UseRuleset(const td_ruleset* rules) {
  (void)td_ruleset_errcode(rules);
  (void)td_ruleset_errmsg(rules);
  size_t n = td_ruleset_diagnostic_count(rules);
  for (size_t i = 0; i <= n; ++i) {
    td_diagnostic d;
    int rc = td_ruleset_diagnostic(rules, i, &d);
    FUZZ_CHECK((rc == TD_OK) == (i < n));
    if (rc == TD_OK) FUZZ_CHECK(d.message != nullptr && d.path != nullptr);
  }
  for (td_format format : {TD_FORMAT_TEXT, TD_FORMAT_JSON}) {
    char* out = nullptr;
    if (td_ruleset_format_diagnostics(rules, format, &out) == TD_OK) {
      FUZZ_CHECK(out != nullptr);
    }
    td_free_string(out);
  }
  (void)td_ruleset_plan_name(rules);
  (void)td_ruleset_plan_title(rules);
  (void)td_ruleset_plan_source(rules);
  int criteria = td_ruleset_criterion_count(rules);
  for (int i = -1; i <= criteria; ++i) {
    const char* name = td_ruleset_criterion_name(rules, i);
    FUZZ_CHECK((name != nullptr) == (i >= 0 && i < criteria));
    (void)td_ruleset_criterion_label(rules, i);
    (void)td_ruleset_criterion_source(rules, i);
    if (name) FUZZ_CHECK(td_ruleset_find_criterion(rules, name, TD_NTS) == i);
  }
  int kinds = td_ruleset_unit_kind_count(rules);
  for (int i = -1; i <= kinds; ++i) (void)td_ruleset_unit_kind(rules, i);
}

// A seed plan compiled through the C API, once.
const td_ruleset* SeedRuleset(int i) {
  static td_ruleset** rulesets = [] {
    auto** r = new td_ruleset*[kPlanCount];
    for (int p = 0; p < kPlanCount; ++p) {
      std::string path = RulesDir() + "/" + kPlans[p] + "/plan.td";
      r[p] = nullptr;
      if (td_ruleset_compile_file(path.data(), path.size(), nullptr, &r[p]) != TD_OK) {
        Fail("a seed plan does not compile through the C API", path);
      }
    }
    return r;
  }();
  return rulesets[i];
}

void EvaluateThroughCapi(const td_ruleset* rules, std::string_view data) {
  int criteria = td_ruleset_criterion_count(rules);
  std::vector<td_verdict> verdicts(static_cast<size_t>(criteria) + 1);
  td_evaluator* ev = nullptr;
  FUZZ_CHECK(td_evaluator_new(rules, &ev) == TD_OK);
  std::vector<td_unit*> units;
  // Each line a unit in JSON; lines that start with '=' build a unit from
  // "field=value" pairs separated by '|', the first being its kind.
  size_t start = 0;
  while (start <= data.size() && units.size() < 16) {
    size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = data.substr(start, end - start);
    start = end + 1;
    td_unit* unit = nullptr;
    if (!line.empty() && line[0] == '=') {
      line.remove_prefix(1);
      size_t bar = line.find('|');
      std::string_view kind = line.substr(0, bar);
      td_unit_builder* b = nullptr;
      int rc = td_unit_builder_new(rules, kind.data(), kind.size(), &b);
      if (rc != TD_OK) {
        FUZZ_CHECK(b == nullptr);
        continue;
      }
      while (bar != std::string_view::npos) {
        line.remove_prefix(bar + 1);
        bar = line.find('|');
        std::string_view pair = line.substr(0, bar);
        size_t eq = pair.find('=');
        std::string_view field = pair.substr(0, eq);
        std::string_view value =
            eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
        if (!value.empty() && value[0] == '#') {
          (void)td_unit_builder_set_int64(b, field.data(), field.size(),
                                          static_cast<int64_t>(value.size()) - 3);
          (void)td_unit_builder_set_money(b, field.data(), field.size(),
                                          INT64_MAX - static_cast<int64_t>(value.size()));
          (void)td_unit_builder_set_bool(b, field.data(), field.size(),
                                         static_cast<int>(value.size()));
        } else {
          (void)td_unit_builder_set_text(b, field.data(), field.size(),
                                         value.data(), value.size());
        }
        (void)td_unit_builder_errcode(b);
        (void)td_unit_builder_errmsg(b);
      }
      rc = td_unit_builder_build(b, &unit);
      td_unit_builder_free(b);
    } else {
      std::vector<td_verdict> direct(verdicts.size());
      (void)td_evaluator_evaluate_json(ev, line.data(), line.size(),
                                       direct.data(), direct.size());
      (void)td_unit_from_json(rules, line.data(), line.size(), &unit);
    }
    if (unit == nullptr) continue;
    (void)td_unit_id(unit);
    (void)td_unit_kind(unit);
    units.push_back(unit);
  }
  for (td_unit* unit : units) {
    FUZZ_CHECK(td_evaluator_evaluate(ev, unit, verdicts.data(), verdicts.size()) == TD_OK);
    for (int c = 0; c < criteria; ++c) {
      td_verdict one = 0;
      FUZZ_CHECK(td_evaluator_evaluate_one(ev, unit, c, &one) == TD_OK);
      FUZZ_CHECK(one == verdicts[static_cast<size_t>(c)]);
      FUZZ_CHECK(td_verdict_id(one) != nullptr);
    }
    td_verdict out = 0;
    FUZZ_CHECK(td_evaluator_evaluate_one(ev, unit, criteria, &out) != TD_OK);
    for (int c = 0; c < criteria && c < 3; ++c) {
      char* text = nullptr;
      if (td_evaluator_explain(ev, unit, c, units.size() % 2 ? TD_LANG_VI : TD_LANG_EN,
                               c % 2 ? TD_FORMAT_JSON : TD_FORMAT_TEXT,
                               &text) == TD_OK) {
        FUZZ_CHECK(text != nullptr);
      }
      td_free_string(text);
    }
  }
  if (!units.empty()) {
    std::vector<td_verdict> batch(units.size() * static_cast<size_t>(criteria));
    FUZZ_CHECK(td_evaluate_batch(rules, units.data(), units.size(), 1, nullptr, 0,
                                 batch.data(), batch.size()) == TD_OK);
    // Too small an output array is refused, never written past.
    if (!batch.empty()) {
      FUZZ_CHECK(td_evaluate_batch(rules, units.data(), units.size(), 1, nullptr, 0,
                                   batch.data(), batch.size() - 1) != TD_OK);
    }
  }
  // The same text read whole, as a data file: every row is a unit or an
  // error, and the table's units make a batch as they are.
  td_unit_table* table = nullptr;
  if (td_unit_table_read(rules, data.data(), data.size(), TD_DATA_AUTO, &table) == TD_OK) {
    size_t n = td_unit_table_unit_count(table);
    FUZZ_CHECK(static_cast<int64_t>(n + td_unit_table_error_count(table)) ==
               td_unit_table_rows_read(table));
    for (size_t i = 0; i < td_unit_table_error_count(table); ++i) {
      const char* message = nullptr;
      FUZZ_CHECK(td_unit_table_error(table, i, nullptr, nullptr, &message) == TD_OK);
      FUZZ_CHECK(message != nullptr);
    }
    if (n > 0 && n <= 64) {
      std::vector<td_verdict> batch(n * static_cast<size_t>(criteria));
      FUZZ_CHECK(td_evaluate_batch(rules, td_unit_table_units(table), n, 1, nullptr, 0,
                                   batch.data(), batch.size()) == TD_OK);
    }
  } else {
    FUZZ_CHECK(table == nullptr);
  }
  td_unit_table_free(table);
  (void)td_evaluator_errcode(ev);
  (void)td_evaluator_errmsg(ev);
  for (td_unit* unit : units) td_unit_free(unit);
  td_evaluator_free(ev);
}

}  // namespace

void CapiInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kMaxRulesBytes) return;
  const uint8_t mode = data[0];
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  (void)td_errstr(mode - 8);
  (void)td_verdict_id(mode % 8);
  (void)td_verdict_name(mode % 8, mode % 3);
  if (mode & 1) {
    // Units for a seed plan.
    EvaluateThroughCapi(SeedRuleset((mode >> 1) % kPlanCount), rest);
    return;
  }
  // A rule file, then (after a line "---") units for it.
  std::string_view rules_text = rest, units_text;
  size_t sep = rest.find("\n---\n");
  if (sep != std::string_view::npos) {
    rules_text = rest.substr(0, sep);
    units_text = rest.substr(sep + 5);
  }
  td_compile_options options;
  td_compile_options_init(&options);
  options.language = (mode & 2) ? TD_LANG_VI : TD_LANG_EN;
  std::string root = RulesDir();
  options.rules_root = root.data();
  options.rules_root_len = root.size();
  std::string path = root + "/fuzz.td";
  td_ruleset* rules = nullptr;
  int rc = td_ruleset_compile(rules_text.data(), rules_text.size(), path.data(),
                              (mode & 4) ? TD_NTS : path.size(),
                              (mode & 8) ? nullptr : &options, &rules);
  FUZZ_CHECK(rules != nullptr || rc == TD_E_MISUSE || rc == TD_E_NOMEM);
  UseRuleset(rules);
  if (rc == TD_OK) {
    int passed = 0, failed = 0;
    char* report = nullptr;
    if (td_ruleset_run_tests(rules, &passed, &failed, &report) == TD_OK) {
      FUZZ_CHECK(report != nullptr);
    }
    td_free_string(report);
    EvaluateThroughCapi(rules, units_text);
  } else {
    td_evaluator* ev = nullptr;
    FUZZ_CHECK(td_evaluator_new(rules, &ev) != TD_OK);
    td_evaluator_free(ev);
  }
  td_ruleset_free(rules);
}

}  // namespace thidua::fuzz
