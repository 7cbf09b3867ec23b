/*
 * minrt_random: a Cortex-M core has no random generator of its own, and
 * semihosting offers none; a chip with an RNG peripheral (STM32F4's RNG,
 * nRF52's RNG) needs its driver, which a program provides by defining
 * minrt_random itself. Until then randomness is an error, never a
 * predictable sequence passed off as random.
 */
#include "minrt.h"

long minrt_random(void *buf, size_t len)
{
	(void)buf;
	(void)len;
	return -38; /* ENOSYS */
}
