//! The trigger pass: the words naming a metric in each sentence that holds
//! a mention — jieba tokens looked up whole or, for a dictionary word, by
//! the trigger inside it (年收入 holds 收入), and ASCII triggers matched by
//! substring (jieba splits them).
//!
//! jieba cuts a sentence block by block — a block is a run of Han
//! characters, ASCII letters and digits and `+#&._%-` — and each block on
//! its own, so only the blocks that hold a trigger's characters need
//! cutting: one pass over the sentence finds them ([`BlockFilter`], by
//! the first two characters of the triggers), and the tokens are those
//! jieba gives for the whole sentence.

use super::lexicon::{decode, fold, Lexicon};
use super::{Linker, Trigger};
use crate::segment::{Segmenter, Sentence};
use rustc_hash::FxHashMap as HashMap;

/// Which blocks of a sentence can hold a trigger token.
pub(super) struct BlockFilter {
    /// Every trigger of two characters or more that a block's token can
    /// equal or hold (those made of block characters only), ASCII letters
    /// without case; none when the filter cannot tell.
    words: Option<Lexicon>,
    /// The triggers of one block character, as [`decode`] reads them, and
    /// a bit filter of them (by the low 16 bits of their code).
    singles: (Vec<u32>, Box<[u64; 1024]>),
    /// Some trigger could be a token outside the blocks (one other
    /// character): cut whole sentences.
    whole: bool,
    /// The first characters of the triggers of block characters, by the
    /// low 16 bits of their code (exact for the characters of three bytes:
    /// one not among them starts no trigger and is none).
    starts: Box<[u64; 1024]>,
    /// The ASCII characters of the blocks that start no trigger and are
    /// none, by byte.
    ascii_inert: [bool; 128],
}

impl BlockFilter {
    pub(super) fn new(triggers: &HashMap<String, Vec<usize>>) -> BlockFilter {
        let mut in_blocks: Vec<&str> = triggers
            .keys()
            .filter(|k| !k.is_empty() && k.chars().all(in_block))
            .map(|k| k.as_str())
            .collect();
        in_blocks.sort_unstable();
        let whole = triggers
            .keys()
            .any(|k| k.chars().count() == 1 && !k.chars().all(in_block) || k == "\r\n");
        let (singles, longer): (Vec<&str>, Vec<&str>) =
            in_blocks.iter().partition(|k| k.chars().count() == 1);
        let singles: Vec<u32> = singles
            .iter()
            .filter_map(|k| k.chars().next())
            .map(fold)
            .collect();
        let mut bits = Box::new([0u64; 1024]);
        for &c in &singles {
            let k = c as usize & 0xFFFF;
            bits[k >> 6] |= 1 << (k & 63);
        }
        let words = Lexicon::new(&longer);
        let mut starts = Box::new([0u64; 1024]);
        for c in in_blocks.iter().filter_map(|k| k.chars().next()) {
            let k = fold(c) as usize & 0xFFFF;
            starts[k >> 6] |= 1 << (k & 63);
        }
        let mut filter = BlockFilter {
            whole: whole || words.is_none(),
            words,
            singles: (singles, bits),
            starts,
            ascii_inert: [false; 128],
        };
        for a in 0..128u8 {
            let c = fold(a as char);
            filter.ascii_inert[a as usize] = in_block(a as char)
                && !filter.single(c)
                && filter.words.as_ref().is_some_and(|w| !w.may_start(c));
        }
        filter
    }

    /// The first byte from byte `i` of UTF-8 text `b` on that does not
    /// start a block character that starts no trigger and is none (any
    /// block character when `held`, a block that holds a trigger read on):
    /// an ASCII one, or one of the basic block of Chinese characters
    /// (U+4E00 to U+9FFF, E4 B8 80 to E9 BF BF). Those are passed over
    /// without decoding them, in a loop of their own (most of a sentence).
    #[inline(always)]
    fn pass_over(&self, b: &[u8], mut i: usize, held: bool) -> usize {
        loop {
            match b[i..] {
                [a, ..] if a < 0x80 => {
                    if !(self.ascii_inert[a as usize] || held && in_block(a as char)) {
                        break;
                    }
                    i += 1;
                }
                [lead, b1, b2, ..] => {
                    let han = matches!(lead, 0xE5..=0xE9) || lead == 0xE4 && b1 >= 0xB8;
                    let k = ((b1 & 0x3F) as usize) << 6 | (b2 & 0x3F) as usize;
                    let k = ((lead & 0x0F) as usize) << 12 | k;
                    if !han || !held && self.starts[k >> 6] & (1 << (k & 63)) != 0 {
                        break;
                    }
                    i += 3;
                }
                _ => break,
            }
        }
        i
    }

