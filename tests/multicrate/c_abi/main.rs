// Binary half of the `c_abi` multicrate case: calls the library's `extern "C"` functions and
// hands it `extern "C"` callbacks of its own.
use mylib::*;
use std::hint::black_box;

extern "C" fn my_hfa(h: Hfa4, scale: f32) -> Hfa4 {
    Hfa4 { a: h.d, b: h.c * scale, c: h.b, d: h.a - scale }
}

extern "C" fn my_large(l: Large, extra: u64) -> Large {
    let mut words = l.words;
    words.rotate_left(2);
    words[0] += extra;
    Large { words }
}

extern "C" fn my_wide(pad: u8, a: i128, b: u128) -> i128 {
    (a >> 3) ^ (b as i128) ^ pad as i128
}

fn main() {
    let h = black_box(Hfa4 { a: 1.0, b: 2.5, c: -4.0, d: 9.0 });
    println!("{:?}", abi_hfa4(h, black_box(3.0)));
    println!("{:?}", abi_hfa2d(Hfa2d { x: 1.5, y: -2.0 }, black_box(Hfa2d { x: 0.25, y: 4.0 })));
    println!("{:?}", abi_mixed(black_box(Mixed { tag: 250, weight: 1.5, id: 0xdead }), -7));
    println!("{:?}", abi_int_float(black_box(IntFloat { n: -123456789, f: 3.5 })));
    println!("{:?}", abi_large(black_box(Large { words: [u64::MAX, 7, 1 << 40, 0, 99] }), 3));
    println!("{:?}", abi_odd(black_box(Odd { bytes: [1, 2, 3, 4, 5, 6, 7] })));
    println!("{:?}", abi_aligned(black_box(5), black_box(Aligned { lo: 11, hi: 22 })));
    println!("{}", abi_i128(black_box(200), black_box(-(1i128 << 100) + 17), black_box(u128::MAX / 5)));
    println!("{}", abi_small_ints(black_box(-5), black_box(250), black_box(-30000), black_box(65000), black_box(true)));
    println!(
        "{}",
        abi_many(
            black_box(-1), 0.5, 1 << 40, 1.25, 255, -2.0, -32768, 3.5, -7, 1e10,
            11, 0.125, -(1 << 50), -4.5, 1, 6.0, 300, 0.75, 12345, -0.001,
        )
    );
    println!("{:?}", abi_call_back(my_hfa, my_large, my_wide));
}
