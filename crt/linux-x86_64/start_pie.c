/*
 * Self-relocation for static PIE, as a dynamic loader would do it.
 *
 * Until the loop below is done, a pointer stored in data holds its
 * link-time value (an offset from 0), so this code must not read one: it
 * reaches _DYNAMIC and the ELF header through hidden symbols, which the
 * compiler addresses relative to rip, and it calls nothing until the end.
 *
 * A static PIE carries only relative relocations (no symbols to look up):
 *   R_X86_64_RELATIVE  (DT_RELA):  *(base + r_offset) = base + r_addend
 *   RELR               (DT_RELR):  a compressed list of the same kind of
 *     relocation with the addend kept in place (*where += base). An even
 *     entry is an address to relocate; the odd entry after it is a bitmap
 *     whose bit i (i >= 1) asks to relocate the word i words further on,
 *     and each bitmap advances the base address by 63 words.
 */
#include <stddef.h>
#include <stdint.h>

#define DT_NULL 0
#define DT_RELA 7
#define DT_RELASZ 8
#define DT_RELRSZ 35
#define DT_RELR 36
#define R_X86_64_RELATIVE 8

struct dyn {
	long tag;
	unsigned long val;
};

struct rela {
	unsigned long offset;
	unsigned long info;
	long addend;
};

extern const struct dyn _DYNAMIC[] __attribute__((visibility("hidden")));
/* The ELF header: linked at 0 in a PIE, so its run-time address is the load base. */
extern const char __ehdr_start[] __attribute__((visibility("hidden")));

_Noreturn void __minrt_start_c(long *sp);

static void apply_rela(uintptr_t base, const struct rela *r, size_t size)
{
	const struct rela *end = (const struct rela *)((const char *)r + size);

	for (; r < end; r++)
		if ((r->info & 0xffffffff) == R_X86_64_RELATIVE)
			*(uintptr_t *)(base + r->offset) = base + (uintptr_t)r->addend;
}

static void apply_relr(uintptr_t base, const uintptr_t *r, size_t size)
{
	const uintptr_t *end = (const uintptr_t *)((const char *)r + size);
	uintptr_t *where = 0;

	for (; r < end; r++) {
		uintptr_t e = *r;

		if (!(e & 1)) {
			where = (uintptr_t *)(base + e);
			*where++ += base;
			continue;
		}
		for (uintptr_t *p = where; e >>= 1; p++)
			if (e & 1)
				*p += base;
		where += 63;
	}
}

_Noreturn void __minrt_start_pie_c(long *sp)
{
	uintptr_t base = (uintptr_t)__ehdr_start;
	uintptr_t rela = 0, relr = 0;
	size_t rela_size = 0, relr_size = 0;

	for (const struct dyn *d = _DYNAMIC; d->tag != DT_NULL; d++) {
		switch (d->tag) {
		case DT_RELA: rela = d->val; break;
		case DT_RELASZ: rela_size = d->val; break;
		case DT_RELR: relr = d->val; break;
		case DT_RELRSZ: relr_size = d->val; break;
		}
	}
	if (rela)
		apply_rela(base, (const struct rela *)(base + rela), rela_size);
	if (relr)
		apply_relr(base, (const uintptr_t *)(base + relr), relr_size);
	__minrt_start_c(sp);
}
