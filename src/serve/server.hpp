// The workbench server behind `thidua serve`: a thin layer over the public
// API (include/thidua/thidua.hpp). The HTTP transport (http.cc, the only
// file that sees Boost.Beast) hands each request to Handle(), which knows
// nothing of sockets, so the JSON API can be exercised without a network.
#ifndef THIDUA_SRC_SERVE_SERVER_HPP_
#define THIDUA_SRC_SERVE_SERVER_HPP_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "thidua/thidua.hpp"

namespace thidua::serve {

class PlanCache;

struct Config {
  std::string rules_root = "rules";  // plans are read only below this folder
  std::string host = "127.0.0.1";    // loopback unless told otherwise
  unsigned short port = 8080;
  size_t max_body_bytes = 8u << 20;  // larger requests get 413
  int threads = 4;                   // I/O threads; each may run one request
  int timeout_seconds = 30;          // to read a request or write a response
  size_t cached_plans = 32;          // compiled plans kept by content (0: none)
  // Set by RunServer from cached_plans; null: every request compiles.
  std::shared_ptr<PlanCache> plan_cache;
};

struct Request {
  std::string method;  // "GET", "POST", …
  std::string target;  // "/api/plan?path=a/plan.td"
  std::string body;
  std::string accept_language;  // the Accept-Language header, "" when none
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
};

// Answers one request. Never throws: a bad request is a 4xx JSON error.
// Thread-safe: it shares nothing between calls but `config`.
Response Handle(const Request& request, const Config& config);

// A JSON error body: {"error": message}, and "hint" when one is given.
Response Error(int status, std::string_view message, std::string_view hint = "");

// The language of the server's own answers to a request: `lang=en|vi` in
// the target's query, else the one of the two the Accept-Language header
// prefers, else Vietnamese, as the page. A POST body's "lang" comes first
// for the answers of its endpoint (api.hpp, LanguageOf).
Language RequestLanguage(std::string_view target, std::string_view accept_language);

// Runs until the process is stopped. Returns non-zero (having printed why)
// when it cannot listen.
int RunServer(const Config& config);

// The page shipped in the binary (web/, embedded at build time): the body
// and content type of `path` ("/", "/app.js", …), or false.
bool FindAsset(std::string_view path, std::string* body, std::string* type);

}  // namespace thidua::serve

#endif  // THIDUA_SRC_SERVE_SERVER_HPP_
