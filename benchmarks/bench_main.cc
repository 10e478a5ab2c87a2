// The benchmark binary's main: Google Benchmark's, plus the machine's name in
// the JSON context (CPU model and number of processors).
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <thread>

int main(int argc, char** argv) {
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
