// thidua: a rules engine for Vietnamese emulation and commendation criteria.
//
// Tutorial
// --------
//   thidua::CompileOptions options;            // plain struct, defaults below
//   options.language = thidua::Language::kVietnamese;
//   absl::StatusOr<thidua::Compilation> c =
//       thidua::CompileFile("rules/binh-phuoc-192-2022/plan.td", options);
//   if (!c.ok()) { /* I/O or a limit: c.status() says which */ }
//   if (!c->ok()) {                            // mistakes in the rule file
//     std::cerr << thidua::FormatDiagnostics(c->diagnostics);
//   }
//   const thidua::RuleSet& rules = *c->rules;  // immutable, share freely
//
// Two error channels, as in cel-cpp: an `absl::Status` when the library
// cannot finish (a file cannot be read, a limit is passed), and a list of
// diagnostics inside an OK result for mistakes in the rules, so a tool can
// show all of them at once.
//
// Thread safety: a RuleSet is immutable after compilation; every const member
// may be called from many threads at once without locks.
#ifndef THIDUA_THIDUA_HPP_
#define THIDUA_THIDUA_HPP_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "thidua/version.hpp"

namespace thidua {

namespace internal {
struct Program;
struct CompiledProgram;
struct RuleSetData;
struct UnitData;
struct ListMembers;
class Evaluator;
struct Trace;
}  // namespace internal

enum class Language { kEnglish, kVietnamese };

enum class Severity { kError, kWarning };

// One finding about a rule file. Positions are 1-based; columns count the
// characters a person sees (a Vietnamese letter with its marks is one).
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string path;
  int line = 0;
  int column = 0;
  int end_column = 0;  // one past the last column of the span, same line
  size_t byte_offset = 0;
  std::string message;
  std::string hint;         // empty when there is nothing to suggest
  std::string source_line;  // the line of the file the span starts on
};

struct CompileOptions {
  // Language of diagnostics.
  Language language = Language::kEnglish;
  // Imports may not leave this folder. Empty: the folder of the main file
  // (for CompileText, the folder of the `path` it is given).
  std::string rules_root;
  // Safety limits; passing one gives a diagnostic (a file too large, nesting
  // too deep) or stops with the diagnostics found so far.
  size_t max_file_bytes = 4u << 20;
  int max_nesting_depth = 200;
  // Longest chain of operators in one expression (a and b and … counts
  // each `and`); also bounds chains of parameters defined by each other.
  int max_expression_height = 4096;
  int max_files = 256;
  int max_diagnostics = 100;
  // Declarations (plans, imports, enums, units, params, criteria, tests,
  // awards, targets) in all the files of one compilation.
  int max_declarations = 10'000;
  // Bytes in one string: a label, a source, a text value (docs/limits.md).
  size_t max_string_bytes = 64u << 10;
  // The cost of evaluating one unit: list elements visited by quantifiers,
  // all criteria together. Past it the verdicts that need more are
  // undetermined, so nested quantifiers over long lists cannot hang a host.
  int64_t max_evaluation_steps = 10'000'000;
};

class RuleSet;

// The outcome of compiling rules: the diagnostics (errors and warnings) and,
// when there is no error, the compiled rules.
struct Compilation {
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const RuleSet> rules;  // null when any error was found

  bool ok() const { return rules != nullptr; }
  int error_count() const;
  int warning_count() const;
};

// Reads, parses, checks and compiles the rule file at `path` and the files it
// imports. A non-OK status means the library could not finish (the main file
// cannot be read); problems in the rules are diagnostics.
absl::StatusOr<Compilation> CompileFile(std::string_view path,
                                        const CompileOptions& options = {});

// As CompileFile, for rules held in memory; `path` names them in diagnostics
// and anchors relative imports.
absl::StatusOr<Compilation> CompileText(std::string_view text,
                                        std::string_view path,
                                        const CompileOptions& options = {});

enum class DiagnosticFormat { kText, kJson };

// GCC-style text (`path:line:col: error: message`, the source line, a caret
// under the span and a hint) or a JSON array of objects.
std::string FormatDiagnostics(const std::vector<Diagnostic>& diagnostics,
                              DiagnosticFormat format = DiagnosticFormat::kText,
                              Language language = Language::kEnglish);

// The outcome of one criterion for one unit. kUndetermined: an input the
// criterion needs is missing (or a computation overflowed); never a silent
// "not eligible". kNotApplicable: the criterion is not for the unit's kind.
enum class Verdict { kEligible, kNotEligible, kUndetermined, kNotApplicable };

