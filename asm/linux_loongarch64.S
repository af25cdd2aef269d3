/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on loongarch64.
 *
 * - trap: `syscall 0`; number in a7; arguments in a0..a5
 * - result in a0; a value in [-4095, -1] is -errno
 * - the kernel clobbers t0..t8 as well as a0; all are caller-saved in the C
 *   ABI, and no function here touches a callee-saved register or the stack
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

/* Turns the kernel's a0 into zcall_ret and returns; lu12i.w loads -1 << 12, that is -4096. */
.macro ZCALL_RETURN
	lu12i.w	$t0, -1
	bltu	$t0, $a0, 1f
	move	$a1, $zero
	jr	$ra
1:	sub.d	$a1, $zero, $a0
	addi.d	$a0, $zero, -1
	jr	$ra
.endm

ZCALL_FUNC zcall_syscall4
	move	$a7, $a0
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	move	$a3, $a4
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	move	$a7, $a0
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	move	$a3, $a4
	move	$a4, $a5
	move	$a5, $a6
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_syscall6

ZCALL_FUNC zcall_nr_last0
	move	$a7, $a0
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	move	$a7, $a1
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	move	$a7, $a2
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	move	$a7, $a3
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	move	$a7, $a4
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	move	$a7, $a5
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

ZCALL_FUNC zcall_nr_last6
	move	$a7, $a6
	syscall	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
