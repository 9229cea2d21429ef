// Small functions inlined at many call sites: each copy used to keep stack slots of its own, so
// a function building a 512-byte value through an inlined helper 24 times had a frame of more
// than 12 KiB, where LLVM's stack colouring keeps one copy's worth. The copies run one after
// the other, so they now share slots. (MIR inlining off, so that our inliner does the work.)
//@ compile-flags: -Zmir-opt-level=0 -Copt-level=1
use std::hint::black_box;

pub struct Big {
    words: [u64; 64],
}

fn make(seed: u64) -> Big {
    let mut words = [0u64; 64];
    words[(seed % 64) as usize] = seed;
    Big { words }
}

#[inline]
fn add(out: &mut Vec<Big>, seed: u64) {
    out.push(make(black_box(seed)));
}

#[inline(never)]
fn fill(out: &mut Vec<Big>) {
    add(out, 1);
    add(out, 2);
    add(out, 3);
    add(out, 4);
    add(out, 5);
    add(out, 6);
    add(out, 7);
    add(out, 8);
    add(out, 9);
    add(out, 10);
    add(out, 11);
    add(out, 12);
    measure(out);
    add(out, 13);
    add(out, 14);
    add(out, 15);
    add(out, 16);
    add(out, 17);
    add(out, 18);
    add(out, 19);
    add(out, 20);
    add(out, 21);
    add(out, 22);
    add(out, 23);
    add(out, 24);
}

/// Checks how far below its caller's caller this frame is.
#[inline(never)]
fn measure(outer: *mut Vec<Big>) {
    let mut here = 0u8;
    black_box(&mut here);
    let distance = (outer as usize).abs_diff(&raw mut here as usize);
    let limit = std::mem::size_of::<Big>() * 4;
    println!("frame small enough: {}", distance < limit);
}

fn main() {
    let mut out = Vec::new();
    black_box(&mut out);
    fill(&mut out);
    let sum: u64 = out.iter().map(|big| big.words.iter().sum::<u64>()).sum();
    println!("{} values, sum {sum}", out.len());
}
