// The public entry points: run the pipeline (load → parse → check) and wrap
// the result in an immutable RuleSet.
#include <utility>

#include "base/diagnostics.hpp"
#include "check/check.hpp"
#include "check/load.hpp"
#include "check/program.hpp"
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
  if (!sink.full()) CheckProgram(program.get(), sink);
  bool ok = !sink.has_errors();
  result.diagnostics = sink.Take();
  if (ok) result.rules = std::make_shared<const RuleSet>(std::move(program));
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

RuleSet::RuleSet(std::shared_ptr<const internal::Program> program)
    : program_(std::move(program)) {}
RuleSet::~RuleSet() = default;

const std::string& RuleSet::plan_name() const { return program_->plan_name; }
const std::string& RuleSet::plan_title() const { return program_->plan_title; }
const std::string& RuleSet::plan_source() const { return program_->plan_source; }

std::vector<std::string> RuleSet::unit_kinds() const {
  std::vector<std::string> out;
  for (const auto& u : program_->units) out.push_back(u.name);
  return out;
}

std::vector<DeclarationInfo> RuleSet::criteria() const {
  std::vector<DeclarationInfo> out;
  for (const auto& c : program_->criteria) {
    DeclarationInfo info{c.name, c.label, c.source, {}};
    for (int32_t k : c.kinds) info.kinds.push_back(program_->units[k].name);
    out.push_back(std::move(info));
  }
  return out;
}

int RuleSet::test_count() const {
  return static_cast<int>(program_->tests.size());
}

const char* VersionString() { return THIDUA_VERSION_STRING; }

}  // namespace thidua
