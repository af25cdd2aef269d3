// SPDX-License-Identifier: MIT
// Events: eventfd2, signalfd4, timerfd_create/settime/gettime, epoll_create1/ctl/pwait/pwait2, poll and ppoll.
#include <fcntl.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/resource.h>

#include <array>
#include <climits>
#include <cstdint>
#include <span>
#include <vector>

#include "helpers.hpp"

namespace {

const void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

std::uint64_t take(int fd) {
  std::uint64_t v = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(fd, &v, sizeof v)), sizeof v);
  return v;
}

void add(int fd, std::uint64_t v) { EXPECT_EQ(T_EXPECT_OK(zcall_write(fd, &v, sizeof v)), sizeof v); }

// A descriptor number that is not open (until the next descriptor is made).
int closed_fd() {
  int fd = ::eventfd(0, EFD_CLOEXEC);
  EXPECT_GE(fd, 0);
  ::close(fd);
  return fd;
}

// --- eventfd2 -----------------------------------------------------------------------

TEST(event_eventfd2, adds_writes_to_the_initial_value_and_reads_reset_it) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(5, ZCALL_EFD_NONBLOCK))));
  add(fd.get(), 3);
  add(fd.get(), 4);
  EXPECT_EQ(take(fd.get()), 12u);
  std::uint64_t v;
  T_EXPECT_ERR(zcall_read(fd.get(), &v, sizeof v), EAGAIN);
}

TEST(event_eventfd2, semaphore_mode_reads_one_at_a_time) {
  t_fd fd(
      static_cast<int>(T_EXPECT_OK(zcall_eventfd2(2, ZCALL_EFD_SEMAPHORE | ZCALL_EFD_NONBLOCK | ZCALL_EFD_CLOEXEC))));
  EXPECT_TRUE(fcntl(fd.get(), F_GETFD) & FD_CLOEXEC);
  EXPECT_EQ(take(fd.get()), 1u);
  EXPECT_EQ(take(fd.get()), 1u);
  std::uint64_t v;
  T_EXPECT_ERR(zcall_read(fd.get(), &v, sizeof v), EAGAIN);
}

TEST(event_eventfd2, rejects_unknown_flags_and_short_reads) {
  T_EXPECT_ERR(zcall_eventfd2(0, 0x4), EINVAL);
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(1, 0))));
  char small[4];
  T_EXPECT_ERR(zcall_read(fd.get(), small, sizeof small), EINVAL);
}

// --- Signals ---------------------------------------------------------------------------

static_assert(sizeof(zcall_signalfd_siginfo) == 128, "a signalfd read returns 128 bytes per signal");

// A signal's bit in the kernel's sigset.
constexpr std::uint64_t bit(int sig) { return std::uint64_t{1} << (sig - 1); }

zcall_sigset_t sigset(std::uint64_t bits) {
  zcall_sigset_t set;
  set.sig[0] = bits;
  return set;
}

zcall_ret signal_this_thread(int sig) { return zcall_tgkill(getpid(), gettid(), sig); }

// Blocks signals in this thread for the length of a test. On the way out it takes any still pending, so that
// unblocking them does not deliver them, and puts the old mask back.
class blocked_signals {
 public:
  explicit blocked_signals(std::uint64_t bits) : set_(sigset(bits)) {
    ok_ = zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &set_, &old_).err == 0;
  }
  blocked_signals(const blocked_signals&) = delete;
  blocked_signals& operator=(const blocked_signals&) = delete;
  ~blocked_signals() {
    if (!ok_) return;
    ::sigset_t pending;
    sigemptyset(&pending);
    for (int sig = 1; sig <= 64; sig++)
      if (set_.sig[0] & bit(sig)) sigaddset(&pending, sig);
    const ::timespec now = {0, 0};
    while (sigtimedwait(&pending, nullptr, &now) > 0) continue;
    zcall_rt_sigprocmask(ZCALL_SIG_SETMASK, &old_, nullptr);
  }
  bool ok() const { return ok_; }
  const zcall_sigset_t& old() const { return old_; }

 private:
  zcall_sigset_t set_;
  zcall_sigset_t old_ = {};
  bool ok_ = false;
};

volatile sig_atomic_t usr1_count = 0;
void count_usr1(int) { usr1_count = usr1_count + 1; }

// Counts SIGUSR1 in a handler for the length of a test, then puts the old action back.
class usr1_handler {
 public:
  usr1_handler() {
    usr1_count = 0;
    struct sigaction sa = {};
    sa.sa_handler = count_usr1;
    sigemptyset(&sa.sa_mask);
    ok_ = sigaction(SIGUSR1, &sa, &old_) == 0;
  }
  usr1_handler(const usr1_handler&) = delete;
  usr1_handler& operator=(const usr1_handler&) = delete;
  ~usr1_handler() {
    if (ok_) sigaction(SIGUSR1, &old_, nullptr);
  }
  bool ok() const { return ok_; }

 private:
  struct sigaction old_ = {};
  bool ok_ = false;
};

// The calls that take a signal mask (epoll_pwait, epoll_pwait2, ppoll) install it for their length only. With
// SIGUSR1 blocked and pending, `wait` is given the caller's mask without SIGUSR1: the call must be interrupted at
// once (EINTR) and the handler run, and afterwards SIGUSR1 is blocked again. The waits are bounded (10 s) so that a
// mask the kernel never saw fails the test instead of hanging it.
template <class Wait>
void expect_the_mask_lets_a_pending_usr1_interrupt(Wait wait) {
  usr1_handler handler;
  ASSERT_TRUE(handler.ok());
  blocked_signals blocked(bit(SIGUSR1));
  ASSERT_TRUE(blocked.ok());
  T_EXPECT_OK(signal_this_thread(ZCALL_SIGUSR1));
  ASSERT_EQ(static_cast<int>(usr1_count), 0) << "SIGUSR1 is blocked, so it stays pending";
  zcall_sigset_t during = blocked.old();
  during.sig[0] &= ~bit(SIGUSR1);
  T_EXPECT_ERR(wait(&during), EINTR);
  EXPECT_EQ(static_cast<int>(usr1_count), 1);
  zcall_sigset_t after = {};
  T_EXPECT_OK(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, nullptr, &after));
  EXPECT_TRUE(after.sig[0] & bit(SIGUSR1)) << "the caller's mask is back after the call";
}

