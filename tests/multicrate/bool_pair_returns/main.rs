// Binary half of the `bool_pair_returns` multicrate case: reads the library's bool-like pair
// results directly, through fn pointers and through a trait object.
//@ compile-flags: -Copt-level=2
use std::hint::black_box;

use mylib::*;

fn mine(h: u64) -> Two {
    if h % 3 == 0 { Two::V1() } else { Two::V0(h as i8) }
}

fn main() {
    for h in [42u64, 43, 0xfe, 0xff, 0x100, 0x1_0000_0002] {
        let h = black_box(h);
        println!(
            "{h:#x}: {:?} {:?} {:?} {:?}",
            make_two(h),
            odd_and_half(h),
            half_and_odd(h),
            flag_of(h as u32)
        );
        let f: fn(u64) -> Two = black_box(make_two);
        let g: fn(u64) -> (bool, u32) = black_box(odd_and_half);
        println!("  pointers: {:?} {:?}", f(h), g(h));
        println!("  dyn: {:?}", maker().make(h));
        println!("  back: {:?} {:?}", call_back(mine, h), call_back(make_two, h));
        let (odd, half) = odd_and_half(h);
        if odd {
            println!("  odd {half}")
        } else {
            println!("  even {half}")
        }
        println!("  same: {}", make_two(h) == make_two(h + 2));
    }
}
