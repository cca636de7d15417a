//! Reading one mention at a character: the order in which phrases, dates
//! and numbers are tried ([`mention_at`]), the words around a mention that
//! finish it (hedges, a fall, a rate), and the passes over all mentions
//! that carry a unit across a range.

use super::dates::{date_at, english_date, relative_date};
use super::names::{chinese_numeral_allowed, name_digits, non_quantity_digits};
use super::numeral;
use super::numeral::{is_chinese_numeral_char, Numeral};
use super::phrases::{chinese_fraction_prefix, special_phrase, vague_numeral};
use super::qualifier::{falls, falls_by, hedges};
use super::quantity::quantity;
use super::scale::{read_num, Num};
use super::text::{clause_start, is_digit, near_any, Text};
use super::units::GPU_WORDS;
use super::units::{measure_word_at, unit_word_at, Unit};
use super::{Kind, Mention, Qualifier, Role};
use crate::date::Date;
use rust_decimal::Decimal;

/// What a reading yields: `(None, j)`: not a mention, skip to `j`;
/// `(Some(m), j)`: a mention ending at `j`.
pub(super) type Read = (Option<Mention>, usize);

/// Try to read a mention at char `i`. `None`: nothing here. `Some((None, j))`:
/// not a mention, skip to `j`. `Some((Some(m), j))`: a mention ending at `j`.
/// (Inlined in the pass over the text: where the first test fails, as at
/// most of 这 上 下 本 成, nothing is called.)
#[inline]
pub(super) fn mention_at(
    t: &Text,
    i: usize,
    as_of: Option<Date>,
) -> Option<(Option<Mention>, usize)> {
    let c = t.chars[i];
    if !word_may_start(c, t.at(i + 1)) {
        return None;
    }
    read_at(t, i, as_of)
}

/// Whether a word written without a digit may start at a character `c`
/// followed by `next`: each such word's second character is one of a
/// few (去年, 上个月, 上百万, 翻一番, 成千上万, 减半, 半亿, 第一季度; a test
/// says so), and is the scanner's next character too (none is a space, an
/// invisible character or 廿卅卌). Most places where such a word may start
/// (这些, 成为, 本次, 上市) are told by this one test that none does. True
/// for the other characters (digits, numerals, 几 and 数), which are read.
fn word_may_start(c: char, next: Option<char>) -> bool {
    let unit = |d: char| numeral::big_unit(d).is_some();
    let below_ten_thousand =
        |d: char| numeral::small_unit(d).is_some() && !matches!(d, '十' | '拾');
    let Some(d) = next else {
        return !WORD_FIRSTS.contains(&c);
    };
    match c {
        '去' | '今' | '前' | '明' => d == '年',
        '本' => matches!(d, '月' | '年'),
        '这' => d == '个',
        '這' => d == '個',
        '上' => matches!(d, '个' | '個' | '月' | '半') || below_ten_thousand(d) || unit(d),
        '下' => matches!(d, '个' | '個' | '月' | '半'),
        '第' => matches!(d, '一' | '二' | '三' | '四'),
        '成' => matches!(d, '千' | '百'),
        '翻' => matches!(d, '了' | '一' | '两' | '兩' | '三' | '番' | '倍'),
        '减' | '減' => d == '半',
        '半' => unit(d),
        _ => true,
    }
}

/// The characters [`word_may_start`] tests.
const WORD_FIRSTS: &[char] = &[
    '去', '今', '前', '明', '本', '这', '這', '上', '下', '第', '成', '翻', '减', '減', '半',
];

