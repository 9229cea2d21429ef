// Checks str::split/rsplit/splitn/split_terminator/matches/match_indices/replace/replacen/find/rfind/trim_matches with char, &str, char-slice and closure patterns, plus char classification and case methods.
use std::hint::black_box;

fn main() {
    let s = black_box("a,b,,c;d e,;f");
    println!("split ',' {:?}", s.split(',').collect::<Vec<_>>());
    println!("split [',' ';'] {:?}", s.split([',', ';']).collect::<Vec<_>>());
    println!("split closure {:?}", s.split(|c: char| !c.is_alphabetic()).filter(|x| !x.is_empty()).collect::<Vec<_>>());
    println!("splitn 3 {:?}", s.splitn(3, ',').collect::<Vec<_>>());
    println!("rsplitn 2 {:?}", s.rsplitn(2, ',').collect::<Vec<_>>());
    println!("rsplit ';' {:?}", s.rsplit(';').collect::<Vec<_>>());
    println!("split_terminator {:?}", black_box("x;y;z;").split_terminator(';').collect::<Vec<_>>());
    println!("split_inclusive {:?}", black_box("l1\nl2\nl3").split_inclusive('\n').collect::<Vec<_>>());
    println!("split str {:?}", black_box("one<>two<><>three").split("<>").collect::<Vec<_>>());
    println!("split_once {:?} rsplit_once {:?}", black_box("k=v=w").split_once('='), black_box("k=v=w").rsplit_once("="));
    println!("split_whitespace {:?}", black_box("  lead\t tab\n new  ").split_whitespace().collect::<Vec<_>>());

    let t = black_box("abracadabra");
    println!("matches 'a' {} matches \"abra\" {:?}", t.matches('a').count(), t.matches("abra").collect::<Vec<_>>());
    println!("match_indices \"a\" {:?}", t.match_indices("a").map(|(i, _)| i).collect::<Vec<_>>());
    println!("rmatch_indices \"bra\" {:?}", t.rmatch_indices("bra").collect::<Vec<_>>());
    println!("find 'c' {:?} find \"dab\" {:?} rfind 'a' {:?} find 'z' {:?}", t.find('c'), t.find("dab"), t.rfind('a'), t.find('z'));
    println!("find closure {:?} find chars {:?}", t.find(|c: char| c > 'c'), t.find(&['d', 'r'][..]));
    println!("replace {:?} replacen {:?} replace char {:?}", t.replace("abra", "X"), t.replacen('a', "_", 2), t.replace('a', ""));
    println!("trim_matches {:?} trim_start_matches {:?} trim_end_matches {:?}", t.trim_matches('a'), t.trim_start_matches("ab"), t.trim_end_matches(&['a', 'r'][..]));
    println!("strip_prefix {:?} strip_suffix {:?}", t.strip_prefix("abr"), t.strip_suffix("xyz"));
    println!("contains {} {} starts {} ends {}", t.contains("cad"), t.contains(char::is_uppercase), t.starts_with(['a', 'b']), t.ends_with("bra"));

    let u = black_box("Grüße, ΣΊΣΥΦΟΣ! 123 ǅ");
    println!("upper {:?} lower {:?}", u.to_uppercase(), u.to_lowercase());
    println!("char_indices {:?}", u.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    println!("find unicode {:?} byte len {} char count {}", u.find('ß'), u.len(), u.chars().count());
    for c in ['a', 'Z', '7', ' ', 'ß', 'Σ', '٣', '\u{2028}', '_', 'ǅ'] {
        let c = black_box(c);
        println!(
            "{:?}: alpha={} num={} alnum={} ws={} upper={} lower={} ascii_punct={} digit10={:?} up={:?} low={:?} esc={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_alphanumeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_ascii_punctuation(),
            c.to_digit(10),
            c.to_uppercase().collect::<String>(),
            c.to_lowercase().collect::<String>(),
            c.escape_unicode()
        );
    }
    let hex = black_box("DeadBeef");
    let v: u32 = hex.chars().fold(0, |acc, c| acc * 16 + c.to_digit(16).unwrap());
    println!("hex fold {:#x} ascii_lower {} eq_ignore_case {}", v, hex.to_ascii_lowercase(), hex.eq_ignore_ascii_case("DEADBEEF"));
    let mut owned = String::from(black_box("hello world"));
    owned.retain(|c| c != 'o');
    owned.insert_str(0, ">> ");
    println!("retain/insert {:?} repeat {:?}", owned, "ab".repeat(3));
    let bytes_pos: Vec<usize> = black_box("a€b€c").char_indices().map(|(i, _)| i).collect();
    println!("char boundaries {:?} is_char_boundary(2) {}", bytes_pos, "a€b".is_char_boundary(2));
}
