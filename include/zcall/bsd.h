/* SPDX-License-Identifier: MIT */
/*
 * zcall on Darwin (macOS) and FreeBSD: the kernels' structs, the entry point
 * that also returns the second result word, and Darwin's pipe; the wrappers
 * these kernels share with another (kqueue and kevent among them) are in
 * <zcall/posix.h>. Included by <zcall/zcall.h>; not meant to be included on
 * its own.
 *
 * Darwin: Apple does not promise raw system calls as a stable interface;
 * numbers and semantics may change between macOS releases, and the kernel
 * refuses fully static arm64 binaries. zcall on macOS is for programs linked
 * normally, that accept that bargain. See README.md.
 */
#ifndef ZCALL_BSD_H
#define ZCALL_BSD_H

#ifndef ZCALL_ZCALL_H
#error "include <zcall/zcall.h>, not <zcall/bsd.h>"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* --- Kernel structs, with the kernel's layout -------------------------------- */

typedef struct zcall_timespec {
  int64_t tv_sec;
  long tv_nsec;
} zcall_timespec;

/** Every BSD sockaddr starts with its own length, then the family, one byte each. */
typedef struct zcall_sockaddr {
  uint8_t sa_len;
  uint8_t sa_family;
  char sa_data[14];
} zcall_sockaddr;

typedef struct zcall_in_addr {
  uint32_t s_addr; /* network byte order */
} zcall_in_addr;

typedef struct zcall_sockaddr_in {
  uint8_t sin_len;
  uint8_t sin_family;
  uint16_t sin_port; /* network byte order */
  zcall_in_addr sin_addr;
  char sin_zero[8];
} zcall_sockaddr_in;

typedef struct zcall_in6_addr {
  uint8_t u6_addr8[16];
} zcall_in6_addr;

typedef struct zcall_sockaddr_in6 {
  uint8_t sin6_len;
  uint8_t sin6_family;
  uint16_t sin6_port; /* network byte order */
  uint32_t sin6_flowinfo;
  zcall_in6_addr sin6_addr;
  uint32_t sin6_scope_id;
} zcall_sockaddr_in6;

typedef struct zcall_sockaddr_un {
  uint8_t sun_len;
  uint8_t sun_family;
  char sun_path[104];
} zcall_sockaddr_un;

/** Large and aligned enough for any address family: 128 bytes. */
typedef struct zcall_sockaddr_storage {
  uint8_t ss_len;
  uint8_t ss_family;
  char ss_pad1[6];
  int64_t ss_align;
  char ss_pad2[112];
} zcall_sockaddr_storage;

/** The BSD msghdr: iovlen is an int and controllen a socklen_t, unlike Linux's size_t. */
typedef struct zcall_msghdr {
  void* msg_name;
  uint32_t msg_namelen;
  zcall_iovec* msg_iov;
  int msg_iovlen;
  void* msg_control;
  uint32_t msg_controllen;
  int msg_flags;
} zcall_msghdr;

typedef struct zcall_cmsghdr {
  uint32_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
} zcall_cmsghdr;

/** A terminal's size, which ZCALL_TIOCGWINSZ reads. */
typedef struct zcall_winsize {
  unsigned short ws_row;
  unsigned short ws_col;
  unsigned short ws_xpixel;
  unsigned short ws_ypixel;
} zcall_winsize;

/**
 * One kqueue event. FreeBSD 12 widened it (64-bit data, four ext words) and
 * gave the new layout a new syscall number; ZCALL_SYS_kevent is that one.
 * A tag without a typedef, as POSIX's struct stat is: the function shares the name.
 */
struct zcall_kevent {
  uintptr_t ident;
  int16_t filter;  /* ZCALL_EVFILT_* */
  uint16_t flags;  /* ZCALL_EV_* */
  uint32_t fflags; /* ZCALL_NOTE_* */
  int64_t data;
  void* udata;
#if defined(__FreeBSD__)
  uint64_t ext[4];
#endif
};

/* --- The second result word -------------------------------------------------------- */

/** What zcall_syscall4_r2 returns: r2 is the kernel's second result register (x1, rdx). */
typedef struct zcall_ret2 {
  uintptr_t r1;
  uintptr_t r2;
  uintptr_t err;
} zcall_ret2;

/**
 * zcall_syscall4 for the few calls that answer in two registers: Darwin's
 * pipe (the two descriptors), and fork on both (r2 is 1 in the child, 0 in
 * the parent). On error r1 and r2 are all ones. Not for vfork: on FreeBSD it
 * keeps its result pointer on the stack across the trap, which a vfork child
 * shares with its parent. Darwin leaves r1 and r2 as they were for a call
 * that returns nothing.
 */
ZCALL_API zcall_ret2 zcall_syscall4_r2(uintptr_t nr, uintptr_t a1, uintptr_t a2, uintptr_t a3, uintptr_t a4);

/* --- Pipes: Darwin's own -------------------------------------------------------- */

#if defined(__APPLE__)
/**
 * See pipe(2). r1 = the read end, r2 = the write end: the kernel answers in
 * two registers, so nothing is written to memory. (Darwin has no pipe2.)
 */
ZCALL_API zcall_ret2 zcall_pipe(void);
#endif

#ifdef __cplusplus
}
#endif

#endif
