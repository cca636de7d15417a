//! The mention a reading yields: its span, value, unit, kind and hedge, and
//! the enums that say what it measures and what it is to a reader.

use super::units::Unit;
use crate::date::Date;
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
    /// Byte offset of the first byte, in the text given to
    /// [`Extractor::extract`](super::Extractor::extract).
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
    /// Normalised unit (`USD`, `%`, `GPU_hour`…).
    pub unit: Option<Unit>,
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
    /// The number is the size of a fall a verb right before it states
    /// (`比上年下降3.2%`, `同比下滑了5%`), not a level fallen to
    /// (`回落至5%`): against a rise, it says the other direction.
    pub falls_by: bool,
    /// The measure word used (`颗`, `次`, `人`), when there is one.
    pub classifier: Option<&'static str>,
    /// A rate: the number is per something (`每GPU小时2美元`): `Mtoken`,
    /// `GPU_hour`, `hour`, `person`, `unit`…
    pub per: Option<&'static str>,
    /// For dates: a fiscal year label (`2025財政年度`), matched with `FY2025`.
    pub fiscal: bool,
    /// The figure is written with zeros, or a place character, after its
    /// last significant digit (`1700亿`, `2,000万`, `一千七百亿`): a
    /// rounding, never a figure cut short (see [`written_round`]).
    pub written_round: bool,
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
    pub(super) fn new(start: usize, end: usize, kind: Kind) -> Mention {
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
            falls_by: false,
            classifier: None,
            per: None,
            fiscal: false,
            written_round: false,
            error: None,
            role: Role::Claim,
        }
    }
}

/// Whether `written`, a mention's text, writes its number with zeros or a
/// place character after the last significant digit: the last digit or
/// place (scales such as 万 and 亿 and the unit passed over) is a place
/// character, 十百千 (`一千七百亿`, `3千万`), or the `0` of a run of digits
/// with a nonzero digit and no decimal point (`1700亿`, `2,000万`).
/// `278万`, `2.78百万`, `12.9B`, `30.0%` and `一千七百五十三` are not.
pub fn written_round(written: &str) -> bool {
    let is_digit = |c: char| super::numeral::arabic_digit(c).is_some();
    // (read backwards, a char and the one after it, no copy of the text)
    let mut rest = written.char_indices().rev().peekable();
    let mut after = None;
    while let Some(&(k, c)) = rest.peek() {
        if is_digit(c) || super::numeral::chinese_digit(c).is_some() {
            break;
        }
        if super::numeral::small_unit(c).is_some() {
            // (a place between an Arabic digit and a scale, the 百 of
            // 2.78百万 or the 千 of 1.7千亿, is part of the scale)
            let before_digit = written[..k].chars().next_back().is_some_and(is_digit);
            let scale_after = after.is_some_and(|a| super::numeral::big_unit(a).is_some());
            if !(before_digit && scale_after) {
                return true;
            }
        }
        after = Some(c);
        rest.next();
    }
    match rest.next() {
        Some((_, c @ ('0' | '０'))) => {
            let mut nonzero = false;
            for d in std::iter::once(c).chain(rest.map(|(_, d)| d)) {
                if matches!(d, '.' | '．') {
                    return false;
                }
                if !is_digit(d) && !matches!(d, ',' | '，') {
                    break;
                }
                nonzero |= !matches!(d, '0' | '０' | ',' | '，');
            }
            nonzero
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::written_round;

    #[test]
    fn a_figure_written_round_has_zeros_or_a_place_after_its_last_digit() {
        for w in [
            "1700亿",
            "2,000万美元",
            "一千七百亿",
            "三千万",
            "550万",
            "１７００亿",
        ] {
            assert!(written_round(w), "{w}");
        }
        for w in [
            "278万",
            "2.78百万",
            "1.7千亿",
            "3千万",
            "12.9B",
            "30.0%",
            "一千七百五十三",
            "0",
            "3万",
        ] {
            assert!(!written_round(w), "{w}");
        }
    }
}
