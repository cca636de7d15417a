//! Stage 5, *check*: compare a linked mention with the facts of the
//! database and give a verdict.
//!
//! * Facts are those of the same entity and metric (and item, for counts
//!   of a named chip, and period, when the claim states a time).
//! * A fact the source published after the article's as-of date never
//!   contradicts it; of several vintages of one figure (a first estimate,
//!   a revision), the latest one the article could have known is used.
//! * The article's wording sets the tolerance: `3,080万` is a rounding to
//!   the nearest 100,000 (half that either way, at most 10%); `约`/`左右`
//!   allow at least 5%; `5亿美元以上` is a lower bound; `数十亿` an interval.
//!   Amounts in another currency are converted with the database's own
//!   exchange-rate facts (`HKD_per_USD`, `CNY_per_USD`).
//! * Verdicts: `supported` (the intervals meet), `contradicted` (they do
//!   not), `unverified` (no fact to compare with, or the mention could not
//!   be linked).

use crate::date::Date;
use crate::db::{Bounds, ClaimsDb, Fact, FactQualifier, FactValue};
use crate::extract::{Kind, Mention, Qualifier, Unit};
use crate::link::{EntityBy, Link, Unasserted, YearPart};
use crate::report::iso_date;
use crate::report::json::push_digits;
use rust_decimal::Decimal;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Write;

/// The outcome of checking one claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The database has a fact that agrees.
    Supported,
    /// The database's facts disagree.
    Contradicted,
    /// The figure is not the named entity's but a sibling's: GPT-4's
    /// training cost given as GPT-4o's. The report names whose it is.
    Misattributed,
    /// Nothing to check it against, or the text lacks the evidence to
    /// compare (see [`Reason`]).
    Unverified,
}

impl Verdict {
    /// Supported when the claim agrees with the fact, else contradicted.
    pub fn agreeing(ok: bool) -> Verdict {
        if ok {
            Verdict::Supported
        } else {
            Verdict::Contradicted
        }
    }

    /// Lower-case name, as in reports.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Misattributed => "misattributed",
            Verdict::Unverified => "unverified",
        }
    }
}

/// Why a claim is `unverified`: which of the evidence an editor needs is
/// missing. Reports group the unverified claims by it (coverage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The number could not be read (too large, malformed).
    Unreadable,
    /// No word of the text says what the number measures.
    NoMetric,
    /// The text does not say whose figure it is, or it is the figure of a
    /// name the database does not know.
    NoEntity,
    /// A word narrows or changes the figure (第一阶段, 其中, 男性).
    Scope,
    /// The text does not state the period, and the figure changes with time.
    NoPeriod,
    /// The database has no fact of this entity, metric, item or period.
    NoFact,
    /// Every fact was published after the article.
    FactAfterArticle,
    /// The article has no date, and the figure changes with time.
    UndatedArticle,
    /// Only the value suggests what the figure is: a hint, not evidence.
    ValueOnly,
    /// The number is exactly another figure of the database.
    OtherFigure,
    /// A date that may be another event or statement of the same entity.
    OtherEvent,
    /// A date one day off the database's: the same event may fall on
    /// different days in different time zones.
    OneDayOff,
    /// Within 1% of a figure whose sources disagree (the fact's note says
    /// so): the claim may be another source's figure.
    SourcesDiffer,
    /// A figure the text calls revised (修订, 上修, 最终核实), published
    /// well after the database's release: a later vintage.
    Revised,
    /// A figure the text calls an earlier release (原統計, 當時概估,
    /// 臨時數字) that matches no vintage on record: the database need not
    /// hold every release.
    EarlierRelease,
    /// A figure written with zeros after its last digit (1700亿, 550万) that
    /// holds the database's only as a figure cut short, not as a rounding
    /// (1750亿, 557.6万): it may be cut or wrong.
    Rounded,
    /// The text does not assert the figure: it supposes it under a
    /// condition (如果…可能), passes it on as a rumour (网传) or denies it
    /// (并非).
    NotAsserted,
    /// No exchange rate or comparable value.
    NotComparable,
    /// A conversion (约合人民币4220万元) of a figure the same article gives
    /// and the database contradicts: it carries that error, whatever room
    /// the exchange rate leaves it.
    ConvertsContradicted,
}

impl Reason {
    /// Every reason, in report order.
    pub const ALL: [Reason; 19] = [
        Reason::NoEntity,
        Reason::NoMetric,
        Reason::NoPeriod,
        Reason::Scope,
        Reason::NoFact,
        Reason::FactAfterArticle,
        Reason::UndatedArticle,
        Reason::ValueOnly,
        Reason::OtherFigure,
        Reason::OtherEvent,
        Reason::OneDayOff,
        Reason::SourcesDiffer,
        Reason::Revised,
        Reason::EarlierRelease,
        Reason::Rounded,
        Reason::NotAsserted,
        Reason::NotComparable,
        Reason::ConvertsContradicted,
        Reason::Unreadable,
    ];

    /// Snake-case name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Unreadable => "unreadable",
            Reason::NoMetric => "no_metric",
            Reason::NoEntity => "no_entity",
            Reason::Scope => "scope",
            Reason::NoPeriod => "no_period",
            Reason::NoFact => "no_fact",
            Reason::FactAfterArticle => "fact_after_article",
            Reason::UndatedArticle => "undated_article",
            Reason::ValueOnly => "value_only",
            Reason::OtherFigure => "other_figure",
            Reason::OtherEvent => "other_event",
            Reason::OneDayOff => "one_day_off",
            Reason::SourcesDiffer => "sources_differ",
            Reason::Revised => "revised",
            Reason::EarlierRelease => "earlier_release",
            Reason::Rounded => "rounded",
            Reason::NotAsserted => "not_asserted",
            Reason::NotComparable => "not_comparable",
            Reason::ConvertsContradicted => "converts_contradicted",
        }
    }

    /// Short Chinese label for reports.
    pub fn zh(self) -> &'static str {
        match self {
            Reason::Unreadable => "数字无法读取",
            Reason::NoMetric => "不知指标",
            Reason::NoEntity => "不知对象",
            Reason::Scope => "范围不同",
            Reason::NoPeriod => "未说明期间",
            Reason::NoFact => "数据库无此数据",
            Reason::FactAfterArticle => "数据晚于文章",
            Reason::UndatedArticle => "文章无日期",
            Reason::ValueOnly => "仅凭数值推测",
            Reason::OtherFigure => "是另一项数据",
            Reason::OtherEvent => "可能是另一事件",
            Reason::OneDayOff => "相差一天",
            Reason::SourcesDiffer => "来源不一",
            Reason::Revised => "修订数字",
            Reason::EarlierRelease => "较早发布的数字",
            Reason::Rounded => "取整不符",
            Reason::NotAsserted => "并非断言",
            Reason::NotComparable => "无法比较",
            Reason::ConvertsContradicted => "换算自不符的数字",
        }
    }
}

/// A verdict with the fact it used.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The verdict.
    pub verdict: Verdict,
    /// Why it is unverified (`None` for the other verdicts).
    pub reason: Option<Reason>,
    /// The fact compared with (index into the database's facts).
    pub fact: Option<usize>,
    /// The reference value in the claim's unit (after conversion), if numeric.
    pub reference: Option<Decimal>,
    /// Relative difference of the claim from the reference, in percent.
    pub difference_pct: Option<Decimal>,
    /// The exchange rate used, if the fact was in another currency.
    pub rate: Option<(Decimal, String)>,
    /// A sentence an editor can read (a constant one is not copied).
    pub explanation: Cow<'static, str>,
}

impl Outcome {
    pub(crate) fn unverified(reason: Reason, explanation: impl Into<Cow<'static, str>>) -> Outcome {
        Outcome {
            verdict: Verdict::Unverified,
            reason: Some(reason),
            fact: None,
            reference: None,
            difference_pct: None,
            rate: None,
            explanation: explanation.into(),
        }
    }
}

/// The best comparison so far: agrees, distance (read when a comparison
/// needs it), the claim and reference points it is read from, fact,
/// reference point, rate.
type Best = (
    bool,
    Option<Decimal>,
    Option<(Decimal, Decimal)>,
    usize,
    Option<Decimal>,
    Option<(Decimal, String)>,
);

/// How far a claim's point lies from a reference's, for ranking facts: the
/// absolute [`rel_diff`], the largest decimal when there is none.
fn distance(points: Option<(Decimal, Decimal)>) -> Decimal {
    points
        .and_then(|(cp, fp)| rel_diff(cp, fp))
        .map(|d| d.abs())
        .unwrap_or(Decimal::MAX)
}

/// A closed interval with optional ends.
#[derive(Clone, Copy, Debug)]
struct Interval {
    lo: Option<Decimal>,
    hi: Option<Decimal>,
}

/// `a <= b`, on the mantissas when the scales agree (the values are then
/// in the order of their mantissas; `Decimal`'s comparison is more general
/// and slower).
fn le(a: Decimal, b: Decimal) -> bool {
    if a.scale() == b.scale() {
        a.mantissa() <= b.mantissa()
    } else {
        a <= b
    }
}

/// `a.min(b)` (`a` when they are equal), compared by [`le`].
fn min(a: Decimal, b: Decimal) -> Decimal {
    if le(a, b) {
        a
    } else {
        b
    }
}

/// `a.max(b)` (`a` when they are equal), compared by [`le`].
fn max(a: Decimal, b: Decimal) -> Decimal {
    if le(b, a) {
        a
    } else {
        b
    }
}

impl Interval {
    /// Whether the two intervals share a value. Two spans of rounding that
    /// only touch (约6万, 55,000 to 65,000, and a fact of about 5万, 45,000
    /// to 55,000) do not: each says its own round figure. A point at the
    /// end of a span does (55,500 rounds to 5.6万).
    fn meets(&self, o: &Interval) -> bool {
        let a = match (self.lo, o.hi) {
            (Some(l), Some(h)) => le(l, h),
            _ => true,
        };
        let b = match (o.lo, self.hi) {
            (Some(l), Some(h)) => le(l, h),
            _ => true,
        };
        a && b && !self.only_touches(o)
    }

    /// Whether two spans, neither a point, share their ends only.
    fn only_touches(&self, o: &Interval) -> bool {
        let (Some(a), Some(b), Some(c), Some(d)) = (self.lo, self.hi, o.lo, o.hi) else {
            return false;
        };
        a < b && c < d && (a == d || c == b)
    }
    fn scale(&self, f: Decimal) -> Interval {
        let (a, b) = (
            self.lo.and_then(|x| x.checked_mul(f)),
            self.hi.and_then(|x| x.checked_mul(f)),
        );
        if f.is_sign_negative() {
            Interval { lo: b, hi: a }
        } else {
            Interval { lo: a, hi: b }
        }
    }
    fn widen(&self, rel: Decimal) -> Interval {
        Interval {
            lo: self
                .lo
                .and_then(|x| x.checked_sub(x.abs().checked_mul(rel)?)),
            hi: self
                .hi
                .and_then(|x| x.checked_add(x.abs().checked_mul(rel)?)),
        }
    }
}

fn pct(x: u32) -> Decimal {
    Decimal::new(x as i64, 2)
}

/// `p / 2` as `Decimal` divides it, the same digits and scale (the tests
/// compare the two bit for bit): an even mantissa halved at its scale,
/// without the long division. (An odd one is divided: the scale of its
/// quotient depends on the steps of the division.)
fn halved(p: Decimal) -> Decimal {
    let m = p.mantissa();
    if m != 0 && m % 2 == 0 {
        Decimal::from_i128_with_scale(m / 2, p.scale())
    } else {
        p / Decimal::TWO
    }
}

/// `v * pct(x)` as `Decimal` multiplies them, the same digits and scale:
/// the mantissa times `x` at two more places, when that fits and is not
/// zero (the tests compare the two bit for bit).
fn pct_of(v: Decimal, x: u32) -> Decimal {
    let (m, scale) = (v.mantissa(), v.scale());
    match m.checked_mul(i128::from(x)) {
        Some(p) if p != 0 && scale + 2 <= 28 && p.unsigned_abs() < 1 << 96 => {
            Decimal::from_i128_with_scale(p, scale + 2)
        }
        _ => v * pct(x),
    }
}

/// The interval a claim's wording allows (its rounding, 约, bounds), as
/// (low, high) with open ends `None`.
pub(crate) fn claim_bounds(m: &Mention) -> Option<(Option<Decimal>, Option<Decimal>)> {
    claim_interval(m).map(|i| (i.lo, i.hi))
}

fn claim_interval(m: &Mention) -> Option<Interval> {
    claim_interval_cut(m, true)
}

/// How far off its figure a bound may be and still be read as saying it:
/// five times.
const LOOSE_BOUND: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// Whether a figure, exact or hedged, is written to at least ten times
/// finer digits than someone's rough estimate (575.6万 or 约575.6万 against
/// Karpathy's 约600万): it
/// quotes something more precise, and when the database holds an exact
/// figure too, the estimate's leeway is not its support.
fn finer_than_estimate(m: &Mention, f: &Fact) -> bool {
    let FactValue::Number { precision, .. } = f.value else {
        return false;
    };
    matches!(m.qualifier, Qualifier::Exact | Qualifier::Approx)
        && f.qualifier == FactQualifier::Approx
        && f.estimate_by.is_some()
        && m.precision
            .is_some_and(|p| p > Decimal::ZERO && p * Decimal::TEN <= precision)
}

/// Whether a fact's unit is an exchange rate (港元兑美元, 人民币中间价).
fn is_exchange_rate(u: Unit) -> bool {
    matches!(u, Unit::HkdPerUsd | Unit::CnyPerUsd)
}

/// The interval an exact figure allows against an exchange rate: its
/// rounding, but no more than 1% either way, and no cut. Rates are quoted
/// to their decimals: `7港元兑1美元` is not the weak side of 7.85 rounded,
/// nor `8港元` the link of 7.80 (约8港元 still is, as any hedge allows).
fn exchange_rate_interval(m: &Mention) -> Option<Interval> {
    let v = m.value?;
    let t = min(
        halved(m.precision.unwrap_or(Decimal::ZERO)),
        pct_of(v.abs(), 1),
    );
    Some(Interval {
        lo: v.checked_sub(t),
        hi: v.checked_add(t),
    })
}

/// The interval of a claim's wording, with or without the allowance for a
/// figure cut at its last digit (`cut`): the allowance is for a reference
/// written to finer digits than the claim (278万 for 278.8万); against one
/// written to the same digits, 5.7% cannot be 5.8% cut short.
fn claim_interval_cut(m: &Mention, cut: bool) -> Option<Interval> {
    claim_interval_with(m, cut, Hedge::Strict)
}

/// How much a hedge (约, 左右) allows a figure of three significant
/// digits, and a bound (超过17%, 跌破118美元) its last digit: against an
/// exact figure of the database's in its own unit, one unit of the last
/// digit or 1%, and nothing past the bound (约14.3亿 is not 14.08亿, nor
/// 超过17% 16.97%, nor 跌破118美元 118.42); against one converted at some exchange rate, or a rough figure
/// (约5890亿, which 逾5900亿 may well be), 5% and half a last digit.
#[derive(Clone, Copy, PartialEq)]
enum Hedge {
    Strict,
    Loose,
}

fn claim_interval_with(m: &Mention, cut: bool, hedge: Hedge) -> Option<Interval> {
    let half = |v: Decimal| {
        let p = halved(m.precision.unwrap_or(Decimal::ZERO));
        let cap = pct_of(v.abs(), 10);
        if le(p, cap) {
            p
        } else {
            cap
        }
    };
    // (a hedge on a figure of four digits or more — 约575.6万 — allows 1%,
    // not the 5% of a round one: the writer quotes a precise figure)
    let approx_tol = |v: Decimal| {
        let digits = significant_digits(v);
        let unit = m.precision.unwrap_or(Decimal::ZERO);
        let p = if digits == 3 && hedge == Hedge::Strict {
            unit
        } else {
            halved(unit)
        };
        let p = min(p, pct_of(v.abs(), 15));
        let floor = if digits >= 4 || digits == 3 && hedge == Hedge::Strict {
            1
        } else {
            5
        };
        max(p, pct_of(v.abs(), floor))
    };
    let iv = match m.qualifier {
        Qualifier::Exact => {
            let v = m.value?;
            let t = half(v);
            // writers cut a figure at its last digit as often as they round
            // it (278万 for 278.8万): the reference may lie up to a whole
            // last digit further from zero, but not on the next digit (4.30
            // cut is 4.3, not 4.2; 67.00 is not 66). (A figure written with
            // zeros after its last digit is told apart after: see
            // [`rounded_otherwise`].)
            let next_digit = t + t - (t + t) / Decimal::ONE_THOUSAND;
            let (lo, hi) = if !cut {
                (t, t)
            } else if v.is_sign_negative() {
                (next_digit, t)
            } else {
                (t, next_digit)
            };
            Interval {
                lo: v.checked_sub(lo),
                hi: v.checked_add(hi),
            }
        }
        Qualifier::Approx => match m.value {
            Some(v) => {
                let t = approx_tol(v);
                Interval {
                    lo: v.checked_sub(t),
                    hi: v.checked_add(t),
                }
            }
            None => {
                let (l, h) = (m.low?, m.high?);
                Interval {
                    lo: l.checked_sub(approx_tol(l)),
                    hi: h.checked_add(approx_tol(h)),
                }
            }
        },
        // a lower bound (超过17%) is not met by an exact figure under it
        // (16.97%), however near (see [`Hedge`])
        Qualifier::AtLeast => {
            let l = m.low?;
            Interval {
                lo: if hedge == Hedge::Strict {
                    Some(l)
                } else {
                    l.checked_sub(half(l))
                },
                hi: m.high.and_then(|h| h.checked_add(half(h))),
            }
        }
        // and an upper bound (跌破118美元, 不到5%) by one over it (118.42)
        Qualifier::AtMost => {
            let h = m.high?;
            Interval {
                lo: m.low,
                hi: if hedge == Hedge::Strict {
                    Some(h)
                } else {
                    h.checked_add(half(h))
                },
            }
        }
        Qualifier::Range => {
            let (l, h) = (m.low?, m.high?);
            Interval {
                lo: l.checked_sub(half(l)),
                hi: h.checked_add(half(h)),
            }
        }
        Qualifier::Vague => Interval {
            lo: m.low,
            hi: m.high,
        },
    };
    Some(iv)
}