// "eligible" / "đủ điều kiện", …
const char* VerdictName(Verdict verdict, Language language = Language::kEnglish);
// Stable identifiers for programs: "eligible", "not_eligible",
// "undetermined", "not_applicable".
const char* VerdictId(Verdict verdict);

// Why a verdict is what it is: a tree whose root is the criterion (its label
// and the clause it cites) and whose children are the conditions, each with
// the values compared, which exception applied, and which input was missing.
struct Explanation {
  std::string kind;     // "criterion", "all", "any", "not", "compare",
                        // "exception", "value", "quantifier", "param",
                        // "limit" (elements the cost limit left unreached)
  std::string text;     // e.g. "contribution (250 triệu) ≥ 200 triệu"
  std::string outcome;  // e.g. "eligible", "true", "missing" (localised)
  std::string status;   // "eligible", "not_eligible", "undetermined",
                        // "true", "false", "unknown", "error", or ""
  std::string source;   // the clause cited, for criteria
  std::vector<Explanation> children;
};

// Indented text, one condition a line, or JSON.
std::string FormatExplanation(const Explanation& explanation,
                              DiagnosticFormat format = DiagnosticFormat::kText);

// `text` as a JSON string literal, quotes included: UTF-8 passes through,
// control characters are escaped, as in the JSON the functions above write.
// For a program that puts names, labels or explanations in JSON of its own.
std::string JsonQuoted(std::string_view text);

// The name in `known` that `word` most likely misspells (a small edit
// distance, counted in characters), or "": the "did you mean" of the
// diagnostics, for a tool that takes names from its users.
std::string NearestName(std::string_view word, const std::vector<std::string>& known);

// A description of a declared name, for tools and explanations.
struct DeclarationInfo {
  std::string name;
  std::string label;
  std::string source;              // citation, e.g. "192/KH-UBND, IV.1.4"
  std::vector<std::string> kinds;  // unit kinds it applies to
};

// A calendar day (proleptic Gregorian). All zero: not given.
struct Date {
  int year = 0, month = 0, day = 0;
  bool empty() const { return year == 0 && month == 0 && day == 0; }
};
// "2023-12-31" or "31/12/2023"; an error for anything else or a day that does
// not exist (31/2/2023).
absl::StatusOr<Date> ParseDate(std::string_view text);
// "2023-12-31".
std::string FormatDate(Date date);

class Lists;

// How units are evaluated. Rules never read the clock: the day they are read
// as of is an input (docs/time-and-hierarchy.md).
struct EvaluateOptions {
  // For each param and criterion with effective dates, the version in force
  // on this day; a day no version covers gives undetermined verdicts that
  // name the gap. Empty (the default): the last day of the plan's period,
  // RuleSet::default_as_of(); with no period either, every dated rule is
  // undetermined.
  Date as_of;
  // The members of the rules' membership lists (`id in difficult_communes`),
  // read from list files; each list's version in force on `as_of` is used.
  // Null, or a list not read into it: every `in` that list is undetermined.
  std::shared_ptr<const Lists> lists;
};

class Unit;
class UnitBuilder;
struct UnitTable;
struct DataOptions;
struct AwardDescription;

// Compiled rules. Immutable; safe to use from many threads at once.
class RuleSet {
 public:
  explicit RuleSet(std::shared_ptr<const internal::RuleSetData> data);
  ~RuleSet();

  const std::string& plan_name() const;
  const std::string& plan_title() const;
  const std::string& plan_source() const;
  // The as-of day used when EvaluateOptions::as_of is empty: the last day of
  // the plan's period; empty when the plan gives no period.
  Date default_as_of() const;
  std::vector<std::string> unit_kinds() const;
  // Every criterion, in declaration order; verdicts use the same order.
  std::vector<DeclarationInfo> criteria() const;
  int criterion_count() const;
  // Index in criteria(), or -1.
  int FindCriterion(std::string_view name) const;
  int test_count() const;
  std::vector<AwardDescription> awards() const;
  int target_count() const;

  // One unit from a JSON object: {"kind": "enterprise", "id": "DN-01", …}.
  absl::StatusOr<Unit> UnitFromJson(std::string_view json,
                                    Language language = Language::kEnglish) const;
  // Starts a unit of `kind` set field by field from code; its errors (and
  // this call's) are in `language`.
  absl::StatusOr<UnitBuilder> NewUnit(std::string_view kind,
                                      Language language = Language::kEnglish) const;
  // Units from a CSV or JSON / JSON Lines data file. Bad rows are reported in
  // the table, with row and column, and never stop the others.
  absl::StatusOr<UnitTable> ReadUnits(std::string_view text,
                                      const DataOptions& options) const;
  absl::StatusOr<UnitTable> ReadUnitsFile(std::string_view path,
                                          const DataOptions& options) const;

