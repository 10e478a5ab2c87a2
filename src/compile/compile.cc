#include "compile/compile.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "absl/container/flat_hash_map.h"

#include "compile/flatten.hpp"
#include "eval/evaluator.hpp"

namespace thidua::internal {
namespace {

using ast::ExprKind;

class Compiler {
 public:
  explicit Compiler(const Program& p) : p_(p), folder_(out_) {
    for (size_t i = 0; i < p.params.size(); ++i) {
      param_index_[p.params[i].name] = static_cast<int32_t>(i);
    }
    for (size_t i = 0; i < p.criteria.size(); ++i) {
      criterion_index_[p.criteria[i].name] = static_cast<int32_t>(i);
    }
  }

  CompiledProgram Run() {
    out_.schedules = p_.schedules;
    for (const RuleInfo& list : p_.lists) {
      ListCode code;
      for (int32_t v = 0; v < std::max(1, list.version_count()); ++v) {
        ListCode::InForce f;
        f.version = v;
        if (list.dated) {
          f.from = list.Version(v).from;
          f.until = list.Version(v).until;
        }
        code.versions.push_back(f);
      }
      std::sort(code.versions.begin(), code.versions.end(),
                [](const auto& a, const auto& b) { return a.from < b.from; });
      out_.lists.push_back(std::move(code));
    }
    if (p_.has_period) out_.default_as_of = p_.period_to;
    out_.criterion_code.assign(p_.units.size(),
                               std::vector<int32_t>(p_.criteria.size(), -1));
    // Reserve every (criterion, kind) first: criteria may refer to each
    // other in any order.
    std::vector<int32_t> pending;
    for (size_t c = 0; c < p_.criteria.size(); ++c) {
      for (int32_t kind : p_.criteria[c].kinds) {
        out_.criterion_code[kind][c] = NewRule(true, static_cast<int32_t>(c), kind);
        pending.push_back(out_.criterion_code[kind][c]);
      }
    }
    for (int32_t r : pending) Fill(r);
    for (const AwardInfo& award : p_.awards) {
      std::vector<CompiledGroup> groups;
      for (const AwardGroupInfo& g : award.groups) {
        CompiledGroup c;
        c.condition = ExprRule(g.condition, g.kind);
        if (g.has_ratio) c.ratio_condition = ExprRule(g.ratio_condition, g.kind);
        for (ast::ExprId item : award.dossier) c.dossier.push_back(ExprRule(item, g.kind));
        const RecordInfo& r = p_.records[p_.units[g.kind].record];
        for (const DeadlineInfo& d : award.deadlines) c.deadline_slots.push_back(r.Find(d.field));
        groups.push_back(std::move(c));
      }
      out_.awards.push_back(std::move(groups));
    }
    for (const TargetInfo& t : p_.targets) {
      out_.target_where.push_back(t.where == ast::kNoExpr ? -1 : ExprRule(t.where, t.kind));
    }
    return std::move(out_);
  }

 private:
  int32_t NewRule(bool criterion, int32_t decl, int32_t kind) {
    RuleCode code;
    code.criterion = criterion;
    code.decl = decl;
    code.kind = kind;
    if (decl >= 0 && Info(criterion, decl).dated) code.version = -1;
    out_.rules.push_back(std::move(code));
    return static_cast<int32_t>(out_.rules.size() - 1);
  }

  const RuleInfo& Info(bool criterion, int32_t decl) const {
    return criterion ? p_.criteria[decl] : p_.params[decl];
  }

  void Fill(int32_t r) {
    const RuleCode& code = out_.rules[r];
    const RuleInfo& decl = Info(code.criterion, code.decl);
    int32_t kind = code.kind;
    if (code.version < 0) {  // a dated rule: one rule per version
      bool criterion = code.criterion;
      int32_t index = code.decl;
      std::vector<RuleCode::InForce> versions;
      for (int32_t v = 0; v < decl.version_count(); ++v) {
        int32_t vr = NewRule(criterion, index, kind);
        out_.rules[vr].version = v;
        Fill(vr);
        versions.push_back({decl.Version(v).from, decl.Version(v).until, vr});
      }
      std::sort(versions.begin(), versions.end(),
                [](const auto& a, const auto& b) { return a.from < b.from; });
      out_.rules[r].versions = std::move(versions);
      return;
    }
    const RuleInfo& info = decl.Version(code.version);
    int32_t base = Compile(info.value, kind);
    std::vector<std::pair<int32_t, int32_t>> exceptions;
    for (const ExceptionInfo& e : info.exceptions) {
      int32_t cond = Compile(e.condition, kind);
      exceptions.emplace_back(cond, Compile(e.value, kind));
    }
    out_.rules[r].base = base;
    out_.rules[r].exceptions = std::move(exceptions);
  }

