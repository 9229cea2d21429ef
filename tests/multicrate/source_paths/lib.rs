// Library half of the `source_paths` multicrate case: the library is compiled in its own
// directory, so its generic code, instantiated by the binary, comes from files relative to a
// working directory that is not the binary's (as with a std built from rust-src).
//@ compile-flags: -Cdebuginfo=2

use std::backtrace::Backtrace;

/// The frames of the captured backtrace that are in this file, file:line:column only.
#[inline(never)]
pub fn where_am_i<T: std::fmt::Debug>(value: T) -> Vec<String> {
    let trace = Backtrace::force_capture().to_string();
    let mut seen = vec![format!("{value:?}")];
    for line in trace.lines() {
        let line = line.trim();
        if let Some(location) = line.strip_prefix("at ") {
            if location.contains("lib.rs") {
                seen.push(location.to_owned());
            }
        }
    }
    seen
}

pub struct Wrapper<T>(pub T);

impl<T: std::fmt::Debug> Wrapper<T> {
    #[inline(never)]
    pub fn report(&self) -> Vec<String> {
        where_am_i(&self.0)
    }
}
