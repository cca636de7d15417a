//! Periods that frame other figures: quarters written as `一季度`, `Q3`,
//! `24Q2`, `FY2024Q3`, `2024财年第二季度`, `今年一季度`; and the parts of a
//! month or a year, `月底`, `年初`, `年底`, `年中`.
//!
//! The main reader already takes dated quarters and halves (`2024年第四季度`,
//! `上半年`, `3月上旬`) as dates; this pass adds the forms it leaves, each a
//! date mention with the role [`Role::Frame`]: a period is the time of other
//! figures, not a claim of its own, so `hecha check` does not check it and
//! the linker does not see it. A period is never read as a day (`下旬` is
//! the 21st to the month's end, not the 21st).

use super::numeral;
use super::text::{BmpSet, Text};
use super::units::Unit;
use super::{Kind, Mention, Role};
use crate::date::{days_in_month, Date};
use crate::words::WordSet;
use regex::Regex;
use rust_decimal::prelude::ToPrimitive;
use std::sync::LazyLock;

/// One pattern for every form; the named groups say which.
static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<fy>FY|财年|財年)?(?P<fyy>(?:19|20)\d{2}|\d{2})?[Qq](?P<q>[1-4])(?:[^0-9A-Za-z]|$)
        | (?P<rel>今年|去年|明年|前年|本年)?(?P<fq>(?:19|20)\d{2}(?:财|財)年)?(?:第\ ?)?(?P<cq>[一二三四1-4])\ ?(?:财|財)?季度?
        | (?P<rel2>今年|去年|明年|本年)?(?P<y>(?:19|20)\d{2})?(?P<part>年底|年末|年初|年中|上半年|下半年)
        | (?P<mo>1[0-2]|[1-9])?(?P<mpart>月底|月末|月初|月中)
        ",
    )
    .expect("valid regex")
});

/// Periods counted from the start of the year (`前三季度`, `前两个月`,
/// `前十一个月`, `首兩個月`, `首三季`, `1-2月`, `一至十一月`): January to the last month named. [`cumulative_at`] reads
/// them; the pattern says what it reads, and a test holds them alike. (The
/// reader also looks before a match, which the pattern cannot: 个 may be
/// left out after a year named (今年前5月, 2024年前三月); a 首 or 头
/// that ends a word, or any of them right after a launch, counts from that
/// launch, not from January: see `from_the_year_start`.)
#[cfg(test)]
static CUMULATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        [前首头頭](?P<q>[一二两兩三1-3])(?:个|個)?季度?
        | [前首头頭](?P<n>十[一二]|[两兩二三四五六七八九十]|1[0-2]|[1-9])(?:个|個)月
        | (?P<m1>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])\s*[-－—~～〜至到]\s*(?P<m2>1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?
        ",
    )
    .expect("valid regex")
});

/// Read the periods counted from the start of a year, replacing what the
/// reader took inside them (the `三季度` of `前三季度` is not the third
/// quarter; `1-2` of `1-2月` is not a range of numbers). These are dates of
/// the text (claims' times), as the reader's own periods are.
fn cumulative(text: &str, anchors: &[(usize, &str)], as_of: Option<Date>, out: &mut Vec<Mention>) {
    let mut periods: Vec<Found> = Vec::new();
    for (a, b) in windows(text, anchors) {
        if !holds_any(&text[a..b], CUMULATIVE_NEEDS) {
            continue;
        }
        for f in read_in(text, (a, b), &CUMULATIVE_FIRSTS, cumulative_at) {
            if periods.last().is_none_or(|l| l.whole.1 <= f.whole.0) {
                periods.push(f);
            }
        }
    }
    let found: Vec<(usize, usize, Date, Date)> = periods
        .iter()
        .filter_map(|c| counted(c, out, as_of))
        .collect();
    if found.is_empty() {
        return;
    }
    out.retain(|m| !found.iter().any(|&(a, b, ..)| m.start < b && a < m.end));
    for (a, b, from, to) in found {
        let mut m = Mention::new(a, b, Kind::Date);
        m.unit = Some(Unit::Date);
        m.date = Some(from);
        m.date_end = Some(to);
        out.push(m);
    }
    out.sort_by_key(|m| m.start);
}

/// One period of [`CUMULATIVE`]: its span and its first and last month.
fn counted(c: &Found, out: &[Mention], as_of: Option<Date>) -> Option<(usize, usize, Date, Date)> {
    let whole = c.get(0)?;
    // a cumulative quarter needs 季 (前三名 is a rank)
    if c.name("q").is_some() && !whole.as_str().contains('季') {
        return None;
    }
    let (first, last) = if let Some(q) = c.name("q") {
        (1, 3 * number(q.as_str())?)
    } else if let Some(n) = c.name("n") {
        (1, number(n.as_str())?)
    } else {
        let a = number(c.name("m1")?.as_str())?;
        let b = number(c.name("m2")?.as_str())?;
        // a span of months (3-5月) is read as one too
        (a, b)
    };
    if !(1..=12).contains(&last) || first >= last {
        return None;
    }
    let upto = out.partition_point(|m| m.start < whole.start());
    let year = year_near(c.text, out, upto, whole.start(), as_of);
    // 2021年前两个季度, 2022年前十一个月: the year written right before a
    // period counted from January is the period's own, one span with it
    let start = out[..upto]
        .last()
        .filter(|m| {
            whole.as_str().starts_with('前')
                && m.end == whole.start()
                && m.kind == Kind::Date
                && m.date_end.is_none()
                && m.date.is_some_and(|d| d.year == year && d.month.is_none())
                && written_year_ends(&c.text[m.start..m.end])
        })
        .map_or(whole.start(), |m| m.start);
    Some((
        start,
        whole.end(),
        Date::ym(year, first)?,
        Date::ym(year, last)?,
    ))
}

/// Whether a mention's text is a year written with its digits and 年
/// (`2021年`, `二〇二二年`), not a fiscal year's label (`2026财年`).
fn written_year_ends(s: &str) -> bool {
    let mut cs = s.chars().rev();
    cs.next() == Some('年')
        && cs.next().is_some_and(|c| {
            numeral::arabic_digit(c).is_some() || numeral::chinese_digit(c).is_some()
        })
}

/// The year the text is about at byte `at`: the latest year among the few
/// mentions before it, else the article's, else unknown (0).
fn year_near(text: &str, out: &[Mention], upto: usize, at: usize, as_of: Option<Date>) -> i32 {
    out[..upto]
        .iter()
        .rev()
        .take(YEAR_LOOKBACK)
        .filter(|m| m.end <= at && !compared_with(text, m))
        .find_map(|m| m.date.map(|d| d.year).filter(|&y| y != 0))
        .or(as_of.map(|d| d.year))
        .unwrap_or(0)
}

