//! The units and currencies vocabulary, as data: the normalised units hecha
//! writes ([`Unit`], described by [`UNITS`]), and one table (`WORDS`) of
//! the words of a text that name them, from which the reader's lookups are
//! derived: unit words after a number, measure words, currencies before a
//! number, nouns that say what a bare number counts, and the SI units that
//! make 兆 mega.

use super::text::{ByChar, Text};
use super::Kind;
use std::sync::LazyLock;

/// A normalised unit: what a mention's or a fact's value counts or measures.
///
/// Written as its id (`USD`, `GPU_hour`, `%`) in reports, JSON and
/// `claims/*.csv`; [`UNITS`] gives each its id, Chinese display name and
/// English description.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// US dollars (`USD`).
    Usd,
    /// Hong Kong dollars (`HKD`).
    Hkd,
    /// Renminbi yuan (`CNY`).
    Cny,
    /// New Taiwan dollars (`TWD`).
    Twd,
    /// Euros (`EUR`).
    Eur,
    /// Japanese yen (`JPY`).
    Jpy,
    /// Pounds sterling (`GBP`).
    Gbp,
    /// Korean won (`KRW`).
    Krw,
    /// Australian dollars (`AUD`).
    Aud,
    /// Canadian dollars (`CAD`).
    Cad,
    /// Singapore dollars (`SGD`).
    Sgd,
    /// Swiss francs (`CHF`).
    Chf,
    /// Indian rupees (`INR`).
    Inr,
    /// Russian roubles (`RUB`).
    Rub,
    /// Thai baht (`THB`).
    Thb,
    /// Malaysian ringgit (`MYR`).
    Myr,
    /// Macau patacas (`MOP`).
    Mop,
    /// Percent (the value is the number of percent) (`%`).
    Percent,
    /// Percentage points (`pp`).
    PercentagePoint,
    /// Per mille (`‰`).
    PerMille,
    /// A multiple (the value is the factor) (`x`).
    Multiple,
    /// GPUs or AI chips (`GPU`).
    Gpu,
    /// GPU-hours (`GPU_hour`).
    GpuHour,
    /// App downloads (`download`).
    Download,
    /// People (`people`).
    People,
    /// Users (`user`).
    User,
    /// Tokens (`token`).
    Token,
    /// Model parameters (`parameter`).
    Parameter,
    /// Floating-point operations (`FLOP`).
    Flop,
    /// Companies, organisations, listed entities (`entity`).
    Entity,
    /// Kinds, types (`type`).
    Type,
    /// Occurrences (次) (`times`).
    Times,
    /// Seconds (`second`).
    Second,
    /// Minutes (`minute`).
    Minute,
    /// Hours (`hour`).
    Hour,
    /// Days (`day`).
    Day,
    /// Weeks (`week`).
    Week,
    /// Months (`month`).
    Month,
    /// Years (`year`).
    Year,
    /// A calendar date (`date`).
    Date,
    /// Kilobytes (`KB`).
    Kilobyte,
    /// Megabytes (`MB`).
    Megabyte,
    /// Gigabytes (`GB`).
    Gigabyte,
    /// Terabytes (`TB`).
    Terabyte,
    /// Gigabytes per second (`GB/s`).
    GigabytePerSecond,
    /// Terabytes per second (`TB/s`).
    TerabytePerSecond,
    /// Watts (`W`).
    Watt,
    /// Hertz (`Hz`).
    Hertz,
    /// Bytes (`兆字节` is 10⁶ of them).
    Byte,
    /// Tera floating-point operations per second (`TFLOPS`).
    Teraflops,
    /// Peta floating-point operations per second (`PFLOPS`).
    Petaflops,
    /// Exa floating-point operations per second (`EFLOPS`).
    Exaflops,
    /// Exchange rate, Hong Kong dollars per US dollar (`HKD_per_USD`).
    HkdPerUsd,
    /// Exchange rate, yuan per US dollar (`CNY_per_USD`).
    CnyPerUsd,
    /// API price, US dollars per million tokens (`USD_per_Mtoken`).
    UsdPerMtoken,
    /// API price, yuan per million tokens (`CNY_per_Mtoken`).
    CnyPerMtoken,
    /// Kilograms (`kg`).
    Kilogram,
    /// Grams (`g`).
    Gram,
    /// Milligrams (`mg`).
    Milligram,
    /// Tonnes (`t`).
    Tonne,
    /// Jin (half a kilogram) (`jin`).
    Jin,
    /// Liang (a tenth of a jin) (`liang`).
    Liang,
    /// Kilometres (`km`).
    Kilometre,
    /// Metres (`m`).
    Metre,
    /// Centimetres (`cm`).
    Centimetre,
    /// Millimetres (`mm`).
    Millimetre,
    /// Nanometres (`nm`).
    Nanometre,
    /// Miles (`mi`).
    Mile,
    /// Nautical miles (`nmi`).
    NauticalMile,
    /// Feet (`ft`).
    Foot,
    /// Inches (`in`).
    Inch,
    /// Square metres (`m²`).
    SquareMetre,
    /// Square kilometres (`km²`).
    SquareKilometre,
    /// Square feet (`ft²`).
    SquareFoot,
    /// Hectares (`ha`).
    Hectare,
    /// Mu (a fifteenth of a hectare) (`mu`).
    Mu,
    /// Litres (`L`).
    Litre,
    /// Millilitres (`mL`).
    Millilitre,
    /// Cubic metres (`m³`).
    CubicMetre,
    /// Kilometres per hour (`km/h`).
    KilometrePerHour,
    /// Degrees Celsius (`°C`).
    Celsius,
    /// Degrees Fahrenheit (`°F`).
    Fahrenheit,
    /// Milliseconds (`millisecond`).
    Millisecond,
    /// Microseconds (`microsecond`).
    Microsecond,
}

/// What the table says of a unit.
#[derive(Clone, Copy, Debug)]
pub struct UnitInfo {
    /// The unit.
    pub unit: Unit,
    /// Its id, as written in reports, JSON and `claims/*.csv`.
    pub id: &'static str,
    /// Its Chinese display name, for reports.
    pub zh: &'static str,
    /// What it means, in English (for docs and `claims lint`).
    pub en: &'static str,
    /// Whether it is a currency.
    pub currency: bool,
}

