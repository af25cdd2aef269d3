// SPDX-License-Identifier: MIT
// An edge-triggered epoll echo server on 127.0.0.1: every byte a client sends
// comes back. Descriptors close themselves (zcall::owned_fd); the epoll data
// is the connection's fd.
//
//     echo_server [PORT]     prints "listening on PORT", then serves until killed
//
// tests/echo_test.py runs it against clients; port 0 lets the kernel choose.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <span>
#include <unordered_map>
#include <zcall/ostream.hpp>
#include <zcall/zcall.hpp>

namespace {

// Reads what the socket has and writes it back, until the kernel says "not now" (EAGAIN),
// the peer closes, or an error. False when the connection is done.
bool echo(zcall::borrowed_fd conn) {
  char buf[16384];
  for (;;) {
    auto [n, err] = zcall::retry_on_intr([&] { return zcall::recv(conn, buf); });
    if (err == zcall::Errno::AGAIN) return true;
    if (err || n == 0) return false;
    for (std::span<const char> rest(buf, n); !rest.empty();) {
      auto [sent, serr] = zcall::retry_on_intr([&] { return zcall::send(conn, rest, zcall::msg::NOSIGNAL); });
      // A client that stops reading would fill the socket: this example waits for it, blocking,
      // rather than keep a queue per connection.
      if (serr == zcall::Errno::AGAIN) {
        zcall::pollfd p{conn, zcall::poll_flags::OUT, 0};
        if (zcall::poll({&p, 1}, -1).err) return false;
        continue;
      }
      if (serr) return false;
      rest = rest.subspan(sent);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  auto port = static_cast<std::uint16_t>(argc > 1 ? std::atoi(argv[1]) : 0);
  auto [listener, err] =
      zcall::own(zcall::socket(zcall::af::INET, zcall::sock::STREAM | zcall::sock::NONBLOCK | zcall::sock::CLOEXEC));
  if (err) return std::fprintf(stderr, "socket: %s\n", err.message().c_str()), 1;
  if (auto e = zcall::setsockopt(listener, zcall::sol::SOCKET, zcall::so::REUSEADDR, 1))
    return std::fprintf(stderr, "setsockopt: %s\n", e.message().c_str()), 1;
  if (auto e = zcall::bind(listener, zcall::ipv4_loopback(port)))
    return std::fprintf(stderr, "bind: %s\n", e.message().c_str()), 1;
  if (auto e = zcall::listen(listener, zcall::so::MAXCONN))
    return std::fprintf(stderr, "listen: %s\n", e.message().c_str()), 1;
  zcall::sockaddr_in bound{};
  std::uint32_t len = sizeof bound;
  if (auto e = zcall::getsockname(listener, &bound, &len))
    return std::fprintf(stderr, "getsockname: %s\n", e.message().c_str()), 1;

  auto [ep, eperr] = zcall::own(zcall::epoll_create1(zcall::epoll::CLOEXEC));
  if (eperr) return std::fprintf(stderr, "epoll_create1: %s\n", eperr.message().c_str()), 1;
  zcall::epoll_event ev{};
  ev.events = zcall::epoll::IN;
  ev.data.fd = listener.get();
  if (auto e = zcall::epoll_ctl(ep, zcall::epoll::CTL_ADD, listener, &ev))
    return std::fprintf(stderr, "epoll_ctl: %s\n", e.message().c_str()), 1;

  std::printf("listening on %u\n", zcall::port(bound));
  std::fflush(stdout);

  std::unordered_map<int, zcall::owned_fd> conns;
  zcall::epoll_event events[64];
  for (;;) {
    auto [n, werr] = zcall::epoll_pwait(ep, events, -1);
    if (werr == zcall::Errno::INTR) continue;
    if (werr) return std::fprintf(stderr, "epoll_pwait: %s\n", werr.message().c_str()), 1;
    for (const auto& e : std::span(events, static_cast<std::size_t>(n))) {
      int fd = e.data.fd;
      if (fd != listener.get()) {
        if (!echo(fd)) conns.erase(fd);  // closes it, which also takes it out of the epoll set
        continue;
      }
      for (;;) {
        auto [conn, aerr] =
            zcall::own(zcall::accept4(listener, nullptr, nullptr, zcall::sock::NONBLOCK | zcall::sock::CLOEXEC));
        if (aerr.temporary()) break;
        if (aerr) return std::fprintf(stderr, "accept4: %s\n", aerr.message().c_str()), 1;
        zcall::epoll_event cev{};
        cev.events = zcall::epoll::IN | zcall::epoll::RDHUP | zcall::epoll::ET;
        cev.data.fd = conn.get();
        if (auto ce = zcall::epoll_ctl(ep, zcall::epoll::CTL_ADD, conn, &cev))
          std::cerr << "epoll_ctl: " << ce << "\n";
        else
          conns.emplace(conn.get(), std::move(conn));
      }
    }
  }
}
