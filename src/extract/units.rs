//! The units and currencies vocabulary, as data: the normalised unit names
//! hecha writes ([`ALL`]), and one table ([`WORDS`]) of the words of a text
//! that name them, from which the reader's lookups are derived: unit words
//! after a number, measure words, currencies before a number, nouns that
//! say what a bare number counts, and the SI units that make 兆 mega.

use super::text::Text;
use super::Kind;
use std::sync::LazyLock;

/// Every unit hecha writes, with what it means (for docs and `claims lint`).
pub const ALL: &[(&str, &str)] = &[
    ("USD", "US dollars"),
    ("HKD", "Hong Kong dollars"),
    ("CNY", "renminbi yuan"),
    ("TWD", "New Taiwan dollars"),
    ("EUR", "euros"),
    ("JPY", "Japanese yen"),
    ("GBP", "pounds sterling"),
    ("KRW", "Korean won"),
    ("%", "percent (the value is the number of percent)"),
    ("pp", "percentage points"),
    ("‰", "per mille"),
    ("x", "a multiple (the value is the factor)"),
    ("GPU", "GPUs or AI chips"),
    ("GPU_hour", "GPU-hours"),
    ("download", "app downloads"),
    ("people", "people"),
    ("user", "users"),
    ("token", "tokens"),
    ("parameter", "model parameters"),
    ("FLOP", "floating-point operations"),
    ("entity", "companies, organisations, listed entities"),
    ("type", "kinds, types"),
    ("times", "occurrences (次)"),
    ("second", "seconds"),
    ("minute", "minutes"),
    ("hour", "hours"),
    ("day", "days"),
    ("week", "weeks"),
    ("month", "months"),
    ("year", "years"),
    ("date", "a calendar date"),
    ("KB", "kilobytes"),
    ("MB", "megabytes"),
    ("GB", "gigabytes"),
    ("TB", "terabytes"),
    ("GB/s", "gigabytes per second"),
    ("TB/s", "terabytes per second"),
    ("W", "watts"),
    ("TFLOPS", "tera floating-point operations per second"),
    ("PFLOPS", "peta floating-point operations per second"),
    ("EFLOPS", "exa floating-point operations per second"),
    (
        "HKD_per_USD",
        "exchange rate, Hong Kong dollars per US dollar",
    ),
    ("CNY_per_USD", "exchange rate, yuan per US dollar"),
    ("USD_per_Mtoken", "API price, US dollars per million tokens"),
    ("CNY_per_Mtoken", "API price, yuan per million tokens"),
];

/// True for a unit name in [`ALL`].
pub fn is_known(u: &str) -> bool {
    ALL.iter().any(|(n, _)| *n == u)
}

/// Currency units.
pub fn is_currency(u: &str) -> bool {
    matches!(
        u,
        "USD" | "HKD" | "CNY" | "TWD" | "EUR" | "JPY" | "GBP" | "KRW"
    )
}

/// What a word of [`WORDS`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Money: a currency word, code or symbol.
    Currency,
    /// A measure word (classifier): what it counts, and so the unit,
    /// depends on the words around it (`颗` GPUs, `次` downloads).
    Measure,
    /// An SI unit that takes a metric prefix: 兆 before it is mega
    /// (`300兆瓦`), not 10^12.
    Si,
    /// Any other unit: percentages, multiples, compute, time, counts.
    Other,
}

/// Read after the number, as its unit or measure word (`5亿美元`, `2,048颗`).
pub(super) const AFTER: u8 = 1;
/// Read before the number, as its currency (`US$5亿`, `美元5亿`).
pub(super) const BEFORE: u8 = 2;
/// Read before a bare number in its clause, as what it counts (`用户数已达2,215万`).
pub(super) const NOUN: u8 = 4;

/// One unit word, in all its spellings.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    /// The spellings (simplified, traditional, variants).
    pub(super) spellings: &'static [&'static str],
    /// The normalised unit (one of [`ALL`]); `None` for measure words,
    /// whose unit depends on what is counted, and for SI units hecha does
    /// not read.
    pub(super) unit: Option<&'static str>,
    /// What a number with this word measures.
    pub(super) kind: Kind,
    /// Currency, measure word, SI unit or other.
    pub(super) class: Class,
    /// Where the word is read: [`AFTER`], [`BEFORE`], [`NOUN`] (none for
    /// an SI unit that only makes 兆 mega).
    pub(super) places: u8,
}

