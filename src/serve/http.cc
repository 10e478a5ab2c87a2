// HTTP/1.1 transport of the workbench, on Boost.Beast. The only file that
// includes Beast or Asio (they are slow to compile). Each connection is a
// Session reading one request at a time with a deadline; the body is capped
// by the parser, so an oversized request is refused before it is stored.
#include <array>
#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

// The library's message catalogue, not only its public API: the server's
// own refusals (413, 431, a malformed request) are in the request's
// language with a hint, beside the compiler's messages, so that both
// languages stay in step in one place.
#include "base/messages.hpp"
#include "serve/plan_cache.hpp"
#include "serve/server.hpp"

namespace thidua::serve {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, const Config& config)
      : stream_(std::move(socket)), config_(config) {}

  void Run() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::Read, shared_from_this()));
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->header_limit(16u << 10);
    parser_->body_limit(config_.max_body_bytes);
    stream_.expires_after(std::chrono::seconds(config_.timeout_seconds));
    http::async_read(stream_, buffer_, *parser_,
                     beast::bind_front_handler(&Session::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, size_t) {
    if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset ||
        ec == net::error::eof) {
      return Close();
    }
    Response answer;
    bool keep_alive = false;
    bool drain = false;
    if (ec) {
      // In the language of what was read of the request line and headers.
      const auto& head = parser_->get();
      Language lang = RequestLanguage(std::string(head.target()),
                                      std::string(head[http::field::accept_language]));
      auto refuse = [&](int status, internal::Msg message, internal::Msg hint, std::string arg) {
        return Error(status, internal::FormatMessage(lang, message, {std::move(arg)}),
                     internal::FormatMessage(lang, hint));
      };
      if (ec == http::error::body_limit) {
        drain = true;
        answer = refuse(413, internal::Msg::kServeBodyTooLarge,
                        internal::Msg::kHintServeBodyTooLarge,
                        std::to_string(config_.max_body_bytes));
      } else if (ec == http::error::header_limit) {
        answer = refuse(431, internal::Msg::kServeHeadersTooLarge, internal::Msg::kHintServeHeaders,
                        "");
      } else {
        answer = refuse(400, internal::Msg::kServeMalformed, internal::Msg::kHintServeMalformed,
                        ec.message());
      }
    } else {
      http::request<http::string_body> req = parser_->release();
      keep_alive = req.keep_alive();
      Request request{std::string(req.method_string()), std::string(req.target()),
                      std::move(req.body()), std::string(req[http::field::accept_language])};
      answer = Handle(request, config_);
    }
    Write(std::move(answer), keep_alive, drain);
  }

  // After refusing a body that is too large: read and drop what the client
  // still sends (a bounded amount, with a deadline), so it gets to read the
  // answer instead of a connection reset.
  void Drain(size_t left) {
    if (left == 0) return Close();
    stream_.async_read_some(
        net::buffer(discard_), [self = shared_from_this(), left](beast::error_code ec, size_t n) {
          if (!ec) self->Drain(left > n ? left - n : 0);
        });
  }

  void Write(Response answer, bool keep_alive, bool drain) {
    auto res = std::make_shared<http::response<http::string_body>>(
        static_cast<http::status>(answer.status), 11);
    res->set(http::field::server, "thidua");
    res->set(http::field::content_type, answer.content_type);
    res->set(http::field::cache_control, "no-store");
    res->set("X-Content-Type-Options", "nosniff");
    res->keep_alive(keep_alive);
    res->body() = std::move(answer.body);
    res->prepare_payload();
    stream_.expires_after(std::chrono::seconds(config_.timeout_seconds));
    http::async_write(stream_, *res,
                      [self = shared_from_this(), res, drain](beast::error_code ec, size_t) {
                        if (ec) return;
                        if (drain) {
                          self->stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
                          self->stream_.expires_after(std::chrono::seconds(10));
                          return self->Drain(size_t{64} << 20);
                        }
                        if (!res->keep_alive()) return self->Close();
                        self->buffer_.consume(self->buffer_.size());
                        self->Read();
                      });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  const Config& config_;
  std::array<char, 16384> discard_{};
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& io, const Config& config) : io_(io), acceptor_(io), config_(config) {}

  bool Open(const tcp::endpoint& endpoint) {
    beast::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
      std::fprintf(stderr, "thidua serve: cannot listen on %s:%u: %s\n",
                   endpoint.address().to_string().c_str(), endpoint.port(),
                   ec.message().c_str());
      return false;
    }
    return true;
  }

  unsigned short port() const { return acceptor_.local_endpoint().port(); }

  void Accept() {
    acceptor_.async_accept(net::make_strand(io_),
                           beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
  }

 private:
  void OnAccept(beast::error_code ec, tcp::socket socket) {
    if (!ec) std::make_shared<Session>(std::move(socket), config_)->Run();
    Accept();
  }

  net::io_context& io_;
  tcp::acceptor acceptor_;
  const Config& config_;
};

}  // namespace

int RunServer(const Config& given) {
  Config config = given;
  // The seed plans are 20-60 KB of text; 64 MiB holds any working set.
  if (config.cached_plans > 0 && !config.plan_cache) {
    config.plan_cache = std::make_shared<PlanCache>(config.cached_plans, size_t{64} << 20);
  }
  beast::error_code ec;
  net::ip::address address = net::ip::make_address(config.host, ec);
  if (ec) {
    std::fprintf(stderr, "thidua serve: '%s' is not an IP address\n", config.host.c_str());
    return 2;
  }
  const int threads = config.threads < 1 ? 1 : config.threads;
  net::io_context io(threads);
  auto listener = std::make_shared<Listener>(io, config);
  if (!listener->Open(tcp::endpoint(address, config.port))) return 2;
  listener->Accept();
  // The address is printed once listening, so a script can wait for it.
  std::printf("thidua serve: http://%s:%u/ (rules: %s)\n",
              address.is_v6() ? ("[" + config.host + "]").c_str() : config.host.c_str(),
              listener->port(), config.rules_root.c_str());
  std::fflush(stdout);

  net::signal_set signals(io, SIGINT, SIGTERM);
  signals.async_wait([&io](beast::error_code, int) { io.stop(); });
  auto run = [&io] {
    for (;;) {
      try {
        io.run();
        return;
      } catch (const std::exception& e) {  // a handler must never end the server
        std::fprintf(stderr, "thidua serve: %s\n", e.what());
      }
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back(run);
  run();
  for (std::thread& t : pool) t.join();
  return 0;
}

}  // namespace thidua::serve
