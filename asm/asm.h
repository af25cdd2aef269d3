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

#endif
