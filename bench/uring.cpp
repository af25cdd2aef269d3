// SPDX-License-Identifier: MIT
// io_uring through zcall alone (examples/uring_ring.hpp) against liburing, on
// the same work: NOPs in batches of 1 and of 32, and a file read in 128 KiB
// blocks, 32 in flight. Prints operations per second; bench/run also runs it
// under callgrind for instructions per operation.
//
//   uring zcall|liburing nop1|nop32|read N [FILE]
#include <fcntl.h>
#include <liburing.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "../examples/uring_ring.hpp"

namespace {

constexpr unsigned block = 128 * 1024;

// The same three jobs written against each API; each returns the operations completed.
struct ZcallRing {
  example::Ring ring{64};
  bool ok() const { return !ring.error(); }
  long run(unsigned batch, long n, int fd, char* buf, long file_blocks) {
    long done = 0, next = 0;
    while (done < n) {
      unsigned k = 0;
      for (; k < batch && next < n; k++, next++) {
        zcall::io_uring_sqe* sqe = ring.get_sqe();
        if (fd < 0) {
          sqe->opcode = zcall::ioring::OP_NOP;
        } else {
          sqe->opcode = zcall::ioring::OP_READ;
          sqe->fd = fd;
          sqe->addr = reinterpret_cast<std::uintptr_t>(buf + k * block);
          sqe->len = block;
          sqe->off = static_cast<std::uint64_t>(next % file_blocks) * block;
        }
        sqe->user_data = static_cast<std::uint64_t>(next);
      }
      if (ring.submit_and_wait(k).err) return -1;
      unsigned reaped = 0;
      while (reaped < k) reaped += ring.for_each_cqe([&](const zcall::io_uring_cqe& c) { done += c.res >= 0; });
    }
    return done;
  }
};

struct Liburing {
  io_uring ring{};
  bool ready = io_uring_queue_init(64, &ring, 0) == 0;
  ~Liburing() {
    if (ready) io_uring_queue_exit(&ring);
  }
  bool ok() const { return ready; }
  long run(unsigned batch, long n, int fd, char* buf, long file_blocks) {
    long done = 0, next = 0;
    while (done < n) {
      unsigned k = 0;
      for (; k < batch && next < n; k++, next++) {
        io_uring_sqe* sqe = io_uring_get_sqe(&ring);
        if (fd < 0)
          io_uring_prep_nop(sqe);
        else
          io_uring_prep_read(sqe, fd, buf + k * block, block, static_cast<std::uint64_t>(next % file_blocks) * block);
        sqe->user_data = static_cast<std::uint64_t>(next);
      }
      if (io_uring_submit_and_wait(&ring, k) < 0) return -1;
      unsigned reaped = 0;
      while (reaped < k) {
        io_uring_cqe* cqe;
        unsigned head, seen = 0;
        io_uring_for_each_cqe(&ring, head, cqe) {
          done += cqe->res >= 0;
          seen++;
        }
        io_uring_cq_advance(&ring, seen);
        reaped += seen;
      }
    }
    return done;
  }
};

template <class Ring>
int measure(const char* job, long n, const char* path) {
  Ring ring;
  if (!ring.ok()) {
    std::fprintf(stderr, "uring: io_uring is not available\n");
    return 1;
  }
  unsigned batch = std::strcmp(job, "nop1") == 0 ? 1 : 32;
  int fd = -1;
  long file_blocks = 1;
  std::vector<char> buf;
  if (std::strcmp(job, "read") == 0) {
    fd = open(path, O_RDONLY);
    if (fd < 0) {
      std::perror(path);
      return 1;
    }
    file_blocks = lseek(fd, 0, SEEK_END) / block;
    buf.resize(static_cast<std::size_t>(batch) * block);
  }
  timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  long done = ring.run(batch, n, fd, buf.data(), file_blocks);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  if (fd >= 0) close(fd);
  if (done != n) {
    std::fprintf(stderr, "uring: %ld of %ld operations completed\n", done, n);
    return 1;
  }
  double seconds = static_cast<double>(t1.tv_sec - t0.tv_sec) + static_cast<double>(t1.tv_nsec - t0.tv_nsec) * 1e-9;
  std::printf("%.0f ops/s\n", static_cast<double>(n) / seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: uring zcall|liburing nop1|nop32|read N [FILE]\n");
    return 2;
  }
  long n = std::atol(argv[3]);
  const char* path = argc > 4 ? argv[4] : "";
  return std::strcmp(argv[1], "zcall") == 0 ? measure<ZcallRing>(argv[2], n, path)
                                            : measure<Liburing>(argv[2], n, path);
}