// --- signalfd4 --------------------------------------------------------------------------

TEST(event_signalfd4, reads_a_signal_sent_to_this_thread) {
  blocked_signals blocked(bit(SIGUSR1));
  ASSERT_TRUE(blocked.ok());
  zcall_sigset_t mask = sigset(bit(ZCALL_SIGUSR1));
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_signalfd4(-1, &mask, ZCALL_SFD_NONBLOCK | ZCALL_SFD_CLOEXEC))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_TRUE(fcntl(fd.get(), F_GETFD) & FD_CLOEXEC);
  zcall_signalfd_siginfo si = {};
  T_EXPECT_ERR(zcall_read(fd.get(), &si, sizeof si), EAGAIN);  // nothing pending yet

  T_EXPECT_OK(signal_this_thread(ZCALL_SIGUSR1));
  ASSERT_EQ(T_EXPECT_OK(zcall_read(fd.get(), &si, sizeof si)), sizeof si);
  EXPECT_EQ(si.ssi_signo, static_cast<std::uint32_t>(SIGUSR1));
  EXPECT_EQ(si.ssi_pid, static_cast<std::uint32_t>(getpid()));
  EXPECT_EQ(si.ssi_uid, static_cast<std::uint32_t>(getuid()));
  EXPECT_EQ(si.ssi_code, SI_TKILL);
  T_EXPECT_ERR(zcall_read(fd.get(), &si, sizeof si), EAGAIN);  // the read took it
}

TEST(event_signalfd4, reads_only_the_signals_in_its_mask_and_takes_a_new_mask_on_the_same_descriptor) {
  blocked_signals blocked(bit(SIGUSR1) | bit(SIGUSR2));
  ASSERT_TRUE(blocked.ok());
  zcall_sigset_t usr2 = sigset(bit(ZCALL_SIGUSR2));
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_signalfd4(-1, &usr2, ZCALL_SFD_NONBLOCK))));
  ASSERT_GE(fd.get(), 0);
  T_EXPECT_OK(signal_this_thread(ZCALL_SIGUSR1));
  zcall_signalfd_siginfo si = {};
  T_EXPECT_ERR(zcall_read(fd.get(), &si, sizeof si), EAGAIN);  // SIGUSR1 is pending but not in the mask

  zcall_sigset_t usr1 = sigset(bit(ZCALL_SIGUSR1));
  EXPECT_EQ(T_EXPECT_OK(zcall_signalfd4(fd.get(), &usr1, 0)), static_cast<std::uintptr_t>(fd.get()));
  ASSERT_EQ(T_EXPECT_OK(zcall_read(fd.get(), &si, sizeof si)), sizeof si);
  EXPECT_EQ(si.ssi_signo, static_cast<std::uint32_t>(SIGUSR1));
}

TEST(event_signalfd4, fails_with_einval_on_bad_flags_or_a_descriptor_that_is_not_a_signalfd) {
  zcall_sigset_t mask = sigset(bit(ZCALL_SIGUSR1));
  T_EXPECT_ERR(zcall_signalfd4(-1, &mask, 0x1), EINVAL);
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  T_EXPECT_ERR(zcall_signalfd4(efd.get(), &mask, 0), EINVAL);
  T_EXPECT_ERR(zcall_signalfd4(closed_fd(), &mask, 0), EBADF);
  T_EXPECT_ERR(zcall_signalfd4(-1, static_cast<const zcall_sigset_t*>(unmapped), 0), EFAULT);
}

TEST(event_signalfd4, reads_fail_with_einval_for_a_buffer_smaller_than_one_siginfo) {
  blocked_signals blocked(bit(SIGUSR1));
  ASSERT_TRUE(blocked.ok());
  zcall_sigset_t mask = sigset(bit(ZCALL_SIGUSR1));
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_signalfd4(-1, &mask, ZCALL_SFD_NONBLOCK))));
  T_EXPECT_OK(signal_this_thread(ZCALL_SIGUSR1));
  char small[sizeof(zcall_signalfd_siginfo) - 1];
  T_EXPECT_ERR(zcall_read(fd.get(), small, sizeof small), EINVAL);
}

// --- timerfd ------------------------------------------------------------------------------

constexpr std::int64_t ms = 1000000;  // in nanoseconds
constexpr std::int64_t s = 1000 * ms;

std::int64_t ns(const zcall_timespec& t) { return t.tv_sec * s + t.tv_nsec; }

zcall_itimerspec timer(std::int64_t value_ns, std::int64_t interval_ns) {
  zcall_itimerspec t = {};
  t.it_interval = {interval_ns / s, interval_ns % s};
  t.it_value = {value_ns / s, value_ns % s};
  return t;
}

// Blocks until the timer fires: the number of expirations since the last read.
std::uint64_t expirations(int fd) {
  std::uint64_t n = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(fd, &n, sizeof n)), sizeof n);
  return n;
}

