// thidua test: check the diagnostics a rule file expects, then run its test
// blocks; `N passed, M failed` at the end (or one JSON document).
#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/args.hpp"

namespace thidua::cli {
namespace {

// The files to test: a folder stands for every .td file below it, in a
// stable order.
std::vector<std::string> TestFiles(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
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
  return files;
}

void PrintFailure(const TestResult& t, bool vi) {
  std::printf("%s:%d: %s: %s\n", t.path.c_str(), t.line, vi ? "THẤT BẠI" : "FAILED",
              t.title.c_str());
  if (!t.as_of.empty()) {  // which versions of dated rules the test read
    std::printf(vi ? "  áp dụng quy định có hiệu lực ngày %d/%d/%d\n" : "  as of %d/%d/%d\n",
                t.as_of.day, t.as_of.month, t.as_of.year);
  }
  for (const TestFailure& f : t.failures) {
    std::printf(vi ? "  %s: mong đợi %s, thực tế %s\n" : "  %s: expected %s, got %s\n",
                f.subject.c_str(), f.expected.c_str(), f.actual.c_str());
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

std::string Json(const TestResult& t) {
  std::string out = "{\"title\":" + JsonQuoted(t.title) + ",\"path\":" + JsonQuoted(t.path) +
                    ",\"line\":" + std::to_string(t.line) +
                    ",\"as_of\":" + (t.as_of.empty() ? "null" : JsonQuoted(FormatDate(t.as_of))) +
                    ",\"passed\":" + (t.passed() ? "true" : "false") +
                    ",\"expectations\":" + std::to_string(t.expectations) + ",\"failures\":[";
  for (size_t i = 0; i < t.failures.size(); ++i) {
    const TestFailure& f = t.failures[i];
    out += std::string(i ? "," : "") + "{\"subject\":" + JsonQuoted(f.subject) +
           ",\"expected\":" + JsonQuoted(f.expected) + ",\"actual\":" + JsonQuoted(f.actual) +
           ",\"explanation\":" + JsonQuoted(f.explanation) + "}";
  }
  return out + "]}";
}

}  // namespace

int RunTest(const Args& args) {
  if (args.files.empty()) {
    std::fprintf(stderr, "thidua: test needs at least one RULES file\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  const bool json = args.format == "json";
  int passed = 0, failed = 0;
  bool broken = false;
  std::vector<std::string> results;
  auto record = [&](const TestResult& t) {
    (t.passed() ? passed : failed) += 1;
    if (json) results.push_back(Json(t));
    else if (!t.passed()) PrintFailure(t, vi);
  };
  CompileOptions options;
  options.language = args.language;
  options.rules_root = args.rules_root;
  for (const std::string& file : TestFiles(args.files)) {
    // A file that expects diagnostics is a test of the checker: its expected
    // errors are the point, not a reason to stop.
    auto verified = VerifyDiagnostics(file, options);
    if (!verified.ok()) {
      std::fprintf(stderr, "thidua: %s\n", std::string(verified.status().message()).c_str());
      broken = true;
      continue;
    }
    if (verified->has_value()) {
      record(**verified);
      auto compiled = CompileFile(file, options);
      if (!compiled.ok() || !compiled->ok()) continue;
      for (const TestResult& t : RunTests(compiled->rules, args.language)) record(t);
      continue;
    }
    auto rules = LoadRules(args, file);
    if (!rules) {
      broken = true;
      continue;
    }
    for (const TestResult& t : RunTests(rules, args.language)) record(t);
  }
  if (json) {
    std::string out = "{\"passed\":" + std::to_string(passed) +
                      ",\"failed\":" + std::to_string(failed) + ",\"tests\":[";
    for (size_t i = 0; i < results.size(); ++i) out += (i ? "," : "") + results[i];
    std::cout << out << "]}\n";
  } else {
    std::printf(vi ? "%d đạt, %d không đạt\n" : "%d passed, %d failed\n", passed, failed);
  }
  return failed == 0 && !broken ? kExitOk : kExitFailed;
}

}  // namespace thidua::cli
