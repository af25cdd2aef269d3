// SPDX-License-Identifier: MIT
#include "helpers.hpp"

#include <fcntl.h>
#include <ftw.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <ucontext.h>

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <new>
#include <string>

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

// exit and exit_group cannot return into their caller (their wrappers are noreturn).
bool trap_ends_child_for(long nr) { return nr == SYS_exit_group || nr == SYS_exit; }
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
#elif defined(__powerpc64__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_PPC64LE;
// gp_regs[PT_R3 + i] (arch/powerpc/include/uapi/asm/ptrace.h): seccomp's rollback has put orig_gpr3 back in r3.
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  for (int i = 0; i < 6; i++) args[i] = uc->uc_mcontext.gp_regs[3 + i];
}
// As the kernel returns from sc: an error is the positive errno in r3 with cr0.SO set, bit 0x10000000 of
// gp_regs[PT_CCR] (38); a success clears it.
void set_result(ucontext_t* uc, long value) {
  const bool error = value < 0 && value >= -4095;
  uc->uc_mcontext.gp_regs[3] = static_cast<unsigned long>(error ? -value : value);
  if (error)
    uc->uc_mcontext.gp_regs[38] |= 0x10000000ul;
  else
    uc->uc_mcontext.gp_regs[38] &= ~0x10000000ul;
}
#elif defined(__mips64)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_MIPSEL64;
// gregs[4 + i]: a0..a5 ($4..$9), which the kernel leaves as they were.
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  for (int i = 0; i < 6; i++) args[i] = static_cast<std::uint64_t>(uc->uc_mcontext.gregs[4 + i]);
}
// As the kernel returns from syscall: the result, or the positive errno, in v0 ($2), and a3 ($7) 1 on an
// error, 0 on success.
void set_result(ucontext_t* uc, long value) {
  const bool error = value < 0 && value >= -4095;
  uc->uc_mcontext.gregs[2] = static_cast<greg_t>(error ? -value : value);
  uc->uc_mcontext.gregs[7] = error ? 1 : 0;
}
#elif defined(__s390x__)
constexpr std::uint32_t audit_arch = AUDIT_ARCH_S390X;
// gregs[2 + i]: r2..r7; seccomp's rollback has put orig_gpr2 back in r2 (arch/s390/include/asm/syscall.h).
void read_registers(ucontext_t* uc, std::uint64_t* args) {
  for (int i = 0; i < 6; i++) args[i] = uc->uc_mcontext.gregs[2 + i];
}
void set_result(ucontext_t* uc, long value) { uc->uc_mcontext.gregs[2] = static_cast<unsigned long>(value); }
#else
#error "tests/helpers.cpp: add this architecture's signal frame registers"
#endif

