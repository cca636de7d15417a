//! Quantities written in words rather than digits: 翻一番, 成千上万, 上百万,
//! 几千 and 数十亿, 百分之三十, discounts (八折), and mixed numbers
//! (三又三分之一).

use super::names::NOUNS_ENDING_IN_SHU;
use super::numeral;
use super::numeral::{chinese_digit, is_chinese_numeral_char, read_numeral};
use super::quantity::kuai_is_money;
use super::read::finish;
use super::read::near_gpu;
use super::scale::{read_num, scale_or_small, Num};
use super::text::{clause_start, is_digit, near_any, sentence_has, BmpSet, ByChar, Text};
use super::units::Unit;
use super::units::{measure_word_at, prefix_currency, unit_word_at};
use super::{Kind, Mention, Qualifier, Relation, Role};
use rust_decimal::Decimal;
use std::sync::LazyLock;

/// Mixed numbers: 三又三分之一 (3⅓), 2 1/4 (2¼). The whole part stands
/// before the fraction, joined by 又 or a space; it becomes part of the
/// fraction's mention and value.
pub(super) fn mixed_fractions(text: &str, out: &mut [Mention]) {
    let mut prev_end = 0;
    for m in out.iter_mut() {
        let start_bound = prev_end;
        // a bare whole part (2 of 2 1/4) is read into the fraction
        if m.role == Role::Claim {
            prev_end = m.end;
        }
        if m.kind != Kind::Fraction {
            continue;
        }
        let mut lo = start_bound.max(m.start.saturating_sub(24)).min(m.start);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &text[lo..m.start];
        let (joined, ascii) = if let Some(b) = before.strip_suffix('又') {
            (b, false)
        } else if let Some(b) = before.strip_suffix(' ') {
            (b, true)
        } else {
            continue;
        };
        let whole: String = joined
            .chars()
            .rev()
            .take_while(|&c| {
                if ascii {
                    c.is_ascii_digit()
                } else {
                    is_digit(c) || is_chinese_numeral_char(c)
                }
            })
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // (a year before a fraction, 2024 1/4, is not a whole part)
        if whole.is_empty() || (ascii && (!text[m.start..m.end].contains('/') || whole.len() > 3)) {
            continue;
        }
        let chars: Vec<char> = whole.chars().collect();
        let Ok(Some(n)) = numeral::read_numeral(&chars, 0) else {
            continue;
        };
        if n.end != chars.len() {
            continue;
        }
        let Some(v) = m.value.and_then(|v| v.checked_add(n.value)) else {
            continue;
        };
        m.value = Some(v);
        m.start -= whole.len() + if ascii { 1 } else { '又'.len_utf8() };
    }
}

/// A discount: 八折 (80% of the price), 九五折 and 95折 (95%), 打8.5折 (85%). The
/// digits stand right before 折, which is not the start of another word
/// (折合, 折算, 折旧).
pub(super) fn discount(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let digit = |c: char| {
        chinese_digit(c)
            .filter(|&d| d > 0)
            .or_else(|| numeral::arabic_digit(c).filter(|&d| d > 0))
    };
    let d1 = digit(t.at(i)?)?;
    let (value, j) = match (t.at(i + 1), t.at(i + 2)) {
        (Some('折'), _) => (Decimal::from(d1 * 10), i + 1),
        (Some('.'), Some(c)) if numeral::arabic_digit(c).is_some() && t.at(i + 3) == Some('折') => {
            (Decimal::from(d1 * 10 + numeral::arabic_digit(c)?), i + 3)
        }
        (Some(c), Some('折')) if chinese_digit(c).is_some() => {
            (Decimal::from(d1 * 10 + chinese_digit(c)?), i + 2)
        }
        // 75折, as Taiwan's and Hong Kong's shops write 七五折 (not 60折价,
        // the 60 of a model's name)
        (Some(c), Some('折')) if numeral::arabic_digit(c).is_some_and(|d| d > 0) => {
            (Decimal::from(d1 * 10 + numeral::arabic_digit(c)?), i + 2)
        }
        _ => return None,
    };
    if t.at(j + 1)
        .is_some_and(|c| "合算旧舊现現叠疊扣线線射返腾騰价價".contains(c))
    {
        return None;
    }
    // a digit right before, or a digit sequence: not a discount (2025折)
    if i > 0 && (is_digit(t.chars[i - 1]) || chinese_digit(t.chars[i - 1]).is_some()) {
        return None;
    }
    let start = if t.ends(i, "打") { i - 1 } else { i };
    let mut m = Mention::new(t.offs[start], t.offs[j + 1], Kind::Percent);
    m.unit = Some(Unit::Percent);
    m.value = Some(value);
    m.precision = Some(Decimal::ONE);
    Some((Some(m), j + 1))
}

