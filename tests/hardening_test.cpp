// SPDX-License-Identifier: MIT
// zcall where programs are fragile: signal handlers, interrupted calls, a
// vfork child, a thread with no TLS, random arguments compared with glibc,
// and numbers the kernel does not have.
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <random>
#include <thread>
#include <vector>

#include "helpers.hpp"

namespace {

// --- Signals --------------------------------------------------------------------

volatile sig_atomic_t handled;
std::uintptr_t handler_write_result;

void note_signal(int) { handled = 1; }

// Installs handler for SIGALRM, with or without SA_RESTART, and restores the old one.
class t_sigalrm {
 public:
  t_sigalrm(void (*handler)(int), bool restart) {
    struct sigaction sa = {};
    sa.sa_handler = handler;
    sa.sa_flags = restart ? SA_RESTART : 0;
    sigaction(SIGALRM, &sa, &old_);
    handled = 0;
  }
  // A SIGALRM the timer made before it stopped may not be delivered yet (valgrind
  // delivers late): it is taken here, or the default action restored next would
  // end the process.
  ~t_sigalrm() {
    setitimer(ITIMER_REAL, &zero_, nullptr);
    sigset_t alrm, mask;
    sigemptyset(&alrm);
    sigaddset(&alrm, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &alrm, &mask);
    const timespec now = {};
    while (sigtimedwait(&alrm, nullptr, &now) == SIGALRM) {
    }
    sigaction(SIGALRM, &old_, nullptr);
    pthread_sigmask(SIG_SETMASK, &mask, nullptr);
  }
  // SIGALRM in 20 ms, and every 20 ms after, until the test ends: a blocked call is surely interrupted.
  void arm() {
    itimerval t = {{0, 20000}, {0, 20000}};
    setitimer(ITIMER_REAL, &t, nullptr);
  }

 private:
  struct sigaction old_ = {};
  itimerval zero_ = {};
};

TEST(hardening_signals, a_handler_without_sa_restart_interrupts_a_blocking_read_with_eintr) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  t_sigalrm alarm(note_signal, false);
  alarm.arm();
  char c;
  T_EXPECT_ERR(zcall_read(p.fd[0], &c, 1), EINTR);
  EXPECT_EQ(handled, 1);
}

TEST(hardening_signals, futex_wait_and_epoll_pwait_are_interrupted_with_eintr) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_sigalrm alarm(note_signal, false);
  alarm.arm();
  std::uint32_t word = 0;
  T_EXPECT_ERR(zcall_futex_op_wait_private(&word, 0, nullptr), EINTR);
  t_fd ep(static_cast<int>(T_EXPECT_OK(zcall_epoll_create1(0))));
  zcall_epoll_event events[1];
  T_EXPECT_ERR(zcall_epoll_pwait(ep.get(), events, 1, -1, nullptr), EINTR);
}

TEST(hardening_signals, with_sa_restart_the_kernel_restarts_the_read_which_completes) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  int sv[2];
  ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  t_fd a(sv[0]), b(sv[1]);
  t_sigalrm alarm(note_signal, true);
  alarm.arm();
  // The writer waits for a signal to have been handled, so the read below has
  // been interrupted at least once before data arrives.
  std::thread writer([&] {
    while (!handled) sched_yield();
    (void)write(b.get(), "r", 1);
  });
  char c = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(a.get(), &c, 1)), 1u);
  writer.join();
  EXPECT_EQ(c, 'r');
  EXPECT_EQ(handled, 1);
}

void write_from_handler(int) {
  // Fails on purpose (EBADF): zcall reports it in its result and leaves errno alone.
  handler_write_result = zcall_write(-1, "x", 1).err;
  handled = 1;
}

TEST(hardening_signals, calls_in_a_handler_work_and_leave_the_interrupted_codes_errno_alone) {
  T_SKIP_IF_TSAN("handlers wait for an intercepted call, and raw calls are not intercepted");
  t_sigalrm alarm(write_from_handler, true);
  errno = EDOM;
  raise(SIGALRM);
  EXPECT_EQ(handled, 1);
  EXPECT_EQ(handler_write_result, static_cast<std::uintptr_t>(EBADF));
  EXPECT_EQ(errno, EDOM);
}