const fn unit(unit: Unit, id: &'static str, zh: &'static str, en: &'static str) -> UnitInfo {
    UnitInfo {
        unit,
        id,
        zh,
        en,
        currency: false,
    }
}

const fn currency(unit: Unit, id: &'static str, zh: &'static str, en: &'static str) -> UnitInfo {
    UnitInfo {
        unit,
        id,
        zh,
        en,
        currency: true,
    }
}

/// Every unit hecha writes, in the order of [`Unit`]'s variants.
pub const UNITS: &[UnitInfo] = &[
    currency(Unit::Usd, "USD", "美元", "US dollars"),
    currency(Unit::Hkd, "HKD", "港元", "Hong Kong dollars"),
    currency(Unit::Cny, "CNY", "元", "renminbi yuan"),
    currency(Unit::Twd, "TWD", "新台币", "New Taiwan dollars"),
    currency(Unit::Eur, "EUR", "欧元", "euros"),
    currency(Unit::Jpy, "JPY", "日元", "Japanese yen"),
    currency(Unit::Gbp, "GBP", "英镑", "pounds sterling"),
    currency(Unit::Krw, "KRW", "韩元", "Korean won"),
    currency(Unit::Aud, "AUD", "澳元", "Australian dollars"),
    currency(Unit::Cad, "CAD", "加元", "Canadian dollars"),
    currency(Unit::Sgd, "SGD", "新加坡元", "Singapore dollars"),
    currency(Unit::Chf, "CHF", "瑞士法郎", "Swiss francs"),
    currency(Unit::Inr, "INR", "印度卢比", "Indian rupees"),
    currency(Unit::Rub, "RUB", "卢布", "Russian roubles"),
    currency(Unit::Thb, "THB", "泰铢", "Thai baht"),
    currency(Unit::Myr, "MYR", "马来西亚令吉", "Malaysian ringgit"),
    currency(Unit::Mop, "MOP", "澳门元", "Macau patacas"),
    unit(
        Unit::Percent,
        "%",
        "%",
        "percent (the value is the number of percent)",
    ),
    unit(Unit::PercentagePoint, "pp", "个百分点", "percentage points"),
    unit(Unit::PerMille, "‰", "‰", "per mille"),
    unit(
        Unit::Multiple,
        "x",
        "倍",
        "a multiple (the value is the factor)",
    ),
    unit(Unit::Gpu, "GPU", "颗GPU", "GPUs or AI chips"),
    unit(Unit::GpuHour, "GPU_hour", "GPU小时", "GPU-hours"),
    unit(Unit::Download, "download", "次下载", "app downloads"),
    unit(Unit::People, "people", "人", "people"),
    unit(Unit::User, "user", "用户", "users"),
    unit(Unit::Token, "token", "token", "tokens"),
    unit(Unit::Parameter, "parameter", "参数", "model parameters"),
    unit(
        Unit::Flop,
        "FLOP",
        "次浮点运算",
        "floating-point operations",
    ),
    unit(
        Unit::Entity,
        "entity",
        "家",
        "companies, organisations, listed entities",
    ),
    unit(Unit::Type, "type", "种", "kinds, types"),
    unit(Unit::Times, "times", "times", "occurrences (次)"),
    unit(Unit::Second, "second", "second", "seconds"),
    unit(Unit::Minute, "minute", "分钟", "minutes"),
    unit(Unit::Hour, "hour", "小时", "hours"),
    unit(Unit::Day, "day", "天", "days"),
    unit(Unit::Week, "week", "周", "weeks"),
    unit(Unit::Month, "month", "个月", "months"),
    unit(Unit::Year, "year", "年", "years"),
    unit(Unit::Date, "date", "date", "a calendar date"),
    unit(Unit::Kilobyte, "KB", "KB", "kilobytes"),
    unit(Unit::Megabyte, "MB", "MB", "megabytes"),
    unit(Unit::Gigabyte, "GB", "GB", "gigabytes"),
    unit(Unit::Terabyte, "TB", "TB", "terabytes"),
    unit(
        Unit::GigabytePerSecond,
        "GB/s",
        "GB/s",
        "gigabytes per second",
    ),
    unit(
        Unit::TerabytePerSecond,
        "TB/s",
        "TB/s",
        "terabytes per second",
    ),
    unit(Unit::Watt, "W", "W", "watts"),
    unit(Unit::Hertz, "Hz", "赫兹", "hertz"),
    unit(Unit::Byte, "byte", "字节", "bytes"),
    unit(
        Unit::Teraflops,
        "TFLOPS",
        "TFLOPS",
        "tera floating-point operations per second",
    ),
    unit(
        Unit::Petaflops,
        "PFLOPS",
        "PFLOPS",
        "peta floating-point operations per second",
    ),
    unit(
        Unit::Exaflops,
        "EFLOPS",
        "EFLOPS",
        "exa floating-point operations per second",
    ),
    unit(
        Unit::HkdPerUsd,
        "HKD_per_USD",
        "港元/美元",
        "exchange rate, Hong Kong dollars per US dollar",
    ),
    unit(
        Unit::CnyPerUsd,
        "CNY_per_USD",
        "元/美元",
        "exchange rate, yuan per US dollar",
    ),
    unit(
        Unit::UsdPerMtoken,
        "USD_per_Mtoken",
        "美元/百万token",
        "API price, US dollars per million tokens",
    ),
    unit(
        Unit::CnyPerMtoken,
        "CNY_per_Mtoken",
        "元/百万token",
        "API price, yuan per million tokens",
    ),
    unit(Unit::Kilogram, "kg", "公斤", "kilograms"),
    unit(Unit::Gram, "g", "克", "grams"),
    unit(Unit::Milligram, "mg", "毫克", "milligrams"),
    unit(Unit::Tonne, "t", "吨", "tonnes"),
    unit(Unit::Jin, "jin", "斤", "jin (half a kilogram)"),
    unit(Unit::Liang, "liang", "两", "liang (a tenth of a jin)"),
    unit(Unit::Kilometre, "km", "公里", "kilometres"),
    unit(Unit::Metre, "m", "米", "metres"),
    unit(Unit::Centimetre, "cm", "厘米", "centimetres"),
    unit(Unit::Millimetre, "mm", "毫米", "millimetres"),
    unit(Unit::Nanometre, "nm", "纳米", "nanometres"),
    unit(Unit::Mile, "mi", "英里", "miles"),
    unit(Unit::NauticalMile, "nmi", "海里", "nautical miles"),
    unit(Unit::Foot, "ft", "英尺", "feet"),
    unit(Unit::Inch, "in", "英寸", "inches"),
    unit(Unit::SquareMetre, "m²", "平方米", "square metres"),
    unit(
        Unit::SquareKilometre,
        "km²",
        "平方公里",
        "square kilometres",
    ),
    unit(Unit::SquareFoot, "ft²", "平方英尺", "square feet"),
    unit(Unit::Hectare, "ha", "公顷", "hectares"),
    unit(Unit::Mu, "mu", "亩", "mu (a fifteenth of a hectare)"),
    unit(Unit::Litre, "L", "升", "litres"),
    unit(Unit::Millilitre, "mL", "毫升", "millilitres"),
    unit(Unit::CubicMetre, "m³", "立方米", "cubic metres"),
    unit(
        Unit::KilometrePerHour,
        "km/h",
        "公里/小时",
        "kilometres per hour",
    ),
    unit(Unit::Celsius, "°C", "摄氏度", "degrees Celsius"),
    unit(Unit::Fahrenheit, "°F", "华氏度", "degrees Fahrenheit"),
    unit(Unit::Millisecond, "millisecond", "毫秒", "milliseconds"),
    unit(Unit::Microsecond, "microsecond", "微秒", "microseconds"),
];

