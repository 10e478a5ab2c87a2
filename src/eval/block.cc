// A direct rule's fused run over a block of units (Evaluator::FlatBlock).
//
// Why a second run: one unit at a time, each test pays its dispatch (the
// switch on its kind), the decoding of its operands and the loop's
// bookkeeping once per unit, ~25 instructions where a hand-written loop
// spends ~3 (docs/performance.md). Test by test over a block, each test's
// inner loop is a few loads and a compare, specialised to the test's kind.
//
// The value is the same as Flat's: an `and` is false when any test is,
// else an error when any is, else unknown when any is, else true (dually
// for `or`), and no test has a side effect but a quantifier's steps. So
// every test is run for every unit of the block, without a branch, except
// a quantifier (kAnyConst), which runs only for the units whose run has not
// stopped yet and counts its steps per unit: the cost limit sees exactly
// the elements the one-unit run visits.
#include <cstring>

#include "eval/evaluator.hpp"
#include "eval/fused.hpp"

namespace thidua::internal {
namespace {

constexpr uint8_t Bit(Truth t) { return static_cast<uint8_t>(1u << static_cast<unsigned>(t)); }

// seen[u] |= the bit of test(unit u's slots), for every unit.
template <class Test>
[[gnu::always_inline]] inline void Each(const Value* const* slots, size_t n, uint8_t* seen,
                                        Test test) {
  for (size_t u = 0; u < n; ++u) seen[u] |= Bit(test(slots[u]));
}

// A comparison with a number constant, the operands copied out of the test
// first: a store to seen (bytes) could alias them, and the compiler would
// load them again for every unit.
template <ast::Op kOp>
void EachNumber(const FlatTest& t, const Value* const* slots, size_t n, uint8_t* seen) {
  const int32_t slot = t.slot;
  const Value number = t.constant;
  Each(slots, n, seen, [&](const Value* s) { return NarrowConst<kOp>(s[slot], number); });
}

}  // namespace

template <ast::Op kOp>
void Evaluator::EachChosen(const FlatTest& t, const Value* const* slots, size_t n,
                           uint8_t* seen) const {
  const int32_t slot = t.slot;
  Each(slots, n, seen, [&](const Value* s) { return Narrow<kOp>(s[slot], Chosen(t, s)); });
}

void Evaluator::FlatBlock(int32_t index, const Value* const* slots, size_t n, int64_t* steps,
                          Truth* out) {
  const FlatRule& rule = code_.flat[index];
  const Truth stop = rule.any_of ? Truth::kTrue : Truth::kFalse;
  uint8_t seen[kBlock];
  std::memset(seen, 0, n);
  const FlatTest* t = code_.flat_tests.data() + rule.begin;
  for (const FlatTest* end = t + rule.count; t != end; ++t) {
    switch (t->kind) {
      case FlatTest::kNumEq: EachNumber<ast::Op::kEq>(*t, slots, n, seen); break;
      case FlatTest::kNumNe: EachNumber<ast::Op::kNe>(*t, slots, n, seen); break;
      case FlatTest::kNumLt: EachNumber<ast::Op::kLt>(*t, slots, n, seen); break;
      case FlatTest::kNumLe: EachNumber<ast::Op::kLe>(*t, slots, n, seen); break;
      case FlatTest::kNumGt: EachNumber<ast::Op::kGt>(*t, slots, n, seen); break;
      case FlatTest::kNumGe: EachNumber<ast::Op::kGe>(*t, slots, n, seen); break;
      case FlatTest::kSelEq: EachChosen<ast::Op::kEq>(*t, slots, n, seen); break;
      case FlatTest::kSelNe: EachChosen<ast::Op::kNe>(*t, slots, n, seen); break;
      case FlatTest::kSelLt: EachChosen<ast::Op::kLt>(*t, slots, n, seen); break;
      case FlatTest::kSelLe: EachChosen<ast::Op::kLe>(*t, slots, n, seen); break;
      case FlatTest::kSelGt: EachChosen<ast::Op::kGt>(*t, slots, n, seen); break;
      case FlatTest::kSelGe: EachChosen<ast::Op::kGe>(*t, slots, n, seen); break;
      case FlatTest::kEnumIn: {
        const int32_t slot = t->slot;
        const uint64_t mask = t->mask;
        const bool negate = t->negate;
        Each(slots, n, seen, [&](const Value* s) { return InMask(s[slot], mask, negate); });
        break;
      }
      case FlatTest::kBoolField: {
        const int32_t slot = t->slot;
        Each(slots, n, seen, [&](const Value* s) { return ToTruth(s[slot]); });
        break;
      }
      case FlatTest::kFieldConst: {
        const int32_t slot = t->slot;
        const ast::Op cmp = t->cmp;
        const Value constant = t->constant;
        Each(slots, n, seen, [&](const Value* s) { return Compared(cmp, s[slot], constant); });
        break;
      }
      case FlatTest::kAnyConst:
        WithElementTest(*t, [&](auto holds) {
          const int32_t slot = t->slot;
          const int64_t max_steps = code_.max_steps;
          for (size_t u = 0; u < n; ++u) {
            if ((seen[u] & Bit(stop)) != 0) continue;  // Flat stopped before it
            seen[u] |= Bit(AnyOf(*t, slots[u][slot], holds, &steps[u], max_steps));
          }
          return Truth::kTrue;
        });
        break;
      default:  // kNode, kFieldRule, kRuleRef: never in a direct run
        for (size_t u = 0; u < n; ++u) seen[u] |= Bit(Truth::kError);
        break;
    }
  }
  const Truth otherwise = rule.any_of ? Truth::kFalse : Truth::kTrue;
  for (size_t u = 0; u < n; ++u) {
    uint8_t s = seen[u];
    out[u] = (s & Bit(stop)) != 0             ? stop
             : (s & Bit(Truth::kError)) != 0   ? Truth::kError
             : (s & Bit(Truth::kUnknown)) != 0 ? Truth::kUnknown
                                               : otherwise;
  }
}

}  // namespace thidua::internal
