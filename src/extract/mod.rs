//! Stage 3, *extract*: find every numeric mention in a text.
//!
//! Input: the decoded text of a document (or any part of it) and the
//! document's as-of date, used to complete dates such as `1月26日` or `去年`.
//! Output: a list of [`Mention`]s, each with its exact byte span, value (or
//! interval), unit, kind and qualifier.
//!
//! Number spans come from a character scanner over the text, not from jieba
//! tokens: jieba splits `2,048` into `2` `,` `048` and `百分之五点二` across
//! several words. The scanner reads Arabic, Chinese and mixed numerals (see
//! [`numeral`]), the words around them that give a unit (`美元`, `GPU小时`,
//! `颗`), a hedge (`约`, `以上`, `不到`) or a date (`年`, `月`, `日`), and skips
//! digits that belong to names (`DeepSeek-V3`, `H800`, `GPT-4o`,
//! `Llama 3.1-405B`), URLs, phone numbers, clock times, ordinals and idioms
//! (`一旦`, `万一`, `十分重要`).

pub mod currency;
pub mod numeral;
pub mod periods;

use crate::date::Date;
use numeral::{
    arabic_digit, chinese_digit, is_chinese_numeral_char, read_numeral, Numeral, NumeralError,
};
use rust_decimal::Decimal;
use serde::Serialize;

/// What a mention measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An amount of money.
    Money,
    /// A percentage, percentage points or per mille.
    Percent,
    /// A count of things (GPUs, people, downloads).
    Count,
    /// A multiple (`11倍`, `翻一番`).
    Multiple,
    /// A plain fraction (`十分之一`, `1/3`).
    Fraction,
    /// A calendar date, month, year or period.
    Date,
    /// A length of time (`18天`, `两个月`).
    Duration,
    /// Any other quantity (GPU-hours, tokens, parameters, bare numbers).
    Quantity,
}

/// How the article hedges the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is.
    Exact,
    /// 约, 左右, 近, 上下…
    Approx,
    /// 以上, 逾, 超过, 突破, 多…: a lower bound.
    AtLeast,
    /// 不到, 不足, 高达, 最多…: an upper bound.
    AtMost,
    /// 数十亿, 几个, 上百万: an order of magnitude only.
    Vague,
    /// Two stated ends: 5至10万.
    Range,
}

/// Whether a multiple is a ratio (`是…的11倍`) or an increase (`增长了11倍`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// X is N times Y: the factor is N.
    Ratio,
    /// X grew by N times: the factor is N + 1 (the value holds the factor).
    Increase,
}

/// A numeric mention found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Byte offset of the first byte, in the text given to [`Extractor::extract`].
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Point value (None for bounds, ranges and vague amounts, and dates).
    pub value: Option<Decimal>,
    /// Lower end of the interval, when known.
    pub low: Option<Decimal>,
    /// Upper end of the interval, when known.
    pub high: Option<Decimal>,
    /// For dates: the date (or the start of a date range).
    pub date: Option<Date>,
    /// For date ranges (`2024年至2025年`, `第四季度`): the last date.
    pub date_end: Option<Date>,
    /// Normalised unit (`USD`, `%`, `GPU_hour`…), see [`units`].
    pub unit: Option<&'static str>,
    /// What is measured.
    pub kind: Kind,
    /// How it is hedged.
    pub qualifier: Qualifier,
    /// Place value of the last significant digit, in the unit's terms.
    pub precision: Option<Decimal>,
    /// For multiples: ratio or increase.
    pub relation: Option<Relation>,
    /// The number is a fall (`下跌16.97%`): compare its negative.
    pub decrease: bool,
    /// The measure word used (`颗`, `次`, `人`), when there is one.
    pub classifier: Option<&'static str>,
    /// A rate: the number is per something (`每GPU小时2美元`): `Mtoken`,
    /// `GPU_hour`, `hour`, `person`, `unit`…
    pub per: Option<&'static str>,
    /// For dates: a fiscal year label (`2025財政年度`), matched with `FY2025`.
    pub fiscal: bool,
    /// Set when the number could not be represented (too large).
    pub error: Option<String>,
    /// What the number is to a reader: a claim to check, or a bare number,
    /// a code, a label or a period that frames other figures.
    pub role: Role,
}

/// What a number is to a reader. `hecha check` checks only claims;
/// `hecha extract` reports every number with its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A quantity with a unit or measure word, a date, a percentage: to be checked.
    #[default]
    Claim,
    /// A number with no unit or measure (`二点五`, `一百五十`).
    Bare,
    /// A code, not a quantity: stock codes, phone numbers, a digit string.
    Code,
    /// Page furniture, list markers, page numbers.
    Label,
    /// A period that frames other figures (`第三季度`, `上半年`, `下旬`).
    Frame,
}

impl Mention {
    fn new(start: usize, end: usize, kind: Kind) -> Mention {
        Mention {
            start,
            end,
            value: None,
            low: None,
            high: None,
            date: None,
            date_end: None,
            unit: None,
            kind,
            qualifier: Qualifier::Exact,
            precision: None,
            relation: None,
            decrease: false,
            classifier: None,
            per: None,
            fiscal: false,
            error: None,
            role: Role::Claim,
        }
    }
}

/// Normalised unit names, as written in reports and in `claims/facts.csv`.
pub mod units {
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
}

// ---------------------------------------------------------------------------
// word tables