const fn w(
    spellings: &'static [&'static str],
    unit: &'static str,
    kind: Kind,
    class: Class,
    places: u8,
) -> Word {
    Word {
        spellings,
        unit: Some(unit),
        kind,
        class,
        places,
    }
}

const fn money(spellings: &'static [&'static str], unit: &'static str, places: u8) -> Word {
    w(spellings, unit, Kind::Money, Class::Currency, places)
}

const fn measure(spellings: &'static [&'static str]) -> Word {
    Word {
        spellings,
        unit: None,
        kind: Kind::Count,
        class: Class::Measure,
        places: AFTER,
    }
}

/// An SI unit hecha does not read, known only to make 兆 mega.
const fn si(spellings: &'static [&'static str]) -> Word {
    Word {
        spellings,
        unit: None,
        kind: Kind::Quantity,
        class: Class::Si,
        places: 0,
    }
}

use Class::{Other, Si};
use Kind::{Count, Duration, Multiple, Percent, Quantity};

/// Every unit word hecha knows, one row per word with its spellings.
///
/// After a number the longest word wins and before it the longest
/// currency, so the order of rows does not matter there; no measure word
/// starts another. Nouns ([`NOUN`]) are tried in the order of this table:
/// the first one found in the clause names what a bare number counts.
pub(super) const WORDS: &[Word] = &[
    // money
    money(&["美元"], "USD", AFTER | BEFORE),
    money(&["美金"], "USD", AFTER | BEFORE),
    money(&["US$", "US＄"], "USD", BEFORE),
    money(&["USD"], "USD", BEFORE),
    money(&["$", "＄"], "USD", BEFORE),
    money(&["港元"], "HKD", AFTER | BEFORE),
    money(&["港币", "港幣"], "HKD", AFTER | BEFORE),
    money(&["港圓"], "HKD", AFTER),
    money(&["港纸", "港紙"], "HKD", AFTER),
    money(&["HK$", "HK＄"], "HKD", BEFORE),
    money(&["HKD"], "HKD", BEFORE),
    money(&["人民币", "人民幣"], "CNY", AFTER | BEFORE),
    money(&["元人民币", "元人民幣"], "CNY", AFTER),
    money(&["元", "圆"], "CNY", AFTER),
    money(&["RMB"], "CNY", BEFORE),
    money(&["CNY"], "CNY", BEFORE),
    money(&["¥", "￥"], "CNY", BEFORE),
    money(&["新台币", "新台幣", "新臺幣"], "TWD", AFTER | BEFORE),
    money(&["台币", "台幣", "臺幣"], "TWD", AFTER | BEFORE),
    money(&["NT$", "NT＄"], "TWD", BEFORE),
    money(&["TWD", "NTD"], "TWD", BEFORE),
    money(&["欧元", "歐元"], "EUR", AFTER | BEFORE),
    money(&["EUR"], "EUR", BEFORE),
    money(&["€"], "EUR", BEFORE),
    money(&["日元", "日圓"], "JPY", AFTER | BEFORE),
    money(&["日圆"], "JPY", AFTER),
    money(&["日幣"], "JPY", AFTER),
    money(&["JPY"], "JPY", BEFORE),
    money(&["英镑", "英鎊"], "GBP", AFTER | BEFORE),
    money(&["GBP"], "GBP", BEFORE),
    money(&["£"], "GBP", BEFORE),
    money(&["韩元", "韓元"], "KRW", AFTER | BEFORE),
    money(&["KRW"], "KRW", BEFORE),
    money(&["₩"], "KRW", BEFORE),
    // percentages and multiples
    w(&["%", "％"], "%", Percent, Other, AFTER),
    w(&["个百分点", "個百分點"], "pp", Percent, Other, AFTER),
    w(&["百分点", "百分點"], "pp", Percent, Other, AFTER),
    w(&["‰"], "‰", Percent, Other, AFTER),
    w(&["倍"], "x", Multiple, Other, AFTER),
    // compute
    w(&["GPU小时", "GPU小時"], "GPU_hour", Quantity, Other, AFTER),
    w(&["GPU时", "GPU時"], "GPU_hour", Quantity, Other, AFTER),
    w(
        &["GPU-hours", "GPU hours"],
        "GPU_hour",
        Quantity,
        Other,
        AFTER,
    ),
    w(
        &["GPU-hour", "GPU hour"],
        "GPU_hour",
        Quantity,
        Other,
        AFTER,
    ),
    w(&["卡时", "卡時"], "GPU_hour", Quantity, Other, AFTER),
    w(
        &["次浮点运算", "次浮點運算"],
        "FLOP",
        Quantity,
        Other,
        AFTER,
    ),
    w(&["FLOPs", "FLOP"], "FLOP", Quantity, Other, AFTER),
    w(&["TFLOPS"], "TFLOPS", Quantity, Other, AFTER),
    w(&["PFLOPS"], "PFLOPS", Quantity, Other, AFTER),
    w(&["EFLOPS"], "EFLOPS", Quantity, Other, AFTER),
    w(&["GB/s"], "GB/s", Quantity, Other, AFTER),
    w(&["TB/s"], "TB/s", Quantity, Other, AFTER),
    w(&["GB"], "GB", Quantity, Other, AFTER),
    w(&["TB"], "TB", Quantity, Other, AFTER),
    w(&["MB"], "MB", Quantity, Other, AFTER),
    w(&["KB"], "KB", Quantity, Other, AFTER),
    // SI units: 兆 before them is mega
    w(&["瓦"], "W", Quantity, Si, AFTER),
    w(&["W"], "W", Quantity, Si, AFTER),
    si(&["w"]),
    si(&["赫兹", "赫茲"]),
    si(&["Hz"]),
    si(&["字节", "字節"]),
    si(&["B"]),
    si(&["位元"]),
    si(&["比特"]),
    si(&["bit"]),
    si(&["帕斯卡"]),
    si(&["焦耳"]),
    si(&["伏特"]),
    si(&["欧姆", "歐姆"]),
    // time
    w(&["个小时", "個小時"], "hour", Duration, Other, AFTER),
    w(&["小时", "小時"], "hour", Duration, Other, AFTER),
    w(&["钟头", "鐘頭"], "hour", Duration, Other, AFTER),
    w(&["分钟", "分鐘"], "minute", Duration, Other, AFTER),
    w(&["秒钟", "秒鐘"], "second", Duration, Other, AFTER),
    w(&["秒"], "second", Duration, Other, AFTER),
    w(&["天"], "day", Duration, Other, AFTER),
    w(&["个星期", "個星期"], "week", Duration, Other, AFTER),
    w(&["个礼拜", "個禮拜"], "week", Duration, Other, AFTER),
    w(&["星期"], "week", Duration, Other, AFTER),
    w(&["礼拜"], "week", Duration, Other, AFTER),
    w(&["周", "週"], "week", Duration, Other, AFTER),
    w(&["个多月"], "month", Duration, Other, AFTER),
    w(&["个月", "個月"], "month", Duration, Other, AFTER),
    w(&["年"], "year", Duration, Other, AFTER),
    // what is counted
    w(&["活跃用户", "活躍用戶"], "user", Count, Other, NOUN),
    w(&["用户数", "用戶數"], "user", Count, Other, NOUN),
    w(&["用户", "用戶"], "user", Count, Other, AFTER | NOUN),
    w(&["日活"], "user", Count, Other, NOUN),
    w(&["月活"], "user", Count, Other, NOUN),
    w(&["人口"], "people", Count, Other, NOUN),
    w(&["人数", "人數"], "people", Count, Other, NOUN),
    w(&["名"], "people", Count, Other, AFTER),
    w(&["人"], "people", Count, Other, AFTER),
    w(&["位"], "people", Count, Other, AFTER),
    w(&["人次"], "times", Count, Other, AFTER),
    w(&["下载量", "下載量"], "download", Count, Other, NOUN),
    w(&["下载次数", "下載次數"], "download", Count, Other, NOUN),
    w(&["家"], "entity", Count, Other, AFTER),
    w(&["种", "種"], "type", Count, Other, AFTER),
    w(&["类", "類"], "type", Count, Other, AFTER),
    w(&["参数量", "參數量"], "parameter", Quantity, Other, NOUN),
    w(&["个参数", "個參數"], "parameter", Quantity, Other, AFTER),
    w(
        &["参数", "參數"],
        "parameter",
        Quantity,
        Other,
        AFTER | NOUN,
    ),
    w(
        &["上下文长度", "上下文長度"],
        "token",
        Quantity,
        Other,
        NOUN,
    ),
    w(&["上下文窗口"], "token", Quantity, Other, NOUN),
    w(&["上下文"], "token", Quantity, Other, NOUN),
    w(&["个token", "個token"], "token", Quantity, Other, AFTER),
    w(
        &["tokens", "token", "Token"],
        "token",
        Quantity,
        Other,
        AFTER,
    ),
    w(&["个词元"], "token", Quantity, Other, AFTER),
    w(&["词元", "詞元"], "token", Quantity, Other, AFTER),
    w(&["激活"], "parameter", Quantity, Other, NOUN),
    // measure words
    measure(&["颗", "顆"]),
    measure(&["块", "塊"]),
    measure(&["张", "張"]),
    measure(&["片"]),
    measure(&["枚"]),
    measure(&["次"]),
    measure(&["个", "個"]),
    measure(&["项", "項"]),
    measure(&["条", "條"]),
    measure(&["台"]),
    measure(&["部"]),
    measure(&["款"]),
    measure(&["件"]),
    measure(&["座"]),
    measure(&["所"]),
    measure(&["间", "間"]),
    measure(&["辆", "輛"]),
    measure(&["架"]),
    measure(&["艘"]),
    measure(&["只", "隻"]),
    measure(&["篇"]),
    measure(&["份"]),
    measure(&["层", "層"]),
    measure(&["场", "場"]),
    measure(&["届", "屆"]),
    measure(&["轮", "輪"]),
    measure(&["批"]),
    measure(&["笔", "筆"]),
    measure(&["册", "冊"]),
    measure(&["箱"]),
    measure(&["吨", "噸"]),
    measure(&["公斤"]),
    measure(&["公里"]),
    measure(&["千米"]),
    measure(&["平方米"]),
    measure(&["米"]),
    measure(&["亩", "畝"]),
    measure(&["户", "戶"]),
    measure(&["国", "國"]),
    measure(&["岁", "歲"]),
    measure(&["股"]),
    measure(&["套"]),
    measure(&["支"]),
    measure(&["本"]),
    measure(&["页", "頁"]),
    measure(&["道"]),
    measure(&["期"]),
    measure(&["组", "組"]),
    // scales, read as measure words after a phrase (成千上万)
    measure(&["万", "萬"]),
    measure(&["亿", "億"]),
];

