#include "compile/flatten.hpp"

#include <algorithm>
#include <vector>

namespace thidua::internal {
namespace {

class Flattener {
 public:
  explicit Flattener(CompiledProgram* code) : code_(*code) {}

  void Run() {
    code_.flat.assign(code_.rules.size(), FlatRule{});
    code_.flat_tests.clear();
    code_.flat_choices.clear();
    // A rule another refers to keeps its memo: evaluated twice for one unit
    // it would count its list elements twice against the cost limit.
    std::vector<bool> referenced(code_.rules.size(), false);
    for (const Node& n : code_.nodes) {
      if (n.op == Node::kRule && static_cast<size_t>(n.slot) < referenced.size()) referenced[n.slot] = true;
    }
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
      flat.direct = !referenced[r] && std::none_of(
          code_.flat_tests.begin() + flat.begin, code_.flat_tests.end(), [](const FlatTest& t) {
            return t.kind == FlatTest::kNode || t.kind == FlatTest::kFieldRule ||
                   t.kind == FlatTest::kRuleRef;
          });
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

  FlatTest Test(int32_t index) {
    const Node& n = code_.nodes[index];
    FlatTest t;
    t.ref = index;  // kNode unless a fused form fits below
    switch (n.op) {
      case Node::kCompare: {
        const Node& a = code_.nodes[n.a];
        const Node& b = code_.nodes[n.b];
        if (a.op != Node::kField) break;
        if (b.op == Node::kConst) {
          if (EnumTest(n, &t.slot, &t.mask, &t.negate)) {
            t.kind = FlatTest::kEnumIn;
            break;
          }
          t = {.kind = FlatTest::kFieldConst, .cmp = n.sub, .slot = a.slot, .constant = b.constant};
          if (b.constant.tag == Value::kNumber && Ordered(n.sub)) t.kind = Narrowed(FlatTest::kNumEq, n.sub);
        } else if (b.op == Node::kRule) {
          t = {.kind = FlatTest::kFieldRule, .cmp = n.sub, .slot = a.slot, .ref = b.slot, .constant = {}};
          if (Ordered(n.sub)) Select(b.slot, &t);
        }
        break;
      }
      case Node::kIn:
        if (EnumTest(n, &t.slot, &t.mask, &t.negate)) t.kind = FlatTest::kEnumIn;
        break;
      case Node::kField:
        if (n.type.kind == Type::kBool) t = {.kind = FlatTest::kBoolField, .slot = n.slot, .constant = {}};
        break;
      case Node::kRule:
        t = {.kind = FlatTest::kRuleRef, .ref = n.slot, .constant = {}};
        break;
      case Node::kAny: {
        if (n.b < 0 || code_.nodes[n.a].op != Node::kField) break;
        const Node& body = code_.nodes[n.b];
        if (body.op != Node::kCompare) break;
        const Node& x = code_.nodes[body.a];
        const Node& k = code_.nodes[body.b];
        if (x.op != Node::kVarField || x.var != n.var || k.op != Node::kConst) break;
        t = {.kind = FlatTest::kAnyConst, .cmp = body.sub, .var = n.var,
             .slot = code_.nodes[n.a].slot, .item = x.slot, .constant = k.constant};
        break;
      }
      default: break;
    }
    return t;
  }

  static bool Ordered(ast::Op op) { return op >= ast::Op::kEq && op <= ast::Op::kGe; }
  // The kind for comparison `op` in a row of six that starts at kEq's.
  static FlatTest::Kind Narrowed(FlatTest::Kind eq, ast::Op op) {
    return static_cast<FlatTest::Kind>(eq + (static_cast<int>(op) - static_cast<int>(ast::Op::kEq)));
  }

  // `field in {…}`, `field not in {…}`, `field = member`, `field != member`
  // on an enum field whose members in the test are ordinals below 64: one
  // bit test. Logic and Compared give the same on such a field (an unknown
  // or error operand decides; else membership).
  bool EnumTest(const Node& n, int32_t* slot, uint64_t* mask, bool* negate) const {
    if (n.a < 0 || code_.nodes[n.a].op != Node::kField) return false;
    const Node& field = code_.nodes[n.a];
    if (field.type.kind != Type::kEnum) return false;
    const Value* members = nullptr;
    int32_t count = 0;
    if (n.op == Node::kIn) {
      members = code_.set_pool.data() + n.slot;
      count = n.count;
    } else if (n.op == Node::kCompare && (n.sub == ast::Op::kEq || n.sub == ast::Op::kNe) &&
               code_.nodes[n.b].op == Node::kConst) {
      members = &code_.nodes[n.b].constant;
      count = 1;
    } else {
      return false;
    }
    uint64_t bits = 0;
    for (int32_t i = 0; i < count; ++i) {
      if (members[i].tag != Value::kEnum || members[i].i < 0 || members[i].i >= 64) return false;
      bits |= uint64_t{1} << members[i].i;
    }
    *slot = field.slot;
    *mask = bits;
    *negate = n.sub == ast::Op::kNe;
    return true;
  }

  // A test against param `rule` whose value is a constant chosen by enum
  // tests (`= 300 triệu except region in {…}: 200 triệu`) becomes a kSel
  // test: the choice runs in the fused loop, not in the rule machinery. A
  // dated param, or one whose branches are not of that shape, stays a
  // kFieldRule.
  void Select(int32_t rule, FlatTest* t) {
    const RuleCode& param = code_.rules[rule];
    if (param.criterion || !param.versions.empty() || param.exceptions.empty() ||
        param.base < 0 || code_.nodes[param.base].op != Node::kConst) {
      return;
    }
    std::vector<FlatChoice> choices;
    for (const auto& [cond, value] : param.exceptions) {
      FlatChoice c;
      if (code_.nodes[value].op != Node::kConst ||
          !EnumTest(code_.nodes[cond], &c.slot, &c.mask, &c.negate)) {
        return;
      }
      c.value = code_.nodes[value].constant;
      choices.push_back(c);
    }
    t->kind = Narrowed(FlatTest::kSelEq, t->cmp);
    t->item = static_cast<int32_t>(code_.flat_choices.size());
    t->count = static_cast<int32_t>(choices.size());
    t->constant = code_.nodes[param.base].constant;
    code_.flat_choices.insert(code_.flat_choices.end(), choices.begin(), choices.end());
  }

  CompiledProgram& code_;
};

}  // namespace

void Flatten(CompiledProgram* code) { Flattener(code).Run(); }

}  // namespace thidua::internal
