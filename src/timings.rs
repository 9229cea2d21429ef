//! `CG_CLIF_TIMINGS=1`: how long each of our phases took in this rustc invocation, for
//! `./y.sh bench --profile`. Times are summed over threads, so they add up CPU work, not wall time.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

#[derive(Clone, Copy)]
pub(crate) enum Phase {
    /// MIR → CLIF, on the main thread.
    Lower,
    /// CLIF → machine code (Cranelift), on the workers.
    Compile,
    /// Unwind tables, object encoding and writing.
    Emit,
}

static NANOS: [AtomicU64; 3] = [AtomicU64::new(0), AtomicU64::new(0), AtomicU64::new(0)];

pub(crate) fn measure<R>(phase: Phase, work: impl FnOnce() -> R) -> R {
    let start = Instant::now();
    let result = work();
    let nanos = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
    NANOS[phase as usize].fetch_add(nanos, Ordering::Relaxed);
    result
}

/// Prints one line for `./y.sh bench --profile` to parse, if asked to.
pub(crate) fn report(crate_name: &str) {
    if std::env::var("CG_CLIF_TIMINGS").as_deref() != Ok("1") {
        return;
    }
    let ms = |phase: Phase| NANOS[phase as usize].load(Ordering::Relaxed) as f64 / 1e6;
    eprintln!(
        "clif-timings: crate={crate_name} lower_ms={:.1} compile_ms={:.1} emit_ms={:.1}",
        ms(Phase::Lower),
        ms(Phase::Compile),
        ms(Phase::Emit)
    );
}
