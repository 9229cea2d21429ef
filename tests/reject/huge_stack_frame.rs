// Checks that a frame beyond what x86_64's 32-bit stack displacements reach is refused at the
// function, instead of Cranelift failing with "ImplLimitExceeded" and no hint of where.
//@ error: a stack frame of
//@ error: more than 2 GiB of locals
//@ error: huge_stack_frame.rs:6
fn func() {
    const CAP: usize = u32::MAX as usize;
    let mut x: [u8; CAP] = [0; CAP];
    x[2] = 123;
    assert_eq!(std::hint::black_box(&x)[2], 123);
}

fn main() {
    std::thread::Builder::new().stack_size(5 << 30).spawn(func).unwrap().join().unwrap();
}