impl Unit {
    /// What the table says of this unit.
    pub fn info(self) -> &'static UnitInfo {
        &UNITS[self as usize]
    }

    /// Its id: `USD`, `GPU_hour`, `%`.
    pub fn as_str(self) -> &'static str {
        self.info().id
    }

    /// Its Chinese display name: 美元, GPU小时, 个百分点.
    pub fn zh(self) -> &'static str {
        self.info().zh
    }

    /// What it means, in English.
    pub fn describe(self) -> &'static str {
        self.info().en
    }

    /// Whether it is a currency.
    pub fn is_currency(self) -> bool {
        self.info().currency
    }

    /// The currency an amount of this unit is counted in: the unit itself
    /// for a currency, the currency of a price per million tokens
    /// (`USD_per_Mtoken` is counted in US dollars).
    pub fn money(self) -> Option<Unit> {
        match self {
            Unit::UsdPerMtoken => Some(Unit::Usd),
            Unit::CnyPerMtoken => Some(Unit::Cny),
            u if u.is_currency() => Some(u),
            _ => None,
        }
    }

    /// How many of this unit one of `other` is, when the two measure the
    /// same thing on scales a thousand apart (1 TB/s is 1000 GB/s): a
    /// figure in one is checked against a reference in the other.
    pub fn per(self, other: Unit) -> Option<rust_decimal::Decimal> {
        self.other_scale()
            .filter(|&(u, _)| u == other)
            .map(|(_, k)| k)
    }

    /// The unit that measures the same thing a thousand apart from this
    /// one, and how many of this unit one of it is (GB/s: TB/s, 1000).
    pub fn other_scale(self) -> Option<(Unit, rust_decimal::Decimal)> {
        use rust_decimal::Decimal;
        match self {
            Unit::GigabytePerSecond => Some((Unit::TerabytePerSecond, Decimal::from(1000))),
            Unit::TerabytePerSecond => Some((Unit::GigabytePerSecond, Decimal::new(1, 3))),
            _ => None,
        }
    }

    /// Whether some unit measures the same thing a thousand apart from
    /// this one (see [`Unit::other_scale`]).
    pub fn has_other_scale(self) -> bool {
        self.other_scale().is_some()
    }

    /// The unit with this id, if there is one.
    pub fn parse(id: &str) -> Option<Unit> {
        UNITS.iter().find(|u| u.id == id).map(|u| u.unit)
    }
}

impl std::fmt::Display for Unit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> Result<Unit, String> {
        Unit::parse(s).ok_or_else(|| format!("unknown unit `{s}`"))
    }
}

impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Every unit hecha writes, with what it means (for docs and `claims lint`).
pub static ALL: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(|| UNITS.iter().map(|u| (u.id, u.en)).collect());

/// True for a unit id in [`UNITS`].
pub fn is_known(u: &str) -> bool {
    Unit::parse(u).is_some()
}

/// True for the id of a currency.
pub fn is_currency(u: &str) -> bool {
    Unit::parse(u).is_some_and(Unit::is_currency)
}

/// What a word of [`WORDS`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Money: a currency word, code or symbol.
    Currency,
    /// A measure word (classifier): what it counts, and so the unit,
    /// depends on the words around it (`颗` GPUs, `次` downloads).
    Measure,
    /// A measure word of a physical quantity (`公斤`, `吨`, `公里`): read as
    /// a measure word, but one before it is one of them (`一公斤`), not
    /// the article of `一家公司`, and 半 after it is a half (`两吨半`).
    Physical,
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
    /// The normalised unit (one of [`ALL`]); for a measure word, the unit
    /// it measures in (`公斤`, `米`), or `None` when that depends on what
    /// is counted (`颗`, `家`); `None` for SI units hecha does not read.
    pub(super) unit: Option<Unit>,
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
    unit: Unit,
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

const fn money(spellings: &'static [&'static str], unit: Unit, places: u8) -> Word {
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

/// A measure word of a physical quantity, with the unit it measures in.
const fn physical(spellings: &'static [&'static str], unit: Unit, kind: Kind) -> Word {
    Word {
        spellings,
        unit: Some(unit),
        kind,
        class: Class::Physical,
        places: AFTER,
    }
}

