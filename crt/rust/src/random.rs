//! Random bytes from the system's generator, for keys, seeds and nonces:
//! Linux getrandom(2), Windows RtlGenRandom. Cortex-M has none unless the
//! program supplies a chip's RNG driver as `minrt_random`: Errno::ENOSYS.

use crate::{sys, Errno};

// RtlGenRandom lives in advapi32.dll. Naming the library costs a program
// that never calls fill() nothing: the import is made only when used.
#[cfg(windows)]
#[link(name = "advapi32")]
extern "C" {}

/// Fills `buf` with random bytes.
/// An empty `buf` is always Ok, even where there is no generator.
pub fn fill(buf: &mut [u8]) -> Result<(), Errno> {
    if buf.is_empty() {
        return Ok(());
    }
    crate::result(unsafe { sys::minrt_random(buf.as_mut_ptr(), buf.len()) }).map(|_| ())
}
