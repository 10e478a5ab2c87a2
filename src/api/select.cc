// Award selection and population targets through the public API.
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "api/ruleset_data.hpp"
#include "base/messages.hpp"
#include "eval/hierarchy.hpp"
#include "select/select.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

const char* OutcomeId(internal::Outcome o) {
  switch (o) {
    case internal::Outcome::kSelected: return "selected";
    case internal::Outcome::kNotEligible: return "not_eligible";
    case internal::Outcome::kUndetermined: return "undetermined";
    case internal::Outcome::kMissingDocuments: return "missing_documents";
    case internal::Outcome::kLate: return "late";
    case internal::Outcome::kCutByQuota: return "cut_by_quota";
    case internal::Outcome::kCutByRatio: return "cut_by_ratio";
  }
  return "?";
}

std::vector<const internal::UnitData*> Data(std::span<const Unit> units) {
  std::vector<const internal::UnitData*> out;
  out.reserve(units.size());
  for (const Unit& u : units) out.push_back(u.empty() ? nullptr : &u.data());
  return out;
}

}  // namespace

const char* OutcomeName(std::string_view outcome, Language language) {
  static constexpr const char* kWords[][3] = {
      {"selected", "selected", "được chọn"},
      {"not_eligible", "not eligible", "không đạt"},
      {"undetermined", "undetermined", "chưa xác định"},
      {"missing_documents", "missing documents", "thiếu hồ sơ"},
      {"late", "late", "quá hạn"},
      {"cut_by_quota", "cut by quota", "vượt chỉ tiêu"},
      {"cut_by_ratio", "cut by ratio", "vượt tỷ lệ"},
      {"other_kind", "not in the award", "không thuộc diện"}};
  for (const auto& w : kWords) {
    if (outcome == w[0]) return language == Language::kVietnamese ? w[2] : w[1];
  }
  return "?";
}

std::vector<AwardDescription> RuleSet::awards() const {
  std::vector<AwardDescription> out;
  for (const auto& a : program().awards) {
    AwardDescription d{a.name, a.label, a.authority, a.source, {}};
    for (const auto& g : a.groups) d.kinds.push_back(program().units[g.kind].name);
    out.push_back(std::move(d));
  }
  return out;
}

int RuleSet::target_count() const { return static_cast<int>(program().targets.size()); }

absl::StatusOr<Selection> SelectAward(std::shared_ptr<const RuleSet> rules,
                                      std::string_view award, std::span<const Unit> units,
                                      const SelectOptions& options) {
  const internal::Program& p = rules->program();
  int32_t a = p.FindAward(award);
  using internal::FormatMessage;
  using internal::Msg;
  if (a < 0) {
    return absl::NotFoundError(
        FormatMessage(options.language, Msg::kUnknownAward, {std::string(award)}));
  }
  for (const auto& d : p.awards[a].deadlines) {
    if (d.recurring && options.year == 0) {
      return absl::InvalidArgumentError(
          FormatMessage(options.language, Msg::kSelectNeedsYear,
                        {std::string(award), absl::StrCat(d.day, "/", d.month)}));
    }
  }
  std::vector<const internal::UnitData*> data = Data(units);
  for (const auto* u : data) {
    if (u == nullptr) {
      return absl::InvalidArgumentError(FormatMessage(options.language, Msg::kSelectEmptyUnit));
    }
  }
  internal::SelectionOutcome r = internal::SelectCandidates(
      p, rules->code(), a, data, options.year, internal::AsOfDay(rules->code(), options.as_of),
      options.lists ? &options.lists->data() : nullptr, options.language);
  Selection out;
  out.award = p.awards[a].name;
  out.label = p.awards[a].label;
  out.authority = p.awards[a].authority;
  out.source = p.awards[a].source;
  out.entries.resize(r.candidates.size());
  for (size_t i = 0; i < r.candidates.size(); ++i) {
    const internal::CandidateOutcome& c = r.candidates[i];
    SelectionEntry& e = out.entries[i];
    e.unit = i;
    e.selected = c.outcome == internal::Outcome::kSelected;
    e.outcome = c.group < 0 ? "other_kind" : OutcomeId(c.outcome);
    e.rank = c.rank;
    e.reason = r.reasons[static_cast<size_t>(c.reason)];
  }
  for (const internal::GroupSummary& g : r.groups) {
    out.groups.push_back({p.units[g.kind].name, g.candidates, g.eligible, g.selected, g.cap});
  }
  return out;
}