/// [`mention_at`] past its first test.
#[inline(never)]
fn read_at(t: &Text, i: usize, as_of: Option<Date>) -> Option<(Option<Mention>, usize)> {
    let c = t.chars[i];
    // phrases without digits
    if let Some(r) = special_phrase(t, i) {
        return Some(r);
    }
    if let Some(r) = relative_date(t, i, as_of) {
        return Some(r);
    }
    if let Some(r) = chinese_fraction_prefix(t, i) {
        return Some(r);
    }
    if matches!(c, '几' | '幾' | '数' | '數') {
        return vague_numeral(t, i);
    }
    if c == '半' {
        // 逾半兆美元, 半亿: half of a big unit
        let e = t.at(i + 1).and_then(numeral::big_unit)?;
        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0) / Decimal::TWO;
        let num = Num {
            value: f,
            precision: f,
            end: i + 2,
            info: Some(Numeral {
                value: f,
                precision: f,
                end: i + 2,
                arabic: false,
                chinese_digit: true,
                has_unit: true,
                atoms: 2,
                digit_sequence: false,
                lone_digit: false,
            }),
        };
        return quantity(t, i, num);
    }
    if !(is_digit(c) || is_chinese_numeral_char(c)) {
        return None;
    }
    // A date in English (Jun 26, 2025): its digits follow a word, as a
    // name's do
    if c.is_ascii_digit() {
        if let Some(r) = english_date(t, i) {
            return Some(r);
        }
    }
    // Digits glued to a name: H800, GPT-4o, DeepSeek-V3, Llama 3.1-405B;
    // but FY2025 is a fiscal year
    if is_digit(c) {
        if let Some(r) = super::dates::english_fiscal_year(t, i) {
            return Some(r);
        }
        if let Some(end) = name_digits(t, i) {
            return Some((None, end));
        }
        if let Some(end) = non_quantity_digits(t, i) {
            return Some((None, end));
        }
    } else if !chinese_numeral_allowed(t, i) {
        // skip the whole numeral run
        let mut j = i + 1;
        while j < t.len() && is_chinese_numeral_char(t.chars[j]) {
            j += 1;
        }
        return Some((None, j));
    }
    // Dates come first: 2024年12月26日, 2025-02-11, 1月26日.
    if let Some(r) = date_at(t, i, as_of) {
        return Some(r);
    }
    // -.34%: a decimal written without its 0, after a sign
    if c.is_ascii_digit()
        && i >= 2
        && t.chars[i - 1] == '.'
        && matches!(t.chars[i - 2], '-' | '−' | '－' | '+' | '＋')
        && (i < 3 || !is_digit(t.chars[i - 3]))
    {
        if let Some(num) = read_num(t, i)
            .ok()
            .flatten()
            .and_then(|n| point_first(t, i, n))
        {
            return quantity(t, i - 1, num);
        }
    }
    let first = match read_num(t, i) {
        Ok(Some(num)) => num,
        Ok(None) => return None,
        Err(e) => {
            let mut j = i;
            while j < t.len()
                && (is_digit(t.chars[j])
                    || is_chinese_numeral_char(t.chars[j])
                    || matches!(t.chars[j], ',' | '.' | '，'))
            {
                j += 1;
            }
            let mut m = Mention::new(t.offs[i], t.offs[j], Kind::Quantity);
            m.error = Some(e.message().to_string());
            return Some((Some(m), j));
        }
    };
    quantity(t, i, first)
}

/// The digits at char `i` read after the decimal point before them
/// (`.34` is 0.34), when they are plain digits with nothing of a scale.
fn point_first(t: &Text, i: usize, mut n: Num) -> Option<Num> {
    let info = n.info.as_mut()?;
    let d = u32::try_from(info.end - i).ok()?;
    if n.end != info.end
        || n.value.scale() != 0
        || !t.chars[i..info.end].iter().all(char::is_ascii_digit)
    {
        return None;
    }
    let mut v = n.value;
    v.set_scale(d).ok()?;
    let p = Decimal::new(1, d);
    info.value = v;
    info.precision = p;
    n.value = v;
    n.precision = p;
    Some(n)
}

/// Fill value/low/high from an interval and the qualifier so far.
pub(super) fn set_interval(
    m: &mut Mention,
    low: Decimal,
    high: Decimal,
    qualifier: Qualifier,
    is_range: bool,
) {
    m.qualifier = qualifier;
    if is_range || low != high {
        m.value = None;
        m.low = Some(low);
        m.high = Some(high);
        if qualifier == Qualifier::Exact {
            m.qualifier = Qualifier::Range;
        }
    } else {
        m.value = Some(low);
    }
}

