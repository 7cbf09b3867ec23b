/*
 * microbit: its 26 device interrupt vectors (IRQ 0-25),
 * for BBC micro:bit v1, Nordic nRF51822 (Cortex-M0), QEMU's microbit.
 * Source: nRF51 Series Reference Manual, "Instantiation" table (peripheral ID = IRQ number).
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/microbit.ld, whose ASSERT checks the table size.
 * A handler is a weak alias of `unhandled` below: define <NAME>_Handler
 * to take the interrupt.
 */
#include "vectors.h"

/* A tail call, so Default_Handler (overridable, unlike an alias target)
 * sees the interrupted frame as if the core had entered it directly. */
static void unhandled(void)
{
	Default_Handler();
}

#define WEAK_UNHANDLED __attribute__((weak, alias("unhandled")))
void POWER_CLOCK_Handler(void) WEAK_UNHANDLED;
void RADIO_Handler(void) WEAK_UNHANDLED;
void UART0_Handler(void) WEAK_UNHANDLED;
void SPI0_TWI0_Handler(void) WEAK_UNHANDLED;
void SPI1_TWI1_Handler(void) WEAK_UNHANDLED;
void GPIOTE_Handler(void) WEAK_UNHANDLED;
void ADC_Handler(void) WEAK_UNHANDLED;
void TIMER0_Handler(void) WEAK_UNHANDLED;
void TIMER1_Handler(void) WEAK_UNHANDLED;
void TIMER2_Handler(void) WEAK_UNHANDLED;
void RTC0_Handler(void) WEAK_UNHANDLED;
void TEMP_Handler(void) WEAK_UNHANDLED;
void RNG_Handler(void) WEAK_UNHANDLED;
void ECB_Handler(void) WEAK_UNHANDLED;
void CCM_AAR_Handler(void) WEAK_UNHANDLED;
void WDT_Handler(void) WEAK_UNHANDLED;
void RTC1_Handler(void) WEAK_UNHANDLED;
void QDEC_Handler(void) WEAK_UNHANDLED;
void LPCOMP_Handler(void) WEAK_UNHANDLED;
void SWI0_Handler(void) WEAK_UNHANDLED;
void SWI1_Handler(void) WEAK_UNHANDLED;
void SWI2_Handler(void) WEAK_UNHANDLED;
void SWI3_Handler(void) WEAK_UNHANDLED;
void SWI4_Handler(void) WEAK_UNHANDLED;
void SWI5_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_microbit_vectors[26] = {
	/*  0 */ {POWER_CLOCK_Handler},
	/*  1 */ {RADIO_Handler},
	/*  2 */ {UART0_Handler},
	/*  3 */ {SPI0_TWI0_Handler},
	/*  4 */ {SPI1_TWI1_Handler},
	/*  5 */ {.reserved = 0},
	/*  6 */ {GPIOTE_Handler},
	/*  7 */ {ADC_Handler},
	/*  8 */ {TIMER0_Handler},
	/*  9 */ {TIMER1_Handler},
	/* 10 */ {TIMER2_Handler},
	/* 11 */ {RTC0_Handler},
	/* 12 */ {TEMP_Handler},
	/* 13 */ {RNG_Handler},
	/* 14 */ {ECB_Handler},
	/* 15 */ {CCM_AAR_Handler},
	/* 16 */ {WDT_Handler},
	/* 17 */ {RTC1_Handler},
	/* 18 */ {QDEC_Handler},
	/* 19 */ {LPCOMP_Handler},
	/* 20 */ {SWI0_Handler},
	/* 21 */ {SWI1_Handler},
	/* 22 */ {SWI2_Handler},
	/* 23 */ {SWI3_Handler},
	/* 24 */ {SWI4_Handler},
	/* 25 */ {SWI5_Handler},
};
