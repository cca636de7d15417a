//! Stage 2, *segment*: paragraphs and sentences, page furniture, and jieba
//! tokens for the words around numbers.
//!
//! Sentences end at `。！？；!?` and at line breaks, never at the `.` of
//! `278.8`. A paragraph is a block of lines between blank lines; the linker
//! carries an implicit subject (其, 该公司) across the sentences of one.
//!
//! Lines that are page furniture — upload limits, click counters, bylines
//! with timestamps, share buttons, copyright — are marked so that their
//! numbers are not checked as claims about the world.
//!
//! jieba-rs runs only on sentences that hold a number (most of an article
//! needs no segmentation at all). The [`Segmenter`] is built once, taught
//! the database's entity names and metric words so they stay whole, and
//! shared by every worker thread.

use crate::words::WordSet;
use jieba_rs::{Jieba, Token};
use std::sync::LazyLock;

/// A sentence of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the end (delimiter included).
    pub end: usize,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// 1-based line number.
    pub line: usize,
    /// The line is page furniture, not article text.
    pub furniture: bool,
}

const ENDERS: &[char] = &['。', '！', '？', '；', '!', '?', ';', '\n'];
const CLOSERS: &[char] = &['”', '」', '』', '’', '"', '）', ')'];

/// Keywords of page furniture lines (in either script).
const FURNITURE: &[&str] = &[
    "上传",
    "上傳",
    "仅支持",
    "僅支持",
    "文件小于",
    "文件小於",
    "檔案",
    "点击率",
    "點擊率",
    "阅读量",
    "閱讀量",
    "阅读数",
    "閱讀數",
    "评论",
    "評論",
    "登录",
    "登入",
    "注册",
    "註冊",
    "分享到",
    "分享:",
    "分享：",
    "字体",
    "字體",
    "字号",
    "字號",
    "打印",
    "电邮",
    "電郵",
    "责任编辑",
    "責任編輯",
    "编辑：",
    "编辑:",
    "編輯：",
    "編輯:",
    "版权所有",
    "版權所有",
    "Copyright",
    "copyright",
    "©",
    "客服",
    "热线",
    "熱線",
    "电话：",
    "电话:",
    "電話：",
    "電話:",
    "发表时间",
    "發表時間",
    "发布时间",
    "發布時間",
    "發佈時間",
    "日期:",
    "日期：",
    "时间:",
    "时间：",
    "時間:",
    "時間：",
    "订阅",
    "訂閱",
    "广告",
    "廣告",
    "相关文章",
    "相關文章",
    "点赞",
    "點讚",
    "收藏",
    "关注我们",
    "關注我們",
    "扫码",
    "掃碼",
    "二维码",
    "二維碼",
    "ICP备",
    "ICP證",
    "备案号",
    "備案號",
    "返回",
    "更多",
    "全部",
    "作者:",
    "作者：",
    "记者",
    "記者",
    "来源:",
    "来源：",
    "來源:",
    "來源：",
    "浏览",
    "瀏覽",
    "下一篇",
    "上一篇",
    "栏目",
    "欄目",
    "新增",
];

/// Keywords that mark a line as page furniture even when it ends like a
/// sentence: the labels of a page's own time first ([`TIME_LABELS`]), then
/// the other marks of a page ([`OTHER_MARKS`]).
const FURNITURE_STRONG: &[&str] = &[
    "发表时间",
    "發表時間",
    "发布时间",
    "發布時間",
    "發佈時間",
    "仅支持",
    "僅支持",
    "版权所有",
    "版權所有",
    "Copyright",
    "©",
    "责任编辑",
    "責任編輯",
    "ICP备",
    "点击率",
    "點擊率",
    "分享到",
    "上传图片",
    "上傳圖片",
];

