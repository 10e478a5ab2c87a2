// Replays every input the fuzzers found a bug with (tests/fuzz/regressions/
// TARGET/*) and the seeds of the corpora through the fuzz entry points, with
// whatever compiler and sanitizer this suite is built with. An entry point
// aborts when an invariant breaks, so passing means: no crash, no lost row,
// fmt stable, C API well-behaved (docs/reliability.md).
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz_entries.hpp"
#include "test_util.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

using Entry = void (*)(const uint8_t*, size_t);

void Feed(Entry entry, const std::string& bytes) {
  entry(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

// Every file below tests/fuzz/regressions/`target`; returns how many.
int ReplayFolder(const std::string& target, Entry entry) {
  fs::path dir = fs::path(THIDUA_SOURCE_DIR) / "tests/fuzz/regressions" / target;
  if (!fs::exists(dir)) return 0;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(dir)) {
    if (f.is_regular_file()) files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    SCOPED_TRACE(f.string());
    Feed(entry, testing::ReadFile(f.string()));
  }
  return static_cast<int>(files.size());
}

std::vector<fs::path> PlanFiles() {
  std::vector<fs::path> plans;
  for (const auto& dir : fs::directory_iterator(fs::path(THIDUA_SOURCE_DIR) / "rules")) {
    if (fs::exists(dir.path() / "plan.td")) plans.push_back(dir.path() / "plan.td");
  }
  std::sort(plans.begin(), plans.end());
  return plans;
}

TEST(FuzzRegressionTest, CompileInputs) {
  ReplayFolder("compile", fuzz::CompileInput);
  for (const fs::path& p : PlanFiles()) Feed(fuzz::CompileInput, testing::ReadFile(p.string()));
  Feed(fuzz::CompileInput, "");
  Feed(fuzz::CompileInput, std::string(1, '\0'));
}

TEST(FuzzRegressionTest, FormatInputs) {
  ReplayFolder("fmt", fuzz::FormatInput);
  for (const fs::path& p : PlanFiles()) Feed(fuzz::FormatInput, testing::ReadFile(p.string()));
  Feed(fuzz::FormatInput, "");
}

TEST(FuzzRegressionTest, EvalInputs) {
  ReplayFolder("eval", fuzz::EvalInput);
  // Each plan's own sample units, as JSON (selector byte p) and auto (p + 10).
  std::vector<fs::path> plans = PlanFiles();
  const char* order[] = {"binh-phuoc-192-2022", "bac-kan-305-2022",
                         "bac-kan-stttt-60-2022", "kon-tum-2017-2022",
                         "tay-ninh-stc-426-2021"};
  for (int p = 0; p < 5; ++p) {
    fs::path units = fs::path(THIDUA_SOURCE_DIR) / "rules" / order[p] / "units.jsonl";
    if (!fs::exists(units)) continue;
    std::string data = testing::ReadFile(units.string());
    Feed(fuzz::EvalInput, std::string(1, static_cast<char>(p)) + data);
    Feed(fuzz::EvalInput, std::string(1, static_cast<char>(p + 10)) + data);
  }
  Feed(fuzz::EvalInput, "");
  Feed(fuzz::EvalInput, std::string("\x05kind,id\n", 9));
}

TEST(FuzzRegressionTest, CapiInputs) {
  ReplayFolder("capi", fuzz::CapiInput);
  for (const fs::path& p : PlanFiles()) {
    Feed(fuzz::CapiInput, std::string(1, '\0') + testing::ReadFile(p.string()));
  }
  std::string units = testing::ReadFile(
      (fs::path(THIDUA_SOURCE_DIR) / "rules/binh-phuoc-192-2022/units.jsonl").string());
  Feed(fuzz::CapiInput, std::string(1, '\x01') + units.substr(0, 4000));
  Feed(fuzz::CapiInput, "\x01=enterprise|id=DN|contribution=300 triệu|region=#");
  Feed(fuzz::CapiInput, "");
}

}  // namespace
}  // namespace thidua
