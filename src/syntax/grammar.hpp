// Internal interface between parse.cc and the X3 grammar (grammar.cc), so
// that only one translation unit includes Spirit.
#ifndef THIDUA_SRC_SYNTAX_GRAMMAR_HPP_
#define THIDUA_SRC_SYNTAX_GRAMMAR_HPP_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"
#include "syntax/ast.hpp"
#include "syntax/comments.hpp"

namespace thidua::internal::grammar {

// Thrown when nesting passes Builder::max_depth.
struct TooDeep {
  const char* where;
  bool height = false;  // a chain of operators, not nested brackets
};

// What the grammar's actions build into; injected into the parse context.
struct Builder {
  ast::File* file = nullptr;
  const char* base = nullptr;  // start of the file's text
  uint32_t file_id = 0;
  DiagnosticSink* sink = nullptr;
  int depth = 0;
  int max_depth = 200;
  uint32_t max_height = 4096;  // of an expression tree (chains of operators)
  std::vector<Span> spans;  // see mark in grammar.cc
  std::vector<Comment> comments;  // of the whole text, for MatchedSpan

  Span SpanOf(const char* begin, const char* end) const {
    return {file_id, static_cast<uint32_t>(begin - base),
            static_cast<uint32_t>(end - base)};
  }
  // What a marked parser matched, without the blanks and comments it
  // skipped at its end.
  Span MatchedSpan(const char* begin, const char* end) const {
    uint32_t b = static_cast<uint32_t>(begin - base), e = static_cast<uint32_t>(end - base);
    return {file_id, b, EndOfLastToken(std::string_view(base, e), comments, b, e)};
  }
  // From the start of expression `first` to the end of `last`.
  Span Join(ast::ExprId first, Span last) const {
    Span s = file->exprs[static_cast<size_t>(first)].span;
    s.end = last.end;
    return s;
  }
  // Adds a node; throws TooDeep when the tree grows taller than max_height,
  // so that later stages, which recurse over trees, stay within the stack.
  ast::ExprId Add(ast::Expr e) {
    uint32_t h = 0;
    auto child = [&](ast::ExprId id) {
      if (id >= 0) h = std::max(h, file->exprs[static_cast<size_t>(id)].height);
    };
    child(e.lhs);
    child(e.rhs);
    child(e.third);
    for (ast::ExprId id : e.items) child(id);
    for (const ast::RecordField& f : e.fields) child(f.value);
    e.height = h + 1;
    if (e.height > max_height) throw TooDeep{base + e.span.begin, true};
    file->exprs.push_back(std::move(e));
    return static_cast<ast::ExprId>(file->exprs.size() - 1);
  }
};


// Thrown when a construct is begun but what must follow is missing.
struct Expected {
  const char* where;
  std::string what;  // the readable name of what was expected
};

// Parses one declaration at `first` (after blanks and comments). Returns
// false when none starts there; throws x3::expectation_failure<const char*>
// for a declaration begun but malformed, and TooDeep.
bool ParseDeclaration(const char*& first, const char* last, Builder& builder);

// Moves `first` past blanks and comments.
void SkipBlanks(const char*& first, const char* last);

// True for the keywords that begin a declaration.
bool StartsDeclaration(std::string_view word);

}  // namespace thidua::internal::grammar

#endif  // THIDUA_SRC_SYNTAX_GRAMMAR_HPP_
