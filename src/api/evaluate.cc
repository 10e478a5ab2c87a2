// Evaluation through the public API: per unit, in batches, and explained.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

#include "absl/strings/str_cat.h"
#include "base/periods.hpp"
#include "syntax/literals.hpp"

#include "api/ruleset_data.hpp"
#include "eval/evaluator.hpp"
#include "eval/explain.hpp"
#include "eval/ops.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

Verdict ToVerdict(internal::Truth t) {
  if (t == internal::Truth::kTrue) return Verdict::kEligible;
  if (t == internal::Truth::kFalse) return Verdict::kNotEligible;
  return Verdict::kUndetermined;
}

int32_t DaysOf(Date d) { return internal::DaysFromCivil(d.year, d.month, d.day); }

// The rules of the unit's kind, one per criterion; null for an empty unit
// or a kind this rule set does not have (a unit made by another rule set).
const std::vector<int32_t>* RulesOfKind(const internal::CompiledProgram& code, const Unit& unit) {
  if (unit.empty()) return nullptr;
  int32_t kind = unit.data().kind;
  return kind >= 0 && static_cast<size_t>(kind) < code.criterion_code.size()
             ? &code.criterion_code[kind]
             : nullptr;
}

const internal::ListMembers* ListsOf(const std::shared_ptr<const Lists>& lists) {
  return lists == nullptr ? nullptr : &lists->data();
}

}  // namespace

Date internal::DateOf(int32_t days) {
  Date d;
  std::string iso = internal::FormatIsoDate(days);  // "2023-12-31"
  if (std::sscanf(iso.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day) != 3) return {};
  return d;
}

int32_t internal::AsOfDay(const CompiledProgram& code, const Date& as_of) {
  return as_of.empty() ? code.default_as_of : DaysOf(as_of);
}

absl::StatusOr<Date> ParseDate(std::string_view text) {
  std::optional<int32_t> days = internal::ParseDate(text);
  if (!days) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", std::string(text), "' is not a date (write 2023-12-31 or 31/12/2023)"));
  }
  return internal::DateOf(*days);
}

std::string FormatDate(Date date) {
  return date.empty() ? std::string() : internal::FormatIsoDate(DaysOf(date));
}

Date RuleSet::default_as_of() const {
  int32_t day = code().default_as_of;
  return day == internal::kNoDate ? Date{} : internal::DateOf(day);
}

Evaluator::Evaluator(std::shared_ptr<const RuleSet> rules, const EvaluateOptions& options)
    : rules_(std::move(rules)),
      impl_(std::make_unique<internal::Evaluator>(rules_->code())),
      as_of_(internal::AsOfDay(rules_->code(), options.as_of)),
      lists_(options.lists) {
  impl_->set_as_of(as_of_);
  impl_->set_lists(ListsOf(lists_));
}
Evaluator::~Evaluator() = default;

Date Evaluator::as_of() const {
  return as_of_ == internal::kNoDate ? Date{} : internal::DateOf(as_of_);
}

void Evaluator::EvaluateAll(const Unit& unit, std::vector<Verdict>* out) {
  const auto& code = rules_->code();
  size_t n = code.criterion_code.empty() ? 0 : code.criterion_code[0].size();
  out->resize(n);
  const std::vector<int32_t>* of_kind = RulesOfKind(code, unit);
  if (of_kind == nullptr) {
    std::fill(out->begin(), out->end(), Verdict::kNotApplicable);
    return;
  }
  impl_->Reset(&unit.data());
  const std::vector<int32_t>& rules = *of_kind;
  for (size_t c = 0; c < n; ++c) {
    (*out)[c] = rules[c] < 0 ? Verdict::kNotApplicable
                             : ToVerdict(impl_->Criterion(rules[c]));
  }
}

// The hot path of one criterion (docs/performance.md): no call before the
// evaluator's own; criterion_code[kind] has one entry per criterion.
Verdict Evaluator::Evaluate(const Unit& unit, int criterion) {
  const std::vector<int32_t>* rules = RulesOfKind(impl_->code(), unit);
  if (rules == nullptr || criterion < 0 || static_cast<size_t>(criterion) >= rules->size()) {
    return Verdict::kNotApplicable;
  }
  int32_t rule = (*rules)[criterion];
  if (rule < 0) return Verdict::kNotApplicable;
  return ToVerdict(impl_->Criterion(&unit.data(), rule));
}

namespace {

// Units evaluated together by internal::Evaluator::FlatBlock: a block is
// filled with the next units whose rule is the block's (the first unit's),
// and every other unit met meanwhile is evaluated alone, so a population of
// mixed kinds loses nothing but speed.
constexpr size_t kBlock = internal::Evaluator::kBlock;

struct Block {
  const internal::Value* slots[kBlock];
  int64_t steps[kBlock];
  internal::Truth truth[kBlock];
  size_t unit[kBlock];  // index in the caller's units
  size_t size = 0;

  void Add(const Unit& u, size_t index) {
    slots[size] = u.data().slots.data();
    steps[size] = 0;  // as Reset: a new unit
    unit[size++] = index;
  }
};

}  // namespace

