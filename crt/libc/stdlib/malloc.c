/*
 * malloc: minrt's allocator (crt/common/alloc.c) under the standard name.
 * In libminrt.a on every target: a program that never calls it pulls
 * neither this object nor the allocator.
 */
#include <stdlib.h>
#include "minrt.h"

void *malloc(size_t len)
{
	return minrt_malloc(len);
}
