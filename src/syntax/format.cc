#include "syntax/format.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "syntax/comments.hpp"
#include "syntax/literals.hpp"
#include "syntax/print.hpp"

namespace thidua::internal {
namespace {

constexpr size_t kWidth = 100;  // in characters: longer bodies and test values wrap

std::string TypeText(const ast::TypeRef& t) {
  switch (t.kind) {
    case ast::TypeRef::kBool: return "bool";
    case ast::TypeRef::kAssessed: return "assessed";
    case ast::TypeRef::kInt: return "int";
    case ast::TypeRef::kDecimal: return "decimal";
    case ast::TypeRef::kMoney: return "money";
    case ast::TypeRef::kPercent: return "percent";
    case ast::TypeRef::kText: return "text";
    case ast::TypeRef::kDate: return "date";
    case ast::TypeRef::kNamed: return t.name.text;
    case ast::TypeRef::kList: return "list of";
  }
  return "?";
}

std::string Names(const std::vector<ast::Name>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i].text;
  return out;
}

class Formatter {
 public:
  Formatter(const SourceFile& source, const ast::File& module, uint32_t file)
      : src_(source), m_(module), file_(file), comments_(FindComments(source.text())) {}

  std::string Run() {
    struct Decl {
      uint32_t offset;
      int kind;
      size_t index;
    };
    std::vector<Decl> decls;
    auto add = [&](Span span, int kind, size_t i) {
      if (span.file == file_) decls.push_back({span.begin, kind, i});
    };
    for (size_t i = 0; i < m_.plans.size(); ++i) add(m_.plans[i].name.span, 0, i);
    for (size_t i = 0; i < m_.imports.size(); ++i) add(m_.imports[i].span, 1, i);
    for (size_t i = 0; i < m_.enums.size(); ++i) add(m_.enums[i].name.span, 2, i);
    for (size_t i = 0; i < m_.units.size(); ++i) add(m_.units[i].name.span, 3, i);
    for (size_t i = 0; i < m_.params.size(); ++i) add(m_.params[i].name.span, 4, i);
    for (size_t i = 0; i < m_.criteria.size(); ++i) add(m_.criteria[i].name.span, 5, i);
    for (size_t i = 0; i < m_.tests.size(); ++i) add(m_.tests[i].span, 6, i);
    for (size_t i = 0; i < m_.awards.size(); ++i) add(m_.awards[i].name.span, 7, i);
    for (size_t i = 0; i < m_.targets.size(); ++i) add(m_.targets[i].name.span, 8, i);
    for (size_t i = 0; i < m_.schedules.size(); ++i) add(m_.schedules[i].name.span, 9, i);
    for (size_t i = 0; i < m_.instruments.size(); ++i) add(m_.instruments[i].name.span, 10, i);
    for (size_t i = 0; i < m_.lists.size(); ++i) add(m_.lists[i].name.span, 11, i);
    std::sort(decls.begin(), decls.end(),
              [](const Decl& a, const Decl& b) { return a.offset < b.offset; });
    for (const Decl& d : decls) {
      // One blank line between declarations (and before their comments).
      if (!out_.empty()) out_ += "\n";
      switch (d.kind) {
        case 0: Plan(m_.plans[d.index]); break;
        case 1: Import(m_.imports[d.index]); break;
        case 2: Enum(m_.enums[d.index]); break;
        case 3: Unit(m_.units[d.index]); break;
        case 4: Param(m_.params[d.index]); break;
        case 5: Criterion(m_.criteria[d.index]); break;
        case 6: Test(m_.tests[d.index]); break;
        case 7: Award(m_.awards[d.index]); break;
        case 8: Target(m_.targets[d.index]); break;
        case 9: Schedule(m_.schedules[d.index]); break;
        case 10: Instrument(m_.instruments[d.index]); break;
        default: List(m_.lists[d.index]); break;
      }
    }
    FlushBefore(static_cast<uint32_t>(src_.text().size()) + 1, 0, true);
    return out_;
  }

