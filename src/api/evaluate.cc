// Evaluation through the public API: per unit, in batches, and explained.
#include <algorithm>
#include <thread>

#include "api/ruleset_data.hpp"
#include "eval/evaluator.hpp"
#include "eval/explain.hpp"
#include "eval/ops.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

Verdict ToVerdict(internal::Value v) {
  if (internal::IsTrue(v)) return Verdict::kEligible;
  if (internal::IsFalse(v)) return Verdict::kNotEligible;
  return Verdict::kUndetermined;
}

}  // namespace

Evaluator::Evaluator(std::shared_ptr<const RuleSet> rules)
    : rules_(std::move(rules)),
      impl_(std::make_unique<internal::Evaluator>(rules_->code())) {}
Evaluator::~Evaluator() = default;

void Evaluator::EvaluateAll(const Unit& unit, std::vector<Verdict>* out) {
  const auto& code = rules_->code();
  size_t n = code.criterion_code.empty() ? 0 : code.criterion_code[0].size();
  out->resize(n);
  if (unit.empty() || unit.kind_index() < 0) {
    std::fill(out->begin(), out->end(), Verdict::kNotApplicable);
    return;
  }
  impl_->Reset(&unit.data());
  const std::vector<int32_t>& rules = code.criterion_code[unit.kind_index()];
  for (size_t c = 0; c < n; ++c) {
    (*out)[c] = rules[c] < 0 ? Verdict::kNotApplicable
                             : ToVerdict(impl_->EvalRule(rules[c]));
  }
}

Verdict Evaluator::Evaluate(const Unit& unit, int criterion) {
  const auto& code = rules_->code();
  if (unit.empty() || criterion < 0 || criterion >= rules_->criterion_count()) {
    return Verdict::kNotApplicable;
  }
  int32_t rule = code.criterion_code[unit.kind_index()][criterion];
  if (rule < 0) return Verdict::kNotApplicable;
  impl_->Reset(&unit.data());
  return ToVerdict(impl_->EvalRule(rule));
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
  traced.Reset(&unit.data());
  traced.EvalRule(rule);
  return internal::ExplainRule(rules_->program(), code, *trace_, rule, language);
}

BatchResult EvaluateBatch(std::shared_ptr<const RuleSet> rules,
                          std::span<const Unit> units, int threads) {
  BatchResult result;
  result.criteria = rules->criterion_count();
  result.verdicts.resize(units.size() * static_cast<size_t>(result.criteria));
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  size_t per = (units.size() + threads - 1) / std::max(threads, 1);
  auto work = [&](size_t begin, size_t end) {
    Evaluator evaluator(rules);
    std::vector<Verdict> row;
    for (size_t u = begin; u < end; ++u) {
      evaluator.EvaluateAll(units[u], &row);
      std::copy(row.begin(), row.end(),
                result.verdicts.begin() + static_cast<std::ptrdiff_t>(u * result.criteria));
    }
  };
  if (threads == 1 || units.size() < 2) {
    work(0, units.size());
    return result;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    size_t begin = t * per, end = std::min(units.size(), begin + per);
    if (begin >= end) break;
    pool.emplace_back(work, begin, end);
  }
  for (std::thread& th : pool) th.join();
  return result;
}

}  // namespace thidua
