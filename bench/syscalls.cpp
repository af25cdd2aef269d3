// SPDX-License-Identifier: MIT
// Wall time per call of every variant in bench/variants.hpp, single-threaded
// and with a second thread alive (glibc's cancellation-point path then costs more).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <thread>

#include "variants.hpp"

namespace {

void run(benchmark::State& state, void (*call)()) {
  int hold[2] = {-1, -1};
  std::thread second;
  if (state.range(0)) {
    if (pipe(hold) != 0) state.SkipWithError("pipe");
    second = std::thread([&] {
      char c;
      (void)read(hold[0], &c, 1);
    });
  }
  for (auto _ : state) call();
  if (second.joinable()) {
    (void)write(hold[1], "x", 1);
    second.join();
    close(hold[0]);
    close(hold[1]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  bench::open_files();
  for (const auto& v : bench::variants)
    benchmark::RegisterBenchmark(v.name, run, v.call)->ArgName("threaded")->Arg(0)->Arg(1);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