/// Whether a short line opens with a date's English label and holds a
/// date (published: 2025-02-05, Posted on 2025/2/5 by 编辑部).
fn dated_by_english_label(t: &str) -> bool {
    static LABEL: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(&format!(
            r"^{}\s*[:：]?\s*{}日?(?:\s*\d{{1,2}}[:：]\d{{2}}(?:[:：]\d{{2}})?)?",
            crate::published::ENGLISH_LABEL,
            crate::published::DATE
        ))
        .expect("valid regex")
    });
    // (a label's first letter opens the line: most lines open with none)
    if !t.starts_with(['P', 'p', 'U', 'u', 'L', 'l', 'D', 'd']) || t.chars().nth(80).is_some() {
        return false;
    }
    // what follows the date holds no figure (by 编辑部, not ：下载量已超1.1亿次)
    LABEL
        .find(t)
        .is_some_and(|m| !t[m.end()..].contains(|c: char| c.is_ascii_digit() || c.is_numeric()))
}

/// Whether a line is page furniture: it has a furniture keyword and is
/// short or not a sentence (no full stop).
pub fn is_furniture(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    // whether the line has more than `k` characters: counted only when
    // its length in bytes (one to four a character) does not tell
    let count = std::cell::OnceCell::new();
    let longer_than =
        |k: usize| t.len() > 4 * k || (t.len() > k && *count.get_or_init(|| t.chars().count()) > k);
    // a line that ends as a sentence is article text unless it carries an
    // unmistakable mark of the page (发表时间, ©, 仅支持…上传)
    let sentence_like =
        t.ends_with(['。', '！', '？', '”', '」']) || (t.contains('。') && longer_than(30));
    // a long line that ends as a sentence is article text whatever it
    // holds (the tests below say so too, at the cost of two searches)
    if sentence_like && longer_than(80) {
        return false;
    }
    if dated_by_english_label(t) {
        return true;
    }
    static STRONG: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FURNITURE_STRONG));
    static ANY: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FURNITURE));
    // every strong keyword holds a keyword (a test says so): a line that
    // is not a sentence is searched for the keywords only
    let marked = if sentence_like {
        STRONG.occurs_in(t) && !labels_a_time_of_its_own(t)
    } else {
        ANY.occurs_in(t)
    };
    if marked {
        return !longer_than(80);
    }
    if sentence_like {
        return false;
    }
    // a line that is only a date and time (or a dateline's place), or only
    // digits and separators
    t.chars()
        .all(|c| c.is_ascii_digit() || " -/:.：年月日".contains(c))
        || (has_year(t) && crate::published::dateline(t).is_some())
}

/// The labels of a page's own time (发表时间：2025-02-11 11:19), and the
/// other marks of a page (版权所有, ©, 责任编辑…): the two parts of
/// [`FURNITURE_STRONG`].
const TIME_LABELS: &[&str] = FURNITURE_STRONG.split_at(5).0;
const OTHER_MARKS: &[&str] = FURNITURE_STRONG.split_at(5).1;

/// Whether a line that ends as a sentence holds its time labels as the
/// words of an item of its own, not the page's byline: an item of a
/// numbered list, or a label followed by words rather than a date (`2. 發
/// 表時間：V3於2024年12月26日發表，…。`), in a line that names no other
/// mark of the page.
fn labels_a_time_of_its_own(t: &str) -> bool {
    let other_mark = OTHER_MARKS.iter().any(|w| t.contains(w));
    if other_mark {
        return false;
    }
    let mut labels = TIME_LABELS
        .iter()
        .flat_map(|w| t.match_indices(w).map(move |(i, _)| i + w.len()))
        .peekable();
    labels.peek().is_some() && (opens_an_item(t) || labels.all(|end| !date_follows(&t[end..])))
}

