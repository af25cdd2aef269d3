// SPDX-License-Identifier: MIT
// Futexes: futex, its futex_op_ helpers, futex_waitv, and futex2's futex_wait, futex_wake, futex_requeue.
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

#include "helpers.hpp"

namespace {

constexpr std::int64_t ms = 1'000'000;  // in nanoseconds

std::int64_t glibc_monotonic_ns() {
  ::timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

// An absolute CLOCK_MONOTONIC time one second ago.
zcall_timespec a_second_ago() {
  const std::int64_t now = glibc_monotonic_ns();
  return {now / 1'000'000'000 - 1, now % 1'000'000'000};
}

std::uint32_t load(std::uint32_t& word) { return std::atomic_ref<std::uint32_t>(word).load(); }
void store(std::uint32_t& word, std::uint32_t v) { std::atomic_ref<std::uint32_t>(word).store(v); }

using wait_fn = zcall_ret (*)(std::uint32_t*, std::uint32_t, const zcall_timespec*);
using wake_fn = zcall_ret (*)(std::uint32_t*, std::uint32_t);

// A wake is retried until it reports a woken waiter or the waiter stops waiting. Should neither happen for
// this long, far beyond any scheduling delay, the wrapper under test is broken: the test then gives up and
// fails rather than hangs. A watchdog, not a timing assertion: a working library never comes near it.
constexpr std::int64_t give_up_after_ns = 20'000'000'000;

// Calls wake until it wakes one waiter (its result then has r1 == 1), it fails, `stopped` is true, or the
// watchdog expires (the result then has r1 == 0).
template <class Wake, class Stopped>
zcall_ret retry_wake(Wake wake, Stopped stopped) {
  const std::int64_t start = glibc_monotonic_ns();
  zcall_ret woke = {0, 0};
  while (!stopped() && glibc_monotonic_ns() - start < give_up_after_ns) {
    woke = wake();
    if (woke.err != 0 || woke.r1 == 1) break;
    std::this_thread::yield();
  }
  return woke;
}

// Wakes every waiter on word, private or shared, through the C library: frees a waiter that a broken
// wrapper failed to wake.
void release_through_glibc(std::uint32_t* word) {
  syscall(SYS_futex, word, FUTEX_WAKE_PRIVATE, INT_MAX, nullptr, nullptr, 0);
  syscall(SYS_futex, word, FUTEX_WAKE, INT_MAX, nullptr, nullptr, 0);
}

// A waiter thread sleeps while the word is 0, as a lock or an event would. This thread wakes it, retrying
// until the wake reports that it woke one waiter (which proves the waiter was asleep on the word), and only
// then sets the word to 1 and wakes again, in case the waiter went back to sleep before seeing the 1.
// The waiter's first wait can end only through that wake: the kernel makes no spurious returns.
void expect_wake_to_wake_a_waiting_thread(wait_fn wait, wake_fn wake) {
  alignas(4) std::uint32_t word = 0;
  std::vector<zcall_ret> waits;  // every return of the waiter's futex waits, in order
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    do waits.push_back(wait(&word, 0, nullptr));
    while (load(word) == 0 && (waits.back().err == 0 || waits.back().err == EINTR));
    done.store(true);
  });
  // done early only if the waiter's wait failed
  const zcall_ret woke = retry_wake([&] { return wake(&word, 1); }, [&] { return done.load(); });
  store(word, 1);
  wake(&word, 1);
  if (woke.r1 != 1) release_through_glibc(&word);
  waiter.join();
  EXPECT_EQ(T_EXPECT_OK(woke), 1u) << "the wake did not report waking the waiter";
  ASSERT_FALSE(waits.empty());
  EXPECT_EQ(T_EXPECT_OK(waits.front()), 0u) << "the waiter's wait did not end through the wake";
  for (std::size_t i = 1; i < waits.size(); i++)
    EXPECT_TRUE(waits[i].err == 0 || waits[i].err == EAGAIN) << "wait " << i << " ended with " << waits[i].err;
}

// --- futex_op_wait, futex_op_wait_private -------------------------------------------------------

