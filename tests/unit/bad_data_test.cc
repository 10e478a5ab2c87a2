// Bad data loses nothing: for every kind of malformed input, the bad row is
// reported with its position and reason and every other row is evaluated,
// rows in = rows evaluated + rows reported — through RuleSet::ReadUnits and
// through `thidua eval --format json` (docs/data.md, docs/reliability.md).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "nlohmann/json.hpp"
#include "test_util.hpp"

namespace thidua {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRules = R"td(
enum region "Vùng" {
  normal "Vùng bình thường",
  difficult "Vùng khó khăn"
}

unit enterprise "Doanh nghiệp" {
  name: text "Tên"
  region: region
  contribution: money
  founded: date
  supported_communes: int
  value_chain: assessed
}

criterion enough_contribution for enterprise "Đóng góp từ 300 triệu":
  contribution >= 300 triệu
  except region in {difficult}: contribution >= 200 triệu
criterion supports for enterprise: supported_communes >= 1
)td";

constexpr std::string_view kHeader =
    "kind,id,name,region,contribution,founded,supported_communes,value_chain\n";

std::string CsvRow(int i) {
  return "enterprise,DN-" + std::to_string(i) + ",Công ty " + std::to_string(i) +
         ",normal,300 triệu,15/3/2020,2,x\n";
}
std::string JsonRow(int i) {
  return R"({"kind": "enterprise", "id": "DN-)" + std::to_string(i) +
         R"(", "name": "Công ty", "region": "normal", "contribution": "300 triệu", )"
         R"("founded": "2020-03-15", "supported_communes": 2, "value_chain": true})" "\n";
}

// One malformed input: a data file of `rows` rows where the row at `bad_row`
// (its position as thidua counts it) is wrong in one way.
struct Case {
  std::string name;
  std::string text;
  int64_t rows;        // rows in the file
  int64_t bad_row;
  std::string column;  // "" for the whole row
  std::string reason;  // a part of the message
};

std::vector<Case> Cases() {
  std::vector<Case> cases;
  // CSV: header on line 1, good rows on lines 2, 4, 5; the bad one on line 3.
  auto csv = [&](std::string name, std::string bad, std::string column, std::string reason) {
    cases.push_back({"csv_" + name,
                     std::string(kHeader) + CsvRow(1) + bad + CsvRow(3) + CsvRow(4), 4, 3,
                     std::move(column), std::move(reason)});
  };
  csv("wrong_type", "enterprise,DN-2,B,normal,300 triệu,15/3/2020,hai,x\n",
      "supported_communes", "hai");
  csv("unknown_enum", "enterprise,DN-2,B,dificult,300 triệu,15/3/2020,2,x\n", "region",
      "did you mean 'difficult'");
  csv("bad_date", "enterprise,DN-2,B,normal,300 triệu,31/2/2023,2,x\n", "founded", "31/2/2023");
  csv("bad_money", "enterprise,DN-2,B,normal,300 trieu,15/3/2020,2,x\n", "contribution",
      "300 trieu");
  csv("missing_required", "enterprise,DN-2,B,normal,,15/3/2020,2,x\n", "contribution",
      "has no value");
  csv("invalid_utf8", "enterprise,DN-2,B\xff\xfe,normal,300 triệu,15/3/2020,2,x\n", "name",
      "UTF-8");
  csv("duplicate_id", CsvRow(1), "id", "already used in row 2");
  csv("wrong_delimiter", "enterprise;DN-2;B;normal;300 triệu;15/3/2020;2;x\n", "",
      "another delimiter");
  csv("bad_bool", "enterprise,DN-2,B,normal,300 triệu,15/3/2020,2,maybe\n", "value_chain",
      "maybe");
  // A truncated file: the last line cut in the middle.
  cases.push_back({"csv_truncated",
                   std::string(kHeader) + CsvRow(1) + CsvRow(2) + CsvRow(3) +
                       "enterprise,DN-4,Công ty 4,nor",
                   4, 5, "", "truncated"});
  cases.push_back({"csv_truncated_in_quotes",
                   std::string(kHeader) + CsvRow(1) + CsvRow(2) + CsvRow(3) +
                       "enterprise,DN-4,\"Công ty 4,normal",
                   4, 5, "", "quote"});
  // A byte-order mark and CRLF lines, as Excel writes: nothing is wrong.
  std::string bom = "\xEF\xBB\xBF" + std::string(kHeader) + CsvRow(1) + CsvRow(2);
  cases.push_back({"csv_bom", bom, 2, 0, "", ""});
  // A BOM in the middle of a file is not a BOM: the row is reported.
  cases.push_back({"csv_bom_inside",
                   std::string(kHeader) + CsvRow(1) + "\xEF\xBB\xBF" + CsvRow(2) + CsvRow(3) +
                       CsvRow(4),
                   4, 3, "kind", "unknown unit kind"});

  // JSON Lines: good rows on lines 1, 3, 4; the bad one on line 2.
  auto jsonl = [&](std::string name, std::string bad, std::string column, std::string reason) {
    cases.push_back({"jsonl_" + name, JsonRow(1) + bad + JsonRow(3) + JsonRow(4), 4, 2,
                     std::move(column), std::move(reason)});
  };
  std::string row2 = JsonRow(2);
  auto replace = [&](std::string from, std::string to) {
    std::string r = row2;
    r.replace(r.find(from), from.size(), to);
    return r;
  };
  jsonl("wrong_type", replace("\"supported_communes\": 2", "\"supported_communes\": \"hai\""),
        "supported_communes", "hai");
  jsonl("wrong_type_bool", replace("\"supported_communes\": 2", "\"supported_communes\": true"),
        "supported_communes", "");
  jsonl("unknown_enum", replace("\"normal\"", "\"dificult\""), "region",
        "did you mean 'difficult'");
  jsonl("bad_date", replace("2020-03-15", "2023-02-29"), "founded", "2023-02-29");
  jsonl("bad_money", replace("\"300 triệu\"", "1.5"), "contribution", "");
  jsonl("missing_required", replace("\"contribution\": \"300 triệu\", ", ""), "contribution",
        "has no value");
  // Invalid UTF-8 makes the JSON row unreadable: an error on the whole row.
  jsonl("invalid_utf8", replace("Công ty", "C\xC3\x28ng"), "", "UTF-8");
  jsonl("duplicate_id", JsonRow(1), "id", "already used in row 1");
  jsonl("not_an_object", "[1, 2]\n", "", "");
  jsonl("malformed", "{\"kind\": \"enterprise\", \"id\": \n", "", "");
  cases.push_back({"jsonl_truncated", JsonRow(1) + JsonRow(2) + JsonRow(3) +
                                          JsonRow(4).substr(0, 40),
                   4, 4, "", ""});
  cases.push_back({"jsonl_bom", "\xEF\xBB\xBF" + JsonRow(1) + JsonRow(2), 2, 0, "", ""});
  // A JSON array cut short: its last element is the bad row.
  std::string array = "[" + JsonRow(1) + "," + JsonRow(2) + "," + JsonRow(3) + "," +
                      JsonRow(4).substr(0, 50);
  cases.push_back({"json_array_truncated", array, 4, 4, "", ""});
  return cases;
}

