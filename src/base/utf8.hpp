// UTF-8 helpers: validation, NFC normalisation (ICU), and counting the
// characters a person sees, for diagnostics' columns.
#ifndef THIDUA_SRC_BASE_UTF8_HPP_
#define THIDUA_SRC_BASE_UTF8_HPP_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua::internal {

// Byte offset of the first invalid sequence, or nullopt when `text` is valid
// UTF-8 (overlong forms, surrogates and code points past U+10FFFF are invalid).
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Decodes one code point at `text[i]`; returns its length in bytes (0 when
// invalid). `text` must be valid UTF-8 for the result to be meaningful.
int DecodeUtf8(std::string_view text, size_t i, char32_t* cp);

// Returns `text` in Unicode Normalization Form C. `text` must be valid UTF-8.
std::string NormalizeNfc(std::string_view text);

// Whether `text` (valid UTF-8) is already in NFC: then NormalizeNfc would
// return it unchanged, and a caller can keep a view instead of a copy.
bool IsNfc(std::string_view text);

// Number of user-visible characters: code points that are not combining marks.
size_t VisibleWidth(std::string_view text);

// True for letters, digits and marks that may continue an identifier (UAX #31
// ID_Continue) and, with `start`, those that may begin one (ID_Start or '_').
bool IsIdentifierCodePoint(char32_t cp, bool start);

// Removes a leading UTF-8 byte-order mark.
std::string_view StripBom(std::string_view text);

}  // namespace thidua::internal

#endif  // THIDUA_SRC_BASE_UTF8_HPP_
