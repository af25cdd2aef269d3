// SPDX-License-Identifier: MIT
// Pipes and zero-copy: pipe2, splice, tee, vmsplice.
#include "helpers.hpp"

#include <fcntl.h>

namespace {

TEST(pipe_pipe2, makes_a_pipe_that_carries_bytes_from_write_to_read) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, 0));
  EXPECT_EQ(T_EXPECT_OK(zcall_write(p.fd[1], "hello", 5)), 5u);
  char buf[8] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 5u);
  EXPECT_STREQ(buf, "hello");
}

TEST(pipe_pipe2, sets_nonblock_and_cloexec_as_asked) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, ZCALL_O_NONBLOCK | ZCALL_O_CLOEXEC));
  for (int fd : p.fd) {
    EXPECT_TRUE(fcntl(fd, F_GETFL) & O_NONBLOCK);
    EXPECT_TRUE(fcntl(fd, F_GETFD) & FD_CLOEXEC);
  }
  char c;
  T_EXPECT_ERR(zcall_read(p.fd[0], &c, 1), EAGAIN);
}

// O_DIRECT makes a packet pipe: each write is read back on its own.
TEST(pipe_pipe2, direct_makes_a_packet_pipe) {
  t_pair p;
  T_EXPECT_OK(zcall_pipe2(p.fd, ZCALL_O_DIRECT));
  T_EXPECT_OK(zcall_write(p.fd[1], "one", 3));
  T_EXPECT_OK(zcall_write(p.fd[1], "three", 5));
  char buf[16];
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 3u);
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], buf, sizeof buf)), 5u);
}

TEST(pipe_pipe2, rejects_unknown_flags_and_bad_pointers) {
  t_pair p;
  T_EXPECT_ERR(zcall_pipe2(p.fd, 0x7), EINVAL);
  T_EXPECT_ERR(zcall_pipe2(nullptr, 0), EFAULT);
}

}  // namespace
