/* A C hello world that really calls printf's formatter (a constant format
 * string ending in \n would be turned into puts by the compiler). */
#include <stdio.h>

int main(void)
{
	printf("Hello, %s!\n", "world");
	return 0;
}
