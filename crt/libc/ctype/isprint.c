/* isprint: a printing character, space included (32-126). */
#include <ctype.h>

int isprint(int c)
{
	return (unsigned)c - 32 < 95;
}
