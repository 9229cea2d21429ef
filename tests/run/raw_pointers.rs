// Checks raw pointers: *const/*mut read/write, .add/.offset/.sub, offset_from, ptr::read/write/swap/copy, null checks, casting between pointer types.
use std::hint::black_box;
use std::ptr;

#[derive(Debug, Clone, Copy)]
struct Rec {
    a: u16,
    b: i64,
    c: u8,
}

unsafe fn sum_raw(p: *const i32, n: usize) -> i64 {
    let mut s = 0i64;
    for i in 0..n {
        s += unsafe { *p.add(i) } as i64;
    }
    s
}

unsafe fn reverse_raw(p: *mut u8, n: usize) {
    let mut lo = p;
    let mut hi = unsafe { p.add(n - 1) };
    while lo < hi {
        unsafe {
            ptr::swap(lo, hi);
            lo = lo.add(1);
            hi = hi.sub(1);
        }
    }
}

fn main() {
    let mut x: u32 = black_box(10);
    let p: *mut u32 = &mut x;
    unsafe {
        *p += 5;
        *p *= 3;
        println!("x via ptr {}", *p);
    }
    println!("x {}", x);

    let arr = [black_box(1i32), -2, 3, -4, 5, -6, 7, -8];
    let base = arr.as_ptr();
    unsafe {
        println!("add {} {} offset {}", *base.add(3), *base.add(black_box(7)), *base.offset(black_box(2)));
        let end = base.add(arr.len());
        let back = end.offset(-3);
        println!("back {} distance {}", *back, end.offset_from(base));
        println!("sum {}", sum_raw(base.add(2), 4));
    }

    let mut bytes = *b"abcdefg";
    unsafe { reverse_raw(bytes.as_mut_ptr(), bytes.len()) };
    println!("{}", std::str::from_utf8(&bytes).unwrap());

    let mut recs = [Rec { a: 1, b: -1, c: 1 }, Rec { a: 2, b: -2, c: 2 }, Rec { a: 3, b: -3, c: 3 }];
    let rp = recs.as_mut_ptr();
    unsafe {
        (*rp.add(1)).b = black_box(1000);
        let r2 = &mut *rp.add(2);
        r2.a *= 100;
        r2.c = r2.c.wrapping_sub(10);
        let copy = ptr::read(rp);
        ptr::write(rp, Rec { a: copy.a + 40, ..copy });
        let field_ptr: *mut i64 = &raw mut (*rp).b;
        *field_ptr -= 9;
    }
    println!("{:?}", recs);

    let mut src = [1u64, 2, 3, 4, 5];
    let mut dst = [0u64; 5];
    unsafe {
        ptr::copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(1), 3);
        ptr::copy(src.as_ptr(), src.as_mut_ptr().add(1), 4);
    }
    println!("dst {:?} src {:?}", dst, src);

    let np: *const u8 = ptr::null();
    let nm: *mut u8 = ptr::null_mut();
    println!("null {} {} {}", np.is_null(), nm.is_null(), base.is_null());
    let opt = unsafe { base.as_ref() };
    println!("as_ref {:?}", opt);

    // Reinterpret through pointer casts.
    let v: u32 = black_box(0x1122_3344);
    let bp = &v as *const u32 as *const u8;
    let first = unsafe { *bp };
    println!("first byte {:#x} (little endian {})", first, cfg!(target_endian = "little"));
    let words = [black_box(0xffff_0000_u32), 0x0000_ffff];
    let wp = words.as_ptr() as *const u16;
    let halves: Vec<u16> = (0..4).map(|i| unsafe { wp.add(i).read() }).collect();
    println!("halves {:x?}", halves);
    // Pointer comparison / equality (without printing addresses).
    let a0 = &arr[0] as *const i32;
    let a1 = &arr[1] as *const i32;
    println!("cmp {} {} {}", a0 < a1, a0 == base, unsafe { a1.offset_from(a0) });
    // Pointer to pointer.
    let mut val = black_box(7i8);
    let mut pv: *mut i8 = &mut val;
    let ppv: *mut *mut i8 = &mut pv;
    unsafe {
        **ppv = -7;
        *ppv = (*ppv).cast::<i8>();
        **ppv -= 1;
    }
    println!("val {}", val);
    let addr_diff = (a1 as usize) - (a0 as usize);
    println!("addr diff {}", addr_diff);
}
