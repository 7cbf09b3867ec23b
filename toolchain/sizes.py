#!/usr/bin/env python3
"""sizes.py - measures minrt's artifacts and the peers' hello worlds.

Standard library only. Driven by mk/sizes.mk; every subcommand also works by
hand (run from the repository root):

  sizes.py peer --target T --program P --variant V --bin PATH --row ROW
                [--needs TOOL]... [--instructions] --cmd 'SHELL COMMAND'
      builds one peer with the command (skipped, with the reason, when a
      needed tool is missing or the command fails) and writes its row.
  sizes.py sizes --artifacts LIST --out DIR [--peers ROW...] [--no-instructions]
      measures our artifacts (cached by mtime), joins the peers' rows and
      writes DIR/sizes.tsv, DIR/sizes.md, DIR/sizes.svg. Exit 1 when one of
      our artifacts is missing.
  sizes.py check --artifacts LIST --budget TSV [--baseline DIR] [--last-good DIR]
      the size gate: exit 1 when an artifact is missing, has no budget or is
      over budget; then prints per-section and per-symbol deltas.
  sizes.py baseline --artifacts LIST --dir DIR     (re)writes baseline listings
  sizes.py suggest --artifacts LIST                budget rows for today's sizes
  sizes.py bytes TARGET PATH                       the gate's byte count of one file
  sizes.py report PATH                             sections and symbols by size
  sizes.py table --artifacts LIST                  short table of our artifacts
  sizes.py png-stats PNG [--highlight RRGGBB]      width, height, distinct colours[, pixels of RRGGBB]

LIST holds one `TARGET:PROGRAM:VARIANT:PATH` entry per line (SIZE_ARTIFACTS).
"""

import argparse
import concurrent.futures
import datetime
import html
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib

COLUMNS = ["target", "program", "variant", "bytes", "text", "data", "bss", "instructions"]
TARGET_ORDER = ["linux-x86_64", "windows-x86_64", "cortex-m3", "cortex-m4f", "cortex-m0"]
ROW_CACHE_VERSION = "1"


# --------------------------------------------------------------------------
# Binary formats: just enough ELF and PE to count bytes per section.

class Binary:
    """format, sections [(name, file_bytes, vm_only_bytes, kind)], text/data/bss."""

    def __init__(self, path):
        self.path = path
        with open(path, "rb") as f:
            self.raw = f.read()
        self.size = len(self.raw)
        self.format = "unknown"
        self.machine = None
        self.sections = []  # (name, file bytes, kind) kind in text/data/bss/other
        self.file_alignment = 1
        self.text = self.data = self.bss = 0
        if self.raw[:4] == b"\x7fELF":
            self._elf()
        elif self.raw[:2] == b"MZ":
            self._pe()

    # ELF: sections when there are any, else program headers (a file
    # stripped with --strip-sections keeps only the segments).
    def _elf(self):
        raw = self.raw
        self.format = "elf"
        cls, enc = raw[4], raw[5]
        e = "<" if enc == 1 else ">"
        if cls == 2:
            (_, self.machine, _, _, phoff, shoff, _, _, phentsize, phnum, shentsize,
             shnum, shstrndx) = struct.unpack_from(e + "HHIQQQIHHHHHH", raw, 16)
        else:
            (_, self.machine, _, _, phoff, shoff, _, _, phentsize, phnum, shentsize,
             shnum, shstrndx) = struct.unpack_from(e + "HHIIIIIHHHHHH", raw, 16)
        secs = []
        if shoff and shnum and shoff + shnum * shentsize <= len(raw):
            for i in range(shnum):
                off = shoff + i * shentsize
                if cls == 2:
                    name, typ, flags, _, soff, size = struct.unpack_from(e + "IIQQQQ", raw, off)
                else:
                    name, typ, flags, _, soff, size = struct.unpack_from(e + "IIIIII", raw, off)
                secs.append((name, typ, flags, soff, size))
        if secs and shstrndx < len(secs):
            stroff = secs[shstrndx][3]
            for name, typ, flags, soff, size in secs:
                if typ == 0 or size == 0:
                    continue
                end = raw.find(b"\0", stroff + name)
                sname = raw[stroff + name:end].decode("latin-1") or "?"
                alloc, write, execi = flags & 2, flags & 1, flags & 4
                if typ == 8:  # NOBITS
                    if alloc:
                        self.sections.append((sname, 0, size, "bss"))
                        self.bss += size
                    continue
                if alloc and (execi or not write):
                    kind = "text"
                    self.text += size
                elif alloc:
                    kind = "data"
                    self.data += size
                else:
                    kind = "other"
                self.sections.append((sname, size, 0, kind))
            return
        # segments only
        for i in range(phnum):
            off = phoff + i * phentsize
            if cls == 2:
                typ, flags, _, _, _, filesz, memsz, _ = struct.unpack_from(e + "IIQQQQQQ", raw, off)
            else:
                typ, _, _, _, filesz, memsz, flags, _ = struct.unpack_from(e + "IIIIIIII", raw, off)
            if typ != 1:  # PT_LOAD
                continue
            perms = ("R" if flags & 4 else "-") + ("W" if flags & 2 else "-") + ("X" if flags & 1 else "-")
            name = "[LOAD#%d %s]" % (i, perms)
            if flags & 1 or not flags & 2:
                self.text += filesz
                kind = "text"
            else:
                self.data += filesz
                kind = "data"
            self.bss += max(0, memsz - filesz)
            self.sections.append((name, filesz, max(0, memsz - filesz), kind))

    def _pe(self):
        raw = self.raw
        (lfanew,) = struct.unpack_from("<I", raw, 0x3C)
        if raw[lfanew:lfanew + 4] != b"PE\0\0":
            return
        self.format = "pe"
        self.machine, nsec, _, symptr, nsyms, optsize, _ = struct.unpack_from("<HHIIIHH", raw, lfanew + 4)
        strtab = symptr + 18 * nsyms if symptr else None
        if optsize >= 40:
            (self.file_alignment,) = struct.unpack_from("<I", raw, lfanew + 24 + 36)
        off = lfanew + 24 + optsize
        for i in range(nsec):
            name, vsize, _, rawsize, _, _, _, _, _, chars = struct.unpack_from("<8sIIIIIIHHI", raw, off + 40 * i)
            sname = name.rstrip(b"\0").decode("latin-1")
            if sname.startswith("/") and sname[1:].isdigit() and strtab:  # long name: "/offset"
                at = strtab + int(sname[1:])
                sname = raw[at:raw.find(b"\0", at)].decode("latin-1") or sname
            if sname.startswith(".debug") or sname.startswith("/"):
                self.sections.append((sname, rawsize, 0, "other"))
                continue
            onfile = min(rawsize, vsize) if vsize else rawsize
            vmonly = max(0, vsize - rawsize)
            if chars & 0x80 and not chars & 0x40:  # uninitialized data only
                self.bss += vsize
                self.sections.append((sname, rawsize, vsize, "bss"))
                continue
            if chars & 0x20000000 or chars & 0x20 or not chars & 0x80000000:
                kind = "text"  # code or read-only
                self.text += onfile
            else:
                kind = "data"
                self.data += onfile
                self.bss += vmonly
            if chars & 0x02000000:  # discardable (.reloc) counts as other
                kind = "other"
            self.sections.append((sname, rawsize, vmonly, kind))

    def listing(self):
        """[(name, file bytes)] with a remainder entry so the sum is the file size."""
        out = {}
        for name, fbytes, vm, kind in self.sections:
            if fbytes or not vm:
                out[name] = out.get(name, 0) + fbytes
            if vm:
                out[name + " (vm)"] = out.get(name + " (vm)", 0) + vm
        rest = self.size - sum(v for k, v in out.items() if not k.endswith(" (vm)"))
        out["[headers+padding]"] = rest
        return out


