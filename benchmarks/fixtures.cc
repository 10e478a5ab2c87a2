#include "fixtures.hpp"

#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>

#include "baseline.hpp"
#include "bench_util.hpp"

#ifndef THIDUA_SOURCE_DIR
#define THIDUA_SOURCE_DIR "."
#endif

namespace bench {
namespace {

[[noreturn]] void Die(const std::string& message) {
  std::cerr << "thidua_bench: " << message << "\n";
  std::exit(2);
}

template <typename T>
T OrDie(absl::StatusOr<T> v, const std::string& what) {
  if (!v.ok()) Die(what + ": " + std::string(v.status().message()));
  return *std::move(v);
}

void OkOrDie(const absl::Status& s, const std::string& what) {
  if (!s.ok()) Die(what + ": " + std::string(s.message()));
}

// SplitMix64: a fixed, portable sequence from a seed.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int64_t Below(int64_t n) { return static_cast<int64_t>(Next() % static_cast<uint64_t>(n)); }
  bool Percent(int p) { return Below(100) < p; }

 private:
  uint64_t state_;
};

const char* const kNames[] = {
    "Công ty TNHH Nông sản", "Hợp tác xã Nông nghiệp", "Công ty Cổ phần Chăn nuôi",
    "Hợp tác xã Dịch vụ Điều", "Công ty TNHH Tiêu sạch", "Doanh nghiệp tư nhân Sầu riêng"};
const char* const kPlaces[] = {"Bù Gia Mập", "Lộc Ninh", "Đồng Phú", "Bù Đăng",
                               "Hớn Quản", "Chơn Thành", "Phú Riềng"};
const char* const kProducts[] = {"Hạt điều rang muối", "Tiêu đen", "Mật ong hoa điều",
                                 "Sầu riêng Bù Đăng", "Trà mãng cầu", "Điều sấy mật ong"};

const char* RegionName(Region r) {
  switch (r) {
    case Region::kNormal: return "normal";
    case Region::kEthnicMinority: return "ethnic_minority";
    case Region::kDifficult: return "difficult";
  }
  return "normal";
}

std::string OcopJson(const Enterprise& e) {
  std::string s = "[";
  for (size_t i = 0; i < e.ocop_products.size(); ++i) {
    if (i > 0) s += ",";
    s += "{\"name\":\"" + e.ocop_products[i].name +
         "\",\"stars\":" + std::to_string(e.ocop_products[i].stars) + "}";
  }
  return s + "]";
}

}  // namespace

std::vector<Enterprise> MakeEnterprises(size_t n, uint64_t seed) {
  Rng rng(seed);
  std::vector<Enterprise> out(n);
  for (size_t i = 0; i < n; ++i) {
    Enterprise& e = out[i];
    char id[32];
    std::snprintf(id, sizeof id, "DN-%07zu", i + 1);
    e.id = id;
    e.name = std::string(kNames[rng.Below(6)]) + " " + kPlaces[rng.Below(7)] +
             " số " + std::to_string(i + 1);
    e.category = rng.Percent(60) ? Category::kCompany : Category::kCooperative;
    int64_t r = rng.Below(100);
    e.region = r < 60 ? Region::kNormal : r < 85 ? Region::kEthnicMinority
                                                 : Region::kDifficult;
    e.specific_contribution = rng.Percent(85);
    e.supported_communes = rng.Percent(10) ? 0 : 1 + rng.Below(4);
    e.improved_ntm_criteria = rng.Percent(10) ? 0 : 1 + rng.Below(5);
    e.contribution_recognised = rng.Percent(85);
    if (rng.Percent(95)) {
      // 100 … 600 triệu, in whole thousands of đồng.
      e.contribution = (100'000 + rng.Below(500'001)) * 1'000;
    }
    if (rng.Percent(95)) {
      e.construction_debt = rng.Percent(85) ? 0 : (1 + rng.Below(50)) * 1'000'000;
    }
    e.value_chain = rng.Percent(30);
    e.traditional_craft = rng.Percent(20);
    int64_t products = rng.Below(4);
    for (int64_t p = 0; p < products; ++p) {
      e.ocop_products.push_back({kProducts[rng.Below(6)], 1 + rng.Below(5)});
    }
    e.supply_links = rng.Percent(30);
    e.standard_production = rng.Percent(30);
    if (rng.Percent(90)) e.rural_jobs = rng.Below(200);
    if (rng.Percent(50)) e.ethnic_minority_workers = rng.Below(50);
  }
  return out;
}