/// Whether a line opens as an item of a numbered list (`2. `, `3、`, `一、`,
/// `（1）`).
fn opens_an_item(t: &str) -> bool {
    let rest = t.trim_start_matches(['（', '(']);
    let digits =
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let numerals = rest.trim_start_matches(|c: char| "一二三四五六七八九十".contains(c));
    let width = rest[..rest.len() - digits.len()].chars().count();
    ((1..=2).contains(&width) && digits.starts_with(['.', '．', '、', '）', ')']))
        || (numerals.len() < rest.len() && numerals.starts_with('、'))
}

/// Whether a date opens `after` (what follows a time label), past its
/// separators and brackets: digits, a Chinese numeral, 民國, 公元, an
/// English month (`Feb 5, 2025`).
fn date_follows(after: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let after = after.trim_start_matches([
        ' ', '\u{3000}', ':', '：', '\t', '|', '｜', '【', '[', '（', '(', '「',
    ]);
    after.starts_with(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇零○一二三四五六七八九十".contains(c)
    }) || ["民國", "民国", "公元", "西元"]
        .iter()
        .any(|w| after.starts_with(w))
        || after
            .get(..3)
            .is_some_and(|m| MONTHS.contains(&m.to_ascii_lowercase().as_str()))
}

/// Whether `t` holds a year as a date line gives it (19 or 20 and two
/// more ASCII digits): a line without one is no date line, and is told so
/// without the regular expression's search.
fn has_year(t: &str) -> bool {
    t.as_bytes()
        .windows(4)
        .any(|w| matches!(&w[..2], b"19" | b"20") && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// The 1-based line of byte `at` of `text`, inside sentence `s`: a
/// sentence a page broke after a comma goes on past its first line.
pub fn line_at(text: &str, s: &Sentence, at: usize) -> usize {
    s.line + memchr::memchr_iter(b'\n', &text.as_bytes()[s.start..at]).count()
}

/// Split a text into sentences, with paragraph and line numbers.
pub fn sentences(text: &str) -> Vec<Sentence> {
    // about as many as news has (a sentence of some 25 characters, 75
    // bytes), so that the list seldom grows
    let mut out: Vec<Sentence> = Vec::with_capacity(text.len() / 64 + 1);
    let mut paragraph = 0usize;
    let mut line_no = 0usize;
    let mut prev_blank = true;
    let mut seen_text = false;
    // whether the last line ended inside a sentence, after a comma
    let mut open_sentence = false;
    let mut pos = 0usize;
    // the lines, each with its line break (as `split_inclusive` gives
    // them), found by a fast search for the break
    while pos < text.len() {
        let end =
            memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |k| pos + k + 1);
        let line = &text[pos..end];
        line_no += 1;
        let line_start = pos;
        pos = end;
        let body = line.trim_end_matches(['\n', '\r']);
        if is_blank(body) {
            prev_blank = true;
            open_sentence = false;
            continue;
        }
        if prev_blank && seen_text {
            paragraph += 1;
        }
        prev_blank = false;
        seen_text = true;
        let furniture = is_furniture(body);
        let mut s = 0usize;
        let mut ends = sentence_ends(body).peekable();
        // a line that a page broke after a comma (…85798万人,⏎占全国人口的
        // 比重为60.9%) goes on with the sentence the line before left open
        if open_sentence && !furniture {
            let e = ends.peek().copied().unwrap_or(body.len());
            if let Some(last) = out.last_mut().filter(|l| {
                !l.furniture && line_start + e - l.start <= MAX_SENTENCE && l.paragraph == paragraph
            }) {
                last.end = line_start + e;
                s = e;
                if ends.peek().is_some() {
                    ends.next();
                }
            }
        }
        open_sentence = !furniture && body.trim_end().ends_with(['，', ',', '、']);
        for e in ends {
            push(
                &mut out, body, line_start, s, e, paragraph, line_no, furniture,
            );
            s = e;
        }
        push(
            &mut out,
            body,
            line_start,
            s,
            body.len(),
            paragraph,
            line_no,
            furniture,
        );
    }
    out
}

/// Where the sentences of a line end (byte offsets): after each sentence
/// end and the closing quotes and further ends right after it. `body` is
/// one line, without its line break.
fn sentence_ends(body: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = body.as_bytes();
    let n = bytes.len();
    // A sentence end starts with one of a few bytes ([`END_LEADS`]), none
    // of which is ever inside a character: a fast search for them finds
    // the characters to look at, and passes over the rest unread. The
    // leads of 。 and of ！？； (also those of 、，《》…) are searched apart
    // from the ASCII ends, rare in Chinese text, each found once until
    // passed.
    let wide = move |from: usize| {
        memchr::memchr2(END_LEADS[0], END_LEADS[1], &bytes[from..]).map_or(n, |k| from + k)
    };
    let ascii = move |from: usize| {
        memchr::memchr3(END_LEADS[2], END_LEADS[3], END_LEADS[4], &bytes[from..])
            .map_or(n, |k| from + k)
    };
    let (mut i, mut next_wide, mut next_ascii) = (0, wide(0), ascii(0));
    std::iter::from_fn(move || loop {
        if next_wide < i {
            next_wide = wide(i);
        }
        if next_ascii < i {
            next_ascii = ascii(i);
        }
        let k = next_wide.min(next_ascii);
        if k >= n {
            i = n;
            return None;
        }
        let c = char_at(body, k);
        i = k + c.len_utf8();
        if !ENDERS.contains(&c) {
            continue;
        }
        // (a full stop typed for a decimal point, 7。75港元, ends nothing:
        // told first by a digit byte on each side of it)
        if c == '。'
            && k > 0
            && bytes[k - 1].is_ascii_digit()
            && bytes.get(i).is_some_and(u8::is_ascii_digit)
            && crate::extract::numeral::full_stop_is_point_at(body, k)
        {
            continue;
        }
        while i < n {
            let d = char_at(body, i);
            if !(CLOSERS.contains(&d) || ENDERS.contains(&d)) {
                break;
            }
            i += d.len_utf8();
        }
        return Some(i);
    })
}

/// The first bytes of the UTF-8 encodings of [`ENDERS`] but the line
/// break (a test says so): 。 starts with E3, ！？； with EF.
const END_LEADS: [u8; 5] = [0xE3, 0xEF, b'!', b'?', b';'];

/// Whether `s` is empty or all white space (as `s.trim().is_empty()`, with
/// one test of the first character that is not).
fn is_blank(s: &str) -> bool {
    match s.as_bytes().first() {
        // (a character from U+4000 on, whose lead byte is E4 or above, or
        // an ASCII one other than the white space ones, is no white space:
        // told by its first byte, as most lines and sentences start)
        Some(&b) if b >= 0xE4 || b < 0x80 && !matches!(b, b'\t'..=b'\r' | b' ') => false,
        _ => s.chars().all(char::is_whitespace),
    }
}

/// The character at byte `i` of `s` (a character boundary).
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().expect("a character at a boundary")
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Sentence>,
    body: &str,
    base: usize,
    s: usize,
    e: usize,
    paragraph: usize,
    line: usize,
    furniture: bool,
) {
    let mut s = s;
    while s < e {
        let cut = if e - s > MAX_SENTENCE {
            long_sentence_cut(body, s, s + MAX_SENTENCE)
        } else {
            e
        };
        if !is_blank(&body[s..cut]) {
            out.push(Sentence {
                start: base + s,
                end: base + cut,
                paragraph,
                line,
                furniture,
            });
        }
        s = cut;
    }
}

