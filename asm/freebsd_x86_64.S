/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for FreeBSD on x86_64.
 *
 * - trap: `syscall`; number in rax; arguments in rdi, rsi, rdx, r10, r8, r9
 *   (r10, not rcx: `syscall` itself overwrites rcx with the return address)
 * - on error the kernel sets the carry flag and puts the errno in rax;
 *   otherwise rax (and for pipe and fork, rdx) holds the result
 * - the kernel may change rcx, r11 and the argument registers; all are
 *   caller-saved in the C ABI, and no function here touches a callee-saved
 *   register or the stack beyond reading its own arguments
 * - zcall_ret {r1, err} is returned in rax:rdx; on error r1 is all ones
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_syscall4_r2(nr, a1, ..., a4): as zcall_syscall4, and also the
 *   kernel's second result word (rdx); zcall_ret2 is three words, so the
 *   caller passes where it goes as a hidden first argument in rdi
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, so that a1..a3 already sit where the kernel reads them and
 *   only the number (and a4, into r10) moves; the typed wrappers and
 *   zcall.hpp use these
 * - the typed wrappers whose kernel call takes six words, each an entry of
 *   its own (ZCALL_SIX, asm/asm.h; the table below): with the number as a
 *   seventh argument they would need a frame and a call
 */
#include "asm.h"
#include "../include/zcall/gen/freebsd_x86_64.h"

/* Turns the kernel's rax and carry flag into zcall_ret and returns. */
.macro ZCALL_RETURN
	jc	1f
	xor	%edx, %edx
	ret
1:	mov	%rax, %rdx
	or	$-1, %rax
	ret
.endm

ZCALL_FUNC zcall_syscall4
	mov	%rdi, %rax
	mov	%rsi, %rdi
	mov	%rdx, %rsi
	mov	%rcx, %rdx
	mov	%r8, %r10
	syscall
	ZCALL_RETURN
ZCALL_END zcall_syscall4

/* a6 is the first stack argument, above the return address. */
ZCALL_FUNC zcall_syscall6
	mov	%rdi, %rax
	mov	%rsi, %rdi
	mov	%rdx, %rsi
	mov	%rcx, %rdx
	mov	%r8, %r10
	mov	%r9, %r8
	mov	8(%rsp), %r9
	syscall
	ZCALL_RETURN
ZCALL_END zcall_syscall6

/*
 * The result pointer comes first, in rdi, and must come back in rax. The
 * kernel may change any argument register, so across the trap the pointer
 * waits in the red zone below the stack pointer, which the ABI leaves to a
 * leaf function and which FreeBSD's signal delivery skips.
 */
ZCALL_FUNC zcall_syscall4_r2
	mov	%rdi, -8(%rsp)
	mov	%rsi, %rax
	mov	%rdx, %rdi
	mov	%rcx, %rsi
	mov	%r8, %rdx
	mov	%r9, %r10
	syscall
	mov	-8(%rsp), %rdi
	jc	1f
	mov	%rax, (%rdi)
	mov	%rdx, 8(%rdi)
	movq	$0, 16(%rdi)
	mov	%rdi, %rax
	ret
1:	movq	$-1, (%rdi)
	movq	$-1, 8(%rdi)
	mov	%rax, 16(%rdi)
	mov	%rdi, %rax
	ret
ZCALL_END zcall_syscall4_r2

ZCALL_FUNC zcall_nr_last0
	mov	%rdi, %rax
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last0

ZCALL_FUNC zcall_nr_last1
	mov	%rsi, %rax
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last1

ZCALL_FUNC zcall_nr_last2
	mov	%rdx, %rax
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last2

ZCALL_FUNC zcall_nr_last3
	mov	%rcx, %rax
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last3

ZCALL_FUNC zcall_nr_last4
	mov	%r8, %rax
	mov	%rcx, %r10
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last4

ZCALL_FUNC zcall_nr_last5
	mov	%r9, %rax
	mov	%rcx, %r10
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last5

/* a1..a6 fill every argument register; the number is the first stack argument. */
ZCALL_FUNC zcall_nr_last6
	mov	8(%rsp), %rax
	mov	%rcx, %r10
	syscall
	ZCALL_RETURN
ZCALL_END zcall_nr_last6

/*
 * The typed wrappers of six kernel words: name, number, then what each C
 * argument is (asm/asm.h says what each kind does). Their declarations are in
 * include/zcall/; src/ defines them for the other systems only.
 */
ZCALL_SIX zcall_kevent, ZCALL_SYS_kevent, i, w, i, w, i, w
ZCALL_SIX zcall_mmap, ZCALL_SYS_mmap, w, w, i, i, i, w
ZCALL_SIX zcall_recvfrom, ZCALL_SYS_recvfrom, i, w, w, i, w, w
ZCALL_SIX zcall_sendto, ZCALL_SYS_sendto, i, w, w, i, w, u

ZCALL_NOTES
