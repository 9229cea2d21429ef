// With `-Ctarget-feature=+avx2` code takes the AVX2 paths that `cfg!(target_feature)` selects at
//@ only-arch: x86_64
// compile time; they must behave as under LLVM (the CPU running the tests has AVX2).
//@ compile-flags: -Ctarget-feature=+avx2,+popcnt,+bmi1,+bmi2,+lzcnt
#[allow(unused_imports)]
use std::arch::x86_64::*;

fn sum_bytes(data: &[u8]) -> u64 {
    #[cfg(target_feature = "avx2")]
    unsafe {
        let mut acc = _mm256_setzero_si256();
        let chunks = data.chunks_exact(32);
        let rest = chunks.remainder();
        for chunk in chunks {
            let v = _mm256_loadu_si256(chunk.as_ptr() as *const __m256i);
            acc = _mm256_add_epi64(acc, _mm256_sad_epu8(v, _mm256_setzero_si256()));
        }
        let mut lanes = [0u64; 4];
        _mm256_storeu_si256(lanes.as_mut_ptr() as *mut __m256i, acc);
        return lanes.iter().sum::<u64>() + rest.iter().map(|&b| u64::from(b)).sum::<u64>();
    }
    #[allow(unreachable_code)]
    data.iter().map(|&b| u64::from(b)).sum()
}

fn find_byte(data: &[u8], needle: u8) -> Option<usize> {
    #[cfg(target_feature = "avx2")]
    unsafe {
        let n = _mm256_set1_epi8(needle as i8);
        let mut i = 0;
        while i + 32 <= data.len() {
            let v = _mm256_loadu_si256(data.as_ptr().add(i) as *const __m256i);
            let mask = _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, n)) as u32;
            if mask != 0 {
                return Some(i + mask.trailing_zeros() as usize);
            }
            i += 32;
        }
        return data[i..].iter().position(|&b| b == needle).map(|p| p + i);
    }
    #[allow(unreachable_code)]
    data.iter().position(|&b| b == needle)
}

fn main() {
    let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
    println!("avx2 enabled: {}", cfg!(target_feature = "avx2"));
    println!("sum {}", sum_bytes(&data));
    println!("find {:?} {:?}", find_byte(&data, 250), find_byte(&data, 255));
    let x: u64 = std::hint::black_box(0x00f0_0000_1000);
    println!("{} {} {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros());
    #[cfg(target_feature = "bmi2")]
    unsafe {
        println!("pext {}", _pext_u64(0xdead_beef, 0xff00_ff00));
        println!("pdep {}", _pdep_u64(0x1234, 0x0f0f_0f0f));
    }
    #[cfg(target_feature = "bmi1")]
    unsafe {
        println!("andn {}", _andn_u64(0xff00, 0xf0f0));
    }
}