namespace {

std::vector<const internal::UnitData*> DataOf(std::span<const Unit> units) {
  std::vector<const internal::UnitData*> data;
  for (const Unit& u : units) {
    if (!u.empty()) data.push_back(&u.data());
  }
  return data;
}

TargetReport ToReport(const internal::Program& p, size_t t, const internal::TargetOutcome& m) {
  TargetReport r;
  r.name = p.targets[t].name;
  r.label = p.targets[t].label;
  r.source = p.targets[t].source;
  r.kind = p.units[p.targets[t].kind].name;
  r.verdict = m.verdict;
  r.status = m.verdict == Verdict::kEligible      ? "achieved"
             : m.verdict == Verdict::kNotEligible ? "not_achieved"
                                                   : "undetermined";
  r.units = m.units;
  r.matching = m.matching;
  r.unknown = m.unknown;
  r.value = m.value;
  r.bound = m.bound;
  r.gap = m.gap;
  return r;
}

// Whether the units of `kind` are within units of kind `by`.
bool Within(const internal::Program& p, int32_t kind, int32_t by) {
  for (int32_t k = p.units[kind].parent; k >= 0; k = p.units[k].parent) {
    if (k == by) return true;
  }
  return false;
}

}  // namespace

std::vector<TargetReport> EvaluateTargets(std::shared_ptr<const RuleSet> rules,
                                          std::span<const Unit> units, Language language,
                                          const EvaluateOptions& options) {
  const internal::Program& p = rules->program();
  std::vector<const internal::UnitData*> data = DataOf(units);
  int32_t as_of = internal::AsOfDay(rules->code(), options.as_of);
  const internal::ListMembers* lists = options.lists ? &options.lists->data() : nullptr;
  std::vector<TargetReport> out;
  for (size_t t = 0; t < p.targets.size(); ++t) {
    out.push_back(ToReport(p, t, internal::MeasureTarget(p, rules->code(), static_cast<int32_t>(t),
                                                         data, as_of, lists, language)));
  }
  return out;
}

absl::StatusOr<std::vector<TargetReport>> EvaluateTargetsBy(std::shared_ptr<const RuleSet> rules,
                                                            std::span<const Unit> units,
                                                            std::string_view by,
                                                            Language language,
                                                            const EvaluateOptions& options) {
  const internal::Program& p = rules->program();
  int32_t kind = p.FindUnit(by);
  if (kind < 0) {
    std::vector<std::string> names;
    for (const auto& u : p.units) names.push_back(u.name);
    return absl::InvalidArgumentError(internal::FormatMessage(
        language, internal::Msg::kDataUnknownKind, {std::string(by), absl::StrJoin(names, ", ")}));
  }
  std::vector<const internal::UnitData*> data = DataOf(units);
  std::vector<int32_t> above = internal::AncestorsOfKind(p, data, kind);
  std::vector<TargetReport> out = EvaluateTargets(rules, units, language, options);
  int32_t as_of = internal::AsOfDay(rules->code(), options.as_of);
  const internal::ListMembers* lists = options.lists ? &options.lists->data() : nullptr;
  for (size_t t = 0; t < p.targets.size(); ++t) {
    const internal::TargetInfo& target = p.targets[t];
    if (!Within(p, target.kind, kind)) continue;
    // One part per unit of the kind, in data order, then the units within none.
    std::vector<int32_t> groups;
    for (size_t i = 0; i < data.size(); ++i) {
      if (data[i]->kind == kind) groups.push_back(static_cast<int32_t>(i));
    }
    bool orphans = false;
    for (size_t i = 0; i < data.size(); ++i) {
      orphans = orphans || (data[i]->kind == target.kind && above[i] < 0);
    }
    if (orphans) groups.push_back(-1);
    using Form = internal::ast::TargetDecl::Form;
    bool per_part = target.share || target.form == Form::kAll || target.form == Form::kNone;
    for (int32_t g : groups) {
      std::vector<const internal::UnitData*> members;
      for (size_t i = 0; i < data.size(); ++i) {
        if (data[i]->kind == target.kind && above[i] == g) members.push_back(data[i]);
      }
      TargetReport part = ToReport(
          p, t, internal::MeasureTarget(p, rules->code(), static_cast<int32_t>(t), members,
                                        as_of, lists, language));
      if (g >= 0) {
        part.group = std::string(data[g]->id());
        int32_t name = p.records[p.units[kind].record].Find("name");
        const internal::Value* v = name >= 0 ? &data[g]->slots[name] : nullptr;
        part.group_name = v != nullptr && v->tag == internal::Value::kText ? std::string(v->text())
                                                                           : part.group;
      }
      if (!per_part) {
        part.verdict = Verdict::kNotApplicable;
        part.status = "part";
        part.bound.clear();
        part.gap.clear();
      }
      out[t].parts.push_back(std::move(part));
    }
  }
  return out;
}

}  // namespace thidua
