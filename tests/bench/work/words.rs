//! Rust workloads for make bench, no_std + alloc, over whatever malloc the
//! C driver (rust-main.c) is linked with: minrt's (libminrt-stdmalloc),
//! glibc's or musl's. bench_run(kind, kib) returns a checksum:
//!   0 hashmap: word counts in an open-addressing table of Vec<u8> keys
//!   1 btree:   the same counts in a BTreeMap<Vec<u8>, u64>
//!   2 format:  a format!-heavy report of counts, grown into one String
#![no_std]
extern crate alloc;

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use core::alloc::{GlobalAlloc, Layout};
use core::fmt::Write;

extern "C" {
    fn malloc(n: usize) -> *mut u8;
    fn free(p: *mut u8);
    fn realloc(p: *mut u8, n: usize) -> *mut u8;
    fn aligned_alloc(align: usize, n: usize) -> *mut u8;
    fn abort() -> !;
}

struct Malloc;
unsafe impl GlobalAlloc for Malloc {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if l.align() <= 16 { malloc(l.size()) } else { aligned_alloc(l.align(), (l.size() + l.align() - 1) & !(l.align() - 1)) }
    }
    unsafe fn dealloc(&self, p: *mut u8, _: Layout) {
        free(p)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        if l.align() <= 16 {
            realloc(p, n)
        } else {
            let q = self.alloc(Layout::from_size_align_unchecked(n, l.align()));
            if !q.is_null() {
                core::ptr::copy_nonoverlapping(p, q, core::cmp::min(n, l.size()));
                free(p);
            }
            q
        }
    }
}
#[global_allocator]
static A: Malloc = Malloc;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    unsafe { abort() }
}

/// The same generator as bench.h's, so text is alike across workloads.
fn text(n: usize, vocab: u64) -> Vec<u8> {
    let mut s: u64 = 88172645463325252;
    let mut t = Vec::new();
    while t.len() < n {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let w = (s % vocab) * ((s >> 32) % vocab) / vocab;
        let len = 2 + w % 9;
        let mut h = w.wrapping_mul(0x9e3779b97f4a7c15);
        for _ in 0..len {
            t.push(b'a' + (h % 26) as u8);
            h >>= 5;
        }
        t.push(if (s >> 20) % 13 != 0 { b' ' } else { b'\n' });
    }
    t
}

fn fnv(w: &[u8]) -> u64 {
    w.iter().fold(14695981039346656037u64, |h, &b| (h ^ b as u64).wrapping_mul(1099511628211))
}

/// Open addressing, linear probing, doubling at 1/2 full: the table grows
/// by realloc-sized steps, as hashbrown's does.
struct Map {
    slots: Vec<(u64, Vec<u8>, u64)>,
    used: usize,
}

impl Map {
    fn add(&mut self, w: &[u8]) {
        if self.used * 2 >= self.slots.len() {
            let old = core::mem::replace(&mut self.slots, Vec::new());
            let cap = core::cmp::max(64, old.len() * 2);
            self.slots.resize_with(cap, || (0, Vec::new(), 0));
            for e in old.into_iter().filter(|e| e.2 != 0) {
                let mut i = e.0 as usize & (cap - 1);
                while self.slots[i].2 != 0 {
                    i = (i + 1) & (cap - 1);
                }
                self.slots[i] = e;
            }
        }
        let h = fnv(w);
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let e = &mut self.slots[i];
            if e.2 == 0 {
                *e = (h, w.to_vec(), 1);
                self.used += 1;
                return;
            }
            if e.0 == h && e.1 == w {
                e.2 += 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

fn words(t: &[u8]) -> impl Iterator<Item = &[u8]> {
    t.split(|&b| b == b' ' || b == b'\n').filter(|w| !w.is_empty())
}

#[no_mangle]
pub extern "C" fn bench_run(kind: u32, kib: usize) -> u64 {
    let t = text(kib << 10, 200000);
    match kind {
        0 => {
            let mut m = Map { slots: Vec::new(), used: 0 };
            for w in words(&t) {
                m.add(w);
            }
            m.slots.iter().fold(m.used as u64, |s, e| s.wrapping_add(e.2 * e.1.len() as u64))
        }
        1 => {
            let mut m: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
            for w in words(&t) {
                match m.get_mut(w) {
                    Some(c) => *c += 1,
                    None => {
                        m.insert(w.to_vec(), 1);
                    }
                }
            }
            m.iter().fold(m.len() as u64, |s, (k, c)| s.wrapping_mul(31).wrapping_add(c * k.len() as u64))
        }
        _ => {
            let mut out = String::new();
            let mut sum = 0u64;
            for (i, w) in words(&t).enumerate() {
                let s = core::str::from_utf8(w).unwrap_or("?");
                let line = alloc::format!("{:>8} {:<12} len={:3} hash={:#018x} ratio={:.3}\n", i, s, w.len(), fnv(w), w.len() as f64 / 7.0);
                sum = sum.wrapping_add(line.len() as u64);
                out.push_str(&line);
                if out.len() > 1 << 22 {
                    sum = sum.wrapping_add(fnv(out.as_bytes()));
                    out = String::new();
                }
            }
            let _ = write!(out, "{}", sum);
            sum.wrapping_add(out.len() as u64)
        }
    }
}
