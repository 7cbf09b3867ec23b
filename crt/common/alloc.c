/*
 * alloc.c - minrt's heap: a two-level segregated fit allocator (after TLSF,
 * Masmano et al. 2004), with boundary tags and immediate coalescing.
 *
 * Every block starts with a two-word header; the user's pointer follows it,
 * so it is aligned to two words (16 bytes on 64-bit, 8 on 32-bit):
 *
 *      block b                          block b + size
 *      |                                |
 *      v                                v
 *      [prev_size][size|flags][payload ..........][prev_size][size|flags]...
 *                             ^ user pointer      ^ a used block's payload
 *                                                   runs on into this word
 *
 * prev_size holds the previous block's size only while that block is free
 * (its footer); while it is used the word is the tail of its payload, so a
 * used block costs one word. A free block keeps its list links where the
 * payload was, so the smallest block is four words.
 *
 * Free blocks sit in NBINS size classes: exact multiples of ALIGN below
 * 2^LIN_LOG2, then each power of two split into 2^SL_LOG2 linear steps.
 * Two bitmaps (a word per BITS classes, a bit per word) find the first
 * non-empty class at or above a request in a few instructions: malloc,
 * free and realloc never walk a list, so their time is bounded. A request
 * is rounded up to the next class boundary, so any block of the class it
 * finds fits without a search ("good fit").
 *
 * Memory comes from __minrt_os_alloc in chunks closed by a zero header (an
 * "end sentinel": size 0, used). A chunk that lands right above or below
 * the heap is merged with it, so a bump source (Cortex-M) or mmap placing
 * mappings downwards (Linux) gives one contiguous heap. On 64-bit targets
 * requests of BIG bytes or more get a mapping of their own, given back on
 * free; 32-bit targets (Cortex-M, where __minrt_os_free does nothing) keep
 * everything in the heap.
 *
 * Not thread-safe: minrt programs have one thread.
 */
#include "minrt.h"
#include "internal.h"

struct blk {
	size_t prev_size;	  /* footer of the previous block, while it is free */
	size_t size;		  /* bytes up to the next header | FREE | PREV_FREE | MAPPED */
	struct blk *next, *prev;  /* free list; only in free blocks */
};

enum {
	W = sizeof(size_t),
	HDR = 2 * sizeof(size_t),
	ALIGN = 2 * sizeof(size_t),
	MINBLK = 4 * sizeof(size_t),
	BITS = 8 * sizeof(size_t),
	PAGE = 4096,
	/*
	 * The low bits of size are free because sizes are multiples of ALIGN.
	 * FREE is left set in the headers a coalesced block swallows, so a
	 * second free of their pointer is caught.
	 */
	FREE = 1,
	PREV_FREE = 2,
	MAPPED = 4, /* own mapping: prev_size is the header's offset in it */
	FLAGS = 7,
};

#if UINTPTR_MAX > 0xffffffffu
/*
 * 704 classes up to 1 MiB (a chunk); requests from BIG up are mapped
 * directly. Classes are 1/64 of a power of two wide: on tests/bench, 1/16
 * and 1/32 left peak RSS 4% and 2% higher.
 */
enum { SL_LOG2 = 6, LIN_LOG2 = 10, FL_MAX = 20, DIRECT = 1, CHUNK = 1 << 20 };
static const size_t BIG = 256 << 10;
#else
/* RAM is scarce here: 168 classes (672 bytes of heads); requests fail from BIG up. */
enum { SL_LOG2 = 3, LIN_LOG2 = 6, FL_MAX = 26, DIRECT = 0, CHUNK = 4096 };
static const size_t BIG = (size_t)1 << (FL_MAX - 1);
#endif

enum {
	NBINS = (FL_MAX - LIN_LOG2 + 1) << SL_LOG2,
	NWORDS = (NBINS + BITS - 1) / BITS,
	/*
	 * Blocks of the request's own class find() looks at: a constant bound.
	 * On tests/bench (with 1/16 classes and LIFO lists) peak RSS was 15%
	 * higher without the look, 5% with one block.
	 */
	PEEK = 4,
};

static struct blk *head[NBINS];
static size_t map[NWORDS], top;
static uintptr_t lo, hi; /* bounds of all heap chunks, for merging them */