  const internal::Program& program() const;
  const internal::CompiledProgram& code() const;

 private:
  std::shared_ptr<const internal::RuleSetData> data_;
};

// The data of one unit (a commune, an enterprise, an official …), ready to
// evaluate. Immutable; copies share the data; safe to read from many threads.
class Unit {
 public:
  Unit();
  ~Unit();
  Unit(const Unit&);
  Unit& operator=(const Unit&);
  Unit(Unit&&) noexcept;
  Unit& operator=(Unit&&) noexcept;

  bool empty() const { return data_ == nullptr; }
  std::string_view id() const;
  int kind_index() const;  // index in RuleSet::unit_kinds()

  const internal::UnitData& data() const { return *data_; }
  explicit Unit(std::shared_ptr<const internal::UnitData> data);

 private:
  std::shared_ptr<const internal::UnitData> data_;
};

// Sets a unit's fields one by one. Each setter checks the field exists and
// the value fits its type; error messages are in the language given to
// RuleSet::NewUnit. Not thread-safe; single use (Build hands the data out).
class UnitBuilder {
 public:
  UnitBuilder(std::shared_ptr<const internal::RuleSetData> rules, int kind,
              Language language = Language::kEnglish);
  ~UnitBuilder();
  UnitBuilder(UnitBuilder&&) noexcept;
  UnitBuilder& operator=(UnitBuilder&&) noexcept;

  // As written in a data file: "300 triệu", "40%", "15/3/2023", "difficult"…
  absl::Status Set(std::string_view field, std::string_view text);
  absl::Status SetBool(std::string_view field, bool value);
  absl::Status SetInt(std::string_view field, int64_t value);
  absl::Status SetMoney(std::string_view field, int64_t dong);
  // Fails when a required field has no value.
  absl::StatusOr<Unit> Build();

 private:
  std::shared_ptr<const internal::RuleSetData> rules_;
  std::unique_ptr<internal::UnitData> unit_;
  Language language_ = Language::kEnglish;
};

struct DataOptions {
  enum class Format { kAuto, kCsv, kJson };  // kAuto: by content / extension
  Format format = Format::kAuto;
  Language language = Language::kEnglish;    // of row errors
  std::string default_kind;  // for rows with no `kind` column
  // Safety limits (docs/limits.md): rows read from one file (the first row
  // past it is an error and reading stops), elements in one list field.
  int64_t max_rows = 10'000'000;
  size_t max_list_length = 10'000;
  // The largest list file Lists::ReadFile reads (docs/limits.md).
  size_t max_list_file_bytes = 64u << 20;
};

struct RowError {
  int64_t row = 0;      // CSV line (header = 1), JSON Lines line, array index + 1
  std::string column;   // field, or "" for the whole row
  std::string message;
};

// Units read from a data file. rows_read = units.size() + errors.size().
struct UnitTable {
  std::vector<Unit> units;
  std::vector<int64_t> rows;  // the row of each unit
  std::vector<RowError> errors;
  std::vector<std::string> warnings;
  int64_t rows_read = 0;
};

// The outcome of reading one list file. rows_read = members + errors.size().
struct ListTable {
  int64_t rows_read = 0;
  int64_t members = 0;
  std::vector<RowError> errors;
};

// The members of a rule set's membership lists (docs/time-and-hierarchy.md,
// "Membership lists"). The rules declare each list and when each version is
// in force; the caller supplies who is on it, from list files (docs/data.md,
// "List files"), so rules never read a file themselves. Reading is not
// thread-safe; once read, share it as std::shared_ptr<const Lists> through
// EvaluateOptions::lists: evaluators on many threads may read it at once.
class Lists {
 public:
  explicit Lists(std::shared_ptr<const RuleSet> rules);
  ~Lists();
  Lists(const Lists&) = delete;
  Lists& operator=(const Lists&) = delete;

