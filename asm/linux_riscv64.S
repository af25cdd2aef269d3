/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on riscv64.
 *
 * - trap: `ecall`; number in a7; arguments in a0..a5
 * - result in a0; a value in [-4095, -1] is -errno
 * - the kernel preserves every register but a0; a7 and t0 are caller-saved
 *   in the C ABI, and no function here touches a callee-saved register or
 *   the stack
 * - zcall_ret {r1, err} is returned in a0:a1; on error r1 is all ones
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, in aN, so that only the number moves (into a7); the typed
 *   wrappers and zcall.hpp use these
 */
#include "asm.h"

/* Turns the kernel's a0 into zcall_ret and returns. */
.macro ZCALL_RETURN
	li	t0, -4096
	bgtu	a0, t0, 1f
	li	a1, 0
	ret
1:	neg	a1, a0
	li	a0, -1
	ret
.endm

ZCALL_FUNC zcall_syscall4
	mv	a7, a0
	mv	a0, a1
	mv	a1, a2
	mv	a2, a3
	mv	a3, a4
	ecall
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	mv	a7, a0
	mv	a0, a1
	mv	a1, a2
	mv	a2, a3
	mv	a3, a4
	mv	a4, a5
	mv	a5, a6
	ecall
	ZCALL_RETURN
ZCALL_END zcall_syscall6

ZCALL_FUNC zcall_nr_last0
	mv	a7, a0
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	mv	a7, a1
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	mv	a7, a2
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	mv	a7, a3
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	mv	a7, a4
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	mv	a7, a5
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

ZCALL_FUNC zcall_nr_last6
	mv	a7, a6
	ecall
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
