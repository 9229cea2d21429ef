// A thread-local static cannot be placed in a named section yet: a clear error, not a backend
// failure.
//@ error: `#[link_section]` on a thread-local static is not yet supported
#![feature(thread_local)]

#[thread_local]
#[unsafe(link_section = ".tdata.custom")]
static mut COUNTER: u32 = 1;

fn main() {
    unsafe {
        COUNTER += 1;
        println!("{}", *&raw const COUNTER);
    }
}