 private:
  // Own-line comments before `offset`, at `indent`; a blank line of the
  // source between comment groups is kept.
  void FlushBefore(uint32_t offset, int indent, bool top_level = false) {
    while (next_ < comments_.size() && comments_[next_].begin < offset) {
      const Comment& c = comments_[next_++];
      if (top_level && BlankLineBetween(last_end_, c.begin) && !out_.empty() &&
          out_.size() >= 2 && out_.compare(out_.size() - 2, 2, "\n\n") != 0) {
        out_ += "\n";
      }
      out_ += std::string(static_cast<size_t>(indent), ' ') +
              src_.text().substr(c.begin, c.end - c.begin) + "\n";
      last_end_ = c.end;
    }
  }

  bool BlankLineBetween(uint32_t a, uint32_t b) const {
    if (a >= b) return false;
    int newlines = 0;
    for (uint32_t i = a; i < b; ++i) {
      char ch = src_.text()[i];
      if (ch == '\n') {
        if (++newlines >= 2) return true;
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        newlines = 0;
      }
    }
    return false;
  }

  // Emits one output line for the source item [begin, end), with the
  // comments before it and a comment trailing it on its last line.
  void Line(int indent, const std::string& text, uint32_t begin, uint32_t end) {
    FlushBefore(begin, indent, indent == 0);
    if (indent == 0 && BlankLineBetween(last_end_, begin) && !out_.empty() &&
        out_.compare(out_.size() - std::min<size_t>(2, out_.size()),
                     std::string::npos, "\n\n") != 0) {
      out_ += "\n";  // keep the blank line after a comment block
    }
    out_ += std::string(static_cast<size_t>(indent), ' ') + text;
    if (next_ < comments_.size()) {
      const Comment& c = comments_[next_];
      bool before_last = end < hold_ && c.begin >= hold_;
      if (!c.own_line && c.begin >= end && !before_last &&
          src_.Locate(c.begin).line == src_.Locate(end).line) {
        out_ += "  " + src_.text().substr(c.begin, c.end - c.begin);
        ++next_;
      }
    }
    out_ += "\n";
    last_end_ = std::max(last_end_, end);
  }

  uint32_t End(ast::ExprId id) const { return m_.exprs[static_cast<size_t>(id)].span.end; }
  uint32_t Begin(ast::ExprId id) const { return m_.exprs[static_cast<size_t>(id)].span.begin; }
  std::string Expr(ast::ExprId id) const { return PrintExpr(m_, id); }

  void Plan(const ast::PlanDecl& p) {
    std::string head = "plan " + p.name.text;
    if (!p.title.empty()) head += " " + Quote(p.title);
    Line(0, head + " {", p.name.span.begin, p.name.span.end);
    if (!p.source.empty()) {
      std::string by = p.instrument.text.empty() ? "" : " by " + p.instrument.text;
      Line(2, "source " + Quote(p.source) + by, p.name.span.end, p.name.span.end);
    }
    if (p.has_period) {
      auto year_of = [](int32_t days, bool end) -> std::string {
        std::string iso = FormatIsoDate(days);
        std::string year = iso.substr(0, 4);
        bool exact = end ? iso.substr(5) == "12-31" : iso.substr(5) == "01-01";
        return exact ? year : FormatVietnameseDate(days);
      };
      std::string from = year_of(p.period_from, false), to = year_of(p.period_to, true);
      if (from.size() != 4 || to.size() != 4) {
        from = FormatVietnameseDate(p.period_from);
        to = FormatVietnameseDate(p.period_to);
      }
      Line(2, "period " + from + " .. " + to, p.period_span.begin, p.period_span.end);
    }
    Line(0, "}", p.period_span.end, p.period_span.end);
  }

  void Import(const ast::ImportDecl& i) {
    Line(0, "import " + Quote(i.path), i.span.begin, i.span.end);
  }

