// Checks parsing i128/u128 from strings (radix 10/16/2/36, signs, overflow errors) and formatting with {}, {:x}, {:#X}, {:o}, {:b}, {:e}, width/fill/sign flags.
use std::hint::black_box;

fn main() {
    let inputs = [
        "0",
        "-0",
        "+42",
        "170141183460469231731687303715884105727",
        "-170141183460469231731687303715884105728",
        "170141183460469231731687303715884105728",
        "340282366920938463463374607431768211455",
        "340282366920938463463374607431768211456",
        "-1",
        "12a",
        "",
        "00000000000000000000000000000000000000000000123",
    ];
    for s in inputs {
        let s = black_box(s);
        println!("{:?}: i128={:?} u128={:?}", s, s.parse::<i128>(), s.parse::<u128>());
    }
    let radix = [
        ("ffffffffffffffffffffffffffffffff", 16),
        ("-80000000000000000000000000000000", 16),
        ("1010101010101010101010101010101010101010101010101010101010101010101", 2),
        ("zzzzzzzzzzzzzzzzzzzzzzzz", 36),
        ("777777777777777777777777777777777777777777", 8),
        ("1234567890abcdef1234567890abcdef", 16),
    ];
    for (s, r) in radix {
        let (s, r) = (black_box(s), black_box(r));
        println!("{} radix {}: u128={:?} i128={:?}", s, r, u128::from_str_radix(s, r), i128::from_str_radix(s, r));
    }
    let vals: [i128; 6] = [0, -1, i128::MIN, i128::MAX, 1234567890123456789012345678, -98765432109876543210];
    for v in vals {
        let v = black_box(v);
        println!("{} | {:x} | {:#X} | {:o} | {:+} | {:>45} | {:<45}| {:^45} | {:045}", v, v, v, v, v, v, v, v, v);
        println!("  b={:b}", v);
        println!("  dbg={:?} e={:e} E={:E}", v, v, v);
    }
    let u = black_box(u128::MAX);
    println!("{} {:x} {:#b} {:e}", u, u, u, u);
    let small = black_box(1000000u128);
    println!("{:e} {:.2e} {:08x} {:#010x}", small, small, small, small);
    // to_string / parse round trip for many values.
    let mut x = black_box(7i128);
    let mut ok = 0;
    for _ in 0..60 {
        let s = x.to_string();
        let back: i128 = s.parse().unwrap();
        let h = format!("{:x}", x as u128);
        let back_h = u128::from_str_radix(&h, 16).unwrap() as i128;
        if back == x && back_h == x {
            ok += 1;
        }
        x = x.wrapping_mul(-37).wrapping_add(11);
    }
    println!("roundtrips ok {} last {}", ok, x);
}
