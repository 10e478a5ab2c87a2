// Shared pieces of the JSON API handlers (api.cc, run.cc): reading the
// request, compiling the plan it names, reading the units it gives.
#ifndef THIDUA_SRC_SERVE_API_HPP_
#define THIDUA_SRC_SERVE_API_HPP_

#include <memory>
#include <string>

// Not public: the message catalogue, so that the server's own answers are in
// both languages with a hint, in the one place the compiler's are.
#include "base/messages.hpp"
#include "nlohmann/json.hpp"
#include "serve/server.hpp"
#include "thidua/thidua.hpp"

namespace thidua::serve {

using Json = nlohmann::json;

// A request that went wrong: the handler returns it as is.
struct Failure {
  Response response;
};

// A 400 in the request's language with what to do about it:
// {"error": message, "hint": hint} (docs/workbench.md).
Failure BadRequest(Language lang, internal::Msg message, internal::Msg hint,
                   const std::vector<std::string>& args = {});
// A 400 for a status the library returned (in `lang` already), with `hint`,
// or the hint to split the file when it is over a limit.
Failure BadStatus(const absl::Status& status, Language lang, internal::Msg hint);

// A POST body as a JSON object; throws Failure (400) otherwise.
Json ParseBody(const Request& request);
// "lang": "vi" (the default, also when "lang" is not a string) or "en".
Language LanguageOf(const Json& body);
// The compile options of every request: the body's language, imports kept
// below the rules root, the library's default limits.
CompileOptions OptionsFor(const Config& config, const Json& body);
// A string member, "" when absent; throws Failure (400, in the body's
// language, or `lang` for an object inside the body) when it is not a string.
std::string StringField(const Json& body, const char* name);
std::string StringField(const Json& object, const char* name, Language lang);

Response JsonResponse(const Json& value, int status = 200);
Json DiagnosticsJson(const std::vector<Diagnostic>& diagnostics, Language language);

struct Plan {
  std::string relative;  // as the client gave it
  std::string full;      // resolved under the rules root
  std::shared_ptr<const RuleSet> rules;
};
// Compiles "text" (the editor's unsaved text) or else the file at "path".
// Throws Failure: 400/404 for the path, 422 with diagnostics for errors.
Plan LoadPlan(const Config& config, const Json& body);

// The units of "units": {"sample": "units.jsonl"} (a data file beside the
// plan) or {"data": "…", "format": "csv|json|auto", "kind": "…"}.
UnitTable LoadUnits(const Config& config, const Json& body, const Plan& plan);
Json RowErrorsJson(const UnitTable& table);

Response HandleEvaluate(const Config& config, const Json& body);
Response HandleExplain(const Config& config, const Json& body);
Response HandleTests(const Config& config, const Json& body);
Response HandleSelect(const Config& config, const Json& body);
Response HandleTargets(const Config& config, const Json& body);

}  // namespace thidua::serve

#endif  // THIDUA_SRC_SERVE_API_HPP_
