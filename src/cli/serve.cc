// thidua serve: the workbench in the browser (docs/workbench.md).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "cli/args.hpp"
#include "serve/server.hpp"

namespace thidua::cli {

int RunServe(int argc, char** argv) {
  serve::Config config;
  for (int i = 2; i < argc; ++i) {
    std::string_view w = argv[i];
    if (w == "-h" || w == "--help") {
      std::puts("usage: thidua serve [--rules DIR] [--port N] [--host ADDRESS]\n"
                "  --rules DIR     the rules folder (default: rules)\n"
                "  --port N        TCP port (default 8080; 0 picks a free one)\n"
                "  --host ADDRESS  address to listen on (default 127.0.0.1)");
      return kExitOk;
    }
    if (w != "--rules" && w != "--port" && w != "--host") {
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
    } else {
      char* end = nullptr;
      long port = std::strtol(v, &end, 10);
      if (end == v || *end != '\0' || port < 0 || port > 65535) {
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
