// The public entry points: run the pipeline (load → parse → check) and wrap
// the result in an immutable RuleSet.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.hpp"
#include "check/check.hpp"
#include "check/load.hpp"
#include "api/ruleset_data.hpp"
#include "check/program.hpp"
#include "compile/compile.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

// The limits on the size of the rules that the parser does not check
// itself: declarations in all files, bytes in one string (docs/limits.md).
void CheckSizeLimits(const internal::ast::File& m, const CompileOptions& options,
                     internal::DiagnosticSink& sink) {
  using namespace internal;
  // Every declaration's place, to point at the first one past the limit.
  std::vector<Span> places;
  auto strings = [&](Span at, std::initializer_list<const std::string*> texts,
                     bool declaration = true) {
    if (declaration) places.push_back(at);
    for (const std::string* t : texts) {
      if (t->size() > options.max_string_bytes) {
        sink.Error(at, Msg::kStringTooLong,
                   {std::to_string(t->size()), std::to_string(options.max_string_bytes)});
      }
    }
  };
  for (const auto& d : m.plans) strings(d.name.span, {&d.title, &d.source});
  for (const auto& d : m.imports) strings(d.span, {&d.path});
  for (const auto& d : m.enums) {
    strings(d.name.span, {&d.label});
    for (const auto& e : d.members) strings(e.name.span, {&e.label}, false);
  }
  for (const auto& d : m.units) strings(d.name.span, {&d.label});
  for (const auto& d : m.params) strings(d.name.span, {&d.label, &d.source});
  for (const auto& d : m.criteria) strings(d.name.span, {&d.label, &d.source});
  for (const auto& d : m.tests) strings(d.span, {&d.title});
  for (const auto& d : m.awards) strings(d.name.span, {&d.label, &d.authority, &d.source});
  for (const auto& d : m.targets) strings(d.name.span, {&d.label, &d.source});
  for (const auto& e : m.exprs) {
    if (e.kind == ast::ExprKind::kText && e.text.size() > options.max_string_bytes) {
      sink.Error(e.span, Msg::kStringTooLong,
                 {std::to_string(e.text.size()), std::to_string(options.max_string_bytes)});
    }
  }
  if (options.max_declarations >= 0 &&
      places.size() > static_cast<size_t>(options.max_declarations)) {
    std::sort(places.begin(), places.end(), [](const Span& a, const Span& b) {
      return a.file != b.file ? a.file < b.file : a.begin < b.begin;
    });
    Hint hint{Msg::kHintSplitFile, {}};
    sink.Error(places[static_cast<size_t>(options.max_declarations)],
               Msg::kTooManyDeclarations, {std::to_string(options.max_declarations)},
               &hint);
  }
}

absl::StatusOr<Compilation> Compile(internal::LoadInput input,
                                    const CompileOptions& options) {
  using namespace internal;
  auto sources = std::make_shared<SourceSet>();
  auto program = std::make_shared<Program>();
  DiagnosticSink sink(sources.get(), options.language, options.max_diagnostics);
  LoadModule(input, options, *sources, sink, &program->module);
  Compilation result;
  if (sources->size() == 0) {  // the main file could not be read
    std::vector<Diagnostic> d = sink.Take();
    return absl::NotFoundError(d.empty() ? input.path : d.front().message);
  }
  program->sources = sources;
  if (!sink.full()) CheckSizeLimits(program->module, options, sink);
  if (!sink.full()) CheckProgram(program.get(), sink, options.max_expression_height);
  bool ok = !sink.has_errors();
  result.diagnostics = sink.Take();
  if (ok) {
    auto data = std::make_shared<RuleSetData>();
    data->code = CompileProgram(*program);
    data->code.max_steps = options.max_evaluation_steps;
    data->program = std::move(program);
    result.rules = std::make_shared<const RuleSet>(std::move(data));
  }
  return result;
}

}  // namespace

absl::StatusOr<Compilation> CompileFile(std::string_view path,
                                        const CompileOptions& options) {
  return Compile({std::string(path), std::nullopt}, options);
}

absl::StatusOr<Compilation> CompileText(std::string_view text,
                                        std::string_view path,
                                        const CompileOptions& options) {
  return Compile({std::string(path), std::string(text)}, options);
}

RuleSet::RuleSet(std::shared_ptr<const internal::RuleSetData> data)
    : data_(std::move(data)) {}
RuleSet::~RuleSet() = default;

const internal::Program& RuleSet::program() const { return *data_->program; }
const internal::CompiledProgram& RuleSet::code() const { return data_->code; }

const std::string& RuleSet::plan_name() const { return program().plan_name; }
const std::string& RuleSet::plan_title() const { return program().plan_title; }
const std::string& RuleSet::plan_source() const { return program().plan_source; }

std::vector<std::string> RuleSet::unit_kinds() const {
  std::vector<std::string> out;
  for (const auto& u : program().units) out.push_back(u.name);
  return out;
}

std::vector<DeclarationInfo> RuleSet::criteria() const {
  std::vector<DeclarationInfo> out;
  for (const auto& c : program().criteria) {
    DeclarationInfo info{c.name, c.label, c.source, {}};
    for (int32_t k : c.kinds) info.kinds.push_back(program().units[k].name);
    out.push_back(std::move(info));
  }
  return out;
}

int RuleSet::criterion_count() const {
  return static_cast<int>(program().criteria.size());
}

int RuleSet::FindCriterion(std::string_view name) const {
  return program().FindCriterion(name);
}

int RuleSet::test_count() const {
  return static_cast<int>(program().tests.size());
}

const char* VersionString() { return THIDUA_VERSION_STRING; }

}  // namespace thidua
