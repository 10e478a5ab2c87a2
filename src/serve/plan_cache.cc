#include "serve/plan_cache.hpp"

#include <cctype>
#include <utility>

namespace thidua::serve {
namespace {

// A line that starts with the keyword `import` ("import \"common.td\"").
bool Imports(std::string_view text) {
  constexpr std::string_view kWord = "import";
  for (size_t at = text.find(kWord); at != std::string_view::npos;
       at = text.find(kWord, at + 1)) {
    size_t start = at;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
    const size_t end = at + kWord.size();
    const bool word_ends = end == text.size() ||
                           !(std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_');
    if ((start == 0 || text[start - 1] == '\n') && word_ends) return true;
  }
  return false;
}

}  // namespace

absl::StatusOr<std::shared_ptr<const Compilation>> PlanCache::Compile(
    std::string_view text, const std::string& path, const CompileOptions& options) {
  // Everything the serve layer varies between compilations; it leaves the
  // other options at their defaults.
  std::string key;
  key.reserve(path.size() + options.rules_root.size() + text.size() + 4);
  key.append(options.language == Language::kVietnamese ? "vi" : "en").append(1, '\0');
  key.append(options.rules_root).append(1, '\0').append(path).append(1, '\0').append(text);
  const bool cacheable = max_entries_ > 0 && key.size() <= max_bytes_ && !Imports(text);
  if (cacheable) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(key);
    if (it != index_.end()) {
      entries_.splice(entries_.begin(), entries_, it->second);
      ++hits_;
      return it->second->compilation;
    }
  }
  // Compiled outside the lock: other requests go on meanwhile. Two users
  // sending the same new text at once both compile it; one result is kept.
  absl::StatusOr<Compilation> compiled = CompileText(text, path, options);
  if (!compiled.ok()) return compiled.status();
  auto shared = std::make_shared<const Compilation>(*std::move(compiled));
  std::lock_guard<std::mutex> lock(mu_);
  ++misses_;
  if (!cacheable || index_.contains(key)) return shared;
  bytes_ += key.size();
  entries_.push_front(Entry{std::move(key), shared});
  index_.emplace(entries_.front().key, entries_.begin());
  while (entries_.size() > max_entries_ || bytes_ > max_bytes_) {
    bytes_ -= entries_.back().key.size();
    index_.erase(entries_.back().key);
    entries_.pop_back();
  }
  return shared;
}

size_t PlanCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}

size_t PlanCache::misses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return misses_;
}

}  // namespace thidua::serve