/// 几/数 + scale or measure word: 几千, 数十亿, 几个星期, 数月.
pub(super) fn vague_numeral(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let n = t.len();
    let c = t.chars[i];
    if matches!(c, '数' | '數') && i > 0 {
        let p = t.chars[i - 1];
        // 人数, 总数, 多数, 参数…: a noun, not "several" (but 成本数千万,
        // 约数千万: 本 and 约 end a word of their own before a scale)
        // (nor does 少 of 减少 or 至少: 减少数十亿美元, 至少数十亿美元)
        let verb_ends = p == '少' && i > 1 && matches!(t.chars[i - 2], '减' | '減' | '至');
        let several = (matches!(p, '本' | '约' | '約') || verb_ends)
            && t.at(i + 1).is_some_and(|c| "十百千万亿萬億".contains(c))
            && !t.starts(i + 2, "分之");
        if NOUNS_ENDING_IN_SHU.contains(&p) && !several {
            return Some((None, i + 1));
        }
    }
    if t.starts(i, "几乎")
        || t.starts(i, "幾乎")
        || t.starts(i, "几何")
        || t.starts(i, "幾何")
        || t.starts(i, "数据")
        || t.starts(i, "數據")
        || t.starts(i, "数字")
        || t.starts(i, "數字")
        || t.starts(i, "数量")
        || t.starts(i, "數量")
    {
        return Some((None, i + 2));
    }
    // substitute 几 with 2 and 9 and read both
    let mut j = i + 1;
    while j < n
        && (numeral::small_unit(t.chars[j]).is_some() || numeral::big_unit(t.chars[j]).is_some())
    {
        j += 1;
    }
    let has_scale = j > i + 1;
    let (mut lo, mut hi, mut p) = (Decimal::from(2), Decimal::from(9), Decimal::ONE);
    if has_scale {
        let mut low_chars: Vec<char> = t.chars[i..j].to_vec();
        low_chars[0] = '二';
        let mut high_chars = low_chars.clone();
        high_chars[0] = '九';
        let a = read_numeral(&low_chars, 0).ok()??;
        let b = read_numeral(&high_chars, 0).ok()??;
        lo = a.value;
        hi = b.value;
        p = a.precision;
    }
    // what follows must be a unit or measure word
    let mut k = j;
    let mut unit = None;
    let mut kind = Kind::Quantity;
    if let Some((w, u, kd)) = unit_word_at(t, k) {
        if !(w == "年" && !has_scale && t.starts(k, "年来")) {
            unit = Some(u);
            kind = kd;
            k += Text::nchars(w);
        }
    } else if let Some(w) = measure_word_at(t, k) {
        k += Text::nchars(w);
        kind = Kind::Count;
        // 几个星期, 几个月
        if let Some((w2, u2, kd2)) = unit_word_at(t, k) {
            if matches!(
                u2,
                Unit::Week | Unit::Month | Unit::Hour | Unit::Day | Unit::Year
            ) {
                unit = Some(u2);
                kind = kd2;
                k += Text::nchars(w2);
            }
        } else if w == "次" && near_any(t, i, k, &["下载", "下載"]) {
            unit = Some(Unit::Download);
        } else if matches!(w, "颗" | "顆" | "块" | "塊" | "张" | "張") && near_gpu(t, i, k) {
            unit = Some(Unit::Gpu);
        } else if matches!(w, "块" | "塊")
            && (kuai_is_money(t, i, k)
                || (t.chars[i + 1..j]
                    .iter()
                    .any(|c| matches!(c, '百' | '千' | '万' | '萬' | '亿' | '億'))
                    && t.at(k).is_none_or(|c| !c.is_alphanumeric())))
        {
            // 几十万块, 数百块, 几块钱: the yuan (a vague sum of hundreds
            // or more with nothing after it, or 钱 or a price's word)
            unit = Some(Unit::Cny);
            kind = Kind::Money;
        }
    } else if !has_scale {
        return Some((None, i + 1));
    }
    if t.starts(k, "月") && unit.is_none() && !has_scale {
        unit = Some(Unit::Month);
        kind = Kind::Duration;
        k += 1;
    }
    // 人民币数十亿元: a currency named before it, as 人民币5亿元
    let mut start = i;
    if let Some((cs, cu)) = prefix_currency(t, i) {
        if unit.is_none_or(Unit::is_currency) {
            unit = Some(match unit {
                Some(Unit::Cny) if cu != Unit::Cny => cu,
                Some(u) => u,
                None => cu,
            });
            kind = Kind::Money;
            start = cs;
        }
    }
    let mut m = Mention::new(t.offs[start], t.offs[k], kind);
    m.unit = unit;
    m.low = Some(lo);
    m.high = Some(hi);
    m.qualifier = Qualifier::Vague;
    m.precision = Some(p);
    // 数千万美元以上
    let (m, end) = finish(t, start, k, m);
    if let Some(mut m) = m {
        if m.qualifier == Qualifier::AtLeast || m.qualifier == Qualifier::AtMost {
            // keep it vague but keep the bound
            m.qualifier = Qualifier::Vague;
            m.low = m.low.or(Some(lo));
            m.high = m.high.or(Some(hi));
            if m.high.is_some() && m.low.is_some() && m.low > m.high {
                m.high = None;
            }
        }
        return Some((Some(m), end));
    }
    Some((None, end))
}