size_t Evaluator::EvaluateMany(std::span<const Unit> units, int criterion,
                               std::span<Verdict> out) {
  const auto& code = impl_->code();
  size_t n = std::min(units.size(), out.size());
  Block block;
  int32_t kind = -1, r = -1;  // the last unit's kind and its rule: looked up once a run
  for (size_t u = 0; u < n;) {
    block.size = 0;
    int32_t rule = -1;
    for (; u < n && block.size < kBlock; ++u) {
      const Unit& unit = units[u];
      int32_t k = unit.empty() ? -1 : unit.data().kind;
      if (k != kind) {
        kind = k;
        const std::vector<int32_t>* rules = RulesOfKind(code, unit);
        r = rules != nullptr && criterion >= 0 && static_cast<size_t>(criterion) < rules->size()
                ? (*rules)[criterion]
                : -1;
      }
      if (r >= 0 && (r == rule || (rule < 0 && impl_->IsDirect(r)))) {
        rule = r;
        block.Add(unit, u);
      } else {
        out[u] = Evaluate(unit, criterion);
      }
    }
    if (block.size == 0) continue;
    impl_->FlatBlock(rule, block.slots, block.size, block.steps, block.truth);
    for (size_t i = 0; i < block.size; ++i) out[block.unit[i]] = ToVerdict(block.truth[i]);
  }
  return n;
}

bool Evaluator::KindRunsInBlocks(int32_t kind) {
  if (kind < 0 || static_cast<size_t>(kind) >= impl_->code().criterion_code.size()) return false;
  if (block_kinds_.size() <= static_cast<size_t>(kind)) block_kinds_.resize(kind + 1, -1);
  int8_t& known = block_kinds_[kind];
  if (known < 0) {
    known = 1;
    for (int32_t rule : impl_->code().criterion_code[kind]) {
      if (rule >= 0 && !impl_->IsDirect(rule)) known = 0;
    }
  }
  return known == 1;
}

size_t Evaluator::EvaluateAll(std::span<const Unit> units, std::span<Verdict> out) {
  const auto& code = impl_->code();
  const size_t criteria = code.criterion_code.empty() ? 0 : code.criterion_code[0].size();
  if (criteria == 0) return units.size();  // every (empty) row fits
  size_t n = std::min(units.size(), out.size() / criteria);
  std::vector<Verdict> row;
  Block block;
  for (size_t u = 0; u < n;) {
    // A block holds units of one kind all of whose criteria have a direct
    // run: then the criteria can run column by column, each unit's steps
    // counted across them in order as EvaluateAll counts them.
    block.size = 0;
    int32_t kind = -1;
    for (; u < n && block.size < kBlock; ++u) {
      const Unit& unit = units[u];
      int32_t k = unit.empty() ? -1 : unit.data().kind;
      if (k >= 0 && (k == kind || (kind < 0 && KindRunsInBlocks(k)))) {
        kind = k;
        block.Add(unit, u);
      } else {
        EvaluateAll(unit, &row);
        std::copy(row.begin(), row.end(), out.begin() + static_cast<std::ptrdiff_t>(u * criteria));
      }
    }
    if (block.size == 0) continue;
    const std::vector<int32_t>& rules = code.criterion_code[kind];
    for (size_t c = 0; c < criteria; ++c) {
      if (rules[c] >= 0) impl_->FlatBlock(rules[c], block.slots, block.size, block.steps, block.truth);
      for (size_t i = 0; i < block.size; ++i) {
        out[block.unit[i] * criteria + c] =
            rules[c] < 0 ? Verdict::kNotApplicable : ToVerdict(block.truth[i]);
      }
    }
  }
  return n;
}

Explanation Evaluator::Explain(const Unit& unit, int criterion, Language language) {
  const auto& code = rules_->code();
  Explanation e;
  const std::vector<int32_t>* rules = RulesOfKind(code, unit);
  if (rules == nullptr || criterion < 0 || criterion >= rules_->criterion_count()) {
    e.kind = "criterion";
    e.text = "?";
    return e;
  }
  int32_t rule = (*rules)[criterion];
  if (rule < 0) {
    e.kind = "criterion";
    e.text = rules_->program().criteria[criterion].name;
    e.outcome = VerdictName(Verdict::kNotApplicable, language);
    e.status = VerdictId(Verdict::kNotApplicable);
    return e;
  }
  if (!trace_) trace_ = std::make_unique<internal::Trace>();
  trace_->Reset(code);
  internal::Evaluator traced(code);  // a fresh memo: every step is traced
  traced.set_trace(trace_.get());
  traced.set_as_of(as_of_);
  traced.set_lists(ListsOf(lists_));
  traced.Reset(&unit.data());
  traced.EvalRule(rule);
  return internal::ExplainRule(rules_->program(), code, *trace_, rule, as_of_, language,
                               ListsOf(lists_));
}

BatchResult EvaluateBatch(std::shared_ptr<const RuleSet> rules,
                          std::span<const Unit> units, int threads,
                          const EvaluateOptions& options) {
  BatchResult result;
  result.criteria = rules->criterion_count();
  result.verdicts.resize(units.size() * static_cast<size_t>(result.criteria));
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  // Threads take blocks of units from a shared counter, so that a thread
  // slowed down (a shared machine) does not hold the others back.
  constexpr size_t kShare = 4096;
  std::atomic<size_t> next{0};
  auto work = [&] {
    Evaluator evaluator(rules, options);
    const size_t criteria = static_cast<size_t>(result.criteria);
    for (;;) {
      size_t begin = next.fetch_add(kShare, std::memory_order_relaxed);
      if (begin >= units.size()) break;
      size_t end = std::min(units.size(), begin + kShare);
      evaluator.EvaluateAll(units.subspan(begin, end - begin),
                            std::span<Verdict>(result.verdicts).subspan(begin * criteria,
                                                                         (end - begin) * criteria));
    }
  };
  size_t blocks = (units.size() + kShare - 1) / kShare;
  if (threads == 1 || blocks < 2) {
    work();
    return result;
  }
  std::vector<std::thread> pool;
  for (size_t t = 0; t < std::min(static_cast<size_t>(threads), blocks); ++t) {
    pool.emplace_back(work);
  }
  for (std::thread& th : pool) th.join();
  return result;
}

}  // namespace thidua
