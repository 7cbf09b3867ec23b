/* printf with integer formats only, linked without the floating-point
 * formatter (-Wl,--defsym=__minrt_printf_fp=__minrt_printf_nofp; README). */
#include <stdio.h>

int main(void)
{
	printf("Hello, %s! %d\n", "world", 42);
	return 0;
}
