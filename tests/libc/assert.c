/*
 * assert: `assert-test` passes one assertion and fails the next (line 13,
 * in main); `assert-test ndebug`-style builds are not needed: NDEBUG is
 * the preprocessor's business, checked by the header suite compiling.
 */
#include <assert.h>
#include "minrt.h"

int main(int argc, char **argv)
{
	assert(argc >= 1 && argv[0]);
	minrt_puts(1, "first passed\n");
	assert(argc > 5);
	return 0;
}
