/*
 * minrt_getenv: Windows keeps the environment in UTF-16 and hands out no
 * envp, so ask GetEnvironmentVariableW and return a UTF-8 copy.
 *
 * Each copy lives for the rest of the process (the API promises the
 * pointer stays valid, and nothing frees it). Copies are carved from
 * blocks of at least 64 KiB, the granularity VirtualAlloc reserves at
 * anyway, so a program that reads many variables does not waste a whole
 * reservation on each.
 *
 * Both UTF-16 buffers are on the stack (a value is at most 32767 units,
 * 64 KiB, which is what ___chkstk_ms is there for).
 */
#include "minrt.h"
#include "internal.h"
#include "utf.h"

#define BLOCK 0x10000

static char *keep(size_t len)
{
	static char *next, *end;
	char *p;

	if (len > (size_t)(end - next)) {
		size_t size = len > BLOCK ? (len + 4095) & ~(size_t)4095 : BLOCK;

		if (!(next = __minrt_os_alloc(size)))
			return end = 0;
		end = next + size;
	}
	p = next;
	next += len;
	return p;
}

char *minrt_getenv(const char *name)
{
	__minrt_wchar wname[strlen(name) + 1];
	__minrt_dword n, size = 256;
	char *copy;

	__minrt_utf8_to_16(wname, name);
	/* The value may change between the two calls (another thread): retry
	 * until it fits. n counts the NUL only when the buffer was too small. */
	for (;;) {
		__minrt_wchar value[size];

		/* 0 is both "not found" and an empty value: only the
		 * error code (which success does not clear) tells them apart. */
		SetLastError(0);
		n = GetEnvironmentVariableW(wname, value, size);
		if (n == 0 && GetLastError())
			return 0;
		if (n < size) {
			if (!(copy = keep(3 * (size_t)n + 1)))
				return 0;
			copy[__minrt_utf16_to_8(copy, value, n)] = 0;
			return copy;
		}
		size = n;
	}
}