/// Whether a date is one the text compares with or counts from (较2023年,
/// 继2022年、2023年之后, 2020年以来), not the year it is about: a quarter
/// after it (较2023年增长2.5%，第四季…) is not that year's.
fn compared_with(text: &str, m: &Mention) -> bool {
    let before = text[..m.start].trim_end();
    let after = text[m.end..].trim_start();
    ["比", "较", "較", "相较", "相較", "对比", "對比", "继", "繼"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["相比", "以来", "以來", "之后", "之後"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// A small number written whole in either kind of digit: a count of
/// months or quarters (`三`, `两`, `十`, `12`), a year or its last two
/// digits (`2023`, `二零二三`, `二四`). The numeral grammar reads it.
fn number(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    let n = numeral::read_numeral(&chars, 0).ok()??;
    if n.end != chars.len() {
        return None;
    }
    n.value
        .fract()
        .is_zero()
        .then(|| n.value.to_u32())
        .flatten()
}

/// Every period of [`CUMULATIVE`] holds 季 or 月 (its dashes, 至 and 到,
/// frequent anchors, rarely have one near).
const CUMULATIVE_NEEDS: &[char] = &['季', '月'];

/// Fiscal years that span two calendar years: `2023/24财年`,
/// `二零二三/二四年度` — April to March, as Hong Kong and many companies count.
static FISCAL_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<y1>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*[/／]\s*(?P<y2>\d{2}|[〇○零一二三四五六七八九]{2})\s*(?:财政年度|財政年度|财年|財年|年度)",
    )
    .expect("valid regex")
});

/// Every span of [`FISCAL_SPAN`] holds 年 (of 年度, 财年, 财政年度).
const FISCAL_NEEDS: &[char] = &['年'];

/// Read the fiscal years that span two calendar years, replacing what the
/// reader took inside them (`2023/24` is not a fraction).
fn fiscal_spans(text: &str, anchors: &[(usize, &str)], out: &mut Vec<Mention>) {
    let mut spans: Vec<Found> = Vec::new();
    for (a, b) in windows(text, anchors) {
        let window = &text[a..b];
        if !holds_any(window, FISCAL_NEEDS) {
            continue;
        }
        // (`\d` is Unicode's: a window with another digit is the pattern's)
        let read = if window.chars().any(may_be_other_digit) {
            near_in(&FISCAL_SPAN, text, (a, b))
                .iter()
                .map(|c| Found::from_captures(text, c))
                .collect()
        } else {
            read_in(text, (a, b), &FISCAL_FIRSTS, fiscal_at)
        };
        for f in read {
            if spans.last().is_none_or(|l| l.whole.1 <= f.whole.0) {
                spans.push(f);
            }
        }
    }
    let found: Vec<(usize, usize, i32)> = spans
        .iter()
        .filter_map(|c| {
            let m = c.get(0)?;
            let y1 = number(c.name("y1")?.as_str())? as i32;
            let y2 = number(c.name("y2")?.as_str())? as i32;
            // the second year is the next one: 2023/24
            (y2 == (y1 + 1) % 100).then_some((m.start(), m.end(), y1))
        })
        .collect();
    if found.is_empty() {
        return;
    }
    out.retain(|m| !found.iter().any(|&(a, b, _)| m.start < b && a < m.end));
    for (a, b, y) in found {
        let mut m = Mention::new(a, b, Kind::Date);
        m.unit = Some(Unit::Date);
        m.date = Date::ym(y, 4);
        m.date_end = Date::ym(y + 1, 3);
        m.fiscal = true;
        m.role = Role::Frame;
        out.push(m);
    }
    out.sort_by_key(|m| m.start);
}

/// Words every period of [`PERIOD`] holds; the pattern runs only around them.
const PERIOD_WORDS: &[&str] = &[
    "季",
    "Q",
    "q",
    "年底",
    "年末",
    "年初",
    "年中",
    "上半年",
    "下半年",
    "月底",
    "月末",
    "月初",
    "月中",
];
/// Words every period of [`CUMULATIVE`] holds.
const CUMULATIVE_WORDS: &[&str] = &[
    "季", "个月", "個月", "-", "－", "—", "~", "～", "〜", "至", "到", "年前", "年首", "年头",
    "年頭",
];
/// The mark every span of [`FISCAL_SPAN`] holds.
const FISCAL_WORDS: &[&str] = &["/", "／"];
static PERIOD_ANCHORS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PERIOD_WORDS));
static CUMULATIVE_ANCHORS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(CUMULATIVE_WORDS));
static FISCAL_ANCHORS: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FISCAL_WORDS));
/// The first characters of the anchors (a test says so): they are among
/// the stops of the scanner's text.
pub(super) const ANCHOR_FIRSTS: &[char] = &[
    '季', 'Q', 'q', '年', '上', '下', '月', '个', '個', '-', '－', '—', '~', '～', '〜', '至',
    '到', '/', '／',
];
static ANCHOR_FIRST_SET: BmpSet = BmpSet::new(ANCHOR_FIRSTS, &[]);
/// How far before an anchor a period may start, and after it end (bytes).
const BEFORE_ANCHOR: usize = 40;
const AFTER_ANCHOR: usize = 16;

/// The windows of `text` around its anchors, merged where they meet, in
/// text order (byte spans): a period is short and holds one of a few
/// words, so most of a long text is never searched.
fn windows(text: &str, anchors: &[(usize, &str)]) -> Vec<(usize, usize)> {
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for &(p, w) in anchors {
        let mut from = p.saturating_sub(BEFORE_ANCHOR);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (p + w.len() + AFTER_ANCHOR).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        windows.push((from, to));
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in windows {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// The matches of `re` in the window `a..b` of `text`, one after another.
fn near_in<'t>(re: &Regex, text: &'t str, (a, b): (usize, usize)) -> Vec<regex::Captures<'t>> {
    let hay = &text[..b];
    let mut out = Vec::new();
    let mut pos = a;
    while pos < b {
        // find first (a fast search), then the groups of that match only
        let Some(found) = re.find_at(hay, pos) else {
            break;
        };
        let Some(c) = re.captures_at(&text[..found.end()], found.start()) else {
            break;
        };
        let m = c.get(0).expect("match");
        pos = m.end().max(m.start() + 1);
        while pos < b && !text.is_char_boundary(pos) {
            pos += 1;
        }
        out.push(c);
    }
    out
}

/// A group of a period found (as `regex::Match`): its text and span.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Span<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Span<'t> {
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

/// The named groups of [`PERIOD`], in this order.
/// (and of [`CUMULATIVE`]: its `q` there is a count of quarters)
/// (and of [`FISCAL_SPAN`])
const GROUPS: [&str; 16] = [
    "fy", "fyy", "q", "rel", "fq", "cq", "rel2", "y", "part", "mo", "mpart", "n", "m1", "m2", "y1",
    "y2",
];

/// One match of [`PERIOD`]: the whole and the span of each group of
/// [`GROUPS`] it holds (as `regex::Captures`).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Found<'t> {
    text: &'t str,
    whole: (usize, usize),
    groups: [Option<(usize, usize)>; 16],
}

