// Checks that an `extern "efiapi"` function off Windows taking a struct that SysV passes in
// memory gets a clear error. rustc classifies efiapi arguments by SysV's rules but calls with
// Microsoft's registers; LLVM then passes such a struct as a pointer to a copy, which the
// backend does not do: it put the struct itself on the stack and crashed (also calling LLVM's
// code or called by it). Scalars and structs of up to 16 bytes work, as does `extern "win64"`.
//@ only-arch: x86_64
//@ error: passing `Wide` by value in memory with the Microsoft convention of `extern "efiapi"` off Windows is not yet supported
#[derive(Clone, Copy)]
#[repr(C)]
pub struct Wide {
    a: u64,
    b: u64,
    c: u64,
}

#[inline(never)]
extern "efiapi" fn sum(x: u64, w: Wide) -> u64 {
    x * 1000 + w.a * 100 + w.b * 10 + w.c
}

fn main() {
    println!("{}", sum(1, Wide { a: 2, b: 3, c: 4 }));
}
