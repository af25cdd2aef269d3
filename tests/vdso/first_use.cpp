// SPDX-License-Identifier: MIT
// zcall's first use of the vDSO, in a fresh process each time (so that nothing
// found it before): from 8 threads at once, in a signal handler, in a vfork
// child and after fork. Each reading must lie between two trapped ones, and
// afterwards the vDSO must be in use wherever this process has one. Built
// twice: against libzcall, and with src/vdso.cpp compiled in, so that a
// ThreadSanitizer build instruments the discovery itself.
//
//   first_use threads|signal|vfork|fork
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zcall/zcall.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

namespace {

bool before_or_same(const zcall_timespec& a, const zcall_timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec <= b.tv_nsec);
}

zcall_ret trap(zcall_timespec* ts) {
  return zcall_syscall4(ZCALL_SYS_clock_gettime, ZCALL_CLOCK_MONOTONIC, reinterpret_cast<uintptr_t>(ts), 0, 0);
}

// One first-use reading, checked against the trap; async-signal-safe, as the signal and vfork cases need.
bool read_between_traps() {
  zcall_timespec before{}, now{}, after{};
  if (trap(&before).err) return false;
  zcall_ret r = zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &now);
  if (trap(&after).err) return false;
  return r.err == 0 && r.r1 == 0 && before_or_same(before, now) && before_or_same(now, after);
}

volatile sig_atomic_t handler_result = -1;

void on_signal(int) { handler_result = read_between_traps() ? 1 : 0; }

// Whether child, a fork or vfork of this process, exited with 0.
bool exited_well(pid_t child) {
  int status = 0;
  return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int fail(const char* what) {
  std::printf("FAIL: %s\n", what);
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return fail("usage: first_use threads|signal|vfork|fork");
  const char* how = argv[1];
  if (!std::strcmp(how, "threads")) {
    std::atomic<int> ready{0}, good{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; i++)
      threads.emplace_back([&] {
        ready++;
        while (ready.load() < 8) {
        }
        if (read_between_traps()) good++;
      });
    for (auto& t : threads) t.join();
    if (good != 8) return fail("a thread's first reading did not lie between its two trapped ones");
  } else if (!std::strcmp(how, "signal")) {
    struct sigaction act{};
    act.sa_handler = on_signal;
    sigaction(SIGUSR1, &act, nullptr);
    raise(SIGUSR1);
    if (handler_result != 1) return fail("the first reading, in a signal handler");
  } else if (!std::strcmp(how, "vfork")) {
    // The child shares this memory: what it finds, the parent then uses.
    pid_t child = vfork();
    if (child == 0) _exit(read_between_traps() ? 0 : 1);
    if (!exited_well(child)) return fail("the first reading, in a vfork child");
  } else if (!std::strcmp(how, "fork")) {
    pid_t child = fork();
    if (child == 0) _exit(read_between_traps() ? 0 : 1);
    if (!exited_well(child)) return fail("the first reading, in a forked child");
    if (!read_between_traps()) return fail("the parent's own first reading, after the child's");
  } else {
    return fail("unknown case");
  }
  // Every reading agreed with the trap. That the first use found the vDSO, where this process has one, a
  // seccomp filter shows: from here on the trap answers EPERM, and zcall must still read the clock.
  if (!getauxval(AT_SYSINFO_EHDR)) {
    std::printf("ok: first use (%s); this process has no vDSO (qemu-user maps none), so it traps\n", how);
    return 0;
  }
  sock_filter filter[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
      BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clock_gettime, 0, 1),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  sock_fprog program{static_cast<unsigned short>(sizeof filter / sizeof filter[0]), filter};
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program))
    return fail("seccomp filter refused");
  timespec libc{};
  if (clock_gettime(CLOCK_MONOTONIC, &libc)) {
    std::printf("ok: first use (%s); this vDSO traps for CLOCK_MONOTONIC itself (its clock source)\n", how);
    return 0;
  }
  zcall_timespec now{};
  zcall_ret r = zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &now);
  if (r.err) return fail("after the first use zcall still traps: it did not find the vDSO");
  std::printf("ok: first use (%s), then read from the vDSO\n", how);
  return 0;
}
