//! Files: [`File::open`] to read, [`File::create`] to write (created or
//! truncated), [`File::append`]; dropping a `File` closes it. Paths are
//! bytes (UTF-8 on Windows, where they are converted to UTF-16); on
//! Cortex-M they name files on the debugger's host, over semihosting.
//!
//! Errors are [`Errno`] values with Linux's numbers on every target:
//! `Errno::ENOENT` for a file that is not there, `Errno::EACCES`, ...

use crate::{sys, Errno};
#[cfg(feature = "alloc")]
use alloc_crate::vec::Vec;

/// The longest path taken, NUL included (it is copied to the stack to
/// add the NUL the C API wants). Linux's PATH_MAX; less on firmware, whose
/// stacks are small.
#[cfg(not(target_os = "none"))]
const PATH_MAX: usize = 4096;
#[cfg(target_os = "none")]
const PATH_MAX: usize = 256;

/// An open file; closed when dropped.
pub struct File {
    fd: i32,
}

impl File {
    fn open_mode(path: &[u8], mode: i32) -> Result<File, Errno> {
        let mut c = [0u8; PATH_MAX];
        if path.contains(&0) {
            return Err(Errno::EINVAL);
        }
        if path.len() >= PATH_MAX {
            return Err(Errno::ENAMETOOLONG);
        }
        // Not copy_from_slice: its length check's panic would link core::fmt.
        unsafe { core::ptr::copy_nonoverlapping(path.as_ptr(), c.as_mut_ptr(), path.len()) };
        let fd = crate::result(unsafe { sys::minrt_open(c.as_ptr(), mode) })?;
        Ok(File { fd: fd as i32 })
    }

    /// Opens a file to read.
    pub fn open<P: AsRef<[u8]>>(path: P) -> Result<File, Errno> {
        File::open_mode(path.as_ref(), sys::OPEN_READ)
    }

    /// Opens a file to write, creating it or emptying it.
    pub fn create<P: AsRef<[u8]>>(path: P) -> Result<File, Errno> {
        File::open_mode(path.as_ref(), sys::OPEN_WRITE)
    }

    /// Opens a file to write at its end, creating it if need be.
    pub fn append<P: AsRef<[u8]>>(path: P) -> Result<File, Errno> {
        File::open_mode(path.as_ref(), sys::OPEN_APPEND)
    }

    /// Reads up to `buf.len()` bytes; 0 at the end of the file.
    pub fn read(&mut self, buf: &mut [u8]) -> Result<usize, Errno> {
        crate::read(self.fd, buf)
    }

    /// Writes up to `buf.len()` bytes; the count written.
    pub fn write(&mut self, buf: &[u8]) -> Result<usize, Errno> {
        crate::write(self.fd, buf)
    }

    /// Writes all of `buf`.
    pub fn write_all(&mut self, buf: &[u8]) -> Result<(), Errno> {
        crate::write_all(self.fd, buf)
    }

    /// Reads to the end of the file, appending to `buf`; the bytes read.
    #[cfg(feature = "alloc")]
    pub fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize, Errno> {
        crate::io::read_to_end(self.fd, buf)
    }

    /// The descriptor, for [`crate::Printer::new`] or the C API.
    pub fn fd(&self) -> i32 {
        self.fd
    }

    /// Closes the file, reporting the error that dropping it would ignore.
    pub fn close(self) -> Result<(), Errno> {
        let fd = self.fd;
        core::mem::forget(self);
        crate::result(unsafe { sys::minrt_close(fd) }).map(|_| ())
    }
}

impl Drop for File {
    fn drop(&mut self) {
        unsafe { sys::minrt_close(self.fd) };
    }
}

/// `write!(file, ...)`; a failed write is `fmt::Error`.
impl core::fmt::Write for File {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.write_all(s.as_bytes()).map_err(|_| core::fmt::Error)
    }
}
