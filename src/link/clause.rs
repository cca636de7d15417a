//! Clause boundaries in Chinese text: full-width commas and semicolons,
//! colons and full stops, and an ASCII comma or semicolon unless it sits
//! between digits (the thousands separator of 1,152).

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
/// (0xEF, 0xE3) that most Chinese text rarely holds, so a search costs a
/// compare or two per byte.
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

/// How far the character whose first byte is `c` runs: a lead byte of three
/// or four bytes is followed by continuation bytes only, none of which
/// starts a separator; anything else moves on by one.
#[inline]
fn step(c: u8) -> usize {
    match c {
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

/// The first separator `want`ed in `b` (UTF-8 text), read character by
/// character.
#[inline]
fn first_sep(b: &[u8], want: Wanted) -> Option<usize> {
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if sep_at(b, i, want) {
            return Some(i);
        }
        i += step(c);
    }
    None
}

impl Clauses for str {
    fn pipe_rfind(&self) -> Option<usize> {
        let want = Wanted {
            full_stop: false,
            colon: false,
        };
        let b = self.as_bytes();
        (0..b.len()).rev().find(|&i| sep_at(b, i, want))
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
            }
        }
    }
}
