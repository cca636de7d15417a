//! The text as the scanner sees it: characters with their byte offsets,
//! less invisible characters and the spaces inside a quantity, and the
//! clause and sentence windows around a number.

use super::numeral::{arabic_digit, is_chinese_numeral_char, read_numeral, Numeral, NumeralError};
use std::cell::Cell;
use std::mem::MaybeUninit;
use std::sync::LazyLock;

pub(super) const PAREN_OPEN: &[char] = &['(', '（'];
pub(super) const PAREN_CLOSE: &[char] = &[')', '）'];

pub(super) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}')
        || ('\u{300}'..='\u{36f}').contains(&c)
        // combining marks for symbols (the keycap of 2⃣) and variation selectors
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
}

pub(super) fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{3000}' | '\u{2009}' | '\u{202f}' | '\t'
    )
}

/// Whether the spaces between `a` and `b` are inside a quantity.
pub(super) fn squeezable(a: char, b: char) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let numeral = |c: char| is_digit(c) || is_chinese_numeral_char(c);
    let han = crate::segment::is_han;
    let percent = |c: char| matches!(c, '%' | '％' | '‰');
    (numeral(a) && (han(b) || percent(b)) && !(digit(a) && numeral(b) && !han(b)))
        || (han(a) && digit(b))
        || (is_chinese_numeral_char(a) && is_chinese_numeral_char(b))
        // a hedge after a spaced percent sign: 40 % 以上
        || (percent(a) && han(b))
}

/// The length in bytes of the run of spaces that `rest` starts with, when
/// it is inside a quantity: up to three spaces between `last` (the
/// character read before them) and the character after them that
/// [`squeezable`] joins. (Not inlined: the scan of the text keeps `last`
/// as it is, not what this would compute from it.)
#[inline(never)]
fn squeezed_run(last: char, rest: &str) -> Option<usize> {
    if !rest.starts_with(is_inline_space) {
        return None;
    }
    // (at most four characters are read: a longer run is no joint, and a
    // run of any length costs no more than a short one)
    let mut bytes = 0;
    let mut run = 0;
    let mut chars = rest.chars();
    let next = loop {
        let d = chars.next()?;
        if !is_inline_space(d) {
            break d;
        }
        run += 1;
        if run > 3 {
            return None;
        }
        bytes += d.len_utf8();
    };
    squeezable(last, next).then_some(bytes)
}

/// The spare room of the tables [`Text::read`] writes, and how much of it
/// is written: `k` characters and offsets, `n` stops.
struct Tables<'t> {
    cs: &'t mut [MaybeUninit<char>],
    os: &'t mut [MaybeUninit<usize>],
    ss: &'t mut [MaybeUninit<usize>],
    k: usize,
    n: usize,
}

impl Tables<'_> {
    /// Write the character `c` at byte offset `o`, and its place among
    /// the stops if it is one; `None` when there is no room for it.
    #[inline(always)]
    fn put(&mut self, c: char, o: usize, stop: bool) -> Option<()> {
        self.cs.get_mut(self.k)?.write(c);
        self.os.get_mut(self.k)?.write(o);
        if stop {
            self.ss.get_mut(self.n)?.write(self.k);
            self.n += 1;
        }
        self.k += 1;
        Some(())
    }
}

/// Where [`plain_run`] stopped.
enum Next {
    /// At a character of [`SPECIAL`], at this byte offset.
    Special(usize, char),
    /// At the end of the text.
    End,
    /// At a character with no room left for it.
    Full,
}