/// 百分之三十, 千分之五, 百分之五点二. (Inlined where it is tried: most
/// places hold none of 百千万萬, and are told so without a call.)
#[inline]
pub(super) fn chinese_fraction_prefix(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if !matches!(t.chars[i], '百' | '千' | '万' | '萬') {
        return None;
    }
    chinese_fraction_at(t, i)
}

/// Words of a sentence about a commission, a fee or interest, where 万三
/// is a rate per ten thousand.
const PER_TEN_THOUSAND_WORDS: &[&str] = &[
    "佣",
    "费率",
    "費率",
    "手续费",
    "手續費",
    "利率",
    "过户费",
    "過戶費",
    "规费",
    "規費",
];

/// 万三, 万2.5, 萬五 in a sentence about a commission, a fee or interest
/// (`佣金降至万三`, `费率万2.5`): so many per ten thousand, 0.03 %, 0.025 %.
/// Not 万一 (in case), 万三千 (a numeral), nor one before a noun.
fn per_ten_thousand(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if !matches!(t.chars[i], '万' | '萬') {
        return None;
    }
    let c = t.at(i + 1)?;
    if !(c.is_ascii_digit() || (chinese_digit(c).is_some() && !matches!(c, '一' | '零' | '〇')))
        || i.checked_sub(1)
            .is_some_and(|p| is_digit(t.chars[p]) || is_chinese_numeral_char(t.chars[p]))
    {
        return None;
    }
    let num = read_num(t, i + 1).ok()??;
    let info = num.info.as_ref()?;
    if info.has_unit
        || num.end != info.end
        || num.value <= Decimal::ZERO
        || num.value >= Decimal::ONE_HUNDRED
    {
        return None;
    }
    let next = t.at(num.end);
    if next.is_some_and(|c| {
        c.is_alphanumeric()
            && !matches!(
                c,
                '的' | '左' | '以' | '至' | '到' | '或' | '和' | '及' | '免' | '了'
            )
            || matches!(c, '%' | '％' | '.')
    }) || !sentence_has(t, i, PER_TEN_THOUSAND_WORDS)
    {
        return None;
    }
    let mut m = Mention::new(t.offs[i], t.offs[num.end], Kind::Percent);
    m.unit = Some(Unit::Percent);
    m.value = num.value.checked_div(Decimal::ONE_HUNDRED);
    m.precision = num.precision.checked_div(Decimal::ONE_HUNDRED);
    Some(finish(t, i, num.end, m))
}

