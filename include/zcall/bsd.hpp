// SPDX-License-Identifier: MIT
//
// zcall on Darwin and FreeBSD for C++: the kernels' structs under their
// kernel names and the wrappers of <zcall/bsd.h>, inline; kqueue, kevent and
// the rest these kernels share with another are in <zcall/posix.hpp>.
// Included by <zcall/zcall.hpp>.
#ifndef ZCALL_BSD_HPP
#define ZCALL_BSD_HPP

#ifndef ZCALL_ZCALL_HPP
#error "include <zcall/zcall.hpp>, not <zcall/bsd.hpp>"
#endif

namespace zcall {
inline namespace v0_1 {

// --- Kernel structs --------------------------------------------------------------

using timespec = ::zcall_timespec;
using sockaddr = ::zcall_sockaddr;
using in_addr = ::zcall_in_addr;
using sockaddr_in = ::zcall_sockaddr_in;
using in6_addr = ::zcall_in6_addr;
using sockaddr_in6 = ::zcall_sockaddr_in6;
using sockaddr_un = ::zcall_sockaddr_un;
using sockaddr_storage = ::zcall_sockaddr_storage;
using msghdr = ::zcall_msghdr;
using cmsghdr = ::zcall_cmsghdr;
using winsize = ::zcall_winsize;
/// kevent is also a function here, so, like struct stat in C, the struct is
/// named with its tag: `struct zcall::kevent ev;`.
struct kevent : ::zcall_kevent {};

/// What syscall4_r2 returns: the kernel's two result words, and the error.
struct Result2 {
  std::uintptr_t r1;
  std::uintptr_t r2;
  Errno err;
};

// --- Raw call with two results ---------------------------------------------------

/// syscall4 for the calls that answer in two registers (pipe on Darwin, fork); not for vfork (see bsd.h).
template <class... A>
  requires(sizeof...(A) <= 4)
[[nodiscard]] inline Result2 syscall4_r2(std::uintptr_t nr, A... args) noexcept {
  std::uintptr_t a[4] = {detail::Word(args).get()...};
  zcall_ret2 r = zcall_syscall4_r2(nr, a[0], a[1], a[2], a[3]);
  return {r.r1, r.r2, Errno{r.err}};
}

// --- Pipes: Darwin's own ------------------------------------------------------------

#if defined(__APPLE__)
/// pipe(2): the read end in fds[0], the write end in fds[1].
[[nodiscard]] inline Errno pipe(std::span<int, 2> fds) noexcept {
  zcall_ret2 r = zcall_pipe();
  if (r.err == 0) {
    fds[0] = static_cast<int>(r.r1);
    fds[1] = static_cast<int>(r.r2);
  }
  return Errno{r.err};
}
#endif

}  // namespace v0_1
}  // namespace zcall

#endif
