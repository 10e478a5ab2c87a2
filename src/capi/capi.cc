// The C API: shared helpers, codes and versions, compiling rules and reading
// what they declare. Units are in units.cc, evaluation in evaluate.cc.
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "capi/handles.hpp"

namespace thidua::capi {
namespace {

// One slot per thread, like errno: threads sharing a td_ruleset never see
// each other's errors, and reading it needs no lock.
struct SharedErrorSlot {
  uint64_t serial = 0;
  ErrorState state;
};
thread_local SharedErrorSlot t_shared_error;

}  // namespace

int Sink::Fail(int code, std::string_view message) const noexcept {
  ErrorState* state = local_;
  if (state == nullptr && serial_ != 0) {
    t_shared_error.serial = serial_;
    state = &t_shared_error.state;
  }
  if (state == nullptr) return code;
  state->code = code;
  try {
    state->message.assign(message);
  } catch (...) {  // no memory for the text: keep the code, errmsg uses errstr
    state->message.clear();
  }
  return code;
}

int Sink::FailStatus(const absl::Status& status, int not_found) const noexcept {
  int code = TD_E_INTERNAL;
  switch (status.code()) {
    case absl::StatusCode::kOk: return Ok();
    case absl::StatusCode::kNotFound: code = not_found; break;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange: code = TD_E_DATA; break;
    case absl::StatusCode::kResourceExhausted: code = TD_E_LIMIT; break;
    case absl::StatusCode::kFailedPrecondition: code = TD_E_MISUSE; break;
    case absl::StatusCode::kPermissionDenied:
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDataLoss: code = TD_E_IO; break;
    default: break;
  }
  absl::string_view message = status.message();  // absl's own type on Debian
  return Fail(code, std::string_view(message.data(), message.size()));
}

const ErrorState* SharedError(uint64_t serial) noexcept {
  return t_shared_error.serial == serial ? &t_shared_error.state : nullptr;
}

uint64_t NextSerial() noexcept {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

namespace {

struct Registry {
  std::mutex mutex;
  std::unordered_map<const void*, HandleKind> live;
};

Registry& Handles() {
  static Registry* registry = new Registry;  // never destroyed: frees may
  return *registry;                          // come from static destructors
}

}  // namespace

void Track(const void* p, HandleKind kind) {
  Registry& r = Handles();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.live[p] = kind;
}

bool Untrack(const void* p, HandleKind kind) noexcept {
  if (p == nullptr) return false;
  Registry& r = Handles();
  std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.live.find(p);
  if (it == r.live.end() || it->second != kind) return false;
  r.live.erase(it);
  return true;
}

bool View(const char* text, size_t len, std::string_view* out) noexcept {
  if (text == nullptr) {
    *out = {};
    return len == 0;
  }
  *out = len == TD_NTS ? std::string_view(text) : std::string_view(text, len);
  return true;
}

int AsOfArg(const char* date, size_t len, thidua::Date* out, const Sink& sink) {
  std::string_view text;
  if (!View(date, len, &text)) return sink.Fail(TD_E_MISUSE, "as_of is NULL");
  *out = {};
  if (text.empty()) return TD_OK;
  absl::StatusOr<thidua::Date> day = thidua::ParseDate(text);
  if (!day.ok()) return sink.FailStatus(day.status(), TD_E_DATA);
  *out = *day;
  return TD_OK;
}

int CopyOut(std::string_view text, char** out, const Sink& sink) noexcept {
  // malloc, not new: td_free_string must free it without knowing its size.
  char* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) return sink.Fail(TD_E_NOMEM, "out of memory");
  if (!text.empty()) std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  try {
    Track(copy, HandleKind::kString);
  } catch (...) {
    std::free(copy);
    return sink.Fail(TD_E_NOMEM, "out of memory");
  }
  *out = copy;
  return sink.Ok();
}

td_verdict ToC(Verdict verdict) noexcept {
  switch (verdict) {
    case Verdict::kEligible: return TD_ELIGIBLE;
    case Verdict::kNotEligible: return TD_NOT_ELIGIBLE;
    case Verdict::kUndetermined: return TD_UNDETERMINED;
    case Verdict::kNotApplicable: return TD_NOT_APPLICABLE;
  }
  return TD_UNDETERMINED;
}

bool ToLanguage(td_language lang, Language* out) noexcept {
  if (lang != TD_LANG_EN && lang != TD_LANG_VI) return false;
  *out = lang == TD_LANG_VI ? Language::kVietnamese : Language::kEnglish;
  return true;
}

namespace {

std::optional<Verdict> FromC(td_verdict verdict) {
  switch (verdict) {
    case TD_ELIGIBLE: return Verdict::kEligible;
    case TD_NOT_ELIGIBLE: return Verdict::kNotEligible;
    case TD_UNDETERMINED: return Verdict::kUndetermined;
    case TD_NOT_APPLICABLE: return Verdict::kNotApplicable;
    default: return std::nullopt;
  }
}

// "2 errors; the first: plan.td:12:21: cannot compare …", for errmsg.
std::string CompileSummary(const std::vector<Diagnostic>& diagnostics,
                           Language language) {
  int errors = 0;
  const Diagnostic* first = nullptr;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::kError) continue;
    if (first == nullptr) first = &d;
    ++errors;
  }
  bool vi = language == Language::kVietnamese;
  std::string text = std::to_string(errors) +
                     (vi ? " lỗi" : errors == 1 ? " error" : " errors");
  if (first != nullptr) {
    text += (vi ? "; lỗi đầu tiên: " : "; the first: ") + first->path + ":" +
            std::to_string(first->line) + ":" + std::to_string(first->column) +
            ": " + first->message;
  }
  return text;
}

