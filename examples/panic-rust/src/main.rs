//! Panics with a formatted message: exit status 101, the message on stderr.
#![no_std]
#![no_main]

minrt::main!(run);

fn run() -> i32 {
    let n = minrt::args().len();
    if n < 100 {
        panic!("boom: {} argument(s)", n);
    }
    0
}
