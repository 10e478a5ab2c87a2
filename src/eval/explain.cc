#include "eval/explain.hpp"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "base/json_text.hpp"
#include "base/messages.hpp"
#include "base/periods.hpp"
#include "eval/history.hpp"
#include "eval/ops.hpp"
#include "syntax/literals.hpp"
#include "syntax/print.hpp"

namespace thidua {

const char* VerdictName(Verdict verdict, Language language) {
  const bool vi = language == Language::kVietnamese;
  switch (verdict) {
    case Verdict::kEligible: return vi ? "đủ điều kiện" : "eligible";
    case Verdict::kNotEligible: return vi ? "không đủ điều kiện" : "not eligible";
    case Verdict::kUndetermined: return vi ? "chưa xác định" : "undetermined";
    case Verdict::kNotApplicable: return vi ? "không áp dụng" : "not applicable";
  }
  return "?";
}

const char* VerdictId(Verdict verdict) {
  switch (verdict) {
    case Verdict::kEligible: return "eligible";
    case Verdict::kNotEligible: return "not_eligible";
    case Verdict::kUndetermined: return "undetermined";
    case Verdict::kNotApplicable: return "not_applicable";
  }
  return "?";
}

namespace {

void AppendText(const Explanation& e, int depth, std::string* out) {
  out->append(static_cast<size_t>(depth) * 2, ' ');
  const char* mark = e.status == "eligible" || e.status == "true"      ? "✓ "
                     : e.status == "not_eligible" || e.status == "false" ? "✗ "
                     : e.status.empty()                                   ? "- "
                                                                          : "? ";
  absl::StrAppend(out, mark, e.text);
  if (!e.outcome.empty()) absl::StrAppend(out, " → ", e.outcome);
  if (!e.source.empty()) absl::StrAppend(out, " [", e.source, "]");
  out->push_back('\n');
  for (const Explanation& c : e.children) AppendText(c, depth + 1, out);
}

void AppendJson(const Explanation& e, std::string* out) {
  using internal::JsonString;
  absl::StrAppend(out, "{\"kind\": ", JsonString(e.kind),
                  ", \"text\": ", JsonString(e.text),
                  ", \"outcome\": ", JsonString(e.outcome),
                  ", \"status\": ", JsonString(e.status));
  if (!e.source.empty()) absl::StrAppend(out, ", \"source\": ", JsonString(e.source));
  out->append(", \"children\": [");
  for (size_t i = 0; i < e.children.size(); ++i) {
    if (i > 0) out->append(", ");
    AppendJson(e.children[i], out);
  }
  out->append("]}");
}

}  // namespace

std::string FormatExplanation(const Explanation& explanation,
                              DiagnosticFormat format) {
  std::string out;
  if (format == DiagnosticFormat::kJson) {
    AppendJson(explanation, &out);
    out.push_back('\n');
  } else {
    AppendText(explanation, 0, &out);
  }
  return out;
}

namespace internal {
namespace {

const char* ComparisonSymbol(ast::Op op) {
  switch (op) {
    case ast::Op::kEq: return "=";
    case ast::Op::kNe: return "≠";
    case ast::Op::kLt: return "<";
    case ast::Op::kLe: return "≤";
    case ast::Op::kGt: return ">";
    case ast::Op::kGe: return "≥";
    default: return OpSpelling(op);
  }
}

class Explainer {
 public:
  Explainer(const Program& p, const CompiledProgram& code, const Trace& trace,
            int32_t as_of, Language language, const ListMembers* lists)
      : p_(p), code_(code), trace_(trace), as_of_(as_of), language_(language),
        lists_(lists) {}

