/*
 * minrt_clock_ns: the host's clock over semihosting, SYS_ELAPSED (a 64-bit
 * tick count since the program started) at SYS_TICKFREQ ticks a second
 * (QEMU: nanoseconds). The core's own counters do not serve as they are:
 * QEMU models no DWT cycle counter (it reads 0), SysTick wraps its 24 bits
 * within a second or two unless an interrupt counts the wraps, and both
 * tick at a core clock the runtime does not know. Firmware without a
 * debugger defines its own minrt_clock_ns (a timer, the DWT counter over
 * the chip's clock) and the linker takes it instead of this one.
 */
#include "minrt.h"
#include "semihost.h"

int64_t minrt_clock_ns(void)
{
	uint32_t ticks[2];
	long hz;
	uint64_t t;

	if (__minrt_semihost_block(SYS_ELAPSED, (long *)ticks) != 0)
		return -38; /* ENOSYS */
	hz = __minrt_semihost(SYS_TICKFREQ, 0, 0, 0);
	if (hz <= 0)
		return -38;
	t = (uint64_t)ticks[1] << 32 | ticks[0];
	return (int64_t)(t / (uint64_t)hz * 1000000000 + t % (uint64_t)hz * 1000000000 / (uint64_t)hz);
}
