// SPDX-License-Identifier: MIT
// Processes, signals, time and randomness.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <fstream>
#include <thread>

#include "helpers.hpp"

namespace {

constexpr std::int64_t ms = 1'000'000;  // in nanoseconds

// A child that should end at once but has not after this long has hit a bug that would otherwise hang the
// test: SIGALRM ends it and the test fails. A watchdog, not a timing assertion.
constexpr unsigned watchdog_seconds = 20;

std::int64_t glibc_monotonic_ns() {
  ::timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t ns_of(const zcall_timespec& ts) { return ts.tv_sec * 1'000'000'000 + ts.tv_nsec; }

// The id of a process that has exited and been reaped: no process or thread has it now
// (the kernel hands an id out again only after pid_max others).
pid_t gone_pid() {
  pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

// A forked child, killed and reaped when the test ends unless the test reaped it.
class child_process {
 public:
  explicit child_process(pid_t pid) : pid_(pid) {}
  child_process(const child_process&) = delete;
  child_process& operator=(const child_process&) = delete;
  ~child_process() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }
  pid_t pid() const { return pid_; }
  // Reaps the child and gives its wait status.
  int wait() {
    int status = 0;
    EXPECT_EQ(waitpid(pid_, &status, 0), pid_);
    pid_ = -1;
    return status;
  }

 private:
  pid_t pid_;
};

// Forks a child that blocks reading block.fd[0] (nothing is ever written) until it is killed.
pid_t fork_blocked_child(t_pair& block) {
  pid_t pid = fork();
  if (pid == 0) {
    ::close(block.fd[1]);
    char c;
    while (::read(block.fd[0], &c, 1) < 0 && errno == EINTR) {
    }
    _exit(3);
  }
  return pid;
}

// The calling thread's signal mask as the kernel's 64 bits, read through the C library.
std::uint64_t glibc_mask() {
  ::sigset_t set;
  sigemptyset(&set);
  pthread_sigmask(SIG_BLOCK, nullptr, &set);
  std::uint64_t bits;
  std::memcpy(&bits, &set, sizeof bits);  // the C library's sigset_t starts with the kernel's word
  return bits;
}

constexpr std::uint64_t bit(int sig) { return std::uint64_t{1} << (sig - 1); }

// Restores the calling thread's signal mask when the test ends.
class mask_restorer {
 public:
  mask_restorer() { pthread_sigmask(SIG_BLOCK, nullptr, &saved_); }
  ~mask_restorer() { pthread_sigmask(SIG_SETMASK, &saved_, nullptr); }

 private:
  ::sigset_t saved_;
};

// Blocks sig for the test and takes away any instance of it left pending at the end.
class blocked_signal {
 public:
  explicit blocked_signal(int sig) : sig_(sig) {
    ::sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    pthread_sigmask(SIG_BLOCK, &set, &old_);
  }
  ~blocked_signal() {
    ::sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig_);
    const ::timespec zero = {0, 0};
    while (sigtimedwait(&set, nullptr, &zero) == sig_) {
    }
    pthread_sigmask(SIG_SETMASK, &old_, nullptr);
  }

 private:
  int sig_;
  ::sigset_t old_;
};

bool pending(int sig) {
  ::sigset_t set;
  sigemptyset(&set);
  sigpending(&set);
  return sigismember(&set, sig) == 1;
}

// Takes sig if it is pending; true if it was.
bool take_pending(int sig) {
  ::sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  const ::timespec zero = {0, 0};
  return sigtimedwait(&set, nullptr, &zero) == sig;
}

std::string read_comm() {
  std::ifstream f("/proc/thread-self/comm");
  std::string name;
  std::getline(f, name);
  return name;
}

// Renames the calling thread back to what it was when the test ends.
class name_restorer {
 public:
  name_restorer() { prctl(PR_GET_NAME, saved_, 0, 0, 0); }
  ~name_restorer() { prctl(PR_SET_NAME, saved_, 0, 0, 0); }
  const char* saved() const { return saved_; }

 private:
  char saved_[16] = {};
};

std::uintptr_t as_word(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

// --- getpid, getppid, gettid ----------------------------------------------------------

TEST(proc_getpid, returns_the_process_id_glibc_reports) {
  EXPECT_EQ(T_EXPECT_OK(zcall_getpid()), static_cast<std::uintptr_t>(getpid()));
}

TEST(proc_getpid, in_a_forked_child_gives_the_childs_id_and_getppid_the_parents) {
  const pid_t parent = getpid();
  int report[2];
  ASSERT_EQ(pipe(report), 0);
  pid_t pid = fork();
  if (pid == 0) {
    const std::uintptr_t ids[3] = {zcall_getpid().r1, zcall_getppid().r1, zcall_gettid().r1};
    _exit(::write(report[1], ids, sizeof ids) == static_cast<ssize_t>(sizeof ids) ? 0 : 1);
  }
  child_process child(pid);
  ASSERT_GT(child.pid(), 0) << "fork failed";
  ::close(report[1]);
  std::uintptr_t ids[3] = {};
  EXPECT_EQ(::read(report[0], ids, sizeof ids), static_cast<ssize_t>(sizeof ids));
  ::close(report[0]);
  EXPECT_EQ(child.wait(), 0);
  EXPECT_EQ(ids[0], static_cast<std::uintptr_t>(pid));
  EXPECT_EQ(ids[1], static_cast<std::uintptr_t>(parent));
  EXPECT_EQ(ids[2], static_cast<std::uintptr_t>(pid)) << "a child's only thread has the process's id";
}

TEST(proc_getppid, returns_the_parent_process_id_glibc_reports) {
  EXPECT_EQ(T_EXPECT_OK(zcall_getppid()), static_cast<std::uintptr_t>(getppid()));
}

TEST(proc_gettid, returns_the_calling_threads_id_glibc_reports) {
  EXPECT_EQ(T_EXPECT_OK(zcall_gettid()), static_cast<std::uintptr_t>(gettid()));
  std::uintptr_t mine = 0, glibcs = 0;
  std::thread([&] {
    mine = zcall_gettid().r1;
    glibcs = static_cast<std::uintptr_t>(gettid());
  }).join();
  EXPECT_EQ(mine, glibcs);
  EXPECT_NE(mine, static_cast<std::uintptr_t>(getpid())) << "a second thread has its own id";
}

// --- kill and tgkill ------------------------------------------------------------------

TEST(proc_kill, signal_zero_to_this_process_succeeds) { EXPECT_EQ(T_EXPECT_OK(zcall_kill(getpid(), 0)), 0u); }

TEST(proc_kill, sends_a_signal_that_stays_pending_while_blocked) {
  blocked_signal blocked(SIGUSR1);
  ASSERT_FALSE(pending(SIGUSR1));
  EXPECT_EQ(T_EXPECT_OK(zcall_kill(getpid(), SIGUSR1)), 0u);
  EXPECT_TRUE(pending(SIGUSR1));
  EXPECT_TRUE(take_pending(SIGUSR1));
}

TEST(proc_kill, fails_with_esrch_for_a_pid_that_does_not_exist_and_einval_for_a_bad_signal) {
  T_EXPECT_ERR(zcall_kill(gone_pid(), 0), ESRCH);
  T_EXPECT_ERR(zcall_kill(getpid(), 1000), EINVAL);
}

TEST(proc_tgkill, signal_zero_to_this_thread_succeeds) {
  EXPECT_EQ(T_EXPECT_OK(zcall_tgkill(getpid(), gettid(), 0)), 0u);
}

TEST(proc_tgkill, sends_a_signal_to_the_named_thread_only) {
  mask_restorer restore;
  ::sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &usr1, nullptr), 0);  // the thread inherits the mask
  ASSERT_FALSE(pending(SIGUSR1));
  std::atomic<pid_t> tid{0};
  int received = 0;
  std::thread other([&] {
    tid.store(gettid());
    const ::timespec watchdog = {watchdog_seconds, 0};  // should the signal go elsewhere, fail rather than hang
    received = sigtimedwait(&usr1, nullptr, &watchdog);
  });
  while (tid.load() == 0) std::this_thread::yield();
  EXPECT_EQ(T_EXPECT_OK(zcall_tgkill(getpid(), tid.load(), SIGUSR1)), 0u);
  if (HasFailure()) ::tgkill(getpid(), tid.load(), SIGUSR1);  // release the thread all the same
  other.join();
  EXPECT_EQ(received, SIGUSR1);
  EXPECT_FALSE(pending(SIGUSR1)) << "the signal was for the other thread, not this one";
  take_pending(SIGUSR1);
}

TEST(proc_tgkill, fails_with_esrch_for_a_thread_that_does_not_exist_and_einval_for_tid_zero) {
  T_EXPECT_ERR(zcall_tgkill(getpid(), gone_pid(), 0), ESRCH);
  T_EXPECT_ERR(zcall_tgkill(gone_pid(), gettid(), 0), ESRCH);  // this thread, but not in that group
  T_EXPECT_ERR(zcall_tgkill(getpid(), 0, 0), EINVAL);
}

// --- pidfd_open, pidfd_send_signal, pidfd_getfd -------------------------------------------

TEST(proc_pidfd_open, gives_a_pidfd_through_which_pidfd_send_signal_sigkill_ends_the_child) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_pair block;
  ASSERT_EQ(pipe(block.fd), 0);
  child_process child(fork_blocked_child(block));
  ASSERT_GT(child.pid(), 0);
  t_fd pidfd(static_cast<int>(T_EXPECT_OK(zcall_pidfd_open(child.pid(), 0))));
  ASSERT_GE(pidfd.get(), 0);
  EXPECT_EQ(fcntl(pidfd.get(), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC) << "pidfd_open always sets close-on-exec";

  zcall_ret sent = zcall_pidfd_send_signal(pidfd.get(), SIGKILL, nullptr, 0);
  EXPECT_EQ(T_EXPECT_OK(sent), 0u);
  if (sent.err != 0) ::kill(child.pid(), SIGTERM);  // not to wait forever; ends it with another signal
  int status = child.wait();
  EXPECT_TRUE(WIFSIGNALED(status)) << "status " << status;
  EXPECT_EQ(WTERMSIG(status), SIGKILL);
  T_EXPECT_ERR(zcall_pidfd_send_signal(pidfd.get(), SIGKILL, nullptr, 0), ESRCH);  // reaped: gone
}

TEST(proc_pidfd_open, fails_with_esrch_for_a_pid_that_does_not_exist_and_einval_for_bad_flags) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  T_EXPECT_ERR(zcall_pidfd_open(gone_pid(), 0), ESRCH);
  T_EXPECT_ERR(zcall_pidfd_open(getpid(), 1), EINVAL);
  T_EXPECT_ERR(zcall_pidfd_open(0, 0), EINVAL);
}

