/* isspace: space, \t, \n, \v, \f or \r. */
#include <ctype.h>

int isspace(int c)
{
	return c == ' ' || (unsigned)c - '\t' < 5;
}
