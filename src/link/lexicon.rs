//! A list of words of two characters or more found in a text by their
//! first two characters (ASCII letters without case): the entity aliases,
//! and the trigger words whose blocks jieba cuts. The places where a word
//! can start are picked out by two bit filters (most characters of a text
//! start none), and only there are the few words that start with those
//! two characters compared with the text, in their order of preference.
//! Nothing is built but the filters and the groups: no automaton, whose
//! building would cost more than many documents' searches.

use rustc_hash::FxHashMap as HashMap;

/// Words (two characters or more) grouped by their first two characters,
/// with the filters of those characters.
pub(super) struct Lexicon {
    /// The words, in their order of preference.
    names: Vec<Box<[u8]>>,
    /// The words of each first two characters, as [`fold`] reads them.
    groups: HashMap<(u32, u32), Group>,
    /// The first characters of the words, by [`Lexicon::first_bit`].
    firsts: Bits,
    /// Their first two characters, by [`Lexicon::pair_bit`].
    pairs: Bits,
    /// The first characters of three bytes, by [`Lexicon::raw_bit`] (a
    /// test of a text's bytes as they are, for the scans' fast path).
    raw_firsts: Bits,
}

/// A word of a group, with what is compared first: its length and its
/// last byte (in lower case).
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// Index into `names`.
    word: usize,
    len: usize,
    last: u8,
}

/// The words of one first two characters, split by the byte after the
/// bytes they all start with (ASCII letters without case): a place is
/// compared with that start once, and then only with the words that go on
/// as the text does (27 names start with `DeepSeek`, most with `-` or a
/// space after it).
#[derive(Debug, Default)]
struct Group {
    /// The bytes every word of the group starts with, in lower case.
    prefix: Box<[u8]>,
    /// The prefix has no ASCII letter: a text holds it when its bytes are
    /// the same (a byte that is no letter matches only itself).
    prefix_caseless: bool,
    /// The words that are the prefix itself, with their places in the
    /// group's order (a place that holds the prefix holds them all).
    whole: Vec<Placed>,
    /// The longer words by their byte after the prefix (in lower case),
    /// each with its place in the group's order, in that order.
    by_next: Vec<(u8, Vec<Placed>)>,
}

/// A word of a group with its place in the group's order.
type Placed = (usize, Entry);

impl Group {
    /// The group of `entries` (two characters or more with the same first
    /// two), in their order; `names` are the words' bytes.
    fn new(entries: &[Entry], names: &[Box<[u8]>]) -> Group {
        let first = &names[entries[0].word];
        let prefix_len = entries
            .iter()
            .map(|e| {
                let w = &names[e.word];
                (0..first.len().min(w.len()))
                    .take_while(|&k| first[k].eq_ignore_ascii_case(&w[k]))
                    .count()
            })
            .min()
            .unwrap_or(0);
        let prefix: Box<[u8]> = first[..prefix_len].to_ascii_lowercase().into();
        let mut group = Group {
            prefix_caseless: !prefix.iter().any(u8::is_ascii_alphabetic),
            prefix,
            ..Group::default()
        };
        for (place, &e) in entries.iter().enumerate() {
            if e.len == prefix_len {
                group.whole.push((place, e));
                continue;
            }
            let next = names[e.word][prefix_len].to_ascii_lowercase();
            match group.by_next.iter_mut().find(|(b, _)| *b == next) {
                Some((_, list)) => list.push((place, e)),
                None => group.by_next.push((next, vec![(place, e)])),
            }
        }
        group
    }

    /// The words of the group (with their places in its order) that may be
    /// at byte `at` of text `b`: none unless the text holds the prefix
    /// there; then the words that are the prefix, which it holds, and
    /// those that go on with the text's next byte, still to compare.
    #[inline]
    fn candidates(&self, b: &[u8], at: usize) -> Option<(&[Placed], &[Placed])> {
        let end = at + self.prefix.len();
        let t = b.get(at..end)?;
        let holds = if self.prefix_caseless {
            *t == *self.prefix
        } else {
            t.eq_ignore_ascii_case(&self.prefix)
        };
        if !holds {
            return None;
        }
        let longer = b.get(end).and_then(|&x| {
            let x = x.to_ascii_lowercase();
            self.by_next.iter().find(|(n, _)| *n == x)
        });
        Some((&self.whole, longer.map_or(&[][..], |(_, l)| l)))
    }
}

