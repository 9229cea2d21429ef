//! A library crate built by cargo-clif and used by the binary of the same package.

/// Words of `text` with their counts, most frequent first, ties alphabetically.
pub fn word_counts(text: &str) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !word.is_empty() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}

/// Exported for C callers of the cdylib: the number of words in a NUL-terminated string.
///
/// # Safety
/// `text` must point to a NUL-terminated string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn workspace_app_word_count(text: *const std::ffi::c_char) -> usize {
    let text = unsafe { std::ffi::CStr::from_ptr(text) };
    word_counts(&text.to_string_lossy()).iter().map(|(_, n)| n).sum()
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_words() {
        assert_eq!(super::word_counts("a b a")[0], ("a".to_string(), 2));
    }
}