// Ends every thread of the child (ThreadSanitizer runs one of its own there)
// with exit_group, or, when exit or exit_group is the call under test, with SIGKILL.
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
    trap_ends_child = trap_ends_child_for(nr);
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
  const bool ended = waited && (trap_ends_child_for(nr) ? WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGKILL
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

// --- Checks in a child process --------------------------------------------------------------

std::uintptr_t t_child::ok(zcall_ret r, const std::string& what) {
  if (r.err != 0) failures_ += what + ": expected success, got " + std::to_string(r.err) + "\n";
  return r.r1;
}

void t_child::err(zcall_ret r, std::uintptr_t code, const std::string& what) {
  if (r.err != code || r.r1 != ~std::uintptr_t{0})
    failures_ += what + ": expected error " + std::to_string(code) + ", got err " + std::to_string(r.err) + ", r1 " +
                 std::to_string(r.r1) + "\n";
}

void t_child::expect(bool holds, const std::string& what) {
  if (!holds) failures_ += what + "\n";
}

namespace {

int child_report_fd = -1;

// The report is one write: a status letter, then the text.
[[noreturn]] void child_report(char status, const std::string& text) {
  const std::string message = status + text;
  if (write(child_report_fd, message.data(), message.size()) < 0) _exit(2);
  _exit(0);
}

bool write_file(const std::string& path, const std::string& text) {
  const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  return close(fd) == 0 && ok;
}

}  // namespace

void t_child::skip(const std::string& why) { child_report('S', why); }

t_child_result t_in_child(int namespaces, void (*check)(t_child&, void*), void* context, std::string* report) {
  int to_parent[2], to_child[2];
  if (pipe2(to_parent, O_CLOEXEC) != 0) {
    *report = "pipe2 failed";
    return t_child_result::failed;
  }
  if (pipe2(to_child, O_CLOEXEC) != 0) {
    close(to_parent[0]);
    close(to_parent[1]);
    *report = "pipe2 failed";
    return t_child_result::failed;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    close(to_parent[0]);
    close(to_child[1]);
    child_report_fd = to_parent[1];
    if (namespaces != 0 && unshare(namespaces) != 0)
      child_report('S', std::string("unshare of fresh namespaces refused: ") + std::strerror(errno));
    if (namespaces & CLONE_NEWUSER) {
      // Ask the parent to map the ids, and wait for its answer.
      char answer = 0;
      if (write(to_parent[1], "M", 1) != 1 || read(to_child[0], &answer, 1) != 1 || answer != 'y')
        child_report('S', "cannot map user and group ids into a new user namespace (needs root)");
    }
    t_child c;
    check(c, context);
    child_report(c.failures().empty() ? 'P' : 'F', c.failures());
  }
  close(to_parent[1]);
  close(to_child[0]);
  std::string text;
  char buf[4096];
  ssize_t n;
  if (pid > 0 && (namespaces & CLONE_NEWUSER)) {
    // The child's first byte: 'M' asks for the id maps; anything else is its report.
    n = read(to_parent[0], buf, 1);
    if (n == 1 && buf[0] == 'M') {
      const std::string proc = "/proc/" + std::to_string(pid) + "/";
      const bool mapped = write_file(proc + "uid_map", "0 0 65536\n") && write_file(proc + "gid_map", "0 0 65536\n");
      const char answer = mapped ? 'y' : 'n';
      if (write(to_child[1], &answer, 1) != 1) text = "Fcould not answer the child";
    } else if (n > 0) {
      text.append(buf, static_cast<std::size_t>(n));
    }
  }
  close(to_child[1]);
  while (pid > 0 && (n = read(to_parent[0], buf, sizeof buf)) > 0) text.append(buf, static_cast<std::size_t>(n));
  close(to_parent[0]);
  int wstatus = 0;
  const bool exited = pid > 0 && waitpid(pid, &wstatus, 0) == pid && WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0;
  if (!exited || text.empty()) {
    *report =
        pid < 0 ? "fork failed" : "the child died without reporting (wait status " + std::to_string(wstatus) + ")";
    return t_child_result::failed;
  }
  *report = text.substr(1);
  return text[0] == 'P' ? t_child_result::passed : text[0] == 'S' ? t_child_result::skipped : t_child_result::failed;
}

// --- Files ------------------------------------------------------------------------------------

namespace {
int remove_entry(const char* path, const struct stat*, int, FTW*) { return remove(path); }
}  // namespace

t_tmpdir::t_tmpdir() {
  char name[] = "/tmp/zcall-test-XXXXXX";
  if (mkdtemp(name) == nullptr) return;
  path_ = name;
  fd_ = open(name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

t_tmpdir::~t_tmpdir() {
  if (fd_ >= 0) close(fd_);
  if (!path_.empty()) nftw(path_.c_str(), remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

bool t_put(int dirfd, const char* name, const std::string& content) {
  const int fd = openat(dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return false;
  const bool ok = write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
  return close(fd) == 0 && ok;
}

std::string t_read_all(int fd) {
  std::string s;
  char buf[4096];
  ssize_t n;
  while (s.size() < (1u << 20) && (n = read(fd, buf, sizeof buf)) > 0) s.append(buf, static_cast<std::size_t>(n));
  return s;
}

const std::string t_absent = "(absent)";

std::string t_get(int dirfd, const char* name) {
  const int fd = openat(dirfd, name, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return t_absent;
  std::string s = t_read_all(fd);
  close(fd);
  return s;
}

bool t_exists(int dirfd, const char* name) {
  struct stat st;
  return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

pid_t t_fork_until_released(int code, int* release) {
  int pipe[2];
  if (pipe2(pipe, O_CLOEXEC) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    close(pipe[1]);
    char c;
    _exit(read(pipe[0], &c, 1) == 0 ? code : 1);
  }
  close(pipe[0]);
  *release = pipe[1];
  return pid;
}
