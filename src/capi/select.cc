// The C API for awards: what the rules declare, selection within quotas and
// ratios, and the plan's population targets.
#include <limits>

#include "capi/handles.hpp"
#include "nlohmann/json.hpp"

using thidua::capi::Guard;
using thidua::capi::HandleKind;
using thidua::capi::RulesCore;
using thidua::capi::Sink;
using thidua::capi::View;

namespace {

struct OutcomeText {
  td_outcome code;
  const char* id;
  const char* en;
  const char* vi;
};

constexpr OutcomeText kOutcomes[] = {
    {TD_OUTCOME_SELECTED, "selected", "selected", "được chọn"},
    {TD_OUTCOME_NOT_ELIGIBLE, "not_eligible", "not eligible", "không đạt"},
    {TD_OUTCOME_UNDETERMINED, "undetermined", "undetermined", "chưa xác định"},
    {TD_OUTCOME_MISSING_DOCUMENTS, "missing_documents", "missing documents", "thiếu hồ sơ"},
    {TD_OUTCOME_LATE, "late", "late", "quá hạn"},
    {TD_OUTCOME_CUT_BY_QUOTA, "cut_by_quota", "over the quota", "vượt chỉ tiêu"},
    {TD_OUTCOME_CUT_BY_RATIO, "cut_by_ratio", "over the ratio", "vượt tỷ lệ"},
    {TD_OUTCOME_OTHER_KIND, "other_kind", "not in the award", "không thuộc diện"},
};

const OutcomeText* FindOutcome(td_outcome code) {
  for (const OutcomeText& o : kOutcomes) {
    if (o.code == code) return &o;
  }
  return nullptr;
}

// SelectionEntry::outcome is an id string; the C API gives a code.
td_outcome OutcomeCode(const std::string& id) {
  for (const OutcomeText& o : kOutcomes) {
    if (id == o.id) return o.code;
  }
  return TD_OUTCOME_UNDETERMINED;  // an id added in C++ but not here yet
}

const thidua::AwardDescription* Award(const td_ruleset* rules, int i) {
  if (rules == nullptr || i < 0) return nullptr;
  const auto& all = rules->core->awards;
  return static_cast<size_t>(i) < all.size() ? &all[static_cast<size_t>(i)] : nullptr;
}

// The units of a call as the C++ API wants them: contiguous, of this ruleset.
int CollectUnits(const std::shared_ptr<const RulesCore>& core, const td_unit* const* units,
                 size_t count, std::vector<thidua::Unit>* out, const Sink& sink) {
  out->reserve(count);
  for (size_t u = 0; u < count; ++u) {
    if (units[u] == nullptr || units[u]->core != core) {
      return sink.Fail(TD_E_MISUSE, "units[" + std::to_string(u) +
                                        "] is NULL or was made from another td_ruleset");
    }
    out->push_back(units[u]->unit);  // shares the unit's data
  }
  return TD_OK;
}

std::string Dump(const nlohmann::json& json) {
  // Invalid UTF-8 in a unit id must not become an exception: replace it.
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

extern "C" {

int td_ruleset_award_count(const td_ruleset* rules) {
  return rules == nullptr ? 0 : static_cast<int>(rules->core->awards.size());
}

const char* td_ruleset_award_name(const td_ruleset* rules, int i) {
  const auto* a = Award(rules, i);
  return a != nullptr ? a->name.c_str() : nullptr;
}

const char* td_ruleset_award_label(const td_ruleset* rules, int i) {
  const auto* a = Award(rules, i);
  return a != nullptr ? a->label.c_str() : nullptr;
}

const char* td_ruleset_award_source(const td_ruleset* rules, int i) {
  const auto* a = Award(rules, i);
  return a != nullptr ? a->source.c_str() : nullptr;
}

const char* td_outcome_id(td_outcome outcome) {
  const OutcomeText* o = FindOutcome(outcome);
  return o != nullptr ? o->id : nullptr;
}

const char* td_outcome_name(td_outcome outcome, td_language lang) {
  const OutcomeText* o = FindOutcome(outcome);
  if (o == nullptr || (lang != TD_LANG_EN && lang != TD_LANG_VI)) return nullptr;
  return lang == TD_LANG_VI ? o->vi : o->en;
}

void td_select_options_init(td_select_options* options) {
  if (options == nullptr) return;
  options->year = 0;
  options->language = TD_LANG_EN;
  options->as_of = nullptr;
  options->as_of_len = 0;
}

void td_targets_options_init(td_targets_options* options) {
  if (options == nullptr) return;
  options->language = TD_LANG_EN;
  options->as_of = nullptr;
  options->as_of_len = 0;
  options->by = nullptr;
  options->by_len = 0;
}

int td_award_select(const td_ruleset* rules, const char* award, size_t award_len,
                    const td_unit* const* units, size_t count,
                    const td_select_options* options, td_selection** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  std::string_view name;
  if (out == nullptr || !View(award, award_len, &name)) {
    return sink.Fail(TD_E_MISUSE, "td_award_select: award or out is NULL");
  }
  *out = nullptr;
  if (count > 0 && units == nullptr) return sink.Fail(TD_E_MISUSE, "units is NULL");
  const std::shared_ptr<const RulesCore>& core = rules->core;
  if (!core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  thidua::SelectOptions o;
  if (options != nullptr) {
    if (!thidua::capi::ToLanguage(options->language, &o.language)) {
      return sink.Fail(TD_E_MISUSE, "language is neither TD_LANG_EN nor TD_LANG_VI");
    }
    if (options->year < 0) return sink.Fail(TD_E_MISUSE, "year is negative");
    o.year = options->year;
  }
  return Guard(sink, [&]() -> int {
    if (options != nullptr) {
      int code = thidua::capi::AsOfArg(options->as_of, options->as_of_len, &o.as_of, sink);
      if (code != TD_OK) return code;
    }
    std::vector<thidua::Unit> batch;
    if (int code = CollectUnits(core, units, count, &batch, sink); code != TD_OK) return code;
    batch = thidua::capi::LinkPopulation(*core->rules, std::move(batch));  // one population
    absl::StatusOr<thidua::Selection> s = thidua::SelectAward(core->rules, name, batch, o);
    if (!s.ok()) {
      // An unknown award is NOT_FOUND; a missing year is the caller's
      // mistake, not bad unit data.
      int code = s.status().code() == absl::StatusCode::kNotFound ? TD_E_NOT_FOUND
                                                                   : TD_E_MISUSE;
      absl::string_view m = s.status().message();
      return sink.Fail(code, std::string_view(m.data(), m.size()));
    }
    auto handle = std::make_unique<td_selection>();
    handle->core = core;
    handle->selection = std::move(*s);
    handle->year = o.year;
    handle->language = o.language;
    handle->unit_ids.reserve(count);
    handle->unit_kinds.reserve(count);
    for (const thidua::Unit& u : batch) {
      handle->unit_ids.emplace_back(u.id());
      int k = u.kind_index();
      handle->unit_kinds.push_back(k >= 0 && static_cast<size_t>(k) < core->kinds.size()
                                       ? core->kinds[static_cast<size_t>(k)]
                                       : std::string());
    }
    thidua::capi::Track(handle.get(), HandleKind::kSelection);
    *out = handle.release();
    return sink.Ok();
  });
}

void td_selection_free(td_selection* selection) {
  if (thidua::capi::Untrack(selection, HandleKind::kSelection)) delete selection;
}

size_t td_selection_entry_count(const td_selection* selection) {
  return selection == nullptr ? 0 : selection->selection.entries.size();
}

int td_selection_entry(const td_selection* selection, size_t index,
                       td_candidate* out) {
  if (selection == nullptr || out == nullptr) return TD_E_MISUSE;
  const auto& entries = selection->selection.entries;
  if (index >= entries.size()) return TD_E_RANGE;
  const thidua::SelectionEntry& e = entries[index];
  out->unit = e.unit;
  out->unit_id = e.unit < selection->unit_ids.size() ? selection->unit_ids[e.unit].c_str() : "";
  out->selected = e.selected ? 1 : 0;
  out->outcome = OutcomeCode(e.outcome);
  out->rank = e.rank;
  out->reason = e.reason.c_str();
  return TD_OK;
}

size_t td_selection_group_count(const td_selection* selection) {
  return selection == nullptr ? 0 : selection->selection.groups.size();
}

int td_selection_group(const td_selection* selection, size_t index,
                       td_candidate_group* out) {
  if (selection == nullptr || out == nullptr) return TD_E_MISUSE;
  const auto& groups = selection->selection.groups;
  if (index >= groups.size()) return TD_E_RANGE;
  const thidua::SelectionGroup& g = groups[index];
  out->kind = g.kind.c_str();
  out->candidates = g.candidates;
  out->eligible = g.eligible;
  out->selected = g.selected;
  out->cap = g.cap;
  return TD_OK;
}

int td_selection_to_json(const td_selection* selection, char** out) {
  if (selection == nullptr || out == nullptr) return TD_E_MISUSE;
  *out = nullptr;
  Sink sink = Sink::None();
  return Guard(sink, [&]() -> int {
    const thidua::Selection& s = selection->selection;
    nlohmann::json candidates = nlohmann::json::array();
    for (const thidua::SelectionEntry& e : s.entries) {
      bool known = e.unit < selection->unit_ids.size();
      candidates.push_back({{"index", e.unit},
                            {"id", known ? selection->unit_ids[e.unit] : ""},
                            {"kind", known ? selection->unit_kinds[e.unit] : ""},
                            {"selected", e.selected},
                            {"outcome", e.outcome},
                            {"rank", e.rank},
                            {"reason", e.reason}});
    }
    nlohmann::json groups = nlohmann::json::array();
    for (const thidua::SelectionGroup& g : s.groups) {
      groups.push_back({{"kind", g.kind},
                        {"candidates", g.candidates},
                        {"eligible", g.eligible},
                        {"selected", g.selected},
                        {"cap", g.cap < 0 ? nlohmann::json(nullptr) : nlohmann::json(g.cap)}});
    }
    nlohmann::json json = {
        {"award", s.award},
        {"label", s.label},
        {"authority", s.authority},
        {"source", s.source},
        {"year", selection->year},
        {"language", selection->language == thidua::Language::kVietnamese ? "vi" : "en"},
        {"candidates", std::move(candidates)},
        {"groups", std::move(groups)}};
    return thidua::capi::CopyOut(Dump(json), out, sink);
  });
}

namespace {

nlohmann::json TargetJson(const thidua::TargetReport& r) {
  return {{"target", r.name},        {"label", r.label},   {"source", r.source},
          {"kind", r.kind},          {"status", r.status}, {"value", r.value},
          {"target_value", r.bound}, {"gap", r.gap},       {"units", r.units},
          {"matching", r.matching},  {"unknown", r.unknown}};
}

}  // namespace

int td_ruleset_targets(const td_ruleset* rules, const td_unit* const* units, size_t count,
                       const td_targets_options* options, char** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  if (count > 0 && units == nullptr) return sink.Fail(TD_E_MISUSE, "units is NULL");
  td_targets_options o;
  td_targets_options_init(&o);
  if (options != nullptr) o = *options;
  thidua::Language language;
  if (!thidua::capi::ToLanguage(o.language, &language)) {
    return sink.Fail(TD_E_MISUSE, "language is neither TD_LANG_EN nor TD_LANG_VI");
  }
  std::string_view by;
  if (!View(o.by, o.by_len, &by)) return sink.Fail(TD_E_MISUSE, "by is NULL");
  const std::shared_ptr<const RulesCore>& core = rules->core;
  if (!core->rules) return sink.Fail(TD_E_COMPILE, "the rules did not compile");
  return Guard(sink, [&]() -> int {
    thidua::EvaluateOptions eval;
    if (int code = thidua::capi::AsOfArg(o.as_of, o.as_of_len, &eval.as_of, sink);
        code != TD_OK) {
      return code;
    }
    std::vector<thidua::Unit> batch;
    if (int code = CollectUnits(core, units, count, &batch, sink); code != TD_OK) return code;
    batch = thidua::capi::LinkPopulation(*core->rules, std::move(batch));  // one population
    std::vector<thidua::TargetReport> reports;
    if (by.empty()) {
      reports = thidua::EvaluateTargets(core->rules, batch, language, eval);
    } else {
      auto parts = thidua::EvaluateTargetsBy(core->rules, batch, by, language, eval);
      if (!parts.ok()) {  // `by` is no unit kind
        absl::string_view m = parts.status().message();
        return sink.Fail(TD_E_NOT_FOUND, std::string_view(m.data(), m.size()));
      }
      reports = std::move(*parts);
    }
    nlohmann::json json = nlohmann::json::array();
    for (const thidua::TargetReport& r : reports) {
      nlohmann::json t = TargetJson(r);
      if (!by.empty()) {
        nlohmann::json parts = nlohmann::json::array();
        for (const thidua::TargetReport& part : r.parts) {
          nlohmann::json p = TargetJson(part);
          p["group"] = part.group;
          p["group_name"] = part.group_name;
          parts.push_back(std::move(p));
        }
        t["by"] = std::string(by);
        t["parts"] = std::move(parts);
      }
      json.push_back(std::move(t));
    }
    return thidua::capi::CopyOut(Dump(json), out, sink);
  });
}

}  // extern "C"
