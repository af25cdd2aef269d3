// SPDX-License-Identifier: MIT
// The values glibc spells differently from the kernel, against the kernel's
// uapi headers alone (they cannot share a file with glibc's).
#include <linux/fcntl.h>

#include <zcall/zcall.h>

#if defined(__linux__) && defined(__x86_64__)
#include "gen/linux_x86_64_uapi_check.hpp"
#endif
