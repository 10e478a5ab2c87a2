// libFuzzer target: see FormatInput in fuzz_entries.hpp and docs/reliability.md.
#include <cstddef>
#include <cstdint>

#include "fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  thidua::fuzz::FormatInput(data, size);
  return 0;
}
