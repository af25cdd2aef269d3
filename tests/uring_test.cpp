// SPDX-License-Identifier: MIT
// io_uring: setup, the mmapped rings, enter and register.
#include <sys/mman.h>

#include <algorithm>
#include <vector>

#include "../examples/uring_ring.hpp"
#include "helpers.hpp"

namespace {

// The tutorial ring of examples/, and what it has completed so far.
std::vector<zcall_io_uring_cqe> reap(example::Ring& ring) {
  std::vector<zcall_io_uring_cqe> out;
  ring.for_each_cqe([&](const zcall::io_uring_cqe& c) { out.push_back(c); });
  return out;
}

#define T_RING(r, entries)                                                    \
  example::Ring r(entries);                                                   \
  if (r.error() == zcall::Errno::PERM || r.error() == zcall::Errno::NOSYS)    \
    GTEST_SKIP() << "io_uring is disabled here (" << r.error().name() << ")"; \
  ASSERT_FALSE(r.error()) << r.error().name()

TEST(uring_io_uring_setup, sizes_the_rings_and_reports_features) {
  T_RING(ring, 5);
  EXPECT_EQ(ring.params().sq_entries, 8u);  // rounded up to a power of two
  EXPECT_EQ(ring.params().cq_entries, 16u);
  EXPECT_TRUE(ring.params().features & ZCALL_IORING_FEAT_NODROP);
  EXPECT_GE(ring.fd(), 0);
}

TEST(uring_io_uring_setup, rejects_zero_entries_unknown_flags_and_bad_params) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate io_uring (ENOSYS)");
  zcall_io_uring_params p{};
  T_EXPECT_ERR(zcall_io_uring_setup(0, &p), EINVAL);
  p.flags = 0x80000000u;
  T_EXPECT_ERR(zcall_io_uring_setup(8, &p), EINVAL);
  T_EXPECT_ERR(zcall_io_uring_setup(8, nullptr), EFAULT);
}

TEST(uring_io_uring_enter, completes_a_nop_through_the_mmapped_rings) {
  T_RING(ring, 8);
  zcall_io_uring_sqe* sqe = ring.get_sqe();
  ASSERT_NE(sqe, nullptr);
  sqe->opcode = ZCALL_IORING_OP_NOP;
  sqe->user_data = 0x1234abcd5678ef00;
  EXPECT_EQ(ring.submit_and_wait(1).value, 1);
  auto cqes = reap(ring);
  ASSERT_EQ(cqes.size(), 1u);
  EXPECT_EQ(cqes[0].user_data, 0x1234abcd5678ef00u);
  EXPECT_EQ(cqes[0].res, 0);
}

TEST(uring_io_uring_enter, submits_a_batch_and_reaps_every_completion) {
  T_RING(ring, 8);
  for (std::uint64_t i = 0; i < 8; i++) {
    zcall_io_uring_sqe* sqe = ring.get_sqe();
    ASSERT_NE(sqe, nullptr);
    sqe->opcode = ZCALL_IORING_OP_NOP;
    sqe->user_data = 100 + i;
  }
  EXPECT_EQ(ring.get_sqe(), nullptr) << "the ninth SQE must not fit";
  EXPECT_EQ(ring.submit_and_wait(8).value, 8);
  auto cqes = reap(ring);
  ASSERT_EQ(cqes.size(), 8u);
  std::vector<bool> seen(8);
  for (const auto& c : cqes) {
    ASSERT_GE(c.user_data, 100u);
    ASSERT_LT(c.user_data, 108u);
    seen[c.user_data - 100] = true;
  }
  EXPECT_EQ(std::count(seen.begin(), seen.end(), true), 8);
}

TEST(uring_io_uring_enter, reads_a_file_at_an_offset) {
  T_RING(ring, 4);
  t_fd file(memfd_create("zcall-uring", 0));
  ASSERT_GE(file.get(), 0);
  ASSERT_EQ(pwrite(file.get(), "....io_uring read", 17, 0), 17);
  char buf[16] = {};
  zcall_io_uring_sqe* sqe = ring.get_sqe();
  sqe->opcode = ZCALL_IORING_OP_READ;
  sqe->fd = file.get();
  sqe->addr = reinterpret_cast<std::uintptr_t>(buf);
  sqe->len = 13;
  sqe->off = 4;
  sqe->user_data = 7;
  ASSERT_FALSE(ring.submit_and_wait(1).err);
  auto cqes = reap(ring);
  ASSERT_EQ(cqes.size(), 1u);
  EXPECT_EQ(cqes[0].res, 13);
  EXPECT_STREQ(buf, "io_uring read");
}