/// The longest a sentence gets, in bytes (about 200 Chinese characters,
/// twice a long sentence of news; a longer one is cut after a comma in its
/// second half). Text without sentence ends (a table pasted as one line, a
/// broken page) is cut into pieces of this size, so that every search
/// around a number stays within a bounded window.
pub const MAX_SENTENCE: usize = 600;

/// Where to cut a run of text with no sentence end, at or before `limit`:
/// after the last clause mark in its second half, else between two
/// characters that cannot be inside a number or a name, else at the last
/// character boundary.
fn long_sentence_cut(body: &str, start: usize, limit: usize) -> usize {
    let window = &body[start..floor_char(body, limit)];
    let half = window.len() / 2;
    let after_mark = window
        .char_indices()
        .rev()
        .take_while(|&(i, _)| i >= half)
        .find(|&(_, c)| matches!(c, '，' | '、' | '：' | ',' | ':' | ' ' | '\t' | '　'))
        .map(|(i, c)| start + i + c.len_utf8());
    if let Some(cut) = after_mark {
        return cut;
    }
    let inert = |c: char| !c.is_alphanumeric() || (is_han(c) && !is_numeral_char(c));
    let chars: Vec<(usize, char)> = window.char_indices().collect();
    for w in chars.windows(2).rev() {
        if w[1].0 < half {
            break;
        }
        if inert(w[0].1) && inert(w[1].1) {
            return start + w[1].0;
        }
    }
    // a single run of digits or letters this long: any boundary will do
    start
        + window
            .len()
            .max(chars.first().map_or(1, |&(_, c)| c.len_utf8()))
}

