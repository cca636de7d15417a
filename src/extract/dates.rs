//! Dates and periods: 2024年12月26日, 2025-02-11, fiscal years, ROC years
//! (民國113年), parts of a month, quarters and halves, and dates relative to
//! the as-of date (去年, 上个月, 第四季度).

use super::names::non_quantity_digits;
use super::numeral::{chinese_digit, is_chinese_numeral_char};
use super::read::{range_mark_len, Read};
use super::text::{clause_start, is_digit, window_ahead, BmpSet, ByChar, Text};
use super::units::{measure_word_at, unit_word_at, Unit};
use super::{Kind, Mention, Role};
use crate::date::Date;
use rust_decimal::Decimal;
use std::ops::ControlFlow;
use std::sync::LazyLock;

pub(super) fn year_ok(v: Decimal) -> Option<i32> {
    // (a whole number without decimals is its mantissa: no division)
    if v.scale() == 0 {
        let m = v.mantissa();
        return (1000..=2199).contains(&m).then_some(m as i32);
    }
    if v.fract().is_zero() && v >= Decimal::from(1000) && v <= Decimal::from(2199) {
        i32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok()
    } else {
        None
    }
}

pub(super) fn small_int(v: Decimal, max: u32) -> Option<u32> {
    if v.scale() == 0 {
        let m = v.mantissa();
        return (1..=i128::from(max)).contains(&m).then_some(m as u32);
    }
    if v.fract().is_zero() && v >= Decimal::ONE && v <= Decimal::from(max) {
        u32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok()
    } else {
        None
    }
}

/// Read a plain integer (Arabic or Chinese) for a date part.
pub(super) fn date_part(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let c = t.at(k)?;
    if !(is_digit(c) || is_chinese_numeral_char(c)) {
        return None;
    }
    // (matched where it is, not copied out of its `Result` and `Option`)
    let Ok(Some(num)) = t.numeral_at(k) else {
        return None;
    };
    // (a whole number written without decimals has no fraction to look for)
    if num.value.scale() != 0 && num.value.fract() != Decimal::ZERO {
        return None;
    }
    Some((num.value, num.end))
}

/// A date at char `i`: ISO-like (2025-02-11) or Chinese style
/// ([YYYY年][M月][D日], fiscal and ROC years, a day of the as-of month),
/// with a part of a month, a range of days, or a period of a year after it.
pub(super) fn date_at(t: &Text, i: usize, as_of: Option<Date>) -> Option<Read> {
    if let ControlFlow::Break(r) = iso_date(t, i) {
        return r;
    }
    let (v, k) = date_part(t, i)?;
    if k - i == 4 && FISCAL_YEARS.iter().any(|w| t.starts(k, w)) {
        return fiscal_year(t, i, k, v);
    }
    if is_roc_year(t, i, k, v) {
        return roc_year(t, i, k, v);
    }
    if let Some(r) = year_span(t, i, k, v) {
        return Some(r);
    }
    // 80年代, 上世纪80年代, 二十世纪八十年代: a decade (or nothing read here)
    if matches!(t.at(k), Some('年' | '世')) {
        if let Some(r) = decade(t, i, k, v) {
            return Some(r);
        }
    }
    let (year, month, k) = if t.at(k) == Some('年') {
        let (y, month, k) = written_year(t, i, k, v)?;
        (Some(y), month, k)
    } else if matches!(t.at(k), Some('日' | '号' | '號'))
        // (25日元 is yen)
        && (t.at(k) != Some('日')
            || !t.at(k + 1).is_some_and(|c| matches!(c, '元' | '圓' | '圆' | '幣' | '币')))
        && !t.ends(i, "个")
        && !t.ends(i, "個")
        && !t.ends(i, "月")
        && ((t.chars[i..k].iter().all(|c| is_digit(*c)) && k - i <= 2)
            || chinese_day_alone(t, i, k))
        && !(t.at(k) == Some('日') && counts_days(t, i, k))
    {
        if t.at(k) != Some('日') && numbered_thing(t, i, k) {
            return Some((None, k + 1));
        }
        return day_of_as_of_month(t, i, k, v, as_of);
    } else if t.at(k) == Some('月')
        && !t.ends(i, "个")
        && !t.ends(i, "個")
        && !matches!(t.chars[i], '两' | '兩')
        && !first_months_of_a_year(t, i)
    {
        // 3月份 is fine; "个月" is a duration (checked above), and so are
        // 两月 (近两月: February is 二月) and the first months of a year
        // written without 个 (今年前5月, read as a period)
        (None, Some(small_int(v, 12)?), k + 1)
    } else {
        return None;
    };
    let r = fiscal_year_ending(t, month_day_and_period(t, i, as_of, year, month, k));
    match era_before(t, i) {
        Some((n, bce)) if year.is_some() => with_era(t, i - n, bce, r),
        _ => r,
    }
}

/// Whether `N日` at chars `i..k` counts days, as Hong Kong and Taiwan
/// write a span of days, not a day of the month: after a word of a span
/// (連續3日, 歷時20日, 為期30日, 未來10日, 過去5日, 長達14日, perhaps
/// with a hedge: 連續約3日) or before 內 or 之內 (3日內). A number over 31
/// is never a day of the month and is read as days without these words.
fn counts_days(t: &Text, i: usize, k: usize) -> bool {
    const SPANS: &[&str] = &[
        "连续", "連續", "历时", "歷時", "为期", "為期", "耗时", "耗時", "用时", "用時", "长达",
        "長達", "未来", "未來", "过去", "過去", "短短", "仅用", "僅用", "花了", "用了", "一连",
        "一連",
    ];
    // (past a hedge, as the extractor reads one: 連續約3日)
    let before = super::qualifier::prefix_hedge(t, i).map_or(i, |(w, _)| i - Text::nchars(w));
    SPANS.iter().any(|w| t.ends(before, w))
        || ["內", "内", "之內", "之内", "以內", "以内"]
            .iter()
            .any(|w| t.starts(k + 1, w))
}

/// Whether the number at `i` counts months from a year's start, written
/// without 个 after a year named: 今年前5月, 2024年前三月, 去年首两月 (not
/// 三年前5月, May three years ago). The period's reader
/// (`periods::cumulative_at`) reads these as January to that month.
fn first_months_of_a_year(t: &Text, i: usize) -> bool {
    const YEARS: &[&str] = &[
        "今年", "去年", "明年", "本年", "当年", "當年", "同年", "上年", "前年",
    ];
    // (as the period's reader reads it: ASCII digits or Chinese numerals)
    if ('０'..='９').contains(&t.chars[i]) {
        return false;
    }
    let Some(p) = ["前", "首", "头", "頭"]
        .iter()
        .find(|w| t.ends(i, w))
        .map(|_| i - 1)
    else {
        return false;
    };
    YEARS.iter().any(|w| t.ends(p, w))
        || p >= 5
            && t.chars[p - 1] == '年'
            && t.chars[p - 5..p - 1]
                .iter()
                .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
}

/// A day that ends a fiscal year, read as that year (截至1月26日的财年 is
/// the fiscal year ending then: FY2025 of a year ending 2025-01-26), when
/// the words after the date say so.
fn fiscal_year_ending(t: &Text, r: Option<Read>) -> Option<Read> {
    const ENDS: &[&str] = &[
        "止的财年",
        "止的財年",
        "的财年",
        "的財年",
        "止的财政年度",
        "止的財政年度",
        "的财政年度",
        "的財政年度",
        "止财年",
        "止財年",
    ];
    let (m, k) = r?;
    let Some(mut m) = m else {
        return Some((None, k));
    };
    let Some(d) = m.date.filter(|d| d.day.is_some() && d.year != 0) else {
        return Some((Some(m), k));
    };
    let Some(w) = ENDS.iter().find(|w| t.starts(k, w)) else {
        return Some((Some(m), k));
    };
    let e = k + Text::nchars(w);
    m.date = Some(Date::y(d.year));
    m.date_end = None;
    m.fiscal = true;
    m.end = t.offs[e];
    Some((Some(m), e))
}

/// The era written before a year at char `i` (`公元`, `西元`, `纪元`: its
/// length, and `公元前`, before the common era).
fn era_before(t: &Text, i: usize) -> Option<(usize, bool)> {
    let ends = |ws: &[&str]| ws.iter().any(|w| t.ends(i, w));
    match t.at(i.checked_sub(1)?)? {
        '元' if ends(&["公元", "西元", "纪元", "紀元"]) => Some((2, false)),
        '前' if ends(&["公元前", "西元前"]) => Some((3, true)),
        _ => None,
    }
}

/// A date read after its era, which starts at char `start`: the span
/// takes the era, and a year before the common era is counted as
/// astronomers count it (公元前1798年 is −1797; 公元前1年 is left as read).
fn with_era(t: &Text, start: usize, bce: bool, r: Option<Read>) -> Option<Read> {
    let (m, k) = r?;
    let Some(mut m) = m else {
        return Some((None, k));
    };
    if bce {
        if m.date.is_some_and(|d| d.year <= 1) {
            return Some((Some(m), k));
        }
        for d in [&mut m.date, &mut m.date_end].into_iter().flatten() {
            d.year = 1 - d.year;
        }
    }
    m.start = t.offs[start];
    Some((Some(m), k))
}

/// The centuries written before a decade (`上世纪80年代`), with their
/// first year; a century's number written with digits or numerals is read
/// where it starts (`20世纪80年代`).
const CENTURIES: &[(&str, i32)] = &[
    ("上世纪", 1900),
    ("上世紀", 1900),
    ("上个世纪", 1900),
    ("上個世紀", 1900),
    ("本世纪", 2000),
    ("本世紀", 2000),
];