/// Whether a single figure lies strictly between the two ends of a range
/// fact of a band (a metric whose figures are bands, `…_band`).
fn inside_a_band(m: &Mention, f: &Fact) -> bool {
    let FactValue::Number {
        low: Some(lo),
        high: Some(hi),
        ..
    } = f.value
    else {
        return false;
    };
    f.qualifier == FactQualifier::Range
        && f.metric.ends_with("_band")
        && m.low.is_none()
        && m.high.is_none()
        && m.value.is_some_and(|v| lo < v && v < hi)
}

/// The interval fact `f` allows, as (low, high) with open ends `None`
/// (the database reads it once per fact: [`ClaimsDb::bounds`]).
pub(crate) fn fact_bounds(f: &Fact) -> Option<Bounds> {
    fact_interval(f).map(|i| (i.lo, i.hi))
}

/// The two ends of a range figure and of a range fact, with the figure's
/// leeway (half its last digit); none unless both are ranges.
fn range_ends(m: &Mention, f: &Fact) -> Option<(Decimal, Decimal, Decimal, Decimal, Decimal)> {
    let FactValue::Number {
        low: Some(fl),
        high: Some(fh),
        ..
    } = &f.value
    else {
        return None;
    };
    if m.qualifier != Qualifier::Range || f.qualifier != FactQualifier::Range {
        return None;
    }
    let tol = m.precision.unwrap_or_default() / Decimal::TWO;
    Some((m.low?, m.high?, *fl, *fh, tol))
}

/// Whether a range figure (7.70至7.90) and a range fact (7.75至7.85)
/// differ at either end, past the figure's last digit.
fn range_ends_differ(m: &Mention, f: &Fact) -> bool {
    range_ends(m, f)
        .is_some_and(|(cl, ch, fl, fh, tol)| (cl - fl).abs() > tol || (ch - fh).abs() > tol)
}

/// Whether a range figure reaches past either end of a range fact, past
/// the figure's last digit (7.8至8.0 against 7.75至7.85): one lying inside
/// it (7.80至7.82) does not.
fn range_leaves_range(m: &Mention, f: &Fact) -> bool {
    range_ends(m, f).is_some_and(|(cl, ch, fl, fh, tol)| cl < fl - tol || ch > fh + tol)
}

/// Whether every fact of a metric is a range (a band, 7.75至7.85): the
/// range is the figure, not bounds on one.
fn range_is_the_figure(db: &ClaimsDb, metric: &str) -> bool {
    db.facts
        .iter()
        .filter(|g| g.metric == metric)
        .all(|g| g.qualifier == FactQualifier::Range)
}

/// The interval fact `i` of the database allows.
fn fact_interval_at(db: &ClaimsDb, i: usize) -> Option<Interval> {
    db.bounds(i).map(|(lo, hi)| Interval { lo, hi })
}

fn fact_interval(f: &Fact) -> Option<Interval> {
    let FactValue::Number {
        value,
        low,
        high,
        precision,
    } = &f.value
    else {
        return None;
    };
    let half = *precision / Decimal::TWO;
    Some(match f.qualifier {
        FactQualifier::AtLeast => Interval {
            lo: value.or(*low),
            hi: *high,
        },
        FactQualifier::AtMost => Interval {
            lo: *low,
            hi: value.or(*high),
        },
        FactQualifier::Range => Interval {
            lo: *low,
            hi: *high,
        },
        FactQualifier::Approx => {
            // half its last written digit, but no more than a tenth of it
            // (约1万亿 is not 1.2万亿, 约2万亿 not 2.4万亿) and no less than 2%
            let v = (*value)?;
            let t = half.min(v.abs() * pct(10)).max(v.abs() * pct(2));
            Interval {
                lo: v.checked_sub(t),
                hi: v.checked_add(t),
            }
        }
        FactQualifier::Exact => {
            // an exact fact is a point: 400 W is not "about 400"; trailing
            // zeros in the database are scale, not rounding. The claim's own
            // wording gives the tolerance.
            let v = (*value)?;
            Interval {
                lo: Some(v),
                hi: Some(v),
            }
        }
    })
}

/// Whether fact `fi` is the only release of its figure in the database:
/// no other fact has its entity, metric, item, period and estimator.
fn only_release(db: &ClaimsDb, fi: usize) -> bool {
    let f = &db.facts[fi];
    let (Some(e), Some(m)) = (db.entity(&f.entity), db.metric(&f.metric)) else {
        return false;
    };
    !db.facts_for(e, m).iter().any(|&g| {
        let o = &db.facts[g];
        g != fi && o.item == f.item && o.period == f.period && o.estimate_by == f.estimate_by
    })
}

/// How many times larger one figure may be than the other and still be a
/// misreport of it: 10⁵ (a slip of 万 for 亿 is 10⁴).
const FAR_APART: i64 = 100_000;

/// Whether a claim's point and a reference's (in the claim's unit) lie
/// [`FAR_APART`] or more apart, either way. Points of opposite signs or a
/// zero are not compared by size.
fn far_apart(cpoint: Option<Decimal>, fpoint: Option<Decimal>) -> bool {
    let (Some(c), Some(f)) = (cpoint, fpoint) else {
        return false;
    };
    if c.is_zero() || f.is_zero() || c.is_sign_negative() != f.is_sign_negative() {
        return false;
    }
    let (small, large) = if c.abs() < f.abs() {
        (c.abs(), f.abs())
    } else {
        (f.abs(), c.abs())
    };
    small
        .checked_mul(Decimal::from(FAR_APART))
        .is_some_and(|s| s <= large)
}

/// (claim − reference) / |reference| in percent, one decimal; None if it
/// does not fit.
fn rel_diff(cp: Decimal, fp: Decimal) -> Option<Decimal> {
    rel_diff_whole(cp, fp).or_else(|| rel_diff_decimal(cp, fp))
}

/// [`rel_diff`] in `Decimal` arithmetic: for every pair of points, and the
/// reference the whole-number path is tested against.
fn rel_diff_decimal(cp: Decimal, fp: Decimal) -> Option<Decimal> {
    cp.checked_sub(fp)?
        .checked_div(fp.abs())?
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|d| d.round_dp(1))
}

/// [`rel_diff`] in whole-number arithmetic, a division of `i128`s instead
/// of a thousand instructions of `Decimal`s; `None` for the points it
/// leaves to [`rel_diff_decimal`]: a zero reference, and numbers past the
/// bounds below. It gives the same value (its scale may differ, which
/// nothing reads).
///
/// With both points on one scale (whole numbers A and B), the difference
/// in tenths of a percent is 1000(A − B)/|B|, rounded half to even as
/// `round_dp` rounds. `Decimal` first divides to 28 significant digits and
/// multiplies by 100: for |A − B| < 10^21 and |B| < 10^18 its error stays
/// far below 1/(20|B|), the least distance from a quotient that is not a
/// midpoint between two tenths to one, so the two round alike; a midpoint
/// itself has at most four decimals, which `Decimal` holds exactly.
fn rel_diff_whole(cp: Decimal, fp: Decimal) -> Option<Decimal> {
    let scale = cp.scale().max(fp.scale());
    let on_scale = |d: Decimal| {
        d.mantissa()
            .checked_mul(10i128.checked_pow(scale - d.scale())?)
    };
    let (a, b) = (on_scale(cp)?, on_scale(fp)?);
    let diff = a.checked_sub(b)?;
    if b == 0 || b.abs() >= 10i128.pow(18) || diff.abs() >= 10i128.pow(21) {
        return None;
    }
    let (n, d) = (diff * 1000, b.abs());
    // (division truncates toward zero: the rest has the sign of n; one
    // machine division when both fit in 64 bits, as most do)
    let (q, rest) = match (i64::try_from(n), i64::try_from(d)) {
        (Ok(n), Ok(d)) => (i128::from(n / d), i128::from((n % d).abs())),
        _ => (n / d, (n % d).abs()),
    };
    let away = 2 * rest > d || (2 * rest == d && q % 2 != 0);
    let tenths = if away { q + n.signum() } else { q };
    Some(Decimal::from_i128_with_scale(tenths, 1))
}

/// Whether `cp` is `fp` to within 1% ([`rel_diff`] at most 1 either way).
/// A point more than 2% away fails before the division: |cp − fp| × 50 >
/// |fp| is a multiplication, and such a difference reads as 2.0% or more.
fn within_one_pct(cp: Decimal, fp: Decimal) -> bool {
    let Some(d) = cp.checked_sub(fp) else {
        return false;
    };
    if d.abs()
        .checked_mul(Decimal::from(50))
        .is_some_and(|x| x > fp.abs())
    {
        return false;
    }
    rel_diff(cp, fp).is_some_and(|d| d.abs() <= Decimal::ONE)
}

fn fact_point(f: &Fact) -> Option<Decimal> {
    match &f.value {
        FactValue::Number { value: Some(v), .. } => Some(*v),
        FactValue::Number {
            low: Some(l),
            high: Some(h),
            ..
        } => l.checked_add(*h).map(|x| x / Decimal::TWO),
        FactValue::Number { low: Some(l), .. } => Some(*l),
        FactValue::Number { high: Some(h), .. } => Some(*h),
        _ => None,
    }
}

pub(crate) fn claim_point(m: &Mention) -> Option<Decimal> {
    m.value.or(match (m.low, m.high) {
        (Some(l), Some(h)) => l.checked_add(h).map(|x| x / Decimal::TWO),
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        _ => None,
    })
}

/// What the figure's sentence says around it, for the checks that read
/// it.
pub struct Said<'a> {
    /// The sentence before the figure.
    pub lead: &'a str,
    /// The sentence after the figure.
    pub rest: &'a str,
    /// Whether the sentence names entity `e`.
    pub names: &'a dyn Fn(usize) -> bool,
}

/// Check one linked mention. `time` is the date mention that gives its time.
///
/// A metric guessed only from the value (an amount near an entity's figure,
/// with no word for what it measures) is not evidence: such a claim stays
/// unverified, and the explanation names the figure it may be.
pub fn check(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
    said: &Said,
    misattributed_before: Option<usize>,
) -> Outcome {
    let outcome = check_asserted(db, m, link, time, as_of, said, misattributed_before);
    // what the text says may be so (可能, 或突破) is no error when the record
    // differs, though it agrees with a record it matches and gives a figure
    // to the wrong one all the same; unless it misquotes the source whose
    // estimate the record is (SemiAnalysis估计DeepSeek可能拥有6万颗GPU)
    match link.unasserted {
        // and a figure the text reckons on an amount it supposes does not
        // refute someone's estimate (it may still differ from a figure the
        // source itself gives), unless it misquotes that source
        Some(why @ Unasserted::Reckoned(_))
            if outcome.verdict == Verdict::Contradicted
                && outcome.fact.is_some_and(|f| {
                    db.facts[f].estimate_by.is_some()
                        && db.facts[f].estimate_by != link.named_source
                }) =>
        {
            not_asserted(why, outcome)
        }
        Some(why @ Unasserted::Possible(_)) if outcome.verdict == Verdict::Contradicted => {
            let misquoted = outcome.fact.is_some_and(|f| {
                db.facts[f].estimate_by.is_some() && db.facts[f].estimate_by == link.named_source
            });
            if misquoted {
                outcome
            } else {
                not_asserted(why, outcome)
            }
        }
        _ => outcome,
    }
}

/// [`check`] of a figure, all but what the text says may be so.
fn check_asserted(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
    said: &Said,
    misattributed_before: Option<usize>,
) -> Outcome {
    // a segment only an earlier sentence named may not be the figure's:
    // the figure is the whole company's when it is the company's figure,
    // else left to the segment (not an error against the whole)
    let unscoped;
    let link = if link.scope_weak && link.scope.is_some() {
        unscoped = Link {
            scope: None,
            ..link.clone()
        };
        let whole = check_figure(db, m, &unscoped, time, as_of);
        if whole.verdict == Verdict::Supported {
            &unscoped
        } else {
            link
        }
    } else {
        link
    };
    let outcome = check_figure(db, m, link, time, as_of);
    let outcome = match outcome.reason {
        Some(Reason::NoFact) => one_stage_of_it(db, m, link, time, as_of).unwrap_or(outcome),
        _ => outcome,
    };
    if let Some(why) = link
        .unasserted
        .filter(|w| !matches!(w, Unasserted::Possible(_) | Unasserted::Reckoned(_)))
    {
        return not_asserted(why, outcome);
    }
    if let Some(o) = whole_year_against_a_month(db, link, &outcome) {
        return o;
    }
    if let Some(o) = before_it_existed(db, m, link, time, &outcome) {
        return o;
    }
    if let Some(o) = misattributed(db, m, link, time, as_of, &outcome, misattributed_before) {
        return o;
    }
    // what someone said (执行长称, 指控) against another party's estimate:
    // one estimate does not refute another
    if outcome.verdict == Verdict::Contradicted && link.said_by_someone {
        // (the estimator itself misquoted is still an error: SemiAnalysis称…)
        let by = outcome
            .fact
            .and_then(|f| db.facts[f].estimate_by.as_deref())
            .filter(|by| link.named_source.as_deref() != Some(*by));
        if let Some(by) = by {
            return Outcome::unverified(
                Reason::SourcesDiffer,
                format!(
                    "{}；但文中转述的是另一方的说法，数据库中的数字也只是{by}的估计，两种估计不能互相否定",
                    outcome.explanation
                ),
            );
        }
    }
    // one of a list handed out with 分别 is matched with its items by order,
    // which is not read: what matches no fact may be another item's
    if link.respective && outcome.verdict == Verdict::Contradicted {
        return Outcome::unverified(
            Reason::NoMetric,
            format!(
                "{}；但这个数字是同句以“分别”列出的几个数字之一，未能判断它对应哪一项",
                outcome.explanation
            ),
        );
    }
    // with no date for the article, a figure that changes with time cannot
    // contradict it: the article may be older than every fact. A period the
    // figure's own sentence states (2024年全国出生人口) is the period of
    // the fact, whenever the article was written, unless the database
    // holds an earlier release of that figure the article may have quoted.
    // A date written with its year (2022年10月9日) states its own period:
    // the day of an event does not change with time.
    let dated_itself = m.kind == Kind::Date && !link.yearless_date;
    if as_of.is_none() && outcome.verdict == Verdict::Contradicted && !dated_itself {
        let stated = link.time.is_some() && !link.time_carried;
        if let Some(f) = outcome
            .fact
            .filter(|&f| !(stated && only_release(db, f)))
            .map(|f| &db.facts[f])
            .filter(|f| f.period.is_some())
        {
            return Outcome::unverified(
                Reason::UndatedArticle,
                format!(
                "{}；但文章没有可查的发表日期，而这个数字随时间变化（{}，{}），不能据此否定本文",
                outcome.explanation,
                f.id,
                f.period.as_deref().map(period_zh).unwrap_or_default()
            ),
            );
        }
    }
    // a name carried from an earlier sentence, and a figure a hundred
    // times off its figure: the sentence is most likely about something
    // else it names in words the database lacks (一家医院接生4383位新生儿
    // after a paragraph on the country's births; 美國雲端業者的資本支出
    // after one on DeepSeek), not a slip of the writer's
    if outcome.verdict == Verdict::Contradicted
        && matches!(
            link.entity_by,
            Some(EntityBy::Paragraph | EntityBy::Earlier)
        )
        && hundredfold(claim_point(m), outcome.reference)
        && !shifted_digits(claim_point(m), outcome.reference)
    {
        return Outcome::unverified(
            Reason::NoEntity,
            format!(
                "{}；但本句没有点名这个对象（沿用前文），数值又相差百倍以上，可能说的是别的对象",
                outcome.explanation
            ),
        );
    }
    // a bare whole number held to an exchange rate (港汇…7至2…强方兑换保证,
    // a page whose words came scrambled; 今早6时): no rate is written so,
    // and a mismatch says nothing
    if outcome.verdict == Verdict::Contradicted
        // (one or two ASCII digits and nothing else: no unit written)
        && m.end - m.start <= 2
        && m.value.is_some_and(|v| v.fract().is_zero())
        && outcome
            .fact
            .is_some_and(|f| is_exchange_rate(db.facts[f].unit))
    {
        return Outcome::unverified(
            Reason::NoMetric,
            format!(
                "{}；但文中只是一个单独的整数，不像是汇率",
                outcome.explanation
            ),
        );
    }
    // another name the figure may be about (one nearer to it, or the
    // subject of a later clause: 英伟达股价暴跌17%，博通同样重挫，跌幅达
    // 17.4%): the mismatch says something only when the figure is wrong
    // for that name too
    let outcome = match link
        .nearer_name
        .filter(|&n| outcome.verdict == Verdict::Contradicted && Some(n) != link.entity)
    {
        None => outcome,
        Some(n) => {
            let theirs = Link {
                entity: Some(n),
                nearer_name: None,
                ..link.clone()
            };
            let other = check_figure(db, m, &theirs, time, as_of);
            let name = &db.entities[n].name_zh;
            let why = match other.verdict {
                // (wrong for both: said of both, and the excuses below
                // still apply)
                Verdict::Contradicted => None,
                Verdict::Supported => Some(format!("与{name}的数据相符，说的可能是它")),
                _ => Some(format!("数据库没有{name}的这项数据，说的可能是它")),
            };
            match why {
                Some(why) => {
                    return Outcome::unverified(
                        Reason::NoEntity,
                        format!(
                            "{}；但文中这个数字也可能属于{name}：{why}",
                            outcome.explanation
                        ),
                    )
                }
                None => Outcome {
                    explanation: format!(
                        "{}；文中这个数字也可能属于{name}，但同样不符（{}）",
                        outcome.explanation, other.explanation
                    )
                    .into(),
                    ..outcome
                },
            }
        }
    };
    match (link.metric_by_value, outcome.fact, link.entity, link.metric) {
        (true, Some(f), Some(e), Some(mi)) if outcome.verdict != Verdict::Unverified => {
            let f = &db.facts[f];
            Outcome::unverified(
                Reason::ValueOnly,
                format!(
                    "可能指{}的{}（{}，{}），但文中没有说明这是什么数字",
                    db.entities[e].name_zh,
                    db.metrics[mi].name_zh,
                    db.describe(f),
                    f.id
                ),
            )
        }
        _ if outcome.verdict == Verdict::Contradicted => {
            // (another figure only when the same to the article's last
            // digit: 529.1万 is neither 557.6万 nor 532.8万)
            // (not a stage's figure given as the whole the text says it is:
            // 总成本约为532.8万美元, the pre-training's, is the error it looks)
            let other = other_figure(db, m, link, &outcome, as_of, said)
                .filter(|&(f, _)| fact_point(&db.facts[f]).is_some_and(|fp| states(m, fp)))
                .filter(|&(f, _)| {
                    !(link.whole_in_clause
                        && db
                            .metric(&db.facts[f].metric)
                            .zip(link.metric)
                            .is_some_and(|(s, w)| db.is_stage(s, w)))
                });
            match other {
                Some((f, excused)) => {
                    let fact = &db.facts[f];
                    let owner = db
                        .entity(&fact.entity)
                        .map_or(fact.entity.as_str(), |e| db.entities[e].name_zh.as_str());
                    let what = db
                        .metric(&fact.metric)
                        .map_or(fact.metric.as_str(), |x| db.metrics[x].name_zh.as_str());
                    if !excused {
                        return Outcome {
                            explanation: format!(
                                "{}（这个数字是{}的{}，{}）",
                                outcome.explanation, owner, what, fact.id
                            )
                            .into(),
                            ..outcome
                        };
                    }
                    Outcome::unverified(
                        Reason::OtherFigure,
                        format!(
                            "{}；但这个数字正是{}的{}（{}，{}），文中可能指的是它",
                            outcome.explanation,
                            owner,
                            what,
                            db.describe(fact),
                            fact.id
                        ),
                    )
                }
                None => match (adjusted_standing(db, link, &outcome), link.metric_rival) {
                    // a value set anew (价格降至4元) may be later than the
                    // standing value the database recorded
                    (Some(verb), _) => Outcome::unverified(
                        Reason::NoPeriod,
                        format!(
                            "{}；但文中说的是“{verb}”之后的新数值，与数据库记录的可能不是同一时期的数值，不能据此否定",
                            outcome.explanation
                        ),
                    ),
                    // the words fit two metrics alike (价格 for the input
                    // and the output price): a figure that matches neither
                    // may be a third the database lacks (a cache-hit price),
                    // unless it is far above both (2800万GPU小时 for 278.8万
                    // or 266.4万): no figure of the kind is that
                    (None, Some(r)) if far_from_rival(db, m, link, r, time, as_of, &outcome) => {
                        outcome
                    }
                    // (nor when the text calls it the whole, 总计, and the
                    // rival is a stage of it: 总计287.8万GPU小时 is the
                    // training's, not its pre-training's)
                    (None, Some(r))
                        if link.whole_in_clause
                            && link.metric.is_some_and(|w| db.is_stage(r, w)) =>
                    {
                        outcome
                    }
                    // (nor when the figure is exactly another's figure of
                    // the chosen measure: H800的带宽为900GB/s gives H100's
                    // interconnect to the H800)
                    (None, Some(_)) if another_entitys_figure(db, m, link) => outcome,
                    (None, Some(r)) => Outcome::unverified(
                        Reason::NoMetric,
                        [
                            "文中没有说明是",
                            &db.metrics[link.metric.unwrap_or(r)].name_zh,
                            "还是",
                            &db.metrics[r].name_zh,
                            "；",
                            &outcome.explanation,
                        ]
                        .concat(),
                    ),
                    (None, None) => disagreement_excused(db, m, link, &outcome, as_of).unwrap_or(outcome),
                },
            }
        }
        _ => outcome,
    }
}

