/*
 * lm3s6965: its 44 device interrupt vectors (IRQ 0-43),
 * for TI Stellaris LM3S6965 (Cortex-M3), QEMU's lm3s6965evb.
 * Source: LM3S6965 data sheet, table "Interrupts".
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/lm3s6965.ld, whose ASSERT checks the table size.
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
void GPIOA_Handler(void) WEAK_UNHANDLED;
void GPIOB_Handler(void) WEAK_UNHANDLED;
void GPIOC_Handler(void) WEAK_UNHANDLED;
void GPIOD_Handler(void) WEAK_UNHANDLED;
void GPIOE_Handler(void) WEAK_UNHANDLED;
void UART0_Handler(void) WEAK_UNHANDLED;
void UART1_Handler(void) WEAK_UNHANDLED;
void SSI0_Handler(void) WEAK_UNHANDLED;
void I2C0_Handler(void) WEAK_UNHANDLED;
void PWM_FAULT_Handler(void) WEAK_UNHANDLED;
void PWM_GEN0_Handler(void) WEAK_UNHANDLED;
void PWM_GEN1_Handler(void) WEAK_UNHANDLED;
void PWM_GEN2_Handler(void) WEAK_UNHANDLED;
void QEI0_Handler(void) WEAK_UNHANDLED;
void ADC0_SEQ0_Handler(void) WEAK_UNHANDLED;
void ADC0_SEQ1_Handler(void) WEAK_UNHANDLED;
void ADC0_SEQ2_Handler(void) WEAK_UNHANDLED;
void ADC0_SEQ3_Handler(void) WEAK_UNHANDLED;
void WATCHDOG_Handler(void) WEAK_UNHANDLED;
void TIMER0A_Handler(void) WEAK_UNHANDLED;
void TIMER0B_Handler(void) WEAK_UNHANDLED;
void TIMER1A_Handler(void) WEAK_UNHANDLED;
void TIMER1B_Handler(void) WEAK_UNHANDLED;
void TIMER2A_Handler(void) WEAK_UNHANDLED;
void TIMER2B_Handler(void) WEAK_UNHANDLED;
void COMP0_Handler(void) WEAK_UNHANDLED;
void COMP1_Handler(void) WEAK_UNHANDLED;
void SYSCTL_Handler(void) WEAK_UNHANDLED;
void FLASH_Handler(void) WEAK_UNHANDLED;
void GPIOF_Handler(void) WEAK_UNHANDLED;
void GPIOG_Handler(void) WEAK_UNHANDLED;
void UART2_Handler(void) WEAK_UNHANDLED;
void TIMER3A_Handler(void) WEAK_UNHANDLED;
void TIMER3B_Handler(void) WEAK_UNHANDLED;
void I2C1_Handler(void) WEAK_UNHANDLED;
void QEI1_Handler(void) WEAK_UNHANDLED;
void ETHERNET_Handler(void) WEAK_UNHANDLED;
void HIBERNATE_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_lm3s6965_vectors[44] = {
	/*  0 */ {GPIOA_Handler},
	/*  1 */ {GPIOB_Handler},
	/*  2 */ {GPIOC_Handler},
	/*  3 */ {GPIOD_Handler},
	/*  4 */ {GPIOE_Handler},
	/*  5 */ {UART0_Handler},
	/*  6 */ {UART1_Handler},
	/*  7 */ {SSI0_Handler},
	/*  8 */ {I2C0_Handler},
	/*  9 */ {PWM_FAULT_Handler},
	/* 10 */ {PWM_GEN0_Handler},
	/* 11 */ {PWM_GEN1_Handler},
	/* 12 */ {PWM_GEN2_Handler},
	/* 13 */ {QEI0_Handler},
	/* 14 */ {ADC0_SEQ0_Handler},
	/* 15 */ {ADC0_SEQ1_Handler},
	/* 16 */ {ADC0_SEQ2_Handler},
	/* 17 */ {ADC0_SEQ3_Handler},
	/* 18 */ {WATCHDOG_Handler},
	/* 19 */ {TIMER0A_Handler},
	/* 20 */ {TIMER0B_Handler},
	/* 21 */ {TIMER1A_Handler},
	/* 22 */ {TIMER1B_Handler},
	/* 23 */ {TIMER2A_Handler},
	/* 24 */ {TIMER2B_Handler},
	/* 25 */ {COMP0_Handler},
	/* 26 */ {COMP1_Handler},
	/* 27 */ {.reserved = 0},
	/* 28 */ {SYSCTL_Handler},
	/* 29 */ {FLASH_Handler},
	/* 30 */ {GPIOF_Handler},
	/* 31 */ {GPIOG_Handler},
	/* 32 */ {.reserved = 0},
	/* 33 */ {UART2_Handler},
	/* 34 */ {.reserved = 0},
	/* 35 */ {TIMER3A_Handler},
	/* 36 */ {TIMER3B_Handler},
	/* 37 */ {I2C1_Handler},
	/* 38 */ {QEI1_Handler},
	/* 39 */ {.reserved = 0},
	/* 40 */ {.reserved = 0},
	/* 41 */ {.reserved = 0},
	/* 42 */ {ETHERNET_Handler},
	/* 43 */ {HIBERNATE_Handler},
};
