//! Clause boundaries in Chinese text: full-width commas and semicolons,
//! colons and full stops, and an ASCII comma or semicolon unless it sits
//! between digits (the thousands separator of 1,152).

use super::{Doc, Figure};
use std::cell::RefCell;

/// Clause separators of a text (see the module's doc).
pub(super) trait Clauses {
    /// Byte offset of the last clause separator.
    fn pipe_rfind(&self) -> Option<usize>;
    /// Byte offset of the first clause separator (or full stop).
    fn pipe_find(&self) -> Option<usize>;
    /// Whether there is any clause separator.
    fn pipe_has(&self) -> bool;
}

/// Which separators a search looks for.
#[derive(Clone, Copy)]
struct Wanted {
    full_stop: bool,
    colon: bool,
}

/// The separator that starts at byte `i` of `b`, if it is one `want`ed.
/// Read as bytes: every separator is ASCII or starts with a lead byte
/// (0xEF, 0xE3) that most Chinese text rarely holds.
#[inline]
fn sep_at(b: &[u8], i: usize, want: Wanted) -> bool {
    match b[i] {
        // not a thousands separator between digits (1,152)
        b',' | b';' => {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(|d| d.is_ascii_digit());
            !(before && after)
        }
        // ， ； ：
        0xEF => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0xBC), Some(0x8C | 0x9B)) => true,
            (Some(0xBC), Some(0x9A)) => want.colon,
            _ => false,
        },
        // 。
        0xE3 => want.full_stop && b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x82),
        _ => false,
    }
}

/// How many bytes at the head of a text [`first_sep`] reads one character
/// at a time before it hands the rest to memchr: many searches (a clause
/// after a figure) end there, where reading the characters costs less
/// than setting up memchr's searches.
const HEAD_BYTES: usize = 64;

