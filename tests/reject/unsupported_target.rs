// Checks that a target the backend cannot generate code for is refused up front, by name.
//@ only-arch: x86_64
//@ compile-flags: --target riscv64gc-unknown-linux-gnu
//@ error: target `riscv64gc-unknown-linux-gnu` is not yet supported
fn main() {}
