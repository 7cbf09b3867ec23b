/*
 * pe-squeeze - rewrites a PE32+ executable (x86-64) into a smaller file
 * that the Windows loader maps to the same image: every section keeps its
 * address and its bytes, so no code or data is changed.
 *
 *   pe-squeeze IN.exe OUT.exe
 *
 * What it drops, each a thing the loader does not read:
 *   - the DOS stub ("This program cannot be run in DOS mode"): the loader
 *     reads only e_magic and e_lfanew of the DOS header, so the PE header
 *     can follow the 64-byte DOS header directly;
 *   - data directories past the last one in use (NumberOfRvaAndSizes
 *     says how many there are; the loader treats the rest as empty);
 *   (in an image with page-sized sections, these two only when that saves
 *   a file-alignment block;)
 *   - trailing zero bytes of a section's file data: SizeOfRawData may be
 *     less than VirtualSize, and the loader zero-fills the rest;
 *   - the section table entries of a small-alignment image, whose
 *     sections are merged into one (below);
 *   - in a small-alignment image, the import lookup tables, which repeat
 *     the import address table (a descriptor whose OriginalFirstThunk is
 *     0 has the loader read the names through the IAT, as it did for
 *     Borland's linkers), and the padding around the import names: see
 *     compact_imports;
 *   - in a small-alignment image, 48 bytes of the DOS header: the PE
 *     header starts at offset 16, overlapping it. e_lfanew, the one DOS
 *     field the loader reads besides "MZ", then falls on the optional
 *     header's BaseOfCode, which the loader does not read; both say 16.
 *
 * Two kinds of image, as the loader sees them:
 *   - SectionAlignment >= 4096 (the default layout): sections sit on their
 *     own pages with their own protections; their file data is re-packed
 *     at FileAlignment after the (smaller) headers. With 512-byte file
 *     alignment this gains only when the headers or a section's zero tail
 *     cross a 512-byte boundary.
 *   - SectionAlignment < 4096 (== FileAlignment; the tiny layout): the
 *     loader requires each section's file offset to equal its address,
 *     and maps the whole image with one protection, so several sections
 *     gain nothing: they are merged into one, readable, writable and
 *     executable, and its bytes are written at its address. The headers
 *     must end below that address; linker-scripts/windows-x86_64-tiny.ld
 *     links the first section at MINRT_TINY_RVA (208) for this reason,
 *     below the end of the headers GNU ld writes, so only the squeezed
 *     file loads.
 *
 * The checksum is cleared (the loader checks it only for drivers and
 * boot-time DLLs). Anything unexpected (not PE32+, not x86-64, a section
 * that would move, headers that do not fit) is an error, exit status 1:
 * a build must not go on with a file that might not load.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define DOS_HEADER 64
#define OPT_FIXED 112		/* PE32+ optional header before the directories */
#define SECTION_HEADER 40
#define MAX_SECTIONS 96
#define SMALL_PE_OFFSET 16	/* where a small-alignment image's PE header goes */
#define MAX_DLLS 64
#define MAX_IMPORTS 4096

#define SCN_CNT_CODE 0x20
#define SCN_CNT_UNINITIALIZED_DATA 0x80
#define SCN_MEM_EXECUTE 0x20000000
#define SCN_MEM_READ 0x40000000
#define SCN_MEM_WRITE 0x80000000u

struct section {
	char name[8];
	uint32_t vsize, rva, rawsize, rawptr, flags;
	const uint8_t *data;
	uint32_t len; /* bytes of data to write: without the zero tail */
};

static const char *prog = "pe-squeeze";

static void die(const char *what, const char *detail)
{
	fprintf(stderr, "%s: %s%s%s\n", prog, what, detail ? ": " : "", detail ? detail : "");
	exit(1);
}

static uint32_t rd16(const uint8_t *p) { return p[0] | p[1] << 8; }
static uint32_t rd32(const uint8_t *p) { return rd16(p) | (uint32_t)rd16(p + 2) << 16; }
static void wr16(uint8_t *p, uint32_t v) { p[0] = v; p[1] = v >> 8; }
static void wr32(uint8_t *p, uint32_t v) { wr16(p, v); wr16(p + 2, v >> 16); }

