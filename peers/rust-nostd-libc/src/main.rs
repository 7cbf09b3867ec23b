#![no_std]
#![no_main]

use core::ffi::{c_char, c_int, c_void};
use core::panic::PanicInfo;

#[link(name = "c")]
extern "C" {
    fn write(fd: c_int, buf: *const c_void, count: usize) -> isize;
}

#[no_mangle]
pub extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    let msg = b"Hello, world!\n";
    unsafe { write(1, msg.as_ptr() as *const c_void, msg.len()) };
    0
}

#[panic_handler]
fn panic(_info: &PanicInfo) -> ! {
    loop {}
}
