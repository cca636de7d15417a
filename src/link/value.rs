//! The closing link passes: an amount with no word for its metric, next to
//! an entity the database knows, takes the metric of that entity whose
//! figure it is close to (`五千亿美元押注星际之门`); a conversion takes the
//! link of the amount it converts.

use super::{Doc, EntityBy, Link, Linker, Occurrence};
use crate::db::ClaimsDb;
use crate::extract::{Kind, Mention, Qualifier, Unit};
use crate::segment::Sentence;

/// An amount within this ratio of a fact (either way: 25%) is taken for
/// that fact's metric; anything further off stays unlinked.
const VALUE_TOLERANCE: f64 = 1.25;

impl Linker {
    /// Link by value every amount left without a metric: the metric of an
    /// entity named in its sentence (or the one before) whose figure it is
    /// close to, as an editor would read "五千亿美元押注星际之门". Only a
    /// hint, never evidence for a verdict.
    pub(super) fn link_by_value(&self, doc: &Doc, links: &mut [Link]) {
        let (db, text, occ) = (doc.db, doc.text, doc.occ);
        for (k, link) in links.iter_mut().enumerate() {
            let m = &doc.mentions[k];
            if link.metric.is_some()
                || link.converts.is_some()
                || link.not_figure
                || m.per.is_some()
                || m.qualifier == Qualifier::Vague
            {
                continue;
            }
            if !matches!(
                m.kind,
                Kind::Money | Kind::Count | Kind::Quantity | Kind::Percent
            ) || m.unit.is_none()
                || m.error.is_some()
            {
                continue;
            }
            let Some((e, mi)) =
                self.closest_fact(db, doc.sentences, occ, m, doc.sentence_of[k], doc.as_of)
            else {
                continue;
            };
            // (nor a measure per unit of output, which the database holds
            // none of: 单位国内生产总值能耗下降3.8%)
            let s = &doc.sentences[doc.sentence_of[k]];
            let lead = &text[s.start..m.start.max(s.start)];
            let clause = lead
                .rfind(['，', '；', ',', ';'])
                .map_or(lead, |i| &lead[i..]);
            if m.unit != Some(crate::extract::Unit::Watt)
                && super::metric::names_an_intensity(&super::brackets::outside(clause))
            {
                continue;
            }
            link.entity = Some(e);
            link.metric = Some(mi);
            link.metric_by_value = true;
            link.entity_by = Some(EntityBy::Value);
            link.item = self.item_near(db, occ, m, text);
        }
    }

    /// For an unlinked amount: the (entity, metric) among entities named in
    /// its sentence or the one before whose fact is nearest in value, if
    /// within 25%.
    #[allow(clippy::too_many_arguments)]
    fn closest_fact(
        &self,
        db: &ClaimsDb,
        sentences: &[Sentence],
        occ: &[Occurrence],
        m: &Mention,
        si: usize,
        as_of: Option<crate::date::Date>,
    ) -> Option<(usize, usize)> {
        let v = m.value.or(m.low).or(m.high)?;
        if v.is_zero() {
            return None;
        }
        let s = &sentences[si];
        let from = if si > 0 && sentences[si - 1].paragraph == s.paragraph {
            sentences[si - 1].start
        } else {
            s.start
        };
        let cu = m.unit?;
        let to_usd = |u: Unit| db.usd_rate(u, as_of).map(|(r, _)| r);
        let mut best: Option<(f64, usize, usize)> = None;
        let first = occ.partition_point(|o| o.start < from);
        for o in occ[first..].iter().take_while(|o| o.start < s.end) {
            for &mi in &self.entity_metrics[o.entity] {
                let metric = &db.metrics[mi];
                let same = metric.unit == cu || (cu.is_currency() && metric.unit.is_currency());
                if !same || !db.has_facts(o.entity, mi) {
                    continue;
                }
                for &fi in db.facts_for(o.entity, mi) {
                    let f = &db.facts[fi];
                    if as_of.is_some_and(|a| f.as_of.is_after(&a)) {
                        continue;
                    }
                    let crate::db::FactValue::Number {
                        value, low, high, ..
                    } = &f.value
                    else {
                        continue;
                    };
                    let Some(fv) = value.or(*low).or(*high) else {
                        continue;
                    };
                    // in the claim's currency
                    let fv = if cu.is_currency() && f.unit != cu {
                        let (Some(rc), Some(rf)) = (to_usd(cu), to_usd(f.unit)) else {
                            continue;
                        };
                        match fv.checked_mul(rc).and_then(|x| x.checked_div(rf)) {
                            Some(x) => x,
                            None => continue,
                        }
                    } else {
                        fv
                    };
                    let (Some(a), Some(b)) = (
                        rust_decimal::prelude::ToPrimitive::to_f64(&v),
                        rust_decimal::prelude::ToPrimitive::to_f64(&fv),
                    ) else {
                        continue;
                    };
                    if a <= 0.0 || b <= 0.0 {
                        continue;
                    }
                    let ratio = (a / b).ln().abs();
                    if ratio <= VALUE_TOLERANCE.ln() && best.is_none_or(|(r, _, _)| ratio < r) {
                        best = Some((ratio, o.entity, mi));
                    }
                }
            }
        }
        best.map(|(_, e, mi)| (e, mi))
    }
}

/// Conversions take the link of what they convert.
pub(super) fn inherit_conversions(links: &mut [Link]) {
    for k in 0..links.len() {
        if let Some(p) = links[k].converts {
            let src = links[p].clone();
            links[k].entity = src.entity;
            links[k].metric = src.metric;
            links[k].item = src.item;
            links[k].time = src.time;
            links[k].scope = src.scope;
            links[k].scope_unstated = src.scope_unstated;
            links[k].metric_by_value = src.metric_by_value;
            links[k].entity_by = src.entity_by;
            links[k].metric_word = src.metric_word;
            // (what the words before the converted figure say of it: its
            // conversion's lead ends with the figure and a bracket)
            links[k].adjusted_to = src.adjusted_to;
            links[k].revised = src.revised;
            links[k].earlier_release = src.earlier_release;
            links[k].period_before = src.period_before;
            links[k].other_part_of_year = src.other_part_of_year;
            links[k].fiscal_end = src.fiscal_end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;
    use super::*;

    #[test]
    fn an_amount_without_a_word_is_linked_by_value_only_when_near_a_fact() {
        // 5000亿美元 is the Stargate's planned investment: a hint, not evidence
        let l = linked("星际之门是5000亿美元的项目。");
        let link = l.link("5000亿美元");
        assert_eq!(l.entity("5000亿美元"), Some("Stargate Project"));
        assert_eq!(l.metric("5000亿美元"), Some("planned_investment"));
        assert!(link.metric_by_value);
        assert_eq!(link.entity_by, Some(EntityBy::Value));
        // far from any figure of the entity: unlinked
        let l = linked("星际之门是9亿美元的项目。");
        assert_eq!(l.metric("9亿美元"), None);
        assert!(!l.link("9亿美元").metric_by_value);
    }

    #[test]
    fn the_closest_fact_is_within_a_quarter_of_the_value() {
        // 4500亿 is within 25% of the 5000亿 planned, 3500亿 is not
        let l = linked("星际之门是4500亿美元的项目。");
        assert_eq!(l.metric("4500亿美元"), Some("planned_investment"));
        let l = linked("星际之门是3500亿美元的项目。");
        assert_eq!(l.metric("3500亿美元"), None);
    }
}
