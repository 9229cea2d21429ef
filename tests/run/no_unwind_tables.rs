// With `-Cpanic=abort -Cforce-unwind-tables=no` and no debuginfo LLVM gives our functions no
// `.eh_frame` entries, so a backtrace stops at the first of them; this backend described every
// function anyway and the whole stack showed. Only this crate's frames are counted: how std's
// own frames print depends on the standard library's debuginfo.
//@ compile-flags: -Cpanic=abort -Cforce-unwind-tables=no
//@ skip-opt: which of the hook's callers remain as frames depends on what the optimizer inlines
use std::backtrace::Backtrace;
use std::hint::black_box;

#[inline(never)]
fn check(depth: u32) {
    if black_box(depth) == 3 {
        panic!("depth {depth}");
    }
    check(depth + 1);
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let trace = Backtrace::force_capture().to_string();
        let ours = trace.lines().filter(|line| line.contains("no_unwind_tables::")).count();
        println!("{info}; frames of this crate in the backtrace: {ours}");
    }));
    println!("start");
    check(0);
}
