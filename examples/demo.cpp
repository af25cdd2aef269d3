// SPDX-License-Identifier: MIT
// A first look at zcall: write to stdout, open a socket that closes itself,
// and see how an error comes back (by name and message, with no errno involved).
#include <cstdio>
#include <string_view>
#include <zcall/zcall.hpp>

int main() {
  auto [n, err] = zcall::write(1, std::string_view("Hello from zcall!\n"));
  if (err) return std::fprintf(stderr, "write: %s (%s)\n", err.message().c_str(), err.name().c_str()), 1;

  // zcall::own: the socket is closed when `sock` goes out of scope.
  auto [sock, serr] = zcall::own(zcall::socket(zcall::af::INET, zcall::sock::STREAM | zcall::sock::NONBLOCK));
  if (serr) return std::fprintf(stderr, "socket: %s (%s)\n", serr.message().c_str(), serr.name().c_str()), 1;
  if (auto berr = zcall::bind(sock, zcall::ipv4_loopback(0)))
    return std::fprintf(stderr, "bind: %s\n", berr.message().c_str()), 1;
  std::printf("wrote %zu bytes; non-blocking TCP socket is fd %d, bound to 127.0.0.1\n", n, sock.get());

  // An error is the kernel's number, with its name; a switch takes the named values.
  int fd = sock.get();
  if (auto cerr = zcall::close(std::move(sock))) return std::fprintf(stderr, "close: %s\n", cerr.message().c_str()), 1;
  auto again = zcall::close(fd);
  switch (again) {
    case zcall::Errno::BADF:
      std::printf("closing fd %d twice: %s (%s, errno %zu)\n", fd, again.message().c_str(), again.name().c_str(),
                  static_cast<std::size_t>(again.value()));
      return 0;
    default:
      return 1;
  }
}