// --- Processes and threads ------------------------------------------------------

TEST(hardening_processes, works_in_a_vfork_child) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  pid_t pid = vfork();
  if (pid == 0) {
    // Between vfork and exit only async-signal-safe code may run: zcall is.
    zcall_write(p.fd[1], "vfork", 5);
    zcall_exit_group(zcall_getpid().r1 > 0 ? 7 : 1);
  }
  ASSERT_GT(pid, 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 7);
  char buf[6] = {};
  EXPECT_EQ(read(p.fd[0], buf, 5), 5);
  EXPECT_STREQ(buf, "vfork");
}

// A thread made with raw clone(CLONE_VM) and no TLS: its thread pointer is
// whatever the parent's was, so anything touching TLS (errno) would corrupt the
// parent's. zcall touches none; the child writes, reads its pid and exits.
std::atomic<int> clone_pid{0};
int clone_fd = -1;

int clone_child(void*) {
  zcall_write(clone_fd, "clone", 5);
  clone_pid.store(static_cast<int>(zcall_gettid().r1));
  zcall_ret r = zcall_syscall4(ZCALL_SYS_exit, 0, 0, 0, 0);  // exit this thread only
  return static_cast<int>(r.err);
}

TEST(hardening_processes, works_in_a_clone_vm_child_that_has_no_tls) {
  T_SKIP_IF_TSAN("it does not support threads made by a raw clone");
  T_SKIP_IF_EMULATED("qemu-user emulates clone(CLONE_VM) without a separate stack setup of its own");
  T_SKIP_IF_VALGRIND("it takes clone(CLONE_VM) only with the flags of a thread, and ends the program on any other");
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  clone_fd = p.fd[1];
  std::vector<char> stack(256 * 1024);
  int saved_errno = errno = ERANGE;
  int pid = clone(clone_child, stack.data() + stack.size(), CLONE_VM | SIGCHLD, nullptr);
  ASSERT_GT(pid, 0);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(clone_pid.load(), pid);
  EXPECT_EQ(errno, saved_errno);
  char buf[6] = {};
  EXPECT_EQ(read(p.fd[0], buf, 5), 5);
  EXPECT_STREQ(buf, "clone");
}

TEST(hardening_threads, eight_threads_make_100000_calls_each) {
  const int per_thread = t_emulator() ? 2000 : 100000;
  std::atomic<long> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; t++)
    threads.emplace_back([&] {
      int fds[2];
      if (zcall_pipe2(fds, ZCALL_O_NONBLOCK).err) return;
      long mine = 0;
      for (int i = 0; i < per_thread; i++) {
        char c = static_cast<char>(i);
        if (zcall_write(fds[1], &c, 1).r1 == 1 && zcall_read(fds[0], &c, 1).r1 == 1 && c == static_cast<char>(i))
          mine++;
      }
      zcall_close(fds[0]);
      zcall_close(fds[1]);
      ok += mine;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 8L * per_thread);
}

// --- Random arguments, compared with glibc's syscall() --------------------------