impl<'t> Found<'t> {
    fn get(&self, _whole: usize) -> Option<Span<'t>> {
        Some(self.span(self.whole))
    }
    fn name(&self, g: &str) -> Option<Span<'t>> {
        let k = GROUPS.iter().position(|x| *x == g)?;
        self.groups[k].map(|s| self.span(s))
    }
    fn span(&self, (start, end): (usize, usize)) -> Span<'t> {
        Span {
            text: self.text,
            start,
            end,
        }
    }
    fn from_captures(text: &'t str, c: &regex::Captures) -> Self {
        let m = c.get(0).expect("match");
        Found {
            text,
            whole: (m.start(), m.end()),
            groups: GROUPS.map(|g| c.name(g).map(|x| (x.start(), x.end()))),
        }
    }
}

/// The matches of [`PERIOD`] in the windows around the anchors, one after
/// another (a match that overlaps the one before is left). A
/// window whose digits are ASCII is read by [`period_at`]; one that holds
/// another character that may be a digit (`\d` is Unicode's, 〇 and ２
/// among them) by the pattern.
fn near_periods<'t>(text: &'t str, anchors: &[(usize, &str)]) -> Vec<Found<'t>> {
    let mut out: Vec<Found<'t>> = Vec::new();
    for (a, b) in windows(text, anchors) {
        let window = &text[a..b];
        if window.chars().any(may_be_other_digit) {
            for c in near_in(&PERIOD, text, (a, b)) {
                let f = Found::from_captures(text, &c);
                if out.last().is_none_or(|l| l.whole.1 <= f.whole.0) {
                    out.push(f);
                }
            }
            continue;
        }
        for f in periods_in(text, (a, b)) {
            if out.last().is_none_or(|l| l.whole.1 <= f.whole.0) {
                out.push(f);
            }
        }
    }
    out
}

/// Whether `c` is a character other than an ASCII digit that `\d` (or
/// another numeric class of the pattern) may take. No Chinese character
/// is numeric (a test says so): those, most of a window, are told without
/// a look-up in Unicode's tables.
fn may_be_other_digit(c: char) -> bool {
    !c.is_ascii() && !crate::segment::is_han(c) && c.is_numeric()
}

/// The matches of [`PERIOD`] in the window `a..b` of `text`, as
/// [`near_in`] finds them, read by [`period_at`].
fn periods_in(text: &str, w: (usize, usize)) -> Vec<Found<'_>> {
    read_in(text, w, &PERIOD_FIRSTS, period_at)
}

/// The matches of a pattern in the window `a..b` of `text`, as [`near_in`]
/// finds them, read by `at` (the match that starts at a byte, if any).
/// `firsts`: the characters a match may start with (`at` is tried at
/// those only).
fn read_in<'t>(
    text: &'t str,
    (a, b): (usize, usize),
    firsts: &BmpSet,
    at: impl Fn(&'t str, usize) -> Option<Found<'t>>,
) -> Vec<Found<'t>> {
    let hay = &text[..b];
    let mut out = Vec::new();
    let mut pos = a;
    while pos < b {
        let Some(mut f) = hay[pos..]
            .char_indices()
            .filter(|&(_, c)| firsts.contains(c))
            .find_map(|(p, _)| at(hay, pos + p))
        else {
            break;
        };
        f.text = text;
        pos = f.whole.1.max(f.whole.0 + 1);
        while pos < b && !text.is_char_boundary(pos) {
            pos += 1;
        }
        out.push(f);
    }
    out
}

/// The characters a match of [`PERIOD`] may start with: those of the
/// alternatives of [`period_at`].
static PERIOD_FIRSTS: BmpSet = BmpSet::new(
    &[
        'F', 'Q', 'q', '财', '財', '今', '去', '明', '前', '本', '第', '一', '二', '三', '四',
        '年', '上', '下', '月',
    ],
    &[('0', '9')],
);

/// The characters a match of [`CUMULATIVE`] may start with: 前 (首, 头),
/// and the first digit of a month (Arabic or Chinese).
static CUMULATIVE_FIRSTS: BmpSet = BmpSet::new(
    &[
        '前', '首', '头', '頭', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
    ],
    &[('1', '9')],
);

