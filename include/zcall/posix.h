/* SPDX-License-Identifier: MIT */
/*
 * The typed wrappers that more than one kernel zcall supports has, with one
 * signature on all of them: basic and vectored I/O, pipes, sockets, kqueue,
 * mappings. A wrapper that one of the kernels lacks stands under an #if that
 * names those that have it. Included by <zcall/zcall.h> after the OS's own
 * header, which defines the structs (zcall_msghdr and the sockaddrs have each
 * kernel's layout, struct zcall_kevent each BSD's).
 *
 * Each wrapper is named after the syscall it makes and returns a zcall_ret;
 * the comment says what r1 holds on success. Pointers must stay valid for
 * the duration of the call.
 */
#ifndef ZCALL_POSIX_H
#define ZCALL_POSIX_H

#ifndef ZCALL_ZCALL_H
#error "include <zcall/zcall.h>, not <zcall/posix.h>"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* --- Basic and vectored I/O ----------------------------------------------------- */

/** See close(2). r1 = 0. */
ZCALL_API zcall_ret zcall_close(int fd);
/** See read(2). r1 = bytes read, 0 at end of file. */
ZCALL_API zcall_ret zcall_read(int fd, void* buf, size_t count);
/** See readv(2). r1 = bytes read into iov[0..iovcnt), filled in order. */
ZCALL_API zcall_ret zcall_readv(int fd, const zcall_iovec* iov, int iovcnt);
/** See write(2). r1 = bytes written, which may be fewer than count. */
ZCALL_API zcall_ret zcall_write(int fd, const void* buf, size_t count);
/** See writev(2). r1 = bytes written from iov[0..iovcnt), in order. */
ZCALL_API zcall_ret zcall_writev(int fd, const zcall_iovec* iov, int iovcnt);
/** See fcntl(2). r1 = what cmd returns (the flags for ZCALL_F_GETFL, a new fd for ZCALL_F_DUPFD, 0). */
ZCALL_API zcall_ret zcall_fcntl(int fd, int cmd, uintptr_t arg);
/** See preadv(2). r1 = bytes read at offset into iov[0..iovcnt). */
ZCALL_API zcall_ret zcall_preadv(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset);
/** See pwritev(2). r1 = bytes written at offset from iov[0..iovcnt). */
ZCALL_API zcall_ret zcall_pwritev(int fd, const zcall_iovec* iov, int iovcnt, int64_t offset);

/* --- Pipes -------------------------------------------------------------------------- */

#if defined(__linux__) || defined(__FreeBSD__)
/** See pipe2(2). Fills fds[0] (read end) and fds[1] (write end); flags: ZCALL_O_NONBLOCK, _CLOEXEC (Linux: _DIRECT). */
ZCALL_API zcall_ret zcall_pipe2(int fds[2], int flags);
#endif

/* --- Sockets ----------------------------------------------------------------------- */

