// The rule language's grammar, in Boost.Spirit X3.
//
// Rules synthesise plain values (expression ids, names, declarations); a
// Builder injected into the context with x3::with owns the expression arena
// and the diagnostics, so the parser never prints and never allocates nodes
// it cannot find again. `>` follows the tokens that commit to a construct,
// so a mistake is reported where it is, with the rule's readable name.
// Expectation failures are caught in parse.cc, which resynchronises at the
// next declaration.
#include "syntax/grammar.hpp"

#include <boost/spirit/home/x3.hpp>
#include <string_view>
#include <type_traits>

#include "base/utf8.hpp"
#include "syntax/literals.hpp"

// Readable names for composite parsers in "expected …" messages: X3's
// default is the mangled type name. A composite reads as its first part.
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
  using result_type = std::string;
  std::string operator()(action<Subject, Action> const& p) const {
    return what(p.subject);
  }
};
template <typename Left, typename Right>
struct get_info<list<Left, Right>> {
  using result_type = std::string;
  std::string operator()(list<Left, Right> const& p) const { return what(p.left); }
};
template <typename Left, typename Right>
struct get_info<sequence<Left, Right>> {
  using result_type = std::string;
  std::string operator()(sequence<Left, Right> const& p) const { return what(p.left); }
};
template <typename Left, typename Right>
struct get_info<alternative<Left, Right>> {
  using result_type = std::string;
  std::string operator()(alternative<Left, Right> const& p) const {
    return what(p.left) + " / " + what(p.right);
  }
};
template <typename Subject>
struct get_info<expect_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(expect_directive<Subject> const& p) const {
    return what(p.subject);
  }
};
template <typename Subject>
struct get_info<lexeme_directive<Subject>> {
  using result_type = std::string;
  std::string operator()(lexeme_directive<Subject> const& p) const {
    return what(p.subject);
  }
};
}  // namespace boost::spirit::x3

namespace thidua::internal::grammar {
namespace x3 = boost::spirit::x3;
namespace ascii = boost::spirit::x3::ascii;
using ast::ExprId;
using ast::ExprKind;
using ast::Op;

struct builder_tag;

namespace {

Builder& B(auto const& ctx) { return x3::get<builder_tag>(ctx).get(); }

// One code point that may start (or continue) an identifier.
struct ident_char_parser : x3::parser<ident_char_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  bool start;
  constexpr explicit ident_char_parser(bool s) : start(s) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last) return false;
    char32_t cp;
    int n = DecodeUtf8(std::string_view(first, static_cast<size_t>(last - first)),
                       0, &cp);
    if (n == 0 || !IsIdentifierCodePoint(cp, start)) return false;
    first += n;
    return true;
  }
};
constexpr ident_char_parser ident_start{true};
constexpr ident_char_parser ident_cont{false};

// Bounds recursion: each nested expression or value passes through here.
template <typename Subject>
struct depth_guard_parser
    : x3::unary_parser<Subject, depth_guard_parser<Subject>> {
  using base_type = x3::unary_parser<Subject, depth_guard_parser<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit depth_guard_parser(Subject const& s) : base_type(s) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx,
             Attr& attr) const {
    Builder& b = B(ctx);
    if (b.depth + 1 > b.max_depth) throw TooDeep{first};
    ++b.depth;
    bool ok = this->subject.parse(first, last, ctx, rctx, attr);
    --b.depth;
    return ok;
  }
};
// Records the extent of what its subject matched (after skipping blanks) on
// the Builder's span stack; the semantic action that follows pops it with
// span_of(). (X3 1.74's _where is not the matched range, so we keep our own.)
template <typename Subject>
struct mark_parser : x3::unary_parser<Subject, mark_parser<Subject>> {
  using base_type = x3::unary_parser<Subject, mark_parser<Subject>>;
  static bool const is_pass_through_unary = true;
  constexpr explicit mark_parser(Subject const& s) : base_type(s) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx& rctx,
             Attr& attr) const {
    x3::skip_over(first, last, ctx);
    It begin = first;
    if (!this->subject.parse(first, last, ctx, rctx, attr)) return false;
    Builder& b = B(ctx);
    b.spans.push_back(b.MatchedSpan(begin, first));
    return true;
  }
};
struct mark_gen {
  template <typename Subject>
  constexpr auto operator[](Subject const& s) const {
    return mark_parser<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(s));
  }
};
constexpr mark_gen mark{};

struct depth_guard_gen {
  template <typename Subject>
  constexpr auto operator[](Subject const& s) const {
    return depth_guard_parser<typename x3::extension::as_parser<Subject>::value_type>(
        x3::as_parser(s));
  }
};
constexpr depth_guard_gen guard{};

}  // namespace
}  // namespace thidua::internal::grammar

namespace boost::spirit::x3 {
template <typename Subject>
struct get_info<thidua::internal::grammar::mark_parser<Subject>> {
  using result_type = std::string;
  template <typename P>
  std::string operator()(P const& p) const { return what(p.subject); }
};
template <typename Subject>
struct get_info<thidua::internal::grammar::depth_guard_parser<Subject>> {
  using result_type = std::string;
  template <typename P>
  std::string operator()(P const& p) const { return what(p.subject); }
};
}  // namespace boost::spirit::x3

