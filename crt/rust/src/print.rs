//! A printer for strings, bytes and integers that does not use core::fmt.
//! Output is unbuffered: each call is one write to the file descriptor.
//! Errors are ignored here, as `print!` would panic instead; use
//! [`crate::write_all`] where a failed write must change the outcome.

use crate::sys;

/// Prints to a file descriptor: `minrt::stdout().str("n = ").u64(42).nl();`
#[derive(Clone, Copy)]
pub struct Printer {
    pub fd: i32,
}

/// A printer to standard output.
pub fn stdout() -> Printer {
    Printer { fd: 1 }
}

/// A printer to standard error.
pub fn stderr() -> Printer {
    Printer { fd: 2 }
}

impl Printer {
    pub fn bytes(self, b: &[u8]) -> Self {
        let _ = crate::write_all(self.fd, b);
        self
    }

    pub fn str(self, s: &str) -> Self {
        self.bytes(s.as_bytes())
    }

    pub fn nl(self) -> Self {
        self.bytes(b"\n")
    }

    pub fn u64(self, v: u64) -> Self {
        let mut buf = [0u8; 20];
        let n = unsafe { sys::minrt_fmt_u64(buf.as_mut_ptr(), v) };
        self.first(&buf, n)
    }

    pub fn i64(self, v: i64) -> Self {
        let mut buf = [0u8; 20];
        let n = unsafe { sys::minrt_fmt_i64(buf.as_mut_ptr(), v) };
        self.first(&buf, n)
    }

    /// `0x` and lowercase hex digits, no leading zeros.
    pub fn hex(self, v: u64) -> Self {
        let mut buf = [0u8; 18];
        let n = unsafe { sys::minrt_fmt_hex(buf.as_mut_ptr(), v) };
        self.first(&buf, n)
    }

    /// The first n bytes the formatter wrote. Not `&buf[..n]`: the compiler
    /// cannot see that the C formatter stays within buf, and the bounds
    /// check's panic would link core::fmt (its message formats the index),
    /// about a kilobyte. get() cannot panic.
    fn first(self, buf: &[u8], n: usize) -> Self {
        self.bytes(buf.get(..n).unwrap_or(buf))
    }
}

pub fn print(s: &str) {
    stdout().str(s);
}

pub fn println(s: &str) {
    stdout().str(s).nl();
}

pub fn eprint(s: &str) {
    stderr().str(s);
}

pub fn eprintln(s: &str) {
    stderr().str(s).nl();
}