TEST(futex_op_wait, fails_with_eagain_when_the_word_differs_from_val) {
  alignas(4) std::uint32_t word = 1;
  T_EXPECT_ERR(zcall_futex_op_wait(&word, 0, nullptr), EAGAIN);
  T_EXPECT_ERR(zcall_futex_op_wait_private(&word, 0, nullptr), EAGAIN);
}

// The timeout is relative and never ends early: the glibc read before the call precedes the kernel's start.
TEST(futex_op_wait, times_out_with_etimedout_after_a_short_relative_timeout) {
  alignas(4) std::uint32_t word = 0;
  const zcall_timespec timeout = {0, 1 * ms};
  std::int64_t before = glibc_monotonic_ns();
  T_EXPECT_ERR(zcall_futex_op_wait(&word, 0, &timeout), ETIMEDOUT);
  EXPECT_GE(glibc_monotonic_ns() - before, 1 * ms);
  before = glibc_monotonic_ns();
  T_EXPECT_ERR(zcall_futex_op_wait_private(&word, 0, &timeout), ETIMEDOUT);
  EXPECT_GE(glibc_monotonic_ns() - before, 1 * ms);
}

TEST(futex_op_wait, fails_with_einval_for_a_timeout_with_tv_nsec_of_a_billion) {
  alignas(4) std::uint32_t word = 0;
  const zcall_timespec bad = {0, 1'000'000'000};
  T_EXPECT_ERR(zcall_futex_op_wait(&word, 0, &bad), EINVAL);
  T_EXPECT_ERR(zcall_futex_op_wait_private(&word, 0, &bad), EINVAL);
}

// --- futex_op_wake, futex_op_wake_private ------------------------------------------------------

TEST(futex_op_wake_private, wakes_a_thread_waiting_on_the_word) {
  expect_wake_to_wake_a_waiting_thread(zcall_futex_op_wait_private, zcall_futex_op_wake_private);
}

TEST(futex_op_wake, wakes_a_thread_waiting_on_the_word) {
  expect_wake_to_wake_a_waiting_thread(zcall_futex_op_wait, zcall_futex_op_wake);
}

// What the shared (not private) pair is for: a futex in memory that two processes map.
TEST(futex_op_wake, wakes_a_waiter_in_another_process_through_a_shared_mapping) {
  void* shared = mmap(nullptr, sizeof(std::uint32_t), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(shared, MAP_FAILED);
  std::uint32_t& word = *static_cast<std::uint32_t*>(shared);
  word = 0;
  pid_t pid = fork();
  if (pid == 0) {  // as the waiter thread above; the exit status is the first wait's error
    zcall_ret first = zcall_futex_op_wait(&word, 0, nullptr);
    zcall_ret r = first;
    while (load(word) == 0 && (r.err == 0 || r.err == EINTR)) r = zcall_futex_op_wait(&word, 0, nullptr);
    _exit(first.err != 0 ? static_cast<int>(first.err) : first.r1 != 0 ? 255 : 0);
  }
  ASSERT_GT(pid, 0);
  int status = 0;
  bool reaped = false;
  // reaped early only if the child's wait failed
  const zcall_ret woke = retry_wake([&] { return zcall_futex_op_wake(&word, 1); },
                                    [&] { return reaped = waitpid(pid, &status, WNOHANG) == pid; });
  store(word, 1);
  zcall_futex_op_wake(&word, 1);
  if (!reaped) {
    if (woke.r1 != 1) kill(pid, SIGKILL);
    EXPECT_EQ(waitpid(pid, &status, 0), pid);
  }
  munmap(shared, sizeof(std::uint32_t));
  EXPECT_EQ(T_EXPECT_OK(woke), 1u) << "the wake did not report waking the other process";
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
      << "the child's wait did not end through the wake: status " << status;
}

// Two threads sleep on the word. FUTEX_CMP_REQUEUE with no wake, made through the C library, moves sleepers
// from one word to another and says how many it moved: once one move finds both, both are known to be asleep,
// and each wake of one waiter must report exactly one. Summing the moves is not enough: a waiter woken
// spuriously after a move (the kernel wakes tasks for other reasons too) goes back to wait on the word it
// asked for, where the next move counts it again. The same can send it back after the count: the third wake,
// on the word, finds it there.
void expect_wake_to_wake_no_more_than_n(wait_fn wait, wake_fn wake, int requeue_op) {
  alignas(4) std::uint32_t word = 0, here = 0, there = 0;
  zcall_ret waits[2] = {};
  std::atomic<int> done{0};
  std::thread waiters[2];
  for (int i = 0; i < 2; i++)
    waiters[i] = std::thread([&, i] {
      waits[i] = wait(&word, 0, nullptr);
      done.fetch_add(1);
    });
  auto move = [&](std::uint32_t* from, std::uint32_t* to) {
    return syscall(SYS_futex, from, requeue_op, 0L, long{INT_MAX}, to, 0L);
  };
  std::uint32_t* asleep = &here;
  long both = 0;
  const std::int64_t start = glibc_monotonic_ns();
  while (done.load() == 0 && glibc_monotonic_ns() - start < give_up_after_ns) {
    std::uint32_t* other = asleep == &here ? &there : &here;
    if (move(&word, asleep) < 0 || (both = move(asleep, other)) < 0) break;
    asleep = other;
    if (both == 2) break;
    std::this_thread::yield();
  }
  EXPECT_EQ(both, 2) << "the two waiters were not both found asleep";
  zcall_ret first = wake(asleep, 1), second = wake(asleep, 1);
  const zcall_ret stray = second.r1 == 0 ? wake(&word, 1) : zcall_ret{0, 0};
  if (both != 2 || first.r1 != 1 || second.r1 + stray.r1 != 1) {
    store(word, 1);
    release_through_glibc(&word);
    release_through_glibc(&here);
    release_through_glibc(&there);
  }
  for (auto& t : waiters) t.join();
  EXPECT_EQ(T_EXPECT_OK(first), 1u) << "a wake of one waiter woke another number";
  EXPECT_EQ(T_EXPECT_OK(second) + T_EXPECT_OK(stray), 1u);
  for (const zcall_ret& r : waits) EXPECT_EQ(T_EXPECT_OK(r), 0u);
}

TEST(futex_op_wake_private, wakes_no_more_than_n_waiters) {
  expect_wake_to_wake_no_more_than_n(zcall_futex_op_wait_private, zcall_futex_op_wake_private,
                                     FUTEX_CMP_REQUEUE_PRIVATE);
}

TEST(futex_op_wake, wakes_no_more_than_n_waiters) {
  expect_wake_to_wake_no_more_than_n(zcall_futex_op_wait, zcall_futex_op_wake, FUTEX_CMP_REQUEUE);
}

// --- futex ------------------------------------------------------------------------------

TEST(futex, wake_returns_zero_when_no_one_waits) {
  alignas(4) std::uint32_t word = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_futex(&word, ZCALL_FUTEX_WAKE, 1, nullptr, nullptr, 0)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_futex(&word, ZCALL_FUTEX_WAKE_PRIVATE, 1, nullptr, nullptr, 0)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_futex_op_wake(&word, 1)), 0u);
  EXPECT_EQ(T_EXPECT_OK(zcall_futex_op_wake_private(&word, 1)), 0u);
}

