//! Whether a mention is a figure at all: a parenthetical conversion takes
//! the link of the amount it converts; a starting point, a difference or a
//! forecast is not the figure a sentence reports; and, once every mention
//! is linked, dates that frame other figures are their time, not claims.

use super::clause::Clauses;
use super::{Doc, Figure, Link};
use crate::extract::{Kind, Qualifier};

/// The amount a money mention converts, when it follows that amount in
/// parentheses in the same sentence: `557.6万美元(约4,350万港元)`.
pub(super) fn converts(doc: &Doc, fig: &Figure) -> Option<usize> {
    let (k, m) = (fig.k, fig.m);
    if k == 0
        || doc.sentence_of[k - 1] != fig.si
        || m.kind != Kind::Money
        || doc.mentions[k - 1].kind != Kind::Money
    {
        return None;
    }
    let between = doc.text.get(doc.mentions[k - 1].end..m.start).unwrap_or("");
    (between.trim_matches([' ', '约', '約']).chars().all(|c| {
        matches!(
            c,
            '(' | '（' | '，' | ',' | '即' | '或' | '合' | '約' | '约'
        )
    }) && between.contains(['(', '（']))
    .then(|| k - 1)
}

/// Whether the mention is a starting point, a difference or a forecast
/// rather than the figure itself.
pub(super) fn not_figure(doc: &Doc, fig: &Figure) -> bool {
    starting_point(doc, fig) || difference(doc, fig) || forecast(doc, fig)
}

/// A starting point is not the figure itself: 从600GB/s降到400GB/s,
/// 由7,531,800人修订为…; nor is a span over time read as one range
/// (從60萬億元到134萬億元).
fn starting_point(doc: &Doc, fig: &Figure) -> bool {
    let (text, m, s) = (doc.text, fig.m, fig.s);
    let before = &text[s.start..m.start];
    let clause_rest = text[m.end..s.end]
        .split(['，', ',', '；', ';', '。'])
        .next()
        .unwrap_or("");
    let starting_point = ["从", "從", "由"].iter().any(|w| {
        before.ends_with(w)
            || before.ends_with(&format!("{w}早前公布的"))
            || before
                .trim_end_matches(|c: char| !matches!(c, '从' | '從' | '由' | '，' | ','))
                .ends_with(w)
                && before.len() - before.rfind(w).unwrap_or(0) < 40
    }) && (clause_rest.contains('到')
        || clause_rest.contains('至')
        || clause_rest.contains("为")
        || clause_rest.contains("為")
        || text[m.end..s.end].contains("修订")
        || text[m.end..s.end].contains("修訂"));
    // a span over time read as one range: 從60萬億元到134萬億元
    let span_over_time = m.qualifier == Qualifier::Range
        && text[m.start..m.end].contains(['到', '至'])
        && ["从", "從", "由"].iter().any(|w| before.ends_with(w));
    starting_point || span_over_time
}

/// A difference is not the figure itself: 相差约7,700人.
fn difference(doc: &Doc, fig: &Figure) -> bool {
    let before = &doc.text[fig.s.start..fig.m.start];
    ["相差", "差距", "差额", "差額", "相差约", "相差約"]
        .iter()
        .any(|w| {
            before
                .trim_end_matches(['约', '約', '了', ' '])
                .ends_with(w)
        })
}

/// A forecast, a target or an earlier figure named as such in the clause
/// (較預測數(4.27%), 此前设定的“5%左右”的预期目标) is not the figure itself.
fn forecast(doc: &Doc, fig: &Figure) -> bool {
    let lead = &doc.text[fig.cl_start..fig.m.start];
    [
        "预测", "預測", "预估", "預估", "预期", "預期", "目标", "目標", "原先", "早前", "此前",
        "先前", "前值",
    ]
    .iter()
    .any(|w| lead.contains(w))
}

/// The closing passes, once every mention is linked: dates and fiscal-year
/// labels that give other figures their time are context, not claims.
pub(super) fn mark_time_context(doc: &Doc, links: &mut [Link]) {
    framing_dates(doc, links);
    fiscal_labels(doc, links);
    bare_years(doc, links);
    years_giving_time(doc, links);
}

/// Dates that frame another claim are context, not claims: 截至2月9日,
/// 1月27日早上下载量达260万次 (a number follows in the same clause).
fn framing_dates(doc: &Doc, links: &mut [Link]) {
    let (text, mentions, sentence_of) = (doc.text, doc.mentions, doc.sentence_of);
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != Kind::Date {
            continue;
        }
        let before = &text[..m.start];
        let framed = ["截至", "截止", "直至", "到了", "至", "到"]
            .iter()
            .any(|w| before.ends_with(w));
        let followed = mentions.get(k + 1).is_some_and(|n| {
            n.kind != Kind::Date
                && sentence_of[k + 1] == sentence_of[k]
                && !text.get(m.end..n.start).unwrap_or("，").pipe_has()
        });
        if framed || followed {
            links[k].is_time_context = true;
        }
    }
}

/// Fiscal year labels are periods, never claims.
fn fiscal_labels(doc: &Doc, links: &mut [Link]) {
    for (m, link) in doc.mentions.iter().zip(links.iter_mut()) {
        if m.fiscal {
            link.is_time_context = true;
        }
    }
}

/// A bare year (去年, 2024年, 2025財政年度) that no metric claims is a time
/// reference, not a claim.
fn bare_years(doc: &Doc, links: &mut [Link]) {
    for (m, link) in doc.mentions.iter().zip(links.iter_mut()) {
        let relative = ["去年", "今年", "前年", "明年"]
            .iter()
            .any(|w| doc.text[m.start..m.end].starts_with(w));
        if m.kind == Kind::Date
            && (link.metric.is_none() || relative)
            && m.date_end.is_none()
            && m.date.is_some_and(|d| d.month.is_none())
        {
            link.is_time_context = true;
        }
    }
}

/// Year-only dates (and date ranges) that give another claim its time are
/// context.
fn years_giving_time(doc: &Doc, links: &mut [Link]) {
    let mentions = doc.mentions;
    for k in 0..links.len() {
        if let Some(t) = links[k].time {
            if links[k].metric.is_some() || mentions[k].kind != Kind::Date {
                let tm = &mentions[t];
                if links[t].metric.is_none()
                    && (tm.date.is_some_and(|d| d.month.is_none()) || tm.date_end.is_some())
                {
                    links[t].is_time_context = true;
                }
            }
        }
    }
}
