//! Prints "Hello, world!"; exits 1 if stdout fails (closed, full).
#![no_std]
#![no_main]

minrt::main!(run);

fn run() -> i32 {
    minrt::write(1, b"Hello, world!\n").is_err() as i32
}
