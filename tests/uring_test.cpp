// SPDX-License-Identifier: MIT
// io_uring: setup, the mmapped rings, enter and register.
#include <sys/mman.h>

#include <algorithm>
#include <vector>

#include "helpers.hpp"

namespace {

// A ring built on zcall alone: io_uring_setup, the three mmaps, and the
// acquire/release protocol on the shared head and tail indices.
class t_ring {
 public:
  explicit t_ring(unsigned entries, unsigned flags = 0) {
    params_.flags = flags;
    zcall_ret r = zcall_io_uring_setup(entries, &params_);
    if (r.err) {
      error_ = r.err;
      return;
    }
    fd_ = static_cast<int>(r.r1);
    sq_len_ = params_.sq_off.array + params_.sq_entries * sizeof(std::uint32_t);
    cq_len_ = params_.cq_off.cqes + params_.cq_entries * sizeof(zcall_io_uring_cqe);
    sq_ = map(sq_len_, ZCALL_IORING_OFF_SQ_RING);
    cq_ = map(cq_len_, ZCALL_IORING_OFF_CQ_RING);
    sqes_ =
        static_cast<zcall_io_uring_sqe*>(map(params_.sq_entries * sizeof(zcall_io_uring_sqe), ZCALL_IORING_OFF_SQES));
  }
  ~t_ring() {
    if (fd_ < 0) return;
    zcall_munmap(sqes_, params_.sq_entries * sizeof(zcall_io_uring_sqe));
    zcall_munmap(cq_, cq_len_);
    zcall_munmap(sq_, sq_len_);
    zcall_close(fd_);
  }

  std::uintptr_t error() const { return error_; }
  int fd() const { return fd_; }
  const zcall_io_uring_params& params() const { return params_; }

  // The next free SQE, zeroed; nullptr when the submission queue is full.
  zcall_io_uring_sqe* get_sqe() {
    std::uint32_t head = __atomic_load_n(sq_u32(params_.sq_off.head), __ATOMIC_ACQUIRE);
    if (sq_tail_ - head == params_.sq_entries) return nullptr;
    std::uint32_t index = sq_tail_ & *sq_u32(params_.sq_off.ring_mask);
    sq_u32(params_.sq_off.array)[index] = index;
    sq_tail_++;
    sqes_[index] = zcall_io_uring_sqe{};
    return &sqes_[index];
  }

  // Publishes the SQEs got so far and enters the kernel: SQEs consumed.
  zcall_ret submit_and_wait(unsigned wait_for) {
    std::uint32_t* tail = sq_u32(params_.sq_off.tail);
    unsigned to_submit = sq_tail_ - *tail;
    __atomic_store_n(tail, sq_tail_, __ATOMIC_RELEASE);
    return zcall_io_uring_enter(fd_, to_submit, wait_for, wait_for ? ZCALL_IORING_ENTER_GETEVENTS : 0, nullptr, 0);
  }

  // Takes every completion the kernel has posted.
  std::vector<zcall_io_uring_cqe> reap() {
    std::vector<zcall_io_uring_cqe> out;
    std::uint32_t* head = cq_u32(params_.cq_off.head);
    std::uint32_t tail = __atomic_load_n(cq_u32(params_.cq_off.tail), __ATOMIC_ACQUIRE);
    const std::uint32_t mask = *cq_u32(params_.cq_off.ring_mask);
    auto* cqes = reinterpret_cast<zcall_io_uring_cqe*>(static_cast<char*>(cq_) + params_.cq_off.cqes);
    for (std::uint32_t h = *head; h != tail; h++) out.push_back(cqes[h & mask]);
    __atomic_store_n(head, tail, __ATOMIC_RELEASE);
    return out;
  }

 private:
  void* map(std::size_t len, std::uint64_t offset) {
    zcall_ret r = zcall_mmap(nullptr, len, ZCALL_PROT_READ | ZCALL_PROT_WRITE, ZCALL_MAP_SHARED | ZCALL_MAP_POPULATE,
                             fd_, static_cast<std::int64_t>(offset));
    EXPECT_EQ(r.err, 0u) << "mmap of the ring at " << offset;
    return reinterpret_cast<void*>(r.r1);
  }
  std::uint32_t* sq_u32(std::uint32_t off) { return reinterpret_cast<std::uint32_t*>(static_cast<char*>(sq_) + off); }
  std::uint32_t* cq_u32(std::uint32_t off) { return reinterpret_cast<std::uint32_t*>(static_cast<char*>(cq_) + off); }

  zcall_io_uring_params params_{};
  std::uintptr_t error_ = 0;
  int fd_ = -1;
  void *sq_ = nullptr, *cq_ = nullptr;
  std::size_t sq_len_ = 0, cq_len_ = 0;
  zcall_io_uring_sqe* sqes_ = nullptr;
  std::uint32_t sq_tail_ = 0;
};

#define T_RING(name, entries)                                                            \
  t_ring name(entries);                                                                  \
  if (name.error() == EPERM || name.error() == ENOSYS)                                   \
    GTEST_SKIP() << "io_uring is disabled here (" << zcall_errname(name.error()) << ")"; \
  ASSERT_EQ(name.error(), 0u) << zcall_errname(name.error())

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
  EXPECT_EQ(T_EXPECT_OK(ring.submit_and_wait(1)), 1u);
  auto cqes = ring.reap();
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
  EXPECT_EQ(T_EXPECT_OK(ring.submit_and_wait(8)), 8u);
  auto cqes = ring.reap();
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
  T_EXPECT_OK(ring.submit_and_wait(1));
  auto cqes = ring.reap();
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
  T_EXPECT_OK(ring.submit_and_wait(1));
  auto cqes = ring.reap();
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
  T_EXPECT_OK(ring.submit_and_wait(1));
  auto cqes = ring.reap();
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