std::string SourcePath(std::string_view relative) {
  const char* root = std::getenv("THIDUA_SOURCE_DIR");
  return std::string(root != nullptr ? root : THIDUA_SOURCE_DIR) + "/" +
         std::string(relative);
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::shared_ptr<const thidua::RuleSet> CompileOrDie(std::string_view text,
                                                    std::string_view path) {
  auto c = OrDie(thidua::CompileText(text, path, BigFileOptions()),
                 "compile " + std::string(path));
  if (!c.ok()) Die(thidua::FormatDiagnostics(c.diagnostics));
  return c.rules;
}

thidua::CompileOptions BigFileOptions() {
  thidua::CompileOptions o;
  o.max_file_bytes = 64u << 20;
  o.max_declarations = 100'000;  // the generated files go up to 30 000 criteria
  return o;
}

const std::shared_ptr<const thidua::RuleSet>& EnterpriseRules() {
  static const auto rules = [] {
    std::string path = SourcePath("benchmarks/data/enterprise.td");
    return CompileOrDie(ReadFileOrDie(path), path);
  }();
  return rules;
}

const std::shared_ptr<const thidua::RuleSet>& PlanRules() {
  static const auto rules = [] {
    std::string path = SourcePath("rules/binh-phuoc-192-2022/plan.td");
    return CompileOrDie(ReadFileOrDie(path), path);
  }();
  return rules;
}

thidua::Unit BuildUnit(const thidua::RuleSet& rules, const Enterprise& e,
                       bool plan) {
  thidua::UnitBuilder b = OrDie(rules.NewUnit("enterprise"), "NewUnit");
  OkOrDie(b.Set("id", e.id), "id");
  OkOrDie(b.Set("name", e.name), "name");
  OkOrDie(b.Set("region", RegionName(e.region)), "region");
  OkOrDie(b.SetInt("supported_communes", e.supported_communes), "supported_communes");
  OkOrDie(b.SetInt("improved_ntm_criteria", e.improved_ntm_criteria), "improved");
  if (e.contribution) OkOrDie(b.SetMoney("contribution", *e.contribution), "contribution");
  OkOrDie(b.Set("ocop_products", OcopJson(e)), "ocop_products");
  if (!plan) {
    if (e.construction_debt) {
      OkOrDie(b.SetMoney("construction_debt", *e.construction_debt), "debt");
    }
  } else {
    OkOrDie(b.Set("category", e.category == Category::kCompany ? "company" : "cooperative"),
            "category");
    OkOrDie(b.SetBool("specific_contribution", e.specific_contribution), "specific");
    OkOrDie(b.SetBool("contribution_recognised", e.contribution_recognised), "recognised");
    OkOrDie(b.SetBool("value_chain", e.value_chain), "value_chain");
    OkOrDie(b.SetBool("traditional_craft", e.traditional_craft), "craft");
    OkOrDie(b.SetBool("supply_links", e.supply_links), "supply_links");
    OkOrDie(b.SetBool("standard_production", e.standard_production), "standard");
    if (e.rural_jobs) OkOrDie(b.SetInt("rural_jobs", *e.rural_jobs), "rural_jobs");
    if (e.ethnic_minority_workers) {
      OkOrDie(b.SetInt("ethnic_minority_workers", *e.ethnic_minority_workers), "emw");
    }
  }
  return OrDie(b.Build(), "Build");
}

namespace {
std::recursive_mutex cache_mutex;
}  // namespace

const std::vector<Enterprise>& Enterprises(size_t n) {
  static std::map<size_t, std::vector<Enterprise>> cache;
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, MakeEnterprises(n)).first;
  return it->second;
}