/// Apply the hedges before and after a mention, mark a fall and a rate,
/// and return it.
pub(super) fn finish(t: &Text, start: usize, end: usize, mut m: Mention) -> Read {
    let numeral_start = start;
    // 百万tokens输入价格, “百万tokens”为单位: the tokens a price is per,
    // one million exactly, not a figure of its own
    if m.unit == Some(Unit::Token) && bare_magnitude(t, start) && price_follows(t, end) {
        m.role = Role::Bare;
        m.start = t.offs[start];
        m.end = t.offs[end];
        return (Some(m), end);
    }
    let (start, end) = hedges(t, start, end, &mut m);
    // 千亿参数, 万亿美元 without a digit or a hedge: an order of magnitude
    // (a model of 1750亿 is one of 千亿参数), as 上千亿 is
    if m.qualifier == Qualifier::Exact && bare_magnitude(t, numeral_start) {
        if let Some(v) = m.value {
            if let Some(h) = v.checked_mul(Decimal::TEN) {
                m.value = None;
                m.low = Some(v);
                m.high = Some(h - Decimal::ONE);
                m.qualifier = Qualifier::Vague;
            }
        }
    }
    let cs = clause_start(t, start);
    if falls(t, cs, start) {
        m.decrease = true;
        m.falls_by = falls_by(t, cs, start);
    }
    if m.kind == Kind::Money {
        rate(t, cs, start, end, &mut m);
    }
    m.start = t.offs[start];
    m.end = t.offs[end];
    (Some(m), end)
}

/// Whether the numeral at char `i` is scale characters only, a bare 百, 千
/// or 万 and at least one 万 or 亿 after it (千亿, 百万, 千万亿, 万亿), with
/// no digit before it, and not the unit of a rate (美元/百万token,
/// 每百万token: one million exactly). 兆 is left out: before an SI unit it
/// is mega (千兆瓦 is a gigawatt).
fn bare_magnitude(t: &Text, i: usize) -> bool {
    if !matches!(t.at(i), Some('百' | '佰' | '千' | '仟' | '万' | '萬')) {
        return false;
    }
    if i > 0 {
        let p = t.chars[i - 1];
        if is_digit(p) || is_chinese_numeral_char(p) || matches!(p, '/' | '／' | '每') {
            return false;
        }
    }
    let mut j = i + 1;
    let mut big = false;
    while let Some(c) = t.at(j) {
        if matches!(c, '万' | '萬' | '亿' | '億') {
            big = true;
        } else if !matches!(c, '百' | '佰' | '千' | '仟') {
            break;
        }
        j += 1;
    }
    big
}

/// Whether the words at char `k`, after an amount of tokens, make it what
/// a price is per (`百万tokens输入价格`, `百万tokens输出`, `“百万tokens”为单位`),
/// perhaps after a closing quote or 的.
fn price_follows(t: &Text, k: usize) -> bool {
    let k = if matches!(t.at(k), Some('”' | '"' | '」' | '的')) {
        k + 1
    } else {
        k
    };
    const PRICE: &[&str] = &[
        "输入",
        "輸入",
        "输出",
        "輸出",
        "价格",
        "價格",
        "费用",
        "費用",
        "计费",
        "計費",
        "定价",
        "定價",
        "为单位",
        "為單位",
    ];
    PRICE.iter().any(|w| t.starts(k, w))
}

/// The words for a token in a price's unit (`美元/百万token`, `每百万输入令牌`,
/// `每百万输入标记`).
const TOKEN_WORDS: &[&str] = &["token", "Token", "词元", "詞元", "令牌", "标记", "標記"];

/// Whether `p` (the words of a rate's unit) counts thousands of tokens:
/// 千 right before a word for a token (`/千token`, `每千个token`), not
/// 千万 (ten million).
fn per_thousand_tokens(p: &str) -> bool {
    p.match_indices('千').any(|(a, _)| {
        let rest = &p[a + '千'.len_utf8()..];
        let rest = rest.strip_prefix(['个', '個', ' ']).unwrap_or(rest);
        TOKEN_WORDS.iter().any(|w| rest.starts_with(w))
    })
}

