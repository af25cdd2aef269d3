// SPDX-License-Identifier: MIT
// zcall.hpp as a Darwin or FreeBSD program includes it: every wrapper that
// only the BSDs have, and the names of bsd.hpp, used once, with the warnings of
// a strict user, by area as src/ has them. Only compiled (tests/bsd_test.py
// cxx), never run: nothing here can run those systems. Each wrapper also runs
// under unicorn, from the linked library, in tests/bsd_wrappers_test.py.
#include <zcall/zcall.hpp>

namespace {

// --- event.cpp: kqueue and kevent ----------------------------------------------------

[[maybe_unused]] int event_loop_step(int listener) {
  auto [kq, err] = zcall::kqueue();
  if (err) return -1;
  struct zcall::kevent change{};
  change.ident = static_cast<std::uintptr_t>(listener);
  change.filter = zcall::evfilt::READ;
  change.flags = zcall::ev::ADD | zcall::ev::CLEAR;
  struct zcall::kevent events[8];
  const zcall::timespec timeout{0, 1000000};
  auto ready = zcall::kevent(kq, {&change, 1}, events, &timeout);
  if (ready.err == zcall::Errno::INTR) return 0;
  for (int i = 0; i < ready.value; ++i) {
    if (events[i].flags & zcall::ev::EOF_) (void)zcall::close(static_cast<int>(events[i].ident));
  }
  return ready.value;
}

// --- pipe.cpp and net.cpp: Darwin's pipe, FreeBSD's pipe2 and accept4; the raw calls ----

[[maybe_unused]] int pipes_and_sockets() {
  int fds[2];
#if defined(__APPLE__)
  if (auto err = zcall::pipe(fds)) return static_cast<int>(err.value());
  auto s = zcall::socket(zcall::af::INET6, zcall::sock::STREAM);
  if (!s.err) (void)zcall::setsockopt(s.value, zcall::sol::SOCKET, zcall::so::NOSIGPIPE, 1);
#else
  if (auto err = zcall::pipe2(fds, zcall::o::CLOEXEC | zcall::o::NONBLOCK)) return static_cast<int>(err.value());
  auto s = zcall::socket(zcall::af::INET6, zcall::sock::STREAM | zcall::sock::NONBLOCK);
  if (!s.err) (void)zcall::accept4(s.value, nullptr, nullptr, zcall::sock::CLOEXEC);
#endif
  zcall::sockaddr_in6 sa{};
  sa.sin6_len = sizeof sa;
  sa.sin6_family = zcall::af::INET6;
  (void)zcall::bind(s.value, &sa, sizeof sa);
  (void)zcall::fcntl(fds[0], zcall::f::SETFL, zcall::o::NONBLOCK);
  auto forked = zcall::syscall4_r2(zcall::sys::fork);
  if (!forked.err && forked.r2 == 1) (void)zcall::syscall4(zcall::sys::exit, 0);
#if defined(__APPLE__)
  (void)zcall::syscall4(zcall::sys::delete_, "/tmp/x");  // a syscall named with a C++ keyword
#else
  (void)zcall::syscall4(zcall::sys::break_, 0);
#endif
  return static_cast<int>(zcall::write(fds[1], "x", 1).value);
}

}  // namespace

// The C API under the same compiler.
static_assert(sizeof(zcall_ret2) == 3 * sizeof(uintptr_t));
static_assert(ZCALL_EVFILT_READ == zcall::evfilt::READ && ZCALL_SYS_kevent == zcall::sys::kevent);