/// A figure its clause calls the whole year's (全年平均值为5.1%) held to a
/// month's fact (December's jobless rate), which a month carried from the
/// clause before had chosen: another period, not comparable.
fn whole_year_against_a_month(db: &ClaimsDb, link: &Link, outcome: &Outcome) -> Option<Outcome> {
    if !link.whole_year_in_clause || outcome.verdict == Verdict::Unverified {
        return None;
    }
    let f = &db.facts[outcome.fact?];
    let period = f.period.as_deref()?;
    let month = Date::parse(period).is_some_and(|d| d.month.is_some() && d.day.is_none());
    month.then(|| {
        Outcome::unverified(
            Reason::NoPeriod,
            format!(
                "时期不同：文中是全年的数字，数据库中的是{}一个月的数字（{}）",
                period_zh(period),
                f.id
            ),
        )
    })
}

/// A whole the database holds only one stage of (DeepSeek-R1's training
/// cost, whose reported figure is its reinforcement-learning stage alone):
/// a figure the same as that stage's to its last written digit (训练成本
/// 29.4万美元) is the stage's figure as the news reported it, and is
/// supported with a note on what it leaves out. Any other figure stays
/// without a fact: the whole may be meant, which nothing here holds.
fn one_stage_of_it(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
) -> Option<Outcome> {
    let (e, mi) = (link.entity?, link.metric?);
    if !db.facts_for(e, mi).is_empty()
        || m.error.is_some()
        || matches!(
            m.qualifier,
            Qualifier::Vague | Qualifier::Range | Qualifier::AtLeast | Qualifier::AtMost
        )
    {
        return None;
    }
    let written = claim_point(m).filter(|&v| significant_digits(v) >= 2)?;
    let whole = &db.metrics[mi];
    let prefix = [whole.id.as_str(), "_"].concat();
    db.metrics.iter().enumerate().find_map(|(si, stage)| {
        if !stage.id.starts_with(&prefix) || stage.unit != whole.unit {
            return None;
        }
        let staged = Link {
            metric: Some(si),
            ..link.clone()
        };
        let o = check_figure(db, m, &staged, time, as_of);
        let f = &db.facts[o.fact?];
        if !(o.verdict == Verdict::Supported
            && fact_point(f).is_some_and(|fp| within_one_pct(written, fp)))
        {
            return None;
        }
        // a figure the text calls the whole (训练总成本, 從零開始訓練的全部成本,
        // 总共训练耗时…，其中包括微调) is not the stage's, though it is its number
        if link.says_whole {
            return Some(Outcome::unverified(
                Reason::Scope,
                format!(
                    "数据库中只有{}的{}为{}，不含其他阶段；文中说的是全部的{}，无从判定",
                    db.entities[e].name_zh,
                    stage.name_zh,
                    db.describe(f),
                    whole.name_zh
                ),
            ));
        }
        Some(Outcome {
            explanation: format!(
                "{}；数据库中这只是这一阶段的数字，不含其他阶段，文中称之为“{}”",
                o.explanation, whole.name_zh
            )
            .into(),
            ..o
        })
    })
}

/// The outcome of a figure the text does not assert: a verdict becomes
/// `unverified`, saying what the database holds and why the text's
/// figure cannot be held to it; an unverified outcome stays as it is.
fn not_asserted(why: Unasserted, outcome: Outcome) -> Outcome {
    if outcome.verdict == Verdict::Unverified {
        return outcome;
    }
    let said = &outcome.explanation;
    let because = match why {
        Unasserted::Supposed(w) => format!("文中这是“{w}”之下设想的情形"),
        Unasserted::Rumour(w) => format!("文中这是转述的“{w}”"),
        Unasserted::Denied(w) => format!("文中以“{w}”否定了这个数字"),
        Unasserted::Believed(w) => format!("文中以“{w}”转述的是一种看法"),
        Unasserted::Misprinted(w) => format!("文中以“{w}”更正的是印错的数字"),
        Unasserted::Possible(w) => format!("文中以“{w}”说的是一种可能"),
        Unasserted::Reckoned(w) => format!("文中这是“{w}”之下按自设的数字推算的估计"),
    };
    Outcome::unverified(
        Reason::NotAsserted,
        format!("{said}；但{because}，不是作者对事实的陈述，不能据此判断"),
    )
}

/// Whether the figure is, to its last digit and in its unit, another
/// entity's figure of the metric it was given (900GB/s, H100's NVLink,
/// said of the H800).
fn another_entitys_figure(db: &ClaimsDb, m: &Mention, link: &Link) -> bool {
    let (Some(mi), Some(e), Some(cp)) = (link.metric, link.entity, claim_point(m)) else {
        return false;
    };
    let id = db.metrics[mi].id.as_str();
    db.facts.iter().any(|f| {
        f.metric == id
            && Some(f.unit) == m.unit
            && db.entity(&f.entity) != Some(e)
            && fact_point(f) == Some(cp)
    })
}

/// Whether a figure contradicted as one metric is also far above the
/// other metric its words fit alike: more than twice both figures. (Far
/// below both may be a third, smaller figure of the kind: a cache-hit
/// price under both the input and the output price, a stage's GPU hours
/// under the run's.)
fn far_from_rival(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    rival: usize,
    time: Option<&Mention>,
    as_of: Option<Date>,
    outcome: &Outcome,
) -> bool {
    let far = |o: &Outcome| {
        o.verdict == Verdict::Contradicted
            && o.difference_pct.is_some_and(|d| d > Decimal::from(100))
    };
    if !far(outcome) {
        return false;
    }
    let mut as_rival = link.clone();
    as_rival.metric = Some(rival);
    far(&check_figure(db, m, &as_rival, time, as_of))
}

/// A contradiction that is no error of the article's: the sources of
/// the figure disagree (the fact's note says so), the database's figure is
/// someone's estimate the sentence does not quote, the sentence gives
/// another party's estimate (荣鼎咨询估计…), or the text gives a
/// revision later than the database's release.
fn disagreement_excused(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    outcome: &Outcome,
    as_of: Option<Date>,
) -> Option<Outcome> {
    let said = &outcome.explanation;
    // (not when the sentence says whose figure it gives: a source misquoted
    // is an error, 据SemiAnalysis估计…8000万美元, 奥特曼表示…9000万美元)
    let sourced = link.said_by_someone
        || link.speech_before
        || link.named_source.is_some()
        || link.estimate_said.is_some();
    if let Some(ids) = between_sources(db, m, outcome).filter(|_| !sourced) {
        return Some(Outcome::unverified(
            Reason::SourcesDiffer,
            format!("{said}；但数据库中各来源的数字本就不一（{ids}），文中的数字落在它们之间，不能据此否定"),
        ));
    }
    if let Some(note) = sources_differ(db, m, outcome) {
        return Some(Outcome::unverified(
            Reason::SourcesDiffer,
            format!("{said}；但来源之间对这个数字本有出入（数据库注：{note}），相差不到1%，不能据此否定"),
        ));
    }
    if let Some(by) = estimate_of_another(db, m, link, outcome) {
        return Some(Outcome::unverified(
            Reason::SourcesDiffer,
            format!("{said}；但数据库中的数字是{by}的估计，文中没有说出自{by}，可能是另一来源的估计，不能据此否定"),
        ));
    }
    if let Some(verb) = link.estimate_said {
        // (against an estimate of the database's, whose is whose is read
        // above: 该机构估计 may be that source itself)
        if db.facts[outcome.fact?].estimate_by.is_none() {
            return Some(Outcome::unverified(
                Reason::SourcesDiffer,
                format!("{said}；但文中的数字是句中所说一方的估计（“{verb}”），不是数据库所记录来源的数字，不能据此否定"),
            ));
        }
    }
    if let Some(word) = link
        .earlier_release
        .filter(|w| among_vintages(db, m, outcome) && !is_that_release(db, outcome, w))
    {
        return Some(Outcome::unverified(
            Reason::EarlierRelease,
            format!("{said}；但文中说的是较早发布的数字（“{word}”），数据库未必收有那一版，不能据此否定"),
        ));
    }
    let word = revised_later(db, link, outcome, as_of)?;
    Some(Outcome::unverified(
        Reason::Revised,
        format!("{said}；但文中说的是“{word}”后的数字，发布晚于数据库所记录的数值，不能据此否定"),
    ))
}

/// Whether a claim is a hundred times its reference or more, either way,
/// by their sizes (-9.9‰ against -0.99‰ is ten times, not a hundred: the
/// signed difference, -900%, would say otherwise).
fn hundredfold(claim: Option<Decimal>, reference: Option<Decimal>) -> bool {
    let (Some(c), Some(r)) = (claim, reference) else {
        return false;
    };
    let (c, r) = (c.abs(), r.abs());
    let hundred = Decimal::ONE_HUNDRED;
    r.checked_mul(hundred).is_some_and(|x| c >= x) || c.checked_mul(hundred).is_some_and(|x| r >= x)
}

/// Whether a figure is its reference with the decimal point moved: the
/// same digits, three or more of them, a power of ten apart (557.6亿美元
/// for 557.6万), or, larger, the reference's first digits cut short (278亿
/// for 278.8万): a slip of a unit, not another figure.
fn shifted_digits(claim: Option<Decimal>, reference: Option<Decimal>) -> bool {
    let (Some(c), Some(r)) = (claim, reference) else {
        return false;
    };
    if c.is_zero() || r.is_zero() || significant_digits(c) < 3 {
        return false;
    }
    // (the claim may also cut the reference short: 278亿 for 278.8万)
    let digits = |v: Decimal| {
        let s = v.normalize().mantissa().unsigned_abs().to_string();
        s.trim_end_matches('0').to_string()
    };
    // (only a claim larger than its reference: a smaller one with the same
    // first digits, 2.78万GPU小时 after 278.8万, is most likely another
    // subject's, a lab's or a student's)
    let (cd, rd) = (digits(c), digits(r));
    if c.abs() > r.abs() && rd.len() > cd.len() && rd.starts_with(&cd) {
        return true;
    }
    let (big, small) = if c.abs() > r.abs() { (c, r) } else { (r, c) };
    let mut x = small;
    for _ in 0..16 {
        x = match x.checked_mul(Decimal::TEN) {
            Some(x) => x,
            None => return false,
        };
        if x == big {
            return true;
        }
        if x.abs() > big.abs() {
            return false;
        }
    }
    false
}

/// Whether the fact a figure was held against is itself the release the
/// text names: for an advance estimate (`概估`, `預先估計`) or a
/// preliminary one (`初估`, `初步核算`), a fact whose quote or note names
/// the same vintage (概估, "advance estimate"; 初步, "preliminary"). The
/// text's figure is then that release, on record, not an earlier one the
/// database may lack.
fn is_that_release(db: &ClaimsDb, outcome: &Outcome, word: &str) -> bool {
    /// The names of one vintage of a statistic, in the text's words and in
    /// the database's quotes and notes: an advance estimate (概估), a
    /// preliminary one (初估, 初步核算).
    const VINTAGES: &[&[&str]] = &[
        &["概估", "预先估计", "預先估計", "advance estimate"],
        &["初估", "初步", "preliminary"],
    ];
    let Some(f) = outcome.fact.map(|f| &db.facts[f]) else {
        return false;
    };
    let names = |t: &Option<String>, vintage: &[&str]| {
        t.as_deref().is_some_and(|t| {
            let t = t.to_lowercase();
            vintage.iter().any(|w| t.contains(w))
        })
    };
    VINTAGES.iter().any(|vintage| {
        vintage.iter().any(|w| word.contains(w))
            && (names(&f.quote, vintage) || names(&f.note, vintage))
    })
}

/// Whether a figure lies among the vintages on record (two or more) of
/// the fact it was held against, give or take a tenth of the larger (4.84% among Taiwan's 4.30%,
/// 4.59% and 5.27%): a release the database lacks may have said it. One
/// further off (3.40%) is no vintage's.
fn among_vintages(db: &ClaimsDb, m: &Mention, outcome: &Outcome) -> bool {
    let (Some(f), Some(v)) = (outcome.fact, claim_point(m)) else {
        return false;
    };
    let f = &db.facts[f];
    let points: Vec<Decimal> = db
        .facts
        .iter()
        .filter(|g| {
            g.entity == f.entity && g.metric == f.metric && g.item == f.item && g.period == f.period
        })
        .filter_map(fact_point)
        .collect();
    // (one figure on record is no span of vintages)
    if points.len() < 2 {
        return false;
    }
    let points = points.into_iter();
    let (lo, hi) = points.fold(
        (None, None),
        |(lo, hi): (Option<Decimal>, Option<Decimal>), p| {
            (
                Some(lo.map_or(p, |l| min(l, p))),
                Some(hi.map_or(p, |h| max(h, p))),
            )
        },
    );
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return false;
    };
    let slack = pct_of(max(lo.abs(), hi.abs()), 10);
    lo - slack <= v && v <= hi + slack
}

/// Who made the rough estimate a contradicted rough figure was held
/// against, when its sentence does not attribute it to them and the two
/// are within half of each other: another source's estimate
/// (`DeepSeek使用逾6万颗辉达晶片`, a committee's count, against
/// SemiAnalysis's 约5万) is not refuted by one. A figure its sentence
/// attributes to the same source (`据SemiAnalysis估计…`), a figure stated
/// exactly, and one further off are held against it.
fn estimate_of_another<'a>(
    db: &'a ClaimsDb,
    m: &Mention,
    link: &Link,
    outcome: &Outcome,
) -> Option<&'a str> {
    let f = &db.facts[outcome.fact?];
    let by = f.estimate_by.as_deref()?;
    // (a figure the text calls an estimate, 据估计…7.15亿美元, against an
    // estimator's figure however exactly it was written, 9.44亿美元; a
    // hedged figure against an approximate one: a tracker's exact count
    // still refutes a hedged one)
    let rough = matches!(
        m.qualifier,
        Qualifier::Approx | Qualifier::AtLeast | Qualifier::AtMost
    );
    let near = outcome
        .difference_pct
        .is_some_and(|d| d.abs() <= Decimal::from(50));
    let estimates = link.called_estimate || (rough && f.qualifier == FactQualifier::Approx);
    (estimates && near && link.named_source.as_deref() != Some(by)).then_some(by)
}

/// The word that calls a contradicted figure revised (`2024年底人口修訂數字
/// 為7500600人`), when the article came out more than a month after the
/// database's figure (or has no date): the text may give a later vintage
/// than the one on record. A revised figure in an article of the days of
/// the database's own release is held against it.
fn revised_later(
    db: &ClaimsDb,
    link: &Link,
    outcome: &Outcome,
    as_of: Option<Date>,
) -> Option<&'static str> {
    const LATER: i64 = 30;
    let word = link.revised?;
    let fact = &db.facts[outcome.fact?];
    as_of
        .is_none_or(|a| a.days_after(&fact.as_of) > LATER)
        .then_some(word)
}

/// The metrics whose date starts an entity's life: a model's release, a
/// currency peg's launch.
const STARTS: &[&str] = &["release_date", "launch_date"];

