#include "check/types.hpp"

#include "check/program.hpp"

namespace thidua::internal {

std::string TypeName(const Program& program, Type t, Language language) {
  const bool vi = language == Language::kVietnamese;
  switch (t.kind) {
    case Type::kError: return vi ? "(lỗi)" : "(error)";
    case Type::kBool: return vi ? "đúng/sai" : "bool";
    case Type::kInt: return vi ? "số nguyên" : "int";
    case Type::kDecimal: return vi ? "số thập phân" : "decimal";
    case Type::kMoney: return vi ? "tiền" : "money";
    case Type::kPercent: return vi ? "tỷ lệ phần trăm" : "percent";
    case Type::kText: return vi ? "văn bản" : "text";
    case Type::kDate: return vi ? "ngày" : "date";
    case Type::kEnum:
      return (vi ? "kiểu liệt kê " : "enum ") + program.enums[t.index].name;
    case Type::kList:
      return (vi ? "danh sách " : "list ") + program.records[t.index].name;
    case Type::kRecord:
      return (vi ? "bản ghi " : "record ") + program.records[t.index].name;
    case Type::kByYear:
      return TypeName(program, t.Element(), language) + (vi ? " theo năm" : " by year");
    case Type::kByPeriod:
      return vi ? "ngày theo kỳ báo cáo" : "date by period";
  }
  return "?";
}

std::optional<Type> ArithmeticResult(ast::Op op, Type a, Type b) {
  using K = Type::Kind;
  if (a.is_error() || b.is_error()) return Type{};
  if (op == ast::Op::kSub && a.kind == K::kDate && b.kind == K::kDate) {
    return Type::Of(K::kInt);  // days between
  }
  if (!a.is_numeric() || !b.is_numeric()) return std::nullopt;
  auto plain = [](K k) { return k == K::kInt || k == K::kDecimal; };
  switch (op) {
    case ast::Op::kAdd:
    case ast::Op::kSub:
      if (a.kind == b.kind) return a;
      if (plain(a.kind) && plain(b.kind)) return Type::Of(K::kDecimal);
      if ((a.kind == K::kPercent && plain(b.kind)) ||
          (b.kind == K::kPercent && plain(a.kind))) {
        return Type::Of(K::kDecimal);
      }
      return std::nullopt;
    case ast::Op::kMul:
      if (a.kind == K::kMoney && b.kind == K::kMoney) return std::nullopt;
      if (a.kind == K::kMoney || b.kind == K::kMoney) return Type::Of(K::kMoney);
      if (a.kind == K::kInt && b.kind == K::kInt) return Type::Of(K::kInt);
      if (a.kind == K::kPercent && b.kind == K::kPercent) {
        return Type::Of(K::kPercent);
      }
      return Type::Of(K::kDecimal);
    case ast::Op::kDiv:
      if (a.kind == K::kMoney) {
        return b.kind == K::kMoney ? Type::Of(K::kDecimal) : Type::Of(K::kMoney);
      }
      if (b.kind == K::kMoney) return std::nullopt;
      return Type::Of(K::kDecimal);
    default:
      return std::nullopt;
  }
}

Comparable CanCompare(const Program& program, ast::Op op, Type a, Type b) {
  using K = Type::Kind;
  if (a.is_error() || b.is_error()) return Comparable::kYes;
  bool ordering = op != ast::Op::kEq && op != ast::Op::kNe;
  if (a.is_numeric() && b.is_numeric()) {
    if ((a.kind == K::kMoney) != (b.kind == K::kMoney)) {
      return Comparable::kMoneyWithNumber;
    }
    return Comparable::kYes;  // int, decimal and percent compare exactly
  }
  if (!(a == b)) return Comparable::kNo;
  switch (a.kind) {
    case K::kBool:
    case K::kText:
      return ordering ? Comparable::kNo : Comparable::kYes;
    case K::kDate:
      return Comparable::kYes;
    case K::kEnum:
      if (ordering && !program.enums[a.index].ordered) {
        return Comparable::kUnorderedEnum;
      }
      return Comparable::kYes;
    default:
      return Comparable::kNo;
  }
}

bool Assignable(Type from, Type to) {
  if (from.is_error() || to.is_error()) return true;
  if (from == to) return true;
  if (from.kind == Type::kInt &&
      (to.kind == Type::kDecimal || to.kind == Type::kPercent)) {
    return true;
  }
  return from.kind == Type::kDecimal && to.kind == Type::kPercent;
}

int32_t Program::FindUnit(std::string_view name) const {
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t Program::FindCriterion(std::string_view name) const {
  for (size_t i = 0; i < criteria.size(); ++i) {
    if (criteria[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t Program::FindList(std::string_view name) const {
  for (size_t i = 0; i < lists.size(); ++i) {
    if (lists[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t Program::FindParam(std::string_view name) const {
  for (size_t i = 0; i < params.size(); ++i) {
    if (params[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t Program::FindEnum(std::string_view name) const {
  for (size_t i = 0; i < enums.size(); ++i) {
    if (enums[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

int32_t Program::FindAward(std::string_view name) const {
  for (size_t i = 0; i < awards.size(); ++i) {
    if (awards[i].name == name) return static_cast<int32_t>(i);
  }
  return -1;
}

}  // namespace thidua::internal
