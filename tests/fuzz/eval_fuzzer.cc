// libFuzzer target: see EvalInput in fuzz_entries.hpp and docs/reliability.md.
#include <cstddef>
#include <cstdint>

#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  thidua::fuzz::EvalInput(data, size);
  return 0;
}
