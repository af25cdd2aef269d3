// SPDX-License-Identifier: MIT
// Submits a batch of NOPs through examples/uring_ring.hpp and prints what comes back.
#include <cstdio>

#include "uring_ring.hpp"

int main() {
  example::Ring ring(8);
  if (ring.error()) {
    std::fprintf(stderr, "io_uring: %s (%s)\n", ring.error().message().data(), ring.error().name().data());
    return 1;
  }
  for (std::uint64_t i = 0; i < 4; i++) {
    zcall::io_uring_sqe* sqe = ring.get_sqe();
    sqe->opcode = zcall::ioring::OP_NOP;
    sqe->user_data = i;
  }
  auto [submitted, err] = ring.submit_and_wait(4);
  if (err) {
    std::fprintf(stderr, "io_uring_enter: %s\n", err.message().data());
    return 1;
  }
  std::printf("submitted %d NOPs\n", submitted);
  ring.for_each_cqe([](const zcall::io_uring_cqe& c) {
    std::printf("completion: user_data %llu, res %d\n", static_cast<unsigned long long>(c.user_data), c.res);
  });
  return 0;
}
