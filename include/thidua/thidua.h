/* thidua.h: the C API of thidua, a rules engine for Vietnamese emulation and
 * commendation criteria. Pure C (C11 or later, or C++); link the `thidua`
 * library (static, C++ inside) or the shared `thidua_c` (the C API only).
 *
 * Tutorial
 * --------
 *   td_ruleset* rules = NULL;
 *   td_compile_options opt;
 *   td_compile_options_init(&opt);
 *   opt.language = TD_LANG_VI;              // diagnostics and data errors
 *   if (td_ruleset_compile_file("plan.td", TD_NTS, &opt, &rules) != TD_OK) {
 *     char* text = NULL;                    // path:line:col: lỗi: …
 *     td_ruleset_format_diagnostics(rules, TD_FORMAT_TEXT, &text);
 *     fputs(text ? text : td_ruleset_errmsg(rules), stderr);
 *     td_free_string(text);
 *   }
 *   td_evaluator* ev = NULL;                // one per thread
 *   td_evaluator_new(rules, &ev);
 *   td_verdict v[64];                       // >= td_ruleset_criterion_count
 *   const char* json = "{\"kind\": \"enterprise\", \"id\": \"DN-01\", …}";
 *   if (td_evaluator_evaluate_json(ev, json, TD_NTS, v, 64) == TD_OK)
 *     printf("%s\n", td_verdict_id(v[0]));  // "eligible"
 *   td_evaluator_free(ev);
 *   td_ruleset_free(rules);
 *
 * Conventions
 * -----------
 * - Functions that do work return an int code: TD_OK (0) or a TD_E_* code.
 *   td_errstr(code) gives static English text for a code; the handle the call
 *   acted on gives the full message (td_*_errcode, td_*_errmsg).
 * - Accessors that return a value instead of a code (counts, names) return
 *   0, -1 or NULL, as documented, when a handle is NULL or an index is out of
 *   range. No function crashes on NULL or misuse and no C++ exception ever
 *   leaves the library.
 * - Every string input has an explicit length in bytes; TD_NTS as a length
 *   means "NUL-terminated". Text is UTF-8 (Vietnamese welcome), normalised
 *   to NFC by the library where it compares names.
 * - Ownership: each td_X_new / td_X_compile / td_X_build hands out an object
 *   that the caller frees with td_X_free (which accepts NULL). A `char**`
 *   out-parameter receives a NUL-terminated string that the caller frees
 *   with td_free_string, and nothing else. `const char*` results are borrowed:
 *   they live as long as the handle they came from.
 * - Units, builders and evaluators keep their rule set alive: handles may be
 *   freed in any order.
 * - td_X_errmsg returns a message that lives until the next call on the
 *   same handle (for a td_ruleset: the same thread's next call on one).
 *
 * Thread safety
 * -------------
 * A td_ruleset is immutable once compiled and may be shared by any number of
 *   threads; its error state (td_ruleset_errcode/errmsg) is kept per thread,
 *   like errno, so threads never see each other's errors.
 * A td_unit is immutable and shareable in the same way.
 * A td_evaluator and a td_unit_builder are NOT thread-safe: use one per
 *   thread (they may share one td_ruleset).
 */
#ifndef THIDUA_THIDUA_H_
#define THIDUA_THIDUA_H_

#include <stddef.h>
#include <stdint.h>

#include "thidua/version.hpp" /* THIDUA_VERSION_MAJOR, _MINOR, _PATCH, _STRING */

/* THIDUA_API marks the C functions: the only symbols a shared build must
 * export (everything else may be hidden). */
#if defined(_WIN32)
#if defined(THIDUA_BUILDING_DLL)
#define THIDUA_API __declspec(dllexport)
#elif defined(THIDUA_USING_DLL)
#define THIDUA_API __declspec(dllimport)
#else
#define THIDUA_API
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define THIDUA_API __attribute__((visibility("default")))
#else
#define THIDUA_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Codes, versions, strings ------------------------------------------ */

