// `float_rounding_snan` with SSE4.1, where LLVM rounds with `roundss`/`roundsd`, and so, told
// the crate's features, does Cranelift.
//@ only-arch: x86_64
//@ compile-flags: -Ctarget-feature=+sse4.1
include!("float_rounding_snan.rs");
