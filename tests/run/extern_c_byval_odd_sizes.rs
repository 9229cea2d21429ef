// C-ABI structs passed by value on the stack (SysV memory class) whose size is not a multiple
// of 8 (17, 36, 20 bytes): the backend used to crash in Cranelift ("StructArgument size is not
// properly aligned"). Direct calls, calls through pointers, `extern "sysv64"`, and byval
// arguments after the registers ran out.
//@ only-arch: x86_64
use std::hint::black_box;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Bytes17 {
    b: [u8; 17],
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Words9 {
    v: [u32; 9],
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Mixed20 {
    a: u32,
    b: f32,
    c: [u16; 6],
}

extern "C" fn take_bytes(tag: u8, s: Bytes17, after: u64) -> u32 {
    s.b.iter().map(|&b| b as u32).sum::<u32>() * tag as u32 + after as u32
}

extern "sysv64" fn take_words(a: Words9, b: Words9, x: f64) -> f64 {
    let sa: u32 = a.v.iter().sum();
    let sb: u32 = b.v.iter().rev().enumerate().map(|(i, v)| i as u32 * v).sum();
    sa as f64 + sb as f64 * x
}

#[allow(clippy::too_many_arguments)]
extern "C" fn spilled(r1: u64, r2: u64, r3: u64, r4: u64, r5: u64, r6: u64, r7: u64, m: Mixed20, last: u8) -> String {
    format!("{} {:?} {last}", r1 + r2 + r3 + r4 + r5 + r6 + r7, m)
}

fn main() {
    let mut b = Bytes17 { b: [0; 17] };
    for (i, x) in b.b.iter_mut().enumerate() {
        *x = i as u8 * 3;
    }
    let b = black_box(b);
    println!("{}", take_bytes(2, b, 1000));
    let f: extern "C" fn(u8, Bytes17, u64) -> u32 = black_box(take_bytes);
    println!("{}", f(3, b, 7));

    let w = black_box(Words9 { v: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    let w2 = black_box(Words9 { v: [9, 8, 7, 6, 5, 4, 3, 2, 1] });
    println!("{}", take_words(w, w2, 0.5));
    let g: extern "sysv64" fn(Words9, Words9, f64) -> f64 = black_box(take_words);
    println!("{}", g(w2, w, 2.0));

    let m = black_box(Mixed20 { a: 7, b: -1.5, c: [1, 2, 3, 4, 5, 65535] });
    println!("{}", spilled(1, 2, 3, 4, 5, 6, 7, m, 200));
    let boxed = Box::new(m);
    println!("{}", spilled(10, 20, 30, 40, 50, 60, 70, *boxed, 1));
}
