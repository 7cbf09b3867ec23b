//! minrt::time and minrt::random: the clock runs forward, and random bytes
//! come out different each time (or, where the target has no generator,
//! the error says so).
#![no_std]
#![no_main]

use minrt::time::Instant;

minrt::main!(run);

fn run() -> i32 {
    let t0 = Instant::now();
    // Wait until the clock has moved 2 ms; a clock that stands still ends
    // the loop at the bound instead, and the check below fails.
    let mut spins = 0u64;
    while t0.elapsed().as_micros() < 2000 && spins < 100_000_000 {
        spins += 1;
    }
    let d = t0.elapsed();
    let t1 = Instant::now();
    minrt::println!("clock: monotonic {}, 2 ms passed {}", t1 >= t0, d.as_micros() >= 2000);

    let (mut a, mut b) = ([0u8; 32], [0u8; 32]);
    match (minrt::random::fill(&mut a), minrt::random::fill(&mut b)) {
        (Ok(()), Ok(())) => minrt::println!("random: two fills differ {}", a != b),
        (Err(e), _) | (_, Err(e)) => minrt::println!("random: {:?}", e),
    }
    // An empty buffer is no error.
    minrt::println!("random: empty {:?}", minrt::random::fill(&mut []).is_ok());
    0
}
