// SPDX-License-Identifier: MIT
// Waiting on many descriptors (kqueue; epoll, poll) and descriptors that deliver
// events (eventfd, signalfd, timerfd).
#include "syscall.hpp"

using zcall::detail::sys;

#if defined(__APPLE__) || defined(__FreeBSD__)
zcall_ret zcall_kqueue(void) { return sys(ZCALL_SYS_kqueue); }
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_kevent(int kq, const struct zcall_kevent* changelist, int nchanges, struct zcall_kevent* eventlist,
                       int nevents, const zcall_timespec* timeout) {
  return sys(ZCALL_SYS_kevent, kq, changelist, nchanges, eventlist, nevents, timeout);
}
#endif
#endif

#if defined(__linux__)
// The kernel's sigset size, which calls that take a mask also take.
constexpr size_t sigset_size = sizeof(zcall_sigset_t);
#if defined(ZCALL_SIX_IN_ASM)
// What asm/asm.h passes for it where epoll_pwait and epoll_pwait2 are asm entries.
static_assert(sigset_size == 8, "asm/asm.h: ZCALL_SIGSET_SIZE");
#endif

zcall_ret zcall_epoll_create1(int flags) { return sys(ZCALL_SYS_epoll_create1, flags); }
zcall_ret zcall_epoll_ctl(int epfd, int op, int fd, zcall_epoll_event* event) {
  return sys(ZCALL_SYS_epoll_ctl, epfd, op, fd, event);
}
#if !defined(ZCALL_SIX_IN_ASM)
zcall_ret zcall_epoll_pwait(int epfd, zcall_epoll_event* events, int maxevents, int timeout,
                            const zcall_sigset_t* sigmask) {
  return sys(ZCALL_SYS_epoll_pwait, epfd, events, maxevents, timeout, sigmask, sigset_size);
}
zcall_ret zcall_epoll_pwait2(int epfd, zcall_epoll_event* events, int maxevents, const zcall_timespec* timeout,
                             const zcall_sigset_t* sigmask) {
  return sys(ZCALL_SYS_epoll_pwait2, epfd, events, maxevents, timeout, sigmask, sigset_size);
}
#endif
zcall_ret zcall_eventfd2(unsigned int initval, int flags) { return sys(ZCALL_SYS_eventfd2, initval, flags); }
zcall_ret zcall_poll(zcall_pollfd* fds, unsigned int nfds, int timeout) {
#ifdef ZCALL_SYS_poll
  return sys(ZCALL_SYS_poll, fds, nfds, timeout);
#else
  zcall_timespec ts = {timeout / 1000, timeout % 1000 * 1000000L};
  return sys(ZCALL_SYS_ppoll, fds, nfds, timeout < 0 ? nullptr : &ts, nullptr, sigset_size);
#endif
}
zcall_ret zcall_ppoll(zcall_pollfd* fds, unsigned int nfds, zcall_timespec* timeout, const zcall_sigset_t* sigmask) {
  return sys(ZCALL_SYS_ppoll, fds, nfds, timeout, sigmask, sigset_size);
}
zcall_ret zcall_signalfd4(int fd, const zcall_sigset_t* mask, int flags) {
  return sys(ZCALL_SYS_signalfd4, fd, mask, sigset_size, flags);
}
zcall_ret zcall_timerfd_create(int clockid, int flags) { return sys(ZCALL_SYS_timerfd_create, clockid, flags); }
zcall_ret zcall_timerfd_gettime(int fd, zcall_itimerspec* curr) { return sys(ZCALL_SYS_timerfd_gettime, fd, curr); }
zcall_ret zcall_timerfd_settime(int fd, int flags, const zcall_itimerspec* new_value, zcall_itimerspec* old_value) {
  return sys(ZCALL_SYS_timerfd_settime, fd, flags, new_value, old_value);
}
#endif
