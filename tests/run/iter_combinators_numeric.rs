// Checks iterator adapters zip/chain/flat_map/scan/take_while/skip_while/peekable/step_by/rev/fuse/inspect and sum/product over i128 and f64, fold/try_fold/reduce/min_by/max_by_key/position.
use std::hint::black_box;

fn main() {
    let n = black_box(12i64);
    let a: Vec<i64> = (1..=n).collect();
    let b: Vec<i64> = (1..=n).map(|x| x * x - 20).collect();
    println!("zip {:?}", a.iter().zip(b.iter()).map(|(x, y)| x * y).collect::<Vec<_>>());
    println!("chain rev {:?}", a.iter().take(3).chain(b.iter().rev().take(3)).collect::<Vec<_>>());
    println!("flat_map {:?}", (1..=4).flat_map(|i| (0..i).map(move |j| i * 10 + j)).collect::<Vec<_>>());
    println!("scan running {:?}", b.iter().scan(0i64, |acc, &x| {
        *acc += x;
        if *acc > 400 { None } else { Some(*acc) }
    }).collect::<Vec<_>>());
    println!("take_while {:?}", b.iter().take_while(|&&x| x < 0).collect::<Vec<_>>());
    println!("skip_while {:?}", b.iter().skip_while(|&&x| x < 50).collect::<Vec<_>>());
    println!("step_by 3 {:?} rev step_by 4 {:?}", (0..20).step_by(3).collect::<Vec<_>>(), (0..=20).rev().step_by(4).collect::<Vec<_>>());
    println!("enumerate rev {:?}", a.iter().enumerate().rev().filter(|(i, _)| i % 4 == 0).collect::<Vec<_>>());

    // Peekable grouping of runs.
    let s = black_box("aaabccddddeb");
    let mut it = s.chars().peekable();
    let mut runs = Vec::new();
    while let Some(c) = it.next() {
        let mut len = 1;
        while it.next_if_eq(&c).is_some() {
            len += 1;
        }
        runs.push(format!("{}{}", c, len));
    }
    println!("runs {}", runs.join(""));
    let mut pk = [1, 2, 3].iter().peekable();
    let p1 = pk.peek().copied();
    let p2 = pk.peek().copied();
    let n1 = pk.next();
    let p3 = pk.peek().copied();
    println!("peek {:?} {:?} next {:?} peek {:?}", p1, p2, n1, p3);

    // i128 sums and products.
    let big: i128 = (1..=30i128).map(black_box).product();
    println!("30! = {}", big);
    let s128: i128 = (0..1000i128).map(|x| black_box(x) * x * x * x - (1i128 << 70)).sum();
    println!("sum i128 = {}", s128);
    let u128p: u128 = [u64::MAX as u128, 3, 5].iter().product();
    println!("product u128 = {}", u128p);
    // f64 sums (order-dependent rounding).
    let fs: Vec<f64> = (1..=1000).map(|i| 1.0 / black_box(i as f64)).collect();
    let fwd: f64 = fs.iter().sum();
    let bwd: f64 = fs.iter().rev().sum();
    println!("harmonic fwd {:?} bwd {:?}", fwd, bwd);
    let prod: f64 = (1..=20).map(|i| 1.0 + black_box(i as f64) / 100.0).product();
    println!("product f64 {:?}", prod);
    let empty_sum: f64 = std::iter::empty::<f64>().sum();
    let empty_prod: i128 = std::iter::empty::<i128>().product();
    println!("empty sum {:?} empty product {}", empty_sum, empty_prod);

    println!("fold {}", a.iter().fold(String::new(), |acc, x| if acc.is_empty() { x.to_string() } else { format!("{}-{}", acc, x) }));
    let tf: Result<i64, String> = b.iter().try_fold(0i64, |acc, &x| if x > 100 { Err(format!("too big {} at acc {}", x, acc)) } else { Ok(acc + x) });
    println!("try_fold {:?}", tf);
    println!("reduce {:?} min_by {:?} max_by_key {:?}", a.iter().copied().reduce(|x, y| x * 3 - y), b.iter().min_by(|x, y| (*x % 7).cmp(&(*y % 7))), b.iter().max_by_key(|x| (**x - 40).abs()));
    println!("position {:?} rposition {:?} any {} all {}", b.iter().position(|&x| x > 0), b.iter().rposition(|&x| x % 2 == 0), b.iter().any(|&x| x == 124), a.iter().all(|&x| x > 0));
    let fl = [3.5f64, -1.0, f64::NAN, 7.25, 0.0];
    println!("max_by total_cmp {:?} min_by partial {:?}", fl.iter().copied().max_by(|x, y| x.total_cmp(y)), fl.iter().copied().filter(|x| !x.is_nan()).min_by(|x, y| x.partial_cmp(y).unwrap()));
    let mut seen = Vec::new();
    let cnt = (0..10).inspect(|x| seen.push(*x)).filter(|x| x % 3 == 0).count();
    println!("inspect seen {:?} count {}", seen, cnt);
    let (small, large): (Vec<i64>, Vec<i64>) = b.iter().partition(|&&x| x < 30);
    println!("unzip {:?}", a.iter().map(|&x| (x, x % 3)).filter(|p| p.1 == 0).unzip::<i64, i64, Vec<_>, Vec<_>>());
    println!("partition {:?} {:?}", small, large);
    println!("cycle take {:?} last {:?} nth {:?}", [1, 2, 3].iter().cycle().take(7).collect::<Vec<_>>(), a.iter().last(), a.iter().nth(5));
}
