//! Without MIR optimizations a temporary whose value rustc promoted to a constant stays
//! declared but unused (`let _9: [u8; N]` beside `_17 = const main::promoted[0]`). LLVM gives
//! it no stack; we gave it a 12 MiB slot, and the main thread's 8 MiB stack overflowed
//! (rustc's ui test `mir/mir_heavy_promoted.rs`).
//@ compile-flags: -Zmir-opt-level=0

const TEST_DATA: [u8; 12 * 1024 * 1024] = [42; 12 * 1024 * 1024];

fn main() {
    println!("{}", TEST_DATA.len());
}