enum {
  TD_OK = 0,
  TD_E_MISUSE = 1,    /* a NULL handle or pointer, or a call out of order */
  TD_E_RANGE = 2,     /* an index out of range, or an output array too small */
  TD_E_COMPILE = 3,   /* the rules have errors: see the diagnostics */
  TD_E_IO = 4,        /* a file cannot be read */
  TD_E_LIMIT = 5,     /* a safety limit was passed */
  TD_E_DATA = 6,      /* unit data is wrong: bad JSON, wrong type, missing field */
  TD_E_NOT_FOUND = 7, /* no such unit kind, field or criterion */
  TD_E_NOMEM = 8,     /* out of memory */
  TD_E_INTERNAL = 9   /* a bug in thidua; please report it */
};

/* Static English text for a code, e.g. "unit data is wrong"; never NULL. */
THIDUA_API const char* td_errstr(int code);

/* The run-time version, e.g. "0.1.0": compare with THIDUA_VERSION_STRING to
 * detect a header/library mismatch. */
THIDUA_API const char* td_version(void);

/* Frees a string the library allocated (every `char**` out-parameter).
 * Accepts NULL. Do not use free(): the library may use another allocator. */
THIDUA_API void td_free_string(char* s);

/* A length meaning "the string is NUL-terminated". */
#define TD_NTS ((size_t)-1)

/* Language of messages, diagnostics and explanations. */
typedef int td_language;
enum { TD_LANG_EN = 0, TD_LANG_VI = 1 };

/* Output format of diagnostics and explanations. */
typedef int td_format;
enum { TD_FORMAT_TEXT = 0, TD_FORMAT_JSON = 1 };

/* The outcome of one criterion for one unit. Values start at 1 so that a
 * zeroed array never reads as a verdict. TD_UNDETERMINED: an input the
 * criterion needs is missing (or a computation overflowed), never a silent
 * "not eligible". TD_NOT_APPLICABLE: the criterion is not for the unit's kind. */
typedef int td_verdict;
enum {
  TD_ELIGIBLE = 1,
  TD_NOT_ELIGIBLE = 2,
  TD_UNDETERMINED = 3,
  TD_NOT_APPLICABLE = 4
};

/* "eligible", "not_eligible", "undetermined", "not_applicable"; NULL for a
 * value that is not a verdict. Stable identifiers for programs. */
THIDUA_API const char* td_verdict_id(td_verdict verdict);
/* "eligible" / "đủ điều kiện" …, for people; NULL for a non-verdict. */
THIDUA_API const char* td_verdict_name(td_verdict verdict, td_language lang);

/* ---- Compiling rules --------------------------------------------------- */

typedef struct td_ruleset td_ruleset;

/* Options of a compilation. Fill with td_compile_options_init, then change
 * what you need: the defaults are those of thidua::CompileOptions. New
 * fields are added only with a new SOVERSION. */
typedef struct td_compile_options {
  td_language language;   /* diagnostics and unit-data errors; TD_LANG_EN */
  const char* rules_root; /* imports may not leave it; NULL: the folder of */
  size_t rules_root_len;  /*   the main file (or the current folder)      */
                          /*   (a length or TD_NTS)                       */
  size_t max_file_bytes;  /* 4 MiB */
  int max_nesting_depth;  /* 200 */
  int max_files;          /* 256 */
  int max_diagnostics;    /* 100 */
} td_compile_options;

THIDUA_API void td_compile_options_init(td_compile_options* options);

/* Compiles rules held in memory; `path` names them in diagnostics and
 * anchors relative imports (NULL or "": "<text>", imports from the current
 * folder). `options` may be NULL: the defaults.
 *
 * Like sqlite3_open, *out receives a handle even when compilation fails
 * (unless the code is TD_E_MISUSE or TD_E_NOMEM), so that its errmsg and
 * diagnostics can be read; free it with td_ruleset_free in every case.
 * Returns TD_OK, TD_E_COMPILE (errors in the rules), TD_E_IO (the main file
 * cannot be read), TD_E_LIMIT, TD_E_MISUSE, TD_E_NOMEM or TD_E_INTERNAL.
 * A handle whose compilation failed answers every other call with
 * TD_E_COMPILE. */
