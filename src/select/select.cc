#include "select/select.hpp"

#include <algorithm>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"

#include "eval/evaluator.hpp"
#include "eval/ops.hpp"
#include "syntax/literals.hpp"
#include "syntax/print.hpp"

namespace thidua::internal {
namespace {

std::string Vi(Language l, const char* vi, const char* en) {
  return l == Language::kVietnamese ? vi : en;
}

// The day a deadline falls on in `year` (29/2 falls on 28/2 in common years).
std::optional<int32_t> DeadlineDay(const DeadlineInfo& d, int32_t year) {
  if (!d.recurring) return d.date;
  std::string text = std::to_string(d.day) + "/" + std::to_string(d.month) + "/" +
                     std::to_string(year);
  if (auto day = ParseDate(text)) return day;
  if (d.day == 29 && d.month == 2) {
    return ParseDate("28/2/" + std::to_string(year));
  }
  return std::nullopt;
}

class Selector {
 public:
  Selector(const Program& p, const CompiledProgram& code, int32_t award,
           const std::vector<const UnitData*>& units, int32_t year, int32_t as_of,
           const ListMembers* lists, Language language)
      : p_(p), code_(code), award_(p.awards[award]), groups_(code.awards[award]),
        units_(units), year_(year), language_(language), eval_(code) {
    eval_.set_as_of(as_of);
    eval_.set_lists(lists);
  }

  SelectionOutcome Run() {
    SelectionOutcome out;
    out.candidates.resize(units_.size());
    reasons_ = &out.reasons;
    Intern("");  // reasons[0]: the selected have none
    other_kind_ = Intern(Vi(language_, "loại đơn vị không thuộc hình thức khen thưởng này",
                            "this unit kind is not in the award"));
    std::vector<std::vector<Ranked>> eligible(award_.groups.size());
    // Address space only: pages are touched as candidates are added, and
    // the vectors never grow (growing moved every Ranked again and faulted
    // in twice the pages — the largest cost at a million candidates).
    for (auto& e : eligible) e.reserve(units_.size());
    for (size_t g = 0; g < award_.groups.size(); ++g) {
      GroupSummary s;
      s.kind = award_.groups[g].kind;
      s.cap = award_.groups[g].has_cap ? award_.groups[g].cap : -1;
      out.groups.push_back(s);
    }
    for (size_t u = 0; u < units_.size(); ++u) {
      CandidateOutcome& c = out.candidates[u];
      c.group = GroupOf(units_[u]->kind);
      if (c.group < 0) {
        c.outcome = Outcome::kNotEligible;
        c.reason = other_kind_;
        continue;
      }
      ++out.groups[c.group].candidates;
      bool limited = false;
      if (Screen(u, c, &limited)) {
        eligible[c.group].push_back(Ranked::Of(u, limited, units_[u],
                                               award_.groups[c.group].rank_field));
        ++out.groups[c.group].eligible;
      }
    }
    for (size_t g = 0; g < eligible.size(); ++g) {
      Choose(static_cast<int32_t>(g), eligible[g], out);
    }
    return out;
  }

 private:
  int32_t GroupOf(int32_t kind) const {
    for (size_t g = 0; g < award_.groups.size(); ++g) {
      if (award_.groups[g].kind == kind) return static_cast<int32_t>(g);
    }
    return -1;
  }

  // Name(node), made once per node: the same few conditions fail for
  // thousands of candidates.
  const std::string& CachedName(int32_t node) {
    auto it = names_.find(node);
    if (it == names_.end()) it = names_.emplace(node, Name(node)).first;
    return it->second;
  }

  // What a condition is called in a reason: a criterion or field by its
  // label, anything else by its text.
  std::string Name(int32_t node) const {
    const Node& n = code_.nodes[node];
    if (n.op == Node::kRule) {
      const RuleCode& r = code_.rules[n.slot];
      if (r.criterion) {
        const RuleInfo& c = p_.criteria[r.decl];
        return c.name + (c.source.empty() ? "" : " (" + c.source + ")");
      }
    }
    if (n.op == Node::kField && n.expr != ast::kNoExpr) {
      const ast::Expr& e = p_.module.exprs[n.expr];
      return e.text;
    }
    return n.expr == ast::kNoExpr ? "?" : PrintExpr(p_.module, n.expr);
  }

  std::string Label(int32_t node, int32_t kind) const {
    const Node& n = code_.nodes[node];
    if (n.op == Node::kField) {
      const FieldInfo& f = p_.records[p_.units[kind].record].fields[n.slot];
      return f.label.empty() ? f.name : f.label;
    }
    return Name(node);
  }