static uint32_t align_up(uint32_t v, uint32_t a)
{
	return (v + a - 1) / a * a;
}

static uint8_t *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = 0;
	size_t cap = 0, n = 0, got;

	if (!f)
		die("cannot open", path);
	do {
		if (n == cap && !(buf = realloc(buf, cap = cap ? 2 * cap : 65536)))
			die("out of memory", 0);
		n += got = fread(buf + n, 1, cap - n, f);
	} while (got);
	if (ferror(f))
		die("cannot read", path);
	fclose(f);
	*len = n;
	return buf;
}

/* The section bytes without their zero tail. */
static uint32_t used_size(const uint8_t *p, uint32_t n)
{
	while (n && !p[n - 1])
		n--;
	return n;
}

/*
 * Import compaction, for a small-alignment image whose import tables
 * are GNU ld's .idata section, at RVAs [lo, hi) of img (which holds RVA r
 * at img[r - base]): that section holds only pieces of import libraries,
 * which nothing but the loader reads, except the IATs, which code calls
 * through. (mingw's import libraries also leave a word per function there
 * that points back at the descriptor, for ld's own use.) Anything that
 * does not parse leaves the tables alone.
 *
 * The IATs stay where they are (code calls through them); everything else
 * is rewritten around them: names and hint/name entries before the IATs
 * if they fit there, the descriptors last, so that the all-zero descriptor
 * that ends the list falls past the end of the file data, where the loader
 * provides zeros (else the other way round). Lookup tables go: each
 * descriptor's OriginalFirstThunk becomes 0. Returns the new import directory's RVA (its size in *size),
 * or 0 when nothing was done.
 */
struct dll {
	uint32_t desc[5];	/* OriginalFirstThunk, TimeDateStamp, ForwarderChain, Name, FirstThunk */
	uint32_t count;		/* IAT entries before the 0 */
	const char *name;
	uint64_t *entry;	/* the lookup values: ordinals, or hint/name RVAs */
	uint16_t *hint;
	const char **fn;	/* function names; NULL for an ordinal */
};

static int inside(uint32_t lo, uint32_t hi, uint32_t at, uint32_t n)
{
	return at >= lo && at <= hi && n <= hi - at;
}