TEST(futex, wait_bitset_uses_the_absolute_timeout_and_the_bitset_in_val3) {
  alignas(4) std::uint32_t word = 0;
  const zcall_timespec past = a_second_ago();
  T_EXPECT_ERR(zcall_futex(&word, ZCALL_FUTEX_WAIT_BITSET_PRIVATE, 0, &past, nullptr, ZCALL_FUTEX_BITSET_MATCH_ANY),
               ETIMEDOUT);
  T_EXPECT_ERR(zcall_futex(&word, ZCALL_FUTEX_WAIT_BITSET_PRIVATE, 0, &past, nullptr, 0), EINVAL);  // empty bitset
  T_EXPECT_ERR(zcall_futex(&word, ZCALL_FUTEX_WAIT_BITSET_PRIVATE, 1, &past, nullptr, ZCALL_FUTEX_BITSET_MATCH_ANY),
               EAGAIN);
}

// FUTEX_CMP_REQUEUE reads the timeout slot as a count and compares val3 with the word at uaddr.
TEST(futex, cmp_requeue_compares_val3_with_the_word) {
  alignas(4) std::uint32_t word = 5, other = 0;
  const auto nr_requeue = reinterpret_cast<const zcall_timespec*>(std::uintptr_t{1});
  const int op = ZCALL_FUTEX_CMP_REQUEUE | ZCALL_FUTEX_PRIVATE_FLAG;
  EXPECT_EQ(T_EXPECT_OK(zcall_futex(&word, op, 1, nr_requeue, &other, 5)), 0u);
  T_EXPECT_ERR(zcall_futex(&word, op, 1, nr_requeue, &other, 6), EAGAIN);
}

