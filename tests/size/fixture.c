/* A stand-in artifact for the gate's self-test: built unstripped, once as
 * the baseline and once with -DGROW, where grown() is bigger and extra()
 * is new, so the diff has a known section and symbol delta. */
static volatile int sink;

__attribute__((noinline)) void grown(int n)
{
	sink = n;
#ifdef GROW
	for (int i = 0; i < n; i++)
		sink += i * 7 + (sink >> 3) - (i ^ n) * 13 + sink / (i + 5);
#endif
}

#ifdef GROW
__attribute__((noinline)) void extra(void)
{
	sink = sink * 3 + 1;
}
#endif

int main(int argc, char **argv)
{
	(void)argv;
	grown(argc);
#ifdef GROW
	extra();
#endif
	return 0;
}