  void Enum(const ast::EnumDecl& e) {
    std::string head = "enum " + e.name.text;
    if (!e.label.empty()) head += " " + Quote(e.label);
    if (e.ordered) head += " ordered";
    Line(0, head + " {", e.name.span.begin, e.name.span.end);
    for (size_t i = 0; i < e.members.size(); ++i) {
      const ast::EnumMember& m = e.members[i];
      std::string text = m.name.text;
      if (!m.label.empty()) text += " " + Quote(m.label);
      if (i + 1 < e.members.size()) text += ",";
      Line(2, text, m.name.span.begin, m.name.span.end);
    }
    uint32_t end = e.members.empty() ? e.name.span.end : e.members.back().name.span.end;
    Line(0, "}", end, end);
  }

  void Fields(const std::vector<ast::FieldDecl>& fields, int indent) {
    for (const ast::FieldDecl& f : fields) {
      const ast::TypeRef& t = f.type.front();
      std::string text = f.name.text + ": " + (f.optional ? "optional " : "") + TypeText(t);
      if (f.by == ast::FieldDecl::By::kYear) text += " by year";
      if (f.by == ast::FieldDecl::By::kPeriod) text += " by period";
      std::string label = f.label.empty() ? "" : " " + Quote(f.label);
      if (t.kind != ast::TypeRef::kList) {
        Line(indent, text + label, f.name.span.begin, t.name.span.end);
        continue;
      }
      Line(indent, text + " {", f.name.span.begin, f.name.span.end);
      Fields(t.record, indent + 2);
      Line(indent, "}" + label, t.name.span.end, t.name.span.end);
    }
  }

  void Unit(const ast::UnitDecl& u) {
    std::string head = "unit " + u.name.text;
    if (!u.label.empty()) head += " " + Quote(u.label);
    if (!u.parent.text.empty()) head += " within " + u.parent.text;
    Line(0, head + " {", u.name.span.begin, u.name.span.end);
    Fields(u.fields, 2);
    uint32_t end = u.name.span.end;
    if (!u.fields.empty()) end = u.fields.back().type.front().name.span.end;
    Line(0, "}", end, end);
  }

  // `lead` then the expression; an and/or chain too long for one line goes
  // one operand a line.
  void Body(const std::string& lead, ast::ExprId id, int indent) {
    std::string flat = lead + Expr(id);
    const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
    bool chain = e.kind == ast::ExprKind::kBinary &&
                 (e.op == ast::Op::kAnd || e.op == ast::Op::kOr);
    bool fits = VisibleWidth(flat) + static_cast<size_t>(indent) <= kWidth;
    if (!fits && e.kind == ast::ExprKind::kIf) {
      IfChain(lead, id, indent);
      return;
    }
    if (fits || !chain) {
      Line(indent, flat, Begin(id), End(id));
      return;
    }
    std::vector<ast::ExprId> parts;
    Collect(id, e.op, &parts);
    const char* word = e.op == ast::Op::kAnd ? "and " : "or ";
    for (size_t i = 0; i < parts.size(); ++i) {
      // An operand that is itself or/and of the other kind keeps its parens.
      std::string text = Operand(parts[i], e.op);
      if (i == 0) {
        Line(indent, lead + text, Begin(parts[i]), End(parts[i]));
      } else {
        Line(indent + 2, word + text, Begin(parts[i]), End(parts[i]));
      }
    }
  }

  // `if … then … else if … then … else …` too long for a line: a branch a
  // line, each `else` under the first `if`.
  void IfChain(const std::string& lead, ast::ExprId id, int indent) {
    std::string word = lead + "if ";
    int at = indent;
    for (;;) {
      const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
      Line(at, word + Expr(e.lhs) + " then " + Expr(e.rhs), Begin(e.lhs), End(e.rhs));
      at = indent + 2;
      word = "else if ";
      id = e.third;
      if (m_.exprs[static_cast<size_t>(id)].kind != ast::ExprKind::kIf) break;
    }
    Line(at, "else " + Expr(id), Begin(id), End(id));
  }

