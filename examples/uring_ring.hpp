// SPDX-License-Identifier: MIT
//
// An io_uring built on zcall alone, as a tutorial: no liburing, no libc.
//
// io_uring is two rings of shared memory between this process and the kernel:
// the submission queue (SQ), where we put requests (SQEs), and the completion
// queue (CQ), where the kernel puts results (CQEs). One syscall creates them
// (io_uring_setup), three mmaps map them, and one syscall (io_uring_enter)
// tells the kernel how many new SQEs there are and, optionally, waits for
// completions. Each ring has a head and a tail index: the producer writes
// entries and then moves the tail with a release store; the consumer reads
// the tail with an acquire load, reads entries up to it, and moves the head.
//
//   example::Ring ring(64);
//   io_uring_sqe* sqe = ring.get_sqe();      // fill it: opcode, fd, addr, len, user_data
//   ring.submit_and_wait(1);                 // io_uring_enter
//   ring.for_each_cqe([](const io_uring_cqe& c) { ... });
#ifndef ZCALL_EXAMPLES_URING_RING_HPP
#define ZCALL_EXAMPLES_URING_RING_HPP

#include <zcall/zcall.hpp>

namespace example {

class Ring {
 public:
  explicit Ring(unsigned entries, unsigned flags = 0) noexcept {
    params_.flags = flags;
    auto [fd, err] = zcall::io_uring_setup(entries, &params_);
    if (err) {
      error_ = err;
      return;
    }
    fd_ = fd;
    // The SQ ring ends with an array of SQE indices; the CQ ring with the CQEs
    // themselves; the SQEs are a third mapping. (Kernels with
    // IORING_FEAT_SINGLE_MMAP could share the first two; mapping both is
    // correct everywhere.)
    sq_len_ = params_.sq_off.array + params_.sq_entries * sizeof(std::uint32_t);
    cq_len_ = params_.cq_off.cqes + params_.cq_entries * sizeof(zcall::io_uring_cqe);
    sqes_len_ = params_.sq_entries * sizeof(zcall::io_uring_sqe);
    sq_ = map(sq_len_, ZCALL_IORING_OFF_SQ_RING);
    cq_ = map(cq_len_, ZCALL_IORING_OFF_CQ_RING);
    sqes_ = static_cast<zcall::io_uring_sqe*>(map(sqes_len_, ZCALL_IORING_OFF_SQES));
    if (error_) return;
    sq_head_ = at(sq_, params_.sq_off.head);
    sq_tail_ = at(sq_, params_.sq_off.tail);
    sq_mask_ = *at(sq_, params_.sq_off.ring_mask);
    sq_array_ = at(sq_, params_.sq_off.array);
    cq_head_ = at(cq_, params_.cq_off.head);
    cq_tail_ = at(cq_, params_.cq_off.tail);
    cq_mask_ = *at(cq_, params_.cq_off.ring_mask);
    cqes_ = reinterpret_cast<zcall::io_uring_cqe*>(static_cast<char*>(cq_) + params_.cq_off.cqes);
    local_tail_ = *sq_tail_;
  }

  Ring(const Ring&) = delete;
  Ring& operator=(const Ring&) = delete;

  ~Ring() {
    if (sqes_) (void)zcall::munmap(sqes_, sqes_len_);
    if (cq_) (void)zcall::munmap(cq_, cq_len_);
    if (sq_) (void)zcall::munmap(sq_, sq_len_);
    if (fd_ >= 0) (void)zcall::close(fd_);
  }

  // Why setup or a mapping failed; no error when the ring is ready.
  zcall::Errno error() const noexcept { return error_; }
  int fd() const noexcept { return fd_; }
  const zcall::io_uring_params& params() const noexcept { return params_; }

  // The next free SQE, zeroed, or nullptr when the SQ is full. It reaches the
  // kernel at the next submit.
  zcall::io_uring_sqe* get_sqe() noexcept {
    std::uint32_t head = __atomic_load_n(sq_head_, __ATOMIC_ACQUIRE);
    if (local_tail_ - head == params_.sq_entries) return nullptr;
    std::uint32_t index = local_tail_ & sq_mask_;
    sq_array_[index] = index;
    local_tail_++;
    sqes_[index] = zcall::io_uring_sqe{};
    return &sqes_[index];
  }

  // Publishes the SQEs got since the last call and enters the kernel, which
  // starts them and, if wait_for > 0, returns once that many have completed.
  // Result: SQEs the kernel consumed.
  zcall::Result<int> submit_and_wait(unsigned wait_for = 0) noexcept {
    unsigned to_submit = local_tail_ - *sq_tail_;
    __atomic_store_n(sq_tail_, local_tail_, __ATOMIC_RELEASE);
    return zcall::io_uring_enter(fd_, to_submit, wait_for, wait_for ? ZCALL_IORING_ENTER_GETEVENTS : 0);
  }

  // Calls f for each completion posted so far, then frees their slots. Returns how many.
  template <class F>
  unsigned for_each_cqe(F&& f) noexcept {
    std::uint32_t head = *cq_head_;
    std::uint32_t tail = __atomic_load_n(cq_tail_, __ATOMIC_ACQUIRE);
    for (std::uint32_t h = head; h != tail; h++) f(cqes_[h & cq_mask_]);
    __atomic_store_n(cq_head_, tail, __ATOMIC_RELEASE);
    return tail - head;
  }

 private:
  void* map(std::size_t len, std::uint64_t offset) noexcept {
    auto [addr, err] = zcall::mmap(nullptr, len, zcall::prot::READ | zcall::prot::WRITE,
                                   zcall::map::SHARED | zcall::map::POPULATE, fd_, static_cast<std::int64_t>(offset));
    if (err) {
      error_ = err;
      return nullptr;
    }
    return addr;
  }
  static std::uint32_t* at(void* base, std::uint32_t offset) noexcept {
    return reinterpret_cast<std::uint32_t*>(static_cast<char*>(base) + offset);
  }

  zcall::io_uring_params params_{};
  zcall::Errno error_{};
  int fd_ = -1;
  void *sq_ = nullptr, *cq_ = nullptr;
  zcall::io_uring_sqe* sqes_ = nullptr;
  std::size_t sq_len_ = 0, cq_len_ = 0, sqes_len_ = 0;
  std::uint32_t *sq_head_ = nullptr, *sq_tail_ = nullptr, *sq_array_ = nullptr;
  std::uint32_t *cq_head_ = nullptr, *cq_tail_ = nullptr;
  std::uint32_t sq_mask_ = 0, cq_mask_ = 0, local_tail_ = 0;
  zcall::io_uring_cqe* cqes_ = nullptr;
};

}  // namespace example

#endif
