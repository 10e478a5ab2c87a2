#include "eval/arena.hpp"

#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace thidua::internal {
namespace {

constexpr size_t kHugePage = 2u << 20;

}  // namespace

void* BlockSource::do_allocate(size_t bytes, size_t alignment) {
  if (bytes < kHugePage) return ::operator new(bytes, std::align_val_t(alignment));
  const size_t size = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, size);
  if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  // Advice only: where huge pages are off or short, pages stay 4 KiB.
  ::madvise(p, size, MADV_HUGEPAGE);
#endif
  return p;
}

void BlockSource::do_deallocate(void* p, size_t bytes, size_t alignment) {
  if (bytes < kHugePage) {
    // Unsized: clang (the fuzz build) declares sized delete only with
    // -fsized-deallocation.
    ::operator delete(p, std::align_val_t(alignment));
    return;
  }
  std::free(p);
}

}  // namespace thidua::internal
