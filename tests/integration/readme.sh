#!/bin/bash
# README cannot rot: its generated sections match their sources
# (toolchain/readme-gen --check), and every ```sh block runs and succeeds,
# its output equal to the ```text block right after it, when there is one.
# A ```c NAME block is written to NAME first. Blocks run in order in one
# scratch folder that links to the repository's crt/, build/, linker-scripts/
# and examples/, with /tmp/ in commands moved into the scratch folder, and
# without the outer make's variables, so they run as a user types them.
# `make test` itself is not run (this is part of it): instead .ci/run must
# run exactly that command.
cd "$(dirname "$0")/../.."
. tests/lib.sh
ROOT=$PWD
S=$(mktemp -d)
for d in crt build linker-scripts examples peers Makefile mk toolchain tests .ci; do ln -s "$ROOT/$d" "$S/$d"; done
# Cargo builds inside examples/ (a link into the real tree) go to build/.
CTD=$ROOT/${BUILD:-build}/cargo/readme

out=$(make -s "${BUILD:-build}/sizes/artifacts.list" 2>&1 &&
	toolchain/readme-gen --check --artifacts "${BUILD:-build}/sizes/artifacts.list" 2>&1) &&
	ok "README: generated API and size tables are current" ||
	notok "README: generated API and size tables are current" "$out"

grep -qx 'make test' .ci/run && grep -qx 'make test   # every test; the last line is "N passed, N failed"' README.md &&
	ok "README: the test command is the one .ci/run runs" ||
	notok "README: the test command is the one .ci/run runs"

# Split README into blocks: files blk.N.LANG[.NAME], in order.
python3 - "$S" <<'PY'
import re, sys
out = sys.argv[1]
lines = open("README.md").read().split("\n")
n, i = 0, 0
while i < len(lines):
    m = re.match(r"^(\s*)```(\w+)\s*(\S*)\s*$", lines[i])
    if not m:
        i += 1
        continue
    indent, lang, name = m.groups()
    body = []
    i += 1
    while not re.match(r"^\s*```\s*$", lines[i]):
        body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
        i += 1
    i += 1
    n += 1
    fn = "%s/blk.%03d.%s%s" % (out, n, lang, "." + name if name else "")
    open(fn, "w").write("\n".join(body) + "\n")
PY

cd "$S"
blocks=(blk.*)
for ((k = 0; k < ${#blocks[@]}; k++)); do
	b=${blocks[$k]}
	case "$b" in
	*.c.*) cp "$b" "${b#blk.*.c.}" ;;
	*.sh)
		script=$(grep -vx 'make test.*' "$b" | sed -E "s#/tmp(/|\b)#$S/tmp\1#g")
		mkdir -p "$S/tmp"
		want=
		next=${blocks[$((k + 1))]:-}
		[[ "$next" == *.text ]] && want=$(cat "$next")
		first=$(grep -v '^\s*#' "$b" | head -1)
		env=()
		grep -q 'examples/' "$b" && env=(CARGO_TARGET_DIR="$CTD")
		got=$(cd "$S" && env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS "${env[@]}" timeout -s KILL 300 bash -eo pipefail -c "$script" 2>"$S/err")
		st=$?
		if [ $st != 0 ]; then
			notok "README block: $first" "exit $st" "$(tail -5 "$S/err")"
		elif [ -n "$want" ] && [ "$got" != "$want" ]; then
			notok "README block: $first" "got: $got" "want: $want"
		else
			ok "README block: $first"
		fi
		;;
	esac
done
cd "$ROOT"

# The make commands README names inline (the targets table, the prose),
# each run as shown, or time-boxed where a full run belongs to its own
# target: fuzz (10 minutes) runs 3 s, bench-alloc a 200,000-operation
# trace whose last line must still have the promised form. Not run here:
# `make test` (this is part of it), `make clean` (it would delete the build
# the other suites use) and plain `make` (a block above runs it). `make
# sizes readme` would rewrite README: `make sizes`, and the --check above.
mkdir -p "$S/tmp"
grep -o '`make [^`]*`' README.md | tr -d '`' | sort -u | while read -r cmd; do
	run=$cmd
	case "$cmd" in
	"make test" | "make clean" | "make") continue ;;
	"make fuzz") run="make fuzz FUZZ_SECONDS=3" ;;
	"make bench-alloc") run="make bench-alloc BENCH_OPS=200000" ;;
	"make sizes readme") run="make sizes" ;;
	*PREFIX=*) run="${cmd%%PREFIX=*}PREFIX=$S/tmp/prefix" ;;
	esac
	out=$(cd "$S" && env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS timeout -s KILL 600 bash -c "$run" 2>&1)
	st=$?
	if [ $st != 0 ]; then
		notok "README command: $cmd" "ran: $run" "exit $st" "$(tail -5 <<<"$out")"
	elif [ "$cmd" = "make bench-alloc" ] &&
		! tail -1 <<<"$out" | grep -qE '^alloc-bench: minrt/glibc=[0-9.]+ minrt/musl=[0-9.]+ minrt-rss/live=[0-9.]+$'; then
		notok "README command: $cmd" "last line: $(tail -1 <<<"$out")"
	else
		ok "README command: $cmd"
	fi
done
rm -rf "$S"