/// [`chinese_fraction_prefix`] past the test of its first character.
#[inline(never)]
fn chinese_fraction_at(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let (den, unit, kind) = if t.starts(i, "百分之") {
        (Decimal::from(100), Some(Unit::Percent), Kind::Percent)
    } else if t.starts(i, "千分之") {
        (Decimal::from(1000), Some(Unit::PerMille), Kind::Percent)
    } else if t.starts(i, "万分之") || t.starts(i, "萬分之") {
        // 佣金为万分之三: a commission's rate, 0.03 % (as 万三)
        if sentence_has(t, i, PER_TEN_THOUSAND_WORDS) {
            (Decimal::from(10000), Some(Unit::Percent), Kind::Percent)
        } else {
            (Decimal::from(10000), None, Kind::Fraction)
        }
    } else {
        return per_ten_thousand(t, i);
    };
    let mut k = i + 3;
    // a negative share: 百分之負一點五, 负百分之十三 (but 正负百分之三 is a
    // margin either way)
    // (and 负的百分之二十, -百分之1)
    let (start, sign_before) = super::read::sign_before(t, i).unwrap_or((i, false));
    let negative = sign_before ^ matches!(t.at(k), Some('负' | '負'));
    if matches!(t.at(k), Some('负' | '負')) {
        k += 1;
    }
    let num = match read_num(t, k) {
        Ok(Some(n)) if negative => Num {
            value: -n.value,
            ..n
        },
        Ok(Some(n)) => n,
        _ => {
            // 百分之百
            if t.starts(k, "百") {
                let mut m = Mention::new(t.offs[i], t.offs[k + 1], Kind::Percent);
                m.unit = Some(Unit::Percent);
                m.value = Some(Decimal::from(100));
                m.precision = Some(Decimal::ONE);
                return Some(finish(t, i, k + 1, m));
            }
            return Some((None, k));
        }
    };
    let mut m = Mention::new(t.offs[start], t.offs[num.end], kind);
    m.unit = unit;
    if kind == Kind::Fraction {
        m.value = num.value.checked_div(den);
        m.precision = num.precision.checked_div(den);
    } else if den == Decimal::from(10000) {
        // (per ten thousand, written as a percentage)
        m.value = num.value.checked_div(Decimal::ONE_HUNDRED);
        m.precision = num.precision.checked_div(Decimal::ONE_HUNDRED);
    } else {
        m.value = Some(num.value);
        m.precision = Some(num.precision);
    }
    // 百分之十几 / 百分之二十多: above the tens named, below the next ten
    let mut end = num.end;
    let tens = num.value >= Decimal::TEN
        && (num.value % Decimal::TEN).is_zero()
        && kind == Kind::Percent
        && den != Decimal::from(10000);
    if tens && matches!(t.at(end), Some('几' | '幾' | '多' | '余' | '餘')) {
        m.value = None;
        m.low = Some(num.value);
        m.high = num.value.checked_add(Decimal::TEN);
        m.qualifier = Qualifier::Vague;
        end += 1;
    }
    // a range: 百分之三十到四十, 百分之五至百分之八 (not from one to the
    // other: 从百分之六十六到百分之六十八)
    if m.qualifier == Qualifier::Exact
        && !negative
        && kind == Kind::Percent
        && !super::joined::from_in_clause(&t.s[t.offs[clause_start(t, i)]..t.offs[i]])
    {
        let prefix = &t.chars[i..i + 3];
        if let Some((high, e)) = percent_range_end(t, end, prefix, num.value) {
            m.value = None;
            m.low = Some(num.value);
            m.high = Some(high.value);
            m.precision = Some(num.precision.min(high.precision));
            m.qualifier = Qualifier::Range;
            m.end = t.offs[e];
            end = e;
        }
    }
    Some(finish(t, start, end, m))
}

