// Checks that asking for LLVM bitcode, which this backend never produces, is refused by name
// instead of failing later on a missing output file.
//@ compile-flags: --emit=llvm-bc,link
//@ error: `--emit=llvm-bc` (LLVM IR)
fn main() {}
