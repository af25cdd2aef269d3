// SPDX-License-Identifier: MIT
// zcall.hpp next to the system headers whose macros share its names
// (EAGAIN, AF_INET, O_NONBLOCK, MAP_SHARED, IORING_OP_NOP; linux/unix in GNU
// mode; CTIME, NODEV, NOSTR). Built as -std=c++20 and -std=gnu++20, with
// zcall.hpp first or last, at -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror.
#ifdef ZCALL_FIRST
#include <zcall/zcall.hpp>
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <linux/io_uring.h>
#include <math.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/param.h>
#include <sys/socket.h>
#include <sys/stat.h>

#ifndef ZCALL_FIRST
#include <zcall/zcall.hpp>
#endif

static_assert(zcall::af::INET == AF_INET && zcall::Errno::AGAIN.value() == EAGAIN);
static_assert(zcall::o::NONBLOCK == O_NONBLOCK && zcall::map::SHARED == MAP_SHARED);
static_assert(zcall::statx_flags::CTIME_ == STATX_CTIME && zcall::Errno::NODEV_.value() == ENODEV);

int main() {
  auto [n, err] = zcall::write(-1, "", 0);
  return err == zcall::Errno::BADF && n == ~std::size_t{0} ? 0 : 1;
}
