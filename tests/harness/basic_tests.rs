// Test-harness program (compiled with --test): several passing #[test]s covering arithmetic, collections, strings and a helper returning Result.
#![allow(dead_code)]

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cs.iter().eq(cs.iter().rev())
}

#[derive(Debug, PartialEq)]
struct Stats {
    min: i32,
    max: i32,
    sum: i64,
}

fn stats(xs: &[i32]) -> Option<Stats> {
    let min = *xs.iter().min()?;
    let max = *xs.iter().max()?;
    Some(Stats { min, max, sum: xs.iter().map(|&x| x as i64).sum() })
}

#[test]
fn arithmetic_works() {
    assert_eq!(2 + 2, 4);
    assert_eq!(std::hint::black_box(7u8).wrapping_mul(40), 24);
    assert_eq!(i32::MIN.checked_abs(), None);
}

#[test]
fn gcd_values() {
    assert_eq!(gcd(48, 18), 6);
    assert_eq!(gcd(17, 5), 1);
    assert_eq!(gcd(0, 9), 9);
}

#[test]
fn palindromes() {
    assert!(is_palindrome("A man, a plan, a canal: Panama"));
    assert!(!is_palindrome("cranelift"));
    assert!(is_palindrome(""));
}

#[test]
fn stats_of_slice() {
    assert_eq!(stats(&[3, -7, 12, 0]), Some(Stats { min: -7, max: 12, sum: 8 }));
    assert_eq!(stats(&[]), None);
}

#[test]
fn vec_and_strings() {
    let mut v: Vec<String> = ["b", "a", "c"].iter().map(|s| s.to_string()).collect();
    v.sort();
    assert_eq!(v.join(","), "a,b,c");
    assert_eq!(format!("{:>5}|{:#x}", "ab", 255), "   ab|0xff");
}

#[test]
fn returns_result() -> Result<(), String> {
    let n: u32 = "1234".parse().map_err(|e| format!("{:?}", e))?;
    if n == 1234 { Ok(()) } else { Err(format!("got {}", n)) }
}

#[test]
#[ignore]
fn ignored_test() {
    panic!("ignored tests must not run");
}
