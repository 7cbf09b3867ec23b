//! The glue crate's printer, which does not use core::fmt: strings, bytes,
//! unsigned, signed and hex numbers at their extremes, to stdout and
//! stderr. The test checks the output byte for byte and that no core::fmt
//! code is linked.
#![no_std]
#![no_main]

minrt::main!(run);

fn run() -> i32 {
    let out = minrt::stdout();
    out.str("u64: ").u64(0).str(" ").u64(42).str(" ").u64(u64::MAX).nl();
    out.str("i64: ").i64(0).str(" ").i64(-1).str(" ").i64(i64::MIN).str(" ").i64(i64::MAX).nl();
    out.str("hex: ").hex(0).str(" ").hex(0xdead_beef).str(" ").hex(u64::MAX).nl();
    out.bytes(b"bytes: \xff\x01end").nl();
    minrt::print("print ");
    minrt::println("println");
    minrt::eprint("eprint ");
    minrt::eprintln("eprintln");
    minrt::stderr().str("argc ").u64(minrt::args().len() as u64).nl();
    0
}