  Explanation Rule(int32_t index, int depth) {
    const RuleCode& rule = code_.rules[index];
    if (rule.version < 0) return Dated(index, depth);
    const RuleInfo& decl = rule.criterion ? p_.criteria[rule.decl] : p_.params[rule.decl];
    const RuleInfo& info = decl.Version(rule.version);
    Explanation e;
    Value v = RuleValue(index);
    if (rule.criterion) {
      e.kind = "criterion";
      e.text = info.label == info.name ? info.name : info.name + ": " + info.label;
      Verdict verdict = IsTrue(v) ? Verdict::kEligible
                        : IsFalse(v) ? Verdict::kNotEligible
                                     : Verdict::kUndetermined;
      e.outcome = VerdictName(verdict, language_);
      e.status = VerdictId(verdict);
      e.source = info.source;
    } else {
      e.kind = "param";
      e.text = info.label.empty() ? info.name : info.name + " (" + info.label + ")";
      e.outcome = Format(v, info.type);
      e.status = Status(v);
      e.source = info.source;
    }
    if (depth == 0 && !info.dated && InstrumentOf(info) >= 0) {
      Explanation in;
      in.kind = "instrument";
      in.text = Vi("quy định tại ", "set by ") + Instrument(InstrumentOf(info));
      e.children.push_back(std::move(in));
    }
    if (depth > 8) return e;  // deep chains of criteria: the top is enough
    int32_t branch = trace_.branch[index];
    int32_t chosen = rule.base;
    if (!rule.exceptions.empty()) {
      Explanation b;
      b.kind = "exception";
      if (branch >= 0) {
        const auto& [cond, value] = rule.exceptions[branch];
        chosen = value;
        b.text = Vi("ngoại lệ ", "exception ") + std::to_string(branch + 1) +
                 Vi(" được áp dụng: ", " applies: ") + Text(cond);
        b.status = "true";
        b.children.push_back(Condition(cond, depth));
      } else if (branch == -1) {
        b.text = Vi("không ngoại lệ nào áp dụng; dùng quy định chung",
                    "no exception applies; the base rule decides");
        b.status = "";
        for (const auto& [cond, value] : rule.exceptions) {
          if (Seen(cond)) b.children.push_back(Condition(cond, depth));
        }
      } else {
        b.text = Vi("chưa biết ngoại lệ nào áp dụng, và các khả năng cho kết quả khác nhau",
                    "it is not known which exception applies, and the outcomes differ");
        b.status = "unknown";
        for (const auto& [cond, value] : rule.exceptions) {
          if (Seen(cond)) b.children.push_back(Condition(cond, depth));
        }
        chosen = -1;
      }
      e.children.push_back(std::move(b));
    }
    if (chosen >= 0) {
      e.children.push_back(Condition(chosen, depth));
    } else {
      if (Seen(rule.base)) e.children.push_back(Condition(rule.base, depth));
      for (const auto& [cond, value] : rule.exceptions) {
        if (Seen(value)) e.children.push_back(Condition(value, depth));
      }
    }
    return e;
  }

