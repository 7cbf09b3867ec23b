//! The formatted hello through core::fmt: `println!("Hello, {}!", "world")`.
//! A failed write (stdout closed or full) panics as std's println! does.
#![no_std]
#![no_main]

minrt::main!(run);

fn run() {
    minrt::println!("Hello, {}!", "world");
}
