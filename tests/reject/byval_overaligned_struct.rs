// Checks that a C-ABI struct with 32-byte alignment passed by value on the stack, whose stack
// position Cranelift's signatures cannot align as LLVM does, gets a clear error.
//@ only-arch: x86_64
//@ error: passing `Aligned` (aligned to 32 bytes) by value on the stack
#[repr(C, align(32))]
#[derive(Clone, Copy)]
struct Aligned {
    v: [u64; 3],
}

extern "C" fn take(a: Aligned) -> u64 {
    a.v.iter().sum()
}

fn main() {
    println!("{}", take(std::hint::black_box(Aligned { v: [1, 2, 3] })));
}
