// A tour of commonly used std features: Vec, String, iterators, closures, Box<dyn Trait>, HashMap (sorted output), Option/Result, Display impls.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    price_cents: u32,
    qty: u32,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<8} {:>3} x {:>3}.{:02}", self.name, self.qty, self.price_cents / 100, self.price_cents % 100)
    }
}

trait Discount {
    fn apply(&self, cents: u32) -> u32;
    fn label(&self) -> String;
}

struct Percent(u32);
struct Flat(u32);
struct NoDiscount;

impl Discount for Percent {
    fn apply(&self, cents: u32) -> u32 {
        cents - cents * self.0 / 100
    }
    fn label(&self) -> String {
        format!("{}% off", self.0)
    }
}

impl Discount for Flat {
    fn apply(&self, cents: u32) -> u32 {
        cents.saturating_sub(self.0)
    }
    fn label(&self) -> String {
        format!("{} cents off", self.0)
    }
}

impl Discount for NoDiscount {
    fn apply(&self, cents: u32) -> u32 {
        cents
    }
    fn label(&self) -> String {
        "no discount".to_string()
    }
}

#[derive(Debug)]
enum ParseError {
    MissingField(&'static str),
    BadNumber(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::MissingField(field) => write!(f, "missing field `{}`", field),
            ParseError::BadNumber(s) => write!(f, "bad number {:?}", s),
        }
    }
}

fn parse_item(line: &str) -> Result<Item, ParseError> {
    let mut parts = line.split(',').map(str::trim);
    let name = parts.next().filter(|s| !s.is_empty()).ok_or(ParseError::MissingField("name"))?;
    let price = parts.next().ok_or(ParseError::MissingField("price"))?;
    let qty = parts.next().ok_or(ParseError::MissingField("qty"))?;
    let price_cents = price.parse::<u32>().map_err(|_| ParseError::BadNumber(price.to_string()))?;
    let qty = qty.parse::<u32>().map_err(|_| ParseError::BadNumber(qty.to_string()))?;
    Ok(Item { name: name.to_string(), price_cents, qty })
}

fn main() {
    let input = "apple, 120, 3\nbread, 250, 1\n, 5, 5\nmilk, 99, 2\ncheese, 4x0, 1\negg, 30\napple, 120, 2\ntea, 450, 1";
    let mut items = Vec::new();
    for (n, line) in input.lines().enumerate() {
        match parse_item(line) {
            Ok(item) => items.push(item),
            Err(e) => println!("line {}: {}", n + 1, e),
        }
    }
    println!("parsed {} items", items.len());
    for it in &items {
        println!("  {}", it);
    }

    // HashMap aggregation, printed in sorted key order.
    let mut totals: HashMap<String, u32> = HashMap::new();
    for it in &items {
        *totals.entry(it.name.clone()).or_insert(0) += it.price_cents * it.qty;
    }
    let mut keys: Vec<&String> = totals.keys().collect();
    keys.sort();
    for k in keys {
        println!("total {:<6} = {}", k, totals[k]);
    }
    let unique: HashSet<&str> = items.iter().map(|i| i.name.as_str()).collect();
    let mut unique: Vec<_> = unique.into_iter().collect();
    unique.sort_unstable();
    println!("unique {:?}", unique);
    let by_qty: BTreeMap<u32, Vec<&str>> = items.iter().fold(BTreeMap::new(), |mut m, it| {
        m.entry(it.qty).or_insert_with(Vec::new).push(it.name.as_str());
        m
    });
    println!("by qty {:?}", by_qty);

    // Closures and iterator pipelines.
    let subtotal: u32 = items.iter().map(|i| i.price_cents * i.qty).sum();
    let expensive: Vec<String> = items.iter().filter(|i| i.price_cents > 100).map(|i| i.name.to_uppercase()).collect();
    let max_item = items.iter().max_by_key(|i| i.price_cents * i.qty);
    println!("subtotal {} expensive {:?} max {:?}", subtotal, expensive, max_item.map(|i| &i.name));

    // Trait objects.
    let discounts: Vec<Box<dyn Discount>> = vec![Box::new(NoDiscount), Box::new(Percent(15)), Box::new(Flat(500)), Box::new(Flat(100_000))];
    for d in &discounts {
        println!("{:>14}: {}", d.label(), d.apply(subtotal));
    }
    let best = discounts.iter().min_by_key(|d| d.apply(subtotal)).unwrap();
    println!("best: {}", best.label());

    // Strings.
    let mut receipt = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            receipt.push_str(" | ");
        }
        receipt += &format!("{}x{}", it.qty, it.name);
    }
    println!("{}", receipt);
    let words: Vec<&str> = receipt.split(" | ").collect();
    println!("{} parts, longest {:?}", words.len(), words.iter().max_by_key(|w| w.len()));
    let initials: String = items.iter().filter_map(|i| i.name.chars().next()).collect();
    println!("initials {}", initials);

    // Option/Result combinators.
    let lookup = |name: &str| items.iter().find(|i| i.name == name);
    println!("{:?}", lookup("milk").map(|i| i.price_cents));
    println!("{:?}", lookup("caviar").map(|i| i.price_cents).unwrap_or_default());
    let checked: Result<u32, String> = items.iter().try_fold(0u32, |acc, it| acc.checked_add(it.price_cents).ok_or_else(|| "overflow".to_string()));
    println!("{:?}", checked);

    // Sorting structs.
    let mut sorted = items.clone();
    sorted.sort_by(|a, b| b.price_cents.cmp(&a.price_cents).then_with(|| a.name.cmp(&b.name)));
    println!("{:?}", sorted.iter().map(|i| i.name.as_str()).collect::<Vec<_>>());
    sorted.dedup_by(|a, b| a.name == b.name);
    println!("dedup {}", sorted.len());
}
