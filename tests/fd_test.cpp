// SPDX-License-Identifier: MIT
// zcall::owned_fd and borrowed_fd, zcall::own and zcall::retry_on_intr: whether a
// descriptor is open is asked of the kernel (fcntl F_GETFD), never of the type.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <type_traits>
#include <utility>

#include "helpers.hpp"

namespace {

bool is_open(int fd) { return fcntl(fd, F_GETFD) != -1; }

int new_fd() {
  int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  EXPECT_GE(fd, 0);
  return fd;
}

static_assert(!std::is_copy_constructible_v<zcall::owned_fd> && !std::is_copy_assignable_v<zcall::owned_fd>);
static_assert(std::is_nothrow_move_constructible_v<zcall::owned_fd> &&
              std::is_nothrow_move_assignable_v<zcall::owned_fd>);
static_assert(std::is_convertible_v<const zcall::owned_fd&, zcall::borrowed_fd>, "every wrapper takes an owned_fd");
static_assert(!std::is_convertible_v<int, zcall::owned_fd>, "an int is adopted only when asked");
static_assert(!std::is_constructible_v<zcall::borrowed_fd, zcall::owned_fd&&>,
              "a temporary owner closes at the end of the statement: a borrow of it would dangle");
template <class R>
concept falls_back_to_int = requires(R r) { std::move(r).value_or(0); };
static_assert(!falls_back_to_int<zcall::Result<zcall::owned_fd>> && falls_back_to_int<zcall::Result<int>>,
              "value_or(0) must not adopt descriptor 0");
// zcall::close(lvalue) would close it a second time in the destructor: it does not compile.
template <class T>
concept closable = requires(T&& fd) { zcall::close(std::forward<T>(fd)); };
static_assert(!closable<zcall::owned_fd&> && !closable<const zcall::owned_fd&> && closable<zcall::owned_fd&&> &&
              closable<int>);

TEST(fd_owned, closes_on_destruction) {
  int fd = new_fd();
  {
    zcall::owned_fd owned{fd};
    EXPECT_EQ(owned.get(), fd);
    EXPECT_TRUE(owned);
    EXPECT_TRUE(is_open(fd));
  }
  EXPECT_FALSE(is_open(fd));
  zcall::owned_fd none;
  EXPECT_FALSE(none);
  EXPECT_EQ(none.get(), -1);
}

TEST(fd_owned, moves_ownership_and_move_assignment_closes_the_old_one) {
  int a = new_fd(), b = new_fd();
  zcall::owned_fd first{a};
  zcall::owned_fd second{std::move(first)};
  EXPECT_EQ(first.get(), -1);  // NOLINT(bugprone-use-after-move): moved-from is documented as -1
  EXPECT_EQ(second.get(), a);
  zcall::owned_fd third{b};
  third = std::move(second);
  EXPECT_FALSE(is_open(b)) << "the descriptor assigned over is closed";
  EXPECT_TRUE(is_open(a));
  EXPECT_EQ(third.get(), a);
}

TEST(fd_owned, release_gives_up_without_closing_and_reset_closes) {
  int a = new_fd(), b = new_fd();
  int released;
  {
    zcall::owned_fd owned{a};
    released = owned.release();
    EXPECT_EQ(owned.get(), -1);
  }
  EXPECT_EQ(released, a);
  EXPECT_TRUE(is_open(a));
  zcall::owned_fd owned{a};
  owned.reset(b);
  EXPECT_FALSE(is_open(a));
  EXPECT_EQ(owned.get(), b);
  owned.reset(b);  // the same descriptor again: kept open
  EXPECT_TRUE(is_open(b));
  owned.reset();
  EXPECT_FALSE(is_open(b));
}

TEST(fd_owned, close_of_a_moved_owner_reports_the_kernels_answer) {
  int fd = new_fd();
  zcall::owned_fd owned{fd};
  EXPECT_FALSE(zcall::close(std::move(owned)));
  EXPECT_EQ(owned.get(), -1);  // NOLINT(bugprone-use-after-move)
  EXPECT_FALSE(is_open(fd));
  EXPECT_EQ(zcall::close(zcall::owned_fd{-1}), zcall::Errno::BADF);
}

TEST(fd_own, owns_what_a_call_made_and_keeps_its_error) {
  int fd;
  {
    auto [pipe_fd, err] = zcall::own(zcall::memfd_create("zcall_fd_test", ZCALL_MFD_CLOEXEC));
    ASSERT_FALSE(err) << err;
    fd = pipe_fd.get();
    // Every wrapper takes it as it is.
    auto [n, werr] = zcall::write(pipe_fd, std::string_view("abc"));
    EXPECT_FALSE(werr);
    EXPECT_EQ(n, 3u);
    zcall::stat st{};
    EXPECT_FALSE(zcall::fstat(pipe_fd, &st));
    EXPECT_EQ(st.st_size, 3);
  }
  EXPECT_FALSE(is_open(fd));

  auto [none, err] = zcall::own(zcall::openat(zcall::at::FDCWD, "/nonexistent/zcall", zcall::o::RDONLY));
  EXPECT_EQ(err, zcall::Errno::NOENT);
  EXPECT_EQ(none.get(), -1);
}

TEST(fd_borrowed, takes_ints_and_owners_alike) {
  zcall::owned_fd owned{new_fd()};
  zcall::borrowed_fd from_owned = owned, from_int = owned.get();
  EXPECT_EQ(from_owned.get(), owned.get());
  EXPECT_EQ(int{from_int}, owned.get());
  EXPECT_EQ(zcall::fcntl(zcall::at::FDCWD, F_GETFD).err, zcall::Errno::BADF);  // -100 passes through as it is
}

// retry_on_intr calls again only on EINTR, and returns the last answer.
TEST(fd_retry_on_intr, calls_again_only_while_interrupted) {
  int calls = 0;
  auto errors = [&] { return ++calls < 3 ? zcall::Errno::INTR : zcall::Errno::AGAIN; };
  EXPECT_EQ(zcall::retry_on_intr(errors), zcall::Errno::AGAIN);
  EXPECT_EQ(calls, 3);
  calls = 0;
  auto [pid, err] = zcall::retry_on_intr([&] {
    calls++;
    return zcall::getpid();
  });
  EXPECT_EQ(pid, getpid());
  EXPECT_FALSE(err);
  EXPECT_EQ(calls, 1);
}

void on_usr1(int) {}

// A read on an empty pipe, interrupted by real signals (no SA_RESTART) until it has been
// made three times, then given a byte.
TEST(fd_retry_on_intr, retries_a_read_the_kernel_interrupted) {
  T_SKIP_IF_VALGRIND("valgrind delivers a thread's signals when it next runs, so the read may not be interrupted");
  struct sigaction sa{}, old{};
  sa.sa_handler = on_usr1;
  ASSERT_EQ(sigaction(SIGUSR1, &sa, &old), 0);
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  zcall::owned_fd rd{p[0]}, wr{p[1]};
  std::atomic<int> calls{0};
  char byte = 0;
  zcall::Result<std::size_t> got{};
  std::thread reader([&] {
    got = zcall::retry_on_intr([&] {
      calls++;
      return zcall::read(rd, &byte, 1);
    });
  });
  for (int i = 0; i < 100000 && calls < 3; i++) {
    pthread_kill(reader.native_handle(), SIGUSR1);
    usleep(1000);
  }
  int seen = calls;
  ASSERT_EQ(write(wr.get(), "z", 1), 1);
  reader.join();
  sigaction(SIGUSR1, &old, nullptr);
  EXPECT_GE(seen, 3) << "the read was made again after each EINTR";
  EXPECT_FALSE(got.err) << got.err;
  EXPECT_EQ(got.value, 1u);
  EXPECT_EQ(byte, 'z');
}

}  // namespace