/// Each spelling of the words read at `place`, with its row.
fn spellings_at(place: u8) -> impl Iterator<Item = (&'static str, &'static Word)> {
    WORDS
        .iter()
        .filter(move |w| w.places & place != 0)
        .flat_map(|w| w.spellings.iter().map(move |s| (*s, w)))
}

/// Units written after the number: spelling, unit, kind.
pub(super) static UNIT_WORDS: LazyLock<Vec<(&'static str, &'static str, Kind)>> =
    LazyLock::new(|| {
        spellings_at(AFTER)
            .filter_map(|(s, w)| w.unit.map(|u| (s, u, w.kind)))
            .collect()
    });

/// Measure words for counted things; the unit depends on what is counted.
pub(super) static CLASSIFIERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    spellings_at(AFTER)
        .filter(|(_, w)| w.class == Class::Measure)
        .map(|(s, _)| s)
        .collect()
});

/// Currency symbols, codes and words written before the number.
pub(super) static PREFIX_CURRENCIES: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| {
        spellings_at(BEFORE)
            .filter_map(|(s, w)| w.unit.map(|u| (s, u)))
            .collect()
    });

/// Nouns before a bare number that say what it counts (用户数已达2,215万),
/// in the order they are tried: spelling, unit, kind.
pub(super) static COUNT_NOUNS: LazyLock<Vec<(&'static str, &'static str, Kind)>> =
    LazyLock::new(|| {
        spellings_at(NOUN)
            .filter_map(|(s, w)| w.unit.map(|u| (s, u, w.kind)))
            .collect()
    });

