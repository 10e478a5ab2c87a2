// The endpoints that run a plan on units: evaluate, explain, tests, select,
// targets. Each compiles the plan, reads the units and calls the public API.
#include <array>
#include <string>
#include <vector>

#include "serve/api.hpp"

namespace thidua::serve {
namespace {

std::string KindOf(const RuleSet& rules, const Unit& unit) {
  std::vector<std::string> kinds = rules.unit_kinds();
  int k = unit.kind_index();
  return k >= 0 && static_cast<size_t>(k) < kinds.size() ? kinds[static_cast<size_t>(k)] : "";
}

Json ExplanationJson(const Explanation& e) {
  Json children = Json::array();
  for (const Explanation& c : e.children) children.push_back(ExplanationJson(c));
  return {{"kind", e.kind},     {"text", e.text},     {"outcome", e.outcome},
          {"status", e.status}, {"source", e.source}, {"children", children}};
}

}  // namespace

Response HandleEvaluate(const Config& config, const Json& body) {
  Plan plan = LoadPlan(config, body);
  UnitTable table = LoadUnits(config, body, plan);
  const Language lang = LanguageOf(body);
  const RuleSet& rules = *plan.rules;
  BatchResult batch = EvaluateBatch(plan.rules, table.units, 1);
  std::vector<DeclarationInfo> criteria = rules.criteria();
  Json crit = Json::array();
  std::vector<std::array<int64_t, 4>> counts(criteria.size(), {0, 0, 0, 0});
  Json units = Json::array();
  for (size_t u = 0; u < table.units.size(); ++u) {
    Json verdicts = Json::array();
    for (int c = 0; c < batch.criteria; ++c) {
      Verdict v = batch.at(u, c);
      ++counts[static_cast<size_t>(c)][static_cast<size_t>(v)];
      verdicts.push_back(VerdictId(v));
    }
    units.push_back({{"id", std::string(table.units[u].id())},
                     {"kind", KindOf(rules, table.units[u])},
                     {"row", u < table.rows.size() ? table.rows[u] : 0},
                     {"verdicts", verdicts}});
  }
  for (size_t c = 0; c < criteria.size(); ++c) {
    Json count;
    for (Verdict v : {Verdict::kEligible, Verdict::kNotEligible, Verdict::kUndetermined,
                      Verdict::kNotApplicable}) {
      count[VerdictId(v)] = counts[c][static_cast<size_t>(v)];
    }
    crit.push_back({{"name", criteria[c].name}, {"label", criteria[c].label},
                    {"source", criteria[c].source}, {"counts", count}});
  }
  Json names;
  for (Verdict v : {Verdict::kEligible, Verdict::kNotEligible, Verdict::kUndetermined,
                    Verdict::kNotApplicable}) {
    names[VerdictId(v)] = VerdictName(v, lang);
  }
  return JsonResponse({{"plan", {{"title", rules.plan_title()}, {"source", rules.plan_source()}}},
                       {"criteria", crit},
                       {"verdict_names", names},
                       {"units", units},
                       {"rows_read", table.rows_read},
                       {"errors", RowErrorsJson(table)},
                       {"warnings", table.warnings}});
}

Response HandleExplain(const Config& config, const Json& body) {
  Plan plan = LoadPlan(config, body);
  UnitTable table = LoadUnits(config, body, plan);
  const std::string id = StringField(body, "id");
  const Language lang = LanguageOf(body);
  for (const Unit& unit : table.units) {
    if (unit.id() != id) continue;
    Evaluator evaluator(plan.rules);
    Json explanations = Json::array();
    for (int c = 0; c < plan.rules->criterion_count(); ++c) {
      if (evaluator.Evaluate(unit, c) == Verdict::kNotApplicable) continue;
      Json e = ExplanationJson(evaluator.Explain(unit, c, lang));
      e["criterion"] = plan.rules->criteria()[static_cast<size_t>(c)].name;
      explanations.push_back(std::move(e));
    }
    return JsonResponse({{"id", id}, {"kind", KindOf(*plan.rules, unit)},
                         {"explanations", explanations}});
  }
  return Error(404, lang == Language::kVietnamese ? "Không có đơn vị mang mã '" + id + "'."
                                                  : "No unit has the id '" + id + "'.");
}

Response HandleTests(const Config& config, const Json& body) {
  const Language lang = LanguageOf(body);
  Plan plan = LoadPlan(config, body);
  auto test_json = [](const TestResult& t) {
    Json failures = Json::array();
    for (const TestFailure& f : t.failures) {
      failures.push_back({{"subject", f.subject}, {"expected", f.expected},
                          {"actual", f.actual}, {"explanation", f.explanation}});
    }
    return Json{{"title", t.title}, {"line", t.line}, {"passed", t.passed()},
                {"expectations", t.expectations}, {"failures", failures}};
  };
  Json out = {{"diagnostics_check", nullptr}};
  // The expected diagnostics are read from the saved file, as `thidua test`.
  absl::StatusOr<std::optional<TestResult>> verified =
      VerifyDiagnostics(plan.full, OptionsFor(config, body));
  if (verified.ok() && verified->has_value()) out["diagnostics_check"] = test_json(**verified);
  Json tests = Json::array();
  int passed = 0, failed = 0;
  for (const TestResult& t : RunTests(plan.rules, lang)) {
    (t.passed() ? passed : failed)++;
    tests.push_back(test_json(t));
  }
  out["tests"] = tests;
  out["passed"] = passed;
  out["failed"] = failed;
  return JsonResponse(out);
}

Response HandleSelect(const Config& config, const Json& body) {
  const Language lang = LanguageOf(body);
  Plan plan = LoadPlan(config, body);
  UnitTable table = LoadUnits(config, body, plan);
  SelectOptions options;
  options.language = lang;
  if (body.contains("year")) {
    const Json& year = body.at("year");
    if (!year.is_number_integer() || year.get<int64_t>() < 1900 || year.get<int64_t>() > 9999) {
      return BadRequest(lang, internal::Msg::kServeBadYear, internal::Msg::kHintServeYear).response;
    }
    options.year = year.get<int>();
  }
  absl::StatusOr<Selection> s =
      SelectAward(plan.rules, StringField(body, "award"), table.units, options);
  if (!s.ok()) return BadStatus(s.status(), lang, internal::Msg::kHintServeAward).response;
  Json entries = Json::array();
  for (const SelectionEntry& e : s->entries) {
    const Unit& unit = table.units[e.unit];
    entries.push_back({{"id", std::string(unit.id())}, {"kind", KindOf(*plan.rules, unit)},
                       {"selected", e.selected}, {"outcome", e.outcome},
                       {"outcome_name", OutcomeName(e.outcome, lang)},
                       {"rank", e.rank}, {"reason", e.reason}});
  }
  Json groups = Json::array();
  for (const SelectionGroup& g : s->groups) {
    groups.push_back({{"kind", g.kind}, {"candidates", g.candidates}, {"eligible", g.eligible},
                      {"selected", g.selected}, {"cap", g.cap}});
  }
  return JsonResponse({{"award", s->award}, {"label", s->label}, {"authority", s->authority},
                       {"source", s->source}, {"entries", entries}, {"groups", groups},
                       {"errors", RowErrorsJson(table)}});
}

// One target, or one part of it (`part`: with its group, "" for the units
// within none), as the page and other callers read it.
Json TargetJson(const TargetReport& t, bool part = false) {
  Json out = {{"name", t.name},   {"label", t.label},     {"source", t.source},
              {"kind", t.kind},   {"status", t.status},   {"units", t.units},
              {"matching", t.matching}, {"unknown", t.unknown},
              {"value", t.value}, {"bound", t.bound},     {"gap", t.gap}};
  if (part) {
    out["group"] = t.group;
    out["group_name"] = t.group_name;
  }
  if (!t.parts.empty()) {
    Json parts = Json::array();
    for (const TargetReport& part : t.parts) parts.push_back(TargetJson(part, true));
    out["parts"] = std::move(parts);
  }
  return out;
}

// `by` (optional): a unit kind, e.g. "district": each target broken down by
// the units of that kind its units are within (thidua report --by).
Response HandleTargets(const Config& config, const Json& body) {
  Plan plan = LoadPlan(config, body);
  UnitTable table = LoadUnits(config, body, plan);
  const std::string by = StringField(body, "by");
  std::vector<TargetReport> reports;
  if (by.empty()) {
    reports = EvaluateTargets(plan.rules, table.units, LanguageOf(body));
  } else {
    auto broken_down = EvaluateTargetsBy(plan.rules, table.units, by, LanguageOf(body));
    if (!broken_down.ok()) {
      return BadStatus(broken_down.status(), LanguageOf(body), internal::Msg::kHintServeByKind)
          .response;
    }
    reports = *std::move(broken_down);
  }
  Json targets = Json::array();
  for (const TargetReport& t : reports) targets.push_back(TargetJson(t));
  return JsonResponse({{"targets", targets}, {"errors", RowErrorsJson(table)}});
}

}  // namespace thidua::serve
