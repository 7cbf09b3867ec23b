//! The `alloc` feature: minrt's heap (crt/common/alloc.c) as Rust's global
//! allocator, so `alloc::{vec::Vec, string::String, boxed::Box,
//! collections::BTreeMap}` work in a `#![no_std]` program.
//!
//! Out of memory prints `memory allocation of N bytes failed` on stderr and
//! aborts, as std does. That happens right here, when the C allocator
//! returns NULL, because the standard route differs by compiler: rustc 1.63
//! requires an `#[alloc_error_handler]` (unstable), and current stable's
//! default handler panics, which would exit 101 instead. The price: a
//! `try_reserve` that cannot be met aborts rather than returning `Err`.

use crate::sys;
use core::alloc::{GlobalAlloc, Layout};
use core::ptr;

/// What `minrt_malloc` guarantees: two words (16 bytes on 64-bit, 8 on 32-bit).
const MIN_ALIGN: usize = 2 * core::mem::size_of::<usize>();

struct Minrt;

#[global_allocator]
static HEAP: Minrt = Minrt;

#[cold]
#[inline(never)]
fn out_of_memory(size: usize) -> ! {
    const PRE: &[u8] = b"memory allocation of ";
    const POST: &[u8] = b" bytes failed\n";
    // One write, so the line is not interleaved with other output.
    let mut buf = [0u8; 64];
    unsafe {
        let p = buf.as_mut_ptr();
        ptr::copy_nonoverlapping(PRE.as_ptr(), p, PRE.len());
        let mut n = PRE.len();
        n += sys::minrt_fmt_u64(p.add(n), size as u64);
        ptr::copy_nonoverlapping(POST.as_ptr(), p.add(n), POST.len());
        n += POST.len();
        sys::minrt_write_all(2, p, n);
        sys::minrt_abort()
    }
}

fn nonnull(p: *mut u8, size: usize) -> *mut u8 {
    if p.is_null() {
        out_of_memory(size)
    }
    p
}

unsafe impl GlobalAlloc for Minrt {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let p = if l.align() <= MIN_ALIGN {
            sys::minrt_malloc(l.size())
        } else {
            sys::minrt_aligned_alloc(l.align(), l.size())
        };
        nonnull(p, l.size())
    }

    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        if l.align() <= MIN_ALIGN {
            return nonnull(sys::minrt_calloc(1, l.size()), l.size());
        }
        let p = self.alloc(l);
        ptr::write_bytes(p, 0, l.size());
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, _l: Layout) {
        sys::minrt_free(p)
    }

    unsafe fn realloc(&self, p: *mut u8, l: Layout, size: usize) -> *mut u8 {
        if l.align() <= MIN_ALIGN {
            return nonnull(sys::minrt_realloc(p, size), size);
        }
        // minrt_realloc keeps only the default alignment: move by hand.
        let q = self.alloc(Layout::from_size_align_unchecked(size, l.align()));
        ptr::copy_nonoverlapping(p, q, if size < l.size() { size } else { l.size() });
        sys::minrt_free(p);
        q
    }
}

/// rustc before 1.68 needs this in a no_std program that uses `alloc`;
/// build.rs sets the cfg (and the crate root enables the feature).
#[cfg(minrt_alloc_error_handler)]
#[alloc_error_handler]
fn alloc_error(l: Layout) -> ! {
    out_of_memory(l.size())
}
