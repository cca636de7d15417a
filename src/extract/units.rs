//! The units and currencies vocabulary: the normalised unit names hecha
//! writes, and the words of a text that name them.

use super::text::Text;
use super::Kind;

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

/// Units written after the number, longest first within each group.
pub(super) const UNIT_WORDS: &[(&str, &str, Kind)] = &[
    ("GPU小时", "GPU_hour", Kind::Quantity),
    ("GPU小時", "GPU_hour", Kind::Quantity),
    ("GPU时", "GPU_hour", Kind::Quantity),
    ("GPU時", "GPU_hour", Kind::Quantity),
    ("GPU-hours", "GPU_hour", Kind::Quantity),
    ("GPU hours", "GPU_hour", Kind::Quantity),
    ("GPU-hour", "GPU_hour", Kind::Quantity),
    ("GPU hour", "GPU_hour", Kind::Quantity),
    ("卡时", "GPU_hour", Kind::Quantity),
    ("卡時", "GPU_hour", Kind::Quantity),
    ("个百分点", "pp", Kind::Percent),
    ("個百分點", "pp", Kind::Percent),
    ("百分点", "pp", Kind::Percent),
    ("百分點", "pp", Kind::Percent),
    ("元人民币", "CNY", Kind::Money),
    ("元人民幣", "CNY", Kind::Money),
    ("美元", "USD", Kind::Money),
    ("美金", "USD", Kind::Money),
    ("港元", "HKD", Kind::Money),
    ("港币", "HKD", Kind::Money),
    ("港幣", "HKD", Kind::Money),
    ("港圓", "HKD", Kind::Money),
    ("港纸", "HKD", Kind::Money),
    ("港紙", "HKD", Kind::Money),
    ("人民币", "CNY", Kind::Money),
    ("人民幣", "CNY", Kind::Money),
    ("新台币", "TWD", Kind::Money),
    ("新台幣", "TWD", Kind::Money),
    ("新臺幣", "TWD", Kind::Money),
    ("台币", "TWD", Kind::Money),
    ("台幣", "TWD", Kind::Money),
    ("臺幣", "TWD", Kind::Money),
    ("欧元", "EUR", Kind::Money),
    ("歐元", "EUR", Kind::Money),
    ("日元", "JPY", Kind::Money),
    ("日圆", "JPY", Kind::Money),
    ("日圓", "JPY", Kind::Money),
    ("日幣", "JPY", Kind::Money),
    ("英镑", "GBP", Kind::Money),
    ("英鎊", "GBP", Kind::Money),
    ("韩元", "KRW", Kind::Money),
    ("韓元", "KRW", Kind::Money),
    ("元", "CNY", Kind::Money),
    ("圆", "CNY", Kind::Money),
    ("%", "%", Kind::Percent),
    ("％", "%", Kind::Percent),
    ("‰", "‰", Kind::Percent),
    ("倍", "x", Kind::Multiple),
    ("个参数", "parameter", Kind::Quantity),
    ("個參數", "parameter", Kind::Quantity),
    ("参数", "parameter", Kind::Quantity),
    ("參數", "parameter", Kind::Quantity),
    ("个token", "token", Kind::Quantity),
    ("個token", "token", Kind::Quantity),
    ("tokens", "token", Kind::Quantity),
    ("token", "token", Kind::Quantity),
    ("Token", "token", Kind::Quantity),
    ("个词元", "token", Kind::Quantity),
    ("词元", "token", Kind::Quantity),
    ("詞元", "token", Kind::Quantity),
    ("次浮点运算", "FLOP", Kind::Quantity),
    ("次浮點運算", "FLOP", Kind::Quantity),
    ("FLOPs", "FLOP", Kind::Quantity),
    ("FLOP", "FLOP", Kind::Quantity),
    ("TFLOPS", "TFLOPS", Kind::Quantity),
    ("PFLOPS", "PFLOPS", Kind::Quantity),
    ("EFLOPS", "EFLOPS", Kind::Quantity),
    ("GB/s", "GB/s", Kind::Quantity),
    ("TB/s", "TB/s", Kind::Quantity),
    ("GB", "GB", Kind::Quantity),
    ("TB", "TB", Kind::Quantity),
    ("MB", "MB", Kind::Quantity),
    ("KB", "KB", Kind::Quantity),
    ("瓦", "W", Kind::Quantity),
    ("W", "W", Kind::Quantity),
    ("个小时", "hour", Kind::Duration),
    ("個小時", "hour", Kind::Duration),
    ("小时", "hour", Kind::Duration),
    ("小時", "hour", Kind::Duration),
    ("钟头", "hour", Kind::Duration),
    ("鐘頭", "hour", Kind::Duration),
    ("分钟", "minute", Kind::Duration),
    ("分鐘", "minute", Kind::Duration),
    ("秒钟", "second", Kind::Duration),
    ("秒鐘", "second", Kind::Duration),
    ("秒", "second", Kind::Duration),
    ("个多月", "month", Kind::Duration),
    ("个月", "month", Kind::Duration),
    ("個月", "month", Kind::Duration),
    ("个星期", "week", Kind::Duration),
    ("個星期", "week", Kind::Duration),
    ("个礼拜", "week", Kind::Duration),
    ("個禮拜", "week", Kind::Duration),
    ("星期", "week", Kind::Duration),
    ("礼拜", "week", Kind::Duration),
    ("周", "week", Kind::Duration),
    ("週", "week", Kind::Duration),
    ("天", "day", Kind::Duration),
    ("年", "year", Kind::Duration),
    ("人次", "times", Kind::Count),
    ("名", "people", Kind::Count),
    ("人", "people", Kind::Count),
    ("位", "people", Kind::Count),
    ("用户", "user", Kind::Count),
    ("用戶", "user", Kind::Count),
    ("家", "entity", Kind::Count),
    ("种", "type", Kind::Count),
    ("種", "type", Kind::Count),
    ("类", "type", Kind::Count),
    ("類", "type", Kind::Count),
];

