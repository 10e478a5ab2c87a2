#include "compile/flatten.hpp"

namespace thidua::internal {
namespace {

class Flattener {
 public:
  explicit Flattener(CompiledProgram* code) : code_(*code) {}

  void Run() {
    code_.flat.assign(code_.rules.size(), FlatRule{});
    code_.flat_tests.clear();
    for (size_t r = 0; r < code_.rules.size(); ++r) {
      const RuleCode& rule = code_.rules[r];
      // Dated rules and rules with exceptions keep the tree: their branch
      // logic is the rule machinery's, not a condition's.
      if (!rule.versions.empty() || !rule.exceptions.empty() || rule.base < 0) continue;
      const Node& base = code_.nodes[rule.base];
      if (base.op != Node::kAnd && base.op != Node::kOr && base.op != Node::kCompare &&
          base.op != Node::kAny) {
        continue;
      }
      FlatRule flat;
      flat.begin = static_cast<int32_t>(code_.flat_tests.size());
      flat.any_of = base.op == Node::kOr;
      // `(a and b) and c` and `a and (b and c)` are one run a, b, c: Kleene
      // `and` gives the same value and evaluates the same operands in the
      // same order, stopping at the first false (docs/performance.md).
      Collect(rule.base, base.op == Node::kOr ? Node::kOr : Node::kAnd);
      flat.count = static_cast<int32_t>(code_.flat_tests.size()) - flat.begin;
      code_.flat[r] = flat;
    }
  }

 private:
  void Collect(int32_t index, Node::Op join) {
    const Node& n = code_.nodes[index];
    if (n.op == join) {
      Collect(n.a, join);
      Collect(n.b, join);
      return;
    }
    code_.flat_tests.push_back(Test(index));
  }

  FlatTest Test(int32_t index) const {
    const Node& n = code_.nodes[index];
    FlatTest t;
    t.ref = index;  // kNode unless a fused form fits below
    switch (n.op) {
      case Node::kCompare: {
        const Node& a = code_.nodes[n.a];
        const Node& b = code_.nodes[n.b];
        if (a.op != Node::kField) break;
        if (b.op == Node::kConst) {
          t = {FlatTest::kFieldConst, n.sub, 0, a.slot, -1, -1, b.constant};
        } else if (b.op == Node::kRule) {
          t = {FlatTest::kFieldRule, n.sub, 0, a.slot, -1, b.slot, Value()};
        }
        break;
      }
      case Node::kField:
        if (n.type.kind == Type::kBool) t = {FlatTest::kBoolField, ast::Op::kNone, 0, n.slot, -1, -1, Value()};
        break;
      case Node::kRule:
        t = {FlatTest::kRuleRef, ast::Op::kNone, 0, -1, -1, n.slot, Value()};
        break;
      case Node::kAny: {
        if (n.b < 0 || code_.nodes[n.a].op != Node::kField) break;
        const Node& body = code_.nodes[n.b];
        if (body.op != Node::kCompare) break;
        const Node& x = code_.nodes[body.a];
        const Node& k = code_.nodes[body.b];
        if (x.op != Node::kVarField || x.var != n.var || k.op != Node::kConst) break;
        t = {FlatTest::kAnyConst, body.sub, n.var, code_.nodes[n.a].slot, x.slot, -1, k.constant};
        break;
      }
      default: break;
    }
    return t;
  }

  CompiledProgram& code_;
};

}  // namespace

void Flatten(CompiledProgram* code) { Flattener(code).Run(); }

}  // namespace thidua::internal
