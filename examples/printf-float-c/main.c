/* printf with floating-point conversions: the default link has them. */
#include <stdio.h>

int main(void)
{
	printf("Hello, %s! %d %5.2f %g\n", "world", 42, 3.14159, 0.000125);
	return 0;
}
