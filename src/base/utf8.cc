#include "base/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstring>

namespace thidua::internal {

int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t v;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, v = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, v = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, v = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (int k = 1; k < len; ++k) {
    unsigned char cc = byte(i + k);
    if ((cc & 0xC0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

std::optional<size_t> FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at a time: most text in data files is ASCII.
    if (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    int n = DecodeUtf8(text, i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

bool IsNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return true;  // as NormalizeNfc: left as it is
  // In UTF-8, without the UTF-16 copy NormalizeNfc makes.
  bool is = nfc->isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return is && U_SUCCESS(status);
}

std::string NormalizeNfc(std::string_view text) {
  // Text is mostly NFC already.
  if (IsNfc(text)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString out = nfc->normalize(in, status);
  if (U_FAILURE(status)) return std::string(text);
  std::string result;
  out.toUTF8String(result);
  return result;
}

size_t VisibleWidth(std::string_view text) {
  size_t width = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp;
    int n = DecodeUtf8(text, i, &cp);
    if (n == 0) {  // count a stray byte as one column and go on
      ++width;
      ++i;
      continue;
    }
    if (cp < 0x80 || u_getCombiningClass(static_cast<UChar32>(cp)) == 0) {
      ++width;
    }
    i += n;
  }
  return width;
}

bool IsIdentifierCodePoint(char32_t cp, bool start) {
  if (cp < 0x80) {
    bool alpha = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    bool digit = cp >= '0' && cp <= '9';
    return alpha || cp == '_' || (!start && digit);
  }
  UChar32 c = static_cast<UChar32>(cp);
  return start ? u_hasBinaryProperty(c, UCHAR_ID_START)
               : u_hasBinaryProperty(c, UCHAR_ID_CONTINUE);
}

std::string_view StripBom(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") {
    return text.substr(3);
  }
  return text;
}

}  // namespace thidua::internal