  // The parts of an and-chain that did not hold, by name; a criterion that is
  // itself such a chain is opened, so the reason names the clause that failed.
  void Failing(int32_t node, std::vector<int32_t>* failed, std::vector<int32_t>* unknown) {
    const Node& n = code_.nodes[node];
    if (n.op == Node::kAnd) {
      Failing(n.a, failed, unknown);
      Failing(n.b, failed, unknown);
      return;
    }
    Value v = eval_.EvalNode(node);
    if (n.op == Node::kRule && !IsTrue(v)) {
      const RuleCode& r = code_.rules[n.slot];
      if (r.criterion && r.exceptions.empty() && code_.nodes[r.base].op == Node::kAnd) {
        size_t before = failed->size() + unknown->size();
        Failing(r.base, failed, unknown);
        if (failed->size() + unknown->size() > before) return;
      }
    }
    if (IsFalse(v)) failed->push_back(node);
    else if (!IsTrue(v)) unknown->push_back(node);
  }

  static std::string Join(const std::vector<std::string>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
    return out;
  }

  // The index of `text` in the outcome's reasons, added when new. Reasons
  // are kept once each: candidates cut by one quota, or failing the same
  // clauses, share one text instead of a string each.
  int32_t Intern(std::string_view text) {
    auto it = reason_index_.find(absl::string_view(text.data(), text.size()));
    if (it != reason_index_.end()) return it->second;
    auto index = static_cast<int32_t>(reasons_->size());
    reasons_->emplace_back(text);
    reason_index_.emplace(std::string(text), index);
    return index;
  }

  // An eligible candidate as the ranking sorts it.
  struct Ranked {
    Fixed score;
    size_t unit;
    bool has_score;
    bool limited;  // meets the ratio condition: counts toward the ratio

    static Ranked Of(size_t unit, bool limited, const UnitData* data, int32_t rank_field) {
      Ranked r{Fixed(), unit, false, limited};
      if (rank_field >= 0) {
        const Value& v = data->slots[rank_field];
        if (v.tag == Value::kNumber) {
          r.score = v.number();
          r.has_score = true;
        }
      }
      return r;
    }
  };

  // Conditions, dossier and deadlines. True when the unit may be selected;
  // *limited then tells whether it counts toward the group's ratio.
  bool Screen(size_t u, CandidateOutcome& c, bool* limited) {
    const CompiledGroup& g = groups_[c.group];
    eval_.Reset(units_[u]);
    Value ok = eval_.EvalRule(g.condition);
    if (!IsTrue(ok)) {
      failed_.clear();
      unknown_.clear();
      Failing(code_.rules[g.condition].base, &failed_, &unknown_);
      const bool is_false = IsFalse(ok);
      c.outcome = is_false ? Outcome::kNotEligible : Outcome::kUndetermined;
      // Written into one reused buffer, then interned: no string per candidate.
      text_.assign(is_false ? Vi(language_, "không đạt: ", "does not meet: ")
                            : Vi(language_, "chưa xác định (thiếu dữ liệu): ",
                                 "undetermined (missing data): "));
      const std::vector<int32_t>& parts = is_false ? failed_ : unknown_;
      for (size_t i = 0; i < parts.size(); ++i) {
        absl::StrAppend(&text_, i ? "; " : "", CachedName(parts[i]));
      }
      c.reason = Intern(text_);
      return false;
    }
    std::vector<std::string> missing;
    for (size_t i = 0; i < g.dossier.size(); ++i) {
      if (!IsTrue(eval_.EvalRule(g.dossier[i]))) {
        missing.push_back(Label(code_.rules[g.dossier[i]].base, units_[u]->kind));
      }
    }
    if (!missing.empty()) {
      c.outcome = Outcome::kMissingDocuments;
      c.reason = Intern(Vi(language_, "hồ sơ thiếu: ", "dossier lacks: ") + Join(missing));
      return false;
    }
    for (size_t i = 0; i < award_.deadlines.size(); ++i) {
      const DeadlineInfo& d = award_.deadlines[i];
      Value when = units_[u]->slots[g.deadline_slots[i]];
      auto due = DeadlineDay(d, year_);
      std::string label = d.label.empty() ? d.field : d.label;
      if (when.tag != Value::kDate || !due) {
        c.outcome = Outcome::kLate;
        c.reason = Intern(Vi(language_, "không có ngày nộp hồ sơ: ", "no submission date: ") + label);
        return false;
      }
      bool in_time = d.inclusive ? when.i <= *due : when.i < *due;
      if (!in_time) {
        c.outcome = Outcome::kLate;
        c.reason = Intern(Vi(language_, "nộp ngày ", "submitted on ") +
                          FormatVietnameseDate(when.i) +
                          Vi(language_, ", quá hạn ", ", past the deadline ") +
                          Vi(language_, d.inclusive ? "đến hết ngày " : "trước ngày ",
                             d.inclusive ? "on or before " : "before ") +
                          FormatVietnameseDate(*due) + " (" + label + ")");
        return false;
      }
    }
    if (g.ratio_condition >= 0) {
      Value r = eval_.EvalRule(g.ratio_condition);
      if (!r.known()) {
        c.outcome = Outcome::kUndetermined;
        c.reason = Intern(Vi(language_, "chưa xác định: ", "undetermined: ") +
                          PrintExpr(p_.module, award_.groups[c.group].ratio_condition));
        return false;
      }
      *limited = IsTrue(r);
    }
    return true;
  }

