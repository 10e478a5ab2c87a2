// The fuzz targets' entry points, kept apart from libFuzzer so that the normal
// test suite (gcc, no libFuzzer) replays every input kept in
// tests/fuzz/regressions/ through exactly the same code.
//
// Each entry point accepts any bytes. It returns normally when thidua behaved;
// when an invariant is broken (a row lost, formatting not idempotent, …) it
// prints what and aborts, which libFuzzer reports as a crash. Crashes, leaks
// and undefined behaviour are caught by the sanitizers the build uses.
#ifndef THIDUA_TESTS_FUZZ_FUZZ_ENTRIES_HPP_
#define THIDUA_TESTS_FUZZ_FUZZ_ENTRIES_HPP_

#include <cstddef>
#include <cstdint>

namespace thidua::fuzz {

// Inputs longer than this are skipped (documented caps, docs/reliability.md):
// a rule file of 64 KiB is far larger than any plan, and larger inputs only
// slow the search down.
inline constexpr size_t kMaxRulesBytes = 64 << 10;
inline constexpr size_t kMaxDataBytes = 64 << 10;

// Parser, checker and compiler on arbitrary bytes as a rule file (imports
// resolve inside rules/), then the file's tests and its diagnostics rendered
// both ways.
void CompileInput(const uint8_t* data, size_t size);

// Arbitrary bytes as a data file (the first byte picks one of the seed plans
// in rules/ and the format) read, evaluated, explained, selected and counted
// towards targets. Checks that no row is lost and that batch evaluation
// agrees with one-by-one evaluation.
void EvalInput(const uint8_t* data, size_t size);

// thidua fmt: when the input parses, its formatted text parses to the same
// syntax tree, and formatting that text again changes nothing.
void FormatInput(const uint8_t* data, size_t size);

// The C API (include/thidua/thidua.h): compilation, diagnostics, metadata
// with out-of-range indices, units from JSON and from a builder, evaluation,
// explanations, batches and tests, driven by the input.
void CapiInput(const uint8_t* data, size_t size);

}  // namespace thidua::fuzz

#endif  // THIDUA_TESTS_FUZZ_FUZZ_ENTRIES_HPP_
