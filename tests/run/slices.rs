// Checks slices: &[T]/&mut [T], len, indexing, subslicing, split_at(_mut), iter().sum(), chunks, windows, swap, reverse, binary_search, slice patterns.
use std::hint::black_box;

fn sum(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn double_all(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x *= 2;
    }
}

fn describe(xs: &[u8]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one({})", x),
        [first, .., last] if first == last => format!("bookends({})", first),
        [first, middle @ .., last] => format!("{}..{} with {} inside", first, last, middle.len()),
    }
}

fn main() {
    let mut data = [black_box(5), 1, 4, 1, 5, 9, 2, 6, 5, 3];
    let s: &[i32] = &data;
    println!("len {} sum {} first {:?} last {:?}", s.len(), sum(s), s.first(), s.last());
    println!("sub {:?} {:?} {:?}", &s[2..5], &s[..3], &s[7..]);
    let lo = black_box(3);
    let hi = black_box(8);
    println!("dyn sub {:?} sum {}", &s[lo..hi], sum(&s[lo..hi]));
    let (left, right) = s.split_at(black_box(4));
    println!("split {:?} {:?}", left, right);
    {
        let (a, b) = data.split_at_mut(5);
        a[0] = 100;
        b[0] += a[1];
        double_all(b);
    }
    println!("after mut {:?}", data);
    double_all(&mut data[..2]);
    println!("after prefix double {:?}", data);
    data.swap(0, black_box(9));
    data[2..7].reverse();
    println!("swap+rev {:?}", data);
    for chunk in data.chunks(3) {
        print!("{:?}={} ", chunk, sum(chunk));
    }
    println!();
    let increasing = data.windows(2).filter(|w| w[0] < w[1]).count();
    println!("increasing windows {}", increasing);
    let mut sorted = data;
    sorted.sort_unstable();
    println!("sorted {:?} search 9 {:?} search 7 {:?}", sorted, sorted.binary_search(&9).is_ok(), sorted.binary_search(&black_box(7)));
    println!("{} | {} | {} | {}", describe(&[]), describe(&[7]), describe(&[3, 1, 3]), describe(b"hello"));
    println!("position {:?} any {} all {}", s_pos(&data), data.iter().any(|&x| x > 50), data.iter().all(|&x| x > 0));
    let v: Vec<u64> = (1..=10).collect();
    let vs: &[u64] = &v[black_box(2)..];
    println!("vec slice {:?} {} {}", vs, vs.len(), vs.iter().product::<u64>());
    println!("concat {:?} join {:?}", [[1, 2], [3, 4]].concat(), [&[1u8, 2][..], &[3]].join(&0));
    println!("starts {} ends {} contains {}", v.starts_with(&[1, 2]), v.ends_with(&[black_box(9), 10]), v.contains(&11));
    let (head, tail) = v.split_first().unwrap();
    println!("head {} tail len {} split_last {:?}", head, tail.len(), v.split_last().map(|(l, _)| l));
    let empty: &[i32] = &[];
    println!("empty sum {} iter count {}", sum(empty), empty.iter().count());
    let mut zs = [0u32; 6];
    zs.copy_from_slice(&[6, 5, 4, 3, 2, 1]);
    zs[1..4].fill(black_box(9));
    zs.rotate_left(2);
    println!("{:?}", zs);
}

fn s_pos(xs: &[i32]) -> Option<usize> {
    xs.iter().position(|&x| x == 10)
}
