// thidua test: run the test blocks of rule files.
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <vector>

#include "cli/args.hpp"

namespace thidua::cli {

int RunTest(const Args& args) {
  if (args.files.empty()) {
    std::fprintf(stderr, "thidua: test needs at least one RULES file\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  int passed = 0, failed = 0;
  bool broken = false;
  // A folder stands for every .td file below it, in a stable order.
  std::vector<std::string> files;
  for (const std::string& arg : args.files) {
    std::error_code ec;
    if (!std::filesystem::is_directory(arg, ec)) {
      files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(arg, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".td") {
        found.push_back(entry.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  for (const std::string& file : files) {
    auto rules = LoadRules(args, file);
    if (!rules) {
      broken = true;
      continue;
    }
    for (const TestResult& t : RunTests(rules, args.language)) {
      if (t.passed()) {
        ++passed;
        continue;
      }
      ++failed;
      std::printf("%s:%d: %s: %s\n", t.path.c_str(), t.line, vi ? "THẤT BẠI" : "FAILED",
                  t.title.c_str());
      for (const TestFailure& f : t.failures) {
        std::printf(vi ? "  %s: mong đợi %s, thực tế %s\n" : "  %s: expected %s, got %s\n",
                    f.criterion.c_str(), VerdictName(f.expected, args.language),
                    VerdictName(f.actual, args.language));
        // The explanation, indented under the failure.
        size_t start = 0;
        while (start < f.explanation.size()) {
          size_t end = f.explanation.find('\n', start);
          if (end == std::string::npos) end = f.explanation.size();
          std::printf("    %s\n", f.explanation.substr(start, end - start).c_str());
          start = end + 1;
        }
      }
    }
  }
  std::printf(vi ? "%d đạt, %d không đạt\n" : "%d passed, %d failed\n", passed, failed);
  return failed == 0 && !broken ? kExitOk : kExitFailed;
}

}  // namespace thidua::cli
