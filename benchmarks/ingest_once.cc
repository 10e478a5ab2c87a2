// Ingest as a user gets it: one read of a data file in a fresh process (the
// heap has never held units, so every page the read touches is new to it,
// as for a one-shot `thidua eval`). Run as
//   thidua_bench --ingest_once=DATA [--ingest_rules=RULES]
// RULES defaults to the Bình Phước plan. Prints one line: the file's bytes,
// units and row errors, the CPU and wall time of RuleSet::ReadUnitsFile
// alone (compiling the rules is before it), MB/s of both, the page faults
// during the read and the process's peak resident set.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "fixtures.hpp"

namespace bench {
namespace {

double CpuSeconds(const rusage& u) {
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int IngestOnce(const std::string& data, const std::string& rules_path) {
  const std::string path =
      rules_path.empty() ? SourcePath("rules/binh-phuoc-192-2022/plan.td") : rules_path;
  auto rules = CompileOrDie(ReadFileOrDie(path), path);
  std::error_code ec;
  const auto bytes = static_cast<double>(std::filesystem::file_size(data, ec));
  if (ec) {
    std::fprintf(stderr, "cannot read %s: %s\n", data.c_str(), ec.message().c_str());
    return 1;
  }
  rusage before{}, after{};
  getrusage(RUSAGE_SELF, &before);
  auto wall0 = std::chrono::steady_clock::now();
  auto table = rules->ReadUnitsFile(data, thidua::DataOptions());
  auto wall1 = std::chrono::steady_clock::now();
  getrusage(RUSAGE_SELF, &after);
  if (!table.ok()) {
    std::fprintf(stderr, "%s\n", std::string(table.status().message()).c_str());
    return 1;
  }
  const double cpu = CpuSeconds(after) - CpuSeconds(before);
  const double wall = std::chrono::duration<double>(wall1 - wall0).count();
  std::printf(
      "ingest_once bytes=%.0f units=%zu errors=%zu cpu_s=%.3f wall_s=%.3f "
      "cpu_MB_per_s=%.1f wall_MB_per_s=%.1f minor_faults=%ld max_rss_MB=%.1f\n",
      bytes, table->units.size(), table->errors.size(), cpu, wall, bytes / 1e6 / cpu,
      bytes / 1e6 / wall, after.ru_minflt - before.ru_minflt,
      static_cast<double>(after.ru_maxrss) / 1024.0);
  return 0;
}

}  // namespace bench