/// Whether the 前, 首 or 头 that opens `rest` counts from the start of the
/// year: not right after a launch (上线首两个月, 发布前两个月: from that
/// day), and 首 or 头 not the end of a word (元首, 居首, 巨头, 龙头,
/// 带头): 头 only after a year or where no word runs into it.
fn from_the_year_start(before: &str, rest: &str) -> bool {
    const LAUNCHES: &[&str] = &[
        "发布", "發布", "發佈", "上线", "上線", "推出", "上市", "成立", "开业", "開業", "面世",
        "问世", "問世", "开通", "開通", "开播", "開播", "启用", "啟用", "生效", "实施", "實施",
        "上任", "就任", "上台", "上臺", "执政", "執政", "开售", "開售", "发售", "發售", "投产",
        "投產",
    ];
    // (and after one: 新规推出后首两个月, 上任以来头三个月)
    let before = ["之后", "之後", "以来", "以來", "后", "後"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    if LAUNCHES.iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let prev = before.chars().next_back();
    if rest.starts_with('首') {
        return !prev.is_some_and(|c| "元居榜斩斬魁昂回聚俯叩自为為".contains(c));
    }
    if rest.starts_with(['头', '頭']) {
        return prev.is_none_or(|c| c == '年' || !crate::segment::is_han(c));
    }
    true
}

/// Whether `before` ends with a year named (今年, 去年, 2024年, not 三年):
/// a count of months from its start may go without 个 (今年前5月).
fn year_before(before: &str) -> bool {
    const YEARS: &[&str] = &[
        "今年", "去年", "明年", "本年", "当年", "當年", "同年", "上年", "前年",
    ];
    YEARS.iter().any(|w| before.ends_with(w))
        || before.strip_suffix('年').is_some_and(|b| {
            b.chars()
                .rev()
                .take(4)
                .filter(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
                .count()
                == 4
        })
}

/// The end of the first of `words` at byte `p` of `s`.
fn word_at(s: &str, p: usize, words: &[&str]) -> Option<usize> {
    let rest = s.as_bytes().get(p..)?;
    words
        .iter()
        .find(|w| rest.starts_with(w.as_bytes()))
        .map(|w| p + w.len())
}

/// Whether `n` ASCII digits are at byte `p` of `s`.
fn digits_at(s: &str, p: usize, n: usize) -> bool {
    s.as_bytes()
        .get(p..p + n)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// `(?:19|20)\d{2}` at byte `p` of `s` (ASCII digits).
fn year_at(s: &str, p: usize) -> bool {
    matches!(s.as_bytes().get(p..p + 2), Some(b"19" | b"20")) && digits_at(s, p + 2, 2)
}

/// A way to read a group of the pattern: its span (`None`: left out) and
/// where the reading goes on.
type Way = Option<(Option<(usize, usize)>, usize)>;

/// A group `x?` of the pattern at `p`: where it ends if it is there (the
/// pattern tries that first), then the empty group.
fn optional(end: Option<usize>, p: usize) -> [Way; 2] {
    [end.map(|e| (Some((p, e)), e)), Some((None, p))]
}

/// The match of [`PERIOD`] that starts at byte `p` of `hay`, the one the
/// pattern's rule picks (its alternatives in order; each optional group
/// there before not; a test compares both), for a text whose digits are
/// ASCII (where `\d` is `[0-9]`).
fn period_at(hay: &str, p: usize) -> Option<Found<'_>> {
    let c = hay[p..].chars().next()?;
    // the alternatives that may start with `c`
    let a1 = matches!(c, 'F' | '财' | '財' | 'Q' | 'q' | '0'..='9');
    let a2 = matches!(
        c,
        '今' | '去' | '明' | '前' | '本' | '第' | '一' | '二' | '三' | '四' | '1'..='4'
    );
    let a3 = matches!(
        c,
        '今' | '去' | '明' | '本' | '年' | '上' | '下' | '1' | '2'
    );
    let a4 = matches!(c, '1'..='9' | '月');
    if !(a1 || a2 || a3 || a4) {
        return None;
    }
    let found = |end: usize, groups: [Option<(usize, usize)>; 16]| Found {
        text: hay,
        whole: (p, end),
        groups,
    };
    // (?P<fy>FY|财年|財年)?(?P<fyy>(?:19|20)\d{2}|\d{2})?[Qq](?P<q>[1-4])(?:[^0-9A-Za-z]|$)
    if a1 {
        for (fy, p1) in optional(word_at(hay, p, &["FY", "财年", "財年"]), p)
            .into_iter()
            .flatten()
        {
            let years = [
                year_at(hay, p1).then_some((Some((p1, p1 + 4)), p1 + 4)),
                digits_at(hay, p1, 2).then_some((Some((p1, p1 + 2)), p1 + 2)),
                Some((None, p1)),
            ];
            for (fyy, p2) in years.into_iter().flatten() {
                let b = hay.as_bytes();
                if !(matches!(b.get(p2), Some(b'Q' | b'q'))
                    && matches!(b.get(p2 + 1), Some(b'1'..=b'4')))
                {
                    continue;
                }
                let p3 = p2 + 2;
                let end = match hay[p3..].chars().next() {
                    None => p3,
                    Some(d) if !d.is_ascii_alphanumeric() => p3 + d.len_utf8(),
                    Some(_) => continue,
                };
                let mut g = [None; 16];
                (g[0], g[1], g[2]) = (fy, fyy, Some((p2 + 1, p2 + 2)));
                return Some(found(end, g));
            }
        }
    }
    // (?P<rel>今年|去年|明年|前年|本年)?(?P<fq>(?:19|20)\d{2}(?:财|財)年)?(?:第\ ?)?(?P<cq>[一二三四1-4])\ ?(?:财|財)?季度?
    // (a space after 第 and after the digit: Taiwan's `第 1 季`)
    if a2 {
        for (rel, p1) in optional(
            word_at(hay, p, &["今年", "去年", "明年", "前年", "本年"]),
            p,
        )
        .into_iter()
        .flatten()
        {
            let fq_end = year_at(hay, p1)
                .then(|| word_at(hay, p1 + 4, &["财", "財"]))
                .flatten()
                .and_then(|e| word_at(hay, e, &["年"]));
            for (fq, p2) in optional(fq_end, p1).into_iter().flatten() {
                for (ordinal, p3) in optional(word_at(hay, p2, &["第"]), p2)
                    .into_iter()
                    .flatten()
                {
                    // (a space after 第 only where 第 is)
                    let spaced = match ordinal {
                        Some(_) => optional(word_at(hay, p3, &[" "]), p3),
                        None => [Some((None, p3)), None],
                    };
                    for (_, p3) in spaced.into_iter().flatten() {
                        let Some(p4) =
                            word_at(hay, p3, &["一", "二", "三", "四", "1", "2", "3", "4"])
                        else {
                            continue;
                        };
                        for (_, p4s) in optional(word_at(hay, p4, &[" "]), p4).into_iter().flatten()
                        {
                            for (_, p5) in optional(word_at(hay, p4s, &["财", "財"]), p4s)
                                .into_iter()
                                .flatten()
                            {
                                let Some(p6) = word_at(hay, p5, &["季"]) else {
                                    continue;
                                };
                                let end = word_at(hay, p6, &["度"]).unwrap_or(p6);
                                let mut g = [None; 16];
                                (g[3], g[4], g[5]) = (rel, fq, Some((p3, p4)));
                                return Some(found(end, g));
                            }
                        }
                    }
                }
            }
        }
    }
    // (?P<rel2>今年|去年|明年|本年)?(?P<y>(?:19|20)\d{2})?(?P<part>年底|年末|年初|年中|上半年|下半年)
    if a3 {
        for (rel2, p1) in optional(word_at(hay, p, &["今年", "去年", "明年", "本年"]), p)
            .into_iter()
            .flatten()
        {
            for (y, p2) in optional(year_at(hay, p1).then_some(p1 + 4), p1)
                .into_iter()
                .flatten()
            {
                let parts = ["年底", "年末", "年初", "年中", "上半年", "下半年"];
                if let Some(end) = word_at(hay, p2, &parts) {
                    let mut g = [None; 16];
                    (g[6], g[7], g[8]) = (rel2, y, Some((p2, end)));
                    return Some(found(end, g));
                }
            }
        }
    }
    // (?P<mo>1[0-2]|[1-9])?(?P<mpart>月底|月末|月初|月中)
    if a4 {
        let b = hay.as_bytes();
        let months = [
            (b.get(p) == Some(&b'1') && matches!(b.get(p + 1), Some(b'0'..=b'2')))
                .then_some((Some((p, p + 2)), p + 2)),
            matches!(b.get(p), Some(b'1'..=b'9')).then_some((Some((p, p + 1)), p + 1)),
            Some((None, p)),
        ];
        for (mo, p1) in months.into_iter().flatten() {
            if let Some(end) = word_at(hay, p1, &["月底", "月末", "月初", "月中"]) {
                let mut g = [None; 16];
                (g[9], g[10]) = (mo, Some((p1, end)));
                return Some(found(end, g));
            }
        }
    }
    None
}

/// Whether `s` holds one of `chars`: each is looked for as its bytes, by a
/// fast search for the last of them (no character of `s` is decoded).
fn holds_any(s: &str, chars: &[char]) -> bool {
    let b = s.as_bytes();
    chars.iter().any(|&c| {
        let mut buf = [0; 4];
        let w = c.encode_utf8(&mut buf).as_bytes();
        let last = w[w.len() - 1];
        memchr::memchr_iter(last, b).any(|i| b[..=i].ends_with(w))
    })
}

/// How many mentions back a period looks for the year the text is about.
const YEAR_LOOKBACK: usize = 64;

/// Add the periods of `text` that no mention in `out` covers yet, as
/// frame mentions, keeping `out` in text order.
pub fn add(text: &str, as_of: Option<Date>, out: &mut Vec<Mention>) {
    let anchors = WordSet::starts_each(
        [&FISCAL_ANCHORS, &CUMULATIVE_ANCHORS, &PERIOD_ANCHORS],
        text,
    );
    add_at(text, anchors, as_of, out);
}

/// [`add_among`] with every stop of `t` taken (as the reader takes them).
#[cfg(test)]
pub(super) fn add_in(t: &Text, as_of: Option<Date>, out: &mut Vec<Mention>) {
    let mut starts = AnchorStarts::default();
    for &k in &t.stops {
        starts.take(t, k);
    }
    add_among(t, &starts, as_of, out);
}

/// The stops of a text where an anchor may start (see [`add_among`]):
/// their characters and byte offsets, in text order.
#[derive(Default)]
pub(super) struct AnchorStarts {
    chars: Vec<char>,
    offs: Vec<usize>,
}

impl AnchorStarts {
    /// Take the stop at char `k` of `t` if an anchor may start there (the
    /// stops are taken in text order).
    #[inline]
    pub(super) fn take(&mut self, t: &Text, k: usize) {
        let c = t.chars[k];
        if ANCHOR_FIRST_SET.contains(c) {
            self.chars.push(c);
            self.offs.push(t.offs[k]);
        }
    }
}

/// As [`add`], for the text the scanner reads: its characters are not
/// decoded again, and only its stops where an anchor may start (`starts`,
/// taken by the reader's pass over the stops: every anchor starts at one)
/// are tried. (The scanner leaves out invisible characters and spaces
/// inside a quantity and reads 廿卅卌 as two characters at one place, none
/// of which starts an anchor.)
pub(super) fn add_among(
    t: &Text,
    starts: &AnchorStarts,
    as_of: Option<Date>,
    out: &mut Vec<Mention>,
) {
    let anchors = WordSet::starts_each_among(
        [&FISCAL_ANCHORS, &CUMULATIVE_ANCHORS, &PERIOD_ANCHORS],
        t.s,
        &starts.chars,
        &starts.offs,
    );
    add_at(t.s, anchors, as_of, out);
}

/// As [`add`], with the places where each kind of anchor starts.
fn add_at(
    text: &str,
    anchors: [Vec<(usize, &str)>; 3],
    as_of: Option<Date>,
    out: &mut Vec<Mention>,
) {
    let [fiscal_anchors, cumulative_anchors, period_anchors] = anchors;
    fiscal_spans(text, &fiscal_anchors, out);
    cumulative(text, &cumulative_anchors, as_of, out);
    let base_year = as_of.map(|d| d.year);
    let mut found = Vec::new();
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    for c in near_periods(text, &period_anchors) {
        let whole = c.get(0).expect("match");
        let (mut start, mut end) = (whole.start(), whole.end());
        // the Q pattern ends on the character after the digit, and a bare Q3
        // inside a Latin word (HQ3) is not a quarter
        if let Some(q) = c.name("q") {
            end = q.end();
            if c.name("fy").is_none()
                && c.name("fyy").is_none()
                && text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(|ch| ch.is_ascii_alphanumeric())
            {
                continue;
            }
        }
        // the core of the period (第二季度 of 2024财年第二季度): a mention the
        // reader already took before it (the fiscal label) stays, and the
        // period starts after it; one that reaches into the core wins
        let core = ["q", "cq", "part", "mpart"]
            .iter()
            .find_map(|g| c.name(g))
            .map_or(start, |g| g.start());
        // (`out` is in text order and its mentions do not overlap: only the
        // few just before `end` can touch the period)
        let upto = out.partition_point(|m| m.start < end);
        let mut taken = false;
        let from = start;
        let mut inside = Vec::new();
        for m in out[..upto].iter().rev().take_while(|m| from < m.end) {
            if m.role != Role::Claim {
                // a bare digit or a code inside the period (the 1 of 第1季) goes
                inside.push((m.start, m.end));
            } else if m.end <= core {
                start = start.max(m.end);
            } else {
                taken = true;
            }
        }
        if taken || start >= end {
            continue;
        }
        // the year: the text's latest before it (among the last few
        // mentions), else the article's, else unknown (0), as the reader
        // does for 1月26日
        let Some((from, to, fiscal)) =
            period(&c, year_near(c.text, out, upto, start, as_of), base_year)
        else {
            continue;
        };
        let mut m = Mention::new(start, end, Kind::Date);
        m.date = Some(from);
        m.date_end = Some(to);
        m.fiscal = fiscal;
        m.unit = Some(Unit::Date);
        m.role = Role::Frame;
        found.push(m);
        dropped.extend(inside);
    }
    if found.is_empty() {
        return;
    }
    out.retain(|m| !dropped.contains(&(m.start, m.end)));
    out.extend(found);
    out.sort_by_key(|m| m.start);
}

/// The match of [`CUMULATIVE`] that starts at byte `p` of `hay`, the one
/// the pattern's rule picks (its alternatives in order; each optional
/// group there before not; a test compares both). (`\s*` takes all the
/// spaces there are: what follows it is never a space.)
fn cumulative_at(hay: &str, p: usize) -> Option<Found<'_>> {
    let b = hay.as_bytes();
    let found = |end: usize, groups: [Option<(usize, usize)>; 16]| Found {
        text: hay,
        whole: (p, end),
        groups,
    };
    // 1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十] at `k`: where each way
    // of reading a month ends
    let months = |k: usize| {
        [
            (b.get(k) == Some(&b'1') && matches!(b.get(k + 1), Some(b'0'..=b'2'))).then_some(k + 2),
            matches!(b.get(k), Some(b'1'..=b'9')).then_some(k + 1),
            word_at(hay, k, &["十一", "十二"]),
            word_at(hay, k, CHINESE_MONTHS),
        ]
    };
    // (前, and Hong Kong's 首 and the spoken 头: 首三季, 首兩個月, 头两个月;
    // not counted from a launch, 发布头三个月, nor a word ending there:
    // 巨头, 龙头, 元首, 居首)
    if let Some(p1) = word_at(hay, p, &["前", "首", "头", "頭"])
        .filter(|_| from_the_year_start(&hay[..p], &hay[p..]))
    {
        // 前(?P<q>[一二两兩三1-3])(?:个|個)?季度?
        if let Some(p2) = word_at(hay, p1, &["一", "二", "两", "兩", "三", "1", "2", "3"]) {
            for (_, p3) in optional(word_at(hay, p2, &["个", "個"]), p2)
                .into_iter()
                .flatten()
            {
                if let Some(p4) = word_at(hay, p3, &["季"]) {
                    let end = word_at(hay, p4, &["度"]).unwrap_or(p4);
                    let mut g = [None; 16];
                    g[2] = Some((p1, p2));
                    return Some(found(end, g));
                }
            }
        }
        // 前(?P<n>十[一二]|[两兩二三四五六七八九十]|1[0-2]|[1-9])(?:个|個)月
        // (个 left out after a year named, which the pattern cannot see)
        let counts = [
            "两", "兩", "二", "三", "四", "五", "六", "七", "八", "九", "十",
        ];
        let [ten_up, one_up, ..] = months(p1);
        let eleven_up = word_at(hay, p1, &["十一", "十二"]);
        for p2 in [eleven_up, word_at(hay, p1, &counts), ten_up, one_up]
            .into_iter()
            .flatten()
        {
            // (个 may go after a year, 今年前5月, 2024年前两月: not after
            // years ago, 三年前5月)
            let counted =
                word_at(hay, p2, &["个", "個"]).or_else(|| year_before(&hay[..p]).then_some(p2));
            if let Some(end) = counted.and_then(|k| word_at(hay, k, &["月"])) {
                let mut g = [None; 16];
                g[11] = Some((p1, p2));
                return Some(found(end, g));
            }
        }
    }
    // (?P<m1>…)\s*[-－—~～〜至到]\s*(?P<m2>…)月份?, a month each as above
    let spaces = |k: usize| spaces_at(hay, k);
    for p1 in months(p).into_iter().flatten() {
        let dashes = ["-", "－", "—", "~", "～", "〜", "至", "到"];
        let Some(p3) = word_at(hay, spaces(p1), &dashes) else {
            continue;
        };
        let p4 = spaces(p3);
        for p5 in months(p4).into_iter().flatten() {
            if let Some(p6) = word_at(hay, p5, &["月"]) {
                let end = word_at(hay, p6, &["份"]).unwrap_or(p6);
                let mut g = [None; 16];
                (g[12], g[13]) = (Some((p, p1)), Some((p4, p5)));
                return Some(found(end, g));
            }
        }
    }
    None
}

/// The months in Chinese numerals of one character (十一 and 十二 are
/// read before them).
const CHINESE_MONTHS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// Past the spaces (`\s*`, Unicode's) at byte `k` of `s`.
fn spaces_at(s: &str, mut k: usize) -> usize {
    while let Some(c) = s[k..].chars().next().filter(|c| c.is_whitespace()) {
        k += c.len_utf8();
    }
    k
}

/// The characters a match of [`FISCAL_SPAN`] may start with: the first
/// digit of a year.
static FISCAL_FIRSTS: BmpSet = BmpSet::new(&['1', '2', '一', '二'], &[]);

/// The match of [`FISCAL_SPAN`] that starts at byte `p` of `hay`, for a
/// text whose digits are ASCII (a test compares both). Each part of the
/// pattern is read one way only: its alternatives start with different
/// characters, and what follows a `\s*` is never a space.
fn fiscal_at(hay: &str, p: usize) -> Option<Found<'_>> {
    let cn = [
        "〇", "○", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
    ];
    let chinese = |mut k: usize, n: usize| {
        for _ in 0..n {
            k = word_at(hay, k, &cn)?;
        }
        Some(k)
    };
    // (?P<y1>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})
    let p1 = if year_at(hay, p) {
        p + 4
    } else {
        chinese(word_at(hay, p, &["一", "二"])?, 3)?
    };
    // \s*[/／]\s*
    let p4 = spaces_at(hay, word_at(hay, spaces_at(hay, p1), &["/", "／"])?);
    // (?P<y2>\d{2}|[〇○零一二三四五六七八九]{2})
    let p5 = if digits_at(hay, p4, 2) {
        p4 + 2
    } else {
        chinese(p4, 2)?
    };
    // \s*(?:财政年度|財政年度|财年|財年|年度)
    let words = ["财政年度", "財政年度", "财年", "財年", "年度"];
    let end = word_at(hay, spaces_at(hay, p5), &words)?;
    let mut g = [None; 16];
    (g[14], g[15]) = (Some((p, p1)), Some((p4, p5)));
    Some(Found {
        text: hay,
        whole: (p, end),
        groups: g,
    })
}