/// A measure word that also names a unit (`米`, `亩`), read as a measure
/// word (`一米阳光` stays a word) but measuring in that unit.
const fn measure_in(spellings: &'static [&'static str], unit: Unit) -> Word {
    Word {
        unit: Some(unit),
        kind: Quantity,
        ..measure(spellings)
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
    money(&["美元"], Unit::Usd, AFTER | BEFORE),
    money(&["美金"], Unit::Usd, AFTER | BEFORE),
    money(&["US$", "US＄"], Unit::Usd, BEFORE),
    money(&["USD"], Unit::Usd, BEFORE),
    money(&["$", "＄"], Unit::Usd, BEFORE),
    money(&["港元"], Unit::Hkd, AFTER | BEFORE),
    money(&["港币", "港幣"], Unit::Hkd, AFTER | BEFORE),
    money(&["港圓"], Unit::Hkd, AFTER),
    money(&["港纸", "港紙"], Unit::Hkd, AFTER),
    money(&["HK$", "HK＄", "HK $"], Unit::Hkd, BEFORE),
    money(&["HKD"], Unit::Hkd, BEFORE),
    money(&["人民币", "人民幣"], Unit::Cny, AFTER | BEFORE),
    money(&["元人民币", "元人民幣"], Unit::Cny, AFTER),
    money(&["元", "圆"], Unit::Cny, AFTER),
    money(&["RMB"], Unit::Cny, BEFORE),
    money(&["CNY"], Unit::Cny, BEFORE),
    money(&["¥", "￥"], Unit::Cny, BEFORE),
    money(&["新台币", "新台幣", "新臺幣"], Unit::Twd, AFTER | BEFORE),
    money(&["台币", "台幣", "臺幣"], Unit::Twd, AFTER | BEFORE),
    money(&["NT$", "NT＄"], Unit::Twd, BEFORE),
    money(&["TWD", "NTD"], Unit::Twd, BEFORE),
    money(&["欧元", "歐元"], Unit::Eur, AFTER | BEFORE),
    money(&["EUR"], Unit::Eur, BEFORE),
    money(&["€"], Unit::Eur, BEFORE),
    money(&["日元", "日圓"], Unit::Jpy, AFTER | BEFORE),
    money(&["日圆"], Unit::Jpy, AFTER),
    money(&["日幣", "日币"], Unit::Jpy, AFTER),
    money(&["JPY"], Unit::Jpy, BEFORE),
    money(&["英镑", "英鎊"], Unit::Gbp, AFTER | BEFORE),
    // (a common misspelling)
    money(&["英磅"], Unit::Gbp, AFTER),
    money(&["GBP"], Unit::Gbp, BEFORE),
    money(&["£"], Unit::Gbp, BEFORE),
    money(&["韩元", "韓元"], Unit::Krw, AFTER | BEFORE),
    money(&["KRW"], Unit::Krw, BEFORE),
    money(&["₩"], Unit::Krw, BEFORE),
    money(
        &["澳元", "澳大利亚元", "澳大利亞元"],
        Unit::Aud,
        AFTER | BEFORE,
    ),
    money(&["A$", "AU$", "AUD"], Unit::Aud, BEFORE),
    money(
        &["加元", "加拿大元", "加币", "加幣"],
        Unit::Cad,
        AFTER | BEFORE,
    ),
    money(&["C$", "CA$", "CAD"], Unit::Cad, BEFORE),
    money(
        &["新加坡元", "新加坡币", "新加坡幣", "新币", "新幣"],
        Unit::Sgd,
        AFTER | BEFORE,
    ),
    money(&["S$", "SGD"], Unit::Sgd, BEFORE),
    money(&["瑞士法郎", "瑞郎"], Unit::Chf, AFTER | BEFORE),
    money(&["CHF"], Unit::Chf, BEFORE),
    money(
        &["印度卢比", "印度盧比", "卢比", "盧比", "印度卢布"],
        Unit::Inr,
        AFTER | BEFORE,
    ),
    money(&["₹", "INR"], Unit::Inr, BEFORE),
    money(
        &["卢布", "盧布", "俄罗斯卢布", "俄羅斯盧布"],
        Unit::Rub,
        AFTER | BEFORE,
    ),
    money(&["₽", "RUB"], Unit::Rub, BEFORE),
    money(&["泰铢", "泰銖"], Unit::Thb, AFTER | BEFORE),
    money(&["THB"], Unit::Thb, BEFORE),
    money(
        &["马来西亚令吉", "馬來西亞令吉", "令吉", "马币", "馬幣"],
        Unit::Myr,
        AFTER | BEFORE,
    ),
    money(&["MYR"], Unit::Myr, BEFORE),
    money(
        &["澳门元", "澳門元", "澳门币", "澳門幣", "葡币", "葡幣"],
        Unit::Mop,
        AFTER | BEFORE,
    ),
    money(&["MOP$", "MOP"], Unit::Mop, BEFORE),
    // percentages and multiples
    w(&["%", "％"], Unit::Percent, Percent, Other, AFTER),
    w(
        &["个百分点", "個百分點"],
        Unit::PercentagePoint,
        Percent,
        Other,
        AFTER,
    ),
    w(
        &["百分点", "百分點"],
        Unit::PercentagePoint,
        Percent,
        Other,
        AFTER,
    ),
    // a basis point is a hundredth of a percentage point (降息25个基点):
    // read as the percentage points it is (see [`BASIS_POINTS`])
    w(BASIS_POINTS, Unit::PercentagePoint, Percent, Other, AFTER),
    // and a per-mille point a tenth of one (出生率提升了0.38个千分点)
    w(
        PER_MILLE_POINTS,
        Unit::PercentagePoint,
        Percent,
        Other,
        AFTER,
    ),
    w(&["‰"], Unit::PerMille, Percent, Other, AFTER),
    w(&["倍"], Unit::Multiple, Multiple, Other, AFTER),
    // compute
    w(
        &["GPU小时", "GPU小時", "GPU 小时", "GPU 小時"],
        Unit::GpuHour,
        Quantity,
        Other,
        AFTER,
    ),
    w(&["GPU时", "GPU時"], Unit::GpuHour, Quantity, Other, AFTER),
    w(
        &["GPU-hours", "GPU hours"],
        Unit::GpuHour,
        Quantity,
        Other,
        AFTER,
    ),
    w(
        &["GPU-hour", "GPU hour"],
        Unit::GpuHour,
        Quantity,
        Other,
        AFTER,
    ),
    w(&["卡时", "卡時"], Unit::GpuHour, Quantity, Other, AFTER),
    w(
        &["次浮点运算", "次浮點運算"],
        Unit::Flop,
        Quantity,
        Other,
        AFTER,
    ),
    // (FLOPS with no T, P or E before it counts operations as news writes
    // a training run's: 2.15e25 FLOPS; no machine does that many a second)
    w(
        &["FLOPS", "Flops", "FLOPs", "FLOP", "flops"],
        Unit::Flop,
        Quantity,
        Other,
        AFTER,
    ),
    // a petaflop/s-day is 10^15 operations a second for a day: read as the
    // operations it counts (see [`PF_DAYS`])
    w(PF_DAYS, Unit::Flop, Quantity, Other, AFTER),
    // (FLOPS in any case after T, P or E is a rate, as news writes it:
    // 296 TFLOPs, 148TFlops; and after a T read alone, 990T Flops)
    w(
        &[
            "TFLOPS", "TFLOPs", "TFlops", "Tflops", "TFLOP/s", "T FLOPS", "T FLOPs", "T Flops",
            "T flops",
        ],
        Unit::Teraflops,
        Quantity,
        Other,
        AFTER,
    ),
    w(
        &["PFLOPS", "PFLOPs", "PFlops", "Pflops", "PFLOP/s"],
        Unit::Petaflops,
        Quantity,
        Other,
        AFTER,
    ),
    w(
        &["EFLOPS", "EFLOPs", "EFlops", "Eflops", "EFLOP/s"],
        Unit::Exaflops,
        Quantity,
        Other,
        AFTER,
    ),
    w(&["GB/s"], Unit::GigabytePerSecond, Quantity, Other, AFTER),
    w(&["TB/s"], Unit::TerabytePerSecond, Quantity, Other, AFTER),
    w(&["GB"], Unit::Gigabyte, Quantity, Other, AFTER),
    w(&["TB"], Unit::Terabyte, Quantity, Other, AFTER),
    w(&["MB"], Unit::Megabyte, Quantity, Other, AFTER),
    w(&["KB"], Unit::Kilobyte, Quantity, Other, AFTER),
    // SI units: 兆 before them is mega
    w(&["瓦"], Unit::Watt, Quantity, Si, AFTER),
    w(&["W"], Unit::Watt, Quantity, Si, AFTER),
    si(&["w"]),
    w(&["赫兹", "赫茲", "赫"], Unit::Hertz, Quantity, Si, AFTER),
    w(&["Hz"], Unit::Hertz, Quantity, Si, AFTER),
    w(&["字节", "字節"], Unit::Byte, Quantity, Si, AFTER),
    si(&["B"]),
    si(&["位元"]),
    si(&["比特"]),
    si(&["bit"]),
    si(&["帕斯卡"]),
    si(&["焦耳"]),
    si(&["伏特"]),
    si(&["欧姆", "歐姆"]),
    // time
    w(
        &["个多小时", "個多小時"],
        Unit::Hour,
        Duration,
        Other,
        AFTER,
    ),
    w(&["个小时", "個小時"], Unit::Hour, Duration, Other, AFTER),
    w(&["小时", "小時"], Unit::Hour, Duration, Other, AFTER),
    w(
        &["个多钟头", "個多鐘頭"],
        Unit::Hour,
        Duration,
        Other,
        AFTER,
    ),
    w(&["钟头", "鐘頭"], Unit::Hour, Duration, Other, AFTER),
    w(&["分钟", "分鐘"], Unit::Minute, Duration, Other, AFTER),
    w(&["秒钟", "秒鐘"], Unit::Second, Duration, Other, AFTER),
    w(&["秒"], Unit::Second, Duration, Other, AFTER),
    w(&["天"], Unit::Day, Duration, Other, AFTER),
    // (days as Hong Kong and Taiwan write them, where no day of the month
    // was read: 約150日, 連續3日; see `quantity::unit_word_ok`)
    w(&["日"], Unit::Day, Duration, Other, AFTER),
    w(
        &["个多星期", "個多星期"],
        Unit::Week,
        Duration,
        Other,
        AFTER,
    ),
    w(&["个星期", "個星期"], Unit::Week, Duration, Other, AFTER),
    w(
        &["个多礼拜", "個多禮拜"],
        Unit::Week,
        Duration,
        Other,
        AFTER,
    ),
    w(&["个礼拜", "個禮拜"], Unit::Week, Duration, Other, AFTER),
    w(&["星期"], Unit::Week, Duration, Other, AFTER),
    w(&["礼拜"], Unit::Week, Duration, Other, AFTER),
    w(&["周", "週"], Unit::Week, Duration, Other, AFTER),
    w(&["个多月", "個多月"], Unit::Month, Duration, Other, AFTER),
    w(&["个月", "個月"], Unit::Month, Duration, Other, AFTER),
    w(&["年"], Unit::Year, Duration, Other, AFTER),
    // what is counted
    w(&["活跃用户", "活躍用戶"], Unit::User, Count, Other, NOUN),
    w(&["用户数", "用戶數"], Unit::User, Count, Other, NOUN),
    w(&["用户", "用戶"], Unit::User, Count, Other, AFTER | NOUN),
    w(&["日活"], Unit::User, Count, Other, NOUN),
    w(&["月活"], Unit::User, Count, Other, NOUN),
    w(&["人口"], Unit::People, Count, Other, NOUN),
    w(&["人数", "人數"], Unit::People, Count, Other, NOUN),
    w(&["名"], Unit::People, Count, Other, AFTER),
    w(&["人"], Unit::People, Count, Other, AFTER),
    w(&["位"], Unit::People, Count, Other, AFTER),
    w(&["人次"], Unit::Times, Count, Other, AFTER),
    w(&["下载量", "下載量"], Unit::Download, Count, Other, NOUN),
    w(
        &["下载次数", "下載次數"],
        Unit::Download,
        Count,
        Other,
        NOUN,
    ),
    w(&["家"], Unit::Entity, Count, Other, AFTER),
    w(&["种", "種"], Unit::Type, Count, Other, AFTER),
    w(&["类", "類"], Unit::Type, Count, Other, AFTER),
    w(
        &["参数量", "參數量", "引數量"],
        Unit::Parameter,
        Quantity,
        Other,
        NOUN,
    ),
    w(
        &["个参数", "個參數", "個引數"],
        Unit::Parameter,
        Quantity,
        Other,
        AFTER,
    ),
    w(
        // (引數, as some of Taiwan's press writes a model's parameters)
        &["参数", "參數", "引數"],
        Unit::Parameter,
        Quantity,
        Other,
        AFTER | NOUN,
    ),
    w(
        &["上下文长度", "上下文長度"],
        Unit::Token,
        Quantity,
        Other,
        NOUN,
    ),
    w(&["上下文窗口"], Unit::Token, Quantity, Other, NOUN),
    w(&["上下文"], Unit::Token, Quantity, Other, NOUN),
    w(&["个token", "個token"], Unit::Token, Quantity, Other, AFTER),
    w(
        &["tokens", "token", "Token"],
        Unit::Token,
        Quantity,
        Other,
        AFTER,
    ),
    w(&["个词元"], Unit::Token, Quantity, Other, AFTER),
    w(&["词元", "詞元"], Unit::Token, Quantity, Other, AFTER),
    // (the word some translations use: 8.1万亿令牌)
    w(&["令牌"], Unit::Token, Quantity, Other, AFTER),
    // (the word translations of papers use for a token: 18T 标记)
    w(&["标记", "標記"], Unit::Token, Quantity, Other, AFTER),
    w(&["激活"], Unit::Parameter, Quantity, Other, NOUN),
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
    physical(&["吨", "噸"], Unit::Tonne, Quantity),
    physical(&["公斤"], Unit::Kilogram, Quantity),
    physical(&["公里", "公裏"], Unit::Kilometre, Quantity),
    physical(&["千米"], Unit::Kilometre, Quantity),
    physical(&["平方米"], Unit::SquareMetre, Quantity),
    // (米 stays a measure word, in metres: 一米阳光, 一米八)
    measure_in(&["米"], Unit::Metre),
    // physical measures, read as measure words like 公斤, each in its unit
    // (a claim with its word and unit; no fact of the database is in one)
    physical(&["千克"], Unit::Kilogram, Quantity),
    physical(&["克"], Unit::Gram, Quantity),
    physical(&["毫克"], Unit::Milligram, Quantity),
    physical(&["斤"], Unit::Jin, Quantity),
    physical(&["厘米", "釐米"], Unit::Centimetre, Quantity),
    physical(&["毫米"], Unit::Millimetre, Quantity),
    physical(&["纳米", "納米", "奈米"], Unit::Nanometre, Quantity),
    physical(&["平方公里", "平方千米"], Unit::SquareKilometre, Quantity),
    physical(
        &["平方英尺", "平方呎", "平方尺"],
        Unit::SquareFoot,
        Quantity,
    ),
    physical(&["公分"], Unit::Centimetre, Quantity),
    physical(&["公尺"], Unit::Metre, Quantity),
    physical(&["英尺", "呎"], Unit::Foot, Quantity),
    physical(&["英寸", "英吋", "吋"], Unit::Inch, Quantity),
    physical(&["英里", "英裏", "哩"], Unit::Mile, Quantity),
    physical(&["海里", "海浬"], Unit::NauticalMile, Quantity),
    physical(&["毫升"], Unit::Millilitre, Quantity),
    physical(&["公升"], Unit::Litre, Quantity),
    // (升 before 至, 到, 级… is the verb: see `measure_word_at`)
    physical(&["升"], Unit::Litre, Quantity),
    physical(&["ml", "mL"], Unit::Millilitre, Quantity),
    physical(&["mg"], Unit::Milligram, Quantity),
    physical(&["立方米"], Unit::CubicMetre, Quantity),
    physical(&["公顷", "公頃"], Unit::Hectare, Quantity),
    physical(&["毫秒"], Unit::Millisecond, Duration),
    physical(&["微秒"], Unit::Microsecond, Duration),
    physical(&["摄氏度", "攝氏度", "℃", "°C"], Unit::Celsius, Quantity),
    physical(&["华氏度", "華氏度", "℉", "°F"], Unit::Fahrenheit, Quantity),
    physical(&["kg", "㎏"], Unit::Kilogram, Quantity),
    physical(&["㎢"], Unit::SquareKilometre, Quantity),
    physical(&["km", "㎞"], Unit::Kilometre, Quantity),
    physical(&["cm"], Unit::Centimetre, Quantity),
    physical(&["mm"], Unit::Millimetre, Quantity),
    physical(&["nm"], Unit::Nanometre, Quantity),
    physical(&["m²", "㎡"], Unit::SquareMetre, Quantity),
    physical(&["m³"], Unit::CubicMetre, Quantity),
    physical(&["ms"], Unit::Millisecond, Duration),
    measure_in(&["亩", "畝"], Unit::Mu),
    measure(&["户", "戶"]),
    measure(&["国", "國"]),
    measure(&["周岁", "週歲", "周歲"]),
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

/// Each spelling of every word with its row, and the full-width form of
/// each spelling with ASCII letters after it (`ＧＢ`, `ＴＢ/ｓ` as `ＴＢ／ｓ`,
/// `ＵＳ＄`), built once.
static SPELLINGS: LazyLock<Vec<(&'static str, &'static Word)>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for w in WORDS {
        for &s in w.spellings {
            out.push((s, w));
            for wide in crate::words::full_width_forms(s) {
                // (a few dozen strings, made once for the process)
                out.push((&*Box::leak(wide.into_boxed_str()), w));
            }
        }
    }
    out
});

