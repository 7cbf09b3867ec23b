//! Works the heap through Rust's `alloc` collections: a BTreeMap of
//! 100,000 entries, a sort of 1,000,000 integers, Strings built, sorted
//! and compared. Everything is freed again; the program prints
//! `checksum 0x<hex>` from all the results, which the tests check.
//!
//! With the argument `oom` it asks for more memory than there can be,
//! which must print `memory allocation of N bytes failed` and abort.
#![no_std]
#![no_main]

extern crate alloc;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

minrt::main!(run);

/// xorshift64*: the same numbers on every target.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn mix(sum: u64, v: u64) -> u64 {
    sum.wrapping_mul(0x100_0000_01b3) ^ v
}

fn map(rng: &mut Rng, mut sum: u64) -> u64 {
    let mut m = BTreeMap::new();
    for i in 0..100_000u64 {
        m.insert(rng.next() % 10_000_000, i);
    }
    // Remove every key divisible by 3, then walk what is left in order.
    let gone: Vec<u64> = m.keys().filter(|k| *k % 3 == 0).copied().collect();
    for k in &gone {
        m.remove(k);
    }
    for (k, v) in &m {
        sum = mix(sum, k ^ v);
    }
    mix(sum, m.len() as u64)
}

fn sort(rng: &mut Rng, sum: u64) -> u64 {
    let mut v: Vec<u32> = (0..1_000_000).map(|_| rng.next() as u32).collect();
    v.sort_unstable();
    if v.windows(2).any(|w| w[0] > w[1]) {
        minrt::eprintln("alloc-rust: not sorted");
        minrt::exit(1);
    }
    mix(mix(mix(sum, v[0] as u64), v[500_000] as u64), v[999_999] as u64)
}

fn strings(rng: &mut Rng, mut sum: u64) -> u64 {
    let mut all: Vec<String> = Vec::new();
    for _ in 0..20_000 {
        let mut s = String::new();
        for _ in 0..rng.next() % 40 {
            s.push((b'a' + (rng.next() % 4) as u8) as char);
        }
        all.push(s);
    }
    all.sort();
    let mut joined = String::new();
    let mut equal = 0u64;
    for w in all.windows(2) {
        equal += (w[0] == w[1]) as u64;
        joined.push_str(&w[0]);
    }
    // Shrink and grow: the heap's realloc both ways.
    joined.truncate(joined.len() / 2);
    joined.shrink_to_fit();
    joined.push_str("end");
    for b in joined.bytes() {
        sum = mix(sum, b as u64);
    }
    mix(mix(sum, equal), joined.len() as u64)
}

fn run() -> i32 {
    if minrt::args().nth(1) == Some(&b"oom"[..]) {
        // Fits a Layout, but no system has it: alloc must fail.
        let v: Vec<u8> = Vec::with_capacity(usize::MAX / 4);
        // Let the pointer escape, so the allocation cannot be optimised out.
        let _ = minrt::write(1, unsafe { core::slice::from_raw_parts(v.as_ptr(), 0) });
        return 1;
    }
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut sum = map(&mut rng, 0xcbf2_9ce4_8422_2325);
    sum = sort(&mut rng, sum);
    sum = strings(&mut rng, sum);
    minrt::stdout().str("checksum ").hex(sum).nl();
    0
}