    /// Whether character `c` (as [`decode`] reads it) is a trigger.
    #[inline]
    fn single(&self, c: u32) -> bool {
        let (singles, bits) = &self.singles;
        let k = c as usize & 0xFFFF;
        bits[k >> 6] & (1 << (k & 63)) != 0 && singles.contains(&c)
    }

    /// Whether `word`, a token jieba cut from a sentence, may be a
    /// trigger (or the filter cannot tell): a token of one character
    /// must be a trigger of one, a longer one start as one of the
    /// triggers of two characters or more does. (A trigger with a
    /// character outside the blocks is never a token: jieba cuts blocks
    /// on their own and other characters one by one.)
    #[inline]
    fn may_be_one(&self, word: &str) -> bool {
        let Some(words) = self.words.as_ref().filter(|_| !self.whole) else {
            return true;
        };
        let b = word.as_bytes();
        if b.is_empty() {
            return true;
        }
        let (c1, len) = decode(b, 0);
        if len == b.len() {
            return self.single(c1);
        }
        let (c2, _) = decode(b, len);
        words.may_start_pair(c1, c2)
    }

    /// Whether `word` holds a trigger (or the filter cannot tell).
    fn holds_one(&self, word: &str) -> bool {
        let Some(words) = &self.words else {
            return true;
        };
        let b = word.as_bytes();
        // the character before, when a trigger can start with it
        let (mut prev, mut prev_c) = (usize::MAX, 0);
        let mut i = 0;
        while i < b.len() {
            let (c, len) = decode(b, i);
            if self.single(c) || prev != usize::MAX && words.at(b, prev, prev_c, c).is_some() {
                return true;
            }
            prev = if words.may_start(c) { i } else { usize::MAX };
            prev_c = c;
            i += len;
        }
        false
    }

    /// The byte spans of the blocks of `text` that hold a trigger, in
    /// order (the whole text when the filter cannot tell): a trigger is
    /// made of block characters, so it lies inside one block.
    fn blocks(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(words) = self.words.as_ref().filter(|_| !self.whole) else {
            return vec![(0, text.len())];
        };
        let b = text.as_bytes();
        let mut out: Vec<(usize, usize)> = Vec::new();
        // the start of the block read, and whether it holds a trigger
        let mut block: Option<(usize, bool)> = None;
        // the character before, when a trigger can start with it
        let (mut prev, mut prev_c) = (usize::MAX, 0);
        let mut i = 0;
        while i < b.len() {
            // (block characters that start no trigger and are none, or any
            // once the block holds one, after one that starts none: the
            // block goes on, nothing is found)
            if prev == usize::MAX {
                let held = matches!(block, Some((_, true)));
                let next = self.pass_over(b, i, held);
                if next > i {
                    block.get_or_insert((i, false));
                    i = next;
                    continue;
                }
            }
            let (c, len) = decode(b, i);
            if !char::from_u32(c).is_some_and(in_block) {
                if let Some((start, true)) = block {
                    out.push((start, i));
                }
                block = None;
                prev = usize::MAX;
            } else {
                let (start, held) = block.unwrap_or((i, false));
                let held = held
                    || self.single(c)
                    || prev != usize::MAX && words.at(b, prev, prev_c, c).is_some();
                block = Some((start, held));
                prev = if !held && words.may_start(c) {
                    i
                } else {
                    usize::MAX
                };
                prev_c = c;
            }
            i += len;
        }
        if let Some((start, true)) = block {
            out.push((start, b.len()));
        }
        out
    }
}