/// Rates: 每GPU小时2美元, 每百万token 15美元, 2美元/GPU小时 (prices; a count
/// per token such as 每个token激活320亿参数 is the figure itself). `cs` is
/// the start of the clause.
fn rate(t: &Text, cs: usize, start: usize, end: usize, m: &mut Mention) {
    // (the words between 每 and the amount may name both sides of a price,
    // 每百万输入、输出tokens价格分别为0.55美元: a 每 further than 14
    // characters back counts for tokens only, not 每个季度…营收均超过300亿)
    let near_from = cs.max(start.saturating_sub(14));
    let far_from = cs.max(start.saturating_sub(22));
    let far = &t.s[t.offs[far_from]..t.offs[start]];
    let per_from = match far.rfind('每') {
        Some(p) if TOKEN_WORDS.iter().any(|w| far[p..].contains(w)) => far_from,
        _ => near_from,
    };
    let lead = &t.s[t.offs[per_from]..t.offs[start]];
    let after_per = t.at(end) == Some('/')
        || t.at(end) == Some('每')
        || t.starts(end, " /")
        || t.starts(end, "／");
    let Some(p) = lead
        .rfind('每')
        .map(|p| &lead[p..])
        .or(after_per.then(|| &t.s[t.offs[end]..t.offs[(end + 12).min(t.len())]]))
        .or_else(|| million_tokens_named(far, m))
    else {
        return;
    };
    let tokens = || TOKEN_WORDS.iter().any(|w| p.contains(w));
    let per =
        if (p.contains("百万") || p.contains("百萬") || p.contains("1M") || p.contains("million"))
            && tokens()
        {
            "Mtoken"
        } else if matches!(m.unit, Some(Unit::Usd | Unit::Cny)) && per_thousand_tokens(p) {
            // 0.004元/千token: a price per thousand, written per million
            // (4元 per million tokens)
            let thousand = Decimal::from(1000);
            for v in [&mut m.value, &mut m.low, &mut m.high, &mut m.precision] {
                *v = v.and_then(|x| x.checked_mul(thousand));
            }
            "Mtoken"
        } else if p.contains("GPU小时")
            || p.contains("GPU小時")
            || p.contains("卡时")
            || p.contains("卡時")
            || p.contains("GPU hour")
        {
            "GPU_hour"
        } else if p.contains("小时") || p.contains("小時") {
            "hour"
        } else if p.contains('人') || p.contains('户') || p.contains('戶') {
            "person"
        } else {
            "unit"
        };
    m.per = Some(per);
    if per == "Mtoken" {
        m.unit = match m.unit {
            Some(Unit::Usd) => Some(Unit::UsdPerMtoken),
            Some(Unit::Cny) => Some(Unit::CnyPerMtoken),
            u => u,
        };
    }
}

/// A price's words that name a million tokens without 每 (百万tokens输出价格
/// 为16元, 百萬token輸入價格0.27美元): the words from 百万 on, when the
/// amount is in dollars or yuan.
fn million_tokens_named<'a>(lead: &'a str, m: &Mention) -> Option<&'a str> {
    if !matches!(m.unit, Some(Unit::Usd | Unit::Cny)) {
        return None;
    }
    lead.rmatch_indices(['百'])
        .map(|(at, _)| &lead[at..])
        .find(|p| {
            let rest = p
                .strip_prefix("百万")
                .or_else(|| p.strip_prefix("百萬"))
                .unwrap_or("");
            let rest = rest.strip_prefix(['个', '個', ' ']).unwrap_or(rest);
            TOKEN_WORDS
                .iter()
                .chain(&["tokens", "Tokens"])
                .any(|w| rest.starts_with(w))
        })
}

/// A bare amount after 至/到 takes the unit of the amount it continues
/// (从7万亿token扩充至18万亿 → 18万亿 token), and one before 至/到 the unit
/// of the amount it changes to (增加200亿至300亿元 → 200亿元).
pub(super) fn carry_units(t: &Text, out: &mut [Mention]) {
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, next) = (&mut before[k - 1], &mut after[0]);
        let between = &t.s[prev.end..next.start];
        // (at most eight characters, so at most 32 bytes: most gaps are
        // longer, and are not read further)
        if !(between.len() <= 32
            && between.chars().count() <= 8
            && !between.contains(['，', ',', '。', '；', '\n'])
            && between.contains(['至', '到']))
        {
            continue;
        }
        if takes_unit(next) && prev.unit.is_some_and(carried) {
            next.unit = prev.unit;
            next.kind = prev.kind;
        } else if takes_unit(prev) && between.chars().count() == 1 && next.unit.is_some_and(carried)
        {
            prev.unit = next.unit;
            prev.kind = next.kind;
        }
    }
}