/// The largest character boundary of `s` at or before byte `i` (the
/// end of `s` past it).
pub(crate) fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A CJK unified ideograph (the basic block and extension A).
pub fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// Characters that can be inside a written number: the numeral grammar's
/// digits and units, the decimal point 点, and 廿/卅/卌.
fn is_numeral_char(c: char) -> bool {
    crate::extract::numeral::is_chinese_numeral_char(c)
        || matches!(c, '点' | '點' | '廿' | '卅' | '卌')
}

/// jieba-rs, built once with the domain's words added.
pub struct Segmenter {
    jieba: Jieba,
    /// The pairs of neighbouring characters, one ASCII and one not, that a
    /// word of the dictionary holds (`A股` holds `A`,`股`): the only
    /// places a word runs across a change between ASCII and other text.
    joins: rustc_hash::FxHashSet<(char, char)>,
    /// Which segmenter this is, for what is remembered of its cuts.
    id: u64,
}

/// The words of jieba-rs 0.11's default dictionary (`src/data/dict.txt`)
/// that hold both an ASCII character and another one. A new jieba-rs
/// with a different dictionary needs this list made again (the words of
/// the file with a byte below 0x80 and one above it).
const MIXED_WORDS: &[&str] = &[
    "1号店",
    "4S店",
    "4s店",
    "AA制",
    "AB型",
    "A型",
    "A座",
    "A股",
    "A轮",
    "BB机",
    "BP机",
    "B型",
    "B座",
    "B股",
    "B超",
    "B轮",
    "CALL机",
    "CD机",
    "CD盒",
    "C座",
    "C盘",
    "C语言",
    "D座",
    "D版",
    "D盘",
    "E化",
    "E座",
    "E盘",
    "E通",
    "F座",
    "F盘",
    "G盘",
    "H盘",
    "H股",
    "IC卡",
    "IP卡",
    "IP地址",
    "IP电话",
    "I盘",
    "K党",
    "K歌之王",
    "N年",
    "O型",
    "PC机",
    "PH值",
    "QQ号",
    "Q版",
    "RSS订阅",
    "SIM卡",
    "T台",
    "T型台",
    "T恤",
    "T恤衫",
    "T盘",
    "U盘",
    "VISA卡",
    "X光",
    "X光线",
    "X射线",
    "Z盘",
    "大S",
    "小S",
    "江南Style",
    "江南style",
    "阿Q",
];

/// The pairs of neighbouring characters of `word` where it changes between
/// ASCII and other characters.
fn script_changes(word: &str) -> impl Iterator<Item = (char, char)> + '_ {
    word.chars()
        .zip(word.chars().skip(1))
        .filter(|(a, b)| a.is_ascii() != b.is_ascii())
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter")
    }
}

