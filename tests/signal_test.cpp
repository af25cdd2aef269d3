// SPDX-License-Identifier: MIT
// Signals (rt_sigaction, sigaltstack, rt_sigtimedwait, rt_sigqueueinfo, rt_tgsigqueueinfo,
// rt_sigsuspend, rt_sigpending) and timers and clocks (timer_*, clock_settime, clock_adjtime,
// setitimer, getitimer). Whatever installs a handler, blocks a signal or arms a timer does so in a
// child: the test process's own handlers, mask and timers stay as they are.
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>

#include <cerrno>
#include <csignal>
#include <string>

#include "helpers.hpp"

namespace {

void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

// What the handlers saw, in the child that installed them.
volatile sig_atomic_t handled_signal;
volatile sig_atomic_t handled_code;
volatile sig_atomic_t handled_value;
volatile sig_atomic_t handled_on_alt_stack;
char* alt_stack;
std::size_t alt_stack_size;

void on_signal(int sig) { handled_signal = sig; }

void on_signal_with_info(int sig, zcall_siginfo* info, void*) {
  handled_signal = sig;
  handled_code = info->si_code;
  handled_value = info->_sifields._rt._sigval.sival_int;
}

void on_alt_stack(int sig) {
  char here;
  handled_on_alt_stack = &here >= alt_stack && &here < alt_stack + alt_stack_size;
  handled_signal = sig;
}

// The action that runs handler, made the way a C caller must: on x86_64 with zcall's restorer.
zcall_sigaction action(void (*handler)(int), std::uint64_t flags = 0) {
  zcall_sigaction act = {};
  act.handler = handler;
  act.flags = flags;
#if defined(__x86_64__)
  act.flags |= ZCALL_SA_RESTORER;
  act.restorer = zcall_rt_sigreturn;
#endif
  return act;
}

zcall_sigset_t only(int sig) { return zcall::sigset_of({sig}); }

int self_tid() { return static_cast<int>(zcall_gettid().r1); }

// --- rt_sigaction -------------------------------------------------------------------------------

TEST(signal_rt_sigaction, a_handler_installed_through_zcall_runs_and_returns) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigaction act = action(on_signal);
    c.ok(zcall_rt_sigaction(SIGUSR1, &act, nullptr), "rt_sigaction");
    c.ok(zcall_tgkill(getpid(), self_tid(), SIGUSR1), "tgkill");
    c.expect(handled_signal == SIGUSR1, "the handler ran");
    // Returning from it restored this frame: the code after the signal runs, twice over.
    handled_signal = 0;
    c.ok(zcall_kill(getpid(), SIGUSR1), "kill");
    c.expect(handled_signal == SIGUSR1, "the handler ran again, after returning once");
  });
}

TEST(signal_rt_sigaction, sa_siginfo_passes_the_sender_s_code_and_the_old_action_comes_back) {
  T_IN_CHILD(0, [](t_child& c) {
    zcall_sigaction act = action(nullptr, ZCALL_SA_SIGINFO);
    act.action = on_signal_with_info;
    act.mask = only(SIGUSR2);
    c.ok(zcall_rt_sigaction(SIGUSR1, &act, nullptr), "rt_sigaction");
    zcall_sigaction old = {};
    c.ok(zcall_rt_sigaction(SIGUSR1, nullptr, &old), "rt_sigaction, reading");
    c.expect(old.action == on_signal_with_info, "the handler reads back");
    c.expect((old.flags & ZCALL_SA_SIGINFO) != 0, "SA_SIGINFO reads back");
    c.expect(old.mask.sig[0] == only(SIGUSR2).sig[0], "the mask reads back");
    c.ok(zcall_tgkill(getpid(), self_tid(), SIGUSR1), "tgkill");
    c.expect(handled_signal == SIGUSR1 && handled_code == ZCALL_SI_TKILL, "the handler saw SI_TKILL");
  });
}

