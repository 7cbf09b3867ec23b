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
    // {:>5} {:<5}| {:05} {:05} {:#010x} {:08x} {:>6}
    out.str("pad: ").width(5).u64(42).str(" ").left(5).u64(42).str("| ").zeros(5).i64(-42).str(" ").zeros(5).u64(7);
    out.str(" ").zeros(10).hex(0xbeef).str(" ").zeros(8).lower_hex(0xbeef).str(" ").width(6).str("ab").nl();
    // Wider than the 16-byte pad chunk, and a width narrower than the item.
    out.str("wide: [").width(20).i64(-1).str("] [").width(2).u64(12345).str("]").nl();
    minrt::print("print ");
    minrt::println("println");
    minrt::eprint("eprint ");
    minrt::eprintln("eprintln");
    minrt::stderr().str("argc ").u64(minrt::args().len() as u64).nl();
    0
}
