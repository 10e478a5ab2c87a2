// Runs a rule file's `test` blocks: builds each given unit from its literal
// values and compares the verdicts with the expectations.
#include "api/ruleset_data.hpp"
#include "eval/history.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

using internal::Value;
namespace ast = internal::ast;

class TestUnitBuilder {
 public:
  explicit TestUnitBuilder(const internal::Program& p) : p_(p) {}

  std::shared_ptr<const internal::UnitData> Build(const internal::TestInfo& test) {
    auto unit = std::make_shared<internal::UnitData>();
    unit->kind = test.kind;
    unit_ = unit.get();
    unit->slots = Record(test.unit, p_.units[test.kind].record);
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

}  // namespace

std::vector<TestResult> RunTests(std::shared_ptr<const RuleSet> rules, Language language) {
  const internal::Program& p = rules->program();
  std::vector<TestResult> results;
  Evaluator evaluator(rules);
  TestUnitBuilder builder(p);
  for (const internal::TestInfo& test : p.tests) {
    TestResult r;
    r.title = test.title;
    const internal::SourceFile& file = p.sources->file(test.span.file);
    r.path = file.path();
    r.line = file.Locate(test.span.begin).line;
    r.expectations = static_cast<int>(test.expectations.size());
    if (test.kind < 0) {
      results.push_back(std::move(r));
      continue;
    }
    Unit unit(builder.Build(test));
    for (const auto& x : test.expectations) {
      Verdict expected = FromAst(x.verdict);
      Verdict actual = evaluator.Evaluate(unit, x.criterion);
      if (actual != expected) {
        r.failures.push_back({p.criteria[x.criterion].name, expected, actual,
                              FormatExplanation(evaluator.Explain(unit, x.criterion, language))});
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace thidua
