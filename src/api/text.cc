// Text helpers of the public API that tools on top of it share with the
// library: JSON quoting and "did you mean" (docs/embedding.md, "Helpers for
// tools"). Thin wrappers, so that the tool and the library cannot differ.
#include "base/diagnostics.hpp"
#include "base/json_text.hpp"
#include "thidua/thidua.hpp"

namespace thidua {

std::string JsonQuoted(std::string_view text) { return internal::JsonString(text); }

std::string NearestName(std::string_view word, const std::vector<std::string>& known) {
  return internal::ClosestName(word, known);
}

}  // namespace thidua