  // Adds the members of list `name` from the text of a list file. Fails
  // (InvalidArgument) for a list the rules do not declare, an empty file, or
  // a header without the columns needed; a bad row is reported in the table,
  // with its row and column, and the others are still read.
  absl::StatusOr<ListTable> Read(std::string_view name, std::string_view text,
                                 const DataOptions& options = {});
  // As Read, from a file: NotFound when it cannot be read, ResourceExhausted
  // when larger than DataOptions::max_list_file_bytes.
  absl::StatusOr<ListTable> ReadFile(std::string_view name, std::string_view path,
                                     const DataOptions& options = {});

  const internal::ListMembers& data() const { return *data_; }

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::unique_ptr<internal::ListMembers> data_;
};

// Evaluates units against a RuleSet and explains verdicts. Holds scratch
// memory that it reuses, so evaluating a unit allocates nothing once `out`
// has its size. Not thread-safe: use one Evaluator per thread (they may share
// the RuleSet).
class Evaluator {
 public:
  explicit Evaluator(std::shared_ptr<const RuleSet> rules,
                     const EvaluateOptions& options = {});
  ~Evaluator();

  // The day the rules are read as of, after the default is applied (empty:
  // none, see EvaluateOptions).
  Date as_of() const;

  // Units come from this evaluator's RuleSet (NewUnit, UnitFromJson,
  // ReadUnits): a unit of a kind it does not have gives kNotApplicable.
  // One verdict per criterion of the rule set, in RuleSet::criteria() order.
  void EvaluateAll(const Unit& unit, std::vector<Verdict>* out);
  Verdict Evaluate(const Unit& unit, int criterion);
  // Many units at once, the same verdicts as above unit by unit, faster: a
  // criterion that reads only the unit's own fields is evaluated a block of
  // units at a time (docs/evaluation.md). EvaluateAll: row u of `out`
  // (criterion_count() verdicts) for unit u; EvaluateMany: out[u] for unit
  // u. Only the units whose row fits in `out` are evaluated: both return
  // how many were (units.size() when `out` is large enough).
  size_t EvaluateAll(std::span<const Unit> units, std::span<Verdict> out);
  size_t EvaluateMany(std::span<const Unit> units, int criterion, std::span<Verdict> out);
  Explanation Explain(const Unit& unit, int criterion,
                      Language language = Language::kEnglish);

 private:
  std::shared_ptr<const RuleSet> rules_;
  std::unique_ptr<internal::Evaluator> impl_;
  std::unique_ptr<internal::Trace> trace_;
  int32_t as_of_ = 0;  // days since epoch, or internal::kNoDate
  std::shared_ptr<const Lists> lists_;  // kept alive: impl_ points into it
  // Whether every criterion of unit kind `kind` has a direct run (see
  // EvaluateAll of many units); per kind, -1 until asked.
  bool KindRunsInBlocks(int32_t kind);
  std::vector<int8_t> block_kinds_;
};

// Verdicts of many units: row u holds unit u's verdicts, criteria() order.
struct BatchResult {
  int criteria = 0;
  std::vector<Verdict> verdicts;
  Verdict at(size_t unit, int criterion) const {
    return verdicts[unit * static_cast<size_t>(criteria) +
                    static_cast<size_t>(criterion)];
  }
};

// Evaluates `units` on `threads` threads (0: one per core).
BatchResult EvaluateBatch(std::shared_ptr<const RuleSet> rules,
                          std::span<const Unit> units, int threads = 1,
                          const EvaluateOptions& options = {});

// The outcome of the `test` blocks of a rule set. An expectation is about a
// criterion's verdict for a unit, an award's selection among the units a
// test gives, or a target's result over them (docs/authoring.md, "Tests").
struct TestFailure {
  std::string subject;      // the criterion, award or target (and the unit)
  std::string expected;     // in the requested language: "eligible",
  std::string actual;       //   "selected", "cut by ratio", "achieved", …
  std::string explanation;  // why the actual result is what it is
};
struct TestResult {
  std::string title;
  std::string path;
  int line = 0;
  std::vector<TestFailure> failures;  // empty when the test passed
  int expectations = 0;
  Date as_of;  // the day the rules were read as of: the test's `as of`, or
               // the plan's default (empty: none)
  bool passed() const { return failures.empty(); }
};
std::vector<TestResult> RunTests(std::shared_ptr<const RuleSet> rules,
                                 Language language = Language::kEnglish);

// A rule file may state the diagnostics it must produce, as comments on the
// line they are about (or alone on the line before it):
//     criterion c for x: amount >= 300   # expect error: money
// The file is compiled (in English and Vietnamese: the text may quote
// either) and each expected diagnostic must appear on its line with that
// text in its message; an error nobody expected is a failure too. nullopt
// when the file states none. `thidua test` runs this before the file's tests.
absl::StatusOr<std::optional<TestResult>> VerifyDiagnostics(
    std::string_view path, const CompileOptions& options = {});