static uint32_t compact_imports(uint8_t *img, uint32_t base, uint32_t lo, uint32_t hi, uint32_t dir, uint32_t *size)
{
	static struct dll dll[MAX_DLLS];
	uint8_t *save = malloc(hi - lo);
	uint32_t n, i, j, iat_lo = hi, iat_hi = lo, need = 0, at, names, desc;

	if (!save)
		die("out of memory", 0);
	for (n = 0;; n++) {
		uint32_t d = dir + 20 * n;

		if (n == MAX_DLLS || !inside(lo, hi, d, 20))
			return 0;
		for (j = 0; j < 5; j++)
			dll[n].desc[j] = rd32(img + d - base + 4 * j);
		if (!dll[n].desc[3] && !dll[n].desc[4])
			break;
	}
	for (i = 0; i < n; i++) {
		struct dll *l = &dll[i];
		uint32_t look = l->desc[0] ? l->desc[0] : l->desc[4], ft = l->desc[4];

		if (!inside(lo, hi, l->desc[3], 1) || !inside(lo, hi, ft, 8) || !inside(lo, hi, look, 8))
			return 0;
		l->name = (const char *)img + l->desc[3] - base;
		if (!memchr(l->name, 0, hi - l->desc[3]))
			return 0;
		need += strlen(l->name) + 1;
		for (l->count = 0; rd32(img + look - base + 8 * l->count) || rd32(img + look - base + 8 * l->count + 4); )
			if (++l->count == MAX_IMPORTS || !inside(lo, hi, look, 8 * (l->count + 1)) ||
			    !inside(lo, hi, ft, 8 * (l->count + 1)))
				return 0;
		if (ft < iat_lo)
			iat_lo = ft;
		if (ft + 8 * (l->count + 1) > iat_hi)
			iat_hi = ft + 8 * (l->count + 1);
		l->entry = calloc(l->count, sizeof *l->entry);
		l->hint = calloc(l->count, sizeof *l->hint);
		l->fn = calloc(l->count, sizeof *l->fn);
		if (!l->entry || !l->hint || !l->fn)
			die("out of memory", 0);
		for (j = 0; j < l->count; j++) {
			uint64_t v = rd32(img + look - base + 8 * j) | (uint64_t)rd32(img + look - base + 8 * j + 4) << 32;

			l->entry[j] = v;
			if (v >> 63)
				continue; /* by ordinal: the value is all there is */
			if (!inside(lo, hi, (uint32_t)v, 3) || v >> 32)
				return 0;
			l->hint[j] = rd16(img + v - base);
			l->fn[j] = (const char *)img + v - base + 2;
			if (!memchr(l->fn[j], 0, hi - (uint32_t)v - 2))
				return 0;
			need += (2 + strlen(l->fn[j]) + 1 + 1) & ~1u;
		}
	}

	/* A descriptor starts with 12 zero bytes (OriginalFirstThunk, now 0,
	 * TimeDateStamp and ForwarderChain, 0 unless bound): the first
	 * descriptor can begin on the last IAT's terminating 8 zero bytes. */
	for (i = 0; i < n; i++)
		if (dll[i].desc[1] || dll[i].desc[2])
			return 0;

	/* The names are about to be overwritten: work from a copy. */
	memcpy(save, img + lo - base, hi - lo);
	for (i = 0; i < n; i++) {
		dll[i].name = (const char *)save + (dll[i].name - (const char *)img) - (lo - base);
		for (j = 0; j < dll[i].count; j++)
			if (dll[i].fn[j])
				dll[i].fn[j] = (const char *)save + (dll[i].fn[j] - (const char *)img) - (lo - base);
	}
	for (i = lo; i < hi; i++)
		if (i < iat_lo || i >= iat_hi)
			img[i - base] = 0;

	/* Names before the IATs and descriptors after them if the names fit
	 * there; otherwise descriptors before (where ld put them) and names
	 * after. */
	if (need <= iat_lo - lo) {
		names = lo;
		desc = iat_hi - 8;
	} else {
		desc = lo;
		names = iat_hi;
	}
	if (desc + 20 * (n + 1) > hi || names + need > hi)
		die("import tables grew", 0); /* cannot happen: the old ones were larger */
	for (at = names, i = 0; i < n; i++) {
		struct dll *l = &dll[i];

		for (j = 0; j < l->count; j++) {
			uint32_t slot = l->desc[4] + 8 * j;

			if (!l->fn[j]) {
				wr32(img + slot - base, (uint32_t)l->entry[j]);
				wr32(img + slot - base + 4, (uint32_t)(l->entry[j] >> 32));
				continue;
			}
			at = (at + 1) & ~1u; /* hint/name entries are 2-byte aligned */
			wr32(img + slot - base, at);
			wr32(img + slot - base + 4, 0);
			wr16(img + at - base, l->hint[j]);
			strcpy((char *)img + at - base + 2, l->fn[j]);
			at += 2 + strlen(l->fn[j]) + 1;
		}
	}
	for (i = 0; i < n; i++) {
		strcpy((char *)img + at - base, dll[i].name);
		dll[i].desc[3] = at;
		dll[i].desc[0] = 0;
		at += strlen(dll[i].name) + 1;
		for (j = 0; j < 5; j++)
			wr32(img + desc - base + 20 * i + 4 * j, dll[i].desc[j]);
	}
	*size = 20 * (n + 1);
	free(save);
	return desc;
}

