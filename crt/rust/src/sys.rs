//! The C API of `minrt.h`, as declared there. Prefer the safe wrappers.

/// C's `long`: 32 bits on Windows (LLP64), pointer-sized elsewhere.
#[cfg(windows)]
pub type CLong = i32;
#[cfg(not(windows))]
pub type CLong = isize;

/// minrt_open's modes (MINRT_OPEN_READ, _WRITE, _APPEND).
pub const OPEN_READ: i32 = 0;
pub const OPEN_WRITE: i32 = 1;
pub const OPEN_APPEND: i32 = 2;

extern "C" {
    pub fn minrt_write(fd: i32, buf: *const u8, len: usize) -> CLong;
    pub fn minrt_write_all(fd: i32, buf: *const u8, len: usize) -> CLong;
    pub fn minrt_read(fd: i32, buf: *mut u8, len: usize) -> CLong;
    pub fn minrt_exit(status: i32) -> !;
    pub fn minrt_abort() -> !;
    pub fn minrt_getenv(name: *const u8) -> *mut u8;
    pub fn minrt_panic_begin();
    pub fn minrt_panic_n(file: *const u8, file_len: usize, line: u32, col: u32, msg: *const u8, msg_len: usize) -> !;
    pub fn minrt_fmt_u64(buf: *mut u8, v: u64) -> usize;
    pub fn minrt_fmt_i64(buf: *mut u8, v: i64) -> usize;
    pub fn minrt_fmt_hex(buf: *mut u8, v: u64) -> usize;
    pub fn minrt_malloc(len: usize) -> *mut u8;
    pub fn minrt_free(p: *mut u8);
    pub fn minrt_calloc(n: usize, len: usize) -> *mut u8;
    pub fn minrt_realloc(p: *mut u8, len: usize) -> *mut u8;
    pub fn minrt_aligned_alloc(align: usize, len: usize) -> *mut u8;
    pub fn strlen(s: *const u8) -> usize;
    pub fn minrt_open(path: *const u8, mode: i32) -> CLong;
    pub fn minrt_close(fd: i32) -> CLong;
    pub fn minrt_clock_ns() -> i64;
    pub fn minrt_random(buf: *mut u8, len: usize) -> CLong;
    /// Windows: argv, built from the command line on the first call.
    #[cfg(windows)]
    pub fn __minrt_args(argc: *mut i32) -> *const *const u8;
}
