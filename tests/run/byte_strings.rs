// Checks byte strings b"..", byte literals b'x', &[u8] handling, escapes, from_utf8, to_ascii_uppercase, and byte arithmetic.
use std::hint::black_box;

fn checksum(data: &[u8]) -> u16 {
    let mut a: u16 = 1;
    let mut b: u16 = 0;
    for &d in data {
        a = (a + d as u16) % 251;
        b = (b + a) % 251;
    }
    (b << 8) | a
}

fn main() {
    let bs: &[u8] = black_box(b"Hello\x00\xff\n\t\\\"");
    println!("{:?} len {}", bs, bs.len());
    let arr: &[u8; 4] = b"abcd";
    println!("{:?} {}", arr, arr[black_box(2)] as char);
    println!("b'x'={} b'\\n'={} b'\\xff'={}", b'x', b'\n', b'\xff');
    println!("checksum {:#06x}", checksum(black_box(b"The quick brown fox jumps over the lazy dog")));
    let upper: Vec<u8> = b"mixed Case 123".iter().map(|b| b.to_ascii_uppercase()).collect();
    println!("{}", String::from_utf8_lossy(&upper));
    println!("{:?}", std::str::from_utf8(black_box(b"valid")));
    println!("{:?}", std::str::from_utf8(black_box(b"in\xffvalid")).is_err());
    let mut rot13 = *b"Uryyb, Jbeyq!";
    for c in rot13.iter_mut() {
        *c = match *c {
            b'a'..=b'z' => (*c - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (*c - b'A' + 13) % 26 + b'A',
            _ => *c,
        };
    }
    println!("{}", std::str::from_utf8(&rot13).unwrap());
    let hex: String = b"\x01\xab\x7f".iter().map(|b| format!("{:02x}", b)).collect();
    println!("hex {}", hex);
    let s = "héllo";
    println!("as_bytes {:?}", s.as_bytes());
    let count_l = s.bytes().filter(|&b| b == b'l').count();
    println!("l count {}", count_l);
    println!("eq {} {}", b"abc" == black_box(b"abc"), &b"abc"[..] < &b"abd"[..]);
    let raw = br"raw\bytes";
    println!("{:?} {}", raw, raw.len());
    println!("escape_ascii {}", black_box(b"a\x00b\n").escape_ascii());
    let words: Vec<&[u8]> = b"ab cd ef".split(|&b| b == b' ').collect();
    println!("{:?}", words);
}
