#include "cli/args.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace thidua::cli {
namespace {

// The options ParseArgs knows (serve's are its own), for suggestions.
const std::vector<std::string> kOptions = {
    "--format", "--lang",  "--rules-root", "--units", "--kind", "--id",    "--criteria",
    "--threads", "--award", "--year", "--as-of", "--list", "--by", "--write", "--check", "--help", "--version"};

}  // namespace

std::string SuggestionFor(std::string_view word, const std::vector<std::string>& known) {
  std::string best = NearestName(word, known);
  // A word cut short ("--unit", "--crit") is closest to the one it begins.
  if (best.empty()) {
    for (const std::string& k : known) {
      if (word.size() >= 3 && k.size() > word.size() && k.compare(0, word.size(), word) == 0) {
        best = k;
        break;
      }
    }
  }
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

void PrintUsage(bool to_stderr) {
  std::fputs(
      "usage: thidua <command> [options]\n"
      "\n"
      "commands:\n"
      "  check FILE...                 parse and type-check rule files\n"
      "  eval RULES --units DATA       verdicts of every unit in DATA\n"
      "  explain RULES --units DATA --id ID\n"
      "                                why each verdict of one unit is so\n"
      "  test RULES|DIR...             check the diagnostics a file expects, then\n"
      "                                run its test blocks (verdicts, selections,\n"
      "                                targets)\n"
      "  select RULES --award A --units DATA [--year Y]\n"
      "                                who receives award A, and why not the rest\n"
      "  report RULES --units DATA [--by KIND]\n"
      "                                the plan's population targets (by the\n"
      "                                units of KIND they are within)\n"
      "  fmt FILE... [--write|--check] print (or rewrite, or check) files in\n"
      "                                the canonical layout\n"
      "  serve [--rules DIR] [--port N] [--host ADDRESS]\n"
      "                                the workbench in the browser\n"
      "                                (docs/workbench.md)\n"
      "  version                       print the version\n"
      "\n"
      "options:\n"
      "  --format text|json|csv  output form (check, test: text|json)\n"
      "  --lang en|vi            language of messages (default en)\n"
      "  --rules-root DIR        imports may not leave DIR\n"
      "  --units FILE            units: .csv, .json or .jsonl\n"
      "  --kind KIND             unit kind of rows that have no kind column\n"
      "  --criteria a,b,...      only these criteria\n"
      "  --threads N             evaluation threads (0: one per core)\n"
      "  --as-of DATE            eval, explain, select, report: read the rules\n"
      "                          as in force on DATE (2023-12-31 or 31/12/2023;\n"
      "                          default: the last day of the plan's period)\n"
      "  --list NAME=FILE        eval, explain, select, report: the members of list\n"
      "                          NAME (one id a row; docs/data.md)\n",
      to_stderr ? stderr : stdout);
}

bool ParseArgs(int argc, char** argv, Args* args) {
  std::vector<std::string_view> words(argv + 1, argv + argc);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= words.size()) {
        std::fprintf(stderr, "thidua: %s needs a value\n", argv[1 + i]);
        return nullptr;
      }
      return argv[1 + ++i];
    };
    if (w == "--format" || w == "--lang" || w == "--rules-root" ||
        w == "--units" || w == "--kind" || w == "--id" || w == "--criteria" ||
        w == "--threads" || w == "--award" || w == "--year" || w == "--as-of" ||
        w == "--by" || w == "--list") {
      const char* v = value();
      if (v == nullptr) return false;
      std::string_view s = v;
      if (w == "--format") {
        if (s != "text" && s != "json" && s != "csv") {
          std::fprintf(stderr, "thidua: --format must be text, json or csv\n");
          return false;
        }
        args->format = s;
      } else if (w == "--lang") {
        if (s != "en" && s != "vi") {
          std::fprintf(stderr, "thidua: --lang must be en or vi\n");
          return false;
        }
        args->language = s == "vi" ? Language::kVietnamese : Language::kEnglish;
      } else if (w == "--rules-root") {
        args->rules_root = s;
      } else if (w == "--units") {
        args->units = s;
      } else if (w == "--kind") {
        args->kind = s;
      } else if (w == "--id") {
        args->id = s;
      } else if (w == "--criteria") {
        size_t start = 0;
        while (start <= s.size()) {
          size_t comma = s.find(',', start);
          if (comma == std::string_view::npos) comma = s.size();
          if (comma > start) args->criteria.emplace_back(s.substr(start, comma - start));
          start = comma + 1;
        }
      } else if (w == "--as-of") {
        absl::StatusOr<Date> d = ParseDate(s);
        if (!d.ok()) {
          std::fprintf(stderr, "thidua: --as-of: %s\n", std::string(d.status().message()).c_str());
          return false;
        }
        args->as_of = *d;
      } else if (w == "--list") {
        if (s.find('=') == std::string_view::npos || s.front() == '=' || s.back() == '=') {
          std::fprintf(stderr, "thidua: --list takes NAME=FILE, e.g. --list difficult_communes=xa.csv\n");
          return false;
        }
        args->lists.emplace_back(s);
      } else if (w == "--award") {
        args->award = s;
      } else if (w == "--by") {
        args->by = s;
      } else if (w == "--year") {
        char* end = nullptr;
        long y = std::strtol(v, &end, 10);
        if (end == v || *end != '\0' || y < 1900 || y > 9999) {
          std::fprintf(stderr, "thidua: --year takes a year such as 2024\n");
          return false;
        }
        args->year = static_cast<int>(y);
      } else if (w == "--threads") {
        char* end = nullptr;
        long n = std::strtol(v, &end, 10);
        if (end == v || *end != '\0' || n < 0 || n > 256) {
          std::fprintf(stderr, "thidua: --threads takes a number from 0 to 256\n");
          return false;
        }
        args->threads = static_cast<int>(n);
      }
    } else if (w == "--write") {
      args->write = true;
    } else if (w == "--check") {
      args->check = true;
    } else if (w == "-h" || w == "--help") {
      args->command = "help";
    } else if (w == "--version") {
      args->command = "version";
    } else if (w.size() > 1 && w[0] == '-') {
      std::fprintf(stderr, "thidua: unknown option '%s'%s\n", argv[1 + i],
                   SuggestionFor(w, kOptions).c_str());
      return false;
    } else if (args->command.empty()) {
      args->command = std::string(w);
    } else {
      args->files.emplace_back(w);
    }
  }
  return true;
}

std::string AsOfText(const Args& args, const RuleSet& rules) {
  const bool vi = args.language == Language::kVietnamese;
  auto day = [](Date d) {
    return std::to_string(d.day) + "/" + std::to_string(d.month) + "/" + std::to_string(d.year);
  };
  if (!args.as_of.empty()) {
    return (vi ? "áp dụng quy định có hiệu lực ngày " : "as of ") + day(args.as_of) + " (--as-of)";
  }
  Date d = rules.default_as_of();
  if (d.empty()) {
    return vi ? "không có ngày áp dụng (kế hoạch không ghi thời kỳ; dùng --as-of)"
              : "no as-of date (the plan gives no period; use --as-of)";
  }
  return (vi ? "áp dụng quy định có hiệu lực ngày " : "as of ") + day(d) +
         (vi ? " (ngày cuối thời kỳ của kế hoạch)" : " (the last day of the plan's period)");
}

std::string AsOfJson(const Args& args, const RuleSet& rules) {
  Date as_of = args.as_of.empty() ? rules.default_as_of() : args.as_of;
  return as_of.empty() ? "null" : JsonQuoted(FormatDate(as_of));
}

}  // namespace thidua::cli
