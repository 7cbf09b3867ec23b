#!/bin/bash
# toolchain/install-deps on a machine that lacks the tools: simulated by a
# PATH holding nothing but `id`. With MINRT_NO_INSTALL=1 it must only list
# the apt-get command (and succeed); --check must fail and name what is
# missing. On this machine, with everything installed, --check passes.
cd "$(dirname "$0")/../.."
. tests/lib.sh
bin=$(mktemp -d)
ln -s "$(command -v id)" "$bin/id"

out=$(PATH=$bin MINRT_NO_INSTALL=1 /bin/sh toolchain/install-deps 2>&1)
st=$?
if [ $st = 0 ] && [[ $out == *"sudo apt-get update && sudo apt-get install -y --no-install-recommends gcc make"* ]] &&
	[[ $out == *" wine "* ]] && [[ $out == *" qemu-system-arm"* ]]; then
	ok "install-deps with MINRT_NO_INSTALL=1 lists the apt-get command"
else
	notok "install-deps with MINRT_NO_INSTALL=1 lists the apt-get command" "status $st" "$out"
fi

out=$(PATH=$bin /bin/sh toolchain/install-deps --check 2>&1)
st=$?
[ $st = 1 ] && [[ $out == "minrt: missing packages: gcc make"* ]] &&
	ok "install-deps --check fails and names the missing packages" ||
	notok "install-deps --check fails and names the missing packages" "status $st" "$out"

out=$(toolchain/install-deps --check 2>&1)
[ $? = 0 ] && [ -z "$out" ] && ok "install-deps --check passes here: nothing missing" ||
	notok "install-deps --check passes here: nothing missing" "$out"
rm -rf "$bin"
