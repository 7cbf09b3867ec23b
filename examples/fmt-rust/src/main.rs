//! std's format syntax through the glue crate's macros and `write!` on
//! minrt::stdout()/stderr(); the test compares every line with what std
//! prints for the same format strings.
#![no_std]
#![no_main]

use core::fmt::Write;

minrt::main!(run);

#[derive(Debug)]
#[allow(dead_code)] // read by Debug only
struct Point {
    x: i32,
    y: i32,
}

fn run() -> i32 {
    let n = 7;
    minrt::println!("Hello, {}!", "world");
    minrt::println!("{} {} {} {}", 0u8, -1i32, u64::MAX, i64::MIN);
    minrt::println!("[{:>5}] [{:<5}] [{:^5}] [{:05}] [{:+}]", 42, 42, 42, -42, 7);
    minrt::println!("[{:x}] [{:#x}] [{:08x}] [{:#010X}] [{:b}] [{:o}]", 255, 255, 0xbeef, 0xbeef, 5, 8);
    minrt::println!("[{:>8}] [{:<8}] [{:.3}] [{}]", "right", "left", "truncated", 'c');
    minrt::println!("{:?} {:?} {:?}", "quoted\n", Some(1), Point { x: 1, y: -2 });
    minrt::println!("{:#?}", Point { x: 3, y: 4 });
    minrt::print!("no newline, ");
    minrt::println!();
    // Longer than the macros' 256-byte buffer: written in pieces, whole.
    minrt::println!("{:=>300}", "|");
    let _ = writeln!(minrt::stdout(), "write! to stdout: {}", 1);
    minrt::eprintln!("to stderr: {}", n);
    minrt::eprint!("eprint ");
    let _ = writeln!(minrt::stderr(), "{:?}", [1, 2]);
    0
}
