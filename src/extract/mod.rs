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
//!
//! The rooms: `text` (the characters the scanner reads), [`numeral`]
//! (Arabic, Chinese and mixed numerals), `scale` (万, 亿, 兆, ×10^n, `671B`),
//! [`units`] (the units, and one table of the words that name them),
//! `qualifier` (hedges and direction words), `names` (what is not a
//! quantity: names, codes, idioms), `dates`, `phrases` (quantities in
//! words: 翻一番, 几千, 百分之三十), `quantity` (a number read step by step),
//! `read` (what is tried at a character, and the words that finish a
//! mention), `mention` (the types a reading yields) and [`currency`] (whose
//! 元 it is).

pub mod currency;
mod dates;
mod joined;
/// The relative years (去年, 今年…) and their distance from the as-of year.
pub(crate) use dates::RELATIVE_YEARS;
pub(crate) use qualifier::{CHANGE_VERBS, CORRECTED_TO};
pub(crate) use quantity::VARIES;
pub(crate) use read::says_only_another_day;
mod mention;
mod names;
pub mod numeral;
pub mod periods;
mod phrases;
mod qualifier;
mod quantity;
mod read;
mod scale;
mod text;
pub mod units;

pub use mention::{Kind, Mention, Qualifier, Relation, Role};
pub use units::Unit;

use crate::date::Date;
use names::skip_mask;
use phrases::mixed_fractions;
use read::{carry_units, mention_at};
use scale::mega_before_si_unit;
use text::{BmpSet, Text};

/// The extractor. Holds nothing but tables today; build it once and share it.
#[derive(Debug, Default)]
pub struct Extractor {
    _private: (),
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
        // (the places where a period's anchor may start are taken in the
        // same pass over the stops)
        let mut anchor_starts = periods::AnchorStarts::default();
        // (each character from `i` that may start a mention: they are
        // among the text's stops, and the others are never looked at)
        for &k in &t.stops {
            anchor_starts.take(&t, k);
            if k < i || !MENTION_STARTS.contains(t.chars[k]) {
                continue;
            }
            i = k;
            if skip[i] {
                i += 1;
                continue;
            }
            match mention_at(&t, i, as_of) {
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
        read::share_list_percent(&t, &mut out);
        read::carry_price_per_token(&t, &mut out);
        read::carry_rate(&t, &mut out);
        currency_noted(text, &mut out);
        mixed_fractions(text, &mut out);
        joined::join_pairs(text, &mut out);
        qualifier::corrections_keep_direction(text, &mut out);
        qualifier::lists_keep_direction(text, &mut out);
        periods::add_among(&t, &anchor_starts, as_of, &mut out);
        // a bare number read into a claim after all (the 2 of 2 1/4) goes
        let claims: Vec<(usize, usize)> = out
            .iter()
            .filter(|m| m.role == Role::Claim)
            .map(|m| (m.start, m.end))
            .collect();
        // (claims are in text order and do not overlap: the one starting
        // last before the bare number's end is the only one that can cover it)
        out.retain(|m| {
            let i = claims.partition_point(|&(a, _)| a < m.end);
            m.role == Role::Claim || i == 0 || claims[i - 1].1 <= m.start
        });
        // a span never ends on the spaces squeezed out before its next word
        for m in &mut out {
            m.end = m.start + text[m.start..m.end].trim_end().len();
            m.written_round =
                m.role == Role::Claim && mention::written_round(&text[m.start..m.end]);
            mega_before_si_unit(text, m);
            if m.role == Role::Claim && is_denominator(text, m) {
                // the "per" of a rate (0.55美元/百万token), not a quantity
                m.role = Role::Bare;
            } else if is_note_mark(text, m) {
                // a note's mark (…6.77‰[3]。), not a quantity
                m.role = Role::Label;
            }
        }
        out
    }
}

/// A currency a note sets for the amounts in bare 元 from there on
/// (393億元（美元，下同）, the Hong Kong press's way): the amount the note
/// follows and every later one in 元 alone (not 人民币, RMB or ¥) are in
/// that currency.
fn currency_noted(text: &str, out: &mut [Mention]) {
    let in_yuan = |m: &Mention| m.unit == Some(Unit::Cny);
    if !out.iter().any(in_yuan) {
        return;
    }
    let Some(at) = text.find("下同") else {
        return;
    };
    // the note: a bracket opened at most 8 characters before 下同
    let before = &text[..at];
    let Some(open) = before
        .char_indices()
        .rev()
        .take(8)
        .find(|&(_, c)| c == '（' || c == '(')
        .map(|(i, c)| i + c.len_utf8())
    else {
        return;
    };
    let named = before[open..].trim_end_matches(['，', ',', '、', ' ', '；', ';', '‧', '·', '・']);
    let Some(unit) = units::currency_named(named) else {
        return;
    };
    let bare_yuan = |m: &Mention| {
        let written = &text[m.start..m.end];
        written.ends_with('元')
            && !["人民", "RMB", "CNY", "¥", "￥"]
                .iter()
                .any(|w| written.contains(w))
    };
    // (the amount the note follows ends right before its bracket)
    let note_start = open - text[..open].chars().next_back().map_or(1, char::len_utf8);
    for m in out.iter_mut() {
        let follows = m.end == note_start || m.start >= at;
        if follows && in_yuan(m) && bare_yuan(m) {
            m.unit = Some(unit);
        }
    }
}

/// The characters a mention may start with: a digit, a numeral
/// character, or the first character of a quantity, date or period written
/// without one (几千, 数十亿, 上百万, 成千上万, 翻一番, 减半, 去年, 今年, 前年,
/// 明年, 本月, 下个月, 这个月, 第四季度, 半亿). Every character of a text is
/// tested, so the test is one look-up.
static MENTION_STARTS: BmpSet = BmpSet::new(
    &[
        // Chinese digits (see numeral::chinese_digit)
        '零', '〇', '○', '一', '壹', '弌', '二', '两', '兩', '贰', '貳', '弍', '三', '叁', '參',
        '弎', '四', '肆', '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖',
        // units and scales (numeral::small_unit and numeral::big_unit)
        '十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億', '兆',
        // the first characters of quantities, dates and periods without one
        '几', '幾', '数', '數', '上', '成', '翻', '减', '減', '去', '今', '前', '明', '本', '下',
        '这', '這', '第', '半',
    ],
    // Arabic digits, ASCII and full-width (numeral::arabic_digit)
    &[('0', '9'), ('０', '９')],
);

/// A number of one to three digits alone in square brackets (`[2]`,
/// `［12］`, `【3】`): the mark of a note or a reference, as encyclopaedia
/// pages and their copies put after a figure or a sentence.
fn is_note_mark(text: &str, m: &Mention) -> bool {
    let digits = &text[m.start..m.end];
    (1..=3).contains(&digits.chars().count())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && [('[', ']'), ('［', '］'), ('【', '】')]
            .iter()
            .any(|&(open, close)| {
                text[..m.start].ends_with(open) && text[m.end..].starts_with(close)
            })
}

/// A number right after the slash of a rate (`0.55美元/百万token`): what
/// the rate is per, not a claim. A slash after a digit (`2023/24`, `1/11`)
/// is a span or a fraction, not a rate.
fn is_denominator(text: &str, m: &Mention) -> bool {
    text[..m.start]
        .strip_suffix(['/', '／'])
        .and_then(|rest| rest.chars().next_back())
        .is_some_and(|c| !c.is_ascii_digit() && !c.is_whitespace())
}

#[cfg(test)]
mod tests;
