// SPDX-License-Identifier: MIT
// socket and socketpair.
#include <fcntl.h>
#include <sys/socket.h>

#include "helpers.hpp"

namespace {

TEST(net_socket, creates_a_nonblocking_tcp_socket) {
  t_fd fd(static_cast<int>(T_EXPECT_OK(zcall_socket(ZCALL_AF_INET, ZCALL_SOCK_STREAM | ZCALL_SOCK_NONBLOCK, 0))));
  EXPECT_TRUE(fcntl(fd.get(), F_GETFL) & O_NONBLOCK);
  int type = 0;
  socklen_t len = sizeof type;
  ASSERT_EQ(getsockopt(fd.get(), SOL_SOCKET, SO_TYPE, &type, &len), 0);
  EXPECT_EQ(type, SOCK_STREAM);
}

TEST(net_socket, creates_udp_and_unix_sockets_with_cloexec) {
  t_fd udp(static_cast<int>(T_EXPECT_OK(zcall_socket(ZCALL_AF_INET6, ZCALL_SOCK_DGRAM | ZCALL_SOCK_CLOEXEC, 0))));
  EXPECT_TRUE(fcntl(udp.get(), F_GETFD) & FD_CLOEXEC);
  t_fd unx(static_cast<int>(T_EXPECT_OK(zcall_socket(ZCALL_AF_UNIX, ZCALL_SOCK_SEQPACKET, 0))));
  EXPECT_GE(unx.get(), 0);
}

TEST(net_socket, fails_with_eafnosupport_and_einval) {
  T_EXPECT_ERR(zcall_socket(0x7fff, ZCALL_SOCK_STREAM, 0), EAFNOSUPPORT);
  T_EXPECT_ERR(zcall_socket(ZCALL_AF_INET, 0x7fff, 0), EINVAL);
}

TEST(net_socketpair, connects_two_unix_sockets_both_ways) {
  t_pair s;
  T_EXPECT_OK(zcall_socketpair(ZCALL_AF_UNIX, ZCALL_SOCK_STREAM, 0, s.fd));
  T_EXPECT_OK(zcall_write(s.fd[0], "ping", 4));
  T_EXPECT_OK(zcall_write(s.fd[1], "pong", 4));
  char buf[5] = {};
  EXPECT_EQ(T_EXPECT_OK(zcall_read(s.fd[1], buf, 4)), 4u);
  EXPECT_STREQ(buf, "ping");
  EXPECT_EQ(T_EXPECT_OK(zcall_read(s.fd[0], buf, 4)), 4u);
  EXPECT_STREQ(buf, "pong");
}

TEST(net_socketpair, fails_with_eopnotsupp_for_inet_and_efault_for_a_bad_array) {
  int sv[2];
  T_EXPECT_ERR(zcall_socketpair(ZCALL_AF_INET, ZCALL_SOCK_STREAM, 0, sv), EOPNOTSUPP);
  T_EXPECT_ERR(zcall_socketpair(ZCALL_AF_UNIX, ZCALL_SOCK_STREAM, 0, nullptr), EFAULT);
}

TEST(cpp_net, socket_and_socketpair) {
  auto [fd, err] = zcall::socket(zcall::af::INET, zcall::sock::STREAM | zcall::sock::NONBLOCK);
  ASSERT_FALSE(err);
  t_fd owner(fd);
  int sv[2];
  ASSERT_FALSE(zcall::socketpair(zcall::af::UNIX, zcall::sock::DGRAM, 0, sv));
  t_fd a(sv[0]), b(sv[1]);
  EXPECT_EQ(zcall::socket(zcall::af::INET, -1).err, zcall::Errno::INVAL);
  EXPECT_EQ(zcall::socketpair(zcall::af::INET, zcall::sock::STREAM, 0, sv), zcall::Errno::OPNOTSUPP);
}

}  // namespace