/// Whether text `b` holds word `e` at byte `at` (ASCII letters without
/// case), its last byte compared first: most words of a group part there.
#[inline]
fn holds(b: &[u8], at: usize, e: &Entry, names: &[Box<[u8]>]) -> bool {
    b.get(at..at + e.len).is_some_and(|t| {
        t[e.len - 1].to_ascii_lowercase() == e.last && t.eq_ignore_ascii_case(&names[e.word])
    })
}

/// 65,536 bits.
type Bits = Box<[u64; 1024]>;

/// Whether bit `k` (below 65,536) of `bits` is set.
fn has(bits: &Bits, k: usize) -> bool {
    bits[k >> 6] & (1 << (k & 63)) != 0
}

/// Set bit `k` (below 65,536) of `bits`.
fn set(bits: &mut Bits, k: usize) {
    bits[k >> 6] |= 1 << (k & 63);
}

impl Lexicon {
    /// The lexicon of `words`, each of two characters or more, in their
    /// order of preference; none when one is shorter.
    pub(super) fn new(words: &[&str]) -> Option<Lexicon> {
        let mut groups: HashMap<(u32, u32), Vec<Entry>> = HashMap::default();
        let mut firsts: Bits = Box::new([0; 1024]);
        let mut pairs: Bits = Box::new([0; 1024]);
        let mut raw_firsts: Bits = Box::new([0; 1024]);
        for (i, a) in words.iter().enumerate() {
            if let &[_, b1, b2, ..] = a.as_bytes() {
                if a.chars().next().is_some_and(|c| c.len_utf8() == 3) {
                    set(&mut raw_firsts, Lexicon::raw_bit(b1, b2));
                }
            }
            let mut chars = a.chars().map(fold);
            let (Some(c1), Some(c2)) = (chars.next(), chars.next()) else {
                return None; // (a name of one character: not filtered)
            };
            set(&mut firsts, Lexicon::first_bit(c1));
            set(&mut pairs, Lexicon::pair_bit(c1, c2));
            groups.entry((c1, c2)).or_default().push(Entry {
                word: i,
                len: a.len(),
                last: a.as_bytes()[a.len() - 1].to_ascii_lowercase(),
            });
        }
        let names: Vec<Box<[u8]>> = words.iter().map(|a| a.as_bytes().into()).collect();
        let groups = groups
            .into_iter()
            .map(|(k, entries)| (k, Group::new(&entries, &names)))
            .collect();
        Some(Lexicon {
            names,
            groups,
            firsts,
            pairs,
            raw_firsts,
        })
    }

    /// The filter bit of a character of three bytes by its two
    /// continuation bytes, as they are.
    #[inline]
    fn raw_bit(b1: u8, b2: u8) -> usize {
        (b1 as usize) << 8 | b2 as usize
    }

    /// The first byte from byte `i` of UTF-8 text `b` on that does not
    /// start a character of three bytes that no word starts with: a scan
    /// passes over those without decoding them, in a loop of its own (most
    /// of a Chinese text). (It stops where unsure.)
    #[inline(always)]
    fn pass_over(&self, b: &[u8], mut i: usize) -> usize {
        while let [lead, b1, b2, ..] = b[i..] {
            if lead & 0xF0 != 0xE0 || has(&self.raw_firsts, Lexicon::raw_bit(b1, b2)) {
                break;
            }
            i += 3;
        }
        i
    }

    /// The filter bit of a first character (its code point's low 16 bits).
    fn first_bit(c: u32) -> usize {
        c as usize & 0xFFFF
    }

    /// The filter bit of a first and a second character (a hash of both).
    fn pair_bit(c1: u32, c2: u32) -> usize {
        ((c1.wrapping_mul(0x9E37_79B9) ^ c2).wrapping_mul(0x85EB_CA6B) >> 16) as usize
    }

    /// Whether a word may start with character `c` (as [`decode`] reads
    /// it): false when none does.
    #[inline]
    pub(super) fn may_start(&self, c: u32) -> bool {
        has(&self.firsts, Lexicon::first_bit(c))
    }

    /// Whether a word may start with characters `c1` and `c2` (as
    /// [`decode`] reads them): false when none does.
    #[inline]
    pub(super) fn may_start_pair(&self, c1: u32, c2: u32) -> bool {
        has(&self.pairs, Lexicon::pair_bit(c1, c2))
    }

