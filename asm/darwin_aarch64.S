/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Darwin (macOS) on aarch64.
 *
 * - trap: `svc #0x80`; number in x16, with the BSD class 0x2000000 set (the
 *   kernel reads the low 16 bits for a BSD call; the class says which
 *   table, as it does on x86_64); arguments in x0..x5
 * - on error the kernel sets the carry flag and puts the errno in x0;
 *   otherwise x0 (and for pipe and fork, x1) holds the result
 * - x16 is an intra-procedure-call scratch register in the C ABI, and no
 *   function here touches a callee-saved register, x18 (the platform
 *   register) or the stack
 * - zcall_ret {r1, err} is returned in x0:x1; on error r1 is all ones
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_syscall4_r2(nr, a1, ..., a4): as zcall_syscall4, and also the
 *   kernel's second result word; zcall_ret2 is three words, so the caller
 *   passes where it goes in x8
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, in xN, so that only the number moves (into x16, taking
 *   the class on the way); the typed wrappers and zcall.hpp use these
 */
#include "asm.h"

#define ZCALL_CLASS_UNIX 0x2000000

/* Turns the kernel's x0 and carry flag into zcall_ret and returns. */
.macro ZCALL_RETURN
	b.cs	1f
	mov	x1, xzr
	ret
1:	mov	x1, x0
	mov	x0, #-1
	ret
.endm

ZCALL_FUNC zcall_syscall4
	orr	x16, x0, #ZCALL_CLASS_UNIX
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	orr	x16, x0, #ZCALL_CLASS_UNIX
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	mov	x4, x5
	mov	x5, x6
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_syscall6

/* zcall_ret2 {r1, r2, err} is stored through x8, which the C ABI keeps for an indirect result. */
ZCALL_FUNC zcall_syscall4_r2
	orr	x16, x0, #ZCALL_CLASS_UNIX
	mov	x0, x1
	mov	x1, x2
	mov	x2, x3
	mov	x3, x4
	svc	#0x80
	b.cs	1f
	stp	x0, x1, [x8]
	str	xzr, [x8, #16]
	ret
1:	mov	x1, #-1
	stp	x1, x1, [x8]
	str	x0, [x8, #16]
	ret
ZCALL_END zcall_syscall4_r2

ZCALL_FUNC zcall_nr_last0
	orr	x16, x0, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	orr	x16, x1, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	orr	x16, x2, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	orr	x16, x3, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	orr	x16, x4, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	orr	x16, x5, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

ZCALL_FUNC zcall_nr_last6
	orr	x16, x6, #ZCALL_CLASS_UNIX
	svc	#0x80
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
