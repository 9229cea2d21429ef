// The aarch64 CRC32 instructions behind `__crc32*` (crc32fast and others use them after
// detecting the feature at run time), each width, both polynomials.
//@ only-arch: aarch64
use std::arch::aarch64::*;
use std::hint::black_box;

#[target_feature(enable = "crc")]
fn checksums(data: &[u8]) -> [u32; 8] {
    let mut out = [!0u32; 8];
    for &b in data {
        out[0] = __crc32b(out[0], b);
        out[1] = __crc32cb(out[1], b);
    }
    for pair in data.chunks_exact(2) {
        let h = u16::from_le_bytes([pair[0], pair[1]]);
        out[2] = __crc32h(out[2], h);
        out[3] = __crc32ch(out[3], h);
    }
    for quad in data.chunks_exact(4) {
        let w = u32::from_le_bytes(quad.try_into().unwrap());
        out[4] = __crc32w(out[4], w);
        out[5] = __crc32cw(out[5], w);
    }
    for oct in data.chunks_exact(8) {
        let d = u64::from_le_bytes(oct.try_into().unwrap());
        out[6] = __crc32d(out[6], d);
        out[7] = __crc32cd(out[7], d);
    }
    out.map(|c| !c)
}

fn main() {
    if !std::arch::is_aarch64_feature_detected!("crc") {
        println!("no crc");
        return;
    }
    let data: Vec<u8> = (0..64u32).map(|i| black_box(i * 37 + 11) as u8).collect();
    for (i, c) in unsafe { checksums(&data) }.iter().enumerate() {
        println!("{i}: {c:#010x}");
    }
    // The well-known check value of CRC-32 over "123456789".
    println!("check {:#010x}", unsafe { checksums(b"123456789") }[0]);
}
