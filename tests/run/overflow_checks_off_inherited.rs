// With overflow checks off, the checks in `#[rustc_inherit_overflow_checks]` functions of core
// (`Sum`, `Product`, the operator traits, `Step` of ranges) are off too: they follow the crate
// they are instantiated in. They used to panic under our backend at -O.
//@ compile-flags: -Coverflow-checks=off
use std::hint::black_box;
use std::ops::{Add, AddAssign, Mul, MulAssign, Neg, Shl, Shr, Sub, SubAssign};

fn accumulate<T: AddAssign + SubAssign + MulAssign + Copy>(mut acc: T, by: T, times: usize) -> T {
    for _ in 0..times {
        acc += by;
        acc *= by;
        acc -= by;
    }
    acc
}

fn main() {
    println!("sum {}", black_box([u64::MAX, 2, 3]).iter().sum::<u64>());
    println!("sum i8 {}", black_box([100i8, 100, 100]).into_iter().sum::<i8>());
    println!("product {}", black_box([i32::MAX, 3]).iter().product::<i32>());
    println!("accumulate u8 {}", accumulate(black_box(200u8), 77, 5));
    println!("accumulate i64 {}", accumulate(black_box(i64::MAX - 5), 3, 4));
    println!("add {}", Add::add(black_box(u32::MAX), 10));
    println!("sub {}", Sub::sub(black_box(0u16), 1));
    println!("mul {}", Mul::mul(black_box(i16::MIN), -1));
    println!("neg {}", Neg::neg(black_box(i32::MIN)));
    println!("shl {}", Shl::shl(black_box(1u32), black_box(40u32)));
    println!("shr {}", Shr::shr(black_box(-256i64), black_box(70u32)));
    let wrapped: Vec<u8> = (black_box(250u8)..).take(10).collect();
    println!("range from {wrapped:?}");
    let stepped: Vec<u8> = (black_box(240u8)..).step_by(7).take(5).collect();
    println!("step_by {stepped:?}");
    let mut total = 0u8;
    for x in black_box([200u8, 100, 50]) {
        total.add_assign(x);
    }
    println!("add_assign {total}");
}
