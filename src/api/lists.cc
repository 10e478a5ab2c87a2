// Membership lists through the public API: the caller's list files, read
// against the lists the rules declare (docs/time-and-hierarchy.md).
#include <filesystem>

#include "absl/strings/str_join.h"
#include "base/files.hpp"
#include "base/messages.hpp"
#include "eval/lists.hpp"
#include "io/lists.hpp"
#include "thidua/thidua.hpp"

namespace thidua {

Lists::Lists(std::shared_ptr<const RuleSet> rules)
    : rules_(std::move(rules)), data_(std::make_unique<internal::ListMembers>()) {}
Lists::~Lists() = default;

absl::StatusOr<ListTable> Lists::Read(std::string_view name, std::string_view text,
                                      const DataOptions& options) {
  const internal::Program& program = rules_->program();
  int32_t list = program.FindList(name);
  if (list < 0) {
    std::vector<std::string> names;
    for (const internal::RuleInfo& l : program.lists) names.push_back(l.name);
    return absl::InvalidArgumentError(
        internal::FormatMessage(options.language, internal::Msg::kListUndeclared,
                                {std::string(name), absl::StrJoin(names, ", ")}));
  }
  internal::ReadOptions read;
  read.language = options.language;
  read.max_rows = options.max_rows;
  auto r = internal::ReadListMembers(program, list, text, read, data_.get());
  if (!r.ok()) return r.status();
  ListTable table;
  table.rows_read = r->rows_read;
  table.members = r->members;
  for (internal::RowError& e : r->errors) {
    table.errors.push_back({e.row, std::move(e.column), std::move(e.message)});
  }
  return table;
}

absl::StatusOr<ListTable> Lists::ReadFile(std::string_view name, std::string_view path,
                                          const DataOptions& options) {
  // An undeclared list is the mistake to report, whatever the file.
  if (rules_->program().FindList(name) < 0) return Read(name, "", options);
  auto text = internal::ReadWholeFile(std::filesystem::path(path), options.language,
                                      options.max_list_file_bytes);
  if (!text.ok()) return text.status();
  return Read(name, *text, options);
}

}  // namespace thidua