/// Units written after the number, longest first within each group.
const UNIT_WORDS: &[(&str, &str, Kind)] = &[
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
const CLASSIFIERS: &[&str] = &[
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
const GPU_WORDS: &[&str] = &[
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

/// Hedges written before the number.
const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("大约", Qualifier::Approx),
    ("大約", Qualifier::Approx),
    ("大概", Qualifier::Approx),
    ("约为", Qualifier::Approx),
    ("約為", Qualifier::Approx),
    ("约需", Qualifier::Approx),
    ("約需", Qualifier::Approx),
    ("约合", Qualifier::Approx),
    ("約合", Qualifier::Approx),
    ("约有", Qualifier::Approx),
    ("約有", Qualifier::Approx),
    ("约", Qualifier::Approx),
    ("約", Qualifier::Approx),
    ("将近", Qualifier::Approx),
    ("將近", Qualifier::Approx),
    ("接近", Qualifier::Approx),
    ("差不多", Qualifier::Approx),
    ("近", Qualifier::Approx),
    ("超过", Qualifier::AtLeast),
    ("超過", Qualifier::AtLeast),
    ("多于", Qualifier::AtLeast),
    ("多於", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("不少於", Qualifier::AtLeast),
    ("不低于", Qualifier::AtLeast),
    ("不低於", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("最少", Qualifier::AtLeast),
    ("起码", Qualifier::AtLeast),
    ("起碼", Qualifier::AtLeast),
    ("突破", Qualifier::AtLeast),
    ("高于", Qualifier::AtLeast),
    ("高於", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("超", Qualifier::AtLeast),
    ("不超过", Qualifier::AtMost),
    ("不超過", Qualifier::AtMost),
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("少于", Qualifier::AtMost),
    ("少於", Qualifier::AtMost),
    ("低于", Qualifier::AtMost),
    ("低於", Qualifier::AtMost),
    ("最多", Qualifier::AtMost),
    ("至多", Qualifier::AtMost),
    ("高达", Qualifier::AtMost),
    ("高達", Qualifier::AtMost),
    ("多达", Qualifier::AtMost),
    ("多達", Qualifier::AtMost),
    ("未满", Qualifier::AtMost),
    ("未滿", Qualifier::AtMost),
];

/// Hedges written after the number and its unit.
const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("左右", Qualifier::Approx),
    ("上下", Qualifier::Approx),
    ("以上", Qualifier::AtLeast),
    ("之多", Qualifier::AtLeast),
    ("有余", Qualifier::AtLeast),
    ("有餘", Qualifier::AtLeast),
    ("出头", Qualifier::AtLeast),
    ("出頭", Qualifier::AtLeast),
    ("以下", Qualifier::AtMost),
    ("以内", Qualifier::AtMost),
    ("以內", Qualifier::AtMost),
];

/// Words just before a number that make it a fall.
const DECREASE_WORDS: &[&str] = &[
    "下跌",
    "下降",
    "减少",
    "減少",
    "收跌",
    "跌幅",
    "降幅",
    "萎缩",
    "萎縮",
    "回落",
    "跌了",
    "降了",
    "跌",
    "降",
    "减",
    "減",
    "少了",
    "缩水",
    "縮水",
    "重挫",
    "挫",
    "暴跌",
    "大跌",
    "急跌",
    "蒸发",
    "蒸發",
    "下滑",
    "跌去",
    "失血",
    "流失",
    "缩减",
    "縮減",
    "负增长",
    "負增長",
];

/// Words before a 倍 that make it an increase (增长了11倍 = ×12).
const INCREASE_WORDS: &[&str] = &[
    "增长了",
    "增長了",
    "增加了",
    "提高了",
    "上升了",
    "提升了",
    "成长了",
    "成長了",
    "扩大了",
    "擴大了",
    "增长",
    "增長",
    "增加",
    "提高",
    "上升",
    "提升",
    "成长",
    "成長",
    "扩大",
    "擴大",
    "上涨了",
    "上涨",
    "上漲了",
    "上漲",
];

/// Idioms and words whose numeral characters are not quantities.
const IDIOMS: &[&str] = &[
    "一些",
    "一直",
    "一旦",
    "一夜",
    "一夕",
    "一举两得",
    "一舉兩得",
    "统一",
    "統一",
    "万一",
    "萬一",
    "千万不要",
    "千萬不要",
    "千万别",
    "千萬別",
    "一定",
    "一般",
    "一样",
    "一樣",
    "一起",
    "一切",
    "一致",
    "唯一",
    "之一",
    "同一",
    "一同",
    "一再",
    "一度",
    "一面",
    "一边",
    "一邊",
    "一方面",
    "一律",
    "一向",
    "一贯",
    "一貫",
    "一点点",
    "一點點",
    "一下",
    "一会",
    "一會",
    "一时",
    "一時",
    "一味",
    "一手",
    "一流",
    "一线",
    "一線",
    "一体",
    "一體",
    "一带一路",
    "一帶一路",
    "三心二意",
    "五花八门",
    "五花八門",
    "七上八下",
    "乱七八糟",
    "亂七八糟",
    "九死一生",
    "十足",
    "百般",
    "千方百计",
    "千方百計",
    "万分",
    "萬分",
    "万物",
    "萬物",
    "万事",
    "萬事",
    "一五一十",
    "三三两两",
    "三三兩兩",
    "两岸",
    "兩岸",
    "两会",
    "兩會",
    "一睹",
    "一览",
    "一覽",
    "一窥",
    "一窺",
    "一番",
    "一口气",
    "一口氣",
    "一系列",
    "一场",
    "一場",
    "一员",
    "一員",
    "一年一度",
    "第一",
    "之二",
    "之三",
    "一则",
    "一則",
    "一来",
    "一來",
    "一方",
    "一大",
    "一阵",
    "一陣",
    "一路",
    "一身",
    "一生",
    "一心",
    "一概",
    "一眼",
    "一如",
    "一齐",
    "一齊",
    "一并",
    "一併",
    "一经",
    "一經",
    "一旁",
    "一连",
    "一連",
    "一举",
    "一舉",
    "一口",
    "一环",
    "一環",
    "一部分",
    "一带",
    "一帶",
    "三星",
    "四周",
    "四處",
    "四处",
    "十分",
    "百分百",
    "万众",
    "萬眾",
    "千千万万",
    "千千萬萬",
    "一流",
    "二手",
    "一二线",
    "二线",
    "三线",
    "十字",
    "八卦",
    "九州",
    "五金",
    "百姓",
    "百货",
    "百貨",
    "千里",
    "万里",
    "萬里",
    "万象",
    "萬象",
    "七夕",
    "五四",
    "九一八",
    "双十一",
    "零部件",
    "零配件",
    "零件",
    "零售",
    "零食",
    "零星",
    "零散",
    "零碎",
    "零钱",
    "零錢",
    "零用",
    "零工",
    "零头",
    "零頭",
    "零和",
    "零距离",
    "零距離",
    "零容忍",
    "零跑",
    "雙十一",
    "一审",
    "一審",
    "二审",
    "二審",
    "一线城市",
    "四面八方",
    "一模一样",
    "一模一樣",
    "独一无二",
    "獨一無二",
    "一无所有",
    "一無所有",
    "三十而立",
    "一分为二",
    "一分為二",
    "一石二鸟",
    "一石二鳥",
    "十一黄金周",
    "十一黃金週",
    "十一长假",
    "十一長假",
    "十一假期",
    "十三五",
    "十四五",
    "十五五",
    "百万富翁",
    "百萬富翁",
    "千里马",
    "千里馬",
    "万能",
    "萬能",
    "千禧",
    "千家万户",
    "千家萬戶",
    "四舍五入",
    "四捨五入",
    "哪一",
    "三七二十一",
    "千万要",
    "千萬要",
    "千万注意",
    "千萬注意",
];

/// Characters that form a noun with a following 数 (人数, 总数, 参数…).
const NOUNS_ENDING_IN_SHU: &[char] = &[
    '人', '总', '總', '次', '多', '少', '半', '无', '無', '倍', '指', '参', '參', '系', '分', '函',
    '变', '變', '岁', '歲', '件', '台', '户', '戶', '票', '字', '页', '頁', '天', '年', '股', '个',
    '個', '位', '读', '讀', '点', '點', '基', '整', '实', '實', '虚', '虛', '复', '複', '奇', '偶',
    '小', '大', '正', '负', '負', '约', '約', '算', '术', '術', '礼', '禮', '定', '招', '路', '得',
    '场', '場', '轮', '輪', '局', '级', '級', '阶', '階', '帧', '幀', '频', '頻', '册', '冊', '均',
    '常', '函', '心', '运', '運', '气', '氣', '术', '分', '本', '全', '单', '單', '双', '雙', '定',
    '劫', '名', '口', '张', '張', '根', '尾', '首', '末', '条', '條', '笔', '筆', '格', '码', '碼',
    '据', '據',
];

/// Nouns before a bare number that say what it counts (用户数已达2,215万).
const COUNT_NOUNS: &[(&str, &str)] = &[
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

/// Idioms by each numeral character they contain, with its position.
static IDIOM_INDEX: std::sync::LazyLock<
    std::collections::HashMap<char, Vec<(&'static str, usize)>>,
> = std::sync::LazyLock::new(|| {
    let mut map: std::collections::HashMap<char, Vec<(&'static str, usize)>> =
        std::collections::HashMap::new();
    for idiom in IDIOMS {
        for (k, c) in idiom.chars().enumerate() {
            if is_chinese_numeral_char(c) {
                map.entry(c).or_default().push((idiom, k));
            }
        }
    }
    map
});

const PAREN_OPEN: &[char] = &['(', '（'];
const PAREN_CLOSE: &[char] = &[')', '）'];

/// The extractor. Holds nothing but tables today; build it once and share it.
#[derive(Debug, Default)]
pub struct Extractor {
    _private: (),
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' | '\u{202a}'..='\u{202e}')
        || ('\u{300}'..='\u{36f}').contains(&c)
        // combining marks for symbols (the keycap of 2⃣) and variation selectors
        || ('\u{20d0}'..='\u{20ff}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
}

fn is_inline_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{3000}' | '\u{2009}' | '\u{202f}' | '\t'
    )
}

/// Whether the spaces between `a` and `b` are inside a quantity.
fn squeezable(a: char, b: char) -> bool {
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let numeral = |c: char| is_digit(c) || is_chinese_numeral_char(c);
    let han = crate::segment::is_han;
    let percent = |c: char| matches!(c, '%' | '％' | '‰');
    (numeral(a) && (han(b) || percent(b)) && !(digit(a) && numeral(b) && !han(b)))
        || (han(a) && digit(b))
        || (is_chinese_numeral_char(a) && is_chinese_numeral_char(b))
}

struct Text<'a> {
    s: &'a str,
    chars: Vec<char>,
    offs: Vec<usize>,
}

impl<'a> Text<'a> {
    /// The characters of `s` with their byte offsets — less the spaces
    /// that web copy and PDFs put inside a quantity (`12.5 亿美元`,
    /// `3 月 8 日`, `三千 二百 万`, `40 %`): a run of up to three spaces with
    /// a digit or a numeral on one side and a Chinese character, a numeral
    /// or a percent sign on the other is skipped, so the grammar reads the
    /// quantity whole while spans still index the original text. Spaces
    /// between two digits (`1 2`, phone numbers) or before a Latin word
    /// (`4090 GPU`, `3.1 405B`) stay.
    fn new(s: &'a str) -> Text<'a> {
        let mut chars = Vec::with_capacity(s.len() / 2);
        let mut offs = Vec::with_capacity(s.len() / 2 + 1);
        let mut it = s.char_indices();
        while let Some((o, c)) = it.next() {
            // invisible characters (zero-width spaces and joiners, a stray
            // BOM, soft hyphens, combining marks) are not part of what a
            // reader sees: 2\u{200b},048 is 2,048
            if is_invisible(c) {
                continue;
            }
            if is_inline_space(c) && !chars.is_empty() {
                let mut ahead = s[o..].chars();
                let run = ahead.by_ref().take_while(|&d| is_inline_space(d)).count();
                let next = s[o..].chars().nth(run);
                let prev = chars.last().copied();
                if run <= 3 && prev.zip(next).is_some_and(|(a, b)| squeezable(a, b)) {
                    // skip the rest of the run
                    if run > 1 {
                        it.nth(run - 2);
                    }
                    continue;
                }
            }
            // 廿, 卅, 卌 are twenty, thirty, forty: read as 二十, 三十, 四十,
            // both characters at the one's place in the text
            if let Some(tens) = match c {
                '廿' => Some('二'),
                '卅' => Some('三'),
                '卌' => Some('四'),
                _ => None,
            } {
                chars.extend([tens, '十']);
                offs.extend([o, o]);
                continue;
            }
            chars.push(c);
            offs.push(o);
        }
        offs.push(s.len());
        Text { s, chars, offs }
    }
    fn len(&self) -> usize {
        self.chars.len()
    }
    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }
    /// Does the text at char `i` start with `w`?
    fn starts(&self, i: usize, w: &str) -> bool {
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
    fn ends(&self, i: usize, w: &str) -> bool {
        if i == 0 || i > self.len() {
            return w.is_empty();
        }
        // up to the end of the character before `i` (not over squeezed spaces)
        let end = self.offs[i - 1] + self.chars[i - 1].len_utf8();
        let head = &self.s.as_bytes()[..end];
        let w = w.as_bytes();
        !w.is_empty() && head.last() == w.last() && head.ends_with(w) || w.is_empty()
    }
    fn nchars(w: &str) -> usize {
        w.chars().count()
    }
    /// Longest word of `words` at char `i`.
    fn word_at<T: Copy>(&self, i: usize, words: &[(&'static str, T)]) -> Option<(&'static str, T)> {
        let mut best: Option<(&'static str, T)> = None;
        for (w, t) in words {
            if self.starts(i, w) && best.is_none_or(|(b, _)| w.len() > b.len()) {
                best = Some((w, *t));
            }
        }
        best
    }
}

/// A unit word after 个/個: `个百分点`, `个GPU小时`, `个H800 GPU小时` (a model
/// name may stand between). Returns the end of the unit, the unit and kind.
fn unit_after_ge(t: &Text, k: usize) -> Option<(usize, &'static str, Kind)> {
    if !(t.starts(k, "个") || t.starts(k, "個")) {
        return None;
    }
    let counted = |u: &str| !matches!(u, "people" | "entity" | "type" | "CNY" | "year" | "times");
    if let Some((w, u, kd)) = unit_word_at(t, k + 1).filter(|(_, u, _)| counted(u)) {
        return Some((k + 1 + Text::nchars(w), u, kd));
    }
    let mut j = k + 1;
    while j < t.len()
        && j < k + 14
        && (is_ascii_alnum(t.chars[j]) || matches!(t.chars[j], '-' | ' '))
    {
        j += 1;
    }
    if j == k + 1 {
        return None;
    }
    (k + 2..=j)
        .filter(|&p| {
            t.chars[p - 1] == ' '
                || !t.chars[p - 1].is_ascii_alphanumeric()
                || t.chars.get(p).is_some_and(|c| c.is_ascii_uppercase())
        })
        .find_map(|p| {
            unit_word_at(t, p)
                .filter(|(_, u, _)| *u == "GPU_hour")
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

/// GPU-hours with the chip named first: `3,080万H100 GPU小时`.
fn gpu_hours_after_name(t: &Text, k: usize) -> Option<(usize, &'static str, Kind)> {
    if !t.at(k).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut j = k;
    while j < t.len()
        && j < k + 14
        && (is_ascii_alnum(t.chars[j]) || matches!(t.chars[j], '-' | ' '))
    {
        j += 1;
    }
    (k + 1..=j)
        .filter(|&p| {
            t.chars[p - 1] == ' ' || t.chars.get(p).is_some_and(|c| c.is_ascii_uppercase())
        })
        .find_map(|p| {
            unit_word_at(t, p)
                .filter(|(_, u, _)| *u == "GPU_hour")
                .map(|(w, u, kd)| (p + Text::nchars(w), u, kd))
        })
}

/// The longest unit word at char `k`.
fn unit_word_at(t: &Text, k: usize) -> Option<(&'static str, &'static str, Kind)> {
    let mut best: Option<(&'static str, &'static str, Kind)> = None;
    for (w, u, kd) in UNIT_WORDS {
        if t.starts(k, w) && best.is_none_or(|(b, _, _)| w.len() > b.len()) {
            best = Some((w, u, *kd));
        }
    }
    best
}

fn is_ascii_alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_digit(c: char) -> bool {
    arabic_digit(c).is_some()
}

/// Currency symbols and codes written before the number.
const PREFIX_CURRENCIES: &[(&str, &str)] = &[
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

/// A numeral with the span it covers (chars).
#[derive(Clone, Debug)]
struct Num {
    value: Decimal,
    precision: Decimal,
    end: usize,
    info: Option<Numeral>,
}

impl Extractor {
    /// Build an extractor.
    pub fn new() -> Extractor {
        Extractor { _private: () }
    }

    /// Find every numeric mention in `text`. `as_of` completes partial and
    /// relative dates (`1月26日`, `去年`).
    pub fn extract(&self, text: &str, as_of: Option<Date>) -> Vec<Mention> {
        let t = Text::new(text);
        let skip = skip_mask(&t);
        let mut out = Vec::new();
        let mut i = 0;
        let n = t.len();
        while i < n {
            if skip[i] {
                i += 1;
                continue;
            }
            let c = t.chars[i];
            let starts_number = is_digit(c)
                || is_chinese_numeral_char(c)
                || c == '几'
                || c == '幾'
                || c == '数'
                || c == '數'
                || c == '上'
                || c == '成'
                || c == '翻'
                || c == '减'
                || c == '減'
                || c == '去'
                || c == '今'
                || c == '前'
                || c == '明'
                || c == '本'
                || c == '下'
                || c == '这'
                || c == '這'
                || c == '第'
                || c == '半';
            if !starts_number {
                i += 1;
                continue;
            }
            match self.mention_at(&t, i, as_of) {
                Some((m, next)) => {
                    if let Some(mut m) = m {
                        // a hedge read backwards must not reach into the previous mention
                        let last_end = out.last().map_or(0, |p: &Mention| p.end);
                        if m.start < last_end {
                            m.start = last_end;
                        }
                        if m.start < m.end {
                            out.push(m);
                        }
                    }
                    i = next.max(i + 1);
                }
                None => i += 1,
            }
        }
        carry_units(&t, &mut out);
        mixed_fractions(text, &mut out);
        periods::add(text, as_of, &mut out);
        // a bare number read into a claim after all (the 2 of 2 1/4) goes
        let claims: Vec<(usize, usize)> = out
            .iter()
            .filter(|m| m.role == Role::Claim)
            .map(|m| (m.start, m.end))
            .collect();
        out.retain(|m| {
            m.role == Role::Claim || !claims.iter().any(|&(a, b)| m.start < b && a < m.end)
        });
        // a span never ends on the spaces squeezed out before its next word
        for m in &mut out {
            m.end = m.start + text[m.start..m.end].trim_end().len();
            mega_before_si_unit(text, m);
        }
        out
    }

    /// Try to read a mention at char `i`. `None`: nothing here. `Some((None, j))`:
    /// not a mention, skip to `j`. `Some((Some(m), j))`: a mention ending at `j`.
    fn mention_at(
        &self,
        t: &Text,
        i: usize,
        as_of: Option<Date>,
    ) -> Option<(Option<Mention>, usize)> {
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
        // Digits glued to a name: H800, GPT-4o, DeepSeek-V3, Llama 3.1-405B.
        if is_digit(c) {
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
        let first = match read_num(t, i) {
            Ok(Some(num)) => num,
            Ok(None) => return None,
            Err(_) => {
                let mut j = i;
                while j < t.len()
                    && (is_digit(t.chars[j])
                        || is_chinese_numeral_char(t.chars[j])
                        || matches!(t.chars[j], ',' | '.' | '，'))
                {
                    j += 1;
                }
                let mut m = Mention::new(t.offs[i], t.offs[j], Kind::Quantity);
                m.error = Some("number too large to represent exactly".to_string());
                return Some((Some(m), j));
            }
        };
        quantity(t, i, first)
    }
}

// ---------------------------------------------------------------------------
// skipping: URLs, emails, list markers

fn skip_mask(t: &Text) -> Vec<bool> {
    let n = t.len();
    let mut mask = vec![false; n];
    let mut i = 0;
    while i < n {
        let url_start = t.starts(i, "http://")
            || t.starts(i, "https://")
            || t.starts(i, "HTTP://")
            || t.starts(i, "HTTPS://")
            || (t.starts(i, "www.") && (i == 0 || !is_ascii_alnum(t.chars[i - 1])));
        if url_start {
            let mut j = i;
            while j < n
                && !t.chars[j].is_whitespace()
                && t.chars[j].is_ascii()
                && !matches!(t.chars[j], ')' | '"' | '\'' | '>')
            {
                j += 1;
            }
            for m in mask.iter_mut().take(j).skip(i) {
                *m = true;
            }
            i = j;
            continue;
        }
        if t.chars[i] == '@' && i > 0 && is_ascii_alnum(t.chars[i - 1]) {
            // email: mark the ASCII word around the @
            let mut a = i;
            while a > 0
                && (is_ascii_alnum(t.chars[a - 1])
                    || matches!(t.chars[a - 1], '.' | '_' | '-' | '+'))
            {
                a -= 1;
            }
            let mut b = i + 1;
            while b < n && (is_ascii_alnum(t.chars[b]) || matches!(t.chars[b], '.' | '_' | '-')) {
                b += 1;
            }
            for m in mask.iter_mut().take(b).skip(a) {
                *m = true;
            }
            i = b;
            continue;
        }
        i += 1;
    }
    // list markers at the start of a line: "1." "2、" "(3)" "一、" "（二）"
    let mut line_start = true;
    let mut k = 0;
    while k < n {
        let c = t.chars[k];
        if c == '\n' {
            line_start = true;
            k += 1;
            continue;
        }
        if line_start {
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            line_start = false;
            let mut j = k;
            let open = PAREN_OPEN.contains(&t.chars[j]);
            if open {
                j += 1;
            }
            let ds = j;
            while j < n
                && j - ds < 3
                && (is_digit(t.chars[j])
                    || chinese_digit(t.chars[j]).is_some()
                    || t.chars[j] == '十')
            {
                j += 1;
            }
            if j > ds && j < n {
                let close = t.chars[j];
                let marker = if open {
                    PAREN_CLOSE.contains(&close)
                } else {
                    close == '、'
                        || (close == '.' && !t.at(j + 1).is_some_and(is_digit))
                        || close == '．' && !t.at(j + 1).is_some_and(is_digit)
                };
                if marker {
                    for m in mask.iter_mut().take(j + 1).skip(k) {
                        *m = true;
                    }
                    k = j + 1;
                    continue;
                }
            }
        }
        k += 1;
    }
    mask
}

/// Digits that are part of a name or code (H800, GPT-4o, V3, Llama 3.1-405B,
/// COVID-19, iPhone 16). Returns the end of the run to skip.
fn name_digits(t: &Text, i: usize) -> Option<usize> {
    let n = t.len();
    let prev = if i > 0 { t.chars[i - 1] } else { ' ' };
    let run_end = |mut j: usize| {
        while j < n {
            let c = t.chars[j];
            if is_ascii_alnum(c)
                || ((c == '.' || c == '-' || c == '_')
                    && j + 1 < n
                    && is_ascii_alnum(t.chars[j + 1]))
            {
                j += 1;
            } else {
                break;
            }
        }
        j
    };
    // currency codes before the number are not names
    let after_code = |k: usize| {
        PREFIX_CURRENCIES.iter().any(|(w, _)| {
            w.is_ascii()
                && t.ends(k, w)
                && (t.ends(k, w)
                    && k >= w.len()
                    && (k == w.len() || !t.chars[k - w.len() - 1].is_ascii_alphabetic()))
        })
    };
    if prev.is_ascii_alphabetic() {
        if after_code(i) {
            return None;
        }
        return Some(run_end(i));
    }
    if prev.is_ascii_digit() {
        return Some(run_end(i));
    }
    if matches!(prev, '-' | '_' | '.') && i >= 2 && is_ascii_alnum(t.chars[i - 2]) {
        return Some(run_end(i));
    }
    // the ASCII words before, through spaces: "Llama 3.1 405B", "Claude 3.5 Sonnet"
    let ascii_name_before = i > 0 && prev == ' ' && {
        let mut k = i - 1;
        let mut letters = false;
        while k > 0 && i - k < 40 {
            let c = t.chars[k - 1];
            if c.is_ascii_alphabetic() {
                letters = true;
            } else if !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '_')) {
                break;
            }
            k -= 1;
        }
        letters
    };
    if ascii_name_before && !after_code(i - 1) {
        // "Llama 3.1", "Claude 3.5 Sonnet", "RTX 4090": a name unless a
        // Chinese unit follows directly ("GPU 2048颗").
        let j = run_end(i);
        let word_has_letters = t.chars[i..j].iter().any(|c| c.is_ascii_alphabetic());
        let next = t.at(j);
        let unit_follows = next.is_some_and(|c| {
            !c.is_ascii()
                && (UNIT_WORDS.iter().any(|(w, _, _)| t.starts(j, w))
                    || CLASSIFIERS.iter().any(|w| t.starts(j, w))
                    || numeral::big_unit(c).is_some()
                    || c == '年'
                    || c == '月')
        });
        if word_has_letters || !unit_follows {
            return Some(j);
        }
        return None;
    }
    // stock codes: 0700.HK, 600519.SH
    {
        let mut j = i;
        while j < n && t.chars[j].is_ascii_digit() {
            j += 1;
        }
        if t.at(j) == Some('.') && t.at(j + 1).is_some_and(|c| c.is_ascii_uppercase()) {
            let mut k = j + 1;
            while k < n && t.chars[k].is_ascii_alphabetic() {
                k += 1;
            }
            return Some(k);
        }
    }
    // digits followed by letters that are not a unit suffix: 4o, 5G, 4090Ti
    let mut j = i;
    while j < n
        && (is_digit(t.chars[j])
            || ((t.chars[j] == '.' || t.chars[j] == ',') && t.at(j + 1).is_some_and(is_digit)))
    {
        j += 1;
    }
    if j < n && t.chars[j].is_ascii_alphabetic() {
        let mut k = j;
        while k < n && t.chars[k].is_ascii_alphabetic() {
            k += 1;
        }
        let word: String = t.chars[j..k].iter().collect();
        let is_suffix = matches!(
            word.as_str(),
            "K" | "k"
                | "M"
                | "B"
                | "bn"
                | "T"
                | "GB"
                | "MB"
                | "TB"
                | "KB"
                | "W"
                | "kW"
                | "MW"
                | "GW"
                | "x"
                | "X"
                | "GPU"
                | "GPUs"
                | "TFLOPS"
                | "FLOPs"
                | "FLOP"
                | "tokens"
                | "token"
                | "Token"
        ) || word.starts_with("GPU");
        let followed_by_alnum = k < n
            && (is_digit(t.chars[k])
                || t.chars[k] == '-' && t.at(k + 1).is_some_and(is_ascii_alnum));
        if !is_suffix || followed_by_alnum {
            return Some(run_end(i));
        }
    }
    None
}

/// Clock times (11:19:47), phone numbers (400-123-4567, 13812345678) and
/// digits after 第 (ordinals). Returns the end of the run to skip.
fn non_quantity_digits(t: &Text, i: usize) -> Option<usize> {
    let n = t.len();
    let mut j = i;
    while j < n && is_digit(t.chars[j]) {
        j += 1;
    }
    let len = j - i;
    // a telephone country code: +86, +852
    if i > 0
        && matches!(t.chars[i - 1], '+' | '＋')
        && (2..=3).contains(&len)
        && !t
            .at(j)
            .is_some_and(|c| c == '%' || c == '％' || c == '.' || unit_word_at(t, j).is_some())
    {
        return Some(j);
    }
    // clock time hh:mm(:ss)
    if (1..=2).contains(&len)
        && j + 2 < n
        && matches!(t.chars[j], ':' | '：')
        && is_digit(t.chars[j + 1])
        && is_digit(t.chars[j + 2])
    {
        let mut k = j + 3;
        if k + 2 < n + 1
            && k < n
            && matches!(t.chars[k], ':' | '：')
            && t.at(k + 1).is_some_and(is_digit)
            && t.at(k + 2).is_some_and(is_digit)
        {
            k += 3;
        }
        return Some(k);
    }
    // phone numbers: 3-4 digits - 3-4 digits (- 4 digits), or 11 digits starting with 1
    if (3..=4).contains(&len) && t.at(j) == Some('-') {
        let mut k = j + 1;
        let s = k;
        while k < n && is_digit(t.chars[k]) {
            k += 1;
        }
        if (3..=8).contains(&(k - s)) && !(len == 4 && k - s <= 2) {
            let mut e = k;
            if t.at(e) == Some('-') {
                let s2 = e + 1;
                let mut k2 = s2;
                while k2 < n && is_digit(t.chars[k2]) {
                    k2 += 1;
                }
                if (3..=4).contains(&(k2 - s2)) {
                    e = k2;
                }
            }
            // 4-digit-dash-2-digit is a date (2025-02), handled elsewhere;
            // 100-200亿元 is a range
            let unit_after = t.at(e).is_some_and(|c| {
                numeral::big_unit(c).is_some()
                    || numeral::small_unit(c).is_some()
                    || c == '%'
                    || c == '％'
            }) || unit_word_at(t, e).is_some();
            let is_date = len == 4 && (1..=2).contains(&(k - s));
            if !is_date && !unit_after {
                return Some(e);
            }
        }
    }
    if len >= 11
        && t.chars[i] == '1'
        && !t.at(j).is_some_and(|c| {
            UNIT_WORDS.iter().any(|(w, _, _)| t.starts(j, w)) || numeral::big_unit(c).is_some()
        })
    {
        return Some(j);
    }
    // ordinals: 第3, 第 3
    if i > 0
        && (t.chars[i - 1] == '第' || (t.chars[i - 1] == ' ' && i > 1 && t.chars[i - 2] == '第'))
        && !t.starts(j, "季")
    {
        let mut k = j;
        while k < n && (is_digit(t.chars[k]) || is_chinese_numeral_char(t.chars[k])) {
            k += 1;
        }
        return Some(k);
    }
    None
}

/// Whether a Chinese numeral starting at `i` can be a quantity (not an
/// idiom, an ordinal or a weekday).
fn chinese_numeral_allowed(t: &Text, i: usize) -> bool {
    let prev = if i > 0 { t.chars[i - 1] } else { ' ' };
    if prev == '第' || prev == '初' {
        return false;
    }
    if matches!(prev, '周' | '週' | '礼' | '禮')
        || t.ends(i, "星期")
        || t.ends(i, "礼拜")
        || t.ends(i, "禮拜")
    {
        // 周一, 星期三 (but 两周 is fine: that has the numeral first)
        return false;
    }
    // idioms containing the numeral at this position
    if let Some(list) = IDIOM_INDEX.get(&t.chars[i]) {
        for &(idiom, k) in list {
            if i < k {
                continue;
            }
            let s = i - k;
            if t.starts(s, idiom) {
                // 十分之一 is a fraction, not the idiom 十分 (very)
                if idiom == "十分" && t.starts(s, "十分之") {
                    continue;
                }
                if idiom == "一番" && (t.ends(s, "翻") || t.ends(s, "翻了")) {
                    continue;
                }
                return false;
            }
        }
    }
    true
}

fn read_num(t: &Text, i: usize) -> Result<Option<Num>, NumeralError> {
    let Some(num) = read_numeral(&t.chars, i)? else {
        return Ok(None);
    };
    let mut value = num.value;
    let mut precision = num.precision;
    let mut end = num.end;
    // scientific notation as news writes it: 3.14×10^23, 3.14×10²³, 2.15e25
    if num.arabic && !num.has_unit {
        let k = end;
        let mut exp_start = None;
        for sep in ["×10^", "x10^", "X10^", "*10^", "×10", " × 10^", "×１０^"] {
            if t.starts(k, sep) {
                exp_start = Some(k + Text::nchars(sep));
                break;
            }
        }
        // `1.2e3` is not news style: it is left alone (not read)
        if let Some(es) = exp_start {
            let sup = |c: char| "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|x| x == c).map(|d| d as i64);
            let mut e = es;
            let mut neg = false;
            if matches!(t.at(e), Some('-' | '⁻')) {
                neg = true;
                e += 1;
            } else if matches!(t.at(e), Some('+')) {
                e += 1;
            }
            let mut exp: i64 = 0;
            let ds = e;
            while let Some(d) = t
                .at(e)
                .and_then(|c| arabic_digit(c).map(|d| d as i64).or_else(|| sup(c)))
            {
                exp = exp * 10 + d;
                e += 1;
                if e - ds > 2 {
                    break;
                }
            }
            if e > ds && exp <= 28 {
                let f = Decimal::from_i128_with_scale(10i128.pow(exp as u32), 0);
                let (nv, np) = if neg {
                    (value.checked_div(f), precision.checked_div(f))
                } else {
                    (value.checked_mul(f), precision.checked_mul(f))
                };
                value = nv.ok_or(NumeralError::Overflow)?;
                precision = np.ok_or(NumeralError::Overflow)?;
                end = e;
                return Ok(Some(Num {
                    value,
                    precision,
                    end,
                    info: Some(Numeral { end, ..num }),
                }));
            } else if e > ds {
                return Err(NumeralError::Overflow);
            }
        }
    }
    // English-style suffixes: 671B, 2.788M, 5K (not 5G, 4o: those are names)
    if num.arabic && !num.has_unit && end < t.len() {
        let mult: Option<(&str, i32)> = if t.starts(end, "bn") {
            Some(("bn", 9))
        } else {
            match t.chars[end] {
                'K' | 'k' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => {
                    Some(("K", 3))
                }
                'M' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(("M", 6)),
                'B' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(("B", 9)),
                'T' if !t.at(end + 1).is_some_and(|c| c.is_ascii_alphabetic()) => Some(("T", 12)),
                _ => None,
            }
        };
        if let Some((w, e)) = mult {
            let f = Decimal::from_i128_with_scale(10i128.pow(e as u32), 0);
            value = value.checked_mul(f).ok_or(NumeralError::Overflow)?;
            precision = precision.checked_mul(f).ok_or(NumeralError::Overflow)?;
            end += w.len();
        }
    }
    Ok(Some(Num {
        value,
        precision,
        end,
        info: Some(num),
    }))
}

// ---------------------------------------------------------------------------
// quantities

fn quantity(t: &Text, i: usize, first: Num) -> Option<(Option<Mention>, usize)> {
    let n = t.len();
    let info = first.info.clone().expect("read_num sets info");
    let mut j = first.end;

    // the denominator of a rate (每百万token, 每1000人) is not a quantity
    if t.ends(i, "每") {
        let mut j = first.end;
        while j < n
            && (numeral::big_unit(t.chars[j]).is_some()
                || numeral::small_unit(t.chars[j]).is_some())
        {
            j += 1;
        }
        return Some((None, j));
    }
    // Lone Chinese digits: 一 is usually the article "a"; others need a unit.
    let mut low = first.value;
    let mut high = first.value;
    let mut qualifier = Qualifier::Exact;
    let mut precision = first.precision;
    let mut is_range = false;

    // pair ranges: 两三个, 三五天, 七八成
    if info.lone_digit && j < n {
        if let Some(d2) = chinese_digit(t.chars[j]) {
            let d1 = first.value;
            let d2 = Decimal::from(d2);
            if d2 > d1
                && (d2 - d1 == Decimal::ONE || (d1 == Decimal::from(3) && d2 == Decimal::from(5)))
            {
                low = d1;
                high = d2;
                is_range = true;
                qualifier = Qualifier::Approx;
                j += 1;
                // 两三万, 七八十
                if let Some(u) = t.at(j).and_then(|c| {
                    numeral::small_unit(c).map(Decimal::from).or_else(|| {
                        numeral::big_unit(c)
                            .map(|e| Decimal::from_i128_with_scale(10i128.pow(e), 0))
                    })
                }) {
                    low = low.checked_mul(u)?;
                    high = high.checked_mul(u)?;
                    precision = u;
                    j += 1;
                    if let Some(e) = t.at(j).and_then(numeral::big_unit) {
                        let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
                        low = low.checked_mul(f)?;
                        high = high.checked_mul(f)?;
                        precision = precision.checked_mul(f)?;
                        j += 1;
                    }
                }
            }
        }
    }

    // Ranges: 5至10万, 5-10亿美元, 90至100天, 三到五成 — but 从1750亿到1万亿 is
    // two values, a start and an end
    let from_to = t.ends(i, "从") || t.ends(i, "從") || t.ends(i, "由");
    if !is_range && !from_to {
        if let Some((second, after)) = range_second(t, j) {
            let mut scale_tail = scale_after(t, after);
            // 5至10万: the second end's own scale applies to a bare first end
            let sec_info = second.info.clone();
            if scale_tail.is_none()
                && !info.has_unit
                && sec_info.as_ref().is_some_and(|x| x.has_unit)
            {
                let mut f = Decimal::ONE;
                let mut k = after;
                while k > 0 && numeral::big_unit(t.chars[k - 1]).is_some() {
                    f = f.checked_mul(Decimal::from_i128_with_scale(
                        10i128.pow(numeral::big_unit(t.chars[k - 1]).unwrap_or(0)),
                        0,
                    ))?;
                    k -= 1;
                }
                if f > Decimal::ONE {
                    let a = first.value.checked_mul(f)?;
                    if a < second.value {
                        low = a;
                        high = second.value;
                        precision = first.precision.checked_mul(f)?.min(second.precision);
                        is_range = true;
                        qualifier = Qualifier::Range;
                        j = after;
                    }
                }
            }
            if is_range {
                scale_tail = None;
            }
            let mut a = first.value;
            let mut b = second.value;
            let mut p = first.precision.min(second.precision);
            let mut end = after;
            if let Some((f, e)) = scale_tail {
                // the scale applies to both ends unless the first had its own
                if !first
                    .info
                    .as_ref()
                    .is_some_and(|x| x.has_unit && t.chars[first.end - 1] != '十')
                {
                    a = a.checked_mul(f)?;
                }
                b = b.checked_mul(f)?;
                p = p.checked_mul(f)?;
                end = e;
            }
            if !is_range && b > a {
                low = a;
                high = b;
                precision = p;
                is_range = true;
                qualifier = Qualifier::Range;
                j = end;
            }
        }
    }

    // Vague tails: 3万多, 10余万, 三十几万, 10多亿
    let mut vague_tail = false;
    if !is_range && j < n && matches!(t.chars[j], '多' | '余' | '餘' | '几' | '幾' | '来' | '來')
    {
        let marker = t.chars[j];
        let next = t.at(j + 1);
        let next_big = next.and_then(numeral::big_unit);
        let next_small = next.and_then(numeral::small_unit);
        // place value of the last significant digit written
        let place = first.precision;
        let ok_marker = marker != '来' && marker != '來' || next_big.is_some();
        // 多 directly followed by a noun (多家, 多名) still means "more than"
        if ok_marker {
            let mut lo = first.value;
            let mut hi = first.value.checked_add(place)?;
            let mut end = j + 1;
            if let Some(e) = next_big {
                let f = Decimal::from_i128_with_scale(10i128.pow(e), 0);
                lo = lo.checked_mul(f)?;
                hi = hi.checked_mul(f)?;
                precision = place.checked_mul(f)?;
                end += 1;
                if let Some(e2) = t.at(end).and_then(numeral::big_unit) {
                    let f2 = Decimal::from_i128_with_scale(10i128.pow(e2), 0);
                    lo = lo.checked_mul(f2)?;
                    hi = hi.checked_mul(f2)?;
                    precision = precision.checked_mul(f2)?;
                    end += 1;
                }
            } else if let Some(u) = next_small {
                // 三十多万 is handled above; 1千多 → rare
                let u = Decimal::from(u);
                lo = lo.checked_mul(u)?;
                hi = hi.checked_mul(u)?;
                precision = place.checked_mul(u)?;
                end += 1;
            } else {
                // 3万多: 多 fills the place below the last unit
                precision = place;
            }
            low = lo;
            high = hi;
            qualifier = if matches!(marker, '几' | '幾') {
                Qualifier::Vague
            } else {
                Qualifier::AtLeast
            };
            vague_tail = true;
            j = end;
        }
    }

    // Chinese fractions: 十分之一, 三分之二
    if !is_range && !vague_tail && t.starts(j, "分之") {
        // after 分之 a lone financial digit is a digit (七分之贰)
        let lone = t
            .at(j + 2)
            .filter(|&c| numeral::is_ambiguous_financial(c))
            .and_then(numeral::chinese_digit)
            .map(|d| Num {
                value: Decimal::from(d),
                precision: Decimal::ONE,
                end: j + 3,
                info: None,
            });
        if let Some(num2) = read_num(t, j + 2).ok().flatten().or(lone) {
            let den = first.value;
            if !den.is_zero() {
                let v = num2.value.checked_div(den)?;
                let (unit, kind, value) = if den == Decimal::from(100) {
                    (Some("%"), Kind::Percent, num2.value)
                } else if den == Decimal::from(1000) {
                    (Some("‰"), Kind::Percent, num2.value)
                } else {
                    (None, Kind::Fraction, v)
                };
                let mut m = Mention::new(t.offs[i], t.offs[num2.end], kind);
                m.value = Some(value);
                m.unit = unit;
                m.precision = Some(if kind == Kind::Fraction {
                    Decimal::new(1, 4).min(v.abs())
                } else {
                    num2.precision
                });
                let j2 = num2.end;
                return Some(finish(t, i, j2, m));
            }
        }
        return Some((None, j + 2));
    }

    // Arabic fractions 1/3 (not dates)
    if !is_range
        && !vague_tail
        && info.arabic
        && !info.has_unit
        && t.at(j) == Some('/')
        && t.at(j + 1).is_some_and(is_digit)
    {
        if let Ok(Some(den)) = read_num(t, j + 1) {
            if !den.value.is_zero()
                && den.value <= Decimal::from(1000)
                && t.at(den.end) != Some('/')
            {
                let v = first.value.checked_div(den.value)?;
                let mut m = Mention::new(t.offs[i], t.offs[den.end], Kind::Fraction);
                m.value = Some(v);
                m.precision = Some(Decimal::new(1, 4));
                return Some(finish(t, i, den.end, m));
            }
        }
        return Some((None, j + 1));
    }

    // 成: 4成 = 40%, 七成五 = 75%, 三到五成
    if t.at(j) == Some('成')
        && !matches!(
            t.at(j + 1),
            Some(
                '为' | '為'
                    | '立'
                    | '功'
                    | '长'
                    | '長'
                    | '果'
                    | '本'
                    | '绩'
                    | '績'
                    | '员'
                    | '員'
                    | '交'
                    | '熟'
                    | '年'
                    | '品'
                    | '就'
                    | '分'
                    | '型'
                    | '效'
            )
        )
        && high <= Decimal::TEN
    {
        let mut end = j + 1;
        let ten = Decimal::TEN;
        let mut lo = low.checked_mul(ten)?;
        let mut hi = high.checked_mul(ten)?;
        let mut p = precision.checked_mul(ten)?;
        if !is_range {
            if let Some(d) = t
                .at(end)
                .and_then(|c| chinese_digit(c).or_else(|| arabic_digit(c)))
            {
                if !t
                    .at(end + 1)
                    .is_some_and(|c| is_digit(c) || is_chinese_numeral_char(c))
                {
                    lo = lo.checked_add(Decimal::from(d))?;
                    hi = lo;
                    p = Decimal::ONE;
                    end += 1;
                }
            }
        }
        let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Percent);
        m.unit = Some("%");
        set_interval(&mut m, lo, hi, qualifier, is_range);
        m.precision = Some(p);
        return Some(finish(t, i, end, m));
    }

    // Units
    let mut kind = Kind::Quantity;
    let mut unit: Option<&'static str> = None;
    let mut classifier: Option<&'static str> = None;
    let mut end = j;
    let mut k = j;
    if t.at(k) == Some(' ')
        && t.at(k + 1)
            .is_some_and(|c| !c.is_ascii() || c.is_ascii_alphabetic())
    {
        k += 1; // "2,048 颗", "2.788M GPU hours"
    }
    // scale words after a vague or range numeral were handled; a bare scale after English
    // suffix is not possible. Now the unit:
    if let Some((w, u, kd)) = unit_word_at(t, k) {
        let ok = match w {
            // 年 after a number below 1000 is a duration; years are dates (handled before)
            "年" => !t.starts(k + 1, "级") && !t.starts(k + 1, "級") && !t.starts(k + 1, "代"),
            "周" | "週" => !t.starts(k + 1, "年"),
            "人" => !t.starts(k + 1, "民") && !t.starts(k + 1, "工"),
            "名" => !matches!(
                t.at(k + 1),
                Some('单' | '單' | '字' | '称' | '稱' | '义' | '義')
            ),
            "元" => !matches!(
                t.at(k + 1),
                Some('素' | '宇' | '件' | '年' | '首' | '旦' | '老' | '气' | '氣')
            ),
            "位" => !matches!(t.at(k + 1), Some('置' | '于' | '於' | '数' | '數')),
            "家" => !matches!(
                t.at(k + 1),
                Some('庭' | '里' | '裡' | '人' | '长' | '長' | '乡' | '鄉' | '具' | '电' | '電')
            ),
            "天" => !matches!(
                t.at(k + 1),
                Some('然' | '下' | '气' | '氣' | '使' | '才' | '空')
            ),
            "秒" => true,
            "W" => !t.at(k + 1).is_some_and(|c| c.is_ascii_alphabetic()),
            "GB" | "TB" | "MB" | "KB" | "GB/s" | "TB/s" | "TFLOPS" | "FLOPs" | "FLOP" | "token"
            | "tokens" | "Token" => !t
                .at(k + Text::nchars(w))
                .is_some_and(|c| c.is_ascii_alphabetic()),
            _ => true,
        };
        if ok {
            unit = Some(u);
            kind = kd;
            end = k + Text::nchars(w);
            // 3个多月: more than three months, less than four
            if w.contains('多') && !is_range && !vague_tail {
                low = first.value;
                high = first.value.checked_add(Decimal::ONE)?;
                qualifier = Qualifier::AtLeast;
                vague_tail = true;
            }
            if u == "people" || u == "entity" || u == "type" {
                classifier = Some(match w {
                    "名" => "名",
                    "人" => "人",
                    "位" => "位",
                    "家" => "家",
                    _ => "种",
                });
            }
        }
    } else if let Some((unit_end, u, kd)) =
        unit_after_ge(t, k).or_else(|| gpu_hours_after_name(t, k))
    {
        // 278.8万个GPU小时, 3个百分点 (个 before a unit word)
        unit = Some(u);
        kind = kd;
        end = unit_end;
    } else if let Some(w) = CLASSIFIERS
        .iter()
        .find(|w| t.starts(k, w) && numeral::big_unit(w.chars().next().unwrap_or(' ')).is_none())
    {
        classifier = Some(w);
        end = k + Text::nchars(w);
        kind = Kind::Count;
        // what is counted
        if matches!(*w, "颗" | "顆" | "块" | "塊" | "张" | "張" | "片" | "枚")
            && near_gpu(t, i, end)
        {
            unit = Some("GPU");
        } else if matches!(*w, "次")
            && sentence_has(t, i, &["下载", "下載", "安装", "安裝", "download"])
        {
            unit = Some("download");
        } else if matches!(*w, "块" | "塊") {
            unit = Some("CNY");
            kind = Kind::Money;
            classifier = None;
        } else if *w == "次" {
            unit = Some("times");
        } else if (*w == "个" || *w == "個") && (t.starts(end, "token") || t.starts(end, "Token"))
        {
            unit = Some("token");
            kind = Kind::Quantity;
            end += if t.starts(end, "tokens") { 6 } else { 5 };
        }
        // "个" followed by a GPU word: 2048个GPU
        if unit.is_none()
            && (*w == "个" || *w == "個")
            && GPU_WORDS.iter().any(|g| t.starts(end, g))
        {
            unit = Some("GPU");
        }
    } else if GPU_WORDS.iter().any(|g| *g == "GPU" && t.starts(k, g)) {
        unit = Some("GPU");
        kind = Kind::Count;
        end = k + 3;
        if t.starts(end, "s") {
            end += 1;
        }
    }

    // a range with the unit on both ends: 3%至5%, 2%~3%, 4.5%-5%, 5万至10万人
    if !is_range && !vague_tail && unit.is_some() {
        if let Some((second, after)) = range_second(t, end) {
            if let Some((w2, u2, _)) = unit_word_at(t, after) {
                if Some(u2) == unit && second.value > low {
                    high = second.value;
                    precision = precision.min(second.precision);
                    is_range = true;
                    qualifier = Qualifier::Range;
                    end = after + Text::nchars(w2);
                }
            }
        }
    }
    // prefix currency: US$5亿, ¥100, HK$ 3, 美元5亿
    let mut start = i;
    let mut negative = false;
    if let Some((cs, cu)) = prefix_currency(t, i) {
        if unit.is_none() || unit.is_some_and(units::is_currency) {
            // 港币120亿元: the currency named first wins over the generic 元
            unit = Some(match unit {
                Some("CNY") if cu != "CNY" => cu,
                Some(u) => u,
                None => cu,
            });
            kind = Kind::Money;
            start = cs;
        }
    }
    if start == i && i > 0 {
        let p = t.chars[i - 1];
        if (p == '-' || p == '−' || p == '－') && (i < 2 || !is_ascii_alnum(t.chars[i - 2])) {
            negative = true;
            start = i - 1;
        } else if p == '+' || p == '＋' {
            start = i - 1;
        } else if p == '负' || p == '負' {
            negative = true;
            start = i - 1;
        }
    }

    // an age that defines a group (65岁及以上人口) is not a claim
    if matches!(classifier, Some("岁" | "歲"))
        && [
            "及以上",
            "以上",
            "及以下",
            "以下",
            "至",
            "到",
            "-",
            "～",
            "~",
            "及",
        ]
        .iter()
        .any(|w| t.starts(end, w))
    {
        return Some((None, end));
    }
    // A lone Chinese digit needs a unit or measure word; a lone 一 needs a
    // strong unit (一家 is "a company", 一倍 is "one times").
    if info.lone_digit && !is_range && !vague_tail {
        // 这两个金额, 那三家: a reference, not a count
        if i > 0
            && matches!(
                t.chars[i - 1],
                '这' | '這'
                    | '那'
                    | '此'
                    | '该'
                    | '該'
                    | '前'
                    | '后'
                    | '後'
                    | '头'
                    | '頭'
                    | '其'
                    | '余'
                    | '餘'
            )
        {
            return Some((None, first.end));
        }
        let strong = matches!(
            kind,
            Kind::Money | Kind::Percent | Kind::Multiple | Kind::Duration
        );
        if first.value == Decimal::ONE && !strong {
            return Some((None, first.end));
        }
        if unit.is_none() && classifier.is_none() {
            return Some((None, first.end));
        }
    }
    // a Chinese numeral read digit by digit before 年 is a short year (二四年
    // is '24, 九七年 is '97), never a number of years (that is 二十四年)
    if !info.arabic && info.digit_sequence && unit == Some("year") {
        return Some((None, first.end));
    }
    // Chinese numerals such as 十 or 百 alone, or a digit sequence, need a
    // unit to be a claim: without one they are bare numbers (二点五, 一百五十)
    // or codes (一二三)
    let big_scale = t.chars[i..first.end]
        .iter()
        .any(|c| matches!(c, '万' | '萬' | '亿' | '億' | '兆'));
    if !info.arabic
        && !is_range
        && !vague_tail
        && unit.is_none()
        && classifier.is_none()
        && (info.digit_sequence
            || info.atoms <= 1
            || (first.value < Decimal::from(100) && !info.has_unit)
            || (!big_scale && kind == Kind::Quantity))
    {
        // a scale character alone (百度, 千问, 百花齐放) is a word, not a number
        if info.atoms <= 1
            && !t.chars[i..first.end]
                .iter()
                .any(|&c| numeral::chinese_digit(c).is_some())
        {
            return Some((None, first.end));
        }
        let role = if info.digit_sequence {
            Role::Code
        } else {
            Role::Bare
        };
        return Some((Some(bare(t, i, &first, role)), first.end));
    }

    if unit.is_none() && classifier.is_none() && kind == Kind::Quantity {
        // what a bare number counts, from the noun before it in the clause
        let clause_start = (window_back(start)..start)
            .rev()
            .find(|&k| matches!(t.chars[k], '，' | ',' | '。' | '；' | '\n' | '！' | '？'))
            .map(|k| k + 1)
            .unwrap_or(window_back(start));
        let before = &t.s[t.offs[clause_start]..t.offs[start]];
        if let Some((_, u)) = COUNT_NOUNS.iter().find(|(w, _)| before.contains(w)) {
            unit = Some(u);
            kind = if matches!(*u, "parameter" | "token") {
                Kind::Quantity
            } else {
                Kind::Count
            };
        }
    }
    // Exchange rates: 7.8的聯繫匯率, 7.75的強方兌換保證, 1美元約可兌7.8港元
    {
        let cs = clause_start(t, start);
        let ce = (end..window_ahead(t, end))
            .find(|&k| matches!(t.chars[k], '，' | ',' | '。' | '；' | '\n'))
            .unwrap_or(window_ahead(t, end));
        let clause = &t.s[t.offs[cs]..t.offs[ce]];
        let rate_words = [
            "汇率",
            "匯率",
            "兑换保证",
            "兌換保證",
            "联汇",
            "聯匯",
            "中间价",
            "中間價",
            "兑",
            "兌",
        ];
        if first.value < Decimal::from(100)
            && clause.contains(['汇', '匯', '兑', '兌', '联', '聯', '价', '價'])
            && rate_words.iter().any(|w| clause.contains(w))
        {
            let hk = [
                "港元",
                "港币",
                "港幣",
                "联系汇率",
                "聯繫匯率",
                "联汇",
                "聯匯",
                "兑换保证",
                "兌換保證",
            ]
            .iter()
            .any(|w| clause.contains(w));
            let cn = ["人民币", "人民幣", "中间价", "中間價"]
                .iter()
                .any(|w| clause.contains(w));
            let per = match (hk, cn) {
                (true, false) => Some("HKD_per_USD"),
                (false, true) => Some("CNY_per_USD"),
                _ => None,
            };
            // 1美元 is the base of the rate, not an amount
            if unit == Some("USD")
                && first.value == Decimal::ONE
                && (clause.contains('兑') || clause.contains('兌'))
            {
                return Some((None, end));
            }
            if let Some(per) = per {
                if unit.is_none()
                    || (unit.is_some_and(|u| u == "HKD" || u == "CNY")
                        && (clause.contains('兑') || clause.contains('兌')))
                {
                    unit = Some(per);
                    kind = Kind::Quantity;
                }
            }
        }
    }
    // A bare Arabic integer — no unit, measure word, scale, separator or
    // hedge — is a code or a label far more often than a claim (618大促,
    // 12306网站, 拨打110): leave it.
    if info.arabic
        && !info.has_unit
        && !is_range
        && !vague_tail
        && unit.is_none()
        && classifier.is_none()
        && first.value == info.value
        && first.value.fract().is_zero()
        && !t.chars[i..first.end]
            .iter()
            .any(|c| matches!(c, ',' | '，' | '.' | '．'))
        && prefix_hedge(t, start).is_none()
        && t.word_at(end, SUFFIX_QUALIFIERS).is_none()
    {
        // a long digit string, or one named as a code or a number to dial,
        // is a code; the rest are bare numbers
        let digits = first.end - i;
        let coded = [
            "代码", "代碼", "编号", "編號", "电话", "電話", "热线", "熱線", "拨打", "撥打", "编码",
            "編碼", "股票",
        ]
        .iter()
        .any(|w| t.s[t.offs[window_back(i)]..t.offs[i]].contains(w));
        let role = if digits >= 5 || coded || t.at(first.end).is_some_and(is_han_char) {
            Role::Code
        } else {
            Role::Bare
        };
        return Some((Some(bare(t, i, &first, role)), first.end));
    }
    let mut m = Mention::new(t.offs[start], t.offs[end], kind);
    m.unit = unit;
    m.classifier = classifier;
    if kind == Kind::Multiple {
        m.relation = Some(Relation::Ratio);
        let before_hedge = prefix_hedge(t, start).map_or(start, |(w, _)| start - Text::nchars(w));
        if INCREASE_WORDS.iter().any(|w| t.ends(before_hedge, w)) {
            m.relation = Some(Relation::Increase);
            low = low.checked_add(Decimal::ONE)?;
            high = high.checked_add(Decimal::ONE)?;
        }
    }
    if negative {
        let (a, b) = (-high, -low);
        low = a;
        high = b;
    }
    set_interval(&mut m, low, high, qualifier, is_range);
    m.precision = Some(precision);
    Some(finish(t, start, end, m))
}

/// Fill value/low/high from an interval and the qualifier so far.
fn set_interval(
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

/// Apply the hedges before and after a mention, and return it.
fn finish(t: &Text, start: usize, end: usize, mut m: Mention) -> (Option<Mention>, usize) {
    let mut start = start;
    let mut end = end;
    // prefix hedge
    if let Some((w, q)) = prefix_hedge(t, start) {
        start -= Text::nchars(w);
        apply_qualifier(&mut m, q);
    }
    // suffix hedge, possibly after a parenthetical conversion: 5亿美元(约39亿港元)以上
    let mut k = end;
    if let Some((w, q)) = t.word_at(k, SUFFIX_QUALIFIERS) {
        // 以上 in 以上述 is not a hedge; 上下 in 上下游 either
        let nxt = t.at(k + 2);
        let not_hedge = (w == "以上" && matches!(nxt, Some('述' | '的')))
            || (w == "上下" && matches!(nxt, Some('游' | '文' | '班')));
        let real = !not_hedge;
        if real {
            end = k + Text::nchars(w);
            apply_qualifier(&mut m, q);
            if m.unit.is_none() {
                if let Some((w2, u2, kd2)) = unit_word_at(t, end)
                    .filter(|(_, u, _)| !matches!(*u, "year" | "people" | "entity" | "type"))
                {
                    m.unit = Some(u2);
                    m.kind = kd2;
                    end += Text::nchars(w2);
                }
            }
        }
    } else if t.at(k).is_some_and(|c| PAREN_OPEN.contains(&c)) {
        let mut depth = 0;
        while k < t.len() && k < end + 40 {
            let c = t.chars[k];
            if PAREN_OPEN.contains(&c) {
                depth += 1;
            } else if PAREN_CLOSE.contains(&c) {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            k += 1;
        }
        if depth == 0 && k < t.len() {
            if let Some((w, q)) = t.word_at(k + 1, SUFFIX_QUALIFIERS) {
                if w == "以上" || w == "以下" || w == "左右" {
                    apply_qualifier(&mut m, q);
                }
            }
        }
    }
    // decrease words shortly before in the clause: 下跌16.97%, 股價終場重挫16.97%
    let cs = clause_start(t, start);
    let lead_from = cs.max(start.saturating_sub(8));
    let lead = &t.s[t.offs[lead_from]..t.offs[start]];
    // one pass over the characters first: most leads have none of these
    if lead.contains([
        '跌', '降', '减', '減', '少', '缩', '縮', '挫', '蒸', '滑', '失', '负', '負',
    ]) && DECREASE_WORDS.iter().any(|w| lead.contains(w))
    {
        m.decrease = true;
    }
    // rates: 每GPU小时2美元, 每百万token 15美元, 2美元/GPU小时 (prices; a count
    // per token such as 每个token激活320亿参数 is the figure itself)
    if m.kind == Kind::Money {
        let per_from = cs.max(start.saturating_sub(14));
        let lead = &t.s[t.offs[per_from]..t.offs[start]];
        let after_per = t.at(end) == Some('/')
            || t.at(end) == Some('每')
            || t.starts(end, " /")
            || t.starts(end, "／");
        if let Some(p) = lead
            .rfind('每')
            .map(|p| &lead[p..])
            .or(after_per.then(|| &t.s[t.offs[end]..t.offs[(end + 12).min(t.len())]]))
        {
            let per = if (p.contains("百万")
                || p.contains("百萬")
                || p.contains("1M")
                || p.contains("million"))
                && (p.contains("token")
                    || p.contains("Token")
                    || p.contains("词元")
                    || p.contains("詞元"))
            {
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
                    Some("USD") => Some("USD_per_Mtoken"),
                    Some("CNY") => Some("CNY_per_Mtoken"),
                    u => u,
                };
            }
        }
    }
    m.start = t.offs[start];
    m.end = t.offs[end];
    (Some(m), end)
}

/// A bare amount after 至/到 takes the unit of the amount it continues:
/// 从7万亿token扩充至18万亿 → 18万亿 token.
fn carry_units(t: &Text, out: &mut [Mention]) {
    for k in 1..out.len() {
        if out[k].unit.is_some() || out[k].kind != Kind::Quantity || out[k].role != Role::Claim {
            continue;
        }
        let prev = &out[k - 1];
        let Some(u) = prev.unit else { continue };
        if !matches!(
            u,
            "token" | "parameter" | "GPU_hour" | "download" | "people" | "user" | "GPU"
        ) && !units::is_currency(u)
        {
            continue;
        }
        let between = &t.s[prev.end..out[k].start];
        if between.chars().count() <= 8
            && !between.contains(['，', ',', '。', '；', '\n'])
            && ["至", "到"].iter().any(|w| between.contains(w))
        {
            let kind = prev.kind;
            out[k].unit = Some(u);
            out[k].kind = kind;
        }
    }
}

/// Char index where the clause holding `i` starts.
fn clause_start(t: &Text, i: usize) -> usize {
    (window_back(i)..i)
        .rev()
        .find(|&k| {
            matches!(
                t.chars[k],
                '，' | ',' | '。' | '；' | ';' | '\n' | '！' | '？' | '：'
            )
        })
        .map_or(window_back(i), |k| k + 1)
}

/// How far (in characters) any search around a number looks for the edge
/// of its clause or sentence: about the longest sentence segmentation
/// keeps whole, so text with no punctuation costs the same per number as
/// ordinary news.
const WINDOW: usize = 500;

/// The first character a backward search from char `i` may look at.
fn window_back(i: usize) -> usize {
    i.saturating_sub(WINDOW)
}

/// One past the last character a forward search from char `i` may look at.
fn window_ahead(t: &Text, i: usize) -> usize {
    (i + WINDOW).min(t.len())
}

fn apply_qualifier(m: &mut Mention, q: Qualifier) {
    if m.kind == Kind::Date {
        return;
    }
    match q {
        Qualifier::Exact | Qualifier::Range => {}
        Qualifier::Approx => {
            if m.qualifier == Qualifier::Exact {
                m.qualifier = Qualifier::Approx;
            }
        }
        Qualifier::AtLeast => {
            if let Some(v) = m.value.or(m.low) {
                m.low = Some(v);
                if m.qualifier != Qualifier::AtLeast {
                    m.high = None;
                }
                m.value = None;
                m.qualifier = Qualifier::AtLeast;
            }
        }
        Qualifier::AtMost => {
            if let Some(v) = m.value.or(m.high) {
                m.high = Some(v);
                m.low = None;
                m.value = None;
                m.qualifier = Qualifier::AtMost;
            }
        }
        Qualifier::Vague => m.qualifier = Qualifier::Vague,
    }
}

fn prefix_hedge(t: &Text, start: usize) -> Option<(&'static str, Qualifier)> {
    let mut best: Option<(&'static str, Qualifier)> = None;
    for (w, q) in PREFIX_QUALIFIERS {
        if t.ends(start, w) && best.is_none_or(|(b, _)| w.len() > b.len()) {
            // 近 in 最近/附近/接近 handled by the longer word; 超 in 高超 rare
            if *w == "近"
                && (t.ends(start, "最近") || t.ends(start, "附近") || t.ends(start, "靠近"))
            {
                continue;
            }
            if *w == "超" && t.ends(start, "赶超") {
                continue;
            }
            best = Some((w, *q));
        }
    }
    best
}

fn prefix_currency(t: &Text, i: usize) -> Option<(usize, &'static str)> {
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

fn near_any(t: &Text, start: usize, end: usize, words: &[&str]) -> bool {
    let a = start.saturating_sub(20);
    let b = (end + 16).min(t.len());
    let window = &t.s[t.offs[a]..t.offs[b]];
    words.iter().any(|w| window.contains(w))
}

/// Whether the sentence holding char `i` contains one of `words`.
fn sentence_has(t: &Text, i: usize, words: &[&str]) -> bool {
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

fn near_gpu(t: &Text, start: usize, end: usize) -> bool {
    near_any(t, start, end, GPU_WORDS)
}

/// A scale word after a number: 万, 亿, 万亿, 千万, 百万, 千亿.
fn scale_after(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let mut f = Decimal::ONE;
    let mut j = k;
    if let Some(u) = t.at(j).and_then(numeral::small_unit) {
        if t.at(j + 1).and_then(numeral::big_unit).is_some() {
            f = f.checked_mul(Decimal::from(u))?;
            j += 1;
        }
    }
    let mut any = false;
    while let Some(e) = t.at(j).and_then(numeral::big_unit) {
        f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
        j += 1;
        any = true;
    }
    if any {
        Some((f, j))
    } else {
        None
    }
}

/// Mixed numbers: 三又三分之一 (3⅓), 2 1/4 (2¼). The whole part stands
/// before the fraction, joined by 又 or a space; it becomes part of the
/// fraction's mention and value.
fn mixed_fractions(text: &str, out: &mut [Mention]) {
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

/// A discount: 八折 (80% of the price), 九五折 (95%), 打8.5折 (85%). The
/// digits stand right before 折, which is not the start of another word
/// (折合, 折算, 折旧).
fn discount(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
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
        _ => return None,
    };
    if t.at(j + 1)
        .is_some_and(|c| "合算旧舊现現叠疊扣线線射返腾騰".contains(c))
    {
        return None;
    }
    // a digit right before, or a digit sequence: not a discount (2025折)
    if i > 0 && (is_digit(t.chars[i - 1]) || chinese_digit(t.chars[i - 1]).is_some()) {
        return None;
    }
    let start = if t.ends(i, "打") { i - 1 } else { i };
    let mut m = Mention::new(t.offs[start], t.offs[j + 1], Kind::Percent);
    m.unit = Some("%");
    m.value = Some(value);
    m.precision = Some(Decimal::ONE);
    Some((Some(m), j + 1))
}

/// 兆 before an SI unit is mega, not 10^12: 300兆瓦 is 300 MW, 千兆瓦 a
/// gigawatt, 5兆赫 5 MHz; before money or a count 兆 stays 10^12 (逾半兆美元).
fn mega_before_si_unit(text: &str, m: &mut Mention) {
    let span = &text[m.start..m.end];
    let Some(at) = span.rfind('兆') else {
        return;
    };
    let after = text[m.start + at + '兆'.len_utf8()..].chars().next();
    if !after.is_some_and(si_unit_char) || m.kind == Kind::Money {
        return;
    }
    let million = Decimal::from(1_000_000);
    for v in [&mut m.value, &mut m.low, &mut m.high] {
        *v = v.and_then(|x| x.checked_div(million));
    }
}

/// The first character of an SI unit written in Chinese: 瓦 (watt), 赫
/// (hertz), 字节/位 (byte, bit), 帕 (pascal), 焦 (joule), 伏 (volt), 欧 (ohm).
fn si_unit_char(c: char) -> bool {
    matches!(
        c,
        '瓦' | '赫'
            | '字'
            | '位'
            | '帕'
            | '焦'
            | '伏'
            | '欧'
            | '歐'
            | '比'
            | 'W'
            | 'w'
            | 'H'
            | 'B'
            | 'b'
    )
}

/// The second end of a range: 至10万, 到五, -10, ～100.
fn range_second(t: &Text, j: usize) -> Option<(Num, usize)> {
    let c = t.at(j)?;
    let sep_len = if matches!(c, '至' | '到' | '~' | '～' | '—' | '–' | '－' | '-') {
        1
    } else if t.starts(j, "——") {
        2
    } else {
        return None;
    };
    let k = j + sep_len;
    let c2 = t.at(k)?;
    if !(is_digit(c2) || is_chinese_numeral_char(c2)) {
        return None;
    }
    // a hyphen between two Arabic numbers only (5-10亿), never inside names
    if c == '-' && !is_digit(c2) {
        return None;
    }
    let num = read_num(t, k).ok()??;
    let end = num.end;
    Some((num, end))
}

/// 几/数 + scale or measure word: 几千, 数十亿, 几个星期, 数月.
fn vague_numeral(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let n = t.len();
    let c = t.chars[i];
    if matches!(c, '数' | '數') && i > 0 {
        let p = t.chars[i - 1];
        // 人数, 总数, 多数, 参数…: a noun, not "several"
        if NOUNS_ENDING_IN_SHU.contains(&p) {
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
    if let Some((w, u, kd)) = UNIT_WORDS
        .iter()
        .filter(|(w, _, _)| t.starts(k, w))
        .max_by_key(|(w, _, _)| w.len())
    {
        if !(*w == "年" && !has_scale && t.starts(k, "年来")) {
            unit = Some(*u);
            kind = *kd;
            k += Text::nchars(w);
        }
    } else if let Some(w) = CLASSIFIERS.iter().find(|w| t.starts(k, w)) {
        k += Text::nchars(w);
        kind = Kind::Count;
        // 几个星期, 几个月
        if let Some((w2, u2, kd2)) = UNIT_WORDS
            .iter()
            .filter(|(w2, _, _)| t.starts(k, w2))
            .max_by_key(|(w2, _, _)| w2.len())
        {
            if matches!(*u2, "week" | "month" | "hour" | "day" | "year") {
                unit = Some(*u2);
                kind = *kd2;
                k += Text::nchars(w2);
            }
        } else if *w == "次" && near_any(t, i, k, &["下载", "下載"]) {
            unit = Some("download");
        } else if matches!(*w, "颗" | "顆" | "块" | "塊" | "张" | "張") && near_gpu(t, i, k) {
            unit = Some("GPU");
        }
    } else if !has_scale {
        return Some((None, i + 1));
    }
    if t.starts(k, "月") && unit.is_none() && !has_scale {
        unit = Some("month");
        kind = Kind::Duration;
        k += 1;
    }
    let mut m = Mention::new(t.offs[i], t.offs[k], kind);
    m.unit = unit;
    m.low = Some(lo);
    m.high = Some(hi);
    m.qualifier = Qualifier::Vague;
    m.precision = Some(p);
    // 数千万美元以上
    let (m, end) = finish(t, i, k, m);
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

/// 百分之三十, 千分之五, 百分之五点二.
fn chinese_fraction_prefix(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    let (den, unit, kind) = if t.starts(i, "百分之") {
        (Decimal::from(100), Some("%"), Kind::Percent)
    } else if t.starts(i, "千分之") {
        (Decimal::from(1000), Some("‰"), Kind::Percent)
    } else if t.starts(i, "万分之") || t.starts(i, "萬分之") {
        (Decimal::from(10000), None, Kind::Fraction)
    } else {
        return None;
    };
    let k = i + 3;
    let num = match read_num(t, k) {
        Ok(Some(n)) => n,
        _ => {
            // 百分之百
            if t.starts(k, "百") {
                let mut m = Mention::new(t.offs[i], t.offs[k + 1], Kind::Percent);
                m.unit = Some("%");
                m.value = Some(Decimal::from(100));
                m.precision = Some(Decimal::ONE);
                return Some(finish(t, i, k + 1, m));
            }
            return Some((None, k));
        }
    };
    let mut m = Mention::new(t.offs[i], t.offs[num.end], kind);
    m.unit = unit;
    if kind == Kind::Fraction {
        m.value = num.value.checked_div(den);
        m.precision = num.precision.checked_div(den);
    } else {
        m.value = Some(num.value);
        m.precision = Some(num.precision);
    }
    // a range: 百分之三十到四十
    Some(finish(t, i, num.end, m))
}

/// Phrases that are quantities without a digit: 翻一番, 翻两番, 减半, 成千上万, 上百万.
fn special_phrase(t: &Text, i: usize) -> Option<(Option<Mention>, usize)> {
    if let Some(r) = discount(t, i) {
        return Some(r);
    }
    let multiples: &[(&str, i64)] = &[
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
        ("减半", 0),
        ("減半", 0),
    ];
    for (w, f) in multiples {
        if t.starts(i, w) {
            let end = i + Text::nchars(w);
            let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Multiple);
            m.unit = Some("x");
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
    let vague: &[(&str, i64, i64)] = &[
        ("成千上万", 1000, 99999),
        ("成千上萬", 1000, 99999),
        ("成百上千", 100, 9999),
        ("成千成万", 1000, 99999),
        ("数以万计", 10000, 999999),
        ("數以萬計", 10000, 999999),
        ("数以亿计", 100000000, 9999999999),
        ("數以億計", 100000000, 9999999999),
        ("数以千计", 1000, 9999),
        ("數以千計", 1000, 9999),
        ("数以百计", 100, 999),
        ("數以百計", 100, 999),
    ];
    for (w, lo, hi) in vague {
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

fn scale_or_small(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let mut f = Decimal::ONE;
    let mut j = k;
    let mut any = false;
    while let Some(c) = t.at(j) {
        if let Some(u) = numeral::small_unit(c) {
            f = f.checked_mul(Decimal::from(u))?;
        } else if let Some(e) = numeral::big_unit(c) {
            f = f.checked_mul(Decimal::from_i128_with_scale(10i128.pow(e), 0))?;
        } else {
            break;
        }
        any = true;
        j += 1;
    }
    any.then_some((f, j))
}

fn quantity_unit_tail(t: &Text, end: usize, mut m: Mention) -> (Option<Mention>, usize) {
    let mut e = end;
    if let Some((w, u, kd)) = UNIT_WORDS
        .iter()
        .filter(|(w, _, _)| t.starts(e, w))
        .max_by_key(|(w, _, _)| w.len())
    {
        m.unit = Some(u);
        m.kind = *kd;
        e += Text::nchars(w);
    } else if let Some(w) = CLASSIFIERS.iter().find(|w| t.starts(e, w)) {
        m.kind = Kind::Count;
        e += Text::nchars(w);
        if *w == "次" && near_any(t, e.saturating_sub(10), e, &["下载", "下載"]) {
            m.unit = Some("download");
        }
    }
    m.end = t.offs[e];
    (Some(m), e)
}

// ---------------------------------------------------------------------------
// dates

fn year_ok(v: Decimal) -> Option<i32> {
    if v.fract().is_zero() && v >= Decimal::from(1000) && v <= Decimal::from(2199) {
        i32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok()
    } else {
        None
    }
}

fn small_int(v: Decimal, max: u32) -> Option<u32> {
    if v.fract().is_zero() && v >= Decimal::ONE && v <= Decimal::from(max) {
        u32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok()
    } else {
        None
    }
}

/// Read a plain integer (Arabic or Chinese) for a date part.
fn date_part(t: &Text, k: usize) -> Option<(Decimal, usize)> {
    let c = t.at(k)?;
    if !(is_digit(c) || is_chinese_numeral_char(c)) {
        return None;
    }
    let num = read_numeral(&t.chars, k).ok()??;
    if num.value.fract() != Decimal::ZERO {
        return None;
    }
    Some((num.value, num.end))
}

fn date_at(t: &Text, i: usize, as_of: Option<Date>) -> Option<(Option<Mention>, usize)> {
    let n = t.len();
    // ISO-like: 2025-02-11, 2025/2/11, 2025.02.11 (optionally followed by a clock time)
    if is_digit(t.chars[i]) {
        let mut j = i;
        while j < n && t.chars[j].is_ascii_digit() {
            j += 1;
        }
        if j - i == 4 && j < n && matches!(t.chars[j], '-' | '/' | '.') {
            let sep = t.chars[j];
            let s: String = t.chars[i..n.min(j + 7)].iter().collect();
            let mut parts = s.split(sep);
            let y = parts
                .next()
                .and_then(|p| p.get(..4))
                .and_then(|p| p.parse::<i32>().ok());
            let mut k = j + 1;
            let mut mm = 0u32;
            let ms = k;
            while k < n && t.chars[k].is_ascii_digit() && k - ms < 2 {
                mm = mm * 10 + (t.chars[k] as u32 - '0' as u32);
                k += 1;
            }
            if k > ms && !t.at(k).is_some_and(|c| c.is_ascii_digit()) {
                let mut date = y.and_then(|y| Date::ym(y, mm));
                if t.at(k) == Some(sep) && t.at(k + 1).is_some_and(|c| c.is_ascii_digit()) {
                    let ds = k + 1;
                    let mut d = 0u32;
                    let mut k2 = ds;
                    while k2 < n && t.chars[k2].is_ascii_digit() && k2 - ds < 2 {
                        d = d * 10 + (t.chars[k2] as u32 - '0' as u32);
                        k2 += 1;
                    }
                    if !t.at(k2).is_some_and(|c| c.is_ascii_digit()) {
                        date = y.and_then(|y| Date::ymd(y, mm, d));
                        k = k2;
                    }
                } else if sep == '.' {
                    // 2024.5 is a decimal, not a month
                    return None;
                }
                if let Some(date) = date {
                    let mut end = k;
                    // swallow a clock time: 2025-02-11 11:19:47
                    if t.at(end) == Some(' ') || t.at(end) == Some('T') {
                        if let Some(e) = non_quantity_digits(t, end + 1) {
                            if e > end + 3
                                && t.chars[end + 1..e].iter().any(|c| *c == ':' || *c == '：')
                            {
                                end = e;
                            }
                        }
                    }
                    let mut m = Mention::new(t.offs[i], t.offs[end], Kind::Date);
                    m.unit = Some("date");
                    m.date = Some(date);
                    return Some((Some(m), end));
                }
            }
        }
    }
    // Chinese style: [YYYY年][M月][D日]
    let (v, mut k) = date_part(t, i)?;
    let mut year: Option<i32> = None;
    let mut month: Option<u32> = None;
    let mut day: Option<u32> = None;
    let start = i;
    if k - i == 4
        && [
            "财年",
            "財年",
            "财政年度",
            "財政年度",
            "会计年度",
            "會計年度",
            "年度",
        ]
        .iter()
        .any(|w| t.starts(k, w))
    {
        // a fiscal year: 2025財政年度 (the report's period label)
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
        m.unit = Some("date");
        m.date = Some(Date::y(y));
        m.fiscal = *w != "年度";
        return Some((Some(m), e));
    }
    if k - i == 3
        && t.chars[i..k].iter().all(|c| c.is_ascii_digit())
        && t.at(k) == Some('年')
        && (100..=150).contains(&small_int(v, 200).unwrap_or(0))
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
        )
    {
        // Taiwan's ROC calendar: 113年 = 2024 (民國113年)
        let y = small_int(v, 200)? as i32 + 1911;
        let start = if t.ends(i, "民國") || t.ends(i, "民国") {
            i - 2
        } else {
            i
        };
        let mut m = Mention::new(t.offs[start], t.offs[k + 1], Kind::Date);
        m.unit = Some("date");
        m.date = Some(Date::y(y));
        return Some((Some(m), k + 1));
    }
    if t.at(k) == Some('年') {
        let digits = k - i;
        let y = year_ok(v)?;
        // a year needs four digits (2024年, 二〇二四年); 十年 is a duration
        let is_four = digits == 4
            && t.chars[i..k]
                .iter()
                .all(|c| is_digit(*c) || chinese_digit(*c).is_some());
        if !is_four {
            return None;
        }
        if t.starts(k + 1, "代") || t.starts(k + 1, "级") || t.starts(k + 1, "級") {
            return None;
        }
        year = Some(y);
        k += 1;
        if let Some((mv, k2)) = date_part(t, k) {
            if t.at(k2) == Some('月') {
                if let Some(mo) = small_int(mv, 12) {
                    month = Some(mo);
                    k = k2 + 1;
                }
            }
        }
    } else if matches!(t.at(k), Some('日' | '号' | '號'))
        && t.chars[i..k].iter().all(|c| is_digit(*c))
        && !t.ends(i, "个")
        && !t.ends(i, "個")
        && !t.ends(i, "月")
        && k - i <= 2
    {
        // a day of the as-of month: 週一（27日）
        let d = small_int(v, 31)?;
        let a = as_of.filter(|a| a.month.is_some())?;
        let mut y = a.year;
        let mut mo = a.month.unwrap_or(1) as i32;
        if a.day.is_some_and(|ad| d > ad as u32 + 1) {
            // a day after the as-of day is last month's
            mo -= 1;
            if mo == 0 {
                mo = 12;
                y -= 1;
            }
        }
        let date = Date::ymd(y, mo as u32, d)?;
        let mut m = Mention::new(t.offs[i], t.offs[k + 1], Kind::Date);
        m.unit = Some("date");
        m.date = Some(date);
        return Some((Some(m), k + 1));
    } else if t.at(k) == Some('月') && !t.ends(i, "个") && !t.ends(i, "個") {
        let mo = small_int(v, 12)?;
        // 3月份 is fine; "个月" is a duration (checked above)
        month = Some(mo);
        k += 1;
    } else {
        return None;
    }
    if month.is_some() {
        if let Some((dv, k2)) = date_part(t, k) {
            if matches!(t.at(k2), Some('日' | '号' | '號')) {
                if let Some(d) = small_int(dv, 31) {
                    day = Some(d);
                    k = k2 + 1;
                }
            }
        }
        if t.starts(k, "份") {
            k += 1;
        }
    }
    // parts of a month: 1月下旬, 1月底
    let mut part: Option<(u32, u32)> = None;
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
    // complete the year from the as-of date
    let year_written = year.is_some();
    // 同年11月16日, or a year stated earlier in the same sentence
    let stated = if t.ends(i, "同年") || t.ends(i, "當年") || t.ends(i, "当年") {
        year_before(t, i.saturating_sub(2), false)
    } else {
        year_before(t, i, true).or_else(|| {
            // a full date earlier in the paragraph sets the year when the
            // month does not go back (2022年10月7日…10月13日)
            paragraph_date_before(t, i)
                .filter(|d| month.is_some_and(|mo| d.month.is_some_and(|dm| mo >= dm as u32)))
                .map(|d| d.year)
        })
    };
    let year = year.or(if month.is_some() { stated } else { None });
    let y = match year {
        Some(y) => y,
        None if as_of.is_none() => 0, // year unknown: written --MM-DD
        None => {
            let a = as_of?;
            let mut y = a.year;
            if let (Some(mo), Some(am)) = (month, a.month) {
                // a month well after the as-of month is last year's (an article of
                // February writing 12月26日)
                if mo as i32 > am as i32 + 1 {
                    y -= 1;
                }
            }
            y
        }
    };
    let date = match (month, day) {
        (Some(mo), Some(d)) => Date::ymd(y, mo, d)?,
        (Some(mo), None) => Date::ym(y, mo)?,
        _ => Date::y(y),
    };
    let start = if !year_written
        && (t.ends(start, "同年") || t.ends(start, "當年") || t.ends(start, "当年"))
    {
        start - 2
    } else {
        start
    };
    let mut m = Mention::new(t.offs[start], t.offs[k], Kind::Date);
    m.unit = Some("date");
    m.date = Some(date);
    if let (Some((a, b)), Some(mo)) = (part, month) {
        if y != 0 {
            let last = crate::date::days_in_month(y, mo as u8) as u32;
            m.date = Date::ymd(y, mo, a);
            m.date_end = Date::ymd(y, mo, b.min(last));
        }
    }
    // a range of days: 1月28日至2月4日, 1月28日至31日
    if day.is_some() && matches!(t.at(k), Some('至' | '到' | '-' | '－' | '—' | '~' | '～')) {
        let s2 = k + 1;
        if let Some((v2, k2)) = date_part(t, s2) {
            let (mo2, d2, e2) = if t.at(k2) == Some('月') {
                match date_part(t, k2 + 1) {
                    Some((dv, k3)) if matches!(t.at(k3), Some('日' | '号' | '號')) => {
                        (small_int(v2, 12), small_int(dv, 31), k3 + 1)
                    }
                    _ => (None, None, k),
                }
            } else if matches!(t.at(k2), Some('日' | '号' | '號')) {
                (month, small_int(v2, 31), k2 + 1)
            } else {
                (None, None, k)
            };
            if let (Some(mo2), Some(d2)) = (mo2, d2) {
                let y2 = if mo2 < month.unwrap_or(1) { y + 1 } else { y };
                if let Some(end_date) = Date::ymd(y2, mo2, d2) {
                    if y != 0 && Some(end_date) > m.date {
                        m.date_end = Some(end_date);
                        k = e2;
                    }
                }
            }
        }
    }
    // periods after a year: 第四季度, 上半年, 年底
    if year_written && month.is_none() {
        let quarters: &[(&str, u32)] = &[
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
            ("一季度", 1),
            ("二季度", 2),
            ("三季度", 3),
            ("四季度", 4),
            ("首季", 1),
            ("Q1", 1),
            ("Q2", 2),
            ("Q3", 3),
            ("Q4", 4),
        ];
        let halves: &[(&str, u32, u32)] = &[
            ("上半年", 1, 6),
            ("下半年", 7, 12),
            ("年初", 1, 3),
            ("年底", 12, 12),
            ("年末", 12, 12),
            ("年中", 6, 7),
        ];
        // 年 was consumed: look at k (after 年) and k-1 (for 年底 forms)
        let mut done = false;
        for (w, q) in quarters {
            if t.starts(k, w) {
                m.date = Date::ym(y, (q - 1) * 3 + 1);
                m.date_end = Date::ym(y, q * 3);
                k += Text::nchars(w);
                done = true;
                break;
            }
        }
        if !done {
            for (w, a, b) in halves {
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
        // ranges of years: 2024年至2025年, 2024至2025年 handled by the second year
        if matches!(t.at(k), Some('至' | '到')) || t.starts(k, "—") || t.starts(k, "-") {
            let s = k + 1;
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
        m.end = t.offs[k];
    } else {
        m.end = t.offs[k];
    }
    Some((Some(m), k))
}

/// The last year written as `YYYY年` (or `YYYY-`) before char `i`, within
/// the sentence or anywhere before.
fn year_before(t: &Text, i: usize, sentence_only: bool) -> Option<i32> {
    let mut k = i;
    while k >= 5 {
        let c = t.chars[k - 1];
        if sentence_only && matches!(c, '。' | '！' | '？' | '\n') {
            return None;
        }
        if c == '年'
            && t.chars[k - 5..k - 1].iter().all(|d| d.is_ascii_digit())
            && (k < 6 || !t.chars[k - 6].is_ascii_digit())
        {
            let y: String = t.chars[k - 5..k - 1].iter().collect();
            return y.parse().ok().filter(|y| (1900..=2199).contains(y));
        }
        k -= 1;
    }
    None
}

/// Quarters and halves after a relative year (去年第四季度).
const RELATIVE_PERIODS: &[(&str, u32, u32)] = &[
    ("第一季度", 1, 3),
    ("第二季度", 4, 6),
    ("第三季度", 7, 9),
    ("第四季度", 10, 12),
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
];

/// The last `YYYY年M月` date before char `i` in the same line.
fn paragraph_date_before(t: &Text, i: usize) -> Option<Date> {
    let mut k = i;
    while k >= 7 {
        let c = t.chars[k - 1];
        if c == '\n' {
            return None;
        }
        if c == '月' {
            // …YYYY年M月 or …YYYY年MM月
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
                        return Date::ym(y, m);
                    }
                }
            }
        }
        k -= 1;
    }
    None
}

/// 去年, 今年, 前年, 明年, 上月, 上个月, 本月, 下个月 — optionally followed by
/// a month and day (去年12月2日).
fn relative_date(t: &Text, i: usize, as_of: Option<Date>) -> Option<(Option<Mention>, usize)> {
    let years: &[(&str, i32)] = &[("去年", -1), ("今年", 0), ("前年", -2), ("明年", 1)];
    let months: &[(&str, i32)] = &[
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
    for (w, dy) in years {
        if t.starts(i, w) {
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
            let mut m = Mention::new(t.offs[i], t.offs[k], Kind::Date);
            m.unit = Some("date");
            m.date = Some(date);
            // 去年第四季度, 今年上半年
            if date.month.is_none() {
                for (pw, a, b) in RELATIVE_PERIODS {
                    if t.starts(k, pw) {
                        m.date = Date::ym(y, *a);
                        m.date_end = Date::ym(y, *b);
                        let k2 = k + Text::nchars(pw);
                        m.end = t.offs[k2];
                        return Some((Some(m), k2));
                    }
                }
            }
            return Some((Some(m), k));
        }
    }
    for (w, dm) in months {
        if t.starts(i, w) {
            let a = as_of?;
            a.month?;
            let mut d = Date {
                year: a.year,
                month: a.month,
                day: None,
            }
            .add_months(*dm);
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
            m.unit = Some("date");
            m.date = Some(d);
            return Some((Some(m), k));
        }
    }
    // a quarter or half without a year: the latest one that began before the as-of date
    let periods: &[(&str, u32, u32)] = &[
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
    for (w, a, b) in periods {
        if t.starts(i, w) && !t.ends(i, "年") {
            let k = i + Text::nchars(w);
            let stated = if t.ends(i, "同年") || t.ends(i, "當年") || t.ends(i, "当年") {
                year_before(t, i, false)
            } else {
                year_before(t, i, true)
            };
            let y = match (stated, as_of) {
                (Some(y), _) => y,
                (None, Some(d)) => {
                    if d.month.is_some_and(|m| (m as u32) < *a) || d.month.is_none() {
                        d.year - 1
                    } else {
                        d.year
                    }
                }
                (None, None) => return None,
            };
            let mut m = Mention::new(t.offs[i], t.offs[k], Kind::Date);
            m.unit = Some("date");
            m.date = Date::ym(y, *a);
            m.date_end = Date::ym(y, *b);
            return Some((Some(m), k));
        }
    }
    None
}

/// A number that is not a claim: its value and span, with its role.
fn bare(t: &Text, i: usize, n: &Num, role: Role) -> Mention {
    let mut m = Mention::new(t.offs[i], t.offs[n.end], Kind::Quantity);
    m.value = Some(n.value);
    m.precision = Some(n.precision);
    m.role = role;
    m
}

fn is_han_char(c: char) -> bool {
    crate::segment::is_han(c)
}

#[cfg(test)]
mod tests;