TEST(event_timerfd_settime, a_one_shot_timer_fires_once_and_is_then_disarmed) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, ZCALL_TFD_CLOEXEC))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_TRUE(fcntl(fd.get(), F_GETFD) & FD_CLOEXEC);
  zcall_itimerspec set = timer(2 * ms, 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_timerfd_settime(fd.get(), 0, &set, nullptr)), 0u);
  EXPECT_EQ(expirations(fd.get()), 1u);
  zcall_itimerspec now = timer(1, 1);
  T_EXPECT_OK(zcall_timerfd_gettime(fd.get(), &now));
  EXPECT_EQ(ns(now.it_value), 0);
  EXPECT_EQ(ns(now.it_interval), 0);
}

TEST(event_timerfd_settime, an_interval_timer_keeps_firing_every_interval) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, 0))));
  ASSERT_GE(fd.get(), 0);
  zcall_itimerspec set = timer(1 * ms, 1 * ms);
  T_EXPECT_OK(zcall_timerfd_settime(fd.get(), 0, &set, nullptr));
  EXPECT_GE(expirations(fd.get()), 1u);
  EXPECT_GE(expirations(fd.get()), 1u);  // it fired again: the interval re-arms it
  zcall_itimerspec now = {};
  T_EXPECT_OK(zcall_timerfd_gettime(fd.get(), &now));
  EXPECT_EQ(ns(now.it_interval), 1 * ms);
  EXPECT_LE(ns(now.it_value), 1 * ms);
}

TEST(event_timerfd_settime, an_absolute_time_in_the_past_is_due_at_once) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, 0))));
  ASSERT_GE(fd.get(), 0);
  zcall_timespec now = {};
  T_EXPECT_OK(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &now));
  zcall_itimerspec set = {};
  set.it_value = now.tv_sec >= 1 ? zcall_timespec{now.tv_sec - 1, now.tv_nsec} : zcall_timespec{0, 1};
  T_EXPECT_OK(zcall_timerfd_settime(fd.get(), ZCALL_TFD_TIMER_ABSTIME, &set, nullptr));
  // Read as a relative time, the same value would leave about the machine's uptime to go.
  zcall_itimerspec left = timer(1, 1);
  T_EXPECT_OK(zcall_timerfd_gettime(fd.get(), &left));
  ASSERT_EQ(ns(left.it_value), 0) << "an absolute time in the past leaves nothing to wait";
  EXPECT_EQ(expirations(fd.get()), 1u);
}

TEST(event_timerfd_settime, gives_back_the_old_setting_and_disarms_with_a_zero_value) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, ZCALL_TFD_NONBLOCK))));
  ASSERT_GE(fd.get(), 0);
  zcall_itimerspec set = timer(100 * s, 0), old = timer(1, 1);
  T_EXPECT_OK(zcall_timerfd_settime(fd.get(), 0, &set, &old));
  EXPECT_EQ(ns(old.it_value), 0) << "it was not armed";
  EXPECT_EQ(ns(old.it_interval), 0);
  zcall_itimerspec off = timer(0, 0);
  T_EXPECT_OK(zcall_timerfd_settime(fd.get(), 0, &off, &old));
  EXPECT_GT(ns(old.it_value), 0);
  EXPECT_LE(ns(old.it_value), 100 * s);
  zcall_itimerspec now = timer(1, 1);
  T_EXPECT_OK(zcall_timerfd_gettime(fd.get(), &now));
  EXPECT_EQ(ns(now.it_value), 0);
  std::uint64_t n;
  T_EXPECT_ERR(zcall_read(fd.get(), &n, sizeof n), EAGAIN);  // disarmed: nothing to read
}

TEST(event_timerfd_settime, fails_with_einval_on_a_bad_time_or_bad_flags_and_ebadf_on_a_closed_descriptor) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, 0))));
  ASSERT_GE(fd.get(), 0);
  zcall_itimerspec bad = timer(0, 0);
  bad.it_value = {0, 1000000000};
  T_EXPECT_ERR(zcall_timerfd_settime(fd.get(), 0, &bad, nullptr), EINVAL);
  bad.it_value = {0, -1};
  T_EXPECT_ERR(zcall_timerfd_settime(fd.get(), 0, &bad, nullptr), EINVAL);
  bad = timer(1 * ms, 0);
  bad.it_interval = {0, 1000000000};
  T_EXPECT_ERR(zcall_timerfd_settime(fd.get(), 0, &bad, nullptr), EINVAL);
  zcall_itimerspec good = timer(100 * s, 0);
  T_EXPECT_ERR(zcall_timerfd_settime(fd.get(), 0x4, &good, nullptr), EINVAL);
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  T_EXPECT_ERR(zcall_timerfd_settime(efd.get(), 0, &good, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_timerfd_settime(fd.get(), 0, static_cast<const zcall_itimerspec*>(unmapped), nullptr), EFAULT);
  T_EXPECT_ERR(zcall_timerfd_settime(closed_fd(), 0, &good, nullptr), EBADF);
}

TEST(event_timerfd_gettime, reports_the_time_left_within_what_was_set_and_the_interval) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_BOOTTIME, 0))));
  ASSERT_GE(fd.get(), 0);
  zcall_itimerspec set = timer(100 * s, 30 * s);
  T_EXPECT_OK(zcall_timerfd_settime(fd.get(), 0, &set, nullptr));
  zcall_itimerspec now = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_timerfd_gettime(fd.get(), &now)), 0u);
  EXPECT_GT(ns(now.it_value), 0);
  EXPECT_LE(ns(now.it_value), 100 * s);
  EXPECT_EQ(ns(now.it_interval), 30 * s);
}