  Explanation Condition(int32_t index, int depth) {
    const internal::Node& n = code_.nodes[index];
    Explanation e;
    Value v = trace_.values[index];
    e.outcome = Format(v, n.type);
    e.status = Status(v);
    switch (n.op) {
      case Node::kRule:
        return Rule(n.slot, depth + 1);
      case Node::kAnd:
      case Node::kOr: {
        e.kind = n.op == Node::kAnd ? "all" : "any";
        e.text = n.op == Node::kAnd ? Vi("tất cả các điều kiện", "all of")
                                    : Vi("một trong các điều kiện", "any of");
        std::vector<int32_t> parts;
        Flatten(index, n.op, &parts);
        for (int32_t part : parts) {
          if (Seen(part)) e.children.push_back(Condition(part, depth));
        }
        size_t skipped = parts.size() - e.children.size();
        if (skipped > 0) {
          Explanation s;
          s.kind = "value";
          s.text = std::to_string(skipped) +
                   Vi(" điều kiện khác không cần xét", " other condition(s) not needed");
          e.children.push_back(std::move(s));
        }
        return e;
      }
      case Node::kNot:
        e.kind = "not";
        e.text = Vi("không phải", "not");
        e.children.push_back(Condition(n.a, depth));
        return e;
      case Node::kCompare:
        e.kind = "compare";
        e.text = Side(n.a) + " " + ComparisonSymbol(n.sub) + " " + Side(n.b);
        YearValues(index, &e);
        Versions(n.a, &e);
        Versions(n.b, &e);
        SideUnits(n.a, &e);
        SideUnits(n.b, &e);
        return e;
      case Node::kIndex:
        e.kind = "value";
        e.text = Text(index);
        YearValues(index, &e);
        return e;
      case Node::kOnTime:
        e.kind = "schedule";
        e.text = Text(index);
        Periods(n, &e);
        return e;
      case Node::kIn:
        e.kind = "compare";
        e.text = Side(n.a) + (n.sub == ast::Op::kNe ? Vi(" không thuộc ", " not in ")
                                                    : Vi(" thuộc ", " in ")) +
                 SetText(n);
        return e;
      case Node::kInList: {
        const RuleInfo& list = p_.lists[static_cast<size_t>(n.slot)];
        e.kind = "compare";
        e.text = Side(n.a) + (n.sub == ast::Op::kNe ? Vi(" không thuộc ", " not in ")
                                                    : Vi(" thuộc ", " in ")) +
                 list.name + (list.label == list.name ? "" : " (" + list.label + ")");
        e.children.push_back(ListNote(n.slot));
        return e;
      }
      case Node::kAny:
      case Node::kAll:
      case Node::kCount:
      case Node::kSum:
      case Node::kShare: {
        e.kind = "quantifier";
        e.text = Text(index);
        const std::vector<Value>& items = trace_.items[index];
        const internal::Node& list = code_.nodes[n.a];
        Value lv = trace_.values[n.a];
        if (lv.tag != Value::kList) {
          Explanation m;
          m.kind = "value";
          m.text = Text(n.a);
          m.outcome = Format(lv, list.type);
          m.status = Status(lv);
          e.children.push_back(std::move(m));
          return e;
        }
        size_t matched = 0;
        for (Value w : items) matched += IsTrue(w);
        Explanation m;
        m.kind = "value";
        m.text = Vi("số phần tử thỏa điều kiện: ", "elements matching: ") +
                 std::to_string(matched) + "/" + std::to_string(lv.list->size());
        e.children.push_back(std::move(m));
        NotReached(items.size(), lv.list->size(), &e);
        Units(*lv.list, items, &e);
        return e;
      }
      case Node::kField:
      case Node::kVarField:
        e.kind = "value";
        e.text = FieldText(n);
        return e;
      default:
        e.kind = "value";
        e.text = Text(index);
        return e;
    }
  }

 private:
  std::string Vi(const char* vi, const char* en) const {
    return language_ == Language::kVietnamese ? vi : en;
  }
  bool Seen(int32_t node) const { return node >= 0 && trace_.seen[node] != 0; }

  // ---- effective dates (docs/time-and-hierarchy.md)

  int32_t InstrumentOf(const RuleInfo& r) const {
    return r.instrument >= 0 ? r.instrument : p_.plan_instrument;
  }

  // "12/QĐ-UBND ngày 20/12/2023 của UBND tỉnh Bình Phước"
  std::string Instrument(int32_t i) const {
    const InstrumentInfo& in = p_.instruments[i];
    std::string out = in.number.empty() ? in.name : in.number;
    if (in.has_date) out += Vi(" ngày ", " of ") + FormatVietnameseDate(in.date);
    if (!in.issuer.empty()) out += Vi(" của ", ", ") + in.issuer;
    return out;
  }