namespace thidua::internal::grammar {
namespace {

// A keyword: the word, not followed by a letter ("or" does not match
// "order"). A named rule, so that a missing one reads "expected 'then'".
#define kw(word)                                              \
  (x3::rule<class keyword_r>{"'" word "'"} =                  \
       x3::lexeme[x3::lit(word) >> !ident_cont])

bool IsKeyword(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "plan",   "source", "period", "import", "enum",      "ordered",
      "unit",   "param",  "criterion", "for", "except",    "test",
      "given",  "expect", "and",    "or",     "not",       "in",
      "if",     "then",   "else",   "any",    "all",       "count",
      "sum",    "where",  "of",     "true",   "false",     "list",
      "optional", "undetermined"};
  for (std::string_view w : kWords) {
    if (w == s) return true;
  }
  return false;
}

// ---------------------------------------------------------------- actions

// The span of the marked parser this action is attached to (see mark).
Span span_of(auto const& ctx) {
  Builder& b = B(ctx);
  Span s = b.spans.back();
  b.spans.pop_back();
  return s;
}

auto const make_name = [](auto& ctx) {
  Span span = span_of(ctx);
  std::string& text = x3::_attr(ctx);
  if (IsKeyword(text)) {
    x3::_pass(ctx) = false;
    return;
  }
  x3::_val(ctx).text = std::move(text);
  x3::_val(ctx).span = span;
};

auto const assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

template <ExprKind kind>
auto literal_action(Msg bad) {
  return [bad](auto& ctx) {
    Builder& b = B(ctx);
    std::string const& text = x3::_attr(ctx);
    ast::Expr e;
    e.kind = kind;
    e.span = span_of(ctx);
    bool ok = true;
    if constexpr (kind == ExprKind::kDate) {
      auto d = ParseDate(text);
      ok = d.has_value();
      if (ok) e.date = *d;
    } else if constexpr (kind == ExprKind::kPercent) {
      auto p = ParsePercent(text);
      ok = p.has_value();
      if (ok) e.number = *p;
    } else {
      auto n = Fixed::Parse(text);
      ok = n.has_value() && (kind != ExprKind::kInt || n->ToInt64());
      if (ok) e.number = *n;
    }
    if (!ok) b.sink->Error(e.span, bad, {text});
    x3::_val(ctx) = b.Add(std::move(e));
  };
}

auto const make_money = [](auto& ctx) {
  Builder& b = B(ctx);
  std::string const& text = boost::fusion::at_c<0>(x3::_attr(ctx));
  int64_t unit = boost::fusion::at_c<1>(x3::_attr(ctx));
  ast::Expr e;
  e.kind = ExprKind::kMoney;
  e.span = span_of(ctx);
  auto value = ParseMoney(text, unit);
  if (value) {
    e.number = *value;
  } else {
    b.sink->Error(e.span, Msg::kBadMoney, {text});
  }
  x3::_val(ctx) = b.Add(std::move(e));
};

auto const make_bool = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kBool;
  e.boolean = x3::_attr(ctx);
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

auto const make_text = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kText;
  e.text = x3::_attr(ctx);
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

auto const make_name_ref = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kName;
  e.text = x3::_attr(ctx).text;
  e.span = x3::_attr(ctx).span;
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

auto const make_member = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::Expr e;
  e.kind = ExprKind::kMember;
  e.lhs = x3::_val(ctx);
  e.text = x3::_attr(ctx).text;
  e.span = b.Join(e.lhs, x3::_attr(ctx).span);
  x3::_val(ctx) = b.Add(std::move(e));
};

auto const make_binary = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::Expr e;
  e.kind = ExprKind::kBinary;
  e.op = boost::fusion::at_c<0>(x3::_attr(ctx));
  e.lhs = x3::_val(ctx);
  e.rhs = boost::fusion::at_c<1>(x3::_attr(ctx));
  e.span = b.Join(e.lhs, b.file->exprs[e.rhs].span);
  x3::_val(ctx) = b.Add(std::move(e));
};

template <Op op>
auto logical_action() {
  return [](auto& ctx) {
    Builder& b = B(ctx);
    ast::Expr e;
    e.kind = ExprKind::kBinary;
    e.op = op;
    e.lhs = x3::_val(ctx);
    e.rhs = x3::_attr(ctx);
    e.span = b.Join(e.lhs, b.file->exprs[e.rhs].span);
    x3::_val(ctx) = b.Add(std::move(e));
  };
}

// Prefix operators (not, unary minus) arrive as the offsets where each one
// starts; they apply from the innermost outwards.
template <Op op>
auto prefix_action() {
  return [](auto& ctx) {
    Builder& b = B(ctx);
    auto const& offsets = boost::fusion::at_c<0>(x3::_attr(ctx));
    ExprId operand = boost::fusion::at_c<1>(x3::_attr(ctx));
    for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) {
      ast::Expr e;
      e.kind = ExprKind::kUnary;
      e.op = op;
      e.lhs = operand;
      e.span = b.file->exprs[operand].span;
      e.span.begin = *it;
      operand = b.Add(std::move(e));
    }
    x3::_val(ctx) = operand;
  };
}

auto const make_offset = [](auto& ctx) {
  x3::_val(ctx) = span_of(ctx).begin;
};

// `x in {a, b}`, or `x in difficult_communes`: membership of a list
// declared with `list` (the attribute is then the list's name).
template <bool negated>
auto in_action() {
  return [](auto& ctx) {
    Builder& b = B(ctx);
    ast::Expr e;
    e.kind = ExprKind::kIn;
    e.op = negated ? Op::kNe : Op::kEq;
    e.lhs = x3::_val(ctx);
    if constexpr (std::is_same_v<std::decay_t<decltype(x3::_attr(ctx))>, ast::Name>) {
      e.kind = ExprKind::kInList;
      e.text = x3::_attr(ctx).text;
    } else {
      e.items = x3::_attr(ctx);
    }
    e.span = b.file->exprs[e.lhs].span;
    e.span.end = span_of(ctx).end;
    x3::_val(ctx) = b.Add(std::move(e));
  };
}

auto const make_if = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kIf;
  e.lhs = boost::fusion::at_c<0>(x3::_attr(ctx));
  e.rhs = boost::fusion::at_c<1>(x3::_attr(ctx));
  e.third = boost::fusion::at_c<2>(x3::_attr(ctx));
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

auto const make_quant = [](auto& ctx) {
  using boost::fusion::at_c;
  auto& a = x3::_attr(ctx);
  ast::Expr e;
  e.kind = ExprKind::kQuant;
  e.quant = at_c<0>(a);
  e.text = at_c<1>(a).text;
  e.lhs = at_c<2>(a);
  e.rhs = at_c<3>(a) ? *at_c<3>(a) : ast::kNoExpr;
  e.third = at_c<4>(a) ? *at_c<4>(a) : ast::kNoExpr;
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

// `field[year]`: a value by year (the bracket's extent is marked).
auto const make_index = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::Expr e;
  e.kind = ExprKind::kIndex;
  e.lhs = x3::_val(ctx);
  e.rhs = x3::_attr(ctx);
  e.span = b.Join(e.lhs, span_of(ctx));
  x3::_val(ctx) = b.Add(std::move(e));
};

// `report_dates on time for SCHEDULE in YEAR`.
auto const make_on_time = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::Expr e;
  e.kind = ExprKind::kOnTime;
  e.lhs = x3::_val(ctx);
  e.text = boost::fusion::at_c<0>(x3::_attr(ctx)).text;
  e.rhs = boost::fusion::at_c<1>(x3::_attr(ctx));
  e.span = b.Join(e.lhs, span_of(ctx));
  x3::_val(ctx) = b.Add(std::move(e));
};

