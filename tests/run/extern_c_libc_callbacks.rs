// C calling back into Rust: qsort/bsearch comparators over repr(C) records and f64s; libc
// functions returning small structs (div, ldiv), strtod's end pointer, gmtime_r/strftime, frexp.
use std::ffi::{CStr, c_char, c_double, c_int, c_long, c_void};

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct DivT {
    quot: c_int,
    rem: c_int,
}
#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct LDivT {
    quot: c_long,
    rem: c_long,
}
#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Tm {
    sec: c_int,
    min: c_int,
    hour: c_int,
    mday: c_int,
    mon: c_int,
    year: c_int,
    wday: c_int,
    yday: c_int,
    isdst: c_int,
    gmtoff: c_long,
    zone: *const c_char,
}

unsafe extern "C" {
    fn div(a: c_int, b: c_int) -> DivT;
    fn ldiv(a: c_long, b: c_long) -> LDivT;
    fn qsort(
        base: *mut c_void,
        n: usize,
        size: usize,
        cmp: extern "C" fn(*const c_void, *const c_void) -> c_int,
    );
    fn bsearch(
        key: *const c_void,
        base: *const c_void,
        n: usize,
        size: usize,
        cmp: extern "C" fn(*const c_void, *const c_void) -> c_int,
    ) -> *mut c_void;
    fn strtod(s: *const c_char, end: *mut *mut c_char) -> c_double;
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn strftime(s: *mut c_char, max: usize, fmt: *const c_char, tm: *const Tm) -> usize;
    fn frexp(x: c_double, exp: *mut c_int) -> c_double;
    fn ldexpf(x: f32, exp: c_int) -> f32;
    fn hypot(x: f64, y: f64) -> f64;
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Rec {
    key: u16,
    weight: f32,
    tag: u8,
}

extern "C" fn cmp_rec(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (&*(a as *const Rec), &*(b as *const Rec)) };
    (a.key as c_int - b.key as c_int).signum() * if a.tag == 255 { -1 } else { 1 }
}
extern "C" fn cmp_f64(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const f64), *(b as *const f64)) };
    a.partial_cmp(&b).map(|o| o as c_int).unwrap_or(0)
}

fn main() {
    unsafe {
        for (a, b) in [(17, 5), (-17, 5), (i32::MAX, -3)] {
            println!("{:?}", div(a, b));
        }
        println!("{:?}", ldiv(-(1 << 40) - 3, 1 << 20));
        let mut recs: Vec<Rec> = (0..12)
            .map(|i| Rec { key: ((i * 7919) % 23) as u16, weight: i as f32 * 0.5, tag: i as u8 })
            .collect();
        qsort(recs.as_mut_ptr().cast(), recs.len(), size_of::<Rec>(), cmp_rec);
        println!("{:?}", recs.iter().map(|r| (r.key, r.weight)).collect::<Vec<_>>());
        let key = Rec { key: 12, weight: 0.0, tag: 0 };
        let hit = bsearch(
            (&raw const key).cast(),
            recs.as_ptr().cast(),
            recs.len(),
            size_of::<Rec>(),
            cmp_rec,
        ) as *const Rec;
        println!("found {:?}", hit.as_ref().map(|r| r.weight));
        let mut fs = [3.5f64, -1.0, 1e300, -0.0, 2.25, f64::MIN_POSITIVE];
        qsort(fs.as_mut_ptr().cast(), fs.len(), 8, cmp_f64);
        println!("{fs:?}");
        let mut end = std::ptr::null_mut();
        let s = c"  6.02214076e23xyz";
        let v = strtod(s.as_ptr(), &mut end);
        println!("{v} rest {:?}", CStr::from_ptr(end));
        let mut tm = std::mem::zeroed::<Tm>();
        gmtime_r(&1_700_000_000i64, &mut tm);
        let mut buf = [0 as c_char; 64];
        let n = strftime(buf.as_mut_ptr(), 64, c"%Y-%m-%d %H:%M:%S %j".as_ptr(), &tm);
        println!("{n} {:?} wday {} yday {}", CStr::from_ptr(buf.as_ptr()), tm.wday, tm.yday);
        let mut e = 0;
        let m = frexp(1536.0, &mut e);
        println!("{m} {e} {} {}", ldexpf(0.75, 11), hypot(3e200, 4e200));
    }
}
