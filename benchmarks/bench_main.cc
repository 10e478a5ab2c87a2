// The benchmark binary's main: Google Benchmark's, plus the machine's name in
// the JSON context (CPU model and number of processors); or, given
// --ingest_once=DATA, one read of DATA in this fresh process
// (ingest_once.cc).
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <string_view>
#include <thread>

namespace bench {
int IngestOnce(const std::string& data, const std::string& rules_path);
}  // namespace bench

int main(int argc, char** argv) {
  std::string ingest, rules;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a.rfind("--ingest_once=", 0) == 0) ingest = a.substr(14);
    if (a.rfind("--ingest_rules=", 0) == 0) rules = a.substr(15);
  }
  if (!ingest.empty()) return bench::IngestOnce(ingest, rules);
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.rfind("model name", 0) == 0) {
      auto colon = line.find(':');
      if (colon != std::string::npos) {
        benchmark::AddCustomContext("cpu_model", line.substr(colon + 2));
      }
      break;
    }
  }
  benchmark::AddCustomContext("nproc", std::to_string(std::thread::hardware_concurrency()));
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