TEST(event_timerfd_gettime, fails_with_einval_on_another_kind_of_descriptor_and_efault_on_a_bad_pointer) {
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  zcall_itimerspec now;
  T_EXPECT_ERR(zcall_timerfd_gettime(efd.get(), &now), EINVAL);
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, 0))));
  T_EXPECT_ERR(zcall_timerfd_gettime(fd.get(), static_cast<zcall_itimerspec*>(const_cast<void*>(unmapped))), EFAULT);
  T_EXPECT_ERR(zcall_timerfd_gettime(closed_fd(), &now), EBADF);
}

TEST(event_timerfd_create, fails_with_einval_on_a_bad_clock_or_bad_flags) {
  T_EXPECT_ERR(zcall_timerfd_create(0x7fff, 0), EINVAL);
  T_EXPECT_ERR(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC_RAW, 0), EINVAL);  // not a clock timerfd supports
  T_EXPECT_ERR(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, 0x1), EINVAL);
}

TEST(event_timerfd_create, reads_fail_with_eagain_when_not_due_and_einval_with_a_4_byte_buffer) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_timerfd_create(ZCALL_CLOCK_MONOTONIC, ZCALL_TFD_NONBLOCK))));
  ASSERT_GE(fd.get(), 0);
  EXPECT_TRUE(fcntl(fd.get(), F_GETFL) & O_NONBLOCK);
  std::uint64_t n;
  T_EXPECT_ERR(zcall_read(fd.get(), &n, sizeof n), EAGAIN);
  std::uint32_t small;
  T_EXPECT_ERR(zcall_read(fd.get(), &small, sizeof small), EINVAL);
}

// --- epoll -----------------------------------------------------------------------------------

// zcall_epoll_event is packed on x86_64: its fields are copied out, not bound to references.
struct event {
  std::uint32_t events;
  std::uint64_t data;
};

zcall_ret ctl(int ep, int op, int fd, std::uint32_t events, std::uint64_t data) {
  zcall_epoll_event ev = {events, {data}};
  return zcall_epoll_ctl(ep, op, fd, &ev);
}

// What epoll_pwait reports as ready now, without waiting.
std::vector<event> ready_now(int ep) {
  zcall_epoll_event out[8];
  std::uintptr_t n = T_EXPECT_OK(zcall_epoll_pwait(ep, out, 8, 0, nullptr));
  std::vector<event> v;
  for (std::uintptr_t i = 0; i < n && i < 8; i++) v.push_back({out[i].events, out[i].data.u64});
  return v;
}

constexpr std::uint64_t data_a = 0x0123456789abcdefu;
constexpr std::uint64_t data_b = 0xfedcba9876543210u;

TEST(event_epoll_create1, makes_an_epoll_descriptor_with_cloexec_as_asked) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(ZCALL_EPOLL_CLOEXEC))));
  ASSERT_GE(ep.get(), 0);
  EXPECT_TRUE(fcntl(ep.get(), F_GETFD) & FD_CLOEXEC);
  t_fd plain(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  ASSERT_GE(plain.get(), 0);
  EXPECT_FALSE(fcntl(plain.get(), F_GETFD) & FD_CLOEXEC);
  EXPECT_TRUE(ready_now(plain.get()).empty());
}

TEST(event_epoll_create1, fails_with_einval_on_unknown_flags) { T_EXPECT_ERR(zcall_epoll_create1(0x1), EINVAL); }

TEST(event_epoll_pwait, reports_each_ready_descriptor_with_its_events_and_64_bit_data) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, ZCALL_EFD_NONBLOCK))));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[0], ZCALL_EPOLLIN, data_a));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, data_b));
  zcall_epoll_event out[4];
  EXPECT_EQ(T_EXPECT_OK(zcall_epoll_pwait(ep.get(), out, 4, 0, nullptr)), 0u) << "nothing is ready";

  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  ASSERT_EQ(T_EXPECT_OK(zcall_epoll_pwait(ep.get(), out, 4, -1, nullptr)), 1u);  // ready: -1 does not wait
  EXPECT_EQ(std::uint32_t{out[0].events}, static_cast<std::uint32_t>(ZCALL_EPOLLIN));
  EXPECT_EQ(std::uint64_t{out[0].data.u64}, data_a);

  add(efd.get(), 1);
  ASSERT_EQ(T_EXPECT_OK(zcall_epoll_pwait(ep.get(), out, 4, 0, nullptr)), 2u);
  std::uint64_t first = out[0].data.u64, second = out[1].data.u64;
  EXPECT_TRUE((first == data_a && second == data_b) || (first == data_b && second == data_a))
      << std::hex << first << " " << second;
  EXPECT_EQ(std::uint32_t{out[1].events}, static_cast<std::uint32_t>(ZCALL_EPOLLIN));

  ASSERT_EQ(T_EXPECT_OK(zcall_epoll_pwait(ep.get(), out, 1, 0, nullptr)), 1u) << "no more than maxevents";
}

TEST(event_epoll_pwait, level_triggered_reports_again_until_the_data_is_read) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[0], ZCALL_EPOLLIN, 7));
  ASSERT_EQ(write(p.fd[1], "ab", 2), 2);
  EXPECT_EQ(ready_now(ep.get()).size(), 1u);
  EXPECT_EQ(ready_now(ep.get()).size(), 1u);
  char c;
  ASSERT_EQ(read(p.fd[0], &c, 1), 1);
  EXPECT_EQ(ready_now(ep.get()).size(), 1u) << "one byte is left";
  ASSERT_EQ(read(p.fd[0], &c, 1), 1);
  EXPECT_TRUE(ready_now(ep.get()).empty());
}

