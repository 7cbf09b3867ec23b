/*
 * The streams' behaviour, one scenario per argument (tests/libc/stdio.sh
 * checks the bytes, their order and the exit status).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "minrt.h"

/* Not strcmp: this tests stdio, whatever else the library has. */
static int is(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv)
{
	const char *t = argc > 1 ? argv[1] : "";

	if (is(t, "buffer")) {
		/* stdout (a pipe) keeps its bytes until exit; stderr does not */
		printf("a");
		fputs("b", stderr);
		printf("c\n");
		return 0;
	}
	if (is(t, "exit")) {
		printf("x%d", 1);
		exit(3);
	}
	if (is(t, "_Exit")) {
		printf("lost");
		_Exit(4);
	}
	if (is(t, "fflush")) {
		printf("a");
		fflush(stdout);
		fputs("b", stderr);
		putchar('c');
		return 0;
	}
	if (is(t, "tty")) {
		/* a terminal gets stdout line by line: "a\n" goes before "b" */
		printf("a\n");
		minrt_write(1, "b", 1);
		printf("c");
		return 0;
	}
	if (is(t, "big")) {
		/* more than the buffer: flushed when full, in order */
		int i, n = 0;

		for (i = 0; i < 3000; i++)
			n += printf("%04d\n", i);
		return n == 15000 ? 0 : 1;
	}
	if (is(t, "closed")) {
		/* stdout closed: the bytes are buffered, the flush fails */
		int r = printf("hi\n"), f, e;

		errno = 0;
		f = fflush(stdout);
		e = errno;
		fprintf(stderr, "printf=%d fflush=%d errno=%d ferror=%d\n", r, f, e, ferror(stdout) != 0);
		return 0;
	}
	if (is(t, "closed-stderr")) {
		/* unbuffered: the error shows in fprintf's own result */
		int r;

		errno = 0;
		r = fprintf(stderr, "x%d\n", 5);
		printf("fprintf=%d errno=%d\n", r, errno);
		return 0;
	}
	if (is(t, "cat")) {
		char line[8];

		/* short lines whole, long ones in pieces of 7 */
		while (fgets(line, sizeof line, stdin))
			printf("[%s]", line);
		printf("eof=%d\n", feof(stdin) != 0);
		return 0;
	}
	if (is(t, "getchar")) {
		int c, n = 0;

		while ((c = getchar()) != EOF)
			n += c == '\n';
		printf("%d lines\n", n);
		return 0;
	}
	return 99;
}
