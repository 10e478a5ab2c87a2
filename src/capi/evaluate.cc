// The C API for evaluation: one unit, a batch on many threads, explanations,
// and the rule file's own tests.
#include <limits>

#include "capi/handles.hpp"
#include "nlohmann/json.hpp"

using thidua::capi::Guard;
using thidua::capi::RulesCore;
using thidua::capi::Sink;
using thidua::capi::View;

namespace {

// Checks shared by the calls that take an evaluator and a unit.
int CheckUnit(const td_evaluator* evaluator, const td_unit* unit, const Sink& sink) {
  if (unit == nullptr) return sink.Fail(TD_E_MISUSE, "the unit is NULL");
  if (unit->core != evaluator->core) {
    return sink.Fail(TD_E_MISUSE, "the unit was made from another td_ruleset");
  }
  return TD_OK;
}

int EvaluateUnit(td_evaluator* evaluator, const thidua::Unit& unit,
                 td_verdict* out, size_t out_len, const Sink& sink) {
  size_t n = evaluator->core->criteria.size();
  if (out == nullptr && n > 0) return sink.Fail(TD_E_MISUSE, "out is NULL");
  if (out_len < n) {
    return sink.Fail(TD_E_RANGE, "out has fewer places than the rules have criteria");
  }
  evaluator->evaluator->EvaluateAll(unit, &evaluator->scratch);
  for (size_t i = 0; i < n; ++i) out[i] = thidua::capi::ToC(evaluator->scratch[i]);
  return sink.Ok();
}

int CriterionIndex(const td_evaluator* evaluator, int criterion, const Sink& sink) {
  if (criterion < 0 ||
      static_cast<size_t>(criterion) >= evaluator->core->criteria.size()) {
    return sink.Fail(TD_E_RANGE, "no criterion at this index");
  }
  return TD_OK;
}

}  // namespace

extern "C" {

int td_evaluator_new(const td_ruleset* rules, td_evaluator** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  if (!rules->core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return Guard(sink, [&]() -> int {
    auto evaluator = std::make_unique<thidua::Evaluator>(rules->core->rules);
    auto handle = std::make_unique<td_evaluator>(
        td_evaluator{rules->core, std::move(evaluator), {}, {}, {}, {}});
    thidua::capi::Track(handle.get(), thidua::capi::HandleKind::kEvaluator);
    *out = handle.release();
    return sink.Ok();
  });
}

void td_evaluator_free(td_evaluator* evaluator) {
  if (thidua::capi::Untrack(evaluator, thidua::capi::HandleKind::kEvaluator)) delete evaluator;
}

int td_evaluator_errcode(const td_evaluator* evaluator) {
  return evaluator == nullptr ? TD_E_MISUSE : evaluator->error.code;
}

const char* td_evaluator_errmsg(const td_evaluator* evaluator) {
  if (evaluator == nullptr) return td_errstr(TD_E_MISUSE);
  return evaluator->error.message.empty() ? td_errstr(evaluator->error.code)
                                          : evaluator->error.message.c_str();
}

int td_evaluator_set_as_of(td_evaluator* evaluator, const char* date, size_t len) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  return Guard(sink, [&]() -> int {
    thidua::Date as_of;
    if (int code = thidua::capi::AsOfArg(date, len, &as_of, sink); code != TD_OK) return code;
    // The evaluator reads its day once, when made: make a new one.
    evaluator->options.as_of = as_of;
    evaluator->evaluator =
        std::make_unique<thidua::Evaluator>(evaluator->core->rules, evaluator->options);
    return sink.Ok();
  });
}

int td_evaluator_set_list(td_evaluator* evaluator, const char* name, size_t name_len,
                          const char* text, size_t text_len) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  std::string_view list, file;
  if (!View(name, name_len, &list)) return sink.Fail(TD_E_MISUSE, "name is NULL");
  if (!View(text, text_len, &file)) return sink.Fail(TD_E_MISUSE, "text is NULL");
  return Guard(sink, [&]() -> int {
    if (!evaluator->lists) evaluator->lists = std::make_shared<thidua::Lists>(evaluator->core->rules);
    absl::StatusOr<thidua::ListTable> table = evaluator->lists->Read(list, file);
    // Reading moved the members: the evaluator must be made again, whatever
    // the outcome, before it evaluates anything.
    evaluator->options.lists = evaluator->lists;
    evaluator->evaluator =
        std::make_unique<thidua::Evaluator>(evaluator->core->rules, evaluator->options);
    if (!table.ok()) return sink.FailStatus(table.status(), TD_E_DATA);
    if (!table->errors.empty()) {
      const thidua::RowError& e = table->errors.front();
      return sink.Fail(TD_E_DATA, "row " + std::to_string(e.row) +
                                      (e.column.empty() ? "" : ", column " + e.column) + ": " +
                                      e.message);
    }
    return sink.Ok();
  });
}

int td_evaluator_evaluate(td_evaluator* evaluator, const td_unit* unit,
                          td_verdict* out, size_t out_len) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  if (int code = CheckUnit(evaluator, unit, sink); code != TD_OK) return code;
  return Guard(sink, [&]() -> int {
    return EvaluateUnit(evaluator, unit->unit, out, out_len, sink);
  });
}