TEST(proc_pidfd_getfd, takes_a_pipe_descriptor_from_a_child) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_pair block, target;
  ASSERT_EQ(pipe(block.fd), 0);
  ASSERT_EQ(pipe(target.fd), 0);
  child_process child(fork_blocked_child(block));
  ASSERT_GT(child.pid(), 0);
  const int child_fd = target.fd[0];  // the child has its copy of the read end under the same number
  ::close(target.fd[0]);
  target.fd[0] = -1;

  t_fd pidfd(static_cast<int>(T_EXPECT_OK(zcall_pidfd_open(child.pid(), 0))));
  ASSERT_GE(pidfd.get(), 0);
  zcall_ret r = zcall_pidfd_getfd(pidfd.get(), child_fd, 0);
  if (r.err == EPERM) GTEST_SKIP() << "pidfd_getfd: EPERM, ptrace access to the child is refused here";
  t_fd taken(static_cast<int>(T_EXPECT_OK(r)));
  ASSERT_GE(taken.get(), 0);
  EXPECT_EQ(fcntl(taken.get(), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC) << "pidfd_getfd always sets close-on-exec";

  struct stat ours = {}, theirs = {};
  ASSERT_EQ(fstat(target.fd[1], &ours), 0);
  ASSERT_EQ(fstat(taken.get(), &theirs), 0);
  EXPECT_EQ(ours.st_dev, theirs.st_dev);
  EXPECT_EQ(ours.st_ino, theirs.st_ino) << "not the same pipe";
  ASSERT_EQ(::write(target.fd[1], "ping", 4), 4);
  char buf[4] = {};
  EXPECT_EQ(::read(taken.get(), buf, sizeof buf), 4);
  EXPECT_EQ(std::string(buf, 4), "ping");
}

