// thidua select: who receives an award; thidua report: population targets.
#include <cstdio>
#include <iostream>
#include <optional>

#include "cli/args.hpp"
#include "cli/table.hpp"
#include "cli/units_input.hpp"

namespace thidua::cli {
namespace {

// The outcome as a person reads it, with a mark to scan a long table by.
std::string OutcomeText(const std::string& id, bool vi) {
  const char* mark = id == "selected" ? "✓ " : id == "undetermined" ? "? "
                     : id == "other_kind" ? "– " : "✗ ";
  return mark + std::string(OutcomeName(id, vi ? Language::kVietnamese : Language::kEnglish));
}

// Reads the units and lists for select/report and prints what was wrong
// with them before the answer. Null when a file cannot be read.
std::optional<RunInput> ReadInputShowingProblems(const Args& args,
                                                 std::shared_ptr<const RuleSet> rules) {
  std::optional<RunInput> input = ReadRunInput(args, std::move(rules));
  if (input) PrintRowErrors(args, input->table);
  return input;
}

}  // namespace

int RunSelect(const Args& args) {
  if (args.files.size() != 1 || args.units.empty() || args.award.empty()) {
    std::fprintf(stderr, "thidua: select needs RULES, --award A and --units DATA\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  auto rules = LoadRules(args, args.files[0]);
  if (!rules) return kExitFailed;
  std::optional<RunInput> input = ReadInputShowingProblems(args, rules);
  if (!input) return kExitUsage;
  const UnitTable* table = &input->table;
  SelectOptions options;
  options.year = args.year;
  options.language = args.language;
  options.as_of = args.as_of;
  options.lists = input->options.lists;
  auto selection = SelectAward(rules, args.award, table->units, options);
  if (!selection.ok()) {
    std::fprintf(stderr, "thidua: %s\n", std::string(selection.status().message()).c_str());
    for (const AwardDescription& a : rules->awards()) {
      std::fprintf(stderr, "  award: %s — %s\n", a.name.c_str(), a.label.c_str());
    }
    return kExitUsage;
  }
  std::vector<std::string> kinds = rules->unit_kinds();
  if (args.format == "json") {
    std::string out = "{\"award\": " + JsonQuoted(selection->award) + ", \"label\": " +
                      JsonQuoted(selection->label) + ", \"source\": " +
                      JsonQuoted(selection->source) + ", \"as_of\": " + AsOfJson(args, *rules) +
                      ", \"candidates\": [";
    for (size_t i = 0; i < selection->entries.size(); ++i) {
      const SelectionEntry& e = selection->entries[i];
      const Unit& u = table->units[e.unit];
      out += (i ? ",\n  " : "\n  ");
      out += "{\"row\": " + std::to_string(table->rows[e.unit]) + ", \"id\": " +
             JsonQuoted(u.id()) + ", \"kind\": " + JsonQuoted(kinds[u.kind_index()]) +
             ", \"outcome\": " + JsonQuoted(e.outcome) + ", \"rank\": " +
             std::to_string(e.rank) + ", \"reason\": " + JsonQuoted(e.reason) + "}";
    }
    out += "\n], \"groups\": [";
    for (size_t i = 0; i < selection->groups.size(); ++i) {
      const SelectionGroup& g = selection->groups[i];
      out += (i ? ", " : "") + std::string("{\"kind\": ") + JsonQuoted(g.kind) +
             ", \"candidates\": " + std::to_string(g.candidates) + ", \"eligible\": " +
             std::to_string(g.eligible) + ", \"selected\": " + std::to_string(g.selected) +
             ", \"cap\": " + (g.cap < 0 ? std::string("null") : std::to_string(g.cap)) + "}";
    }
    out += "], \"rows_in_error\": " + std::to_string(table->errors.size()) + "}\n";
    std::cout << out;
  } else {
    std::string out = selection->label + "\n";
    if (!selection->source.empty()) out += selection->source + "\n";
    out += AsOfText(args, *rules) + "\n\n";
    std::vector<std::vector<std::string>> rows;
    for (const SelectionEntry& e : selection->entries) {
      const Unit& u = table->units[e.unit];
      rows.push_back({std::string(u.id()), kinds[u.kind_index()],
                      OutcomeText(e.outcome, vi),
                      e.rank > 0 ? std::to_string(e.rank) : "", e.reason});
    }
    out += RenderTable({vi ? "mã" : "id", vi ? "loại" : "kind", vi ? "kết quả" : "outcome",
                        vi ? "thứ hạng" : "rank", vi ? "lý do" : "reason"},
                       rows);
    out += "\n";
    for (const SelectionGroup& g : selection->groups) {
      char line[256];
      std::snprintf(line, sizeof line,
                    vi ? "%s: %lld đề nghị, %lld đủ điều kiện, %lld được chọn (chỉ tiêu: %s)\n"
                       : "%s: %lld proposed, %lld eligible, %lld selected (quota: %s)\n",
                    g.kind.c_str(), static_cast<long long>(g.candidates),
                    static_cast<long long>(g.eligible), static_cast<long long>(g.selected),
                    g.cap < 0 ? (vi ? "không giới hạn" : "none") : std::to_string(g.cap).c_str());
      out += line;
    }
    std::cout << out;
  }
  return ExitForRows(*input);
}

int RunReport(const Args& args) {
  if (args.files.size() != 1 || args.units.empty()) {
    std::fprintf(stderr, "thidua: report needs RULES and --units DATA\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  auto rules = LoadRules(args, args.files[0]);
  if (!rules) return kExitFailed;
  std::optional<RunInput> input = ReadInputShowingProblems(args, rules);
  if (!input) return kExitUsage;
  const UnitTable* table = &input->table;
  const EvaluateOptions& eval_options = input->options;
  std::vector<TargetReport> reports;
  if (args.by.empty()) {
    reports = EvaluateTargets(rules, table->units, args.language, eval_options);
  } else {
    auto by = EvaluateTargetsBy(rules, table->units, args.by, args.language, eval_options);
    if (!by.ok()) {
      std::fprintf(stderr, "thidua: --by: %s\n", std::string(by.status().message()).c_str());
      return kExitUsage;
    }
    reports = std::move(*by);
  }
  auto mark = [](const TargetReport& r) {
    return r.verdict == Verdict::kEligible      ? "✓"
           : r.verdict == Verdict::kNotEligible ? "✗"
           : r.verdict == Verdict::kNotApplicable ? "·" : "?";
  };
  if (args.format == "json") {
    auto object = [](const TargetReport& r) {
      return "{\"target\": " + JsonQuoted(r.name) + ", \"label\": " + JsonQuoted(r.label) +
             ", \"source\": " + JsonQuoted(r.source) + ", \"kind\": " + JsonQuoted(r.kind) +
             ", \"status\": " + JsonQuoted(r.status) + ", \"value\": " + JsonQuoted(r.value) +
             ", \"target_value\": " + JsonQuoted(r.bound) + ", \"gap\": " + JsonQuoted(r.gap) +
             ", \"units\": " + std::to_string(r.units) + ", \"matching\": " +
             std::to_string(r.matching) + ", \"unknown\": " + std::to_string(r.unknown);
    };
    std::string out = "[";
    for (size_t i = 0; i < reports.size(); ++i) {
      const TargetReport& r = reports[i];
      out += (i ? ",\n  " : "\n  ") + object(r);
      if (!args.by.empty()) {
        out += ", \"by\": " + JsonQuoted(args.by) + ", \"parts\": [";
        for (size_t k = 0; k < r.parts.size(); ++k) {
          const TargetReport& part = r.parts[k];
          out += (k ? ",\n    " : "\n    ") + object(part) + ", \"group\": " +
                 JsonQuoted(part.group) + ", \"group_name\": " + JsonQuoted(part.group_name) +
                 "}";
        }
        out += r.parts.empty() ? "]" : "\n  ]";
      }
      out += "}";
    }
    out += "\n]\n";
    std::cout << out;
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const TargetReport& r : reports) {
      rows.push_back({std::string(mark(r)) + " " + r.name, r.value, r.bound, r.gap, r.source});
      for (const TargetReport& part : r.parts) {
        std::string name = part.group.empty() ? (vi ? "(không thuộc " : "(within no ") + args.by + ")"
                                              : part.group_name;
        rows.push_back({"  " + std::string(mark(part)) + " " + name, part.value, part.bound,
                        part.gap, ""});
      }
    }
    std::string out = rules->plan_title() + "\n" + AsOfText(args, *rules) + "\n\n" +
                      RenderTable({vi ? "chỉ tiêu" : "target", vi ? "hiện có" : "value",
                                   vi ? "mục tiêu" : "goal", vi ? "chênh lệch" : "gap",
                                   vi ? "căn cứ" : "source"},
                                  rows);
    for (const TargetReport& r : reports) out += "  " + r.name + " — " + r.label + "\n";
    std::cout << out;
  }
  return ExitForRows(*input);
}

}  // namespace thidua::cli