def is_firmware(target):
    return target.startswith("cortex-m")


def measure_bytes(target, path):
    b = Binary(path)
    nbytes = b.text + b.data if is_firmware(target) else b.size
    return b, nbytes


def count_instructions(path, args=(), timeout=300):
    """valgrind lackey's 'guest instrs' from exec to exit, or None."""
    valgrind = os.environ.get("VALGRIND", "valgrind")
    if not shutil.which(valgrind):
        return None
    log = "%s.lackey.%d" % (path, os.getpid())
    try:
        # a fixed, small environment: the count then does not depend on the caller's
        subprocess.run([valgrind, "--tool=lackey", "--basic-counts=yes", "--log-file=" + log,
                        os.path.abspath(path)] + list(args),
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout,
                       env={"PATH": "/usr/bin:/bin", "LANG": "C"})
        with open(log) as f:
            m = re.search(r"guest instrs:\s+([\d,]+)", f.read())
        return int(m.group(1).replace(",", "")) if m else None
    except (subprocess.TimeoutExpired, OSError):
        return None
    finally:
        try:
            os.unlink(log)
        except OSError:
            pass


def wants_instructions(target):
    return target.startswith("linux-")


def measure_row(target, program, variant, path, instructions):
    b, nbytes = measure_bytes(target, path)
    ins = count_instructions(path) if instructions else None
    return [target, program, variant, str(nbytes), str(b.text), str(b.data), str(b.bss),
            str(ins) if ins is not None else "-"]


# --------------------------------------------------------------------------
# Symbols (nm), for the gate's diff and size-report.

HASH_RE = re.compile(r"::h[0-9a-f]{16}$|\.(llvm|constprop|isra|part|cold)\.\d+$")


def nm_tool(b):
    if b.format == "pe":
        for t in ("x86_64-w64-mingw32-nm", "nm", "llvm-nm"):
            if shutil.which(t):
                return t
    if b.format == "elf" and b.machine == 40 and shutil.which("arm-none-eabi-nm"):
        return "arm-none-eabi-nm"
    return os.environ.get("NM", "nm")