/// A figure of a standing value (a price, a rate: a fact with no period)
/// whose time ends before its entity existed (`2024年8月…输出费用为2元`
/// given as DeepSeek-R1's, released in 2025; `1946年…固定汇率为3.97022`
/// given as the peg of 1983) is some other entity's: `unverified`, whatever
/// the value. The time must be its own sentence's.
fn before_it_existed(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    outcome: &Outcome,
) -> Option<Outcome> {
    // (a time its own sentence states: one carried from before may belong
    // to a story the sentence has left)
    if outcome.verdict == Verdict::Unverified || m.kind == Kind::Date || link.time_carried {
        return None;
    }
    if db.facts[outcome.fact?].period.is_some() {
        return None;
    }
    let (e, t) = (link.entity?, time?);
    let end = t.date_end.or(t.date)?;
    // (the earliest such date the database holds)
    let (start, mi) = STARTS
        .iter()
        .filter_map(|id| db.metric(id))
        .flat_map(|mi| db.facts_for(e, mi).iter().map(move |&f| (f, mi)))
        .filter_map(|(f, mi)| match db.facts[f].value {
            FactValue::Date { date, .. } => Some((date, mi)),
            FactValue::Number { .. } => None,
        })
        .min_by_key(|(d, _)| d.days_after(&end))?;
    (start.days_after(&end) > 0).then(|| {
        Outcome::unverified(
            Reason::NoEntity,
            format!(
                "文中的时间（{end}）早于{}的{}（{start}），说的不是它",
                db.entities[e].name_zh, db.metrics[mi].name_zh
            ),
        )
    })
}

/// The adjustment verb before a contradicted figure (价格降至4元) whose
/// fact is a standing value with no period (a list price, a rate): the
/// figure may be the value after a change the database has not recorded.
fn adjusted_standing(db: &ClaimsDb, link: &Link, outcome: &Outcome) -> Option<&'static str> {
    let f = outcome.fact?;
    db.facts[f]
        .period
        .is_none()
        .then_some(link.adjusted_to)
        .flatten()
}

/// A figure given as one entity's that is a sibling's (GPT-4's training
/// cost given as GPT-4o's): `misattributed`, with the sibling's fact.
///
/// Said only on positive evidence: the metric is named in the text and is
/// one siblings never share (a model's own training run), the entity is
/// named in the figure's own sentence, nothing narrows the scope, the
/// figure is one the text states (not a vague amount), the named entity has
/// no fact that agrees, and the sibling's fact is the same number — to the
/// article's last digit or within 1% — for the period the text states.
/// How many significant digits `v` is written with (1亿 has one, 557.6万
/// four).
/// Whether a hedged claim and a rough fact are both written to three
/// significant digits or more (约2,970亿 and 约2,790亿): precise figures,
/// not round ones.
fn both_precise(m: &Mention, f: &Fact) -> bool {
    let FactValue::Number {
        value: Some(fv), ..
    } = &f.value
    else {
        return false;
    };
    m.qualifier == Qualifier::Approx
        && m.value.is_some_and(|v| significant_digits(v) >= 3)
        && significant_digits(*fv) >= 3
}

fn significant_digits(v: Decimal) -> u32 {
    let mut m = v.normalize().mantissa().unsigned_abs();
    while m >= 10 && m.is_multiple_of(10) {
        m /= 10;
    }
    let mut n = 1;
    while m >= 10 {
        m /= 10;
        n += 1;
    }
    n
}

fn misattributed(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
    outcome: &Outcome,
    misattributed_before: Option<usize>,
) -> Option<Outcome> {
    let (e, mi) = (link.entity?, link.metric?);
    let lacks_own = match outcome.verdict {
        Verdict::Contradicted => true,
        Verdict::Unverified => {
            outcome.reason == Some(Reason::NoFact) && db.facts_for(e, mi).is_empty()
        }
        _ => false,
    };
    if !lacks_own
        || !db.metrics[mi].unshared
        || link.metric_by_value
        || link.scope.is_some()
        || !link.entity_by.is_some_and(|b| b.in_sentence())
        || m.error.is_some()
        || m.kind == Kind::Date
        // (a bound — 超过1亿美元 — fits many figures: met by a sibling's,
        // it says nothing of whose it is)
        || matches!(
            m.qualifier,
            Qualifier::Vague | Qualifier::Range | Qualifier::AtLeast | Qualifier::AtMost
        )
    {
        return None;
    }
    let written = claim_point(m)?;
    // a round figure of one digit (1亿美元, 5万颗) fits many things: meeting a
    // sibling's, it says nothing of whose it is, unless an earlier figure
    // of its sentence was that sibling's (使用了25,000颗…训练成本高达1亿
    // 美元: GPT-4's two figures given to GPT-4o)
    let round = significant_digits(written) < 2;
    if round && misattributed_before.is_none() {
        return None;
    }
    // a conversion follows its original amount's sibling (fact_hint)
    let hinted = link
        .fact_hint
        .and_then(|f| db.entity(&db.facts[f].entity))
        .filter(|&h| h != e);
    let candidates: Vec<usize> = hinted
        .into_iter()
        .chain(db.siblings(e))
        .filter(|&s| db.has_facts(s, mi))
        .collect();
    for s in candidates {
        if round && misattributed_before != Some(s) {
            continue;
        }
        let mut as_sibling = link.clone();
        as_sibling.entity = Some(s);
        let o = check_figure(db, m, &as_sibling, time, as_of);
        if o.verdict != Verdict::Supported {
            continue;
        }
        let f = &db.facts[o.fact?];
        // an undated article cannot be pinned to a period's figure
        if as_of.is_none() && f.period.is_some() {
            continue;
        }
        // the same number, not merely a compatible one
        let same = o.reference.is_some_and(|r| within_one_pct(written, r));
        if !same {
            continue;
        }
        let (named, owner, metric) = (
            &db.entities[e].name_zh,
            &db.entities[s].name_zh,
            &db.metrics[mi].name_zh,
        );
        let conv = o
            .rate
            .as_ref()
            .map(|(_, r)| format!("，按{r}换算"))
            .unwrap_or_default();
        return Some(Outcome {
            verdict: Verdict::Misattributed,
            reason: None,
            explanation: Cow::Owned(format!(
                "这是{owner}的{metric}（{}{conv}，{}），文中却说是{named}的；数据库中没有{named}与之相符的数字",
                db.describe(f),
                f.id
            )),
            ..o
        });
    }
    None
}

/// For a contradicted claim: another figure of the database the claim's
/// value is (another metric of the same entity, with the same unit and
/// period, or the same metric of another entity) — a sign that the text
/// is about that figure and the link went astray, not that it is wrong.
/// Whether a claim states `point` to its own last digit (533万 and 530万
/// state 532.8万; 529.1万 does not): its wording's rounding, no cut, holds it.
fn states(m: &Mention, point: Decimal) -> bool {
    claim_interval_cut(m, false)
        .is_some_and(|c| c.lo.is_none_or(|lo| lo <= point) && c.hi.is_none_or(|hi| point <= hi))
}

/// The claim's point `cp` with the sign its words give it against fact
/// `f` (whose point is `fp`): a fall written as a positive number (下跌
/// 16.97%, 跌幅16.86%) against a fall the database holds, or the size of
/// a fall (比上年下降3.2%) against a growth or change the database holds
/// as a rise, is negative.
fn signed_claim(m: &Mention, cp: Decimal, fp: Decimal, f: &Fact) -> Decimal {
    let change = f.metric.ends_with("_growth") || f.metric.ends_with("_change");
    if m.decrease && fp.is_sign_negative() {
        -cp.abs()
    } else if m.falls_by && change && fp.is_sign_positive() && cp.is_sign_positive() {
        -cp
    } else {
        cp
    }
}

/// The ids of the database's figures of the contradicted fact's entity,
/// metric, item and period, when they disagree and the claim falls between
/// them: one source puts the figure below it and another above it, and
/// none of them is an exact figure of the source's own (GPT-4's training
/// cost, SemiAnalysis's 约6300万美元 and Altman's 1亿美元以上: 7840万美元
/// refutes neither).
fn between_sources(db: &ClaimsDb, m: &Mention, outcome: &Outcome) -> Option<String> {
    let f = &db.facts[outcome.fact?];
    if m.unit != Some(f.unit) {
        return None;
    }
    let cp = claim_point(m)?;
    let (mut below, mut above) = (None, None);
    let same = db.facts.iter().filter(|g| {
        g.entity == f.entity
            && g.metric == f.metric
            && g.item == f.item
            && g.period == f.period
            && g.unit == f.unit
    });
    for g in same {
        // (an exact figure of the source's own is the figure: an estimate
        // around it excuses nothing, 575.6万 against 557.6万 and 约600万)
        if g.qualifier == FactQualifier::Exact && g.estimate_by.is_none() {
            return None;
        }
        let FactValue::Number {
            value, low, high, ..
        } = g.value
        else {
            continue;
        };
        if high.or(value).is_some_and(|h| h < cp) {
            below.get_or_insert(g.id.as_str());
        }
        if low.or(value).is_some_and(|l| l > cp) {
            above.get_or_insert(g.id.as_str());
        }
    }
    let (b, a) = (below?, above?);
    Some(format!("{b}、{a}"))
}

/// The note of the fact a contradiction was found against, when the note
/// says its sources disagree (`Conflict: …` in `facts.csv`) and the claim
/// is within 1% of it: the claim may be another source's figure.
fn sources_differ<'a>(db: &'a ClaimsDb, m: &Mention, outcome: &Outcome) -> Option<&'a str> {
    let f = &db.facts[outcome.fact?];
    let note = f.note.as_deref()?.trim();
    let flagged = note
        .get(..8)
        .is_some_and(|h| h.eq_ignore_ascii_case("conflict"));
    let (cp, fp) = (claim_point(m)?, fact_point(f)?);
    let cp = signed_claim(m, cp, fp, f);
    (flagged && within_one_pct(cp, fp)).then_some(note)
}

/// The fact a contradicted figure may have meant instead: the same entity's
/// figure of another metric for the same period, or another entity's
/// figure of the same metric, when the figure's sentence names that entity
/// (`H20是H100的精簡版，有80GB記憶體`) or does not name the figure's own (a
/// name carried from before may be the wrong one): a figure of a chip its
/// sentence names that is another chip's, with no other chip in sight
/// (`A100…总带宽为900GB/s`), is the error it looks.
/// Whether two metrics are akin: one's id holds the other's (revenue and
/// data_center_revenue), or a word of one holds a word of the other
/// (收入 in 数据中心收入).
fn akin_metrics(db: &ClaimsDb, a: &str, b: &str) -> bool {
    if a.contains(b) || b.contains(a) {
        return true;
    }
    let (Some(a), Some(b)) = (db.metric(a), db.metric(b)) else {
        return false;
    };
    let (ta, tb) = (&db.metrics[a].triggers, &db.metrics[b].triggers);
    ta.iter().any(|x| tb.iter().any(|y| akin_words(x, y)))
}

/// Whether one of two metric words holds the other (营收, 数据中心营收).
fn akin_words(x: &str, y: &str) -> bool {
    x.contains(y) || y.contains(x)
}

/// Whether the clause of `lead` (the figure's sentence before it) that
/// holds the figure names metric `own` by a word that metric `other` cannot
/// mean: a word of three characters or more (not a cue such as 马上 or
/// 年增) that none of `other`'s words holds or is held by (固定资产投资…
/// 增长3.5% is investment's, whatever else is 3.5%; FP8算力 is not
/// FP16's). Never when one metric is a part of the other (营收 may be the
/// data centre's, 参数量 the activated parameters'), nor when the clause
/// or the rest of the sentence names the other too (港元兌美元為7.85，觸及
/// 弱方兌換保證).
fn names_only_its_own(db: &ClaimsDb, said: &Said, used: &Fact, other: &str) -> bool {
    let own = used.metric.as_str();
    if own.contains(other) || other.contains(own) {
        return false;
    }
    // (a word of the owner's name is no word of the measure: 兑美元 in
    // 港元兑美元, 联系汇率制度)
    let aliases = db
        .entity(&used.entity)
        .map_or(&[][..], |e| db.entities[e].aliases.as_slice());
    let clause = clause_since_figure(said.lead);
    let (Some(own), Some(other)) = (db.metric(own), db.metric(other)) else {
        return false;
    };
    let (ours, theirs) = (&db.metrics[own].triggers, &db.metrics[other].triggers);
    // (by a word of its own: not 算力, which both FP8 and FP16 have)
    let named = |t: &str| {
        theirs
            .iter()
            .any(|y| y.chars().nth(1).is_some() && !ours.contains(y) && contains_word(t, y))
    };
    if named(clause) || named(clause_after(said.rest)) {
        return false;
    }
    ours.iter().any(|w| {
        w.chars().nth(2).is_some()
            && contains_word(clause, w)
            && !aliases.iter().any(|a| a.contains(w.as_str()))
            && !theirs.iter().any(|y| akin_words(w, y))
    })
}

/// The end of `lead` from its last clause break or figure: a word before
/// an earlier figure of the clause is that figure's. (A digit of a name,
/// FP8, H800 or GPT-4, is no figure.)
fn clause_since_figure(lead: &str) -> &str {
    let mut cut = 0;
    for (i, c) in lead.char_indices() {
        let after = i + c.len_utf8();
        if matches!(
            c,
            '，' | ',' | '；' | ';' | '：' | ':' | '。' | '\n' | '%' | '％'
        ) {
            cut = after;
        } else if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            // (the run of letters, digits and -. or a space it ends: GPT-4,
            // Qwen2.5, Llama 3)
            let word = lead[..i].trim_end_matches(|d: char| {
                d.is_ascii_alphanumeric() || matches!(d, '-' | '.' | ' ')
            });
            if !lead[word.len()..i].bytes().any(|b| b.is_ascii_alphabetic()) {
                cut = after;
            }
        }
    }
    &lead[cut..]
}

/// What `rest` (the sentence after a figure) says of the figure: its
/// clause, and the next when that states no figure of its own (7.85，觸及
/// 弱方兌換保證; not 954万人,人口出生率为6.77‰, the next figure's words).
fn clause_after(rest: &str) -> &str {
    let is_break = |c: char| matches!(c, '，' | ',' | '；' | ';' | '：' | ':' | '。' | '\n');
    let Some(first) = rest.find(is_break) else {
        return rest;
    };
    let next = &rest[first..];
    let next_len = next
        .char_indices()
        .skip(1)
        .find(|&(_, c)| is_break(c))
        .map_or(next.len(), |(i, _)| i);
    if next[..next_len].contains(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        &rest[..first]
    } else {
        &rest[..first + next_len]
    }
}

/// Whether `text` holds `word`, ASCII letters in either case.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_ascii() {
        text.as_bytes()
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    } else {
        text.contains(word)
    }
}

fn other_figure(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    outcome: &Outcome,
    as_of: Option<Date>,
    said: &Said,
) -> Option<(usize, bool)> {
    let named_in_sentence = said.names;
    let used = &db.facts[outcome.fact?];
    let own_clause = said
        .lead
        .rfind(['，', ',', '；', ';', '。'])
        .map_or(said.lead, |p| &said.lead[p..]);
    // a figure the article states as such, not a bound (高达, 超过)
    if !matches!(m.qualifier, Qualifier::Exact | Qualifier::Approx) {
        return None;
    }
    // a figure found by its value alone proves nothing about its neighbours
    if link.metric_by_value || Some(used.unit) != m.unit {
        return None;
    }
    let cp = claim_point(m)?;
    // (the figure's own entity, named in its sentence, is what it is about)
    let own_named = link.entity.is_some_and(named_in_sentence);
    // (its measure's own name, then up to four characters of a change,
    // before it: 零售销售增长5.8%; not a word right before it, 广东增长3.5%,
    // whose owner may be misread)
    let named_before = link
        .metric_word
        .is_some_and(|(_, end)| end < m.start && m.start - end <= 12);
    // the first in file order of the facts in the same unit
    db.facts_in_unit(used.unit)
        .iter()
        .copied()
        .find(|&f| {
            let f = &db.facts[f];
            // the cheap tests first: a figure (not a bound: any amount above a
            // lower bound "matches" it), not after the article
            if !matches!(f.qualifier, FactQualifier::Exact | FactQualifier::Approx)
                || as_of.is_some_and(|a| f.as_of.is_after(&a))
            {
                return false;
            }
            let same_entity = f.entity == used.entity;
            let same_metric = f.metric == used.metric;
            // (a part of a year carried, 第四季度…。GDP增长5.0%: the year's
            // figure, the writer moving on to the whole year)
            let year_of_part = link.part_of_year_carried.is_some()
                && same_entity
                && same_metric
                && used
                    .period
                    .as_deref()
                    .zip(f.period.as_deref())
                    .is_some_and(|(u, p)| u != p && !p.contains('-') && u.starts_with(p));
            // (a figure of the whole period that is exactly a part's, the
            // quarter its sentence began with: 第四季度营收393亿美元，全年营收
            // 1305亿美元，其中数据中心营收356亿美元 is the quarter's)
            // (its period carried from an earlier clause, not stated in its
            // own: 2025财年营收393亿美元 is the slip it looks)
            let part_of_period = same_entity
                && same_metric
                && !own_clause.contains(['年', '季'])
                && used
                    .period
                    .as_deref()
                    .zip(f.period.as_deref())
                    .is_some_and(|(u, p)| {
                        p.strip_prefix(u).is_some_and(|rest| rest.starts_with('-'))
                    });
            // (another measure of the same entity, when the figure's own
            // measure is named right before it, only when the two are akin: one's
            // words hold the other's, 营收 and 数据中心营收; 零售销售增长5.8% is
            // never 工业增加值's, and is the slip it looks)
            let other_measure = same_entity && !same_metric;
            let sibling = (other_measure && f.period == used.period)
                || year_of_part
                || part_of_period
                || (!same_entity
                    && same_metric
                    && (!own_named || db.entity(&f.entity).is_some_and(named_in_sentence)));
            sibling
            && f.item == used.item
            && fact_point(f).is_some_and(|fp| {
                // the same number, to the article's last digit or within 1%
                within_one_pct(signed_claim(m, cp, fp, f), fp)
            })
            // (the words of the two measures compared last: the rarest case)
            && (!other_measure || !named_before || akin_metrics(db, &used.metric, &f.metric))
        })
        .map(|f| {
            // (another measure the text's own words rule out is the slip it
            // looks: 固定资产投资…增长3.5%, the retail sales' figure)
            let other = &db.facts[f];
            // (nor another name's figure where the order of a list over
            // names puts this one's: H100和H800…分别为400GB/s和900GB/s)
            let ruled_out = (other.entity == used.entity
                && other.metric != used.metric
                && (link.measure_by_place || names_only_its_own(db, said, used, &other.metric)))
                || (link.entity_by_place && other.entity != used.entity);
            (f, !ruled_out)
        })
}