TEST(futex, fails_with_enosys_for_an_unknown_op) {
  alignas(4) std::uint32_t word = 0;
  T_EXPECT_ERR(zcall_futex(&word, 99, 0, nullptr, nullptr, 0), ENOSYS);
  T_EXPECT_ERR(zcall_futex(&word, ZCALL_FUTEX_WAKE | ZCALL_FUTEX_CLOCK_REALTIME, 1, nullptr, nullptr, 0), ENOSYS);
}

// --- futex_waitv --------------------------------------------------------------------------

#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449  // the same number on every architecture
#endif

// futex_waitv came with Linux 5.16, and qemu-user 7.2 does not have it. Asked through the C library, so that a
// broken wrapper cannot pass for a missing call: with no futexes a kernel that has it answers EINVAL.
#define SKIP_WITHOUT_FUTEX_WAITV()                                                     \
  do {                                                                                 \
    if (syscall(SYS_futex_waitv, nullptr, 0L, 0L, nullptr, 0L) < 0 && errno == ENOSYS) \
      GTEST_SKIP() << "futex_waitv: ENOSYS from " << t_answerer() << ", "              \
                   << "which does not have the call";                                  \
  } while (0)

struct zcall_futex_waitv waiter_on(std::uint32_t& word, std::uint32_t val) {
  struct zcall_futex_waitv w = {};
  w.val = val;
  w.uaddr = reinterpret_cast<std::uintptr_t>(&word);
  w.flags = ZCALL_FUTEX2_SIZE_U32 | ZCALL_FUTEX2_PRIVATE;
  return w;
}

TEST(futex_waitv, returns_the_index_of_the_futex_that_was_woken) {
  SKIP_WITHOUT_FUTEX_WAITV();
  alignas(4) std::uint32_t first = 0, second = 0;
  struct zcall_futex_waitv waiters[2] = {waiter_on(first, 0), waiter_on(second, 0)};
  zcall_ret waited = {0, 0};
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    waited = zcall_futex_waitv(waiters, 2, 0, nullptr, ZCALL_CLOCK_MONOTONIC);
    done.store(true);
  });
  // done early only if futex_waitv failed
  const zcall_ret woke =
      retry_wake([&] { return zcall_futex_op_wake_private(&second, 1); }, [&] { return done.load(); });
  if (woke.r1 != 1) release_through_glibc(&second);
  waiter.join();
  EXPECT_EQ(T_EXPECT_OK(woke), 1u);
  EXPECT_EQ(T_EXPECT_OK(waited), 1u) << "not the index of the second futex";
}

TEST(futex_waitv, fails_with_eagain_when_a_value_differs) {
  SKIP_WITHOUT_FUTEX_WAITV();
  alignas(4) std::uint32_t first = 0, second = 7;
  struct zcall_futex_waitv waiters[2] = {waiter_on(first, 0), waiter_on(second, 0)};
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 0, nullptr, ZCALL_CLOCK_MONOTONIC), EAGAIN);
}