  // A bare condition (of an award or a target) as a rule of its own.
  int32_t ExprRule(ast::ExprId id, int32_t kind) {
    int32_t r = NewRule(false, -1, kind);
    int32_t base = Compile(id, kind);
    out_.rules[r].base = base;
    return r;
  }

  // The rule of param `param` for `kind` (-1 for a constant), compiled once.
  int32_t ParamRule(int32_t param, int32_t kind) {
    if (p_.params[param].kinds.empty()) kind = -1;
    auto key = std::make_pair(param, kind);
    if (auto it = param_rules_.find(key); it != param_rules_.end()) return it->second;
    int32_t r = NewRule(false, param, kind);
    param_rules_[key] = r;
    Fill(r);
    return r;
  }

  int32_t Emit(Node n) {
    out_.nodes.push_back(n);
    return static_cast<int32_t>(out_.nodes.size() - 1);
  }

  Node Make(Node::Op op, ast::ExprId id) {
    Node n;
    n.op = op;
    n.expr = id;
    n.type = p_.types[static_cast<size_t>(id)];
    return n;
  }

  bool IsConst(int32_t node) const {
    return node < 0 || out_.nodes[node].op == Node::kConst;
  }

  // Replaces a node whose operands are all constants by its value.
  int32_t Fold(int32_t node) {
    const Node& n = out_.nodes[node];
    if (n.op == Node::kConst || n.op == Node::kField ||
        n.op == Node::kVarField || n.op >= Node::kAny) {
      return node;
    }
    if (!IsConst(n.a) || !IsConst(n.b) || !IsConst(n.c)) return node;
    folder_.Reset(nullptr);
    Value v = folder_.EvalNode(node);
    if (!v.known()) return node;  // keep errors for the run-time report
    Node& folded = out_.nodes[node];
    folded.op = Node::kConst;
    folded.constant = v;
    return node;
  }

  // A roll-up element's criterion (`c.commune_meets_iv_1_3`) is not a value
  // stored in the element: it is evaluated on the unit within, as of the
  // day of the evaluation that reads it (docs/time-and-hierarchy.md).
  void RollupCriterion(int32_t record, Node* n) const {
    for (const RollupInfo& r : p_.rollups) {
      if (r.record != record || n->slot < r.width) continue;
      n->op = Node::kChildRule;
      n->slot = r.criteria[static_cast<size_t>(n->slot - r.width)];
      return;
    }
  }

  int32_t Constant(Value v, ast::ExprId id) {
    Node n = Make(Node::kConst, id);
    n.constant = v;
    return Emit(n);
  }

