/* SPDX-License-Identifier: MIT */
/* The smallest zcall consumer: every way of using zcall builds and runs this. */
#include <zcall/zcall.h>

int main(void) {
  zcall_ret r = zcall_write(1, "consumer ok\n", 12);
  return r.err != 0 || zcall_close(-1).err != ZCALL_EBADF;
}