bool ToOptions(const td_compile_options* in, CompileOptions* out) {
  if (in == nullptr) return true;
  std::string_view root;  // NULL: the default, whatever the length says
  if (!ToLanguage(in->language, &out->language) ||
      (in->rules_root != nullptr && !View(in->rules_root, in->rules_root_len, &root))) {
    return false;
  }
  out->rules_root = std::string(root);
  out->max_file_bytes = in->max_file_bytes;
  out->max_nesting_depth = in->max_nesting_depth;
  out->max_files = in->max_files;
  out->max_diagnostics = in->max_diagnostics;
  return true;
}

// Runs the compiler into `core`; an exception becomes the core's outcome so
// that the caller still gets a handle that says what went wrong.
void CompileInto(bool from_file, std::string_view text, std::string_view path,
                 const CompileOptions& options, RulesCore* core) {
  try {
    absl::StatusOr<Compilation> c = from_file ? CompileFile(path, options)
                                              : CompileText(text, path, options);
    if (!c.ok()) {
      ErrorState state;
      core->compile_code = Sink::Local(&state).FailStatus(c.status(), TD_E_IO);
      core->compile_message = std::move(state.message);
      return;
    }
    core->diagnostics = std::move(c->diagnostics);
    if (!c->ok()) {
      core->compile_code = TD_E_COMPILE;
      core->compile_message = CompileSummary(core->diagnostics, core->language);
      return;
    }
    core->criteria = c->rules->criteria();
    core->kinds = c->rules->unit_kinds();
    core->awards = c->rules->awards();
    core->rules = std::move(c->rules);
  } catch (const std::bad_alloc&) {
    throw;  // no handle can be made either: the caller's guard says NOMEM
  } catch (const std::exception& e) {
    core->compile_code = TD_E_INTERNAL;
    core->compile_message = e.what();
  } catch (...) {
    core->compile_code = TD_E_INTERNAL;
    core->compile_message = "unknown exception";
  }
}

int Compile(bool from_file, const char* text, size_t len, const char* path,
            size_t path_len, const td_compile_options* options,
            td_ruleset** out) noexcept {
  if (out == nullptr) return TD_E_MISUSE;
  *out = nullptr;
  return Guard(Sink::None(), [&]() -> int {
    std::string_view text_view, path_view;
    CompileOptions o;
    if (!View(text, len, &text_view) || !View(path, path_len, &path_view) ||
        (from_file && path_view.empty()) || !ToOptions(options, &o)) {
      return TD_E_MISUSE;
    }
    // Diagnostics of rules given as text need a name to show.
    if (!from_file && path_view.empty()) path_view = "<text>";
    auto core = std::make_shared<RulesCore>();
    core->serial = NextSerial();
    core->language = o.language;
    CompileInto(from_file, text_view, path_view, o, core.get());
    auto handle = std::make_unique<td_ruleset>(td_ruleset{std::move(core)});
    Track(handle.get(), HandleKind::kRuleset);
    *out = handle.release();
    return (*out)->core->compile_code;
  });
}

}  // namespace
}  // namespace thidua::capi