// Calls that leave no trace, with random arguments: zcall's {r1, err} must be
// what glibc's syscall() returns and leaves in errno. Seeded; the seed is printed.
TEST(hardening_differential, random_arguments_give_what_glibc_syscall_gives) {
  const unsigned seed = std::random_device{}();
  SCOPED_TRACE("seed " + std::to_string(seed));
  std::mt19937_64 rng(seed);
  t_fd mem(memfd_create("zcall-diff", 0));
  ASSERT_GE(mem.get(), 0);
  std::vector<char> data(1 << 16, 'd');
  ASSERT_EQ(pwrite(mem.get(), data.data(), data.size(), 0), static_cast<ssize_t>(data.size()));
  t_fd sock(socket(AF_INET, SOCK_STREAM, 0));
  const auto memfd = static_cast<std::uintptr_t>(mem.get());
  char buf[512];
  socklen_t len;
  const auto at = [](const void* p) { return reinterpret_cast<std::uintptr_t>(p); };
  const int n = t_emulator() ? 10000 : 100000;
  int mismatches = 0;
  for (int i = 0; i < n && mismatches < 10; i++) {
    std::uintptr_t nr, a[5] = {};
    switch (rng() % 5) {
      case 0:  // fcntl(F_GETFL) on descriptors that may or may not be open
        nr = SYS_fcntl, a[0] = rng() % 64, a[1] = F_GETFL;
        break;
      case 1:  // lseek on a memfd with any offset and a whence that does not depend on the position
        nr = SYS_lseek, a[0] = memfd, a[1] = rng() % (1 << 18) - (1 << 17);
        a[2] = rng() % 6;
        if (a[2] == SEEK_CUR) a[2] = SEEK_SET;
        break;
      case 2:  // pread64 on a memfd: random lengths and offsets, some past the end or negative
        nr = SYS_pread64, a[0] = memfd, a[1] = at(buf), a[2] = rng() % sizeof buf, a[3] = rng() % (1 << 17) - 1000;
        break;
      case 3:  // getsockopt with random levels and names
        len = sizeof buf;
        nr = SYS_getsockopt, a[0] = static_cast<std::uintptr_t>(sock.get()), a[1] = rng() % 300, a[2] = rng() % 80,
        a[3] = at(buf), a[4] = at(&len);
        break;
      default:  // clock_gettime with random clock ids, valid and not
        nr = SYS_clock_gettime, a[0] = rng() % 32 - 4, a[1] = at(buf);
        break;
    }
    zcall_ret z = zcall_syscall6(nr, a[0], a[1], a[2], a[3], a[4], 0);
    len = sizeof buf;
    errno = 0;
    long g = syscall(static_cast<long>(nr), a[0], a[1], a[2], a[3], a[4]);
    std::uintptr_t g_r1 = g == -1 ? ~std::uintptr_t{0} : static_cast<std::uintptr_t>(g);
    std::uintptr_t g_err = g == -1 ? static_cast<std::uintptr_t>(errno) : 0;
    if (z.r1 != g_r1 || z.err != g_err) {
      ADD_FAILURE() << "syscall " << nr << "(" << a[0] << ", " << a[1] << ", " << a[2] << ", " << a[3] << "): zcall {"
                    << z.r1 << ", " << z.err << "}, glibc {" << g_r1 << ", " << g_err << "}";
      mismatches++;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

// --- Numbers the kernel does not have --------------------------------------------

TEST(hardening_numbers, past_the_table_and_all_ones_give_enosys) {
  T_EXPECT_ERR(zcall_syscall4(ZCALL_SYS_rseq_slice_yield + 1, 0, 0, 0, 0), ENOSYS);
  T_EXPECT_ERR(zcall_syscall4(~std::uintptr_t{0}, 0, 0, 0, 0), ENOSYS);
  T_EXPECT_ERR(zcall_nr_last0(~std::uintptr_t{0}), ENOSYS);
}

// What a number at or above 2^32 becomes is the kernel's choice: x86_64 and
// aarch64 read it as an int, so its low 32 bits name a real syscall; riscv64
// and loongarch64 compare the whole register with the table and refuse it; s390x reads its low 16 bits
// (arch/s390/kernel/syscall.c, __do_syscall).
TEST(hardening_numbers, a_number_above_2_to_the_32_is_read_as_the_kernel_reads_it) {
  T_SKIP_IF_EMULATED("qemu-user decodes the number itself, as an int");
  const std::uintptr_t big = (std::uintptr_t{1} << 32) | ZCALL_SYS_getpid;
  zcall_ret r = zcall_nr_last0(big);
#if defined(__x86_64__) || defined(__aarch64__) || defined(__s390x__)
  EXPECT_EQ(r.err, 0u) << "the low 32 bits name getpid";
  EXPECT_EQ(r.r1, static_cast<std::uintptr_t>(getpid()));
#else
  T_EXPECT_ERR(r, ENOSYS);
#endif
}

}  // namespace