TEST(proc_pidfd_getfd, fails_with_ebadf_for_a_descriptor_the_target_lacks_and_einval_for_flags) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_fd self(static_cast<int>(T_EXPECT_OK(zcall_pidfd_open(getpid(), 0))));
  ASSERT_GE(self.get(), 0);
  int closed = dup(0);
  ASSERT_GE(closed, 0);
  ::close(closed);
  T_EXPECT_ERR(zcall_pidfd_getfd(self.get(), closed, 0), EBADF);
  T_EXPECT_ERR(zcall_pidfd_getfd(self.get(), 0, 1), EINVAL);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_pidfd_getfd(p.fd[0], 0, 0), EBADF);  // not a pidfd
}

TEST(proc_pidfd_send_signal, signal_zero_through_a_pidfd_of_this_process_succeeds) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_fd self(static_cast<int>(T_EXPECT_OK(zcall_pidfd_open(getpid(), 0))));
  ASSERT_GE(self.get(), 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_pidfd_send_signal(self.get(), 0, nullptr, 0)), 0u);
}

TEST(proc_pidfd_send_signal, fails_with_ebadf_on_a_descriptor_that_is_not_a_pidfd_and_einval_for_flags) {
  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_pidfd_send_signal(p.fd[0], 0, nullptr, 0), EBADF);
  t_fd self(static_cast<int>(T_EXPECT_OK(zcall_pidfd_open(getpid(), 0))));
  ASSERT_GE(self.get(), 0);
  T_EXPECT_ERR(zcall_pidfd_send_signal(self.get(), 0, nullptr, 1u << 10), EINVAL);
}

