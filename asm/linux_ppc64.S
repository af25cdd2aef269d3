/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on ppc64le (64-bit ELFv2, little-endian).
 *
 * - trap: `sc`; number in r0; arguments in r3..r8
 * - result in r3; on error the kernel sets cr0.SO and r3 is the positive
 *   errno (Documentation/arch/powerpc/syscall64-abi.rst)
 * - the kernel clobbers r0, r4..r12, ctr, xer, cr0, cr1 and cr5..cr7 as well
 *   as r3; all are volatile in the ELFv2 ABI, and it keeps lr and cr2..cr4.
 *   No entry point touches r2 (the TOC), r13, a non-volatile register or the
 *   stack, so none needs a global entry point (.localentry) or a frame (the
 *   internal zcall_ppc64_vdso_call at the end, which makes a call, has one)
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

/*
 * long zcall_ppc64_vdso_call(a1, a2, a3, fn): calls the vDSO function at fn
 * with up to three arguments and returns its result, an error as -errno.
 * Internal to libzcall (hidden; src/vdso.hpp calls it): ppc64's vDSO reports
 * an error as `sc` does, cr0.SO set and r3 the positive errno
 * (arch/powerpc/kernel/vdso/gettimeofday.S, cvdso_call), which a call from C
 * cannot see. SO is cleared first, so that a function that returns -errno
 * the C way, and leaves cr0 alone or compares with XER.SO clear, is read as
 * it means. ELFv2: r12 holds the callee's address for its global entry, and
 * r2 (the TOC) is saved across the call, at 24(r1) of this frame.
 */
ZCALL_FUNC zcall_ppc64_vdso_call
	.hidden	zcall_ppc64_vdso_call
	mflr	%r0
	std	%r0, 16(%r1)
	.cfi_offset lr, 16
	stdu	%r1, -32(%r1)
	.cfi_def_cfa_offset 32
	std	%r2, 24(%r1)
	mr	%r12, %r6
	mtctr	%r6
	crclr	so
	bctrl
	ld	%r2, 24(%r1)
	addi	%r1, %r1, 32
	.cfi_def_cfa_offset 0
	ld	%r0, 16(%r1)
	mtlr	%r0
	.cfi_restore lr
	bnslr+
	neg	%r3, %r3
	blr
ZCALL_END zcall_ppc64_vdso_call

ZCALL_NOTES
