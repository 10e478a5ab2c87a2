// thidua fmt: the canonical layout of rule files.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"

namespace thidua::cli {

int RunFormat(const Args& args) {
  if (args.files.empty()) {
    std::fprintf(stderr, "thidua: fmt needs at least one FILE\n");
    return kExitUsage;
  }
  if (args.write && args.check) {
    std::fprintf(stderr, "thidua: fmt takes --write or --check, not both\n");
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& file : args.files) {
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "thidua: cannot read '%s': %s\n", file.c_str(),
                   errno != 0 ? std::strerror(errno) : "cannot open");
      status = kExitUsage;
      continue;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string original = buf.str();
    auto formatted = FormatRules(original, file, args.language);
    if (!formatted.ok()) {
      std::fprintf(stderr, "thidua: %s\n", std::string(formatted.status().message()).c_str());
      status = kExitUsage;
      continue;
    }
    if (!formatted->ok()) {
      std::cerr << FormatDiagnostics(formatted->diagnostics, DiagnosticFormat::kText,
                                     args.language);
      if (status == kExitOk) status = kExitFailed;
      continue;
    }
    if (args.check) {
      if (formatted->text != original) {
        std::printf("%s\n", file.c_str());  // as gofmt -l: the files to format
        if (status == kExitOk) status = kExitFailed;
      }
    } else if (args.write) {
      if (formatted->text != original) {
        std::ofstream(file, std::ios::binary) << formatted->text;
      }
    } else {
      std::cout << formatted->text;
    }
  }
  return status;
}

}  // namespace thidua::cli
