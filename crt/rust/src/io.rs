//! Reading input: a whole stream into a `Vec` ([`read_to_end`]) or
//! standard input a line at a time ([`stdin`]). What needs a `Vec` needs
//! the `alloc` feature.
//!
//! End of input is `Ok(0)`, errors are [`Errno`] values; nothing here panics.

use crate::Errno;
#[cfg(feature = "alloc")]
use crate::sys;
#[cfg(feature = "alloc")]
use alloc_crate::vec::Vec;

/// Reads fd until end of input, appending to `buf`; the bytes read. On an
/// error, what was read before it stays in `buf`.
#[cfg(feature = "alloc")]
pub fn read_to_end(fd: i32, buf: &mut Vec<u8>) -> Result<usize, Errno> {
    let start = buf.len();
    loop {
        // Grow by doubling (at least 4 KiB), so a large input costs
        // O(log n) reallocations and each read asks for plenty.
        if buf.capacity() - buf.len() < 512 {
            buf.reserve(if buf.capacity() < 4096 { 4096 } else { buf.capacity() });
        }
        let spare = buf.capacity() - buf.len();
        // Into the uninitialised tail directly: the bytes count only once
        // read() says they are there.
        let r = unsafe { sys::minrt_read(fd, buf.as_mut_ptr().add(buf.len()), spare) };
        match crate::result(r) {
            Ok(0) => return Ok(buf.len() - start),
            Ok(n) => unsafe { buf.set_len(buf.len() + n) },
            Err(e) => return Err(e),
        }
    }
}

/// Standard input with a buffer, for reading lines. All `Stdin` values
/// share one 1 KiB buffer (a static: minrt programs are single-threaded),
/// so input read ahead by one is seen by the next.
pub struct Stdin(());

/// Standard input (fd 0).
pub fn stdin() -> Stdin {
    Stdin(())
}

static mut BUF: [u8; 1024] = [0; 1024];
static mut START: usize = 0;
static mut END: usize = 0;

impl Stdin {
    /// The bytes read ahead and not yet consumed (refilled when empty).
    fn fill(&mut self) -> Result<&'static [u8], Errno> {
        unsafe {
            if START >= END {
                START = 0;
                END = 0;
                END = crate::read(0, &mut *core::ptr::addr_of_mut!(BUF))?;
            }
            let buf = &*core::ptr::addr_of!(BUF);
            Ok(buf.get(START..END).unwrap_or(&[]))
        }
    }

    fn consume(&mut self, n: usize) {
        unsafe { START += n }
    }

    /// Reads what is buffered, or else one read(2) worth; 0 at end of input.
    pub fn read(&mut self, out: &mut [u8]) -> Result<usize, Errno> {
        let have = self.fill()?;
        let n = if have.len() < out.len() { have.len() } else { out.len() };
        // Not copy_from_slice: its length check's panic would link core::fmt.
        unsafe { core::ptr::copy_nonoverlapping(have.as_ptr(), out.as_mut_ptr(), n) };
        self.consume(n);
        Ok(n)
    }

    /// Appends the next line, with its `\n` if it has one, to `line`; the
    /// bytes appended, 0 at end of input. Bytes, not a String: input need
    /// not be UTF-8 (`core::str::from_utf8` checks it if you want).
    #[cfg(feature = "alloc")]
    pub fn read_line(&mut self, line: &mut Vec<u8>) -> Result<usize, Errno> {
        let start = line.len();
        loop {
            let have = self.fill()?;
            if have.is_empty() {
                return Ok(line.len() - start);
            }
            match have.iter().position(|&b| b == b'\n') {
                Some(i) => {
                    line.extend_from_slice(have.get(..=i).unwrap_or(have));
                    self.consume(i + 1);
                    return Ok(line.len() - start);
                }
                None => {
                    line.extend_from_slice(have);
                    self.consume(have.len());
                }
            }
        }
    }

    /// Appends the rest of standard input to `buf`; the bytes appended.
    #[cfg(feature = "alloc")]
    pub fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize, Errno> {
        let ahead = unsafe { END - START };
        if ahead > 0 {
            let have = self.fill()?;
            buf.extend_from_slice(have);
            self.consume(have.len());
        }
        Ok(ahead + read_to_end(0, buf)?)
    }
}