/// The fiscal period a report's news names without its fiscal label: a
/// whole year (全年, the fiscal year just reported, when the sentence states
/// no year of its own), or a quarter by its number: `第四季度` in an
/// article of 2025-02-27 about a company whose database figures are
/// labelled by fiscal quarter (FY2025-Q4, released 2025-02-26) is the
/// quarter whose results came out in the hundred days before the article,
/// as an editor reads it, not the calendar quarter the date reader gave it
/// (2024-10 to 2024-12). Only when the period the text gives the figure
/// ended within those hundred days too (a calendar quarter, or the day of
/// 截至2025年1月26日), so an older quarter the text names by its year
/// (2023年第四季度) is never moved, and when exactly one such release exists.
fn news_fiscal_period(
    db: &ClaimsDb,
    facts: &[usize],
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
) -> Option<String> {
    const NEWS_DAYS: std::ops::RangeInclusive<i64> = 0..=100;
    let as_of = as_of?;
    let in_news = |d: &Date| NEWS_DAYS.contains(&as_of.days_after(d));
    let suffix = match link.quarter.filter(|_| link.quarter_stated) {
        Some(q) => {
            let t = time?;
            let end = t.date_end.or(t.date.filter(|d| d.day.is_some()))?;
            if end.month.is_none() || !in_news(&end) {
                return None;
            }
            format!("-Q{q}")
        }
        // 全年 in the news of the results: the fiscal year just reported,
        // unless the sentence states a year of its own (2024年全年)
        None if link.whole_year_stated => {
            // a dateline or a day of the news is no year of the figure's
            let news_day = |t: &Mention| {
                t.date_end.is_none() && t.date.is_some_and(|d| d.day.is_some() && in_news(&d))
            };
            let stated_year = time.is_some_and(|t| !(link.year_only() || news_day(t)));
            if stated_year {
                return None;
            }
            String::new()
        }
        None => return None,
    };
    let mut labels = facts.iter().filter_map(|&f| {
        let fact = &db.facts[f];
        let label = fact.period.as_deref()?;
        let quarter_of_it = label.contains("-Q");
        (label.starts_with("FY")
            && label.ends_with(&suffix)
            && quarter_of_it != suffix.is_empty()
            && in_news(&fact.as_of))
        .then_some(label)
    });
    let first = labels.next()?;
    labels.all(|l| l == first).then(|| first.to_string())
}

/// Whether a measure may be given for a part of a year (`part`): a
/// growth or an unemployment or inflation rate of a month or of a few
/// months (5月份社会消费品零售总额增长, 前三季度GDP增长), so that a part
/// carried from an earlier sentence may be its period. GDP has no month's
/// figure; a population's rates are a year's only.
fn rate_of_a_part(metric: &crate::db::Metric, part: YearPart) -> bool {
    let id = metric.id.as_str();
    (id.ends_with("_growth") || ["unemployment_rate", "inflation_rate"].contains(&id))
        && !(part == YearPart::Month && id == "gdp_growth")
}

/// The metric of the same measure in an exact figure's own currency, when
/// the database holds it for the entity: metrics whose ids differ only by a
/// currency ending (`api_price_output` and `api_price_output_cny`) measure
/// the same thing in two currencies. `mi` itself otherwise.
pub fn in_own_currency(db: &ClaimsDb, ei: usize, mi: usize, m: &Mention) -> usize {
    // (an exact amount: a hedged one, 約合2.1元, is a conversion, held
    // against the amount converted)
    let Some(cu) = m
        .unit
        .and_then(Unit::money)
        .filter(|_| m.qualifier == Qualifier::Exact)
    else {
        return mi;
    };
    let unit_of = |k: usize| db.metrics[k].unit.money();
    if unit_of(mi).is_none_or(|u| u == cu) {
        return mi;
    }
    // (the id without a currency ending: `api_price_output`)
    let stem = |k: usize| {
        let id = db.metrics[k].id.as_str();
        id.rsplit_once('_')
            .filter(|(_, end)| {
                Unit::parse(&end.to_ascii_uppercase()).is_some_and(|u| u.is_currency())
            })
            .map_or(id, |(stem, _)| stem)
    };
    let own = stem(mi);
    (0..db.metrics.len())
        .find(|&k| k != mi && unit_of(k) == Some(cu) && db.has_facts(ei, k) && stem(k) == own)
        .unwrap_or(mi)
}