TEST(futex_waitv, times_out_with_etimedout_at_an_absolute_monotonic_time_in_the_past) {
  SKIP_WITHOUT_FUTEX_WAITV();
  alignas(4) std::uint32_t first = 0, second = 0;
  struct zcall_futex_waitv waiters[2] = {waiter_on(first, 0), waiter_on(second, 0)};
  const zcall_timespec past = a_second_ago();
  // Read as relative, the time would be as long as the machine has been up.
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 0, &past, ZCALL_CLOCK_MONOTONIC), ETIMEDOUT);
}

TEST(futex_waitv, fails_with_einval_for_bad_flags_sizes_counts_and_clocks) {
  SKIP_WITHOUT_FUTEX_WAITV();
  alignas(4) std::uint32_t first = 0, second = 0;
  struct zcall_futex_waitv waiters[2] = {waiter_on(first, 0), waiter_on(second, 0)};
  const zcall_timespec past = a_second_ago();
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 1, &past, ZCALL_CLOCK_MONOTONIC), EINVAL);  // the call's flags
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 0, 0, &past, ZCALL_CLOCK_MONOTONIC), EINVAL);
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 0, &past, ZCALL_CLOCK_BOOTTIME), EINVAL);
  waiters[1].flags = ZCALL_FUTEX2_SIZE_U32 | 0x1000;
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 0, &past, ZCALL_CLOCK_MONOTONIC), EINVAL);
  waiters[1].flags = ZCALL_FUTEX2_SIZE_U8 | ZCALL_FUTEX2_PRIVATE;  // only 32-bit futexes exist
  T_EXPECT_ERR(zcall_futex_waitv(waiters, 2, 0, &past, ZCALL_CLOCK_MONOTONIC), EINVAL);
}

// --- futex2: futex_wait, futex_wake, futex_requeue -----------------------------------------

// Linux 6.7; qemu-user 7.2 lacks them. The probe passes flags no kernel accepts.
constexpr unsigned u32_private = ZCALL_FUTEX2_SIZE_U32 | ZCALL_FUTEX2_PRIVATE;
constexpr unsigned long any = ZCALL_FUTEX_BITSET_MATCH_ANY;

TEST(futex_wait, fails_with_eagain_when_the_word_differs_and_etimedout_at_a_past_deadline) {
  T_SKIP_WITHOUT_SYSCALL(futex_wake, nullptr, 0L, 0L, ~0L);
  alignas(4) std::uint32_t word = 1;
  T_EXPECT_ERR(zcall_futex_wait(&word, 0, any, u32_private, nullptr, ZCALL_CLOCK_MONOTONIC), EAGAIN);
  const zcall_timespec past = a_second_ago();
  T_EXPECT_ERR(zcall_futex_wait(&word, 1, any, u32_private, &past, ZCALL_CLOCK_MONOTONIC), ETIMEDOUT);
}

TEST(futex_wait, fails_with_einval_for_a_value_wider_than_the_size_or_an_empty_mask) {
  T_SKIP_WITHOUT_SYSCALL(futex_wake, nullptr, 0L, 0L, ~0L);
  alignas(4) std::uint32_t word = 0;
  T_EXPECT_ERR(zcall_futex_wait(&word, 0x1'0000'0000ul, any, u32_private, nullptr, ZCALL_CLOCK_MONOTONIC), EINVAL);
  T_EXPECT_ERR(zcall_futex_wait(&word, 0, 0, u32_private, nullptr, ZCALL_CLOCK_MONOTONIC), EINVAL);
}

