//! Printing, two ways.
//!
//! - std's macros, [`print!`](crate::print!), [`println!`](crate::println!),
//!   [`eprint!`](crate::eprint!) and [`eprintln!`](crate::eprintln!), with
//!   std's format strings (core::fmt underneath: about 3 KB of code the
//!   first time a program uses them). Each call formats into a 256-byte
//!   buffer on the stack and writes it out when full and at the end, so a
//!   line usually leaves in one write (whole, between other writers to a
//!   shared terminal or pipe) and nothing is held back after the call.
//!   [`Printer`] implements `core::fmt::Write`, so `write!` and `writeln!`
//!   work on [`stdout()`] and [`stderr()`] too, unbuffered.
//! - [`Printer`]'s own methods, which never touch core::fmt: strings,
//!   bytes and integers, with a width, zero padding and alignment (`{:>5}`,
//!   `{:05}`, `{:<8}`, `{:#010x}`, `{:08x}`). Each item is one write.
//!
//! A failed write (stdout closed, a full disk, a reader gone) is reported
//! as std's `println!` reports it: a panic, "failed printing to stdout: os
//! error N" (N the errno: 9 EBADF, 28 ENOSPC, ...), exit status 101. The
//! macros, `print`/`println`/`eprint`/`eprintln` and Printer's methods all
//! do that; `write!(minrt::stdout(), ...)` and [`crate::write_all`] return
//! the error instead, for a program that wants to handle it.

use crate::sys;
use core::fmt;
use core::panic::Location;

/// Prints to a file descriptor: `minrt::stdout().str("n = ").u64(42).nl();`
/// A width or zero padding set by [`width`](Printer::width),
/// [`left`](Printer::left) or [`zeros`](Printer::zeros) applies to the next
/// item only.
#[derive(Clone, Copy)]
pub struct Printer {
    pub fd: i32,
    // Eight bytes in all, so a Printer travels in one register.
    width: u16,
    zeros: u8,
    left: bool,
}

/// A printer to standard output.
pub fn stdout() -> Printer {
    Printer::new(1)
}

/// A printer to standard error.
pub fn stderr() -> Printer {
    Printer::new(2)
}

/// Reports a failed write to fd the way std does, without core::fmt.
#[cold]
#[inline(never)]
fn failed(fd: i32, e: crate::Errno) -> ! {
    let what: &[u8] = if fd == 2 { b"failed printing to stderr: os error " } else { b"failed printing to stdout: os error " };
    let mut msg = [0u8; 64];
    let n = what.len();
    // Raw copies here and in Buffered: copy_from_slice's length-mismatch
    // panic formats both lengths, which would link core::fmt's integer
    // printing into every program that prints (about 1 KB).
    let k = unsafe {
        core::ptr::copy_nonoverlapping(what.as_ptr(), msg.as_mut_ptr(), n);
        sys::minrt_fmt_u64(msg.as_mut_ptr().add(n), e.0 as u64)
    };
    panic_str(msg.get(..n + k).unwrap_or(&msg))
}

/// A panic with a plain message at the caller's location, through the
/// runtime (no core::fmt).
#[cold]
pub(crate) fn panic_str(msg: &[u8]) -> ! {
    let l = Location::caller();
    let f = l.file();
    unsafe { sys::minrt_panic_n(f.as_ptr(), f.len(), l.line(), l.column(), msg.as_ptr(), msg.len()) }
}

const SPACES: [u8; 16] = [b' '; 16];
const ZEROS: [u8; 16] = [b'0'; 16];

impl Printer {
    /// A printer to any file descriptor (a [`crate::fs::File`]'s, say).
    pub const fn new(fd: i32) -> Printer {
        Printer { fd, width: 0, zeros: 0, left: false }
    }

    /// The next item is right-aligned in `n` columns (`{:>n}`; numbers' default).
    pub fn width(mut self, n: u16) -> Self {
        self.width = n;
        self.left = false;
        self
    }

    /// The next item is left-aligned in `n` columns (`{:<n}`).
    pub fn left(mut self, n: u16) -> Self {
        self.width = n;
        self.left = true;
        self
    }

    /// The next number is padded with zeros to `n` columns, after its sign
    /// or `0x` (`{:0n}`, `{:#0nx}`).
    pub fn zeros(mut self, n: u8) -> Self {
        self.zeros = n;
        self
    }

    fn put(self, b: &[u8]) {
        if let Err(e) = crate::write_all(self.fd, b) {
            failed(self.fd, e)
        }
    }

    fn fill(self, chunk: &[u8; 16], mut n: usize) {
        while n > 0 {
            let k = if n < 16 { n } else { 16 };
            self.put(chunk.get(..k).unwrap_or(chunk));
            n -= k;
        }
    }