TEST(signal_rt_sigaction, fails_with_einval_for_sigkill_sigstop_and_numbers_out_of_range) {
  const zcall_sigaction act = action(on_signal);
  T_EXPECT_ERR(zcall_rt_sigaction(SIGKILL, &act, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_rt_sigaction(SIGSTOP, &act, nullptr), EINVAL);
  T_EXPECT_ERR(zcall_rt_sigaction(0, &act, nullptr), EINVAL);
#if defined(__mips64)
  T_EXPECT_ERR(zcall_rt_sigaction(129, &act, nullptr), EINVAL);  // mips's _NSIG is 128
#else
  T_EXPECT_ERR(zcall_rt_sigaction(65, &act, nullptr), EINVAL);
#endif
  T_EXPECT_ERR(zcall_rt_sigaction(SIGUSR1, static_cast<zcall_sigaction*>(unmapped), nullptr), EFAULT);
}

// A handler for SIGSEGV changes what the sanitizers and the C library rely on: in a child, where a fault
// is provoked by a raw kill, since the handler returns and a real fault would recur.
TEST(signal_rt_sigaction, takes_sigsegv_in_a_child) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigaction act = action(on_signal, ZCALL_SA_RESETHAND);
    c.ok(zcall_rt_sigaction(SIGSEGV, &act, nullptr), "rt_sigaction");
    c.ok(zcall_tgkill(getpid(), self_tid(), SIGSEGV), "tgkill");
    c.expect(handled_signal == SIGSEGV, "the handler ran");
    zcall_sigaction now = {};
    c.ok(zcall_rt_sigaction(SIGSEGV, nullptr, &now), "rt_sigaction, reading");
    c.expect(now.handler == nullptr, "SA_RESETHAND restored the default");
  });
}

// --- sigaltstack ----------------------------------------------------------------------------------

// A stack_t by field name: mips puts ss_flags after ss_size.
zcall_stack_t stack_of(void* sp, int flags, std::size_t size) {
  zcall_stack_t ss = {};
  ss.ss_sp = sp;
  ss.ss_flags = flags;
  ss.ss_size = size;
  return ss;
}

TEST(signal_sigaltstack, a_handler_with_sa_onstack_runs_on_the_alternate_stack) {
  T_IN_CHILD(0, [](t_child& c) {
    alt_stack_size = 64 * 1024;
    alt_stack =
        static_cast<char*>(mmap(nullptr, alt_stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    const zcall_stack_t ss = stack_of(alt_stack, 0, alt_stack_size);
    c.ok(zcall_sigaltstack(&ss, nullptr), "sigaltstack");
    zcall_stack_t now = {};
    c.ok(zcall_sigaltstack(nullptr, &now), "sigaltstack, reading");
    c.expect(now.ss_sp == alt_stack && now.ss_size == alt_stack_size && now.ss_flags == 0, "the stack reads back");
    const zcall_sigaction act = action(on_alt_stack, ZCALL_SA_ONSTACK);
    c.ok(zcall_rt_sigaction(SIGUSR1, &act, nullptr), "rt_sigaction");
    c.ok(zcall_tgkill(getpid(), self_tid(), SIGUSR1), "tgkill");
    c.expect(handled_signal == SIGUSR1 && handled_on_alt_stack, "the handler ran on the alternate stack");
    const zcall_stack_t small = stack_of(alt_stack, 0, 512);
    c.err(zcall_sigaltstack(&small, nullptr), ENOMEM, "sigaltstack below MINSIGSTKSZ");
    const zcall_stack_t bad_flags = stack_of(alt_stack, 0x1234, alt_stack_size);
    c.err(zcall_sigaltstack(&bad_flags, nullptr), EINVAL, "sigaltstack with unknown flags");
  });
}

// --- rt_sigtimedwait, rt_sigpending, rt_sigqueueinfo, rt_tgsigqueueinfo, rt_sigsuspend -----------------

TEST(signal_rt_sigtimedwait, takes_a_pending_blocked_signal_with_its_info) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigset_t usr1 = only(SIGUSR1);
    c.ok(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &usr1, nullptr), "rt_sigprocmask");
    const zcall_timespec now = {0, 0};
    c.err(zcall_rt_sigtimedwait(&usr1, nullptr, &now), EAGAIN, "rt_sigtimedwait with nothing pending");
    c.ok(zcall_kill(getpid(), SIGUSR1), "kill");
    zcall_sigset_t pending = {};
    c.ok(zcall_rt_sigpending(&pending), "rt_sigpending");
    c.expect(pending.sig[0] == usr1.sig[0], "SIGUSR1 is pending");
    zcall_siginfo info = {};
    c.expect(c.ok(zcall_rt_sigtimedwait(&usr1, &info, &now), "rt_sigtimedwait") == SIGUSR1, "took SIGUSR1");
    c.expect(info.si_signo == SIGUSR1 && info.si_code == ZCALL_SI_USER && info._sifields._kill._pid == getpid(),
             "the siginfo of a kill from this process");
    const zcall_timespec bad = {0, 1'000'000'000};
    c.err(zcall_rt_sigtimedwait(&usr1, nullptr, &bad), EINVAL, "rt_sigtimedwait with a bad timeout");
  });
}

