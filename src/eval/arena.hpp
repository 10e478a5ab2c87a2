// The memory of the units of one table read from a file: their slots, texts
// and lists are cut from a few large blocks, freed all at once with the
// table. A read then makes a handful of allocations instead of five a row,
// a unit carries no allocator headers, and the units of a batch lie one
// after the other in memory. Not thread-safe: filled by one reader, then
// only read (docs/performance.md, "fifth session: ingest").
#ifndef THIDUA_SRC_EVAL_ARENA_HPP_
#define THIDUA_SRC_EVAL_ARENA_HPP_

#include <cstddef>
#include <memory_resource>

namespace thidua::internal {

// Blocks for the arena: large ones aligned to 2 MiB and offered to the
// kernel for transparent huge pages (madvise), because touching fresh memory
// page by page is what a one-shot read costs most (a fault every 4 KiB).
class BlockSource final : public std::pmr::memory_resource {
 private:
  void* do_allocate(size_t bytes, size_t alignment) override;
  void do_deallocate(void* p, size_t bytes, size_t alignment) override;
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
    return this == &other;
  }
};

// The arena itself: a monotonic buffer over BlockSource (freeing a single
// allocation does nothing; everything goes with the arena).
class UnitArena {
 public:
  UnitArena() : blocks_(kFirstBlock, &source_) {}
  UnitArena(const UnitArena&) = delete;
  UnitArena& operator=(const UnitArena&) = delete;

  std::pmr::memory_resource* memory() { return &blocks_; }

 private:
  // Small enough for a file of a few units; the next blocks grow
  // geometrically (std::pmr::monotonic_buffer_resource).
  static constexpr size_t kFirstBlock = 64u << 10;

  BlockSource source_;
  std::pmr::monotonic_buffer_resource blocks_;
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_ARENA_HPP_
