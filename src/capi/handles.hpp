// What the C API's opaque handles hold, and the helpers every C entry point
// shares: error recording, the catch-all guard, string and status conversion.
// Built only on the public C++ API (thidua/thidua.hpp).
#ifndef THIDUA_SRC_CAPI_HANDLES_HPP_
#define THIDUA_SRC_CAPI_HANDLES_HPP_

#include <cstdint>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "thidua/thidua.h"
#include "thidua/thidua.hpp"

namespace thidua::capi {

// What a td_ruleset shares with every unit, builder and evaluator made from
// it, so that handles can be freed in any order. Immutable once built.
struct RulesCore {
  std::shared_ptr<const RuleSet> rules;  // null when compilation failed
  std::vector<Diagnostic> diagnostics;
  std::vector<DeclarationInfo> criteria;
  std::vector<std::string> kinds;
  std::vector<AwardDescription> awards;
  Language language = Language::kEnglish;
  int compile_code = TD_OK;
  std::string compile_message;
  // Identifies the handle in per-thread error slots; unlike an address, it
  // is never reused, so a freed handle's error cannot leak to a new one.
  uint64_t serial = 0;
};

// The last error of a handle that one thread uses at a time.
struct ErrorState {
  int code = TD_OK;
  std::string message;
};

// Where a C entry point records its outcome: the handle's own ErrorState
// (evaluators, builders), the calling thread's slot for a shared handle
// (rule sets), or nowhere (a NULL handle: only the code is returned).
class Sink {
 public:
  static Sink None() { return Sink(nullptr, 0); }
  static Sink Local(ErrorState* state) { return Sink(state, 0); }
  static Sink Shared(uint64_t serial) { return Sink(nullptr, serial); }

  int Fail(int code, std::string_view message) const noexcept;
  int Ok() const noexcept { return Fail(TD_OK, {}); }
  // Maps a Status to a code; `not_found` replaces TD_E_NOT_FOUND where a
  // missing thing means something else (an unreadable file: TD_E_IO).
  int FailStatus(const absl::Status& status, int not_found = TD_E_NOT_FOUND) const noexcept;

 private:
  Sink(ErrorState* local, uint64_t serial) : local_(local), serial_(serial) {}
  ErrorState* local_;
  uint64_t serial_;
};

// The calling thread's last error on the shared handle `serial`, if any.
const ErrorState* SharedError(uint64_t serial) noexcept;
uint64_t NextSerial() noexcept;

// Runs `body` (which returns a code) so that no exception leaves it.
template <typename Body>
int Guard(const Sink& sink, Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return sink.Fail(TD_E_NOMEM, "out of memory");
  } catch (const std::exception& e) {
    return sink.Fail(TD_E_INTERNAL, e.what());
  } catch (...) {
    return sink.Fail(TD_E_INTERNAL, "unknown exception");
  }
}

// A C string argument as a view: NULL is allowed only with length 0;
// TD_NTS means NUL-terminated. Returns false for misuse.
bool View(const char* text, size_t len, std::string_view* out) noexcept;

// An as-of day argument ("2023-12-31" or "31/12/2023"; NULL or "": the
// plan's default, left empty in *out). TD_E_MISUSE for NULL with a length,
// TD_E_DATA for a text that is not a date. Call inside Guard.
int AsOfArg(const char* date, size_t len, thidua::Date* out, const Sink& sink);

// A malloc'd NUL-terminated copy for a `char**` out-parameter (freed by
// td_free_string). TD_E_NOMEM when it cannot be allocated.
int CopyOut(std::string_view text, char** out, const Sink& sink) noexcept;

// Live handles and library-allocated strings, so that a second free of the
// same pointer (or a pointer of another kind) is detected and ignored
// instead of corrupting the heap. Track after allocating; a free function
// deletes only when Untrack finds the pointer with the same kind.
enum class HandleKind { kRuleset, kUnit, kBuilder, kEvaluator, kSelection, kString, kUnitTable };
void Track(const void* p, HandleKind kind);  // may throw std::bad_alloc
bool Untrack(const void* p, HandleKind kind) noexcept;

td_verdict ToC(Verdict verdict) noexcept;
bool ToLanguage(td_language lang, Language* out) noexcept;

// The units of one call (td_evaluate_batch, td_award_select) as one
// population: copies linked to their parents, with the lists of the units
// within each filled (docs/time-and-hierarchy.md), as RuleSet::ReadUnits
// does for a file. Unchanged when no kind lies within another.
std::vector<thidua::Unit> LinkPopulation(const thidua::RuleSet& rules,
                                         std::vector<thidua::Unit> units);

}  // namespace thidua::capi

// The opaque handles of thidua.h.
struct td_ruleset {
  std::shared_ptr<const thidua::capi::RulesCore> core;
};

struct td_unit {
  std::shared_ptr<const thidua::capi::RulesCore> core;
  thidua::Unit unit;
  std::string id;  // Unit::id() is a view; the C API promises a C string
};

// The units of one data file. `units` is sized once and never grows, so
// `pointers` (what td_unit_table_units hands out) stay valid.
struct td_unit_table {
  std::shared_ptr<const thidua::capi::RulesCore> core;
  std::vector<td_unit> units;  // borrowed by the caller, never tracked
  std::vector<const td_unit*> pointers;
  thidua::UnitTable table;     // rows, errors, warnings; its units moved out
};

struct td_unit_builder {
  std::shared_ptr<const thidua::capi::RulesCore> core;
  std::string kind;
  std::optional<thidua::UnitBuilder> builder;
  thidua::capi::ErrorState error;
};

struct td_evaluator {
  std::shared_ptr<const thidua::capi::RulesCore> core;
  std::unique_ptr<thidua::Evaluator> evaluator;
  std::vector<thidua::Verdict> scratch;  // reused: no allocation per unit
  thidua::capi::ErrorState error;
  // What the evaluator was made with: the as-of day and the membership
  // lists read so far (td_evaluator_set_list); the evaluator reads both once,
  // when made, so a change makes a new one.
  thidua::EvaluateOptions options;
  std::shared_ptr<thidua::Lists> lists;
};

struct td_selection {
  std::shared_ptr<const thidua::capi::RulesCore> core;
  thidua::Selection selection;
  std::vector<std::string> unit_ids;  // of every candidate, in input order
  std::vector<std::string> unit_kinds;
  int year = 0;
  thidua::Language language = thidua::Language::kEnglish;
};

#endif  // THIDUA_SRC_CAPI_HANDLES_HPP_
