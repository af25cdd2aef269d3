/* SPDX-License-Identifier: MIT */
/*
 * Assembler directives that differ between object formats and hardening
 * modes, written once so that each asm/<os>_<arch>.S shows only its ABI.
 *
 * ZCALL_FUNC name / ZCALL_END name bracket every entry point: its own
 * section (so --gc-sections can drop what a program does not use), symbol
 * type and size, CFI, and the landing pad that indirect-branch tracking
 * requires. ZCALL_NOTES ends every file: on ELF the non-executable stack
 * marker and, when the compiler was asked for control-flow protection, the
 * GNU property note that tells the linker this object supports it.
 */
#ifndef ZCALL_ASM_H
#define ZCALL_ASM_H

#if defined(__x86_64__) && defined(__CET__) && (__CET__ & 1)
#define ZCALL_LANDING_PAD endbr64
#elif defined(__aarch64__) && defined(__ARM_FEATURE_BTI_DEFAULT)
#define ZCALL_LANDING_PAD bti c
#else
#define ZCALL_LANDING_PAD
#endif

/* GNU_PROPERTY_X86_FEATURE_1_AND: bit 0 IBT, bit 1 SHSTK, as -fcf-protection sets __CET__. */
#if defined(__x86_64__) && defined(__CET__)
#define ZCALL_PROPERTY_TYPE 0xc0000002
#define ZCALL_PROPERTY_BITS (__CET__ & 3)
/* GNU_PROPERTY_AARCH64_FEATURE_1_AND: bit 0 BTI, bit 1 PAC. */
#elif defined(__aarch64__) && (defined(__ARM_FEATURE_BTI_DEFAULT) || defined(__ARM_FEATURE_PAC_DEFAULT))
#define ZCALL_PROPERTY_TYPE 0xc0000000
#if defined(__ARM_FEATURE_BTI_DEFAULT) && defined(__ARM_FEATURE_PAC_DEFAULT)
#define ZCALL_PROPERTY_BITS 3
#elif defined(__ARM_FEATURE_BTI_DEFAULT)
#define ZCALL_PROPERTY_BITS 1
#else
#define ZCALL_PROPERTY_BITS 2
#endif
#endif

#if defined(__APPLE__)
/*
 * Mach-O: C names take a leading underscore, there is no .type/.size and no
 * GNU note, and .subsections_via_symbols lets the linker strip each entry
 * point a program does not use. On arm64 `;` starts a comment there, so no
 * macro here may use it as a separator.
 */
.macro ZCALL_FUNC name
	.text
	.globl _\name
	.p2align 2
_\name:
	.cfi_startproc
	ZCALL_LANDING_PAD
.endm

.macro ZCALL_END name
	.cfi_endproc
.endm

.macro ZCALL_NOTES
	.subsections_via_symbols
.endm

#else

.macro ZCALL_FUNC name
	.section .text.\name, "ax", %progbits
	.globl \name
	.type \name, %function
	.p2align 4
\name:
	.cfi_startproc
	ZCALL_LANDING_PAD
.endm

.macro ZCALL_END name
	.cfi_endproc
	.size \name, . - \name
.endm

.macro ZCALL_NOTES
	.section .note.GNU-stack, "", %progbits
#ifdef ZCALL_PROPERTY_TYPE
	.section .note.gnu.property, "a", %note
	.p2align 3
	.long 4                    /* name size: "GNU\0" */
	.long 16                   /* descriptor size: one property, padded to 8 */
	.long 5                    /* NT_GNU_PROPERTY_TYPE_0 */
	.asciz "GNU"
	.long ZCALL_PROPERTY_TYPE
	.long 4                    /* property data size */
	.long ZCALL_PROPERTY_BITS
	.long 0                    /* pad to 8 bytes */
#endif
.endm

#endif  /* object format */

#if defined(__x86_64__)
/*
 * ZCALL_SIX name, nr, k1, ..., k6: a typed wrapper whose kernel call takes six
 * words, as an entry of its own. Through zcall_nr_lastN its number would be
 * a seventh argument, which x86_64 passes on the stack, so the wrapper would
 * need a frame and a call; here the number is an immediate and the wrapper
 * is the entry. Each asm/<os>_x86_64.S lists its calls, one line each, and
 * defines ZCALL_RETURN, with which the entry ends.
 *
 * Each kind names what the C declaration passes, in order, and the word the
 * kernel gets from it; they widen exactly as src/syscall.hpp does:
 *   i  int: sign-extended, except the first argument, passed as the C ABI
 *      left it (the kernel reads its low 32 bits only; src/syscall.hpp)
 *   u  unsigned int or uint32_t: zero-extended
 *   w  a pointer, size_t, long, or a 64-bit integer: as it is
 *   o  (fourth only) an int64_t offset that the kernel takes as two words,
 *      low and high: it fills the kernel's a4 and a5, and the C argument
 *      after it, in r8, moves to r9 (written before r8 is overwritten)
 *   s  (sixth only) no C argument: the kernel's sigset size, 8
 * tests/wrappers_test.py checks every line's kinds against the declaration
 * in include/zcall/ and against the call's src/ definition that the other
 * architectures compile.
 */
#define ZCALL_SIGSET_SIZE 8

/* One C argument into the register the kernel reads it from. */
.macro ZCALL_SIX_ARG kind, from, from32, to, to32
.ifc \kind,i
	movslq	\from32, \to
.else
.ifc \kind,u
	mov	\from32, \to32
.else
.ifc \kind,w
.ifnc \from,\to
	mov	\from, \to
.endif
.else
	.error "ZCALL_SIX: kind \kind is not i, u or w here"
.endif
.endif
.endif
.endm

.macro ZCALL_SIX name, nr, k1, k2, k3, k4, k5, k6
ZCALL_FUNC \name
	mov	$\nr, %eax
.ifnc \k1,i
	ZCALL_SIX_ARG \k1, %rdi, %edi, %rdi, %edi
.endif
	ZCALL_SIX_ARG \k2, %rsi, %esi, %rsi, %esi
	ZCALL_SIX_ARG \k3, %rdx, %edx, %rdx, %edx
.ifc \k4,o
.ifnb \k6
	.error "ZCALL_SIX: an offset of two words leaves room for five C arguments"
.endif
	ZCALL_SIX_ARG \k5, %r8, %r8d, %r9, %r9d
	mov	%rcx, %r10
	mov	%rcx, %r8
	shr	$32, %r8
.else
	ZCALL_SIX_ARG \k4, %rcx, %ecx, %r10, %r10d
	ZCALL_SIX_ARG \k5, %r8, %r8d, %r8, %r8d
.ifc \k6,s
	mov	$ZCALL_SIGSET_SIZE, %r9d
.else
	ZCALL_SIX_ARG \k6, %r9, %r9d, %r9, %r9d
.endif
.endif
	syscall
	ZCALL_RETURN
ZCALL_END \name
.endm
#endif

#endif
