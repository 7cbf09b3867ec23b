/* Prints "Hello, world!" and exits 0; exits 1 if stdout fails (closed, full). */
#include "minrt.h"

int main(void)
{
	static const char msg[14] = "Hello, world!\n"; /* no NUL: it is never read */

	return minrt_write(1, msg, sizeof msg) < 0;
}
