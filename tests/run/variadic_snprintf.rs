// Checks variadic calls to libc snprintf with ints (promoted widths, long long, unsigned, hex), doubles (%f/%e/%g), strings (%s, precision), chars and pointers-as-null; buffers printed with println!.
use std::ffi::{c_char, c_double, c_int, c_long, c_longlong, c_uint, CStr};
use std::hint::black_box;

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
}

fn show(label: &str, buf: &[u8; 256], ret: c_int) {
    let s = CStr::from_bytes_until_nul(buf).unwrap().to_str().unwrap();
    println!("{}: ret={} [{}]", label, ret, s);
}

fn main() {
    let mut buf = [0u8; 256];
    let p = buf.as_mut_ptr() as *mut c_char;
    unsafe {
        let r = snprintf(p, 256, c"%d %d %d".as_ptr(), black_box(1 as c_int), black_box(-2 as c_int), black_box(i32::MAX));
        show("ints", &buf, r);

        let r = snprintf(p, 256, c"%u %x %X %o".as_ptr(), black_box(u32::MAX as c_uint), black_box(0xbeef as c_uint), black_box(0xcafe as c_uint), black_box(8 as c_uint));
        show("unsigned", &buf, r);

        let r = snprintf(p, 256, c"%lld %llu %ld".as_ptr(), black_box(i64::MIN as c_longlong), black_box(u64::MAX), black_box(-1234567890123 as c_long));
        show("long", &buf, r);

        // Small ints must be promoted to c_int by the caller.
        let r = snprintf(p, 256, c"%hhd %hd %c%c".as_ptr(), black_box(-5i8) as c_int, black_box(-30000i16) as c_int, black_box(b'O') as c_int, black_box(b'K') as c_int);
        show("small", &buf, r);

        let r = snprintf(p, 256, c"%f %.3f %e %g %g".as_ptr(), black_box(3.5 as c_double), black_box(-2.0f64 / 3.0), black_box(6.02214076e23f64), black_box(0.0001f64), black_box(1e20f64));
        show("doubles", &buf, r);

        // f32 must be promoted to f64 explicitly.
        let r = snprintf(p, 256, c"%.2f|%8.3f|%-8.1f|".as_ptr(), black_box(1.25f32) as c_double, black_box(-9.87654f64), black_box(42.0f64));
        show("widths", &buf, r);

        let name = c"cranelift";
        let r = snprintf(p, 256, c"hello %s, %.4s, %10s, %-10s|".as_ptr(), name.as_ptr(), name.as_ptr(), c"right".as_ptr(), c"left".as_ptr());
        show("strings", &buf, r);

        let r = snprintf(p, 256, c"%d %f %s %lld %f %d %s %e".as_ptr(), 1 as c_int, 2.5f64, c"three".as_ptr(), 4i64, 5.75f64, 6 as c_int, c"seven".as_ptr(), 8e8f64);
        show("mixed", &buf, r);

        // Many args to force stack-passed variadics (ints and doubles interleaved).
        let r = snprintf(
            p,
            256,
            c"%d %d %d %d %d %d %d %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f".as_ptr(),
            black_box(1 as c_int),
            2 as c_int,
            3 as c_int,
            4 as c_int,
            5 as c_int,
            6 as c_int,
            7 as c_int,
            black_box(8 as c_int),
            0.1f64,
            0.2f64,
            0.3f64,
            0.4f64,
            0.5f64,
            0.6f64,
            0.7f64,
            0.8f64,
            black_box(0.9f64),
            black_box(1.0f64)
        );
        show("many", &buf, r);

        // Truncation: return value is the full length, buffer holds n-1 chars.
        let mut small = [0u8; 8];
        let r = snprintf(small.as_mut_ptr() as *mut c_char, 8, c"%s-%d".as_ptr(), c"truncated".as_ptr(), 12345 as c_int);
        println!("trunc: ret={} [{}]", r, CStr::from_bytes_until_nul(&small).unwrap().to_str().unwrap());

        // Counting with a null buffer.
        let need = snprintf(std::ptr::null_mut(), 0, c"%d-%d-%d".as_ptr(), 100 as c_int, 2000 as c_int, 30000 as c_int);
        println!("needed {}", need);

        // Loop building a table.
        for i in 0..4 {
            let v = black_box(i as f64 * 1.5 - 2.0);
            let r = snprintf(p, 256, c"row %02d: %+7.2f %5s".as_ptr(), i as c_int, v, if i % 2 == 0 { c"even".as_ptr() } else { c"odd".as_ptr() });
            show("table", &buf, r);
        }
    }
}