/// The first characters of the SI units: 瓦 (watt), 赫 (hertz), 字节/位
/// (byte, bit), 帕 (pascal), 焦 (joule), 伏 (volt), 欧 (ohm).
static SI_FIRST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    WORDS
        .iter()
        .filter(|w| w.class == Class::Si)
        .flat_map(|w| w.spellings.iter().filter_map(|s| s.chars().next()))
        .collect()
});

/// Whether `c` starts an SI unit (the 瓦 of 兆瓦).
pub(super) fn si_unit_char(c: char) -> bool {
    SI_FIRST_CHARS.contains(&c)
}

/// Words near a 颗/块/张 count that make it a count of GPUs.
pub(super) const GPU_WORDS: &[&str] = &[
    "GPU",
    "gpu",
    "芯片",
    "晶片",
    "显卡",
    "顯卡",
    "加速卡",
    "算力卡",
    "H800",
    "H100",
    "H20",
    "A100",
    "A800",
    "H200",
    "B200",
    "Hopper",
    "昇腾",
    "昇騰",
];

/// The longest unit word at char `k`.
pub(super) fn unit_word_at(t: &Text, k: usize) -> Option<(&'static str, &'static str, Kind)> {
    let mut best: Option<(&'static str, &'static str, Kind)> = None;
    for &(w, u, kd) in UNIT_WORDS.iter() {
        if t.starts(k, w) && best.is_none_or(|(b, _, _)| w.len() > b.len()) {
            best = Some((w, u, kd));
        }
    }
    best
}