    /// Writes `pre` (a sign or "0x"), the zero padding, then `body`, within
    /// the width; resets the pending width and padding.
    fn item(self, pre: &[u8], body: &[u8]) -> Self {
        let len = pre.len() + body.len();
        let zeros = (self.zeros as usize).saturating_sub(len);
        let pad = (self.width as usize).saturating_sub(len + zeros);
        if !self.left {
            self.fill(&SPACES, pad);
        }
        if !pre.is_empty() {
            self.put(pre);
        }
        self.fill(&ZEROS, zeros);
        self.put(body);
        if self.left {
            self.fill(&SPACES, pad);
        }
        Printer::new(self.fd)
    }

    /// Splits the first n bytes the C formatter wrote into its sign or
    /// prefix and its digits. get(), not `&buf[..n]`: the compiler cannot
    /// see that the formatter stays within buf, and a bounds check's panic
    /// would link core::fmt (its message formats the index).
    fn number(self, buf: &[u8], n: usize, pre: usize) -> Self {
        let s = buf.get(..n).unwrap_or(buf);
        let (p, d) = if pre <= s.len() { s.split_at(pre) } else { (&[][..], s) };
        self.item(p, d)
    }

    pub fn bytes(self, b: &[u8]) -> Self {
        self.item(&[], b)
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
        self.number(&buf, n, 0)
    }

    pub fn i64(self, v: i64) -> Self {
        let mut buf = [0u8; 20];
        let n = unsafe { sys::minrt_fmt_i64(buf.as_mut_ptr(), v) };
        self.number(&buf, n, (v < 0) as usize)
    }

    /// `0x` and lowercase hex digits, no leading zeros (`{:#x}`).
    pub fn hex(self, v: u64) -> Self {
        let mut buf = [0u8; 18];
        let n = unsafe { sys::minrt_fmt_hex(buf.as_mut_ptr(), v) };
        self.number(&buf, n, 2)
    }

    /// Lowercase hex digits without `0x` (`{:x}`).
    pub fn lower_hex(self, v: u64) -> Self {
        let mut buf = [0u8; 18];
        let n = unsafe { sys::minrt_fmt_hex(buf.as_mut_ptr(), v) };
        let s = buf.get(2..n).unwrap_or(&buf);
        self.item(&[], s)
    }
}

/// `write!(minrt::stdout(), ...)`: each piece is one write; a failed one
/// is `fmt::Error` (the errno is not kept: use [`crate::write_all`] to see it).
impl fmt::Write for Printer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        crate::write_all(self.fd, s.as_bytes()).map_err(|_| fmt::Error)
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

/// The macros' buffer: fills, then writes; the first error is kept.
struct Buffered {
    fd: i32,
    len: usize,
    err: Option<crate::Errno>,
    buf: [u8; 256],
}

impl Buffered {
    fn flush(&mut self) {
        if self.err.is_none() && self.len > 0 {
            let b = self.buf.get(..self.len).unwrap_or(&self.buf);
            self.err = crate::write_all(self.fd, b).err();
        }
        self.len = 0;
    }
}

impl fmt::Write for Buffered {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let mut s = s.as_bytes();
        while !s.is_empty() {
            let room = self.buf.len() - self.len;
            let k = if s.len() < room { s.len() } else { room };
            unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), self.buf.as_mut_ptr().add(self.len), k) };
            self.len += k;
            s = s.get(k..).unwrap_or(&[]);
            if self.len == self.buf.len() {
                self.flush();
            }
        }
        match self.err {
            Some(_) => Err(fmt::Error),
            None => Ok(()),
        }
    }
}

/// What the printing macros call: formats `args` (and a newline if `nl`)
/// to fd, panicking as std does if the output fails.
#[doc(hidden)]
pub fn __print(fd: i32, args: fmt::Arguments, nl: bool) {
    use fmt::Write;
    let mut w = Buffered { fd, len: 0, err: None, buf: [0; 256] };
    let r = w.write_fmt(args);
    if nl {
        let _ = w.write_str("\n");
    }
    w.flush();
    if let Some(e) = w.err {
        failed(fd, e)
    }
    if r.is_err() {
        // Every write succeeded, so a Display impl returned the error.
        panic_str(b"a formatting trait implementation returned an error")
    }
}

/// Prints to standard output with std's format syntax: `print!("{} {:>4}", a, b)`.
#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => {
        $crate::__print(1, ::core::format_args!($($arg)*), false)
    };
}

/// [`print!`](crate::print!) and a newline.
#[macro_export]
macro_rules! println {
    () => {
        $crate::__print(1, ::core::format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::__print(1, ::core::format_args!($($arg)*), true)
    };
}

/// [`print!`](crate::print!) to standard error.
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {
        $crate::__print(2, ::core::format_args!($($arg)*), false)
    };
}

/// [`println!`](crate::println!) to standard error.
#[macro_export]
macro_rules! eprintln {
    () => {
        $crate::__print(2, ::core::format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::__print(2, ::core::format_args!($($arg)*), true)
    };
}
