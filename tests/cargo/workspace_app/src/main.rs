// Checks a cargo package (lib + bin) built by cargo-clif against the LLVM build.
use workspace_app::word_counts;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog; The dog sleeps, the fox runs.";
    for (word, n) in word_counts(text).iter().take(5) {
        println!("{word:>8}: {n}");
    }
    let total: usize = word_counts(text).iter().map(|(_, n)| n).sum();
    println!("total words: {total}");
    let c_total = unsafe { workspace_app::workspace_app_word_count(c"one two two".as_ptr()) };
    println!("via the C entry point: {c_total}");
    std::process::exit((total % 7) as i32);
}
