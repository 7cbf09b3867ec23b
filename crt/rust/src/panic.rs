//! The panic handler: "panicked at FILE:LINE:COL:" and the message on
//! stderr, then exit status 101, all done by the C runtime's minrt_panic_n
//! so C and Rust panics look and end the same.
//!
//! Without the `panic-message` feature no core::fmt code is linked: a
//! message that is a plain string literal is still printed when the
//! compiler can hand it over unformatted (rustc >= 1.81), and otherwise
//! only the location is. With the feature, the message is formatted.

use crate::sys;
use core::panic::PanicInfo;

fn location<'a>(info: &'a PanicInfo) -> (&'a str, u32, u32) {
    match info.location() {
        Some(l) => (l.file(), l.line(), l.column()),
        None => ("<unknown>", 0, 0),
    }
}

#[cfg(not(feature = "panic-message"))]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    let (file, line, col) = location(info);
    let msg = literal(info);
    let (mp, ml) = match msg {
        Some(m) => (m.as_ptr(), m.len()),
        None => (core::ptr::null(), 0),
    };
    unsafe { sys::minrt_panic_n(file.as_ptr(), file.len(), line, col, mp, ml) }
}

#[cfg(all(not(feature = "panic-message"), minrt_panic_message))]
fn literal(info: &PanicInfo) -> Option<&'static str> {
    info.message().as_str()
}

#[cfg(all(not(feature = "panic-message"), not(minrt_panic_message)))]
fn literal(_info: &PanicInfo) -> Option<&'static str> {
    None
}

#[cfg(feature = "panic-message")]
struct Stderr;

#[cfg(feature = "panic-message")]
impl core::fmt::Write for Stderr {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        crate::write_all(2, s.as_bytes()).map_err(|_| core::fmt::Error)
    }
}

#[cfg(all(feature = "panic-message", minrt_panic_message))]
fn message(info: &PanicInfo) {
    use core::fmt::Write;
    let _ = writeln!(Stderr, "{}", info.message());
}

#[cfg(all(feature = "panic-message", not(minrt_panic_message)))]
fn message(info: &PanicInfo) {
    use core::fmt::Write;
    if let Some(m) = info.message() {
        let _ = Stderr.write_fmt(*m);
        let _ = Stderr.write_str("\n");
    }
}

/// Best effort while panicking: a failed write to stderr cannot be reported.
#[cfg(feature = "panic-message")]
fn put(b: &[u8]) {
    let _ = crate::write_all(2, b);
}

#[cfg(feature = "panic-message")]
fn put_u64(v: u64) {
    let mut buf = [0u8; 20];
    let n = unsafe { sys::minrt_fmt_u64(buf.as_mut_ptr(), v) };
    put(buf.get(..n).unwrap_or(&buf));
}

#[cfg(feature = "panic-message")]
#[panic_handler]
fn panic(info: &PanicInfo) -> ! {
    // A second panic from inside the message's Display aborts here.
    unsafe { sys::minrt_panic_begin() };
    let (file, line, col) = location(info);
    put(b"panicked at ");
    put(file.as_bytes());
    put(b":");
    put_u64(line as u64);
    put(b":");
    put_u64(col as u64);
    put(b":\n");
    message(info);
    crate::exit(101)
}