TEST(futex_wake, wakes_a_thread_in_futex_wait_whose_mask_it_shares) {
  T_SKIP_WITHOUT_SYSCALL(futex_wake, nullptr, 0L, 0L, ~0L);
  alignas(4) std::uint32_t word = 0;
  T_EXPECT_ERR(zcall_futex_wake(&word, any, 1, ZCALL_FUTEX2_SIZE_U64 + 8), EINVAL);  // an unknown flag
  EXPECT_EQ(T_EXPECT_OK(zcall_futex_wake(&word, any, 1, u32_private)), 0u);          // nobody waits
  zcall_ret waited = {0, 0};
  std::atomic<bool> done{false};
  // Woken while the word is still 0 (spuriously, or before the main thread stores 1), the
  // waiter waits again; if the 1 lands before that wait, the kernel answers EAGAIN, which is
  // the word moving on, not a failed wait.
  std::thread waiter([&] {
    for (;;) {
      zcall_ret r = zcall_futex_wait(&word, 0, 0b01, u32_private, nullptr, ZCALL_CLOCK_MONOTONIC);
      if (r.err != 0 && !(r.err == EAGAIN && load(word) != 0)) waited = r;
      if (r.err != 0 || load(word) != 0) break;
    }
    done.store(true);
  });
  const zcall_ret woke =
      retry_wake([&] { return zcall_futex_wake(&word, 0b01, 1, u32_private); }, [&] { return done.load(); });
  store(word, 1);
  zcall_futex_wake(&word, any, 1, u32_private);
  if (woke.r1 != 1) release_through_glibc(&word);
  waiter.join();
  EXPECT_EQ(T_EXPECT_OK(woke), 1u) << "the wake did not report waking the waiter";
  T_EXPECT_OK(waited);
}

TEST(futex_requeue, moves_a_waiter_to_the_second_futex_where_a_wake_finds_it) {
  T_SKIP_WITHOUT_SYSCALL(futex_wake, nullptr, 0L, 0L, ~0L);
  alignas(4) std::uint32_t from = 0, to = 0;
  struct zcall_futex_waitv pair[2] = {waiter_on(from, 1), waiter_on(to, 0)};
  T_EXPECT_ERR(zcall_futex_requeue(pair, 0, 0, 1), EAGAIN);  // from's word is 0, not val 1
  pair[0].val = 0;
  T_EXPECT_ERR(zcall_futex_requeue(pair, 1, 0, 1), EINVAL);        // the call's flags must be 0
  EXPECT_EQ(T_EXPECT_OK(zcall_futex_requeue(pair, 0, 0, 1)), 0u);  // nobody waits
  // A requeued waiter that wakes spuriously (the kernel allows it) finds itself still queued and waits
  // again on the address it named, `from`: a wake of `from` then finds it and one of `to` does not. That
  // is the kernel's retry, not a requeue that failed to move it, so the exchange is tried again; a
  // requeue that never moves the waiter fails every attempt.
  zcall_ret moved{}, on_from{}, woke{}, waited{};
  constexpr int attempts = 5;
  for (int attempt = 1; attempt <= attempts; attempt++) {
    waited = {0, 0};
    std::atomic<bool> done{false};
    std::thread waiter([&] {
      waited = zcall_futex_wait(&from, 0, any, u32_private, nullptr, ZCALL_CLOCK_MONOTONIC);
      done.store(true);
    });
    moved = retry_wake([&] { return zcall_futex_requeue(pair, 0, 0, 1); }, [&] { return done.load(); });
    // Moved, the waiter sleeps on `to`: a wake of `from` finds nobody, one of `to` finds it.
    on_from = zcall_futex_wake(&from, any, 1, u32_private);
    woke = retry_wake([&] { return zcall_futex_wake(&to, any, 1, u32_private); }, [&] { return done.load(); });
    if (woke.r1 != 1) {
      release_through_glibc(&from);
      release_through_glibc(&to);
    }
    waiter.join();
    const bool rewaited_on_from =
        moved.err == 0 && moved.r1 == 1 && on_from.err == 0 && on_from.r1 == 1 && woke.err == 0 && woke.r1 == 0;
    if (!rewaited_on_from) break;
    if (attempt < attempts)
      std::fprintf(stderr, "attempt %d: the requeued waiter woke spuriously, waited on `from` again\n", attempt);
    else
      std::fprintf(stderr, "all %d attempts found the waiter on `from`: the requeue did not move it\n", attempts);
  }
  EXPECT_EQ(T_EXPECT_OK(moved), 1u) << "the requeue did not report moving the waiter";
  EXPECT_EQ(T_EXPECT_OK(on_from), 0u);
  EXPECT_EQ(T_EXPECT_OK(woke), 1u);
  EXPECT_EQ(T_EXPECT_OK(waited), 0u);
}