/// The triggers of the pieces jieba has cut on this thread, with their
/// byte spans in the piece: jieba cuts a piece the same wherever it stands
/// ([`Segmenter::each_piece`]), so a piece that comes again (亿美元, 同比增长,
/// a clause a later sentence repeats) is cut once. What is kept is
/// bounded: past [`MAX_PIECES`] pieces or [`MAX_PIECE_BYTES`] bytes it is
/// forgotten and begun again.
#[derive(Default)]
struct PiecesCut {
    /// The linker and the segmenter whose cuts these are.
    owner: Option<(u64, u64)>,
    /// The span in `found` of the triggers of each piece, by its text.
    spans: HashMap<Box<str>, (u32, u32)>,
    found: Vec<Trigger>,
    /// The bytes of the pieces kept.
    bytes: usize,
}

/// How many pieces a thread keeps the triggers of, and how many bytes of
/// them (a piece is at most a sentence cut to [`MAX_SENTENCE`] bytes):
/// a few MB at most, whatever the input.
///
/// [`MAX_SENTENCE`]: crate::segment::MAX_SENTENCE
const MAX_PIECES: usize = 1 << 16;
const MAX_PIECE_BYTES: usize = 4 << 20;

thread_local! {
    static PIECES_CUT: std::cell::RefCell<PiecesCut> = std::cell::RefCell::default();
}

impl PiecesCut {
    /// Forget what another linker or segmenter cut.
    fn own(&mut self, owner: (u64, u64)) {
        if self.owner != Some(owner) {
            self.owner = Some(owner);
            self.forget();
        }
    }

    fn forget(&mut self) {
        self.spans.clear();
        self.found.clear();
        self.bytes = 0;
    }

    /// The triggers of `piece`, cut by `cut` the first time.
    fn triggers_of(&mut self, piece: &str, cut: impl FnOnce(&mut Vec<Trigger>)) -> &[Trigger] {
        let (from, to) = match self.spans.get(piece) {
            Some(&span) => span,
            None => {
                if self.spans.len() >= MAX_PIECES || self.bytes >= MAX_PIECE_BYTES {
                    self.forget();
                }
                self.bytes += piece.len();
                let from = self.found.len();
                cut(&mut self.found);
                let span = (from as u32, self.found.len() as u32);
                self.spans.insert(piece.into(), span);
                span
            }
        };
        &self.found[from as usize..to as usize]
    }
}

/// A character of a jieba block (jieba-rs's `RE_HAN_DEFAULT` class).
fn in_block(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}')
        || c.is_ascii_alphanumeric()
        || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
        || matches!(c,
            '\u{3400}'..='\u{4DBF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2A6DF}'
            | '\u{2A700}'..='\u{2B73F}'
            | '\u{2B740}'..='\u{2B81F}'
            | '\u{2B820}'..='\u{2CEAF}'
            | '\u{2CEB0}'..='\u{2EBEF}'
            | '\u{2F800}'..='\u{2FA1F}')
}

impl Linker {
    /// The triggers of every sentence that holds a mention, keyed by
    /// sentence index, sorted by metric and then by offset (so each
    /// candidate metric scans only its own words).
    pub(super) fn sentence_triggers(
        &self,
        seg: &Segmenter,
        text: &str,
        sentences: &[Sentence],
        sentence_of: &[usize],
    ) -> HashMap<usize, Vec<Trigger>> {
        let mut triggers: HashMap<usize, Vec<Trigger>> = HashMap::default();
        for &si in sentence_of {
            if triggers.contains_key(&si) {
                continue;
            }
            triggers.insert(si, self.triggers_in(seg, text, &sentences[si]));
        }
        triggers
    }

    /// The triggers of one sentence: (byte start, byte end, metric).
    fn triggers_in(&self, seg: &Segmenter, text: &str, s: &Sentence) -> Vec<Trigger> {
        let stext = &text[s.start..s.end];
        let mut found = Vec::new();
        PIECES_CUT.with_borrow_mut(|cut| {
            cut.own((self.id, seg.id()));
            for (b0, b1) in self.blocks.blocks(stext) {
                let block_start = s.start + b0;
                let block = &text[block_start..s.start + b1];
                seg.each_piece(block, |p0, p1| {
                    let piece = &block[p0..p1];
                    if !self.blocks.holds_one(piece) {
                        return;
                    }
                    let base = block_start + p0;
                    let of_piece =
                        cut.triggers_of(piece, |all| self.triggers_of_block(seg, piece, all));
                    found.extend(of_piece.iter().map(|&(a, b, m)| (base + a, base + b, m)));
                });
            }
        });
        self.with_other_triggers(text, s, found)
    }