  // "từ 1/1/2024 đến 31/12/2025, theo 12/QĐ-UBND … [Điều 1]"
  std::string InForce(const RuleInfo& v) const {
    std::string out = Vi("từ ", "from ") + FormatVietnameseDate(v.from);
    if (v.has_until) out += Vi(" đến ", " until ") + FormatVietnameseDate(v.until);
    if (InstrumentOf(v) >= 0) out += Vi(", theo ", ", set by ") + Instrument(InstrumentOf(v));
    if (!v.source.empty()) out += " [" + v.source + "]";  // the clause
    return out;
  }

  // A dated rule: the version in force on the as-of day, explained as
  // itself, or the gap no version covers.
  Explanation Dated(int32_t index, int depth) {
    const RuleCode& rule = code_.rules[index];
    const RuleInfo& decl = rule.criterion ? p_.criteria[rule.decl] : p_.params[rule.decl];
    int32_t branch = trace_.branch[index];
    if (branch >= 0) {
      Explanation e = Rule(rule.versions[branch].rule, depth);
      e.children.insert(e.children.begin(), VersionNote(index));
      return e;
    }
    Explanation e;
    e.kind = rule.criterion ? "criterion" : "param";
    e.text = decl.label.empty() || decl.label == decl.name ? decl.name
             : rule.criterion ? decl.name + ": " + decl.label
                              : decl.name + " (" + decl.label + ")";
    e.outcome = rule.criterion ? VerdictName(Verdict::kUndetermined, language_)
                               : Format(Value::Unknown(), decl.type);
    e.status = rule.criterion ? VerdictId(Verdict::kUndetermined) : "unknown";
    e.source = decl.source;
    e.children.push_back(VersionNote(index));
    return e;
  }

  // Which version of dated rule `index` was in force, with its instrument;
  // or the gap, with every version there is.
  Explanation VersionNote(int32_t index) const {
    const RuleCode& rule = code_.rules[index];
    const RuleInfo& decl = rule.criterion ? p_.criteria[rule.decl] : p_.params[rule.decl];
    int32_t branch = trace_.branch[index];
    Explanation in;
    in.kind = "version";
    if (branch >= 0) {
      in.text = Vi("phiên bản có hiệu lực ngày ", "version in force on ") +
                FormatVietnameseDate(as_of_) + ": " +
                InForce(decl.Version(code_.rules[rule.versions[branch].rule].version));
      in.status = "true";
      return in;
    }
    in.status = "unknown";
    if (as_of_ == kNoDate) {
      in.text = Vi("không có ngày áp dụng, và kế hoạch không ghi thời kỳ: không chọn được phiên bản nào của ",
                   "no as-of date is given and the plan has no period: no version of ") +
                decl.name + Vi("", " can be chosen");
    } else {
      in.text = Vi("không có phiên bản nào của ", "no version of ") + decl.name +
                Vi(" có hiệu lực ngày ", " is in force on ") + FormatVietnameseDate(as_of_) +
                ": " + Gap(rule.versions);
    }
    for (const RuleCode::InForce& v : rule.versions) {
      Explanation x;
      x.kind = "version";
      x.text = InForce(decl.Version(code_.rules[v.rule].version));
      in.children.push_back(std::move(x));
    }
    return in;
  }

