/*
 * stm32f103c8: its 43 device interrupt vectors (IRQ 0-42),
 * for ST STM32F103C8 (Cortex-M3, medium density; "blue pill").
 * Source: RM0008, table "Vector table for other STM32F10xxx devices".
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/stm32f103c8.ld, whose ASSERT checks the table size.
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
void WWDG_Handler(void) WEAK_UNHANDLED;
void PVD_Handler(void) WEAK_UNHANDLED;
void TAMPER_Handler(void) WEAK_UNHANDLED;
void RTC_Handler(void) WEAK_UNHANDLED;
void FLASH_Handler(void) WEAK_UNHANDLED;
void RCC_Handler(void) WEAK_UNHANDLED;
void EXTI0_Handler(void) WEAK_UNHANDLED;
void EXTI1_Handler(void) WEAK_UNHANDLED;
void EXTI2_Handler(void) WEAK_UNHANDLED;
void EXTI3_Handler(void) WEAK_UNHANDLED;
void EXTI4_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel1_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel2_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel3_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel4_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel5_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel6_Handler(void) WEAK_UNHANDLED;
void DMA1_Channel7_Handler(void) WEAK_UNHANDLED;
void ADC1_2_Handler(void) WEAK_UNHANDLED;
void USB_HP_CAN1_TX_Handler(void) WEAK_UNHANDLED;
void USB_LP_CAN1_RX0_Handler(void) WEAK_UNHANDLED;
void CAN1_RX1_Handler(void) WEAK_UNHANDLED;
void CAN1_SCE_Handler(void) WEAK_UNHANDLED;
void EXTI9_5_Handler(void) WEAK_UNHANDLED;
void TIM1_BRK_Handler(void) WEAK_UNHANDLED;
void TIM1_UP_Handler(void) WEAK_UNHANDLED;
void TIM1_TRG_COM_Handler(void) WEAK_UNHANDLED;
void TIM1_CC_Handler(void) WEAK_UNHANDLED;
void TIM2_Handler(void) WEAK_UNHANDLED;
void TIM3_Handler(void) WEAK_UNHANDLED;
void TIM4_Handler(void) WEAK_UNHANDLED;
void I2C1_EV_Handler(void) WEAK_UNHANDLED;
void I2C1_ER_Handler(void) WEAK_UNHANDLED;
void I2C2_EV_Handler(void) WEAK_UNHANDLED;
void I2C2_ER_Handler(void) WEAK_UNHANDLED;
void SPI1_Handler(void) WEAK_UNHANDLED;
void SPI2_Handler(void) WEAK_UNHANDLED;
void USART1_Handler(void) WEAK_UNHANDLED;
void USART2_Handler(void) WEAK_UNHANDLED;
void USART3_Handler(void) WEAK_UNHANDLED;
void EXTI15_10_Handler(void) WEAK_UNHANDLED;
void RTC_Alarm_Handler(void) WEAK_UNHANDLED;
void USBWakeUp_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_stm32f103c8_vectors[43] = {
	/*  0 */ {WWDG_Handler},
	/*  1 */ {PVD_Handler},
	/*  2 */ {TAMPER_Handler},
	/*  3 */ {RTC_Handler},
	/*  4 */ {FLASH_Handler},
	/*  5 */ {RCC_Handler},
	/*  6 */ {EXTI0_Handler},
	/*  7 */ {EXTI1_Handler},
	/*  8 */ {EXTI2_Handler},
	/*  9 */ {EXTI3_Handler},
	/* 10 */ {EXTI4_Handler},
	/* 11 */ {DMA1_Channel1_Handler},
	/* 12 */ {DMA1_Channel2_Handler},
	/* 13 */ {DMA1_Channel3_Handler},
	/* 14 */ {DMA1_Channel4_Handler},
	/* 15 */ {DMA1_Channel5_Handler},
	/* 16 */ {DMA1_Channel6_Handler},
	/* 17 */ {DMA1_Channel7_Handler},
	/* 18 */ {ADC1_2_Handler},
	/* 19 */ {USB_HP_CAN1_TX_Handler},
	/* 20 */ {USB_LP_CAN1_RX0_Handler},
	/* 21 */ {CAN1_RX1_Handler},
	/* 22 */ {CAN1_SCE_Handler},
	/* 23 */ {EXTI9_5_Handler},
	/* 24 */ {TIM1_BRK_Handler},
	/* 25 */ {TIM1_UP_Handler},
	/* 26 */ {TIM1_TRG_COM_Handler},
	/* 27 */ {TIM1_CC_Handler},
	/* 28 */ {TIM2_Handler},
	/* 29 */ {TIM3_Handler},
	/* 30 */ {TIM4_Handler},
	/* 31 */ {I2C1_EV_Handler},
	/* 32 */ {I2C1_ER_Handler},
	/* 33 */ {I2C2_EV_Handler},
	/* 34 */ {I2C2_ER_Handler},
	/* 35 */ {SPI1_Handler},
	/* 36 */ {SPI2_Handler},
	/* 37 */ {USART1_Handler},
	/* 38 */ {USART2_Handler},
	/* 39 */ {USART3_Handler},
	/* 40 */ {EXTI15_10_Handler},
	/* 41 */ {RTC_Alarm_Handler},
	/* 42 */ {USBWakeUp_Handler},
};
