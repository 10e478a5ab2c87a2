// The JSON API of the workbench (docs/workbench.md): routing, the shared
// request helpers, and the editor's endpoints (plans, plan, check, format).
// Uses the public API, and of the library's insides only the message
// catalogue (the server's own 4xx and 5xx in both languages, with a hint,
// kept in step with the compiler's) and ReadWholeFile (one way to read a
// file, with the reason it cannot be read).
#include <algorithm>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "base/files.hpp"
#include "serve/api.hpp"
#include "serve/files.hpp"
#include "serve/plan_cache.hpp"

namespace thidua::serve {
namespace {

// Largest rule or data file read from the rules folder.
constexpr size_t kMaxFileBytes = 16u << 20;

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

// The file `relative` names (resolved to `full`), when it is no larger than
// kMaxFileBytes; else a 400 in `lang` that names the file as the client did:
// the server's own folders are not the client's business.
std::string ReadRulesFile(const std::string& full, std::string_view relative, Language lang) {
  absl::StatusOr<std::string> text = internal::ReadWholeFile(full, lang, kMaxFileBytes);
  if (text.ok()) return *std::move(text);
  std::string message(text.status().message());
  for (size_t at = message.find(full); at != std::string::npos; at = message.find(full, at)) {
    message.replace(at, full.size(), relative);
    at += relative.size();
  }
  throw BadStatus(absl::Status(text.status().code(), message), lang,
                  internal::Msg::kHintServePath);
}

// Compiles the body's "text" (the editor's), else the file `relative`
// (resolved to `full`), through the server's cache of compiled plans.
absl::StatusOr<std::shared_ptr<const Compilation>> CompilePlan(const Config& config,
                                                               const Json& body,
                                                               const std::string& relative,
                                                               const std::string& full,
                                                               const CompileOptions& options) {
  const std::string text = body.contains("text") ? StringField(body, "text")
                                                 : ReadRulesFile(full, relative, options.language);
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

// A GET has no body: its language is the request's (RequestLanguage).
Response HandlePlanText(const Config& config, std::string_view query, Language lang) {
  std::string relative = QueryValue(query, "path"), full;
  internal::Msg error;
  if (!ResolvePath(config.rules_root, relative, true, &full, &error)) {
    throw BadRequest(lang, error, internal::Msg::kHintServePath);
  }
  return JsonResponse({{"path", relative}, {"text", ReadRulesFile(full, relative, lang)}});
}

// Compiles the text (or file) and reports every diagnostic; 200 even when
// the rules have errors: they are the answer.
Response HandleCheck(const Config& config, const Json& body) {
  const Language lang = LanguageOf(body);
  std::string relative = StringField(body, "path"), full;
  if (relative.empty()) relative = "untitled.td";
  internal::Msg error;
  if (!ResolvePath(config.rules_root, relative, false, &full, &error)) {
    throw BadRequest(lang, error, internal::Msg::kHintServePath);
  }
  const CompileOptions options = OptionsFor(config, body);
  absl::StatusOr<std::shared_ptr<const Compilation>> c =
      CompilePlan(config, body, relative, full, options);
  if (!c.ok()) throw BadStatus(c.status(), lang, internal::Msg::kHintServePath);
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
  if (!f.ok()) throw BadStatus(f.status(), lang, internal::Msg::kHintSplitFile);
  return JsonResponse({{"ok", f->ok()}, {"text", f->text},
                       {"diagnostics", DiagnosticsJson(f->diagnostics, lang)}});
}

Response Route(const Request& request, const Config& config) {
  std::string_view target = request.target;
  size_t q = target.find('?');
  std::string_view path = target.substr(0, q);
  std::string_view query = q == std::string_view::npos ? "" : target.substr(q + 1);
  const Language lang = RequestLanguage(target, request.accept_language);
  auto refuse = [&](int status, internal::Msg message, internal::Msg hint) {
    Failure f = BadRequest(lang, message, hint, {request.method, std::string(path)});
    f.response.status = status;
    return f;
  };
  auto not_found = [&] {
    return refuse(404, internal::Msg::kServeNotFound, internal::Msg::kHintServeNotFound);
  };
  if (request.method == "GET") {
    if (path == "/api/plans") return HandlePlans(config);
    if (path == "/api/plan") return HandlePlanText(config, query, lang);
    if (path == "/api/version") return JsonResponse({{"version", VersionString()}});
    Response asset;
    if (FindAsset(path, &asset.body, &asset.content_type)) return asset;
    throw not_found();
  }
  if (request.method != "POST") {
    throw refuse(405, internal::Msg::kServeMethod, internal::Msg::kHintServeMethod);
  }
  if (path == "/api/check") return HandleCheck(config, ParseBody(request));
  if (path == "/api/format") return HandleFormat(config, ParseBody(request));
  if (path == "/api/evaluate") return HandleEvaluate(config, ParseBody(request));
  if (path == "/api/explain") return HandleExplain(config, ParseBody(request));
  if (path == "/api/tests") return HandleTests(config, ParseBody(request));
  if (path == "/api/select") return HandleSelect(config, ParseBody(request));
  if (path == "/api/targets") return HandleTargets(config, ParseBody(request));
  throw not_found();
}

// The primary subtag ("vi" of "vi-VN"), lower case.
std::string_view Primary(std::string_view tag, std::string* buffer) {
  while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
  tag = tag.substr(0, tag.find_first_of("-_ "));
  buffer->assign(tag);
  for (char& c : *buffer) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return *buffer;
}

// The q of an Accept-Language entry ("en;q=0.8"): 1 when none is given, 0
// when it cannot be read (such an entry is not a preference).
double Quality(std::string_view params) {
  size_t at = params.find("q=");
  if (at == std::string_view::npos) return 1;
  std::string value(params.substr(at + 2, 5));
  char* end = nullptr;
  double q = std::strtod(value.c_str(), &end);
  return end == value.c_str() ? 0 : q;
}

}  // namespace

Language RequestLanguage(std::string_view target, std::string_view accept_language) {
  size_t q = target.find('?');
  if (q != std::string_view::npos) {
    std::string lang = QueryValue(target.substr(q + 1), "lang");
    if (lang == "en") return Language::kEnglish;
    if (lang == "vi") return Language::kVietnamese;
  }
  // "en-US,en;q=0.9,vi;q=0.8": the first of the best q among en and vi.
  Language best = Language::kVietnamese;
  double best_q = 0;
  std::string buffer;
  for (size_t start = 0; start < accept_language.size();) {
    size_t comma = std::min(accept_language.find(',', start), accept_language.size());
    std::string_view entry = accept_language.substr(start, comma - start);
    start = comma + 1;
    size_t semi = std::min(entry.find(';'), entry.size());
    std::string_view tag = Primary(entry.substr(0, semi), &buffer);
    double quality = Quality(entry.substr(semi));
    if ((tag == "en" || tag == "vi") && quality > best_q) {
      best = tag == "en" ? Language::kEnglish : Language::kVietnamese;
      best_q = quality;
    }
  }
  return best;
}

Response Error(int status, std::string_view message, std::string_view hint) {
  Json body = {{"error", std::string(message)}};
  if (!hint.empty()) body["hint"] = std::string(hint);
  return JsonResponse(body, status);
}

Failure BadRequest(Language lang, internal::Msg message, internal::Msg hint,
                   const std::vector<std::string>& args) {
  return Failure{Error(400, internal::FormatMessage(lang, message, args),
                       internal::FormatMessage(lang, hint, args))};
}

Failure BadStatus(const absl::Status& status, Language lang, internal::Msg hint) {
  if (absl::IsResourceExhausted(status)) hint = internal::Msg::kHintSplitFile;
  return Failure{Error(400, std::string(status.message()), internal::FormatMessage(lang, hint))};
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
  // Unreadable, it has no "lang": the request's language answers.
  const Language lang = RequestLanguage(request.target, request.accept_language);
  if (body.is_discarded()) {
    throw BadRequest(lang, internal::Msg::kServeBodyNotJson, internal::Msg::kHintServeBody);
  }
  if (!body.is_object()) {
    throw BadRequest(lang, internal::Msg::kServeBodyNotObject, internal::Msg::kHintServeBody);
  }
  // A body without "lang" takes the request's, so that every handler reads
  // it in one place (LanguageOf).
  if (!body.contains("lang")) body["lang"] = lang == Language::kEnglish ? "en" : "vi";
  return body;
}

Language LanguageOf(const Json& body) {
  auto it = body.find("lang");
  return it != body.end() && it->is_string() && *it == "en" ? Language::kEnglish
                                                            : Language::kVietnamese;
}

CompileOptions OptionsFor(const Config& config, const Json& body) {
  CompileOptions options;
  options.language = LanguageOf(body);
  options.rules_root = config.rules_root;
  return options;
}

std::string StringField(const Json& body, const char* name) {
  return StringField(body, name, LanguageOf(body));
}

std::string StringField(const Json& object, const char* name, Language lang) {
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return "";
  if (!it->is_string()) {
    throw BadRequest(lang, internal::Msg::kServeNotString, internal::Msg::kHintServeString,
                     {name});
  }
  return it->get<std::string>();
}

Json DiagnosticsJson(const std::vector<Diagnostic>& diagnostics, Language language) {
  Json parsed = Json::parse(FormatDiagnostics(diagnostics, DiagnosticFormat::kJson, language),
                            nullptr, false);
  return parsed.is_discarded() ? Json::array() : parsed;
}

Plan LoadPlan(const Config& config, const Json& body) {
  Plan plan;
  const CompileOptions options = OptionsFor(config, body);
  const Language lang = options.language;
  plan.relative = StringField(body, "path");
  if (plan.relative.empty()) {
    throw BadRequest(lang, internal::Msg::kServeNeedsPath, internal::Msg::kHintServePath);
  }
  const bool has_text = body.contains("text");
  internal::Msg error;
  if (!ResolvePath(config.rules_root, plan.relative, !has_text, &plan.full, &error)) {
    Failure f = BadRequest(lang, error, internal::Msg::kHintServePath);
    if (!has_text) f.response.status = 404;
    throw f;
  }
  absl::StatusOr<std::shared_ptr<const Compilation>> c =
      CompilePlan(config, body, plan.relative, plan.full, options);
  if (!c.ok()) throw BadStatus(c.status(), lang, internal::Msg::kHintServePath);
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
  const Language lang = LanguageOf(body);
  auto it = body.find("units");
  if (it == body.end() || !it->is_object()) {
    throw BadRequest(lang, internal::Msg::kServeBadUnits, internal::Msg::kHintServeUnits);
  }
  DataOptions options;
  options.language = lang;
  options.default_kind = StringField(*it, "kind", lang);
  std::string format = StringField(*it, "format", lang);
  std::string sample = StringField(*it, "sample", lang), text;
  if (!sample.empty()) {
    size_t slash = plan.relative.rfind('/');
    std::string dir = slash == std::string::npos ? "" : plan.relative.substr(0, slash + 1);
    std::string full;
    internal::Msg error;
    if (!ResolvePath(config.rules_root, dir + sample, true, &full, &error)) {
      throw BadRequest(lang, error, internal::Msg::kHintServePath);
    }
    text = ReadRulesFile(full, dir + sample, lang);
    if (format.empty()) format = sample.ends_with(".csv") ? "csv" : "json";
  } else {
    text = StringField(*it, "data", lang);
  }
  options.format = format == "csv"    ? DataOptions::Format::kCsv
                   : format == "json" ? DataOptions::Format::kJson
                                      : DataOptions::Format::kAuto;
  absl::StatusOr<UnitTable> table = plan.rules->ReadUnits(text, options);
  if (!table.ok()) throw BadStatus(table.status(), lang, internal::Msg::kHintServeData);
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
  const Language lang = RequestLanguage(request.target, request.accept_language);
  auto error = [&](int status, internal::Msg message, internal::Msg hint, std::string what) {
    return Error(status, internal::FormatMessage(lang, message, {std::move(what)}),
                 internal::FormatMessage(lang, hint));
  };
  try {
    return Route(request, config);
  } catch (const Failure& f) {
    return f.response;
  } catch (const Json::exception& e) {
    return error(400, internal::Msg::kServeBadRequest, internal::Msg::kHintServeBody, e.what());
  } catch (const std::bad_alloc&) {
    return error(503, internal::Msg::kServeOutOfMemory, internal::Msg::kHintServeRetry, "");
  } catch (const std::exception& e) {
    return error(500, internal::Msg::kServeInternal, internal::Msg::kHintServeRetry, e.what());
  }
}

}  // namespace thidua::serve