  void Collect(ast::ExprId id, ast::Op op, std::vector<ast::ExprId>* out) const {
    const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
    if (e.kind == ast::ExprKind::kBinary && e.op == op) {
      Collect(e.lhs, op, out);
      Collect(e.rhs, op, out);
    } else {
      out->push_back(id);
    }
  }

  std::string Operand(ast::ExprId id, ast::Op chain) const {
    const ast::Expr& e = m_.exprs[static_cast<size_t>(id)];
    bool looser = (e.kind == ast::ExprKind::kBinary && e.op == ast::Op::kOr &&
                   chain == ast::Op::kAnd) ||
                  e.kind == ast::ExprKind::kIf || e.kind == ast::ExprKind::kQuant;
    return looser ? "(" + Expr(id) + ")" : Expr(id);
  }

  void Exceptions(const std::vector<ast::Exception>& exceptions) {
    for (const ast::Exception& x : exceptions) {
      Line(2, "except " + Expr(x.condition) + ": " + Expr(x.value), x.span.begin,
           x.span.end);
    }
  }

  // `source "…" by NAME from DATE until DATE`, each part when given.
  void SourceLine(const std::string& source, const ast::InForce& f, uint32_t at) {
    std::string text = source.empty() ? "" : "source " + Quote(source);
    if (!f.instrument.text.empty()) text += (text.empty() ? "by " : " by ") + f.instrument.text;
    if (f.dated) {
      text += (text.empty() ? "from " : " from ") + FormatVietnameseDate(f.from);
      if (f.has_until) text += " until " + FormatVietnameseDate(f.until);
    }
    // Where the line's parts stand in the source, so that a comment before
    // `by` or after the date stays with this line.
    uint32_t begin = at, end = at;
    if (!f.instrument.text.empty()) begin = f.instrument.span.begin, end = f.instrument.span.end;
    if (f.dated) {
      if (f.instrument.text.empty()) begin = f.span.begin;
      end = f.span.end;
    }
    if (!text.empty()) Line(2, text, begin, end);
  }

  void Instrument(const ast::InstrumentDecl& d) {
    Line(0, "instrument " + d.name.text + " " + Quote(d.number) + " {", d.name.span.begin,
         d.name.span.end);
    uint32_t at = d.name.span.end;
    if (d.has_date) Line(2, "date " + FormatVietnameseDate(d.date), at, at);
    if (!d.issuer.empty()) Line(2, "issuer " + Quote(d.issuer), at, at);
    if (!d.title.empty()) Line(2, "title " + Quote(d.title), at, at);
    Line(0, "}", at, at);
  }

  void List(const ast::ListDecl& l) {
    std::string head = "list " + l.name.text;
    if (!l.label.empty()) head += " " + Quote(l.label);
    Line(0, head + " of " + l.kind.text, l.name.span.begin, l.kind.span.end);
    SourceLine(l.source, l.in_force, l.kind.span.end);
  }

  // The end of a criterion's or param's last token: a one-line declaration
  // split over several lines keeps the comment that ended it after that
  // token, on the last line, not on the header that shares its source line.
  uint32_t LastToken(ast::ExprId body, const std::vector<ast::Exception>& exceptions) const {
    return exceptions.empty() ? End(body) : exceptions.back().span.end;
  }

  void Param(const ast::ParamDecl& p) {
    hold_ = LastToken(p.value, p.exceptions);
    std::string head = "param " + p.name.text;
    if (!p.kinds.empty()) head += " for " + Names(p.kinds);
    head += ": " + TypeText(p.type.front());
    if (!p.label.empty()) head += " " + Quote(p.label);
    Line(0, head, p.name.span.begin, p.name.span.end);
    SourceLine(p.source, p.in_force, p.name.span.end);
    Body("= ", p.value, 2);
    Exceptions(p.exceptions);
    hold_ = 0;
  }