using thidua::capi::Guard;
using thidua::capi::Sink;

extern "C" {

const char* td_errstr(int code) {
  switch (code) {
    case TD_OK: return "not an error";
    case TD_E_MISUSE: return "misuse: a NULL handle or pointer, or a call out of order";
    case TD_E_RANGE: return "an index out of range, or an output array too small";
    case TD_E_COMPILE: return "the rules have errors";
    case TD_E_IO: return "a file cannot be read";
    case TD_E_LIMIT: return "a safety limit was passed";
    case TD_E_DATA: return "unit data is wrong";
    case TD_E_NOT_FOUND: return "no such unit kind, field or criterion";
    case TD_E_NOMEM: return "out of memory";
    case TD_E_INTERNAL: return "internal error";
    default: return "unknown error code";
  }
}

const char* td_version(void) { return thidua::VersionString(); }

void td_free_string(char* s) {
  if (thidua::capi::Untrack(s, thidua::capi::HandleKind::kString)) std::free(s);
}

const char* td_verdict_id(td_verdict verdict) {
  auto v = thidua::capi::FromC(verdict);
  return v ? thidua::VerdictId(*v) : nullptr;
}

const char* td_verdict_name(td_verdict verdict, td_language lang) {
  auto v = thidua::capi::FromC(verdict);
  thidua::Language language;
  if (!v || !thidua::capi::ToLanguage(lang, &language)) return nullptr;
  return thidua::VerdictName(*v, language);
}

void td_compile_options_init(td_compile_options* options) {
  if (options == nullptr) return;
  const thidua::CompileOptions defaults;
  options->language = TD_LANG_EN;
  options->rules_root = nullptr;
  options->rules_root_len = 0;
  options->max_file_bytes = defaults.max_file_bytes;
  options->max_nesting_depth = defaults.max_nesting_depth;
  options->max_files = defaults.max_files;
  options->max_diagnostics = defaults.max_diagnostics;
}

int td_ruleset_compile(const char* text, size_t len, const char* path,
                       size_t path_len, const td_compile_options* options,
                       td_ruleset** out) {
  return thidua::capi::Compile(false, text, len, path, path_len, options, out);
}

int td_ruleset_compile_file(const char* path, size_t path_len,
                            const td_compile_options* options,
                            td_ruleset** out) {
  return thidua::capi::Compile(true, nullptr, 0, path, path_len, options, out);
}

void td_ruleset_free(td_ruleset* rules) {
  if (thidua::capi::Untrack(rules, thidua::capi::HandleKind::kRuleset)) delete rules;
}

int td_ruleset_errcode(const td_ruleset* rules) {
  if (rules == nullptr) return TD_E_MISUSE;
  const auto* e = thidua::capi::SharedError(rules->core->serial);
  return e != nullptr ? e->code : rules->core->compile_code;
}

const char* td_ruleset_errmsg(const td_ruleset* rules) {
  if (rules == nullptr) return td_errstr(TD_E_MISUSE);
  const thidua::capi::RulesCore& core = *rules->core;
  const auto* e = thidua::capi::SharedError(core.serial);
  if (e != nullptr) return e->message.empty() ? td_errstr(e->code) : e->message.c_str();
  return core.compile_message.empty() ? td_errstr(core.compile_code)
                                      : core.compile_message.c_str();
}

size_t td_ruleset_diagnostic_count(const td_ruleset* rules) {
  return rules == nullptr ? 0 : rules->core->diagnostics.size();
}

int td_ruleset_diagnostic(const td_ruleset* rules, size_t index,
                          td_diagnostic* out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "td_ruleset_diagnostic: out is NULL");
  const auto& all = rules->core->diagnostics;
  if (index >= all.size()) return sink.Fail(TD_E_RANGE, "no diagnostic at this index");
  const thidua::Diagnostic& d = all[index];
  out->severity = d.severity == thidua::Severity::kError ? TD_SEVERITY_ERROR
                                                         : TD_SEVERITY_WARNING;
  out->path = d.path.c_str();
  out->line = d.line;
  out->column = d.column;
  out->end_column = d.end_column;
  out->byte_offset = d.byte_offset;
  out->message = d.message.c_str();
  out->hint = d.hint.c_str();
  out->source_line = d.source_line.c_str();
  return sink.Ok();
}

