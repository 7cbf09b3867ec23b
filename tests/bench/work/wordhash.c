/*
 * A hash table in C: counts the words of generated text in a chained table
 * that doubles as it fills; each distinct word is its own malloc, keys are
 * compared with memcmp, and the table is rehashed into a fresh calloc.
 * argv[1]: input KiB.
 */
#include "bench.h"

struct entry {
	struct entry *next;
	uint64_t hash, count;
	size_t len;
	char word[];
};

int main(int argc, char **argv)
{
	size_t kib = 2048, n, cap = 64, used = 0;
	if (argc > 1)
		for (kib = 0; *argv[1]; argv[1]++)
			kib = kib * 10 + (size_t)(*argv[1] - '0');
	n = kib << 10;
	char *text = bench_text(n, 200000), *p = text;
	struct entry **tab = calloc(cap, sizeof *tab);
	while (*p) {
		while (*p == ' ' || *p == '\n')
			p++;
		char *w = p;
		uint64_t h = 14695981039346656037ull;
		for (; *p && *p != ' ' && *p != '\n'; p++)
			h = (h ^ (unsigned char)*p) * 1099511628211ull;
		size_t len = (size_t)(p - w);
		if (!len)
			break;
		struct entry *e = tab[h & (cap - 1)];
		while (e && !(e->hash == h && e->len == len && !memcmp(e->word, w, len)))
			e = e->next;
		if (e) {
			e->count++;
			continue;
		}
		e = malloc(sizeof *e + len + 1);
		e->hash = h, e->count = 1, e->len = len;
		memcpy(e->word, w, len);
		e->word[len] = 0;
		e->next = tab[h & (cap - 1)], tab[h & (cap - 1)] = e;
		if (++used > cap) {
			struct entry **t2 = calloc(cap * 2, sizeof *t2);
			for (size_t i = 0; i < cap; i++)
				for (struct entry *x = tab[i], *nx; x; x = nx) {
					nx = x->next;
					x->next = t2[x->hash & (cap * 2 - 1)], t2[x->hash & (cap * 2 - 1)] = x;
				}
			free(tab);
			tab = t2, cap *= 2;
		}
	}
	uint64_t sum = used;
	for (size_t i = 0; i < cap; i++)
		for (struct entry *x = tab[i], *nx; x; x = nx) {
			nx = x->next;
			sum = sum * 31 + x->count * strlen(x->word);
			free(x);
		}
	free(tab);
	free(text);
	bench_result("wordhash-sum", sum);
	return 0;
}
