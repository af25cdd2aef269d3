// SPDX-License-Identifier: MIT
// Sockets.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_socket(int domain, int type, int protocol) { return sys(ZCALL_SYS_socket, domain, type, protocol); }
zcall_ret zcall_socketpair(int domain, int type, int protocol, int sv[2]) {
  return sys(ZCALL_SYS_socketpair, domain, type, protocol, sv);
}
