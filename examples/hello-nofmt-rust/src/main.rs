//! The same formatted hello through the printer, which links no core::fmt.
//! A failed write (stdout closed or full) panics as std's println! does.
#![no_std]
#![no_main]

minrt::main!(run);

fn run() {
    minrt::stdout().str("Hello, ").str("world").str("!\n");
}
