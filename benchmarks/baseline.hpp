// The hand-written C++ baseline: the same criteria as benchmarks/data/
// enterprise.td and the enterprise criteria of rules/binh-phuoc-192-2022/
// plan.td, over plain structs, with the same three-valued answers (a missing
// optional input gives "undetermined" unless another conjunct is false).
// Compiled in its own translation unit and called per unit, as thidua is.
#ifndef THIDUA_BENCHMARKS_BASELINE_HPP_
#define THIDUA_BENCHMARKS_BASELINE_HPP_

#include "fixtures.hpp"

namespace bench {

// enterprise.td, criterion enterprise_merit.
thidua::Verdict BaselineCriterion(const Enterprise& e);

// plan.td, the eight enterprise criteria in declaration order.
inline constexpr int kPlanEnterpriseCriteria = 8;
extern const char* const kPlanEnterpriseCriterionNames[kPlanEnterpriseCriteria];
void BaselinePlan(const Enterprise& e, thidua::Verdict out[kPlanEnterpriseCriteria]);

}  // namespace bench

#endif  // THIDUA_BENCHMARKS_BASELINE_HPP_
