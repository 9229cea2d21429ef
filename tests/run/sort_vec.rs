// Checks sorting: sort/sort_unstable on ints, sort_by_key, sort_by with reverse and multi-key comparators, stable ordering, dedup after sort, binary_search, strings sort.
use std::cmp::Reverse;
use std::hint::black_box;

#[derive(Debug, Clone)]
struct Emp {
    name: &'static str,
    dept: u8,
    salary: u32,
}

fn lcg(seed: &mut u32) -> u32 {
    *seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
    (*seed >> 16) & 0x7fff
}

fn main() {
    let mut seed = black_box(42u32);
    let mut v: Vec<u32> = (0..40).map(|_| lcg(&mut seed) % 100).collect();
    println!("orig {:?}", v);
    let mut s1 = v.clone();
    s1.sort();
    println!("sort {:?}", s1);
    v.sort_unstable_by(|a, b| b.cmp(a));
    println!("desc {:?}", v);
    s1.dedup();
    println!("dedup len {} search 50 {:?}", s1.len(), s1.binary_search(&black_box(50)).is_ok());

    let mut signed: Vec<i16> = vec![black_box(5), -3, 0, -32768, 32767, -1, 1];
    signed.sort();
    println!("signed {:?}", signed);
    signed.sort_by_key(|x| x.unsigned_abs());
    println!("by abs {:?}", signed);
    signed.sort_by_key(|&x| Reverse(x));
    println!("reverse {:?}", signed);

    let mut emps = vec![
        Emp { name: "ann", dept: 2, salary: 500 },
        Emp { name: "bob", dept: 1, salary: 700 },
        Emp { name: "cat", dept: 2, salary: 300 },
        Emp { name: "dan", dept: 1, salary: 700 },
        Emp { name: "eve", dept: 3, salary: 100 },
        Emp { name: "fay", dept: 2, salary: 500 },
    ];
    emps.sort_by_key(|e| e.dept);
    println!("by dept (stable): {:?}", emps.iter().map(|e| e.name).collect::<Vec<_>>());
    emps.sort_by(|a, b| b.salary.cmp(&a.salary).then_with(|| a.name.cmp(b.name)));
    println!("by salary desc, name: {:?}", emps.iter().map(|e| (e.name, e.salary)).collect::<Vec<_>>());
    emps.sort_by_key(|e| (e.dept, Reverse(e.salary)));
    for e in &emps {
        println!("  {:?}", e);
    }
    let mut words = vec!["pear", "Apple", "fig", "apple", "banana", "Fig"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)));
    println!("{:?}", words);
    let mut big: Vec<u64> = (0..500).map(|i| (i * 7919u64) % 1009).collect();
    big.sort_unstable();
    let ok = big.windows(2).all(|w| w[0] <= w[1]);
    println!("big sorted {} first {:?} last {:?} median {}", ok, &big[..4], &big[496..], big[250]);
    let mut chars: Vec<char> = "sorting characters".chars().collect();
    chars.sort();
    chars.dedup();
    println!("{}", chars.iter().collect::<String>());
    println!("is_sorted {} {}", s1.is_sorted(), v.is_sorted());
    let mut arr = [black_box(3u8), 1, 2];
    arr.sort();
    println!("{:?} min {:?} max {:?}", arr, arr.iter().min(), arr.iter().max());
}
