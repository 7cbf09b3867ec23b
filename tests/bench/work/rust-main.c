/*
 * The C driver of the Rust workloads (words.rs): argv[1] the workload
 * (hashmap, btree, format), argv[2] input KiB; prints the checksum.
 */
#include "bench.h"

uint64_t bench_run(unsigned kind, size_t kib);

#ifndef MINRT
/* Named by the precompiled alloc crate's unwind tables; never called with
 * panic=abort (minrt has its own, crt/common/rust_eh.c). */
void rust_eh_personality(void)
{
}
#endif

#ifdef BENCH_MUSL
/* Debian's libgcc_eh, which a static link pulls for the Rust objects' unwind
 * tables, was built against glibc 2.35+ and names this; musl has no such
 * function. Never called: nothing unwinds with panic=abort. "Not found". */
int _dl_find_object(void *pc, void *result)
{
	(void)pc, (void)result;
	return -1;
}
#endif

int main(int argc, char **argv)
{
	static const char *const kinds[] = { "hashmap", "btree", "format" };
	unsigned k = 0;
	size_t kib = 0;
	if (argc < 3)
		return 2;
	while (k < 3 && strlen(kinds[k]) != strlen(argv[1]))
		k++;
	if (k == 3 || memcmp(kinds[k], argv[1], strlen(argv[1])))
		return 2;
	for (const char *p = argv[2]; *p; p++)
		kib = kib * 10 + (size_t)(*p - '0');
	bench_result(kinds[k], bench_run(k, kib));
	return 0;
}
