/* isgraph: a printing character other than space (33-126). */
#include <ctype.h>

int isgraph(int c)
{
	return (unsigned)c - 33 < 94;
}
