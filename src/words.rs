//! Word lists searched many at once: one automaton per list, built on
//! first use, so that asking "does this text hold any of these words?" or
//! "where does each of them start?" is one pass over the text instead of
//! one substring search per word.

use aho_corasick::{AhoCorasick, Input, MatchKind};

/// A fixed list of words with its automaton.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    ac: AhoCorasick,
}

impl WordSet {
    /// The automaton of `words` (its order is kept: index `i` is `words[i]`).
    pub fn new(words: &'static [&'static str]) -> WordSet {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(words)
            .expect("a word list builds");
        WordSet { words, ac }
    }

    /// Whether any of the words occurs in `text`.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.ac.is_match(text)
    }

    /// Every place one of the words starts in `text`, in text order, with
    /// the first word of the list that starts there.
    pub fn starts(&self, text: &str) -> Vec<(usize, &'static str)> {
        let mut hits = Vec::new();
        let mut from = 0;
        // leftmost-first: of the words starting at the leftmost place, the
        // first listed; searching again from the next character finds the
        // places where a word starts inside another
        while let Some(m) = self.ac.find(Input::new(text).span(from..text.len())) {
            hits.push((m.start(), self.words[m.pattern().as_usize()]));
            from = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
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
            set.starts("上半年和年底，第三季"),
            vec![(0, "上半年"), (3, "半年"), (12, "年底"), (27, "季")]
        );
        assert!(set.occurs_in("今年年底"));
        assert!(!set.occurs_in("全年"));
    }
}
