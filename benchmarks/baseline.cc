#include "baseline.hpp"

namespace bench {
namespace {

using thidua::Verdict;

// Kleene truth values, as the rule language has them.
enum class K : uint8_t { kFalse, kTrue, kUnknown };

K And(K a, K b) {
  if (a == K::kFalse || b == K::kFalse) return K::kFalse;
  if (a == K::kUnknown || b == K::kUnknown) return K::kUnknown;
  return K::kTrue;
}
K Or(K a, K b) {
  if (a == K::kTrue || b == K::kTrue) return K::kTrue;
  if (a == K::kUnknown || b == K::kUnknown) return K::kUnknown;
  return K::kFalse;
}
K Of(bool b) { return b ? K::kTrue : K::kFalse; }
Verdict ToVerdict(K k) {
  return k == K::kTrue    ? Verdict::kEligible
         : k == K::kFalse ? Verdict::kNotEligible
                          : Verdict::kUndetermined;
}

constexpr int64_t kTrieu = 1'000'000;

int64_t MinContribution(Region r) {
  return r == Region::kNormal ? 300 * kTrieu : 200 * kTrieu;
}

}  // namespace

Verdict BaselineCriterion(const Enterprise& e) {
  // Conjuncts left to right, stopping at the first false one (as `and` does).
  if (e.supported_communes < 1) return Verdict::kNotEligible;
  if (e.improved_ntm_criteria < 1) return Verdict::kNotEligible;
  bool unknown = false;
  if (!e.contribution) {
    unknown = true;
  } else if (*e.contribution < MinContribution(e.region)) {
    return Verdict::kNotEligible;
  }
  bool ocop = false;
  for (const Ocop& p : e.ocop_products) {
    if (p.stars >= 3) {
      ocop = true;
      break;
    }
  }
  if (!ocop) return Verdict::kNotEligible;
  if (!e.construction_debt) {
    unknown = true;
  } else if (*e.construction_debt != 0) {
    return Verdict::kNotEligible;
  }
  return unknown ? Verdict::kUndetermined : Verdict::kEligible;
}

const char* const kPlanEnterpriseCriterionNames[kPlanEnterpriseCriteria] = {
    "enterprise_specific_contribution", "enterprise_supports_commune",
    "enterprise_ntm_criterion",         "enterprise_contribution_recognised",
    "enterprise_contribution_amount",   "enterprise_ocop_many",
    "enterprise_production_links",      "enterprise_meets_iv_1_4"};

void BaselinePlan(const Enterprise& e, Verdict out[kPlanEnterpriseCriteria]) {
  K specific = Of(e.specific_contribution);
  K supports = Of(e.supported_communes >= 1);
  K ntm = Of(e.improved_ntm_criteria >= 1);
  K recognised = Of(e.contribution_recognised);
  K amount = e.contribution ? Of(*e.contribution >= MinContribution(e.region))
                            : K::kUnknown;
  int64_t three_stars = 0;
  for (const Ocop& p : e.ocop_products) three_stars += p.stars >= 3;
  K ocop_many = Of(three_stars >= 2);
  K jobs = e.rural_jobs ? Of(*e.rural_jobs >= 1) : K::kUnknown;
  K links = Or(Or(Or(Or(Or(Of(e.value_chain), Of(e.traditional_craft)), ocop_many),
                     Of(e.supply_links)), Of(e.standard_production)), jobs);
  K meets = And(And(And(And(And(specific, supports), ntm), recognised), amount), links);
  out[0] = ToVerdict(specific);
  out[1] = ToVerdict(supports);
  out[2] = ToVerdict(ntm);
  out[3] = ToVerdict(recognised);
  out[4] = ToVerdict(amount);
  out[5] = ToVerdict(ocop_many);
  out[6] = ToVerdict(links);
  out[7] = ToVerdict(meets);
}

}  // namespace bench
