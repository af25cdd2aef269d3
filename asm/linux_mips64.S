/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on mips64 with the n64 ABI.
 *
 * - trap: `syscall`; number in v0 ($2), from 5000; arguments in a0..a5
 *   ($4..$9)
 * - result in v0; a3 ($7) is 0 on success and nonzero on error (1 from the
 *   syscall path, -1 when seccomp or a tracer sets the error), and v0 is then
 *   the positive errno
 * - the kernel saves and restores $2..$9, $25, $28, $29 and $31 around the
 *   call, its C code keeps s0..s7 and fp, and it may return at, a6, a7,
 *   t0..t3, t8, hi and lo changed; v1 is a second result for a few calls
 *   (the old pipe), which zcall_ret does not keep. All of those are
 *   caller-saved in the C ABI, and no function here touches a callee-saved
 *   register or the stack
 * - zcall_ret {r1, err} is returned in v0:v1; on error r1 is all ones
 * - before Linux 2.6.36 a restarted call resumed one instruction before the
 *   `syscall`, which had to reload v0; so the number goes into v0 right
 *   before each `syscall`, from a register the kernel restores: a0..a5 or
 *   t9, never a6 or a7
 * - `.set noreorder`: every branch delay slot below is written out
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; the number
 *   waits in t9 while every argument moves one register down
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, in aN, so that only the number moves (into v0); the typed
 *   wrappers and zcall.hpp use these
 */
#include "asm.h"

	.set	noreorder
	.set	nomacro
	.set	nomips16

/* Turns the kernel's v0 and a3 into zcall_ret and returns: t0 is all ones on error, else 0. */
.macro ZCALL_RETURN
	sltu	$t0, $zero, $a3
	dsubu	$t0, $zero, $t0
	and	$v1, $v0, $t0
	jr	$ra
	or	$v0, $v0, $t0
.endm

ZCALL_FUNC zcall_syscall4
	move	$t9, $a0
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	move	$a3, $a4
	move	$v0, $t9
	syscall
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	move	$t9, $a0
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	move	$a3, $a4
	move	$a4, $a5
	move	$a5, $a6
	move	$v0, $t9
	syscall
	ZCALL_RETURN
ZCALL_END zcall_syscall6

ZCALL_FUNC zcall_nr_last0
	move	$v0, $a0
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	move	$v0, $a1
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	move	$v0, $a2
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	move	$v0, $a3
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	move	$v0, $a4
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	move	$v0, $a5
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

/* a6 is not one the kernel restores, so the number goes through t9. */
ZCALL_FUNC zcall_nr_last6
	move	$t9, $a6
	move	$v0, $t9
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