fn check_figure(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    time: Option<&Mention>,
    as_of: Option<Date>,
) -> Outcome {
    let time_carried = link.year_only();
    if let Some(e) = &m.error {
        return Outcome::unverified(Reason::Unreadable, format!("数字无法读取：{e}"));
    }
    let Some(mi) = link.metric else {
        return Outcome::unverified(
            Reason::NoMetric,
            "未能判断这个数字指的是什么（没有对应的指标）",
        );
    };
    let metric = &db.metrics[mi];
    let Some(ei) = link.entity else {
        return Outcome::unverified(
            Reason::NoEntity,
            ["找不到“", &metric.name_zh, "”所指的对象"].concat(),
        );
    };
    let entity = &db.entities[ei];
    // an amount in the currency of the same measure's other metric, held
    // for this entity in that currency (R1's 2.19美元 beside its 16元: the
    // dollar price the database holds, not the yuan price converted)
    let mi = in_own_currency(db, ei, mi, m);
    let metric = &db.metrics[mi];
    if let Some(w) = link.scope {
        // a wider total (算上前期研究) is not "limited to" its word
        let said = if crate::link::is_wider_total(w) {
            ["还算上了别的部分（“", w, "”）"].concat()
        } else {
            ["限于“", w, "”"].concat()
        };
        return Outcome::unverified(
            Reason::Scope,
            format!(
                "范围不同：文中的数字{said}，数据库中{}的{}是另一口径",
                entity.name_zh, metric.name_zh
            ),
        );
    }
    // a change from a year further back than the year before (比2020年末提高
    // 3.11个百分点) is not the year's change the database holds
    let changes = metric.id.ends_with("_change") || metric.id.ends_with("_growth");
    let year = time.and_then(|t| t.date_end.or(t.date)).map(|d| d.year);
    if let (true, Some(base), Some(y)) = (changes, link.base_year, year) {
        if y - base != 1 {
            return Outcome::unverified(
                Reason::Scope,
                format!(
                    "范围不同：文中是与{base}年相比的变化，数据库中{}的{}是与上一年相比",
                    entity.name_zh, metric.name_zh
                ),
            );
        }
    }
    if link.scope_unstated {
        let of = metric.scope.first().map_or("", String::as_str);
        return Outcome::unverified(
            Reason::Scope,
            format!(
                "范围不明：数据库中{}的{}是“{of}”的数字，文中没有说明这个数字的范围",
                entity.name_zh, metric.name_zh
            ),
        );
    }
    let all = db.facts_for(ei, mi);
    if all.is_empty() {
        // the same figure for another entity is worth telling the editor:
        // 25,000颗 for GPT-4o is SemiAnalysis's estimate for GPT-4
        let elsewhere = claim_interval(m)
            .filter(|_| m.value.is_some())
            .zip(m.unit)
            .and_then(|(civ, unit)| {
                // the first in file order of the facts in the claim's unit
                let mut in_unit = db.facts_in_unit(unit).iter().copied();
                in_unit
                    .find(|&i| {
                        let f = &db.facts[i];
                        // (a bound — at least 5亿 — is met by any larger
                        // amount: no sign of whose figure it is)
                        f.metric == metric.id
                            && f.entity != entity.id
                            && !matches!(f.qualifier, FactQualifier::AtLeast | FactQualifier::AtMost)
                            && !as_of.is_some_and(|a| f.as_of.is_after(&a))
                            && fact_interval_at(db, i).is_some_and(|fiv| civ.meets(&fiv))
                            // the same number, not one a rough figure
                            // (about a trillion) happens to take in
                            && claim_point(m)
                                .zip(fact_point(f))
                                .is_some_and(|(cp, fp)| within_one_pct(cp, fp))
                    })
                    .map(|i| &db.facts[i])
            });
        return Outcome::unverified(
            Reason::NoFact,
            match elsewhere {
                Some(f) => format!(
                    "数据库中没有{}的{}；与之相容的是{}的数字（{}，{}）",
                    entity.name_zh,
                    metric.name_zh,
                    db.entity(&f.entity)
                        .map_or(f.entity.as_str(), |e| db.entities[e].name_zh.as_str()),
                    f.id,
                    f.source_title
                ),
                None => no_fact(entity, metric),
            },
        );
    }
    // item: counts of a named chip
    let item_id = link.item.map(|i| db.entities[i].id.as_str());
    let mut facts: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&f| match (&db.facts[f].item, item_id) {
            (Some(fi), Some(ci)) => fi == ci,
            (Some(_), None) => true,
            (None, Some(_)) => true,
            (None, None) => true,
        })
        .collect();
    if item_id.is_none() && facts.iter().any(|&f| db.facts[f].item.is_none()) {
        facts.retain(|&f| db.facts[f].item.is_none());
    }
    if let Some(ci) = item_id {
        if facts
            .iter()
            .any(|&f| db.facts[f].item.as_deref() == Some(ci))
        {
            facts.retain(|&f| db.facts[f].item.as_deref() == Some(ci));
        } else if all.iter().any(|&f| db.facts[f].item.is_some()) {
            // the database counts this entity's chips by kind, and not the
            // one named: a fact with no kind is the total of every kind
            // (DeepSeek有1万颗A100 is not its some 5万 GPUs)
            facts.clear();
        }
    }
    // a multiple is of a base: one its clause names (是Llama 2 70B的18倍)
    // other than every fact's (`versus`: DeepSeek-V3) is another comparison;
    // a base's maker named after it (DeepSeek for DeepSeek-V3) is the base
    if let Some(b) = link.compared_with {
        let base = db.entities[b].id.as_str();
        let other = |f: &usize| {
            db.facts[*f]
                .versus
                .as_deref()
                .is_some_and(|v| !v.starts_with(base))
        };
        if !facts.is_empty() && facts.iter().all(other) {
            let versus = db.facts[facts[0]].versus.as_deref().unwrap_or_default();
            let versus = db
                .entity(versus)
                .map_or(versus, |e| db.entities[e].name_zh.as_str());
            return Outcome::unverified(
                Reason::Scope,
                format!(
                    "范围不同：文中是与{}相比的倍数，数据库中{}的{}是与{versus}相比",
                    db.entities[b].name_zh, entity.name_zh, metric.name_zh
                ),
            );
        }
    }
    // (a base the clause names in words the database does not know: 约为
    // R1的11倍 with no DeepSeek named, 约为其18倍)
    if link.compared_unnamed
        && !facts.is_empty()
        && facts.iter().all(|&f| db.facts[f].versus.is_some())
    {
        return Outcome::unverified(
            Reason::Scope,
            format!(
                "范围不同：文中倍数的比较对象未能确认，数据库中{}的{}是与{}相比",
                entity.name_zh,
                metric.name_zh,
                db.facts[facts[0]]
                    .versus
                    .as_deref()
                    .and_then(|v| db.entity(v))
                    .map_or("", |e| db.entities[e].name_zh.as_str())
            ),
        );
    }
    if facts.is_empty() {
        // every fact counts another chip or product than the one named
        let item = link.item.map_or("", |i| db.entities[i].name_zh.as_str());
        return Outcome::unverified(
            Reason::NoFact,
            format!(
                "数据库中没有{}关于{}的{}",
                entity.name_zh, item, metric.name_zh
            ),
        );
    }
    // period: the time the claim states
    // 去年 after another year in its sentence may count from that year
    if let Some((word, year)) = link.time_relative_to.filter(|_| m.kind != Kind::Date) {
        if facts.iter().any(|&f| db.facts[f].period.is_some()) {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!(
                    "“{word}”所指年份不明：同句还写了{year}年，文中的“{word}”未必从发表日期算起"
                ),
            );
        }
    }
    // a figure of the period before the sentence's (与上年的5.2%相比)
    if let Some(word) = link.period_before.filter(|_| m.kind != Kind::Date) {
        if facts.iter().any(|&f| db.facts[f].period.is_some()) {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!("这个数字是“{word}”的，不是句中所说时期的{}", metric.name_zh),
            );
        }
    }
    // a part of the year its clause names, not its time's (…年中人口为
    // 752.41万，年末人口为753.42万)
    if let Some(word) = link.other_part_of_year.filter(|_| m.kind != Kind::Date) {
        if facts.iter().any(|&f| db.facts[f].period.is_some()) {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!("这个数字是“{word}”的，不是前文所说时期的{}", metric.name_zh),
            );
        }
    }
    // figures handed out over two years with 分别 (2023年及2024年…分别为
    // 1.08%及5.27%): which is which year's is not read
    if let Some((a, b)) = link.years_listed.filter(|_| m.kind != Kind::Date) {
        if facts.iter().any(|&f| db.facts[f].period.is_some()) {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!("同句以“分别”列出{a}年和{b}年的数字，未能判断这个数字是哪一年的"),
            );
        }
    }
    // a part of a year carried (5月份…。其中…同比增长22.3%) is the rate's
    // period when the database holds a figure for it; else the rate may be
    // that part's or the year's, and is neither checked
    let part_carried = link
        .part_of_year_carried
        .filter(|&p| rate_of_a_part(metric, p))
        .and(time)
        .and_then(|t| t.date.map(|d| (d, t.date_end.unwrap_or(d))));
    if let Some((a, b)) = part_carried {
        let stated = with_period(db, &facts, |pa, pb| {
            pa.first_day() == a.first_day() && pb.last_day() == b.last_day()
        });
        if stated.is_empty() {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!(
                    "上文说的是{}，这个{}没有说明是全年的还是那段时间的",
                    period_span_zh(a, b),
                    metric.name_zh
                ),
            );
        }
        facts = stated;
    }
    if link.quarters_listed
        && m.kind != Kind::Date
        && facts.iter().any(|&f| db.facts[f].period.is_some())
    {
        return Outcome::unverified(
            Reason::NoPeriod,
            "同句列出几个季度的数字，未能判断这个数字是哪个季度的",
        );
    }
    if link.period_of_origin && m.kind != Kind::Date {
        return Outcome::unverified(
            Reason::NoPeriod,
            "文中的时间是变化的起点，这个数字是变化后的，没有说明是哪个时期的",
        );
    }
    if link.period_joint && m.kind != Kind::Date {
        return Outcome::unverified(
            Reason::NoPeriod,
            "上文同时说的是某个季度和全年，这个数字没有说明是哪一个的",
        );
    }
    // a date claim is about its own year
    let mut claim_time = if m.kind == Kind::Date {
        m.date
            .filter(|d| d.year != 0)
            .map(|d| (Date::y(d.year), Date::y(m.date_end.unwrap_or(d).year)))
    } else if time_carried
        && matches!(
            link.day_named,
            Some(crate::date::DayNamed::Weekday(_) | crate::date::DayNamed::Offset(_))
        )
    {
        // a day its own sentence names from the article's date (周一, 昨日)
        // is that day, whatever year an earlier paragraph spoke of
        None
    } else if link.day_unsaid {
        // a day counted from another the sentence names (1月14日…昨日) is
        // neither of them for sure
        None
    } else if let Some(day) = link.counted_day() {
        // a day counted back (昨天) from the day of writing, as a dateline
        // gives it (（中央社記者台北28日電）…昨天重挫16.97%), is that day
        Some((day, day))
    } else if let Some(part) = part_carried {
        Some(part)
    } else if time_carried {
        // a time stated in an earlier sentence sets the year, not the exact period
        time.and_then(|t| {
            t.date
                .map(|d| (Date::y(d.year), Date::y(t.date_end.unwrap_or(d).year)))
        })
    } else {
        time.and_then(|t| t.date.map(|d| (d, t.date_end.unwrap_or(d))))
    };
    // a fiscal year stated (2025財政年度) is matched with FY2025 facts by label
    let fiscal = if m.kind == Kind::Date {
        None
    } else if let (Some(fy), Some(t)) = (
        link.fiscal_year,
        time.filter(|t| !t.fiscal && t.date_end.is_some()),
    ) {
        // a quarter of a fiscal year: 第四季 in a 2025財政年度 report → FY2025-Q4
        t.date
            .and_then(|d| d.month)
            .map(|mo| format!("FY{fy}-Q{}", (mo as i32 - 1) / 3 + 1))
    } else {
        // the linker's year (shifted for 上一財年), else the label's own, and
        // the quarter the text puts the figure in (第四財季 → FY2025-Q4)
        time.filter(|t| t.fiscal)
            .and_then(|t| link.fiscal_year.or(t.date.map(|d| d.year)))
            .map(|y| match link.quarter {
                Some(q) => format!("FY{y}-Q{q}"),
                None => format!("FY{y}"),
            })
            .or_else(|| news_fiscal_period(db, &facts, link, time, as_of))
    };
    // a quarter the text names, outside a fiscal report, is not a year's
    // figure nor a figure of no period
    if fiscal.is_none()
        && link.quarter_stated
        && m.kind != Kind::Date
        && !time.is_some_and(|t| t.date_end.is_some() && !link.year_only())
    {
        // the year the text is about and the quarter it names make the
        // period (2024年…四季度 → 2024-Q4)
        let year = time
            .and_then(|t| t.date)
            .map(|d| d.year)
            .filter(|&y| y != 0);
        let quarter = year.zip(link.quarter).and_then(|(y, q)| {
            let q = u32::from(q);
            Some((Date::ym(y, 3 * q - 2)?, Date::ym(y, 3 * q)?))
        });
        if let Some((a, b)) = quarter {
            let stated = with_period(db, &facts, |pa, pb| pa == a && pb == b);
            if !stated.is_empty() {
                facts = stated;
                claim_time = Some((a, b));
            }
        }
    }
    if fiscal.is_none()
        && link.quarter_stated
        && m.kind != Kind::Date
        && claim_time.is_none_or(|(a, b)| a.month.is_none() || a == b)
        && !time.is_some_and(|t| t.date_end.is_some() && !link.year_only())
    {
        return Outcome::unverified(
            Reason::NoFact,
            format!(
                "文中是第{}季度的数字，数据库中没有{}对应季度的{}",
                link.quarter.unwrap_or(0),
                entity.name_zh,
                metric.name_zh
            ),
        );
    }
    if let Some(label) = &fiscal {
        let labelled: Vec<usize> = facts
            .iter()
            .copied()
            .filter(|&f| db.facts[f].period.as_deref() == Some(label.as_str()))
            .collect();
        // a period the text says ended after the database's figure for the
        // label came out is another period, whatever its label (Taiwanese
        // papers label NVIDIA's quarters by calendar year)
        if let Some(end) = link.fiscal_end.filter(|e| {
            !labelled.is_empty()
                && labelled
                    .iter()
                    .all(|&f| e.days_after(&db.facts[f].as_of) > 0)
        }) {
            return Outcome::unverified(
                Reason::NoPeriod,
                format!(
                    "文中的财期截至{}，晚于数据库中{}{}数字的发布日期：文中的标签与日期不符，未能判断是哪一期",
                    iso_date(end),
                    entity.name_zh,
                    period_zh(label)
                ),
            );
        }
        if !labelled.is_empty() {
            facts = labelled;
        } else if facts.iter().all(|&f| db.facts[f].period.is_some()) {
            return Outcome::unverified(
                Reason::NoFact,
                format!(
                    "数据库中没有{}在{}的{}",
                    entity.name_zh,
                    period_zh(label),
                    metric.name_zh
                ),
            );
        }
    }
    // no time stated: only a figure with one current value (a fact with no
    // period) can answer it; a figure that changes with time cannot, unless
    // the article is the news of it (a day's or a month's figure, published
    // within a week after it)
    if claim_time.is_none() && fiscal.is_none() {
        let answer: Vec<usize> = facts
            .iter()
            .copied()
            .filter(|&f| db.facts[f].period.is_none())
            .collect();
        let answer = if answer.is_empty() {
            facts
                .iter()
                .copied()
                .filter(|&f| is_news_of(db.facts[f].period.as_deref(), as_of))
                .collect()
        } else {
            answer
        };
        if answer.is_empty() {
            return Outcome::unverified(
                Reason::NoPeriod,
                period_missing(db, m, &facts, as_of, entity, metric),
            );
        }
        facts = answer;
    }
    if let Some((a, b)) = claim_time.filter(|_| fiscal.is_none()) {
        // the facts whose stated period passes a test
        let by_period = |test: &dyn Fn(Date, Date) -> bool| with_period(db, &facts, test);
        let with_period =
            by_period(&|pa, pb| pa.first_day() == a.first_day() && pb.last_day() == b.last_day());
        // a whole year stated: a year-end stock (2024年末人口) still answers
        // it when there is no whole-year figure; a quarter or a half does not
        // (read only when no fact has the period itself)
        let within_year = || -> Vec<usize> {
            if a.month.is_none() && a == b {
                facts
                    .iter()
                    .copied()
                    .filter(|&f| db.year_end(f) == Some(a.year))
                    .collect()
            } else {
                Vec::new()
            }
        };
        // an event time (a day or a month, not a period) answers a fact whose
        // period holds it, or is held by it: 去年12月2日 ↔ 2024; 去年9月 ↔ 2024-09-03
        let event = m.kind != Kind::Date
            && time
                .is_some_and(|t| t.date_end.is_none() && t.date.is_some_and(|d| d.month.is_some()));
        // (a rate of a year or a quarter is not one month's: 2024年12月份…
        // 同比增长3.7% is December's growth, not the year's 3.5%, and 去年
        // 12月…增长6.2% not the fourth quarter's 5.4%)
        let yearly_rate = metric.id.ends_with("_growth") || metric.id.ends_with("_rate");
        let longer_than_a_month =
            |pa: Date, pb: Date| pa.month.is_none() || pa.year != pb.year || pa.month != pb.month;
        let around = || -> Vec<usize> {
            if event {
                by_period(&|pa, pb| {
                    (pa.first_day() <= a.first_day()
                        && b.last_day() <= pb.last_day()
                        && !(yearly_rate && longer_than_a_month(pa, pb)))
                        || (a.first_day() <= pa.first_day() && pb.last_day() <= b.last_day())
                })
            } else {
                Vec::new()
            }
        };
        let chosen = if !with_period.is_empty() {
            with_period
        } else {
            let within_year = within_year();
            if !within_year.is_empty() {
                within_year
            } else {
                around()
            }
        };
        // (a day told in the early hours of Beijing time is the day before
        // for a market abroad, whatever the database holds for the day
        // itself: 北京时间1月28日凌晨，英伟达股价暴跌近17%)
        let day_figure = crate::link::DAY_FIGURES.contains(&metric.id.as_str());
        let chosen = match a.plus_days(-1) {
            Some(d) if link.abroad_day_before && a == b && day_figure => by_period(&|pa, pb| {
                pa.first_day() == d.first_day() && pb.last_day() == d.last_day()
            }),
            _ => chosen,
        };
        if !chosen.is_empty() {
            facts = chosen;
        } else if facts.iter().all(|&f| db.facts[f].period.is_some()) {
            // the claim's period is not one the database covers
            // (dates written as their `Display` writes them, without the
            // formatting machinery)
            let shown = if a == b {
                iso_date(a)
            } else {
                [iso_date(a), iso_date(b)].join("至")
            };
            return Outcome::unverified(
                Reason::NoFact,
                [
                    "数据库中没有",
                    &entity.name_zh,
                    "在",
                    &shown,
                    "的",
                    &metric.name_zh,
                ]
                .concat(),
            );
        }
    }
    if let Some(h) = link.fact_hint {
        if facts.contains(&h) {
            facts = vec![h];
        }
    }
    // only what the article could have known; a chip's spec (a figure of
    // no period) is the chip's from its launch, whenever the source that
    // gives it was written
    let spec = metric.entity_kinds.iter().any(|k| k == "chip");
    let after = |f: usize| {
        as_of.is_some_and(|a| db.facts[f].as_of.is_after(&a))
            && !(spec && db.facts[f].period.is_none())
    };
    // (most articles come after every fact: nothing to collect then)
    let later: Vec<usize> = if facts.iter().any(|&f| after(f)) {
        facts.iter().copied().filter(|&f| after(f)).collect()
    } else {
        Vec::new()
    };
    if !later.is_empty() {
        facts.retain(|f| !later.contains(f));
    }
    if facts.is_empty() {
        return match later.first().map(|&f| &db.facts[f]) {
            Some(f) => Outcome::unverified(
                Reason::FactAfterArticle,
                format!(
                    "{}的{}只有文章发表之后的数据（{}，{}发布），不能用来否定本文",
                    entity.name_zh, metric.name_zh, f.id, f.as_of
                ),
            ),
            None => Outcome::unverified(Reason::NoFact, no_fact(entity, metric)),
        };
    }
    // vintages: keep the latest of each (item, period, estimate_by)
    fn key(f: &Fact) -> (Option<&str>, Option<&str>, Option<&str>) {
        (
            f.item.as_deref(),
            f.period.as_deref(),
            f.estimate_by.as_deref(),
        )
    }
    // (a single fact is its own latest; a figure the text calls an
    // earlier release is held against every vintage)
    let facts: Vec<usize> = if facts.len() == 1 || link.earlier_release.is_some() {
        facts
    } else {
        facts
            .iter()
            .copied()
            .filter(|&f| {
                let k = key(&db.facts[f]);
                !facts.iter().any(|&g| {
                    g != f && key(&db.facts[g]) == k && db.facts[g].as_of > db.facts[f].as_of
                })
            })
            .collect()
    };
    // a figure the text attributes to a source (据SemiAnalysis估算) is held
    // against that source's own estimate when the database has one
    let by_named = |f: usize| {
        link.named_source
            .as_deref()
            .is_some_and(|s| db.facts[f].estimate_by.as_deref() == Some(s))
    };
    let facts: Vec<usize> = if facts.iter().any(|&f| by_named(f)) {
        facts.into_iter().filter(|&f| by_named(f)).collect()
    } else {
        facts
    };

    if m.kind == Kind::Date {
        return check_date(
            db,
            m,
            link,
            &facts,
            entity.name_zh.as_str(),
            metric.name_zh.as_str(),
        );
    }
    let Some(civ) = claim_interval(m) else {
        return Outcome::unverified(Reason::NotComparable, "数字没有可比较的数值");
    };
    // (the same without the allowance for a figure cut short, for the
    // references written no finer than the claim: read when first needed)
    let mut civ_whole = None;
    let cpoint = claim_point(m);
    let mut best: Option<Best> = None;
    // (whether a figure of the facts is exact, not anyone's estimate)
    let has_exact = facts.iter().any(|&f| {
        let f = &db.facts[f];
        f.qualifier == FactQualifier::Exact && f.estimate_by.is_none()
    });
    for &fi in &facts {
        let f = &db.facts[fi];
        let Some(mut fiv) = fact_interval_at(db, fi) else {
            continue;
        };
        let mut fpoint = fact_point(f);
        let mut rate = None;
        // currency conversion (of prices per token too: 0.27美元（2元）
        // is the dollar price in yuan)
        let moneys = m.unit.and_then(Unit::money).zip(f.unit.money());
        if let Some((cu, fu)) = moneys {
            if cu != fu {
                let (Some((rc, _)), Some((rf, _))) =
                    (db.usd_rate(cu, as_of), db.usd_rate(fu, as_of))
                else {
                    continue;
                };
                let factor = rc / rf;
                fiv = fiv.scale(factor).widen(pct(1));
                fpoint = fpoint.and_then(|p| p.checked_mul(factor));
                rate = Some((
                    factor.round_dp(4),
                    format!("1 {} = {} {}", fu, factor.round_dp(4).normalize(), cu),
                ));
            }
        }
        // a rate per mille written as a percentage (出生率为6.77% for
        // 6.77‰): the fact in percent, a tenth of it
        if m.unit == Some(Unit::Percent) && f.unit == Unit::PerMille {
            let tenth = Decimal::new(1, 1);
            fiv = fiv.scale(tenth);
            fpoint = fpoint.and_then(|p| p.checked_mul(tenth));
        }
        // a bandwidth in GB/s against a reference in TB/s (3350GB/s for
        // 3.35TB/s), or the other way round
        if let Some(k) = m.unit.and_then(|u| u.per(f.unit)) {
            fiv = fiv.scale(k);
            fpoint = fpoint.and_then(|p| p.checked_mul(k));
        }
        // a figure cut short is read so only against a finer reference
        // in the same unit
        let finer = fact_finer(m, f).unwrap_or(true);
        let civ = if m.qualifier == Qualifier::Exact && is_exchange_rate(f.unit) {
            exchange_rate_interval(m).unwrap_or(civ)
        } else if (rate.is_some() || f.qualifier != FactQualifier::Exact)
            && matches!(m.qualifier, Qualifier::Approx | Qualifier::AtLeast)
        {
            // (two figures of three digits or more, in one unit, quote
            // one another to their last digits: 约2,970亿 is not the
            // database's 约2,790亿 with its digits swapped)
            let hedge = if rate.is_none() && both_precise(m, f) {
                Hedge::Strict
            } else {
                Hedge::Loose
            };
            claim_interval_with(m, true, hedge).unwrap_or(civ)
        } else if rate.is_none() && !finer && m.qualifier == Qualifier::Exact {
            *civ_whole.get_or_insert_with(|| claim_interval_cut(m, false).unwrap_or(civ))
        } else {
            civ
        };
        // a fall written as a positive number: 下跌16.97%, or a fall said
        // of what the database has rise (比上年下降3.2%)
        let mut c = civ;
        if let (Some(cp), Some(fp)) = (cpoint, fpoint) {
            if cp.is_sign_positive() && signed_claim(m, cp, fp, f).is_sign_negative() {
                c = civ.scale(Decimal::NEGATIVE_ONE);
            }
        }
        // a figure written to far finer digits than a rough estimate
        // (575.6万 against Karpathy's 约600万) does not quote it: only a
        // figure as rough may lean on it
        // a bound against a figure (逾6万颗 against 约5万) holds when the
        // figure itself lies within it, not any of the figure's leeway
        let bound_on_point = matches!(m.qualifier, Qualifier::AtLeast | Qualifier::AtMost)
            && matches!(f.qualifier, FactQualifier::Exact | FactQualifier::Approx);
        // a plain figure rounder than a rounded fact (1200亿 against the
        // database's 约1305亿) holds when its own rounding or cut holds the
        // fact's figure: the fact's leeway is for figures as fine as it,
        // and both together would let 1200亿 say 1305亿
        let rounder_than_fact = rate.is_none()
            && finer
            && m.qualifier == Qualifier::Exact
            && f.qualifier == FactQualifier::Approx;
        let target = match fpoint {
            Some(p) if bound_on_point || rounder_than_fact => Interval {
                lo: Some(p),
                hi: Some(p),
            },
            _ => fiv,
        };
        // a bound five times or more off the figure (超过600亿美元 against
        // 5890亿, 不到6000万美元 against 557.6万) is true to the letter but
        // says the figure wrong: a slip of a digit or a unit
        // (and so against a bound the same way: 超过1100万次 against the
        // database's 超1.1亿次)
        let same_bound = matches!(
            (m.qualifier, f.qualifier),
            (Qualifier::AtLeast, FactQualifier::AtLeast)
                | (Qualifier::AtMost, FactQualifier::AtMost)
        );
        let loose_bound = (bound_on_point || same_bound)
            && match (cpoint, fpoint) {
                (Some(cp), Some(fp)) => match m.qualifier {
                    Qualifier::AtLeast => cp.abs() * LOOSE_BOUND < fp.abs(),
                    Qualifier::AtMost => cp.abs() > fp.abs() * LOOSE_BOUND,
                    _ => false,
                },
                _ => false,
            };
        // bounds of opposite directions (不到5亿美元 against the database's
        // 至少5亿) never confirm each other: with no room between them they
        // clash, and with room the fact says nothing of the figure
        let opposite = matches!(
            (m.qualifier, f.qualifier),
            (Qualifier::AtMost, FactQualifier::AtLeast)
                | (Qualifier::AtLeast, FactQualifier::AtMost)
        );
        // (a bound that holds its value, 不超过5亿 or 至少, meets one at
        // the same value: both hold at exactly it)
        let strict = link.strict_bound;
        let clash = opposite
            && match (cpoint, fpoint) {
                (Some(cp), Some(fp)) if m.qualifier == Qualifier::AtMost => {
                    cp < fp || strict && cp == fp
                }
                (Some(cp), Some(fp)) => cp > fp || strict && cp == fp,
                _ => false,
            };
        if opposite && !clash {
            continue;
        }
        // one figure strictly inside a band the database states by its two
        // ends (港元匯率由7.75微調至7.8, against 7.75至7.85) is a rate within
        // it, not the band: the fact says nothing of it
        if inside_a_band(m, f) {
            continue;
        }
        // a range the database states as its two ends (a band, 7.75至7.85)
        // is quoted by its ends, not by any range that overlaps it
        let ends_differ = link.band_named && rate.is_none() && range_ends_differ(m, f);
        let ruled_out =
            loose_bound || clash || ends_differ || finer_than_estimate(m, f) && has_exact;
        let ok = c.meets(&target) && !ruled_out;
        let points = match (cpoint, fpoint) {
            (Some(cp), Some(fp)) if !fp.is_zero() => {
                let cp = if c.lo != civ.lo { -cp } else { cp };
                Some((cp, fp))
            }
            _ => None,
        };
        let primary = f.estimate_by.is_none();
        // (the distances, a division each, are read only when agreement
        // and primacy tie)
        let mut dist = None;
        let better = match &mut best {
            None => true,
            Some((bok, bd, bpoints, bfi, ..)) => {
                let bprimary = db.facts[*bfi].estimate_by.is_none();
                if ok != *bok {
                    ok
                } else if primary != bprimary {
                    primary
                } else {
                    let d = distance(points);
                    dist = Some(d);
                    d < *bd.get_or_insert_with(|| distance(*bpoints))
                }
            }
        };
        if better {
            best = Some((ok, dist, points, fi, fpoint, rate));
        }
    }
    let Some((ok, _, _, fi, fpoint, rate)) = best else {
        return Outcome::unverified(Reason::NotComparable, "找不到可换算的汇率或可比较的数值");
    };
    let f = &db.facts[fi];
    // a range that reaches past a range of the database (7.8至8.0 against
    // 7.75至7.85), not called the band, neither quotes it nor lies outside
    // it; nor does one inside a range that is itself the figure (a band:
    // 7.76至7.84 is a span of the market's, or a band misquoted), while one
    // inside a range that only bounds a figure (约3000万至5000万 in 1000万至
    // 1亿) agrees with it
    // (the database's facts are read only for a range against a range)
    let differs = || {
        if range_is_the_figure(db, &f.metric) {
            range_ends_differ(m, f)
        } else {
            range_leaves_range(m, f)
        }
    };
    if ok && !link.band_named && rate.is_none() && range_ends(m, f).is_some() && differs() {
        return Outcome::unverified(
            Reason::NotComparable,
            format!(
                "文中的区间与数据库中{}的{}（{}）端点不同，无从判定",
                entity.name_zh,
                metric.name_zh,
                db.describe(f),
            ),
        );
    }
    // (the pipeline reads `link.day_named` only for the metrics with such
    // facts: keep this test `db::is_one_day`'s)
    let fact_day = f
        .period
        .as_deref()
        .and_then(Date::parse)
        .filter(|d| d.day.is_some());
    if let Some(day) =
        fact_day.filter(|_| claim_time.is_none_or(|(a, b)| a.day.is_none() || a != b))
    {
        // a figure of one day (a closing price, a day's fall) is that day's
        // only when the text names the day (a year carried from an earlier
        // sentence is not a day), or the article is that day's news and
        // names no other day; a figure of the other direction (a rebound
        // after the fall) is another day's
        let same_direction = match (claim_point(m), fpoint) {
            (Some(cp), Some(fp)) => {
                let cp = signed_claim(m, cp, fp, f);
                cp.is_sign_negative() == fp.is_sign_negative()
            }
            _ => false,
        };
        let month_holds = claim_time.is_some_and(|(a, b)| {
            a.month.is_some() && a.first_day() <= day.first_day() && day.last_day() <= b.last_day()
        });
        let within_week = as_of.is_some_and(|a| (0..=NEWS_DAYS).contains(&a.days_after(&day)));
        // a daily fixing (the central parity) is set each morning: the
        // news of a day gives that day's, never an earlier one's
        let fixing = db
            .metric(&f.metric)
            .is_some_and(|mi| DAILY_FIXINGS.contains(&db.metrics[mi].id.as_str()));
        let that_day = match link.day_named {
            Some(named) => named.is_day(day, link.day_counted_from.or(as_of)),
            None if fixing => as_of == Some(day),
            // the month named, or the week after the day, agrees with the
            // figure but cannot refute it
            None if month_holds || (within_week && !is_day_news(day, as_of)) => ok,
            None => is_day_news(day, as_of) && (ok || same_direction),
        };
        if !that_day {
            let said = match link.day_named {
                Some(crate::date::DayNamed::Relative) => "文中的数字是另一天（相对另一日期而言）的",
                Some(_) => "文中的数字是另一天的",
                None => "文中没有说明日期",
            };
            return Outcome::unverified(
                Reason::NoPeriod,
                format!(
                    "{said}；数据库中{}的{}为{}（{}）",
                    entity.name_zh,
                    metric.name_zh,
                    db.describe(f),
                    f.period.as_deref().unwrap_or("")
                ),
            );
        }
    }
    // a lower bound in the database (逾1亿美元) does not reach a figure far
    // above it, nor an upper bound one far below: neither says how much more
    // or less; the source gives the bound, not the figure
    if ok {
        if let Some(bound) = beyond_open_bound(db, fi, claim_point(m), fpoint) {
            return Outcome::unverified(
                Reason::NotComparable,
                format!(
                    "数据库中{}的{}只有{}（{}）；文中的数字{}，无从判定",
                    entity.name_zh,
                    metric.name_zh,
                    if bound > 0 { "下限" } else { "上限" },
                    db.describe(f),
                    if bound > 0 {
                        "远高于此"
                    } else {
                        "远低于此"
                    },
                ),
            );
        }
    }
    if !ok && claim_time.is_none() && f.period.is_some() {
        // no time stated: news reports the latest figure, so the most recent
        // period the article could know is the reference
        let latest = facts
            .iter()
            .copied()
            .filter(|&g| db.facts[g].period.is_some())
            .max_by_key(|&g| db.facts[g].as_of);
        if latest != Some(fi) {
            if let Some(l) = latest {
                let lf = &db.facts[l];
                return Outcome::unverified(
                    Reason::NoPeriod,
                    format!(
                        "文中没有说明时间；数据库中{}最新的{}为{}（{}）",
                        entity.name_zh,
                        metric.name_zh,
                        db.describe(lf),
                        lf.period.as_deref().unwrap_or("")
                    ),
                );
            }
        }
    }
    // a figure five orders of magnitude or more from the reference, whose
    // sentence does not name the entity, is not a misreport of it (a slip
    // of 万 for 亿 is four): it is another quantity the words happened to
    // fit (每秒千万亿次 against a run's total compute, an example's 4.8元
    // against a training cost)
    if !ok && !link.entity_by.is_some_and(|by| by.in_sentence()) && far_apart(cpoint, fpoint) {
        return Outcome::unverified(
            Reason::NotComparable,
            [
                "与数据库中",
                &entity.name_zh,
                "的",
                &metric.name_zh,
                "（",
                &db.describe(f),
                "）相差五个数量级以上，文中的数字所指多半不是这项数据",
            ]
            .concat(),
        );
    }
    // a vague figure (数万亿) close to the reference, within what
    // approximate wording allows, neither matches nor refutes it
    if !ok && m.qualifier == Qualifier::Vague {
        let factor = rate.as_ref().map_or(Decimal::ONE, |(f, _)| *f);
        if fact_interval_at(db, fi).is_some_and(|fiv| civ.widen(pct(15)).meets(&fiv.scale(factor)))
        {
            return Outcome::unverified(
                Reason::NotComparable,
                format!(
                    "文中为概数，与数据库中{}的{}（{}{}）相近，无从判定",
                    entity.name_zh,
                    metric.name_zh,
                    db.describe(f),
                    f.estimate_by
                        .as_deref()
                        .map(|e| ["，", e, "的估计"].concat())
                        .unwrap_or_default()
                ),
            );
        }
    }
    let difference_pct = match (cpoint, fpoint) {
        (Some(cp), Some(fp)) if !fp.is_zero() => rel_diff(signed_claim(m, cp, fp, f), fp),
        _ => None,
    };
    // (two ranges that differ at their ends may share their middle: the
    // middles' difference would read 0%)
    let ends_differ = !ok && link.band_named && rate.is_none() && range_ends_differ(m, f);
    let difference_pct = difference_pct.filter(|_| !ends_differ);
    let reference = fpoint;
    let who = f
        .estimate_by
        .as_deref()
        .map(|e| ["（", e, "的估计）"].concat())
        .unwrap_or_default();
    let wording = match m.qualifier {
        Qualifier::Exact => "",
        Qualifier::Approx => "（文中为约数）",
        Qualifier::AtLeast => "（文中为下限）",
        Qualifier::AtMost => "（文中为上限）",
        Qualifier::Vague => "（文中为概数）",
        Qualifier::Range => "（文中为区间）",
    };
    let conv = if m.unit == Some(Unit::Percent) && f.unit == Unit::PerMille {
        // (a rate per mille the text writes as a percentage)
        "，按1‰ = 0.1%换算".to_string()
    } else if let Some(k) = m.unit.and_then(|u| u.per(f.unit)) {
        format!(
            "，按1 {} = {} {}换算",
            f.unit.as_str(),
            k.normalize(),
            m.unit.map_or("", Unit::as_str)
        )
    } else {
        rate.as_ref()
            .map(|(_, s)| format!("，按{s}换算"))
            .unwrap_or_default()
    };
    let explanation = if ok {
        // the explanation of most claims: joined, as `format!` costs
        // several times more for plain strings
        [
            "与",
            &entity.name_zh,
            "的",
            &metric.name_zh,
            "相符",
            &who,
            wording,
            &conv,
        ]
        .concat()
    } else {
        let described = db.describe(f);
        let parts = [
            "与",
            &entity.name_zh,
            "的",
            &metric.name_zh,
            "不符",
            &who,
            "：数据库为",
            &described,
            &conv,
        ];
        // (room for the difference: `，相差`, its digits and `%`)
        let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() + 40);
        parts.iter().for_each(|p| s.push_str(p));
        // (a fall said of what rose: the direction, not the size, is wrong)
        let opposite = match (cpoint, fpoint) {
            (Some(cp), Some(fp)) => {
                fp.is_sign_positive()
                    && !fp.is_zero()
                    && signed_claim(m, cp, fp, f).is_sign_negative()
                    && cp.is_sign_positive()
            }
            _ => false,
        };
        if opposite {
            s.push_str("，文中说的是下降，数据库中是增长");
        } else if let Some(d) = difference_pct {
            s.push_str("，相差");
            push_decimal(&mut s, d.normalize());
            s.push('%');
        } else if ends_differ {
            s.push_str("，文中区间的端点与之不同");
        }
        s
    };
    if ok && rate.is_none() && rounded_otherwise(m, f, cpoint, fpoint) {
        return Outcome {
            verdict: Verdict::Unverified,
            reason: Some(Reason::Rounded),
            fact: Some(fi),
            reference,
            difference_pct,
            rate,
            explanation: Cow::Owned(format!(
                "数据库中{}的{}为{}；文中写成整数的数字按四舍五入不是这个数，可能是截断的写法，也可能有误，不能据此判断",
                entity.name_zh,
                metric.name_zh,
                db.describe(f)
            )),
        };
    }
    Outcome {
        verdict: Verdict::agreeing(ok),
        reason: None,
        fact: Some(fi),
        reference,
        difference_pct,
        rate,
        explanation: Cow::Owned(explanation),
    }
}