  int32_t Compile(ast::ExprId id, int32_t kind) {
    const ast::Expr& e = p_.module.exprs[static_cast<size_t>(id)];
    switch (e.kind) {
      case ExprKind::kInt:
      case ExprKind::kDecimal:
      case ExprKind::kPercent:
      case ExprKind::kMoney: return Constant(Value::Number(e.number), id);
      case ExprKind::kDate: return Constant(Value::Date(e.date), id);
      case ExprKind::kBool: return Constant(Value::Bool(e.boolean), id);
      case ExprKind::kText:
        out_.texts.push_back(e.text);
        return Constant(Value::Text(out_.texts.back()), id);
      case ExprKind::kName: return CompileName(id, e, kind);
      case ExprKind::kMember: {
        // Only a quantifier variable has fields (the checker made sure).
        const ast::Expr& base = p_.module.exprs[static_cast<size_t>(e.lhs)];
        Node n = Make(Node::kVarField, id);
        n.var = static_cast<uint8_t>(VarDepth(base.text));
        n.slot = p_.refs[static_cast<size_t>(id)].index;
        RollupCriterion(p_.refs[static_cast<size_t>(id)].owner, &n);
        return Emit(n);
      }
      case ExprKind::kUnary: {
        Node n = Make(e.op == ast::Op::kNot ? Node::kNot : Node::kNeg, id);
        n.a = Compile(e.lhs, kind);
        return Fold(Emit(n));
      }
      case ExprKind::kBinary: {
        Node::Op op = e.op == ast::Op::kAnd  ? Node::kAnd
                      : e.op == ast::Op::kOr ? Node::kOr
                      : (e.op >= ast::Op::kEq && e.op <= ast::Op::kGe)
                          ? Node::kCompare
                          : Node::kArith;
        Node n = Make(op, id);
        n.sub = e.op;
        n.a = Compile(e.lhs, kind);
        n.b = Compile(e.rhs, kind);
        return Fold(Emit(n));
      }
      case ExprKind::kIn: {
        Node n = Make(Node::kIn, id);
        n.sub = e.op;
        n.a = Compile(e.lhs, kind);
        std::vector<Value> items;
        for (ast::ExprId item : e.items) {
          int32_t c = Compile(item, kind);
          items.push_back(out_.nodes[c].constant);  // set elements are constant
        }
        n.slot = static_cast<int32_t>(out_.set_pool.size());
        n.count = static_cast<int32_t>(items.size());
        out_.set_pool.insert(out_.set_pool.end(), items.begin(), items.end());
        return Fold(Emit(n));
      }
      case ExprKind::kInList: {  // never folded: the members are an input
        Node n = Make(Node::kInList, id);
        n.sub = e.op;
        n.a = Compile(e.lhs, kind);
        n.slot = p_.refs[static_cast<size_t>(id)].index;
        return Emit(n);
      }
      case ExprKind::kIf: {
        Node n = Make(Node::kIf, id);
        n.a = Compile(e.lhs, kind);
        n.b = Compile(e.rhs, kind);
        n.c = Compile(e.third, kind);
        return Fold(Emit(n));
      }
      case ExprKind::kQuant: {
        static constexpr Node::Op kOps[] = {Node::kAny, Node::kAll,
                                            Node::kCount, Node::kSum, Node::kShare};
        Node n = Make(kOps[static_cast<int>(e.quant)], id);
        n.a = Compile(e.lhs, kind);
        n.var = static_cast<uint8_t>(vars_.size());
        vars_.push_back(e.text);
        out_.max_vars = std::max<int>(out_.max_vars, static_cast<int>(vars_.size()));
        if (e.rhs != ast::kNoExpr) n.b = Compile(e.rhs, kind);
        if (e.third != ast::kNoExpr) n.c = Compile(e.third, kind);
        vars_.pop_back();
        return Emit(n);
      }
      case ExprKind::kIndex: {
        Node n = Make(Node::kIndex, id);
        n.a = Compile(e.lhs, kind);
        n.b = Compile(e.rhs, kind);
        return Emit(n);
      }
      case ExprKind::kOnTime: {
        Node n = Make(Node::kOnTime, id);
        n.a = Compile(e.lhs, kind);
        n.b = Compile(e.rhs, kind);
        n.slot = p_.refs[static_cast<size_t>(id)].index;
        return Emit(n);
      }
      case ExprKind::kList:
      case ExprKind::kRecord:
        break;  // test values only; never compiled as expressions
    }
    return Constant(Value::Error(), id);
  }

  int VarDepth(const std::string& name) const {
    for (size_t i = vars_.size(); i-- > 0;) {
      if (vars_[i] == name) return static_cast<int>(i);
    }
    return 0;
  }

  int32_t CompileName(ast::ExprId id, const ast::Expr& e, int32_t kind) {
    for (size_t i = vars_.size(); i-- > 0;) {
      if (vars_[i] == e.text) {  // a bare variable is never used as a value
        return Constant(Value::Error(), id);
      }
    }
    if (kind >= 0) {
      int32_t f = p_.records[p_.units[kind].record].Find(e.text);
      if (f >= 0) {
        Node n = Make(Node::kField, id);
        n.slot = f;
        n.type = p_.records[p_.units[kind].record].fields[f].type;
        return Emit(n);
      }
    }
    if (auto it = param_index_.find(e.text); it != param_index_.end()) {
      int32_t param = it->second;
      int32_t r = ParamRule(param, kind);
      Node n = Make(Node::kRule, id);
      n.slot = r;
      n.type = p_.params[param].type;
      // A constant: fold it now, unless it changes with the as-of date.
      if (p_.params[param].kinds.empty() && !p_.params[param].dated) {
        folder_.Reset(nullptr);
        Value v = folder_.EvalRule(r);
        if (v.known()) {
          n.op = Node::kConst;
          n.constant = v;
        }
      }
      return Emit(n);
    }
    if (auto it = criterion_index_.find(e.text); it != criterion_index_.end()) {
      int32_t c = it->second;
      Node n = Make(Node::kRule, id);
      n.slot = out_.criterion_code[kind][c];
      n.type = Type::Of(Type::kBool);
      return Emit(n);
    }
    const NameRef& ref = p_.refs[static_cast<size_t>(id)];
    Node n = Make(Node::kConst, id);
    n.constant = ref.kind == NameRef::kEnumMember ? Value::Enum(ref.index)
                                                  : Value::Error();
    return Emit(n);
  }

  const Program& p_;
  CompiledProgram out_;
  std::map<std::pair<int32_t, int32_t>, int32_t> param_rules_;
  std::vector<std::string> vars_;
  absl::flat_hash_map<std::string, int32_t> param_index_, criterion_index_;
  Evaluator folder_;  // folds constants with the evaluator's own semantics
};

}  // namespace

CompiledProgram CompileProgram(const Program& program) {
  CompiledProgram code = Compiler(program).Run();
  Flatten(&code);
  return code;
}

}  // namespace thidua::internal

