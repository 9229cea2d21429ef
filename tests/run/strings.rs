// Checks &str/String: literals, len, slicing at byte offsets, chars(), bytes(), char_indices, split, trim, find, replace, case, parse, comparisons.
use std::hint::black_box;

fn main() {
    let s: &str = black_box("Hello, Wörld! 日本");
    println!("{} len {} chars {}", s, s.len(), s.chars().count());
    println!("[0..5]={} [7..13]={} [15..]={}", &s[0..5], &s[7..13], &s[15..]);
    let idx = black_box(7);
    println!("dyn slice {:?}", &s[idx..idx + 1]);
    for (i, c) in s.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {} at {}", c, i);
    }
    let bytes: Vec<u8> = s.bytes().take(8).collect();
    println!("bytes {:?}", bytes);
    let rev: String = s.chars().rev().collect();
    println!("rev {}", rev);
    println!("upper {} lower {}", s.to_uppercase(), s.to_lowercase());
    println!("find {:?} {:?} {:?}", s.find('W'), s.find("本"), s.find('z'));
    println!("contains {} starts {} ends {}", s.contains("llo"), s.starts_with("Hell"), s.ends_with('x'));
    let csv = black_box("  alpha, beta,gamma ,, delta  ");
    let parts: Vec<&str> = csv.split(',').map(|p| p.trim()).collect();
    println!("{:?}", parts);
    let words: Vec<&str> = black_box("the quick  brown\tfox").split_whitespace().collect();
    println!("{:?} {}", words, words.join("_"));
    println!("replace {}", "aXbXc".replace('X', "--"));
    let nums = black_box("10 -20 30 x 40");
    let parsed: Vec<Result<i32, _>> = nums.split(' ').map(|t| t.parse::<i32>()).collect();
    let good: i32 = parsed.iter().filter_map(|r| r.as_ref().ok()).sum();
    println!("parsed ok {} errors {}", good, parsed.iter().filter(|r| r.is_err()).count());
    println!("cmp {} {} {}", "apple" < "banana", black_box("abc") == "abc", "Zeta" > "alpha");
    let st = String::from("owned");
    let r: &str = &st;
    println!("{} {} {}", st, r.len(), st == "owned");
    let lines = "line one\nline two\r\nline three";
    for (n, l) in lines.lines().enumerate() {
        println!("{}: {}", n + 1, l);
    }
    println!("{:?}", "a=1;b=2".split_once(';'));
    println!("{:?}", "key=value".split_once('=').map(|(k, v)| (v, k)));
    println!("is_char_boundary {} {}", s.is_char_boundary(8), s.is_char_boundary(9));
    println!("repeat {}", "ab".repeat(black_box(3)));
    println!("strip {:?} {:?}", "prefix-body".strip_prefix("prefix-"), "body".strip_suffix("x"));
    let raw = r"C:\path\no\escape";
    println!("{} {}", raw, raw.len());
    let esc = "tab\there \"quoted\" \\ \u{263A}";
    println!("{} {:?}", esc, esc);
    let empty = "";
    println!("empty {} {:?} {:?}", empty.is_empty(), empty.chars().next(), "x".chars().next());
}
