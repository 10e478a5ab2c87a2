// thidua serve: the workbench in the browser (docs/workbench.md).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "cli/args.hpp"
#include "serve/server.hpp"

namespace thidua::cli {
namespace {

// A whole number from 0 to max in `v`, or false.
bool ParseCount(const char* v, long max, long* out) {
  char* end = nullptr;
  *out = std::strtol(v, &end, 10);
  return end != v && *end == '\0' && *out >= 0 && *out <= max;
}

}  // namespace

int RunServe(int argc, char** argv) {
  serve::Config config;
  for (int i = 2; i < argc; ++i) {
    std::string_view w = argv[i];
    if (w == "-h" || w == "--help") {
      std::puts("usage: thidua serve [--rules DIR] [--port N] [--host ADDRESS] [--cached-plans N]\n"
                "  --rules DIR         the rules folder (default: rules)\n"
                "  --port N            TCP port (default 8080; 0 picks a free one)\n"
                "  --host ADDRESS      address to listen on (default 127.0.0.1)\n"
                "  --cached-plans N    compiled plans kept by content (default 32; 0: none)");
      return kExitOk;
    }
    if (w != "--rules" && w != "--port" && w != "--host" && w != "--cached-plans") {
      std::fprintf(stderr, "thidua serve: unknown option '%s'\n", argv[i]);
      return kExitUsage;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "thidua serve: %s needs a value\n", argv[i]);
      return kExitUsage;
    }
    const char* v = argv[++i];
    if (w == "--rules") {
      config.rules_root = v;
    } else if (w == "--host") {
      config.host = v;
    } else if (w == "--cached-plans") {
      long n = 0;
      if (!ParseCount(v, 10000, &n)) {
        std::fprintf(stderr, "thidua serve: --cached-plans takes a number from 0 to 10000\n");
        return kExitUsage;
      }
      config.cached_plans = static_cast<size_t>(n);
    } else {
      long port = 0;
      if (!ParseCount(v, 65535, &port)) {
        std::fprintf(stderr, "thidua serve: --port takes a number from 0 to 65535\n");
        return kExitUsage;
      }
      config.port = static_cast<unsigned short>(port);
    }
  }
  std::error_code ec;
  if (!std::filesystem::is_directory(config.rules_root, ec)) {
    std::fprintf(stderr, "thidua serve: '%s' is not a folder (give one with --rules)\n",
                 config.rules_root.c_str());
    return kExitUsage;
  }
  return serve::RunServer(config);
}

}  // namespace thidua::cli
