// The JSON API of the workbench (docs/workbench.md): routing, the shared
// request helpers, and the editor's endpoints (plans, plan, check, format).
// Uses only the public API.
#include <exception>
#include <string>
#include <string_view>

#include "serve/api.hpp"
#include "serve/files.hpp"
#include "serve/plan_cache.hpp"

namespace thidua::serve {
namespace {

// Largest rule or data file read from the rules folder.
constexpr size_t kMaxFileBytes = 16u << 20;

Failure Fail(int status, std::string_view message) { return Failure{Error(status, message)}; }

// The value of `key` in a query string ("path=a%2Fb.td&x=1"), %-decoded.
std::string QueryValue(std::string_view query, std::string_view key) {
  size_t start = 0;
  while (start < query.size()) {
    size_t amp = query.find('&', start);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view pair = query.substr(start, amp - start);
    start = amp + 1;
    size_t eq = pair.find('=');
    if (pair.substr(0, eq) != key || eq == std::string_view::npos) continue;
    std::string out;
    std::string_view v = pair.substr(eq + 1);
    for (size_t i = 0; i < v.size(); ++i) {
      auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
      };
      if (v[i] == '%' && i + 2 < v.size() && hex(v[i + 1]) >= 0 && hex(v[i + 2]) >= 0) {
        out += static_cast<char>(hex(v[i + 1]) * 16 + hex(v[i + 2]));
        i += 2;
      } else {
        out += v[i] == '+' ? ' ' : v[i];
      }
    }
    return out;
  }
  return "";
}

// Compiles the body's "text" (the editor's), else the file at `full`,
// through the server's cache of compiled plans.
absl::StatusOr<std::shared_ptr<const Compilation>> CompilePlan(const Config& config,
                                                               const Json& body,
                                                               const std::string& full,
                                                               const CompileOptions& options) {
  std::string text, error;
  if (body.contains("text")) {
    text = StringField(body, "text");
  } else if (!ReadSmallFile(full, kMaxFileBytes, &text, &error)) {
    throw Fail(400, error);
  }
  if (config.plan_cache) return config.plan_cache->Compile(text, full, options);
  absl::StatusOr<Compilation> c = CompileText(text, full, options);
  if (!c.ok()) return c.status();
  return std::make_shared<const Compilation>(*std::move(c));
}

Json PlanSummary(const RuleSet& rules) {
  Json criteria = Json::array();
  for (const DeclarationInfo& c : rules.criteria()) {
    criteria.push_back({{"name", c.name}, {"label", c.label}, {"source", c.source},
                        {"kinds", c.kinds}});
  }
  Json awards = Json::array();
  for (const AwardDescription& a : rules.awards()) {
    awards.push_back({{"name", a.name}, {"label", a.label}, {"authority", a.authority},
                      {"source", a.source}, {"kinds", a.kinds}});
  }
  return {{"name", rules.plan_name()},   {"title", rules.plan_title()},
          {"source", rules.plan_source()}, {"unit_kinds", rules.unit_kinds()},
          {"criteria", criteria},        {"awards", awards},
          {"tests", rules.test_count()}, {"targets", rules.target_count()}};
}

Response HandlePlans(const Config& config) {
  Json plans = Json::array();
  for (const PlanFile& p : ListPlans(config.rules_root)) {
    plans.push_back({{"path", p.path}, {"samples", p.samples}});
  }
  return JsonResponse({{"plans", plans}});
}

Response HandlePlanText(const Config& config, std::string_view query) {
  std::string relative = QueryValue(query, "path"), full, error, text;
  if (!ResolvePath(config.rules_root, relative, true, &full, &error)) throw Fail(400, error);
  if (!ReadSmallFile(full, kMaxFileBytes, &text, &error)) throw Fail(400, error);
  return JsonResponse({{"path", relative}, {"text", text}});
}

// Compiles the text (or file) and reports every diagnostic; 200 even when
// the rules have errors: they are the answer.
Response HandleCheck(const Config& config, const Json& body) {
  const Language lang = LanguageOf(body);
  std::string relative = StringField(body, "path"), full, error;
  if (relative.empty()) relative = "untitled.td";
  if (!ResolvePath(config.rules_root, relative, false, &full, &error)) throw Fail(400, error);
  const CompileOptions options = OptionsFor(config, body);
  absl::StatusOr<std::shared_ptr<const Compilation>> c = CompilePlan(config, body, full, options);
  if (!c.ok()) throw Fail(400, std::string(c.status().message()));
  const Compilation& compiled = **c;
  Json out = {{"ok", compiled.ok()},
              {"errors", compiled.error_count()},
              {"warnings", compiled.warning_count()},
              {"diagnostics", DiagnosticsJson(compiled.diagnostics, lang)}};
  if (compiled.ok()) out["plan"] = PlanSummary(*compiled.rules);
  return JsonResponse(out);
}

// Under the compiler's limits, as check applies them: an oversized text is
// a diagnostic, not a 400.
Response HandleFormat(const Config& config, const Json& body) {
  const Language lang = LanguageOf(body);
  std::string path = StringField(body, "path");
  const CompileOptions options = OptionsFor(config, body);
  absl::StatusOr<Formatted> f =
      FormatRules(StringField(body, "text"), path.empty() ? "untitled.td" : path, options);
  if (!f.ok()) throw Fail(400, std::string(f.status().message()));
  return JsonResponse({{"ok", f->ok()}, {"text", f->text},
                       {"diagnostics", DiagnosticsJson(f->diagnostics, lang)}});
}

Response Route(const Request& request, const Config& config) {
  std::string_view target = request.target;
  size_t q = target.find('?');
  std::string_view path = target.substr(0, q);
  std::string_view query = q == std::string_view::npos ? "" : target.substr(q + 1);
  if (request.method == "GET") {
    if (path == "/api/plans") return HandlePlans(config);
    if (path == "/api/plan") return HandlePlanText(config, query);
    if (path == "/api/version") return JsonResponse({{"version", VersionString()}});
    Response asset;
    if (FindAsset(path, &asset.body, &asset.content_type)) return asset;
    throw Fail(404, "no such page or endpoint");
  }
  if (request.method != "POST") throw Fail(405, "only GET and POST are served");
  if (path == "/api/check") return HandleCheck(config, ParseBody(request));
  if (path == "/api/format") return HandleFormat(config, ParseBody(request));
  if (path == "/api/evaluate") return HandleEvaluate(config, ParseBody(request));
  if (path == "/api/explain") return HandleExplain(config, ParseBody(request));
  if (path == "/api/tests") return HandleTests(config, ParseBody(request));
  if (path == "/api/select") return HandleSelect(config, ParseBody(request));
  if (path == "/api/targets") return HandleTargets(config, ParseBody(request));
  throw Fail(404, "no such endpoint");
}

}  // namespace

