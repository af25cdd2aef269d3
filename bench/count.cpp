// SPDX-License-Identifier: MIT
// The callgrind driver: runs one variant of bench/variants.hpp N times, in a
// process with or without a second thread alive. bench/run runs it under
// `valgrind --tool=callgrind` at two values of N and takes the difference, so
// that start-up cancels out; "empty" measures the loop alone.
//
//   count VARIANT N [threaded]
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "variants.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: count VARIANT N [threaded]\n");
    return 2;
  }
  bench::open_files();
  void (*call)() = [] { bench::sink = 0; };  // "empty": the loop and the sink
  if (std::strcmp(argv[1], "empty") != 0) {
    call = nullptr;
    for (const auto& v : bench::variants)
      if (std::strcmp(v.name, argv[1]) == 0) call = v.call;
    if (!call) {
      std::fprintf(stderr, "count: no variant %s\n", argv[1]);
      return 2;
    }
  }
  // A second thread that stays blocked makes glibc take its multi-threaded paths.
  int hold[2];
  std::thread second;
  if (argc > 3 && std::strcmp(argv[3], "threaded") == 0) {
    if (pipe(hold) != 0) return 1;
    second = std::thread([&] {
      char c;
      (void)read(hold[0], &c, 1);
    });
  }
  long n = std::atol(argv[2]);
  for (long i = 0; i < n; i++) call();
  if (second.joinable()) {
    (void)write(hold[1], "x", 1);
    second.join();
  }
  return 0;
}