def symbols(path):
    """{name: bytes} of defined symbols, or {} when the file has none.

    ELF symbols carry sizes (`nm --size-sort -S`); PE symbols do not, so
    there a symbol's size is the distance to the next symbol (as bloaty does).
    """
    b = Binary(path)
    tool = nm_tool(b)
    try:
        out = subprocess.run([tool, "-S", "-n", "-C", "--defined-only", path], capture_output=True,
                             text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return {}
    entries = []
    for line in out.splitlines():
        parts = line.split(None, 3)
        if len(parts) == 4 and re.fullmatch(r"[0-9a-fA-F]+", parts[1]) and len(parts[2]) == 1:
            entries.append((int(parts[0], 16), int(parts[1], 16), parts[2], parts[3]))
        elif len(parts) >= 3 and len(parts[1]) == 1 and re.fullmatch(r"[0-9a-fA-F]+", parts[0]):
            entries.append((int(parts[0], 16), None, parts[1], line.split(None, 2)[2]))
    entries = [e for e in entries if e[2] not in "aANn?" and not e[3].startswith(".")]
    sized = [e for e in entries if e[1] is not None]
    result = {}
    if b.format == "pe" or not sized:
        entries.sort()
        for i, (addr, _, typ, name) in enumerate(entries):
            nxt = entries[i + 1][0] if i + 1 < len(entries) else addr
            size = nxt - addr
            if 0 < size < 1 << 20:
                key = "%s %s" % (typ.upper(), HASH_RE.sub("", name))
                result[key] = result.get(key, 0) + size
    else:
        # aliases (minrt_abort and weak abort, a vector table's weak handlers)
        # count once, under the first strong name
        at = {}
        for addr, size, typ, name in sized:
            if size:
                at.setdefault((addr, size), []).append((typ.upper(), HASH_RE.sub("", name)))
        for (addr, size), names in at.items():
            names.sort(key=lambda tn: (tn[0] in "WV", tn[1]))
            key = "%s %s" % names[0]
            result[key] = result.get(key, 0) + size
    return result


def twin_of(path, twins):
    """build/<target>/<name> -> <twins>/<target>/<name> (mk/sizes.mk's unstripped twins)."""
    if not twins:
        return None
    return os.path.join(twins, os.path.basename(os.path.dirname(os.path.abspath(path))), os.path.basename(path))


def symbol_source(path, twins=None):
    """The file to take symbols from: the artifact, an unstripped copy beside
    it, or its unstripped twin under `twins`."""
    cands = [path]
    stem = path[:-4] if path.endswith((".exe", ".elf", ".bin")) else path
    for suffix in (".debug", ".unstripped", ".full", ".sym", ".syms.elf"):
        cands += [path + suffix, stem + suffix]
    if path.endswith(".bin"):
        cands.append(stem + ".elf")
    twin = twin_of(path, twins)
    if twin:
        cands.append(twin)
    for c in cands:
        if os.path.exists(c):
            s = symbols(c)
            if s:
                return c, s
    return None, {}


# --------------------------------------------------------------------------
# Artifact lists, row files.

def read_artifacts(path):
    arts = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(":", 3)
            if len(parts) != 4:
                raise SystemExit("sizes.py: bad SIZE_ARTIFACTS entry %r (want TARGET:PROGRAM:VARIANT:PATH)" % line)
            arts.append(tuple(parts))
    return arts


def key_name(target, program, variant):
    return "%s.%s.%s" % (target, program, variant)


def write_file(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    tmp = path + ".tmp%d" % os.getpid()
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def read_row(path):
    """A row file: the 8 columns, then an optional note (why not built)."""
    with open(path) as f:
        cols = f.readline().rstrip("\n").split("\t")
    cols += [""] * (9 - len(cols))
    return cols[:8], cols[8]


# --------------------------------------------------------------------------
# sizes.py peer

def cmd_peer(a):
    note = ""
    for tool in a.needs:
        if not (os.path.exists(tool) if tool.startswith("/") else shutil.which(tool)):
            note = "%s not found" % tool
            break
    if not note:
        os.makedirs(os.path.dirname(a.bin) or ".", exist_ok=True)
        log = a.row + ".log"
        with open(log, "w") as lf:
            try:
                r = subprocess.run(["/bin/sh", "-c", a.cmd], stdout=lf, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, timeout=900)
                status = r.returncode
            except (OSError, subprocess.TimeoutExpired) as ex:
                status, note = -1, "%s" % ex
        if status != 0 and not note:
            with open(log) as lf:
                lines = [l.strip() for l in lf if re.search(r"error|not found|cannot|No such", l, re.I)]
            note = "build failed (%s)" % (lines[0][:160] if lines else "exit %d, see %s" % (status, log))
        elif not os.path.exists(a.bin):
            note = note or "build made no %s" % a.bin
    if note:
        row = [a.target, a.program, a.variant, "-", "-", "-", "-", "-"]
        sys.stderr.write("sizes: peer %s %s %s not built: %s\n" % (a.target, a.program, a.variant, note))
    else:
        row = measure_row(a.target, a.program, a.variant, a.bin, a.instructions)
    write_file(a.row, "\t".join(row + [note]) + "\n")
    return 0


# --------------------------------------------------------------------------
# sizes.py sizes

def measure_ours(arts, cache_dir, jobs, instructions=True):
    """{(t,p,v): row or None when missing}, re-measuring only changed files."""
    me = os.path.abspath(__file__)
    my_mtime = os.stat(me).st_mtime_ns

    def one(art):
        t, p, v, path = art
        if not os.path.exists(path):
            return art, None
        st = os.stat(path)
        instr = instructions and wants_instructions(t)
        stamp = "%s %d %d %d %d %s" % (ROW_CACHE_VERSION, instr, st.st_size, st.st_mtime_ns, my_mtime, path)
        cache = os.path.join(cache_dir, key_name(t, p, v) + ".row")
        try:
            with open(cache) as f:
                if f.readline().rstrip("\n") == stamp:
                    return art, f.readline().rstrip("\n").split("\t")
        except OSError:
            pass
        row = measure_row(t, p, v, path, instr)
        write_file(cache, stamp + "\n" + "\t".join(row) + "\n")
        return art, row

    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        return {art[:3]: (art[3], row) for art, row in ex.map(one, arts)}


def row_order(r, ours_keys):
    """Targets in table order; per target hello-c then hello-rust then the
    other programs; per program ours (minrt, minrt-tiny) before the peers."""
    prog = {"hello-c": 0, "hello-rust": 1}.get(r[1], 2)
    return (target_rank(r[0]), prog, r[1], (r[0], r[1], r[2]) not in ours_keys, r[2])


def target_rank(t):
    return (TARGET_ORDER.index(t) if t in TARGET_ORDER else len(TARGET_ORDER), t)


def fmt_int(s):
    try:
        return "{:,}".format(int(s))
    except ValueError:
        return s


def ratio(a, b):
    try:
        a, b = int(a), int(b)
    except ValueError:
        return ""
    if b <= 0:
        return ""
    r = a / b
    return ("%.0f×" % r) if r >= 100 else ("%.1f×" % r) if r >= 10 else ("%.2f×" % r)


def tool_versions():
    out = []
    for name, cmd in (("gcc", ["gcc", "-dumpfullversion"]), ("rustc", ["rustc", "--version"]),
                      ("Debian rustc", ["/usr/bin/rustc", "--version"]),
                      ("mingw", ["x86_64-w64-mingw32-gcc", "-dumpversion"]),
                      ("arm-none-eabi-gcc", ["arm-none-eabi-gcc", "-dumpversion"])):
        try:
            v = subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
            if v:
                out.append("%s %s" % (name, v.replace("rustc ", "")))
        except OSError:
            pass
    return ", ".join(out)


def render_md(rows, notes, ours_keys):
    """rows: list of 8-column lists; notes: {(t,p,v): why not built}."""
    lines = ["# minrt sizes", "",
             "Measured by `make sizes` on %s (%s)." % (
                 datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"), tool_versions()),
             "`bytes` is the file size (Cortex-M: flash bytes, text+data); text/data/bss are the",
             "loadable bytes; `instructions` is valgrind lackey's user-space count from exec to",
             "exit (Linux only; run with stdin from /dev/null and only PATH=/usr/bin:/bin LANG=C",
             "in the environment, so the count does not depend on the caller's). A ratio is the",
             "peer's number divided by ours for the same program: how many times bigger the peer is.", ""]
    by_target = {}
    for r in rows:
        by_target.setdefault(r[0], []).append(r)
    summary = []
    for t in sorted(by_target, key=target_rank):
        for prog in sorted({r[1] for r in by_target[t]}):
            mine = {r[2]: r for r in by_target[t] if r[1] == prog and (t, prog, r[2]) in ours_keys}
            peers = [r for r in by_target[t] if r[1] == prog and (t, prog, r[2]) not in ours_keys
                     and r[3].isdigit()]
            if not peers:
                continue
            best = min(peers, key=lambda r: int(r[3]))
            ours_txt = " / ".join(fmt_int(mine[v][3]) if v in mine else "-" for v in ("minrt", "minrt-tiny"))
            ref = mine.get("minrt-tiny") or mine.get("minrt")
            times = ("%s %s" % (ratio(best[3], ref[3]), ref[2])) if ref and ref[3].isdigit() else "(no minrt build yet)"
            summary.append("| %s | %s | %s | %s %s | %s |" % (t, prog, ours_txt, best[2], fmt_int(best[3]), times))
    if summary:
        lines += ["## Summary", "",
                  "| target | program | ours: minrt / minrt-tiny bytes | smallest peer, bytes | that peer is |",
                  "|---|---|---:|---|---:|"] + summary + [""]
    for t in sorted(by_target, key=target_rank):
        trs = by_target[t]
        ours = {(r[1], r[2]): r for r in trs if (r[0], r[1], r[2]) in ours_keys}
        has_instr = any(r[7] not in ("-", "") for r in trs)
        lines += ["## %s" % t, ""]
        head = ["program", "variant", "bytes", "text", "data", "bss"]
        if has_instr:
            head.append("instructions")
        head += ["bytes vs minrt", "bytes vs minrt-tiny"]
        if has_instr:
            head.append("instructions vs minrt-tiny")
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join("---" if i < 2 else "---:" for i in range(len(head))) + "|")
        if not ours:
            lines += ["(no minrt artifact for this target yet: peers only)", ""]
        for r in sorted(trs, key=lambda r: row_order(r, ours_keys)):
            is_ours = (r[0], r[1], r[2]) in ours_keys
            note = notes.get((r[0], r[1], r[2]), "")
            variant = "**%s**" % r[2] if is_ours else r[2]
            if r[3] == "-":
                what = ("MISSING: %s" % note) if is_ours else ("not built: %s" % (note or "unknown reason"))
                cells = [r[1], variant, what, "", "", ""] + ([""] if has_instr else []) + ["", ""] + ([""] if has_instr else [])
            else:
                cells = [r[1], variant, fmt_int(r[3]), fmt_int(r[4]), fmt_int(r[5]), fmt_int(r[6])]
                if has_instr:
                    cells.append(fmt_int(r[7]))
                if is_ours:
                    cells += ["", ""] + ([""] if has_instr else [])
                else:
                    base = ours.get((r[1], "minrt"))
                    tiny = ours.get((r[1], "minrt-tiny"))
                    cells.append(ratio(r[3], base[3]) if base else "")
                    cells.append(ratio(r[3], tiny[3]) if tiny else "")
                    if has_instr:
                        cells.append(ratio(r[7], tiny[7]) if tiny else "")
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    lines += ["Ours are in **bold**. Peers' build commands: `mk/sizes.mk`; sources: `peers/`.", ""]
    return "\n".join(lines)


def render_svg(rows, notes, ours_keys):
    """Horizontal bars, log scale, one group per target, ours highlighted."""
    vals = [int(r[3]) for r in rows if r[3].isdigit() and int(r[3]) > 0]
    lo = 10 ** math.floor(math.log10(min(vals))) if vals else 10
    hi = 10 ** math.ceil(math.log10(max(vals))) if vals else 1000
    if hi <= lo:
        hi = lo * 10
    label_w, bar_x, bar_w, row_h, top = 300, 310, 520, 20, 60
    by_target = {}
    for r in rows:
        by_target.setdefault(r[0], []).append(r)
    nrows = sum(len(v) + 2 for v in by_target.values())
    height = top + nrows * row_h + 40
    width = bar_x + bar_w + 110

    def x_of(v):
        return bar_x + bar_w * (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" '
           'font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">' % (width, height, width, height),
           '<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>' % (width, height),
           '<text x="10" y="22" font-size="16" font-weight="bold">minrt hello worlds vs peers: file bytes '
           '(Cortex-M: flash), log scale</text>',
           '<rect x="%d" y="32" width="12" height="12" fill="#e8590c"/><text x="%d" y="42">minrt (ours)</text>'
           % (bar_x, bar_x + 16),
           '<rect x="%d" y="32" width="12" height="12" fill="#868e96"/><text x="%d" y="42">peers</text>'
           % (bar_x + 110, bar_x + 126)]
    # decade grid
    d = lo
    while d <= hi:
        x = x_of(d)
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#dee2e6" stroke-width="1"/>'
                   % (x, top - 6, x, height - 30))
        label = "{:,}".format(int(d))
        out.append('<text x="%.1f" y="%d" text-anchor="middle" fill="#495057" font-size="10">%s</text>'
                   % (x, height - 16, label))
        d *= 10
    y = top
    for t in sorted(by_target, key=target_rank):
        trs = by_target[t]
        y += row_h
        out.append('<text x="10" y="%d" font-size="14" font-weight="bold">%s</text>' % (y - 4, html.escape(t)))
        for r in sorted(trs, key=lambda r: row_order(r, ours_keys)):
            is_ours = (r[0], r[1], r[2]) in ours_keys
            fill = "#e8590c" if is_ours else "#868e96"
            weight = ' font-weight="bold"' if is_ours else ""
            out.append('<text x="%d" y="%d" text-anchor="end"%s>%s %s</text>'
                       % (label_w, y + 13, weight, html.escape(r[1]), html.escape(r[2])))
            if r[3].isdigit() and int(r[3]) > 0:
                x1 = x_of(int(r[3]))
                w = max(1.0, x1 - bar_x)
                out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"><title>%s %s %s: %s bytes</title></rect>'
                           % (bar_x, y + 3, w, row_h - 6, fill, html.escape(t), html.escape(r[1]),
                              html.escape(r[2]), r[3]))
                out.append('<text x="%.1f" y="%d"%s>%s</text>' % (bar_x + w + 4, y + 13, weight, fmt_int(r[3])))
            else:
                note = notes.get((r[0], r[1], r[2]), "")
                what = "MISSING" if is_ours else "not built"
                out.append('<text x="%d" y="%d" fill="#c92a2a">%s%s</text>'
                           % (bar_x + 4, y + 13, what, html.escape(": " + note[:60]) if note else ""))
            y += row_h
        y += row_h
    out.append("</svg>")
    return "\n".join(out) + "\n"


