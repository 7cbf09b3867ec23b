//! minrt: the glue between a `#![no_std]` Rust program and the minrt C
//! runtime. It adds no code of its own beyond thin wrappers: output,
//! input, exit and abort go to the C API in `minrt.h`, whose startup code
//! calls the `main` that [`main!`] defines.
//!
//! ```ignore
//! #![no_std]
//! #![no_main]
//! minrt::main!(run);
//! fn run() -> i32 {
//!     minrt::println("Hello, world!");
//!     0
//! }
//! ```
//!
//! Nothing here uses `core::fmt` unless the `panic-message` feature asks
//! for it: numbers are printed by the runtime's own formatter.
//! Builds with rustc 1.63 and current stable.

#![no_std]
#![cfg_attr(
    all(feature = "panic-message", not(minrt_panic_message)),
    feature(panic_info_message)
)]
#![cfg_attr(all(feature = "alloc", minrt_alloc_error_handler), feature(alloc_error_handler))]

// Named apart from the module alloc.rs (the global allocator).
#[cfg(feature = "alloc")]
extern crate alloc as alloc_crate;

pub mod sys;

pub mod fs;
pub mod io;
pub mod random;
pub mod time;

mod args;
mod print;
#[cfg(feature = "panic-handler")]
mod panic;
#[cfg(feature = "alloc")]
mod alloc;

pub use args::{args, var, Args};
pub use print::{eprint, eprintln, print, println, stderr, stdout, Printer};

#[doc(hidden)]
pub use print::__print;

#[doc(hidden)]
pub use args::__set_args;

/// A failed system call: the positive errno value (EBADF is 9, EPIPE 32, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub i32);

impl Errno {
    pub const ENOENT: Errno = Errno(2);
    pub const EIO: Errno = Errno(5);
    pub const EBADF: Errno = Errno(9);
    pub const EACCES: Errno = Errno(13);
    pub const EEXIST: Errno = Errno(17);
    pub const EISDIR: Errno = Errno(21);
    pub const EINVAL: Errno = Errno(22);
    pub const ENOSPC: Errno = Errno(28);
    pub const EPIPE: Errno = Errno(32);
    pub const ENAMETOOLONG: Errno = Errno(36);
    pub const ENOSYS: Errno = Errno(38);
}

fn result(r: sys::CLong) -> Result<usize, Errno> {
    if r < 0 {
        Err(Errno(-(r as i32)))
    } else {
        Ok(r as usize)
    }
}

/// Writes up to `buf.len()` bytes to `fd` (1 stdout, 2 stderr); the count written.
pub fn write(fd: i32, buf: &[u8]) -> Result<usize, Errno> {
    result(unsafe { sys::minrt_write(fd, buf.as_ptr(), buf.len()) })
}

/// Writes all of `buf`, retrying short writes.
pub fn write_all(fd: i32, buf: &[u8]) -> Result<(), Errno> {
    result(unsafe { sys::minrt_write_all(fd, buf.as_ptr(), buf.len()) }).map(|_| ())
}

/// Reads up to `buf.len()` bytes from `fd` (0 stdin); 0 means end of input.
pub fn read(fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
    result(unsafe { sys::minrt_read(fd, buf.as_mut_ptr(), buf.len()) })
}

/// Ends the process with `status`.
pub fn exit(status: i32) -> ! {
    unsafe { sys::minrt_exit(status) }
}

/// Ends the process abnormally (SIGABRT on Linux, 3 on Windows, 134 on Cortex-M).
pub fn abort() -> ! {
    unsafe { sys::minrt_abort() }
}

/// What a program's entry function may return: its exit status.
pub trait Termination {
    fn report(self) -> i32;
}

impl Termination for () {
    fn report(self) -> i32 {
        0
    }
}

impl Termination for i32 {
    fn report(self) -> i32 {
        self
    }
}

impl<E> Termination for Result<(), E> {
    fn report(self) -> i32 {
        match self {
            Ok(()) => 0,
            Err(_) => 1,
        }
    }
}

/// Defines the C `main` that minrt's startup calls, running `$f` (a
/// function returning `()`, `i32` or `Result<(), E>`) as the program.
/// It records argc/argv/envp for [`args`] and [`var`]; with LTO a program
/// that never calls them pays nothing for that.
/// (On Windows it defines the process entry instead: see `__program`.)
#[macro_export]
macro_rules! main {
    ($f:path) => {
        $crate::__program!($f);
    };
}

#[cfg(not(windows))]
#[doc(hidden)]
#[macro_export]
macro_rules! __program {
    ($f:path) => {
        #[no_mangle]
        pub extern "C" fn main(argc: i32, argv: *const *const u8, envp: *const *const u8) -> i32 {
            unsafe { $crate::__set_args(argc, argv, envp) };
            $crate::Termination::report($f())
        }
    };
}

/// Windows: the process entry itself, under the name the layout's linker
/// script gives the entry (`__minrt_start`; `__minrt_start_noargs` with
/// `tiny`), so the runtime's C entry is not linked. No argv is built:
/// [`args`] reads the command line when first called, so a program that
/// never does carries none of that code. Nor is there a C `main`, into
/// which LLVM would put a call to `__main` on this target.
#[cfg(all(windows, not(feature = "tiny")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __program {
    ($f:path) => {
        #[no_mangle]
        pub extern "C" fn __minrt_start() -> ! {
            let status = $crate::Termination::report($f());
            unsafe { $crate::sys::minrt_exit(status) }
        }
    };
}

#[cfg(all(windows, feature = "tiny"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __program {
    ($f:path) => {
        #[no_mangle]
        pub extern "C" fn __minrt_start_noargs() -> ! {
            let status = $crate::Termination::report($f());
            unsafe { $crate::sys::minrt_exit(status) }
        }
    };
}

// Cortex-M with `tiny`: the fault report (about 470 bytes of flash) left
// out, as linking opt/no-fault-report.o does for C. The cortex-m linker
// script names minrt_fault_handler to pull the report from libminrt.a; this
// definition comes first on the link line (the program's own code, or this
// rlib, before the native library), so the report is never pulled. An
// unhandled exception still ends with status 1, through the runtime's
// plain exit path. global_asm!, not a naked function: stable since 1.59.
#[cfg(all(feature = "tiny", target_arch = "arm", target_os = "none"))]
core::arch::global_asm!(
    ".section .text.minrt_fault_handler,\"ax\",%progbits",
    ".globl minrt_fault_handler",
    ".type minrt_fault_handler,%function",
    ".thumb_func",
    "minrt_fault_handler:",
    "ldr r0, =__minrt_fault_exit",
    "bx r0",
    ".ltorg",
);