TEST(signal_rt_sigpending, fails_with_efault) {
  T_EXPECT_ERR(zcall_rt_sigpending(static_cast<zcall_sigset_t*>(unmapped)), EFAULT);
}

TEST(signal_rt_sigqueueinfo, queues_a_value_that_rt_sigtimedwait_receives) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigset_t usr1 = only(SIGUSR1);
    c.ok(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &usr1, nullptr), "rt_sigprocmask");
    zcall_siginfo info = {};
    info.si_signo = SIGUSR1;
    info.si_code = ZCALL_SI_QUEUE;
    info._sifields._rt._pid = getpid();
    info._sifields._rt._sigval.sival_int = 42;
    c.ok(zcall_rt_sigqueueinfo(getpid(), SIGUSR1, &info), "rt_sigqueueinfo");
    info._sifields._rt._sigval.sival_int = 43;
    c.ok(zcall_rt_tgsigqueueinfo(getpid(), self_tid(), SIGUSR1, &info), "rt_tgsigqueueinfo");
    const zcall_timespec now = {0, 0};
    zcall_siginfo got = {};
    c.ok(zcall_rt_sigtimedwait(&usr1, &got, &now), "rt_sigtimedwait");
    const int first = got._sifields._rt._sigval.sival_int;
    c.expect(got.si_code == ZCALL_SI_QUEUE && (first == 42 || first == 43), "a queued value");
    c.err(zcall_rt_sigqueueinfo(0x7654321, SIGUSR1, &info), ESRCH, "rt_sigqueueinfo to no process");
    c.err(zcall_rt_tgsigqueueinfo(getpid(), 0x7654321, SIGUSR1, &info), ESRCH, "rt_tgsigqueueinfo to no thread");
    c.err(zcall_rt_sigqueueinfo(getpid(), 999, &info), EINVAL, "rt_sigqueueinfo of a bad signal");
    // Another process may not be sent a kernel-made code (si_code >= 0) or SI_TKILL.
    info.si_code = ZCALL_SI_USER;
    c.err(zcall_rt_sigqueueinfo(getppid(), 0, &info), EPERM, "rt_sigqueueinfo faking SI_USER to another process");
  });
}

TEST(signal_rt_sigsuspend, returns_eintr_once_a_pending_signal_s_handler_has_run) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigaction act = action(on_signal);
    c.ok(zcall_rt_sigaction(SIGUSR1, &act, nullptr), "rt_sigaction");
    const zcall_sigset_t usr1 = only(SIGUSR1), none = {};
    c.ok(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &usr1, nullptr), "rt_sigprocmask");
    c.ok(zcall_kill(getpid(), SIGUSR1), "kill");
    c.expect(handled_signal == 0, "blocked, the signal waits");
    c.err(zcall_rt_sigsuspend(&none), EINTR, "rt_sigsuspend");
    c.expect(handled_signal == SIGUSR1, "the handler ran during rt_sigsuspend");
    zcall_sigset_t mask = {};
    c.ok(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, nullptr, &mask), "rt_sigprocmask, reading");
    c.expect(mask.sig[0] == usr1.sig[0], "the old mask is back");
  });
}

TEST(signal_rt_sigsuspend, fails_with_efault_for_a_bad_mask) {
  T_EXPECT_ERR(zcall_rt_sigsuspend(static_cast<zcall_sigset_t*>(unmapped)), EFAULT);
}

// --- Timers -----------------------------------------------------------------------------------