/// The first and last date of a matched period, and whether it is a
/// fiscal period (its months are the calendar's only by convention).
/// `context` is the year the text is about (0 when unknown); `今年`/`去年`
/// count from the article's year `as_of`, unknown (0) without one.
fn period(c: &Found, context: i32, as_of: Option<i32>) -> Option<(Date, Date, bool)> {
    let base_year = Some(context);
    let year_of = |s: &str| -> Option<i32> {
        let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
        match digits.len() {
            4 => digits.parse().ok(),
            2 => digits.parse::<i32>().ok().map(|y| 2000 + y),
            _ => None,
        }
    };
    let relative = |r: Option<Span>| -> Option<i32> {
        let word = r?.as_str();
        let Some(y) = as_of else {
            return Some(0);
        };
        Some(match word {
            "去年" => y - 1,
            "前年" => y - 2,
            "明年" => y + 1,
            _ => y,
        })
    };
    if let Some(q) = c.name("q") {
        let q: u32 = q.as_str().parse().ok()?;
        let fiscal = c.name("fy").is_some();
        let year = c
            .name("fyy")
            .and_then(|y| year_of(y.as_str()))
            .or(base_year)?;
        return quarter(year, q).map(|(a, b)| (a, b, fiscal));
    }
    if let Some(q) = c.name("cq") {
        // a lone Chinese digit before 季 needs 第 or 度 to be a quarter
        // (一季度, 第三季), not 四季 (the seasons)
        let text = c.get(0)?.as_str();
        if !text.contains('第') && !text.contains('度') {
            return None;
        }
        // nor the 一 of one quarter counted (上一季度 is the quarter
        // before, 每一季度 each of them)
        if q.as_str() == "一"
            && q.start == c.whole.0
            && crate::date::counts_one_quarter(&c.text[..c.whole.0])
        {
            return None;
        }
        let q = number(q.as_str())?;
        let fiscal = c.name("fq").is_some();
        let year = c
            .name("fq")
            .and_then(|y| year_of(y.as_str()))
            .or_else(|| relative(c.name("rel")))
            .or(base_year)?;
        return quarter(year, q).map(|(a, b)| (a, b, fiscal));
    }
    if let Some(part) = c.name("part") {
        let year = c
            .name("y")
            .and_then(|y| year_of(y.as_str()))
            .or_else(|| relative(c.name("rel2")))
            .or(base_year)?;
        let (a, b) = match part.as_str() {
            "年初" => (1, 2),
            "年中" => (6, 7),
            "上半年" => (1, 6),
            "下半年" => (7, 12),
            _ => (12, 12),
        };
        return Some((Date::ym(year, a)?, Date::ym(year, b)?, false));
    }
    if let Some(part) = c.name("mpart") {
        let year = base_year?;
        // 月底 with no month named is left: which month is the article's own
        let month: u32 = c.name("mo")?.as_str().parse().ok()?;
        let last = days_in_month(year, month as u8) as u32;
        let (a, b) = match part.as_str() {
            "月初" => (1, 10),
            "月中" => (11, 20),
            _ => (21, last),
        };
        return Some((
            Date::ymd(year, month, a)?,
            Date::ymd(year, month, b)?,
            false,
        ));
    }
    None
}

