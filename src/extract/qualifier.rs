//! Hedges and direction words: 约, 以上, 逾, 不到 before or after a number,
//! and the words that make it a fall (下跌) or an increase (增长了).

use super::text::Text;
use super::{Kind, Mention, Qualifier};

/// Hedges written before the number.
pub(super) const PREFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
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
pub(super) const SUFFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
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
pub(super) const DECREASE_WORDS: &[&str] = &[
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
pub(super) const INCREASE_WORDS: &[&str] = &[
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

pub(super) fn apply_qualifier(m: &mut Mention, q: Qualifier) {
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

pub(super) fn prefix_hedge(t: &Text, start: usize) -> Option<(&'static str, Qualifier)> {
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