  void Criterion(const ast::CriterionDecl& c) {
    hold_ = LastToken(c.body, c.exceptions);
    std::string head = "criterion " + c.name.text + " for " + Names(c.kinds);
    std::string label = c.label.empty() ? "" : Quote(c.label);
    if (!label.empty() && VisibleWidth(head) + 1 + VisibleWidth(label) <= kWidth) {
      Line(0, head + " " + label, c.name.span.begin, c.name.span.end);
    } else {
      Line(0, head, c.name.span.begin, c.name.span.end);
      if (!label.empty()) Line(2, label, c.name.span.end, c.name.span.end);
    }
    SourceLine(c.source, c.in_force, c.name.span.end);
    Body(": ", c.body, 2);
    Exceptions(c.exceptions);
    hold_ = 0;
  }

  void Test(const ast::TestDecl& t) {
    Line(0, "test " + Quote(t.title) + " {", t.span.begin, t.span.end);
    uint32_t end = t.span.end;
    if (t.year != 0) Line(2, "in year " + std::to_string(t.year), end, end);
    if (t.has_as_of) Line(2, "as of " + FormatVietnameseDate(t.as_of), end, end);
    for (const ast::Given& g : t.givens) end = Given(g);
    for (const ast::Expectation& x : t.expectations) {
      Line(2, "expect " + Expectation(x), x.span.begin, x.span.end);
      end = x.span.end;
    }
    Line(0, "}", end, end);
  }

  // A given unit; returns where it ends in the source.
  uint32_t Given(const ast::Given& g) {
    const ast::Expr& unit = m_.exprs[static_cast<size_t>(g.unit)];
    Line(2, "given " + g.kind.text + " {", g.kind.span.begin, g.kind.span.end);
    std::vector<Piece> pieces;
    for (size_t i = 0; i < unit.fields.size(); ++i) {
      const ast::RecordField& f = unit.fields[i];
      const char* comma = i + 1 < unit.fields.size() ? "," : "";
      std::string item = f.name.text + ": " + Expr(f.value) + comma;
      const ast::Expr& v = m_.exprs[static_cast<size_t>(f.value)];
      bool wrap = 4 + VisibleWidth(item) > kWidth &&
                  ((v.kind == ast::ExprKind::kRecord && v.fields.size() > 1) ||
                   (v.kind == ast::ExprKind::kList && v.items.size() > 1));
      if (!wrap) {
        pieces.push_back({std::move(item), f.name.span.begin, End(f.value)});
        continue;
      }
      // A value too long for its line (a year of monthly report dates):
      // its entries fill the lines between its brackets.
      Fill(pieces, 4);
      pieces.clear();
      bool record = v.kind == ast::ExprKind::kRecord;
      Line(4, f.name.text + (record ? ": {" : ": ["), f.name.span.begin, f.name.span.end);
      size_t n = record ? v.fields.size() : v.items.size();
      std::vector<Piece> entries;
      for (size_t k = 0; k < n; ++k) {
        std::string sep = k + 1 < n ? "," : "";
        if (record) {
          const ast::RecordField& e = v.fields[k];
          entries.push_back({RecordKey(e.name.text) + ": " + Expr(e.value) + sep,
                             e.name.span.begin, End(e.value)});
        } else {
          entries.push_back({Expr(v.items[k]) + sep, Begin(v.items[k]), End(v.items[k])});
        }
      }
      Fill(entries, 6);
      Line(4, (record ? "}" : "]") + std::string(comma), v.span.end, v.span.end);
    }
    Fill(pieces, 4);
    Line(2, "}", unit.span.end, unit.span.end);
    return unit.span.end;
  }

