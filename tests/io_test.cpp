// SPDX-License-Identifier: MIT
// Basic and vectored I/O: close, dup3, fcntl, ioctl, lseek, read, write and their vectored and positioned forms.
#include <fcntl.h>

#include <array>

#include "helpers.hpp"

namespace {

const void* const unmapped = reinterpret_cast<void*>(8);  // the first page is never mapped

TEST(io_close, closes_an_open_descriptor_once) {
  int fd = dup(0);
  ASSERT_GE(fd, 0);
  EXPECT_EQ(T_EXPECT_OK(zcall_close(fd)), 0u);
  T_EXPECT_ERR(zcall_close(fd), EBADF);
  T_EXPECT_ERR(zcall_close(-1), EBADF);
}

TEST(io_read, reports_end_of_file_as_zero) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  close(std::exchange(p.fd[1], -1));
  char c;
  EXPECT_EQ(T_EXPECT_OK(zcall_read(p.fd[0], &c, 1)), 0u);
}

TEST(io_read, fails_with_ebadf_efault_and_on_the_wrong_end) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char c;
  T_EXPECT_ERR(zcall_read(-1, &c, 1), EBADF);
  T_EXPECT_ERR(zcall_read(p.fd[1], &c, 1), EBADF);
  ASSERT_EQ(write(p.fd[1], "x", 1), 1);
  T_EXPECT_ERR(zcall_read(p.fd[0], const_cast<void*>(unmapped), 1), EFAULT);
}

TEST(io_write, fails_with_ebadf_and_efault) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_write(-1, "x", 1), EBADF);
  T_EXPECT_ERR(zcall_write(p.fd[0], "x", 1), EBADF);
  T_EXPECT_ERR(zcall_write(p.fd[1], unmapped, 1), EFAULT);
}

TEST(io_writev, gathers_buffers_in_order_and_readv_scatters_them) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  char a[] = "zero-", b[] = "copy";
  zcall_iovec out[] = {{a, 5}, {b, 4}};
  EXPECT_EQ(T_EXPECT_OK(zcall_writev(p.fd[1], out, 2)), 9u);
  char x[3] = {}, y[7] = {};
  zcall_iovec in[] = {{x, 2}, {y, 6}};
  EXPECT_EQ(T_EXPECT_OK(zcall_readv(p.fd[0], in, 2)), 8u);
  EXPECT_EQ(std::string(x, 2), "ze");
  EXPECT_EQ(std::string(y, 6), "ro-cop");
}

TEST(io_writev, fails_with_einval_on_a_negative_count_and_efault_on_a_bad_vector) {
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  zcall_iovec v[] = {{const_cast<char*>("x"), 1}};
  T_EXPECT_ERR(zcall_writev(p.fd[1], v, -1), EINVAL);
  T_EXPECT_ERR(zcall_writev(p.fd[1], static_cast<const zcall_iovec*>(unmapped), 1), EFAULT);
  T_EXPECT_ERR(zcall_readv(p.fd[0], v, -1), EINVAL);
  T_EXPECT_ERR(zcall_readv(-1, v, 1), EBADF);
}

TEST(cpp_io, round_trips_spans_and_reports_errors_as_errno) {
  std::array<int, 2> fds;
  ASSERT_FALSE(zcall::pipe2(fds, zcall::o::CLOEXEC));
  t_fd r(fds[0]), w(fds[1]);
  const std::array<std::byte, 3> msg = {std::byte{1}, std::byte{2}, std::byte{3}};
  auto [n, err] = zcall::write(w.get(), msg);
  EXPECT_FALSE(err);
  EXPECT_EQ(n, 3u);
  std::array<std::byte, 8> buf{};
  auto got = zcall::read(r.get(), buf);
  EXPECT_EQ(got.value, 3u);
  EXPECT_EQ(buf[2], std::byte{3});

  char part1[2], part2[4];
  zcall::iovec out[] = {{const_cast<char*>("abcdef"), 6}};
  EXPECT_EQ(zcall::writev(w.get(), out).value, 6u);
  zcall::iovec in[] = {{part1, 2}, {part2, 4}};
  EXPECT_EQ(zcall::readv(r.get(), in).value, 6u);
  EXPECT_EQ(std::string(part2, 4), "cdef");

  auto bad = zcall::read(-1, buf);
  EXPECT_EQ(bad.err, zcall::Errno::BADF);
  EXPECT_EQ(bad.value, ~std::size_t{0});
  EXPECT_EQ(zcall::close(-1), zcall::Errno::BADF);
  EXPECT_FALSE(zcall::close(r.release()));
}

}  // namespace