/// The second end of a range of shares written in words, from `k` after
/// the first: 到四十 or 至百分之四十, with the first's prefix (百分之) or
/// none, higher than the first, and a numeral of its own (not 到四十万,
/// 至八个月, 到五倍). The number read and where it ends.
fn percent_range_end(t: &Text, k: usize, prefix: &[char], first: Decimal) -> Option<(Num, usize)> {
    if !super::read::RANGE_MARKS.contains(&t.at(k)?) {
        return None;
    }
    let mut k = k + 1;
    if t.chars.get(k..k + prefix.len()) == Some(prefix) {
        k += prefix.len();
    }
    let second = read_num(t, k).ok()??;
    let e = second.end;
    // (a scale in the second end makes it an amount of its own:
    // 百分之三到一百三十四万亿; so does a vague tail, 到四十多岁)
    let scaled = t.chars[k..e]
        .iter()
        .any(|&c| numeral::big_unit(c).is_some());
    let numeral_goes_on = t.at(e).is_some_and(|c| {
        is_digit(c)
            || matches!(
                c,
                '.' | '点'
                    | '點'
                    | '%'
                    | '％'
                    | '分'
                    | '成'
                    | '多'
                    | '余'
                    | '餘'
                    | '几'
                    | '幾'
                    | '来'
                    | '來'
            )
            || numeral::big_unit(c).is_some()
            || is_chinese_numeral_char(c)
    });
    let own_unit = unit_word_at(t, e).is_some() || measure_word_at(t, e).is_some();
    (second.value > first && !scaled && !numeral_goes_on && !own_unit).then_some((second, e))
}

/// Multiples without a digit, with their factor (0: a half).
pub(super) const MULTIPLES: &[(&str, i64)] = &[
    ("翻了一番", 2),
    ("翻一番", 2),
    ("翻了两番", 4),
    ("翻两番", 4),
    ("翻兩番", 4),
    ("翻了兩番", 4),
    ("翻了三番", 8),
    ("翻三番", 8),
    ("翻番", 2),
    ("翻倍", 2),
    ("翻了一倍", 2),
    ("翻一倍", 2),
    ("减半", 0),
    ("減半", 0),
];

/// Vague quantities in words, with their bounds.
pub(super) const VAGUE_PHRASES: &[(&str, i64, i64)] = &[
    ("成千上万", 1000, 99999),
    ("成千上萬", 1000, 99999),
    ("成百上千", 100, 9999),
    ("成千成万", 1000, 99999),
];

static MULTIPLES_BY_FIRST: LazyLock<ByChar<(&'static str, i64)>> =
    LazyLock::new(|| ByChar::new(MULTIPLES, |(w, _)| w.chars().next()));
static VAGUE_PHRASES_BY_FIRST: LazyLock<ByChar<(&'static str, i64, i64)>> =
    LazyLock::new(|| ByChar::new(VAGUE_PHRASES, |(w, _, _)| w.chars().next()));

/// 百分百 (the spoken 百分之百): 100%.
fn whole_percent(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if !(t.starts(i, "百分百") || t.starts(i, "百份百")) || t.at(i + 3) == Some('之') {
        return None;
    }
    let mut m = Mention::new(t.offs[i], t.offs[i + 3], Kind::Percent);
    m.unit = Some(Unit::Percent);
    m.value = Some(Decimal::ONE_HUNDRED);
    m.precision = Some(Decimal::ONE);
    Some((Some(m), i + 3))
}

/// The first characters of the words [`special_phrase_in_full`] reads
/// after a look at the text's character: 百分百, [`MULTIPLES`],
/// [`VAGUE_PHRASES`] and 上百万 (a test says so).
static PHRASE_FIRSTS: BmpSet = BmpSet::new(&['百', '翻', '减', '減', '成', '数', '數', '上'], &[]);

/// Phrases that are quantities without a digit: 翻一番, 翻两番, 减半, 成千上万, 上百万.
/// Most places where one is tried (digits, numerals) start none: a
/// phrase starts with one of [`PHRASE_FIRSTS`], and a discount has 折 one
/// to three characters on; elsewhere nothing is read (a test compares
/// this with [`special_phrase_in_full`] on random text). (Inlined where
/// it is tried, so that those places cost no call.)
#[inline]
pub(super) fn special_phrase(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let zhe_after = (i + 1..i + 4).any(|k| t.at(k) == Some('折'));
    if !zhe_after && !PHRASE_FIRSTS.contains(t.chars[i]) {
        // (破亿, 过亿元: a scale alone after the word of passing it)
        if i > 0 && matches!(t.chars[i - 1], '破' | '超' | '过' | '過') {
            return past_a_scale(t, i);
        }
        return None;
    }
    special_phrase_in_full(t, i)
}

/// [`special_phrase`], every word tried.
#[inline(never)]
fn special_phrase_in_full(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if let Some(r) = discount(t, i) {
        return Some(r);
    }
    if let Some(r) = whole_percent(t, i) {
        return Some(r);
    }
    let first = t.raw_at(i)?;
    for (w, f) in MULTIPLES_BY_FIRST.get(first) {
        if t.starts(i, w) {
            let end = i + Text::nchars(w);
            let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Multiple);
            m.unit = Some(Unit::Multiple);
            m.value = Some(if *f == 0 {
                Decimal::new(5, 1)
            } else {
                Decimal::from(*f)
            });
            m.relation = Some(Relation::Ratio);
            m.precision = Some(Decimal::new(1, 1));
            return Some((Some(m), end));
        }
    }
    if let Some(r) = counted_in(t, i) {
        return Some(r);
    }
    for (w, lo, hi) in VAGUE_PHRASES_BY_FIRST.get(first) {
        if t.starts(i, w) {
            let end = i + Text::nchars(w);
            let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Quantity);
            m.low = Some(Decimal::from(*lo));
            m.high = Some(Decimal::from(*hi));
            m.qualifier = Qualifier::Vague;
            return Some(quantity_unit_tail(t, end, m));
        }
    }
    // 上百万, 上千, 上亿
    if t.chars[i] == '上' {
        let k = i + 1;
        if let Some(c) = t.at(k) {
            if (numeral::small_unit(c).is_some() && c != '十' && c != '拾')
                || numeral::big_unit(c).is_some()
            {
                let (f, end) = match scale_or_small(t, k) {
                    Some(x) => x,
                    None => return Some((None, k)),
                };
                // 上万 in 上万元 ok; 上下 not reached here
                let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Quantity);
                m.low = Some(f);
                m.high = f.checked_mul(Decimal::TEN).map(|x| x - Decimal::ONE);
                m.qualifier = Qualifier::Vague;
                return Some(quantity_unit_tail(t, end, m));
            }
        }
        return None;
    }
    None
}