/// Whether fact `f` is written to finer digits than the figure `m`
/// (557.6万 against 550万); `None` when either has no written precision.
fn fact_finer(m: &Mention, f: &Fact) -> Option<bool> {
    let FactValue::Number { precision, .. } = &f.value else {
        return None;
    };
    Some(*precision < m.precision?)
}

/// Whether an exact figure written with zeros after its last digit
/// (`1700亿`, `550万`: see [`Mention::written_round`]) holds the database's
/// point only as a figure cut short, not as a rounding half up: 1750亿
/// rounds to 1800亿, 557.6万 to 560万. Such a figure may be cut or wrong;
/// it is no support. (Only against a fact written to finer digits, and
/// not where half its last digit passes the 10% cap, `10倍` or `2000块`: a
/// round figure of one digit says no more.)
fn rounded_otherwise(
    m: &Mention,
    f: &Fact,
    cpoint: Option<Decimal>,
    fpoint: Option<Decimal>,
) -> bool {
    let (Some(cp), Some(fp), Some(p)) = (cpoint, fpoint, m.precision) else {
        return false;
    };
    if m.qualifier != Qualifier::Exact
        || !m.written_round
        || cp.is_zero()
        || fact_finer(m, f) != Some(true)
    {
        return false;
    }
    let half = halved(p);
    if half > pct_of(cp.abs(), 10) {
        return false;
    }
    // (half up: the end away from zero is the next figure's)
    let (cp, fp) = (cp.abs(), fp.abs());
    fp >= cp + half || fp < cp - half
}

/// `数据库中没有{entity}的{metric}` (joined, as `format!` costs several
/// times more for plain strings).
fn no_fact(entity: &crate::db::Entity, metric: &crate::db::Metric) -> String {
    ["数据库中没有", &entity.name_zh, "的", &metric.name_zh].concat()
}

/// The facts whose stated period (first and last month or day) passes `test`.
fn with_period(db: &ClaimsDb, facts: &[usize], test: impl Fn(Date, Date) -> bool) -> Vec<usize> {
    facts
        .iter()
        .copied()
        .filter(|&f| db.period_range(f).is_some_and(|(pa, pb)| test(pa, pb)))
        .collect()
}

fn check_date(
    db: &ClaimsDb,
    m: &Mention,
    link: &Link,
    facts: &[usize],
    entity: &str,
    metric: &str,
) -> Outcome {
    let Some(cd) = m.date.filter(|d| d.year != 0) else {
        return Outcome::unverified(Reason::NoPeriod, "日期缺少年份，文章也没有发表日期");
    };
    let ce = m.date_end.unwrap_or(cd);
    let mut best: Option<(bool, usize)> = None;
    for &fi in facts {
        let FactValue::Date { date, end } = db.facts[fi].value else {
            continue;
        };
        let fe = end.unwrap_or(date);
        // a span of days against a span of days is the same span or not
        // (春节放假1月28日至2月3日 is not the holiday of 1月28日至2月4日); any
        // other date is right when it falls within the fact's
        let days = |d: &Date| d.day.is_some();
        let ok = if m.date_end.is_some() && end.is_some() && [cd, ce, date, fe].iter().all(days) {
            cd == date && ce == fe
        } else {
            cd.first_day() <= fe.last_day() && date.first_day() <= ce.last_day()
        };
        if best.is_none_or(|(b, _)| ok && !b) {
            best = Some((ok, fi));
        }
    }
    let Some((ok, fi)) = best else {
        return Outcome::unverified(Reason::NoFact, "数据库中没有可比较的日期");
    };
    let f = &db.facts[fi];
    // a person or organisation makes many statements and attends many events:
    // a different date is another event, not an error
    if !ok && (f.metric.ends_with("statement_date") || f.metric.ends_with("event_date")) {
        return Outcome::unverified(
            Reason::OtherEvent,
            format!(
                "数据库中{entity}的{metric}是{}，与本句所说可能不是同一事件",
                db.describe(f)
            ),
        );
    }
    // a date of an entity whose events recur (a rule announced in 2022,
    // 2023 and 2024): another month is another event of the series (the
    // rule of 2024年3月29日 is not the one of 2024-12-02), not an error;
    // the same month misdated is still one
    let series = db
        .facts
        .iter()
        .filter(|o| o.entity == f.entity && o.metric == f.metric)
        .count();
    if !ok {
        if let FactValue::Date { date, .. } = f.value {
            let same_month = cd.year == date.year && cd.month.is_some() && cd.month == date.month;
            if series > 1 && !same_month {
                return Outcome::unverified(
                    Reason::OtherEvent,
                    format!(
                        "数据库中{entity}的{metric}不止一次（如{}），本句所说可能是另一次",
                        db.describe(f)
                    ),
                );
            }
        }
    }
    // a day of the news one day off (27日 for an American launch of the
    // 26th): the same moment is two dates across time zones. A date
    // written in full may be the next day too (Chinese pages date an
    // American event by Beijing's calendar, a day ahead), not the day
    // before
    let one_day = |a: Date, b: Date, either: bool| {
        let after = a.days_after(&b);
        a.day.is_some() && b.day.is_some() && (after == 1 || (either && after == -1))
    };
    if let FactValue::Date { date, end: None } = f.value {
        if !ok && m.date_end.is_none() && one_day(cd, date, link.yearless_date) {
            return Outcome::unverified(
                Reason::OneDayOff,
                format!(
                    "与数据库中{entity}的{metric}（{}）相差一天：可能是时区不同，也可能写错了日期",
                    db.describe(f)
                ),
            );
        }
    }
    // a date that is another date of the same entity (2024年9月推出o1系列:
    // the preview's launch, not the full release) is that date
    if !ok {
        if let Some((other, name)) = other_date_of(db, f, cd, ce) {
            return Outcome::unverified(
                Reason::OtherFigure,
                format!(
                    "与{entity}的{metric}（{}）不符；但这正是{entity}的{name}（{}，{}），文中可能指的是它",
                    db.describe(f),
                    db.describe(&db.facts[other]),
                    db.facts[other].id
                ),
            );
        }
    }
    // a day named by itself (29日宣布新一波管制, 周一), dated from the
    // article, is news of that day: of another step of a series, or of
    // something else in another month than the entity's date, not a slip
    // (a month written, 12月5日, is held to the date)
    if let FactValue::Date { date, end } = f.value {
        let fe = end.unwrap_or(date);
        let other_month = cd.month.is_some()
            && (cd.year, cd.month) != (date.year, date.month)
            && (cd.year, cd.month) != (fe.year, fe.month);
        if !ok && link.month_unwritten && (series > 1 || other_month) {
            return Outcome::unverified(
                Reason::OtherEvent,
                format!(
                    "文中只写了日子（按发表日期推算为{}），数据库中{entity}的{metric}是{}，说的可能是另一件事",
                    iso_date(cd),
                    db.describe(f)
                ),
            );
        }
    }
    Outcome {
        verdict: Verdict::agreeing(ok),
        reason: None,
        fact: Some(fi),
        reference: None,
        difference_pct: None,
        rate: None,
        explanation: if ok {
            format!("与{entity}的{metric}相符").into()
        } else {
            format!("与{entity}的{metric}不符：数据库为{}", db.describe(f)).into()
        },
    }
}

/// A date fact of `f`'s entity, of another metric, that the claim's
/// `cd..=ce` meets (as a right date meets its fact), with that metric's
/// name.
fn other_date_of<'a>(db: &'a ClaimsDb, f: &Fact, cd: Date, ce: Date) -> Option<(usize, &'a str)> {
    db.facts.iter().enumerate().find_map(|(i, o)| {
        let FactValue::Date { date, end } = o.value else {
            return None;
        };
        let fe = end.unwrap_or(date);
        (o.entity == f.entity
            && o.metric != f.metric
            && cd.first_day() <= fe.last_day()
            && date.first_day() <= ce.last_day())
        .then(|| {
            (
                i,
                db.metric(&o.metric)
                    .map_or("", |mi| db.metrics[mi].name_zh.as_str()),
            )
        })
    })
}

/// How many days after a day's or a month's figure an article that gives
/// no time is still the news of it.
const NEWS_DAYS: i64 = 7;

/// The metrics of a rate fixed each day before the market opens: a day's
/// news quotes that day's fixing.
const DAILY_FIXINGS: &[&str] = &["central_parity_rate"];

/// Whether an article of `as_of` is the news of `day`: published that day
/// or within two days after (a market's close is the next morning's news
/// elsewhere, and the next day's commentary).
fn is_day_news(day: Date, as_of: Option<Date>) -> bool {
    as_of.is_some_and(|a| (0..=2).contains(&a.days_after(&day)))
}

/// Whether the claim's point lies far beyond the open end of a bound in the
/// database (more than half as much again above a lower bound, or below
/// two thirds of an upper one): 1 for a lower bound, −1 for an upper one.
fn beyond_open_bound(
    db: &ClaimsDb,
    fi: usize,
    cpoint: Option<Decimal>,
    fpoint: Option<Decimal>,
) -> Option<i8> {
    let (cp, fp) = (cpoint?, fpoint?);
    if !(cp.is_sign_positive() && fp.is_sign_positive() && !fp.is_zero()) {
        return None;
    }
    let three_halves = Decimal::new(15, 1);
    match db.facts[fi].qualifier {
        FactQualifier::AtLeast if cp > fp.checked_mul(three_halves)? => Some(1),
        FactQualifier::AtMost if cp.checked_mul(three_halves)? < fp => Some(-1),
        _ => None,
    }
}

/// Whether an article of date `as_of` that states no time is the news of a
/// figure for `period`: the period is a day or a month that ended at most
/// [`NEWS_DAYS`] before the article.
fn is_news_of(period: Option<&str>, as_of: Option<Date>) -> bool {
    let (Some(p), Some(a)) = (period, as_of) else {
        return false;
    };
    match Date::parse(p) {
        Some(d) if d.month.is_some() => (0..=NEWS_DAYS).contains(&a.days_after(&d)),
        _ => false,
    }
}

/// The explanation for a claim whose period the text does not state: the
/// figure the editor probably means (the latest the article could know),
/// and what is missing.
fn period_missing(
    db: &ClaimsDb,
    m: &Mention,
    facts: &[usize],
    as_of: Option<Date>,
    entity: &crate::db::Entity,
    metric: &crate::db::Metric,
) -> String {
    let known = |f: &&usize| !as_of.is_some_and(|a| db.facts[**f].as_of.is_after(&a));
    // the hint: the figure nearest in value (a hint only, never evidence),
    // else the latest period
    let cpoint = claim_point(m);
    let distance = |f: usize| {
        cpoint
            .zip(fact_point(&db.facts[f]))
            .and_then(|(c, p)| rel_diff(c, p))
            .map(|d| d.abs())
    };
    let nearest = facts
        .iter()
        .filter(known)
        .filter(|&&f| distance(f).is_some())
        .min_by_key(|&&f| distance(f))
        .or_else(|| {
            facts
                .iter()
                .filter(known)
                .max_by_key(|&&f| (db.facts[f].period.clone(), db.facts[f].as_of))
        })
        .map(|&f| &db.facts[f]);
    match nearest {
        Some(f) => format!(
            "可能指{}{}的{}（{}，{}），但文中未说明期间",
            entity.name_zh,
            f.period.as_deref().map(period_zh).unwrap_or_default(),
            metric.name_zh,
            db.describe(f),
            f.id
        ),
        None => format!(
            "文中未说明{}的{}是哪一期的数字",
            entity.name_zh, metric.name_zh
        ),
    }
}