/*
 * Every piece of memory the heap holds, sorted by address, so that free
 * and realloc can tell a pointer of ours without reading a byte before it
 * (a header read first is a crash on a wild pointer: free((void *)0x1000),
 * a second free of a block whose mapping is gone). A heap region is a run
 * of touching chunks (user 0); a block with a mapping of its own is one
 * region with the only pointer valid in it (user). Heap chunks merge, so
 * the table stays short (one entry on Cortex-M); a mapping costs a
 * system call, against which the table's memmove is small.
 */
struct region {
	uintptr_t lo, hi, user;
};
static struct region reg0[4], *reg = reg0;
static size_t nreg, capreg = sizeof reg0 / sizeof reg0[0];

static struct blk *at(const void *p, ptrdiff_t off)
{
	return (struct blk *)((char *)p + off);
}

static size_t bsize(const struct blk *b)
{
	return b->size & ~(size_t)FLAGS;
}

/* Windows is LLP64: there long is narrower than size_t. */
static unsigned flog2(size_t x)
{
	return W > sizeof(long) ? 63 - __builtin_clzll(x) : BITS - 1 - __builtin_clzl(x);
}

static unsigned ctz(size_t x)
{
	return W > sizeof(long) ? __builtin_ctzll(x) : __builtin_ctzl(x);
}

/* The class of a free block of s bytes; the largest blocks share the last. */
static unsigned bin(size_t s)
{
	unsigned fl, i;

	if (s < (size_t)1 << LIN_LOG2)
		return s / ALIGN;
	fl = flog2(s);
	i = ((fl - LIN_LOG2 + 1) << SL_LOG2) + (unsigned)(s >> (fl - SL_LOG2)) - (1u << SL_LOG2);
	return i < NBINS ? i : NBINS - 1;
}

/*
 * Lists are circular and first-in first-out: a freed block goes last, so
 * older holes are reused first. On tests/bench, LIFO lists left peak RSS
 * 4% higher.
 */
static void push(struct blk *b, size_t s)
{
	unsigned i = bin(s);
	struct blk *h = head[i];

	if (!h) {
		head[i] = b->next = b->prev = b;
		map[i / BITS] |= (size_t)1 << i % BITS;
		top |= (size_t)1 << i / BITS;
	} else {
		b->next = h;
		b->prev = h->prev;
		h->prev = h->prev->next = b;
	}
}

static void pull(struct blk *b)
{
	unsigned i = bin(bsize(b));

	if (b->next == b) {
		head[i] = 0;
		if (!(map[i / BITS] &= ~((size_t)1 << i % BITS)))
			top &= ~((size_t)1 << i / BITS);
	} else {
		b->prev->next = b->next;
		b->next->prev = b->prev;
		if (head[i] == b)
			head[i] = b->next;
	}
}

/*
 * Takes a free block of at least s bytes off its list, or returns NULL.
 * First a look at a few blocks of s's own class (which may be too small),
 * then the first block of the first non-empty class above, which fits.
 * Without the first step, a class's blocks that fit are never used for
 * requests in the same class, and the heap grows instead.
 */
static struct blk *find(size_t s)
{
	unsigned i = bin(s < (size_t)1 << LIN_LOG2 ? s : s + ((size_t)1 << (flog2(s) - SL_LOG2)) - 1);
	size_t w = i / BITS, m = map[w] & ~(size_t)0 << i % BITS;
	struct blk *b = head[bin(s)];
	int k;

	for (k = 0; b && k < PEEK; k++, b = b->next)
		if (bsize(b) >= s)
			goto found;
	if (!m) {
		size_t t = top & ~(size_t)1 << w;

		if (!t)
			return 0;
		w = ctz(t);
		m = map[w];
	}
	b = head[w * BITS + ctz(m)];
found:
	pull(b);
	return b;
}

/*
 * Frees the s bytes at b, merging them with free neighbours. b's PREV_FREE
 * bit is valid and its successor's header exists. Returns the merged block.
 */
static struct blk *release(struct blk *b, size_t s)
{
	struct blk *n = at(b, s);
	size_t h = b->size |= FREE;