int td_ruleset_format_diagnostics(const td_ruleset* rules, td_format format,
                                  char** out) {
  if (rules == nullptr) return TD_E_MISUSE;
  Sink sink = Sink::Shared(rules->core->serial);
  if (out == nullptr) return sink.Fail(TD_E_MISUSE, "out is NULL");
  *out = nullptr;
  if (format != TD_FORMAT_TEXT && format != TD_FORMAT_JSON) {
    return sink.Fail(TD_E_MISUSE, "format is neither TD_FORMAT_TEXT nor TD_FORMAT_JSON");
  }
  return Guard(sink, [&]() -> int {
    const auto& core = *rules->core;
    std::string text = thidua::FormatDiagnostics(
        core.diagnostics,
        format == TD_FORMAT_JSON ? thidua::DiagnosticFormat::kJson
                                 : thidua::DiagnosticFormat::kText,
        core.language);
    return thidua::capi::CopyOut(text, out, sink);
  });
}

const char* td_ruleset_plan_name(const td_ruleset* rules) {
  if (rules == nullptr || !rules->core->rules) return nullptr;
  return rules->core->rules->plan_name().c_str();
}

const char* td_ruleset_plan_title(const td_ruleset* rules) {
  if (rules == nullptr || !rules->core->rules) return nullptr;
  return rules->core->rules->plan_title().c_str();
}

const char* td_ruleset_plan_source(const td_ruleset* rules) {
  if (rules == nullptr || !rules->core->rules) return nullptr;
  return rules->core->rules->plan_source().c_str();
}

int td_ruleset_criterion_count(const td_ruleset* rules) {
  return rules == nullptr ? 0 : static_cast<int>(rules->core->criteria.size());
}

namespace {
const thidua::DeclarationInfo* Criterion(const td_ruleset* rules, int i) {
  if (rules == nullptr || i < 0) return nullptr;
  const auto& all = rules->core->criteria;
  return static_cast<size_t>(i) < all.size() ? &all[static_cast<size_t>(i)] : nullptr;
}
}  // namespace

const char* td_ruleset_criterion_name(const td_ruleset* rules, int i) {
  const auto* c = Criterion(rules, i);
  return c != nullptr ? c->name.c_str() : nullptr;
}

const char* td_ruleset_criterion_label(const td_ruleset* rules, int i) {
  const auto* c = Criterion(rules, i);
  return c != nullptr ? c->label.c_str() : nullptr;
}

const char* td_ruleset_criterion_source(const td_ruleset* rules, int i) {
  const auto* c = Criterion(rules, i);
  return c != nullptr ? c->source.c_str() : nullptr;
}

int td_ruleset_find_criterion(const td_ruleset* rules, const char* name,
                              size_t len) {
  std::string_view n;
  if (rules == nullptr || !rules->core->rules || !thidua::capi::View(name, len, &n)) {
    return -1;
  }
  // The C++ API's lookup, not a byte comparison here: names are matched as
  // the language matches them.
  try {
    return rules->core->rules->FindCriterion(n);
  } catch (...) {
    return -1;
  }
}

int td_ruleset_unit_kind_count(const td_ruleset* rules) {
  return rules == nullptr ? 0 : static_cast<int>(rules->core->kinds.size());
}

const char* td_ruleset_unit_kind(const td_ruleset* rules, int i) {
  if (rules == nullptr || i < 0) return nullptr;
  const auto& kinds = rules->core->kinds;
  return static_cast<size_t>(i) < kinds.size() ? kinds[static_cast<size_t>(i)].c_str()
                                                : nullptr;
}

}  // extern "C"
