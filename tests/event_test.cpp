// SPDX-License-Identifier: MIT
// eventfd2: a counter the kernel keeps.
#include <fcntl.h>

#include <cstdint>

#include "helpers.hpp"

namespace {

std::uint64_t take(int fd) {
  std::uint64_t v = 0;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(fd, &v, sizeof v)), sizeof v);
  return v;
}

void add(int fd, std::uint64_t v) { EXPECT_EQ(T_EXPECT_OK(zcall_write(fd, &v, sizeof v)), sizeof v); }

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

TEST(cpp_event, eventfd2_returns_the_descriptor) {
  auto [fd, err] = zcall::eventfd2(0, zcall::efd::NONBLOCK);
  ASSERT_FALSE(err);
  t_fd owner(fd);
  std::uint64_t v;
  EXPECT_TRUE(zcall::read(fd, &v, sizeof v).err.temporary());
  EXPECT_EQ(zcall::eventfd2(0, -1).err, zcall::Errno::INVAL);
}

}  // namespace
