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
  if (unit.empty() || unit.data().kind < 0) {
    std::fill(out->begin(), out->end(), Verdict::kNotApplicable);
    return;
  }
  impl_->Reset(&unit.data());
  const std::vector<int32_t>& rules = code.criterion_code[unit.data().kind];
  for (size_t c = 0; c < n; ++c) {
    (*out)[c] = rules[c] < 0 ? Verdict::kNotApplicable
                             : ToVerdict(impl_->Criterion(rules[c]));
  }
}

// The hot path of one criterion (docs/performance.md): no call before the
// evaluator's own; criterion_code[kind] has one entry per criterion.
Verdict Evaluator::Evaluate(const Unit& unit, int criterion) {
  if (unit.empty() || criterion < 0) return Verdict::kNotApplicable;
  const internal::UnitData& data = unit.data();
  const std::vector<int32_t>& rules = impl_->code().criterion_code[data.kind];
  if (static_cast<size_t>(criterion) >= rules.size()) return Verdict::kNotApplicable;
  int32_t rule = rules[criterion];
  if (rule < 0) return Verdict::kNotApplicable;
  return ToVerdict(impl_->Criterion(&data, rule));
}

Explanation Evaluator::Explain(const Unit& unit, int criterion, Language language) {
  const auto& code = rules_->code();
  Explanation e;
  if (unit.empty() || criterion < 0 || criterion >= rules_->criterion_count()) {
    e.kind = "criterion";
    e.text = "?";
    return e;
  }
  int32_t rule = code.criterion_code[unit.kind_index()][criterion];
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
  constexpr size_t kBlock = 4096;
  std::atomic<size_t> next{0};
  auto work = [&] {
    Evaluator evaluator(rules, options);
    std::vector<Verdict> row;
    for (;;) {
      size_t begin = next.fetch_add(kBlock, std::memory_order_relaxed);
      if (begin >= units.size()) break;
      size_t end = std::min(units.size(), begin + kBlock);
      for (size_t u = begin; u < end; ++u) {
        evaluator.EvaluateAll(units[u], &row);
        std::copy(row.begin(), row.end(),
                  result.verdicts.begin() + static_cast<std::ptrdiff_t>(u * result.criteria));
      }
    }
  };
  size_t blocks = (units.size() + kBlock - 1) / kBlock;
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