const std::vector<thidua::Unit>& EnterpriseUnits(size_t n) {
  static std::map<size_t, std::vector<thidua::Unit>> cache;
  {
    std::lock_guard<std::recursive_mutex> lock(cache_mutex);
    auto it = cache.find(n);
    if (it != cache.end()) return it->second;
  }
  const auto& records = Enterprises(n);
  const auto& rules = EnterpriseRules();
  std::vector<thidua::Unit> units;
  units.reserve(n);
  for (const Enterprise& e : records) units.push_back(BuildUnit(*rules, e, false));
  // Same work on both sides: every verdict equals the baseline's.
  thidua::Evaluator evaluator(rules);
  int c = rules->FindCriterion("enterprise_merit");
  for (size_t i = 0; i < n; ++i) {
    if (evaluator.Evaluate(units[i], c) != BaselineCriterion(records[i])) {
      Die("thidua and the baseline disagree on " + records[i].id);
    }
  }
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  return cache.emplace(n, std::move(units)).first->second;
}

const std::vector<thidua::Unit>& PlanUnits(size_t n) {
  static std::map<size_t, std::vector<thidua::Unit>> cache;
  {
    std::lock_guard<std::recursive_mutex> lock(cache_mutex);
    auto it = cache.find(n);
    if (it != cache.end()) return it->second;
  }
  const auto& records = Enterprises(n);
  const auto& rules = PlanRules();
  std::vector<thidua::Unit> units;
  units.reserve(n);
  for (const Enterprise& e : records) units.push_back(BuildUnit(*rules, e, true));
  thidua::Evaluator evaluator(rules);
  int index[kPlanEnterpriseCriteria];
  for (int k = 0; k < kPlanEnterpriseCriteria; ++k) {
    index[k] = rules->FindCriterion(kPlanEnterpriseCriterionNames[k]);
    if (index[k] < 0) Die(std::string("plan.td has no ") + kPlanEnterpriseCriterionNames[k]);
  }
  std::vector<thidua::Verdict> out;
  thidua::Verdict expected[kPlanEnterpriseCriteria];
  for (size_t i = 0; i < n; ++i) {
    evaluator.EvaluateAll(units[i], &out);
    BaselinePlan(records[i], expected);
    for (int k = 0; k < kPlanEnterpriseCriteria; ++k) {
      if (out[index[k]] != expected[k]) {
        Die("thidua and the baseline disagree on " + records[i].id + ", " +
            kPlanEnterpriseCriterionNames[k]);
      }
    }
  }
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  return cache.emplace(n, std::move(units)).first->second;
}

// ---------------------------------------------------------------------------
// Generated rules.
// ---------------------------------------------------------------------------