/// Each spelling of the words read at `place`, with its row.
fn spellings_at(place: u8) -> impl Iterator<Item = (&'static str, &'static Word)> {
    SPELLINGS
        .iter()
        .filter(move |(_, w)| w.places & place != 0)
        .copied()
}

/// The currency a word names on its own (美元, 港幣, 新臺幣), as written
/// after a number.
pub(super) fn currency_named(word: &str) -> Option<Unit> {
    spellings_at(AFTER)
        .find(|(s, w)| *s == word && w.class == Class::Currency)
        .and_then(|(_, w)| w.unit)
}

/// Units written after the number: spelling, unit, kind.
/// (Not the measure words, whose unit is read with them.)
pub(super) static UNIT_WORDS: LazyLock<Vec<(&'static str, Unit, Kind)>> = LazyLock::new(|| {
    spellings_at(AFTER)
        .filter(|(_, w)| !matches!(w.class, Class::Measure | Class::Physical))
        .filter_map(|(s, w)| w.unit.map(|u| (s, u, w.kind)))
        .collect()
});

/// The unit and kind a measure word measures in (`公斤` kilograms, `℃`
/// degrees Celsius, `米` metres); none for a measure word whose unit
/// depends on what is counted (`颗`, `家`). 两 after a digit is liang.
pub(super) fn measured_unit(word: &str) -> Option<(Unit, Kind)> {
    /// (looked up for every measure word read: a map, built once)
    static MEASURED: LazyLock<rustc_hash::FxHashMap<&'static str, (Unit, Kind)>> =
        LazyLock::new(|| {
            spellings_at(AFTER)
                .filter(|(_, w)| matches!(w.class, Class::Measure | Class::Physical))
                .filter_map(|(s, w)| w.unit.map(|u| (s, (u, w.kind))))
                .collect()
        });
    if word == "两" {
        return Some((Unit::Liang, Kind::Quantity));
    }
    MEASURED.get(word).copied()
}