	if (n->size & FREE) {
		pull(n);
		s += bsize(n);
	}
	if (h & PREV_FREE) {
		b = at(b, -(ptrdiff_t)b->prev_size);
		pull(b);
		s += bsize(b);
	}
	/* Coalescing leaves no free block next to another: PREV_FREE is clear. */
	b->size = s | FREE;
	n = at(b, s);
	n->prev_size = s;
	n->size |= PREV_FREE;
	push(b, s);
	return b;
}

/* Gives the tail of used block b beyond s bytes back, if it can be a block. */
static void trim(struct blk *b, size_t s)
{
	size_t r = bsize(b) - s;

	if (r >= MINBLK) {
		b->size -= r;
		at(b, s)->size = r;
		release(at(b, s), r);
	}
}

/* The index of the first region that ends above a. */
static size_t region_at(uintptr_t a)
{
	size_t l = 0, r = nreg, m;

	while (l < r) {
		m = (l + r) / 2;
		if (reg[m].hi <= a)
			l = m + 1;
		else
			r = m;
	}
	return l;
}

/*
 * The region holding [a, a + len), or NULL. The common case, one heap
 * region, costs two compares.
 */
static struct region *region_of(uintptr_t a, size_t len)
{
	struct region *r = &reg[nreg == 1 ? 0 : region_at(a)];

	return r < reg + nreg && a >= r->lo && a + len <= r->hi && a + len >= a ? r : 0;
}

/* Records [a, a + len); a heap chunk joins a heap region it touches. */
static int region_add(uintptr_t a, size_t len, uintptr_t user)
{
	size_t i = region_at(a);
	struct region *t;

	/* The heap grows at one end as a rule (mmap downwards, the others up). */
	if (!user && i && !reg[i - 1].user && reg[i - 1].hi == a) {
		reg[i - 1].hi += len;
		return 1;
	}
	if (!user && i < nreg && !reg[i].user && reg[i].lo == a + len) {
		reg[i].lo = a;
		return 1;
	}
	if (nreg == capreg) {
		if (!(t = __minrt_os_alloc(2 * capreg * sizeof *reg)))
			return 0;
		memcpy(t, reg, nreg * sizeof *reg);
		if (reg != reg0)
			__minrt_os_free(reg, capreg * sizeof *reg);
		reg = t;
		capreg *= 2;
	}
	memmove(&reg[i + 1], &reg[i], (nreg++ - i) * sizeof *reg);
	reg[i].lo = a;
	reg[i].hi = a + len;
	reg[i].user = user;
	return 1;
}

static void region_del(struct region *r)
{
	memmove(r, r + 1, (size_t)(reg + --nreg - r) * sizeof *reg);
}

/*
 * Adds a chunk of at least s bytes of block to the heap; returns the free
 * block it became part of (still on its list), or NULL.
 */
static struct blk *grow(size_t s)
{
	size_t len = (s + HDR + PAGE - 1) & -PAGE;
	struct blk *b;
	char *p;

	if (len < CHUNK)
		len = CHUNK;
	/*
	 * If that much is not there, ask for just enough: a fixed region
	 * (Cortex-M) then serves to its last bytes, not its last whole page.
	 */
	if (!(p = __minrt_os_alloc(len)) && !(p = __minrt_os_alloc(len = s + HDR)))
		return 0;
	if (!region_add((uintptr_t)p, len, 0)) {
		__minrt_os_free(p, len);
		return 0;
	}
	if ((uintptr_t)p == hi) {
		/* Right above the heap: its end sentinel becomes our header. */
		b = at(p, -HDR);
		b->size |= len;
		hi += len;
	} else {
		/*
		 * Right below the heap the lowest block follows; anywhere else the
		 * chunk ends in a sentinel (zeroed memory reads as one already).
		 */
		b = (struct blk *)p;
		b->size = (uintptr_t)p + len == lo ? len : len - HDR;
		if (!lo || (uintptr_t)p < lo)
			lo = (uintptr_t)p;
		if ((uintptr_t)p + len > hi)
			hi = (uintptr_t)p + len;
	}
	return release(b, bsize(b));
}

