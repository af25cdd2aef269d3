// SPDX-License-Identifier: MIT
#include "helpers.hpp"

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <new>

namespace {

// What the trapping child tells its parent, in memory the two share: once its
// filter is in, the child makes no system call but the one under test, which
// may be write (so no pipe) or exit_group (so no _exit).
struct trap_report {
  char status;  // 'T': the filter was in when the call was made; 'S': seccomp refused
  t_trapped seen;
};

trap_report* report;
long trap_reply;
bool trap_ends_child;
pthread_t trap_caller;  // the child's thread that makes the call under test

// Where each architecture's signal frame keeps the syscall's argument registers,
// and where the return value goes.
#if defined(__x86_64__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_X86_64;
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  greg_t* g = uc->uc_mcontext.gregs;
  const greg_t regs[6] = {g[REG_RDI], g[REG_RSI], g[REG_RDX], g[REG_R10], g[REG_R8], g[REG_R9]};
  for (int i = 0; i < 6; i++) args[i] = static_cast<std::uint64_t>(regs[i]);
}
void set_result(ucontext_t* uc, long value) { uc->uc_mcontext.gregs[REG_RAX] = value; }
#elif defined(__aarch64__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_AARCH64;
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  for (int i = 0; i < 6; i++) args[i] = uc->uc_mcontext.regs[i];
}
void set_result(ucontext_t* uc, long value) { uc->uc_mcontext.regs[0] = static_cast<std::uint64_t>(value); }
#elif defined(__riscv)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_RISCV64;
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  for (int i = 0; i < 6; i++) args[i] = uc->uc_mcontext.__gregs[REG_A0 + i];
}
void set_result(ucontext_t* uc, long value) { uc->uc_mcontext.__gregs[REG_A0] = static_cast<unsigned long>(value); }
#else
#error "tests/helpers.cpp: add this architecture's signal frame registers"
#endif

// Ends every thread of the child (ThreadSanitizer runs one of its own there)
// with exit_group, or, when exit_group is the call under test, with SIGKILL.
[[noreturn]] void end_child() {
  if (!trap_ends_child) syscall(SYS_exit_group, 0);
  for (;;) syscall(SYS_kill, syscall(SYS_getpid), SIGKILL);
}

void on_sigsys(int, siginfo_t* si, void* ctx) {
  if (report->status != 'T') return;  // not armed yet: see the first signal in t_trap
  auto* uc = static_cast<ucontext_t*>(ctx);
  // Another thread of the child (a sanitizer runtime's) may make the same call
  // meanwhile: it is told to try again, and not recorded.
  if (!pthread_equal(pthread_self(), trap_caller)) {
    set_result(uc, -EINTR);
    return;
  }
  t_trapped& seen = report->seen;
  if (seen.traps++ == 0) {
    seen.nr = static_cast<std::uint64_t>(si->si_syscall);
    read_registers(uc, seen.args);
  }
  set_result(uc, trap_reply);
  if (trap_ends_child) end_child();
}

}  // namespace

t_trap_result t_trap(long nr, long reply, zcall_ret (*call)(), t_trapped* out, std::string* why) {
  void* shared = mmap(nullptr, sizeof(trap_report), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (shared == MAP_FAILED) {
    *why = "mmap failed";
    return t_trap_result::failed;
  }
  report = new (shared) trap_report{};
  pid_t pid = fork();
  if (pid == 0) {
    sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, audit_arch, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<std::uint32_t>(nr), 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    sock_fprog prog = {static_cast<unsigned short>(sizeof filter / sizeof filter[0]), filter};
    struct sigaction sa = {};
    sa.sa_sigaction = on_sigsys;
    sa.sa_flags = SA_SIGINFO;
    trap_reply = reply;
    trap_caller = pthread_self();
    // exit_group cannot return into its caller (zcall_exit_group is noreturn).
    trap_ends_child = nr == SYS_exit_group;
    report->status = 'S';
    // ThreadSanitizer sets up a thread's signal handling at its first signal,
    // with mmap and madvise: that first signal must come before those are trapped.
    if (sigaction(SIGSYS, &sa, nullptr) == 0 && raise(SIGSYS) == 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
        syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0) {
      report->status = 'T';
      report->seen.ret = call();
    }
    end_child();
  }
  int wstatus = 0;
  const bool waited = pid > 0 && waitpid(pid, &wstatus, 0) == pid;
  const bool ended = waited && (nr == SYS_exit_group ? WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL
                                                     : WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0);
  const char status = report->status;
  *out = report->seen;
  report = nullptr;
  munmap(shared, sizeof(trap_report));
  if (!ended) {
    *why = pid < 0 ? "fork failed" : "the trapping child died (wait status " + std::to_string(wstatus) + ")";
    return t_trap_result::failed;
  }
  if (status != 'T') {
    *why = "seccomp filters are not available here";
    return t_trap_result::unavailable;
  }
  return t_trap_result::trapped;
}