/// A percentage written once for a list of numbers: after the last
/// (分别增长3.5、4.2及5.1%, 收窄1.7、0.7、8.3个百分点, 快4.6和3.1个百分点)
/// it is every item's, and after 百分之 on the first (百分之二十五点二及
/// 二十四点六) every later item's. The items are joined by a 、, 和, 及,
/// 与 or 或 alone, and take it only as plain numbers with no unit.
pub(super) fn share_list_percent(t: &Text, out: &mut [Mention]) {
    const JOINS: &[&str] = &["、", "和", "及", "与", "與", "或", "以及", "、及"];
    let joined =
        |a: &Mention, b: &Mention| a.end <= b.start && JOINS.contains(&t.s[a.end..b.start].trim());
    let percent = |m: &Mention| {
        matches!(
            m.unit,
            Some(Unit::Percent | Unit::PercentagePoint | Unit::PerMille)
        )
    };
    let plain = |m: &Mention| {
        m.unit.is_none()
            && m.kind == Kind::Quantity
            && m.classifier.is_none()
            && m.value.is_some()
            && matches!(m.role, Role::Claim | Role::Bare)
    };
    // (a list after a verb of change: 分别增长3.5、4.2及5.1%; not the
    // figures of a list of measures, 营收和毛利率分别为1305亿和75%, nor an
    // amount with a scale)
    for e in 1..out.len() {
        if !percent(&out[e]) {
            continue;
        }
        let mut s = e;
        while s > 0 && plain(&out[s - 1]) && joined(&out[s - 1], &out[s]) {
            s -= 1;
        }
        let scaled = out[s..e].iter().any(|m| {
            t.s[m.start..m.end]
                .chars()
                .any(|c| super::numeral::big_unit(c).is_some())
        });
        if s == e || scaled || !after_a_change(t, out[s].start) {
            continue;
        }
        let unit = out[e].unit;
        for m in &mut out[s..e] {
            m.unit = unit;
            m.kind = Kind::Percent;
            m.role = Role::Claim;
        }
    }
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, next) = (&before[k - 1], &mut after[0]);
        let spelled = t.s[prev.start..prev.end].starts_with("百分之");
        if spelled && percent(prev) && plain(next) && joined(prev, next) {
            next.unit = prev.unit;
            next.kind = Kind::Percent;
            next.role = Role::Claim;
        }
    }
}

/// Whether the text before byte `at` ends with a verb of change (增长,
/// 下降, 收窄, 快, 提高…), perhaps with 了 or a hedge after it.
fn after_a_change(t: &Text, at: usize) -> bool {
    // (besides the verbs of a change by an amount: the comparatives and
    // single characters a statistics release lists with, 快4.6和3.1个百分点)
    const MORE: &[&str] = &[
        "收窄", "回升", "放缓", "放緩", "加快", "快", "慢", "高", "低", "升", "降", "增", "减",
        "減", "成长", "成長", "衰退",
    ];
    let lead = t.s[..at].trim_end();
    let lead = ["约", "約", "了"]
        .iter()
        .fold(lead, |l, w| l.strip_suffix(w).unwrap_or(l));
    super::qualifier::CHANGE_VERBS
        .iter()
        .chain(MORE)
        .any(|w| lead.ends_with(w))
}

/// The other side of a price per million tokens, in the same sentence
/// right after it (每百万输入tokens价格为0.55美元，输出为2.19美元; 输入
/// 0.27美元、输出1.10美元): a plain amount in the same currency with a word
/// of the other side (输出, 输入, 缓存命中…) between the two is a price
/// per million tokens too. Not after a price per thousand (its amount was
/// read in thousands), nor across a full stop.
pub(super) fn carry_price_per_token(t: &Text, out: &mut [Mention]) {
    const SIDES: &[&str] = &[
        "输出",
        "輸出",
        "输入",
        "輸入",
        "缓存命中",
        "緩存命中",
        "缓存未命中",
        "緩存未命中",
        "output",
        "input",
        "Output",
        "Input",
    ];
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let (prev, next) = (&before[k - 1], &mut after[0]);
        let plain = match (prev.unit, next.unit) {
            (Some(Unit::UsdPerMtoken), Some(Unit::Usd)) => Unit::UsdPerMtoken,
            (Some(Unit::CnyPerMtoken), Some(Unit::Cny)) => Unit::CnyPerMtoken,
            _ => continue,
        };
        if next.per.is_some() || next.role != Role::Claim {
            continue;
        }
        let between = &t.s[prev.end..next.start];
        // (or the two amounts of one list: 分别为0.55美元和2.19美元)
        let joined = matches!(between.trim(), "和" | "、" | "及" | "与" | "與" | "以及");
        if !joined
            && (between.chars().count() > 12
                || between.contains(['。', '；', ';', '\n'])
                || !SIDES.iter().any(|w| between.contains(w)))
        {
            continue;
        }
        // (the rate's words before the first price: per million, not per
        // thousand)
        let lead = super::joined::near_end(&t.s[..prev.start]);
        let lead_from = lead.rfind(['。', '；', ';', '\n']).map_or(0, |i| {
            i + lead[i..].chars().next().map_or(1, char::len_utf8)
        });
        if per_thousand_tokens(&lead[lead_from..]) {
            continue;
        }
        next.unit = Some(plain);
        next.per = Some("Mtoken");
    }
}