  // Which version of membership list `index` was read, with the instrument
  // that sets it; or why none was: not given, or a day no version covers.
  Explanation ListNote(int32_t index) const {
    const RuleInfo& list = p_.lists[static_cast<size_t>(index)];
    const ListCode& code = code_.lists[static_cast<size_t>(index)];
    Explanation in;
    in.kind = "version";
    bool given = lists_ != nullptr && static_cast<size_t>(index) < lists_->given.size() &&
                 lists_->given[index] != 0;
    int32_t at = code.At(as_of_);
    if (!given) {
      in.status = "unknown";
      in.text = Vi("chưa có danh sách ", "the members of ") + list.name +
                Vi(" (thidua eval --list ", " were not given (thidua eval --list ") +
                list.name + Vi("=TỆP)", "=FILE)");
    } else if (at >= 0) {
      const RuleInfo& v = list.Version(code.versions[at].version);
      size_t members = lists_->versions[index][code.versions[at].version].ids.size();
      in.status = "true";
      in.text = (list.dated ? Vi("danh sách có hiệu lực ngày ", "list in force on ") +
                                  FormatVietnameseDate(as_of_) + ": " + InForce(v)
                            : Vi("danh sách", "list") +
                                  (InstrumentOf(v) >= 0 ? Vi(" theo ", " set by ") +
                                                              Instrument(InstrumentOf(v))
                                                        : std::string()) +
                                  (v.source.empty() ? "" : " [" + v.source + "]")) +
                ", " + std::to_string(members) + Vi(" đơn vị", " unit(s)");
    } else {
      in.status = "unknown";
      in.text = as_of_ == kNoDate
                    ? Vi("không có ngày áp dụng, và kế hoạch không ghi thời kỳ: không chọn được phiên bản nào của ",
                         "no as-of date is given and the plan has no period: no version of ") +
                          list.name + Vi("", " can be chosen")
                    : Vi("không có phiên bản nào của danh sách ", "no version of list ") +
                          list.name + Vi(" có hiệu lực ngày ", " is in force on ") +
                          FormatVietnameseDate(as_of_) + ": " + Gap(code.versions);
      for (int32_t v = 0; v < std::max(1, list.version_count()); ++v) {
        Explanation x;
        x.kind = "version";
        x.text = InForce(list.Version(v));
        in.children.push_back(std::move(x));
      }
    }
    return in;
  }

  // A dated param compared or used in a condition shows the version it took.
  void Versions(int32_t node, Explanation* e) const {
    if (node < 0) return;
    const internal::Node& n = code_.nodes[node];
    if (n.op == Node::kRule && !code_.rules[n.slot].criterion &&
        code_.rules[n.slot].version < 0 && Seen(node)) {
      e->children.push_back(VersionNote(n.slot));
    }
  }

  // Where the as-of day falls among the versions (sorted by `from`).
  template <class Versions>
  std::string Gap(const Versions& v) const {
    if (as_of_ < v.front().from) {
      return Vi("phiên bản đầu tiên có hiệu lực từ ", "the first version is in force from ") +
             FormatVietnameseDate(v.front().from);
    }
    for (size_t i = 0; i + 1 < v.size(); ++i) {
      if (v[i].until < as_of_ && as_of_ < v[i + 1].from) {
        return Vi("khoảng trống từ ", "a gap from ") + FormatVietnameseDate(v[i].until + 1) +
               Vi(" đến ", " to ") + FormatVietnameseDate(v[i + 1].from - 1);
      }
    }
    return Vi("phiên bản cuối cùng hết hiệu lực ngày ", "the last version ended on ") +
           FormatVietnameseDate(v.back().until);
  }

  // A roll-up compared, as in `(share c in commune where …) >= 40%`: the
  // units it counted.
  void SideUnits(int32_t node, Explanation* e) const {
    const internal::Node& q = code_.nodes[node];
    if (q.op < Node::kAny || q.op > Node::kShare || !Seen(q.a)) return;
    Value lv = trace_.values[q.a];
    if (lv.tag != Value::kList) return;
    NotReached(trace_.items[node].size(), lv.list->size(), e);
    Units(*lv.list, trace_.items[node], e);
  }

  // Elements of a list a quantifier never reached because the cost limit
  // stopped it: said so, for undetermined would blame the data.
  void NotReached(size_t reached, size_t total, Explanation* e) const {
    if (!trace_.cost_limit || reached >= total) return;
    Explanation limit;
    limit.kind = "limit";
    limit.status = "undetermined";
    limit.outcome = Held(Value::Unknown());
    limit.text = FormatMessage(language_, Msg::kExplainCostLimit,
                               {std::to_string(total - reached), std::to_string(total),
                                std::to_string(code_.max_steps)});
    e->children.push_back(std::move(limit));
  }

