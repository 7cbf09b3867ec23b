/* strcoll: in the C locale, the collation order is strcmp's. */
#include <string.h>

int strcoll(const char *a, const char *b)
{
	return strcmp(a, b);
}