TEST(signal_timer, create_arm_read_and_delete_a_timer_that_notifies_nobody) {
  zcall_sigevent none = {};
  none.sigev_notify = ZCALL_SIGEV_NONE;
  int id = -1;
  T_EXPECT_OK(zcall_timer_create(ZCALL_CLOCK_MONOTONIC, &none, &id));
  ASSERT_GE(id, 0);
  const zcall_itimerspec in_an_hour = {{0, 0}, {3600, 0}};
  zcall_itimerspec old = {{1, 1}, {1, 1}};
  T_EXPECT_OK(zcall_timer_settime(id, 0, &in_an_hour, &old));
  EXPECT_EQ(old.it_value.tv_sec, 0) << "it was disarmed";
  zcall_itimerspec left = {};
  T_EXPECT_OK(zcall_timer_gettime(id, &left));
  EXPECT_GT(left.it_value.tv_sec, 3500);
  EXPECT_LE(left.it_value.tv_sec, 3600);
  EXPECT_EQ(T_EXPECT_OK(zcall_timer_getoverrun(id)), 0u);
  T_EXPECT_OK(zcall_timer_delete(id));
  T_EXPECT_ERR(zcall_timer_gettime(id, &left), EINVAL);
  T_EXPECT_ERR(zcall_timer_delete(id), EINVAL);
}

TEST(signal_timer, fails_with_einval_for_a_bad_clock_timer_or_time) {
  zcall_sigevent none = {};
  none.sigev_notify = ZCALL_SIGEV_NONE;
  int id = -1;
  T_EXPECT_ERR(zcall_timer_create(9999, &none, &id), EINVAL);
  T_EXPECT_ERR(zcall_timer_getoverrun(0x7654321), EINVAL);
  T_EXPECT_OK(zcall_timer_create(ZCALL_CLOCK_MONOTONIC, &none, &id));
  const zcall_itimerspec bad = {{0, 0}, {0, 1'000'000'000}};
  T_EXPECT_ERR(zcall_timer_settime(id, 0, &bad, nullptr), EINVAL);
  T_EXPECT_OK(zcall_timer_delete(id));
}

TEST(signal_timer, a_signalling_timer_counts_the_expirations_a_blocked_signal_missed) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_sigset_t usr2 = only(SIGUSR2);
    c.ok(zcall_rt_sigprocmask(ZCALL_SIG_BLOCK, &usr2, nullptr), "rt_sigprocmask");
    zcall_sigevent ev = {};
    ev.sigev_notify = ZCALL_SIGEV_SIGNAL;
    ev.sigev_signo = SIGUSR2;
    ev.sigev_value.sival_int = 7;
    int id = -1;
    c.ok(zcall_timer_create(ZCALL_CLOCK_MONOTONIC, &ev, &id), "timer_create");
    const zcall_itimerspec every_ms = {{0, 1'000'000}, {0, 1'000'000}};
    c.ok(zcall_timer_settime(id, 0, &every_ms, nullptr), "timer_settime");
    const zcall_timespec wait = {0, 50'000'000};
    zcall_siginfo info = {};
    c.expect(c.ok(zcall_rt_sigtimedwait(&usr2, &info, &wait), "rt_sigtimedwait") == SIGUSR2, "the timer's signal");
    // qemu-user hands the host's si_code on untranslated: SI_TIMER is -2 there, -3 on mips.
    if (const char* emulator = t_emulator(); emulator && info.si_code != ZCALL_SI_TIMER && info.si_code == -2)
      c.skip(std::string(emulator) + ": passes the host's si_code SI_TIMER (-2) on untranslated");
    c.expect(info.si_code == ZCALL_SI_TIMER && info._sifields._timer._sigval.sival_int == 7, "SI_TIMER, the value");
    const zcall_timespec pause = {0, 20'000'000};
    zcall_nanosleep(&pause, nullptr);
    // While the signal stays queued, further expirations are counted as overruns.
    c.expect(c.ok(zcall_rt_sigtimedwait(&usr2, &info, &wait), "rt_sigtimedwait") == SIGUSR2, "a second signal");
    c.expect(info._sifields._timer._overrun > 0, "expirations missed while queued");
    c.ok(zcall_timer_getoverrun(id), "timer_getoverrun");
    c.ok(zcall_timer_delete(id), "timer_delete");
  });
}

