/*
 * __main: gcc for Windows targets inserts a call to it at the top of every
 * C function named main, expecting the mingw CRT's version, which runs the
 * constructors. Here it runs the .ctors table the default linker script
 * gathers between __minrt_ctors_start and __minrt_ctors_end. (The tiny
 * script refuses constructors and makes __main a bare `ret` instead.)
 *
 * gcc emits .ctors, not .init_array, for mingw: the table is run from its
 * end backwards, which is what puts constructor priorities in order (ld
 * sorts the .ctors.NNNNN sections by name, the most urgent last).
 * No "already done" flag: it would cost a writable section in programs
 * that have none, and C programs do not call main twice.
 */
typedef void (*ctor_fn)(void);

extern ctor_fn __minrt_ctors_start[], __minrt_ctors_end[];

void __main(void)
{
	ctor_fn *f;

	for (f = __minrt_ctors_end; f > __minrt_ctors_start;)
		(*--f)();
}
