// Checks == != < <= > >= on signed vs unsigned values of each width, min/max/clamp, Ord::cmp.
use std::cmp::Ordering;
use std::hint::black_box;

fn cmp_all<T: PartialOrd + Copy>(a: T, b: T) -> [bool; 6] {
    [a == b, a != b, a < b, a <= b, a > b, a >= b]
}

fn bits(r: [bool; 6]) -> String {
    r.iter().map(|&b| if b { '1' } else { '0' }).collect()
}

fn main() {
    println!("i8  {}", bits(cmp_all(black_box(-1i8), black_box(1i8))));
    println!("u8  {}", bits(cmp_all(black_box(255u8), black_box(1u8))));
    println!("i16 {}", bits(cmp_all(black_box(-300i16), black_box(-300i16))));
    println!("u16 {}", bits(cmp_all(black_box(65535u16), black_box(0u16))));
    println!("i32 {}", bits(cmp_all(black_box(i32::MIN), black_box(i32::MAX))));
    println!("u32 {}", bits(cmp_all(black_box(0x8000_0000u32), black_box(0x7fff_ffffu32))));
    println!("i64 {}", bits(cmp_all(black_box(-1i64), black_box(0i64))));
    println!("u64 {}", bits(cmp_all(black_box(u64::MAX), black_box(0u64))));
    println!("isize {}", bits(cmp_all(black_box(-5isize), black_box(-6isize))));
    println!("usize {}", bits(cmp_all(black_box(5usize), black_box(6usize))));
    println!("bool {}", bits(cmp_all(black_box(false), black_box(true))));
    println!("char {}", bits(cmp_all(black_box('z'), black_box('a'))));

    let a: i32 = black_box(-7);
    let b: i32 = black_box(3);
    println!("min/max {} {} {} {}", a.min(b), a.max(b), (a as u32).min(b as u32), (a as u32).max(b as u32));
    println!("clamp {} {} {}", black_box(15i8).clamp(-3, 9), black_box(-15i8).clamp(-3, 9), black_box(4i8).clamp(-3, 9));
    println!("abs/signum {} {} {} {}", a.abs(), a.signum(), b.signum(), black_box(0i64).signum());
    println!("abs_diff {} {}", a.abs_diff(b), black_box(3u8).abs_diff(250));
    let ords: Vec<Ordering> = [(1i64, 2i64), (5, 5), (-1, -9)].iter().map(|&(x, y)| black_box(x).cmp(&y)).collect();
    println!("cmp {:?}", ords);
    println!("u64 cmp {:?} {:?}", black_box(u64::MAX).cmp(&1), black_box(1u16).cmp(&u16::MAX));
    let mut count = 0;
    for i in -10i16..10 {
        for j in -10i16..10 {
            if i < j && (i as u16) > (j as u16) {
                count += 1;
            }
        }
    }
    println!("sign-flip pairs {}", count);
}
