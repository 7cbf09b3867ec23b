/*
 * minrt_clock_ns: QueryPerformanceCounter, Windows' monotonic clock, in
 * ticks of QueryPerformanceFrequency per second (10 MHz on current
 * Windows and on wine). Ticks to nanoseconds in two parts, whole seconds
 * and the remainder, so that ticks * 10^9 cannot overflow 64 bits.
 */
#include "minrt.h"
#include "kernel32.h"

int64_t minrt_clock_ns(void)
{
	int64_t t, f;

	QueryPerformanceCounter(&t);
	QueryPerformanceFrequency(&f);
	return t / f * 1000000000 + t % f * 1000000000 / f;
}