/// The measure word at char `k` (no measure word starts another).
pub(super) fn measure_word_at(t: &Text, k: usize) -> Option<&'static str> {
    CLASSIFIERS.iter().copied().find(|w| t.starts(k, w))
}

/// What a bare number counts, from the first count noun found in `before`.
pub(super) fn count_noun_in(before: &str) -> Option<(&'static str, Kind)> {
    COUNT_NOUNS
        .iter()
        .find(|(w, _, _)| before.contains(w))
        .map(|&(_, u, k)| (u, k))
}

pub(super) fn prefix_currency(t: &Text, i: usize) -> Option<(usize, &'static str)> {
    // allow one space between the symbol and the digits
    let k = if i > 0 && t.chars[i - 1] == ' ' {
        i - 1
    } else {
        i
    };
    let mut best: Option<(usize, &'static str)> = None;
    for &(w, u) in PREFIX_CURRENCIES.iter() {
        if t.ends(k, w) {
            let len = Text::nchars(w);
            // ASCII codes must not be the tail of a longer word (e.g. "XUSD")
            if w.is_ascii()
                && w.chars().all(|c| c.is_ascii_alphabetic())
                && k > len
                && t.chars[k - len - 1].is_ascii_alphabetic()
            {
                continue;
            }
            // Chinese currency words before the number only when glued (美元5亿)
            if !w.is_ascii() && !matches!(w, "¥" | "￥" | "€" | "£" | "＄" | "₩") && k != i
            {
                continue;
            }
            if best.is_none_or(|(s, _)| k - len < s) {
                best = Some((k - len, u));
            }
        }
    }
    best
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_spelling_is_one_word() {
        let mut seen = std::collections::HashSet::new();
        for w in WORDS {
            for s in w.spellings {
                assert!(seen.insert(*s), "{s} is in two rows");
            }
        }
    }

    #[test]
    fn no_measure_word_starts_another() {
        for a in CLASSIFIERS.iter() {
            for b in CLASSIFIERS.iter() {
                assert!(a == b || !b.starts_with(a), "{a} starts {b}");
            }
        }
    }

    #[test]
    fn units_are_known_and_currencies_are_money() {
        for w in WORDS {
            if let Some(u) = w.unit {
                assert!(is_known(u), "{u}");
                assert_eq!(w.class == Class::Currency, is_currency(u), "{u}");
                assert_eq!(w.class == Class::Currency, w.kind == Kind::Money, "{u}");
            } else {
                assert!(matches!(w.class, Class::Measure | Class::Si));
            }
            if w.places & BEFORE != 0 {
                assert_eq!(w.class, Class::Currency);
            }
        }
    }
}
