// SPDX-License-Identifier: MIT
// One system call made each way the benchmark compares: the physical limit
// (the trap written inline), zcall's raw and typed entries, and glibc's.
// bench/syscalls.cpp times them with Google Benchmark; bench/count.cpp runs
// them under callgrind for instruction counts.
#ifndef ZCALL_BENCH_VARIANTS_HPP
#define ZCALL_BENCH_VARIANTS_HPP

#include <fcntl.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <span>
#include <zcall/zcall.hpp>

namespace bench {

// "write" writes one byte to /dev/null; "ebadf" writes it to descriptor -1; "clock"
// reads CLOCK_MONOTONIC, which glibc answers from the vDSO without entering the kernel;
// "io_uring_enter" enters a ring of one entry with nothing to submit or wait for, a call of
// six arguments (to_submit, min_complete and flags unsigned, zero-extended on the way).
inline int devnull = -1;
inline int ring = -1;
inline zcall::io_uring_params ring_params;
inline const int bad_fd = -1;
inline const char byte = 'z';
inline zcall::timespec now;
inline ::timespec libc_now;

// Each result goes to a volatile sink, so that no call is optimised away.
inline volatile std::uintptr_t sink;

// Nothing but the trap: number and arguments in registers, `syscall`, result kept.
inline long trap(long nr, long a1 = 0, long a2 = 0, long a3 = 0) {
  long ret;
  asm volatile("syscall" : "=a"(ret) : "0"(nr), "D"(a1), "S"(a2), "d"(a3) : "rcx", "r11", "memory");
  return ret;
}

// The same with six arguments, the last three in r10, r8 and r9.
inline long trap6(long nr, long a1, long a2, long a3, long a4, long a5, long a6) {
  long ret;
  register long r10 asm("r10") = a4;
  register long r8 asm("r8") = a5;
  register long r9 asm("r9") = a6;
  asm volatile("syscall"
               : "=a"(ret)
               : "0"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return ret;
}

// Opens what the variants use: /dev/null, and a ring of one entry.
inline void open_files() {
  devnull = ::open("/dev/null", O_WRONLY);
  ring = zcall::io_uring_setup(1, &ring_params).value;
}

inline std::uintptr_t word(long v) { return static_cast<std::uintptr_t>(v); }
inline std::uintptr_t word(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

struct Variant {
  const char* name;
  void (*call)();
};

// clang-format off
inline const Variant variants[] = {
  {"getppid/inline asm",       [] { sink = word(trap(SYS_getppid)); }},
  {"getppid/zcall_syscall4",   [] { sink = zcall_syscall4(SYS_getppid, 0, 0, 0, 0).r1; }},
  {"getppid/zcall::syscall4",  [] { sink = zcall::syscall4(SYS_getppid).value; }},
  {"getppid/zcall::getppid",   [] { sink = word(zcall::getppid().value); }},
  {"getppid/glibc syscall()",  [] { sink = word(::syscall(SYS_getppid)); }},
  {"getppid/glibc getppid",    [] { sink = word(::getppid()); }},

  {"write/inline asm",         [] { sink = word(trap(SYS_write, devnull, word(&byte), 1)); }},
  {"write/zcall_syscall4",     [] { sink = zcall_syscall4(SYS_write, word(devnull), word(&byte), 1, 0).r1; }},
  {"write/zcall::syscall4",    [] { sink = zcall::syscall4(SYS_write, devnull, &byte, 1).value; }},
  {"write/zcall::write",       [] { sink = zcall::write(devnull, &byte, 1).value; }},
  {"write/glibc syscall()",    [] { sink = word(::syscall(SYS_write, devnull, &byte, 1)); }},
  {"write/glibc write",        [] { sink = word(::write(devnull, &byte, 1)); }},

  {"ebadf/inline asm",         [] { sink = word(trap(SYS_write, bad_fd, word(&byte), 1)); }},
  {"ebadf/zcall_syscall4",     [] { sink = zcall_syscall4(SYS_write, word(bad_fd), word(&byte), 1, 0).err; }},
  {"ebadf/zcall::syscall4",    [] { sink = zcall::syscall4(SYS_write, bad_fd, &byte, 1).err.value(); }},
  {"ebadf/zcall::write",       [] { sink = zcall::write(bad_fd, &byte, 1).err.value(); }},
  {"ebadf/glibc syscall()",    [] { sink = word(::syscall(SYS_write, bad_fd, &byte, 1)); }},
  {"ebadf/glibc write",        [] { sink = word(::write(bad_fd, &byte, 1)); }},

  {"io_uring_enter/inline asm", [] { sink = word(trap6(SYS_io_uring_enter, ring, 0, 0, 0, 0, 0)); }},
  {"io_uring_enter/zcall::io_uring_enter", [] { sink = word(zcall::io_uring_enter(ring, 0, 0, 0).value); }},
  {"io_uring_enter/glibc syscall()", [] { sink = word(::syscall(SYS_io_uring_enter, ring, 0, 0, 0, nullptr, 0)); }},

  {"clock/inline asm",         [] { sink = word(trap(SYS_clock_gettime, CLOCK_MONOTONIC, word(&now))); }},
  {"clock/zcall::clock_gettime", [] { sink = zcall::clock_gettime(CLOCK_MONOTONIC, &now).value(); }},
  {"clock/glibc clock_gettime", [] { sink = word(::clock_gettime(CLOCK_MONOTONIC, &libc_now)); }},
};
// clang-format on

}  // namespace bench

#endif