std::shared_ptr<const RuleSet> Rules() {
  static auto* rules = [] {
    auto c = CompileText(kRules, "bad_data.td");
    EXPECT_TRUE(c.ok() && c->ok());
    return new std::shared_ptr<const RuleSet>(c->rules);
  }();
  return *rules;
}

TEST(BadDataTest, EveryMalformedRowIsReportedAndTheOthersEvaluated) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    ASSERT_OK_AND_ASSIGN(UnitTable t, Rules()->ReadUnits(c.text, DataOptions{}));
    // rows in = rows evaluated + rows reported
    EXPECT_EQ(t.rows_read, c.rows);
    EXPECT_EQ(t.rows_read, static_cast<int64_t>(t.units.size() + t.errors.size()));
    const size_t bad = c.bad_row ? 1 : 0;
    ASSERT_EQ(t.errors.size(), bad) << (t.errors.empty() ? "" : t.errors[0].message);
    EXPECT_EQ(t.units.size(), static_cast<size_t>(c.rows) - bad);
    if (bad) {
      EXPECT_EQ(t.errors[0].row, c.bad_row) << t.errors[0].message;
      EXPECT_EQ(t.errors[0].column, c.column) << t.errors[0].message;
      EXPECT_NE(t.errors[0].message, "");
      EXPECT_NE(t.errors[0].message.find(c.reason), std::string::npos)
          << t.errors[0].message;
      for (int64_t row : t.rows) EXPECT_NE(row, c.bad_row);
    }
    // Every unit read is evaluated: a verdict per unit and criterion.
    BatchResult r = EvaluateBatch(Rules(), t.units, 2);
    EXPECT_EQ(r.verdicts.size(), t.units.size() * 2);
    for (size_t u = 0; u < t.units.size(); ++u) {
      EXPECT_EQ(r.at(u, 0), Verdict::kEligible) << "unit " << t.units[u].id();
    }
  }
}

// --- the same through the command line ------------------------------------

std::string Cli() { return std::string(THIDUA_BINARY_DIR) + "/thidua"; }

struct CliRun {
  int status = -1;
  std::string out;
};

CliRun RunCli(const std::string& args) {
  CliRun r;
  FILE* p = popen((Cli() + " " + args + " 2>/dev/null").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int s = pclose(p);
  r.status = WIFEXITED(s) ? WEXITSTATUS(s) : -1;
  return r;
}

class BadDataCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(Cli())) GTEST_SKIP() << "the thidua command is not built";
    dir_ = fs::temp_directory_path() /
           ("thidua_bad_data_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "plan.td") << kRules;
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  fs::path dir_;
};

