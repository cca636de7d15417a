//! Word lists searched many at once: one automaton per list, built on
//! first use, so that asking "does this text hold any of these words?" or
//! "where does each of them start?" is one pass over the text instead of
//! one substring search per word.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// A fixed list of words with its automaton.
#[derive(Debug)]
pub struct WordSet {
    ac: AhoCorasick,
    /// The words by their first character, each group in list order.
    by_first: Vec<(char, Vec<&'static str>)>,
    /// The first characters of the words: most characters of a text are
    /// passed over with one test.
    firsts: CharFilter,
}

/// A set of characters, tested by one bit each: bit `c % 4096` is set for
/// every member `c`. A character that is not a member may share a member's
/// bit (rarely: a text's characters fall in one of 4096 places), so a hit
/// is then confirmed by comparing the words.
#[derive(Debug, Clone)]
struct CharFilter {
    bits: [u64; CharFilter::WORDS],
}

impl CharFilter {
    const WORDS: usize = 4096 / 64;

    fn empty() -> CharFilter {
        CharFilter {
            bits: [0; CharFilter::WORDS],
        }
    }

    fn place(c: char) -> (usize, u64) {
        let k = c as usize % 4096;
        (k / 64, 1 << (k % 64))
    }

    fn insert(&mut self, c: char) {
        let (word, bit) = CharFilter::place(c);
        self.bits[word] |= bit;
    }

    /// False when `c` is not a member; true when it may be one.
    fn may_hold(&self, c: char) -> bool {
        let (word, bit) = CharFilter::place(c);
        self.bits[word] & bit != 0
    }

    fn union(&mut self, other: &CharFilter) {
        for (a, b) in self.bits.iter_mut().zip(&other.bits) {
            *a |= b;
        }
    }
}

impl WordSet {
    /// The automaton of `words` (its order is kept: index `i` is `words[i]`).
    pub fn new(words: &'static [&'static str]) -> WordSet {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            // a contiguous NFA builds in a fraction of the time a DFA takes,
            // and the lists' searches, mostly done by the prefilter, cost
            // about the same
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(words)
            .expect("a word list builds");
        let mut by_first: Vec<(char, Vec<&'static str>)> = Vec::new();
        let mut firsts = CharFilter::empty();
        for w in words {
            let Some(c) = w.chars().next() else { continue };
            firsts.insert(c);
            match by_first.iter_mut().find(|(f, _)| *f == c) {
                Some((_, group)) => group.push(w),
                None => by_first.push((c, vec![w])),
            }
        }
        WordSet {
            ac,
            by_first,
            firsts,
        }
    }

    /// Whether any of the words occurs in `text`.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.ac.is_match(text)
    }

    /// The first word of the list that starts at byte `p` of `text`,
    /// where the character `c` is.
    fn word_at(&self, text: &str, p: usize, c: char) -> Option<&'static str> {
        if !self.firsts.may_hold(c) {
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
        let any = WordSet::firsts_of(&sets);
        for (p, c) in text.char_indices() {
            if any.may_hold(c) {
                WordSet::hits_at(&sets, text, p, c, &mut hits);
            }
        }
        hits
    }

    /// As [`WordSet::starts_each`], for a text whose characters are at hand:
    /// `chars[k]` is the character at byte `offs[k]` of `text`, in text
    /// order. Only those characters are tried (a caller may leave out
    /// characters no word starts with), and none is decoded again.
    pub fn starts_each_among<const N: usize>(
        sets: [&WordSet; N],
        text: &str,
        chars: &[char],
        offs: &[usize],
    ) -> [Vec<(usize, &'static str)>; N] {
        let mut hits: [Vec<(usize, &'static str)>; N] = std::array::from_fn(|_| Vec::new());
        let any = WordSet::firsts_of(&sets);
        let mut k = 0;
        // (most characters are passed over by one look-up each, four at a
        // time where none of the four may start a word)
        loop {
            while let Some(four) = chars.get(k..k + 4) {
                if four.iter().any(|&c| any.may_hold(c)) {
                    break;
                }
                k += 4;
            }
            let Some(skip) = chars[k..].iter().position(|&c| any.may_hold(c)) else {
                break;
            };
            k += skip;
            WordSet::hits_at(&sets, text, offs[k], chars[k], &mut hits);
            k += 1;
        }
        hits
    }

    /// The first characters of the words of all `sets`.
    fn firsts_of(sets: &[&WordSet]) -> CharFilter {
        let mut any = CharFilter::empty();
        for set in sets {
            any.union(&set.firsts);
        }
        any
    }

    /// Add to each set's hits the word of its list that starts at byte `p`
    /// of `text`, where the character `c` is, if one does.
    fn hits_at<const N: usize>(
        sets: &[&WordSet; N],
        text: &str,
        p: usize,
        c: char,
        hits: &mut [Vec<(usize, &'static str)>; N],
    ) {
        for (set, out) in sets.iter().zip(hits.iter_mut()) {
            if let Some(w) = set.word_at(text, p, c) {
                out.push((p, w));
            }
        }
    }
}

/// The full-width forms of a word with ASCII letters (`ＧＢ` of `GB`,
/// `Ｈ２０` of `H20`), as Taiwan's and Hong Kong's wire copy writes codes
/// and units: every printable ASCII character but the space in its
/// full-width form (`ＴＢ／ｓ`), and, when the word has signs, only its
/// letters and digits so (`ＴＢ/ｓ`). Empty for a word with no ASCII letter.
pub fn full_width_forms(word: &str) -> Vec<String> {
    if !word.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Vec::new();
    }
    let wide = |c: char| full_width(c).unwrap_or(c);
    let all: String = word
        .chars()
        .map(|c| if c.is_ascii_graphic() { wide(c) } else { c })
        .collect();
    let letters: String = word
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                wide(c)
            } else {
                c
            }
        })
        .collect();
    if letters == all {
        vec![all]
    } else {
        vec![all, letters]
    }
}

/// The full-width form of a printable ASCII character but the space
/// (`H` → `Ｈ`, `/` → `／`); none for any other.
pub fn full_width(c: char) -> Option<char> {
    c.is_ascii_graphic()
        .then(|| char::from_u32(c as u32 + 0xFEE0))
        .flatten()
}

/// The ASCII form of a full-width character (`Ｈ` → `H`, `／` → `/`, the
/// ideographic space a space); other characters as they are.
pub fn half_width(c: char) -> char {
    match c {
        '！'..='～' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Whether a character is a full-width letter or digit (`Ｈ`, `２`): not
/// the full-width marks every Chinese text holds (`，`, `（`).
pub fn is_full_width_alnum(c: char) -> bool {
    matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

#[cfg(test)]
mod tests {
    use super::{full_width_forms, half_width, WordSet};

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

    #[test]
    fn full_width_forms_go_back_to_the_word() {
        assert_eq!(full_width_forms("H20"), vec!["Ｈ２０".to_string()]);
        assert_eq!(
            full_width_forms("TB/s"),
            vec!["ＴＢ／ｓ".to_string(), "ＴＢ/ｓ".to_string()]
        );
        assert!(full_width_forms("万亿").is_empty());
        for w in ["H20", "TB/s", "US$", "DeepSeek-V3"] {
            for wide in full_width_forms(w) {
                assert_eq!(wide.chars().map(half_width).collect::<String>(), w);
            }
        }
    }
}