/// 破亿, 过亿元, 超亿, 破万人: past a scale named alone (a hundred
/// million, ten thousand), a lower bound; below it after 跌破 or a denial
/// (跌破万点, 未能破亿, 没过亿). 过 only before 亿 and not in another word
/// (通过亿级, 错过亿元, 不过亿元: merely), and no numeral or 级 after the
/// scale (破亿3千万 is read as written, 亿级 is a class).
fn past_a_scale(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let e = numeral::big_unit(t.chars[i]).filter(|&e| e == 4 || e == 8)?;
    let before = t.at(i.checked_sub(1)?)?;
    let prev = i.checked_sub(2).and_then(|k| t.at(k));
    let denied = super::qualifier::DENIALS.iter().any(|d| t.ends(i - 1, d));
    let ok = match before {
        '破' => !prev.is_some_and(super::qualifier::breaks_rather_than_passes),
        '超' => !matches!(prev, Some('赶' | '趕')),
        '过' | '過' => {
            // (过万 only before a unit or measure word of what it counts,
            // 过万人, 过万家, 过万元, not a length: 穿过万里, 过万重山 are no
            // amounts)
            let counted = || {
                let k = i + 1;
                (super::units::unit_word_at(t, k).is_some()
                    || super::units::measure_word_at(t, k).is_some())
                    && !super::units::physical_measure_at(&t.chars, k)
            };
            (e == 8 || counted())
                && (denied && !matches!(prev, Some('不'))
                    || !prev.is_some_and(|c| {
                        matches!(
                            c,
                            '通' | '错'
                                | '錯'
                                | '经'
                                | '經'
                                | '度'
                                | '穿'
                                | '越'
                                | '跨'
                                | '路'
                                | '放'
                                | '闯'
                                | '闖'
                                | '走'
                                | '跳'
                                | '滑'
                                | '不'
                                | '难'
                                | '難'
                                | '胜'
                                | '勝'
                                | '好'
                                | '只'
                        )
                    }))
        }
        _ => false,
    };
    let next = t.at(i + 1);
    if !ok
        || next
            .is_some_and(|c| is_digit(c) || is_chinese_numeral_char(c) || matches!(c, '级' | '級'))
    {
        return None;
    }
    let below = denied || (before == '破' && prev == Some('跌'));
    let start = if prev == Some('跌') && before == '破' {
        i - 2
    } else {
        i - 1
    };
    let mut m = Mention::new(t.offs[start], t.offs[i + 1], Kind::Quantity);
    let level = Decimal::from_i128_with_scale(10i128.pow(e), 0);
    if below {
        m.high = Some(level);
        m.qualifier = Qualifier::AtMost;
    } else {
        m.low = Some(level);
        m.qualifier = Qualifier::AtLeast;
    }
    Some(quantity_unit_tail(t, i + 1, m))
}

