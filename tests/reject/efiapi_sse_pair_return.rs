// Checks that an `extern "efiapi"` function off Windows returning a struct that SysV returns in
// two vector registers gets a clear error: Cranelift's Microsoft convention has one return
// register, and the function failed inside Cranelift with an internal error.
//@ only-arch: x86_64
//@ error: returning `Triple` in two registers with the Microsoft convention of `extern "efiapi"` off Windows is not yet supported
#[derive(Clone, Copy, Debug)]
#[repr(C)]
pub struct Triple {
    a: f32,
    b: f32,
    c: f32,
}

#[inline(never)]
extern "efiapi" fn make(x: f32) -> Triple {
    Triple { a: x, b: x * 2.0, c: x * 3.0 }
}

fn main() {
    println!("{:?}", make(1.5));
}
