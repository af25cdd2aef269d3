// SPDX-License-Identifier: MIT
// CI runs the GoogleTest suite under valgrind's memcheck (.ci/run), which
// makes each system call itself on the program's behalf: the few calls it does
// not know, or answers differently from the kernel, are skipped under it, with
// the reason. RUNNING_ON_VALGRIND comes from the valgrind package's header;
// without that header at build time nothing is skipped.
#ifndef ZCALL_TESTS_VALGRIND_HPP
#define ZCALL_TESTS_VALGRIND_HPP

#include <gtest/gtest.h>
#include <zcall/zcall.h>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define T_ON_VALGRIND() (RUNNING_ON_VALGRIND != 0)
#else
#define T_ON_VALGRIND() false
#endif

#define T_SKIP_IF_VALGRIND(why)                                 \
  do {                                                          \
    if (T_ON_VALGRIND()) GTEST_SKIP() << "valgrind: " << (why); \
  } while (0)

// Skips when valgrind does not know system call `nr`: it then answers ENOSYS
// without asking the kernel. The probe passes all-zero arguments, so `nr` must
// be harmless with them.
#define T_SKIP_IF_VALGRIND_LACKS(nr)                                                            \
  do {                                                                                          \
    if (T_ON_VALGRIND() && zcall_syscall4((nr), 0, 0, 0, 0).err == ZCALL_ENOSYS)                \
      GTEST_SKIP() << "valgrind: answers ENOSYS for " #nr " itself, without asking the kernel"; \
  } while (0)

#endif
