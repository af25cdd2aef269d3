// SPDX-License-Identifier: MIT
// Every io_uring constant of zcall against the kernel's own, newest io_uring.h
// (../shared/reference/linux/io_uring.h); this file compiling is the test.
#include "io_uring.h"

#include <zcall/zcall.h>

#if defined(__linux__) && defined(__x86_64__)
#include "gen/linux_x86_64_uring_check.hpp"
#endif

int main() { return 0; }
