// The `thidua` command for rule authors. Uses only the public API.
//
//   thidua check FILE... [--format text|json] [--lang en|vi] [--rules-root DIR]
//
// Exit codes: 0 no errors, 1 errors in the rules, 2 usage or I/O problems.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "thidua/thidua.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kRuleErrors = 1;
constexpr int kUsage = 2;

struct Args {
  std::string command;
  std::vector<std::string> files;
  std::string format = "text";
  thidua::Language language = thidua::Language::kEnglish;
  std::string rules_root;
};

void PrintUsage(std::FILE* out) {
  std::fputs(
      "usage: thidua <command> [options]\n"
      "\n"
      "commands:\n"
      "  check FILE...      parse and type-check rule files\n"
      "  version            print the version\n"
      "\n"
      "options:\n"
      "  --format text|json diagnostics as text (stderr) or JSON (stdout)\n"
      "  --lang en|vi       language of messages (default en)\n"
      "  --rules-root DIR   imports may not leave DIR (default: the file's "
      "folder)\n",
      out);
}

// Parses argv; returns false (after printing why) on a usage error.
bool ParseArgs(int argc, char** argv, Args* args) {
  std::vector<std::string_view> words(argv + 1, argv + argc);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    auto value = [&](std::string_view name) -> const char* {
      if (i + 1 >= words.size()) {
        std::fprintf(stderr, "thidua: %.*s needs a value\n",
                     static_cast<int>(name.size()), name.data());
        return nullptr;
      }
      return argv[1 + ++i];
    };
    if (w == "--format") {
      const char* v = value(w);
      if (v == nullptr) return false;
      args->format = v;
      if (args->format != "text" && args->format != "json") {
        std::fprintf(stderr, "thidua: --format must be text or json\n");
        return false;
      }
    } else if (w == "--lang") {
      const char* v = value(w);
      if (v == nullptr) return false;
      std::string_view lang = v;
      if (lang == "vi") {
        args->language = thidua::Language::kVietnamese;
      } else if (lang == "en") {
        args->language = thidua::Language::kEnglish;
      } else {
        std::fprintf(stderr, "thidua: --lang must be en or vi\n");
        return false;
      }
    } else if (w == "--rules-root") {
      const char* v = value(w);
      if (v == nullptr) return false;
      args->rules_root = v;
    } else if (w == "-h" || w == "--help") {
      args->command = "help";
    } else if (w == "--version") {
      args->command = "version";
    } else if (w.size() > 1 && w[0] == '-') {
      std::fprintf(stderr, "thidua: unknown option '%s'\n", argv[1 + i]);
      return false;
    } else if (args->command.empty()) {
      args->command = std::string(w);
    } else {
      args->files.emplace_back(w);
    }
  }
  return true;
}

int Check(const Args& args) {
  if (args.files.empty()) {
    std::fprintf(stderr, "thidua: check needs at least one FILE\n");
    return kUsage;
  }
  const bool vi = args.language == thidua::Language::kVietnamese;
  thidua::CompileOptions options;
  options.language = args.language;
  options.rules_root = args.rules_root;
  int status = kOk;
  std::vector<thidua::Diagnostic> all;
  for (const std::string& file : args.files) {
    auto compiled = thidua::CompileFile(file, options);
    if (!compiled.ok()) {
      std::fprintf(stderr, "thidua: %s\n",
                   std::string(compiled.status().message()).c_str());
      status = kUsage;
      continue;
    }
    if (args.format == "json") {
      all.insert(all.end(), compiled->diagnostics.begin(),
                 compiled->diagnostics.end());
    } else {
      std::cerr << thidua::FormatDiagnostics(
          compiled->diagnostics, thidua::DiagnosticFormat::kText, args.language);
    }
    if (!compiled->ok()) {
      if (status == kOk) status = kRuleErrors;
      if (args.format == "text") {
        std::fprintf(stderr, vi ? "%s: %d lỗi, %d cảnh báo\n"
                                : "%s: %d error(s), %d warning(s)\n",
                     file.c_str(), compiled->error_count(),
                     compiled->warning_count());
      }
      continue;
    }
    if (args.format == "text") {
      const thidua::RuleSet& rules = *compiled->rules;
      std::printf(vi ? "%s: đạt — %zu tiêu chí, %zu loại đơn vị, %d test, "
                       "%d cảnh báo\n"
                     : "%s: ok — %zu criteria, %zu unit kinds, %d tests, "
                       "%d warning(s)\n",
                  file.c_str(), rules.criteria().size(),
                  rules.unit_kinds().size(), rules.test_count(),
                  compiled->warning_count());
    }
  }
  if (args.format == "json") {
    std::cout << thidua::FormatDiagnostics(all, thidua::DiagnosticFormat::kJson,
                                           args.language);
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!ParseArgs(argc, argv, &args)) {
    PrintUsage(stderr);
    return kUsage;
  }
  if (args.command == "check") return Check(args);
  if (args.command == "version") {
    std::printf("thidua %s\n", thidua::VersionString());
    return kOk;
  }
  if (args.command == "help") {
    PrintUsage(stdout);
    return kOk;
  }
  if (!args.command.empty()) {
    std::fprintf(stderr, "thidua: unknown command '%s'\n", args.command.c_str());
  }
  PrintUsage(stderr);
  return kUsage;
}
