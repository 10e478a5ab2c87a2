// Run-time values and units. A unit is a flat array of values, one slot per
// field of its kind (slot 0 is the id), so evaluation reads fields by index.
#ifndef THIDUA_SRC_EVAL_VALUE_HPP_
#define THIDUA_SRC_EVAL_VALUE_HPP_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <forward_list>
#include <memory>
#include <memory_resource>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/fixed.hpp"

namespace thidua::internal {

struct ListData;

// 32 bytes, trivially copyable. The static type of a slot is known from the
// program, so a value carries only what distinguishes it at run time.
struct Value {
  enum Tag : uint8_t {
    kUnknown,  // missing input: verdicts that need it are undetermined
    kError,    // overflow, division by zero: reported, never wrapped
    kBool,
    kNumber,   // int, decimal, money, percent (Fixed)
    kDate,     // days since 1970-01-01
    kEnum,     // member ordinal
    kText,
    kList,
  };
  Tag tag = kUnknown;
  union {
    bool b;
    int32_t i;              // date, enum
    Fixed::Raw n;           // number
    struct {
      const char* data;
      uint32_t size;
    } s;                    // text, owned by the unit or the program
    const ListData* list;
  };

  Value() : n(0) {}
  static Value Unknown() { return Value(); }
  static Value Error() { Value v; v.tag = kError; return v; }
  static Value Bool(bool x) { Value v; v.tag = kBool; v.b = x; return v; }
  static Value Number(Fixed x) { Value v; v.tag = kNumber; v.n = x.raw(); return v; }
  static Value Date(int32_t d) { Value v; v.tag = kDate; v.i = d; return v; }
  static Value Enum(int32_t m) { Value v; v.tag = kEnum; v.i = m; return v; }
  static Value Text(std::string_view t) {
    Value v;
    v.tag = kText;
    v.s.data = t.data();
    v.s.size = static_cast<uint32_t>(t.size());
    return v;
  }
  static Value List(const ListData* l) { Value v; v.tag = kList; v.list = l; return v; }

  bool known() const { return tag > kError; }
  Fixed number() const { return Fixed::FromRaw(n); }
  std::string_view text() const { return {s.data, s.size}; }
};

// The elements of a list field: `width` slots per element, row after row.
// Allocator-aware: a list made in a unit's StableList takes its cells from
// the unit's memory (a table's arena, eval/arena.hpp, or the heap).
struct ListData {
  using allocator_type = std::pmr::polymorphic_allocator<>;
  ListData() = default;
  explicit ListData(const allocator_type& memory) : cells(memory) {}

  int32_t record = -1;
  int32_t width = 0;
  std::pmr::vector<Value> cells;
  // A roll-up's units within, one per element: their criteria are evaluated
  // when the parent is, as of its day (Node::kChildRule). Empty otherwise.
  std::vector<std::shared_ptr<const UnitData>> units;
  size_t size() const { return width == 0 ? 0 : cells.size() / width; }
  const Value* element(size_t i) const { return cells.data() + i * width; }
};

// The texts of one unit, copied into blocks that never move (values point
// into them): one allocation for all the short texts of a typical unit, and
// none while the unit has no text. Given an arena (the units of one table),
// each text is cut from the arena instead, which frees them all at once.
// Not copyable; moving keeps the blocks.
class TextStore {
 public:
  TextStore() = default;
  explicit TextStore(std::pmr::memory_resource* arena) : arena_(arena) {}
  TextStore(const TextStore&) = delete;
  TextStore& operator=(const TextStore&) = delete;
  TextStore(TextStore&& other) noexcept
      : head_(std::exchange(other.head_, nullptr)), arena_(other.arena_) {}
  TextStore& operator=(TextStore&& other) noexcept {
    std::swap(head_, other.head_);
    std::swap(arena_, other.arena_);
    return *this;
  }
  ~TextStore() {
    while (head_ != nullptr) ::operator delete(std::exchange(head_, head_->next));
  }

  std::string_view Store(std::string_view text) {
    if (text.empty()) return {};
    if (arena_ != nullptr) {
      char* at = static_cast<char*>(arena_->allocate(text.size(), 1));
      std::memcpy(at, text.data(), text.size());
      return {at, text.size()};
    }
    if (head_ == nullptr || head_->size - head_->used < text.size()) {
      size_t size = std::max(text.size(), head_ == nullptr ? kFirstBlock : 2 * head_->size);
      auto* block = static_cast<Block*>(::operator new(sizeof(Block) + size));
      *block = Block{head_, size, 0};
      head_ = block;
    }
    char* at = reinterpret_cast<char*>(head_ + 1) + head_->used;
    std::memcpy(at, text.data(), text.size());
    head_->used += text.size();
    return {at, text.size()};
  }

 private:
  static constexpr size_t kFirstBlock = 96;  // an id, a name, a few more
  struct Block {
    Block* next;
    size_t size, used;
  };
  Block* head_ = nullptr;
  std::pmr::memory_resource* arena_ = nullptr;  // not owned; null: the heap
};

// Elements that never move once added (values point into them); empty, it
// allocates nothing (a std::deque allocates ~600 bytes even empty).
template <class T>
class StableList {
 public:
  StableList() = default;
  explicit StableList(std::pmr::memory_resource* memory) : items_(memory) {}
  T& emplace_back() { return items_.emplace_front(); }  // newest first
  T& back() { return items_.front(); }
  bool empty() const { return items_.empty(); }

 private:
  std::pmr::forward_list<T> items_;
};

// One unit's data: its slots, and the texts and lists its values point into.
// A unit built on its own takes them from the heap; the units of a table
// read from a file take them from the table's arena (eval/arena.hpp), which
// must outlive them.
struct UnitData {
  UnitData() = default;
  explicit UnitData(std::pmr::memory_resource* arena)
      : slots(arena), texts(arena), lists(arena) {}
  UnitData(const UnitData&) = delete;  // values point into texts and lists
  UnitData& operator=(const UnitData&) = delete;
  UnitData(UnitData&&) = default;      // texts and lists stay in place
  UnitData& operator=(UnitData&&) = default;

  int32_t kind = -1;
  std::pmr::vector<Value> slots;  // one per field of the kind's record
  TextStore texts;
  StableList<ListData> lists;

  std::string_view id() const {
    return slots.empty() || slots[0].tag != Value::kText ? std::string_view()
                                                         : slots[0].text();
  }
  Value StoreText(std::string_view text) { return Value::Text(texts.Store(text)); }
};

}  // namespace thidua::internal

#endif  // THIDUA_SRC_EVAL_VALUE_HPP_