    /// `found` with the sentence's ASCII triggers and economy words added,
    /// grouped by metric (so each candidate scans only its own words).
    fn with_other_triggers(
        &self,
        text: &str,
        s: &Sentence,
        mut found: Vec<Trigger>,
    ) -> Vec<Trigger> {
        let stext = &text[s.start..s.end];
        if let Some(re) = &self.ascii_triggers {
            for hit in re.find_iter(stext) {
                if let Some(ms) = self.triggers.get(&super::unspaced(hit.as_str())) {
                    for &m in ms {
                        found.push((s.start + hit.start(), s.start + hit.end(), m));
                    }
                }
            }
        }
        // a sector's economy is not the economy; the economy's growth said
        // around a time is one word (中国经济去年增长)
        super::economy::economy_words(text, s.start, self.economy_growth.as_deref(), &mut found);
        // (a title is no act: 执行长, 執行官, 执行董事 carry out nothing)
        found.retain(|&(a, b, _)| !is_title(&text[a..b], &text[b..s.end]));
        found.sort_by_key(|&(ts, _, mi)| (mi, ts));
        found
    }

    /// The triggers among the jieba words of one block, with their byte
    /// spans in the block, added to `found`.
    fn triggers_of_block(&self, seg: &Segmenter, block: &str, found: &mut Vec<Trigger>) {
        for tok in seg.tokens(block) {
            let trigger = (self.blocks.may_be_one(tok.word))
                .then(|| self.triggers.get(lower(tok.word).as_ref()))
                .flatten();
            if let Some(ms) = trigger {
                for &m in ms {
                    found.push((tok.byte_start, tok.byte_end, m));
                }
            } else {
                // a dictionary word that holds a trigger (年收入 holds 收入)
                let at = tok.byte_start;
                if let Some((a, b, ms)) = self.trigger_inside(tok.word) {
                    for &m in ms {
                        found.push((at + a, at + b, m));
                    }
                }
            }
        }
    }

    /// The longest trigger of two or more characters inside a word of three
    /// to eight characters (jieba's `年收入` holds `收入`), with its byte span
    /// in the word.
    pub(super) fn trigger_inside<'a>(
        &'a self,
        word: &str,
    ) -> Option<(usize, usize, &'a Vec<usize>)> {
        let n = word.chars().count();
        if !(3..=8).contains(&n) || !self.blocks.holds_one(word) {
            return None;
        }
        // the byte offsets of its characters and its end (at most nine)
        let mut bounds = [word.len(); 9];
        for (k, (i, _)) in word.char_indices().enumerate() {
            bounds[k] = i;
        }
        // the trigger table is lower-case; most words have no upper case
        let lower;
        let word = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = word.to_ascii_lowercase();
            lower.as_str()
        } else {
            word
        };
        for len in (2..n).rev() {
            for i in 0..=n - len {
                let (a, b) = (bounds[i], bounds[i + len]);
                if let Some(ms) = self.triggers.get(&word[a..b]) {
                    return Some((a, b, ms));
                }
            }
        }
        None
    }
}

/// Whether a word of action begins the name of a post (执行 of 执行长,
/// 執行官, 执行董事, 执行总裁; not 执行总统签署的…, 执行董事会批准的…).
fn is_title(word: &str, after: &str) -> bool {
    matches!(word, "执行" | "執行")
        && (after.starts_with(['长', '長', '官'])
            || ["总裁", "總裁"].iter().any(|w| after.starts_with(w))
            || after
                .strip_prefix("董事")
                .is_some_and(|r| !r.starts_with(['会', '會'])))
}

