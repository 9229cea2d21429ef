// Checks iterator adapters with closures: map, filter, fold, filter_map, flat_map, take_while, skip_while, scan, chain, any/all/find, min_by_key/max_by, sum/product/count.
use std::hint::black_box;

fn main() {
    let n = black_box(20u32);
    let v: Vec<u32> = (1..=n).collect();
    let squares: Vec<u32> = v.iter().map(|x| x * x).collect();
    println!("squares {:?}", &squares[..6]);
    let evens: Vec<&u32> = v.iter().filter(|&&x| x % 2 == 0).collect();
    println!("evens {:?}", evens);
    let sum = v.iter().fold(0u64, |acc, &x| acc + x as u64);
    let prod: u64 = v.iter().take(10).map(|&x| x as u64).product();
    println!("fold {} product {}", sum, prod);
    let parsed: Vec<i32> = ["1", "x", "-3", "", "40"].iter().filter_map(|s| s.parse().ok()).collect();
    println!("filter_map {:?}", parsed);
    let fm: Vec<u32> = (1..4).flat_map(|i| (0..i).map(move |j| i * 10 + j)).collect();
    println!("flat_map {:?}", fm);
    let tw: Vec<u32> = v.iter().copied().take_while(|&x| x * x < 50).collect();
    let sw: Vec<u32> = v.iter().copied().skip_while(|&x| x < 17).collect();
    println!("take_while {:?} skip_while {:?}", tw, sw);
    let running: Vec<u32> = v.iter().scan(0, |st, &x| {
        *st += x;
        if *st > 40 { None } else { Some(*st) }
    }).collect();
    println!("scan {:?}", running);
    let chained: Vec<u32> = (1..3).chain(7..9).chain(std::iter::once(100)).collect();
    println!("chain {:?}", chained);
    println!("any {} all {} find {:?} position {:?}", v.iter().any(|&x| x > 19), v.iter().all(|&x| x > 0), v.iter().find(|&&x| x % 7 == 0), v.iter().position(|&x| x == black_box(13)));
    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    println!("min_by_key {:?} max_by_key {:?}", words.iter().min_by_key(|w| w.len()), words.iter().max_by_key(|w| w.len()));
    println!("max_by {:?}", words.iter().max_by(|a, b| a.as_bytes()[1].cmp(&b.as_bytes()[1])));
    println!("count {} last {:?} nth {:?}", words.iter().filter(|w| w.contains('a')).count(), words.iter().last(), words.iter().nth(2));
    let caps: Vec<String> = words.iter().map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
            None => String::new(),
        }
    }).collect();
    println!("{:?}", caps);
    let threshold = black_box(5);
    let long: Vec<&str> = words.iter().copied().filter(|w| w.len() > threshold).collect();
    println!("longer than {} {:?}", threshold, long);
    let (small, large): (Vec<u32>, Vec<u32>) = v.iter().partition(|&&x| x < 8);
    println!("partition {} {}", small.len(), large.len());
    let mut counter = 0;
    v.iter().for_each(|x| counter += x % 3);
    println!("for_each {}", counter);
    let inspected: u32 = v.iter().take(3).inspect(|x| print!("<{}>", x)).sum();
    println!(" sum {}", inspected);
    let dedup_len = [1, 1, 2, 2, 2, 3, 1].windows(2).filter(|w| w[0] != w[1]).count() + 1;
    println!("runs {}", dedup_len);
    let s: String = (b'a'..=b'e').map(|b| b as char).rev().collect();
    println!("{}", s);
    let maxv = [3i64, -9, 12, 0].iter().copied().reduce(|a, b| if a.abs() > b.abs() { a } else { b });
    println!("reduce {:?}", maxv);
    let flat: Vec<i32> = vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().collect();
    println!("flatten {:?}", flat);
    let cyc: Vec<char> = "ab".chars().cycle().take(5).collect();
    println!("cycle {:?}", cyc);
    let sums: Vec<i32> = std::iter::successors(Some(1i32), |&x| if x < 200 { Some(x * 3) } else { None }).collect();
    println!("successors {:?}", sums);
}