TEST(event_epoll_pwait, edge_triggered_reports_new_data_once) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[0], ZCALL_EPOLLIN | ZCALL_EPOLLET, 7));
  ASSERT_EQ(write(p.fd[1], "a", 1), 1);
  auto got = ready_now(ep.get());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].events, static_cast<std::uint32_t>(ZCALL_EPOLLIN));
  EXPECT_TRUE(ready_now(ep.get()).empty()) << "the byte is still there, but there is no new edge";
  ASSERT_EQ(write(p.fd[1], "b", 1), 1);
  EXPECT_EQ(ready_now(ep.get()).size(), 1u);
  EXPECT_TRUE(ready_now(ep.get()).empty());
}

TEST(event_epoll_pwait, reports_hangup_unasked_once_the_write_end_closes) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[0], ZCALL_EPOLLIN, 9));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[1], ZCALL_EPOLLOUT, 10));
  auto got = ready_now(ep.get());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].events, static_cast<std::uint32_t>(ZCALL_EPOLLOUT));
  EXPECT_EQ(got[0].data, 10u);
  close(std::exchange(p.fd[1], -1));  // also leaves the epoll set
  got = ready_now(ep.get());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].events, static_cast<std::uint32_t>(ZCALL_EPOLLHUP));
  EXPECT_EQ(got[0].data, 9u);
}

TEST(event_epoll_pwait, fails_with_ebadf_einval_and_efault) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(1, 0))));
  zcall_epoll_event out[2];
  T_EXPECT_ERR(zcall_epoll_pwait(closed_fd(), out, 2, 0, nullptr), EBADF);
  T_EXPECT_ERR(zcall_epoll_pwait(efd.get(), out, 2, 0, nullptr), EINVAL);  // not an epoll descriptor
  T_EXPECT_ERR(zcall_epoll_pwait(ep.get(), out, 0, 0, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_epoll_pwait(ep.get(), out, -1, 0, nullptr), EINVAL);
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, 1));
  T_EXPECT_ERR(zcall_epoll_pwait(ep.get(), static_cast<zcall_epoll_event*>(const_cast<void*>(unmapped)), 2, 0, nullptr),
               EFAULT);
}

TEST(event_epoll_pwait, installs_its_signal_mask_for_the_length_of_the_call) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  zcall_epoll_event out[1];
  expect_the_mask_lets_a_pending_usr1_interrupt(
      [&](const zcall_sigset_t* mask) { return zcall_epoll_pwait(ep.get(), out, 1, 10000, mask); });
}

TEST(event_epoll_ctl, oneshot_reports_once_until_mod_rearms_it) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, p.fd[0], ZCALL_EPOLLIN | ZCALL_EPOLLONESHOT, data_a));
  ASSERT_EQ(write(p.fd[1], "a", 1), 1);
  auto got = ready_now(ep.get());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].data, data_a);
  EXPECT_TRUE(ready_now(ep.get()).empty());
  ASSERT_EQ(write(p.fd[1], "b", 1), 1);
  EXPECT_TRUE(ready_now(ep.get()).empty()) << "disabled after one report";
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_MOD, p.fd[0], ZCALL_EPOLLIN | ZCALL_EPOLLONESHOT, data_b));
  got = ready_now(ep.get());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].data, data_b) << "MOD replaces the data";
}

TEST(event_epoll_ctl, del_stops_the_reports) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(1, 0))));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, 3));
  EXPECT_EQ(ready_now(ep.get()).size(), 1u);
  EXPECT_EQ(T_EXPECT_OK(zcall_epoll_ctl(ep.get(), ZCALL_EPOLL_CTL_DEL, efd.get(), nullptr)), 0u);
  EXPECT_TRUE(ready_now(ep.get()).empty());
}

TEST(event_epoll_ctl, fails_with_eexist_enoent_ebadf_einval_and_efault) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  t_fd other(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, 1));
  T_EXPECT_ERR(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, 1), EEXIST);
  T_EXPECT_ERR(zcall_epoll_ctl(ep.get(), ZCALL_EPOLL_CTL_DEL, other.get(), nullptr), ENOENT);
  T_EXPECT_ERR(ctl(ep.get(), ZCALL_EPOLL_CTL_MOD, other.get(), ZCALL_EPOLLIN, 1), ENOENT);
  T_EXPECT_ERR(ctl(ep.get(), 0x7f, other.get(), ZCALL_EPOLLIN, 1), EINVAL);
  T_EXPECT_ERR(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, ep.get(), ZCALL_EPOLLIN, 1), EINVAL);      // itself
  T_EXPECT_ERR(ctl(efd.get(), ZCALL_EPOLL_CTL_ADD, other.get(), ZCALL_EPOLLIN, 1), EINVAL);  // not an epoll fd
  T_EXPECT_ERR(zcall_epoll_ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, other.get(), nullptr), EFAULT);
  T_EXPECT_ERR(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, closed_fd(), ZCALL_EPOLLIN, 1), EBADF);
  T_EXPECT_ERR(ctl(closed_fd(), ZCALL_EPOLL_CTL_ADD, other.get(), ZCALL_EPOLLIN, 1), EBADF);
}

TEST(event_epoll_ctl, fails_with_eperm_for_a_regular_file_which_cannot_be_polled) {
  t_fd file(::memfd_create("zcall-event", MFD_CLOEXEC));
  if (file.get() < 0) GTEST_SKIP() << "memfd_create is refused here: " << std::strerror(errno);
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  T_EXPECT_ERR(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, file.get(), ZCALL_EPOLLIN, 1), EPERM);
}

// --- epoll_pwait2 -------------------------------------------------------------------------------

// epoll_pwait2 came in Linux 5.11.
#define SKIP_WITHOUT_EPOLL_PWAIT2(ep)                                                     \
  do {                                                                                    \
    zcall_epoll_event probe_[1];                                                          \
    zcall_timespec zero_ = {0, 0};                                                        \
    if (zcall_epoll_pwait2((ep), probe_, 1, &zero_, nullptr).err == ENOSYS)               \
      GTEST_SKIP() << "epoll_pwait2 is not available here (ENOSYS): it needs Linux 5.11"; \
  } while (0)

