// `simd_*` operations on integer vectors that split into 16-byte chunks are lowered a chunk at
// a time (one vector instruction each): every lane width, signed and unsigned lanes, 128- and
// 256-bit and wider vectors, compares against the scalar answer at the lane limits, and
// `simd_bitmask` of every chunk shape. Float vectors and unsigned order compares stay scalar.
#![feature(portable_simd)]
use std::convert::TryInto;
use std::hint::black_box;
use std::simd::cmp::{SimdPartialEq, SimdPartialOrd};
use std::simd::{Mask, Simd};

fn lanes8() -> [i8; 32] {
    let mut v = [0i8; 32];
    for (i, x) in v.iter_mut().enumerate() {
        *x = match i % 5 {
            0 => i8::MIN,
            1 => i8::MAX,
            2 => -1,
            3 => 0,
            _ => (i as i8).wrapping_mul(7),
        };
    }
    v
}

fn check<const N: usize, T>(name: &str, a: [T; N], b: [T; N])
where
    T: std::simd::SimdElement + Copy + std::fmt::Debug + PartialOrd + PartialEq,
    Simd<T, N>: SimdPartialEq<Mask = Mask<T::Mask, N>> + SimdPartialOrd,
{
    let va = Simd::from_array(black_box(a));
    let vb = Simd::from_array(black_box(b));
    let eq = va.simd_eq(vb).to_bitmask();
    let ne = va.simd_ne(vb).to_bitmask();
    let lt = va.simd_lt(vb).to_bitmask();
    let le = va.simd_le(vb).to_bitmask();
    let gt = va.simd_gt(vb).to_bitmask();
    let ge = va.simd_ge(vb).to_bitmask();
    let mut expect = [0u64; 6];
    for i in 0..N {
        let bits = [a[i] == b[i], a[i] != b[i], a[i] < b[i], a[i] <= b[i], a[i] > b[i], a[i] >= b[i]];
        for (e, bit) in expect.iter_mut().zip(bits) {
            *e |= (bit as u64) << i;
        }
    }
    let got = [eq, ne, lt, le, gt, ge];
    println!("{name}: {:x?} {}", got, if got == expect { "ok" } else { "MISMATCH" });
}

fn main() {
    let a8 = lanes8();
    let mut b8 = a8;
    b8.rotate_left(3);
    check::<32, i8>("i8x32", a8, b8);
    check::<16, i8>("i8x16", a8[..16].try_into().unwrap(), b8[..16].try_into().unwrap());
    let u8a: [u8; 32] = a8.map(|x| x as u8);
    let u8b: [u8; 32] = b8.map(|x| x as u8);
    check::<32, u8>("u8x32", u8a, u8b);
    let a16: [i16; 16] = std::array::from_fn(|i| [i16::MIN, i16::MAX, -1, 0, 300][i % 5].wrapping_add(i as i16));
    let b16: [i16; 16] = std::array::from_fn(|i| a16[(i + 7) % 16]);
    check::<16, i16>("i16x16", a16, b16);
    check::<8, i16>("i16x8", a16[..8].try_into().unwrap(), b16[..8].try_into().unwrap());
    let a32: [i32; 8] = [i32::MIN, i32::MAX, -1, 0, 5, -5, 1 << 30, 7];
    let b32: [i32; 8] = [0, i32::MAX, 1, 0, -5, -5, 1 << 29, i32::MIN];
    check::<8, i32>("i32x8", a32, b32);
    check::<4, u32>("u32x4", [0, u32::MAX, 7, 1 << 31], [u32::MAX, 0, 7, 1]);
    check::<4, i64>("i64x4", [i64::MIN, -1, 0, i64::MAX], [0, -1, 1, i64::MIN]);
    check::<2, u64>("u64x2", [u64::MAX, 3], [1, 3]);
    check::<64, i8>("i8x64", std::array::from_fn(|i| a8[i % 32]), std::array::from_fn(|i| b8[(i * 3) % 32]));
    check::<8, f32>("f32x8", [0.0, -0.0, 1.5, f32::NAN, -1.0, f32::INFINITY, 2.0, 3.0], [-0.0, 0.0, 1.5, 1.0, f32::NAN, 1.0, 3.0, 2.0]);

    let x = Simd::<i8, 32>::from_array(black_box(a8));
    let y = Simd::<i8, 32>::from_array(black_box(b8));
    println!("add {:?}", (x + y).to_array());
    println!("sub {:?}", (x - y).to_array());
    println!("and {:?} or {:?} xor {:?}", (x & y).to_array(), (x | y).to_array(), (x ^ y).to_array());
    let p = Simd::<u64, 4>::from_array(black_box([u64::MAX, 1, 1 << 63, 12345]));
    let q = Simd::<u64, 4>::from_array(black_box([1, u64::MAX, 1 << 63, 54321]));
    println!("u64 add {:?} sub {:?}", (p + q).to_array(), (p - q).to_array());
    let w = Simd::<i16, 16>::from_array(black_box(a16));
    let z = Simd::<i16, 16>::from_array(black_box(b16));
    println!("i16 add {:?} sub {:?}", (w + z).to_array(), (w - z).to_array());
    println!("i16 mul {:?}", (w * z).to_array());
    let m: Mask<i32, 8> = Mask::from_array(black_box([true, false, true, true, false, false, true, false]));
    println!("mask32 {:08b}", m.to_bitmask());
    let m: Mask<i64, 4> = Mask::from_array(black_box([false, true, true, false]));
    println!("mask64 {:04b}", m.to_bitmask());

    #[cfg(target_arch = "x86_64")]
    unsafe {
        use std::arch::x86_64::*;
        let s = black_box(*b"the quick brown fox jumps over the lazy dog, twice!");
        let needle = _mm_set1_epi8(b'o' as i8);
        for chunk in s.chunks_exact(16) {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let m = _mm_movemask_epi8(_mm_cmpeq_epi8(v, needle));
            let g = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(b'm' as i8)));
            println!("sse2 {m:016b} {g:016b}");
        }
        if is_x86_feature_detected!("avx2") {
            avx2(&s);
        } else {
            println!("no avx2");
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn avx2(s: &[u8; 51]) {
    use std::arch::x86_64::*;
    unsafe {
        let v = _mm256_loadu_si256(s.as_ptr().cast());
        let w = _mm256_loadu_si256(s.as_ptr().add(19).cast());
        let eq = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b' ' as i8));
        let gt = _mm256_cmpgt_epi16(v, w);
        let sum = _mm256_add_epi32(v, w);
        println!("avx2 {:032b} {:032b}", _mm256_movemask_epi8(eq) as u32, _mm256_movemask_epi8(gt) as u32);
        println!("avx2 or {:08x}", _mm256_movemask_epi8(_mm256_or_si256(eq, gt)) as u32);
        let mut out = [0i32; 8];
        _mm256_storeu_si256(out.as_mut_ptr().cast(), sum);
        println!("avx2 add {out:?}");
    }
}
