// SPDX-License-Identifier: MIT
// The marshaling oracle: for every typed wrapper, the number and the argument
// registers the kernel sees, caught by a seccomp trap before the call runs
// (so exit_group, kill and munmap are as safe to check as getpid).
#include <dlfcn.h>
#include <elf.h>
#include <linux/futex.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "helpers.hpp"
#include "strace_syscalls.hpp"

namespace {

// Each argument position has its own value, so that a swapped, dropped or
// shifted argument shows. Words (pointers, sizes, offsets) are full width,
// with distinct upper halves, so that a truncated one shows too.
constexpr std::uint64_t w1 = 0x1111111111111101, w2 = 0x2222222222222202, w3 = 0x3333333333333303,
                        w4 = 0x4444444444444404, w5 = 0x5555555555555505, w6 = 0x6666666666666606;
// Pointers in the kernel's half of the address space, with the same distinct halves: the calls zcall answers
// from the vDSO send them to the trap (src/vdso.hpp), which is what these rows check.
constexpr std::uint64_t k1 = w1 | std::uint64_t{1} << 63, k2 = w2 | std::uint64_t{1} << 63;
// 32-bit arguments: 0x7654321 is no open descriptor and no process id (pid_max is at most 2^22),
// so even a call that escaped the trap could do no harm; the others are distinct small ints.
constexpr int i1 = 0x7654321, i2 = 0x22, i3 = 0x33, i4 = 0x44, i5 = 0x55, i6 = 0x66;
// A 64-bit offset with distinct halves and the top bit set, for the calls that split it into two words.
constexpr std::int64_t off = static_cast<std::int64_t>(0x8765432112345678);

template <class T>
T* p(std::uint64_t v) {
  return reinterpret_cast<T*>(static_cast<std::uintptr_t>(v));
}

// An argument register as the kernel must see it, compared under a mask.
struct arg {
  std::uint64_t value;
  std::uint64_t mask;  // 0: a register the kernel does not read for this call
};

// An argument the kernel reads as a whole word (pointer, size_t, loff_t, unsigned long).
constexpr arg word(std::uint64_t v) { return {v, ~std::uint64_t{0}}; }

// An argument the kernel declares 32 bits wide or narrower (int, unsigned int,
// pid_t, clockid_t, umode_t, rwf_t): SYSCALL_DEFINE casts the register to that
// type, so only the low 32 bits are compared. The upper half is never read, and
// zcall leaves it as the C ABI did for an int first argument (unspecified
// there). A descriptor counts as one even where the syscall declares it
// unsigned long (readv, preadv, mmap): the kernel looks it up as an unsigned int.
constexpr arg low32(std::uint64_t v) { return {v & 0xffffffff, 0xffffffff}; }

// The kernel's sigset_t is _NSIG = 64 bits on every Linux architecture zcall
// supports but mips64, whose _NSIG is 128 (arch/mips/include/uapi/asm/signal.h);
// calls taking a mask take its size too and refuse any other.
#if defined(__mips64)
constexpr arg sigset_size = word(16);
#else
constexpr arg sigset_size = word(8);
#endif

// The two words of a 64-bit offset, low then high, as the C library passes
// them (LO_HI_LONG): a 64-bit kernel reads the low word alone.
constexpr arg offset_low = word(static_cast<std::uint64_t>(off));
constexpr arg offset_high = word(0x87654321);

struct row {
  const char* name;     // the wrapper, zcall_<name>
  const char* syscall;  // the syscall it must make
  long nr;              // zcall's number for it: ZCALL_SYS_<syscall>
  zcall_ret (*call)();
  arg args[6];  // what the kernel must see in each argument register
};

// gtest prints a failing parameter: the wrapper's name says enough.
void PrintTo(const row& r, std::ostream* os) { *os << "zcall_" << r.name; }

#define NR(syscall) #syscall, ZCALL_SYS_##syscall

// strace's row for the syscall on this architecture (tests/strace_table.py), or null. Its number is the
// independent one the trap catches: <sys/syscall.h> here predates the newest calls, and
// tests/gen/linux_check.hpp already holds zcall's numbers to it where it has them.
const t_strace_syscall* strace_row(const char* syscall) {
  for (const t_strace_syscall& s : t_strace_syscalls)
    if (std::strcmp(s.name, syscall) == 0) return &s;
  return nullptr;
}

// How many arguments the row says the kernel reads: up to the last register it compares.
int nargs(const row& r) {
  int n = 0;
  for (int i = 0; i < 6; i++)
    if (r.args[i].mask != 0) n = i + 1;
  return n;
}

// One row per wrapper, in the order of the headers, on a line or two (which
// clang-format would spread over five). Where a wrapper's 32-bit argument meets
// a kernel unsigned long (vlen of readv, mmap's prot and flags, mprotect's
// prot, mremap's flags), the whole word is compared: the wrapper must extend it.
// clang-format off
const row rows[] = {
    // Basic and vectored I/O
    {"close", NR(close), [] { return zcall_close(i1); }, {low32(i1)}},
    {"dup3", NR(dup3), [] { return zcall_dup3(i1, i2, i3); }, {low32(i1), low32(i2), low32(i3)}},
    {"fcntl", NR(fcntl), [] { return zcall_fcntl(i1, i2, w3); }, {low32(i1), low32(i2), word(w3)}},
    {"ioctl", NR(ioctl), [] { return zcall_ioctl(i1, w2, w3); }, {low32(i1), low32(w2), word(w3)}},
    {"lseek", NR(lseek), [] { return zcall_lseek(i1, w2, i3); }, {low32(i1), word(w2), low32(i3)}},
    {"pread64", NR(pread64), [] { return zcall_pread64(i1, p<void>(w2), w3, w4); },
     {low32(i1), word(w2), word(w3), word(w4)}},
    {"preadv", NR(preadv), [] { return zcall_preadv(i1, p<zcall_iovec>(w2), i3, off); },
     {low32(i1), word(w2), word(i3), offset_low, offset_high}},
    {"preadv2", NR(preadv2), [] { return zcall_preadv2(i1, p<zcall_iovec>(w2), i3, off, i5); },
     {low32(i1), word(w2), word(i3), offset_low, offset_high, low32(i5)}},
    {"pwrite64", NR(pwrite64), [] { return zcall_pwrite64(i1, p<void>(w2), w3, w4); },
     {low32(i1), word(w2), word(w3), word(w4)}},
    {"pwritev", NR(pwritev), [] { return zcall_pwritev(i1, p<zcall_iovec>(w2), i3, off); },
     {low32(i1), word(w2), word(i3), offset_low, offset_high}},
    {"pwritev2", NR(pwritev2), [] { return zcall_pwritev2(i1, p<zcall_iovec>(w2), i3, off, i5); },
     {low32(i1), word(w2), word(i3), offset_low, offset_high, low32(i5)}},
    {"read", NR(read), [] { return zcall_read(i1, p<void>(w2), w3); }, {low32(i1), word(w2), word(w3)}},
    {"readv", NR(readv), [] { return zcall_readv(i1, p<zcall_iovec>(w2), i3); }, {low32(i1), word(w2), word(i3)}},
    {"write", NR(write), [] { return zcall_write(i1, p<void>(w2), w3); }, {low32(i1), word(w2), word(w3)}},
    {"writev", NR(writev), [] { return zcall_writev(i1, p<zcall_iovec>(w2), i3); },
     {low32(i1), word(w2), word(i3)}},

    // Files and directories
    {"copy_file_range", NR(copy_file_range),
     [] { return zcall_copy_file_range(i1, p<std::int64_t>(w2), i3, p<std::int64_t>(w4), w5, i6); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5), low32(i6)}},
    {"fallocate", NR(fallocate), [] { return zcall_fallocate(i1, i2, w3, w4); },
     {low32(i1), low32(i2), word(w3), word(w4)}},
    {"fdatasync", NR(fdatasync), [] { return zcall_fdatasync(i1); }, {low32(i1)}},
    {"fstat", NR(fstat), [] { return zcall_fstat(i1, p<zcall_stat>(w2)); }, {low32(i1), word(w2)}},
    {"fsync", NR(fsync), [] { return zcall_fsync(i1); }, {low32(i1)}},
    {"ftruncate", NR(ftruncate), [] { return zcall_ftruncate(i1, w2); }, {low32(i1), word(w2)}},
    {"mkdirat", NR(mkdirat), [] { return zcall_mkdirat(i1, p<char>(w2), i3); }, {low32(i1), word(w2), low32(i3)}},
    {"openat", NR(openat), [] { return zcall_openat(i1, p<char>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"openat2", NR(openat2), [] { return zcall_openat2(i1, p<char>(w2), p<zcall_open_how>(w3), w4); },
     {low32(i1), word(w2), word(w3), word(w4)}},
    {"renameat2", NR(renameat2), [] { return zcall_renameat2(i1, p<char>(w2), i3, p<char>(w4), i5); },
     {low32(i1), word(w2), low32(i3), word(w4), low32(i5)}},
    {"sendfile", NR(sendfile), [] { return zcall_sendfile(i1, i2, p<std::int64_t>(w3), w4); },
     {low32(i1), low32(i2), word(w3), word(w4)}},
    {"statx", NR(statx), [] { return zcall_statx(i1, p<char>(w2), i3, i4, p<struct zcall_statx>(w5)); },
     {low32(i1), word(w2), low32(i3), low32(i4), word(w5)}},
#if defined(__powerpc64__)
    // powerpc has sync_file_range2 alone: flags second.
    {"sync_file_range", NR(sync_file_range2), [] { return zcall_sync_file_range(i1, w2, w3, i4); },
     {low32(i1), low32(i4), word(w2), word(w3)}},
#else
    {"sync_file_range", NR(sync_file_range), [] { return zcall_sync_file_range(i1, w2, w3, i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
#endif
    {"unlinkat", NR(unlinkat), [] { return zcall_unlinkat(i1, p<char>(w2), i3); }, {low32(i1), word(w2), low32(i3)}},

    // More of files and directories
    {"cachestat", NR(cachestat),
     [] { return zcall_cachestat(i1, p<zcall_cachestat_range>(w2), p<struct zcall_cachestat>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"close_range", NR(close_range), [] { return zcall_close_range(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"dup", NR(dup), [] { return zcall_dup(i1); },
     {low32(i1)}},
    {"faccessat", NR(faccessat), [] { return zcall_faccessat(i1, p<char>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"faccessat2", NR(faccessat2), [] { return zcall_faccessat2(i1, p<char>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"fadvise64", NR(fadvise64), [] { return zcall_fadvise64(i1, w2, w3, i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"fchmod", NR(fchmod), [] { return zcall_fchmod(i1, i2); },
     {low32(i1), low32(i2)}},
    {"fchmodat", NR(fchmodat), [] { return zcall_fchmodat(i1, p<char>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"fchmodat2", NR(fchmodat2), [] { return zcall_fchmodat2(i1, p<char>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"fchown", NR(fchown), [] { return zcall_fchown(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"fchownat", NR(fchownat), [] { return zcall_fchownat(i1, p<char>(w2), i3, i4, i5); },
     {low32(i1), word(w2), low32(i3), low32(i4), low32(i5)}},
    {"flock", NR(flock), [] { return zcall_flock(i1, i2); },
     {low32(i1), low32(i2)}},
    {"fstatfs", NR(fstatfs), [] { return zcall_fstatfs(i1, p<struct zcall_statfs>(w2)); },
     {low32(i1), word(w2)}},
    {"getdents64", NR(getdents64), [] { return zcall_getdents64(i1, p<void>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"linkat", NR(linkat), [] { return zcall_linkat(i1, p<char>(w2), i3, p<char>(w4), i5); },
     {low32(i1), word(w2), low32(i3), word(w4), low32(i5)}},
    {"mknodat", NR(mknodat), [] { return zcall_mknodat(i1, p<char>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"name_to_handle_at", NR(name_to_handle_at), [] { return zcall_name_to_handle_at(i1, p<char>(w2), p<zcall_file_handle>(w3), p<int>(w4), i5); },
     {low32(i1), word(w2), word(w3), word(w4), low32(i5)}},
    {"newfstatat", NR(newfstatat), [] { return zcall_newfstatat(i1, p<char>(w2), p<zcall_stat>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"open_by_handle_at", NR(open_by_handle_at), [] { return zcall_open_by_handle_at(i1, p<zcall_file_handle>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"readahead", NR(readahead), [] { return zcall_readahead(i1, w2, w3); },
     {low32(i1), word(w2), word(w3)}},
    {"readlinkat", NR(readlinkat), [] { return zcall_readlinkat(i1, p<char>(w2), p<char>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"statfs", NR(statfs), [] { return zcall_statfs(p<char>(w1), p<struct zcall_statfs>(w2)); },
     {word(w1), word(w2)}},
    {"symlinkat", NR(symlinkat), [] { return zcall_symlinkat(p<char>(w1), i2, p<char>(w3)); },
     {word(w1), low32(i2), word(w3)}},
    {"sync", NR(sync), [] { return zcall_sync(); },
     {}},
    {"syncfs", NR(syncfs), [] { return zcall_syncfs(i1); },
     {low32(i1)}},
    {"truncate", NR(truncate), [] { return zcall_truncate(p<char>(w1), w2); },
     {word(w1), word(w2)}},
    {"utimensat", NR(utimensat), [] { return zcall_utimensat(i1, p<char>(w2), p<zcall_timespec>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    // The working directory, root and file mode mask
    {"chdir", NR(chdir), [] { return zcall_chdir(p<char>(w1)); },
     {word(w1)}},
    {"chroot", NR(chroot), [] { return zcall_chroot(p<char>(w1)); },
     {word(w1)}},
    {"fchdir", NR(fchdir), [] { return zcall_fchdir(i1); },
     {low32(i1)}},
    {"getcwd", NR(getcwd), [] { return zcall_getcwd(p<char>(w1), w2); },
     {word(w1), word(w2)}},
    {"umask", NR(umask), [] { return zcall_umask(i1); },
     {low32(i1)}},
    // Watching files
    {"fanotify_init", NR(fanotify_init), [] { return zcall_fanotify_init(i1, i2); },
     {low32(i1), low32(i2)}},
    {"fanotify_mark", NR(fanotify_mark), [] { return zcall_fanotify_mark(i1, i2, w3, i4, p<char>(w5)); },
     {low32(i1), low32(i2), word(w3), low32(i4), word(w5)}},
    {"inotify_add_watch", NR(inotify_add_watch), [] { return zcall_inotify_add_watch(i1, p<char>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"inotify_init1", NR(inotify_init1), [] { return zcall_inotify_init1(i1); },
     {low32(i1)}},
    {"inotify_rm_watch", NR(inotify_rm_watch), [] { return zcall_inotify_rm_watch(i1, i2); },
     {low32(i1), low32(i2)}},
    // Extended attributes
    {"fgetxattr", NR(fgetxattr), [] { return zcall_fgetxattr(i1, p<char>(w2), p<void>(w3), w4); },
     {low32(i1), word(w2), word(w3), word(w4)}},
    {"flistxattr", NR(flistxattr), [] { return zcall_flistxattr(i1, p<char>(w2), w3); },
     {low32(i1), word(w2), word(w3)}},
    {"fremovexattr", NR(fremovexattr), [] { return zcall_fremovexattr(i1, p<char>(w2)); },
     {low32(i1), word(w2)}},
    {"fsetxattr", NR(fsetxattr), [] { return zcall_fsetxattr(i1, p<char>(w2), p<void>(w3), w4, i5); },
     {low32(i1), word(w2), word(w3), word(w4), low32(i5)}},
    {"getxattr", NR(getxattr), [] { return zcall_getxattr(p<char>(w1), p<char>(w2), p<void>(w3), w4); },
     {word(w1), word(w2), word(w3), word(w4)}},
    {"lgetxattr", NR(lgetxattr), [] { return zcall_lgetxattr(p<char>(w1), p<char>(w2), p<void>(w3), w4); },
     {word(w1), word(w2), word(w3), word(w4)}},
    {"listxattr", NR(listxattr), [] { return zcall_listxattr(p<char>(w1), p<char>(w2), w3); },
     {word(w1), word(w2), word(w3)}},
    {"llistxattr", NR(llistxattr), [] { return zcall_llistxattr(p<char>(w1), p<char>(w2), w3); },
     {word(w1), word(w2), word(w3)}},
    {"lremovexattr", NR(lremovexattr), [] { return zcall_lremovexattr(p<char>(w1), p<char>(w2)); },
     {word(w1), word(w2)}},
    {"lsetxattr", NR(lsetxattr), [] { return zcall_lsetxattr(p<char>(w1), p<char>(w2), p<void>(w3), w4, i5); },
     {word(w1), word(w2), word(w3), word(w4), low32(i5)}},
    {"removexattr", NR(removexattr), [] { return zcall_removexattr(p<char>(w1), p<char>(w2)); },
     {word(w1), word(w2)}},
    {"setxattr", NR(setxattr), [] { return zcall_setxattr(p<char>(w1), p<char>(w2), p<void>(w3), w4, i5); },
     {word(w1), word(w2), word(w3), word(w4), low32(i5)}},

    // Credentials, capabilities, limits, sessions
    {"getuid", NR(getuid), [] { return zcall_getuid(); },
     {}},
    {"geteuid", NR(geteuid), [] { return zcall_geteuid(); },
     {}},
    {"getgid", NR(getgid), [] { return zcall_getgid(); },
     {}},
    {"getegid", NR(getegid), [] { return zcall_getegid(); },
     {}},
    {"setuid", NR(setuid), [] { return zcall_setuid(i1); },
     {low32(i1)}},
    {"setgid", NR(setgid), [] { return zcall_setgid(i1); },
     {low32(i1)}},
    {"setreuid", NR(setreuid), [] { return zcall_setreuid(i1, i2); },
     {low32(i1), low32(i2)}},
    {"setregid", NR(setregid), [] { return zcall_setregid(i1, i2); },
     {low32(i1), low32(i2)}},
    {"setresuid", NR(setresuid), [] { return zcall_setresuid(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"setresgid", NR(setresgid), [] { return zcall_setresgid(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"getresuid", NR(getresuid), [] { return zcall_getresuid(p<std::uint32_t>(w1), p<std::uint32_t>(w2), p<std::uint32_t>(w3)); },
     {word(w1), word(w2), word(w3)}},
    {"getresgid", NR(getresgid), [] { return zcall_getresgid(p<std::uint32_t>(w1), p<std::uint32_t>(w2), p<std::uint32_t>(w3)); },
     {word(w1), word(w2), word(w3)}},
    {"setfsuid", NR(setfsuid), [] { return zcall_setfsuid(i1); },
     {low32(i1)}},
    {"setfsgid", NR(setfsgid), [] { return zcall_setfsgid(i1); },
     {low32(i1)}},
    {"getgroups", NR(getgroups), [] { return zcall_getgroups(i1, p<std::uint32_t>(w2)); },
     {low32(i1), word(w2)}},
    {"setgroups", NR(setgroups), [] { return zcall_setgroups(i1, p<std::uint32_t>(w2)); },
     {low32(i1), word(w2)}},
    {"capget", NR(capget), [] { return zcall_capget(p<zcall_cap_user_header>(w1), p<zcall_cap_user_data>(w2)); },
     {word(w1), word(w2)}},
    {"capset", NR(capset), [] { return zcall_capset(p<zcall_cap_user_header>(w1), p<zcall_cap_user_data>(w2)); },
     {word(w1), word(w2)}},
    {"prlimit64", NR(prlimit64), [] { return zcall_prlimit64(i1, i2, p<zcall_rlimit>(w3), p<zcall_rlimit>(w4)); },
     {low32(i1), low32(i2), word(w3), word(w4)}},
    {"getrusage", NR(getrusage), [] { return zcall_getrusage(i1, p<zcall_rusage>(w2)); },
     {low32(i1), word(w2)}},
    {"personality", NR(personality), [] { return zcall_personality(i1); },
     {low32(i1)}},
    {"setsid", NR(setsid), [] { return zcall_setsid(); },
     {}},
    {"getsid", NR(getsid), [] { return zcall_getsid(i1); },
     {low32(i1)}},
    {"setpgid", NR(setpgid), [] { return zcall_setpgid(i1, i2); },
     {low32(i1), low32(i2)}},
    {"getpgid", NR(getpgid), [] { return zcall_getpgid(i1); },
     {low32(i1)}},
#if defined(__powerpc64__)
    // ppc64's getrlimit (76) is sys_ni_syscall: zcall_getrlimit makes ugetrlimit (190).
    {"getrlimit", NR(ugetrlimit), [] { return zcall_getrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(i1), word(w2)}},
    {"setrlimit", NR(setrlimit), [] { return zcall_setrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(i1), word(w2)}},
#elif defined(ZCALL_SYS_getrlimit)
    {"getrlimit", NR(getrlimit), [] { return zcall_getrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(i1), word(w2)}},
    {"setrlimit", NR(setrlimit), [] { return zcall_setrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(i1), word(w2)}},
#else
    // No getrlimit or setrlimit on this architecture: prlimit64 of the caller, pid 0.
    {"getrlimit", NR(prlimit64), [] { return zcall_getrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(0), low32(i1), word(0), word(w2)}},
    {"setrlimit", NR(prlimit64), [] { return zcall_setrlimit(i1, p<zcall_rlimit>(w2)); },
     {low32(0), low32(i1), word(w2), word(0)}},
#endif

    // Processes, scheduling and the system
    // Never returns, as exit_group.
    {"exit", NR(exit), []() -> zcall_ret { zcall_exit(i1); }, {low32(i1)}},
    {"wait4", NR(wait4), [] { return zcall_wait4(i1, p<int>(w2), i3, p<zcall_rusage>(w4)); },
     {low32(i1), word(w2), low32(i3), word(w4)}},
    {"waitid", NR(waitid), [] { return zcall_waitid(i1, i2, p<zcall_siginfo>(w3), i4, p<zcall_rusage>(w5)); },
     {low32(i1), low32(i2), word(w3), low32(i4), word(w5)}},
    {"execve", NR(execve), [] { return zcall_execve(p<char>(w1), p<char* const>(w2), p<char* const>(w3)); },
     {word(w1), word(w2), word(w3)}},
    {"execveat", NR(execveat), [] { return zcall_execveat(i1, p<char>(w2), p<char* const>(w3), p<char* const>(w4), i5); },
     {low32(i1), word(w2), word(w3), word(w4), low32(i5)}},
    {"uname", NR(uname), [] { return zcall_uname(p<zcall_new_utsname>(w1)); },
     {word(w1)}},
    {"sysinfo", NR(sysinfo), [] { return zcall_sysinfo(p<struct zcall_sysinfo>(w1)); },
     {word(w1)}},
    {"sethostname", NR(sethostname), [] { return zcall_sethostname(p<char>(w1), i2); },
     {word(w1), low32(i2)}},
    {"setdomainname", NR(setdomainname), [] { return zcall_setdomainname(p<char>(w1), i2); },
     {word(w1), low32(i2)}},
    {"getcpu", NR(getcpu), [] { return zcall_getcpu(p<unsigned int>(k1), p<unsigned int>(k2), p<void>(w3)); },
     {word(k1), word(k2), word(w3)}},
    {"sched_setaffinity", NR(sched_setaffinity), [] { return zcall_sched_setaffinity(i1, i2, p<std::uint64_t>(w3)); },
     {low32(i1), low32(i2), word(w3)}},
    {"sched_getaffinity", NR(sched_getaffinity), [] { return zcall_sched_getaffinity(i1, i2, p<std::uint64_t>(w3)); },
     {low32(i1), low32(i2), word(w3)}},
    {"sched_setattr", NR(sched_setattr), [] { return zcall_sched_setattr(i1, p<zcall_sched_attr>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"sched_getattr", NR(sched_getattr), [] { return zcall_sched_getattr(i1, p<zcall_sched_attr>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"sched_setscheduler", NR(sched_setscheduler), [] { return zcall_sched_setscheduler(i1, i2, p<zcall_sched_param>(w3)); },
     {low32(i1), low32(i2), word(w3)}},
    {"sched_getscheduler", NR(sched_getscheduler), [] { return zcall_sched_getscheduler(i1); },
     {low32(i1)}},
    {"sched_setparam", NR(sched_setparam), [] { return zcall_sched_setparam(i1, p<zcall_sched_param>(w2)); },
     {low32(i1), word(w2)}},
    {"sched_getparam", NR(sched_getparam), [] { return zcall_sched_getparam(i1, p<zcall_sched_param>(w2)); },
     {low32(i1), word(w2)}},
    {"sched_get_priority_max", NR(sched_get_priority_max), [] { return zcall_sched_get_priority_max(i1); },
     {low32(i1)}},
    {"sched_get_priority_min", NR(sched_get_priority_min), [] { return zcall_sched_get_priority_min(i1); },
     {low32(i1)}},
    {"sched_rr_get_interval", NR(sched_rr_get_interval), [] { return zcall_sched_rr_get_interval(i1, p<zcall_timespec>(w2)); },
     {low32(i1), word(w2)}},
    {"getpriority", NR(getpriority), [] { return zcall_getpriority(i1, i2); },
     {low32(i1), low32(i2)}},
    {"setpriority", NR(setpriority), [] { return zcall_setpriority(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"ioprio_get", NR(ioprio_get), [] { return zcall_ioprio_get(i1, i2); },
     {low32(i1), low32(i2)}},
    {"ioprio_set", NR(ioprio_set), [] { return zcall_ioprio_set(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"kcmp", NR(kcmp), [] { return zcall_kcmp(i1, i2, i3, w4, w5); },
     {low32(i1), low32(i2), low32(i3), word(w4), word(w5)}},
    {"process_vm_readv", NR(process_vm_readv), [] { return zcall_process_vm_readv(i1, p<zcall_iovec>(w2), w3, p<zcall_iovec>(w4), w5, w6); },
     {low32(i1), word(w2), word(w3), word(w4), word(w5), word(w6)}},
    {"process_vm_writev", NR(process_vm_writev), [] { return zcall_process_vm_writev(i1, p<zcall_iovec>(w2), w3, p<zcall_iovec>(w4), w5, w6); },
     {low32(i1), word(w2), word(w3), word(w4), word(w5), word(w6)}},
    {"tkill", NR(tkill), [] { return zcall_tkill(i1, i2); },
     {low32(i1), low32(i2)}},
    {"membarrier", NR(membarrier), [] { return zcall_membarrier(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},

    // Signals: each call that takes a mask also takes its size, which the wrapper fills in.
    {"rt_sigaction", NR(rt_sigaction),
     [] { return zcall_rt_sigaction(i1, p<zcall_sigaction>(w2), p<zcall_sigaction>(w3)); },
     {low32(i1), word(w2), word(w3), sigset_size}},
    {"sigaltstack", NR(sigaltstack), [] { return zcall_sigaltstack(p<zcall_stack_t>(w1), p<zcall_stack_t>(w2)); },
     {word(w1), word(w2)}},
    {"rt_sigtimedwait", NR(rt_sigtimedwait),
     [] { return zcall_rt_sigtimedwait(p<zcall_sigset_t>(w1), p<zcall_siginfo>(w2), p<zcall_timespec>(w3)); },
     {word(w1), word(w2), word(w3), sigset_size}},
    {"rt_sigqueueinfo", NR(rt_sigqueueinfo), [] { return zcall_rt_sigqueueinfo(i1, i2, p<zcall_siginfo>(w3)); },
     {low32(i1), low32(i2), word(w3)}},
    {"rt_tgsigqueueinfo", NR(rt_tgsigqueueinfo),
     [] { return zcall_rt_tgsigqueueinfo(i1, i2, i3, p<zcall_siginfo>(w4)); },
     {low32(i1), low32(i2), low32(i3), word(w4)}},
    {"rt_sigsuspend", NR(rt_sigsuspend), [] { return zcall_rt_sigsuspend(p<zcall_sigset_t>(w1)); },
     {word(w1), sigset_size}},
    {"rt_sigpending", NR(rt_sigpending), [] { return zcall_rt_sigpending(p<zcall_sigset_t>(w1)); },
     {word(w1), sigset_size}},

    // Timers and clocks
    {"timer_create", NR(timer_create), [] { return zcall_timer_create(i1, p<zcall_sigevent>(w2), p<int>(w3)); },
     {low32(i1), word(w2), word(w3)}},
    {"timer_settime", NR(timer_settime), [] { return zcall_timer_settime(i1, i2, p<zcall_itimerspec>(w3), p<zcall_itimerspec>(w4)); },
     {low32(i1), low32(i2), word(w3), word(w4)}},
    {"timer_gettime", NR(timer_gettime), [] { return zcall_timer_gettime(i1, p<zcall_itimerspec>(w2)); },
     {low32(i1), word(w2)}},
    {"timer_getoverrun", NR(timer_getoverrun), [] { return zcall_timer_getoverrun(i1); },
     {low32(i1)}},
    {"timer_delete", NR(timer_delete), [] { return zcall_timer_delete(i1); },
     {low32(i1)}},
    {"clock_settime", NR(clock_settime), [] { return zcall_clock_settime(i1, p<zcall_timespec>(w2)); },
     {low32(i1), word(w2)}},
    {"clock_adjtime", NR(clock_adjtime), [] { return zcall_clock_adjtime(i1, p<zcall_timex>(w2)); },
     {low32(i1), word(w2)}},
    {"setitimer", NR(setitimer), [] { return zcall_setitimer(i1, p<zcall_itimerval>(w2), p<zcall_itimerval>(w3)); },
     {low32(i1), word(w2), word(w3)}},
    {"getitimer", NR(getitimer), [] { return zcall_getitimer(i1, p<zcall_itimerval>(w2)); },
     {low32(i1), word(w2)}},

    // More of memory
    {"msync", NR(msync), [] { return zcall_msync(p<void>(w1), w2, i3); },
     {word(w1), word(w2), low32(i3)}},
    {"mincore", NR(mincore), [] { return zcall_mincore(p<void>(w1), w2, p<unsigned char>(w3)); },
     {word(w1), word(w2), word(w3)}},
    {"mlock2", NR(mlock2), [] { return zcall_mlock2(p<void>(w1), w2, i3); },
     {word(w1), word(w2), low32(i3)}},
    {"mlockall", NR(mlockall), [] { return zcall_mlockall(i1); },
     {low32(i1)}},
    {"munlockall", NR(munlockall), [] { return zcall_munlockall(); },
     {}},
    {"mseal", NR(mseal), [] { return zcall_mseal(p<void>(w1), w2, w3); },
     {word(w1), word(w2), word(w3)}},
    {"pkey_mprotect", NR(pkey_mprotect), [] { return zcall_pkey_mprotect(p<void>(w1), w2, i3, i4); },
     {word(w1), word(w2), low32(i3), low32(i4)}},
    {"pkey_alloc", NR(pkey_alloc), [] { return zcall_pkey_alloc(i1, i2); },
     {low32(i1), low32(i2)}},
    {"pkey_free", NR(pkey_free), [] { return zcall_pkey_free(i1); },
     {low32(i1)}},
    {"userfaultfd", NR(userfaultfd), [] { return zcall_userfaultfd(i1); },
     {low32(i1)}},
    {"mbind", NR(mbind), [] { return zcall_mbind(p<void>(w1), w2, w3, p<unsigned long>(w4), w5, i6); },
     {word(w1), word(w2), word(w3), word(w4), word(w5), low32(i6)}},
    {"set_mempolicy", NR(set_mempolicy), [] { return zcall_set_mempolicy(i1, p<unsigned long>(w2), w3); },
     {low32(i1), word(w2), word(w3)}},
    {"get_mempolicy", NR(get_mempolicy), [] { return zcall_get_mempolicy(p<int>(w1), p<unsigned long>(w2), w3, p<void>(w4), w5); },
     {word(w1), word(w2), word(w3), word(w4), word(w5)}},
#ifdef ZCALL_SYS_memfd_secret
    {"memfd_secret", NR(memfd_secret), [] { return zcall_memfd_secret(i1); },
     {low32(i1)}},
#endif

    // Mounts, namespaces and new processes
    {"mount", NR(mount), [] { return zcall_mount(p<char>(w1), p<char>(w2), p<char>(w3), w4, p<void>(w5)); },
     {word(w1), word(w2), word(w3), word(w4), word(w5)}},
    {"umount2", NR(umount2), [] { return zcall_umount2(p<char>(w1), i2); },
     {word(w1), low32(i2)}},
    {"pivot_root", NR(pivot_root), [] { return zcall_pivot_root(p<char>(w1), p<char>(w2)); },
     {word(w1), word(w2)}},
    {"fsopen", NR(fsopen), [] { return zcall_fsopen(p<char>(w1), i2); },
     {word(w1), low32(i2)}},
    {"fsconfig", NR(fsconfig), [] { return zcall_fsconfig(i1, i2, p<char>(w3), p<void>(w4), i5); },
     {low32(i1), low32(i2), word(w3), word(w4), low32(i5)}},
    {"fsmount", NR(fsmount), [] { return zcall_fsmount(i1, i2, i3); },
     {low32(i1), low32(i2), low32(i3)}},
    {"fspick", NR(fspick), [] { return zcall_fspick(i1, p<char>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"move_mount", NR(move_mount), [] { return zcall_move_mount(i1, p<char>(w2), i3, p<char>(w4), i5); },
     {low32(i1), word(w2), low32(i3), word(w4), low32(i5)}},
    {"open_tree", NR(open_tree), [] { return zcall_open_tree(i1, p<char>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"open_tree_attr", NR(open_tree_attr), [] { return zcall_open_tree_attr(i1, p<char>(w2), i3, p<zcall_mount_attr>(w4), w5); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5)}},
    {"mount_setattr", NR(mount_setattr), [] { return zcall_mount_setattr(i1, p<char>(w2), i3, p<zcall_mount_attr>(w4), w5); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5)}},
    {"unshare", NR(unshare), [] { return zcall_unshare(w1); },
     {word(w1)}},
    {"setns", NR(setns), [] { return zcall_setns(i1, i2); },
     {low32(i1), low32(i2)}},
#if defined(__aarch64__) || defined(__riscv) || defined(__powerpc64__) || defined(__mips64)
    // CONFIG_CLONE_BACKWARDS: the kernel reads tls before child_tid.
    {"clone", NR(clone), [] { return zcall_clone(w1, p<void>(w2), p<int>(w3), p<int>(w4), w5); },
     {word(w1), word(w2), word(w3), word(w5), word(w4)}},
#elif defined(__s390x__)
    // CONFIG_CLONE_BACKWARDS2: the kernel reads the stack before the flags.
    {"clone", NR(clone), [] { return zcall_clone(w1, p<void>(w2), p<int>(w3), p<int>(w4), w5); },
     {word(w2), word(w1), word(w3), word(w4), word(w5)}},
#else
    {"clone", NR(clone), [] { return zcall_clone(w1, p<void>(w2), p<int>(w3), p<int>(w4), w5); },
     {word(w1), word(w2), word(w3), word(w4), word(w5)}},
#endif
    {"clone3", NR(clone3), [] { return zcall_clone3(p<zcall_clone_args>(w1), w2); }, {word(w1), word(w2)}},

    // Security
    {"seccomp", NR(seccomp), [] { return zcall_seccomp(i1, i2, p<void>(w3)); },
     {low32(i1), low32(i2), word(w3)}},
    {"landlock_create_ruleset", NR(landlock_create_ruleset), [] { return zcall_landlock_create_ruleset(p<zcall_landlock_ruleset_attr>(w1), w2, i3); },
     {word(w1), word(w2), low32(i3)}},
    {"landlock_add_rule", NR(landlock_add_rule), [] { return zcall_landlock_add_rule(i1, i2, p<void>(w3), i4); },
     {low32(i1), low32(i2), word(w3), low32(i4)}},
    {"landlock_restrict_self", NR(landlock_restrict_self), [] { return zcall_landlock_restrict_self(i1, i2); },
     {low32(i1), low32(i2)}},
    {"lsm_get_self_attr", NR(lsm_get_self_attr), [] { return zcall_lsm_get_self_attr(i1, p<zcall_lsm_ctx>(w2), p<std::uint32_t>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"lsm_set_self_attr", NR(lsm_set_self_attr), [] { return zcall_lsm_set_self_attr(i1, p<zcall_lsm_ctx>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"lsm_list_modules", NR(lsm_list_modules), [] { return zcall_lsm_list_modules(p<std::uint64_t>(w1), p<std::uint32_t>(w2), i3); },
     {word(w1), word(w2), low32(i3)}},

    // Threads, tracing and architecture-specific calls
    {"set_tid_address", NR(set_tid_address), [] { return zcall_set_tid_address(p<int>(w1)); },
     {word(w1)}},
    {"set_robust_list", NR(set_robust_list), [] { return zcall_set_robust_list(p<zcall_robust_list_head>(w1), w2); },
     {word(w1), word(w2)}},
    {"get_robust_list", NR(get_robust_list), [] { return zcall_get_robust_list(i1, p<zcall_robust_list_head*>(w2), p<size_t>(w3)); },
     {low32(i1), word(w2), word(w3)}},
    {"rseq", NR(rseq), [] { return zcall_rseq(p<struct zcall_rseq>(w1), i2, i3, i4); },
     {word(w1), low32(i2), low32(i3), low32(i4)}},
    {"process_madvise", NR(process_madvise), [] { return zcall_process_madvise(i1, p<zcall_iovec>(w2), w3, i4, i5); },
     {low32(i1), word(w2), word(w3), low32(i4), low32(i5)}},
    {"process_mrelease", NR(process_mrelease), [] { return zcall_process_mrelease(i1, i2); },
     {low32(i1), low32(i2)}},
    {"ptrace", NR(ptrace), [] { return zcall_ptrace(w1, i2, p<void>(w3), p<void>(w4)); },
     {word(w1), word(i2), word(w3), word(w4)}},
    {"perf_event_open", NR(perf_event_open), [] { return zcall_perf_event_open(p<void>(w1), i2, i3, i4, w5); },
     {word(w1), low32(i2), low32(i3), low32(i4), word(w5)}},
    {"bpf", NR(bpf), [] { return zcall_bpf(i1, p<void>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
#if defined(__x86_64__)
    {"arch_prctl", NR(arch_prctl), [] { return zcall_arch_prctl(i1, w2); },
     {low32(i1), word(w2)}},
#endif
#if defined(__riscv)
    {"riscv_hwprobe", NR(riscv_hwprobe), [] { return zcall_riscv_hwprobe(p<struct zcall_riscv_hwprobe>(w1), w2, w3, p<std::uint64_t>(w4), i5); },
     {word(w1), word(w2), word(w3), word(w4), low32(i5)}},
    {"riscv_flush_icache", NR(riscv_flush_icache), [] { return zcall_riscv_flush_icache(p<void>(w1), p<void>(w2), w3); },
     {word(w1), word(w2), word(w3)}},
#endif

    // Mount information, inode attributes, extended attributes at a path
    {"statmount", NR(statmount), [] { return zcall_statmount(p<zcall_mnt_id_req>(w1), p<struct zcall_statmount>(w2), w3, i4); },
     {word(w1), word(w2), word(w3), low32(i4)}},
    {"listmount", NR(listmount), [] { return zcall_listmount(p<zcall_mnt_id_req>(w1), p<std::uint64_t>(w2), w3, i4); },
     {word(w1), word(w2), word(w3), low32(i4)}},
    {"file_getattr", NR(file_getattr), [] { return zcall_file_getattr(i1, p<char>(w2), p<zcall_file_attr>(w3), w4, i5); },
     {low32(i1), word(w2), word(w3), word(w4), low32(i5)}},
    {"file_setattr", NR(file_setattr), [] { return zcall_file_setattr(i1, p<char>(w2), p<zcall_file_attr>(w3), w4, i5); },
     {low32(i1), word(w2), word(w3), word(w4), low32(i5)}},
    {"setxattrat", NR(setxattrat), [] { return zcall_setxattrat(i1, p<char>(w2), i3, p<char>(w4), p<zcall_xattr_args>(w5), w6); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5), word(w6)}},
    {"getxattrat", NR(getxattrat), [] { return zcall_getxattrat(i1, p<char>(w2), i3, p<char>(w4), p<zcall_xattr_args>(w5), w6); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5), word(w6)}},
    {"listxattrat", NR(listxattrat), [] { return zcall_listxattrat(i1, p<char>(w2), i3, p<char>(w4), w5); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5)}},
    {"removexattrat", NR(removexattrat), [] { return zcall_removexattrat(i1, p<char>(w2), i3, p<char>(w4)); },
     {low32(i1), word(w2), low32(i3), word(w4)}},

    // Pipes and zero-copy
    {"pipe2", NR(pipe2), [] { return zcall_pipe2(p<int>(w1), i2); }, {word(w1), low32(i2)}},
    {"splice", NR(splice),
     [] { return zcall_splice(i1, p<std::int64_t>(w2), i3, p<std::int64_t>(w4), w5, i6); },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5), low32(i6)}},
    {"tee", NR(tee), [] { return zcall_tee(i1, i2, w3, i4); }, {low32(i1), low32(i2), word(w3), low32(i4)}},
    {"vmsplice", NR(vmsplice), [] { return zcall_vmsplice(i1, p<zcall_iovec>(w2), w3, i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},

    // Sockets
#if defined(__s390x__)
    // s390x has no accept of its own: accept4 with no flags.
    {"accept", NR(accept4), [] { return zcall_accept(i1, p<void>(w2), p<std::uint32_t>(w3)); },
     {low32(i1), word(w2), word(w3), word(0)}},
#else
    {"accept", NR(accept), [] { return zcall_accept(i1, p<void>(w2), p<std::uint32_t>(w3)); },
     {low32(i1), word(w2), word(w3)}},
#endif
    {"accept4", NR(accept4), [] { return zcall_accept4(i1, p<void>(w2), p<std::uint32_t>(w3), i4); },
     {low32(i1), word(w2), word(w3), low32(i4)}},
    {"bind", NR(bind), [] { return zcall_bind(i1, p<void>(w2), i3); }, {low32(i1), word(w2), low32(i3)}},
    {"connect", NR(connect), [] { return zcall_connect(i1, p<void>(w2), i3); }, {low32(i1), word(w2), low32(i3)}},
    {"getpeername", NR(getpeername), [] { return zcall_getpeername(i1, p<void>(w2), p<std::uint32_t>(w3)); },
     {low32(i1), word(w2), word(w3)}},
    {"getsockname", NR(getsockname), [] { return zcall_getsockname(i1, p<void>(w2), p<std::uint32_t>(w3)); },
     {low32(i1), word(w2), word(w3)}},
    {"getsockopt", NR(getsockopt), [] { return zcall_getsockopt(i1, i2, i3, p<void>(w4), p<std::uint32_t>(w5)); },
     {low32(i1), low32(i2), low32(i3), word(w4), word(w5)}},
    {"listen", NR(listen), [] { return zcall_listen(i1, i2); }, {low32(i1), low32(i2)}},
    {"recvfrom", NR(recvfrom),
     [] { return zcall_recvfrom(i1, p<void>(w2), w3, i4, p<void>(w5), p<std::uint32_t>(w6)); },
     {low32(i1), word(w2), word(w3), low32(i4), word(w5), word(w6)}},
    {"recvmmsg", NR(recvmmsg), [] { return zcall_recvmmsg(i1, p<zcall_mmsghdr>(w2), i3, i4, p<zcall_timespec>(w5)); },
     {low32(i1), word(w2), low32(i3), low32(i4), word(w5)}},
    {"recvmsg", NR(recvmsg), [] { return zcall_recvmsg(i1, p<zcall_msghdr>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"sendmmsg", NR(sendmmsg), [] { return zcall_sendmmsg(i1, p<zcall_mmsghdr>(w2), i3, i4); },
     {low32(i1), word(w2), low32(i3), low32(i4)}},
    {"sendmsg", NR(sendmsg), [] { return zcall_sendmsg(i1, p<zcall_msghdr>(w2), i3); },
     {low32(i1), word(w2), low32(i3)}},
    {"sendto", NR(sendto), [] { return zcall_sendto(i1, p<void>(w2), w3, i4, p<void>(w5), i6); },
     {low32(i1), word(w2), word(w3), low32(i4), word(w5), low32(i6)}},
    {"setsockopt", NR(setsockopt), [] { return zcall_setsockopt(i1, i2, i3, p<void>(w4), i5); },
     {low32(i1), low32(i2), low32(i3), word(w4), low32(i5)}},
    {"shutdown", NR(shutdown), [] { return zcall_shutdown(i1, i2); }, {low32(i1), low32(i2)}},
    {"socket", NR(socket), [] { return zcall_socket(i1, i2, i3); }, {low32(i1), low32(i2), low32(i3)}},
    {"socketpair", NR(socketpair), [] { return zcall_socketpair(i1, i2, i3, p<int>(w4)); },
     {low32(i1), low32(i2), low32(i3), word(w4)}},

    // Events: eventfd, signalfd, timerfd, epoll, poll
    {"epoll_create1", NR(epoll_create1), [] { return zcall_epoll_create1(i1); }, {low32(i1)}},
    {"epoll_ctl", NR(epoll_ctl), [] { return zcall_epoll_ctl(i1, i2, i3, p<zcall_epoll_event>(w4)); },
     {low32(i1), low32(i2), low32(i3), word(w4)}},
    {"epoll_pwait", NR(epoll_pwait),
     [] { return zcall_epoll_pwait(i1, p<zcall_epoll_event>(w2), i3, i4, p<zcall_sigset_t>(w5)); },
     {low32(i1), word(w2), low32(i3), low32(i4), word(w5), sigset_size}},
    {"epoll_pwait2", NR(epoll_pwait2),
     [] {
       return zcall_epoll_pwait2(i1, p<zcall_epoll_event>(w2), i3, p<zcall_timespec>(w4), p<zcall_sigset_t>(w5));
     },
     {low32(i1), word(w2), low32(i3), word(w4), word(w5), sigset_size}},
    {"eventfd2", NR(eventfd2), [] { return zcall_eventfd2(i1, i2); }, {low32(i1), low32(i2)}},
#ifdef ZCALL_SYS_poll
    {"poll", NR(poll), [] { return zcall_poll(p<zcall_pollfd>(w1), i2, i3); }, {word(w1), low32(i2), low32(i3)}},
#else
    // No poll on this architecture: ppoll, with no timeout for a negative one, and no mask.
    {"poll", NR(ppoll), [] { return zcall_poll(p<zcall_pollfd>(w1), i2, -1); },
     {word(w1), low32(i2), word(0), word(0), sigset_size}},
#endif
    {"ppoll", NR(ppoll),
     [] { return zcall_ppoll(p<zcall_pollfd>(w1), i2, p<zcall_timespec>(w3), p<zcall_sigset_t>(w4)); },
     {word(w1), low32(i2), word(w3), word(w4), sigset_size}},
    {"signalfd4", NR(signalfd4), [] { return zcall_signalfd4(i1, p<zcall_sigset_t>(w2), i3); },
     {low32(i1), word(w2), sigset_size, low32(i3)}},
    {"timerfd_create", NR(timerfd_create), [] { return zcall_timerfd_create(i1, i2); }, {low32(i1), low32(i2)}},
    {"timerfd_gettime", NR(timerfd_gettime), [] { return zcall_timerfd_gettime(i1, p<zcall_itimerspec>(w2)); },
     {low32(i1), word(w2)}},
    {"timerfd_settime", NR(timerfd_settime),
     [] { return zcall_timerfd_settime(i1, i2, p<zcall_itimerspec>(w3), p<zcall_itimerspec>(w4)); },
     {low32(i1), low32(i2), word(w3), word(w4)}},

    // Memory
    {"madvise", NR(madvise), [] { return zcall_madvise(p<void>(w1), w2, i3); }, {word(w1), word(w2), low32(i3)}},
    {"memfd_create", NR(memfd_create), [] { return zcall_memfd_create(p<char>(w1), i2); }, {word(w1), low32(i2)}},
    {"mlock", NR(mlock), [] { return zcall_mlock(p<void>(w1), w2); }, {word(w1), word(w2)}},
#if defined(__s390x__)
    // s390x's mmap is old_mmap: one pointer, to the six words on the wrapper's stack, which the register
    // alone cannot show beyond its alignment; mem_test.cpp's mappings check each word's effect.
    {"mmap", NR(mmap), [] { return zcall_mmap(p<void>(w1), w2, i3, i4, i5, w6); }, {{0, 7}}},
#else
    {"mmap", NR(mmap), [] { return zcall_mmap(p<void>(w1), w2, i3, i4, i5, w6); },
     {word(w1), word(w2), word(i3), word(i4), low32(i5), word(w6)}},
#endif
    {"mprotect", NR(mprotect), [] { return zcall_mprotect(p<void>(w1), w2, i3); }, {word(w1), word(w2), word(i3)}},
    {"mremap", NR(mremap), [] { return zcall_mremap(p<void>(w1), w2, w3, i4, p<void>(w5)); },
     {word(w1), word(w2), word(w3), word(i4), word(w5)}},
    {"munlock", NR(munlock), [] { return zcall_munlock(p<void>(w1), w2); }, {word(w1), word(w2)}},
    {"munmap", NR(munmap), [] { return zcall_munmap(p<void>(w1), w2); }, {word(w1), word(w2)}},

    // Time and the CPU: pointers in the kernel's half (top bit set), which the vDSO's calls leave to the trap.
    {"clock_gettime", NR(clock_gettime), [] { return zcall_clock_gettime(i1, p<zcall_timespec>(k2)); },
     {low32(i1), word(k2)}},
    {"clock_getres", NR(clock_getres), [] { return zcall_clock_getres(i1, p<zcall_timespec>(k2)); },
     {low32(i1), word(k2)}},
    {"gettimeofday", NR(gettimeofday),
     [] { return zcall_gettimeofday(p<zcall_timeval>(k1), p<zcall_timezone>(k2)); }, {word(k1), word(k2)}},
#if defined(ZCALL_SYS_time)
    {"time", NR(time), [] { return zcall_time(p<std::int64_t>(k1)); }, {word(k1)}},
#endif

    // Processes, signals and time
    {"clock_nanosleep", NR(clock_nanosleep),
     [] { return zcall_clock_nanosleep(i1, i2, p<zcall_timespec>(w3), p<zcall_timespec>(w4)); },
     {low32(i1), low32(i2), word(w3), word(w4)}},
    // Never returns: the trap ends the child (see t_trap), so there is no result to check.
    {"exit_group", NR(exit_group), []() -> zcall_ret { zcall_exit_group(i1); }, {low32(i1)}},
    {"getpid", NR(getpid), [] { return zcall_getpid(); }, {}},
    {"getppid", NR(getppid), [] { return zcall_getppid(); }, {}},
    {"getrandom", NR(getrandom), [] { return zcall_getrandom(p<void>(w1), w2, i3); },
     {word(w1), word(w2), low32(i3)}},
    {"gettid", NR(gettid), [] { return zcall_gettid(); }, {}},
    {"kill", NR(kill), [] { return zcall_kill(i1, i2); }, {low32(i1), low32(i2)}},
    {"nanosleep", NR(nanosleep), [] { return zcall_nanosleep(p<zcall_timespec>(w1), p<zcall_timespec>(w2)); },
     {word(w1), word(w2)}},
    {"pidfd_getfd", NR(pidfd_getfd), [] { return zcall_pidfd_getfd(i1, i2, i3); }, {low32(i1), low32(i2), low32(i3)}},
    {"pidfd_open", NR(pidfd_open), [] { return zcall_pidfd_open(i1, i2); }, {low32(i1), low32(i2)}},
    {"pidfd_send_signal", NR(pidfd_send_signal), [] { return zcall_pidfd_send_signal(i1, i2, p<void>(w3), i4); },
     {low32(i1), low32(i2), word(w3), low32(i4)}},
    {"prctl", NR(prctl), [] { return zcall_prctl(i1, w2, w3, w4, w5); },
     {low32(i1), word(w2), word(w3), word(w4), word(w5)}},
    {"rt_sigprocmask", NR(rt_sigprocmask),
     [] { return zcall_rt_sigprocmask(i1, p<zcall_sigset_t>(w2), p<zcall_sigset_t>(w3)); },
     {low32(i1), word(w2), word(w3), sigset_size}},
    {"sched_yield", NR(sched_yield), [] { return zcall_sched_yield(); }, {}},
    {"tgkill", NR(tgkill), [] { return zcall_tgkill(i1, i2, i3); }, {low32(i1), low32(i2), low32(i3)}},

    // Futexes: the helpers name the operation, with the ops of <linux/futex.h>. The kernel reads
    // neither uaddr2 nor val3 for WAIT and WAKE, nor a timeout for WAKE.
    {"futex", NR(futex),
     [] { return zcall_futex(p<std::uint32_t>(w1), i2, i3, p<zcall_timespec>(w4), p<std::uint32_t>(w5), i6); },
     {word(w1), low32(i2), low32(i3), word(w4), word(w5), low32(i6)}},
    {"futex_op_wait", NR(futex), [] { return zcall_futex_op_wait(p<std::uint32_t>(w1), i2, p<zcall_timespec>(w3)); },
     {word(w1), low32(FUTEX_WAIT), low32(i2), word(w3)}},
    {"futex_op_wait_private", NR(futex),
     [] { return zcall_futex_op_wait_private(p<std::uint32_t>(w1), i2, p<zcall_timespec>(w3)); },
     {word(w1), low32(FUTEX_WAIT | FUTEX_PRIVATE_FLAG), low32(i2), word(w3)}},
    {"futex_op_wake", NR(futex), [] { return zcall_futex_op_wake(p<std::uint32_t>(w1), i2); },
     {word(w1), low32(FUTEX_WAKE), low32(i2)}},
    {"futex_op_wake_private", NR(futex), [] { return zcall_futex_op_wake_private(p<std::uint32_t>(w1), i2); },
     {word(w1), low32(FUTEX_WAKE | FUTEX_PRIVATE_FLAG), low32(i2)}},
    {"futex_waitv", NR(futex_waitv),
     [] { return zcall_futex_waitv(p<struct zcall_futex_waitv>(w1), i2, i3, p<zcall_timespec>(w4), i5); },
     {word(w1), low32(i2), low32(i3), word(w4), low32(i5)}},
    {"futex_requeue", NR(futex_requeue),
     [] { return zcall_futex_requeue(p<struct zcall_futex_waitv>(w1), i2, i3, i4); },
     {word(w1), low32(i2), low32(i3), low32(i4)}},
    {"futex_wait", NR(futex_wait),
     [] { return zcall_futex_wait(p<void>(w1), w2, w3, i4, p<zcall_timespec>(w5), i6); },
     {word(w1), word(w2), word(w3), low32(i4), word(w5), low32(i6)}},
    {"futex_wake", NR(futex_wake), [] { return zcall_futex_wake(p<void>(w1), w2, i3, i4); },
     {word(w1), word(w2), low32(i3), low32(i4)}},

    // io_uring
    {"io_uring_enter", NR(io_uring_enter), [] { return zcall_io_uring_enter(i1, i2, i3, i4, p<void>(w5), w6); },
     {low32(i1), low32(i2), low32(i3), low32(i4), word(w5), word(w6)}},
    {"io_uring_register", NR(io_uring_register), [] { return zcall_io_uring_register(i1, i2, p<void>(w3), i4); },
     {low32(i1), low32(i2), word(w3), low32(i4)}},
    {"io_uring_setup", NR(io_uring_setup), [] { return zcall_io_uring_setup(i1, p<zcall_io_uring_params>(w2)); },
     {low32(i1), word(w2)}},
};
// clang-format on

// Registers are compared as hex strings, so that a failure shows them in hex.
std::string hex(std::uint64_t v) {
  std::ostringstream s;
  s << "0x" << std::hex << v;
  return s.str();
}

class wrappers : public testing::TestWithParam<row> {};

bool named(const char* name, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return std::strcmp(n, name) == 0; });
}

template <std::size_t N>
bool named(const char* name, const char* const (&names)[N]) {
  return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return std::strcmp(n, name) == 0; });
}

// Arity: as many arguments as strace's table says the syscall takes, on this architecture. Counted from
// the row, which lists what the kernel must read, so a wrapper that fills in an argument itself (a sigset
// size, an offset's high word) counts it. Needs no seccomp, so it runs under qemu too.
TEST_P(wrappers, pass_as_many_arguments_as_the_kernel_takes) {
  const row& r = GetParam();
  const t_strace_syscall* s = strace_row(r.syscall);
  ASSERT_NE(s, nullptr) << r.syscall << " is not in strace's table for this architecture";
  EXPECT_EQ(r.nr, s->nr) << "ZCALL_SYS_" << r.syscall << " and strace's number disagree";
  // The exceptions are tests/strace_table.py's, which says why.
  if (named(r.name, t_one_operation))
    EXPECT_LT(nargs(r), s->nargs);
  else
    EXPECT_EQ(nargs(r), s->nargs + (named(r.syscall, t_two_word_offset) ? 1 : 0))
        << r.syscall << ": the row's arguments against strace's count";
}

TEST_P(wrappers, reach_the_kernel_with_the_intended_number_and_arguments) {
  T_SKIP_IF_EMULATED("refuses seccomp filters, which would apply to its own system calls");
  const row& r = GetParam();
  const t_strace_syscall* s = strace_row(r.syscall);
  ASSERT_NE(s, nullptr) << r.syscall << " is not in strace's table for this architecture";
  if (T_ON_ASAN() && std::strcmp(r.syscall, "sigaltstack") == 0)
    GTEST_SKIP() << "AddressSanitizer calls sigaltstack itself in the trapping child, which the trap would catch";
  // A result no kernel call would give by chance, to see it come back unchanged.
  constexpr long reply = 0x7e57;
  t_trapped t;
  T_TRAP(s->nr, reply, r.call, &t);
  ASSERT_EQ(t.traps, 1u) << "zcall_" << r.name << " should make system call " << s->nr << " once";
  EXPECT_EQ(t.nr, static_cast<std::uint64_t>(s->nr));
  for (int i = 0; i < 6; i++) EXPECT_EQ(hex(t.args[i] & r.args[i].mask), hex(r.args[i].value)) << "argument " << i + 1;
  if (!named(r.syscall, {"exit", "exit_group"})) {
    EXPECT_EQ(t.ret.r1, static_cast<std::uintptr_t>(reply));
    EXPECT_EQ(t.ret.err, 0u);
  }
}

INSTANTIATE_TEST_SUITE_P(marshal, wrappers, testing::ValuesIn(rows),
                         [](const testing::TestParamInfo<row>& info) { return std::string(info.param.name); });

// The zcall_* functions the shared library exports, from its dynamic symbol
// table as the dynamic linker reads it; none when libzcall is linked statically.
std::optional<std::set<std::string>> exported_functions() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&zcall_getpid), &info) == 0 || !info.dli_fname ||
      !std::strstr(info.dli_fname, "libzcall.so"))
    return std::nullopt;
  std::ifstream file(info.dli_fname, std::ios::binary);
  const std::string elf{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  // Copies a struct out of the file, or gives a zeroed one past its end.
  auto at = [&elf]<class T>(std::uint64_t offset, T* out) {
    *out = T{};
    if (offset <= elf.size() && elf.size() - offset >= sizeof(T)) std::memcpy(out, elf.data() + offset, sizeof(T));
  };
  Elf64_Ehdr eh;
  at(0, &eh);
  std::set<std::string> names;
  if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64) {
    ADD_FAILURE() << info.dli_fname << " is not a 64-bit ELF file";
    return names;
  }
  for (unsigned s = 0; s < eh.e_shnum; s++) {
    Elf64_Shdr dynsym, strtab;
    at(eh.e_shoff + std::uint64_t{s} * eh.e_shentsize, &dynsym);
    if (dynsym.sh_type != SHT_DYNSYM) continue;
    at(eh.e_shoff + std::uint64_t{dynsym.sh_link} * eh.e_shentsize, &strtab);
    for (std::uint64_t i = 0; i < dynsym.sh_size / sizeof(Elf64_Sym); i++) {
      Elf64_Sym sym;
      at(dynsym.sh_offset + i * sizeof(Elf64_Sym), &sym);
      if (sym.st_shndx == SHN_UNDEF || ELF64_ST_TYPE(sym.st_info) != STT_FUNC ||
          ELF64_ST_BIND(sym.st_info) != STB_GLOBAL || sym.st_name >= strtab.sh_size ||
          strtab.sh_offset + sym.st_name >= elf.size())
        continue;
      std::string name(elf.data() + strtab.sh_offset + sym.st_name);
      if (name.starts_with("zcall_")) names.insert(name);
    }
  }
  return names;
}

// Adding a wrapper without a row above fails here.
TEST(marshal, has_a_row_for_every_exported_wrapper) {
  std::optional<std::set<std::string>> found = exported_functions();
  if (!found) GTEST_SKIP() << "libzcall is linked statically here: the test against libzcall.so checks the rows";
  std::set<std::string>& exported = *found;
  // The raw entries, the error texts, the version and the vDSO's init are no wrappers: raw_test.cpp,
  // errno_test.cpp, versioning_test.py and vdso_test.cpp cover them.
  for (const char* other :
       {"zcall_syscall4", "zcall_syscall6", "zcall_nr_last0", "zcall_nr_last1", "zcall_nr_last2", "zcall_nr_last3",
        "zcall_nr_last4", "zcall_nr_last5", "zcall_nr_last6", "zcall_errname", "zcall_strerror", "zcall_errname_r",
        "zcall_strerror_r", "zcall_version", "zcall_vdso_init", "zcall_vdso_init_auxv"})
    EXPECT_EQ(exported.erase(other), 1u) << other << " is no longer exported";
#if defined(__x86_64__)
  // x86_64's signal restorer is never called: signal_test.cpp returns through it.
  EXPECT_EQ(exported.erase("zcall_rt_sigreturn"), 1u);
#endif
  std::set<std::string> covered;
  for (const row& r : rows) EXPECT_TRUE(covered.insert(std::string("zcall_") + r.name).second) << r.name << " twice";
  for (const std::string& name : exported) EXPECT_TRUE(covered.count(name)) << name << " has no row";
  for (const std::string& name : covered) EXPECT_TRUE(exported.count(name)) << name << " is not exported";
}

}  // namespace
