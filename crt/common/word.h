/*
 * word.h - what the mem and string functions move at a time.
 * may_alias: these loads and stores alias whatever type the caller's bytes
 * really have, which strict aliasing would otherwise let the compiler break.
 * aligned(1) on the unaligned types: x86_64 loads and stores at any
 * address at full speed (since Nehalem/Bulldozer), so the short cases load
 * the first and the last 4, 8 or 16 bytes of a block, overlapping in the
 * middle, instead of looping over bytes.
 */
#ifndef MINRT_WORD_H
#define MINRT_WORD_H

#include <stddef.h>
#include <stdint.h>

typedef size_t __attribute__((may_alias)) __minrt_word;
#define WORD_SIZE sizeof(__minrt_word)

static inline int __minrt_misaligned(const void *p)
{
	return (uintptr_t)p & (WORD_SIZE - 1);
}

#define __MINRT_STR(x) #x
#define __MINRT_XSTR(x) __MINRT_STR(x)

#if defined(__x86_64__)
typedef uint64_t __attribute__((may_alias, aligned(1))) __minrt_u64u;
typedef uint32_t __attribute__((may_alias, aligned(1))) __minrt_u32u;
/* One SSE2 register (every x86_64 CPU has SSE2), unaligned and aligned. */
typedef char __minrt_v16 __attribute__((vector_size(16), may_alias, aligned(1)));
typedef char __minrt_v16a __attribute__((vector_size(16), may_alias));

typedef char __minrt_v32 __attribute__((vector_size(32), may_alias, aligned(1)));
typedef char __minrt_v32a __attribute__((vector_size(32), may_alias));

/*
 * AVX2, probed once (cpuid, and xgetbv for whether the OS saves the ymm
 * registers): a 32-byte loop moves twice what a 16-byte one does per store,
 * and the CPUs of the last ten years retire one or two stores a cycle
 * whatever their width. 0 = not probed yet, 1 = no, 2 = yes (x86_cpu.c).
 */
extern signed char __minrt_avx2_state;
int __minrt_avx2_probe(void);
static inline int __minrt_avx2(void)
{
	return __minrt_avx2_state ? __minrt_avx2_state > 1 : __minrt_avx2_probe();
}

/* Bit i set where byte i of a and b are equal (pcmpeqb + pmovmskb). */
static inline unsigned __minrt_eq16(__minrt_v16 a, __minrt_v16 b)
{
	return (unsigned)__builtin_ia32_pmovmskb128(a == b);
}

/*
 * At and above this many bytes, rep movsb/stosb: on CPUs with ERMS (Intel
 * since Ivy Bridge, AMD since Zen) the microcode moves whole cache lines
 * and beats any SSE2 loop; below it, its start-up cost (measured on Zen 4:
 * ~30 cycles) loses to the 32-byte loop.
 */
#define __MINRT_REP_MIN 2048
#endif

#endif