def cmd_sizes(a):
    arts = read_artifacts(a.artifacts)
    jobs = a.jobs or os.cpu_count() or 2
    ours = measure_ours(arts, os.path.join(a.out, "sizes", "ours"), jobs, not a.no_instructions)
    rows, notes, missing = [], {}, []
    ours_keys = set()
    for (t, p, v), (path, row) in ours.items():
        ours_keys.add((t, p, v))
        if row is None:
            missing.append(path)
            notes[(t, p, v)] = "%s does not exist" % path
            row = [t, p, v, "-", "-", "-", "-", "-"]
        rows.append(row)
    for name in a.peers:
        row, note = read_row(name)
        if tuple(row[:3]) in ours_keys:
            continue
        rows.append(row)
        if note:
            notes[tuple(row[:3])] = note
    rows.sort(key=lambda r: row_order(r, ours_keys))
    write_file(os.path.join(a.out, "sizes.tsv"),
               "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in rows))
    write_file(os.path.join(a.out, "sizes.md"), render_md(rows, notes, ours_keys))
    write_file(os.path.join(a.out, "sizes.svg"), render_svg(rows, notes, ours_keys))
    # a short summary on the terminal
    print(render_table(rows, ours_keys, notes))
    print("sizes: wrote %s/sizes.tsv, sizes.md, sizes.svg" % a.out)
    for path in missing:
        print("sizes: FAIL: our artifact %s is missing" % path, file=sys.stderr)
    return 1 if missing else 0


def render_table(rows, ours_keys, notes=None):
    notes = notes or {}
    out = ["%-15s %-15s %-26s %10s %12s %s" % ("target", "program", "variant", "bytes", "instrs", "")]
    for r in rows:
        is_ours = (r[0], r[1], r[2]) in ours_keys
        extra = notes.get((r[0], r[1], r[2]), "")
        if r[3] == "-":
            extra = ("MISSING" if is_ours else "not built: ") + ("" if is_ours else extra)
        out.append("%-15s %-15s %-26s %10s %12s %s" % (r[0], r[1], r[2] + ("" if is_ours else " (peer)"),
                                                     fmt_int(r[3]), fmt_int(r[7]), extra))
    return "\n".join(out)


# --------------------------------------------------------------------------
# sizes.py table

def cmd_table(a):
    arts = read_artifacts(a.artifacts)
    print("%-15s %-15s %-11s %9s %8s %7s %7s" % ("target", "program", "variant", "bytes", "text", "data", "bss"))
    for t, p, v, path in sorted(arts, key=lambda x: (target_rank(x[0]), x[1], x[2])):
        if not os.path.exists(path):
            print("%-15s %-15s %-11s %9s" % (t, p, v, "missing"))
            continue
        b, n = measure_bytes(t, path)
        print("%-15s %-15s %-11s %9s %8s %7s %7s" % (t, p, v, fmt_int(n), fmt_int(b.text), fmt_int(b.data),
                                                    fmt_int(b.bss)))
    return 0


# --------------------------------------------------------------------------
# Baselines and the gate

def listing_text(t, p, v, path, twins=None):
    b, n = measure_bytes(t, path)
    src, syms = symbol_source(path, twins)
    lines = ["# size baseline of %s %s %s (%s); written by `make size-baseline`" % (t, p, v, path),
             "bytes\t%d" % n, "file\t%d" % b.size]
    for name, size in sorted(b.listing().items()):
        lines.append("section\t%s\t%d" % (name, size))
    if src:
        lines.append("# symbols from %s" % src)
    for name, size in sorted(syms.items()):
        lines.append("symbol\t%s\t%d" % (name, size))
    return "\n".join(lines) + "\n"


def parse_listing(text):
    d = {"bytes": None, "sections": {}, "symbols": {}, "has_symbols": False}
    for line in text.splitlines():
        if line.startswith("#") or not line:
            if line.startswith("# symbols from"):
                d["has_symbols"] = True
            continue
        parts = line.split("\t")
        if parts[0] == "bytes":
            d["bytes"] = int(parts[1])
        elif parts[0] == "section":
            d["sections"][parts[1]] = int(parts[2])
        elif parts[0] == "symbol":
            d["symbols"][parts[1]] = int(parts[2])
            d["has_symbols"] = True
    return d


def diff_maps(before, after, limit=40):
    rows = []
    for k in sorted(set(before) | set(after)):
        b, a = before.get(k, 0), after.get(k, 0)
        if a != b:
            rows.append((a - b, k, b, a))
    rows.sort(key=lambda r: (-abs(r[0]), r[1]))
    return rows[:limit], len(rows)


def read_budget(path):
    budgets = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "target":
                continue
            if len(cols) < 4 or not cols[3].strip().isdigit():
                raise SystemExit("size-check: %s:%d: want target<TAB>program<TAB>variant<TAB>budget<TAB>reason"
                                 % (path, n))
            budgets[tuple(cols[:3])] = (int(cols[3]), cols[4] if len(cols) > 4 else "")
    return budgets


def print_diff(label, ref, now_text):
    now = parse_listing(now_text)
    print("    what changed vs %s (%s -> %s bytes, %+d):" % (label, fmt_int(ref["bytes"]), fmt_int(now["bytes"]),
                                                          now["bytes"] - ref["bytes"]))
    rows, total = diff_maps(ref["sections"], now["sections"])
    if rows:
        print("      %-32s %10s %10s %8s" % ("section", "before", "after", "delta"))
        for d, k, b, a in rows:
            print("      %-32s %10s %10s %+8d" % (k, fmt_int(b), fmt_int(a), d))
    else:
        print("      sections: no change")
    if not (ref["has_symbols"] and now["has_symbols"]):
        print("      symbols: not compared: %s has none (stripped, and no unstripped copy PATH.debug or twin)"
              % ("the reference listing" if now["has_symbols"] else "this build"))
        return
    rows, total = diff_maps(ref["symbols"], now["symbols"])
    if rows:
        print("      %-50s %8s %8s %8s" % ("symbol (nm type, name)", "before", "after", "delta"))
        for d, k, b, a in rows:
            tag = "new " if b == 0 else "gone " if a == 0 else ""
            print("      %-50s %8s %8s %+8d %s" % (k[:50], fmt_int(b), fmt_int(a), d, tag))
        if total > len(rows):
            print("      ... %d more symbols changed" % (total - len(rows)))
    else:
        print("      symbols: no size change")


def cmd_check(a):
    arts = read_artifacts(a.artifacts)
    budgets = read_budget(a.budget)
    failed = False
    lower = []
    print("size-check: %d artifacts against %s" % (len(arts), a.budget))
    seen = set()
    for t, p, v, path in sorted(arts, key=lambda x: (target_rank(x[0]), x[1], x[2])):
        key = (t, p, v)
        seen.add(key)
        name = "%s %s %s" % (t, p, v)
        if not os.path.exists(path):
            print("FAIL  %-40s %s is missing (build it, or remove it from SIZE_ARTIFACTS)" % (name, path))
            failed = True
            continue
        b, n = measure_bytes(t, path)
        if key not in budgets:
            print("FAIL  %-40s %s bytes, no budget: add to %s:\n        %s\t%s\t%s\t%d\t<why this size>"
                  % (name, fmt_int(n), a.budget, t, p, v, n))
            failed = True
            continue
        budget, reason = budgets[key]
        base_file = os.path.join(a.baseline, t, "%s.%s.txt" % (p, v)) if a.baseline else None
        good_file = os.path.join(a.last_good, t, "%s.%s.txt" % (p, v)) if a.last_good else None
        refs = {}
        for label, fpath in (("last good build", good_file), ("committed baseline", base_file)):
            if fpath and os.path.exists(fpath):
                with open(fpath) as f:
                    refs[label] = ("%s %s" % (label, fpath), parse_listing(f.read()))
        # growth is explained against the most recent good listing; shrinking
        # is judged against the committed baseline, the one the budget was set with
        ref = refs.get("last good build") or refs.get("committed baseline")
        if n > budget:
            failed = True
            print("FAIL  %-40s %s bytes > budget %s (+%d)" % (name, fmt_int(n), fmt_int(budget), n - budget))
            if ref:
                now_text = listing_text(t, p, v, path, a.twins)
                now = parse_listing(now_text)
                shown = 0
                for label in ("last good build", "committed baseline"):
                    r = refs.get(label)
                    if r and (r[1]["sections"] != now["sections"] or r[1]["symbols"] != now["symbols"]
                              or r[1]["bytes"] != now["bytes"]):
                        print_diff(r[0], r[1], now_text)
                        shown += 1
                        if r[1]["bytes"] != now["bytes"]:
                            break  # the most recent listing that differs explains the growth
                if not shown:
                    print("    no change since the last good build or the committed baseline: "
                          "the budget is below the size it was set for")
            else:
                print("    no baseline listing to diff against: run `make size-baseline` once sizes are good")
            continue
        print("ok    %-40s %s bytes <= budget %s (%d to spare)" % (name, fmt_int(n), fmt_int(budget), budget - n))
        if good_file:
            write_file(good_file, listing_text(t, p, v, path, a.twins))
        base = refs.get("committed baseline")
        if base and base[1]["bytes"] is not None and n < base[1]["bytes"]:
            lower.append("%s: %s bytes, %d fewer than the committed baseline; its budget %s can be lowered"
                         % (name, fmt_int(n), base[1]["bytes"] - n, fmt_int(budget)))
        elif not base:
            print("      (no committed baseline %s: `make size-baseline` writes it)" % base_file)
    for key in sorted(set(budgets) - seen):
        print("note  %s has a budget but is not in SIZE_ARTIFACTS" % " ".join(key))
    if lower:
        print("size-check: artifacts shrank, so these budgets can be lowered (then `make size-baseline`):")
        for l in lower:
            print("  " + l)
    print("size-check: %s" % ("FAILED" if failed else "all within budget"))
    return 1 if failed else 0


def cmd_baseline(a):
    for t, p, v, path in read_artifacts(a.artifacts):
        if not os.path.exists(path):
            print("size-baseline: skip %s %s %s: %s is missing" % (t, p, v, path))
            continue
        out = os.path.join(a.dir, t, "%s.%s.txt" % (p, v))
        if a.missing_only and os.path.exists(out):
            continue
        write_file(out, listing_text(t, p, v, path, a.twins))
        print("size-baseline: wrote %s" % out)
    return 0


def cmd_bytes(a):
    print(measure_bytes(a.target, a.path)[1])
    return 0


def cmd_suggest(a):
    print("target\tprogram\tvariant\tbudget\treason")
    for t, p, v, path in read_artifacts(a.artifacts):
        if os.path.exists(path):
            b, n = measure_bytes(t, path)
            slack = max(32, (n * 5 + 99) // 100)
            why = "5%, at least 32"
            if b.file_alignment > slack:  # a PE grows a whole file-alignment step at a time
                slack, why = b.file_alignment, "one %d-byte file-alignment step" % b.file_alignment
            print("%s\t%s\t%s\t%d\t%d B measured %s + slack (%s), rounded up to 16"
                  % (t, p, v, (n + slack + 15) // 16 * 16, n, datetime.date.today(), why))
    return 0


# --------------------------------------------------------------------------
# sizes.py report

def cmd_report(a):
    path = a.path
    if not os.path.exists(path):
        print("size-report: %s does not exist" % path, file=sys.stderr)
        return 1
    b = Binary(path)
    print("%s: %s bytes on disk (%s); text %s, data %s, bss %s"
          % (path, fmt_int(b.size), b.format.upper(), fmt_int(b.text), fmt_int(b.data), fmt_int(b.bss)))
    print()
    print("%-34s %10s %7s  %s" % ("section", "file bytes", "%", "kind (vm-only bytes)"))
    items = b.sections + [("[headers+padding]", b.listing()["[headers+padding]"], 0, "other")]
    for name, fb, vm, kind in sorted(items, key=lambda s: -(s[1] or s[2])):
        pct = 100.0 * fb / b.size if b.size else 0
        print("%-34s %10s %6.1f%%  %s%s" % (name, fmt_int(fb), pct, kind, " (+%s vm)" % fmt_int(vm) if vm else ""))
    src, syms = symbol_source(path, a.twins)
    if src and src != path and all(sec[0].startswith("[LOAD") for sec in b.sections):
        tb = Binary(src)
        print()
        print("the same code by section (from %s, which keeps the section headers):" % src)
        for name, fb, vm, kind in sorted(tb.sections, key=lambda s: -(s[1] or s[2])):
            if kind != "other":
                print("%-34s %10s          %s%s" % (name, fmt_int(fb), kind, " (+%s vm)" % fmt_int(vm) if vm else ""))
    print()
    if not syms:
        print("symbols: none (stripped; no unstripped copy such as %s.debug beside it)" % path)
        return 0
    total = sum(syms.values())
    print("symbols by size (from %s; %d symbols, %s bytes):" % (src, len(syms), fmt_int(total)))
    print("%10s  %s" % ("bytes", "type name"))
    items = sorted(syms.items(), key=lambda kv: (-kv[1], kv[0]))
    for name, size in items[:a.limit]:
        print("%10s  %s" % (fmt_int(size), name))
    if len(items) > a.limit:
        print("%10s  ... %d smaller symbols" % ("", len(items) - a.limit))
    return 0


# --------------------------------------------------------------------------
# sizes.py png-stats: a tiny PNG decoder (8-bit, non-interlaced) for the SVG test

def png_pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, w = 8, b"", None
    while pos < len(data):
        (length,), ctype = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b"IHDR":
            w, h, depth, ctype_, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif ctype == b"IDAT":
            idat += body
        elif ctype == b"IEND":
            break
    if w is None or depth != 8 or interlace:
        raise ValueError("unsupported PNG (depth %s, interlace %s)" % (depth, interlace))
    bpp = {0: 1, 2: 3, 4: 2, 6: 4}.get(ctype_)
    if bpp is None:
        raise ValueError("unsupported colour type %d" % ctype_)
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    rows = []
    i = 0
    for _ in range(h):
        ft = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ft == 1:
                line[x] = (line[x] + a) & 255
            elif ft == 2:
                line[x] = (line[x] + b) & 255
            elif ft == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def cmd_png_stats(a):
    w, h, bpp, rows = png_pixels(a.png)
    colours = {}
    for line in rows:
        for x in range(0, len(line), bpp):
            px = line[x:x + bpp]
            colours[px] = colours.get(px, 0) + 1
    out = "%d %d %d" % (w, h, len(colours))
    if a.highlight:
        rgb = bytes.fromhex(a.highlight)
        out += " %d" % sum(n for px, n in colours.items() if px[:3] == rgb and (bpp < 4 or px[3] == 255))
    print(out)
    return 0


# --------------------------------------------------------------------------

def main():
    import signal
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` is not an error
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="subcommand", required=True)
    p = sub.add_parser("peer")
    for opt in ("--target", "--program", "--variant", "--bin", "--row"):
        p.add_argument(opt, required=True)
    p.add_argument("--needs", action="append", default=[])
    p.add_argument("--instructions", action="store_true")
    p.add_argument("--cmd", required=True, help="shell command that builds --bin")
    p = sub.add_parser("sizes")
    p.add_argument("--artifacts", required=True)
    p.add_argument("--peers", nargs="*", default=[], help="peer row files")
    p.add_argument("--no-instructions", action="store_true", help="skip valgrind (for tests)")
    p.add_argument("--out", required=True)
    p.add_argument("--jobs", type=int, default=0)
    p = sub.add_parser("check")
    p.add_argument("--artifacts", required=True)
    p.add_argument("--budget", required=True)
    p.add_argument("--baseline")
    p.add_argument("--last-good")
    p.add_argument("--twins", help="dir of unstripped twins: <dir>/<target>/<name>")
    p = sub.add_parser("baseline")
    p.add_argument("--artifacts", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--missing-only", action="store_true", help="keep existing listings")
    p.add_argument("--twins")
    p = sub.add_parser("suggest")
    p.add_argument("--artifacts", required=True)
    p = sub.add_parser("bytes")
    p.add_argument("target")
    p.add_argument("path")
    p = sub.add_parser("report")
    p.add_argument("path")
    p.add_argument("--limit", type=int, default=40)
    p.add_argument("--twins")
    p = sub.add_parser("table")
    p.add_argument("--artifacts", required=True)
    p = sub.add_parser("png-stats")
    p.add_argument("png")
    p.add_argument("--highlight", help="RRGGBB: also count pixels of this colour")
    a = ap.parse_args()
    return {"peer": cmd_peer, "sizes": cmd_sizes, "check": cmd_check, "baseline": cmd_baseline,
            "suggest": cmd_suggest, "bytes": cmd_bytes, "report": cmd_report, "table": cmd_table,
            "png-stats": cmd_png_stats}[a.subcommand](a)


if __name__ == "__main__":
    sys.exit(main())
