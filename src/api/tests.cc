// Runs a rule file's `test` blocks: builds each given unit from its literal
// values and compares verdicts, selections and target results with the
// expectations.
#include <algorithm>
#include <map>
#include <optional>

#include "api/ruleset_data.hpp"
#include "eval/hierarchy.hpp"
#include "eval/history.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

using internal::Value;
namespace ast = internal::ast;

class TestUnitBuilder {
 public:
  explicit TestUnitBuilder(const internal::Program& p) : p_(p) {}

  std::shared_ptr<internal::UnitData> Build(int32_t kind, ast::ExprId record) {
    auto unit = std::make_shared<internal::UnitData>();
    unit->kind = kind;
    unit_ = unit.get();
    std::vector<Value> slots = Record(record, p_.units[kind].record);
    unit->slots.assign(slots.begin(), slots.end());
    return unit;
  }

 private:
  std::vector<Value> Record(ast::ExprId id, int32_t record) {
    const internal::RecordInfo& r = p_.records[record];
    std::vector<Value> slots(r.fields.size(), Value::Unknown());
    for (const ast::RecordField& f : E(id).fields) {
      int32_t index = r.Find(f.name.text);
      if (index >= 0) slots[index] = Literal(f.value, r.fields[index].type);
    }
    return slots;
  }

  Value Literal(ast::ExprId id, internal::Type type) {
    const ast::Expr& e = E(id);
    switch (e.kind) {
      case ast::ExprKind::kInt:
      case ast::ExprKind::kDecimal:
      case ast::ExprKind::kPercent:
      case ast::ExprKind::kMoney: return Value::Number(e.number);
      case ast::ExprKind::kDate: return Value::Date(e.date);
      case ast::ExprKind::kBool: return Value::Bool(e.boolean);
      case ast::ExprKind::kText: return unit_->StoreText(e.text);
      case ast::ExprKind::kUnary: {
        auto n = internal::Fixed::Sub(internal::Fixed(), E(e.lhs).number);
        return n ? Value::Number(*n) : Value::Error();
      }
      case ast::ExprKind::kName:
        return type.kind == internal::Type::kEnum
                   ? Value::Enum(p_.enums[type.index].Find(e.text))
                   : Value::Error();
      case ast::ExprKind::kList: {
        unit_->lists.emplace_back();
        internal::ListData& list = unit_->lists.back();
        list.record = type.index;
        list.width = static_cast<int32_t>(p_.records[type.index].fields.size());
        for (ast::ExprId item : e.items) {
          std::vector<Value> slots = Record(item, type.index);
          list.cells.insert(list.cells.end(), slots.begin(), slots.end());
        }
        return Value::List(&list);
      }
      case ast::ExprKind::kRecord: return internal::KeyedLiteral(
          e, type, *unit_, [&](ast::ExprId v, internal::Type t) { return Literal(v, t); });
      default: return Value::Error();
    }
  }

  const ast::Expr& E(ast::ExprId id) const {
    return p_.module.exprs[static_cast<size_t>(id)];
  }

  const internal::Program& p_;
  internal::UnitData* unit_ = nullptr;
};

Verdict FromAst(ast::Verdict v) {
  switch (v) {
    case ast::Verdict::kEligible: return Verdict::kEligible;
    case ast::Verdict::kNotEligible: return Verdict::kNotEligible;
    case ast::Verdict::kUndetermined: return Verdict::kUndetermined;
  }
  return Verdict::kUndetermined;
}

const char* TargetStatusName(Verdict v, Language language) {
  bool vi = language == Language::kVietnamese;
  switch (v) {
    case Verdict::kEligible: return vi ? "đạt" : "achieved";
    case Verdict::kNotEligible: return vi ? "không đạt" : "not achieved";
    default: return vi ? "chưa xác định" : "undetermined";
  }
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "-" : out;
}

// Runs one test: its units are built once; a selection per award and the
// targets are computed on first use.
class TestRun {
 public:
  TestRun(std::shared_ptr<const RuleSet> rules, const internal::TestInfo& test,
          Language language)
      : rules_(std::move(rules)),
        test_(test),
        language_(language),
        options_(Options(test)),
        evaluator_(rules_, options_) {
    TestUnitBuilder builder(rules_->program());
    std::vector<std::shared_ptr<internal::UnitData>> built;
    for (const auto& g : test.givens) built.push_back(builder.Build(g.kind, g.unit));
    // The givens are a population: units within units are linked as when
    // data are read, and a parent that cannot be linked fails the test.
    for (internal::LinkProblem& problem :
         internal::LinkUnits(P(), built, language_)) {
      link_failures_.push_back(TestFailure{
          "parent (" + test.givens[problem.unit].id + ")", Vi() ? "liên kết được" : "linked",
          std::move(problem.message), ""});
    }
    for (auto& unit : built) units_.emplace_back(std::move(unit));
  }

  const std::vector<TestFailure>& link_failures() const { return link_failures_; }
  Date as_of() const { return evaluator_.as_of(); }

  std::optional<TestFailure> Check(const internal::TestInfo::Expect& x) {
    using Kind = ast::Expectation::Kind;
    switch (x.kind) {
      case Kind::kVerdict: return CheckVerdict(x);
      case Kind::kSelects: return CheckSelects(x);
      case Kind::kLeavesOut: return CheckLeavesOut(x);
      case Kind::kTarget: return CheckTarget(x);
    }
    return std::nullopt;
  }

 private:
  // `as of DATE` in the test, or the plan's default day.
  static EvaluateOptions Options(const internal::TestInfo& test) {
    EvaluateOptions options;
    if (test.has_as_of) options.as_of = internal::DateOf(test.as_of);
    return options;
  }

