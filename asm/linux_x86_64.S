/* SPDX-License-Identifier: MIT */
/*
 * zcall entry points for Linux on x86_64.
 *
 * - trap: `syscall`; number in rax; arguments in rdi, rsi, rdx, r10, r8, r9
 *   (r10, not rcx: `syscall` itself overwrites rcx with the return address)
 * - result in rax; a value in [-4095, -1] is -errno
 * - the kernel clobbers rcx and r11 only; both are caller-saved in the C ABI,
 *   and no function here touches a callee-saved register or the stack
 * - zcall_ret {r1, err} is returned in rax:rdx; on error r1 is all ones
 *
 * Exported, C linkage:
 * - zcall_syscall4(nr, a1, a2, a3, a4), zcall_syscall6(nr, a1, ..., a6):
 *   number first, then up to 4 (6) arguments, for C callers; every argument
 *   moves one register down
 * - zcall_nr_lastN(a1, ..., aN, nr) for N = 0..6: exactly N arguments, then
 *   the number, so that a1..a3 already sit where the kernel reads them and
 *   only the number (and a4, into r10) moves; the typed wrappers and
 *   zcall.hpp use these
 * - the typed wrappers whose kernel call takes six words, each an entry of
 *   its own (ZCALL_SIX, asm/asm.h; the table below): with the number as a
 *   seventh argument they would need a frame and a call
 * - zcall_rt_sigreturn: the restorer a signal handler returns into (below)
 */
#include "asm.h"
#include "../include/zcall/gen/linux_x86_64.h"

/* Turns the kernel's rax into zcall_ret and returns. */
.macro ZCALL_RETURN
	cmp	$-4095, %rax
	jae	1f
	xor	%edx, %edx
	ret
1:	neg	%rax
	mov	%rax, %rdx
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
 * include/zcall/; src/ defines them for the other architectures only.
 */
ZCALL_SIX zcall_copy_file_range, ZCALL_SYS_copy_file_range, i, w, i, w, w, u
ZCALL_SIX zcall_epoll_pwait, ZCALL_SYS_epoll_pwait, i, w, i, i, w, s
ZCALL_SIX zcall_epoll_pwait2, ZCALL_SYS_epoll_pwait2, i, w, i, w, w, s
ZCALL_SIX zcall_futex, ZCALL_SYS_futex, w, i, u, w, w, u
ZCALL_SIX zcall_futex_wait, ZCALL_SYS_futex_wait, w, w, w, u, w, i
ZCALL_SIX zcall_getxattrat, ZCALL_SYS_getxattrat, i, w, u, w, w, w
ZCALL_SIX zcall_io_uring_enter, ZCALL_SYS_io_uring_enter, i, u, u, u, w, w
ZCALL_SIX zcall_mbind, ZCALL_SYS_mbind, w, w, w, w, w, u
ZCALL_SIX zcall_mmap, ZCALL_SYS_mmap, w, w, i, i, i, w
ZCALL_SIX zcall_preadv2, ZCALL_SYS_preadv2, i, w, i, o, i
ZCALL_SIX zcall_process_vm_readv, ZCALL_SYS_process_vm_readv, i, w, w, w, w, w
ZCALL_SIX zcall_process_vm_writev, ZCALL_SYS_process_vm_writev, i, w, w, w, w, w
ZCALL_SIX zcall_pwritev2, ZCALL_SYS_pwritev2, i, w, i, o, i
ZCALL_SIX zcall_recvfrom, ZCALL_SYS_recvfrom, i, w, w, i, w, w
ZCALL_SIX zcall_sendto, ZCALL_SYS_sendto, i, w, w, i, w, u
ZCALL_SIX zcall_setxattrat, ZCALL_SYS_setxattrat, i, w, u, w, w, w
ZCALL_SIX zcall_splice, ZCALL_SYS_splice, i, w, i, w, w, u

/*
 * zcall_rt_sigreturn is never called: it is the sa_restorer of a handler
 * installed with SA_RESTORER, which the x86_64 kernel requires (without it,
 * delivery forces SIGSEGV). The handler's `ret` lands here, with rsp at the
 * ucontext the kernel saved, and rt_sigreturn (15) restores the interrupted
 * code from it. Its CFI is the signal frame's, so that a debugger or an
 * unwinder can walk out of a handler: the CFA and each callee-saved register
 * are read from the saved sigcontext (ucontext + 40), whose rsp is at +160
 * and rip at +168. An unwinder looks the return address up minus one, hence
 * the nop inside the FDE before the entry. No landing pad is needed for a
 * return, but one is there when indirect-branch tracking is on, so that a
 * restorer reached by a jump is accepted too.
 */
.macro ZCALL_SIGRETURN name
	.section .text.\name, "ax", %progbits
	.globl \name
	.type \name, %function
	.p2align 4
	.cfi_startproc
	.cfi_signal_frame
	/* DW_CFA_def_cfa_expression: *(rsp + 160) */
	.cfi_escape 0x0f, 0x04, 0x77, 0xa0, 0x01, 0x06
	/* DW_CFA_expression reg, rsp + offset: rip (16), rbp (6), rbx (3), r12-r15 */
	.cfi_escape 0x10, 0x10, 0x03, 0x77, 0xa8, 0x01
	.cfi_escape 0x10, 0x06, 0x02, 0x77, 0x78
	.cfi_escape 0x10, 0x03, 0x03, 0x77, 0x80, 0x01
	.cfi_escape 0x10, 0x0c, 0x02, 0x77, 0x48
	.cfi_escape 0x10, 0x0d, 0x02, 0x77, 0x50
	.cfi_escape 0x10, 0x0e, 0x02, 0x77, 0x58
	.cfi_escape 0x10, 0x0f, 0x02, 0x77, 0x60
	nop
\name:
	ZCALL_LANDING_PAD
.endm

ZCALL_SIGRETURN zcall_rt_sigreturn
	mov	$15, %rax	/* movq: the bytes unwinders also recognise a restorer by */
	syscall
	ud2	/* rt_sigreturn does not return */
ZCALL_END zcall_rt_sigreturn

ZCALL_NOTES
