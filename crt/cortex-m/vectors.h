/*
 * vectors.h - what the core vector table (vectors.c) and each chip's device
 * table (chips/<chip>.c) share.
 *
 * The table is split in two sections the linker script places back to
 * back at the start of flash: .vectors.core (16 entries, the same on every
 * chip of a core, in libminrt.a) then .vectors.device (one entry per device
 * interrupt, from the chip's object). Every handler is a weak symbol: a
 * program overrides one by defining a function of the same name.
 */
#ifndef MINRT_VECTORS_H
#define MINRT_VECTORS_H

#include <stdint.h>

/* An entry: a handler's address (Thumb bit set by the linker), the initial
 * stack pointer (entry 0), or 0 for a reserved slot. */
union __minrt_vector {
	void (*handler)(void);
	void *sp;
	uintptr_t reserved;
};

extern const union __minrt_vector __minrt_vectors[];

/* Where every device interrupt without a handler of its own goes. The
 * default reports it like a fault (crt/cortex-m/fault.c), with its number. */
void Default_Handler(void);

#endif
