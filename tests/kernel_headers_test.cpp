// SPDX-License-Identifier: MIT
// The numbers checked against the kernel's own headers rather than the C
// library's, which they cannot share a file with: io_uring's constants
// against its newest io_uring.h (tests/reference/linux/, named by the build as
// ZCALL_KERNEL_IO_URING_H), and the few values glibc spells its own way
// (O_LARGEFILE is 0 there on 64-bit) against <linux/fcntl.h>. This file
// compiling is the test.
// The kernel's header is C: its anonymous structs and flexible arrays are extensions in C++.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include ZCALL_KERNEL_IO_URING_H
#pragma GCC diagnostic pop
#include <linux/fcntl.h>
#include <zcall/zcall.h>

#include "gen/linux_kernel_check.hpp"

int main() { return 0; }
