/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on ppc64le (64-bit ELFv2, little-endian).
 *
 * - trap: `sc`; number in r0; arguments in r3..r8
 * - result in r3; on error the kernel sets cr0.SO and r3 is the positive
 *   errno (Documentation/arch/powerpc/syscall64-abi.rst)
 * - the kernel clobbers r0, r4..r12, ctr, xer and cr0 as well as r3; all are
 *   volatile in the ELFv2 ABI, and it keeps lr and cr1..cr7. No function here
 *   touches r2 (the TOC), r13, a non-volatile register or the stack, so none
 *   needs a global entry point (.localentry) or a frame
 * - `scv 0` (POWER9 and later) is not used: it needs AT_HWCAP2's
 *   PPC_FEATURE2_SCV checked per call or kept somewhere, and zcall keeps no
 *   such state; `sc` works on every kernel and CPU
 * - zcall_ret {r1, err} is returned in r3:r4; on error r1 is all ones
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, in r(3+N), so that only the number moves (into r0); the
 *   typed wrappers and zcall.hpp use these
 */
#include "asm.h"

#if !defined(_CALL_ELF) || _CALL_ELF != 2
#error "asm/linux_ppc64.S is ELFv2 only: ELFv1 entry points would need function descriptors"
#endif

	.abiversion 2

/* Turns the kernel's r3 and cr0.SO into zcall_ret and returns. */
.macro ZCALL_RETURN
	li	%r4, 0
	bnslr+
	mr	%r4, %r3
	li	%r3, -1
	blr
.endm

ZCALL_FUNC zcall_syscall4
	mr	%r0, %r3
	mr	%r3, %r4
	mr	%r4, %r5
	mr	%r5, %r6
	mr	%r6, %r7
	sc
	ZCALL_RETURN
ZCALL_END zcall_syscall4

ZCALL_FUNC zcall_syscall6
	mr	%r0, %r3
	mr	%r3, %r4
	mr	%r4, %r5
	mr	%r5, %r6
	mr	%r6, %r7
	mr	%r7, %r8
	mr	%r8, %r9
	sc
	ZCALL_RETURN
ZCALL_END zcall_syscall6

ZCALL_FUNC zcall_nr_last0
	mr	%r0, %r3
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	mr	%r0, %r4
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	mr	%r0, %r5
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	mr	%r0, %r6
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	mr	%r0, %r7
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	mr	%r0, %r8
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

ZCALL_FUNC zcall_nr_last6
	mr	%r0, %r9
	sc
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

ZCALL_NOTES
