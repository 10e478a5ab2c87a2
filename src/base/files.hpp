// Reading a whole file, with the reason when it cannot be read ("No such file
// or directory", "Permission denied", "Is a directory"): a user told only
// "cannot read" has to guess which of these it is.
#ifndef THIDUA_SRC_BASE_FILES_HPP_
#define THIDUA_SRC_BASE_FILES_HPP_

#include <filesystem>
#include <string>

#include "absl/status/statusor.h"
#include "base/messages.hpp"

namespace thidua::internal {

// The bytes of the regular file at `path`; NotFound ("cannot read 'PATH':
// REASON", in `language`) when it is missing, unreadable or not a regular
// file, and ResourceExhausted when it is larger than `max_bytes`.
absl::StatusOr<std::string> ReadWholeFile(const std::filesystem::path& path,
                                          Language language = Language::kEnglish,
                                          size_t max_bytes = SIZE_MAX);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_FILES_HPP_