static __attribute__((noinline, cold)) _Noreturn void bad(void *p)
{
	char buf[20];
	size_t n;

	minrt_write_all(2, "minrt: free(): invalid pointer ", 31);
	n = minrt_fmt_hex(buf, (uintptr_t)p);
	buf[n] = '\n';
	minrt_write_all(2, buf, n + 1);
	minrt_abort();
}

/*
 * The header of used block p, or an abort. Nothing is read before the
 * region table says it is ours. A block with a mapping of its own must be
 * exactly the pointer that mapping was made for; a heap block's header and
 * its successor's must lie in one region, say used, and agree (the
 * successor's PREV_FREE bit clear). A plausibility check within the heap,
 * not a proof: bytes a program wrote inside a live block can pass for a
 * header, as with any allocator that keeps its headers beside the data.
 */
static struct blk *check(void *p)
{
	uintptr_t a = (uintptr_t)p - HDR; /* no pointer arithmetic yet: p may be anything */
	struct region *r = region_of(a, HDR);
	struct blk *b;
	size_t h, s;

	if (!r || (uintptr_t)p % ALIGN || (r->user && r->user != (uintptr_t)p))
		bad(p);
	b = (struct blk *)a;
	h = b->size;
	s = h & ~(size_t)FLAGS;
	if (r->user)
		return b;
	if (h & (FREE | MAPPED) || s < MINBLK || s % ALIGN || s > r->hi - HDR - (uintptr_t)b ||
	    at(b, s)->size & PREV_FREE)
		bad(p);
	return b;
}

/* The block size for a request of n bytes (n < BIG). */
static size_t need(size_t n)
{
	return n < MINBLK - W ? MINBLK : (n + W + ALIGN - 1) & -ALIGN;
}

void *minrt_malloc(size_t n)
{
	struct blk *b;
	size_t s, len;

	if (n >= BIG) {
		if (!DIRECT || n > (size_t)-1 / 2)
			return 0;
		len = (n + HDR + PAGE - 1) & -PAGE;
		if (!(b = __minrt_os_alloc(len)))
			return 0;
		if (!region_add((uintptr_t)b, len, (uintptr_t)at(b, HDR))) {
			__minrt_os_free(b, len);
			return 0;
		}
		b->size = len | MAPPED;
		return at(b, HDR);
	}
	s = need(n);
	if (!(b = find(s))) {
		if (!(b = grow(s)))
			return 0;
		pull(b);
	}
	/* Mark it used: a free block's predecessor is never free, so no flags. */
	b->size = bsize(b);
	at(b, b->size)->size &= ~(size_t)PREV_FREE;
	trim(b, s);
	return at(b, HDR);
}

void minrt_free(void *p)
{
	struct blk *b;

	if (!p)
		return;
	b = check(p);
	if (b->size & MAPPED) {
		region_del(region_of((uintptr_t)b, HDR));
		__minrt_os_free((char *)b - b->prev_size, bsize(b));
	} else
		release(b, bsize(b));
}

void *minrt_calloc(size_t n, size_t len)
{
	void *p;

	if (__builtin_mul_overflow(n, len, &len))
		return 0;
	/* A fresh mapping is zero already; writing it would only cost RSS. */
	if ((p = minrt_malloc(len)) && !(at(p, -HDR)->size & MAPPED))
		memset(p, 0, len);
	return p;
}

void *minrt_realloc(void *p, size_t n)
{
	struct blk *b, *nx;
	size_t have, s;
	void *q;

	if (!p)
		return minrt_malloc(n);
	b = check(p);
	if (b->size & MAPPED) {
		have = bsize(b) - b->prev_size - HDR;
		/* Keep the mapping unless it would be mostly empty. */
		if (n <= have && n >= BIG && n >= have / 2)
			return p;
	} else {
		have = bsize(b) - W;
		if (n < BIG) {
			s = need(n);
			nx = at(b, bsize(b));
			if (s > bsize(b) && nx->size & FREE && bsize(b) + bsize(nx) >= s) {
				pull(nx);
				b->size += bsize(nx);
				at(b, bsize(b))->size &= ~(size_t)PREV_FREE;
			}
			if (s <= bsize(b)) {
				trim(b, s);
				return p;
			}
		}
	}
	if (!(q = minrt_malloc(n)))
		return 0;
	memcpy(q, p, n < have ? n : have);
	minrt_free(p);
	return q;
}

