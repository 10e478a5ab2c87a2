// thidua test: run the test blocks of rule files.
#include <cstdio>

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
  for (const std::string& file : args.files) {
    auto rules = LoadRules(args, file);
    if (!rules) {
      broken = true;
      continue;
    }
    for (const TestResult& t : RunTests(rules)) {
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
      }
    }
  }
  std::printf(vi ? "%d đạt, %d không đạt\n" : "%d passed, %d failed\n", passed, failed);
  return failed == 0 && !broken ? kExitOk : kExitFailed;
}

}  // namespace thidua::cli
