//! Command-line arguments and environment, as byte strings: neither needs
//! to be UTF-8 (a file name on Linux is any bytes but NUL and '/').

use crate::sys;

// Written once by main!'s `main` before the program runs, read after.
static mut ARGC: usize = 0;
static mut ARGV: *const *const u8 = core::ptr::null();
static mut ENVP: *const *const u8 = core::ptr::null();

#[doc(hidden)]
pub unsafe fn __set_args(argc: i32, argv: *const *const u8, envp: *const *const u8) {
    ARGC = if argc < 0 { 0 } else { argc as usize };
    ARGV = argv;
    ENVP = envp;
}

unsafe fn c_bytes(p: *const u8) -> &'static [u8] {
    core::slice::from_raw_parts(p, sys::strlen(p))
}

/// The program's arguments, argv[0] first.
pub fn args() -> Args {
    // Windows: the entry passes none (see __program); build them on first use.
    #[cfg(windows)]
    unsafe {
        if ARGC == 0 {
            let mut argc = 0;
            ARGV = sys::__minrt_args(&mut argc);
            ARGC = argc as usize;
        }
    }
    unsafe { Args { next: 0, len: ARGC, argv: ARGV } }
}

/// An iterator over the arguments, each without its NUL.
pub struct Args {
    next: usize,
    len: usize,
    argv: *const *const u8,
}

impl Iterator for Args {
    type Item = &'static [u8];

    fn next(&mut self) -> Option<&'static [u8]> {
        if self.next >= self.len {
            return None;
        }
        self.next += 1;
        Some(unsafe { c_bytes(*self.argv.add(self.next - 1)) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Args {}

/// The value of environment variable `name`, or None.
#[cfg(not(windows))]
pub fn var(name: &[u8]) -> Option<&'static [u8]> {
    let mut e = unsafe { ENVP };
    if e.is_null() {
        return None;
    }
    unsafe {
        while !(*e).is_null() {
            let entry = c_bytes(*e);
            if entry.len() > name.len() && entry[name.len()] == b'=' && &entry[..name.len()] == name {
                return Some(&entry[name.len() + 1..]);
            }
            e = e.add(1);
        }
    }
    None
}

/// The value of environment variable `name` (converted to UTF-8), or None.
/// Names longer than 255 bytes are never found.
#[cfg(windows)]
pub fn var(name: &[u8]) -> Option<&'static [u8]> {
    let mut buf = [0u8; 256];
    if name.len() >= buf.len() || name.contains(&0) {
        return None;
    }
    buf[..name.len()].copy_from_slice(name);
    let p = unsafe { sys::minrt_getenv(buf.as_ptr()) };
    if p.is_null() {
        None
    } else {
        Some(unsafe { c_bytes(p) })
    }
}
