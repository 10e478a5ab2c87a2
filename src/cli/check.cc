// thidua check: parse and type-check rule files.
#include <cstdio>
#include <iostream>

#include "cli/args.hpp"

namespace thidua::cli {

std::shared_ptr<const RuleSet> LoadRules(const Args& args, const std::string& file) {
  CompileOptions options;
  options.language = args.language;
  options.rules_root = args.rules_root;
  auto compiled = CompileFile(file, options);
  if (!compiled.ok()) {
    std::fprintf(stderr, "thidua: %s\n", std::string(compiled.status().message()).c_str());
    return nullptr;
  }
  std::cerr << FormatDiagnostics(compiled->diagnostics, DiagnosticFormat::kText,
                                 args.language);
  return compiled->rules;
}

int RunCheck(const Args& args) {
  if (args.files.empty()) {
    std::fprintf(stderr, "thidua: check needs at least one FILE\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  const bool json = args.format == "json";
  CompileOptions options;
  options.language = args.language;
  options.rules_root = args.rules_root;
  int status = kExitOk;
  std::vector<Diagnostic> all;
  for (const std::string& file : args.files) {
    auto compiled = CompileFile(file, options);
    if (!compiled.ok()) {
      std::fprintf(stderr, "thidua: %s\n", std::string(compiled.status().message()).c_str());
      status = kExitUsage;
      continue;
    }
    if (json) {
      all.insert(all.end(), compiled->diagnostics.begin(), compiled->diagnostics.end());
    } else {
      std::cerr << FormatDiagnostics(compiled->diagnostics, DiagnosticFormat::kText,
                                     args.language);
    }
    if (!compiled->ok()) {
      if (status == kExitOk) status = kExitFailed;
      if (!json) {
        std::fprintf(stderr, vi ? "%s: %d lỗi, %d cảnh báo\n" : "%s: %d error(s), %d warning(s)\n",
                     file.c_str(), compiled->error_count(), compiled->warning_count());
      }
      continue;
    }
    if (!json) {
      const RuleSet& rules = *compiled->rules;
      std::printf(vi ? "%s: đạt — %d tiêu chí, %zu loại đơn vị, %d test, %d cảnh báo\n"
                     : "%s: ok — %d criteria, %zu unit kinds, %d tests, %d warning(s)\n",
                  file.c_str(), rules.criterion_count(), rules.unit_kinds().size(),
                  rules.test_count(), compiled->warning_count());
    }
  }
  if (json) std::cout << FormatDiagnostics(all, DiagnosticFormat::kJson, args.language);
  return status;
}

}  // namespace thidua::cli
