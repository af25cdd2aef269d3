// SPDX-License-Identifier: MIT
// Every io_uring constant of zcall against the kernel's own, newest io_uring.h
// (../shared/reference/linux/io_uring.h, found through -isystem); this file
// compiling is the test.
#include <io_uring.h>
#include <zcall/zcall.h>

#include "gen/uring_check.hpp"

int main() { return 0; }
