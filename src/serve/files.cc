#include "serve/files.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace thidua::serve {
namespace fs = std::filesystem;

bool ResolvePath(const std::string& root, std::string_view relative, bool must_exist,
                 std::string* full, internal::Msg* error) {
  if (relative.empty()) {
    *error = internal::Msg::kServePathEmpty;
    return false;
  }
  if (relative.size() > 1024 || relative.front() == '/' ||
      relative.find('\\') != std::string_view::npos ||
      relative.find('\0') != std::string_view::npos) {
    *error = internal::Msg::kServePathNotRelative;
    return false;
  }
  size_t start = 0;
  while (start <= relative.size()) {
    size_t slash = relative.find('/', start);
    if (slash == std::string_view::npos) slash = relative.size();
    std::string_view part = relative.substr(start, slash - start);
    if (part.empty() || part == "." || part == "..") {
      *error = internal::Msg::kServePathDots;
      return false;
    }
    start = slash + 1;
  }
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) {
    *error = internal::Msg::kServeRootUnreadable;
    return false;
  }
  fs::path resolved = fs::weakly_canonical(base / fs::path(std::string(relative)), ec);
  if (ec) {
    *error = internal::Msg::kServePathUnresolved;
    return false;
  }
  const std::string b = base.string() + "/";
  if (resolved.string().compare(0, b.size(), b) != 0) {
    *error = internal::Msg::kServePathOutside;
    return false;
  }
  if (must_exist && !fs::is_regular_file(resolved, ec)) {
    *error = internal::Msg::kServeNoSuchFile;
    return false;
  }
  *full = resolved.string();
  return true;
}

std::vector<PlanFile> ListPlans(const std::string& root) {
  std::vector<PlanFile> plans;
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) return plans;
  fs::recursive_directory_iterator it(base, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it.depth() > 3) it.disable_recursion_pending();
    if (plans.size() >= 1000) break;
    const fs::directory_entry& entry = *it;
    if (entry.is_symlink(ec) || !entry.is_regular_file(ec)) continue;
    if (entry.path().extension() != ".td") continue;
    PlanFile plan;
    plan.path = fs::relative(entry.path(), base, ec).generic_string();
    for (const fs::directory_entry& other :
         fs::directory_iterator(entry.path().parent_path(), ec)) {
      std::string ext = other.path().extension().string();
      if (!other.is_symlink(ec) && other.is_regular_file(ec) &&
          (ext == ".jsonl" || ext == ".json" || ext == ".csv")) {
        plan.samples.push_back(other.path().filename().string());
      }
    }
    std::sort(plan.samples.begin(), plan.samples.end());
    plans.push_back(std::move(plan));
  }
  std::sort(plans.begin(), plans.end(),
            [](const PlanFile& a, const PlanFile& b) { return a.path < b.path; });
  return plans;
}

}  // namespace thidua::serve