TEST(event_epoll_pwait2, a_zero_timespec_returns_at_once_with_what_is_ready) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  SKIP_WITHOUT_EPOLL_PWAIT2(ep.get());
  t_fd efd(static_cast<int>(T_EXPECT_OK(zcall_eventfd2(0, 0))));
  T_EXPECT_OK(ctl(ep.get(), ZCALL_EPOLL_CTL_ADD, efd.get(), ZCALL_EPOLLIN, data_b));
  zcall_epoll_event out[2];
  const zcall_timespec zero = {0, 0};
  EXPECT_EQ(T_EXPECT_OK(zcall_epoll_pwait2(ep.get(), out, 2, &zero, nullptr)), 0u);
  add(efd.get(), 1);
  ASSERT_EQ(T_EXPECT_OK(zcall_epoll_pwait2(ep.get(), out, 2, &zero, nullptr)), 1u);
  EXPECT_EQ(std::uint32_t{out[0].events}, static_cast<std::uint32_t>(ZCALL_EPOLLIN));
  EXPECT_EQ(std::uint64_t{out[0].data.u64}, data_b);
  ASSERT_EQ(T_EXPECT_OK(zcall_epoll_pwait2(ep.get(), out, 2, nullptr, nullptr)), 1u)
      << "no timeout waits forever, but only until something is ready";
}

TEST(event_epoll_pwait2, fails_with_einval_on_a_bad_timespec_and_efault_on_a_bad_pointer) {
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  SKIP_WITHOUT_EPOLL_PWAIT2(ep.get());
  zcall_epoll_event out[1];
  zcall_timespec bad = {0, 1000000000};
  T_EXPECT_ERR(zcall_epoll_pwait2(ep.get(), out, 1, &bad, nullptr), EINVAL);
  bad = {-1, 0};
  T_EXPECT_ERR(zcall_epoll_pwait2(ep.get(), out, 1, &bad, nullptr), EINVAL);
  const zcall_timespec zero = {0, 0};
  T_EXPECT_ERR(zcall_epoll_pwait2(ep.get(), out, 0, &zero, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_epoll_pwait2(closed_fd(), out, 1, &zero, nullptr), EBADF);
  T_EXPECT_ERR(zcall_epoll_pwait2(ep.get(), out, 1, static_cast<const zcall_timespec*>(unmapped), nullptr), EFAULT);
  T_EXPECT_ERR(zcall_epoll_pwait2(ep.get(), out, 1, &zero, static_cast<const zcall_sigset_t*>(unmapped)), EFAULT);
}

TEST(event_epoll_pwait2, installs_its_signal_mask_for_the_length_of_the_call) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  SKIP_WITHOUT_EPOLL_PWAIT2(ep.get());
  zcall_epoll_event out[1];
  const zcall_timespec bound = {10, 0};
  expect_the_mask_lets_a_pending_usr1_interrupt(
      [&](const zcall_sigset_t* mask) { return zcall_epoll_pwait2(ep.get(), out, 1, &bound, mask); });
}

// --- poll and ppoll ---------------------------------------------------------------------------------

// RLIMIT_NOFILE + 1, which poll and ppoll refuse as nfds; 0 where the limit is too high to exceed.
unsigned above_the_descriptor_limit() {
  rlimit rl = {};
  if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur >= UINT_MAX) return 0;
  return static_cast<unsigned>(rl.rlim_cur) + 1;
}

TEST(event_poll, reports_pollin_when_a_pipe_has_data_and_pollout_on_its_write_end) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0}, {p.fd[1], ZCALL_POLLOUT, 0}};
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 2, 0)), 1u);
  EXPECT_EQ(fds[0].revents, 0);
  EXPECT_EQ(fds[1].revents, ZCALL_POLLOUT);
  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 2, -1)), 2u);  // ready: -1 does not wait
  EXPECT_EQ(fds[0].revents, ZCALL_POLLIN);
  EXPECT_EQ(fds[1].revents, ZCALL_POLLOUT);
}

TEST(event_poll, returns_zero_at_once_when_nothing_is_ready_and_the_timeout_is_zero) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0x7f}};
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 1, 0)), 0u);
  EXPECT_EQ(fds[0].revents, 0);
}

TEST(event_poll, reports_pollhup_once_the_write_end_closes) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  close(std::exchange(p.fd[1], -1));
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0}};
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 1, 0)), 1u);
  EXPECT_EQ(fds[0].revents, ZCALL_POLLIN | ZCALL_POLLHUP);
  char c;
  ASSERT_EQ(read(p.fd[0], &c, 1), 1);
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 1, 0)), 1u);
  EXPECT_EQ(fds[0].revents, ZCALL_POLLHUP);
}

TEST(event_poll, reports_pollnval_for_a_closed_descriptor_and_skips_negative_ones) {
  zcall_pollfd fds[] = {{closed_fd(), ZCALL_POLLIN, 0}, {-1, ZCALL_POLLIN, 0x7f}};
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 2, 0)), 1u);
  EXPECT_EQ(fds[0].revents, ZCALL_POLLNVAL);
  EXPECT_EQ(fds[1].revents, 0);
}

TEST(event_poll, fails_with_efault_on_a_bad_array) {
  T_EXPECT_ERR(zcall_poll(static_cast<zcall_pollfd*>(const_cast<void*>(unmapped)), 1, 0), EFAULT);
}

