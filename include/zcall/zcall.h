/* SPDX-License-Identifier: MIT */
/*
 * zcall: raw system calls for C and C++, with nothing in between.
 *
 * Every call traps into the kernel from hand-written assembly and returns
 * what the kernel returned, as a zcall_ret in two registers: no errno
 * thread-local, no cancellation point, no lock, no libc. r1 is the kernel's
 * result; err is 0 on success, otherwise the positive error number (and r1
 * is then all ones, so that r1 read as an int fd is -1).
 *
 *     zcall_ret r = zcall_write(1, "hi\n", 3);
 *     if (r.err) fprintf(stderr, "write: %s\n", zcall_strerror(r.err));
 *
 * This header needs only <stddef.h> and <stdint.h>, compiles as C11 and as
 * C++, and names every number itself (ZCALL_SYS_write, ZCALL_EAGAIN,
 * ZCALL_O_NONBLOCK) so that it can be used with or without the system's
 * headers. Pointers passed in must stay valid for the duration of the call.
 */
#ifndef ZCALL_ZCALL_H
#define ZCALL_ZCALL_H

#include <stddef.h>
#include <stdint.h>

/* Syscall numbers, error numbers and constants of the platform being compiled. */
#include <zcall/gen/platform.h>

/** The version of these headers; zcall_version() gives the library's. docs/versioning.md says what each part promises.
 */
#define ZCALL_VERSION_MAJOR 0
#define ZCALL_VERSION_MINOR 1
#define ZCALL_VERSION_PATCH 0
#define ZCALL_VERSION (ZCALL_VERSION_MAJOR * 10000 + ZCALL_VERSION_MINOR * 100 + ZCALL_VERSION_PATCH)

/** Exported from libzcall even though it is built with hidden visibility. */
#define ZCALL_API __attribute__((visibility("default")))

#ifdef __cplusplus
extern "C" {
#endif

/** What every call returns: the kernel's result and error number. */
typedef struct zcall_ret {
  uintptr_t r1;  /* the kernel's result; all ones when err != 0 */
  uintptr_t err; /* 0 on success, otherwise the positive error number */
} zcall_ret;

/** struct iovec, as the kernel reads it. */
typedef struct zcall_iovec {
  void* iov_base;
  size_t iov_len;
} zcall_iovec;

/* --- Raw entry points: the number first, then up to 4 (6) arguments ------- */

/** Any system call with up to 4 (6) arguments; pass 0 for those it does not take, which the kernel ignores. */
ZCALL_API zcall_ret zcall_syscall4(uintptr_t nr, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4);
ZCALL_API zcall_ret zcall_syscall6(uintptr_t nr, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5,
                                   uintptr_t a6);

/* --- Raw entry points: exactly N arguments, then the number ---------------
 * zcall_nr_lastN is any system call with N arguments, the number after them,
 * so that the arguments already sit in the registers the kernel reads: this
 * saves the register shuffle that the number first needs. The typed wrappers
 * and zcall.hpp's zcall::syscall4/6 call these; on x86_64, where the number of a
 * call of six arguments would go on the stack, those wrappers trap themselves.
 */
ZCALL_API zcall_ret zcall_nr_last0(uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last1(uintptr_t a1, uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last2(uintptr_t a1, uintptr_t a2, uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last3(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last4(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last5(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5, uintptr_t nr);
ZCALL_API zcall_ret zcall_nr_last6(uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4, uintptr_t a5, uintptr_t a6,
                                   uintptr_t nr);

/* --- Version --------------------------------------------------------------- */

/** The ZCALL_VERSION the library was built as: a program can compare it with the one it was compiled with. */
ZCALL_API unsigned zcall_version(void);

/* --- Error numbers ---------------------------------------------------------- */

/** "EAGAIN" for ZCALL_EAGAIN; NULL for a number this platform does not define. */
ZCALL_API const char* zcall_errname(uintptr_t err);
/** The C library's wording ("Resource temporarily unavailable"); "Success" for 0; NULL if undefined. */
ZCALL_API const char* zcall_strerror(uintptr_t err);

/**
 * The same texts written into buf, for every number: an undefined one is
 * "errno 9999" by name and "Unknown error 9999" by message. Like snprintf,
 * they write at most size bytes, NUL included, and return the text's whole
 * length; ZCALL_ERRTEXT_MAX bytes always suffice.
 */
#define ZCALL_ERRTEXT_MAX 64
ZCALL_API size_t zcall_errname_r(uintptr_t err, char* buf, size_t size);
ZCALL_API size_t zcall_strerror_r(uintptr_t err, char* buf, size_t size);

#ifdef __cplusplus
}
#endif

/* The operating system's structs and typed wrappers, then the wrappers every kernel has. */
#if defined(__linux__)
#include <zcall/linux.h>
#else
#include <zcall/bsd.h>
#endif
#include <zcall/posix.h>

#endif