namespace {

std::string Generate(int n) {
  std::string s;
  s.reserve(static_cast<size_t>(n) * 160 + 2048);
  s += "# Generated by benchmarks/fixtures.cc: " + std::to_string(n) + " criteria.\n";
  s += "plan generated \"Kế hoạch sinh tự động\" {\n  source \"benchmark\"\n  period 2021 .. 2025\n}\n";
  s += "enum region \"Vùng\" { normal \"Vùng khác\", ethnic_minority \"Vùng DTTS\", difficult \"Vùng khó khăn\" }\n";
  s += "enum level \"Mức\" ordered { none \"Chưa đạt\", standard \"Đạt chuẩn\", advanced \"Nâng cao\", model \"Kiểu mẫu\" }\n";
  s += "unit g \"Đơn vị sinh tự động\" {\n";
  for (int i = 0; i < 6; ++i) s += "  i" + std::to_string(i) + ": int \"Số nguyên " + std::to_string(i) + "\"\n";
  for (int i = 0; i < 4; ++i) s += "  m" + std::to_string(i) + ": money \"Số tiền " + std::to_string(i) + "\"\n";
  for (int i = 0; i < 5; ++i) s += "  b" + std::to_string(i) + ": bool \"Có/không " + std::to_string(i) + "\"\n";
  s += "  region: region \"Vùng\"\n  lvl: level \"Mức\"\n";
  s += "  o0: optional int \"Số tùy chọn\"\n  o1: optional money \"Tiền tùy chọn\"\n";
  s += "  items: list of { stars: int \"Số sao\", value: money \"Giá trị\" } \"Sản phẩm\"\n}\n";
  for (int i = 0; i < n; ++i) {
    std::string c = "c" + std::to_string(i);
    int j = i > 0 ? i - 1 - static_cast<int>((static_cast<int64_t>(i) * 7919) % std::min(i, 64)) : 0;
    std::string ref = "c" + std::to_string(j);
    s += "criterion " + c + " for g \"Tiêu chí số " + std::to_string(i) +
         "\" source \"gen, " + std::to_string(i) + "\"\n  : ";
    auto num = [](int v) { return std::to_string(v); };
    switch (i % 6) {
      case 0: s += "i" + num(i % 6) + " >= " + num(i % 50); break;
      case 1:
        s += "m" + num(i % 4) + " >= " + num(i % 90 + 10) + " triệu\n  except region in {ethnic_minority, difficult}: m" +
             num(i % 4) + " >= " + num(i % 60 + 5) + " triệu";
        break;
      case 2: s += ref + " and b" + num(i % 5); break;
      case 3: s += ref + " or (count p in items where p.stars >= " + num(i % 5 + 1) + ") >= 1"; break;
      case 4: s += "lvl >= standard and (o0 >= " + num(i % 10) + " or b" + num(i % 5) + ")"; break;
      case 5:
        s += "(sum p in items of p.value) >= " + num(i % 100 + 1) + " triệu\n  except region = difficult: i" +
             num(i % 6) + " + i" + num((i + 1) % 6) + " >= " + num(i % 20);
        break;
    }
    s += "\n";
  }
  return s;
}

}  // namespace

const std::string& GeneratedRules(int criteria) {
  static std::map<int, std::string> cache;
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  auto it = cache.find(criteria);
  if (it == cache.end()) it = cache.emplace(criteria, Generate(criteria)).first;
  return it->second;
}

