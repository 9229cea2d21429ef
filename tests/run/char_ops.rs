// Checks char: literals incl. multibyte, comparisons, to_digit/from_digit, case conversion, len_utf8, u32 conversions.
use std::hint::black_box;

fn classify(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        '\u{80}'..='\u{10ffff}' => "non-ascii",
        _ => "other",
    }
}

fn main() {
    let chars = [black_box('a'), 'Z', '5', ' ', '!', 'é', 'ß', '日', '🦀', '\n', '\0'];
    for c in chars {
        println!("{:?} u32={} len={} class={} alpha={} num={} upper={:?}", c, c as u32, c.len_utf8(), classify(c), c.is_alphabetic(), c.is_numeric(), c.to_uppercase().collect::<String>());
    }
    println!("{:?} {:?} {:?}", char::from_u32(black_box(0x41)), char::from_u32(black_box(0xd800)), char::from_u32(black_box(0x1f600)));
    println!("{:?} {:?} {:?}", black_box('7').to_digit(10), black_box('f').to_digit(16), black_box('g').to_digit(16));
    println!("{:?} {:?}", char::from_digit(black_box(11), 16), char::from_digit(black_box(3), 2));
    println!("{} {}", black_box('q').to_ascii_uppercase(), black_box('Q').to_ascii_lowercase());
    println!("cmp {} {} {}", black_box('a') < 'b', black_box('日') > '🦀', black_box('é') == 'é');
    let mut c = black_box('a');
    let mut s = String::new();
    while c <= 'z' {
        s.push(c);
        c = char::from_u32(c as u32 + 3).unwrap();
    }
    println!("{}", s);
    let mut buf = [0u8; 4];
    let enc = black_box('€').encode_utf8(&mut buf);
    println!("encoded {} bytes {:?}", enc.len(), buf);
    let shifted: String = "Hello".chars().map(|c| ((c as u8) + 1) as char).collect();
    println!("{}", shifted);
    println!("escape {}", black_box('\t').escape_default());
    println!("size {}", std::mem::size_of::<char>());
}