  const internal::Program& P() const { return rules_->program(); }
  bool Vi() const { return language_ == Language::kVietnamese; }

  // "criterion" alone when the test gives one unit, else "criterion (ID)".
  std::string About(const std::string& name, int32_t unit) const {
    if (test_.givens.size() == 1 || unit < 0) return name;
    return name + " (" + test_.givens[unit].id + ")";
  }

  std::optional<TestFailure> CheckVerdict(const internal::TestInfo::Expect& x) {
    const Unit& unit = units_[x.unit];
    Verdict expected = FromAst(x.verdict);
    Verdict actual = evaluator_.Evaluate(unit, x.index);
    if (actual == expected) return std::nullopt;
    return TestFailure{About(P().criteria[x.index].name, x.unit),
                       VerdictName(expected, language_), VerdictName(actual, language_),
                       FormatExplanation(evaluator_.Explain(unit, x.index, language_))};
  }

  const absl::StatusOr<Selection>& Select(int32_t award) {
    auto it = selections_.find(award);
    if (it == selections_.end()) {
      SelectOptions options;
      options.year = test_.year;
      options.language = language_;
      options.as_of = options_.as_of;
      it = selections_.emplace(award, SelectAward(rules_, P().awards[award].name, units_, options))
               .first;
    }
    return it->second;
  }

  std::optional<TestFailure> CheckSelects(const internal::TestInfo::Expect& x) {
    const std::string& award = P().awards[x.index].name;
    const auto& selection = Select(x.index);
    if (!selection.ok()) {
      return TestFailure{award, JoinIds(x.ids), std::string(selection.status().message()), ""};
    }
    std::vector<std::string> chosen;
    std::string why;
    for (const SelectionEntry& e : selection->entries) {
      const std::string& id = test_.givens[e.unit].id;
      bool expected = std::find(x.ids.begin(), x.ids.end(), id) != x.ids.end();
      if (e.selected) chosen.push_back(id);
      if (e.selected == expected) continue;
      // The outcome in the words of the test syntax, then the reason unless
      // it already begins with them.
      std::string outcome = OutcomeName(e.outcome, language_);
      why += id + ": " + outcome;
      if (!e.reason.empty() && !e.reason.starts_with(outcome)) why += " — " + e.reason;
      why += "\n";
    }
    if (why.empty()) return std::nullopt;
    std::vector<std::string> expected = x.ids;
    std::sort(expected.begin(), expected.end());
    std::sort(chosen.begin(), chosen.end());
    return TestFailure{award, JoinIds(expected), JoinIds(chosen), why};
  }

  std::optional<TestFailure> CheckLeavesOut(const internal::TestInfo::Expect& x) {
    const std::string& award = P().awards[x.index].name;
    std::string subject = award + " (" + test_.givens[x.unit].id + ")";
    std::string expected =
        x.reason.empty() ? (Vi() ? "không được chọn" : "left out") : OutcomeName(x.reason, language_);
    const auto& selection = Select(x.index);
    if (!selection.ok()) {
      return TestFailure{subject, expected, std::string(selection.status().message()), ""};
    }
    const SelectionEntry& e = selection->entries[x.unit];
    bool ok = !e.selected && (x.reason.empty() || x.reason == e.outcome);
    if (ok) return std::nullopt;
    return TestFailure{subject, expected, OutcomeName(e.outcome, language_), e.reason};
  }

  std::optional<TestFailure> CheckTarget(const internal::TestInfo::Expect& x) {
    if (!targets_) targets_ = EvaluateTargets(rules_, units_, language_, options_);
    const TargetReport& t = (*targets_)[x.index];
    Verdict expected = FromAst(x.verdict);
    if (t.verdict == expected) return std::nullopt;
    std::string why = (Vi() ? "giá trị " : "value ") + t.value + (Vi() ? ", mục tiêu " : ", goal ") +
                      t.bound;
    if (!t.gap.empty()) why += ", " + t.gap;
    why += Vi() ? " (" + std::to_string(t.matching) + "/" + std::to_string(t.units) + " đơn vị " +
                      t.kind + ")"
                : " (" + std::to_string(t.matching) + " of " + std::to_string(t.units) + " " +
                      t.kind + ")";
    return TestFailure{t.name, TargetStatusName(expected, language_),
                       TargetStatusName(t.verdict, language_), why};
  }

  std::shared_ptr<const RuleSet> rules_;
  const internal::TestInfo& test_;
  Language language_;
  EvaluateOptions options_;
  Evaluator evaluator_;
  std::vector<Unit> units_;
  std::vector<TestFailure> link_failures_;
  std::map<int32_t, absl::StatusOr<Selection>> selections_;
  std::optional<std::vector<TargetReport>> targets_;
};

}  // namespace

std::vector<TestResult> RunTests(std::shared_ptr<const RuleSet> rules, Language language) {
  const internal::Program& p = rules->program();
  std::vector<TestResult> results;
  for (const internal::TestInfo& test : p.tests) {
    TestResult r;
    r.title = test.title;
    const internal::SourceFile& file = p.sources->file(test.span.file);
    r.path = file.path();
    r.line = file.Locate(test.span.begin).line;
    r.expectations = static_cast<int>(test.expectations.size());
    TestRun run(rules, test, language);
    r.failures = run.link_failures();
    r.as_of = run.as_of();
    for (const auto& x : test.expectations) {
      if (auto failure = run.Check(x)) r.failures.push_back(std::move(*failure));
    }
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace thidua
