// thidua eval: verdicts of every unit of a data file, as a table, JSON or CSV.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>

#include "cli/args.hpp"
#include "cli/table.hpp"
#include "cli/units_input.hpp"

namespace thidua::cli {
namespace {

const char* Symbol(Verdict v) {
  switch (v) {
    case Verdict::kEligible: return "✓";
    case Verdict::kNotEligible: return "✗";
    case Verdict::kUndetermined: return "?";
    case Verdict::kNotApplicable: return "";
  }
  return "";
}

// Evaluates in chunks so that a long run can report progress on a terminal.
BatchResult EvaluateWithProgress(std::shared_ptr<const RuleSet> rules,
                                 const std::vector<Unit>& units, int threads,
                                 const EvaluateOptions& options) {
  BatchResult all;
  all.criteria = rules->criterion_count();
  all.verdicts.reserve(units.size() * static_cast<size_t>(all.criteria));
  const bool tty = isatty(STDERR_FILENO) != 0;
  auto start = std::chrono::steady_clock::now();
  bool shown = false;
  const size_t chunk = 20'000;
  for (size_t begin = 0; begin < units.size(); begin += chunk) {
    size_t n = std::min(chunk, units.size() - begin);
    BatchResult part = EvaluateBatch(
        rules, std::span<const Unit>(units.data() + begin, n), threads, options);
    all.verdicts.insert(all.verdicts.end(), part.verdicts.begin(), part.verdicts.end());
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (tty && seconds > 1.0) {
      std::fprintf(stderr, "\r%zu/%zu units", begin + n, units.size());
      shown = true;
    }
  }
  if (shown) std::fputc('\n', stderr);
  return all;
}

}  // namespace

int RunEval(const Args& args) {
  if (args.files.size() != 1 || args.units.empty()) {
    std::fprintf(stderr, "thidua: eval needs one RULES file and --units DATA\n");
    return kExitUsage;
  }
  const bool vi = args.language == Language::kVietnamese;
  auto rules = LoadRules(args, args.files[0]);
  if (!rules) return kExitFailed;
  std::vector<int> shown;
  if (!ChosenCriteria(args, *rules, &shown)) return kExitUsage;
  std::optional<RunInput> input = ReadRunInput(args, rules);
  if (!input) return kExitUsage;
  const UnitTable* table = &input->table;
  BatchResult result = EvaluateWithProgress(rules, table->units, args.threads, input->options);
  std::vector<DeclarationInfo> criteria = rules->criteria();
  std::vector<std::string> kinds = rules->unit_kinds();

  int64_t counts[4] = {0, 0, 0, 0};
  for (size_t u = 0; u < table->units.size(); ++u) {
    for (int c : shown) ++counts[static_cast<int>(result.at(u, c))];
  }

  if (args.format == "json") {
    std::string out = "{\"plan\": " + JsonQuoted(rules->plan_name()) +
                      ", \"title\": " + JsonQuoted(rules->plan_title()) +
                      ", \"source\": " + JsonQuoted(rules->plan_source()) +
                      ", \"as_of\": " + AsOfJson(args, *rules) +
                      ", \"units\": [";
    for (size_t u = 0; u < table->units.size(); ++u) {
      const Unit& unit = table->units[u];
      out += (u ? ",\n  " : "\n  ");
      out += "{\"row\": " + std::to_string(table->rows[u]) + ", \"id\": " +
             JsonQuoted(unit.id()) + ", \"kind\": " + JsonQuoted(kinds[unit.kind_index()]) +
             ", \"verdicts\": {";
      bool first = true;
      for (int c : shown) {
        Verdict v = result.at(u, c);
        if (v == Verdict::kNotApplicable) continue;
        out += (first ? "" : ", ") + JsonQuoted(criteria[c].name) + ": " + JsonQuoted(VerdictId(v));
        first = false;
      }
      out += "}}";
    }
    out += "\n], \"errors\": [";
    for (size_t i = 0; i < table->errors.size(); ++i) {
      const RowError& e = table->errors[i];
      out += (i ? ",\n  " : "\n  ");
      out += "{\"row\": " + std::to_string(e.row) + ", \"column\": " + JsonQuoted(e.column) +
             ", \"message\": " + JsonQuoted(e.message) + "}";
    }
    out += "\n], \"summary\": {\"rows\": " + std::to_string(table->rows_read) +
           ", \"evaluated\": " + std::to_string(table->units.size()) +
           ", \"rows_in_error\": " + std::to_string(table->errors.size()) +
           ", \"eligible\": " + std::to_string(counts[0]) +
           ", \"not_eligible\": " + std::to_string(counts[1]) +
           ", \"undetermined\": " + std::to_string(counts[2]) + "}}\n";
    std::cout << out;
  } else if (args.format == "csv") {
    std::string out = "row,id,kind";
    for (int c : shown) out += "," + CsvField(criteria[c].name);
    out += "\n";
    for (size_t u = 0; u < table->units.size(); ++u) {
      const Unit& unit = table->units[u];
      out += std::to_string(table->rows[u]) + "," + CsvField(unit.id()) + "," +
             CsvField(kinds[unit.kind_index()]);
      for (int c : shown) {
        Verdict v = result.at(u, c);
        out += ",";
        if (v != Verdict::kNotApplicable) out += VerdictId(v);
      }
      out += "\n";
    }
    std::cout << out;
    PrintRowErrors(args, *table);
  } else {
    std::string out;
    if (!rules->plan_title().empty()) {
      out += rules->plan_title() + "\n" + rules->plan_source() + "\n";
    }
    out += AsOfText(args, *rules) + "\n\n";
    // One table per unit kind, a numbered column per criterion of that kind.
    for (size_t k = 0; k < kinds.size(); ++k) {
      std::vector<size_t> members;
      for (size_t u = 0; u < table->units.size(); ++u) {
        if (table->units[u].kind_index() == static_cast<int>(k)) members.push_back(u);
      }
      if (members.empty()) continue;
      std::vector<int> cols;
      for (int c : shown) {
        for (const std::string& kind : criteria[c].kinds) {
          if (kind == kinds[k]) cols.push_back(c);
        }
      }
      if (cols.empty()) continue;  // --criteria named none of this kind's
      out += kinds[k] + " (" + std::to_string(members.size()) + (vi ? " đơn vị" : " units") + ")\n";
      std::vector<std::string> header{vi ? "mã" : "id"};
      for (size_t i = 0; i < cols.size(); ++i) header.push_back(std::to_string(i + 1));
      std::vector<std::vector<std::string>> rows;
      rows.reserve(members.size());
      for (size_t u : members) {
        std::vector<std::string> row{std::string(table->units[u].id())};
        for (int c : cols) row.push_back(Symbol(result.at(u, c)));
        rows.push_back(std::move(row));
      }
      out += RenderTable(header, rows);
      for (size_t i = 0; i < cols.size(); ++i) {
        const DeclarationInfo& d = criteria[cols[i]];
        out += "  [" + std::to_string(i + 1) + "] " + d.name;
        if (d.label != d.name) out += " — " + d.label;
        if (!d.source.empty()) out += " (" + d.source + ")";
        out += "\n";
      }
      out += "\n";
    }
    out += vi ? "✓ đủ điều kiện   ✗ không đủ điều kiện   ? chưa xác định (thiếu dữ liệu)\n"
              : "✓ eligible   ✗ not eligible   ? undetermined (missing data)\n";
    char summary[256];
    std::snprintf(summary, sizeof summary,
                  vi ? "%lld dòng: %zu đã đánh giá, %zu lỗi; %lld đủ điều kiện, %lld không "
                       "đủ điều kiện, %lld chưa xác định\n"
                     : "%lld rows: %zu evaluated, %zu in error; %lld eligible, %lld not "
                       "eligible, %lld undetermined\n",
                  static_cast<long long>(table->rows_read), table->units.size(),
                  table->errors.size(), static_cast<long long>(counts[0]),
                  static_cast<long long>(counts[1]), static_cast<long long>(counts[2]));
    out += summary;
    std::cout << out;
    PrintRowErrors(args, *table);
  }
  return ExitForRows(*input);
}

}  // namespace thidua::cli