/// Measure words for counted things; the unit depends on what is counted.
pub(super) const CLASSIFIERS: &[&str] = &[
    "颗",
    "顆",
    "块",
    "塊",
    "张",
    "張",
    "片",
    "枚",
    "次",
    "个",
    "個",
    "项",
    "項",
    "条",
    "條",
    "台",
    "部",
    "款",
    "件",
    "座",
    "所",
    "间",
    "間",
    "辆",
    "輛",
    "架",
    "艘",
    "只",
    "隻",
    "篇",
    "份",
    "层",
    "層",
    "场",
    "場",
    "届",
    "屆",
    "轮",
    "輪",
    "批",
    "笔",
    "筆",
    "册",
    "冊",
    "箱",
    "吨",
    "噸",
    "公斤",
    "公里",
    "千米",
    "平方米",
    "米",
    "亩",
    "畝",
    "户",
    "戶",
    "国",
    "國",
    "岁",
    "歲",
    "股",
    "套",
    "支",
    "本",
    "页",
    "頁",
    "道",
    "期",
    "组",
    "組",
    "万",
    "萬",
    "亿",
    "億",
];

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

/// Nouns before a bare number that say what it counts (用户数已达2,215万).
pub(super) const COUNT_NOUNS: &[(&str, &str)] = &[
    ("活跃用户", "user"),
    ("活躍用戶", "user"),
    ("用户数", "user"),
    ("用戶數", "user"),
    ("用户", "user"),
    ("用戶", "user"),
    ("日活", "user"),
    ("月活", "user"),
    ("人口", "people"),
    ("人数", "people"),
    ("人數", "people"),
    ("下载量", "download"),
    ("下載量", "download"),
    ("下载次数", "download"),
    ("下載次數", "download"),
    ("参数量", "parameter"),
    ("參數量", "parameter"),
    ("参数", "parameter"),
    ("參數", "parameter"),
    ("上下文长度", "token"),
    ("上下文長度", "token"),
    ("上下文窗口", "token"),
    ("上下文", "token"),
    ("激活", "parameter"),
];

/// Currency symbols and codes written before the number.
pub(super) const PREFIX_CURRENCIES: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("US＄", "USD"),
    ("HK＄", "HKD"),
    ("NT＄", "TWD"),
    ("USD", "USD"),
    ("HKD", "HKD"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("TWD", "TWD"),
    ("NTD", "TWD"),
    ("EUR", "EUR"),
    ("JPY", "JPY"),
    ("GBP", "GBP"),
    ("KRW", "KRW"),
    ("₩", "KRW"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("港元", "HKD"),
    ("台币", "TWD"),
    ("台幣", "TWD"),
    ("臺幣", "TWD"),
    ("新臺幣", "TWD"),
    ("日元", "JPY"),
    ("日圓", "JPY"),
    ("英镑", "GBP"),
    ("英鎊", "GBP"),
    ("韩元", "KRW"),
    ("韓元", "KRW"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("新台币", "TWD"),
    ("新台幣", "TWD"),
    ("欧元", "EUR"),
    ("歐元", "EUR"),
    ("$", "USD"),
    ("＄", "USD"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("€", "EUR"),
    ("£", "GBP"),
];

/// The longest unit word at char `k`.
pub(super) fn unit_word_at(t: &Text, k: usize) -> Option<(&'static str, &'static str, Kind)> {
    let mut best: Option<(&'static str, &'static str, Kind)> = None;
    for (w, u, kd) in UNIT_WORDS {
        if t.starts(k, w) && best.is_none_or(|(b, _, _)| w.len() > b.len()) {
            best = Some((w, u, *kd));
        }
    }
    best
}

pub(super) fn prefix_currency(t: &Text, i: usize) -> Option<(usize, &'static str)> {
    // allow one space between the symbol and the digits
    let k = if i > 0 && t.chars[i - 1] == ' ' {
        i - 1
    } else {
        i
    };
    let mut best: Option<(usize, &'static str)> = None;
    for (w, u) in PREFIX_CURRENCIES {
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
            if !w.is_ascii() && !matches!(*w, "¥" | "￥" | "€" | "£" | "＄" | "₩") && k != i
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
