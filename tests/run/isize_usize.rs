// Checks isize/usize arithmetic, MIN/MAX, casts to/from fixed widths, use as indices and lengths.
use std::hint::black_box;

fn sum_to(n: usize) -> usize {
    let mut s = 0usize;
    let mut i = 0usize;
    while i <= n {
        s += i;
        i += 1;
    }
    s
}

fn main() {
    println!("bits {} {}", usize::BITS, isize::BITS);
    println!("size_of {} {}", std::mem::size_of::<usize>(), std::mem::size_of::<isize>());
    println!("max {} min {} umax {}", isize::MAX, isize::MIN, usize::MAX);
    let a: isize = black_box(-1234567);
    let b: isize = black_box(89);
    println!("isize {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let c: usize = black_box(1 << 40);
    let d: usize = black_box(12345);
    println!("usize {} {} {} {} {}", c + d, c - d, c * 3, c / d, c % d);
    println!("wrap {} {}", black_box(0usize).wrapping_sub(1), isize::MIN.wrapping_sub(black_box(1)));
    println!("checked {:?} {:?}", black_box(usize::MAX).checked_add(1), black_box(isize::MIN).checked_div(-1));
    println!("shifts {} {} {}", c >> 20, a >> 3, (a as usize) >> 60);
    println!("casts {} {} {} {}", a as usize, a as i32, c as u32, (c as isize) as i16);
    println!("sum_to {}", sum_to(black_box(10000)));
    let v = [10u16, 20, 30, 40, 50, 60];
    let idx: usize = black_box(4);
    let off: isize = black_box(-2);
    println!("index {} {}", v[idx], v[(idx as isize + off) as usize]);
    println!("len {} {}", v.len(), v[..idx].len() * black_box(1000));
    let diff = (idx as isize) - (v.len() as isize);
    println!("diff {} abs {} unsigned_abs {}", diff, diff.abs(), diff.unsigned_abs());
    println!("pow2 {} {}", black_box(1000usize).next_power_of_two(), black_box(1usize << 63).leading_zeros());
}