/// A decade written with 年代 after the numeral at chars `i..k` (value
/// `v`): `1980年代`, `80年代`, `八十年代` (1930s to 1990s; `00年代` the
/// 2000s), or after a century (`上世纪80年代`, `20世纪80年代`,
/// `二十世纪八十年代`, `本世纪10年代`). A period, the time of other
/// figures (a frame): January of its first year to December of its last.
/// `None`: no decade here (`20年代` alone could be either century).
fn decade(t: &Text, i: usize, k: usize, v: Decimal) -> Option<Read> {
    let whole = |v: Decimal| {
        (v.scale() == 0)
            .then(|| v.mantissa())
            .and_then(|m| i32::try_from(m).ok())
    };
    let (start, first, end) = if t.starts(k, "世纪") || t.starts(k, "世紀") {
        // the century's number, then the decade's
        let century = whole(v).filter(|c| (19..=21).contains(c))?;
        let (d, e) = date_part(t, k + 2)?;
        let d = whole(d).filter(|d| d % 10 == 0 && (0..100).contains(d))?;
        (i, (century - 1) * 100 + d, e)
    } else {
        let n = whole(v)?;
        let arabic_two = k - i == 2 && t.chars[i..k].iter().all(|&c| is_digit(c));
        let first = if k - i == 4 && n % 10 == 0 && year_ok(v).is_some() {
            n
        } else if n % 10 != 0 || !(0..100).contains(&n) {
            return None;
        } else if let Some((_, base)) = CENTURIES.iter().find(|(w, _)| t.ends(i, w)) {
            base + n
        } else if (30..=90).contains(&n) {
            1900 + n
        } else if n == 0 && arabic_two {
            2000
        } else {
            return None;
        };
        let start = CENTURIES
            .iter()
            .find(|(w, _)| k - i <= 2 && t.ends(i, w))
            .map_or(i, |(w, _)| i - Text::nchars(w));
        (start, first, k)
    };
    if !t.starts(end, "年代") {
        return None;
    }
    let end = end + 2;
    let mut m = Mention::new(t.offs[start], t.offs[end], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Date::ym(first, 1);
    m.date_end = Date::ym(first + 9, 12);
    m.role = Role::Frame;
    Some((Some(m), end))
}

/// English month names and their abbreviations (read in any case).
const ENGLISH_MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// A date written in English at the ASCII digit at char `i`: `Jun 26,
/// 2025`, `June 26 2025`, `26 June 2025`, `June 2025` (the span from the
/// month's name; the year is never an amount: `Jun 26, 2025 港元匯價`).
pub(super) fn english_date(t: &Text, i: usize) -> Option<Read> {
    if i > 0 && t.chars[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let e = (i..t.len())
        .find(|&k| !t.chars[k].is_ascii_digit())
        .unwrap_or(t.len());
    // (a month name is a word of letters before the digits, after spaces,
    // or after them: most numbers have neither, and are not read further)
    let mut b = i;
    while b > 0 && t.chars[b - 1] == ' ' {
        b -= 1;
    }
    let letters_before =
        b < i && b > 0 && (t.chars[b - 1].is_ascii_alphabetic() || t.chars[b - 1] == '.');
    let a = (e..t.len()).find(|&k| t.chars[k] != ' ').unwrap_or(t.len());
    let letters_after = a < t.len() && t.chars[a].is_ascii_alphabetic();
    if !letters_before && !letters_after {
        return None;
    }
    let n: u32 = chars_text(t, i, e).parse().ok()?;
    let (start, date, end) = if let Some((mo, start)) = month_name_before(t, i) {
        if e - i == 4 {
            // June 2025
            (start, Date::ym(year_ok(Decimal::from(n))?, mo)?, e)
        } else {
            // Jun 26, 2025
            let k = if t.at(e) == Some(',') { e + 1 } else { e };
            let (y, end) = english_year_at(t, k)?;
            (start, Date::ymd(y, mo, n)?, end)
        }
    } else {
        // 26 June 2025
        let (mo, k) = month_name_after(t, e)?;
        let (y, end) = english_year_at(t, k)?;
        (i, Date::ymd(y, mo, n)?, end)
    };
    let mut m = Mention::new(t.offs[start], t.offs[end], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    Some((Some(m), end))
}

/// The month of an English month name, or of its abbreviation.
fn english_month(word: &str) -> Option<u32> {
    ENGLISH_MONTHS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, mo)| mo)
}

/// The English month name before char `k`, with spaces (and perhaps a
/// full stop: `Jun. 26`) between: its month and its first char.
fn month_name_before(t: &Text, k: usize) -> Option<(u32, usize)> {
    let mut e = k;
    while e > 0 && t.chars[e - 1] == ' ' {
        e -= 1;
    }
    if e == k {
        return None;
    }
    if e > 0 && t.chars[e - 1] == '.' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && t.chars[s - 1].is_ascii_alphabetic() {
        s -= 1;
    }
    if s == e || (s > 0 && t.chars[s - 1].is_ascii_alphanumeric()) {
        return None;
    }
    Some((english_month(&chars_text(t, s, e))?, s))
}

/// The English month name after the spaces at char `k` (`26 June`): its
/// month and where reading goes on.
fn month_name_after(t: &Text, k: usize) -> Option<(u32, usize)> {
    let s = (k..t.len()).find(|&j| t.chars[j] != ' ')?;
    let e = (s..t.len())
        .find(|&j| !t.chars[j].is_ascii_alphabetic())
        .unwrap_or(t.len());
    if s == k || s == e {
        return None;
    }
    let mo = english_month(&chars_text(t, s, e))?;
    Some((mo, if t.at(e) == Some('.') { e + 1 } else { e }))
}

/// A year of four ASCII digits after the spaces at char `k`: its value
/// and end.
fn english_year_at(t: &Text, k: usize) -> Option<(i32, usize)> {
    let s = (k..t.len()).find(|&j| t.chars[j] != ' ')?;
    let e = s + 4;
    let four = s > k && e <= t.len() && t.chars[s..e].iter().all(|c| c.is_ascii_digit());
    if !four || t.at(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let y = year_ok(chars_text(t, s, e).parse().ok()?)?;
    Some((y, e))
}

/// The scanner's characters `a..b` (without the spaces it squeezed out).
fn chars_text(t: &Text, a: usize, b: usize) -> String {
    t.chars[a..b].iter().collect()
}

/// ISO-like dates: 2025-02-11, 2025/2/11, 2025.02.11, 2025－02－11 (full
/// width), 2019·2·10 (a middle
/// dot only with the day: 2019·2 is no date) (optionally followed by a
/// clock time). `Continue`: not one; `Break(r)`: `date_at` returns `r`.
fn iso_date(t: &Text, i: usize) -> ControlFlow<Option<Read>> {
    let n = t.len();
    if !is_digit(t.chars[i]) {
        return ControlFlow::Continue(());
    }
    let mut j = i;
    while j < n && t.chars[j].is_ascii_digit() {
        j += 1;
    }
    if j - i == 2 && j < n && matches!(t.chars[j], '-' | '/' | '.') {
        return month_year(t, i, j);
    }
    if !(j - i == 4 && j < n && matches!(t.chars[j], '-' | '/' | '.' | '·' | '－' | '／')) {
        return ControlFlow::Continue(());
    }
    let sep = t.chars[j];
    let s: String = t.chars[i..n.min(j + 7)].iter().collect();
    let mut parts = s.split(sep);
    let y = parts
        .next()
        .and_then(|p| p.get(..4))
        .and_then(|p| p.parse::<i32>().ok());
    let (mm, mut k) = ascii_int(t, j + 1);
    if k == j + 1 || t.at(k).is_some_and(|c| c.is_ascii_digit()) {
        return ControlFlow::Continue(());
    }
    let mut date = y.and_then(|y| Date::ym(y, mm));
    if t.at(k) == Some(sep) && t.at(k + 1).is_some_and(|c| c.is_ascii_digit()) {
        let (d, k2) = ascii_int(t, k + 1);
        if !t.at(k2).is_some_and(|c| c.is_ascii_digit()) {
            date = y.and_then(|y| Date::ymd(y, mm, d));
            k = k2;
        }
    } else if sep == '.' {
        // 2024.5 is a decimal, not a month; 2023.05 is May 2023 (a year
        // 1900–2099, a month of two digits, and neither an amount's word
        // after it nor a price's before it: 2008.08亿元, 收于2019.05)
        let month_of_year = k == j + 3 && y.is_some_and(|y| (1900..=2099).contains(&y));
        if !month_of_year || amount_after(t, k) || LEVEL_BEFORE.iter().any(|w| t.ends(i, w)) {
            return ControlFlow::Break(None);
        }
    } else if sep == '·' {
        return ControlFlow::Continue(());
    }
    // 1000-1万元 is a range of amounts: a scale after it is no date's
    if t.at(k).is_some_and(is_chinese_numeral_char) {
        return ControlFlow::Continue(());
    }
    let Some(date) = date else {
        return ControlFlow::Continue(());
    };
    let mut end = k;
    // swallow a clock time: 2025-02-11 11:19:47
    if t.at(end) == Some(' ') || t.at(end) == Some('T') {
        if let Some(e) = non_quantity_digits(t, end + 1) {
            if e > end + 3 && t.chars[end + 1..e].iter().any(|c| *c == ':' || *c == '：') {
                end = e;
            }
        }
    }
    let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    ControlFlow::Break(Some((Some(m), end)))
}

/// Words before a figure that make it a level or a price, never a month
/// written after its year (`收于2019.05`, `报2023.12`, `约2021.06`,
/// `沪指涨至2010.12`, `创业板指2045.12`).
const LEVEL_BEFORE: &[&str] = &[
    "报", "報", "收于", "收於", "收在", "指", "点位", "點位", "价", "價", "约", "約", "涨至",
    "漲至", "跌至", "升至", "降至", "落至", "跌破", "站上", "突破", "失守", "收盘", "收盤",
];

/// Whether what follows a figure at char `k` makes it an amount: a digit,
/// a letter, a decimal point, a percent sign, a scale, 点, a unit or a
/// measure word (`2008.08亿元`, `2023.05%`, `2019.05点`).
fn amount_after(t: &Text, k: usize) -> bool {
    let Some(c) = t.at(k) else {
        return false;
    };
    c.is_ascii_alphanumeric()
        || is_digit(c)
        || is_chinese_numeral_char(c)
        || matches!(c, '.' | '%' | '％' | '‰' | '点' | '點')
        || unit_word_at(t, k).is_some()
        || measure_word_at(t, k).is_some()
}

/// A month and its year written after it: `08/2008`, `11/2008`, `08.2008`,
/// `08-2008` (a month of two digits, a year 1900–2099 and no amount's word
/// after; a month over 09 only with a slash: `10.2008` is a decimal). The
/// month's digits are chars `i..j`, the separator at `j`.
fn month_year(t: &Text, i: usize, j: usize) -> ControlFlow<Option<Read>> {
    let sep = t.chars[j];
    let (mm, _) = ascii_int(t, i);
    let leading_zero = t.chars[i] == '0';
    let before_ok = i == 0 || !matches!(t.chars[i - 1], '.' | '/' | '-' | '－' | ':' | '：');
    let year_end = j + 5;
    let four = (j + 1..year_end).all(|k| t.at(k).is_some_and(|c| c.is_ascii_digit()));
    if !(before_ok && four && (1..=12).contains(&mm) && (leading_zero || sep == '/'))
        || amount_after(t, year_end)
    {
        return ControlFlow::Continue(());
    }
    let y = t.chars[j + 1..year_end]
        .iter()
        .fold(0i32, |y, c| y * 10 + (*c as i32 - '0' as i32));
    if !(1900..=2099).contains(&y) {
        return ControlFlow::Continue(());
    }
    let Some(date) = Date::ym(y, mm) else {
        return ControlFlow::Continue(());
    };
    let mut m = Mention::new(t.offs[i], t.offs[year_end], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    ControlFlow::Break(Some((Some(m), year_end)))
}

/// Up to two ASCII digits at char `k`: their value and end.
fn ascii_int(t: &Text, k: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut e = k;
    while e < t.len() && t.chars[e].is_ascii_digit() && e - k < 2 {
        v = v * 10 + (t.chars[e] as u32 - '0' as u32);
        e += 1;
    }
    (v, e)
}

/// Words after a four-digit year that make it a fiscal year; the longest
/// are tried first when reading.
const FISCAL_YEARS: &[&str] = &[
    "财年",
    "財年",
    "财政年度",
    "財政年度",
    "会计年度",
    "會計年度",
    "年度",
];

/// A fiscal year labelled in English: `FY2025`, `FY25`, `fy2024` (a
/// results report's period label, as 2025财年 is), at char `i`, its digits
/// right after the letters; not glued to more letters or digits but a
/// quarter's (`FY25Q4`, `FY2025 Q4`: the year is the label, the quarter a
/// period read after it, as in 2025财年Q4).
pub(super) fn english_fiscal_year(t: &Text, i: usize) -> Option<Read> {
    if i < 2
        || !t.chars[i - 2].eq_ignore_ascii_case(&'F')
        || !t.chars[i - 1].eq_ignore_ascii_case(&'Y')
        || (i >= 3 && t.chars[i - 3].is_ascii_alphanumeric())
    {
        return None;
    }
    let mut e = i;
    while e < t.len() && t.chars[e].is_ascii_digit() {
        e += 1;
    }
    let digits: String = t.chars[i..e].iter().collect();
    let y: i32 = match digits.len() {
        4 if digits.starts_with("19") || digits.starts_with("20") => digits.parse().ok()?,
        // (a two-digit label is this century's, up to the next decades)
        2 => 2000 + digits.parse::<i32>().ok().filter(|&y| y < 60)?,
        _ => return None,
    };
    let quarter = |k: usize| {
        t.at(k).is_some_and(|c| matches!(c, 'Q' | 'q'))
            && t.at(k + 1).is_some_and(|c| matches!(c, '1'..='4'))
            && !t.at(k + 2).is_some_and(|c| c.is_ascii_alphanumeric())
    };
    if t.at(e)
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/' | '／'))
        && !quarter(e)
    {
        return None;
    }
    let mut m = Mention::new(t.offs[i - 2], t.offs[e], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(Date::y(y));
    m.fiscal = true;
    Some((Some(m), e))
}

/// A fiscal year: 2025財政年度 (the report's period label). The year `v`
/// spans chars `i..k`.
fn fiscal_year(t: &Text, i: usize, k: usize, v: Decimal) -> Option<Read> {
    let y = year_ok(v)?;
    let w = [
        "财政年度",
        "財政年度",
        "会计年度",
        "會計年度",
        "财年",
        "財年",
        "年度",
    ]
    .iter()
    .find(|w| t.starts(k, w))?;
    let e = k + Text::nchars(w);
    let mut m = Mention::new(t.offs[i], t.offs[e], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(Date::y(y));
    m.fiscal = *w != "年度";
    Some((Some(m), e))
}

/// Whether the number `v` at chars `i..k` is a year of Taiwan's ROC
/// calendar: three Arabic digits from 100 to 150 before 年 (113年), or a
/// numeral up to 150 after 民國 (民國一百一十三年, 民國76年: 1987).
fn is_roc_year(t: &Text, i: usize, k: usize, v: Decimal) -> bool {
    // (年 first: most numbers have none after them)
    if t.at(k) != Some('年') {
        return false;
    }
    let year = small_int(v, 200).unwrap_or(0);
    let after_era = (t.ends(i, "民國") || t.ends(i, "民国")) && (1..=150).contains(&year);
    // (three bare digits, not a span of years: 113年来, 120年的历史)
    let bare = k - i == 3
        && t.chars[i..k].iter().all(|c| c.is_ascii_digit())
        && (100..=150).contains(&year)
        && !matches!(
            t.at(k + 1),
            Some(
                '来' | '來'
                    | '前'
                    | '后'
                    | '後'
                    | '间'
                    | '間'
                    | '内'
                    | '內'
                    | '多'
                    | '左'
                    | '以'
                    | '之'
                    | '的'
            )
        );
    after_era || bare
}

/// A span of years with 年 written once, after the second year:
/// `2021至2025年`, `2021-2025年`, `二〇二一至二〇二五年` — a date range, not
/// 2021 to 2025 years (but `1900-2000年前` is a time ago). The first year
/// `v` spans chars `i..k`.
fn year_span(t: &Text, i: usize, k: usize, v: Decimal) -> Option<Read> {
    let mark = range_mark_len(t, k)?;
    let y1 = span_year(t, i, k, v)?;
    let s = k + mark;
    let (v2, k2) = date_part(t, s)?;
    let y2 = span_year(t, s, k2, v2)?;
    if t.at(k2) != Some('年') || y2 <= y1 || t.starts(k2 + 1, "前") || t.starts(k2 + 1, "代") {
        return None;
    }
    let mut m = Mention::new(t.offs[i], t.offs[k2 + 1], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(Date::y(y1));
    m.date_end = Some(Date::y(y2));
    Some((Some(m), k2 + 1))
}

/// The year at chars `i..k` (value `v`) as an end of a span of years:
/// four digits, Arabic or Chinese (2021, 二〇二一), from 1900 on.
fn span_year(t: &Text, i: usize, k: usize, v: Decimal) -> Option<i32> {
    let four = k - i == 4
        && t.chars[i..k]
            .iter()
            .all(|&c| is_digit(c) || chinese_digit(c).is_some());
    year_ok(v).filter(|&y| four && y >= 1900)
}

/// Taiwan's ROC calendar: 113年 = 2024 (民國113年).
fn roc_year(t: &Text, i: usize, k: usize, v: Decimal) -> Option<Read> {
    let y = small_int(v, 200)? as i32 + 1911;
    let start = if t.ends(i, "中華民國") || t.ends(i, "中华民国") {
        i - 4
    } else if t.ends(i, "民國") || t.ends(i, "民国") {
        i - 2
    } else {
        i
    };
    // a month and a day after it belong to the same date: 113年2月11日
    let mut end = k + 1;
    let mut date = Date::y(y);
    if let Some((mv, k2)) = date_part(t, end).filter(|&(_, k2)| t.at(k2) == Some('月')) {
        if let Some(mo) = small_int(mv, 12).and_then(|mo| Date::ym(y, mo)) {
            date = mo;
            end = k2 + 1;
            if let Some((dv, k3)) =
                date_part(t, end).filter(|&(_, k3)| matches!(t.at(k3), Some('日' | '號' | '号')))
            {
                if let Some(d) = small_int(dv, 31).and_then(|d| Date::ymd(y, mo.month? as u32, d)) {
                    date = d;
                    end = k3 + 1;
                }
            }
        }
    }
    let mut m = Mention::new(t.offs[start], t.offs[end], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    // a quarter or a half after the year alone: 113年第4季
    if date.month.is_none() {
        end = period_of_year(t, end, y, &mut m);
        m.end = t.offs[end];
    }
    Some((Some(m), end))
}

/// A year written with four digits before 年 at char `k` (2024年,
/// 二〇二四年), and the month after it: the year, the month, and where
/// reading goes on. `None`: not a date (十年 is a duration, 90年代 a decade).
fn written_year(t: &Text, i: usize, k: usize, v: Decimal) -> Option<(i32, Option<u32>, usize)> {
    // 公元163年, 公元前1798年: after an era, a year of any length
    let era = era_before(t, i).is_some();
    let short = if era { None } else { short_year(t, i, k, v) };
    let y = if era {
        small_int(v, 9999).map(|y| y as i32)
    } else {
        short.or_else(|| year_ok(v))
    }?;
    let is_four = era
        || short.is_some()
        || k - i == 4
            && t.chars[i..k]
                .iter()
                .all(|c| is_digit(*c) || chinese_digit(*c).is_some());
    // 两千零五年八月: a year written with places, which only a month after it
    // tells from a span of years (两千年来)
    let with_places = || {
        t.chars[i..k].contains(&'千')
            && t.chars[i..k].iter().all(|&c| is_chinese_numeral_char(c))
            && date_part(t, k + 1)
                .is_some_and(|(mv, k2)| t.at(k2) == Some('月') && small_int(mv, 12).is_some())
    };
    if !is_four && !with_places() {
        return None;
    }
    if t.starts(k + 1, "代") || t.starts(k + 1, "级") || t.starts(k + 1, "級") {
        return None;
    }
    let mut k = k + 1;
    let mut month = None;
    if let Some((mv, k2)) = date_part(t, k) {
        if t.at(k2) == Some('月') {
            if let Some(mo) = small_int(mv, 12) {
                month = Some(mo);
                k = k2 + 1;
            }
        }
    }
    Some((y, month, k))
}

/// Whether the Chinese numeral at chars `i..k`, before 日, is a day of
/// the month written alone (`行政院十九日表示`, `二十七日晚间`, `廿六日`), as
/// `19日` is: not a count of days (`三日内`, `七日年化`, `每日`, `前三日`,
/// `连续十日`), nor 一日 and 两日 (one day, two days), nor 号 (`三号线`).
fn chinese_day_alone(t: &Text, i: usize, k: usize) -> bool {
    let numeral = &t.chars[i..k];
    t.at(k) == Some('日')
        && numeral.len() <= 3
        && numeral
            .iter()
            .all(|&c| chinese_digit(c).is_some() || c == '十')
        && !matches!(numeral, ['一' | '两' | '兩' | '〇' | '零'])
        && !t
            .raw_before(i)
            .is_some_and(|c| DAYS_COUNTED_AFTER.contains(&c))
        && !DAYS_COUNTED_BEFORE.iter().any(|w| t.starts(k + 1, w))
}

/// Characters before a numeral and 日 that make it a count of days, not
/// a day of the month: 每日, 第三日, 这三日, 前三日, 近十日, 连续三日, 历时
/// 十日, 为期十日, 数十日, 三四日.
const DAYS_COUNTED_AFTER: &[char] = &[
    '每', '第', '这', '這', '那', '此', '前', '后', '後', '近', '连', '連', '续', '續', '时', '時',
    '期', '数', '數', '几', '幾', '逾', '约', '約', '超', '满', '滿', '隔', '过', '過', '了',
];

/// Words after a numeral and 日 that make it a count of days: 三日内,
/// 七日年化, 五日均线, 三日游, 十日以上, 二十日之后, 十日后.
const DAYS_COUNTED_BEFORE: &[&str] = &[
    "内", "內", "之", "以", "间", "間", "游", "遊", "年化", "均", "来", "來", "多", "余", "餘",
    "半", "后", "後", "左右", "上下", "三餐", "夜",
];

/// A year written with its last two digits before 年 at char `k`, when
/// a part of a year follows (`15年3月2日`, `98年4月`, `八五年二月`,
/// `07年第三季度`, `19年上半年`, `19年底`): 00–49 are 2000–2049, 50–99
/// 1950–1999; and two Arabic digits with a leading zero before 年 are a
/// year whatever follows (`08年奥运会`, `05年起施行`: no count of years is
/// written so). Elsewhere two digits and 年 are years of time (`15年来`,
/// `用了15年`, `15年3个月`).
fn short_year(t: &Text, i: usize, k: usize, v: Decimal) -> Option<i32> {
    let digits = &t.chars[i..k];
    let arabic = digits.iter().all(|&c| is_digit(c));
    let two = digits.len() == 2 && (arabic || digits.iter().all(|&c| chinese_digit(c).is_some()));
    let leading_zero = arabic && matches!(digits.first(), Some('0' | '０'));
    if !two || t.at(k) != Some('年') || !(leading_zero || part_of_year_at(t, k)) {
        return None;
    }
    let n = i32::try_from(v.mantissa())
        .ok()
        .filter(|_| v.scale() == 0)?;
    match n {
        0..=49 => Some(2000 + n),
        50..=99 => Some(1900 + n),
        _ => None,
    }
}

/// Whether a part of a year follows the 年 at char `k`: a month (3月), a
/// quarter (第三季度, Q3), a half (上半年) or its start or end (年初, 年底,
/// 年末; not 年底蕴, 年初步).
fn part_of_year_at(t: &Text, k: usize) -> bool {
    let month = || {
        date_part(t, k + 1)
            .is_some_and(|(mv, e)| t.at(e) == Some('月') && small_int(mv, 12).is_some())
    };
    let quarter = || QUARTERS.iter().any(|(w, _)| t.starts(k + 1, w));
    let half = || t.starts(k + 1, "上半年") || t.starts(k + 1, "下半年");
    let end = || {
        ["年初", "年底", "年末"].iter().any(|w| t.starts(k, w))
            && !t.at(k + 2).is_some_and(|c| NOT_A_YEAR_END.contains(&c))
    };
    month() || quarter() || half() || end()
}

/// Characters after 年初, 年底 or 年末 that make another word of 初 or 底
/// (初步, 初具, 初见, 初心, 底蕴, 底线, 底层, 底气): the 年 is then years of time.
const NOT_A_YEAR_END: &[char] = &[
    '步', '具', '见', '見', '心', '衷', '次', '蕴', '蘊', '线', '線', '层', '層', '气', '氣', '子',
];

/// Words that look ahead to a day (預定25日, 将于28日): a day after the
/// as-of day they name is to come this month, not gone last month.
const LOOKS_AHEAD: &[&str] = &[
    "预定",
    "預定",
    "将于",
    "將於",
    "将在",
    "將在",
    "定于",
    "定於",
    "计划于",
    "計劃於",
    "预计于",
    "預計於",
    "预计将于",
    "預計將於",
    "即将于",
    "即將於",
    "拟于",
    "擬於",
    "预计",
    "預計",
    "计划在",
    "計劃在",
];

/// Words by which a sentence tells a plan as past (原计划, 当时, 去年宣布
/// 將於…, 如期): a month it looked ahead to is not read as still to come.
const TOLD_AS_PAST: &[&str] = &[
    "原计划",
    "原計劃",
    "原定",
    "本来",
    "本來",
    "当时",
    "當時",
    "此前",
    "去年",
    "曾经",
    "曾經",
    "曾计划",
    "曾計劃",
    "曾宣布",
    "早前",
    "先前",
];

/// Whether the clause of the date at char `i` tells its plan as past (up
/// to the date), or the sentence after it says the plan was kept or once
/// talked of (…12月5日发布o1正式版，最终如期上线; …的消息曾引发热议).
fn told_as_past(t: &Text, i: usize) -> bool {
    let from = clause_start(t, i);
    let lead = &t.s[t.offs[from]..t.offs[i]];
    if TOLD_AS_PAST.iter().any(|w| lead.contains(w)) {
        return true;
    }
    let end = (i..window_ahead(t, i))
        .find(|&k| matches!(t.chars[k], '。' | '！' | '？' | '\n'))
        .unwrap_or(window_ahead(t, i));
    let rest = &t.s[t.offs[i]..t.offs[end]];
    // (not 将按时举办, still to come, nor 最终 of another sense)
    [
        "如期上线",
        "如期上線",
        "如期发布",
        "如期發布",
        "如期推出",
        "如期兑现",
        "如期兌現",
        "曾引",
        "曾经",
        "曾經",
        "曾一度",
    ]
    .iter()
    .any(|w| rest.contains(w))
}

/// Whether a word of [`LOOKS_AHEAD`] stands in the few characters before
/// char `i`, in its clause.
fn future_before(t: &Text, i: usize) -> bool {
    let from = i.saturating_sub(12);
    let lead: String = t.chars[from..i].iter().collect();
    let clause = lead
        .rsplit(['，', ',', '。', '；', '\n'])
        .next()
        .unwrap_or("");
    LOOKS_AHEAD.iter().any(|w| clause.contains(w))
}

/// Whether the number `v` at chars `i..k` before 号 numbers a thing, not
/// a day: a line, a building, a gate or a document after it (10号线, 3号
/// 楼, 2号航站楼, 1号文件), or a street or a document's year before it
/// (中关村大街27号, 国发〔2024〕15号). It is passed over.
fn numbered_thing(t: &Text, i: usize, k: usize) -> bool {
    const AFTER: &[char] = &[
        '线', '線', '楼', '樓', '文', '令', '院', '门', '門', '机', '機', '馆', '館', '厅', '廳',
        '口', '仓', '倉', '店', '车', '車', '站', '舱', '艙', '床', '航', '码', '碼', '球', '窗',
        '柜', '櫃', '坑', '井', '堆', '桩', '樁',
    ];
    // (a street, a section or a block before it: 长安街, 彌敦道, 二段,
    // B座; not a word that ends in one of them, 华尔街27号, 报道20号,
    // 频道, nor 假期里27号, where the day follows a word)
    const BEFORE: &[char] = &['〕', ']', '】', '第', '编', '編', '栋', '棟'];
    const STREETS: &[&str] = &["街", "道", "路", "段", "座", "胡同", "弄", "巷"];
    const NOT_STREETS: &[&str] = &[
        "华尔街",
        "華爾街",
        "报道",
        "報道",
        "知道",
        "频道",
        "頻道",
        "渠道",
        "说道",
        "說道",
        "轨道",
        "軌道",
        "一道",
        "同道",
        "马路",
        "馬路",
        "讲座",
        "講座",
        "在座",
        "宝座",
        "寶座",
    ];
    let street = STREETS.iter().any(|w| t.ends(i, w)) && !NOT_STREETS.iter().any(|w| t.ends(i, w));
    // (线上 is online: 20号线上发布)
    let online = t.starts(k + 1, "线上") || t.starts(k + 1, "線上");
    t.at(k + 1).is_some_and(|c| AFTER.contains(&c)) && !online
        || i.checked_sub(1)
            .and_then(|b| t.at(b))
            .is_some_and(|c| BEFORE.contains(&c))
        || street
}

/// A day of the as-of month: 週一（27日）. The day `v` spans chars `i..k`.
/// Without a month to date it by, the day is still no number to check
/// (今早(2日)以7.85兌一美元: the 2 is no rate): it is passed over.
fn day_of_as_of_month(
    t: &Text,
    i: usize,
    k: usize,
    v: Decimal,
    as_of: Option<Date>,
) -> Option<Read> {
    let d = small_int(v, 31)?;
    let Some(a) = as_of.filter(|a| a.month.is_some()) else {
        return Some((None, k + 1));
    };
    let mut y = a.year;
    let mut mo = a.month.unwrap_or(1) as i32;
    if a.day.is_some_and(|ad| d > ad as u32 + 1) && !future_before(t, i) {
        // a day after the as-of day is last month's (unless the text looks
        // ahead to it: 預定25日公布 is this month's)
        mo -= 1;
        if mo == 0 {
            mo = 12;
            y -= 1;
        }
    }
    let date = Date::ymd(y, mo as u32, d)?;
    let mut m = Mention::new(t.offs[i], t.offs[k + 1], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    Some((Some(m), k + 1))
}

/// The rest of a Chinese-style date that starts at char `i`, after its
/// year and month (read up to char `k`): the day, a part of the month, the
/// year completed, a range of days, or a period of the year.
fn month_day_and_period(
    t: &Text,
    i: usize,
    as_of: Option<Date>,
    year: Option<i32>,
    month: Option<u32>,
    k: usize,
) -> Option<Read> {
    let (day, part, mut k) = day_or_part(t, month, k);
    let year_written = year.is_some();
    let y = complete_year(t, i, as_of, year, month)?;
    let date = match (month, day) {
        (Some(mo), Some(d)) => Date::ymd(y, mo, d)?,
        (Some(mo), None) => Date::ym(y, mo)?,
        _ => Date::y(y),
    };
    let start = if !year_written && (t.ends(i, "同年") || t.ends(i, "當年") || t.ends(i, "当年"))
    {
        i - 2
    } else {
        i
    };
    let mut m = Mention::new(t.offs[start], t.offs[k], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    if let (Some((a, b)), Some(mo)) = (part, month) {
        if y != 0 {
            let last = crate::date::days_in_month(y, mo as u8) as u32;
            m.date = Date::ymd(y, mo, a);
            m.date_end = Date::ymd(y, mo, b.min(last));
        }
    }
    if day.is_some() {
        k = range_of_days(t, k, y, month, &mut m);
    } else if let (Some(mo), None) = (month, part) {
        if let Some((last, e)) = month_span_end(t, k, y, mo) {
            m.date_end = Some(last);
            k = e;
        }
    }
    if year_written && month.is_none() {
        k = period_of_year(t, k, y, &mut m);
    }
    m.end = t.offs[k];
    Some((Some(m), k))
}

/// The day after a month at char `k` (26日, 26号) and 份, or a part of the
/// month (上旬, 底): the day, the part's first and last day, and where
/// reading goes on.
fn day_or_part(t: &Text, month: Option<u32>, k: usize) -> (Option<u32>, Option<(u32, u32)>, usize) {
    let mut k = k;
    let mut day = None;
    if month.is_some() {
        if let Some((dv, k2)) = date_part(t, k) {
            if matches!(t.at(k2), Some('日' | '号' | '號')) {
                if let Some(d) = small_int(dv, 31) {
                    day = Some(d);
                    k = k2 + 1;
                }
            } else if let Some((a, b, e)) = days_sharing_a_mark(t, dv, k2) {
                return (None, Some((a, b)), e);
            }
        }
        if t.starts(k, "份") {
            k += 1;
        }
    }
    // parts of a month: 1月下旬, 1月底
    let mut part = None;
    if month.is_some() && day.is_none() {
        for (w, a, b) in [
            ("上旬", 1, 10),
            ("中旬", 11, 20),
            ("下旬", 21, 31),
            ("初", 1, 10),
            ("底", 21, 31),
            ("末", 21, 31),
        ] {
            if t.starts(k, w) {
                part = Some((a, b));
                k += Text::nchars(w);
                break;
            }
        }
    }
    (day, part, k)
}

/// The days at the ends of a year, after its 年: (words, month, day).
const YEAR_ENDS: &[(&str, u32, u32)] = &[
    ("的最后一天", 12, 31),
    ("的最後一天", 12, 31),
    ("最后一天", 12, 31),
    ("最後一天", 12, 31),
    ("的最后一日", 12, 31),
    ("的最後一日", 12, 31),
    ("的第一天", 1, 1),
    ("第一天", 1, 1),
];

/// A range of days of one month whose first day has no 日 of its own,
/// the day `first` ending at char `k`: `4月12-19日`, `3月3—5日`,
/// `3月3至5日`. The first and last day, and where the range ends.
fn days_sharing_a_mark(t: &Text, first: Decimal, k: usize) -> Option<(u32, u32, usize)> {
    let a = small_int(first, 31)?;
    let mark = super::read::range_mark_len(t, k)?;
    let (last, e) = date_part(t, k + mark)?;
    let b = small_int(last, 31)?;
    (matches!(t.at(e), Some('日' | '号' | '號')) && a >= 1 && a < b).then_some((a, b, e + 1))
}

/// The year of a date at char `i`: the one written, else one stated
/// before (同年11月16日, a year earlier in the sentence or a full date
/// earlier in the paragraph), else the as-of year (the year before for a
/// month well after the as-of month). 0 when unknown and there is no
/// as-of date (written --MM-DD); `None` for no date at all.
fn complete_year(
    t: &Text,
    i: usize,
    as_of: Option<Date>,
    year: Option<i32>,
    month: Option<u32>,
) -> Option<i32> {
    // 本年1月20日 in an article with no date: the year is the article's,
    // unknown, not one an earlier clause names (於2023年成立,本年1月20日)
    if year.is_none() && as_of.is_none() && RELATIVE_YEARS.iter().any(|(w, _)| t.ends(i, w)) {
        return Some(0);
    }
    // 同年11月16日, or a year stated earlier in the same sentence
    let stated = if t.ends(i, "同年") || t.ends(i, "當年") || t.ends(i, "当年") {
        year_before(t, i.saturating_sub(2), false)
    } else {
        year_before(t, i, true).or_else(|| {
            // a full date earlier in the paragraph sets the year when the
            // month does not go back (2022年10月7日…10月13日)
            paragraph_date_before(t, i)
                .filter(|d| month.is_some_and(|mo| d.month.is_some_and(|dm| mo >= dm as u32)))
                .or_else(|| {
                    // a timeline's heading month, for a day of that month
                    heading_date_above(t, i).filter(|d| {
                        month.is_some_and(|mo| d.month.is_some_and(|dm| mo == dm as u32))
                    })
                })
                .map(|d| d.year)
        })
    };
    // a month that goes back from the month named with the sentence's year
    // (2024年12月推出V3，1月26日登顶) is of the year after, as events are
    // told in order; of the year named when the year after is later than
    // the article, and unknown in an article with no date
    let stated = stated.map(|y| {
        let back = month.is_some_and(|mo| {
            paragraph_date_before(t, i)
                .is_some_and(|d| d.year == y && d.month.is_some_and(|dm| (dm as u32) > mo))
        });
        match (back, as_of) {
            (false, _) => y,
            (true, None) => 0,
            (true, Some(a)) => {
                let next = Date::ym(y + 1, month.unwrap_or(1));
                if next.is_some_and(|n| n.first_day() <= a.last_day()) {
                    y + 1
                } else {
                    y
                }
            }
        }
    });
    let year = year.or(if month.is_some() { stated } else { None });
    match year {
        Some(y) => Some(y),
        None if as_of.is_none() => Some(0), // year unknown: written --MM-DD
        None => {
            let a = as_of?;
            let mut y = a.year;
            if let (Some(mo), Some(am)) = (month, a.month) {
                // a month well after the as-of month is last year's (an article of
                // February writing 12月26日), unless the text looks ahead to
                // it (将于6月1日起实施); looking ahead to a month well
                // before the as-of month is looking to next year's (an
                // article of December writing 将于1月20日发布)
                // (not a plan told as past: 原计划在12月5日发布，最终如期上线)
                let ahead = future_before(t, i) && !told_as_past(t, i);
                if mo as i32 > am as i32 + 1 && !ahead {
                    y -= 1;
                } else if ahead && (mo as i32) + 1 < am as i32 {
                    y += 1;
                }
            }
            Some(y)
        }
    }
}

/// A range of days after a date that ends at char `k`: 1月28日至2月4日,
/// 1月28日至31日, 2017年8月15日至2018年3月29日. Sets the end date of `m`;
/// returns where reading goes on.
fn range_of_days(t: &Text, k: usize, y: i32, month: Option<u32>, m: &mut Mention) -> usize {
    let Some(mark) = range_mark_len(t, k) else {
        return k;
    };
    let (y2, s2) = year_of_second_end(t, k + mark);
    let Some((v2, k2)) = date_part(t, s2) else {
        return k;
    };
    let (mo2, d2, e2) = if t.at(k2) == Some('月') {
        match date_part(t, k2 + 1) {
            Some((dv, k3)) if matches!(t.at(k3), Some('日' | '号' | '號')) => {
                (small_int(v2, 12), small_int(dv, 31), k3 + 1)
            }
            _ => (None, None, k),
        }
    } else if y2.is_none() && matches!(t.at(k2), Some('日' | '号' | '號')) {
        (month, small_int(v2, 31), k2 + 1)
    } else {
        (None, None, k)
    };
    if let (Some(mo2), Some(d2)) = (mo2, d2) {
        let y2 = y2.unwrap_or(if mo2 < month.unwrap_or(1) { y + 1 } else { y });
        if let Some(end_date) = Date::ymd(y2, mo2, d2) {
            if y != 0 && Some(end_date) > m.date {
                m.date_end = Some(end_date);
                return e2;
            }
        }
    }
    k
}

/// The year written at the start of the second end of a range, at char
/// `s` (the 2018年 of 2017年5月至2018年4月), and where its month starts;
/// `(None, s)` when it has none.
fn year_of_second_end(t: &Text, s: usize) -> (Option<i32>, usize) {
    match date_part(t, s) {
        Some((v, e)) if t.at(e) == Some('年') && e - s == 4 => match year_ok(v) {
            Some(y) => (Some(y), e + 1),
            None => (None, s),
        },
        _ => (None, s),
    }
}

/// The last month of a span of months after the month `mo` of the year
/// `y`, which ends at char `k`: 1月至11月, 一月至十一月, 2017年5月至2018年4月
/// (the second month takes the first one's year unless it has its own);
/// with where reading goes on. `None`: no span (a day after the second
/// month, 1月至3月5日, makes it no span of months).
fn month_span_end(t: &Text, k: usize, y: i32, mo: u32) -> Option<(Date, usize)> {
    if y == 0 {
        return None;
    }
    let (y2, s) = year_of_second_end(t, k + range_mark_len(t, k)?);
    let (mv, e) = date_part(t, s)?;
    let mo2 = small_int(mv, 12)?;
    if t.at(e) != Some('月') || date_part(t, e + 1).is_some() {
        return None;
    }
    let last = Date::ym(y2.unwrap_or(y), mo2)?;
    let e = if t.starts(e + 1, "份") { e + 2 } else { e + 1 };
    (last > Date::ym(y, mo)?).then_some((last, e))
}

/// Quarters after a written year: 2024年第四季度, 2024年Q3.
const QUARTERS: &[(&str, u32)] = &[
    ("第一季度", 1),
    ("第二季度", 2),
    ("第三季度", 3),
    ("第四季度", 4),
    ("第1季度", 1),
    ("第2季度", 2),
    ("第3季度", 3),
    ("第4季度", 4),
    ("第一季", 1),
    ("第二季", 2),
    ("第三季", 3),
    ("第四季", 4),
    ("第1季", 1),
    ("第2季", 2),
    ("第3季", 3),
    ("第4季", 4),
    ("1季度", 1),
    ("2季度", 2),
    ("3季度", 3),
    ("4季度", 4),
    ("一季度", 1),
    ("二季度", 2),
    ("三季度", 3),
    ("四季度", 4),
    ("首季度", 1),
    ("首季", 1),
    ("Q1", 1),
    ("Q2", 2),
    ("Q3", 3),
    ("Q4", 4),
];

/// Halves and ends of a written year: 上半年, 年底, with their months.
const HALVES: &[(&str, u32, u32)] = &[
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("年初", 1, 3),
    ("年底", 12, 12),
    ("年末", 12, 12),
    ("年中", 6, 7),
];

/// A period after the written year `y` (年 read, up to char `k`): 第四季度,
/// 上半年, 年底, or a range of years (2024年至2025年). Sets the dates of
/// `m`; returns where reading goes on.
fn period_of_year(t: &Text, k: usize, y: i32, m: &mut Mention) -> usize {
    let mut k = k;
    // the year's first or last day: 2025年的最后一天 is 31 December
    for (w, mo, d) in YEAR_ENDS {
        if t.starts(k, w) {
            m.date = Date::ymd(y, *mo, *d);
            return k + Text::nchars(w);
        }
    }
    // 年 was consumed: look at k (after 年) and k-1 (for 年底 forms)
    let mut done = false;
    for (w, q) in QUARTERS {
        if t.starts(k, w) {
            m.date = Date::ym(y, (q - 1) * 3 + 1);
            m.date_end = Date::ym(y, q * 3);
            k += Text::nchars(w);
            done = true;
            break;
        }
    }
    if !done {
        for (w, a, b) in HALVES {
            let at = if w.starts_with('年') && !t.starts(k, "年") {
                k - 1
            } else {
                k
            };
            // 2024年中国 is not mid-2024
            if *w == "年中"
                && t.at(at + 2)
                    .is_some_and(|c| "国國央文华華东東西南北部心间間共".contains(c))
            {
                continue;
            }
            if t.starts(at, w) {
                m.date = Date::ym(y, *a);
                m.date_end = Date::ym(y, *b);
                k = at + Text::nchars(w);
                break;
            }
        }
    }
    // ranges of years: 2024年至2025年, 2008年——2018年 (2024至2025年 is a
    // span of years read before)
    if let Some(mark) = range_mark_len(t, k) {
        let s = k + mark;
        if let Some((v2, k2)) = date_part(t, s) {
            if t.at(k2) == Some('年') && k2 - s == 4 {
                if let Some(y2) = year_ok(v2) {
                    if y2 > y {
                        m.date_end = Some(Date::y(y2));
                        k = k2 + 1;
                    }
                }
            }
        }
    }
    k
}

/// The last year written as `YYYY年` (or `YYYY-`) before char `i`, within
/// the sentence or anywhere before. (Read off the text's index of years
/// and sentence ends, so that a long text with many dates is not read
/// back to its start for each: [`year_before_by_scan`] is what it
/// computes, and a test compares them.)
pub(super) fn year_before(t: &Text, i: usize, sentence_only: bool) -> Option<i32> {
    // (most answers are a few characters back: the index is built only
    // for a look-back longer than SCAN_FIRST)
    let i = match scan_year_back(t, i, sentence_only, SCAN_FIRST) {
        ControlFlow::Break(year) => return year,
        ControlFlow::Continue(k) => k,
    };
    let index = DateIndex::of(t);
    let p = index.years.partition_point(|&(k, _)| k <= i);
    let year = p.checked_sub(1).map(|q| index.years[q]);
    if sentence_only {
        // (the last sentence end the scan would meet first: at char j,
        // seen at k = j + 1, which must be at least 5)
        let e = index.sentence_ends.partition_point(|&j| j < i);
        let end = e
            .checked_sub(1)
            .map(|q| index.sentence_ends[q])
            .filter(|&j| j >= 4);
        if let Some(j) = end {
            if year.is_none_or(|(k, _)| j + 1 > k) {
                return None;
            }
        }
    }
    year.and_then(|(_, y)| y)
}

/// [`year_before`] read back character by character, as it was before the
/// index (kept for the test that compares them).
#[cfg(test)]
fn year_before_by_scan(t: &Text, i: usize, sentence_only: bool) -> Option<i32> {
    match scan_year_back(t, i, sentence_only, usize::MAX) {
        ControlFlow::Break(year) => year,
        ControlFlow::Continue(_) => None,
    }
}

/// [`year_before`] read back from char `i` one character at a time, at
/// most `reach` of them: the answer, or where the reading stopped with no
/// answer yet.
fn scan_year_back(
    t: &Text,
    i: usize,
    sentence_only: bool,
    reach: usize,
) -> ControlFlow<Option<i32>, usize> {
    let mut k = i;
    while k >= 5 && i - k < reach {
        let c = t.chars[k - 1];
        if sentence_only && matches!(c, '。' | '！' | '？' | '\n') {
            return ControlFlow::Break(None);
        }
        if let Some(y) = year_ending(t, k) {
            return ControlFlow::Break(y);
        }
        k -= 1;
    }
    if k < 5 {
        ControlFlow::Break(None)
    } else {
        ControlFlow::Continue(k)
    }
}

/// The year `YYYY年` whose 年 ends at char `k` (`k` ≥ 5), not one the text
/// compares with: `Some` of the year (`None` for one out of range), `None`
/// when no such year ends there.
fn year_ending(t: &Text, k: usize) -> Option<Option<i32>> {
    (t.chars[k - 1] == '年'
        && t.chars[k - 5..k - 1].iter().all(|d| d.is_ascii_digit())
        && (k < 6 || !t.chars[k - 6].is_ascii_digit())
        && !compared_year(t, k - 5, k))
    .then(|| {
        let y: String = t.chars[k - 5..k - 1].iter().collect();
        y.parse().ok().filter(|y| (1900..=2199).contains(y))
    })
}

/// How many characters a look-back for a year or a date reads one by one
/// before it turns to the text's index of them (a few in the tests, so
/// that their short texts reach the index too).
const SCAN_FIRST: usize = if cfg!(test) { 3 } else { 256 };

/// Where a text writes its years, its dates of a month and its sentence
/// ends, each in order, found in one pass the first time a look-back
/// needs them.
#[derive(Debug, Default)]
pub(super) struct DateIndex {
    /// Each `YYYY年` not compared with: the char after its 年, and the
    /// year (`None` out of range).
    years: Vec<(usize, Option<i32>)>,
    /// Each `YYYY年M月`: the char after its 月, and the date (`None` for
    /// one that is none, 2024年13月).
    month_dates: Vec<(usize, Option<Date>)>,
    /// Each 。！？ and line break, by char index.
    sentence_ends: Vec<usize>,
    /// Each line break, by char index.
    line_breaks: Vec<usize>,
}

impl DateIndex {
    fn of<'t>(t: &'t Text) -> &'t DateIndex {
        t.dates.get_or_init(|| {
            let mut index = DateIndex::default();
            for (j, &c) in t.chars.iter().enumerate() {
                let k = j + 1;
                match c {
                    '\n' => {
                        index.sentence_ends.push(j);
                        index.line_breaks.push(j);
                    }
                    '。' | '！' | '？' => index.sentence_ends.push(j),
                    '年' if k >= 5 => {
                        if let Some(y) = year_ending(t, k) {
                            index.years.push((k, y));
                        }
                    }
                    '月' => {
                        if let Some(d) = month_date_ending(t, k) {
                            index.month_dates.push((k, d));
                        }
                    }
                    _ => {}
                }
            }
            index
        })
    }
}

/// Whether the year written at chars `a..b` (`2023年`) is one the text
/// compares with or counts from (较2023年, 继2022年、2023年之后, 2020年以来),
/// not the year it is about: the periods after it are not that year's.
fn compared_year(t: &Text, a: usize, b: usize) -> bool {
    let before: String = t.chars[a.saturating_sub(2)..a].iter().collect();
    let after: String = t.chars[b..(b + 2).min(t.chars.len())].iter().collect();
    ["比", "较", "較", "相较", "相較", "对比", "對比", "继", "繼"]
        .iter()
        .any(|w| before.ends_with(w))
        || ["相比", "以来", "以來", "之后", "之後"]
            .iter()
            .any(|w| after.starts_with(w))
}

/// Quarters and halves after a relative year (去年第四季度).
pub(super) const RELATIVE_PERIODS: &[(&str, u32, u32)] = &[
    ("第一季度", 1, 3),
    ("第二季度", 4, 6),
    ("第三季度", 7, 9),
    ("第四季度", 10, 12),
    ("第一季", 1, 3),
    ("第二季", 4, 6),
    ("第三季", 7, 9),
    ("第四季", 10, 12),
    ("第1季度", 1, 3),
    ("第2季度", 4, 6),
    ("第3季度", 7, 9),
    ("第4季度", 10, 12),
    ("第1季", 1, 3),
    ("第2季", 4, 6),
    ("第3季", 7, 9),
    ("第4季", 10, 12),
    ("一季度", 1, 3),
    ("二季度", 4, 6),
    ("三季度", 7, 9),
    ("四季度", 10, 12),
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("年底", 12, 12),
    ("年末", 12, 12),
    ("底", 12, 12),
    ("年初", 1, 3),
    ("初", 1, 3),
    ("年中", 6, 7),
];

/// The `YYYY年M月` that a line above the line of char `i` holds alone,
/// blank lines and the timeline's entries above (`- 7月1日：预告`) passed
/// over (`**2024年7月**`, `## 2024年7月`, `2024年7月：`): a timeline's month, which dates the days of that month
/// under it that name no year (Meta发布Llama 3.1（7月23日）).
fn heading_date_above(t: &Text, i: usize) -> Option<Date> {
    /// The marks a heading may wear around its date.
    const MARKS: &[char] = &[
        '#', '*', '：', ':', '【', '】', '[', ']', '■', '●', '▍', '-', '=',
    ];
    /// The bullets before a timeline's entry.
    const BULLETS: &[char] = &['-', '*', '•', '·', '●', '○', '▪'];
    /// How far back from the day its line may start (a timeline's day
    /// opens its entry), and how many characters of the lines above are
    /// read at most.
    const LINE_START: usize = 80;
    const ABOVE: usize = 600;
    // (the lines are found by a look back from the day, not in the text's
    // index of them, which most texts need not build)
    let is_break = |k: usize| t.chars[k] == '\n';
    let mut end = (i.saturating_sub(LINE_START)..i)
        .rev()
        .find(|&k| is_break(k))?;
    let mut budget = ABOVE;
    for _ in 0..12 {
        let mut start = end;
        while start > 0 && !is_break(start - 1) {
            start -= 1;
            budget = budget.checked_sub(1)?;
        }
        let line = &t.chars[start..end];
        let above = start.checked_sub(1);
        // (an entry of the same timeline above, 7月1日：预告, is passed over)
        let lead = line
            .iter()
            .position(|c| !c.is_whitespace() && !BULLETS.contains(c))
            .map_or(&[][..], |k| &line[k..]);
        let digits = lead.iter().take_while(|c| c.is_ascii_digit()).count();
        let entry = digits > 0 && lead.get(digits) == Some(&'月');
        if entry {
            end = above?;
            continue;
        }
        if line.len() > 24 {
            return None;
        }
        let core: Vec<char> = line
            .iter()
            .copied()
            .filter(|&c| !c.is_whitespace() && !MARKS.contains(&c))
            .collect();
        if core.is_empty() {
            end = above?;
            continue;
        }
        let core = core.strip_suffix(&['份']).unwrap_or(&core);
        let month_at = core.len().checked_sub(1)?;
        if core.get(month_at) != Some(&'月') {
            return None;
        }
        // (the date must be all the line holds: it starts the core)
        let date = month_date_ending(t, start + line_index_of(line, core)? + core.len())?;
        return date.filter(|_| core.len() <= 8);
    }
    None
}

/// Where the chars `core` (the non-mark chars of `line`, in order) start
/// in `line`, when they stand together there.
fn line_index_of(line: &[char], core: &[char]) -> Option<usize> {
    line.windows(core.len()).position(|w| w == core)
}

/// The last `YYYY年M月` date before char `i` in the same line. (The line
/// break and the line's last date are found in the text's index of them:
/// a test compares this with a look back at every character.)
pub(super) fn paragraph_date_before(t: &Text, i: usize) -> Option<Date> {
    // (a few characters back first, as in year_before)
    let mut k = i;
    while k >= 7 && k + SCAN_FIRST > i {
        let c = t.chars[k - 1];
        if c == '\n' {
            return None;
        }
        if c == '月' {
            if let Some(date) = month_date_ending(t, k) {
                return date;
            }
        }
        k -= 1;
    }
    if k < 7 {
        return None;
    }
    let i = k;
    let index = DateIndex::of(t);
    // the line's first character (a date needs six characters before its 月)
    let breaks = index.line_breaks.partition_point(|&j| j < i);
    let line = breaks
        .checked_sub(1)
        .map_or(0, |q| index.line_breaks[q] + 1);
    let from = line.max(6);
    let dates = &index.month_dates;
    let p = dates.partition_point(|&(k, _)| k <= i);
    // (its 月 at char k - 1, which the scan from `from` on would see)
    let &(k, date) = dates.get(p.checked_sub(1)?)?;
    (k > from && k - 1 < i).then_some(date).flatten()
}

/// The date `…YYYY年M月` or `…YYYY年MM月` whose 月 ends at char `k`:
/// `Some` of what [`paragraph_date_before`] returns there, `None` when no
/// such date ends there.
fn month_date_ending(t: &Text, k: usize) -> Option<Option<Date>> {
    for mlen in [1usize, 2] {
        if k < 1 + mlen + 5 {
            continue;
        }
        let ms = k - 1 - mlen;
        if t.chars[ms..k - 1].iter().all(|d| d.is_ascii_digit())
            && t.chars[ms - 1] == '年'
            && t.chars[ms - 5..ms - 1].iter().all(|d| d.is_ascii_digit())
        {
            let y: String = t.chars[ms - 5..ms - 1].iter().collect();
            let m: String = t.chars[ms..k - 1].iter().collect();
            if let (Ok(y), Ok(m)) = (y.parse::<i32>(), m.parse::<u32>()) {
                return Some(Date::ym(y, m));
            }
        }
    }
    None
}

/// Years relative to the as-of year.
/// (本年 only where no word ends in it: see [`starts_this_year`].)
pub(crate) const RELATIVE_YEARS: &[(&str, i32)] = &[
    ("去年", -1),
    ("今年", 0),
    ("前年", -2),
    ("明年", 1),
    ("本年", 0),
];

/// Whether 本年 at char `i` is "this year": not the end of a word before
/// it (日本年轻人, 成本年均, 资本年化), so after a character that is not
/// Han, or a word of time or place (于本年, 在本年, 至本年).
fn starts_this_year(t: &Text, i: usize) -> bool {
    i == 0
        || t.chars.get(i - 1).is_none_or(|&c| {
            !crate::segment::is_han(c)
                || matches!(
                    c,
                    '于' | '於'
                        | '在'
                        | '至'
                        | '到'
                        | '自'
                        | '从'
                        | '從'
                        | '及'
                        | '和'
                        | '与'
                        | '與'
                        | '截'
                )
        })
}

/// Months relative to the as-of month.
pub(super) const RELATIVE_MONTHS: &[(&str, i32)] = &[
    ("上个月", -1),
    ("上個月", -1),
    ("上月", -1),
    ("本月", 0),
    ("这个月", 0),
    ("這個月", 0),
    ("下个月", 1),
    ("下個月", 1),
    ("下月", 1),
];

/// Quarters and halves written without a year.
pub(super) const PERIODS: &[(&str, u32, u32)] = &[
    ("第一季度", 1, 3),
    ("第二季度", 4, 6),
    ("第三季度", 7, 9),
    ("第四季度", 10, 12),
    ("第一季", 1, 3),
    ("第二季", 4, 6),
    ("第三季", 7, 9),
    ("第四季", 10, 12),
    ("上半年", 1, 6),
    ("下半年", 7, 12),
];

/// The first characters of [`RELATIVE_YEARS`], [`RELATIVE_MONTHS`] and
/// [`PERIODS`] (a test says so).
const RELATIVE_FIRSTS: &[char] = &['去', '今', '前', '明', '上', '本', '这', '這', '下', '第'];

static RELATIVE_YEARS_BY_FIRST: LazyLock<ByChar<(&'static str, i32)>> =
    LazyLock::new(|| ByChar::new(RELATIVE_YEARS, |(w, _)| w.chars().next()));
static RELATIVE_MONTHS_BY_FIRST: LazyLock<ByChar<(&'static str, i32)>> =
    LazyLock::new(|| ByChar::new(RELATIVE_MONTHS, |(w, _)| w.chars().next()));
static PERIODS_BY_FIRST: LazyLock<ByChar<(&'static str, u32, u32)>> =
    LazyLock::new(|| ByChar::new(PERIODS, |(w, _, _)| w.chars().next()));

/// 去年, 今年, 前年, 明年, 上月, 上个月, 本月, 下个月 — optionally followed by
/// a month and day (去年12月2日) — and quarters or halves without a year.
/// (Inlined where it is tried: most places hold none of the words' first
/// characters, and are told so without a call; 廿卅卌, where the text's
/// character is not the scanner's, are none either.)
#[inline]
pub(super) fn relative_date(t: &Text, i: usize, as_of: Option<Date>) -> Option<Read> {
    static FIRSTS: BmpSet = BmpSet::new(RELATIVE_FIRSTS, &[]);
    if !FIRSTS.contains(*t.chars.get(i)?) {
        return None;
    }
    relative_date_words(t, i, as_of)
}

/// [`relative_date`] past the test of its first character.
#[inline(never)]
fn relative_date_words(t: &Text, i: usize, as_of: Option<Date>) -> Option<Read> {
    let first = t.raw_at(i)?;
    if let Some((_, dy)) = RELATIVE_YEARS_BY_FIRST
        .get(first)
        .iter()
        .find(|(w, _)| t.starts(i, w))
    {
        if first == '本' && !starts_this_year(t, i) {
            return None;
        }
        return relative_year(t, i, *dy, as_of);
    }
    if let Some((w, dm)) = RELATIVE_MONTHS_BY_FIRST
        .get(first)
        .iter()
        .find(|(w, _)| t.starts(i, w))
    {
        return relative_month(t, i, w, *dm, as_of);
    }
    let (w, a, b) = PERIODS_BY_FIRST
        .get(first)
        .iter()
        .find(|(w, _, _)| t.starts(i, w) && !t.ends(i, "年"))?;
    period_without_year(t, i, Text::nchars(w), (*a, *b), as_of)
}

/// A year `dy` years from the as-of year, written at char `i` (去年), with
/// a month and day (去年12月2日) or a period (去年第四季度, 今年上半年).
fn relative_year(t: &Text, i: usize, dy: i32, as_of: Option<Date>) -> Option<Read> {
    // 去年同期 etc. still name a year
    let a = as_of?;
    let y = a.year + dy;
    let mut k = i + 2;
    let mut date = Date::y(y);
    if let Some((mv, k2)) = date_part(t, k) {
        if t.at(k2) == Some('月') {
            if let Some(mo) = small_int(mv, 12) {
                date = Date::ym(y, mo)?;
                k = k2 + 1;
                // 明年3月份
                if t.at(k) == Some('份') {
                    k += 1;
                }
                if let Some((dv, k3)) = date_part(t, k) {
                    if matches!(t.at(k3), Some('日' | '号' | '號')) {
                        if let Some(d) = small_int(dv, 31) {
                            date = Date::ymd(y, mo, d)?;
                            k = k3 + 1;
                        }
                    }
                }
            }
        }
    }
    // 去年1月至11月: a span of months of that year
    let mut last = None;
    if let (Some(mo), None) = (date.month, date.day) {
        if let Some((l, e)) = month_span_end(t, k, y, mo as u32) {
            last = Some(l);
            k = e;
        }
    }
    let mut m = Mention::new(t.offs[i], t.offs[k], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(date);
    m.date_end = last;
    // 去年第四季度, 今年上半年
    if date.month.is_none() {
        for (pw, a, b) in RELATIVE_PERIODS {
            // (去年年中 is mid-2024; 今年年中国 no year's middle)
            if t.starts(k, pw) && !(*pw == "年中" && matches!(t.at(k + 2), Some('国' | '國'))) {
                m.date = Date::ym(y, *a);
                m.date_end = Date::ym(y, *b);
                let k2 = k + Text::nchars(pw);
                m.end = t.offs[k2];
                return Some((Some(m), k2));
            }
        }
    }
    Some((Some(m), k))
}

/// A month `dm` months from the as-of month, written `w` at char `i`
/// (上个月), with a day (上月15日).
fn relative_month(t: &Text, i: usize, w: &str, dm: i32, as_of: Option<Date>) -> Option<Read> {
    let a = as_of?;
    a.month?;
    let mut d = Date {
        year: a.year,
        month: a.month,
        day: None,
    }
    .add_months(dm);
    let mut k = i + Text::nchars(w);
    if let Some((dv, k2)) = date_part(t, k) {
        if matches!(t.at(k2), Some('日' | '号' | '號')) {
            if let (Some(day), Some(mo)) = (small_int(dv, 31), d.month) {
                if let Some(full) = Date::ymd(d.year, mo as u32, day) {
                    d = full;
                    k = k2 + 1;
                }
            }
        }
    }
    let mut m = Mention::new(t.offs[i], t.offs[k], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Some(d);
    Some((Some(m), k))
}

/// A quarter or half without a year, `len` chars at char `i`, of months
/// `a..=b`: of a year stated before, else the latest one that began
/// before the as-of date.
fn period_without_year(
    t: &Text,
    i: usize,
    len: usize,
    (a, b): (u32, u32),
    as_of: Option<Date>,
) -> Option<Read> {
    let k = i + len;
    let stated = if t.ends(i, "同年") || t.ends(i, "當年") || t.ends(i, "当年") {
        year_before(t, i, false)
    } else {
        year_before(t, i, true)
    };
    let y = match (stated, as_of) {
        (Some(y), _) => y,
        (None, Some(d)) => {
            if d.month.is_some_and(|m| (m as u32) < a) || d.month.is_none() {
                d.year - 1
            } else {
                d.year
            }
        }
        (None, None) => return None,
    };
    let mut m = Mention::new(t.offs[i], t.offs[k], Kind::Date);
    m.unit = Some(Unit::Date);
    m.date = Date::ym(y, a);
    m.date_end = Date::ym(y, b);
    Some((Some(m), k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paragraph_date_is_the_one_a_look_at_each_character_finds() {
        // (back from `i`, a character at a time, to the line's start)
        let by_chars = |t: &Text, i: usize| {
            let mut k = i;
            while k >= 7 {
                let c = t.chars[k - 1];
                if c == '\n' {
                    return None;
                }
                if c == '月' {
                    if let Some(date) = month_date_ending(t, k) {
                        return date;
                    }
                }
                k -= 1;
            }
            None
        };
        let pieces = [
            "2024", "2023", "202", "年", "月", "1", "12", "13", "0", "\n", "，", "的", "廿", " ",
            "一", "\u{200b}",
        ];
        let mut next = crate::testing::xorshift(0xda7e_0f11);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 16);
            let t = Text::new(&s);
            for i in 0..=t.len() {
                assert_eq!(
                    paragraph_date_before(&t, i),
                    by_chars(&t, i),
                    "{s:?} at {i}"
                );
            }
        }
    }

    #[test]
    fn a_heading_month_dates_the_days_under_it() {
        let at = |s: &str, day: &str| {
            let t = Text::new(s);
            heading_date_above(&t, s[..s.find(day).unwrap()].chars().count())
        };
        let july = Date::ym(2024, 7);
        assert_eq!(
            at("**2024年7月**\nMeta发布Llama 3.1（7月23日）", "7月23日"),
            july
        );
        assert_eq!(at("## 2024年7月\n\n- 7月23日：发布", "7月23日"), july);
        assert_eq!(at("2024年7月份：\n7月23日，发布", "7月23日"), july);
        assert_eq!(
            at("## 2024年7月\n- 7月1日：预告\n- 7月23日：发布", "7月23日"),
            july
        );
        // a line that says more than its month, or a date further up
        assert_eq!(at("2024年7月发布了新模型\n7月23日，发布", "7月23日"), None);
        assert_eq!(
            at("2024年7月\n发布了。\n更新。\n又更新。\n7月23日", "7月23日"),
            None
        );
    }

    #[test]
    fn the_year_before_is_the_one_a_look_at_each_character_finds() {
        let pieces = [
            "2024", "2023", "3000", "202", "年", "月", "1", "。", "！", "？", "\n", "，", "比",
            "较", "以来", "相比", "的", " ", "一", "\u{200b}",
        ];
        let mut next = crate::testing::xorshift(0x7ea2_b4f0);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 16);
            let t = Text::new(&s);
            for i in 0..=t.len() {
                for sentence_only in [false, true] {
                    assert_eq!(
                        year_before(&t, i, sentence_only),
                        year_before_by_scan(&t, i, sentence_only),
                        "{s:?} at {i}, {sentence_only}"
                    );
                }
            }
        }
    }

    #[test]
    fn relative_words_start_with_the_relative_firsts() {
        let words = RELATIVE_YEARS
            .iter()
            .map(|(w, _)| *w)
            .chain(RELATIVE_MONTHS.iter().map(|(w, _)| *w))
            .chain(PERIODS.iter().map(|(w, _, _)| *w));
        for w in words {
            let c = w.chars().next().expect("a word");
            assert!(RELATIVE_FIRSTS.contains(&c), "{w}");
        }
    }

    #[test]
    fn whole_numbers_read_as_the_decimal_test_reads_them() {
        let year = |v: Decimal| {
            (v.fract().is_zero() && v >= Decimal::from(1000) && v <= Decimal::from(2199))
                .then(|| i32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok())
                .flatten()
        };
        let small = |v: Decimal, max: u32| {
            (v.fract().is_zero() && v >= Decimal::ONE && v <= Decimal::from(max))
                .then(|| u32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok())
                .flatten()
        };
        for m in (-3000i128..3000).chain([i128::from(u32::MAX), 1 << 80, -(1 << 80)]) {
            for scale in [0, 1, 2, 5] {
                let v = Decimal::from_i128_with_scale(m, scale);
                assert_eq!(year_ok(v), year(v), "{v:?}");
                for max in [12, 31, 200, 2199] {
                    assert_eq!(small_int(v, max), small(v, max), "{v:?} {max}");
                }
            }
        }
    }
}
