//! A clause that gives another time and a figure and nothing else
//! (人民币中间价1月15日报7.1883，1月14日报7.1978): the measure and its owner
//! are the clause before's, said once for both.

use super::{Doc, EntityBy, Figure, Link};
use crate::extract::Kind;

/// What an elliptic clause takes from the figure before it.
#[derive(Clone, Copy)]
pub(super) struct Preceding {
    /// The figure it was read from.
    k: usize,
    metric: usize,
    entity: Option<usize>,
    entity_by: Option<EntityBy>,
    item: Option<usize>,
    /// It was limited to a part (农村居民…: the next clause's figure is
    /// that part's, which the measure alone does not say).
    scoped: bool,
}

impl Preceding {
    /// What figure `k` measured, when a metric was found for it.
    pub(super) fn of(k: usize, link: &Link) -> Option<Preceding> {
        Some(Preceding {
            k,
            metric: link.metric?,
            entity: link.entity,
            entity_by: link.entity_by,
            item: link.item,
            scoped: link.scope.is_some(),
        })
    }
}

/// The measure of figure `fig`, whose own linking found none, from the
/// figure `before` of the clause right before it in its sentence: when its
/// clause holds nothing before it but times of its own (a date, a year, a
/// quarter) and linking words, and the two figures are of one unit.
pub(super) fn take_measure(doc: &Doc, fig: &Figure, before: Option<Preceding>, link: &mut Link) {
    let Some(b) = before.filter(|b| !b.scoped) else {
        return;
    };
    let prev = &doc.mentions[b.k];
    if doc.sentence_of[b.k] != fig.si
        || prev.unit != fig.m.unit
        || prev.kind != fig.m.kind
        || prev.end > fig.cl_start
        || prev.start < super::clause::clause_before(doc.text, fig.s.start, fig.cl_start)
    {
        return;
    }
    // the clause before the figure: its own times and linking words only
    let dates = &doc.mentions[b.k + 1..fig.k];
    if dates.is_empty()
        || !dates
            .iter()
            .all(|t| t.kind == Kind::Date && t.start >= fig.cl_start)
        || !crate::extract::says_only_another_day(doc.text, prev.end, dates, fig.m.start)
    {
        return;
    }
    // (a measure that changes with time only: a training run's cost is
    // one, and another date names another run, 2025年1月为29.4万美元)
    let id = &doc.db.metrics[b.metric].id;
    if !doc
        .db
        .facts
        .iter()
        .any(|f| &f.metric == id && f.period.is_some())
    {
        return;
    }
    link.metric = Some(b.metric);
    link.entity = b.entity;
    link.entity_by = b.entity_by;
    link.item = b.item;
}