TEST_F(BadDataCliTest, EveryMalformedRowIsReportedAndTheOthersEvaluated) {
  int i = 0;
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    bool csv = c.name.rfind("csv", 0) == 0;
    fs::path data = dir_ / ("case" + std::to_string(i++) + (csv ? ".csv" : ".jsonl"));
    std::ofstream(data, std::ios::binary) << c.text;
    CliRun r = RunCli("eval " + (dir_ / "plan.td").string() + " --units " + data.string() +
                   " --format json");
    EXPECT_EQ(r.status, c.bad_row ? 1 : 0);
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    const auto& s = j["summary"];
    EXPECT_EQ(s["rows"].get<int64_t>(), c.rows);
    EXPECT_EQ(s["rows"].get<int64_t>(),
              s["evaluated"].get<int64_t>() + s["rows_in_error"].get<int64_t>());
    EXPECT_EQ(j["units"].size(), static_cast<size_t>(c.rows - (c.bad_row ? 1 : 0)));
    for (const auto& u : j["units"]) EXPECT_EQ(u["verdicts"].size(), 2u) << u.dump();
    ASSERT_EQ(j["errors"].size(), c.bad_row ? 1u : 0u);
    if (c.bad_row) {
      EXPECT_EQ(j["errors"][0]["row"].get<int64_t>(), c.bad_row);
      EXPECT_EQ(j["errors"][0]["column"].get<std::string>(), c.column);
      EXPECT_NE(j["errors"][0]["message"].get<std::string>().find(c.reason),
                std::string::npos);
    }
  }
}

// Determinism: the same rules and data give byte-identical output, run after
// run and whatever the number of threads.
TEST_F(BadDataCliTest, EvalOutputIsByteIdenticalAcrossRunsAndThreads) {
  fs::path plan = fs::path(THIDUA_SOURCE_DIR) / "rules/binh-phuoc-192-2022/plan.td";
  std::string sample = testing::ReadFile(
      (fs::path(THIDUA_SOURCE_DIR) / "rules/binh-phuoc-192-2022/units.jsonl").string());
  // Many units, with different ids, and a few bad rows among them.
  std::string data;
  for (int copy = 0; copy < 60; ++copy) {
    size_t start = 0;
    int line = 0;
    while (start < sample.size()) {
      size_t end = sample.find('\n', start);
      if (end == std::string::npos) end = sample.size();
      std::string row = sample.substr(start, end - start);
      start = end + 1;
      size_t id = row.find("\"id\": \"");
      if (id != std::string::npos) row.insert(id + 7, std::to_string(copy) + "-");
      if ((copy * 31 + line++) % 97 == 0) row = row.substr(0, row.size() / 2);
      data += row + "\n";
    }
  }
  fs::path units = dir_ / "many.jsonl";
  std::ofstream(units, std::ios::binary) << data;
  std::string first;
  for (int threads : {1, 2, 3, 8, 0, 1}) {
    SCOPED_TRACE(threads);
    CliRun r = RunCli("eval " + plan.string() + " --units " + units.string() +
                   " --format json --threads " + std::to_string(threads));
    ASSERT_EQ(r.status, 1);  // the cut rows
    ASSERT_GT(r.out.size(), 1000u);
    if (first.empty()) {
      first = r.out;
    } else {
      EXPECT_TRUE(r.out == first) << "output differs with " << threads << " threads";
    }
  }
  auto j = nlohmann::json::parse(first);
  EXPECT_GT(j["errors"].size(), 0u);
  EXPECT_EQ(j["summary"]["rows"].get<int64_t>(),
            j["summary"]["evaluated"].get<int64_t>() + j["summary"]["rows_in_error"].get<int64_t>());
}

// The library: EvaluateBatch gives the same verdicts on any number of threads.
TEST(DeterminismTest, BatchVerdictsDoNotDependOnThreads) {
  fs::path dir = fs::path(THIDUA_SOURCE_DIR) / "rules/binh-phuoc-192-2022";
  ASSERT_OK_AND_ASSIGN(Compilation c, CompileFile((dir / "plan.td").string()));
  ASSERT_TRUE(c.ok());
  std::string sample = testing::ReadFile((dir / "units.jsonl").string());
  ASSERT_OK_AND_ASSIGN(UnitTable t, c.rules->ReadUnits(sample, DataOptions{}));
  std::vector<Unit> units;
  for (int copy = 0; copy < 200; ++copy) {
    units.insert(units.end(), t.units.begin(), t.units.end());
  }
  BatchResult one = EvaluateBatch(c.rules, units, 1);
  for (int threads : {2, 3, 4, 7, 16, 0}) {
    BatchResult many = EvaluateBatch(c.rules, units, threads);
    EXPECT_TRUE(many.verdicts == one.verdicts) << threads << " threads";
  }
}

}  // namespace
}  // namespace thidua
