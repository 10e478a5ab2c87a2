#include "syntax/print.hpp"

#include "syntax/literals.hpp"

namespace thidua::internal {
namespace {

using ast::ExprKind;
using ast::Op;

// Binding strength, loosest first, as in the grammar.
int Precedence(const ast::Expr& e) {
  switch (e.kind) {
    case ExprKind::kBinary:
      switch (e.op) {
        case Op::kOr: return 1;
        case Op::kAnd: return 2;
        case Op::kAdd: case Op::kSub: return 5;
        case Op::kMul: case Op::kDiv: return 6;
        default: return 4;  // comparisons
      }
    case ExprKind::kIn: case ExprKind::kInList: case ExprKind::kOnTime: return 4;
    case ExprKind::kUnary: return e.op == Op::kNot ? 3 : 7;
    case ExprKind::kIf: case ExprKind::kQuant: return 0;  // extend right
    default: return 9;
  }
}

// Money as a literal the parser reads back: "300 triệu", "1,5 tỷ", or
// "299_999_999 đồng" (FormatMoney's "299.999.999" would read as a decimal).
std::string MoneySource(Fixed amount) {
  std::string pretty = FormatMoney(amount);
  if (!pretty.ends_with(" đồng")) return pretty;
  std::string digits = amount.ToString(), grouped;
  size_t start = digits[0] == '-' ? 1 : 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > start && (digits.size() - i) % 3 == 0) grouped.push_back('_');
    grouped.push_back(digits[i]);
  }
  return grouped + " đồng";
}

class Printer {
 public:
  explicit Printer(const ast::File& m) : m_(m) {}

  std::string Print(ast::ExprId id) const {
    const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
    switch (e.kind) {
      case ExprKind::kInt:
      case ExprKind::kDecimal: return e.number.ToString();
      case ExprKind::kPercent: {
        auto pct = Fixed::Mul(e.number, Fixed::FromInt(100));
        return (pct ? pct->ToString() : e.number.ToString()) + "%";
      }
      case ExprKind::kMoney: return MoneySource(e.number);
      case ExprKind::kDate: return FormatVietnameseDate(e.date);
      case ExprKind::kBool: return e.boolean ? "true" : "false";
      case ExprKind::kText: return Quote(e.text);
      case ExprKind::kName: return e.text;
      case ExprKind::kMember: return Operand(e.lhs, 9) + "." + e.text;
      case ExprKind::kIndex:
        return Operand(e.lhs, 9) + "[" + Print(e.rhs) + "]";
      case ExprKind::kOnTime:
        return Operand(e.lhs, 5) + " on time for " + e.text + " in " +
               Operand(e.rhs, 5);
      case ExprKind::kUnary:
        return e.op == Op::kNot ? "not " + Operand(e.lhs, 4)
                                : "-" + Operand(e.lhs, 8);
      case ExprKind::kBinary: {
        int p = Precedence(e);
        bool comparison = p == 4;
        // Comparisons do not chain, so both sides need a tighter operand.
        return Operand(e.lhs, comparison ? p + 1 : p) + " " +
               OpSpelling(e.op) + " " + Operand(e.rhs, p + 1);
      }
      case ExprKind::kIn: {
        std::string out = Operand(e.lhs, 5) + (e.op == Op::kNe ? " not in {" : " in {");
        for (size_t i = 0; i < e.items.size(); ++i) {
          out += (i ? ", " : "") + Print(e.items[i]);
        }
        return out + "}";
      }
      case ExprKind::kInList:
        return Operand(e.lhs, 5) + (e.op == Op::kNe ? " not in " : " in ") + e.text;
      case ExprKind::kIf:
        return "if " + Print(e.lhs) + " then " + Print(e.rhs) + " else " +
               Print(e.third);
      case ExprKind::kQuant: {
        static constexpr const char* kWords[] = {"any", "all", "count", "sum", "share"};
        std::string out = std::string(kWords[static_cast<int>(e.quant)]) + " " +
                          e.text + " in " + Operand(e.lhs, 9);
        if (e.rhs != ast::kNoExpr) out += " where " + Print(e.rhs);
        if (e.third != ast::kNoExpr) out += " of " + Print(e.third);
        return out;
      }
      case ExprKind::kList: {
        std::string out = "[";
        for (size_t i = 0; i < e.items.size(); ++i) {
          out += (i ? ", " : "") + Print(e.items[i]);
        }
        return out + "]";
      }
      case ExprKind::kRecord: {
        std::string out = "{";
        for (size_t i = 0; i < e.fields.size(); ++i) {
          out += (i ? ", " : " ") + RecordKey(e.fields[i].name.text) + ": " +
                 Print(e.fields[i].value);
        }
        return out + (e.fields.empty() ? "}" : " }");
      }
    }
    return "?";
  }

 private:
  // Prints `id`, in parentheses when it binds looser than `min`.
  std::string Operand(ast::ExprId id, int min) const {
    const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
    std::string s = Print(id);
    return Precedence(e) < min ? "(" + s + ")" : s;
  }

  const ast::File& m_;
};

}  // namespace

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') { out += "\\n"; continue; }
    if (c == '\t') { out += "\\t"; continue; }
    out.push_back(c);
  }
  return out + "\"";
}

std::string RecordKey(const std::string& key) {
  bool quoted = !key.empty() && key[0] >= '0' && key[0] <= '9' &&
                key.find_first_not_of("0123456789") != std::string::npos;
  return quoted ? Quote(key) : key;
}

const char* OpSpelling(Op op) {
  switch (op) {
    case Op::kAnd: return "and";
    case Op::kOr: return "or";
    case Op::kNot: return "not";
    case Op::kNeg: return "-";
    case Op::kEq: return "=";
    case Op::kNe: return "!=";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kNone: return "";
  }
  return "?";
}

std::string PrintExpr(const ast::File& module, ast::ExprId id) {
  return Printer(module).Print(id);
}

}  // namespace thidua::internal