/// Measure words for counted things; the unit depends on what is counted.
pub(super) static CLASSIFIERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    spellings_at(AFTER)
        .filter(|(_, w)| matches!(w.class, Class::Measure | Class::Physical))
        .map(|(s, _)| s)
        .collect()
});

/// Currency symbols, codes and words written before the number.
pub(super) static PREFIX_CURRENCIES: LazyLock<Vec<(&'static str, Unit)>> = LazyLock::new(|| {
    spellings_at(BEFORE)
        .filter_map(|(s, w)| w.unit.map(|u| (s, u)))
        .collect()
});

/// Nouns before a bare number that say what it counts (用户数已达2,215万),
/// in the order they are tried: spelling, unit, kind.
pub(super) static COUNT_NOUNS: LazyLock<Vec<(&'static str, Unit, Kind)>> = LazyLock::new(|| {
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
/// Spellings of the petaflop/s-day, the unit papers count training compute
/// in (GPT-3: 3,640 PF-days): 10^15 operations a second for a day.
/// Basis points, read as percentage points (a hundredth of one each).
pub(super) const BASIS_POINTS: &[&str] =
    &["个基点", "個基點", "基点", "基點", "bps", "bp", "BPs", "BP"];

/// Per-mille points, read as the tenths of a percentage point they are.
pub(super) const PER_MILLE_POINTS: &[&str] = &["个千分点", "個千分點", "千分点", "千分點"];

pub(super) const PF_DAYS: &[&str] = &[
    "PF-days",
    "PF-day",
    "pf-days",
    "PF-Days",
    "PFLOPS-days",
    "PFLOPS-day",
    "PFLOP/s-days",
    "PFLOP/s-day",
    "petaflop/s-days",
    "petaflop/s-day",
    "petaflops-days",
    "petaflops-day",
    "petaflop-days",
    "petaflop-day",
];

/// The operations in one petaflop/s-day: 10^15 × 86,400.
pub(super) fn flop_per_pf_day() -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_i128_with_scale(86_400 * 10i128.pow(15), 0)
}