  // Ranks the eligible of group `g` and takes as many as the cap and the
  // ratio allow, preferring the higher-ranked (docs/awards.md).
  // Sized to the group's eligible candidates, not to all units; the ratio
  // condition was evaluated and the score read once, by Screen.
  void Choose(int32_t g, std::vector<Ranked>& ranked, SelectionOutcome& out) {
    const AwardGroupInfo& info = award_.groups[g];
    // Higher score first (no score last), then proposal (input) order: a
    // total order (units differ), so std::sort gives stable_sort's result
    // without its buffer.
    if (info.rank_field >= 0) {  // else already in input order
      std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.has_score != b.has_score) return a.has_score;
        if (a.has_score && a.score != b.score) return a.score > b.score;
        return a.unit < b.unit;
      });
    }
    int64_t n = static_cast<int64_t>(ranked.size());
    int64_t cap = info.has_cap ? std::min<int64_t>(info.cap, n) : n;
    int64_t limited_total = 0;
    for (const Ranked& r : ranked) limited_total += r.limited;
    int64_t free_total = n - limited_total;
    // ratio r = p/q: limited ≤ r · total ⇔ q·limited ≤ p·(free + limited).
    auto ratio_ok = [&](int64_t free, int64_t lim) {
      if (!info.has_ratio) return true;
      Fixed lhs = Fixed::FromInt(lim);
      auto rhs = Fixed::Mul(info.ratio, Fixed::FromInt(free + lim));
      return rhs && lhs <= *rhs;
    };
    // The largest total: as many free candidates as fit, then the most
    // limited ones the ratio allows.
    int64_t best = 0;
    {
      int64_t free = std::min(free_total, cap);
      int64_t lim = 0;
      while (lim < limited_total && free + lim < cap && ratio_ok(free, lim + 1)) ++lim;
      best = free + lim;
    }
    // Greedy in rank order: take a candidate when a selection of `best` that
    // includes everyone taken so far is still possible.
    int64_t taken_free = 0, taken_lim = 0, seen_free = 0, seen_lim = 0;
    auto feasible = [&](int64_t tf, int64_t tl, int64_t rest_free, int64_t rest_lim) {
      int64_t need = best - tf - tl;
      if (need < 0) return false;
      int64_t add_free = std::min(rest_free, need);
      int64_t add_lim = need - add_free;
      if (add_lim > rest_lim) return false;
      return ratio_ok(tf + add_free, tl + add_lim);
    };
    const std::string& kind = p_.units[info.kind].label.empty()
                                  ? p_.units[info.kind].name
                                  : p_.units[info.kind].label;
    const int32_t cut_by_quota =
        Intern(Vi(language_, "vượt chỉ tiêu: không quá ", "over the quota: at most ") +
               std::to_string(info.cap) + " " + kind);
    const int32_t cut_by_ratio =
        !info.has_ratio ? 0
                        : Intern(Vi(language_, "vượt tỷ lệ: ", "would break the ratio: ") +
                                 PrintExpr(p_.module, info.ratio_condition) +
                                 Vi(language_, " không quá ", " at most ") +
                                 FormatPercent(info.ratio));
    int32_t rank = 0;
    for (const Ranked& r : ranked) {
      CandidateOutcome& c = out.candidates[r.unit];
      c.rank = ++rank;
      bool lim = r.limited;
      (lim ? seen_lim : seen_free)++;
      int64_t rest_free = free_total - seen_free, rest_lim = limited_total - seen_lim;
      int64_t tf = taken_free + (lim ? 0 : 1), tl = taken_lim + (lim ? 1 : 0);
      if (feasible(tf, tl, rest_free, rest_lim)) {
        taken_free = tf;
        taken_lim = tl;
        c.outcome = Outcome::kSelected;
        ++out.groups[g].selected;
        continue;
      }
      // A leader left out while the cap still has room is left out by the
      // ratio; anyone else, by the cap.
      if (!lim || taken_free + taken_lim >= cap) {
        c.outcome = Outcome::kCutByQuota;
        c.reason = cut_by_quota;
      } else {
        c.outcome = Outcome::kCutByRatio;
        c.reason = cut_by_ratio;
      }
    }
  }

  const Program& p_;
  const CompiledProgram& code_;
  const AwardInfo& award_;
  const std::vector<CompiledGroup>& groups_;
  const std::vector<const UnitData*>& units_;
  int32_t year_;
  Language language_;
  Evaluator eval_;
  std::vector<std::string>* reasons_ = nullptr;  // the outcome's
  absl::flat_hash_map<std::string, int32_t> reason_index_;
  absl::flat_hash_map<int32_t, std::string> names_;
  int32_t other_kind_ = 0;
  std::vector<int32_t> failed_, unknown_;  // Failing's, reused
  std::string text_;                       // a reason being written
};

}  // namespace