  // Over the units within a unit (a roll-up): how many held, failed and are
  // undetermined, then each of them with its id, name and outcome, so that
  // an official sees which communes held even where one failing decided an
  // `all` (the traced evaluation walks them all, Evaluator::TraceRest).
  void Units(const ListData& list, const std::vector<Value>& items, Explanation* e) const {
    const RecordInfo& record = p_.records[static_cast<size_t>(list.record)];
    if (record.rollup_kind < 0) return;
    size_t held = 0, failed = 0;
    for (Value w : items) held += IsTrue(w), failed += IsFalse(w);
    // Those the cost limit left unreached are not undetermined (NotReached).
    size_t reached = trace_.cost_limit ? std::min(items.size(), list.size()) : list.size();
    Explanation tally;
    tally.kind = "value";
    const UnitInfo& kind = p_.units[static_cast<size_t>(record.rollup_kind)];
    tally.text = (kind.label.empty() ? kind.name : kind.label) + ": " +
                 std::to_string(held) + " " + Held(Value::Bool(true)) + ", " +
                 std::to_string(failed) + " " + Held(Value::Bool(false)) + ", " +
                 std::to_string(reached - held - failed) + " " + Held(Value::Unknown()) +
                 Vi(" (trên tổng số ", " (of ") + std::to_string(list.size()) + ")";
    e->children.push_back(std::move(tally));
    int32_t name = record.Find("name");
    constexpr size_t kShown = 50;  // an explanation stays readable
    size_t shown = 0, left = 0;
    for (size_t i = 0; i < items.size() && i < list.size(); ++i) {
      Value w = items[i];
      if (shown == kShown) {
        ++left;
        continue;
      }
      ++shown;
      const Value* cells = list.element(i);
      Explanation u;
      u.kind = "unit";
      u.text = std::string(cells[0].tag == Value::kText ? cells[0].text() : "?");
      if (name >= 0 && cells[name].tag == Value::kText) {
        u.text += " " + std::string(cells[name].text());
      }
      u.status = Status(w);
      u.outcome = Held(w);
      e->children.push_back(std::move(u));
    }
    if (left > 0) {
      Explanation more;
      more.kind = "value";
      more.text = Vi("… và ", "… and ") + std::to_string(left) + Vi(" đơn vị khác", " more");
      e->children.push_back(std::move(more));
    }
  }

  // A unit within's outcome: the condition over it held, failed, or could
  // not be decided (a missing value, an error).
  std::string Held(Value w) const {
    return IsTrue(w) ? Vi("đạt", "held")
           : IsFalse(w) ? Vi("không đạt", "failed")
                        : Vi("chưa xác định", "undetermined");
  }

  Value RuleValue(int32_t rule) const {
    // A rule's value is the value of the node it took; recompute from trace.
    const RuleCode& r = code_.rules[rule];
    int32_t branch = trace_.branch[rule];
    if (branch >= 0) return trace_.values[r.exceptions[branch].second];
    if (branch == -1) return trace_.values[r.base];
    return Value::Unknown();
  }

  std::string Status(Value v) const {
    switch (v.tag) {
      case Value::kUnknown: return "unknown";
      case Value::kError: return "error";
      case Value::kBool: return v.b ? "true" : "false";
      default: return "";
    }
  }

  std::string Format(Value v, Type t) const {
    // Once the cost limit stopped a quantifier, an error may be its doing.
    if (v.tag == Value::kError && trace_.cost_limit) {
      return Vi("lỗi (chạm giới hạn chi phí, tràn số hoặc chia cho 0)",
                "error (the cost limit, an overflow or a division by zero)");
    }
    return FormatValue(p_, v, t, language_);
  }

  std::string Text(int32_t node) const {
    ast::ExprId expr = code_.nodes[node].expr;
    return expr == ast::kNoExpr ? "?" : PrintExpr(p_.module, expr);
  }

