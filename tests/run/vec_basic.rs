// Checks Vec: new/with_capacity/vec! macro, push/pop/insert/remove/extend, len, indexing, iteration, collect, dedup, contains, swap_remove, drain, split_off.
use std::hint::black_box;

fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("empty {} {:?}", v.len(), v.first());
    for i in 0..black_box(10) {
        v.push(i * i - 20);
    }
    println!("{:?} len {}", v, v.len());
    println!("v[3]={} v[len-1]={} get(20)={:?}", v[3], v[v.len() - 1], v.get(20));
    v[0] = black_box(1000);
    v.insert(2, -1);
    let removed = v.remove(black_box(5));
    let sr = v.swap_remove(0);
    println!("{:?} removed {} swap_removed {}", v, removed, sr);
    println!("pop {:?} {:?}", v.pop(), v.pop());
    v.extend_from_slice(&[7, 7, 8, 8, 8, 9]);
    v.extend([1, 1].iter());
    v.dedup();
    println!("dedup {:?}", v);
    println!("contains {} {} pos {:?}", v.contains(&9), v.contains(&black_box(100)), v.iter().position(|&x| x == 8));
    let drained: Vec<i32> = v.drain(1..4).collect();
    println!("drained {:?} rest {:?}", drained, v);
    let tail = v.split_off(3);
    println!("split {:?} {:?}", v, tail);
    let mut w = vec![0u8; black_box(5)];
    w[4] = 4;
    println!("{:?}", w);
    let mut big: Vec<u64> = Vec::with_capacity(2);
    for i in 0..1000u64 {
        big.push(i * 3);
    }
    println!("big len {} sum {} last {:?}", big.len(), big.iter().sum::<u64>(), big.last());
    big.retain(|x| x % 7 == 0);
    println!("retained {} first five {:?}", big.len(), &big[..5]);
    let strings = vec![String::from("a"), "bb".to_string(), "ccc".into()];
    let lens: Vec<usize> = strings.iter().map(|s| s.len()).collect();
    println!("{:?} {:?}", strings, lens);
    let mut nested: Vec<Vec<u8>> = Vec::new();
    for i in 0..4 {
        nested.push((0..i).collect());
    }
    nested[2].push(99);
    println!("{:?}", nested);
    let rev: Vec<i32> = vec![1, 2, 3].into_iter().rev().collect();
    println!("{:?}", rev);
    let mut tuples = vec![(1u8, 'x'); 3];
    tuples[1].1 = 'y';
    println!("{:?}", tuples);
    let total_chars: usize = strings.concat().len();
    println!("concat len {}", total_chars);
    let mut s = vec![black_box(3), 1, 2];
    s.reverse();
    s.resize(5, -1);
    s.truncate(4);
    println!("{:?} is_empty {}", s, s.is_empty());
    let boxed: Box<[i32]> = s.clone().into_boxed_slice();
    println!("{:?} {}", boxed, boxed.len());
    println!("eq {} {}", s == vec![2, 1, 3, -1], s.as_slice() == [2, 1, 3]);
}