  // Items that fill lines at `indent` up to the width, as people write them.
  struct Piece {
    std::string text;
    uint32_t begin, end;
  };
  void Fill(const std::vector<Piece>& pieces, int indent) {
    std::string line;
    uint32_t line_begin = 0, line_end = 0;
    for (const Piece& p : pieces) {
      if (!line.empty() &&
          static_cast<size_t>(indent) + VisibleWidth(line) + 1 + VisibleWidth(p.text) > kWidth) {
        Line(indent, line, line_begin, line_end);
        line.clear();
      }
      if (line.empty()) {
        line_begin = p.begin;
        line = p.text;
      } else {
        line += " " + p.text;
      }
      line_end = p.end;
    }
    if (!line.empty()) Line(indent, line, line_begin, line_end);
  }

  static std::string Expectation(const ast::Expectation& x) {
    using Kind = ast::Expectation::Kind;
    const std::string& name = x.subject.text;
    switch (x.kind) {
      case Kind::kVerdict: {
        std::string out = x.verdict == ast::Verdict::kNotEligible    ? "not " + name
                          : x.verdict == ast::Verdict::kUndetermined ? "undetermined " + name
                                                                     : name;
        return x.unit_id.empty() ? out : out + " for " + Quote(x.unit_id);
      }
      case Kind::kSelects: {
        std::string out = name + " selects ";
        for (size_t i = 0; i < x.ids.size(); ++i) out += (i ? ", " : "") + Quote(x.ids[i]);
        return out;
      }
      case Kind::kLeavesOut: {
        std::string out = name + " leaves out " + Quote(x.unit_id);
        if (x.reason.empty()) return out;
        std::string words = x.reason;
        std::replace(words.begin(), words.end(), '_', ' ');
        return out + ": " + words;
      }
      case Kind::kTarget:
        return name + (x.verdict == ast::Verdict::kNotEligible    ? " not achieved"
                       : x.verdict == ast::Verdict::kUndetermined ? " undetermined"
                                                                  : " achieved");
    }
    return name;
  }

  static std::string Number(Fixed n, bool percent) {
    if (!percent) return n.ToString();
    auto p = Fixed::Mul(n, Fixed::FromInt(100));
    return (p ? p->ToString() : n.ToString()) + "%";
  }

  void Award(const ast::AwardDecl& a) {
    std::string head = "award " + a.name.text;
    if (!a.label.empty()) head += " " + Quote(a.label);
    Line(0, head + " {", a.name.span.begin, a.name.span.end);
    uint32_t at = a.name.span.end;
    if (!a.authority.empty()) Line(2, "authority " + Quote(a.authority), at, at);
    if (!a.source.empty()) Line(2, "source " + Quote(a.source), at, at);
    switch (a.period) {
      case ast::AwardDecl::Period::kYearly: Line(2, "period yearly", at, at); break;
      case ast::AwardDecl::Period::kMidTerm:
        Line(2, "period midterm " + std::to_string(a.period_year), at, at);
        break;
      case ast::AwardDecl::Period::kFinal:
        Line(2, "period final " + std::to_string(a.period_year), at, at);
        break;
    }
    for (const ast::AwardGroup& g : a.groups) {
      std::string text = "for " + g.kind.text + ": requires " + Expr(g.condition);
      if (g.has_cap) text += ", at most " + std::to_string(g.cap);
      if (g.has_ratio) {
        text += ", at most " + Number(g.ratio, true) + " where " + Expr(g.ratio_condition);
      }
      if (g.has_rank) text += ", rank by " + g.rank_field.text;
      uint32_t end = g.has_rank ? g.rank_field.span.end
                     : g.has_ratio ? End(g.ratio_condition)
                     : g.has_cap ? g.cap_span.end : End(g.condition);
      Line(2, text, g.kind.span.begin, end);
      at = end;
    }
    for (const ast::Deadline& d : a.deadlines) {
      std::string when = d.recurring ? std::to_string(d.day) + "/" + std::to_string(d.month)
                                     : FormatVietnameseDate(d.date);
      std::string text = "deadline " + d.field.text + (d.inclusive ? " on or before " : " before ") + when;
      if (!d.label.empty()) text += " " + Quote(d.label);
      Line(2, text, d.field.span.begin, d.span.end);
      at = d.span.end;
    }
    if (!a.dossier.empty()) {
      std::string text = "dossier ";
      for (size_t i = 0; i < a.dossier.size(); ++i) text += (i ? ", " : "") + Expr(a.dossier[i]);
      Line(2, text, Begin(a.dossier.front()), End(a.dossier.back()));
      at = End(a.dossier.back());
    }
    Line(0, "}", at, at);
  }

