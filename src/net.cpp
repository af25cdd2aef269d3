// SPDX-License-Identifier: MIT
// Sockets, on every kernel; a call that not every kernel has stands under
// the same #if as its declaration.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_accept(int fd, void* addr, uint32_t* addrlen) {
#if defined(__s390x__)
  // s390x's socket calls of their own (Linux 4.3) have accept4 but no accept: accept4 with no flags.
  return sys(ZCALL_SYS_accept4, fd, addr, addrlen, 0);
#else
  return sys(ZCALL_SYS_accept, fd, addr, addrlen);
#endif
}
#if defined(__linux__) || defined(__FreeBSD__)
zcall_ret zcall_accept4(int fd, void* addr, uint32_t* addrlen, int flags) {
  return sys(ZCALL_SYS_accept4, fd, addr, addrlen, flags);
}
#endif
zcall_ret zcall_bind(int fd, const void* addr, uint32_t addrlen) { return sys(ZCALL_SYS_bind, fd, addr, addrlen); }
zcall_ret zcall_connect(int fd, const void* addr, uint32_t addrlen) {
  return sys(ZCALL_SYS_connect, fd, addr, addrlen);
}
zcall_ret zcall_getpeername(int fd, void* addr, uint32_t* addrlen) {
  return sys(ZCALL_SYS_getpeername, fd, addr, addrlen);
}
zcall_ret zcall_getsockname(int fd, void* addr, uint32_t* addrlen) {
  return sys(ZCALL_SYS_getsockname, fd, addr, addrlen);
}
zcall_ret zcall_getsockopt(int fd, int level, int optname, void* optval, uint32_t* optlen) {
  return sys(ZCALL_SYS_getsockopt, fd, level, optname, optval, optlen);
}
zcall_ret zcall_listen(int fd, int backlog) { return sys(ZCALL_SYS_listen, fd, backlog); }
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_recvfrom(int fd, void* buf, size_t len, int flags, void* addr, uint32_t* addrlen) {
  return sys(ZCALL_SYS_recvfrom, fd, buf, len, flags, addr, addrlen);
}
#endif
#if defined(__linux__)
zcall_ret zcall_recvmmsg(int fd, zcall_mmsghdr* msgvec, unsigned int vlen, int flags, zcall_timespec* timeout) {
  return sys(ZCALL_SYS_recvmmsg, fd, msgvec, vlen, flags, timeout);
}
#endif
zcall_ret zcall_recvmsg(int fd, zcall_msghdr* msg, int flags) { return sys(ZCALL_SYS_recvmsg, fd, msg, flags); }
#if defined(__linux__)
zcall_ret zcall_sendmmsg(int fd, zcall_mmsghdr* msgvec, unsigned int vlen, int flags) {
  return sys(ZCALL_SYS_sendmmsg, fd, msgvec, vlen, flags);
}
#endif
zcall_ret zcall_sendmsg(int fd, const zcall_msghdr* msg, int flags) { return sys(ZCALL_SYS_sendmsg, fd, msg, flags); }
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_sendto(int fd, const void* buf, size_t len, int flags, const void* addr, uint32_t addrlen) {
  return sys(ZCALL_SYS_sendto, fd, buf, len, flags, addr, addrlen);
}
#endif
zcall_ret zcall_setsockopt(int fd, int level, int optname, const void* optval, uint32_t optlen) {
  return sys(ZCALL_SYS_setsockopt, fd, level, optname, optval, optlen);
}
zcall_ret zcall_shutdown(int fd, int how) { return sys(ZCALL_SYS_shutdown, fd, how); }
zcall_ret zcall_socket(int domain, int type, int protocol) { return sys(ZCALL_SYS_socket, domain, type, protocol); }
zcall_ret zcall_socketpair(int domain, int type, int protocol, int sv[2]) {
  return sys(ZCALL_SYS_socketpair, domain, type, protocol, sv);
}
