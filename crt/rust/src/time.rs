//! A monotonic clock: `let t = Instant::now(); ...; t.elapsed()`.
//! Linux: clock_gettime(CLOCK_MONOTONIC); Windows: QueryPerformanceCounter;
//! Cortex-M: the debugger's clock over semihosting (SYS_ELAPSED).

use crate::{sys, Errno};
use core::time::Duration;

/// A point on the monotonic clock, in nanoseconds since an arbitrary origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant(u64);

impl Instant {
    /// Now, or Errno::ENOSYS where the target has no clock.
    pub fn try_now() -> Result<Instant, Errno> {
        let t = unsafe { sys::minrt_clock_ns() };
        if t < 0 {
            Err(Errno(-t as i32))
        } else {
            Ok(Instant(t as u64))
        }
    }

    /// Now. Panics ("no clock") where the target has none; see [`Instant::try_now`].
    pub fn now() -> Instant {
        match Instant::try_now() {
            Ok(t) => t,
            Err(_) => crate::print::panic_str(b"minrt::time: no clock on this target (ENOSYS)"),
        }
    }

    /// The time since `earlier`; zero if `earlier` is later.
    pub fn duration_since(&self, earlier: Instant) -> Duration {
        Duration::from_nanos(self.0.saturating_sub(earlier.0))
    }

    /// The time since this instant.
    pub fn elapsed(&self) -> Duration {
        Instant::now().duration_since(*self)
    }

    /// Nanoseconds since the clock's origin.
    pub fn as_nanos(&self) -> u64 {
        self.0
    }
}