/// Write the characters from `it` on (in the text `s`) up to one of
/// [`SPECIAL`], and set `last` to the last of them if there are any: all
/// but a few of a text's characters, kept as they are, and a stop when
/// they are one (one look-up in a table of the special characters and the
/// stops for most). (A function of its own: the loop calls nothing, and
/// keeps what it uses in registers.)
#[inline(never)]
fn plain_run(w: &mut Tables, s: &str, it: &mut std::str::Chars, last: &mut Option<char>) -> Next {
    // (what the loop changes is kept in locals and written back at its
    // end, and the offsets are taken as long as the characters, so that
    // one test of `k` is enough for both)
    let (mut chars, mut k, mut n) = (it.clone(), w.k, w.n);
    let first = k;
    // (the byte offset of a character is how far the iterator is past
    // the text's first byte when it reads it)
    let base = s.as_ptr() as usize;
    let cs = &mut *w.cs;
    let os = &mut w.os[..cs.len()];
    let ss = &mut *w.ss;
    let next = loop {
        let o = chars.as_str().as_ptr() as usize - base;
        let Some(c) = chars.next() else {
            break Next::End;
        };
        let stop = SPECIAL_OR_STOP.contains(c);
        if stop && SPECIAL.contains(c) {
            break Next::Special(o, c);
        }
        if k >= cs.len() {
            break Next::Full;
        }
        cs[k].write(c);
        os[k].write(o);
        if stop {
            let Some(sn) = ss.get_mut(n) else {
                break Next::Full;
            };
            sn.write(k);
            n += 1;
        }
        k += 1;
    };
    // (every character the loop read before where it stopped was
    // written: the last one written is the one before that place, read
    // once here rather than kept at each character)
    let end = match next {
        Next::Special(o, _) => Some(o),
        Next::End => Some(s.len()),
        // (the text is then read again, from its start)
        Next::Full => None,
    };
    if let Some(end) = end.filter(|_| k > first) {
        *last = s[..end].chars().next_back();
    }
    (*it, w.k, w.n) = (chars, k, n);
    next
}

/// The digit of the tens 廿, 卅 and 卌 (twenty, thirty, forty) stand for.
fn tens_digit(c: char) -> Option<char> {
    match c {
        '廿' => Some('二'),
        '卅' => Some('三'),
        '卌' => Some('四'),
        _ => None,
    }
}

/// Whether the scanner's character `c` may stand for one of 廿卅卌 of the
/// text (read as 二十, 三十, 四十).
fn may_be_read_tens(c: char) -> bool {
    matches!(c, '二' | '三' | '四' | '十')
}

/// The characters [`Text::new`] does not simply keep: the invisible ones
/// ([`is_invisible`]), the spaces ([`is_inline_space`]) and 廿卅卌.
static SPECIAL: BmpSet = BmpSet::new(
    &[
        ' ', '\t', '\u{a0}', '\u{3000}', '\u{2009}', '\u{202f}', '\u{ad}', '\u{feff}', '廿', '卅',
        '卌',
    ],
    &[
        ('\u{200b}', '\u{200f}'),
        ('\u{2060}', '\u{2064}'),
        ('\u{202a}', '\u{202e}'),
        ('\u{300}', '\u{36f}'),
        ('\u{20d0}', '\u{20ff}'),
        ('\u{fe00}', '\u{fe0f}'),
    ],
);

/// The characters that passes over the text stop at ([`Text::stops`]):
/// where a mention may start ([`super::MENTION_STARTS`]), the marks of
/// addresses and lines ([`super::names::ADDRESS_MARKS`], the line break)
/// and the first characters of the anchors of periods
/// ([`super::periods::ANCHOR_FIRSTS`]).
pub(super) static STOPS: BmpSet = BmpSet::union(&[
    &super::MENTION_STARTS,
    &BmpSet::new(super::names::ADDRESS_MARKS, &[]),
    &BmpSet::new(&['\n'], &[]),
    &BmpSet::new(super::periods::ANCHOR_FIRSTS, &[]),
]);

/// [`SPECIAL`] and [`STOPS`]: the characters [`Text::new`] does more with
/// than keep them.
static SPECIAL_OR_STOP: BmpSet = BmpSet::union(&[&SPECIAL, &STOPS]);

/// The longest text (in bytes) whose tables [`Text::new`] makes as long
/// as the text, without counting its characters.
const SHORT_TEXT: usize = 1 << 16;

pub(super) struct Text<'a> {
    pub(super) s: &'a str,
    pub(super) chars: Vec<char>,
    pub(super) offs: Vec<usize>,
    /// The places (char indices, in order) of the characters of [`STOPS`]:
    /// the passes over the text that look only at some characters (where
    /// a mention may start, an address or a line, a period's anchor) go
    /// through these instead of through every character.
    pub(super) stops: Vec<usize>,
    /// The numeral read last and where (see [`Text::numeral_at`]).
    last_numeral: Cell<Option<(usize, NumeralRead)>>,
    /// The stretch of the text searched last for the words that name a
    /// number a code, and the byte spans of those that start in it (see
    /// [`Text::names_a_code`]).
    code_words: std::cell::RefCell<CodeWords>,
    /// Where the years and the dates of a month are written, found once
    /// for the look-backs that need them (see [`super::dates::DateIndex`]).
    pub(super) dates: std::cell::OnceCell<super::dates::DateIndex>,
}

