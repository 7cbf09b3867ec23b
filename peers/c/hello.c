/* The peers' C hello world: what a user writes without minrt. */
#include <stdio.h>

int main(void)
{
	printf("Hello, world!\n");
	return 0;
}