TEST(uring_io_uring_enter, reports_an_operation_error_in_the_completion) {
  T_RING(ring, 4);
  char buf[4];
  zcall_io_uring_sqe* sqe = ring.get_sqe();
  sqe->opcode = ZCALL_IORING_OP_READ;
  sqe->fd = -1;
  sqe->addr = reinterpret_cast<std::uintptr_t>(buf);
  sqe->len = sizeof buf;
  ASSERT_FALSE(ring.submit_and_wait(1).err);
  auto cqes = reap(ring);
  ASSERT_EQ(cqes.size(), 1u);
  EXPECT_EQ(cqes[0].res, -EBADF);
}

TEST(uring_io_uring_enter, fails_on_a_bad_or_foreign_descriptor) {
  T_SKIP_IF_EMULATED("qemu-user 7.2 does not emulate io_uring (ENOSYS)");
  T_EXPECT_ERR(zcall_io_uring_enter(-1, 0, 0, 0, nullptr, 0), EBADF);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_io_uring_enter(p.fd[0], 0, 0, 0, nullptr, 0), EOPNOTSUPP);
}

TEST(uring_io_uring_register, registered_files_serve_fixed_file_reads) {
  T_RING(ring, 4);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  ASSERT_EQ(write(p.fd[1], "fixed", 5), 5);
  int files[] = {p.fd[0]};
  EXPECT_EQ(T_EXPECT_OK(zcall_io_uring_register(ring.fd(), ZCALL_IORING_REGISTER_FILES, files, 1)), 0u);
  char buf[6] = {};
  zcall_io_uring_sqe* sqe = ring.get_sqe();
  sqe->opcode = ZCALL_IORING_OP_READ;
  sqe->flags = ZCALL_IOSQE_FIXED_FILE;
  sqe->fd = 0;  // index into the registered files
  sqe->addr = reinterpret_cast<std::uintptr_t>(buf);
  sqe->len = 5;
  ASSERT_FALSE(ring.submit_and_wait(1).err);
  auto cqes = reap(ring);
  ASSERT_EQ(cqes.size(), 1u);
  EXPECT_EQ(cqes[0].res, 5);
  EXPECT_STREQ(buf, "fixed");
  T_EXPECT_OK(zcall_io_uring_register(ring.fd(), ZCALL_IORING_UNREGISTER_FILES, nullptr, 0));
}

TEST(uring_io_uring_register, rejects_unknown_opcodes_and_foreign_descriptors) {
  T_RING(ring, 4);
  T_EXPECT_ERR(zcall_io_uring_register(ring.fd(), 9999, nullptr, 0), EINVAL);
  int files[] = {0};
  // (-1 is not "bad" here: newer kernels accept it for ring-less opcodes and answer EINVAL.)
  T_EXPECT_ERR(zcall_io_uring_register(0x7fff, ZCALL_IORING_REGISTER_FILES, files, 1), EBADF);
  t_pair p;
  ASSERT_EQ(pipe(p.fd), 0);
  T_EXPECT_ERR(zcall_io_uring_register(p.fd[0], ZCALL_IORING_REGISTER_FILES, files, 1), EOPNOTSUPP);
}

TEST(cpp_uring, setup_enter_and_register_through_the_cpp_api) {
  zcall::io_uring_params params{};
  auto [fd, err] = zcall::io_uring_setup(4, &params);
  if (err == zcall::Errno::PERM || err == zcall::Errno::NOSYS) GTEST_SKIP() << "io_uring is disabled here";
  ASSERT_FALSE(err) << err.name();
  t_fd owner(fd);
  EXPECT_EQ(zcall::io_uring_enter(fd, 0, 0, 0).value, 0);
  EXPECT_EQ(zcall::io_uring_register(fd, 9999, nullptr, 0).err, zcall::Errno::INVAL);
  EXPECT_EQ(zcall::io_uring_enter(-1, 0, 0, 0).err, zcall::Errno::BADF);
}

}  // namespace
