/* strtok: strtok_r with its position kept here, between calls. */
#include <string.h>

char *strtok(char *__restrict s, const char *__restrict delim)
{
	static char *save;

	return strtok_r(s, delim, &save);
}
