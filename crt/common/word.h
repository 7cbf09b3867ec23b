/*
 * word.h - the machine word the mem functions move at a time.
 * may_alias: these loads and stores alias whatever type the caller's bytes
 * really have, which strict aliasing would otherwise let the compiler break.
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

#endif