/// Words that may join a time and the figure of a clause that says nothing
/// else (…，1月14日报7.1878; …，年底为753.42万): the copula, a report, an
/// approximation. (Not a level reached, 跌至2.6万亿美元: after a loss or a
/// change that is another measure.)
pub(crate) const ELLIPTIC_LINKS: &[&str] = &[
    "为", "為", "是", "报", "報", "收报", "收報", "达", "達", "约", "約", "则为", "則為", "亦为",
    "亦為", "也为", "也為", "录得", "錄得",
];

/// Whether `gap` (the text between a figure and the next one, the dates
/// between them cut out) opens a clause and holds nothing but linking
/// words (，报; ，为).
fn only_linking_words(gap: &str) -> bool {
    let Some(mut rest) = gap.strip_prefix(['，', ',', '；', ';']) else {
        return false;
    };
    // (the day may be named by its place too, its date in brackets:
    // 前一交易日（1月14日）報7.1978)
    const DAY_WORDS: &[&str] = &[
        "前一交易日",
        "上一交易日",
        "前一日",
        "前日",
        "（",
        "）",
        "(",
        ")",
    ];
    rest = rest.trim_start();
    while !rest.is_empty() {
        match ELLIPTIC_LINKS
            .iter()
            .chain(DAY_WORDS)
            .filter(|w| rest.starts_with(**w))
            .map(|w| w.len())
            .max()
        {
            Some(n) => rest = rest[n..].trim_start(),
            None => return false,
        }
    }
    true
}

/// Whether the text from `from` to `to` holds nothing but the dates
/// `dates` (in order) and linking words after a clause's break (，1月14日报;
/// ，前一交易日（1月14日）報): a clause that says only another day.
/// (Mentions that overlap leave a mark no linking word matches.)
pub(crate) fn says_only_another_day(text: &str, from: usize, dates: &[Mention], to: usize) -> bool {
    let mut gap = String::new();
    let mut at = from;
    for d in dates {
        gap.push_str(text.get(at..d.start).unwrap_or("?"));
        at = d.end;
    }
    gap.push_str(text.get(at..to).unwrap_or("?"));
    only_linking_words(&gap)
}

/// A bare number in a clause that gives only another date after an
/// exchange rate (人民币中间价1月15日报7.1883，1月14日报7.1878) is a rate
/// in the same unit.
pub(super) fn carry_rate(t: &Text, out: &mut [Mention]) {
    for k in 1..out.len() {
        if !takes_unit(&out[k]) || out[k].value.is_none_or(|v| v >= Decimal::from(100)) {
            continue;
        }
        // the dates right before it, then the figure they follow (mentions
        // that overlap leave a mark no linking word matches)
        let Some(p) = (0..k).rev().find(|&j| out[j].kind != Kind::Date) else {
            continue;
        };
        let unit = out[p].unit;
        if p + 1 == k || !matches!(unit, Some(Unit::CnyPerUsd | Unit::HkdPerUsd)) {
            continue;
        }
        if says_only_another_day(t.s, out[p].end, &out[p + 1..k], out[k].start) {
            out[k].unit = unit;
            out[k].kind = out[p].kind;
        }
    }
}

/// Whether a mention is an amount with no unit, which may take one from
/// the amount it is joined to.
fn takes_unit(m: &Mention) -> bool {
    m.unit.is_none() && m.kind == Kind::Quantity && m.role == Role::Claim
}

/// The units an amount carries to a bare amount joined to it: counts of
/// the domain and currencies.
fn carried(u: Unit) -> bool {
    u.is_currency()
        || matches!(
            u,
            Unit::Token
                | Unit::Parameter
                | Unit::GpuHour
                | Unit::Download
                | Unit::People
                | Unit::User
                | Unit::Gpu
        )
}

pub(super) fn near_gpu(t: &Text, start: usize, end: usize) -> bool {
    near_any(t, start, end, GPU_WORDS)
}

/// The second end of a range: 至10万, 到五, -10, ～100, --5万 (a doubled
/// dash), and after `(含)` (1万(含)-5万元: the first end included).
pub(super) fn range_second(t: &Text, j: usize) -> Option<(Num, usize)> {
    range_second_after_symbol(t, j, &[])
}

