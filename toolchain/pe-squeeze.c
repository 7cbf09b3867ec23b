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
 *     follows the 64-byte DOS header directly;
 *   - data directories past the last one in use (NumberOfRvaAndSizes
 *     says how many there are; the loader treats the rest as empty);
 *   - trailing zero bytes of a section's file data: SizeOfRawData may be
 *     less than VirtualSize, and the loader zero-fills the rest;
 *   - the section table entries of a small-alignment image, whose
 *     sections are merged into one (below).
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
 *     links the first section at HEADERS_END for this reason, below the
 *     end of the headers GNU ld writes, so only the squeezed file loads.
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

#define HEADERS_END 0x100	/* where the tiny layout's section starts */

#define DOS_HEADER 64
#define COFF_HEADER 20
#define OPT_FIXED 112		/* PE32+ optional header before the directories */
#define SECTION_HEADER 40
#define MAX_SECTIONS 96

#define SCN_CNT_CODE 0x20
#define SCN_CNT_INITIALIZED_DATA 0x40
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

int main(int argc, char **argv)
{
	size_t len;
	uint8_t *in, *out, *opt;
	uint32_t pe, optsize, nsec, salign, falign, ndirs, entry, hdr, end, i;
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

	optsize = OPT_FIXED + ndirs * 8;
	hdr = DOS_HEADER + 24 + optsize + nsec * SECTION_HEADER;
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
	wr16(out, 0x5a4d);
	wr32(out + 0x3c, DOS_HEADER);
	memcpy(out + DOS_HEADER, in + pe, 24);
	wr16(out + DOS_HEADER + 6, nsec);
	wr16(out + DOS_HEADER + 20, optsize);
	memcpy(out + DOS_HEADER + 24, opt, optsize);
	opt = out + DOS_HEADER + 24;
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