/// The first separator `want`ed in `b` (UTF-8 text). The head of the text
/// is read character by character (by lead bytes: a separator is ASCII
/// or starts a character of three bytes); past it, only the bytes that
/// can start one are looked at, found by memchr: `,` and `;` (ASCII) and
/// the lead bytes 0xEF and 0xE3, none of which is ever inside another
/// character.
#[inline]
fn first_sep(b: &[u8], want: Wanted) -> Option<usize> {
    let head = b.len().min(HEAD_BYTES);
    let mut i = 0;
    while i < head {
        let x = b[i];
        if matches!(x, b',' | b';' | 0xEF | 0xE3) && sep_at(b, i, want) {
            return Some(i);
        }
        i += match x {
            0..0xC0 => 1,
            0xC0..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
    }
    // (no separator before `i`, a character's start: the first in the rest
    // is the first of all, read with the bytes before it as they are)
    let rest = b.get(i..).unwrap_or(&[]);
    let other = memchr::memchr3_iter(b',', b';', 0xEF, rest)
        .map(|j| i + j)
        .find(|&j| sep_at(b, j, want));
    if !want.full_stop {
        return other;
    }
    // a full stop (0xE3) before it
    let before = &b[i.min(b.len())..other.unwrap_or(b.len())];
    memchr::memchr_iter(0xE3, before)
        .map(|j| i + j)
        .find(|&j| sep_at(b, j, want))
        .or(other)
}

impl Clauses for str {
    fn pipe_rfind(&self) -> Option<usize> {
        let want = Wanted {
            full_stop: false,
            colon: false,
        };
        let b = self.as_bytes();
        // (see first_sep: the full stop is not wanted)
        memchr::memrchr3_iter(b',', b';', 0xEF, b).find(|&i| sep_at(b, i, want))
    }
    fn pipe_find(&self) -> Option<usize> {
        let want = Wanted {
            full_stop: true,
            colon: false,
        };
        first_sep(self.as_bytes(), want)
    }
    fn pipe_has(&self) -> bool {
        let want = Wanted {
            full_stop: true,
            colon: true,
        };
        first_sep(self.as_bytes(), want).is_some()
    }
}

/// The clause separators of one sentence (every kind [`Clauses::pipe_has`]
/// looks for), found once for all its figures (they come one after the
/// other): the sentence's index and the byte offsets in the text where
/// its separators start, in order.
#[derive(Debug, Default)]
pub(super) struct SentenceSeps(RefCell<Option<(usize, Vec<usize>)>>);

impl SentenceSeps {
    /// Whether `text[x..y]`, a stretch of the figure's sentence, holds a
    /// clause separator: `text[x..y].pipe_has()`, read off the sentence's.
    /// A separator inside the stretch reads the same in it as in the
    /// sentence (its bytes and the bytes either side of it are the
    /// same); only an ASCII `,` or `;` at either end of the stretch, whose
    /// digit on the far side the stretch alone does not see, is not, and
    /// such a stretch is searched itself.
    pub(super) fn has_between(&self, doc: &Doc, fig: &Figure, x: usize, y: usize) -> bool {
        let (text, s) = (doc.text, fig.s);
        let b = &text.as_bytes()[x..y];
        if x < s.start
            || y > s.end
            || matches!(b.first(), Some(b',' | b';'))
            || matches!(b.last(), Some(b',' | b';'))
        {
            return text[x..y].pipe_has();
        }
        let mut cell = self.0.borrow_mut();
        let (_, seps) = match &mut *cell {
            Some(read) if read.0 == fig.si => read,
            cell => cell.insert((fig.si, separators(&text[s.start..s.end], s.start))),
        };
        let i = seps.partition_point(|&p| p < x);
        seps.get(i).is_some_and(|&p| p < y)
    }
}

/// Where the clause separators of `sentence` start (every kind
/// [`Clauses::pipe_has`] looks for), as byte offsets plus `base`, in order.
fn separators(sentence: &str, base: usize) -> Vec<usize> {
    let want = Wanted {
        full_stop: true,
        colon: true,
    };
    let b = sentence.as_bytes();
    let mut seps: Vec<usize> = memchr::memchr3_iter(b',', b';', 0xEF, b)
        .chain(memchr::memchr_iter(0xE3, b))
        .filter(|&i| sep_at(b, i, want))
        .map(|i| base + i)
        .collect();
    // (the two searches' bytes differ: no offset is found twice)
    seps.sort_unstable();
    seps
}

/// Where the clause that ends at byte `end` of `text` starts: at the last
/// clause separator between `sent_start` (its sentence's start) and `end`,
/// or at the sentence's start.
pub(super) fn clause_before(text: &str, sent_start: usize, end: usize) -> usize {
    text[sent_start..end]
        .pipe_rfind()
        .map_or(sent_start, |p| sent_start + p)
}

/// [`clause_before`], but a separator inside a bracket that closes before
/// `end` does not end a clause: 年末全国人口（包括31个省…的人口，不包括…）
/// 140828万人 is one clause, whose words (全国人口) name the figure.
pub(super) fn clause_before_outside_brackets(text: &str, sent_start: usize, end: usize) -> usize {
    let mut upto = end;
    loop {
        let p = clause_before(text, sent_start, upto);
        // (most clauses hold no closing bracket: one test of the bytes)
        let tail = &text[p..end];
        if !tail.contains(['）', ')']) {
            return p;
        }
        // the bracket left open at the separator, and where it opens
        let mut depth = 0i32;
        let mut open = None;
        for (i, c) in text[sent_start..p].char_indices().rev() {
            match c {
                '）' | ')' => depth += 1,
                '（' | '(' if depth > 0 => depth -= 1,
                '（' | '(' => {
                    open = Some(sent_start + i);
                    break;
                }
                _ => {}
            }
        }
        let closes_later = tail.chars().fold((0i32, false), |(d, closed), c| match c {
            '（' | '(' => (d + 1, closed),
            '）' | ')' if d == 0 => (d, true),
            '）' | ')' => (d - 1, closed),
            _ => (d, closed),
        });
        match open {
            Some(o) if closes_later.1 && p > sent_start => upto = o,
            _ => return p,
        }
    }
}

/// Whether the words at `start..end` (a name, a period) are where a change
/// starts: 从, 從 or 由 right before them (the text from `from` on), a
/// figure of their own after them, and a verb of change to the figure at
/// `upto` ending the text between (从H100的80GB升级到了…, 由A100的2TB/s提升
/// 至…, 由2024财年的475亿美元增至…).
pub(super) fn starts_a_change(
    text: &str,
    from: usize,
    (start, end): (usize, usize),
    upto: usize,
) -> bool {
    const TO: &[&str] = &["到", "至", "到了", "成", "为", "為"];
    let gap = &text[end..upto];
    text[from..start].trim_end().ends_with(['从', '從', '由'])
        && gap.bytes().any(|b| b.is_ascii_digit())
        && ends_with_any(gap.trim_end(), TO)
}

/// Whether `s` ends with one of `words`. Each word's last byte is
/// compared first: for Chinese words a continuation byte, so the whole
/// word is compared only for the few that could match.
#[inline]
pub(super) fn ends_with_any(s: &str, words: &[&str]) -> bool {
    let b = s.as_bytes();
    let Some(&last) = b.last() else {
        return words.iter().any(|w| w.is_empty());
    };
    words.iter().any(|w| {
        let w = w.as_bytes();
        w.last().is_none_or(|&l| l == last) && b.ends_with(w)
    })
}

/// A word list by the last character of its words, for lists long
/// enough that comparing each word's last byte with a text's costs more
/// than one look-up: whether a text ends with one of them is answered by
/// the words that end with its last character.
pub(super) struct WordEnds {
    by_last: rustc_hash::FxHashMap<char, Vec<&'static str>>,
    /// An empty word is in the list: every text ends with it.
    empty: bool,
}

impl WordEnds {
    pub(super) fn new(words: &[&'static str]) -> WordEnds {
        let mut by_last: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
        for w in words {
            if let Some(c) = w.chars().next_back() {
                by_last.entry(c).or_default().push(w);
            }
        }
        WordEnds {
            by_last,
            empty: words.iter().any(|w| w.is_empty()),
        }
    }

    /// As [`ends_with_any`] with the list.
    pub(super) fn ends(&self, s: &str) -> bool {
        self.empty
            || s.chars().next_back().is_some_and(|c| {
                self.by_last
                    .get(&c)
                    .is_some_and(|ws| ws.iter().any(|w| s.ends_with(w)))
            })
    }
}

/// `text` past the first of `words` it starts with, and whether one did.
pub(super) fn strip_any<'t>(text: &'t str, words: &[&str]) -> (&'t str, bool) {
    words
        .iter()
        .find_map(|w| text.strip_prefix(w))
        .map_or((text, false), |rest| (rest, true))
}

/// Whether `s` starts with one of `words`, each word's last byte compared
/// first (see [`ends_with_any`]).
#[inline]
pub(super) fn starts_with_any(s: &str, words: &[&str]) -> bool {
    let b = s.as_bytes();
    words.iter().any(|w| {
        let w = w.as_bytes();
        match w.len() {
            0 => true,
            n => b.get(n - 1) == Some(&w[n - 1]) && b.starts_with(w),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::Clauses;

    #[test]
    fn a_thousands_separator_is_not_a_clause_break() {
        assert!(!"收入1,152亿美元".pipe_has());
        assert!("收入增长, 达到".pipe_has());
        assert_eq!("甲，乙，丙".pipe_rfind(), Some("甲，乙".len()));
        assert_eq!("甲，乙，丙".pipe_find(), Some("甲".len()));
        // a full stop ends a clause going forward, not looking back
        assert_eq!("甲。乙".pipe_rfind(), None);
        assert_eq!("甲。乙".pipe_find(), Some("甲".len()));
        // past characters of two and four bytes
        assert_eq!("é😀，乙".pipe_find(), Some("é😀".len()));
        assert!("😀;".pipe_has());
        assert!(!"é😀1,2".pipe_has());
    }

    /// The searches by memchr find what reading every character finds.
    #[test]
    fn separators_are_found_as_reading_every_character_finds_them() {
        use super::{first_sep, sep_at, Wanted};
        let pieces = [
            "，", "；", "：", "。", ",", ";", "1", "a", "é", "成", "😀", "（", "、", "」",
            "\u{FF0C}",
        ];
        let mut rng = crate::testing::xorshift(3);
        for round in 0..40_000 {
            // short texts, and texts longer than the head read by characters
            let max = if round % 2 == 0 { 10 } else { 60 };
            let text = crate::testing::pieces_text(&mut rng, &pieces, max);
            let b = text.as_bytes();
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            for (full_stop, colon) in [(false, false), (true, false), (true, true)] {
                let want = Wanted { full_stop, colon };
                let by_chars = starts.iter().copied().find(|&i| sep_at(b, i, want));
                assert_eq!(first_sep(b, want), by_chars, "{text:?}");
            }
            let no = Wanted {
                full_stop: false,
                colon: false,
            };
            let last = starts.iter().rev().copied().find(|&i| sep_at(b, i, no));
            assert_eq!(text.pipe_rfind(), last, "{text:?}");
        }
    }

    /// A stretch of a sentence holds a separator, read off the sentence's
    /// separators found once, where a search of the stretch finds one.
    #[test]
    fn separators_read_once_per_sentence_are_those_of_each_stretch() {
        let pieces = [
            "，",
            "；",
            "：",
            "。",
            ",",
            ";",
            "1",
            "2,0",
            "a",
            "é",
            "成",
            "😀",
            "、",
            "3%",
            "营收",
            "100亿美元",
        ];
        let mut rng = crate::testing::xorshift(37);
        let mut tried = 0;
        for _ in 0..400 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 24) + "。";
            super::super::tests::linked(&text).each_figure(|doc, fig| {
                let s = &doc.text[fig.s.start..fig.s.end];
                let cuts: Vec<usize> = s
                    .char_indices()
                    .map(|(i, _)| fig.s.start + i)
                    .chain([fig.s.end])
                    .collect();
                for _ in 0..20 {
                    let a = cuts[(rng() % cuts.len() as u64) as usize];
                    let b = cuts[(rng() % cuts.len() as u64) as usize];
                    let (x, y) = (a.min(b), a.max(b));
                    assert_eq!(
                        doc.separators.has_between(doc, fig, x, y),
                        doc.text[x..y].pipe_has(),
                        "{text:?} {x}..{y}"
                    );
                    tried += 1;
                }
            });
        }
        assert!(tried > 1_000, "{tried}");
    }

    #[test]
    fn word_lists_match_as_the_plain_searches_do() {
        use super::{ends_with_any, starts_with_any};
        let words = ["比", "相比", "超过", "CEO", ""];
        for s in [
            "",
            "比",
            "与其相比",
            "超过",
            "超",
            "Anthropic CEO",
            "CEO說",
            "过",
        ] {
            for n in 0..words.len() {
                let w = &words[..n];
                assert_eq!(ends_with_any(s, w), w.iter().any(|x| s.ends_with(x)));
                assert_eq!(starts_with_any(s, w), w.iter().any(|x| s.starts_with(x)));
                let ends = super::WordEnds::new(w);
                assert_eq!(ends.ends(s), w.iter().any(|x| s.ends_with(x)));
            }
        }
    }
}
