// SPDX-License-Identifier: MIT
// Files and directories: openat, openat2, statx, fstat, fsync, fdatasync, fallocate, ftruncate,
// sync_file_range, copy_file_range, sendfile, mkdirat, renameat2, unlinkat.
#include "helpers.hpp"
