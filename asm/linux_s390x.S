/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on s390x (64-bit, big-endian).
 *
 * - trap: `svc 0`; number in r1 (the kernel reads its low 16 bits);
 *   arguments in r2..r7
 * - result in r2; a value in [-4095, -1] is -errno
 * - the kernel preserves every register but r2 (entry.S saves r0..r15 in
 *   pt_regs and reloads them all; only gprs[2] takes the result)
 * - C ABI: r6..r13, r15 and f8..f15 are callee-saved; r6 is callee-saved
 *   even though it carries the fifth argument word; words after r2..r6 are
 *   at 160(%r15) and up; r0, r1, r3 are caller-saved scratch here
 * - zcall_ret {r1, err} is 16 bytes, so it is returned in memory: the
 *   caller passes its address in r2, which moves every C argument one
 *   register along (a1 in r3); each entry keeps that address in r0 across
 *   the trap, stores r1 and err through it, and leaves it in r2 (which the
 *   ABI does not ask for, and GCC does not rely on). On error r1 is all ones
 * - kernel arguments 5 and 6 go in r6 and r7, which the entries that fill
 *   them save in the caller's register save area (48(%r15), 56(%r15)) and
 *   restore after the trap; no entry allocates a stack frame
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down, and those passed on the stack are loaded
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number; because of the hidden pointer the arguments still move one
 *   register down, so here number-last saves nothing over number-first
 */
#include "asm.h"

/*
 * Turns the kernel's r2 into zcall_ret at the address kept in r0 and
 * returns that address: r2 >= -4095 (unsigned) is an error.
 */
.macro ZCALL_RETURN
	lgr	%r1, %r0
	lghi	%r3, -4095
	clgr	%r2, %r3
	jhe	1f
	lghi	%r3, 0
	stmg	%r2, %r3, 0(%r1)
	lgr	%r2, %r1
	br	%r14
1:	lcgr	%r3, %r2
	lghi	%r2, -1
	stmg	%r2, %r3, 0(%r1)
	lgr	%r2, %r1
	br	%r14
.endm

/* r2 &ret, r3 nr, r4..r6 a1..a3, 160(%r15) a4 */
ZCALL_FUNC zcall_syscall4
	lgr	%r0, %r2
	lgr	%r1, %r3
	lgr	%r2, %r4
	lgr	%r3, %r5
	lgr	%r4, %r6
	lg	%r5, 160(%r15)
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_syscall4

/* r2 &ret, r3 nr, r4..r6 a1..a3, 160/168/176(%r15) a4..a6 */
ZCALL_FUNC zcall_syscall6
	stmg	%r6, %r7, 48(%r15)
	.cfi_offset %r6, -112
	.cfi_offset %r7, -104
	lgr	%r0, %r2
	lgr	%r1, %r3
	lgr	%r2, %r4
	lgr	%r3, %r5
	lgr	%r4, %r6
	lmg	%r5, %r7, 160(%r15)
	svc	0
	lmg	%r6, %r7, 48(%r15)
	.cfi_restore %r6
	.cfi_restore %r7
	ZCALL_RETURN
ZCALL_END zcall_syscall6

/* r2 &ret, r3 nr */
ZCALL_FUNC zcall_nr_last0
	lgr	%r0, %r2
	lgr	%r1, %r3
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

/* r2 &ret, r3 a1, r4 nr */
ZCALL_FUNC zcall_nr_last1
	lgr	%r0, %r2
	lgr	%r1, %r4
	lgr	%r2, %r3
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

/* r2 &ret, r3..r4 a1..a2, r5 nr */
ZCALL_FUNC zcall_nr_last2
	lgr	%r0, %r2
	lgr	%r1, %r5
	lgr	%r2, %r3
	lgr	%r3, %r4
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

/* r2 &ret, r3..r5 a1..a3, r6 nr (read, not written) */
ZCALL_FUNC zcall_nr_last3
	lgr	%r0, %r2
	lgr	%r1, %r6
	lgr	%r2, %r3
	lgr	%r3, %r4
	lgr	%r4, %r5
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

/* r2 &ret, r3..r6 a1..a4, 160(%r15) nr */
ZCALL_FUNC zcall_nr_last4
	lgr	%r0, %r2
	lg	%r1, 160(%r15)
	lgr	%r2, %r3
	lgr	%r3, %r4
	lgr	%r4, %r5
	lgr	%r5, %r6
	svc	0
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

/* r2 &ret, r3..r6 a1..a4, 160(%r15) a5, 168(%r15) nr */
ZCALL_FUNC zcall_nr_last5
	stg	%r6, 48(%r15)
	.cfi_offset %r6, -112
	lgr	%r0, %r2
	lg	%r1, 168(%r15)
	lgr	%r2, %r3
	lgr	%r3, %r4
	lgr	%r4, %r5
	lgr	%r5, %r6
	lg	%r6, 160(%r15)
	svc	0
	lg	%r6, 48(%r15)
	.cfi_restore %r6
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

/* r2 &ret, r3..r6 a1..a4, 160/168(%r15) a5..a6, 176(%r15) nr */
ZCALL_FUNC zcall_nr_last6
	stmg	%r6, %r7, 48(%r15)
	.cfi_offset %r6, -112
	.cfi_offset %r7, -104
	lgr	%r0, %r2
	lg	%r1, 176(%r15)
	lgr	%r2, %r3
	lgr	%r3, %r4
	lgr	%r4, %r5
	lgr	%r5, %r6
	lmg	%r6, %r7, 160(%r15)
	svc	0
	lmg	%r6, %r7, 48(%r15)
	.cfi_restore %r6
	.cfi_restore %r7
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
