// Stage 5: choosing who receives an award among proposed units, within the
// award's caps and ratios, and measuring a population against targets.
#ifndef THIDUA_SRC_SELECT_SELECT_HPP_
#define THIDUA_SRC_SELECT_SELECT_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "check/program.hpp"
#include "compile/compiled.hpp"
#include "eval/lists.hpp"
#include "eval/value.hpp"
#include "thidua/thidua.hpp"

namespace thidua::internal {

enum class Outcome : uint8_t {
  kSelected,
  kNotEligible,       // a required condition is false
  kUndetermined,      // a required condition needs missing data
  kMissingDocuments,  // the dossier is incomplete
  kLate,              // submitted after a deadline (or no date given)
  kCutByQuota,        // eligible, but the cap is reached by higher-ranked ones
  kCutByRatio,        // eligible, but would break the group's ratio
};

// One per unit given, in their order (16 bytes: a million candidates are
// 16 MB, with no string of their own).
struct CandidateOutcome {
  int32_t group = -1; // award group (unit kind); -1: kind not in the award
  Outcome outcome = Outcome::kNotEligible;
  int32_t rank = 0;   // 1-based position among the eligible of its group
  int32_t reason = 0; // index into SelectionOutcome::reasons; 0 ("") when selected
};

struct GroupSummary {
  int32_t kind = -1;
  int64_t candidates = 0, eligible = 0, selected = 0;
  int64_t cap = -1;   // -1: no cap
};

struct SelectionOutcome {
  std::vector<CandidateOutcome> candidates;  // in input order
  std::vector<GroupSummary> groups;
  // Each distinct reason once, in the requested language; [0] is "".
  std::vector<std::string> reasons;
};

// `year` places recurring deadlines (20/3 → 20/3/year); 0 when none recur.
SelectionOutcome SelectCandidates(const Program& program, const CompiledProgram& code,
                                  int32_t award, const std::vector<const UnitData*>& units,
                                  int32_t year, int32_t as_of, const ListMembers* lists,
                                  Language language);

struct TargetOutcome {
  int64_t units = 0, matching = 0, unknown = 0;
  Verdict verdict = Verdict::kUndetermined;  // achieved = eligible
  std::string value, bound, gap;             // formatted
};

TargetOutcome MeasureTarget(const Program& program, const CompiledProgram& code,
                            int32_t target, const std::vector<const UnitData*>& units,
                            int32_t as_of, const ListMembers* lists, Language language);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_SELECT_SELECT_HPP_
