// Checks niche-encoded Option layouts (Option<&T>, Option<NonZeroU8>, Option<Option<bool>>, Option<char>, Option<Box<T>>): sizes, matching, and round trips through black_box.
use std::hint::black_box;
use std::mem::size_of;
use std::num::{NonZeroU8, NonZeroU32, NonZeroI64};

fn deref_or(o: Option<&u32>, d: u32) -> u32 {
    match o {
        Some(r) => *r,
        None => d,
    }
}

fn nz_val(o: Option<NonZeroU8>) -> u16 {
    match o {
        Some(n) => n.get() as u16 * 2,
        None => 999,
    }
}

fn tri(o: Option<Option<bool>>) -> &'static str {
    match o {
        None => "outer-none",
        Some(None) => "inner-none",
        Some(Some(true)) => "true",
        Some(Some(false)) => "false",
    }
}

fn char_code(o: Option<char>) -> i64 {
    o.map(|c| c as i64).unwrap_or(-1)
}

fn main() {
    println!("size Option<&u32> = {}", size_of::<Option<&u32>>());
    println!("size Option<NonZeroU8> = {}", size_of::<Option<NonZeroU8>>());
    println!("size Option<NonZeroU32> = {}", size_of::<Option<NonZeroU32>>());
    println!("size Option<NonZeroI64> = {}", size_of::<Option<NonZeroI64>>());
    println!("size Option<Option<bool>> = {}", size_of::<Option<Option<bool>>>());
    println!("size Option<Option<Option<bool>>> = {}", size_of::<Option<Option<Option<bool>>>>());
    println!("size Option<char> = {}", size_of::<Option<char>>());
    println!("size Option<Box<u8>> = {}", size_of::<Option<Box<u8>>>());
    println!("size Option<&[u8]> = {}", size_of::<Option<&[u8]>>());
    println!("size Option<fn()> = {}", size_of::<Option<fn()>>());

    let vals = [7u32, 11, 13];
    for i in 0..4usize {
        let o = black_box(vals.get(i));
        println!("get({}) -> {} is_some={}", i, deref_or(o, 42), o.is_some());
    }

    for b in [0u8, 1, 127, 128, 255] {
        let o = NonZeroU8::new(black_box(b));
        println!("NonZeroU8::new({}) -> {}", b, nz_val(o));
        // transmute-free round trip via Option::map
        let raw: u8 = o.map(|n| n.get()).unwrap_or(0);
        assert_eq!(raw, b);
    }

    let cases = [None, Some(None), Some(Some(true)), Some(Some(false))];
    for c in cases {
        let c = black_box(c);
        println!("{:?} -> {}", c, tri(c));
    }
    // Reading byte representation of Option<Option<bool>>
    for c in cases {
        let byte: u8 = unsafe { std::mem::transmute::<Option<Option<bool>>, u8>(black_box(c)) };
        println!("repr byte of {:?} = {}", c, byte);
    }

    let chars = [Some('a'), None, Some('\u{10FFFF}'), Some('\0')];
    for c in chars {
        println!("char {:?} -> {}", c, char_code(black_box(c)));
    }

    let boxed: Vec<Option<Box<u64>>> = (0..5u64)
        .map(|i| if black_box(i) % 2 == 0 { Some(Box::new(i * 100)) } else { None })
        .collect();
    let total: u64 = boxed.iter().flatten().map(|b| **b).sum();
    println!("boxed some count={} total={}", boxed.iter().filter(|b| b.is_some()).count(), total);

    let slice: &[u8] = black_box(&[1, 2, 3]);
    let os: Option<&[u8]> = if slice.len() > 2 { Some(slice) } else { None };
    println!("slice opt len = {:?}", os.map(|s| s.len()));
    let on: Option<&[u8]> = black_box(None);
    println!("none slice = {:?}", on);
}
