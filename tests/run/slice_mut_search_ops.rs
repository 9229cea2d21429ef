// Checks slice ops: split_at_mut, swap, reverse, rotate_left/right, copy_from_slice, clone_from_slice, fill, binary_search_by_key, sort_by_cached_key, to_vec, concat/join, iter().rev().enumerate(), chunks with remainder, contains/starts_with.
use std::hint::black_box;

fn main() {
    let mut a: Vec<i32> = (1..=10).map(|x| black_box(x) * 3 - 7).collect();
    println!("start {:?}", a);
    {
        let (l, r) = a.split_at_mut(4);
        l[0] += r[0];
        r[r.len() - 1] *= l[1];
        l.swap(1, 3);
        r.reverse();
    }
    println!("split_at_mut {:?}", a);
    a.rotate_left(3);
    println!("rotate_left 3 {:?}", a);
    a.rotate_right(black_box(5));
    println!("rotate_right 5 {:?}", a);
    a[2..6].copy_from_slice(&[100, 200, 300, 400]);
    println!("copy_from_slice {:?}", a);
    let src: Vec<i32> = a[6..].to_vec();
    a[..src.len()].clone_from_slice(&src);
    println!("clone_from_slice {:?}", a);
    a[7..].fill(black_box(-1));
    println!("fill {:?}", a);
    a.swap(0, 9);
    a.reverse();
    println!("swap+reverse {:?}", a);

    #[derive(Debug, Clone)]
    struct Rec {
        id: u32,
        name: &'static str,
    }
    let recs = [Rec { id: 3, name: "c" }, Rec { id: 8, name: "h" }, Rec { id: 15, name: "o" }, Rec { id: 21, name: "u" }, Rec { id: 40, name: "z" }];
    for key in [3u32, 15, 16, 0, 41] {
        let r = recs.binary_search_by_key(&black_box(key), |r| r.id);
        println!("search {} -> {:?} {:?}", key, r, r.ok().map(|i| recs[i].name));
    }
    println!("binary_search_by {:?}", recs.binary_search_by(|r| r.name.cmp("o")));

    let mut words = vec!["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"];
    let mut calls = 0;
    words.sort_by_cached_key(|w| {
        calls += 1;
        (w.to_lowercase(), w.starts_with(char::is_uppercase))
    });
    println!("sort_by_cached_key {:?} key calls {}", words, calls);

    let nested = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    println!("concat {:?}", nested.concat());
    println!("join {:?}", nested.join(&0));
    let strs = [["a", "b"], ["c", "d"]];
    println!("str concat {:?} join {:?}", strs.concat(), strs.iter().map(|p| p.join("+")).collect::<Vec<_>>().join(" | "));
    println!("string join {}", ["x", "y", "z"].join(", "));

    for (i, x) in a.iter().rev().enumerate().skip(6) {
        println!("rev enumerate {} -> {}", i, x);
    }
    let data: Vec<u8> = (0..23).map(|x| black_box(x) as u8).collect();
    for c in data.chunks(5) {
        println!("chunk len {} sum {}", c.len(), c.iter().map(|&x| x as u32).sum::<u32>());
    }
    let mut last = data.chunks(6).last().unwrap().to_vec();
    last.extend_from_slice(&data[..2]);
    println!("last chunk + prefix {:?}", last);
    println!("contains {} starts {} ends {} first {:?} last {:?} split_first {:?}", data.contains(&black_box(22)), data.starts_with(&[0, 1, 2]), data.ends_with(&[21, 22]), data.first(), data.last(), data.split_first().map(|(h, t)| (*h, t.len())));
    let mut m = [5u16, 1, 4, 2, 3];
    let (left, right) = m.split_at_mut(2);
    std::mem::swap(&mut left[0], &mut right[2]);
    println!("swap across halves {:?}", m);
    println!("iter max {:?} min_by_key {:?} repeat {:?}", m.iter().max(), m.iter().min_by_key(|&&x| (x as i32 - 3).abs()), [1u8, 2].repeat(3));
}
