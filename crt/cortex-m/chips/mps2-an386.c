/*
 * mps2-an386: its 32 device interrupt vectors (IRQ 0-31),
 * for Arm MPS2 with the AN386 FPGA image (Cortex-M4F), QEMU's mps2-an386.
 * Source: Arm AN386 / the CMSDK_CM4 device header; QEMU wires the same lines.
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/mps2-an386.ld, whose ASSERT checks the table size.
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
void UARTRX0_Handler(void) WEAK_UNHANDLED;
void UARTTX0_Handler(void) WEAK_UNHANDLED;
void UARTRX1_Handler(void) WEAK_UNHANDLED;
void UARTTX1_Handler(void) WEAK_UNHANDLED;
void UARTRX2_Handler(void) WEAK_UNHANDLED;
void UARTTX2_Handler(void) WEAK_UNHANDLED;
void PORT0_ALL_Handler(void) WEAK_UNHANDLED;
void PORT1_ALL_Handler(void) WEAK_UNHANDLED;
void TIMER0_Handler(void) WEAK_UNHANDLED;
void TIMER1_Handler(void) WEAK_UNHANDLED;
void DUALTIMER_Handler(void) WEAK_UNHANDLED;
void SPI_Handler(void) WEAK_UNHANDLED;
void UART_OVERFLOW_Handler(void) WEAK_UNHANDLED;
void ETHERNET_Handler(void) WEAK_UNHANDLED;
void I2S_Handler(void) WEAK_UNHANDLED;
void TOUCHSCREEN_Handler(void) WEAK_UNHANDLED;
void PORT2_ALL_Handler(void) WEAK_UNHANDLED;
void PORT3_ALL_Handler(void) WEAK_UNHANDLED;
void UARTRX3_Handler(void) WEAK_UNHANDLED;
void UARTTX3_Handler(void) WEAK_UNHANDLED;
void UARTRX4_Handler(void) WEAK_UNHANDLED;
void UARTTX4_Handler(void) WEAK_UNHANDLED;
void ADC_SPI_Handler(void) WEAK_UNHANDLED;
void SHIELD_SPI_Handler(void) WEAK_UNHANDLED;
void PORT0_0_Handler(void) WEAK_UNHANDLED;
void PORT0_1_Handler(void) WEAK_UNHANDLED;
void PORT0_2_Handler(void) WEAK_UNHANDLED;
void PORT0_3_Handler(void) WEAK_UNHANDLED;
void PORT0_4_Handler(void) WEAK_UNHANDLED;
void PORT0_5_Handler(void) WEAK_UNHANDLED;
void PORT0_6_Handler(void) WEAK_UNHANDLED;
void PORT0_7_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_mps2_an386_vectors[32] = {
	/*  0 */ {UARTRX0_Handler},
	/*  1 */ {UARTTX0_Handler},
	/*  2 */ {UARTRX1_Handler},
	/*  3 */ {UARTTX1_Handler},
	/*  4 */ {UARTRX2_Handler},
	/*  5 */ {UARTTX2_Handler},
	/*  6 */ {PORT0_ALL_Handler},
	/*  7 */ {PORT1_ALL_Handler},
	/*  8 */ {TIMER0_Handler},
	/*  9 */ {TIMER1_Handler},
	/* 10 */ {DUALTIMER_Handler},
	/* 11 */ {SPI_Handler},
	/* 12 */ {UART_OVERFLOW_Handler},
	/* 13 */ {ETHERNET_Handler},
	/* 14 */ {I2S_Handler},
	/* 15 */ {TOUCHSCREEN_Handler},
	/* 16 */ {PORT2_ALL_Handler},
	/* 17 */ {PORT3_ALL_Handler},
	/* 18 */ {UARTRX3_Handler},
	/* 19 */ {UARTTX3_Handler},
	/* 20 */ {UARTRX4_Handler},
	/* 21 */ {UARTTX4_Handler},
	/* 22 */ {ADC_SPI_Handler},
	/* 23 */ {SHIELD_SPI_Handler},
	/* 24 */ {PORT0_0_Handler},
	/* 25 */ {PORT0_1_Handler},
	/* 26 */ {PORT0_2_Handler},
	/* 27 */ {PORT0_3_Handler},
	/* 28 */ {PORT0_4_Handler},
	/* 29 */ {PORT0_5_Handler},
	/* 30 */ {PORT0_6_Handler},
	/* 31 */ {PORT0_7_Handler},
};