impl Segmenter {
    /// Build jieba with its default dictionary plus `words` (entity aliases,
    /// metric triggers), which then come out as single tokens.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Segmenter {
        static SEGMENTERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut jieba = Jieba::new();
        let mut joins: rustc_hash::FxHashSet<(char, char)> =
            MIXED_WORDS.iter().flat_map(|w| script_changes(w)).collect();
        for w in words {
            if !w.trim().is_empty() {
                jieba.add_word(w, Some(100_000), None);
                joins.extend(script_changes(w));
            }
        }
        let id = SEGMENTERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Segmenter { jieba, joins, id }
    }

    /// Tokens of a sentence (byte offsets relative to the sentence).
    pub fn tokens<'a>(&self, sentence: &'a str) -> Vec<Token<'a>> {
        self.jieba.cut(sentence, false)
    }

    /// Which segmenter this is (each one built gets its own number).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The byte spans of the pieces of `text` that jieba cuts each on its
    /// own: `text` split where it changes between ASCII and other
    /// characters, except where a word of the dictionary holds the two
    /// characters there. No word runs across a split, so the best route
    /// through the text is the best route through each piece, and the
    /// tokens of the pieces are the tokens of the whole (jieba joins a run
    /// of ASCII letters and digits left as single characters, which never
    /// runs across a split either).
    pub fn each_piece(&self, text: &str, mut f: impl FnMut(usize, usize)) {
        let mut start = 0;
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            if let Some(p) = prev {
                if p.is_ascii() != c.is_ascii() && !self.joins.contains(&(p, c)) {
                    f(start, i);
                    start = i;
                }
            }
            prev = Some(c);
        }
        if start < text.len() {
            f(start, text.len());
        }
    }

    /// The underlying jieba instance (for benchmarks).
    pub fn jieba(&self) -> &Jieba {
        &self.jieba
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_not_decimals() {
        let text = "训练时长为278.8万GPU小时。成本为557.6万美元！\n\n另一段“引语。”结束";
        let s = sentences(text);
        let parts: Vec<&str> = s.iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(
            parts,
            vec![
                "训练时长为278.8万GPU小时。",
                "成本为557.6万美元！",
                "另一段“引语。”",
                "结束"
            ]
        );
        assert_eq!(
            s.iter().map(|x| x.paragraph).collect::<Vec<_>>(),
            vec![0, 0, 1, 1]
        );
        assert_eq!(s[2].line, 3);
    }

    #[test]
    fn sentence_ends_take_closers_and_repeated_ends() {
        // the ends as a reading of every character finds them
        fn by_chars(body: &str) -> Vec<usize> {
            let mut ends = Vec::new();
            let mut chars = body.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                if ENDERS.contains(&c) {
                    let mut e = i + c.len_utf8();
                    while let Some(&(j, d)) = chars.peek() {
                        if !(CLOSERS.contains(&d) || ENDERS.contains(&d)) {
                            break;
                        }
                        e = j + d.len_utf8();
                        chars.next();
                    }
                    ends.push(e);
                }
            }
            ends
        }
        for body in [
            "他说：“涨了5%！！”」然后呢？对;好!是?",
            "。。开头",
            "无句末",
            "a;b; c?!\"d\")。”",
            "「引」。』）)末尾；",
            // characters of two and four bytes are passed over whole
            "café。naïve！😀？𠀀；ü",
            "、，《》「」（）：。",
            "",
        ] {
            assert_eq!(
                sentence_ends(body).collect::<Vec<_>>(),
                by_chars(body),
                "{body}"
            );
        }
        // and on random lines of ends, closers and other characters
        let alphabet: Vec<char> = ENDERS
            .iter()
            .chain(CLOSERS)
            .copied()
            .filter(|&c| c != '\n')
            .chain("a1 ，、《》（：é中文𠀀ぁ\u{3000}\u{ff5e}\u{e000}".chars())
            .collect();
        let mut next = crate::testing::xorshift(12345);
        for _ in 0..20_000 {
            let n = next() % 13;
            let body: String = (0..n)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let body = body.as_str();
            assert_eq!(
                sentence_ends(body).collect::<Vec<_>>(),
                by_chars(body),
                "{body}"
            );
        }
    }

    #[test]
    fn a_blank_text_is_all_white_space() {
        let pieces = [
            " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{1c}", "\u{85}", "\u{a0}", "\u{1680}",
            "\u{2000}", "\u{200a}", "\u{2028}", "\u{202f}", "\u{205f}", "\u{3000}", "\u{3001}",
            "\u{3fff}", "\u{4000}", "a", "中", "é", "😀", "。",
        ];
        // and on every character alone
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(is_blank(&one), c.is_whitespace(), "{:X}", c as u32);
        }
        let mut rng = crate::testing::xorshift(41);
        for _ in 0..20_000 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 5);
            assert_eq!(
                is_blank(&text),
                text.chars().all(char::is_whitespace),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_leads_of_the_ends_are_those_searched() {
        for c in ENDERS.iter().filter(|&&c| c != '\n') {
            let mut buf = [0; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(END_LEADS.contains(&lead), "{c}");
            // (a lead byte is never inside a character)
            assert!(!(0x80..0xC0).contains(&lead), "{c}");
        }
    }

    #[test]
    fn the_time_labels_open_the_strong_keywords() {
        assert_eq!(TIME_LABELS.len(), 5);
        for w in TIME_LABELS {
            assert!(w.ends_with("时间") || w.ends_with("時間"), "{w}");
        }
        for w in OTHER_MARKS {
            assert!(!w.ends_with("时间") && !w.ends_with("時間"), "{w}");
        }
    }

    #[test]
    fn every_strong_furniture_keyword_holds_a_keyword() {
        for strong in FURNITURE_STRONG {
            assert!(FURNITURE.iter().any(|w| strong.contains(w)), "{strong}");
        }
    }

    #[test]
    fn a_date_line_has_a_year() {
        for t in [
            "2025-02-11 11:19",
            "2025年2月5日 香港",
            "（2024.12.26）",
            "北京 1999/1/1 星期五",
            "2025 年 2 月 5 日",
            "２０２５年2月5日",
            "测试报道 0",
            "20 25年2月5日",
        ] {
            if crate::published::dateline(t).is_some() {
                assert!(has_year(t), "{t}");
            }
        }
        assert!(!has_year("测试报道 0"));
    }

    #[test]
    fn a_line_broken_after_a_comma_goes_on_with_its_sentence() {
        let text = "国家统计局数据显示，\n2024年末全国人口140828万人，\n比上年末减少139万人。\n\n全年出生人口954万人，\n";
        let got: Vec<(&str, usize)> = sentences(text)
            .iter()
            .map(|s| (&text[s.start..s.end], s.line))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "国家统计局数据显示，\n2024年末全国人口140828万人，\n比上年末减少139万人。",
                    1
                ),
                ("全年出生人口954万人，", 5),
            ]
        );
        // a figure on the sentence's third line is on line 3
        let ss = sentences(text);
        assert_eq!(line_at(text, &ss[0], text.find("139万").unwrap()), 3);
        assert_eq!(line_at(text, &ss[0], 0), 1);
    }

    #[test]
    fn furniture_lines() {
        assert!(is_furniture("仅支持JPG、GIF、PNG图片文件,且文件小于5M"));
        assert!(is_furniture("发表时间: 2025-02-11 11:19:47"));
        assert!(is_furniture("2025-02-11 11:19"));
        assert!(is_furniture("published: 2025-02-05"));
        assert!(is_furniture("Posted on 2025-02-05 by 编辑部"));
        // (a line that only holds the word is text: Update: 下载量已突破1.1亿次)
        assert!(!is_furniture("Update: DeepSeek应用累计下载量已突破1.1亿次"));
        assert!(!is_furniture(
            "数据中心营收1152亿美元（updated on 2025-02-26）"
        ));
        assert!(!is_furniture(
            "Posted by 国家统计局: 2024年末全国人口140828万人"
        ));
        assert!(!is_furniture(
            "UPDATED 2025-02-10：DeepSeek应用累计下载量已超1.1亿次"
        ));
        // (a time label in an item of a list is the item's word)
        assert!(!is_furniture(
            "2. 發表時間：V3於2024年12月26日發表，R1-Lite-Preview早在2024年11月20日上線。"
        ));
        assert!(is_furniture(
            "发布时间：2025年02月05日 10:20 来源：新华社。"
        ));
        assert!(is_furniture("来源：人民网 发表时间：２０２５-02-05。"));
        for byline in [
            "發佈時間：民國114年2月5日 上午10:20　來源：中央社。",
            "发布时间：三月五日 来源：人民网 阅读量：12万。",
            "发布时间 | 2025-02-05 10:20 | 阅读 3.2万。",
            "发表时间：【2025-02-05】 来源：新华社。",
            "發表時間：Feb 5, 2025 來源：路透社。",
        ] {
            assert!(is_furniture(byline), "{byline}");
        }
        assert!(!is_furniture(
            "3. 发布时间：2024年12月26日，V3训练成本557.6万美元。"
        ));
        assert!(is_furniture("2025.02.05 发布时间：10:20 阅读量：3.2万。"));
        assert!(!is_furniture(
            "深度求索在DeepSeek-V3的论文中提及，只用了2,048颗H800，训练时长为278.8万GPU小时。"
        ));
    }

    #[test]
    fn jieba_keeps_domain_words_whole() {
        let seg = Segmenter::new(["GPU小时", "DeepSeek-V3", "训练成本"]);
        let words: Vec<&str> = seg
            .tokens("DeepSeek-V3的训练成本和GPU小时")
            .iter()
            .map(|t| t.word)
            .collect();
        assert!(words.contains(&"GPU小时"), "{words:?}");
        assert!(words.contains(&"训练成本"), "{words:?}");
    }

    /// The tokens of `text` as its pieces give them, cut one by one.
    fn tokens_by_piece(seg: &Segmenter, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        seg.each_piece(text, |a, b| {
            out.extend(
                seg.tokens(&text[a..b])
                    .iter()
                    .map(|t| (a + t.byte_start, a + t.byte_end)),
            )
        });
        out
    }

    #[test]
    fn the_pieces_cut_one_by_one_give_the_tokens_of_the_whole() {
        let seg = Segmenter::new(["GPU小时", "DeepSeek-V3", "H800"]);
        for text in [
            "据SemiAnalysis估计该公司拥有约6396万颗芯片",
            "DeepSeek-V3用了2048块H800和278.8万GPU小时",
            "A股和H股的IP地址用U盘拷贝T恤衫1号店的4S店",
            "2025N年江南Style阿Q大S小S的C语言",
            "Llama3.1-405B的训练成本为6000万美元%左右",
            "abc",
            "训练成本",
        ] {
            let whole: Vec<(usize, usize)> = seg
                .tokens(text)
                .iter()
                .map(|t| (t.byte_start, t.byte_end))
                .collect();
            assert_eq!(tokens_by_piece(&seg, text), whole, "{text}");
        }
        // the words that join the two kinds of characters keep their pieces whole
        let mut pieces = Vec::new();
        seg.each_piece("买A股的GPU小时", |a, b| pieces.push((a, b)));
        assert_eq!(pieces, [(0, 3), (3, 10), (10, 19)]);
    }

    #[test]
    fn the_mixed_words_are_in_the_dictionary() {
        let jieba = Jieba::new();
        for w in MIXED_WORDS {
            assert!(jieba.has_word(w), "{w}");
        }
    }
}