// `-(a % ',')` synthesises an optional vector; an absent one is empty.
template <typename T>
std::vector<T> Flatten(std::vector<T> const& v) { return v; }
template <typename T>
std::vector<T> Flatten(boost::optional<std::vector<T>> const& v) {
  return v ? *v : std::vector<T>{};
}

auto const make_list = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kList;
  e.items = Flatten(x3::_attr(ctx));
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

auto const make_record_field = [](auto& ctx) {
  x3::_val(ctx).name = boost::fusion::at_c<0>(x3::_attr(ctx));
  x3::_val(ctx).value = boost::fusion::at_c<1>(x3::_attr(ctx));
};

auto const make_record = [](auto& ctx) {
  ast::Expr e;
  e.kind = ExprKind::kRecord;
  e.fields = Flatten(x3::_attr(ctx));
  e.span = span_of(ctx);
  x3::_val(ctx) = B(ctx).Add(std::move(e));
};

// Declaration pieces: each writes one member of the rule's value.
auto const set_name = [](auto& ctx) { x3::_val(ctx).name = x3::_attr(ctx); };
auto const set_label = [](auto& ctx) { x3::_val(ctx).label = x3::_attr(ctx); };
auto const set_source = [](auto& ctx) { x3::_val(ctx).source = x3::_attr(ctx); };
auto const set_kinds = [](auto& ctx) { x3::_val(ctx).kinds = x3::_attr(ctx); };
auto const set_type = [](auto& ctx) { x3::_val(ctx).type = {x3::_attr(ctx)}; };
auto const set_value = [](auto& ctx) { x3::_val(ctx).value = x3::_attr(ctx); };
auto const set_body = [](auto& ctx) { x3::_val(ctx).body = x3::_attr(ctx); };
auto const push_exception = [](auto& ctx) {
  x3::_val(ctx).exceptions.push_back(x3::_attr(ctx));
};

// ---------------------------------------------------------------- tokens

x3::symbols<char> const escapes({{"\\\"", '"'}, {"\\\\", '\\'},
                                 {"\\n", '\n'}, {"\\t", '\t'}});