// --- prctl ----------------------------------------------------------------------------

TEST(proc_prctl, set_name_renames_the_thread_and_get_name_reads_it_back) {
  name_restorer restore;
  char name[16] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_prctl(ZCALL_PR_GET_NAME, as_word(name), 0, 0, 0)), 0u);
  EXPECT_STREQ(name, restore.saved());
  EXPECT_EQ(read_comm(), name);

  EXPECT_EQ(T_EXPECT_OK(zcall_prctl(ZCALL_PR_SET_NAME, as_word("zcall-renamed"), 0, 0, 0)), 0u);
  EXPECT_EQ(read_comm(), "zcall-renamed");
  char back[16] = {};
  T_EXPECT_OK(zcall_prctl(ZCALL_PR_GET_NAME, as_word(back), 0, 0, 0));
  EXPECT_STREQ(back, "zcall-renamed");

  T_EXPECT_OK(zcall_prctl(ZCALL_PR_SET_NAME, as_word("0123456789abcdefghij"), 0, 0, 0));
  T_EXPECT_OK(zcall_prctl(ZCALL_PR_GET_NAME, as_word(back), 0, 0, 0));
  EXPECT_STREQ(back, "0123456789abcde") << "names are cut to 15 bytes";

  T_EXPECT_OK(zcall_prctl(ZCALL_PR_SET_NAME, as_word(restore.saved()), 0, 0, 0));
  EXPECT_EQ(read_comm(), restore.saved());
}