/// The words that name a number a code found so far (see
/// [`Text::names_a_code`]).
#[derive(Default)]
struct CodeWords {
    /// The stretch of the text searched (byte offsets): every word that
    /// starts in it is in `words`.
    searched: (usize, usize),
    /// The byte spans of the words found, in text order.
    words: Vec<(usize, usize)>,
}

/// What reading a numeral yields.
type NumeralRead = Result<Option<Numeral>, NumeralError>;

impl<'a> Text<'a> {
    /// The characters of `s` with their byte offsets — less the spaces
    /// that web copy and PDFs put inside a quantity (`12.5 亿美元`,
    /// `3 月 8 日`, `三千 二百 万`, `40 %`): a run of up to three spaces with
    /// a digit or a numeral on one side and a Chinese character, a numeral
    /// or a percent sign on the other is skipped, so the grammar reads the
    /// quantity whole while spans still index the original text. Spaces
    /// between two digits (`1 2`, phone numbers) or before a Latin word
    /// (`4090 GPU`, `3.1 405B`) stay.
    pub(super) fn new(s: &'a str) -> Text<'a> {
        // room for every character: each gives one at most, but for 廿卅卌,
        // which give two (and are seldom there at all). Each takes one byte
        // at least (廿卅卌 three), so a short text's length is room enough
        // without counting; a long one's characters are counted, so as not
        // to take three times the room Chinese text needs.
        let n = if s.len() <= SHORT_TEXT {
            s.len()
        } else {
            s.chars().count()
        };
        let (chars, offs, stops) = Text::read(s, n).unwrap_or_else(|| {
            let tens = s.chars().filter(|c| matches!(c, '廿' | '卅' | '卌'));
            Text::read(s, n + tens.count()).expect("room for every character")
        });
        Text {
            s,
            chars,
            offs,
            stops,
            last_numeral: Cell::new(None),
            code_words: std::cell::RefCell::new(CodeWords::default()),
            dates: std::cell::OnceCell::new(),
        }
    }

    /// Whether the text between bytes `from` and `to` holds one of the
    /// words that name a number a code ([`CODE_WORD_LIST`]), as a search
    /// of that stretch would tell. The words found are kept with the
    /// stretch searched, and a later stretch is searched only where it
    /// goes beyond it: bare numbers close together (a page of them) share
    /// one pass instead of searching their windows again.
    pub(super) fn names_a_code(&self, from: usize, to: usize) -> bool {
        let mut found = self.code_words.borrow_mut();
        let CodeWords {
            searched: (lo, hi),
            words,
        } = &mut *found;
        // (the starts in lo..hi are all known; extend that, or start over
        // when the stretch is not next to it)
        if from < *lo || from > *hi {
            (*lo, *hi) = (from, from);
            words.clear();
        }
        if to > *hi {
            for (p, c) in self.s[*hi..to].char_indices() {
                let p = *hi + p;
                for w in CODE_WORDS.get(c) {
                    if self.s[p..].starts_with(w) {
                        words.push((p, p + w.len()));
                    }
                }
            }
            *hi = to;
        }
        words[words.partition_point(|&(a, _)| a < from)..]
            .iter()
            .take_while(|&&(a, _)| a < to)
            .any(|&(_, b)| b <= to)
    }

    /// The characters, offsets and stops of [`Text::new`], in tables with
    /// room for `room` characters; `None` when they need more.
    #[allow(clippy::type_complexity)]
    fn read(s: &str, room: usize) -> Option<(Vec<char>, Vec<usize>, Vec<usize>)> {
        let mut chars: Vec<char> = Vec::with_capacity(room);
        let mut offs: Vec<usize> = Vec::with_capacity(room + 1);
        // (room for a stop at every character, so that writing one never
        // has to make room)
        let mut stops: Vec<usize> = Vec::with_capacity(room);
        // The characters are written into the tables' spare room, the
        // `k` first of each, and their lengths set once at the end: a
        // push would store its length and test its capacity at each one.
        let (k, n) = {
            let mut w = Tables {
                cs: &mut chars.spare_capacity_mut()[..room],
                os: &mut offs.spare_capacity_mut()[..room + 1],
                ss: &mut stops.spare_capacity_mut()[..room],
                k: 0,
                n: 0,
            };
            // the last character written
            let mut last = None;
            // (the byte offset of each character is the length of the text
            // less what the iterator has yet to read)
            let mut it = s.chars();
            loop {
                // most characters are written by `plain_run`: the others
                // are taken one by one here
                let (o, mut c) = match plain_run(&mut w, s, &mut it, &mut last) {
                    Next::Special(o, c) => (o, c),
                    Next::End => break,
                    Next::Full => return None,
                };
                // invisible characters (zero-width spaces and joiners, a
                // stray BOM, soft hyphens, combining marks) are not part of
                // what a reader sees: 2\u{200b},048 is 2,048
                if is_invisible(c) {
                    continue;
                }
                if let Some(run) = last.and_then(|a| squeezed_run(a, &s[o..])) {
                    it = s[o + run..].chars();
                    continue;
                }
                // 廿, 卅, 卌 are twenty, thirty, forty: read as 二十, 三十,
                // 四十, both characters at the one's place in the text (the
                // first here, 十 below)
                if let Some(d) = tens_digit(c) {
                    w.put(d, o, STOPS.contains(d))?;
                    c = '十';
                }
                w.put(c, o, STOPS.contains(c))?;
                last = Some(c);
            }
            w.os[w.k].write(s.len());
            (w.k, w.n)
        };
        // SAFETY: the loop wrote the first `k` characters and offsets and
        // the first `n` stops, and then the offset `k` (the end of the
        // text), each by index in the tables' spare room (see
        // `Tables::put`): their first `k`, `k + 1` and `n` elements are
        // initialised.
        unsafe {
            chars.set_len(k);
            offs.set_len(k + 1);
            stops.set_len(n);
        }
        Some((chars, offs, stops))
    }
    /// The numeral at char `i`, as [`read_numeral`] reads it. The last one
    /// read is kept: at each place a date is tried before a number, and
    /// both read the numeral there.
    pub(super) fn numeral_at(&self, i: usize) -> NumeralRead {
        if let Some((at, read)) = self.last_numeral.get() {
            if at == i {
                return read;
            }
        }
        let read = read_numeral(&self.chars, i);
        self.last_numeral.set(Some((i, read)));
        read
    }
    pub(super) fn len(&self) -> usize {
        self.chars.len()
    }
    pub(super) fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    /// Does the text at char `i` start with `w`?
    #[inline]
    pub(super) fn starts(&self, i: usize, w: &str) -> bool {
        // compare the first char before the bytes: most words fail there
        let Some(&o) = self.offs.get(i) else {
            return false;
        };
        let rest = &self.s.as_bytes()[o..];
        let w = w.as_bytes();
        // first byte first: most words fail there
        !w.is_empty() && rest.first() == w.first() && rest.starts_with(w) || w.is_empty()
    }
    /// Does the text ending at char `i` end with `w`?
    #[inline]
    pub(super) fn ends(&self, i: usize, w: &str) -> bool {
        if i == 0 || i > self.len() {
            return w.is_empty();
        }
        // up to the end of the character before `i` (not over squeezed spaces)
        let end = self.offs[i - 1] + self.chars[i - 1].len_utf8();
        let head = &self.s.as_bytes()[..end];
        let w = w.as_bytes();
        !w.is_empty() && head.last() == w.last() && head.ends_with(w) || w.is_empty()
    }
    /// The character of the original text at char `i` (廿 where the scanner
    /// reads 二十): the first character of any word [`Text::starts`] finds at `i`.
    /// (The scanner's own character but where it may have read one of
    /// 廿卅卌, a test says so.)
    pub(super) fn raw_at(&self, i: usize) -> Option<char> {
        match self.chars.get(i) {
            Some(&c) if !may_be_read_tens(c) => Some(c),
            _ => self.raw_at_in_text(i),
        }
    }
    /// [`Text::raw_at`], read in the original text.
    fn raw_at_in_text(&self, i: usize) -> Option<char> {
        self.s.get(*self.offs.get(i)?..)?.chars().next()
    }
    /// The character of the original text before char `i`: the last
    /// character of any word [`Text::ends`] finds at `i`. (The scanner's
    /// own character but where it may have read one of 廿卅卌, a test says
    /// so.)
    pub(super) fn raw_before(&self, i: usize) -> Option<char> {
        if i == 0 || i > self.len() {
            return None;
        }
        match self.chars[i - 1] {
            c if !may_be_read_tens(c) => Some(c),
            _ => self.raw_before_in_text(i),
        }
    }
    /// [`Text::raw_before`], read in the original text.
    fn raw_before_in_text(&self, i: usize) -> Option<char> {
        if i == 0 || i > self.len() {
            return None;
        }
        let end = self.offs[i - 1] + self.chars[i - 1].len_utf8();
        self.s.get(..end)?.chars().next_back()
    }
    pub(super) fn nchars(w: &str) -> usize {
        w.chars().count()
    }
    /// Longest word of `words` at char `i`.
    pub(super) fn word_at<T: Copy>(
        &self,
        i: usize,
        words: &[(&'static str, T)],
    ) -> Option<(&'static str, T)> {
        let mut best: Option<(&'static str, T)> = None;
        for (w, t) in words {
            if self.starts(i, w) && best.is_none_or(|(b, _)| w.len() > b.len()) {
                best = Some((w, *t));
            }
        }
        best
    }
}

pub(super) fn is_ascii_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

pub(super) fn is_digit(c: char) -> bool {
    arabic_digit(c).is_some()
}

/// Char index where the clause holding `i` starts.
pub(super) fn clause_start(t: &Text, i: usize) -> usize {
    static CLAUSE_MARKS: BmpSet =
        BmpSet::new(&['，', ',', '。', '；', ';', '\n', '！', '？', '：'], &[]);
    let from = window_back(i);
    t.chars[from..i]
        .iter()
        .rposition(|&c| CLAUSE_MARKS.contains(c))
        .map_or(from, |k| from + k + 1)
}

/// How far (in characters) any search around a number looks for the edge
/// of its clause or sentence: about the longest sentence segmentation
/// keeps whole, so text with no punctuation costs the same per number as
/// ordinary news.
pub(super) const WINDOW: usize = 500;

/// Words that name a number near them a code or a number to dial.
const CODE_WORD_LIST: &[&str] = &[
    "代码", "代碼", "编号", "編號", "电话", "電話", "热线", "熱線", "拨打", "撥打", "编码", "編碼",
    "股票",
];

/// [`CODE_WORD_LIST`] split by first character.
static CODE_WORDS: LazyLock<ByChar<&str>> =
    LazyLock::new(|| super::qualifier::by_first(CODE_WORD_LIST));

/// The first character a backward search from char `i` may look at.
pub(super) fn window_back(i: usize) -> usize {
    i.saturating_sub(WINDOW)
}

/// One past the last character a forward search from char `i` may look at.
pub(super) fn window_ahead(t: &Text, i: usize) -> usize {
    (i + WINDOW).min(t.len())
}

pub(super) fn near_any(t: &Text, start: usize, end: usize, words: &[&str]) -> bool {
    let a = start.saturating_sub(20);
    let b = (end + 16).min(t.len());
    let window = &t.s[t.offs[a]..t.offs[b]];
    words.iter().any(|w| window.contains(w))
}

/// Whether the sentence holding char `i` contains one of `words`.
pub(super) fn sentence_has(t: &Text, i: usize, words: &[&str]) -> bool {
    let a = (window_back(i)..i)
        .rev()
        .find(|&k| matches!(t.chars[k], '。' | '！' | '？' | '\n'))
        .map_or(window_back(i), |k| k + 1);
    let b = (i..window_ahead(t, i))
        .find(|&k| matches!(t.chars[k], '。' | '！' | '？' | '\n'))
        .unwrap_or(window_ahead(t, i));
    let window = &t.s[t.offs[a]..t.offs[b]];
    words.iter().any(|w| window.contains(w))
}

pub(super) fn is_han_char(c: char) -> bool {
    crate::segment::is_han(c)
}

/// A word list split by one character of each word (its first or its
/// last), each part in the list's order: a word can only be at a place
/// whose character is its own, so only that part is tried.
pub(super) struct ByChar<T: 'static> {
    /// The parts, sorted by their character.
    parts: Vec<(char, Vec<T>)>,
    /// Bit `c % 4096` is set for the character `c` of every part: most
    /// characters asked for have no part, and are told so by one look-up
    /// instead of a search.
    keys: [u64; 64],
}

impl<T: Copy> ByChar<T> {
    pub(super) fn new(items: &[T], key: impl Fn(&T) -> Option<char>) -> ByChar<T> {
        let mut parts: Vec<(char, Vec<T>)> = Vec::new();
        let mut keys = [0; 64];
        for it in items {
            let Some(c) = key(it) else { continue };
            let (word, bit) = ByChar::<T>::place(c);
            keys[word] |= bit;
            match parts.binary_search_by_key(&c, |(k, _)| *k) {
                Ok(p) => parts[p].1.push(*it),
                Err(p) => parts.insert(p, (c, vec![*it])),
            }
        }
        ByChar { parts, keys }
    }
    /// The word and bit of `keys` for the character `c`.
    fn place(c: char) -> (usize, u64) {
        let k = c as usize % 4096;
        (k / 64, 1 << (k % 64))
    }
    /// The words whose character is `c`, in the list's order.
    pub(super) fn get(&self, c: char) -> &[T] {
        let (word, bit) = ByChar::<T>::place(c);
        if self.keys[word] & bit == 0 {
            return &[];
        }
        match self.parts.binary_search_by_key(&c, |(k, _)| *k) {
            Ok(p) => &self.parts[p].1,
            Err(_) => &[],
        }
    }
}

/// A set of characters of the basic multilingual plane, one bit each,
/// built at compile time: a test of a character is a shift and a mask
/// (none beyond the plane is a member).
pub(super) struct BmpSet {
    bits: [u64; 1024],
}

impl BmpSet {
    /// The set of `members` and of the characters in the inclusive `ranges`.
    pub(super) const fn new(members: &[char], ranges: &[(char, char)]) -> BmpSet {
        let mut bits = [0u64; 1024];
        let mut k = 0;
        while k < members.len() {
            let c = members[k] as usize;
            assert!(c < 0x10000, "a member of the basic multilingual plane");
            bits[c / 64] |= 1 << (c % 64);
            k += 1;
        }
        let mut k = 0;
        while k < ranges.len() {
            let (a, b) = (ranges[k].0 as usize, ranges[k].1 as usize);
            assert!(b < 0x10000, "a range of the basic multilingual plane");
            let mut c = a;
            while c <= b {
                bits[c / 64] |= 1 << (c % 64);
                c += 1;
            }
            k += 1;
        }
        BmpSet { bits }
    }

    /// The set of the characters of any of `sets`.
    pub(super) const fn union(sets: &[&BmpSet]) -> BmpSet {
        let mut bits = [0u64; 1024];
        let mut k = 0;
        while k < sets.len() {
            let mut w = 0;
            while w < bits.len() {
                bits[w] |= sets[k].bits[w];
                w += 1;
            }
            k += 1;
        }
        BmpSet { bits }
    }

    pub(super) fn contains(&self, c: char) -> bool {
        let c = c as usize;
        c < 0x10000 && self.bits[c / 64] & (1 << (c % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code words kept from the stretches searched before answer for
    /// any stretch as a search of it does, words cut by its ends included.
    #[test]
    fn code_words_found_once_answer_as_a_search_of_the_stretch() {
        let words = ["代码", "电话", "股票", "编号", "撥打"];
        let pieces = crate::testing::word_pieces(&words, &["代", "码", "话", "1", " ", "，"]);
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut next = crate::testing::xorshift(0x5eed_c0de);
        for _ in 0..5_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 8);
            let t = Text::new(&s);
            let bounds: Vec<usize> = (0..=s.len()).filter(|&b| s.is_char_boundary(b)).collect();
            // (in text order, as numbers come, which extends the stretch
            // searched; and backwards, which starts it over)
            let mut stretches = Vec::new();
            for (k, &from) in bounds.iter().enumerate() {
                for &to in &bounds[k..] {
                    stretches.push((from, to));
                }
            }
            let backwards: Vec<(usize, usize)> = stretches.iter().rev().copied().collect();
            for (from, to) in stretches.into_iter().chain(backwards) {
                let searched = CODE_WORD_LIST.iter().any(|w| s[from..to].contains(w));
                assert_eq!(t.names_a_code(from, to), searched, "{s:?} {from}..{to}");
            }
        }
    }

    #[test]
    fn tens_are_read_as_two_characters_even_when_the_text_is_all_tens() {
        let t = Text::new("廿卅卌");
        assert_eq!(t.chars, ['二', '十', '三', '十', '四', '十']);
        assert_eq!(t.offs, [0, 0, 3, 3, 6, 6, 9]);
        let t = Text::new("a\u{200b}廿 五 日");
        assert_eq!(t.chars, ['a', '二', '十', '五', '日']);
        assert_eq!(t.offs, [0, 4, 4, 8, 12, 15]);
        let t = Text::new("");
        assert_eq!((t.chars.len(), t.offs), (0, vec![0]));
        // a long text's characters are counted, and are then too few
        let long = "廿".repeat(SHORT_TEXT / 3 + 1);
        let t = Text::new(&long);
        assert_eq!(t.chars.len(), 2 * (SHORT_TEXT / 3 + 1));
        assert_eq!(t.chars[..4], ['二', '十', '二', '十']);
    }

    #[test]
    fn the_stops_are_the_places_of_the_stop_characters() {
        for s in [
            "2024年1月，DeepSeek-V3的训练成本为557.6万美元。\n1. 见https://a.b/c 或 a@b.com",
            "廿五 日 三 千 二百 万，40 %以上\u{200b}，十\u{3000}亿\n\n  （二）下半年",
            "",
        ] {
            let t = Text::new(s);
            let every: Vec<usize> = (0..t.len())
                .filter(|&k| STOPS.contains(t.chars[k]))
                .collect();
            assert_eq!(t.stops, every, "{s}");
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                SPECIAL_OR_STOP.contains(c),
                SPECIAL.contains(c) || STOPS.contains(c)
            );
        }
    }

    /// The characters, offsets and stops of `s` as [`Text::new`] makes
    /// them, one character at a time.
    fn read_by_chars(s: &str) -> (Vec<char>, Vec<usize>, Vec<usize>) {
        let (mut chars, mut offs) = (Vec::new(), Vec::new());
        let mut last = None;
        let mut skip_to = 0;
        for (o, c) in s.char_indices() {
            if o < skip_to || is_invisible(c) {
                continue;
            }
            if let Some(run) = last.and_then(|a| squeezed_run(a, &s[o..])) {
                skip_to = o + run;
                continue;
            }
            let mut c = c;
            if let Some(d) = tens_digit(c) {
                chars.push(d);
                offs.push(o);
                c = '十';
            }
            chars.push(c);
            offs.push(o);
            last = Some(c);
        }
        offs.push(s.len());
        let stops = (0..chars.len())
            .filter(|&k| STOPS.contains(chars[k]))
            .collect();
        (chars, offs, stops)
    }

    #[test]
    fn the_tables_are_those_read_a_character_at_a_time() {
        let pieces = [
            "2", "0", "5", ".", ",", "十", "三", "廿", "卅", "卌", "亿", "年", "月", "的", "增长",
            " ", "  ", "    ", "\u{3000}", "\u{a0}", "\t", "\u{200b}", "\u{feff}", "\u{301}",
            "\u{fe0f}", "%", "％", "a", "h", "@", "\n", "，", "。", "é", "😀", "２", "上", "-",
        ];
        let mut next = crate::testing::xorshift(0x5eed_7e47);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 24);
            let t = Text::new(&s);
            assert_eq!((t.chars, t.offs, t.stops), read_by_chars(&s), "{s:?}");
        }
    }

    #[test]
    fn the_raw_characters_are_those_of_the_text() {
        let pieces = [
            "廿", "卅", "卌", "二", "三", "四", "十", "五", "日", "2", " ", "\u{200b}", "\u{301}",
            "a", "é", "😀", "年",
        ];
        let mut next = crate::testing::xorshift(0x0bad_cafe);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 12);
            let t = Text::new(&s);
            for i in 0..t.len() + 2 {
                assert_eq!(t.raw_at(i), t.raw_at_in_text(i), "{s:?} at {i}");
                assert_eq!(t.raw_before(i), t.raw_before_in_text(i), "{s:?} at {i}");
            }
        }
    }

    #[test]
    fn the_special_characters_are_the_invisible_the_spaces_and_the_tens() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let special = is_invisible(c) || is_inline_space(c) || matches!(c, '廿' | '卅' | '卌');
            assert_eq!(SPECIAL.contains(c), special, "{:04X}", c as u32);
        }
    }
}
