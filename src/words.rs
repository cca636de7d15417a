//! Word lists searched many at once: one automaton per list, built on
//! first use, so that asking "does this text hold any of these words?" or
//! "where does each of them start?" is one pass over the text instead of
//! one substring search per word.

use aho_corasick::{AhoCorasick, MatchKind};

/// A fixed list of words with its automaton.
#[derive(Debug)]
pub struct WordSet {
    ac: AhoCorasick,
    /// The words by their first character, each group in list order.
    by_first: Vec<(char, Vec<&'static str>)>,
    /// Bit `c % 128` is set for every first character `c`: most characters
    /// of a text are passed over with one test.
    first_bits: u128,
}

impl WordSet {
    /// The automaton of `words` (its order is kept: index `i` is `words[i]`).
    pub fn new(words: &'static [&'static str]) -> WordSet {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(words)
            .expect("a word list builds");
        let mut by_first: Vec<(char, Vec<&'static str>)> = Vec::new();
        let mut first_bits = 0u128;
        for w in words {
            let Some(c) = w.chars().next() else { continue };
            first_bits |= 1 << (c as u32 % 128);
            match by_first.iter_mut().find(|(f, _)| *f == c) {
                Some((_, group)) => group.push(w),
                None => by_first.push((c, vec![w])),
            }
        }
        WordSet {
            ac,
            by_first,
            first_bits,
        }
    }

    /// Whether any of the words occurs in `text`.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.ac.is_match(text)
    }

    /// The first word of the list that starts at byte `p` of `text`,
    /// where the character `c` is.
    fn word_at(&self, text: &str, p: usize, c: char) -> Option<&'static str> {
        if self.first_bits & (1 << (c as u32 % 128)) == 0 {
            return None;
        }
        let (_, group) = self.by_first.iter().find(|(f, _)| *f == c)?;
        group.iter().find(|w| text[p..].starts_with(**w)).copied()
    }

    /// For each set, every place one of its words starts in `text`, in
    /// text order, with the first word of its list that starts there: one
    /// pass over `text` for all the sets.
    pub fn starts_each<const N: usize>(
        sets: [&WordSet; N],
        text: &str,
    ) -> [Vec<(usize, &'static str)>; N] {
        let mut hits: [Vec<(usize, &'static str)>; N] = std::array::from_fn(|_| Vec::new());
        let any_bits = sets.iter().fold(0u128, |b, s| b | s.first_bits);
        for (p, c) in text.char_indices() {
            let bit = 1u128 << (c as u32 % 128);
            if any_bits & bit == 0 {
                continue;
            }
            for (set, out) in sets.iter().zip(hits.iter_mut()) {
                if let Some(w) = set.word_at(text, p, c) {
                    out.push((p, w));
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn starts_give_the_first_listed_word_at_each_place() {
        let set = WordSet::new(&["上半年", "半年", "年底", "季"]);
        assert_eq!(
            WordSet::starts_each([&set], "上半年和年底，第三季")[0],
            vec![(0, "上半年"), (3, "半年"), (12, "年底"), (27, "季")]
        );
        assert!(set.occurs_in("今年年底"));
        assert!(!set.occurs_in("全年"));
    }
}
