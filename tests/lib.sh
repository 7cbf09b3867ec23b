# tests/lib.sh - helpers for integration suites (bash). Source it.
#
#   check NAME STATUS STDOUT STDERR -- CMD [ARG...]
#     runs CMD with stdin from /dev/null (or $STDIN if set) and reports
#     "ok - NAME" when its exit status, stdout and stderr are exactly
#     STATUS, STDOUT and STDERR (use $'...' for newlines); otherwise
#     "not ok - NAME" and what differed. Set TIMEOUT (seconds, default 10; then SIGKILL, status 137:
#     QEMU in a fault loop ignores SIGTERM).
#   ok NAME / notok NAME [DETAIL]   report a result computed by the suite.

ok() { echo "ok - $1"; }

notok() {
	echo "not ok - $1"
	shift
	[ $# -gt 0 ] && printf '    %s\n' "$@"
	return 0
}

# Shows a value with invisible bytes escaped, for failure reports.
_show() { printf '%s' "$1" | od -An -c | head -c 600; }

check() {
	local name=$1 want_status=$2 want_out=$3 want_err=$4
	shift 5
	local dir out err status
	dir=$(mktemp -d)
	# The outer braces take bash's own "Aborted" notice for a killed child.
	{ timeout -s KILL "${TIMEOUT:-10}" "$@" <"${STDIN:-/dev/null}" >"$dir/out" 2>"$dir/err"; } 2>/dev/null
	status=$?
	out=$(cat "$dir/out"; printf x)
	err=$(cat "$dir/err"; printf x)
	out=${out%x}
	err=${err%x}
	rm -rf "$dir"
	if [ "$status" = "$want_status" ] && [ "$out" = "$want_out" ] && [ "$err" = "$want_err" ]; then
		ok "$name"
	else
		notok "$name" "command: $*" "status: $status (want $want_status)"
		[ "$out" = "$want_out" ] || { echo "    stdout:"; _show "$out"; echo "    want:"; _show "$want_out"; }
		[ "$err" = "$want_err" ] || { echo "    stderr:"; _show "$err"; echo "    want:"; _show "$want_err"; }
	fi
}
