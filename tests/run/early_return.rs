// Checks early return from functions: from loops, nested ifs, matches, with the ? operator, and returning from inside closures.
use std::hint::black_box;

fn find_index(hay: &[i32], needle: i32) -> Option<usize> {
    for (i, &x) in hay.iter().enumerate() {
        if x == needle {
            return Some(i);
        }
    }
    None
}

fn classify(x: i32) -> u8 {
    if x < 0 {
        if x < -100 {
            return 0;
        }
        return 1;
    }
    let r = match x {
        0 => return 2,
        1..=100 => 3,
        _ => 4,
    };
    r + 10
}

fn parse_digits(s: &str) -> Result<u32, String> {
    let mut v = 0u32;
    for c in s.chars() {
        let d = c.to_digit(10).ok_or_else(|| format!("bad char {:?}", c))?;
        v = v.checked_mul(10).ok_or("overflow")?;
        v = v.checked_add(d).ok_or("overflow")?;
    }
    Ok(v)
}

fn sum_parsed(a: &str, b: &str) -> Result<u32, String> {
    let x = parse_digits(a)?;
    let y = parse_digits(b)?;
    Ok(x + y)
}

fn first_even_square(v: &[u32]) -> Option<u32> {
    let x = *v.iter().find(|&&x| x % 2 == 0)?;
    Some(x * x)
}

fn deep(n: u32) -> u32 {
    let mut total = 0;
    for i in 0..n {
        for j in 0..n {
            if i * j > 20 {
                return total + 1000;
            }
            total += i + j;
        }
    }
    total
}

fn main() {
    let hay = [5, 3, 9, -2, 9];
    println!("{:?} {:?} {:?}", find_index(&hay, black_box(9)), find_index(&hay, black_box(-2)), find_index(&hay, black_box(4)));
    for x in [-500, -5, 0, 50, 500] {
        print!("{} ", classify(black_box(x)));
    }
    println!();
    println!("{:?}", sum_parsed(black_box("123"), "456"));
    println!("{:?}", sum_parsed("12x", black_box("456")));
    println!("{:?}", sum_parsed("1", black_box("99999999999")));
    println!("{:?} {:?}", first_even_square(&[1, 3, 6, 8]), first_even_square(&[1, 3]));
    println!("{} {}", deep(black_box(3)), deep(black_box(10)));
    let f = |x: i32| -> i32 {
        if x > 5 {
            return x * 2;
        }
        x - 1
    };
    println!("{} {}", f(black_box(10)), f(black_box(2)));
}
