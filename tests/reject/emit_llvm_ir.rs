// Checks that asking for LLVM IR, which this backend never produces, is refused by name instead
// of failing later on a missing output file.
//@ compile-flags: --emit=llvm-ir
//@ error: `--emit=llvm-ir` (LLVM IR)
fn main() {}