// ----------------------------------------------------------------- awards

struct AwardDescription {
  std::string name, label, authority, source;
  std::vector<std::string> kinds;  // unit kinds it may go to
};

struct SelectOptions {
  int year = 0;  // places recurring deadlines ("before 20/3" → 20/3/year)
  Language language = Language::kEnglish;
  Date as_of;    // the day the rules are read as of; empty: as EvaluateOptions
  std::shared_ptr<const Lists> lists;  // as EvaluateOptions::lists
};

// One candidate's outcome. `outcome` is one of: "selected", "not_eligible",
// "undetermined", "missing_documents", "late", "cut_by_quota",
// "cut_by_ratio", "other_kind".
struct SelectionEntry {
  size_t unit = 0;     // index into the units given
  bool selected = false;
  std::string outcome;
  int rank = 0;        // position among the eligible of its kind (1 = first)
  std::string reason;  // why not selected, in the requested language
};

struct SelectionGroup {
  std::string kind;
  int64_t candidates = 0, eligible = 0, selected = 0;
  int64_t cap = -1;  // -1: every unit that qualifies
};

struct Selection {
  std::string award, label, authority, source;
  std::vector<SelectionEntry> entries;  // one per unit, in input order
  std::vector<SelectionGroup> groups;
};

// "cut by ratio" / "vượt tỷ lệ", … for a SelectionEntry::outcome.
const char* OutcomeName(std::string_view outcome, Language language = Language::kEnglish);

// Chooses who receives `award` among `units` (the proposed candidates, in
// proposal order): the most units every cap and ratio allows, then the
// higher-ranked. Deterministic. Fails when the award does not exist or has
// recurring deadlines and no year is given.
absl::StatusOr<Selection> SelectAward(std::shared_ptr<const RuleSet> rules,
                                      std::string_view award,
                                      std::span<const Unit> units,
                                      const SelectOptions& options = {});

// A population target measured over units: achieved (kEligible), not
// achieved (kNotEligible) or undetermined when units with missing data could
// tip it either way.
struct TargetReport {
  std::string name, label, source, kind;
  Verdict verdict = Verdict::kUndetermined;
  std::string status;  // "achieved", "not_achieved", "undetermined"
  int64_t units = 0, matching = 0, unknown = 0;
  std::string value, bound, gap;  // e.g. "52", "≥ 60", "short by 8"
  // EvaluateTargetsBy: the part of one unit of the kind broken down by
  // (`group` its id, `group_name` its `name` field or its id; both empty for
  // the units within none). A share, "all" or "no" target applies to each
  // part; a count ("at least 60") only to the whole: a part then has its
  // value, no bound, and the verdict kNotApplicable ("part").
  std::string group, group_name;
  std::vector<TargetReport> parts;  // of the whole, one per unit of the kind
};

std::vector<TargetReport> EvaluateTargets(std::shared_ptr<const RuleSet> rules,
                                          std::span<const Unit> units,
                                          Language language = Language::kEnglish,
                                          const EvaluateOptions& options = {});

// The targets over `units`, each broken down by the units of kind `by`
// that its units are within (docs/time-and-hierarchy.md). A target over a
// kind not within `by` has no parts. InvalidArgument when `by` is no kind.
absl::StatusOr<std::vector<TargetReport>> EvaluateTargetsBy(
    std::shared_ptr<const RuleSet> rules, std::span<const Unit> units, std::string_view by,
    Language language = Language::kEnglish, const EvaluateOptions& options = {});

// A rule file in the canonical layout (`thidua fmt`). Comments are kept.
// When the file has syntax errors, `text` is empty and `diagnostics` says why.
struct Formatted {
  std::vector<Diagnostic> diagnostics;
  std::string text;
  bool ok() const;
};
absl::StatusOr<Formatted> FormatRules(std::string_view text, std::string_view path,
                                      Language language = Language::kEnglish);
// The same, under the limits of `options` (file size, nesting, expression
// height, number of diagnostics) and in its language, as CompileText applies.
absl::StatusOr<Formatted> FormatRules(std::string_view text, std::string_view path,
                                      const CompileOptions& options);

// Run-time version, e.g. "0.1.0".
const char* VersionString();

}  // namespace thidua

#endif  // THIDUA_THIDUA_HPP_
