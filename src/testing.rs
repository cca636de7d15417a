//! Helpers shared by the unit tests.

/// A small deterministic xorshift generator: the same values every run,
/// no dependency.
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

/// A string of fewer than `max` pieces, each drawn by `next` from `pieces`:
/// the random texts the tests hold a fast search against a plain one with.
pub(crate) fn pieces_text(next: &mut impl FnMut() -> u64, pieces: &[&str], max: u64) -> String {
    let n = (next() % max) as usize;
    (0..n)
        .map(|_| pieces[(next() % pieces.len() as u64) as usize])
        .collect()
}

/// `words` and each of their characters alone, plus `extra`: the pieces of
/// random texts for a search of those words (a word's characters alone
/// make texts where its start is found but not the whole word).
pub(crate) fn word_pieces(words: &[&'static str], extra: &[&'static str]) -> Vec<String> {
    words
        .iter()
        .map(|w| w.to_string())
        .chain(words.iter().flat_map(|w| w.chars()).map(String::from))
        .chain(extra.iter().map(|w| w.to_string()))
        .collect()
}
