// The public entry points: run the pipeline (load → parse → check) and wrap
// the result in an immutable RuleSet.
#include <utility>

#include "base/diagnostics.hpp"
#include "check/check.hpp"
#include "check/load.hpp"
#include "api/ruleset_data.hpp"
#include "check/program.hpp"
#include "compile/compile.hpp"
#include "thidua/thidua.hpp"

namespace thidua {
namespace {

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
  if (!sink.full()) CheckProgram(program.get(), sink, options.max_expression_height);
  bool ok = !sink.has_errors();
  result.diagnostics = sink.Take();
  if (ok) {
    auto data = std::make_shared<RuleSetData>();
    data->code = CompileProgram(*program);
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
