// SPDX-License-Identifier: MIT
// User-space instructions per call, counted by single-stepping a child with
// ptrace: for the calls the vDSO answers, which callgrind cannot count
// (valgrind gives its guest no vDSO, so glibc and zcall both trap there) and
// this machine's PMU does not expose. Every instruction the child runs in
// user space between two stops is one step, vDSO code included; the trap
// itself is one. Prints the steps per call over N calls minus those of the
// empty loop (the fewest of 5 runs), and the steps of a first call (zcall's finds the vDSO then),
// with its wall time: the median over 21 fresh processes.
//
//   steps VARIANT N     prints: per-call first-call-instructions first-call-ns
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "variants.hpp"

namespace {

// Runs `calls` calls of f in a traced child between two SIGSTOPs (after `warm` calls before the first) and
// returns the instructions between the stops.
long steps(void (*f)(), long warm, long calls) {
  pid_t child = fork();
  if (child == 0) {
    ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
    for (long i = 0; i < warm; i++) f();
    raise(SIGSTOP);
    for (long i = 0; i < calls; i++) f();
    raise(SIGSTOP);
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);  // the first SIGSTOP
  long n = 0;
  for (;;) {
    if (ptrace(PTRACE_SINGLESTEP, child, nullptr, nullptr) != 0) return -1;
    waitpid(child, &status, 0);
    if (!WIFSTOPPED(status)) return -1;
    if (WSTOPSIG(status) == SIGSTOP) break;
    n++;
  }
  kill(child, SIGKILL);
  waitpid(child, &status, 0);
  return n;
}

// The wall time of one first call, in a fresh child, timed by the C library's clock.
long first_call_ns(void (*f)()) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t child = fork();
  if (child == 0) {
    timespec a{}, b{};
    clock_gettime(CLOCK_MONOTONIC, &a);
    f();
    clock_gettime(CLOCK_MONOTONIC, &b);
    long ns = (b.tv_sec - a.tv_sec) * 1'000'000'000 + (b.tv_nsec - a.tv_nsec);
    _exit(write(fds[1], &ns, sizeof ns) == sizeof ns ? 0 : 1);
  }
  long ns = -1;
  if (read(fds[0], &ns, sizeof ns) != sizeof ns) ns = -1;
  int status = 0;
  waitpid(child, &status, 0);
  close(fds[0]);
  close(fds[1]);
  return ns;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: steps VARIANT N\n");
    return 2;
  }
  void (*call)() = nullptr;
  for (const auto& v : bench::variants)
    if (std::strcmp(v.name, argv[1]) == 0) call = v.call;
  if (!call) {
    std::fprintf(stderr, "steps: no variant %s\n", argv[1]);
    return 2;
  }
  long n = std::atol(argv[2]);
  void (*empty)() = [] { bench::sink = 0; };
  // Single-stepping slows the vDSO's reads down enough that its seqlock sometimes retries: the fewest of 5
  // runs is the count without retries.
  long loop = steps(empty, 1, n), total = -1;
  for (int i = 0; i < 5; i++) {
    long t = steps(call, 1, n);
    if (t >= 0 && (total < 0 || t < total)) total = t;
  }
  long first = steps(call, 0, 1) - steps(empty, 0, 1);
  if (loop < 0 || total < 0) return 1;
  std::vector<long> ns;
  for (int i = 0; i < 21; i++) ns.push_back(first_call_ns(call));
  std::sort(ns.begin(), ns.end());
  std::printf("%.1f %ld %ld\n", static_cast<double>(total - loop) / static_cast<double>(n), first, ns[ns.size() / 2]);
  return 0;
}