    /// The end of the word first in preference that the text `b` holds at
    /// byte `at`, where characters `c1` and `c2` are (as [`decode`] reads
    /// them), and the word.
    #[inline]
    pub(super) fn at(&self, b: &[u8], at: usize, c1: u32, c2: u32) -> Option<(usize, usize)> {
        if !has(&self.pairs, Lexicon::pair_bit(c1, c2)) {
            return None;
        }
        self.match_at(b, at, c1, c2)
    }

    /// The end of the word first in preference that the text `b` holds at
    /// byte `at`, whose first two characters are `c1` and `c2` (ASCII
    /// letters without case, other bytes as they are), and the word.
    // (kept out of the scan's loop, which it would only crowd: it runs at
    // few places)
    #[inline(never)]
    fn match_at(&self, b: &[u8], at: usize, c1: u32, c2: u32) -> Option<(usize, usize)> {
        let (whole, longer) = self.groups.get(&(c1, c2))?.candidates(b, at)?;
        // the first longer word the text holds, unless a whole one comes
        // before it in the group's order
        let before = whole.first().map_or(usize::MAX, |&(place, _)| place);
        longer
            .iter()
            .take_while(|&&(place, _)| place < before)
            .find(|(_, e)| holds(b, at, e, &self.names))
            .or(whole.first())
            .map(|&(_, e)| (at + e.len, e.word))
    }

    /// Every occurrence of every word in `text`, overlapping ones too, as
    /// (word index, byte offset), in the order of their starts (words at
    /// one start in their order). Each is found at its first two
    /// characters, as in [`Lexicon::find_all`].
    pub(super) fn each(&self, text: &str, mut f: impl FnMut(usize, usize)) {
        let b = text.as_bytes();
        let (mut prev, mut prev_c) = (usize::MAX, 0);
        let mut i = 0;
        while i < b.len() {
            // (characters that start no word, after one that starts
            // none: nothing to do)
            if prev == usize::MAX {
                i = self.pass_over(b, i);
                if i == b.len() {
                    break;
                }
            }
            let (c, len) = decode(b, i);
            if prev != usize::MAX && has(&self.pairs, Lexicon::pair_bit(prev_c, c)) {
                self.each_at(b, prev, prev_c, c, &mut f);
            }
            prev = if self.may_start(c) { i } else { usize::MAX };
            prev_c = c;
            i += len;
        }
    }

    /// Each word that the text `b` holds at byte `at`, whose first two
    /// characters are `c1` and `c2`, in order, to `f` with `at`.
    #[inline(never)]
    fn each_at(&self, b: &[u8], at: usize, c1: u32, c2: u32, f: &mut impl FnMut(usize, usize)) {
        let Some((whole, longer)) = self.groups.get(&(c1, c2)).and_then(|g| g.candidates(b, at))
        else {
            return;
        };
        // the two lists merged in the group's order: the whole words all
        // match, the longer ones when the text holds them
        let (mut w, mut l) = (whole.iter().peekable(), longer.iter().peekable());
        loop {
            let next = match (w.peek(), l.peek()) {
                (Some(x), Some(y)) if x.0 < y.0 => w.next(),
                (Some(_), None) => w.next(),
                (_, Some(_)) => l.next().filter(|(_, e)| holds(b, at, e, &self.names)),
                (None, None) => break,
            };
            if let Some(&(_, e)) = next {
                f(e.word, at);
            }
        }
    }

    /// The byte spans of the words in `text`, each with the word, in
    /// order, as an unanchored
    /// leftmost-first search of them (ASCII letters without case) finds
    /// them one after the other: the first place where a word matches,
    /// the word first in preference of those that match there, and on
    /// from its end.
    ///
    /// A word matches only at a character that is its first (ASCII
    /// letters without case) followed by its second, so the places are
    /// read off the two filters (which may let others through, never miss
    /// one) before the words of those two characters are compared.
    pub(super) fn find_all(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        // the offset of the character before when it can start a word
        // (else none, as usize::MAX), and its code
        let (mut prev, mut prev_c) = (usize::MAX, 0);
        let mut i = 0;
        while i < b.len() {
            // (characters that start no word, after one that starts
            // none: nothing to do)
            if prev == usize::MAX {
                i = self.pass_over(b, i);
                if i == b.len() {
                    break;
                }
            }
            let (c, len) = decode(b, i);
            if prev != usize::MAX {
                if let Some((end, word)) = self.at(b, prev, prev_c, c) {
                    out.push((prev, end, word));
                    prev = usize::MAX;
                    i = end;
                    continue;
                }
            }
            prev = if self.may_start(c) { i } else { usize::MAX };
            prev_c = c;
            i += len;
        }
        out
    }
}