// --- C++ --------------------------------------------------------------------------------

TEST(cpp_futex, wait_and_wake_come_back_as_results) {
  alignas(4) std::uint32_t word = 1;
  EXPECT_EQ(zcall::futex_op_wait(&word, 0), zcall::Errno::AGAIN);
  EXPECT_EQ(zcall::futex_op_wait_private(&word, 0), zcall::Errno::AGAIN);
  auto [woken, err] = zcall::futex_op_wake_private(&word, 1);
  EXPECT_FALSE(err) << err.name();
  EXPECT_EQ(woken, 0);
  auto [raw, rerr] = zcall::futex(&word, zcall::futex_flags::WAKE, 1);
  EXPECT_FALSE(rerr) << rerr.name();
  EXPECT_EQ(raw, 0u);
  EXPECT_EQ(zcall::futex(&word, 99, 0).err, zcall::Errno::NOSYS);
}

TEST(cpp_futex, waitv_comes_back_as_a_result) {
  SKIP_WITHOUT_FUTEX_WAITV();
  alignas(4) std::uint32_t word = 1, other = 0;
  struct zcall::futex_waitv waiters[2] = {};
  waiters[0].uaddr = reinterpret_cast<std::uintptr_t>(&word);
  waiters[0].val = 1;
  waiters[0].flags = zcall::futex2::SIZE_U32 | zcall::futex2::PRIVATE;
  waiters[1].uaddr = reinterpret_cast<std::uintptr_t>(&other);
  waiters[1].val = 0;
  waiters[1].flags = zcall::futex2::SIZE_U32 | zcall::futex2::PRIVATE;
  const zcall::timespec past = a_second_ago();
  auto [index, werr] = zcall::futex_waitv(waiters, &past);
  EXPECT_EQ(werr, zcall::Errno::TIMEDOUT) << werr.name();
  EXPECT_EQ(index, -1);
  other = 3;
  EXPECT_EQ(zcall::futex_waitv(waiters, &past).err, zcall::Errno::AGAIN);

  zcall_ret waited = {0, 0};
  std::atomic<bool> done{false};
  other = 0;
  std::thread waiter([&] {
    auto [i, e] = zcall::futex_waitv(waiters);
    waited = {static_cast<std::uintptr_t>(i), e.value()};
    done.store(true);
  });
  const zcall_ret woke = retry_wake(
      [&] {
        auto [n, e] = zcall::futex_op_wake_private(&word, 1);
        return zcall_ret{static_cast<std::uintptr_t>(n), e.value()};
      },
      [&] { return done.load(); });
  if (woke.r1 != 1) release_through_glibc(&word);
  waiter.join();
  EXPECT_EQ(T_EXPECT_OK(woke), 1u);
  EXPECT_EQ(T_EXPECT_OK(waited), 0u) << "not the index of the first futex";
}

TEST(cpp_futex, futex2_calls_come_back_as_results) {
  T_SKIP_WITHOUT_SYSCALL(futex_wake, nullptr, 0L, 0L, ~0L);
  alignas(4) std::uint32_t word = 1, other = 0;
  constexpr unsigned flags = zcall::futex2::SIZE_U32 | zcall::futex2::PRIVATE;
  EXPECT_EQ(zcall::futex_wait(&word, 0, any, flags), zcall::Errno::AGAIN);
  auto [woken, err] = zcall::futex_wake(&word, any, 1, flags);
  EXPECT_FALSE(err) << err.name();
  EXPECT_EQ(woken, 0);
  struct zcall::futex_waitv pair[2] = {};
  pair[0].uaddr = reinterpret_cast<std::uintptr_t>(&word);
  pair[0].val = 1;
  pair[0].flags = flags;
  pair[1].uaddr = reinterpret_cast<std::uintptr_t>(&other);
  pair[1].flags = flags;
  auto [moved, merr] = zcall::futex_requeue(pair, 1, 1);
  EXPECT_FALSE(merr) << merr.name();
  EXPECT_EQ(moved, 0);
}

}  // namespace
