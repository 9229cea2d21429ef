// Checks derived PartialOrd/Ord/PartialEq on enums (variant order then fields) and structs (lexicographic), partial_cmp with NaN fields, sorting tuples, Reverse, and min/max/clamp on derived types.
use std::cmp::{Ordering, Reverse};
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Token {
    Eof,
    Num(i64),
    Word(String),
    Pair(u8, i8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card {
    rank: u8,
    suit: Suit,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Measure {
    v: f64,
    tag: u8,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version(u32, u32, u32);

fn main() {
    let mut cards: Vec<Card> = [(10, Suit::Hearts), (2, Suit::Spades), (10, Suit::Clubs), (14, Suit::Diamonds), (2, Suit::Clubs)]
        .iter()
        .map(|&(r, s)| Card { rank: black_box(r), suit: s })
        .collect();
    cards.sort();
    println!("cards sorted {:?}", cards);
    cards.sort_by(|a, b| a.suit.cmp(&b.suit).then(b.rank.cmp(&a.rank)));
    println!("by suit then rank desc {:?}", cards.iter().map(|c| (c.suit, c.rank)).collect::<Vec<_>>());
    println!("max card {:?} min card {:?}", cards.iter().max(), cards.iter().min());
    println!("Hearts < Spades {} Clubs cmp Diamonds {:?}", Suit::Hearts < Suit::Spades, Suit::Clubs.cmp(&Suit::Diamonds));

    let mut toks = vec![
        Token::Word("beta".into()),
        Token::Num(black_box(5)),
        Token::Pair(1, -1),
        Token::Eof,
        Token::Word("alpha".into()),
        Token::Num(-7),
        Token::Pair(1, -2),
        Token::Pair(0, 100),
    ];
    toks.sort();
    println!("tokens {:?}", toks);
    println!("Num(100) < Word(\"\") {} Pair(0,0) > Word(\"z\") {}", Token::Num(100) < Token::Word(String::new()), Token::Pair(0, 0) > Token::Word("z".into()));

    let m1 = Measure { v: black_box(1.0), tag: 1 };
    let m2 = Measure { v: black_box(f64::NAN), tag: 0 };
    let m3 = Measure { v: 1.0, tag: 2 };
    println!("m1 vs m3 {:?} m1 vs m2 {:?} m1<m2 {} m1>m2 {} m2==m2 {}", m1.partial_cmp(&m3), m1.partial_cmp(&m2), m1 < m2, m1 > m2, m2 == m2);

    let mut tuples = vec![(2, "b", 1.5), (1, "z", 0.0), (2, "a", 9.0), (1, "z", -1.0), (0, "m", 3.0)];
    tuples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("tuples {:?}", tuples);
    let mut t2: Vec<(u8, i32, char)> = vec![(1, -5, 'x'), (1, -5, 'a'), (0, 99, 'q'), (1, 3, 'b')];
    t2.sort_by_key(|&t| Reverse(t));
    println!("reverse tuples {:?}", t2);
    println!("tuple cmp {:?} {:?}", (1, 2, 3).cmp(&(1, 3, 0)), ("abc", 1).cmp(&("abd", 0)));

    let mut vers = vec![Version(1, 10, 0), Version(1, 2, 15), Version(0, 99, 99), Version(1, 2, 3)];
    vers.sort_unstable();
    println!("versions {:?}", vers);
    let lo = Version(1, 0, 0);
    let hi = Version(1, 5, 0);
    println!("clamp {:?} {:?}", Version(0, 1, 1).clamp(Version(1, 0, 0), Version(1, 5, 0)), Version(1, 3, 0).clamp(lo, hi));
    println!("max_by_key {:?}", ["pear", "fig", "banana", "kiwi"].iter().max_by_key(|s| (s.len(), Reverse(**s))));
    println!("Ordering ops {:?} {:?} {:?}", Ordering::Less.reverse(), Ordering::Equal.then(Ordering::Greater), Some(Ordering::Less).map(|o| o.is_le()));
}