/// The months of quarter `q` of `year`.
fn quarter(year: i32, q: u32) -> Option<(Date, Date)> {
    Some((Date::ym(year, 3 * q - 2)?, Date::ym(year, 3 * q)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_chinese_character_may_be_another_digit() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                may_be_other_digit(c),
                !c.is_ascii() && c.is_numeric(),
                "{:04X}",
                c as u32
            );
        }
    }

    fn read(s: &str, as_of: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        add(s, Date::parse(as_of), &mut out);
        out.iter()
            .map(|m| {
                (
                    s[m.start..m.end].to_string(),
                    m.date.map(|d| d.to_string()).unwrap_or_default(),
                    m.date_end.map(|d| d.to_string()).unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn quarters_in_every_style() {
        let q = |s: &str| read(s, "2025-05-01");
        assert_eq!(
            q("一季度营收"),
            [("一季度".into(), "2025-01".into(), "2025-03".into())]
        );
        // one quarter counted is no first quarter
        assert_eq!(q("与上一季度相比"), []);
        assert_eq!(q("每一季度都创新高"), []);
        assert_eq!(
            q("上季度与一季度"),
            [("一季度".into(), "2025-01".into(), "2025-03".into())]
        );
        assert_eq!(
            q("去年第四季"),
            [("去年第四季".into(), "2024-10".into(), "2024-12".into())]
        );
        assert_eq!(
            q("Q3毛利率"),
            [("Q3".into(), "2025-07".into(), "2025-09".into())]
        );
        assert_eq!(
            q("24Q2营收"),
            [("24Q2".into(), "2024-04".into(), "2024-06".into())]
        );
        assert_eq!(
            q("FY2024Q3收入"),
            [("FY2024Q3".into(), "2024-07".into(), "2024-09".into())]
        );
        assert_eq!(
            q("2024财年第二季度"),
            [(
                "2024财年第二季度".into(),
                "2024-04".into(),
                "2024-06".into()
            )]
        );
        // the seasons and model names are not quarters
        assert!(q("一年四季").is_empty());
        assert!(q("高通QCM6490芯片").is_empty());
    }

    #[test]
    fn parts_of_years_and_months_are_periods_not_days() {
        let p = |s: &str| read(s, "2025-05-01");
        assert_eq!(
            p("年底交付"),
            [("年底".into(), "2025-12".into(), "2025-12".into())]
        );
        assert_eq!(
            p("2024年初"),
            [("2024年初".into(), "2024-01".into(), "2024-02".into())]
        );
        assert_eq!(
            p("3月底前完成"),
            [("3月底".into(), "2025-03-21".into(), "2025-03-31".into())]
        );
        // 月底 with no month: no period is guessed
        assert!(p("月底前完成").is_empty());
        // no date for the article and no year in the text: the year is unknown
        assert_eq!(
            read("一季度营收", ""),
            [("一季度".into(), "--01".into(), "--03".into())]
        );
    }

    #[test]
    fn a_period_already_read_is_left_alone() {
        let mut out = Vec::new();
        let mut m = Mention::new(0, "2024年第四季度".len(), Kind::Date);
        m.date = Date::ym(2024, 10);
        out.push(m);
        add("2024年第四季度", Date::parse("2025-01-01"), &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn periods_read_by_hand_are_those_the_pattern_finds() {
        let pieces = [
            "FY",
            "财年",
            "財年",
            "19",
            "20",
            "24",
            "0",
            "1",
            "2",
            "3",
            "4",
            "5",
            "9",
            "12",
            "Q",
            "q",
            "今年",
            "去年",
            "明年",
            "前年",
            "本年",
            "第",
            "一",
            "二",
            "三",
            "四",
            "财",
            "財",
            "季",
            "度",
            "年底",
            "年末",
            "年初",
            "年中",
            "上半年",
            "下半年",
            "月底",
            "月末",
            "月初",
            "月中",
            "年",
            "月",
            "上",
            "下",
            "半",
            "a",
            "Z",
            "，",
            "中",
            " ",
            "\n",
            "初",
            "末",
            "底",
            "é",
        ];
        let mut draw = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15 ^ 7);
        let mut next = |n: usize| (draw() % n as u64) as usize;
        let mut found = 0;
        for _ in 0..300_000 {
            let mut s = String::new();
            for _ in 0..1 + next(9) {
                s.push_str(pieces[next(pieces.len())]);
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
            let a = bounds[next(bounds.len())];
            let b = bounds[next(bounds.len())].max(a);
            for w in [(0, s.len()), (a, b)] {
                let by_pattern = pattern_finds(&PERIOD, &s, w);
                assert_eq!(periods_in(&s, w), by_pattern, "{s} {w:?}");
                found += by_pattern.len();
            }
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn cumulative_periods_read_by_hand_are_those_the_pattern_finds() {
        let pieces = [
            "前", "一", "二", "三", "四", "两", "兩", "九", "十", "0", "1", "2", "3", "5", "9",
            "12", "10", "13", "个", "個", "季", "度", "月", "份", "-", "－", "—", "~", "～", "至",
            "到", " ", "\u{3000}", "\t", "\n", "a", "名", "，", "é",
        ];
        let mut draw = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15 ^ 11);
        let mut next = |n: usize| (draw() % n as u64) as usize;
        let mut found = 0;
        for _ in 0..300_000 {
            let mut s = String::new();
            for _ in 0..1 + next(9) {
                // (half of them from the few that make most periods)
                let core = ["前", "三", "1", "12", "-", "至", "月", "个", "季", " "];
                s.push_str(if next(2) == 0 {
                    core[next(core.len())]
                } else {
                    pieces[next(pieces.len())]
                });
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&k| s.is_char_boundary(k)).collect();
            let a = bounds[next(bounds.len())];
            let b = bounds[next(bounds.len())].max(a);
            for w in [(0, s.len()), (a, b)] {
                let by_pattern = pattern_finds(&CUMULATIVE, &s, w);
                assert_eq!(
                    read_in(&s, w, &CUMULATIVE_FIRSTS, cumulative_at),
                    by_pattern,
                    "{s} {w:?}"
                );
                found += by_pattern.len();
            }
        }
        assert!(found > 1_000, "{found}");
        // and every way of joining the pieces of a period
        let (mut texts, mut found) = (Vec::new(), 0);
        for a in ["", "前", "1", "12", "x前"] {
            for b in [
                "一", "三", "两", "十", "十一", "十二", "1", "3", "10", "13", "0",
            ] {
                for c in ["", "个", "個", " ", "\u{3000}", "-", " ～ ", "至", "到 "] {
                    for d in ["", "2", "12", "1", "13", "五", "十", "十一", "十三"] {
                        for e in ["季", "季度", "月", "月份", "个月", "名", ""] {
                            texts.push(format!("{a}{b}{c}{d}{e}"));
                        }
                    }
                }
            }
        }
        for s in &texts {
            let w = (0, s.len());
            let by_pattern = pattern_finds(&CUMULATIVE, s, w);
            assert_eq!(
                read_in(s, w, &CUMULATIVE_FIRSTS, cumulative_at),
                by_pattern,
                "{s}"
            );
            found += by_pattern.len();
        }
        assert!(found > 500, "{found}");
    }

    /// What the pattern finds in window `w` of `s`, as the readers report it.
    fn pattern_finds<'t>(re: &Regex, s: &'t str, w: (usize, usize)) -> Vec<Found<'t>> {
        near_in(re, s, w)
            .iter()
            .map(|c| Found::from_captures(s, c))
            .collect()
    }

    #[test]
    fn no_match_starts_with_another_character_than_its_readers_firsts() {
        /// A reader of a window's matches at a byte.
        type At = fn(&str, usize) -> Option<Found<'_>>;
        let readers: [(&BmpSet, At); 3] = [
            (&PERIOD_FIRSTS, period_at),
            (&CUMULATIVE_FIRSTS, cumulative_at),
            (&FISCAL_FIRSTS, fiscal_at),
        ];
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            for (firsts, at) in readers {
                if firsts.contains(c) {
                    continue;
                }
                for rest in [
                    "年底",
                    "Q1 ",
                    "季度",
                    "三季度",
                    "2个月",
                    "-3月",
                    "023/24财年",
                ] {
                    let s = format!("{c}{rest}");
                    assert_eq!(at(&s, 0), None, "{s}");
                }
            }
        }
    }

    #[test]
    fn fiscal_spans_read_by_hand_are_those_the_pattern_finds() {
        let (mut texts, mut found) = (Vec::new(), 0);
        for a in ["", "x", "1", "2", "一"] {
            for y1 in [
                "2023",
                "1999",
                "2123",
                "202",
                "二零二三",
                "一九九九",
                "二〇二",
                "三零二三",
            ] {
                for s1 in ["", " ", "\u{3000}"] {
                    for slash in ["/", "／", "-"] {
                        for y2 in ["24", "2", "二四", "○○", "四", "2a"] {
                            for s2 in ["", " "] {
                                for w in ["财年", "財政年度", "年度", "年", "财政", ""] {
                                    texts.push(format!("{a}{y1}{s1}{slash}{s1}{y2}{s2}{w}"));
                                }
                            }
                        }
                    }
                }
            }
        }
        for s in &texts {
            if s.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
                continue;
            }
            let w = (0, s.len());
            let by_pattern = pattern_finds(&FISCAL_SPAN, s, w);
            assert_eq!(read_in(s, w, &FISCAL_FIRSTS, fiscal_at), by_pattern, "{s}");
            found += by_pattern.len();
        }
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn holds_any_finds_what_contains_finds() {
        for s in [
            "",
            "季",
            "一季度",
            "前两个月",
            "2023年",
            "a月b",
            "季节月份年",
            "abc",
            "上半",
        ] {
            for needs in [&['季', '月'][..], &['年'], &['a', '季'], &[]] {
                assert_eq!(holds_any(s, needs), s.contains(needs), "{s} {needs:?}");
            }
        }
    }

    #[test]
    fn every_anchor_starts_with_one_of_the_anchor_firsts() {
        for w in PERIOD_WORDS
            .iter()
            .chain(CUMULATIVE_WORDS)
            .chain(FISCAL_WORDS)
        {
            let c = w.chars().next().expect("a word");
            assert!(ANCHOR_FIRSTS.contains(&c), "{w}");
        }
    }

    #[test]
    fn anchors_from_the_scanned_text_are_those_of_the_text() {
        // invisible characters, spaces inside a quantity and 廿卅卌 are what
        // the scanner's text leaves out or reads as two
        for s in [
            "2024年第四季度营收，Q3毛利率，24Q2营收，年底交付，3月底前完成",
            "廿四年底 \u{200b}三季度 2023/24财年 1-2月 前两个月 至 ～ — － / ／",
            "3 季度 12 月底 \u{3000}上半年\u{feff}下半年 卅年初 卌年中",
            "",
        ] {
            let from_text =
                WordSet::starts_each([&FISCAL_ANCHORS, &CUMULATIVE_ANCHORS, &PERIOD_ANCHORS], s);
            let t = Text::new(s);
            let from_chars = WordSet::starts_each_among(
                [&FISCAL_ANCHORS, &CUMULATIVE_ANCHORS, &PERIOD_ANCHORS],
                s,
                &t.chars,
                &t.offs,
            );
            assert_eq!(from_text, from_chars, "{s}");
            let chars: Vec<char> = t.stops.iter().map(|&k| t.chars[k]).collect();
            let offs: Vec<usize> = t.stops.iter().map(|&k| t.offs[k]).collect();
            let from_stops = WordSet::starts_each_among(
                [&FISCAL_ANCHORS, &CUMULATIVE_ANCHORS, &PERIOD_ANCHORS],
                s,
                &chars,
                &offs,
            );
            assert_eq!(from_text, from_stops, "{s}");
            let mut a = Vec::new();
            add(s, Date::parse("2025-05-01"), &mut a);
            let mut b = Vec::new();
            add_in(&t, Date::parse("2025-05-01"), &mut b);
            assert_eq!(a, b, "{s}");
        }
    }
}