/// A month or months of one year in Chinese: `2024年5月`, `2024年1月至11月`.
fn period_span_zh(a: Date, b: Date) -> String {
    let month = |d: Date| d.month.map(|m| format!("{m}月")).unwrap_or_default();
    if (a.year, a.month) == (b.year, b.month) {
        format!("{}年{}", a.year, month(a))
    } else {
        format!("{}年{}至{}", a.year, month(a), month(b))
    }
}

/// A fact's period in Chinese: `2024年`, `2024年第四季度`, `2025财年`,
/// `2025财年第四季度`, `2024年末`, `2024年上半年`, `2024年12月`.
pub fn period_zh(p: &str) -> String {
    let (fy, p) = match p.strip_prefix("FY") {
        Some(rest) => (true, rest),
        None => (false, p),
    };
    let (year, part) = p.split_once('-').unwrap_or((p, ""));
    let year = if fy {
        format!("{year}财年")
    } else {
        format!("{year}年")
    };
    let part = match part {
        "" => String::new(),
        "Q1" => "第一季度".into(),
        "Q2" => "第二季度".into(),
        "Q3" => "第三季度".into(),
        "Q4" => "第四季度".into(),
        "H1" => "上半年".into(),
        "H2" => "下半年".into(),
        "end" => "末".into(),
        "mid" => "年中".into(),
        m => match m.split_once('-') {
            // a day: 01-27 → 1月27日
            Some((mo, d)) => match (mo.parse::<u32>(), d.parse::<u32>()) {
                (Ok(mo), Ok(d)) => format!("{mo}月{d}日"),
                _ => m.to_string(),
            },
            None => match m.parse::<u32>() {
                Ok(n) => format!("{n}月"),
                Err(_) => m.to_string(),
            },
        },
    };
    format!("{year}{part}")
}

/// A fact's value in readable Chinese: `557.6万美元`, `≥5亿美元`, `2024-12-26`.
pub fn describe_fact(f: &Fact) -> String {
    describe_value(&f.value, f.unit, f.qualifier)
}

/// A fact's value, in `unit` and hedged by `qualifier`, as
/// [`describe_fact`] writes it.
pub fn describe_value(fact: &FactValue, unit: Unit, qualifier: FactQualifier) -> String {
    match fact {
        FactValue::Date { date, end: None } => date.to_string(),
        FactValue::Date { date, end: Some(e) } => format!("{date}至{e}"),
        FactValue::Number {
            value, low, high, ..
        } => {
            let u = unit.zh();
            match (qualifier, value, low, high) {
                (FactQualifier::AtLeast, Some(v), _, _)
                | (FactQualifier::AtLeast, None, Some(v), _) => {
                    format!("{}{}以上", format_number(*v), u)
                }
                (FactQualifier::AtMost, Some(v), _, _)
                | (FactQualifier::AtMost, None, _, Some(v)) => {
                    format!("不超过{}{}", format_number(*v), u)
                }
                (_, None, Some(l), Some(h)) => {
                    format!("{}至{}{}", format_number(*l), format_number(*h), u)
                }
                (FactQualifier::Approx, Some(v), _, _) => ["约", &format_number(*v), u].concat(),
                (_, Some(v), _, _) => {
                    let mut s = format_number(*v);
                    s.push_str(u);
                    s
                }
                _ => "?".into(),
            }
        }
    }
}

/// `d` as `Decimal` displays it, appended to `out`: the whole numbers and
/// numbers of one decimal place [`rel_diff`] gives are written from the
/// integer mantissa (the decimal's own display costs several times more);
/// others displayed.
fn push_decimal(out: &mut String, d: Decimal) {
    // (the sign is the decimal's own: a negative zero shows as -0)
    let sign = if d.is_sign_negative() { "-" } else { "" };
    match (d.scale(), u64::try_from(d.mantissa().unsigned_abs())) {
        (0, Ok(a)) => {
            out.push_str(sign);
            push_digits(out, a);
        }
        (1, Ok(a)) => {
            out.push_str(sign);
            push_digits(out, a / 10);
            out.push('.');
            out.push(char::from(b'0' + (a % 10) as u8));
        }
        _ => {
            let _ = write!(out, "{d}");
        }
    }
}

/// A number the way Chinese news writes it: 557.6万, 16亿, 2,048, 1.2万亿.
pub fn format_number(v: Decimal) -> String {
    match news_number(v) {
        Some(s) => s,
        None => format_number_slow(v),
    }
}

/// [`format_number`] in whole-number arithmetic on the decimal's digits
/// (`v` is `m` / 10^`scale`): a thousand instructions fewer a number than
/// dividing and rounding `Decimal`s. `None` for what it leaves to
/// [`format_number_slow`]: numbers written with a power of ten, and those
/// whose division would exceed a decimal's 28 places.
fn news_number(v: Decimal) -> Option<String> {
    let (m, scale) = (v.mantissa().unsigned_abs(), v.scale());
    // |v| ≥ 10^p, that is m ≥ 10^(p + scale) (a power past u128 is past m)
    let at_least = |p: u32| 10u128.checked_pow(p + scale).is_some_and(|t| m >= t);
    if at_least(16) {
        return None;
    }
    let (shift, suffix) = if at_least(12) {
        (12, "万亿")
    } else if at_least(8) {
        (8, "亿")
    } else if at_least(4) && m % 10u128.pow(2 + scale) == 0 {
        (4, "万")
    } else {
        (0, "")
    };
    // the number shown is m / 10^places, rounded to four places (half to
    // even, as `Decimal::round_dp`), then without trailing zeros
    let places = scale + shift;
    if places > 28 {
        return None;
    }
    let (mut digits, mut places) = if places > 4 {
        let unit = 10u128.pow(places - 4);
        let (q, r) = (m / unit, m % unit);
        let up = 2 * r > unit || (2 * r == unit && q % 2 == 1);
        (q + u128::from(up), 4)
    } else {
        (m, places)
    };
    while places > 0 && digits % 10 == 0 {
        digits /= 10;
        places -= 1;
    }
    let unit = 10u128.pow(places);
    let (int, frac) = (digits / unit, digits % unit);
    let mut out = String::with_capacity(24);
    if v.is_sign_negative() {
        out.push('-');
    }
    let int = int.to_string();
    if suffix.is_empty() {
        out.push_str(&group_thousands(&int));
    } else {
        out.push_str(&int);
    }
    if places > 0 {
        out.push('.');
        let frac = frac.to_string();
        for _ in frac.len()..places as usize {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out.push_str(suffix);
    Some(out)
}

/// [`format_number`] in `Decimal` arithmetic: for every number, and the
/// reference the fast path is tested against.
fn format_number_slow(v: Decimal) -> String {
    let a = v.abs();
    let sign = if v.is_sign_negative() { "-" } else { "" };
    let wan = Decimal::from(10_000);
    let yi = Decimal::from(100_000_000);
    let zhao = Decimal::from(1_000_000_000_000i64);
    // beyond ten thousand 万亿, news writes powers of ten: 3.14×10²³
    if a >= zhao * wan {
        return format!("{sign}{}", scientific(a));
    }
    let (x, suffix) = if a >= zhao {
        (a / zhao, "万亿")
    } else if a >= yi {
        (a / yi, "亿")
    } else if a >= wan && (a % Decimal::from(100)).is_zero() {
        (a / wan, "万")
    } else {
        (a, "")
    };
    let s = x.round_dp(4).normalize().to_string();
    let s = if suffix.is_empty() {
        group_thousands(&s)
    } else {
        s
    };
    format!("{sign}{s}{suffix}")
}

/// `a` (at least 1) as a mantissa of up to four significant digits times
/// a power of ten, the exponent in superscript: 3.14×10²³.
fn scientific(a: Decimal) -> String {
    let digits = a.trunc().to_string().len() as u32;
    let exp = digits - 1;
    let mantissa = (a / Decimal::from_i128_with_scale(10i128.pow(exp), 0))
        .round_dp(3)
        .normalize();
    let sup: String = exp
        .to_string()
        .chars()
        .map(|c| match c {
            '0' => '⁰',
            '1' => '¹',
            '2' => '²',
            '3' => '³',
            '4' => '⁴',
            '5' => '⁵',
            '6' => '⁶',
            '7' => '⁷',
            '8' => '⁸',
            _ => '⁹',
        })
        .collect();
    format!("{mantissa}×10{sup}")
}

fn group_thousands(s: &str) -> String {
    let (int, frac) = s
        .split_once('.')
        .map(|(a, b)| (a, Some(b)))
        .unwrap_or((s, None));
    if int.len() <= 4 {
        return s.to_string();
    }
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A decimal with a mantissa of any width up to 96 bits and a scale
    /// below `scales`, drawn by `next`.
    fn random_decimal(next: &mut impl FnMut() -> u64, scales: u64) -> Decimal {
        let width = next() % 97;
        let m = i128::from(next()) << 32 | i128::from(next() >> 32);
        let m = m >> (96 - width.min(95));
        Decimal::from_i128_with_scale(m, (next() % scales) as u32)
    }
    use crate::date::period_range;

    #[test]
    fn five_orders_of_magnitude_are_another_quantity() {
        let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
        // a slip of 万 for 亿 is still a misreport
        assert!(!far_apart(d("5576000"), d("55760000000")));
        assert!(far_apart(d("4.8"), d("40082000")));
        assert!(far_apart(
            d("1000000000000000"),
            d("314000000000000000000000")
        ));
        assert!(far_apart(d("-0.0001"), d("-50")));
        // opposite signs, zeros and missing points are not compared by size
        assert!(!far_apart(d("-4.8"), d("40082000")));
        assert!(!far_apart(d("0"), d("40082000")));
        assert!(!far_apart(None, d("1")));
        // an overflow of the product is not a difference
        assert!(!far_apart(
            d("79228162514264337593543950335"),
            d("79228162514264337593543950335")
        ));
    }

    #[test]
    fn numbers_read_like_news() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(format_number(d("5576000")), "557.6万");
        assert_eq!(format_number(d("1600000000")), "16亿");
        assert_eq!(format_number(d("2048")), "2048");
        assert_eq!(format_number(d("25000")), "2.5万");
        assert_eq!(format_number(d("134908400000000")), "134.9084万亿");
        assert_eq!(format_number(d("314000000000000000000000")), "3.14×10²³");
        assert_eq!(format_number(d("-21000000000000000")), "-2.1×10¹⁶");
        assert_eq!(format_number(d("-16.97")), "-16.97");
        assert_eq!(format_number(d("7531800")), "753.18万");
    }

    #[test]
    fn fast_numbers_are_the_slow_ones() {
        // every magnitude, scale and rounding case, halves included
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut values: Vec<Decimal> = Vec::new();
        for scale in 0..=28 {
            for digits in [1u64, 5, 15, 25, 50, 100, 125, 5000, 12345, 99995, 100000] {
                values.push(Decimal::from_i128_with_scale(digits.into(), scale));
            }
        }
        for _ in 0..20_000 {
            values.push(random_decimal(&mut next, 29));
            // round numbers and exact halves at the fifth place
            let round = (next() % 10_000_000) as i128 * 10i128.pow((next() % 12) as u32);
            values.push(Decimal::from_i128_with_scale(round, (next() % 20) as u32));
            values.push(Decimal::from_i128_with_scale(round * 10 + 5, 5));
        }
        for v in values.iter().flat_map(|&v| [v, -v]) {
            assert_eq!(format_number(v), format_number_slow(v), "{v:?}");
        }
    }

    /// The comparisons on mantissas are `Decimal`'s, and so are the
    /// least and the greatest, bit for bit.
    #[test]
    fn comparisons_are_decimals() {
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1Du64);
        for _ in 0..200_000 {
            let a = random_decimal(&mut next, 4);
            // often the same scale, sometimes the same value or its negation
            let b = match next() % 4 {
                0 => a,
                1 => -a,
                _ => random_decimal(&mut next, 4),
            };
            assert_eq!(le(a, b), a <= b, "{a:?} {b:?}");
            assert_eq!(min(a, b).serialize(), a.min(b).serialize(), "{a:?} {b:?}");
            assert_eq!(max(a, b).serialize(), a.max(b).serialize(), "{a:?} {b:?}");
        }
        let zeros = [Decimal::ZERO, -Decimal::ZERO, Decimal::new(0, 3)];
        for a in zeros {
            for b in zeros {
                assert_eq!(le(a, b), a <= b);
                assert_eq!(min(a, b).serialize(), a.min(b).serialize());
                assert_eq!(max(a, b).serialize(), a.max(b).serialize());
            }
        }
    }

    #[test]
    fn halves_and_percentages_are_decimals_bit_for_bit() {
        let mut next = crate::testing::xorshift(0x5851_F42D_4C95_7F2Du64);
        let mut values = vec![Decimal::ZERO, Decimal::MAX, Decimal::MIN, -Decimal::ZERO];
        for m in -300i64..300 {
            for scale in [0, 1, 2, 4, 26, 27, 28] {
                values.push(Decimal::new(m, scale));
            }
        }
        for _ in 0..200_000 {
            values.push(random_decimal(&mut next, 29));
        }
        for v in values {
            assert_eq!(
                halved(v).serialize(),
                (v / Decimal::TWO).serialize(),
                "{v:?}"
            );
            for x in [5, 10, 15] {
                let want = v.checked_mul(pct(x)).map(|d| d.serialize());
                if let Some(want) = want {
                    assert_eq!(pct_of(v, x).serialize(), want, "{v:?} {x}");
                }
            }
        }
    }

    #[test]
    fn whole_number_differences_are_the_decimal_ones() {
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut pairs: Vec<(Decimal, Decimal)> = Vec::new();
        for _ in 0..300_000 {
            // mantissas of every width, scales up to 28
            let mut point = || random_decimal(&mut next, 29);
            let (fp, other) = (point(), point());
            pairs.push((other, fp));
            // differences at and around the midpoints between tenths of a
            // percent (x.x5%), and small ones of either sign
            let tenths = (next() % 2_000_001) as i64 - 1_000_000;
            let nudge = (next() % 5) as i64 - 2;
            let near = Decimal::new(tenths * 10 + 5, 5) + Decimal::new(nudge, 12);
            if let Some(cp) = fp.checked_mul(Decimal::ONE + near) {
                pairs.push((cp, fp));
            }
            let small = Decimal::new((next() % 21) as i64 - 10, (next() % 8) as u32);
            if let Some(cp) = fp.checked_add(small) {
                pairs.push((cp, fp));
            }
        }
        for k in -3000i64..3000 {
            for (sa, sb) in [(0, 0), (1, 0), (0, 2), (3, 1)] {
                pairs.push((Decimal::new(k, sa), Decimal::new(17, sb)));
                pairs.push((Decimal::new(k, sa), Decimal::new(-40, sb)));
                pairs.push((Decimal::new(k, sa), Decimal::ZERO));
            }
        }
        let mut whole = 0;
        for (cp, fp) in pairs {
            let want = rel_diff_decimal(cp, fp);
            if let Some(got) = rel_diff_whole(cp, fp) {
                whole += 1;
                assert_eq!(Some(got), want, "{cp:?} {fp:?}");
            }
            assert_eq!(rel_diff(cp, fp), want, "{cp:?} {fp:?}");
        }
        // (the whole-number path was tried)
        assert!(whole > 100_000, "{whole}");
    }

    #[test]
    fn within_one_pct_is_the_rounded_difference() {
        let mut next = crate::testing::xorshift(0x2545_F491_4F6C_DD1Du64);
        let slow =
            |cp: Decimal, fp: Decimal| rel_diff(cp, fp).is_some_and(|d| d.abs() <= Decimal::ONE);
        let mut pairs: Vec<(Decimal, Decimal)> = Vec::new();
        for _ in 0..200_000 {
            let fp = random_decimal(&mut next, 29);
            // differences around 1% (the edge, ties at 1.05% included), 2%
            // and anywhere
            let per_mille = (next() % 40) as i64 - 20;
            let near = Decimal::new(per_mille, 3) + Decimal::new((next() % 11) as i64 - 5, 4);
            if let Some(cp) = fp.checked_mul(Decimal::ONE + near) {
                pairs.push((cp, fp));
            }
            let m2 = i128::from(next()) << 32 | i128::from(next() >> 32);
            let m2 = m2 >> (96 - (next() % 97).min(95));
            pairs.push((Decimal::from_i128_with_scale(m2, (next() % 29) as u32), fp));
        }
        for fp in [
            Decimal::ZERO,
            Decimal::ONE,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(1, 28),
        ] {
            for cp in [
                Decimal::ZERO,
                Decimal::ONE,
                Decimal::MAX,
                Decimal::MIN,
                Decimal::new(-1, 28),
            ] {
                pairs.push((cp, fp));
            }
        }
        for (cp, fp) in pairs
            .into_iter()
            .flat_map(|(c, f)| [(c, f), (-c, f), (c, -f), (-c, -f)])
        {
            assert_eq!(within_one_pct(cp, fp), slow(cp, fp), "{cp:?} {fp:?}");
        }
    }

    #[test]
    fn decimal_strings_are_the_display() {
        let mut next = crate::testing::xorshift(0x9E37_79B9_7F4A_7C15u64);
        let mut values = vec![
            Decimal::ZERO,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(-5, 1),
        ];
        for m in -2000i64..2000 {
            for scale in 0..3 {
                values.push(Decimal::new(m, scale));
            }
        }
        for _ in 0..100_000 {
            values.push(random_decimal(&mut next, 3));
        }
        for v in values
            .into_iter()
            .flat_map(|v| [v, -v, v.normalize(), v.round_dp(1)])
        {
            let mut s = String::new();
            push_decimal(&mut s, v);
            assert_eq!(s, v.to_string(), "{v:?}");
        }
    }

    #[test]
    fn periods() {
        assert_eq!(
            period_range("2024-Q4").map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2024-10".into(), "2024-12".into()))
        );
        assert_eq!(
            period_range("2024").map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2024".into(), "2024".into()))
        );
        assert_eq!(period_range("FY2025"), None);
        assert_eq!(
            period_range("2024-mid").map(|(a, b)| (a.to_string(), b.to_string())),
            Some(("2024-06".into(), "2024-07".into()))
        );
        assert_eq!(period_zh("2025-01-27"), "2025年1月27日");
        assert_eq!(period_zh("2024-12"), "2024年12月");
        assert_eq!(period_zh("FY2025-Q4"), "2025财年第四季度");
    }
}
