/*
 * stm32f407vg: its 82 device interrupt vectors (IRQ 0-81),
 * for ST STM32F407VG (Cortex-M4F; STM32F4DISCOVERY).
 * Source: RM0090, table "Vector table for STM32F405xx/07xx and STM32F415xx/17xx".
 *
 * Built as an object of its own per core (not in libminrt.a, where the
 * tables of different chips would clash); link it with the memory file
 * linker-scripts/cortex-m/stm32f407vg.ld, whose ASSERT checks the table size.
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
void TAMP_STAMP_Handler(void) WEAK_UNHANDLED;
void RTC_WKUP_Handler(void) WEAK_UNHANDLED;
void FLASH_Handler(void) WEAK_UNHANDLED;
void RCC_Handler(void) WEAK_UNHANDLED;
void EXTI0_Handler(void) WEAK_UNHANDLED;
void EXTI1_Handler(void) WEAK_UNHANDLED;
void EXTI2_Handler(void) WEAK_UNHANDLED;
void EXTI3_Handler(void) WEAK_UNHANDLED;
void EXTI4_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream0_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream1_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream2_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream3_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream4_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream5_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream6_Handler(void) WEAK_UNHANDLED;
void ADC_Handler(void) WEAK_UNHANDLED;
void CAN1_TX_Handler(void) WEAK_UNHANDLED;
void CAN1_RX0_Handler(void) WEAK_UNHANDLED;
void CAN1_RX1_Handler(void) WEAK_UNHANDLED;
void CAN1_SCE_Handler(void) WEAK_UNHANDLED;
void EXTI9_5_Handler(void) WEAK_UNHANDLED;
void TIM1_BRK_TIM9_Handler(void) WEAK_UNHANDLED;
void TIM1_UP_TIM10_Handler(void) WEAK_UNHANDLED;
void TIM1_TRG_COM_TIM11_Handler(void) WEAK_UNHANDLED;
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
void OTG_FS_WKUP_Handler(void) WEAK_UNHANDLED;
void TIM8_BRK_TIM12_Handler(void) WEAK_UNHANDLED;
void TIM8_UP_TIM13_Handler(void) WEAK_UNHANDLED;
void TIM8_TRG_COM_TIM14_Handler(void) WEAK_UNHANDLED;
void TIM8_CC_Handler(void) WEAK_UNHANDLED;
void DMA1_Stream7_Handler(void) WEAK_UNHANDLED;
void FSMC_Handler(void) WEAK_UNHANDLED;
void SDIO_Handler(void) WEAK_UNHANDLED;
void TIM5_Handler(void) WEAK_UNHANDLED;
void SPI3_Handler(void) WEAK_UNHANDLED;
void UART4_Handler(void) WEAK_UNHANDLED;
void UART5_Handler(void) WEAK_UNHANDLED;
void TIM6_DAC_Handler(void) WEAK_UNHANDLED;
void TIM7_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream0_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream1_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream2_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream3_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream4_Handler(void) WEAK_UNHANDLED;
void ETH_Handler(void) WEAK_UNHANDLED;
void ETH_WKUP_Handler(void) WEAK_UNHANDLED;
void CAN2_TX_Handler(void) WEAK_UNHANDLED;
void CAN2_RX0_Handler(void) WEAK_UNHANDLED;
void CAN2_RX1_Handler(void) WEAK_UNHANDLED;
void CAN2_SCE_Handler(void) WEAK_UNHANDLED;
void OTG_FS_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream5_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream6_Handler(void) WEAK_UNHANDLED;
void DMA2_Stream7_Handler(void) WEAK_UNHANDLED;
void USART6_Handler(void) WEAK_UNHANDLED;
void I2C3_EV_Handler(void) WEAK_UNHANDLED;
void I2C3_ER_Handler(void) WEAK_UNHANDLED;
void OTG_HS_EP1_OUT_Handler(void) WEAK_UNHANDLED;
void OTG_HS_EP1_IN_Handler(void) WEAK_UNHANDLED;
void OTG_HS_WKUP_Handler(void) WEAK_UNHANDLED;
void OTG_HS_Handler(void) WEAK_UNHANDLED;
void DCMI_Handler(void) WEAK_UNHANDLED;
void CRYP_Handler(void) WEAK_UNHANDLED;
void HASH_RNG_Handler(void) WEAK_UNHANDLED;
void FPU_Handler(void) WEAK_UNHANDLED;

__attribute__((used, section(".vectors.device"))) const union __minrt_vector __minrt_stm32f407vg_vectors[82] = {
	/*  0 */ {WWDG_Handler},
	/*  1 */ {PVD_Handler},
	/*  2 */ {TAMP_STAMP_Handler},
	/*  3 */ {RTC_WKUP_Handler},
	/*  4 */ {FLASH_Handler},
	/*  5 */ {RCC_Handler},
	/*  6 */ {EXTI0_Handler},
	/*  7 */ {EXTI1_Handler},
	/*  8 */ {EXTI2_Handler},
	/*  9 */ {EXTI3_Handler},
	/* 10 */ {EXTI4_Handler},
	/* 11 */ {DMA1_Stream0_Handler},
	/* 12 */ {DMA1_Stream1_Handler},
	/* 13 */ {DMA1_Stream2_Handler},
	/* 14 */ {DMA1_Stream3_Handler},
	/* 15 */ {DMA1_Stream4_Handler},
	/* 16 */ {DMA1_Stream5_Handler},
	/* 17 */ {DMA1_Stream6_Handler},
	/* 18 */ {ADC_Handler},
	/* 19 */ {CAN1_TX_Handler},
	/* 20 */ {CAN1_RX0_Handler},
	/* 21 */ {CAN1_RX1_Handler},
	/* 22 */ {CAN1_SCE_Handler},
	/* 23 */ {EXTI9_5_Handler},
	/* 24 */ {TIM1_BRK_TIM9_Handler},
	/* 25 */ {TIM1_UP_TIM10_Handler},
	/* 26 */ {TIM1_TRG_COM_TIM11_Handler},
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
	/* 42 */ {OTG_FS_WKUP_Handler},
	/* 43 */ {TIM8_BRK_TIM12_Handler},
	/* 44 */ {TIM8_UP_TIM13_Handler},
	/* 45 */ {TIM8_TRG_COM_TIM14_Handler},
	/* 46 */ {TIM8_CC_Handler},
	/* 47 */ {DMA1_Stream7_Handler},
	/* 48 */ {FSMC_Handler},
	/* 49 */ {SDIO_Handler},
	/* 50 */ {TIM5_Handler},
	/* 51 */ {SPI3_Handler},
	/* 52 */ {UART4_Handler},
	/* 53 */ {UART5_Handler},
	/* 54 */ {TIM6_DAC_Handler},
	/* 55 */ {TIM7_Handler},
	/* 56 */ {DMA2_Stream0_Handler},
	/* 57 */ {DMA2_Stream1_Handler},
	/* 58 */ {DMA2_Stream2_Handler},
	/* 59 */ {DMA2_Stream3_Handler},
	/* 60 */ {DMA2_Stream4_Handler},
	/* 61 */ {ETH_Handler},
	/* 62 */ {ETH_WKUP_Handler},
	/* 63 */ {CAN2_TX_Handler},
	/* 64 */ {CAN2_RX0_Handler},
	/* 65 */ {CAN2_RX1_Handler},
	/* 66 */ {CAN2_SCE_Handler},
	/* 67 */ {OTG_FS_Handler},
	/* 68 */ {DMA2_Stream5_Handler},
	/* 69 */ {DMA2_Stream6_Handler},
	/* 70 */ {DMA2_Stream7_Handler},
	/* 71 */ {USART6_Handler},
	/* 72 */ {I2C3_EV_Handler},
	/* 73 */ {I2C3_ER_Handler},
	/* 74 */ {OTG_HS_EP1_OUT_Handler},
	/* 75 */ {OTG_HS_EP1_IN_Handler},
	/* 76 */ {OTG_HS_WKUP_Handler},
	/* 77 */ {OTG_HS_Handler},
	/* 78 */ {DCMI_Handler},
	/* 79 */ {CRYP_Handler},
	/* 80 */ {HASH_RNG_Handler},
	/* 81 */ {FPU_Handler},
};
