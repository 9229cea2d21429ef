// `--emit=asm,link` failed with "could not copy ... .s": the backend wrote no listing. Now each
// CGU's machine code is written as a listing (here to /dev/null); the binary must still work.
//@ compile-flags: --emit=asm=/dev/null,link -Ccodegen-units=2
use std::collections::BTreeMap;

fn main() {
    let mut words = BTreeMap::new();
    for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        *words.entry(w).or_insert(0) += 1;
    }
    println!("{words:?}");
}