/// A character as the filters see it: its code point, an ASCII letter in
/// lower case (words match ASCII letters without case, and only those).
pub(super) fn fold(c: char) -> u32 {
    c.to_ascii_lowercase() as u32
}

/// The character starting at byte `i` of UTF-8 text `b`, as [`fold`]
/// gives it, and its length in bytes. (Always inlined: it is the body of
/// the scans' loops.)
#[inline(always)]
pub(super) fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let c0 = b[i];
    let cont = |k: usize| (b[i + k] & 0x3F) as u32;
    // (three bytes first: the Chinese characters most of a text is)
    if c0 & 0xF0 == 0xE0 {
        (((c0 & 0x0F) as u32) << 12 | cont(1) << 6 | cont(2), 3)
    } else if c0 < 0x80 {
        (c0.to_ascii_lowercase() as u32, 1)
    } else if c0 < 0xE0 {
        (((c0 & 0x1F) as u32) << 6 | cont(1), 2)
    } else {
        (
            ((c0 & 0x07) as u32) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
            4,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    #[test]
    fn characters_decode_as_the_standard_library_reads_them() {
        let text = "aZ9é成😀\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}";
        for (i, c) in text.char_indices() {
            assert_eq!(decode(text.as_bytes(), i), (fold(c), c.len_utf8()), "{c}");
        }
    }

    /// The matches are those of one unanchored leftmost-first automaton of
    /// the same aliases, on texts made of pieces of them and of other text.
    #[test]
    fn the_matches_are_an_unanchored_searchs() {
        let aliases = [
            "DeepSeek-V3",
            "DeepSeek",
            "DeepSeek R1",
            "deepseek-chat",
            "DeepSeek应用",
            "深度求索",
            "深度",
            "GPT-4",
            "gpt",
            "英伟达",
            "英伟",
            "H800",
            "H8",
            "é😀",
            "😀x",
            // names that start inside others
            "V3",
            "seek",
            "求索",
            "伟达",
            "800",
        ];
        let all = Lexicon::new(&aliases).expect("the aliases are words");
        let whole = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .ascii_case_insensitive(true)
            .build(aliases)
            .expect("the automaton builds");
        let pieces = [
            "deepseek-v3",
            "DEEPSEEK",
            " r1",
            "-Chat",
            "应用",
            "Deep",
            "深度求索",
            "深",
            "度",
            "gPt-4",
            "G",
            "英伟达",
            "英",
            "h800",
            "H",
            "8",
            "é",
            "😀",
            "x",
            "，",
            " ",
            "-",
            "V3",
            "成",
        ];
        let mut rng = crate::testing::xorshift(11);
        for _ in 0..2000 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 12);
            let want: Vec<(usize, usize, usize)> = whole
                .find_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(all.find_all(&text), want, "{text:?}");
        }
    }

    /// Every occurrence is what an overlapping search finds.
    #[test]
    fn each_finds_what_an_overlapping_search_finds() {
        let words = [
            "收入",
            "年收入",
            "入为",
            "第四季度",
            "第四",
            "第四季",
            "四季",
            "季度",
            "其中",
            "中其",
            "ab",
            "AbC",
        ];
        let lexicon = Lexicon::new(&words).expect("the words build");
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .expect("the automaton builds");
        let pieces = [
            "收", "入", "年", "为", "第", "四", "季", "度", "其", "中", "a", "B", "c", "，", "😀",
            "第四",
        ];
        let mut rng = crate::testing::xorshift(17);
        for _ in 0..3000 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 12);
            let mut want: Vec<(usize, usize)> = ac
                .find_overlapping_iter(&text)
                .map(|m| (m.pattern().as_usize(), m.start()))
                .collect();
            let mut got = Vec::new();
            lexicon.each(&text, |w, at| got.push((w, at)));
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{text:?}");
        }
    }
}
