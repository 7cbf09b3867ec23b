/*
 * stm32f407vg: USART2 for the UART console (RM0090), on PA2 (TX) and PA3
 * (RX), alternate function 7; the STM32F4DISCOVERY routes neither to its
 * ST-LINK, so wire a 3.3 V adapter there. At reset the core and APB1
 * run from HSI, 16 MHz (+-1%).
 */
#include "stm32-usart.h"

enum {
	RCC_AHB1ENR = 0x40023830, /* bit 0 GPIOAEN */
	RCC_APB1ENR = 0x40023840, /* bit 17 USART2EN */
	GPIOA_MODER = 0x40020000, /* 2 bits a pin: 10 = alternate function */
	GPIOA_AFRL = 0x40020020,  /* pins 0-7, 4 bits each */
	USART2 = 0x40004400,
};

void __minrt_uart_init(void)
{
	*__minrt_reg(RCC_AHB1ENR) |= 1;
	*__minrt_reg(RCC_APB1ENR) |= 1 << 17;
	*__minrt_reg(GPIOA_AFRL) = (*__minrt_reg(GPIOA_AFRL) & ~0xff00u) | 0x7700u;
	*__minrt_reg(GPIOA_MODER) = (*__minrt_reg(GPIOA_MODER) & ~0xf0u) | 0xa0u;
	__minrt_usart_on(USART2);
}

void __minrt_uart_write(const unsigned char *p, size_t n)
{
	__minrt_usart_write(USART2, p, n);
}

size_t __minrt_uart_read(unsigned char *p, size_t n)
{
	return __minrt_usart_read(USART2, p, n);
}
