// Compiled plans kept by content: the page checks the editor's text after
// each pause in typing and sends the same text with every evaluate, explain,
// select and targets request, so most requests would compile a plan that was
// compiled a moment ago. A RuleSet is immutable and thread-safe, so one
// compilation can serve every request and every user that sends the same
// text. Least recently used entries go first.
#ifndef THIDUA_SRC_SERVE_PLAN_CACHE_HPP_
#define THIDUA_SRC_SERVE_PLAN_CACHE_HPP_

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "thidua/thidua.hpp"

namespace thidua::serve {

class PlanCache {
 public:
  // At most `entries` compilations of at most `bytes` of rule text in all.
  PlanCache(size_t entries, size_t bytes) : max_entries_(entries), max_bytes_(bytes) {}

  // CompileText(text, path, options), or the result of an earlier call with
  // the same text, path, language and rules root. Text that imports other
  // files is compiled every time: they may have changed on disk.
  absl::StatusOr<std::shared_ptr<const Compilation>> Compile(std::string_view text,
                                                             const std::string& path,
                                                             const CompileOptions& options);

  // How many calls were answered from the cache, and how many compiled.
  size_t hits() const;
  size_t misses() const;

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const Compilation> compilation;
  };
  const size_t max_entries_, max_bytes_;
  // A std::mutex, not absl::Mutex: Debian's Abseil is not built for
  // ThreadSanitizer, which then cannot see absl::Mutex order its users and
  // reports every cache hit as a race. Guards everything below.
  mutable std::mutex mu_;
  std::list<Entry> entries_;  // most recently used first
  absl::flat_hash_map<std::string_view, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
  size_t hits_ = 0, misses_ = 0;
};

}  // namespace thidua::serve

#endif  // THIDUA_SRC_SERVE_PLAN_CACHE_HPP_
