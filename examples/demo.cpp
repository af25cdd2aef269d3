// SPDX-License-Identifier: MIT
// A first look at zcall: write to stdout, open a non-blocking socket, and see
// how an error comes back (by name and message, with no errno involved).
#include <cstdio>
#include <string_view>
#include <zcall/zcall.hpp>

int main() {
  std::string_view msg = "Hello from zcall!\n";
  auto [n, err] = zcall::write(1, msg.data(), msg.size());
  if (err) {
    std::fprintf(stderr, "write: %s (%s)\n", err.message().data(), err.name().data());
    return 1;
  }

  auto [fd, serr] = zcall::socket(zcall::af::INET, zcall::sock::STREAM | zcall::sock::NONBLOCK);
  if (serr) {
    std::fprintf(stderr, "socket: %s (%s)\n", serr.message().data(), serr.name().data());
    return 1;
  }
  std::printf("wrote %zu bytes; non-blocking TCP socket is fd %d\n", n, fd);
  if (auto cerr = zcall::close(fd)) {
    std::fprintf(stderr, "close: %s\n", cerr.message().data());
    return 1;
  }

  // Closing it again is an error, reported as the kernel's number with its name.
  auto again = zcall::close(fd);
  std::printf("closing fd %d twice: %s (%s, errno %zu)\n", fd, again.message().data(), again.name().data(),
              static_cast<std::size_t>(again.value()));
  return again == zcall::Errno::BADF ? 0 : 1;
}