int main(int argc, char **argv)
{
	size_t len;
	uint8_t *in, *out, *opt;
	uint32_t pe, optsize, nsec, salign, falign, ndirs, entry, hdr, end, i, import_dir, import_size, pe_at, ndirs_all;
	struct section sec[MAX_SECTIONS];
	int small;
	FILE *f;

	if (argc != 3) {
		fprintf(stderr, "usage: %s IN.exe OUT.exe\n", prog);
		return 2;
	}
	in = read_file(argv[1], &len);
	if (len < DOS_HEADER || rd16(in) != 0x5a4d)
		die("not an MZ executable", argv[1]);
	pe = rd32(in + 0x3c);
	if (pe > len - 24 || memcmp(in + pe, "PE\0\0", 4))
		die("no PE header", argv[1]);
	if (rd16(in + pe + 4) != 0x8664)
		die("not an x86-64 image", argv[1]);
	nsec = rd16(in + pe + 6);
	optsize = rd16(in + pe + 20);
	opt = in + pe + 24;
	if (optsize < OPT_FIXED || rd16(opt) != 0x20b)
		die("not a PE32+ image", argv[1]);
	if (nsec == 0 || nsec > MAX_SECTIONS || pe + 24 + optsize + nsec * SECTION_HEADER > len)
		die("bad section table", argv[1]);
	salign = rd32(opt + 32);
	falign = rd32(opt + 36);
	entry = rd32(opt + 16);
	ndirs = rd32(opt + 108);
	if (ndirs > (optsize - OPT_FIXED) / 8)
		die("bad data directory count", argv[1]);
	small = salign < 4096;
	if (small && falign != salign)
		die("FileAlignment differs from a small SectionAlignment", argv[1]);

	for (i = 0; i < nsec; i++) {
		const uint8_t *h = opt + optsize + i * SECTION_HEADER;
		struct section *s = &sec[i];

		memcpy(s->name, h, 8);
		s->vsize = rd32(h + 8);
		s->rva = rd32(h + 12);
		s->rawsize = rd32(h + 16);
		s->rawptr = rd32(h + 20);
		s->flags = rd32(h + 36);
		if (s->rawsize && s->rawptr > len)
			die("section data past the end of the file", argv[1]);
		/* GNU ld may leave a section's zero tail (its bss) out of the
		 * file even in the raw size; missing bytes are zeros. */
		if (s->rawsize > len - s->rawptr)
			s->rawsize = len - s->rawptr;
		if (i && s->rva < sec[i - 1].rva + sec[i - 1].vsize)
			die("sections not in address order", argv[1]);
		s->data = in + s->rawptr;
		if (s->rawsize > s->vsize)
			s->rawsize = s->vsize; /* file alignment padding */
		s->len = used_size(s->data, s->rawsize);
	}

	import_dir = ndirs > 1 ? rd32(opt + OPT_FIXED + 8) : 0;
	import_size = ndirs > 1 ? rd32(opt + OPT_FIXED + 12) : 0;

	ndirs_all = ndirs;
	/* Directories in use: up to the last non-empty one. */
	while (ndirs && !rd32(opt + OPT_FIXED + (ndirs - 1) * 8) && !rd32(opt + OPT_FIXED + (ndirs - 1) * 8 + 4))
		ndirs--;

	if (small) {
		/* One section from the first address to the last byte, gaps and
		 * the bss of earlier sections as zeros in the file. */
		struct section *last = &sec[nsec - 1];
		uint32_t base = sec[0].rva, total = last->rva + last->vsize - base;
		uint8_t *merged = calloc(1, total);
		uint32_t flags = 0;

		if (!merged)
			die("out of memory", 0);
		for (i = 0; i < nsec; i++) {
			memcpy(merged + sec[i].rva - base, sec[i].data, sec[i].len);
			flags |= sec[i].flags;
		}
		for (i = 0; ndirs > 1 && i < nsec; i++)
			if (import_dir == sec[i].rva && !memcmp(sec[i].name, ".idata\0", 8)) {
				uint32_t at = compact_imports(merged, base, sec[i].rva, sec[i].rva + sec[i].vsize,
							      import_dir, &import_size);

				if (at)
					import_dir = at;
			}
		sec[0].vsize = total;
		sec[0].len = used_size(merged, total);
		sec[0].data = merged;
		sec[0].flags = (flags & ~(uint32_t)SCN_CNT_UNINITIALIZED_DATA) | SCN_CNT_CODE |
			       SCN_MEM_EXECUTE | SCN_MEM_READ | SCN_MEM_WRITE;
		nsec = 1;
	}

	/* The entry must lie in an executable section: GNU ld marks a merged
	 * section named .idata as data only. */
	for (i = 0; i < nsec; i++)
		if (entry - sec[i].rva < sec[i].vsize && !(sec[i].flags & SCN_MEM_EXECUTE))
			die("the entry point is in a section that is not executable", sec[i].name);

	/* An image with page-sized sections keeps the usual headers (the DOS
	 * stub, every data directory) where dropping them saves no file block:
	 * tools expect them, and within the block they cost nothing. */
	pe_at = small ? SMALL_PE_OFFSET : DOS_HEADER;
	if (!small) {
		uint32_t tail = 24 + OPT_FIXED + nsec * SECTION_HEADER;
		uint32_t least = align_up(DOS_HEADER + tail + ndirs * 8, falign);

		if (align_up(pe + tail + ndirs_all * 8, falign) == least)
			pe_at = pe, ndirs = ndirs_all;
		else if (align_up(DOS_HEADER + tail + ndirs_all * 8, falign) == least)
			ndirs = ndirs_all;
	}
	optsize = OPT_FIXED + ndirs * 8;
	hdr = pe_at + 24 + optsize + nsec * SECTION_HEADER;
	if (small && hdr > sec[0].rva)
		die("headers do not fit below the first section; link it higher", argv[1]);
	hdr = align_up(hdr, falign);
	for (i = 0, end = hdr; i < nsec; i++) {
		sec[i].rawsize = align_up(sec[i].len, falign);
		sec[i].rawptr = !sec[i].len ? 0 : small ? sec[i].rva : end;
		if (sec[i].len)
			end = sec[i].rawptr + sec[i].rawsize;
	}

	if (!(out = calloc(1, end)))
		die("out of memory", 0);
	if (pe_at == pe)
		memcpy(out, in, pe); /* the DOS header and stub as linked */
	wr16(out, 0x5a4d);
	memcpy(out + pe_at, in + pe, 24);
	wr16(out + pe_at + 6, nsec);
	wr16(out + pe_at + 20, optsize);
	memcpy(out + pe_at + 24, opt, optsize);
	wr32(out + 0x3c, pe_at); /* e_lfanew; BaseOfCode when pe_at is 16 */
	opt = out + pe_at + 24;
	if (ndirs > 1) {
		wr32(opt + OPT_FIXED + 8, import_dir);
		wr32(opt + OPT_FIXED + 12, import_size);
	}
	wr32(opt + 60, hdr);			  /* SizeOfHeaders */
	wr32(opt + 64, 0);			  /* CheckSum */
	wr32(opt + 108, ndirs);
	if (small)
		wr32(opt + 56, align_up(sec[0].rva + sec[0].vsize, salign)); /* SizeOfImage */
	for (i = 0; i < nsec; i++) {
		uint8_t *h = opt + optsize + i * SECTION_HEADER;

		memcpy(h, sec[i].name, 8);
		wr32(h + 8, sec[i].vsize);
		wr32(h + 12, sec[i].rva);
		wr32(h + 16, sec[i].rawsize);
		wr32(h + 20, sec[i].rawptr);
		wr32(h + 36, sec[i].flags);
		memcpy(out + sec[i].rawptr, sec[i].data, sec[i].len);
	}

	if (!(f = fopen(argv[2], "wb")) || fwrite(out, 1, end, f) != end || fclose(f))
		die("cannot write", argv[2]);
	chmod(argv[2], 0755);
	return 0;
}