/// Whether a petaflop/s-day spelling starts at char `k`.
pub(super) fn pf_day_at(t: &Text, k: usize) -> bool {
    PF_DAYS.iter().any(|w| t.starts(k, w))
}

/// The longest unit word at char `k` (the first in [`UNIT_WORDS`] among
/// the longest): the first found among those with its first character,
/// which are tried longest first.
pub(super) fn unit_word_at(t: &Text, k: usize) -> Option<(&'static str, Unit, Kind)> {
    UNIT_WORDS_BY_FIRST
        .get(t.raw_at(k)?)
        .iter()
        .find(|(w, _, _)| t.starts(k, w))
        .copied()
}

/// Whether the characters at `k` start a unit after which a decimal
/// written after a place is one (`三千点五元`, `十点五个百分点`): a
/// currency, a percentage or a multiple. (Not a time: `十点五分` is five
/// past ten.)
pub(super) fn decimal_unit_at(chars: &[char], k: usize) -> bool {
    unit_of_kind_at(chars, k, |kind| {
        matches!(kind, Kind::Money | Kind::Percent | Kind::Multiple)
    })
}

/// Whether `word` (letters after a number) is FLOPS or FLOPs in any case,
/// perhaps after T, P or E: a unit, not a name (`296TFLOPs`, `1.5PFLOPS`).
pub(super) fn is_flops_word(word: &str) -> bool {
    let rest = word.strip_prefix(['T', 'P', 'E']).unwrap_or(word);
    rest.eq_ignore_ascii_case("flops") || rest.eq_ignore_ascii_case("flop")
}

/// Whether FLOP (in any case) starts at char `k`, perhaps after a space:
/// the T before it is tera of a rate (`990T Flops`), not a scale.
pub(super) fn flops_at(t: &Text, k: usize) -> bool {
    let k = if t.at(k) == Some(' ') { k + 1 } else { k };
    ["FLOP", "Flop", "flop"].iter().any(|w| t.starts(k, w))
}

/// Whether the characters at `k` start a currency written after a number
/// (`港元`, `美元`, `元`).
pub(super) fn currency_after_at(chars: &[char], k: usize) -> bool {
    unit_of_kind_at(chars, k, |kind| kind == Kind::Money)
}

/// Whether the characters at `k` start a unit word of a kind `ok` takes.
fn unit_of_kind_at(chars: &[char], k: usize, ok: impl Fn(Kind) -> bool) -> bool {
    let Some(&c) = chars.get(k) else {
        return false;
    };
    UNIT_WORDS_BY_FIRST.get(c).iter().any(|(w, _, kind)| {
        ok(*kind) && w.chars().zip(k..).all(|(wc, j)| chars.get(j) == Some(&wc))
    })
}

/// Whether a unit word or a measure word may start with the character
/// `c` (a look-up of the first characters of both tables, no word
/// compared).
pub(super) fn may_start_unit_or_measure(c: char) -> bool {
    !UNIT_WORDS_BY_FIRST.get(c).is_empty() || !CLASSIFIERS_BY_FIRST.get(c).is_empty()
}

/// Whether the measure word `w` measures a physical quantity (`公斤`,
/// `吨`: [`Class::Physical`]).
pub(super) fn is_physical_measure(w: &str) -> bool {
    static PHYSICAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        spellings_at(AFTER)
            .filter(|(_, w)| w.class == Class::Physical)
            .map(|(s, _)| s)
            .collect()
    });
    PHYSICAL.contains(&w)
}

/// Whether a measure word of a physical quantity starts at char `k`
/// (`吨`, `厘米`, `公里`).
pub(super) fn physical_measure_at(chars: &[char], k: usize) -> bool {
    static PHYSICAL: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
        spellings_at(AFTER)
            .filter(|(_, w)| w.class == Class::Physical)
            .map(|(s, _)| s.chars().collect())
            .collect()
    });
    let rest = chars.get(k..).unwrap_or_default();
    PHYSICAL.iter().any(|w| rest.starts_with(w))
}