TEST(event_poll, fails_with_einval_for_more_descriptors_than_rlimit_nofile) {
  T_SKIP_IF_EMULATED("qemu-user checks the array before the limit and answers EFAULT");
  T_SKIP_IF_VALGRIND("it checks the array before the kernel sees the count, and answers EFAULT");
  unsigned n = above_the_descriptor_limit();
  if (n == 0) GTEST_SKIP() << "RLIMIT_NOFILE is at least UINT_MAX here: no nfds is above it";
  zcall_pollfd fds[1] = {{-1, 0, 0}};
  T_EXPECT_ERR(zcall_poll(fds, n, 0), EINVAL);
  EXPECT_EQ(T_EXPECT_OK(zcall_poll(fds, 1, 0)), 0u);
}

TEST(event_ppoll, a_zero_timespec_returns_at_once_with_what_is_ready) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0}};
  zcall_timespec zero = {0, 0};
  EXPECT_EQ(T_EXPECT_OK(zcall_ppoll(fds, 1, &zero, nullptr)), 0u);
  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  EXPECT_EQ(T_EXPECT_OK(zcall_ppoll(fds, 1, &zero, nullptr)), 1u);
  EXPECT_EQ(fds[0].revents, ZCALL_POLLIN);
  fds[0].revents = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_ppoll(fds, 1, nullptr, nullptr)), 1u) << "no timeout waits, until something is ready";
  EXPECT_EQ(fds[0].revents, ZCALL_POLLIN);
}

TEST(event_ppoll, fails_with_einval_on_a_bad_timespec_and_efault_on_a_bad_pointer) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0}};
  zcall_timespec bad = {0, 1000000000};
  T_EXPECT_ERR(zcall_ppoll(fds, 1, &bad, nullptr), EINVAL);
  bad = {-1, 0};
  T_EXPECT_ERR(zcall_ppoll(fds, 1, &bad, nullptr), EINVAL);
  zcall_timespec zero = {0, 0};
  T_EXPECT_ERR(zcall_ppoll(static_cast<zcall_pollfd*>(const_cast<void*>(unmapped)), 1, &zero, nullptr), EFAULT);
  T_EXPECT_ERR(zcall_ppoll(fds, 1, static_cast<zcall_timespec*>(const_cast<void*>(unmapped)), nullptr), EFAULT);
  T_EXPECT_ERR(zcall_ppoll(fds, 1, &zero, static_cast<const zcall_sigset_t*>(unmapped)), EFAULT);
}

TEST(event_ppoll, fails_with_einval_for_more_descriptors_than_rlimit_nofile) {
  T_SKIP_IF_EMULATED("qemu-user checks the array before the limit and answers EFAULT");
  T_SKIP_IF_VALGRIND("it checks the array before the kernel sees the count, and answers EFAULT");
  unsigned n = above_the_descriptor_limit();
  if (n == 0) GTEST_SKIP() << "RLIMIT_NOFILE is at least UINT_MAX here: no nfds is above it";
  zcall_pollfd fds[1] = {{-1, 0, 0}};
  zcall_timespec zero = {0, 0};
  T_EXPECT_ERR(zcall_ppoll(fds, n, &zero, nullptr), EINVAL);
  EXPECT_EQ(T_EXPECT_OK(zcall_ppoll(fds, 1, &zero, nullptr)), 0u);
}

TEST(event_ppoll, installs_its_signal_mask_for_the_length_of_the_call) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_pollfd fds[] = {{p.fd[0], ZCALL_POLLIN, 0}};
  // Not const: the kernel writes the time left back into a non-zero timeout.
  zcall_timespec bound = {10, 0};
  expect_the_mask_lets_a_pending_usr1_interrupt(
      [&](const zcall_sigset_t* mask) { return zcall_ppoll(fds, 1, &bound, mask); });
}

// --- C++ -------------------------------------------------------------------------------------

TEST(cpp_event, eventfd2_returns_the_descriptor) {
  auto [fd, err] = zcall::eventfd2(0, zcall::efd::NONBLOCK);
  ASSERT_FALSE(err);
  t_fd owner(fd);
  std::uint64_t v;
  EXPECT_TRUE(zcall::read(fd, &v, sizeof v).err.temporary());
  EXPECT_EQ(zcall::eventfd2(0, -1).err, zcall::Errno::INVAL);
}

// The data the kernel hands back unread, set and read as each of epoll_data's members, with
// no cast and no reference to a packed field.
TEST(cpp_event, epoll_data_carries_an_fd_a_pointer_or_a_number) {
  auto [ep, err] = zcall::own(zcall::epoll_create1(zcall::epoll::CLOEXEC));
  ASSERT_FALSE(err) << err;
  int target = 42;
  for (int member = 0; member < 3; member++) {
    SCOPED_TRACE(member);
    auto [efd, efd_err] = zcall::own(zcall::eventfd2(1, zcall::efd::NONBLOCK | zcall::efd::CLOEXEC));
    ASSERT_FALSE(efd_err) << efd_err;
    zcall::epoll_event ev{};
    ev.events = zcall::epoll::IN;
    if (member == 0) ev.data.fd = efd.get();
    if (member == 1) ev.data.ptr = &target;
    if (member == 2) ev.data.u32 = 0xfeedbeefu;
    ASSERT_FALSE(zcall::epoll_ctl(ep, zcall::epoll::CTL_ADD, efd, &ev));
    std::array<zcall::epoll_event, 2> out{};
    auto [n, wait_err] = zcall::epoll_pwait(ep, out, 0);
    ASSERT_FALSE(wait_err) << wait_err;
    ASSERT_EQ(n, 1);
    if (member == 0) {
      EXPECT_EQ(out[0].data.fd, efd.get());
    }
    if (member == 1) {
      EXPECT_EQ(*static_cast<int*>(out[0].data.ptr), 42);
    }
    if (member == 2) {
      EXPECT_EQ(out[0].data.u32, 0xfeedbeefu);
    }
    ASSERT_FALSE(zcall::epoll_ctl(ep, zcall::epoll::CTL_DEL, efd, nullptr));
  }
}

