/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on aarch64.
 *
 * - trap: `svc #0`; number in x8; arguments in x0..x5
 * - result in x0; a value in [-4095, -1] is -errno
 * - the kernel preserves every register but x0; x8 is caller-saved in the
 *   C ABI, and no function here touches a callee-saved register or the stack
 * - zcall_ret {r1, err} is returned in x0:x1; on error r1 is all ones
 * - leaf functions that never spill x30, so PAC has nothing to sign; BTI gets
 *   `bti c` from asm.h when -mbranch-protection asks for it
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, in xN, so that only the number moves (into x8); the typed
 *   wrappers and zcall.hpp use these
 */
#include "asm.h"

/* Turns the kernel's x0 into zcall_ret and returns: x0 + 4095 carries exactly for -4095..-1. */
.macro ZCALL_RETURN
	cmn	x0, #4095
	b.hs	1f
	mov	x1, xzr
	ret
1:	neg	x1, x0
	mov	x0, #-1
	ret
.endm

ZCALL_FUNC zcall_syscall4
	mov	x8, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	mov	x8, x0
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	mov	x5, x6
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_syscall6

ZCALL_FUNC zcall_nr_last0
	mov	x8, x0
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	mov	x8, x1
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	mov	x8, x2
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	mov	x8, x3
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	mov	x8, x4
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	mov	x8, x5
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

ZCALL_FUNC zcall_nr_last6
	mov	x8, x6
	svc	#0
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
