// Checks String building: push, push_str, +, +=, insert, remove, pop, truncate, clear, capacity growth via with_capacity, format!, to_string, collect.
use std::fmt::Write;
use std::hint::black_box;

fn main() {
    let mut s = String::new();
    for i in 0..black_box(10) {
        s.push((b'a' + i as u8) as char);
    }
    println!("{} {}", s, s.len());
    s.push_str("-tail");
    s.insert(0, '>');
    s.insert_str(1, "<<");
    println!("{}", s);
    println!("pop {:?} remove {}", s.pop(), s.remove(1));
    println!("{}", s);
    s.truncate(black_box(6));
    println!("truncated {:?}", s);
    let t = s.clone() + "+" + &s;
    println!("{}", t);
    let mut u = String::with_capacity(4);
    for w in ["one", "two", "three", "four", "five"] {
        u += w;
        u += " ";
    }
    println!("{:?} len {}", u.trim_end(), u.len());
    let mut out = String::new();
    for i in 0..5 {
        write!(out, "[{}:{:02}]", i, black_box(i * 7)).unwrap();
    }
    writeln!(out, " done").unwrap();
    print!("{}", out);
    let numbers: String = (1..=5).map(|n| n.to_string()).collect::<Vec<_>>().join(",");
    println!("{}", numbers);
    let chars: String = vec!['r', 'u', 's', 't'].into_iter().collect();
    println!("{} {}", chars, chars.to_uppercase());
    let f = format!("{}-{}-{}", black_box(1u8), "two", 'c');
    println!("{} {}", f, f.len());
    let mut big = String::new();
    for i in 0..black_box(200) {
        big.push_str(&i.to_string());
    }
    println!("big len {} sum of digits {}", big.len(), big.bytes().map(|b| (b - b'0') as u32).sum::<u32>());
    big.clear();
    println!("cleared {:?} {}", big, big.is_empty());
    let mut r = String::from("héllo wörld");
    r.retain(|c| c != 'l');
    println!("{}", r);
    let bytes = String::from("bytes").into_bytes();
    println!("{:?}", bytes);
    let back = String::from_utf8(bytes).unwrap();
    println!("{}", back);
    println!("{:?}", String::from_utf8(vec![0xff, 0xfe]).is_err());
    let drained: String = {
        let mut d = String::from("0123456789");
        let x: String = d.drain(2..5).collect();
        format!("{}|{}", x, d)
    };
    println!("{}", drained);
    println!("{}", "x".to_string() + &black_box(42).to_string() + &'y'.to_string());
}