/** See accept(2). r1 = the connected fd; addr and addrlen may both be NULL. */
ZCALL_API zcall_ret zcall_accept(int fd, void* addr, uint32_t* addrlen);
#if defined(__linux__) || defined(__FreeBSD__)
/** See accept4(2). Like accept; flags: ZCALL_SOCK_NONBLOCK, ZCALL_SOCK_CLOEXEC. */
ZCALL_API zcall_ret zcall_accept4(int fd, void* addr, uint32_t* addrlen, int flags);
#endif
/** See bind(2). r1 = 0. */
ZCALL_API zcall_ret zcall_bind(int fd, const void* addr, uint32_t addrlen);
/** See connect(2). r1 = 0; a non-blocking socket answers ZCALL_EINPROGRESS first. */
ZCALL_API zcall_ret zcall_connect(int fd, const void* addr, uint32_t addrlen);
/** See getpeername(2). r1 = 0; *addrlen is in-out. */
ZCALL_API zcall_ret zcall_getpeername(int fd, void* addr, uint32_t* addrlen);
/** See getsockname(2). r1 = 0; *addrlen is in-out. */
ZCALL_API zcall_ret zcall_getsockname(int fd, void* addr, uint32_t* addrlen);
/** See getsockopt(2). r1 = 0; *optlen is in-out. */
ZCALL_API zcall_ret zcall_getsockopt(int fd, int level, int optname, void* optval, uint32_t* optlen);
/** See listen(2). r1 = 0. */
ZCALL_API zcall_ret zcall_listen(int fd, int backlog);
/** See recvfrom(2). r1 = bytes received; addr and addrlen may both be NULL. */
ZCALL_API zcall_ret zcall_recvfrom(int fd, void* buf, size_t len, int flags, void* addr, uint32_t* addrlen);
/** See recvmsg(2). r1 = bytes received. */
ZCALL_API zcall_ret zcall_recvmsg(int fd, zcall_msghdr* msg, int flags);
/** See sendmsg(2). r1 = bytes sent. */
ZCALL_API zcall_ret zcall_sendmsg(int fd, const zcall_msghdr* msg, int flags);
/** See sendto(2). r1 = bytes sent; addr may be NULL on a connected socket. */
ZCALL_API zcall_ret zcall_sendto(int fd, const void* buf, size_t len, int flags, const void* addr, uint32_t addrlen);
/** See setsockopt(2). r1 = 0. */
ZCALL_API zcall_ret zcall_setsockopt(int fd, int level, int optname, const void* optval, uint32_t optlen);
/** See shutdown(2). r1 = 0; how: ZCALL_SHUT_RD, _WR, _RDWR. */
ZCALL_API zcall_ret zcall_shutdown(int fd, int how);
/** See socket(2). r1 = the new fd; type may carry ZCALL_SOCK_NONBLOCK | ZCALL_SOCK_CLOEXEC. */
ZCALL_API zcall_ret zcall_socket(int domain, int type, int protocol);
/** See socketpair(2). Fills sv[0] and sv[1] with two connected sockets; r1 = 0. */
ZCALL_API zcall_ret zcall_socketpair(int domain, int type, int protocol, int sv[2]);

/* --- Events: kqueue ---------------------------------------------------------------- */

#if defined(__APPLE__) || defined(__FreeBSD__)
/** See kqueue(2). r1 = the new kqueue fd. */
ZCALL_API zcall_ret zcall_kqueue(void);
/**
 * See kevent(2). Applies changelist[0..nchanges), then waits for up to
 * nevents events into eventlist; timeout NULL waits forever. r1 = events
 * returned.
 */
ZCALL_API zcall_ret zcall_kevent(int kq, const struct zcall_kevent* changelist, int nchanges,
                                 struct zcall_kevent* eventlist, int nevents, const zcall_timespec* timeout);
#endif

/* --- Memory and processes ---------------------------------------------------------- */

/** See mmap(2). r1 = the mapping's address; offset must be a multiple of the page size. */
ZCALL_API zcall_ret zcall_mmap(void* addr, size_t length, int prot, int flags, int fd, int64_t offset);
/** See munmap(2). r1 = 0; unmapping a range with no mapping is not an error. */
ZCALL_API zcall_ret zcall_munmap(void* addr, size_t length);
/** See getpid(2). r1 = the process id. */
ZCALL_API zcall_ret zcall_getpid(void);

#ifdef __cplusplus
}
#endif

/** The file type of a mode (st_mode, stx_mode), as <sys/stat.h>'s S_ISREG(m) and the rest test it. */
#define ZCALL_S_ISBLK(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFBLK)
#define ZCALL_S_ISCHR(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFCHR)
#define ZCALL_S_ISDIR(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFDIR)
#define ZCALL_S_ISFIFO(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFIFO)
#define ZCALL_S_ISLNK(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFLNK)
#define ZCALL_S_ISREG(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFREG)
#define ZCALL_S_ISSOCK(m) (((m) & ZCALL_S_IFMT) == ZCALL_S_IFSOCK)

#endif
