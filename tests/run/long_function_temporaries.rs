// A long function of straight-line code: thousands of statements, each with temporaries that
// live across a bounds check or a call (debug MIR ends a block at both). Such temporaries are
// written once before their reads and live in plain SSA values; as Cranelift frontend
// variables, whose bookkeeping grows with variables times blocks, a function like this of
// 20,000 statements took 20 GB to compile. Also a pair (checked arithmetic, `Option`) and a
// value read only after a loop.
//@ skip-opt: compile time only (LLVM takes minutes to optimize this function, we 50 s)
use std::hint::black_box;

macro_rules! twice {
    ($($body:tt)*) => { $($body)* $($body)* };
}

macro_rules! times_4096 {
    ($($body:tt)*) => {
        twice! { twice! { twice! { twice! { twice! { twice! {
            twice! { twice! { twice! { twice! { twice! { twice! { $($body)* } } } } } }
        } } } } } }
    };
}

#[inline(never)]
fn step(x: u32, k: u32) -> Option<u32> {
    if k % 1000 == 999 { None } else { Some(x.rotate_left(k % 31)) }
}

#[inline(never)]
fn long(v: &[u32; 100]) -> (u32, u32, u64, usize) {
    let mut acc = 0u32;
    let mut i = 0usize;
    let mut misses = 0u32;
    let mut wide = 0u64;
    times_4096! {
        acc = acc.wrapping_mul(31).wrapping_add(v[i % 100] ^ i as u32);
        match step(acc, i as u32) {
            Some(x) => acc ^= x,
            None => misses += 1,
        }
        let (sum, carry) = acc.overflowing_add(v[(i * 7) % 100]);
        wide += u64::from(sum) + u64::from(carry);
        i += 1;
    }
    (acc, misses, wide, i)
}

fn main() {
    let v: [u32; 100] = std::array::from_fn(|i| (i as u32).wrapping_mul(2654435761));
    println!("{:?}", long(black_box(&v)));
}
