// SPDX-License-Identifier: MIT
// Descriptors that deliver events: eventfd.
#include "syscall.hpp"

using zcall::detail::sys;

zcall_ret zcall_eventfd2(unsigned int initval, int flags) { return sys(ZCALL_SYS_eventfd2, initval, flags); }
