/*
 * scb.h - the System Control Block and MPU registers minrt touches (ARMv7-M
 * ARM B3.2, B3.5; ARMv6-M ARM B3.2). Fixed addresses on every Cortex-M.
 */
#ifndef MINRT_SCB_H
#define MINRT_SCB_H

#include <stdint.h>

static inline volatile uint32_t *__minrt_scb(uint32_t addr)
{
	return (volatile uint32_t *)addr;
}

enum {
	SCB_VTOR = 0xE000ED08,	/* vector table offset (not on ARMv6-M) */
	SCB_AIRCR = 0xE000ED0C, /* application interrupt and reset control */
	SCB_CFSR = 0xE000ED28,	/* configurable fault status: MMFSR | BFSR | UFSR */
	SCB_HFSR = 0xE000ED2C,	/* hard fault status: FORCED, VECTTBL, DEBUGEVT */
	SCB_MMFAR = 0xE000ED34, /* address of a MemManage fault, valid if CFSR.MMARVALID */
	SCB_BFAR = 0xE000ED38,	/* address of a BusFault, valid if CFSR.BFARVALID */
	SCB_CPACR = 0xE000ED88, /* coprocessor access: CP10/CP11 are the FPU */
	MPU_CTRL = 0xE000ED94,	/* MPU enable, default map for privileged code */
	MPU_RNR = 0xE000ED98,	/* region the next two registers address */
	MPU_RBAR = 0xE000ED9C,	/* region base address */
	MPU_RASR = 0xE000EDA0,	/* region size, access, enable */
};

/* ARMv7-M and ARMv8-M mainline have the fault status registers and VTOR;
 * ARMv6-M has neither (reading them is a bus error there). */
#if defined(__ARM_ARCH_7M__) || defined(__ARM_ARCH_7EM__) || defined(__ARM_ARCH_8M_MAIN__)
#define MINRT_ARMV7M 1
#else
#define MINRT_ARMV7M 0
#endif

#endif
