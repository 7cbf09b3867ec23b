/*
 * nrf52840: its 48 device interrupt vectors (IRQ 0-47),
 * for Nordic nRF52840 (Cortex-M4F).
 * Source: nRF52840 Product Specification, "Instantiation" table (peripheral ID = IRQ number).
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/nrf52840.ld, whose ASSERT checks the table size.
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
void UARTE0_UART0_Handler(void) WEAK_UNHANDLED;
void SPIM0_SPIS0_TWIM0_TWIS0_SPI0_TWI0_Handler(void) WEAK_UNHANDLED;
void SPIM1_SPIS1_TWIM1_TWIS1_SPI1_TWI1_Handler(void) WEAK_UNHANDLED;
void NFCT_Handler(void) WEAK_UNHANDLED;
void GPIOTE_Handler(void) WEAK_UNHANDLED;
void SAADC_Handler(void) WEAK_UNHANDLED;
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
void COMP_LPCOMP_Handler(void) WEAK_UNHANDLED;
void SWI0_EGU0_Handler(void) WEAK_UNHANDLED;
void SWI1_EGU1_Handler(void) WEAK_UNHANDLED;
void SWI2_EGU2_Handler(void) WEAK_UNHANDLED;
void SWI3_EGU3_Handler(void) WEAK_UNHANDLED;
void SWI4_EGU4_Handler(void) WEAK_UNHANDLED;
void SWI5_EGU5_Handler(void) WEAK_UNHANDLED;
void TIMER3_Handler(void) WEAK_UNHANDLED;
void TIMER4_Handler(void) WEAK_UNHANDLED;
void PWM0_Handler(void) WEAK_UNHANDLED;
void PDM_Handler(void) WEAK_UNHANDLED;
void MWU_Handler(void) WEAK_UNHANDLED;
void PWM1_Handler(void) WEAK_UNHANDLED;
void PWM2_Handler(void) WEAK_UNHANDLED;
void SPIM2_SPIS2_SPI2_Handler(void) WEAK_UNHANDLED;
void RTC2_Handler(void) WEAK_UNHANDLED;
void I2S_Handler(void) WEAK_UNHANDLED;
void FPU_Handler(void) WEAK_UNHANDLED;
void USBD_Handler(void) WEAK_UNHANDLED;
void UARTE1_Handler(void) WEAK_UNHANDLED;
void QSPI_Handler(void) WEAK_UNHANDLED;
void CRYPTOCELL_Handler(void) WEAK_UNHANDLED;
void PWM3_Handler(void) WEAK_UNHANDLED;
void SPIM3_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_nrf52840_vectors[48] = {
	/*  0 */ {POWER_CLOCK_Handler},
	/*  1 */ {RADIO_Handler},
	/*  2 */ {UARTE0_UART0_Handler},
	/*  3 */ {SPIM0_SPIS0_TWIM0_TWIS0_SPI0_TWI0_Handler},
	/*  4 */ {SPIM1_SPIS1_TWIM1_TWIS1_SPI1_TWI1_Handler},
	/*  5 */ {NFCT_Handler},
	/*  6 */ {GPIOTE_Handler},
	/*  7 */ {SAADC_Handler},
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
	/* 19 */ {COMP_LPCOMP_Handler},
	/* 20 */ {SWI0_EGU0_Handler},
	/* 21 */ {SWI1_EGU1_Handler},
	/* 22 */ {SWI2_EGU2_Handler},
	/* 23 */ {SWI3_EGU3_Handler},
	/* 24 */ {SWI4_EGU4_Handler},
	/* 25 */ {SWI5_EGU5_Handler},
	/* 26 */ {TIMER3_Handler},
	/* 27 */ {TIMER4_Handler},
	/* 28 */ {PWM0_Handler},
	/* 29 */ {PDM_Handler},
	/* 30 */ {.reserved = 0},
	/* 31 */ {.reserved = 0},
	/* 32 */ {MWU_Handler},
	/* 33 */ {PWM1_Handler},
	/* 34 */ {PWM2_Handler},
	/* 35 */ {SPIM2_SPIS2_SPI2_Handler},
	/* 36 */ {RTC2_Handler},
	/* 37 */ {I2S_Handler},
	/* 38 */ {FPU_Handler},
	/* 39 */ {USBD_Handler},
	/* 40 */ {UARTE1_Handler},
	/* 41 */ {QSPI_Handler},
	/* 42 */ {CRYPTOCELL_Handler},
	/* 43 */ {.reserved = 0},
	/* 44 */ {.reserved = 0},
	/* 45 */ {PWM3_Handler},
	/* 46 */ {.reserved = 0},
	/* 47 */ {SPIM3_Handler},
};