/// [`range_second`] where the first end follows a currency's `symbol`,
/// which the second end may repeat (`HK$100至HK$200`, `$100-$500`).
pub(super) fn range_second_after_symbol(
    t: &Text,
    j: usize,
    symbol: &[char],
) -> Option<(Num, usize)> {
    let j = past_inclusion_mark(t, j);
    let c = t.at(j)?;
    let len = range_mark_len(t, j)?;
    let mut k = j + len;
    if !symbol.is_empty() && t.chars[k..].starts_with(symbol) {
        k += symbol.len();
    }
    let c2 = t.at(k)?;
    if !(is_digit(c2) || is_chinese_numeral_char(c2)) {
        return None;
    }
    // a hyphen between two Arabic numbers only (5-10亿), never inside names
    // (which never double it: 五千--八千元)
    if c == '-' && len == 1 && !is_digit(c2) {
        return None;
    }
    let num = read_num(t, k).ok()??;
    let end = num.end;
    Some((num, end))
}

/// The marks that join the two ends of a range (至, 到, a tilde or a wave
/// dash, a dash): every reading of a range takes its marks from here.
pub(super) const RANGE_MARKS: &[char] = &['至', '到', '~', '～', '〜', '—', '–', '－', '-'];

/// The dashes a writer may double between the ends of a range (`2——3万`,
/// `1万元--5万元`).
const DOUBLED_DASHES: &[char] = &['—', '－', '-'];

/// The marks that say the end before them is included: `1万(含)-5万元`.
const INCLUSION_MARKS: &[&str] = &["(含)", "（含）"];

/// The length in chars of the mark joining two ends of a range at char
/// `j` (one of [`RANGE_MARKS`], or a doubled dash), if there is one.
pub(super) fn range_mark_len(t: &Text, j: usize) -> Option<usize> {
    let c = t.at(j).filter(|c| RANGE_MARKS.contains(c))?;
    Some(if DOUBLED_DASHES.contains(&c) && t.at(j + 1) == Some(c) {
        2
    } else {
        1
    })
}

/// Past an inclusion mark (`(含)`) at char `j`, or `j`.
fn past_inclusion_mark(t: &Text, j: usize) -> usize {
    INCLUSION_MARKS
        .iter()
        .find(|w| t.starts(j, w))
        .map_or(j, |w| j + Text::nchars(w))
}

/// A sign written right before the number at char `i`: where it starts,
/// and whether it makes the number negative. A minus (`-5.2%`, `－3`,
/// `−1/3`, not a dash after a letter or a digit, `A-3`, nor one that
/// joins two amounts, `3%-5%`), a plus (`+1/2`), 负 or 負 (`负2`), 负的
/// (`负的0.7%`) and 零下 (`零下5℃`); but 正负 is a margin either way.
pub(super) fn sign_before(t: &Text, i: usize) -> Option<(usize, bool)> {
    let p = t.at(i.checked_sub(1)?)?;
    match p {
        '-' | '−' | '－'
            if (i < 2 || !super::text::is_ascii_alnum(t.chars[i - 2]))
                && !amount_ends_before_dash(t, i - 1) =>
        {
            Some((i - 1, true))
        }
        '+' | '＋' => Some((i - 1, false)),
        // - 1,200,000美元: a minus and a space after a word
        ' ' if i >= 3
            && matches!(t.chars[i - 2], '-' | '−' | '－')
            && (super::text::is_han_char(t.chars[i - 3])
                || matches!(t.chars[i - 3], ':' | '：'))
            && is_digit(t.chars[i])
            && !amount_ends_before_dash(t, i - 2) =>
        {
            Some((i - 2, true))
        }
        // 正100000人: a plus written in a word (not the end of 修正, 真正…)
        '正' if t.chars[i].is_ascii_digit()
            && !(i >= 2 && NOT_A_PLUS.contains(&t.chars[i - 2])) =>
        {
            Some((i - 1, false))
        }
        // (正负3% is a margin either way: no sign)
        '负' | '負' if i >= 2 && t.chars[i - 2] == '正' => None,
        '负' | '負' => Some((i - 1, true)),
        '的' if i >= 2 && matches!(t.chars[i - 2], '负' | '負') => Some((i - 2, true)),
        _ if t.ends(i, "零下") => Some((i - 2, true)),
        _ => None,
    }
}