SelectionOutcome SelectCandidates(const Program& program, const CompiledProgram& code,
                                  int32_t award, const std::vector<const UnitData*>& units,
                                  int32_t year, int32_t as_of, const ListMembers* lists,
                                  Language language) {
  return Selector(program, code, award, units, year, as_of, lists, language).Run();
}

TargetOutcome MeasureTarget(const Program& program, const CompiledProgram& code,
                            int32_t target, const std::vector<const UnitData*>& units,
                            int32_t as_of, const ListMembers* lists, Language language) {
  const TargetInfo& t = program.targets[target];
  int32_t where = code.target_where[target];
  TargetOutcome out;
  Evaluator eval(code);
  eval.set_as_of(as_of);
  eval.set_lists(lists);
  for (const UnitData* u : units) {
    if (u->kind != t.kind) continue;
    ++out.units;
    if (where < 0) {
      ++out.matching;
      continue;
    }
    eval.Reset(u);
    Value v = eval.EvalRule(where);
    if (IsTrue(v)) ++out.matching;
    else if (!IsFalse(v)) ++out.unknown;
  }
  using Form = ast::TargetDecl::Form;
  // The measure at both ends of what the unknown units could be.
  auto measure = [&](int64_t count) {
    if (!t.share && t.form != Form::kAll) return Fixed::FromInt(count);
    if (out.units == 0) return Fixed();
    return *Fixed::Div(Fixed::FromInt(count), Fixed::FromInt(out.units));
  };
  auto holds = [&](Fixed m) {
    switch (t.form) {
      case Form::kAtLeast: return m >= t.low;
      case Form::kAtMost: return m <= t.low;
      case Form::kBetween: return m >= t.low && m <= t.high;
      case Form::kAll: return m == Fixed::FromInt(1) || out.units == 0;
      case Form::kNone: return m == Fixed();
    }
    return false;
  };
  Fixed lo = measure(out.matching), hi = measure(out.matching + out.unknown);
  bool a = holds(lo), b = holds(hi);
  out.verdict = a && b ? Verdict::kEligible : (!a && !b ? Verdict::kNotEligible
                                                        : Verdict::kUndetermined);
  bool pct = t.share || t.form == Form::kAll;
  auto show = [&](Fixed m) { return pct ? FormatPercent(m) : m.ToString(); };
  out.value = show(lo);
  if (out.unknown > 0) out.value += " – " + show(hi);
  switch (t.form) {
    case Form::kAtLeast: out.bound = "≥ " + show(t.low); break;
    case Form::kAtMost: out.bound = "≤ " + show(t.low); break;
    case Form::kBetween: out.bound = show(t.low) + " – " + show(t.high); break;
    case Form::kAll: out.bound = "100%"; break;
    case Form::kNone: out.bound = "0"; break;
  }
  if (out.verdict == Verdict::kNotEligible) {
    Fixed goal = t.form == Form::kAll ? Fixed::FromInt(1)
                 : t.form == Form::kNone ? Fixed() : t.low;
    bool above = (t.form == Form::kAtMost || t.form == Form::kNone) ||
                 (t.form == Form::kBetween && hi > t.high);
    if (t.form == Form::kBetween && above) goal = t.high;
    auto gap = above ? Fixed::Sub(lo, goal) : Fixed::Sub(goal, hi);
    if (gap) {
      out.gap = (above ? Vi(language, "vượt ", "over by ") : Vi(language, "thiếu ", "short by ")) +
                show(*gap);
    }
  }
  return out;
}

}  // namespace thidua::internal
