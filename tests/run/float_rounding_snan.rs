// The float roundings of signaling NaNs, quiet NaNs, halves and signed zeros. Without SSE4.1
// LLVM calls libm's `floorf`, `rintf`, ... (which return a signaling NaN unchanged), with it
// `roundss` (which quiets it); our `round_ties_even` called `nearbyintf` and quieted it.
use std::hint::black_box as bb;

/// Prints each value's bits and those of its roundings and fractional part.
macro_rules! roundings {
    ($float:ident, $width:literal, $($bits:literal),*) => {
        for bits in [$($bits),*] {
            let x = bb($float::from_bits(bits));
            println!(
                concat!(stringify!($float), " {:0w$x}: {:0w$x} {:0w$x} {:0w$x} {:0w$x} {:0w$x} {:0w$x}"),
                bits,
                x.round_ties_even().to_bits(),
                x.floor().to_bits(),
                x.ceil().to_bits(),
                x.trunc().to_bits(),
                x.round().to_bits(),
                x.fract().to_bits(),
                w = $width
            );
        }
    };
}

fn main() {
    roundings!(
        f32,
        8,
        0x7f80_0003u32,
        0xff80_0001,
        0x7fc0_0005,
        0x3fc0_0000,
        0x4020_0000,
        0xbf00_0000,
        0x8000_0000
    );
    roundings!(
        f64,
        16,
        0x7ff0_0000_0000_0003u64,
        0xfff0_0000_0000_0001,
        0x4004_0000_0000_0000,
        0xbfe0_0000_0000_0000
    );
}
