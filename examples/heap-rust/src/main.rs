//! The heap on a chip (Cortex-M only): Vec, String and Box through the
//! glue crate's global allocator, within a few KiB of RAM. Prints what it
//! built, frees everything, and builds it again to show the space is
//! reused.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

minrt::main!(run);

fn build(round: u64) -> u64 {
    let mut v: Vec<u32> = Vec::new();
    for i in 0..500 {
        v.push(i * i);
    }
    v.retain(|x| x % 3 == 0);
    let mut s = String::new();
    for w in ["heap", "on", "a", "chip"] {
        s.push_str(w);
        s.push(' ');
    }
    let b = Box::new([7u8; 100]);
    let sum: u64 = v.iter().map(|&x| x as u64).sum::<u64>() + s.len() as u64 + b.iter().map(|&x| x as u64).sum::<u64>();
    minrt::stdout().str("round ").u64(round).str(": ").u64(v.len() as u64).str(" squares, \"").str(s.trim_end()).str("\", sum ").u64(sum).nl();
    sum
}

fn run() -> i32 {
    let a = build(1);
    let b = build(2);
    (a != b) as i32
}