/// `word` in lower case, borrowed when it has no cased letter (Han
/// characters and lower-case ASCII, most of what jieba gives).
pub(super) fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    let caseless = |c: char| (c.is_ascii() && !c.is_ascii_uppercase()) || crate::segment::is_han(c);
    if word.chars().all(caseless) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{fixture, linked, metric_index};

    #[test]
    fn a_trigger_inside_a_dictionary_word_is_found() {
        let f = fixture();
        let (a, b, ms) = f.linker.trigger_inside("年收入").expect("收入 in 年收入");
        assert_eq!(&"年收入"[a..b], "收入");
        assert!(ms.contains(&metric_index("revenue")));
        // too short or too long a word holds none
        assert!(f.linker.trigger_inside("收入").is_none());
        assert!(f.linker.trigger_inside("一二三四五六七八九").is_none());
    }

    /// What a thread keeps of the pieces it cut stays within its bounds,
    /// in pieces and in bytes, and gives back what was cut.
    #[test]
    fn the_pieces_kept_are_bounded() {
        let mut cut = super::PiecesCut::default();
        for i in 0..super::MAX_PIECES + 10 {
            let piece = format!("块{i}");
            let got = cut.triggers_of(&piece, |all| all.push((0, 3, i)));
            assert_eq!(got, [(0, 3, i)]);
            assert!(cut.spans.len() <= super::MAX_PIECES);
        }
        let mut cut = super::PiecesCut::default();
        for i in 0..10_000 {
            let piece = format!("{i:0>600}");
            let got = cut.triggers_of(&piece, |all| all.push((1, 2, i)));
            assert_eq!(got, [(1, 2, i)]);
            assert!(cut.bytes <= super::MAX_PIECE_BYTES + 600);
        }
        // a piece kept is not cut again
        let mut cut = super::PiecesCut::default();
        cut.triggers_of("亿美元", |all| all.push((0, 9, 7)));
        let again = cut.triggers_of("亿美元", |_| panic!("cut again"));
        assert_eq!(again, [(0, 9, 7)]);
    }

    /// The triggers of sentence `s` of `text` cut whole by jieba, every
    /// token looked at.
    fn whole_sentence(
        f: &super::super::tests::Fixture,
        text: &str,
        s: &crate::segment::Sentence,
    ) -> Vec<super::Trigger> {
        let mut found = Vec::new();
        f.linker
            .triggers_of_block(&f.seg, &text[s.start..s.end], &mut found);
        for t in &mut found {
            t.0 += s.start;
            t.1 += s.start;
        }
        f.linker.with_other_triggers(text, s, found)
    }

    /// The pieces of the blocks the filter picks, cut one by one or
    /// remembered, give the triggers that cutting the whole sentence
    /// gives, on every sentence of the corpus.
    #[test]
    fn the_blocks_cut_give_the_whole_sentences_triggers() {
        let f = fixture();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut sentences_seen = 0;
        for entry in std::fs::read_dir(dir).expect("the corpus") {
            let Ok(text) = std::fs::read_to_string(entry.expect("a file").path()) else {
                continue; // the GBK and Big5 articles
            };
            for s in crate::segment::sentences(&text) {
                let by_pieces = f.linker.triggers_in(&f.seg, &text, &s);
                assert_eq!(
                    by_pieces,
                    whole_sentence(f, &text, &s),
                    "{}",
                    &text[s.start..s.end]
                );
                sentences_seen += 1;
            }
        }
        assert!(sentences_seen > 100, "{sentences_seen}");
    }

    /// Pieces remembered from earlier sentences and documents give each
    /// sentence the triggers it has cut whole, on documents whose
    /// sentences and clauses come again.
    #[test]
    fn blocks_cut_once_give_each_sentences_triggers() {
        let f = fixture();
        let pieces = [
            "DeepSeek的年收入为2亿美元",
            "训练成本为557.6万美元",
            "，",
            "。",
            "\n",
            "H800的NVLink带宽为400GB/s",
            "营收",
            "他说",
            "报",
            "下载量突破1463万次",
            "上线18天",
            "GPU小时",
        ];
        let mut rng = crate::testing::xorshift(31);
        for _ in 0..300 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 16);
            let sentences = crate::segment::sentences(&text);
            let all: Vec<usize> = (0..sentences.len()).collect();
            let found = f.linker.sentence_triggers(&f.seg, &text, &sentences, &all);
            for (si, s) in sentences.iter().enumerate() {
                assert_eq!(found[&si], whole_sentence(f, &text, s), "{text:?}");
            }
        }
    }

    /// A token the filter rules out is no trigger, on every token of the
    /// corpus's sentences cut whole.
    #[test]
    fn a_token_ruled_out_is_no_trigger() {
        let f = fixture();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let (mut tokens, mut ruled_out) = (0, 0);
        for entry in std::fs::read_dir(dir).expect("the corpus") {
            let Ok(text) = std::fs::read_to_string(entry.expect("a file").path()) else {
                continue; // the GBK and Big5 articles
            };
            for s in crate::segment::sentences(&text) {
                for tok in f.seg.tokens(&text[s.start..s.end]) {
                    tokens += 1;
                    if !f.linker.blocks.may_be_one(tok.word) {
                        ruled_out += 1;
                        let lower = super::lower(tok.word);
                        assert!(
                            !f.linker.triggers.contains_key(lower.as_ref()),
                            "{}",
                            tok.word
                        );
                    }
                }
            }
        }
        assert!(ruled_out * 2 > tokens, "{ruled_out} of {tokens}");
        // and every trigger is let through
        for t in f.linker.triggers.keys() {
            assert!(
                f.linker.blocks.may_be_one(t) || !t.chars().all(super::in_block),
                "{t}"
            );
        }
    }

    /// The blocks and words found by the first two characters are those
    /// an automaton of the triggers finds, on the corpus's sentences and
    /// on texts made of pieces of triggers.
    #[test]
    fn the_blocks_holding_a_trigger_are_an_automatons() {
        use super::in_block;
        use aho_corasick::{AhoCorasick, Input};
        let f = fixture();
        let keys: Vec<&str> = f
            .linker
            .triggers
            .keys()
            .filter(|k| !k.is_empty() && k.chars().all(in_block))
            .map(|k| k.as_str())
            .collect();
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&keys)
            .expect("the triggers build");
        let by_automaton = |text: &str| {
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(hit) = ac.find(Input::new(text).span(from..text.len())) {
                let start = text[..hit.start()]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| in_block(c))
                    .last()
                    .map_or(hit.start(), |(i, _)| i);
                let end = text[hit.end()..]
                    .char_indices()
                    .find(|&(_, c)| !in_block(c))
                    .map_or(text.len(), |(i, _)| hit.end() + i);
                out.push((start, end));
                from = end;
            }
            out
        };
        let filter = &f.linker.blocks;
        assert!(!filter.whole);
        let mut texts: Vec<String> = Vec::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        for entry in std::fs::read_dir(dir).expect("the corpus") {
            if let Ok(text) = std::fs::read_to_string(entry.expect("a file").path()) {
                texts.extend(
                    crate::segment::sentences(&text)
                        .iter()
                        .map(|s| text[s.start..s.end].to_string()),
                );
            }
        }
        let pieces = [
            "收入",
            "营",
            "收",
            "年收入",
            "GPU",
            "gpu小",
            "时",
            "hbm3E",
            "至",
            "说",
            "，",
            " ",
            "的",
            "成本",
            "训",
            "练",
            "API",
            "a",
            "1",
            "-",
            "é",
            "😀",
            // the first and last characters of the basic block, characters
            // of three bytes just outside it or in extension A, and ASCII
            // characters of the blocks and not
            "一",
            "鿿",
            "䷀",
            "ꀀ",
            "㐀",
            "报",
            "x",
            "+",
            "8",
            "&",
            "(",
        ];
        let mut rng = crate::testing::xorshift(13);
        for _ in 0..3000 {
            texts.push(crate::testing::pieces_text(&mut rng, &pieces, 10));
        }
        for text in &texts {
            assert_eq!(filter.blocks(text), by_automaton(text), "{text}");
            assert_eq!(filter.holds_one(text), ac.is_match(text), "{text}");
        }
    }

    #[test]
    fn triggers_come_by_metric_with_their_spans() {
        let f = fixture();
        let l = linked("DeepSeek的年收入为2亿美元，H800的NVLink带宽为400GB/s。");
        let found = f
            .linker
            .sentence_triggers(&f.seg, &l.text, &l.sentences, &l.sentence_of);
        let trig = &found[&l.sentence_of[0]];
        let words: Vec<(&str, usize)> =
            trig.iter().map(|&(s, e, mi)| (&l.text[s..e], mi)).collect();
        // a jieba word that holds a trigger, and an ASCII trigger by substring
        assert!(
            words.contains(&("收入", metric_index("revenue"))),
            "{words:?}"
        );
        assert!(
            words.contains(&("NVLink", metric_index("nvlink_bandwidth"))),
            "{words:?}"
        );
        // grouped by metric, then in text order
        assert!(trig
            .windows(2)
            .all(|w| (w[0].2, w[0].0) <= (w[1].2, w[1].0)));
        // one entry per sentence that holds a mention
        assert_eq!(found.len(), 1);
    }
}