  // A side of a comparison: a constant shows as its value; anything else as
  // its text and, in parentheses, the value it had.
  std::string Side(int32_t node) const {
    const internal::Node& n = code_.nodes[node];
    std::string value = Format(trace_.values[node], n.type);
    if (n.op == Node::kConst) return Format(n.constant, n.type);
    std::string text = Text(node);
    if (n.op >= Node::kAny && n.op <= Node::kShare) text = "(" + text + ")";
    return text + " (" + value + ")";
  }

  std::string SetText(const internal::Node& n) const {
    std::string out = "{";
    const internal::Node& lhs = code_.nodes[n.a];
    for (int32_t i = 0; i < n.count; ++i) {
      if (i > 0) out += ", ";
      Value item = code_.set_pool[n.slot + i];
      out += item.tag == Value::kEnum ? p_.enums[lhs.type.index].members[item.i]
                                      : Format(item, lhs.type);
    }
    return out + "}";
  }

  std::string FieldText(const internal::Node& n) const {
    std::string text = PrintExpr(p_.module, n.expr);
    return text;
  }

  // Each value by year read under `index`, as `criteria_met[2022] = 13`.
  void YearValues(int32_t index, Explanation* e) const {
    std::vector<int32_t> found;
    FindIndexNodes(index, &found);
    for (int32_t i : found) {
      const internal::Node& n = code_.nodes[i];
      Value year = trace_.values[n.b];
      Value v = trace_.values[i];
      Explanation c;
      c.kind = "value";
      std::string base = Text(n.a);
      auto whole = year.tag == Value::kNumber ? year.number().ToInt64() : std::nullopt;
      std::string y = whole && year.number().IsInteger() ? std::to_string(*whole) : "?";
      c.text = base + "[" + y + "] = " + Format(v, n.type);
      if (!v.known() && trace_.values[n.a].tag == Value::kList && year.known()) {
        c.text += Vi(" (không có số liệu năm ", " (no value for ") + y + ")";
      }
      c.status = Status(v);
      e->children.push_back(std::move(c));
    }
  }

  void FindIndexNodes(int32_t index, std::vector<int32_t>* out) const {
    if (index < 0 || !Seen(index)) return;
    const internal::Node& n = code_.nodes[index];
    if (n.op == Node::kIndex) {
      out->push_back(index);
      return;
    }
    if (n.op == Node::kRule || n.op == Node::kConst || n.op >= Node::kAny) return;
    FindIndexNodes(n.a, out);
    FindIndexNodes(n.b, out);
    FindIndexNodes(n.c, out);
  }

  // The periods of a schedule a unit reported late or not at all.
  void Periods(const internal::Node& n, Explanation* e) const {
    const ScheduleInfo& schedule = code_.schedules[static_cast<size_t>(n.slot)];
    Value dates = trace_.values[n.a];
    Value year = trace_.values[n.b];
    Explanation head;
    head.kind = "value";
    head.text = schedule.label + (schedule.source.empty() ? "" : " [" + schedule.source + "]");
    e->children.push_back(std::move(head));
    // Periods only for a year the evaluator also checks (kMinYear–kMaxYear):
    // outside it the verdict is an error, shown with the values below.
    auto whole_year = year.known() ? year.number().ToInt64() : std::nullopt;
    if (dates.tag != Value::kList || !whole_year || *whole_year < kMinYear ||
        *whole_year > kMaxYear) {
      for (int32_t side : {n.a, n.b}) {
        Explanation m;
        m.kind = "value";
        m.text = Text(side);
        m.outcome = Format(trace_.values[side], code_.nodes[side].type);
        m.status = Status(trace_.values[side]);
        e->children.push_back(std::move(m));
      }
      return;
    }
    auto checks = CheckPeriods(schedule, *dates.list, static_cast<int32_t>(*whole_year));
    size_t on_time = 0;
    for (const PeriodCheck& c : checks) on_time += c.on_time();
    Explanation count;
    count.kind = "value";
    count.text = Vi("số kỳ báo cáo đúng hạn: ", "periods reported on time: ") +
                 std::to_string(on_time) + "/" + std::to_string(checks.size());
    e->children.push_back(std::move(count));
    for (const PeriodCheck& c : checks) {
      if (c.on_time()) continue;
      Explanation m;
      m.kind = "value";
      std::string due = FormatVietnameseDate(c.due);
      m.text = PeriodKeyText(c.period) + ": " +
               (c.submitted ? Vi("gửi ", "sent ") + FormatVietnameseDate(c.date) +
                                  Vi(", sau hạn ", ", after the due day ") + due
                            : Vi("chưa gửi báo cáo (hạn ", "no report (due ") + due + ")");
      m.status = "false";
      e->children.push_back(std::move(m));
    }
  }