/// The measure word at char `k` (no measure word starts another).
/// 升 is a litre only where it is not the verb "rise" (`由3升至5`,
/// `一升一降`, `3升级`).
pub(super) fn measure_word_at(t: &Text, k: usize) -> Option<&'static str> {
    let w = CLASSIFIERS_BY_FIRST
        .get(t.raw_at(k)?)
        .iter()
        .copied()
        .find(|w| t.starts(k, w))?;
    if w == "升" && t.at(k + 1).is_some_and(|c| RISE_AFTER.contains(c)) {
        return None;
    }
    Some(w)
}

/// Characters after which 升 after a number rises, not a litre.
const RISE_AFTER: &str =
    "至到为為了高幅级級值格学學职職任空旗温溫息降跌破上穿近回向见見逾超过過越抵约約逼一二两兩三四五六七八九十1234567890";

/// The unit words by their first character, the longest first (and in
/// the list's order among those as long: the sort keeps it).
static UNIT_WORDS_BY_FIRST: LazyLock<ByChar<(&'static str, Unit, Kind)>> = LazyLock::new(|| {
    let mut words = UNIT_WORDS.clone();
    words.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
    ByChar::new(&words, |(w, _, _)| w.chars().next())
});
static CLASSIFIERS_BY_FIRST: LazyLock<ByChar<&'static str>> =
    LazyLock::new(|| ByChar::new(&CLASSIFIERS, |w| w.chars().next()));
static PREFIX_CURRENCIES_BY_LAST: LazyLock<ByChar<(&'static str, Unit)>> =
    LazyLock::new(|| ByChar::new(&PREFIX_CURRENCIES, |(w, _)| w.chars().next_back()));

/// What a bare number counts, from the first count noun found in `before`.
/// (A noun is tried only where its first character is; the first in the
/// list's order among those found is the one a search of `before` for
/// each noun in turn finds.)
pub(super) fn count_noun_in(before: &str) -> Option<(Unit, Kind)> {
    let mut first: Option<usize> = None;
    for (p, c) in before.char_indices() {
        // (each part is in the list's order: past the best so far, stop)
        for &k in COUNT_NOUNS_BY_FIRST.get(c) {
            if first.is_some_and(|f| f <= k) {
                break;
            }
            if before[p..].starts_with(COUNT_NOUNS[k].0) {
                first = Some(k);
                break;
            }
        }
        if first == Some(0) {
            break;
        }
    }
    first.map(|k| (COUNT_NOUNS[k].1, COUNT_NOUNS[k].2))
}

/// The places of [`COUNT_NOUNS`] by the first character of each noun.
static COUNT_NOUNS_BY_FIRST: LazyLock<ByChar<usize>> = LazyLock::new(|| {
    let places: Vec<usize> = (0..COUNT_NOUNS.len()).collect();
    ByChar::new(&places, |&k| COUNT_NOUNS[k].0.chars().next())
});

pub(super) fn prefix_currency(t: &Text, i: usize) -> Option<(usize, Unit)> {
    // allow one space between the symbol and the digits
    let k = if i > 0 && t.chars[i - 1] == ' ' {
        i - 1
    } else {
        i
    };
    let mut best: Option<(usize, Unit)> = None;
    for &(w, u) in PREFIX_CURRENCIES_BY_LAST.get(t.raw_before(k)?) {
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
            // a dollar sign after letters hecha does not know (R$, M$) is
            // another currency than the US dollar
            if matches!(w, "$" | "＄") && k > len && t.chars[k - len - 1].is_ascii_alphabetic() {
                continue;
            }
            // Chinese currency words before the number only when glued (美元5亿)
            if !w.is_ascii()
                && !matches!(w, "¥" | "￥" | "€" | "£" | "＄" | "₩" | "₹" | "₽")
                && k != i
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
    fn the_unit_word_found_is_the_longest_of_the_list() {
        // (the first in the list's order among the longest at `k`)
        let longest = |t: &Text, k: usize| {
            let mut best: Option<(&'static str, Unit, Kind)> = None;
            for &(w, u, kd) in UNIT_WORDS.iter() {
                if t.starts(k, w) && best.is_none_or(|(b, _, _)| w.len() > b.len()) {
                    best = Some((w, u, kd));
                }
            }
            best
        };
        let words: Vec<&str> = UNIT_WORDS.iter().map(|(w, _, _)| *w).collect();
        let pieces = crate::testing::word_pieces(&words, &["2", " ", "廿", "的"]);
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        let mut next = crate::testing::xorshift(0x0u64.wrapping_add(0x1234_5678_9abc));
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 6);
            let t = Text::new(&s);
            for k in 0..t.len() + 1 {
                assert_eq!(unit_word_at(&t, k), longest(&t, k), "{s:?} at {k}");
            }
        }
    }

    #[test]
    fn count_nouns_found_are_those_a_search_finds() {
        let search = |before: &str| {
            COUNT_NOUNS
                .iter()
                .find(|(w, _, _)| before.contains(w))
                .map(|&(_, u, k)| (u, k))
        };
        assert!(COUNT_NOUNS.iter().all(|(w, _, _)| !w.is_empty()));
        // every noun alone, every pair in both orders, inside other text
        let nouns: Vec<&str> = COUNT_NOUNS.iter().map(|(w, _, _)| *w).collect();
        for a in &nouns {
            for b in &nouns {
                for s in [
                    a.to_string(),
                    format!("共有{a}和{b}约"),
                    format!("{b}{a}"),
                    format!("x{a}{b}y"),
                ] {
                    assert_eq!(count_noun_in(&s), search(&s), "{s}");
                }
            }
        }
        for s in ["", "没有名词", "该公司的员工人数", "用户 和 下载 次数"] {
            assert_eq!(count_noun_in(s), search(s), "{s}");
        }
    }

    #[test]
    fn units_are_in_the_order_of_their_variants() {
        for (k, u) in UNITS.iter().enumerate() {
            assert_eq!(u.unit as usize, k, "{}", u.id);
            assert_eq!(Unit::parse(u.id), Some(u.unit));
        }
    }

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
                assert_eq!(w.class == Class::Currency, u.is_currency(), "{u}");
                assert_eq!(w.class == Class::Currency, w.kind == Kind::Money, "{u}");
            } else {
                assert!(matches!(
                    w.class,
                    Class::Measure | Class::Physical | Class::Si
                ));
            }
            if w.places & BEFORE != 0 {
                assert_eq!(w.class, Class::Currency);
            }
        }
    }
}