  void Schedule(const ast::ScheduleDecl& s) {
    std::string head = "schedule " + s.name.text;
    if (!s.label.empty()) head += " " + Quote(s.label);
    Line(0, head + " {", s.name.span.begin, s.name.span.end);
    uint32_t at = s.name.span.end;
    if (!s.source.empty()) Line(2, "source " + Quote(s.source), at, at);
    using Kind = ast::SchedulePeriod::Kind;
    for (const ast::SchedulePeriod& p : s.periods) {
      std::string text;
      switch (p.kind) {
        case Kind::kMonthly: text = "monthly"; break;
        case Kind::kQuarterly: text = "quarterly"; break;
        case Kind::kSixMonths: text = "six_months"; break;
        case Kind::kNineMonths: text = "nine_months"; break;
        case Kind::kYearly: text = "yearly"; break;
        case Kind::kMidTerm: text = "midterm " + std::to_string(p.year); break;
        case Kind::kFinal: text = "final " + std::to_string(p.year); break;
      }
      if (p.offset_days == 0) {
        text += " due at end";
      } else {
        text += " due " + std::to_string(p.offset_days < 0 ? -p.offset_days : p.offset_days) +
                (p.offset_days < 0 ? " days before end" : " days after end");
      }
      Line(2, text, p.span.begin, p.span.end);
      at = p.span.end;
    }
    Line(0, "}", at, at);
  }

  void Target(const ast::TargetDecl& t) {
    hold_ = t.where != ast::kNoExpr ? End(t.where) : t.kind.span.end;  // as LastToken
    std::string head = "target " + t.name.text;
    std::string label = t.label.empty() ? "" : Quote(t.label);
    if (!label.empty() && VisibleWidth(head) + 1 + VisibleWidth(label) <= kWidth) {
      Line(0, head + " " + label, t.name.span.begin, t.name.span.end);
    } else {
      Line(0, head, t.name.span.begin, t.name.span.end);
      if (!label.empty()) Line(2, label, t.name.span.end, t.name.span.end);
    }
    if (!t.source.empty()) Line(2, "source " + Quote(t.source), t.name.span.end, t.name.span.end);
    std::string measure;
    using Form = ast::TargetDecl::Form;
    switch (t.form) {
      case Form::kAtLeast:
      case Form::kAtMost:
        measure = std::string(t.form == Form::kAtLeast ? "at least " : "at most ") +
                  Number(t.low, t.share) + (t.share ? " of " : " ");
        break;
      case Form::kBetween:
        measure = "between " + Number(t.low, t.share) + " and " + Number(t.high, t.share) + " of ";
        break;
      case Form::kAll: measure = "all "; break;
      case Form::kNone: measure = "no "; break;
    }
    measure += t.kind.text;
    uint32_t end = t.kind.span.end;
    if (t.where != ast::kNoExpr) {
      measure += " where " + Expr(t.where);
      end = End(t.where);
    }
    Line(2, ": " + measure, t.kind.span.begin, end);
    hold_ = 0;
  }

  const SourceFile& src_;
  const ast::File& m_;
  uint32_t file_;
  std::vector<Comment> comments_;
  size_t next_ = 0;
  uint32_t last_end_ = 0;
  uint32_t hold_ = 0;  // see LastToken: no trailing comment past it for a line ending before it
  std::string out_;
};

}  // namespace

std::string FormatModule(const SourceSet& sources, uint32_t file,
                         const ast::File& module) {
  return Formatter(sources.file(file), module, file).Run();
}

}  // namespace thidua::internal
