// SPDX-License-Identifier: MIT
#include "helpers.hpp"

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>

#include <csignal>
#include <cstddef>

namespace {

t_trapped seen;
long trap_reply;

// Where each architecture's signal frame keeps the syscall's argument registers,
// and where the return value goes.
#if defined(__x86_64__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_X86_64;
void read_registers(ucontext_t* uc) {
  greg_t* g = uc->uc_mcontext.gregs;
  const greg_t regs[6] = {g[REG_RDI], g[REG_RSI], g[REG_RDX], g[REG_R10], g[REG_R8], g[REG_R9]};
  for (int i = 0; i < 6; i++) seen.args[i] = static_cast<std::uint64_t>(regs[i]);
  g[REG_RAX] = trap_reply;
}
#elif defined(__aarch64__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_AARCH64;
void read_registers(ucontext_t* uc) {
  for (int i = 0; i < 6; i++) seen.args[i] = uc->uc_mcontext.regs[i];
  uc->uc_mcontext.regs[0] = static_cast<std::uint64_t>(trap_reply);
}
#elif defined(__riscv)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_RISCV64;
void read_registers(ucontext_t* uc) {
  for (int i = 0; i < 6; i++) seen.args[i] = uc->uc_mcontext.__gregs[REG_A0 + i];
  uc->uc_mcontext.__gregs[REG_A0] = static_cast<unsigned long>(trap_reply);
}
#else
#error "tests/helpers.cpp: add this architecture's signal frame registers"
#endif

void on_sigsys(int, siginfo_t* si, void* uc) {
  seen.nr = static_cast<std::uint64_t>(si->si_syscall);
  read_registers(static_cast<ucontext_t*>(uc));
}

bool write_all(int fd, const void* p, std::size_t n) { return ::write(fd, p, n) == static_cast<ssize_t>(n); }

}  // namespace

t_trap_result t_trap(long nr, long reply, zcall_ret (*call)(), t_trapped* out, std::string* why) {
  int p[2];
  if (pipe(p) != 0) {
    *why = "pipe failed";
    return t_trap_result::failed;
  }
  pid_t pid = fork();
  if (pid == 0) {
    close(p[0]);
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
    char status = 'S';  // seccomp refused
    if (sigaction(SIGSYS, &sa, nullptr) == 0 && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 &&
        syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0) {
      status = 'T';
      seen.ret = call();
    }
    bool ok = write_all(p[1], &status, 1) && write_all(p[1], &seen, sizeof seen);
    _exit(ok ? 0 : 1);
  }
  close(p[1]);
  char status = 0;
  bool got = read(p[0], &status, 1) == 1 && read(p[0], out, sizeof *out) == static_cast<ssize_t>(sizeof *out);
  close(p[0]);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);
  if (!got || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0) {
    *why = "the trapping child died (wait status " + std::to_string(wstatus) + ")";
    return t_trap_result::failed;
  }
  if (status != 'T') {
    *why = "seccomp filters are not available here";
    return t_trap_result::unavailable;
  }
  return t_trap_result::trapped;
}