  void Flatten(int32_t index, Node::Op op, std::vector<int32_t>* out) const {
    const internal::Node& n = code_.nodes[index];
    if (n.op != op) {
      out->push_back(index);
      return;
    }
    Flatten(n.a, op, out);
    Flatten(n.b, op, out);
  }

  const Program& p_;
  const CompiledProgram& code_;
  const Trace& trace_;
  int32_t as_of_;
  Language language_;
  const ListMembers* lists_;  // may be null: no list given
};

}  // namespace

std::string FormatValue(const Program& program, Value value, Type type,
                        Language language) {
  const bool vi = language == Language::kVietnamese;
  switch (value.tag) {
    case Value::kUnknown: return vi ? "thiếu dữ liệu" : "missing";
    case Value::kError:
      return vi ? "lỗi (tràn số hoặc chia cho 0)"
                : "error (overflow or division by zero)";
    case Value::kBool:
      return value.b ? (vi ? "đúng" : "true") : (vi ? "sai" : "false");
    case Value::kNumber:
      switch (type.kind) {
        case Type::kMoney: return FormatMoney(value.number());
        case Type::kPercent: return FormatPercent(value.number());
        default:
          return vi ? value.number().ToVietnamese() : value.number().ToString();
      }
    case Value::kDate: return FormatVietnameseDate(value.i);
    case Value::kEnum: {
      if (type.kind != Type::kEnum) return std::to_string(value.i);
      const EnumInfo& e = program.enums[type.index];
      const std::string& name = e.members[value.i];
      const std::string& label = e.member_labels[value.i];
      return label == name ? name : name + " — " + label;
    }
    case Value::kText: return "\"" + std::string(value.text()) + "\"";
    case Value::kList: {
      if (type.kind != Type::kByYear && type.kind != Type::kByPeriod) {
        return std::to_string(value.list->size()) + (vi ? " mục" : " item(s)");
      }
      // "2020: 13; 2023: 15", as in a CSV cell
      std::string out;
      const ListData& data = *value.list;
      Type element = type.kind == Type::kByYear ? type.Element() : Type::Of(Type::kDate);
      for (size_t i = 0; i < data.size(); ++i) {
        const Value* row = data.element(i);
        int32_t key = static_cast<int32_t>(row[0].number().ToInt64().value_or(0));
        if (i > 0) out += "; ";
        out += (type.kind == Type::kByYear ? std::to_string(key) : PeriodKeyText(key)) +
               ": " + FormatValue(program, row[1], element, language);
      }
      return out.empty() ? (vi ? "(trống)" : "(none)") : out;
    }
  }
  return "?";
}

Explanation ExplainRule(const Program& program, const CompiledProgram& code,
                        const Trace& trace, int32_t rule, int32_t as_of,
                        Language language, const ListMembers* lists) {
  return Explainer(program, code, trace, as_of, language, lists).Rule(rule, 0);
}

}  // namespace internal
}  // namespace thidua