/// 数以万计, 数以百万计, 数以十亿美元计: an amount counted in a scale
/// (十, 百, 千, 万, 亿 and their products), perhaps with its unit before 计:
/// vague, from the scale up to below the next named one (数以百计 100–999,
/// 数以千计 1000–9999), and for 万 and more two orders of magnitude up
/// (数以万计 10⁴–10⁶−1, 数以十亿美元计 10⁹–10¹¹−1 USD).
fn counted_in(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if !(t.starts(i, "数以") || t.starts(i, "數以")) {
        return None;
    }
    let (f, k) = scale_or_small(t, i + 2)?;
    let (unit, kind, k) = match unit_word_at(t, k) {
        Some((w, u, kd)) => (Some(u), kd, k + Text::nchars(w)),
        None => (None, Kind::Quantity, k),
    };
    if !matches!(t.at(k), Some('计' | '計')) {
        return None;
    }
    let orders = if f >= Decimal::from(10_000) { 100 } else { 10 };
    let mut m = Mention::new(t.offs[i], t.offs[k + 1], kind);
    m.unit = unit;
    m.low = Some(f);
    m.high = Some(f.checked_mul(Decimal::from(orders))? - Decimal::ONE);
    m.qualifier = Qualifier::Vague;
    if unit.is_some() {
        return Some((Some(m), k + 1));
    }
    Some(quantity_unit_tail(t, k + 1, m))
}

pub(super) fn quantity_unit_tail(t: &Text, end: usize, mut m: Mention) -> (Option<Mention>, usize) {
    let mut e = end;
    if let Some((w, u, kd)) = unit_word_at(t, e) {
        m.unit = Some(u);
        m.kind = kd;
        e += Text::nchars(w);
    } else if let Some(w) = measure_word_at(t, e) {
        m.kind = Kind::Count;
        e += Text::nchars(w);
        if w == "次" && near_any(t, e.saturating_sub(10), e, &["下载", "下載"]) {
            m.unit = Some(Unit::Download);
        }
    }
    m.end = t.offs[e];
    (Some(m), e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phrase_firsts_are_those_of_the_words() {
        let words = MULTIPLES
            .iter()
            .map(|(w, _)| *w)
            .chain(VAGUE_PHRASES.iter().map(|(w, _, _)| *w))
            .chain(["百分百", "百份百", "上百", "数以", "數以"]);
        for w in words {
            assert!(PHRASE_FIRSTS.contains(w.chars().next().unwrap()), "{w}");
        }
    }

    #[test]
    fn a_phrase_is_read_as_every_word_tried_reads_it() {
        let pieces = [
            "2",
            "8",
            "0",
            ".",
            "5",
            "一",
            "八",
            "九",
            "五",
            "三",
            "十",
            "百",
            "千",
            "万",
            "亿",
            "折",
            "打",
            "合",
            "翻",
            "了",
            "番",
            "倍",
            "两",
            "减",
            "半",
            "成",
            "上",
            "数",
            "以",
            "计",
            "分",
            "份",
            "之",
            "百分百",
            "翻一番",
            "成千上万",
            "数以万计",
            "数以十亿美元计",
            "美元",
            "上百万",
            "减半",
            "廿",
            " ",
            "元",
            "人",
            "，",
            "a",
        ];
        let mut next = crate::testing::xorshift(0x9e37_79b9);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 12);
            let t = Text::new(&s);
            for i in 0..t.len() {
                assert_eq!(
                    special_phrase(&t, i),
                    special_phrase_in_full(&t, i),
                    "{s:?} at {i}"
                );
            }
        }
    }
}