// PR_GET_NO_NEW_PRIVS takes no arguments and refuses any that is not 0: each of arg2..arg5 must reach the kernel.
TEST(proc_prctl, get_no_new_privs_answers_as_glibc_and_refuses_each_unused_argument_that_is_not_zero) {
  const auto expected = static_cast<std::uintptr_t>(prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
  EXPECT_EQ(T_EXPECT_OK(zcall_prctl(ZCALL_PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)), expected);
  T_EXPECT_ERR(zcall_prctl(ZCALL_PR_GET_NO_NEW_PRIVS, 1, 0, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_prctl(ZCALL_PR_GET_NO_NEW_PRIVS, 0, 1, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_prctl(ZCALL_PR_GET_NO_NEW_PRIVS, 0, 0, 1, 0), EINVAL);
  T_EXPECT_ERR(zcall_prctl(ZCALL_PR_GET_NO_NEW_PRIVS, 0, 0, 0, 1), EINVAL);
}

TEST(proc_prctl, fails_with_einval_for_an_unknown_option_and_efault_for_a_bad_name_buffer) {
  T_EXPECT_ERR(zcall_prctl(0x7fff1234, 0, 0, 0, 0), EINVAL);
  T_EXPECT_ERR(zcall_prctl(ZCALL_PR_GET_NAME, 0, 0, 0, 0), EFAULT);
}

// --- rt_sigprocmask ---------------------------------------------------------------------

TEST(proc_rt_sigprocmask, block_adds_a_signal_and_returns_the_old_mask_that_setmask_restores) {
  mask_restorer restore;
  const std::uint64_t before = glibc_mask();
  ASSERT_EQ(before & bit(SIGUSR2), 0u) << "SIGUSR2 is already blocked";

  const zcall_sigset_t usr2 = {{bit(SIGUSR2)}};
  zcall_sigset_t old = {{~std::uint64_t{0}}};
  EXPECT_EQ(T_EXPECT_OK(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &usr2, &old)), 0u);
  EXPECT_EQ(old.sig[0], before) << "the old mask differs from the C library's view of it";
  EXPECT_EQ(glibc_mask(), before | bit(SIGUSR2));

  zcall_sigset_t now = {};
  T_EXPECT_OK(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, nullptr, &now));  // no set: only reads
  EXPECT_EQ(now.sig[0], before | bit(SIGUSR2));

  T_EXPECT_OK(zcall_rt_sigprocmask(ZCALL_SIG_SETMASK, &old, nullptr));
  EXPECT_EQ(glibc_mask(), before);
}

TEST(proc_rt_sigprocmask, fails_with_einval_for_an_unknown_how_and_efault_for_a_bad_set) {
  mask_restorer restore;
  const std::uint64_t before = glibc_mask();
  const zcall_sigset_t usr2 = {{bit(SIGUSR2)}};
  T_EXPECT_ERR(zcall_rt_sigprocmask(99, &usr2, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, reinterpret_cast<const zcall_sigset_t*>(8), nullptr), EFAULT);
  EXPECT_EQ(glibc_mask(), before);
}

// --- sched_yield ----------------------------------------------------------------------

TEST(proc_sched_yield, returns_zero) {
  zcall_ret r = zcall_sched_yield();
  EXPECT_EQ(r.err, 0u);
  EXPECT_EQ(r.r1, 0u);
}

// --- clock_gettime, clock_nanosleep, nanosleep ------------------------------------------

TEST(proc_clock_gettime, monotonic_time_lies_between_two_glibc_reads) {
  const std::int64_t before = glibc_monotonic_ns();
  zcall_timespec ts = {-1, -1};
  EXPECT_EQ(T_EXPECT_OK(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, &ts)), 0u);
  const std::int64_t after = glibc_monotonic_ns();
  EXPECT_GE(ts.tv_nsec, 0);
  EXPECT_LT(ts.tv_nsec, 1'000'000'000);
  EXPECT_LE(before, ns_of(ts));
  EXPECT_LE(ns_of(ts), after);
}

TEST(proc_clock_gettime, fails_with_einval_for_an_unknown_clock_and_efault_for_a_bad_pointer) {
  zcall_timespec ts;
  T_EXPECT_ERR(zcall_clock_gettime(1000, &ts), EINVAL);
  T_EXPECT_ERR(zcall_clock_gettime(ZCALL_CLOCK_MONOTONIC, nullptr), EFAULT);
}

// A relative sleep never ends early: the glibc read before the call precedes the kernel's start.
TEST(proc_clock_nanosleep, sleeps_one_relative_millisecond_and_returns_zero) {
  const zcall_timespec req = {0, 1 * ms};
  const std::int64_t before = glibc_monotonic_ns();
  EXPECT_EQ(T_EXPECT_OK(zcall_clock_nanosleep(ZCALL_CLOCK_MONOTONIC, 0, &req, nullptr)), 0u);
  EXPECT_GE(glibc_monotonic_ns() - before, 1 * ms);
}

// Read as a relative time (were the flags lost), a second ago would be a sleep as long as the machine has been
// up: the call is made in a child with a watchdog, so that such a bug fails the test instead of hanging it.
TEST(proc_clock_nanosleep, returns_zero_at_once_for_an_absolute_time_in_the_past) {
  const std::int64_t now = glibc_monotonic_ns();
  ASSERT_GT(now, 1'000'000'000);
  const zcall_timespec past = {now / 1'000'000'000 - 1, now % 1'000'000'000};
  pid_t pid = fork();
  if (pid == 0) {
    alarm(watchdog_seconds);
    zcall_ret r = zcall_clock_nanosleep(ZCALL_CLOCK_MONOTONIC, ZCALL_TIMER_ABSTIME, &past, nullptr);
    _exit(r.err != 0 ? static_cast<int>(r.err) : r.r1 != 0 ? 255 : 0);
  }
  child_process child(pid);
  ASSERT_GT(child.pid(), 0) << "fork failed";
  int status = child.wait();
  EXPECT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status) << " (SIGALRM: it slept)";
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the error number or, for 255, a result other than 0";
}

TEST(proc_clock_nanosleep, fails_with_einval_for_tv_nsec_of_a_billion_or_an_unknown_clock) {
  const zcall_timespec bad = {0, 1'000'000'000}, negative = {0, -1}, ok = {0, 1};
  T_EXPECT_ERR(zcall_clock_nanosleep(ZCALL_CLOCK_MONOTONIC, 0, &bad, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_clock_nanosleep(ZCALL_CLOCK_MONOTONIC, 0, &negative, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_clock_nanosleep(1000, 0, &ok, nullptr), EINVAL);
}

TEST(proc_nanosleep, sleeps_one_millisecond_and_returns_zero) {
  const zcall_timespec req = {0, 1 * ms};
  zcall_timespec rem = {-1, -1};
  const std::int64_t before = glibc_monotonic_ns();
  EXPECT_EQ(T_EXPECT_OK(zcall_nanosleep(&req, &rem)), 0u);
  EXPECT_GE(glibc_monotonic_ns() - before, 1 * ms);
}

// Restores the action of a signal when the test ends.
class action_restorer {
 public:
  explicit action_restorer(int sig) : sig_(sig) { sigaction(sig, nullptr, &saved_); }
  ~action_restorer() { sigaction(sig_, &saved_, nullptr); }

 private:
  int sig_;
  struct sigaction saved_ = {};
};

// A thread sleeps for the watchdog's length; this thread signals it (a handler without SA_RESTART, so the
// sleep is not restarted) until its sleep returns: it must fail with EINTR and leave the time left in *rem.
TEST(proc_nanosleep, interrupted_by_a_signal_fails_with_eintr_and_writes_the_time_left) {
  action_restorer restore_action(SIGUSR1);
  mask_restorer restore_mask;
  struct sigaction sa = {};
  sa.sa_handler = [](int) {};
  sigemptyset(&sa.sa_mask);
  ASSERT_EQ(sigaction(SIGUSR1, &sa, nullptr), 0);
  ::sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &usr1, nullptr), 0);  // the sleeper inherits the mask

  const zcall_timespec req = {watchdog_seconds, 0};
  zcall_timespec rem = {-1, -1};
  zcall_ret slept = {0, 0};
  std::atomic<pid_t> tid{0};
  std::atomic<bool> done{false};
  std::thread sleeper([&] {
    tid.store(gettid());
    slept = zcall_nanosleep(&req, &rem);
    done.store(true);
  });
  while (tid.load() == 0) std::this_thread::yield();
  while (!done.load()) {  // a signal that lands before the sleep starts only runs the handler
    ::tgkill(getpid(), tid.load(), SIGUSR1);
    std::this_thread::yield();
  }
  sleeper.join();
  T_EXPECT_ERR(slept, EINTR);
  EXPECT_GE(rem.tv_sec, 0);
  EXPECT_GE(rem.tv_nsec, 0);
  EXPECT_LT(rem.tv_nsec, 1'000'000'000);
  EXPECT_GT(ns_of(rem), 0);
  // The kernel counts the time left to the timer's hard expiry, which the thread's timer slack extends.
  EXPECT_LE(ns_of(rem), ns_of(req) + prctl(PR_GET_TIMERSLACK, 0, 0, 0, 0));
}

TEST(proc_nanosleep, fails_with_einval_for_a_bad_tv_nsec_or_negative_seconds) {
  const zcall_timespec bad = {0, 1'000'000'000}, negative = {-1, 0};
  T_EXPECT_ERR(zcall_nanosleep(&bad, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_nanosleep(&negative, nullptr), EINVAL);
}

TEST(proc_nanosleep, fails_with_efault_for_a_null_request) {
  T_SKIP_IF_EMULATED("qemu-user answers EINVAL for a request it cannot read");
  T_EXPECT_ERR(zcall_nanosleep(nullptr, nullptr), EFAULT);
}

// --- exit_group -----------------------------------------------------------------------

TEST(proc_exit_group, ends_a_forked_child_with_the_given_status) {
  pid_t pid = fork();
  if (pid == 0) zcall_exit_group(42);
  child_process child(pid);
  ASSERT_GT(child.pid(), 0) << "fork failed";
  int status = child.wait();
  EXPECT_TRUE(WIFEXITED(status)) << "status " << status;
  EXPECT_EQ(WEXITSTATUS(status), 42);
}

// The second thread calls exit_group while the first is blocked: the whole process must end.
TEST(proc_exit_group, called_from_a_second_thread_ends_every_thread) {
  t_pair block;
  ASSERT_EQ(pipe(block.fd), 0);
  pid_t pid = fork();
  if (pid == 0) {
    alarm(watchdog_seconds);  // should exit_group end only its caller, SIGALRM ends the child
    pthread_t thread;
    if (pthread_create(&thread, nullptr, [](void*) -> void* { zcall_exit_group(42); }, nullptr) != 0) _exit(99);
    char c;
    while (::read(block.fd[0], &c, 1) < 0 && errno == EINTR) {
    }
    _exit(98);
  }
  child_process child(pid);
  ASSERT_GT(child.pid(), 0) << "fork failed";
  int status = child.wait();
  EXPECT_TRUE(WIFEXITED(status)) << "status " << status;
  EXPECT_EQ(WEXITSTATUS(status), 42);
}

// --- getrandom --------------------------------------------------------------------------

TEST(proc_getrandom, fills_64_bytes_that_are_not_all_zero_and_differ_between_calls) {
  std::array<unsigned char, 64> a{}, b{};
  EXPECT_EQ(T_EXPECT_OK(zcall_getrandom(a.data(), a.size(), 0)), 64u);
  EXPECT_EQ(T_EXPECT_OK(zcall_getrandom(b.data(), b.size(), 0)), 64u);
  EXPECT_FALSE(std::all_of(a.begin(), a.end(), [](unsigned char c) { return c == 0; }));
  EXPECT_NE(a, b);
}

TEST(proc_getrandom, nonblock_fills_the_buffer) {
  std::array<unsigned char, 64> a{};
  zcall_ret r = zcall_getrandom(a.data(), a.size(), ZCALL_GRND_NONBLOCK);
  if (r.err == EAGAIN) GTEST_SKIP() << "getrandom(GRND_NONBLOCK): EAGAIN, the kernel's random pool is not ready yet";
  EXPECT_EQ(T_EXPECT_OK(r), 64u);
  EXPECT_FALSE(std::all_of(a.begin(), a.end(), [](unsigned char c) { return c == 0; }));
}

TEST(proc_getrandom, fails_with_einval_for_unknown_flags_and_efault_for_a_bad_buffer) {
  unsigned char buf[64];
  T_EXPECT_ERR(zcall_getrandom(buf, sizeof buf, 0x40), EINVAL);
  T_EXPECT_ERR(zcall_getrandom(buf, sizeof buf, ZCALL_GRND_INSECURE | ZCALL_GRND_RANDOM), EINVAL);
  T_EXPECT_ERR(zcall_getrandom(nullptr, sizeof buf, 0), EFAULT);
}

// --- C++ --------------------------------------------------------------------------------

TEST(cpp_proc, ids_time_randomness_and_names_come_back_as_results) {
  auto [pid, err] = zcall::getpid();
  ASSERT_FALSE(err) << err.name();
  EXPECT_EQ(pid, getpid());
  auto [tid, terr] = zcall::gettid();
  EXPECT_FALSE(terr);
  EXPECT_EQ(tid, gettid());
  auto [ppid, perr] = zcall::getppid();
  EXPECT_FALSE(perr);
  EXPECT_EQ(ppid, getppid());

  std::array<std::byte, 32> buf{};
  auto [n, gerr] = zcall::getrandom(buf, zcall::grnd::INSECURE);
  EXPECT_FALSE(gerr) << gerr.name();
  EXPECT_EQ(n, buf.size());
  EXPECT_EQ(zcall::getrandom(buf, 0x40).err, zcall::Errno::INVAL);

  zcall::timespec ts{};
  EXPECT_FALSE(zcall::clock_gettime(zcall::clock::MONOTONIC, &ts));
  EXPECT_GT(ns_of(ts), 0);
  EXPECT_EQ(zcall::clock_nanosleep(zcall::clock::MONOTONIC, zcall::timer::ABSTIME, ts), zcall::Errno{});
  EXPECT_EQ(zcall::nanosleep(zcall::timespec{0, 1'000'000'000}), zcall::Errno::INVAL);
  EXPECT_FALSE(zcall::sched_yield());
  EXPECT_FALSE(zcall::kill(getpid(), 0));
  EXPECT_EQ(zcall::tgkill(getpid(), gone_pid(), 0), zcall::Errno::SRCH);

  name_restorer restore;
  EXPECT_FALSE(zcall::prctl(zcall::pr::SET_NAME, "zcall-cpp").err);
  char name[16] = {};
  auto [got, nerr] = zcall::prctl(zcall::pr::GET_NAME, name);
  EXPECT_FALSE(nerr);
  EXPECT_EQ(got, 0u);
  EXPECT_STREQ(name, "zcall-cpp");
}

TEST(cpp_proc, rt_sigprocmask_takes_a_sigset_of_and_pidfds_come_back_as_results) {
  mask_restorer restore;
  const zcall::sigset_t usr2 = zcall::sigset_of({zcall::sig::USR2});
  zcall::sigset_t old{};
  EXPECT_FALSE(zcall::rt_sigprocmask(zcall::sig::BLOCK, &usr2, &old));
  EXPECT_EQ(glibc_mask(), old.sig[0] | bit(SIGUSR2));
  EXPECT_FALSE(zcall::rt_sigprocmask(zcall::sig::SETMASK, &old));
  EXPECT_EQ(glibc_mask(), old.sig[0]);
  EXPECT_EQ(zcall::rt_sigprocmask(99, &usr2), zcall::Errno::INVAL);

  T_SKIP_IF_VALGRIND_LACKS(ZCALL_SYS_pidfd_open);
  t_pair block;
  ASSERT_EQ(pipe(block.fd), 0);
  child_process child(fork_blocked_child(block));
  ASSERT_GT(child.pid(), 0);
  auto [pidfd, err] = zcall::pidfd_open(child.pid());
  ASSERT_FALSE(err) << err.name();
  t_fd owner(pidfd);
  zcall::Errno sent = zcall::pidfd_send_signal(pidfd, SIGTERM);
  EXPECT_FALSE(sent) << sent.name();
  if (sent) ::kill(child.pid(), SIGKILL);  // not to wait forever; ends it with another signal
  int status = child.wait();
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << "status " << status;
  EXPECT_EQ(zcall::pidfd_open(gone_pid()).err, zcall::Errno::SRCH);
  EXPECT_EQ(zcall::pidfd_send_signal(block.fd[0], 0), zcall::Errno::BADF);
}

}  // namespace