void *minrt_aligned_alloc(size_t a, size_t n)
{
	struct blk *b, *nb;
	char *p, *q;

	if (!a || a & (a - 1))
		return 0;
	if (a <= ALIGN)
		return minrt_malloc(n);
	/* Over-allocate so an aligned block and a free block before it fit. */
	if (n > (size_t)-1 / 4 || a > (size_t)-1 / 4 || !(p = minrt_malloc(n + a + MINBLK)))
		return 0;
	b = at(p, -HDR);
	q = (char *)(((uintptr_t)p + MINBLK + a - 1) & -a);
	if ((uintptr_t)p % a == 0)
		q = p;
	nb = at(q, -HDR);
	if (b->size & MAPPED) {
		nb->size = b->size;
		nb->prev_size = b->prev_size + (q - p);
		region_of((uintptr_t)b, HDR)->user = (uintptr_t)q;
	} else {
		if (q != p) {
			nb->size = bsize(b) - (q - p);
			b->size -= bsize(nb);
			release(b, bsize(b));
		}
		trim(nb, need(n));
	}
	return q;
}

#ifdef MINRT_HEAP_CHECK
/*
 * Test builds only (-DMINRT_HEAP_CHECK): an invariant checker that walks
 * every block of every heap region and every free list.
 */

/* Forgets the whole heap, so a fuzzer input starts from nothing. */
void __minrt_heap_reset(void)
{
	memset(head, 0, sizeof head);
	memset(map, 0, sizeof map);
	top = lo = hi = 0;
	if (reg != reg0)
		__minrt_os_free(reg, capreg * sizeof *reg);
	reg = reg0;
	nreg = 0;
	capreg = sizeof reg0 / sizeof reg0[0];
}

/*
 * Returns the number of used heap blocks (mapped ones are not counted) and
 * stores the number of free blocks and of end sentinels (runs of merged
 * chunks) in out[0], out[1]; or
 * returns minus the line of the first invariant found broken.
 */
long __minrt_heap_check(long out[2])
{
	long used = 0, nfree = 0, listed = 0, nsent = 0;
	int r, pf;
	unsigned i;

	for (r = 0; r < (int)nreg; r++) {
		uintptr_t x = reg[r].lo;

		if (r && reg[r].lo < reg[r - 1].hi)
			return -__LINE__;
		if (reg[r].user)
			continue;
		if (x < lo || reg[r].hi > hi)
			return -__LINE__;
		for (pf = 0;;) {
			struct blk *b = (struct blk *)x;
			size_t h = b->size, s = h & ~(size_t)FLAGS;

			if (!(h & PREV_FREE) != !pf)
				return -__LINE__;
			if (!s) {
				/* An end sentinel: the region ends or another chunk starts. */
				if (h & (FREE | MAPPED))
					return -__LINE__;
				nsent++;
				if ((x += HDR) == reg[r].hi)
					break;
				pf = 0;
				continue;
			}
			if (h & MAPPED || s % ALIGN || s < MINBLK || s > reg[r].hi - HDR - x)
				return -__LINE__;
			if (h & FREE) {
				/* Immediate coalescing: never two free blocks in a row. */
				if (pf || at(b, s)->prev_size != s)
					return -__LINE__;
				nfree++;
			} else {
				used++;
			}
			pf = h & FREE;
			x += s;
		}
	}
	for (i = 0; i < NBINS; i++) {
		struct blk *b = head[i];

		if (!(map[i / BITS] >> i % BITS & 1) != !b)
			return -__LINE__;
		if (b)
			do
				if (b->next->prev != b || !(b->size & FREE) || bin(bsize(b)) != i ||
				    ++listed > nfree)
					return -__LINE__;
			while ((b = b->next) != head[i]);
	}
	for (i = 0; i < NWORDS; i++)
		if (!(top >> i & 1) != !map[i])
			return -__LINE__;
	if (listed != nfree || top >> NWORDS)
		return -__LINE__;
	if (out) {
		out[0] = nfree;
		out[1] = nsent;
	}
	return used;
}
#endif