TEST(cpp_event, epoll_and_poll_take_spans_and_give_results) {
  auto [ep, err] = zcall::epoll_create1(zcall::epoll::CLOEXEC);
  ASSERT_FALSE(err) << err.name();
  t_fd ep_owner(ep);
  auto [efd, efd_err] = zcall::eventfd2(0, zcall::efd::NONBLOCK);
  ASSERT_FALSE(efd_err) << efd_err.name();
  t_fd efd_owner(efd);
  zcall::epoll_event ev = {zcall::epoll::IN | zcall::epoll::ET, {data_a}};
  ASSERT_FALSE(zcall::epoll_ctl(ep, zcall::epoll::CTL_ADD, efd, &ev));
  EXPECT_EQ(zcall::epoll_ctl(ep, zcall::epoll::CTL_ADD, efd, &ev), zcall::Errno::EXIST);

  std::array<zcall::epoll_event, 4> out{};
  auto [none, none_err] = zcall::epoll_pwait(ep, out, 0);
  EXPECT_FALSE(none_err);
  EXPECT_EQ(none, 0);
  add(efd, 1);
  auto [n, wait_err] = zcall::epoll_pwait(ep, out, 0);
  ASSERT_FALSE(wait_err) << wait_err.name();
  ASSERT_EQ(n, 1);
  EXPECT_EQ(std::uint64_t{out[0].data.u64}, data_a);
  EXPECT_EQ(std::uint32_t{out[0].events}, static_cast<std::uint32_t>(zcall::epoll::IN));
  EXPECT_EQ(zcall::epoll_pwait(ep, std::span(out).first(0), 0).err, zcall::Errno::INVAL);

  add(efd, 1);  // a new edge
  const zcall::timespec zero{};
  auto [n2, wait2_err] = zcall::epoll_pwait2(ep, std::span(out).first(1), &zero);
  if (wait2_err != zcall::Errno::NOSYS) {
    EXPECT_FALSE(wait2_err) << wait2_err.name();
    EXPECT_EQ(n2, 1);
    EXPECT_EQ(std::uint64_t{out[0].data.u64}, data_a);
  }

  zcall::pollfd fds[] = {{efd, zcall::poll_flags::IN, 0}};
  auto [ready, poll_err] = zcall::poll(fds, 0);
  EXPECT_FALSE(poll_err);
  EXPECT_EQ(ready, 1);
  EXPECT_EQ(fds[0].revents, zcall::poll_flags::IN);
  zcall::timespec zero_left{};
  auto [ready2, ppoll_err] = zcall::ppoll(fds, &zero_left);
  EXPECT_FALSE(ppoll_err);
  EXPECT_EQ(ready2, 1);
  zcall::pollfd bad[] = {{closed_fd(), zcall::poll_flags::IN, 0}};
  EXPECT_EQ(zcall::poll(bad, 0).value, 1);
  EXPECT_EQ(bad[0].revents, zcall::poll_flags::NVAL);
}

TEST(cpp_event, signalfd4_and_timerfd_take_kernel_structs) {
  constexpr zcall::sigset_t usr1 = zcall::sigset_of({zcall::sig::USR1});
  static_assert(usr1.sig[0] == bit(SIGUSR1));
  blocked_signals blocked(usr1.sig[0]);
  ASSERT_TRUE(blocked.ok());
  auto [sfd, err] = zcall::signalfd4(-1, usr1, zcall::sfd::NONBLOCK);
  ASSERT_FALSE(err) << err.name();
  t_fd sfd_owner(sfd);
  auto [tid, tid_err] = zcall::gettid();
  ASSERT_FALSE(tid_err);
  ASSERT_FALSE(zcall::tgkill(getpid(), tid, zcall::sig::USR1));
  zcall::signalfd_siginfo si{};
  auto [got, read_err] = zcall::read(sfd, std::as_writable_bytes(std::span(&si, 1)));
  ASSERT_FALSE(read_err) << read_err.name();
  EXPECT_EQ(got, sizeof si);
  EXPECT_EQ(si.ssi_signo, static_cast<std::uint32_t>(zcall::sig::USR1));
  EXPECT_EQ(zcall::signalfd4(-1, usr1, 0x1).err, zcall::Errno::INVAL);

  auto [tfd, tfd_err] = zcall::timerfd_create(zcall::clock::MONOTONIC, zcall::tfd::NONBLOCK);
  ASSERT_FALSE(tfd_err) << tfd_err.name();
  t_fd tfd_owner(tfd);
  const zcall::itimerspec set = timer(100 * s, 0);
  zcall::itimerspec old = timer(1, 1);
  EXPECT_FALSE(zcall::timerfd_settime(tfd, 0, set, &old));
  EXPECT_EQ(ns(old.it_value), 0);
  zcall::itimerspec now{};
  EXPECT_FALSE(zcall::timerfd_gettime(tfd, &now));
  EXPECT_GT(ns(now.it_value), 0);
  EXPECT_LE(ns(now.it_value), 100 * s);
  EXPECT_FALSE(zcall::timerfd_settime(tfd, zcall::tfd_timer::ABSTIME, timer(0, 0)));  // a zero value disarms
  std::uint64_t n;
  EXPECT_EQ(zcall::read(tfd, &n, sizeof n).err, zcall::Errno::AGAIN);
  EXPECT_EQ(zcall::timerfd_create(-1).err, zcall::Errno::INVAL);
}

}  // namespace