TEST(signal_itimer, setitimer_arms_a_child_s_virtual_timer_that_getitimer_reads) {
  T_IN_CHILD(0, [](t_child& c) {
    const zcall_itimerval ten_seconds = {{0, 0}, {10, 0}};
    zcall_itimerval old = {{1, 1}, {1, 1}};
    c.ok(zcall_setitimer(ZCALL_ITIMER_VIRTUAL, &ten_seconds, &old), "setitimer");
    c.expect(old.it_value.tv_sec == 0 && old.it_value.tv_usec == 0, "it was disarmed");
    zcall_itimerval now = {};
    c.ok(zcall_getitimer(ZCALL_ITIMER_VIRTUAL, &now), "getitimer");
    c.expect(now.it_value.tv_sec > 8 && now.it_value.tv_sec <= 10, "about ten seconds left");
    c.err(zcall_setitimer(99, &ten_seconds, nullptr), EINVAL, "setitimer of an unknown timer");
    c.err(zcall_getitimer(99, &now), EINVAL, "getitimer of an unknown timer");
  });
}

// --- clock_settime and clock_adjtime: error paths only -------------------------------------------
// No namespace isolates CLOCK_REALTIME, so neither is ever made to succeed in changing it.

TEST(signal_clock_settime, fails_with_einval_for_a_clock_that_cannot_be_set_and_eperm_unprivileged) {
  zcall_timespec now = {};
  ASSERT_EQ(zcall_clock_gettime(ZCALL_CLOCK_REALTIME, &now).err, 0u);
  T_EXPECT_ERR(zcall_clock_settime(ZCALL_CLOCK_MONOTONIC, &now), EINVAL);
  T_EXPECT_ERR(zcall_clock_settime(9999, &now), EINVAL);
  const zcall_timespec bad = {now.tv_sec, 1'000'000'000};
  T_EXPECT_ERR(zcall_clock_settime(ZCALL_CLOCK_REALTIME, &bad), EINVAL);
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    c.ok(zcall_setuid(1000), "setuid");
    zcall_timespec t = {};
    zcall_clock_gettime(ZCALL_CLOCK_REALTIME, &t);
    c.err(zcall_clock_settime(ZCALL_CLOCK_REALTIME, &t), EPERM, "clock_settime without CAP_SYS_TIME");
  });
}

TEST(signal_clock_adjtime, reads_the_clock_state_and_fails_with_einval_and_eperm) {
  zcall_timex tx = {};  // modes 0: only reads
  const zcall_ret state = zcall_clock_adjtime(ZCALL_CLOCK_REALTIME, &tx);
  T_EXPECT_OK(state);
  EXPECT_LE(state.r1, static_cast<std::uintptr_t>(ZCALL_TIME_ERROR));
  EXPECT_GT(tx.tick, 0) << "the kernel filled in the clock's state";
  T_EXPECT_ERR(zcall_clock_adjtime(9999, &tx), EINVAL);
  T_IN_CHILD(CLONE_NEWUSER, [](t_child& c) {
    c.ok(zcall_setuid(1000), "setuid");
    zcall_timex change = {};
    change.modes = ZCALL_ADJ_OFFSET;
    c.err(zcall_clock_adjtime(ZCALL_CLOCK_REALTIME, &change), EPERM, "clock_adjtime without CAP_SYS_TIME");
  });
}

// --- C++ ------------------------------------------------------------------------------------

TEST(cpp_signal, rt_sigaction_in_one_line_fills_in_the_restorer) {
  T_IN_CHILD(0, [](t_child& c) {
    c.expect(!zcall::rt_sigaction(SIGUSR2, on_signal), "rt_sigaction");
    c.ok(zcall_tgkill(getpid(), self_tid(), SIGUSR2), "tgkill");
    c.expect(handled_signal == SIGUSR2, "the handler ran and returned");
    c.expect(zcall::rt_sigaction(SIGKILL, on_signal) == zcall::Errno::INVAL, "SIGKILL");
    const zcall::sigset_t set = zcall::sigset_of({SIGUSR1});
    c.expect(!zcall::rt_sigprocmask(zcall::sig::BLOCK, &set, nullptr), "rt_sigprocmask");
    c.ok(zcall_kill(getpid(), SIGUSR1), "kill");
    const zcall::timespec now = {0, 0};
    c.expect(zcall::rt_sigtimedwait(set, nullptr, &now).value == SIGUSR1, "rt_sigtimedwait");
  });
}

}  // namespace
