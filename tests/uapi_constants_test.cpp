// SPDX-License-Identifier: MIT
// The values glibc spells differently from the kernel, against the kernel's
// uapi headers alone (they cannot share a file with glibc's).
#include <linux/fcntl.h>
#include <zcall/zcall.h>

#include "gen/uapi_check.hpp"
