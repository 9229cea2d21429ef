// Checks statics holding pointers/references to other statics (linked lists, tables of &str, slices of structs referencing statics), relocations in read-only data, and identity of addresses.
use std::hint::black_box;

struct Node {
    val: i32,
    next: Option<&'static Node>,
}

static N3: Node = Node { val: 30, next: None };
static N2: Node = Node { val: 20, next: Some(&N3) };
static N1: Node = Node { val: 10, next: Some(&N2) };
static HEAD: &Node = &N1;

static WORDS: [&str; 6] = ["alpha", "beta", "", "delta", "εψιλον", "zeta"];
static WORDS_REF: &[&str] = &WORDS;
static NESTED: [&[&str]; 3] = [&["a", "b"], &[], &WORDS];

struct Op {
    name: &'static str,
    f: fn(i64, i64) -> i64,
    data: &'static [u8],
}

fn add(a: i64, b: i64) -> i64 {
    a + b
}
fn sub(a: i64, b: i64) -> i64 {
    a - b
}

static BYTES_A: [u8; 3] = [1, 2, 3];
static OPS: [Op; 3] = [
    Op { name: "add", f: add, data: &BYTES_A },
    Op { name: "sub", f: sub, data: b"xyz" },
    Op { name: "mul", f: |a, b| a * b, data: &[] },
];

static VALUE: u64 = 0xfeed;
static PTR_TO_VALUE: &u64 = &VALUE;
static PTR_TO_PTR: &&u64 = &PTR_TO_VALUE;
static INTERIOR: &u8 = &BYTES_A[2];
static SELF_STR: &str = WORDS[4];

struct SyncPtr(*const u16);
unsafe impl Sync for SyncPtr {}
static ARR16: [u16; 4] = [100, 200, 300, 400];
static RAW: SyncPtr = SyncPtr(&ARR16 as *const [u16; 4] as *const u16);
static RAW_END: SyncPtr = SyncPtr(unsafe { (&ARR16 as *const [u16; 4] as *const u16).add(3) });

fn main() {
    let mut cur = Some(black_box(HEAD));
    let mut sum = 0;
    let mut path = Vec::new();
    while let Some(n) = cur {
        sum += n.val;
        path.push(n.val);
        cur = n.next;
    }
    println!("list {:?} sum {}", path, sum);
    println!("N2 via HEAD is N2: {}", std::ptr::eq(HEAD.next.unwrap(), &N2));

    for (i, w) in black_box(WORDS_REF).iter().enumerate() {
        println!("word {} {:?} len {} chars {}", i, w, w.len(), w.chars().count());
    }
    let lens: Vec<usize> = NESTED.iter().map(|s| s.len()).collect();
    println!("nested lens {:?} last-of-last {:?}", lens, NESTED[2].last());
    println!("WORDS_REF aliases WORDS: {}", std::ptr::eq(WORDS_REF.as_ptr(), WORDS.as_ptr()));

    for op in OPS.iter() {
        let r = (op.f)(black_box(12), black_box(5));
        println!("op {} -> {} data {:?}", op.name, r, op.data);
    }
    println!("**PTR_TO_PTR = {:#x} same addr {}", **PTR_TO_PTR, std::ptr::eq(*PTR_TO_PTR, &VALUE));
    println!("INTERIOR = {} is &BYTES_A[2]: {}", *INTERIOR, std::ptr::eq(INTERIOR, &BYTES_A[2]));
    println!("SELF_STR = {}", SELF_STR);
    unsafe {
        let i = black_box(2usize);
        println!("RAW[{}] = {} RAW_END = {} span {}", i, *RAW.0.add(i), *RAW_END.0, RAW_END.0.offset_from(RAW.0));
    }
}