/// Characters before 正 that make a word of it (修正, 真正, 公正, 改正):
/// not a plus sign before a number.
const NOT_A_PLUS: &[char] = &[
    '修', '纠', '糾', '公', '真', '改', '端', '方', '立', '反', '拨', '撥', '更', '校', '辨', '扶',
    '中', '严', '嚴', '匡', '矫', '矯', '雅', '持', '守', '清', '刚', '剛', '堂', '周', '偏', '转',
    '轉', '歪', '摆', '擺', '补', '補', '指', '订', '訂', '勘', '斧', '就', '厘', '釐', '扳', '导',
    '導', '正', '平',
];

/// Whether an amount ends right before the dash at char `k`: a number,
/// with its scale, unit or measure word (`1万元--5万元`, `1万(含)-5万元`,
/// `五元六角-五元七毛八分`, `3%-5%`), perhaps the first of two dashes or an
/// inclusion mark between. The dash then joins two amounts and is no
/// minus sign: a minus is one only where no number ends before it
/// (`同比为-5.2%`, `下降-3%`).
pub(super) fn amount_ends_before_dash(t: &Text, k: usize) -> bool {
    let mut e = k;
    if e > 0 && DOUBLED_DASHES.contains(&t.chars[e - 1]) {
        e -= 1;
    }
    if let Some(w) = INCLUSION_MARKS.iter().find(|w| t.ends(e, w)) {
        e -= Text::nchars(w);
    }
    let numeral = |c: char| is_digit(c) || is_chinese_numeral_char(c);
    let Some(last) = e.checked_sub(1).and_then(|p| t.at(p)) else {
        return false;
    };
    if numeral(last) || matches!(last, '%' | '％' | '‰') {
        return true;
    }
    // a unit or measure word of up to six characters, right after a number
    (1..=6.min(e.saturating_sub(1))).any(|n| {
        let s = e - n;
        let is_word = |w: &str| Text::nchars(w) == n;
        numeral(t.chars[s - 1])
            && (unit_word_at(t, s).is_some_and(|(w, _, _)| is_word(w))
                || measure_word_at(t, s).is_some_and(is_word)
                || (n == 1 && matches!(t.chars[s], '角' | '毛' | '分')))
    })
}

/// A number that is not a claim: its value and span, with its role.
pub(super) fn bare(t: &Text, i: usize, n: &Num, role: Role) -> Mention {
    let mut m = Mention::new(t.offs[i], t.offs[n.end], Kind::Quantity);
    m.value = Some(n.value);
    m.precision = Some(n.precision);
    m.role = role;
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::{PERIODS, RELATIVE_MONTHS, RELATIVE_YEARS};
    use crate::extract::phrases::{MULTIPLES, VAGUE_PHRASES};

    #[test]
    fn every_word_without_a_digit_passes_the_first_test() {
        let words = MULTIPLES
            .iter()
            .map(|(w, _)| *w)
            .chain(VAGUE_PHRASES.iter().map(|(w, _, _)| *w))
            .chain(RELATIVE_YEARS.iter().map(|(w, _)| *w))
            .chain(RELATIVE_MONTHS.iter().map(|(w, _)| *w))
            .chain(PERIODS.iter().map(|(w, _, _)| *w));
        for w in words {
            let mut cs = w.chars();
            let (c, d) = (cs.next().unwrap(), cs.next());
            assert!(word_may_start(c, d), "{w}");
        }
        for &c in WORD_FIRSTS {
            assert!(!is_digit(c) && !is_chinese_numeral_char(c), "{c}");
        }
    }

    #[test]
    fn where_the_first_test_fails_nothing_is_read() {
        let as_of = Date::parse("2025-05-01");
        let seconds = (' '..='~')
            .chain('\u{3000}'..='\u{303f}')
            .chain('\u{4e00}'..='\u{9fff}')
            .chain('\u{ff01}'..='\u{ff5e}');
        for d in seconds {
            for &c in WORD_FIRSTS {
                if word_may_start(c, Some(d)) {
                    continue;
                }
                let s = format!("{c}{d}万年");
                let t = Text::new(&s);
                assert_eq!(read_at(&t, 0, as_of), None, "{s}");
            }
        }
        for &c in WORD_FIRSTS {
            assert!(!word_may_start(c, None));
            let s = c.to_string();
            assert_eq!(read_at(&Text::new(&s), 0, as_of), None, "{s}");
        }
    }
}