int td_evaluator_evaluate_json(td_evaluator* evaluator, const char* json,
                               size_t len, td_verdict* out, size_t out_len) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  std::string_view text;
  if (!View(json, len, &text)) return sink.Fail(TD_E_MISUSE, "json is NULL");
  return Guard(sink, [&]() -> int {
    const RulesCore& core = *evaluator->core;
    absl::StatusOr<thidua::Unit> unit = core.rules->UnitFromJson(text, core.language);
    if (!unit.ok()) return sink.FailStatus(unit.status(), TD_E_DATA);
    return EvaluateUnit(evaluator, *unit, out, out_len, sink);
  });
}

int td_evaluator_evaluate_one(td_evaluator* evaluator, const td_unit* unit,
                              int criterion, td_verdict* out) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  if (int code = CheckUnit(evaluator, unit, sink); code != TD_OK) return code;
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  if (int code = CriterionIndex(evaluator, criterion, sink); code != TD_OK) return code;
  return Guard(sink, [&]() -> int {
    *out = thidua::capi::ToC(evaluator->evaluator->Evaluate(unit->unit, criterion));
    return sink.Ok();
  });
}

int td_evaluator_explain(td_evaluator* evaluator, const td_unit* unit,
                         int criterion, td_language lang, td_format format,
                         char** out) {
  if (evaluator == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Local(&evaluator->error);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  if (int code = CheckUnit(evaluator, unit, sink); code != TD_OK) return code;
  if (int code = CriterionIndex(evaluator, criterion, sink); code != TD_OK) return code;
  thidua::Language language;
  if (!thidua::capi::ToLanguage(lang, &language)) {
    return sink.Fail(TD_E_MISUSE, "lang is neither TD_LANG_EN nor TD_LANG_VI");
  }
  if (format != TD_FORMAT_TEXT && format != TD_FORMAT_JSON) {
    return sink.Fail(TD_E_MISUSE, "format is neither TD_FORMAT_TEXT nor TD_FORMAT_JSON");
  }
  return Guard(sink, [&]() -> int {
    thidua::Explanation e = evaluator->evaluator->Explain(unit->unit, criterion, language);
    std::string text = thidua::FormatExplanation(
        e, format == TD_FORMAT_JSON ? thidua::DiagnosticFormat::kJson
                                    : thidua::DiagnosticFormat::kText);
    return thidua::capi::CopyOut(text, out, sink);
  });
}

int td_evaluate_batch(const td_ruleset* rules, const td_unit* const* units,
                      size_t count, int threads, const char* as_of, size_t as_of_len,
                      td_verdict* out, size_t out_len) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  const std::shared_ptr<const RulesCore>& core = rules->core;
  if (!core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  if (count > 0 && (units == nullptr || out == nullptr)) {
    return sink.Fail(TD_E_MISUSE, "units or out is NULL");
  }
  if (threads < 0) return sink.Fail(TD_E_MISUSE, "threads is negative");
  size_t n = core->criteria.size();
  if (n > 0 && count > std::numeric_limits<size_t>::max() / n) {
    return sink.Fail(TD_E_RANGE, "count × criteria overflows");
  }
  if (out_len < count * n) {
    return sink.Fail(TD_E_RANGE, "out has fewer places than count × criteria");
  }
  return Guard(sink, [&]() -> int {
    thidua::EvaluateOptions options;
    if (int code = thidua::capi::AsOfArg(as_of, as_of_len, &options.as_of, sink); code != TD_OK) {
      return code;
    }
    // EvaluateBatch wants contiguous Units; copying one shares its data.
    std::vector<thidua::Unit> batch;
    batch.reserve(count);
    for (size_t u = 0; u < count; ++u) {
      if (units[u] == nullptr || units[u]->core != core) {
        return sink.Fail(TD_E_MISUSE, "units[" + std::to_string(u) +
                                          "] is NULL or was made from another td_ruleset");
      }
      batch.push_back(units[u]->unit);
    }
    // The units of one call are one population: communes reach their district.
    batch = thidua::capi::LinkPopulation(*core->rules, std::move(batch));
    thidua::BatchResult result = thidua::EvaluateBatch(core->rules, batch, threads, options);
    for (size_t i = 0; i < count * n; ++i) out[i] = thidua::capi::ToC(result.verdicts[i]);
    return sink.Ok();
  });
}

int td_ruleset_run_tests(const td_ruleset* rules, int* passed, int* failed,
                         char** report) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (report != nullptr) *report = nullptr;
  if (!rules->core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return Guard(sink, [&]() -> int {
    std::vector<thidua::TestResult> results = thidua::RunTests(rules->core->rules);
    int ok = 0;
    nlohmann::json json = nlohmann::json::array();
    for (const thidua::TestResult& r : results) {
      ok += r.passed() ? 1 : 0;
      if (report == nullptr) continue;
      nlohmann::json failures = nlohmann::json::array();
      for (const thidua::TestFailure& f : r.failures) {
        failures.push_back({{"subject", f.subject},
                            {"expected", f.expected},
                            {"actual", f.actual},
                            {"explanation", f.explanation}});
      }
      json.push_back({{"title", r.title}, {"path", r.path}, {"line", r.line},
                      {"as_of", r.as_of.empty() ? nlohmann::json(nullptr)
                                                : nlohmann::json(thidua::FormatDate(r.as_of))},
                      {"passed", r.passed()}, {"expectations", r.expectations},
                      {"failures", std::move(failures)}});
    }
    if (passed != nullptr) *passed = ok;
    if (failed != nullptr) *failed = static_cast<int>(results.size()) - ok;
    if (report == nullptr) return sink.Ok();
    // Invalid UTF-8 in a title must not become an exception: replace it.
    return thidua::capi::CopyOut(
        json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), report, sink);
  });
}

}  // extern "C"
