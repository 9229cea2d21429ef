// Checks fixed-size arrays: indexing (const and runtime), mutation, repeat init, iteration by value/ref/mut, equality, arrays as args and returns.
use std::hint::black_box;

fn reverse<const N: usize>(mut a: [i32; N]) -> [i32; N] {
    let mut i = 0;
    while i < N / 2 {
        a.swap(i, N - 1 - i);
        i += 1;
    }
    a
}

fn sum_arr(a: &[u16; 6]) -> u32 {
    let mut s = 0u32;
    for x in a {
        s += *x as u32;
    }
    s
}

fn fill(a: &mut [u8; 10], v: u8) {
    for (i, x) in a.iter_mut().enumerate() {
        *x = v.wrapping_add((i as u8).wrapping_mul(30));
    }
}

fn main() {
    let a = [black_box(1i32), 2, 3, 4, 5, 6, 7];
    println!("{:?} len {}", a, a.len());
    println!("a[0]={} a[6]={} a[i]={}", a[0], a[6], a[black_box(3)]);
    println!("rev {:?}", reverse(a));
    let b = [black_box(7u16); 6];
    println!("{:?} sum {}", b, sum_arr(&b));
    let mut c = [0u8; 10];
    fill(&mut c, black_box(250));
    println!("{:?}", c);
    let mut squares = [0u64; 16];
    for i in 0..squares.len() {
        squares[i] = (i * i) as u64;
    }
    println!("{:?}", squares);
    let total: u64 = squares.iter().sum();
    let evens = squares.iter().filter(|&&x| x % 2 == 0).count();
    println!("total {} evens {} max {:?}", total, evens, squares.iter().max());
    for x in squares.iter_mut() {
        *x = *x % 7;
    }
    println!("mod7 {:?}", squares);
    let by_value: Vec<String> = ["x", "yy", "zzz"].into_iter().map(|s| s.repeat(2)).collect();
    println!("{:?}", by_value);
    println!("eq {} {}", [1, 2, 3] == [black_box(1), 2, 3], [1u8; 4] == [1, 1, 1, black_box(2)]);
    let bools = [true, false, black_box(true)];
    let chars = ['a', 'é', black_box('z')];
    println!("{:?} {:?}", bools, chars);
    // Array of arrays by value copy semantics.
    let orig = [black_box(1u32), 2, 3];
    let mut copy = orig;
    copy[1] = 20;
    println!("orig {:?} copy {:?}", orig, copy);
    // Larger array on the stack.
    let mut big = [0u32; 1000];
    for i in 0..1000 {
        big[i] = (i as u32).wrapping_mul(2654435761);
    }
    let mut x = 0u32;
    for v in big {
        x ^= v;
    }
    println!("big xor {:#x} last {}", x, big[999]);
    println!("contains {} {}", a.contains(&black_box(5)), a.contains(&black_box(50)));
    let mut sorted = [black_box(9), 3, 7, 1, 8];
    sorted.sort();
    println!("sorted {:?} first {:?} last {:?}", sorted, sorted.first(), sorted.last());
    let empty: [u8; 0] = [];
    println!("empty {:?} {}", empty, empty.len());
}
