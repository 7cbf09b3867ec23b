#![no_std]
#![no_main]

minrt::main!(run);

fn run() -> i32 {
    minrt::println("Hello, world!");
    0
}
