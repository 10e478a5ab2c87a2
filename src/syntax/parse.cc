#include "syntax/parse.hpp"

#include <algorithm>
#include <string_view>

#include "base/utf8.hpp"
#include "syntax/grammar.hpp"

namespace thidua::internal {
namespace {

bool StartsDeclarationAt(const char* p, const char* last) {
  const char* end = p;
  while (end != last && ((*end >= 'a' && *end <= 'z') || *end == '_')) ++end;
  return grammar::StartsDeclaration(std::string_view(p, static_cast<size_t>(end - p)));
}

// Where the parser starts again after an error: the error's own position if
// a declaration begins there at the start of a line (the broken one ran into
// it), else the first later line whose first word begins a declaration.
// Always past `start`, where the failed attempt began.
const char* Resync(const char* from, const char* last, const char* start) {
  const char* at = from;
  while (at != last && (*at == ' ' || *at == '\t' || *at == '\r' || *at == '\n')) ++at;
  const char* line = at;
  while (line > start && line[-1] != '\n' && (line[-1] == ' ' || line[-1] == '\t')) --line;
  if (at > start && (line == start || line[-1] == '\n') && StartsDeclarationAt(at, last)) {
    return at;
  }
  const char* p = from;
  while (true) {
    while (p != last && *p != '\n') ++p;
    if (p == last) return last;
    ++p;  // start of the next line
    const char* word = p;
    while (word != last && (*word == ' ' || *word == '\t' || *word == '\r')) {
      ++word;
    }
    const char* end = word;
    while (end != last && ((*end >= 'a' && *end <= 'z') || *end == '_')) ++end;
    if (grammar::StartsDeclaration(std::string_view(word, end - word))) {
      return word;
    }
  }
}

// The opening quote of a string that runs to the end of its line at `where`.
const char* OpeningQuote(const char* begin, const char* where) {
  for (const char* p = where; p > begin;) {
    --p;
    if (*p == '\n') return nullptr;
    if (*p == '"') return p;
  }
  return nullptr;
}

// The extent of the token at `p`, for the caret's underline.
const char* TokenEnd(const char* p, const char* last) {
  std::string_view rest(p, static_cast<size_t>(last - p));
  size_t i = 0;
  while (i < rest.size()) {
    char32_t cp;
    int n = DecodeUtf8(rest, i, &cp);
    if (n == 0) return p + i + 1;
    bool word = IsIdentifierCodePoint(cp, false);
    if (!word) return p + (i == 0 ? n : i);
    i += n;
  }
  return last;
}

std::string Describe(const std::string& what, Language language) {
  if (language != Language::kVietnamese) return what;
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"expression", "biểu thức"}, {"name", "tên"},
      {"value", "giá trị"}, {"type", "kiểu"},
      {"string in double quotes", "chuỗi trong dấu nháy kép"},
      {"year or date", "năm hoặc ngày"}, {"literal", "hằng"},
      {"quantifier", "lượng từ"}};
  for (auto [en, vi] : kWords) {
    if (en == what) return std::string(vi);
  }
  return what;
}

}  // namespace

void ParseFile(const SourceSet& sources, uint32_t file_id,
               const ParseOptions& options, DiagnosticSink& sink,
               ast::File* module) {
  const std::string& text = sources.file(file_id).text();
  const char* first = text.data();
  const char* last = text.data() + text.size();
  grammar::Builder builder;
  builder.file = module;
  builder.base = text.data();
  builder.comments = FindComments(text);
  builder.file_id = file_id;
  builder.sink = &sink;
  builder.max_depth = options.max_nesting_depth;
  builder.max_height = static_cast<uint32_t>(options.max_expression_height);

  while (!sink.full()) {
    grammar::SkipBlanks(first, last);
    if (first == last) break;
    const char* start = first;
    try {
      if (grammar::ParseDeclaration(first, last, builder)) continue;
      const bool vi = sink.language() == Language::kVietnamese;
      sink.Error(builder.SpanOf(start, TokenEnd(start, last)), Msg::kExpected,
                 {vi ? "một khai báo (plan, import, enum, unit, param, "
                       "criterion, test, award, target)"
                     : "a declaration (plan, import, enum, unit, param, "
                       "criterion, test, award or target)"});
      first = Resync(start, last, start);
    } catch (const grammar::Expected& e) {
      // Point at the offending token, not the blank before it; at the end
      // of the file, at the end of the last line.
      const char* at = e.where;
      grammar::SkipBlanks(at, last);
      if (at == last) at = e.where;
      const char* quote = e.what == "'\"'" ? OpeningQuote(text.data(), e.where) : nullptr;
      if (quote != nullptr) {
        sink.Error(builder.SpanOf(quote, quote + 1), Msg::kUnterminatedString);
      } else {
        sink.Error(builder.SpanOf(at, TokenEnd(at, last)), Msg::kExpected,
                   {Describe(e.what, sink.language())});
      }
      first = Resync(e.where, last, start);
    } catch (const grammar::TooDeep& e) {
      if (e.height) {
        sink.Error(builder.SpanOf(e.where, TokenEnd(e.where, last)), Msg::kTooLong,
                   {std::to_string(options.max_expression_height)});
      } else {
        sink.Error(builder.SpanOf(e.where, TokenEnd(e.where, last)), Msg::kTooDeep,
                   {std::to_string(options.max_nesting_depth)});
      }
      first = Resync(e.where, last, start);
    }
    builder.depth = 0;
    builder.spans.clear();  // an error may leave marks behind
  }
}

}  // namespace thidua::internal
