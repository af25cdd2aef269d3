// SPDX-License-Identifier: MIT
// The library's own version, for programs that check at run time what they loaded.
#include <zcall/zcall.h>

unsigned zcall_version(void) { return ZCALL_VERSION; }