x3::symbols<int64_t> const money_units({{"đồng", 1},
                                        {"đ", 1},
                                        {"nghìn", 1'000},
                                        {"ngàn", 1'000},
                                        {"triệu", 1'000'000},
                                        {"tỷ", 1'000'000'000},
                                        {"tỉ", 1'000'000'000}});
x3::symbols<Op> const compare_ops({{"=", Op::kEq},
                                   {"==", Op::kEq},
                                   {"!=", Op::kNe},
                                   {"≠", Op::kNe},
                                   {"<", Op::kLt},
                                   {"<=", Op::kLe},
                                   {"≤", Op::kLe},
                                   {">", Op::kGt},
                                   {">=", Op::kGe},
                                   {"≥", Op::kGe}});
x3::symbols<bool> const booleans({{"true", true}, {"false", false}});
x3::symbols<Op> const add_ops({{"+", Op::kAdd}, {"-", Op::kSub}});
x3::symbols<Op> const mul_ops({{"*", Op::kMul}, {"×", Op::kMul}, {"/", Op::kDiv}});
x3::symbols<ast::Quant> const quantifiers({{"any", ast::Quant::kAny},
                                           {"all", ast::Quant::kAll},
                                           {"count", ast::Quant::kCount},
                                           {"sum", ast::Quant::kSum}});

auto const digits = ascii::digit >> *(ascii::digit | ('_' >> &ascii::digit));
auto const fraction = (x3::lit('.') | ',') >> +ascii::digit;

// ---------------------------------------------------------------- rules

x3::rule<class ident_r, ast::Name> const ident = "name";
x3::rule<class ident_text_r, std::string> const ident_text = "name";
x3::rule<class dmy_r, std::string> const dmy_text = "date";
x3::rule<class iso_r, std::string> const iso_text = "date";
x3::rule<class amount_r, std::string> const amount_text = "amount";
x3::rule<class percent_r, std::string> const percent_text = "percentage";
x3::rule<class decimal_r, std::string> const decimal_text = "number";
x3::rule<class int_r, std::string> const int_text = "number";
x3::rule<class string_r, std::string> const string_lit = "string in double quotes";
x3::rule<class expr_r, ExprId> const expr = "expression";
x3::rule<class if_r, ExprId> const if_expr = "if-expression";
x3::rule<class or_r, ExprId> const or_expr = "expression";
x3::rule<class and_r, ExprId> const and_expr = "expression";
x3::rule<class not_r, ExprId> const not_expr = "expression";
x3::rule<class cmp_r, ExprId> const comparison = "expression";
x3::rule<class add_r, ExprId> const additive = "expression";
x3::rule<class mul_r, ExprId> const multiplicative = "expression";
x3::rule<class neg_r, ExprId> const negation = "expression";
x3::rule<class postfix_r, ExprId> const postfix = "value";
x3::rule<class primary_r, ExprId> const primary = "value";
x3::rule<class quant_r, ExprId> const quantifier = "quantifier";
x3::rule<class literal_r, ExprId> const literal = "literal";
x3::rule<class set_r, std::vector<ExprId>> const set_lit = "set { ... }";
x3::rule<class offset_r, uint32_t> const not_op = "not";
x3::rule<class neg_op_r, uint32_t> const neg_op = "-";
x3::rule<class value_r, ExprId> const value = "value";
x3::rule<class record_r, ExprId> const record_lit = "record { field: value, ... }";
x3::rule<class record_field_r, ast::RecordField> const record_field =
    "field: value";

auto const ident_text_def = x3::raw[x3::lexeme[ident_start >> *ident_cont]];
auto const ident_def = mark[ident_text][make_name];
auto const dmy_text_def =
    x3::raw[x3::lexeme[x3::repeat(1, 2)[ascii::digit] >> '/' >>
                       x3::repeat(1, 2)[ascii::digit] >> '/' >>
                       x3::repeat(4)[ascii::digit] >> !ascii::digit]];
auto const iso_text_def =
    x3::raw[x3::lexeme[x3::repeat(4)[ascii::digit] >> '-' >>
                       x3::repeat(2)[ascii::digit] >> '-' >>
                       x3::repeat(2)[ascii::digit] >> !ascii::digit]];
auto const amount_text_def = x3::raw[x3::lexeme[digits >> -fraction]];
auto const percent_text_def = x3::raw[x3::lexeme[digits >> -fraction >> '%']];
auto const decimal_text_def =
    x3::raw[x3::lexeme[digits >> '.' >> +ascii::digit]];
auto const int_text_def = x3::raw[x3::lexeme[digits >> !ident_cont]];
auto const string_lit_def =
    x3::lexeme['"' > *(escapes | (x3::char_ - '"' - '\\' - x3::eol)) > '"'];

auto const expr_def = or_expr;
auto const if_expr_def =
    mark[kw("if") > guard[expr] > kw("then") > guard[expr] > kw("else") >
         guard[expr]][make_if];
auto const or_expr_def =
    and_expr[assign] >> *(kw("or") > and_expr[logical_action<Op::kOr>()]);
auto const and_expr_def =
    not_expr[assign] >> *(kw("and") > not_expr[logical_action<Op::kAnd>()]);
auto const not_op_def = mark[kw("not")][make_offset];
auto const not_expr_def = (*not_op >> comparison)[prefix_action<Op::kNot>()];
auto const comparison_def =
    additive[assign] >>
    -((compare_ops > additive)[make_binary] |
      mark[kw("not") >> kw("in") >> ident][in_action<true>()] |
      mark[kw("in") >> ident][in_action<false>()] |
      mark[kw("not") >> kw("in") > set_lit][in_action<true>()] |
      mark[kw("in") > set_lit][in_action<false>()] |
      mark[kw("on") >> kw("time") > kw("for") > ident > kw("in") > additive][make_on_time]);
auto const additive_def =
    multiplicative[assign] >> *((add_ops > multiplicative)[make_binary]);
auto const multiplicative_def =
    negation[assign] >> *((mul_ops > negation)[make_binary]);
auto const neg_op_def = mark[x3::lit('-')][make_offset];
auto const negation_def = (*neg_op >> postfix)[prefix_action<Op::kNeg>()];
auto const postfix_def =
    primary[assign] >> *(('.' > ident[make_member]) |
                         mark['[' > guard[expr] > ']'][make_index]);
// `if` and quantifiers guard their own sub-expressions; guarding them here
// would count a plain name at the deepest level as one level more.
auto const primary_def = ('(' > guard[expr] > ')')[assign] |
                         if_expr[assign] | quantifier[assign] |
                         literal[assign] |
                         ident[make_name_ref];
// `share` is not reserved (rule files have fields named so): it starts a
// quantifier only when `NAME in` follows.
auto const share_head = x3::lexeme[x3::lit("share") >> !ident_cont] >>
                        &(ident >> kw("in")) >> x3::attr(ast::Quant::kShare);
auto const quant_head = x3::rule<class quant_head_r, ast::Quant>{"quantifier"} =
    x3::lexeme[quantifiers >> !ident_cont] | share_head;
auto const quantifier_def =
    mark[quant_head > ident > kw("in") > postfix >
         -(kw("where") > guard[expr]) > -(kw("of") > guard[expr])][make_quant];
auto const literal_def =
    mark[dmy_text][literal_action<ExprKind::kDate>(Msg::kBadDate)] |
    mark[iso_text][literal_action<ExprKind::kDate>(Msg::kBadDate)] |
    mark[amount_text >> x3::lexeme[money_units >> !ident_cont]][make_money] |
    mark[percent_text][literal_action<ExprKind::kPercent>(Msg::kBadPercent)] |
    mark[decimal_text][literal_action<ExprKind::kDecimal>(Msg::kBadNumber)] |
    mark[int_text][literal_action<ExprKind::kInt>(Msg::kBadNumber)] |
    mark[x3::lexeme[booleans >> !ident_cont]][make_bool] |
    mark[string_lit][make_text];
auto const set_lit_def = '{' > -(guard[expr] % ',') > '}';

auto const value_def = mark['[' > -(guard[value] % ',') > ']'][make_list] |
                       guard[record_lit][assign] | expr[assign];
// A year as a key: `{2020: 13, 2023: 15}` is a value by year.
x3::rule<class year_text_r, std::string> const year_text = "year";
x3::rule<class record_key_r, ast::Name> const record_key = "field name";
auto const year_text_def =
    x3::raw[x3::lexeme[x3::repeat(4)[ascii::digit] >> !ident_cont]];
x3::rule<class key_text_r, std::string> const key_text = "field name";
auto const key_text_def = ident_text | year_text | string_lit;
auto const record_key_def = mark[key_text][make_name];
BOOST_SPIRIT_DEFINE(year_text, key_text, record_key)
auto const record_field_def = (record_key > ':' > value)[make_record_field];
auto const record_lit_def =
    mark['{' > -(record_field % ',') > -x3::lit(',') > '}'][make_record];

BOOST_SPIRIT_DEFINE(ident_text, dmy_text, iso_text, amount_text, percent_text,
                    decimal_text, int_text)
BOOST_SPIRIT_DEFINE(ident, string_lit, expr, if_expr, or_expr, and_expr,
                    not_expr, comparison, additive, multiplicative, negation,
                    postfix, primary, quantifier, literal, set_lit, not_op,
                    neg_op, value, record_field, record_lit)

// ---------------------------------------------------------------- declarations

x3::rule<class type_r, ast::TypeRef> const type_ref = "type";
x3::rule<class field_r, ast::FieldDecl> const field_decl =
    "field (name: type \"label\")";
x3::rule<class plan_r, ast::PlanDecl> const plan_decl = "plan";
x3::rule<class instrument_r, ast::InstrumentDecl> const instrument_decl = "instrument";
x3::rule<class period_bound_r, std::string> const period_bound =
    "year or date";
x3::rule<class import_r, ast::ImportDecl> const import_decl = "import";
x3::rule<class member_r, ast::EnumMember> const enum_member = "enum value";
x3::rule<class enum_r, ast::EnumDecl> const enum_decl = "enum";
x3::rule<class unit_r, ast::UnitDecl> const unit_decl = "unit";
x3::rule<class exception_r, ast::Exception> const exception = "except";
x3::rule<class param_r, ast::ParamDecl> const param_decl = "param";
x3::rule<class criterion_r, ast::CriterionDecl> const criterion_decl =
    "criterion";
x3::rule<class expect_r, ast::Expectation> const expectation = "expect";
// What follows `expect`; named so that a missing one reads "expected name".
x3::rule<class expect_body_r, ast::Expectation> const expect_body = "name";
x3::rule<class reason_r, std::string> const leave_reason =
    "reason (not eligible, undetermined, missing documents, late, cut by quota, "
    "cut by ratio, other kind)";
x3::rule<class given_r, ast::Given> const given = "given";
x3::rule<class test_r, ast::TestDecl> const test_decl = "test";

auto const make_type_name = [](auto& ctx) {
  static constexpr std::pair<std::string_view, ast::TypeRef::Kind> kBuiltins[] = {
      {"bool", ast::TypeRef::kBool},       {"assessed", ast::TypeRef::kAssessed},
      {"int", ast::TypeRef::kInt},         {"decimal", ast::TypeRef::kDecimal},
      {"money", ast::TypeRef::kMoney},     {"percent", ast::TypeRef::kPercent},
      {"text", ast::TypeRef::kText},       {"date", ast::TypeRef::kDate}};
  ast::TypeRef& t = x3::_val(ctx);
  t.name = x3::_attr(ctx);
  t.kind = ast::TypeRef::kNamed;
  for (auto const& [word, kind] : kBuiltins) {
    if (word == t.name.text) t.kind = kind;
  }
};
auto const make_list_type = [](auto& ctx) {
  ast::TypeRef& t = x3::_val(ctx);
  t.kind = ast::TypeRef::kList;
  t.record = x3::_attr(ctx);
  t.name.span = span_of(ctx);
  t.name.text = "list";
};
auto const set_optional = [](auto& ctx) { x3::_val(ctx).optional = true; };
auto const set_field_type = [](auto& ctx) {
  x3::_val(ctx).type = {x3::_attr(ctx)};
};

auto const type_ref_def =
    mark[kw("list") > kw("of") > '{' > *(field_decl >> -x3::lit(',')) >
         '}'][make_list_type] |
    ident[make_type_name];
auto const set_by = [](ast::FieldDecl::By by) {
  return [by](auto& ctx) { x3::_val(ctx).by = by; };
};
auto const field_decl_def =
    ident[set_name] > ':' > -kw("optional")[set_optional] >
    type_ref[set_field_type] >
    -(kw("by") >> (kw("year")[set_by(ast::FieldDecl::By::kYear)] |
                   kw("period")[set_by(ast::FieldDecl::By::kPeriod)])) >
    -string_lit[set_label];

auto const set_title = [](auto& ctx) { x3::_val(ctx).title = x3::_attr(ctx); };
// A bound of a period or of the days a rule is in force: a year alone is its
// first day (`from`) or its last (`until`); otherwise a date.
std::optional<int32_t> Bound(std::string const& text, bool end) {
  if (text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos) {
    int year = std::stoi(text);
    return end ? YearEnd(year) : YearStart(year);
  }
  return ParseDate(text);
}
auto const set_period = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::PlanDecl& plan = x3::_val(ctx);
  auto bound = Bound;
  plan.period_span = span_of(ctx);
  auto from = bound(boost::fusion::at_c<0>(x3::_attr(ctx)), false);
  auto to = bound(boost::fusion::at_c<1>(x3::_attr(ctx)), true);
  if (!from || !to) {
    b.sink->Error(plan.period_span, Msg::kBadDate,
                  {!from ? boost::fusion::at_c<0>(x3::_attr(ctx))
                         : boost::fusion::at_c<1>(x3::_attr(ctx))});
    return;
  }
  plan.has_period = true;
  plan.period_from = *from;
  plan.period_to = *to;
};
auto const period_bound_def = x3::raw[x3::lexeme[+(ascii::digit | '/' | '-')]];
// `source "…" by NAME from DATE until DATE` (docs/time-and-hierarchy.md).
auto const set_plan_instrument = [](auto& ctx) { x3::_val(ctx).instrument = x3::_attr(ctx); };
auto const set_rule_instrument = [](auto& ctx) {
  x3::_val(ctx).in_force.instrument = x3::_attr(ctx);
};
auto const set_in_force = [](auto& ctx) {
  Builder& b = B(ctx);
  ast::InForce& f = x3::_val(ctx).in_force;
  f.span = span_of(ctx);
  const std::string& from_text = boost::fusion::at_c<0>(x3::_attr(ctx));
  const auto& until_text = boost::fusion::at_c<1>(x3::_attr(ctx));
  auto from = Bound(from_text, false);
  auto until = until_text ? Bound(*until_text, true) : std::optional<int32_t>(0);
  if (!from || !until) {
    b.sink->Error(f.span, Msg::kBadDate, {!from ? from_text : *until_text});
    return;
  }
  f.dated = true;
  f.from = *from;
  f.has_until = until_text.has_value();
  f.until = *until;
};
auto const in_force_clause =
    -(kw("by") > ident[set_rule_instrument]) >
    -mark[kw("from") > period_bound > -(kw("until") > period_bound)][set_in_force];
auto const set_number = [](auto& ctx) { x3::_val(ctx).number = x3::_attr(ctx); };
auto const set_issuer = [](auto& ctx) { x3::_val(ctx).issuer = x3::_attr(ctx); };
auto const set_instrument_date = [](auto& ctx) {
  Builder& b = B(ctx);
  Span span = span_of(ctx);
  auto date = Bound(x3::_attr(ctx), false);
  if (!date) {
    b.sink->Error(span, Msg::kBadDate, {x3::_attr(ctx)});
    return;
  }
  x3::_val(ctx).has_date = true;
  x3::_val(ctx).date = *date;
};
auto const instrument_decl_def =
    kw("instrument") > ident[set_name] > string_lit[set_number] > '{' >
    *((kw("date") > mark[period_bound][set_instrument_date]) |
      (kw("issuer") > string_lit[set_issuer]) |
      (kw("title") > string_lit[set_title])) >
    '}';
auto const plan_decl_def =
    kw("plan") > ident[set_name] > -string_lit[set_title] > '{' >
    *((kw("source") > string_lit[set_source] > -(kw("by") > ident[set_plan_instrument])) |
      (kw("period") > mark[period_bound > ".." > period_bound][set_period])) >
    '}';

auto const import_decl_def =
    kw("import") > mark[string_lit][([](auto& ctx) {
      x3::_val(ctx).path = x3::_attr(ctx);
      x3::_val(ctx).span = span_of(ctx);
    })];

auto const set_ordered = [](auto& ctx) { x3::_val(ctx).ordered = true; };
auto const push_member = [](auto& ctx) {
  x3::_val(ctx).members.push_back(x3::_attr(ctx));
};
auto const enum_member_def = ident[set_name] >> -string_lit[set_label];
auto const enum_decl_def =
    kw("enum") > ident[set_name] > -string_lit[set_label] >
    -kw("ordered")[set_ordered] > '{' >
    -(enum_member[push_member] % ',') > -x3::lit(',') > '}';

auto const push_field = [](auto& ctx) {
  x3::_val(ctx).fields.push_back(x3::_attr(ctx));
};
auto const set_parent = [](auto& ctx) { x3::_val(ctx).parent = x3::_attr(ctx); };
auto const unit_decl_def = kw("unit") > ident[set_name] >
                           -string_lit[set_label] >
                           -(kw("within") > ident[set_parent]) > '{' >
                           *(field_decl[push_field] >> -x3::lit(',')) > '}';

auto const exception_def =
    mark[kw("except") > expr > ':' > expr][([](auto& ctx) {
      x3::_val(ctx).condition = boost::fusion::at_c<0>(x3::_attr(ctx));
      x3::_val(ctx).value = boost::fusion::at_c<1>(x3::_attr(ctx));
      x3::_val(ctx).span = span_of(ctx);
    })];

x3::rule<class list_r, ast::ListDecl> const list_decl = "list";
auto const set_list_kind = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
auto const list_decl_def =
    kw("list") > ident[set_name] > -string_lit[set_label] > kw("of") > ident[set_list_kind] >
    -(kw("source") > string_lit[set_source]) > in_force_clause;

auto const param_decl_def =
    kw("param") > ident[set_name] > -(kw("for") > (ident % ',')[set_kinds]) >
    ':' > type_ref[set_type] > -string_lit[set_label] >
    -(kw("source") > string_lit[set_source]) > in_force_clause > '=' > expr[set_value] >
    *exception[push_exception];

auto const criterion_decl_def =
    kw("criterion") > ident[set_name] > kw("for") > (ident % ',')[set_kinds] >
    -string_lit[set_label] > -(kw("source") > string_lit[set_source]) > in_force_clause >
    ':' > expr[set_body] > *exception[push_exception];

auto const set_verdict = [](ast::Verdict v) {
  return [v](auto& ctx) { x3::_val(ctx).verdict = v; };
};
auto const set_expect_kind = [](ast::Expectation::Kind k) {
  return [k](auto& ctx) { x3::_val(ctx).kind = k; };
};
auto const set_subject = [](auto& ctx) { x3::_val(ctx).subject = x3::_attr(ctx); };
auto const set_unit_id = [](auto& ctx) {
  x3::_val(ctx).unit_span = span_of(ctx);
  x3::_val(ctx).unit_id = x3::_attr(ctx);
};
// omit[]: the actions inside see their own attributes, not the optional
// an enclosing `-` or action would hand down.
auto const for_unit = x3::omit[kw("for") > mark[string_lit][set_unit_id]];
// The outcomes of a selection (SelectionEntry::outcome), as a test names them.
auto const leave_reason_def =
    (kw("not") > kw("eligible") > x3::attr(std::string("not_eligible"))) |
    (kw("undetermined") > x3::attr(std::string("undetermined"))) |
    (kw("missing") > kw("documents") > x3::attr(std::string("missing_documents"))) |
    (kw("late") > x3::attr(std::string("late"))) |
    (kw("cut") > kw("by") >
     ((kw("quota") > x3::attr(std::string("cut_by_quota"))) |
      (kw("ratio") > x3::attr(std::string("cut_by_ratio"))))) |
    (kw("other") > kw("kind") > x3::attr(std::string("other_kind")));
// `expect` lines: a criterion's verdict (with a prefix, or a bare name), an
// award's selection, a target's result. The name comes first in all but the
// prefixed form, so the word after it decides, with backtracking.
using Kind = ast::Expectation::Kind;
auto const expect_body_def =
    x3::omit[((kw("not")[set_verdict(ast::Verdict::kNotEligible)] |
           kw("undetermined")[set_verdict(ast::Verdict::kUndetermined)]) >
          ident[set_subject] > -for_unit)[set_expect_kind(Kind::kVerdict)] |
         (ident[set_subject] >> kw("selects") >
          (string_lit[([](auto& ctx) { x3::_val(ctx).ids.push_back(x3::_attr(ctx)); })] %
           ','))[set_expect_kind(Kind::kSelects)] |
         (ident[set_subject] >> kw("leaves") > kw("out") > mark[string_lit][set_unit_id] >
          -x3::omit[':' > leave_reason[([](auto& ctx) {
              x3::_val(ctx).reason = x3::_attr(ctx);
            })]])[set_expect_kind(Kind::kLeavesOut)] |
         (ident[set_subject] >>
          (kw("achieved")[set_verdict(ast::Verdict::kEligible)] |
           (kw("not") >> kw("achieved"))[set_verdict(ast::Verdict::kNotEligible)] |
           kw("undetermined")[set_verdict(ast::Verdict::kUndetermined)]))
             [set_expect_kind(Kind::kTarget)] |
         (ident[set_subject] > -for_unit)[([](auto& ctx) {
           x3::_val(ctx).kind = Kind::kVerdict;
           x3::_val(ctx).verdict = ast::Verdict::kEligible;
         })]];
auto const expectation_def = kw("expect") > mark[expect_body][([](auto& ctx) {
                               x3::_val(ctx) = std::move(x3::_attr(ctx));
                               x3::_val(ctx).span = span_of(ctx);
                             })];

// A marked four-digit year into `year` of the rule's value (a test's
// `in year`, a schedule's review years).
auto const set_year = [](auto& ctx) {
  Span span = span_of(ctx);
  auto n = Fixed::Parse(x3::_attr(ctx));
  auto year = n ? n->ToInt64() : std::nullopt;
  if (!year || *year < 1900 || *year > 9999) {
    B(ctx).sink->Error(span, Msg::kBadNumber, {x3::_attr(ctx)});
  } else {
    x3::_val(ctx).year = static_cast<int32_t>(*year);
  }
};

// A test's `as of DATE`: the day its rules are read as of.
auto const set_test_as_of = [](auto& ctx) {
  auto day = ParseDate(x3::_attr(ctx));
  if (!day) {
    Hint hint{Msg::kHintTestAsOf, {}};
    B(ctx).sink->Error(span_of(ctx), Msg::kBadTestAsOf, {x3::_attr(ctx)}, &hint);
  } else {
    x3::_val(ctx).has_as_of = true;
    x3::_val(ctx).as_of = *day;
  }
};

auto const given_def =
    kw("given") > ident[([](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); })] >
    record_lit[([](auto& ctx) { x3::_val(ctx).unit = x3::_attr(ctx); })];

auto const test_decl_def =
    kw("test") > mark[string_lit][([](auto& ctx) {
      x3::_val(ctx).title = x3::_attr(ctx);
      x3::_val(ctx).span = span_of(ctx);
    })] >
    '{' > -x3::omit[kw("in") > kw("year") > mark[int_text][set_year]] >
    -x3::omit[kw("as") > kw("of") > mark[period_bound][set_test_as_of]] >
    +given[([](auto& ctx) { x3::_val(ctx).givens.push_back(x3::_attr(ctx)); })] >
    *expectation[([](auto& ctx) {
      x3::_val(ctx).expectations.push_back(x3::_attr(ctx));
    })] > '}';

BOOST_SPIRIT_DEFINE(type_ref, field_decl, plan_decl, period_bound, import_decl,
                    enum_member, enum_decl, unit_decl, exception, param_decl,
                    criterion_decl, expectation, expect_body, leave_reason, given,
                    test_decl, instrument_decl, list_decl)

auto push_to(auto member) {
  return [member](auto& ctx) {
    (B(ctx).file->*member).push_back(std::move(x3::_attr(ctx)));
  };
}

// ---------------------------------------------------------------- awards

x3::rule<class award_r, ast::AwardDecl> const award_decl = "award";
x3::rule<class group_r, ast::AwardGroup> const award_group = "for KIND: requires …";
x3::rule<class deadline_r, ast::Deadline> const deadline = "deadline";
x3::rule<class day_month_r, std::string> const day_month = "day/month or date";
x3::rule<class target_r, ast::TargetDecl> const target_decl = "target";
x3::rule<class bound_r, std::string> const bound_text = "number or percentage";

auto const day_month_def =
    x3::raw[x3::lexeme[x3::repeat(1, 2)[ascii::digit] >> '/' >>
                       x3::repeat(1, 2)[ascii::digit] >>
                       -('/' >> x3::repeat(4)[ascii::digit]) >> !ascii::digit]] |
    iso_text;
auto const bound_text_def = x3::raw[x3::lexeme[digits >> -fraction >> -x3::lit('%')]];

auto const set_cap = [](auto& ctx) {
  Span span = span_of(ctx);
  auto n = Fixed::Parse(x3::_attr(ctx));
  auto& g = x3::_val(ctx);
  g.has_cap = true;
  g.cap_span = span;
  if (!n || !n->ToInt64()) {
    B(ctx).sink->Error(span, Msg::kBadNumber, {x3::_attr(ctx)});
  } else {
    g.cap = *n->ToInt64();
  }
};
auto const set_ratio = [](auto& ctx) {
  Span span = span_of(ctx);
  auto& g = x3::_val(ctx);
  std::string const& text = boost::fusion::at_c<0>(x3::_attr(ctx));
  auto r = ParsePercent(text);
  if (!r) B(ctx).sink->Error(span, Msg::kBadPercent, {text});
  g.has_ratio = true;
  g.ratio = r ? *r : Fixed();
  g.ratio_condition = boost::fusion::at_c<1>(x3::_attr(ctx));
  g.ratio_span = span;
};
auto const award_group_def =
    kw("for") > ident[([](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); })] >
    ':' > kw("requires") > expr[([](auto& ctx) { x3::_val(ctx).condition = x3::_attr(ctx); })] >
    *(',' > ((kw("at") >> kw("most") >> mark[percent_text >> kw("where") > expr][set_ratio]) |
             (kw("at") > kw("most") > mark[int_text][set_cap]) |
             (kw("rank") > kw("by") > ident[([](auto& ctx) {
                x3::_val(ctx).has_rank = true;
                x3::_val(ctx).rank_field = x3::_attr(ctx);
              })])));

auto const set_deadline_day = [](auto& ctx) {
  Span span = span_of(ctx);
  std::string const& text = x3::_attr(ctx);
  ast::Deadline& d = x3::_val(ctx);
  d.span = span;
  if (auto full = ParseDate(text)) {
    d.date = *full;
    return;
  }
  // day/month, recurring each year: validate against a leap year so 29/2 is
  // accepted (it then falls on 28/2 in other years; see docs/awards.md).
  auto slash = text.find('/');
  auto probe = ParseDate(text + "/2024");
  if (slash == std::string::npos || !probe) {
    B(ctx).sink->Error(span, Msg::kBadDate, {text});
    return;
  }
  d.recurring = true;
  d.day = std::stoi(text.substr(0, slash));
  d.month = std::stoi(text.substr(slash + 1));
};
auto const deadline_def =
    kw("deadline") > ident[([](auto& ctx) { x3::_val(ctx).field = x3::_attr(ctx); })] >
    -(kw("on") > kw("or")[([](auto& ctx) { x3::_val(ctx).inclusive = true; })]) >
    kw("before") > mark[day_month][set_deadline_day] > -string_lit[set_label];

auto const award_decl_def =
    kw("award") > ident[set_name] > -string_lit[set_label] > '{' >
    *((kw("authority") > string_lit[([](auto& ctx) { x3::_val(ctx).authority = x3::_attr(ctx); })]) |
      (kw("source") > string_lit[set_source]) |
      (kw("period") >
       (kw("yearly")[([](auto& ctx) { x3::_val(ctx).period = ast::AwardDecl::Period::kYearly; })] |
        (kw("midterm") > int_text)[([](auto& ctx) {
          x3::_val(ctx).period = ast::AwardDecl::Period::kMidTerm;
          x3::_val(ctx).period_year = std::stoi(x3::_attr(ctx));
        })] |
        (kw("final") > int_text)[([](auto& ctx) {
          x3::_val(ctx).period = ast::AwardDecl::Period::kFinal;
          x3::_val(ctx).period_year = std::stoi(x3::_attr(ctx));
        })])) |
      award_group[([](auto& ctx) { x3::_val(ctx).groups.push_back(x3::_attr(ctx)); })] |
      deadline[([](auto& ctx) { x3::_val(ctx).deadlines.push_back(x3::_attr(ctx)); })] |
      (kw("dossier") > (expr % ',')[([](auto& ctx) {
         auto& d = x3::_val(ctx).dossier;
         d.insert(d.end(), x3::_attr(ctx).begin(), x3::_attr(ctx).end());
       })])) >
    '}';

auto const set_bound = [](bool upper) {
  return [upper](auto& ctx) {
    Span span = span_of(ctx);
    std::string const& text = x3::_attr(ctx);
    ast::TargetDecl& t = x3::_val(ctx);
    bool pct = !text.empty() && text.back() == '%';
    auto v = pct ? ParsePercent(text) : Fixed::Parse(text);
    if (!v) B(ctx).sink->Error(span, Msg::kBadNumber, {text});
    (upper ? t.high : t.low) = v ? *v : Fixed();
    t.share = pct;
    if (!upper) t.bound_span = span;
  };
};
auto const set_form = [](ast::TargetDecl::Form f) {
  return [f](auto& ctx) { x3::_val(ctx).form = f; };
};
auto const target_decl_def =
    kw("target") > ident[set_name] > -string_lit[set_label] >
    -(kw("source") > string_lit[set_source]) > ':' >
    ((kw("at") > (kw("least")[set_form(ast::TargetDecl::Form::kAtLeast)] |
                  kw("most")[set_form(ast::TargetDecl::Form::kAtMost)]) >
      mark[bound_text][set_bound(false)] > -kw("of")) |
     (kw("between")[set_form(ast::TargetDecl::Form::kBetween)] >
      mark[bound_text][set_bound(false)] > kw("and") > mark[bound_text][set_bound(true)] >
      kw("of")) |
     kw("all")[set_form(ast::TargetDecl::Form::kAll)] |
     kw("no")[set_form(ast::TargetDecl::Form::kNone)]) >
    ident[([](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); })] >
    -(kw("where") > expr[([](auto& ctx) { x3::_val(ctx).where = x3::_attr(ctx); })]);

BOOST_SPIRIT_DEFINE(award_decl, award_group, deadline, day_month, target_decl, bound_text)

// ---------------------------------------------------------------- schedules

x3::rule<class schedule_r, ast::ScheduleDecl> const schedule_decl = "schedule";
x3::rule<class schedule_period_r, ast::SchedulePeriod> const schedule_period =
    "monthly / quarterly / six_months / nine_months / yearly / midterm YEAR / final YEAR";
x3::rule<class due_r, ast::SchedulePeriod> const due_clause =
    "due N days after end / due N days before end / due at end";

using PeriodKind = ast::SchedulePeriod::Kind;
auto const set_period_kind = [](PeriodKind k) {
  return [k](auto& ctx) { x3::_val(ctx).kind = k; };
};
auto const set_days = [](auto& ctx) {
  Span span = span_of(ctx);
  auto n = Fixed::Parse(x3::_attr(ctx));
  auto days = n ? n->ToInt64() : std::nullopt;
  if (!days || *days > 3660) {
    B(ctx).sink->Error(span, Msg::kBadNumber, {x3::_attr(ctx)});
    return;
  }
  x3::_val(ctx).offset_days = static_cast<int32_t>(*days);
};
auto const due_clause_def =
    kw("due") >
    ((kw("at") > kw("end")) |
     (mark[int_text][set_days] > kw("days") >
      (kw("after") | kw("before")[([](auto& ctx) {
         x3::_val(ctx).offset_days = -x3::_val(ctx).offset_days;
       })]) >
      kw("end")));
auto const schedule_period_def =
    mark[(kw("monthly")[set_period_kind(PeriodKind::kMonthly)] |
          kw("quarterly")[set_period_kind(PeriodKind::kQuarterly)] |
          kw("six_months")[set_period_kind(PeriodKind::kSixMonths)] |
          kw("nine_months")[set_period_kind(PeriodKind::kNineMonths)] |
          kw("yearly")[set_period_kind(PeriodKind::kYearly)] |
          (kw("midterm")[set_period_kind(PeriodKind::kMidTerm)] >
           mark[int_text][set_year]) |
          (kw("final")[set_period_kind(PeriodKind::kFinal)] >
           mark[int_text][set_year])) >
         due_clause[([](auto& ctx) {
           x3::_val(ctx).offset_days = x3::_attr(ctx).offset_days;
         })]][([](auto& ctx) { x3::_val(ctx).span = span_of(ctx); })];
auto const schedule_decl_def =
    kw("schedule") > ident[set_name] > -string_lit[set_label] > '{' >
    *((kw("source") > string_lit[set_source]) |
      schedule_period[([](auto& ctx) {
        x3::_val(ctx).periods.push_back(x3::_attr(ctx));
      })]) >
    '}';

BOOST_SPIRIT_DEFINE(schedule_decl, schedule_period, due_clause)

auto const declaration =
    plan_decl[push_to(&ast::File::plans)] |
    import_decl[push_to(&ast::File::imports)] |
    enum_decl[push_to(&ast::File::enums)] |
    unit_decl[push_to(&ast::File::units)] |
    param_decl[push_to(&ast::File::params)] |
    criterion_decl[push_to(&ast::File::criteria)] |
    test_decl[push_to(&ast::File::tests)] |
    award_decl[push_to(&ast::File::awards)] |
    target_decl[push_to(&ast::File::targets)] |
    schedule_decl[push_to(&ast::File::schedules)] |
    instrument_decl[push_to(&ast::File::instruments)] |
    list_decl[push_to(&ast::File::lists)];

auto const skipper = ascii::space | x3::lexeme['#' >> *(x3::char_ - x3::eol)];

}  // namespace

bool ParseDeclaration(char const*& first, char const* last, Builder& builder) {
  try {
    return x3::phrase_parse(
        first, last, x3::with<builder_tag>(std::ref(builder))[declaration],
        skipper);
  } catch (x3::expectation_failure<char const*> const& e) {
    throw Expected{e.where(), e.which()};
  }
}

void SkipBlanks(char const*& first, char const* last) {
  x3::phrase_parse(first, last, x3::eps, skipper);
}

bool StartsDeclaration(std::string_view word) {
  static constexpr std::string_view kStarts[] = {
      "plan", "import", "enum", "unit", "param", "criterion", "test",
      "award", "target", "schedule", "instrument", "list"};
  for (std::string_view w : kStarts) {
    if (w == word) return true;
  }
  return false;
}

}  // namespace thidua::internal::grammar
