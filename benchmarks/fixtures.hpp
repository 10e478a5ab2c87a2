// Shared data for the benchmarks: the random enterprises (plain structs, a
// fixed seed), the same enterprises as thidua units, the rule sets, generated
// rule files and data files. Everything here is built once, outside every
// timed region, and cached for the whole run.
#ifndef THIDUA_BENCHMARKS_FIXTURES_HPP_
#define THIDUA_BENCHMARKS_FIXTURES_HPP_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "thidua/thidua.hpp"

namespace benchmark {
class State;
}  // namespace benchmark

namespace bench {

// ---------------------------------------------------------------------------
// The plain-struct form of an enterprise (Kế hoạch 192/KH-UBND, IV.1.4), as a
// hand-written program would hold it: money as int64 đồng, missing optional
// inputs as std::nullopt.
// ---------------------------------------------------------------------------
enum class Region : uint8_t { kNormal, kEthnicMinority, kDifficult };
enum class Category : uint8_t { kCompany, kCooperative };

struct Ocop {
  std::string name;
  int64_t stars = 0;
};

struct Enterprise {
  std::string id;
  std::string name;
  Category category = Category::kCompany;
  Region region = Region::kNormal;
  bool specific_contribution = false;
  int64_t supported_communes = 0;
  int64_t improved_ntm_criteria = 0;
  bool contribution_recognised = false;
  std::optional<int64_t> contribution;       // đồng
  std::optional<int64_t> construction_debt;  // đồng (enterprise.td only)
  bool value_chain = false;
  bool traditional_craft = false;
  std::vector<Ocop> ocop_products;
  bool supply_links = false;
  bool standard_production = false;
  std::optional<int64_t> rural_jobs;
  std::optional<int64_t> ethnic_minority_workers;
};

// `n` enterprises from a fixed seed: the same data on every run and machine
// (the generator is a hand-written SplitMix64, not a std:: distribution).
std::vector<Enterprise> MakeEnterprises(size_t n, uint64_t seed = 20220630);

// ---------------------------------------------------------------------------
// Rule sets.
// ---------------------------------------------------------------------------
std::string SourcePath(std::string_view relative);  // under the repository
std::string ReadFileOrDie(const std::string& path);
std::shared_ptr<const thidua::RuleSet> CompileOrDie(std::string_view text,
                                                    std::string_view path);

// benchmarks/data/enterprise.td: the one criterion of IV.1.4.
const std::shared_ptr<const thidua::RuleSet>& EnterpriseRules();
// rules/binh-phuoc-192-2022/plan.td: the whole plan.
const std::shared_ptr<const thidua::RuleSet>& PlanRules();

// The unit for `e` under enterprise.td (plan = false) or plan.td (plan =
// true), set field by field through UnitBuilder.
thidua::Unit BuildUnit(const thidua::RuleSet& rules, const Enterprise& e,
                       bool plan);

// Cached: the first `n` enterprises of the fixed seed, and their units.
// Building the units checks that thidua's verdicts equal the baseline's on
// every unit (the two sides do the same work), and aborts if not.
const std::vector<Enterprise>& Enterprises(size_t n);
const std::vector<thidua::Unit>& EnterpriseUnits(size_t n);
const std::vector<thidua::Unit>& PlanUnits(size_t n);

// ---------------------------------------------------------------------------
// Generated rule files: one unit kind `g` with 20 fields, `criteria`
// criteria mixing comparisons, exceptions, quantifiers and references to
// earlier criteria.
// ---------------------------------------------------------------------------
const std::string& GeneratedRules(int criteria);
// `n` units of kind `g` (JSON objects) for a generated rule set.
std::vector<thidua::Unit> GeneratedUnits(const thidua::RuleSet& rules, size_t n);
thidua::CompileOptions BigFileOptions();

// ---------------------------------------------------------------------------
// Data files for ingest, in memory, of about `bytes` bytes, in the
// enterprise.td schema.
// ---------------------------------------------------------------------------
const std::string& EnterpriseCsv(size_t bytes);
const std::string& EnterpriseJsonLines(size_t bytes);

// ---------------------------------------------------------------------------
// Measuring.
// ---------------------------------------------------------------------------
// Calls of the global operator new (any form) since the program started.
uint64_t AllocationCount();

// The timed loop of BM_Criterion_EvaluateAll and BM_Plan_EvaluateAll: for
// each unit, one Evaluator::EvaluateAll into a vector sized before the loop
// and one increment of a per-verdict count of criterion `counted`. The
// Evaluator is created and warmed up (one pass, which sizes its scratch
// memory) before timing; reports units/s and allocations per unit.
void TimeEvaluateAll(benchmark::State& state, const std::shared_ptr<const thidua::RuleSet>& rules,
                     const std::vector<thidua::Unit>& units, int counted);
// Resident set size of this process, in bytes (/proc/self/statm).
size_t ResidentBytes();
// Bytes in use in the malloc heap (mallinfo2: uordblks + hblkhd).
size_t HeapBytesInUse();
// Returns freed heap memory to the system (malloc_trim), so that RSS growth
// measured after it counts new memory only.
void TrimHeap();

}  // namespace bench

#endif  // THIDUA_BENCHMARKS_FIXTURES_HPP_