THIDUA_API int td_ruleset_compile(const char* text, size_t len,
                                  const char* path, size_t path_len,
                                  const td_compile_options* options,
                                  td_ruleset** out);
/* As td_ruleset_compile, reading the rule file at `path` and its imports. */
THIDUA_API int td_ruleset_compile_file(const char* path, size_t path_len,
                                       const td_compile_options* options,
                                       td_ruleset** out);
THIDUA_API void td_ruleset_free(td_ruleset* rules);

/* The outcome of the calling thread's last code-returning call on `rules`,
 * as errno works: read it right after the call. Once this thread has called
 * another td_ruleset, or before any call, it is the outcome of the
 * compilation ("2 errors; the first: …"). The message lives until this
 * thread's next call on a td_ruleset. NULL: TD_E_MISUSE and its text. */
THIDUA_API int td_ruleset_errcode(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_errmsg(const td_ruleset* rules);

/* One finding about the rules. Strings are borrowed from the ruleset. */
typedef int td_severity;
enum { TD_SEVERITY_ERROR = 0, TD_SEVERITY_WARNING = 1 };
typedef struct td_diagnostic {
  td_severity severity;
  const char* path;
  int line;           /* 1-based */
  int column;         /* 1-based, in characters a person sees */
  int end_column;     /* one past the span's last column, same line */
  size_t byte_offset; /* of the span's start, in the file's bytes */
  const char* message;
  const char* hint;        /* "" when there is nothing to suggest */
  const char* source_line; /* the line of the file the span starts on */
} td_diagnostic;

/* Errors and warnings, from a failed or a successful compilation. */
THIDUA_API size_t td_ruleset_diagnostic_count(const td_ruleset* rules);
/* TD_E_RANGE when index >= td_ruleset_diagnostic_count. */
THIDUA_API int td_ruleset_diagnostic(const td_ruleset* rules, size_t index,
                                     td_diagnostic* out);
/* All diagnostics as GCC-style text (source line, caret, hint) or a JSON
 * array, in the language of the compilation. *out: free with td_free_string. */
THIDUA_API int td_ruleset_format_diagnostics(const td_ruleset* rules,
                                             td_format format, char** out);

/* ---- What the rules declare -------------------------------------------- */
/* Strings are borrowed from the ruleset; NULL when out of range. */

THIDUA_API const char* td_ruleset_plan_name(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_plan_title(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_plan_source(const td_ruleset* rules);

/* Criteria in declaration order: verdict arrays use the same order.
 * 0 for a NULL or failed ruleset. */
THIDUA_API int td_ruleset_criterion_count(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_criterion_name(const td_ruleset* rules, int i);
THIDUA_API const char* td_ruleset_criterion_label(const td_ruleset* rules, int i);
/* The clause cited, e.g. "192/KH-UBND, IV.1.4"; "" when none. */
THIDUA_API const char* td_ruleset_criterion_source(const td_ruleset* rules, int i);
/* Index of the criterion named `name`, or -1. */
THIDUA_API int td_ruleset_find_criterion(const td_ruleset* rules,
                                         const char* name, size_t len);

THIDUA_API int td_ruleset_unit_kind_count(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_unit_kind(const td_ruleset* rules, int i);

/* ---- Units --------------------------------------------------------------- */

typedef struct td_unit td_unit;

/* One unit from a JSON object: {"kind": "enterprise", "id": "DN-01", …}.
 * Money as a number of đồng or a text such as "300 triệu". TD_E_DATA (with
 * the message on `rules`, in the compilation's language) when it does not
 * fit the declared unit kind. A td_unit has no error state of its own: no
 * call on a unit alone can fail. */
THIDUA_API int td_unit_from_json(const td_ruleset* rules, const char* json,
                                 size_t len, td_unit** out);
THIDUA_API void td_unit_free(td_unit* unit);
/* The unit's id and kind; NULL for NULL. Borrowed from the unit. */
THIDUA_API const char* td_unit_id(const td_unit* unit);
THIDUA_API const char* td_unit_kind(const td_unit* unit);

/* Builds units field by field from typed values: no JSON, for speed.
 * Not thread-safe: one builder per thread. */
typedef struct td_unit_builder td_unit_builder;

/* A builder for units of `kind`; errors are recorded on `rules`. */
THIDUA_API int td_unit_builder_new(const td_ruleset* rules, const char* kind,
                                   size_t kind_len, td_unit_builder** out);
THIDUA_API void td_unit_builder_free(td_unit_builder* builder);
THIDUA_API int td_unit_builder_errcode(const td_unit_builder* builder);
THIDUA_API const char* td_unit_builder_errmsg(const td_unit_builder* builder);

/* Each setter checks that the field exists (TD_E_NOT_FOUND) and that the
 * value fits its type (TD_E_DATA). set_text takes the value as written in a
 * data file: "300 triệu", "40%", "15/3/2023", an enum member, any text; it
 * also sets the implicit field "id". set_int64 fits int and decimal fields;
 * set_money takes whole đồng. */
THIDUA_API int td_unit_builder_set_text(td_unit_builder* builder,
                                        const char* field, size_t field_len,
                                        const char* text, size_t text_len);
THIDUA_API int td_unit_builder_set_bool(td_unit_builder* builder,
                                        const char* field, size_t field_len,
                                        int value);
THIDUA_API int td_unit_builder_set_int64(td_unit_builder* builder,
                                         const char* field, size_t field_len,
                                         int64_t value);
THIDUA_API int td_unit_builder_set_money(td_unit_builder* builder,
                                         const char* field, size_t field_len,
                                         int64_t dong);
/* Hands out the unit and starts a new, empty one of the same kind.
 * TD_E_DATA when a required field has no value; the values set so far are
 * then kept, so the caller can set it and build again. */
THIDUA_API int td_unit_builder_build(td_unit_builder* builder, td_unit** out);

/* ---- Reading data files -------------------------------------------------- */

/* The units of a data file (CSV, JSON or JSON Lines; docs/data.md), read as
 * `thidua eval --units` reads them: every good row becomes a unit, and each
 * bad row is kept as an error with its row and column, so one bad row loses
 * nothing else. The units are one population: a commune's district among
 * them is linked, as in td_evaluate_batch. Immutable once read; its units
 * and strings are borrowed from it and live until td_unit_table_free. */
typedef struct td_unit_table td_unit_table;

typedef int td_data_format;
enum { TD_DATA_AUTO = 0, TD_DATA_CSV = 1, TD_DATA_JSON = 2 };

/* Reads the text of a data file held in memory (TD_DATA_AUTO: by content).
 * Row errors are in the rules' language (td_compile_options.language).
 * TD_OK even when some rows are in error: read td_unit_table_error_count.
 * TD_E_DATA when the text cannot be read at all (an empty text, a CSV with
 * no header, a JSON that is not an array or lines of objects); TD_E_LIMIT
 * past a safety limit (docs/limits.md). Errors are recorded on `rules`;
 * *out is NULL unless the code is TD_OK. */
THIDUA_API int td_unit_table_read(const td_ruleset* rules, const char* text,
                                  size_t len, td_data_format format,
                                  td_unit_table** out);
/* As td_unit_table_read for the file at `path` (format by its extension,
 * then by content); TD_E_IO when it cannot be read. */
THIDUA_API int td_unit_table_read_file(const td_ruleset* rules, const char* path,
                                       size_t path_len, td_unit_table** out);
THIDUA_API void td_unit_table_free(td_unit_table* table);

/* Rows read = units + rows in error. 0 for NULL. */
THIDUA_API size_t td_unit_table_unit_count(const td_unit_table* table);
THIDUA_API size_t td_unit_table_error_count(const td_unit_table* table);
THIDUA_API int64_t td_unit_table_rows_read(const td_unit_table* table);
/* Unit `index` (borrowed: never pass it to td_unit_free); NULL out of range. */
THIDUA_API const td_unit* td_unit_table_unit(const td_unit_table* table, size_t index);
/* All the units, in file order, as td_evaluate_batch and td_award_select
 * take them (borrowed; NULL when there are none). */
THIDUA_API const td_unit* const* td_unit_table_units(const td_unit_table* table);
/* The row of unit `index` in its file (CSV: the header is row 1); -1 out
 * of range. */
THIDUA_API int64_t td_unit_table_unit_row(const td_unit_table* table, size_t index);
/* Bad row `index`: its row, its column ("" for the whole row) and the
 * message. Any out-parameter may be NULL. TD_E_RANGE out of range. */
THIDUA_API int td_unit_table_error(const td_unit_table* table, size_t index,
                                   int64_t* row, const char** column,
                                   const char** message);
/* Warnings about the data as a whole (a column no unit kind declares…);
 * NULL out of range. */
THIDUA_API size_t td_unit_table_warning_count(const td_unit_table* table);
THIDUA_API const char* td_unit_table_warning(const td_unit_table* table, size_t index);

/* ---- Evaluating ---------------------------------------------------------- */

/* Evaluates and explains. Keeps scratch memory from unit to unit. Not
 * thread-safe: one evaluator per thread. */
typedef struct td_evaluator td_evaluator;

THIDUA_API int td_evaluator_new(const td_ruleset* rules, td_evaluator** out);
THIDUA_API void td_evaluator_free(td_evaluator* evaluator);
THIDUA_API int td_evaluator_errcode(const td_evaluator* evaluator);
THIDUA_API const char* td_evaluator_errmsg(const td_evaluator* evaluator);

/* The day the rules are read as of, "2023-12-31" or "31/12/2023": for each
 * param and criterion with effective dates, the version in force that day
 * (docs/time-and-hierarchy.md). Until it is called: the last day of the
 * plan's period. len 0: back to that default. TD_E_DATA for a text that is
 * not a date. */
THIDUA_API int td_evaluator_set_as_of(td_evaluator* evaluator, const char* date,
                                      size_t len);

/* The members of membership list `name` (docs/time-and-hierarchy.md,
 * "Membership lists") from the text of a list file (docs/data.md, "List
 * files": a header row, then one id a row, with the instrument of each row
 * when the list has several versions). They add to what was read before;
 * `in name` then reads the version in force on the evaluator's as-of day.
 * Until a list is given, `in` it is undetermined. TD_E_DATA for a list the
 * rules do not declare, an empty text or a header without the columns
 * needed, and for a bad row (the other rows are still read; errmsg gives the
 * first bad row and column). */
THIDUA_API int td_evaluator_set_list(td_evaluator* evaluator, const char* name,
                                     size_t name_len, const char* text, size_t text_len);

/* One verdict per criterion into out[0 .. criterion_count); TD_E_RANGE when
 * out_len is smaller. TD_E_MISUSE for a unit of another ruleset. */
THIDUA_API int td_evaluator_evaluate(td_evaluator* evaluator,
                                     const td_unit* unit, td_verdict* out,
                                     size_t out_len);
/* As td_evaluator_evaluate for a unit given as JSON (see td_unit_from_json). */
THIDUA_API int td_evaluator_evaluate_json(td_evaluator* evaluator,
                                          const char* json, size_t len,
                                          td_verdict* out, size_t out_len);
/* The verdict of criterion `criterion` only. */
THIDUA_API int td_evaluator_evaluate_one(td_evaluator* evaluator,
                                         const td_unit* unit, int criterion,
                                         td_verdict* out);
/* Why criterion `criterion` has its verdict for `unit`: the criterion's
 * label and clause, each condition with the values compared, which exception
 * applied, which input was missing. Indented text, or JSON (a tree of
 * {kind, text, outcome, status, source, children}). Free with td_free_string. */
THIDUA_API int td_evaluator_explain(td_evaluator* evaluator,
                                    const td_unit* unit, int criterion,
                                    td_language lang, td_format format,
                                    char** out);

/* Evaluates `count` units on `threads` threads (0: one per core), as of
 * the day `as_of` ("2023-12-31" or "31/12/2023"; NULL: the last day of the
 * plan's period, as td_evaluator_set_as_of). The units are one population:
 * a district's roll-ups read the communes among them, as of the same day.
 * Row u of `out` (criterion_count verdicts) holds units[u]'s verdicts;
 * out_len must be at least count * criterion_count. Errors are recorded on
 * `rules`: TD_E_DATA for an as_of that is not a date. */
THIDUA_API int td_evaluate_batch(const td_ruleset* rules,
                                 const td_unit* const* units, size_t count,
                                 int threads, const char* as_of,
                                 size_t as_of_len, td_verdict* out,
                                 size_t out_len);

/* ---- The rule file's tests ----------------------------------------------- */

/* Runs the `test` blocks of the rules. `passed`, `failed`, `report` may be
 * NULL. *report: a JSON array, one object per test {title, path, line,
 * as_of (the day its rules were read as of, "2024-01-01", or null), passed,
 * expectations, failures: [{subject, expected, actual, explanation}]} (subject: the criterion, award or target tested); free it
 * with td_free_string. */
THIDUA_API int td_ruleset_run_tests(const td_ruleset* rules, int* passed,
                                    int* failed, char** report);

/* ---- Award selection ----------------------------------------------------- */

/* The awards the rules declare, in declaration order. Strings are borrowed
 * from the ruleset; NULL when out of range. */
THIDUA_API int td_ruleset_award_count(const td_ruleset* rules);
THIDUA_API const char* td_ruleset_award_name(const td_ruleset* rules, int i);
THIDUA_API const char* td_ruleset_award_label(const td_ruleset* rules, int i);
/* The clause cited, e.g. "192/KH-UBND, IV.2.2.1.1"; "" when none. */
THIDUA_API const char* td_ruleset_award_source(const td_ruleset* rules, int i);

/* What became of one candidate. Values start at 1, as td_verdict does. */
typedef int td_outcome;
enum {
  TD_OUTCOME_SELECTED = 1,
  TD_OUTCOME_NOT_ELIGIBLE = 2,      /* fails a required criterion */
  TD_OUTCOME_UNDETERMINED = 3,      /* a required input is missing */
  TD_OUTCOME_MISSING_DOCUMENTS = 4, /* the dossier lacks a document */
  TD_OUTCOME_LATE = 5,              /* submitted after a deadline */
  TD_OUTCOME_CUT_BY_QUOTA = 6,      /* eligible, but over "at most N" */
  TD_OUTCOME_CUT_BY_RATIO = 7,      /* eligible, but over "at most P% where" */
  TD_OUTCOME_OTHER_KIND = 8         /* the award is not for its unit kind */
};
/* "selected", "not_eligible", "undetermined", "missing_documents", "late",
 * "cut_by_quota", "cut_by_ratio", "other_kind"; NULL for a non-outcome. */
THIDUA_API const char* td_outcome_id(td_outcome outcome);
/* "selected" / "được chọn" …, for people; NULL for a non-outcome. */
THIDUA_API const char* td_outcome_name(td_outcome outcome, td_language lang);

typedef struct td_select_options {
  int year;             /* places yearly deadlines ("before 20/3" -> 20/3/year);
                           0: none, refused (TD_E_MISUSE) when the award has one */
  td_language language; /* of the reasons; TD_LANG_EN */
  const char* as_of;    /* the day the rules are read as of, "2023-12-31";
                           NULL: the last day of the plan's period */
  size_t as_of_len;     /* a length or TD_NTS; 0 with NULL */
} td_select_options;

THIDUA_API void td_select_options_init(td_select_options* options);

/* The outcome of a selection: immutable, shareable between threads, no
 * error state of its own (its accessors return codes only). */
typedef struct td_selection td_selection;

/* Chooses who receives `award` among `units[0 .. count)`, the candidates in
 * proposal order: each must meet the award's criteria, have a complete
 * dossier and be on time; then the caps ("at most 10") and ratios ("leaders
 * at most 40 %") keep the most units they allow, the earlier first.
 * Deterministic. `options` may be NULL (year 0, English). Errors are recorded
 * on `rules`: TD_E_NOT_FOUND (no such award), TD_E_MISUSE (a NULL or foreign
 * unit, or no year for an award with yearly deadlines). *out: free with
 * td_selection_free. */
THIDUA_API int td_award_select(const td_ruleset* rules, const char* award,
                               size_t award_len, const td_unit* const* units,
                               size_t count, const td_select_options* options,
                               td_selection** out);
THIDUA_API void td_selection_free(td_selection* selection);

/* One candidate's outcome. Strings are borrowed from the selection. */
typedef struct td_candidate {
  size_t unit;         /* index into the units given to td_award_select */
  const char* unit_id; /* that unit's id */
  int selected;        /* 1 when outcome is TD_OUTCOME_SELECTED */
  td_outcome outcome;
  int rank;            /* among the eligible of its kind, 1 = first; 0: none */
  const char* reason;  /* why not selected, in options.language; "" if selected */
} td_candidate;

/* One entry per candidate, in the order given. */
THIDUA_API size_t td_selection_entry_count(const td_selection* selection);
/* TD_E_RANGE when index >= td_selection_entry_count; TD_E_MISUSE for NULL. */
THIDUA_API int td_selection_entry(const td_selection* selection, size_t index,
                                  td_candidate* out);

/* Per unit kind of the award: how many were proposed, eligible, selected. */
typedef struct td_candidate_group {
  const char* kind;
  int64_t candidates, eligible, selected;
  int64_t cap; /* "at most N"; -1: every unit that qualifies */
} td_candidate_group;

THIDUA_API size_t td_selection_group_count(const td_selection* selection);
THIDUA_API int td_selection_group(const td_selection* selection, size_t index,
                                  td_candidate_group* out);

/* The whole selection as JSON: {award, label, authority, source, year,
 * language, candidates: [{index, id, kind, selected, outcome, rank, reason}],
 * groups: [{kind, candidates, eligible, selected, cap}]} (cap null when
 * none). *out: free with td_free_string. */
THIDUA_API int td_selection_to_json(const td_selection* selection, char** out);

/* ---- Population targets -------------------------------------------------- */

typedef struct td_targets_options {
  td_language language; /* of the texts; TD_LANG_EN */
  const char* as_of;    /* as in td_select_options; NULL: the plan's default */
  size_t as_of_len;
  const char* by;       /* a unit kind ("district"): each target over a kind
                           within it gets its parts, one per unit of that
                           kind (thidua report --by); NULL: none */
  size_t by_len;
} td_targets_options;

THIDUA_API void td_targets_options_init(td_targets_options* options);

/* The plan's population targets ("100 % of communes at standard") measured
 * over `units` (one population, as in td_evaluate_batch), as a JSON array
 * of {target, label, source, kind, status ("achieved", "not_achieved",
 * "undetermined"), value, target_value, gap, units, matching, unknown}; with
 * options->by, each also has "by" and "parts": the same object per unit of
 * that kind, with "group" (its id) and "group_name", and status "part" for
 * a count, whose goal is the whole's only (docs/time-and-hierarchy.md).
 * `options` may be NULL: the defaults. Errors are recorded on `rules`:
 * TD_E_DATA for an as_of that is not a date, TD_E_NOT_FOUND for a `by`
 * that is no unit kind. *out: free with td_free_string. */
THIDUA_API int td_ruleset_targets(const td_ruleset* rules,
                                  const td_unit* const* units, size_t count,
                                  const td_targets_options* options, char** out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* THIDUA_THIDUA_H_ */