Response Error(int status, std::string_view message) {
  return JsonResponse({{"error", std::string(message)}}, status);
}

Response JsonResponse(const Json& value, int status) {
  Response r;
  r.status = status;
  // Replace invalid UTF-8 rather than throw: data files may hold anything.
  r.body = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  return r;
}

Json ParseBody(const Request& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded()) throw Fail(400, "the request body is not valid JSON");
  if (!body.is_object()) throw Fail(400, "the request body must be a JSON object");
  return body;
}

Language LanguageOf(const Json& body) {
  return StringField(body, "lang") == "en" ? Language::kEnglish : Language::kVietnamese;
}

CompileOptions OptionsFor(const Config& config, const Json& body) {
  CompileOptions options;
  options.language = LanguageOf(body);
  options.rules_root = config.rules_root;
  return options;
}

std::string StringField(const Json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return "";
  if (!it->is_string()) throw Fail(400, std::string("'") + name + "' must be a string");
  return it->get<std::string>();
}

Json DiagnosticsJson(const std::vector<Diagnostic>& diagnostics, Language language) {
  Json parsed = Json::parse(FormatDiagnostics(diagnostics, DiagnosticFormat::kJson, language),
                            nullptr, false);
  return parsed.is_discarded() ? Json::array() : parsed;
}

Plan LoadPlan(const Config& config, const Json& body) {
  Plan plan;
  std::string error;
  plan.relative = StringField(body, "path");
  if (plan.relative.empty()) throw Fail(400, "'path' names the plan, e.g. \"a/plan.td\"");
  const bool has_text = body.contains("text");
  if (!ResolvePath(config.rules_root, plan.relative, !has_text, &plan.full, &error)) {
    throw Fail(has_text ? 400 : 404, error);
  }
  const CompileOptions options = OptionsFor(config, body);
  absl::StatusOr<std::shared_ptr<const Compilation>> c =
      CompilePlan(config, body, plan.full, options);
  if (!c.ok()) throw Fail(400, std::string(c.status().message()));
  if (!(*c)->ok()) {
    Response r = JsonResponse(
        {{"error", options.language == Language::kVietnamese ? "Quy tắc còn lỗi, hãy sửa trước."
                                                             : "The rules have errors; fix them first."},
         {"diagnostics", DiagnosticsJson((*c)->diagnostics, options.language)}},
        422);
    throw Failure{r};
  }
  plan.rules = (*c)->rules;
  return plan;
}

UnitTable LoadUnits(const Config& config, const Json& body, const Plan& plan) {
  auto it = body.find("units");
  if (it == body.end() || !it->is_object()) {
    throw Fail(400, "'units' must be {\"sample\": FILE} or {\"data\": TEXT, \"format\": …}");
  }
  DataOptions options;
  options.language = LanguageOf(body);
  options.default_kind = StringField(*it, "kind");
  std::string format = StringField(*it, "format");
  std::string sample = StringField(*it, "sample"), text, error;
  if (!sample.empty()) {
    size_t slash = plan.relative.rfind('/');
    std::string dir = slash == std::string::npos ? "" : plan.relative.substr(0, slash + 1);
    std::string full;
    if (!ResolvePath(config.rules_root, dir + sample, true, &full, &error)) throw Fail(400, error);
    if (!ReadSmallFile(full, kMaxFileBytes, &text, &error)) throw Fail(400, error);
    if (format.empty()) format = sample.ends_with(".csv") ? "csv" : "json";
  } else {
    text = StringField(*it, "data");
  }
  options.format = format == "csv"    ? DataOptions::Format::kCsv
                   : format == "json" ? DataOptions::Format::kJson
                                      : DataOptions::Format::kAuto;
  absl::StatusOr<UnitTable> table = plan.rules->ReadUnits(text, options);
  if (!table.ok()) throw Fail(400, std::string(table.status().message()));
  return *std::move(table);
}

Json RowErrorsJson(const UnitTable& table) {
  Json errors = Json::array();
  for (const RowError& e : table.errors) {
    errors.push_back({{"row", e.row}, {"column", e.column}, {"message", e.message}});
  }
  return errors;
}

Response Handle(const Request& request, const Config& config) {
  try {
    return Route(request, config);
  } catch (const Failure& f) {
    return f.response;
  } catch (const Json::exception& e) {
    return Error(400, std::string("bad request: ") + e.what());
  } catch (const std::bad_alloc&) {
    return Error(503, "out of memory");
  } catch (const std::exception& e) {
    return Error(500, std::string("internal error: ") + e.what());
  }
}

}  // namespace thidua::serve