std::vector<thidua::Unit> GeneratedUnits(const thidua::RuleSet& rules, size_t n) {
  Rng rng(7);
  const char* regions[] = {"normal", "ethnic_minority", "difficult"};
  const char* levels[] = {"none", "standard", "advanced", "model"};
  std::vector<thidua::Unit> out;
  out.reserve(n);
  for (size_t u = 0; u < n; ++u) {
    std::string j = "{\"kind\":\"g\",\"id\":\"G-" + std::to_string(u) + "\"";
    for (int i = 0; i < 6; ++i) j += ",\"i" + std::to_string(i) + "\":" + std::to_string(rng.Below(60));
    for (int i = 0; i < 4; ++i) j += ",\"m" + std::to_string(i) + "\":" + std::to_string(rng.Below(120) * 1'000'000);
    for (int i = 0; i < 5; ++i) j += ",\"b" + std::to_string(i) + "\":" + (rng.Percent(60) ? "true" : "false");
    j += std::string(",\"region\":\"") + regions[rng.Below(3)] + "\"";
    j += std::string(",\"lvl\":\"") + levels[rng.Below(4)] + "\"";
    if (rng.Percent(90)) j += ",\"o0\":" + std::to_string(rng.Below(12));
    if (rng.Percent(90)) j += ",\"o1\":" + std::to_string(rng.Below(50) * 1'000'000);
    j += ",\"items\":[";
    int64_t items = rng.Below(4);
    for (int64_t k = 0; k < items; ++k) {
      if (k > 0) j += ",";
      j += "{\"stars\":" + std::to_string(1 + rng.Below(5)) + ",\"value\":" +
           std::to_string(rng.Below(80) * 1'000'000) + "}";
    }
    j += "]}";
    out.push_back(OrDie(rules.UnitFromJson(j), "generated unit"));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Data files.
// ---------------------------------------------------------------------------

namespace {

std::string CsvQuote(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

template <typename Row>
std::string Fill(size_t bytes, const std::string& header, Row row) {
  std::string out = header;
  out.reserve(bytes + 4096);
  const auto& records = Enterprises(100'000);
  for (size_t i = 0; out.size() < bytes; ++i) {
    Enterprise e = records[i % records.size()];
    char id[32];
    std::snprintf(id, sizeof id, "DN-%08zu", i + 1);  // unique ids
    e.id = id;
    out += row(e);
  }
  return out;
}

}  // namespace

const std::string& EnterpriseCsv(size_t bytes) {
  static std::map<size_t, std::string> cache;
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  auto it = cache.find(bytes);
  if (it != cache.end()) return it->second;
  std::string text = Fill(
      bytes,
      "id,name,region,supported_communes,improved_ntm_criteria,contribution,"
      "construction_debt,ocop_products\n",
      [](const Enterprise& e) {
        std::string r = e.id + "," + e.name + "," + RegionName(e.region) + "," +
                        std::to_string(e.supported_communes) + "," +
                        std::to_string(e.improved_ntm_criteria) + ",";
        if (e.contribution) r += std::to_string(*e.contribution);
        r += ",";
        if (e.construction_debt) r += std::to_string(*e.construction_debt);
        r += "," + CsvQuote(OcopJson(e)) + "\n";
        return r;
      });
  return cache.emplace(bytes, std::move(text)).first->second;
}

const std::string& EnterpriseJsonLines(size_t bytes) {
  static std::map<size_t, std::string> cache;
  std::lock_guard<std::recursive_mutex> lock(cache_mutex);
  auto it = cache.find(bytes);
  if (it != cache.end()) return it->second;
  std::string text = Fill(bytes, "", [](const Enterprise& e) {
    std::string r = "{\"id\":\"" + e.id + "\",\"name\":\"" + e.name +
                    "\",\"region\":\"" + RegionName(e.region) +
                    "\",\"supported_communes\":" + std::to_string(e.supported_communes) +
                    ",\"improved_ntm_criteria\":" + std::to_string(e.improved_ntm_criteria);
    if (e.contribution) r += ",\"contribution\":" + std::to_string(*e.contribution);
    if (e.construction_debt) {
      r += ",\"construction_debt\":" + std::to_string(*e.construction_debt);
    }
    r += ",\"ocop_products\":" + OcopJson(e) + "}\n";
    return r;
  });
  return cache.emplace(bytes, std::move(text)).first->second;
}

// ---------------------------------------------------------------------------
// Measuring.
// ---------------------------------------------------------------------------

size_t ResidentBytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long size = 0, resident = 0;
  int n = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return static_cast<size_t>(resident) * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

size_t HeapBytesInUse() {
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

void TrimHeap() { malloc_trim(0); }

void TimeEvaluateAll(benchmark::State& state, const std::shared_ptr<const thidua::RuleSet>& rules,
                     const std::vector<thidua::Unit>& units, int counted) {
  thidua::Evaluator evaluator(rules);
  std::vector<thidua::Verdict> out(static_cast<size_t>(rules->criterion_count()));
  for (const thidua::Unit& u : units) evaluator.EvaluateAll(u, &out);  // warm-up
  int64_t counts[4] = {};
  uint64_t a0 = AllocationCount();
  for (auto _ : state) {
    for (const thidua::Unit& u : units) {
      evaluator.EvaluateAll(u, &out);
      ++counts[static_cast<int>(out[static_cast<size_t>(counted)])];
    }
    benchmark::DoNotOptimize(counts);
  }
  ReportPerUnit(state, units.size(), AllocationCount() - a0);
}

}  // namespace bench
