// Checks char<->u32/u8 casts (incl. char::from_u32 on surrogates/out-of-range), pointer<->usize round trips with offsets, and fn item -> fn pointer -> usize being non-zero and stable.
use std::hint::black_box;

fn target(x: u32) -> u32 {
    x.wrapping_mul(2654435761)
}

fn other(x: u32) -> u32 {
    x ^ 0xffff
}

#[derive(Debug)]
#[repr(C)]
struct Rec {
    a: u8,
    b: u32,
    c: u16,
}

fn main() {
    // u8 -> char is always valid; char -> u8 truncates.
    for b in [0u8, 65, 127, 128, 200, 255] {
        let c = black_box(b) as char;
        println!("u8 {} -> char {:?} -> u32 {} -> u8 {} len_utf8 {}", b, c, c as u32, c as u8, c.len_utf8());
    }
    for c in ['a', 'é', '€', '😀', '\u{10FFFF}', '\0', 'ÿ', 'Ā'] {
        let c = black_box(c);
        println!("char {:?} -> u32 {:#x} u8 {} u16 {} i8 {} i64 {}", c, c as u32, c as u8, c as u16, c as i8, c as i64);
    }
    for v in [0x41u32, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0x10FFFF, 0x110000, u32::MAX] {
        let v = black_box(v);
        println!("from_u32({:#x}) = {:?} from_digit? {:?}", v, char::from_u32(v), char::from_digit(v % 40, 36));
    }
    let s = black_box("héllo wörld");
    let codes: Vec<u32> = s.chars().map(|c| c as u32).collect();
    let back: String = codes.iter().map(|&u| char::from_u32(u).unwrap()).collect();
    println!("codes {:?} back {:?} equal {}", codes, back, back == s);

    // Pointer <-> usize round trips.
    let arr = [10u32, 20, 30, 40, 50];
    let base = arr.as_ptr();
    let addr = base as usize;
    for i in 0..arr.len() {
        let p = (black_box(addr) + i * std::mem::size_of::<u32>()) as *const u32;
        let diff = p as usize - addr;
        println!("elem {} via addr = {} diff {}", i, unsafe { *p }, diff);
    }
    let p_exposed = base.expose_provenance();
    let p2: *const u32 = std::ptr::with_exposed_provenance(p_exposed + 8);
    println!("exposed roundtrip value {}", unsafe { *p2 });
    let r = Rec { a: 1, b: 2, c: 3 };
    let rp = &r as *const Rec as usize;
    let bp = &r.b as *const u32 as usize;
    let cp = &r.c as *const u16 as usize;
    println!("Rec field offsets b={} c={} value {:?}", bp - rp, cp - rp, r);
    let bytes = black_box(&r as *const Rec as *const u8);
    println!("first byte via ptr cast = {}", unsafe { *bytes });
    let null = std::ptr::null::<u8>() as usize;
    println!("null as usize = {} aligned dangling nonzero = {}", null, std::ptr::NonNull::<u64>::dangling().as_ptr() as usize != 0);
    // Thin <-> fat pointer casts.
    let sl: &[u16] = black_box(&[7, 8, 9]);
    let fat = sl as *const [u16];
    let thin = fat as *const u16;
    println!("fat->thin first {} same addr {}", unsafe { *thin }, thin as usize == sl.as_ptr() as usize);

    // fn items -> fn pointers -> usize.
    let f1: fn(u32) -> u32 = target;
    let f2: fn(u32) -> u32 = other;
    let a1 = f1 as usize;
    let a2 = f2 as usize;
    let a1_again = (black_box(target) as fn(u32) -> u32) as usize;
    println!("fn addrs nonzero {} {} distinct {} stable {}", a1 != 0, a2 != 0, a1 != a2, a1 == a1_again);
    let back: fn(u32) -> u32 = unsafe { std::mem::transmute::<usize, fn(u32) -> u32>(black_box(a1)) };
    println!("call through usize roundtrip {} {}", back(3), f2(black_box(3)));
    let as_ptr = f1 as *const ();
    println!("fn as *const () nonnull {}", !as_ptr.is_null());
}
