//! The choice of a figure's link: every candidate metric that scores near
//! the best is weighed with its best entity, a metric the clause's scope
//! words fit before one they narrow; then the chosen link is settled (a
//! bare growth takes its measure, a family total its family, the clause's
//! subject the figure).

use super::metric::Scored;
use super::scope::{names_a_size, narrowing_scope, scope_hits, Near, MEMBER_SCOPE};
use super::{Doc, EntityBy, Figure, Link, Linker, Span};
use crate::extract::Kind;
use std::sync::LazyLock;

/// In a choice, a metric's score counts this many times its entity's.
const METRIC_WEIGHT: f64 = 3.0;
/// When a best-scored metric fits the clause's scope words, the metrics
/// weighed are those scoring at least this share of the best.
const FLOOR_TOP_FITS: f64 = 0.75;
/// When the best-scored metrics are all narrowed by a scope word of the
/// clause, a weaker one the words fit is still in the running down to this
/// share of the best.
const FLOOR_TOP_NARROWED: f64 = 0.3;

/// Pronouns that point back to several things at once (他们 is left out:
/// news calls a company or a team 他们).
const PLURAL_PRONOUNS: &[&str] = &["它们", "它們", "两者", "兩者", "二者"];

/// A new model a sentence introduces without naming it: its figures are
/// that model's, which the database cannot know.
const UNNAMED_NEW: &[&str] = &[
    "发布新模型",
    "發布新模型",
    "推出新模型",
    "发布了新模型",
    "發布了新模型",
    "推出了新模型",
    "一款新模型",
    "一个新模型",
    "一個新模型",
    "新一代模型",
    "发布新一代",
    "發布新一代",
    "推出新一代",
    "新款模型",
];

/// A metric weighed with its entity.
#[derive(Clone, Copy, Debug)]
struct Choice {
    /// No scope word of the clause narrows the figure against the metric.
    fits: bool,
    /// The metric's score times [`METRIC_WEIGHT`] plus the entity's.
    total: f64,
    metric: usize,
    entity: Option<(usize, EntityBy)>,
    /// A nearer name the owner won over by the facts bonus alone
    /// ([`super::entity::Owner::nearer`]).
    nearer: Option<usize>,
    /// The word naming the metric.
    word: Option<Span>,
    /// A metric that scored as well, for the same entity.
    rival: Option<usize>,
}

impl Linker {
    /// Link a figure (a mention that is neither a conversion nor a starting
    /// point): its metric, entity, item and scope. A figure with no
    /// plausible metric stays unlinked.
    pub(super) fn link_figure(&self, doc: &Doc, fig: &Figure, link: &mut Link) {
        let cands = self.candidates(doc, fig);
        if cands.is_empty() {
            return;
        }
        let scored = self.score_metrics(doc, fig, &cands);
        if scored.is_empty() {
            return;
        }
        let item = self.item_near(doc.db, doc.occ, fig.m, doc.text);
        let mut hits = scope_hits(doc.text, fig.s.start, fig.cl_start, fig.m);
        if let Some(at) = real_growth_after(doc.text, fig) {
            hits.push(("名义", at));
        }
        let first = doc.occ.partition_point(|o| o.start < fig.cl_start);
        // (a name of the clause before the figure: its subject, not the
        // currency of its amount)
        let names_in_clause = doc.occ.get(first).is_some_and(|o| o.end <= fig.m.start);
        let in_sentence = doc.occ.partition_point(|o| o.start < fig.s.start);
        let names_in_sentence = doc
            .occ
            .get(in_sentence)
            .is_some_and(|o| o.end <= fig.m.start);
        let bracketed = doc.text[..fig.m.start].ends_with(['（', '(']);
        let scope = |mi: usize| {
            narrowing_scope(
                &doc.db.metrics[mi],
                doc.text,
                fig.trig,
                mi,
                (fig.cl_start, fig.cl_end),
                &hits,
                Near {
                    has_item: item.is_some(),
                    names_in_clause,
                    names_in_sentence,
                    bracketed,
                },
            )
        };
        let Some(best) = self.choose(doc, fig, &scored, &|mi| scope(mi).is_none()) else {
            return;
        };
        // (a word of the clause may name the measure in a unit a thousand
        // apart that the figure's own unit left out: NVLink带宽为1.8TB/s)
        let best = match self.named_in_other_scale(doc, fig, best.metric) {
            Some(c) => {
                let owner = self.best_entity(doc, fig, c);
                Choice {
                    metric: c,
                    entity: owner.map(|o| (o.entity, o.by)),
                    nearer: owner.and_then(|o| o.nearer),
                    rival: None,
                    ..best
                }
            }
            None => best,
        };
        // (a figure of a list over measures has the measure in its place,
        // not the clause before's: 零售总额、固定资产投资分别增长3.5%，3.2%)
        let by_place = || super::metric::measure_in_place(doc, fig).is_some();
        let Some(mi) = self.growth_measure(doc, fig, best.metric) else {
            return;
        };
        let mi = if mi != best.metric && by_place() {
            best.metric
        } else {
            mi
        };
        let mi = self.business_pointed_back(doc, fig, mi).unwrap_or(mi);
        if another_measure_named(doc, fig, mi, best.word) {
            // 数据中心业务的营业利润为800亿美元, 营收…，利润约800亿美元:
            // the profit, not the revenue
            return;
        }
        let id = doc.db.metrics[mi].id.as_str();
        if level_after_change(doc, fig)
            && ["_loss", "_change", "_growth", "_reduction"]
                .iter()
                .any(|e| id.ends_with(e))
        {
            // 市值一夜蒸发2790亿美元至2.65万亿美元: the level reached, not
            // the change
            link.not_figure = true;
            return;
        }
        if id == "population" && flow_after(&doc.text[fig.m.end..fig.cl_end]) {
            // 2.1万名居民净移入: people who moved in, no population
            link.not_figure = true;
            return;
        }
        if difference_before(&doc.text[fig.cl_start..fig.m.start])
            && !["_loss", "_change", "_growth", "_reduction"]
                .iter()
                .any(|e| id.ends_with(e))
        {
            // 死亡人数仍高出约139万: by how much, not how many
            link.not_figure = true;
            return;
        }
        if !self.share_metric[mi] && share_of_a_figure(doc, fig) {
            // 全年营收1305亿美元的88%: a share of the figure before, not a
            // growth nor a level of its own
            link.not_figure = true;
            return;
        }
        if share_of_named(doc, fig) && id.ends_with("_reduction") {
            // 仅为GPT-4的5%: a share of another's figure, not a cut by 5%
            // (nor a figure to guess a metric for by its value)
            link.not_figure = true;
            return;
        }
        // a growth that took the measure of the clause before (GDP…，同比增长
        // 5.0%: GDP growth, not the revenue growth 同比 first suggested) is
        // about whoever has that measure
        let (best_entity, nearer) = if mi == best.metric {
            (best.entity, best.nearer)
        } else {
            let owner = self.best_entity(doc, fig, mi);
            (
                owner.map(|o| (o.entity, o.by)),
                owner.and_then(|o| o.nearer),
            )
        };
        let ent = (best_entity.map(|(e, _)| e), best_entity.map(|(_, by)| by));
        let ent = self.family_total(doc, fig, mi, ent);
        let (ent, entity_by) = self.clause_owner(doc, fig, mi, ent);
        let (ent, entity_by) = not_carried_into(doc, fig, ent, entity_by);
        link.metric = Some(mi);
        link.metric_word = best.word;
        link.metric_rival = best
            .rival
            .or_else(|| self.rival_in_other_scale(doc, fig, mi, best.word))
            .or_else(|| {
                (mi == best.metric)
                    .then(|| self.rival_in_precision(doc, fig, mi, best.word))
                    .flatten()
            })
            .filter(|_| mi == best.metric);
        link.nearer_name = nearer.filter(|_| ent.is_some() && ent == best_entity.map(|(e, _)| e));
        link.entity = ent;
        link.entity_by = entity_by;
        link.item = item;
        link.scope = scope(mi).or_else(|| {
            // one size of a family the text names (70B版本) is not the family's
            let e = link.entity?;
            // named before the figure, or after it in its clause (80亿参数
            //规模的Llama3.1-8B)
            let sized = || {
                names_a_size(&doc.text[fig.s.start..fig.m.start])
                    || names_a_size(&doc.text[fig.m.end..fig.cl_end])
            };
            let member = self.family.contains(&Some(e))
                && link.entity_by != Some(EntityBy::Family)
                && sized();
            // a size its own clause names that the model's name does not
            // hold (Llama 3.1 405B用了…，8B版本约146万GPU小时): another model
            let other_size = || {
                let lead = &doc.text[fig.cl_start..fig.m.start];
                let named = model_sizes(lead);
                let own = sizes(&doc.db.entities[e].id);
                !named.is_empty()
                    && !own.is_empty()
                    && named.iter().all(|&(n, _, end)| {
                        // (not a size compared with: 是13B版本五倍多的模型)
                        !lead[end..].contains('倍') && !own.iter().any(|&(o, ..)| same_size(n, o))
                    })
            };
            (member || other_size()).then_some(MEMBER_SCOPE)
        });
        if link.scope.is_none() {
            link.scope = super::scope::threshold_of_a_group(doc, fig, best.word);
        }
        if link.scope.is_none() && mi == best.metric {
            link.scope = best.word.and_then(|(ts, _)| series_part(doc, mi, ts));
        }
        if link.scope.is_none() {
            link.scope = series_less_a_part(doc, mi, &doc.text[fig.cl_start..fig.m.start]);
        }
        if link.scope.is_none() {
            link.scope = one_run_scope(&doc.db.metrics[mi].id, &doc.text[fig.m.end..fig.cl_end]);
        }
        if link.scope.is_none() {
            link.scope = one_model_scope(doc, fig, &doc.db.metrics[mi].id);
        }
        if link.scope.is_none() && doc.db.metrics[mi].kind != "rate" {
            link.scope =
                super::scope::per_amount_done(doc.text, fig.s.start, fig.cl_start, fig.m.start);
        }
        if link.scope.is_none() {
            link.scope =
                self.span_of_years[mi].and_then(|own| another_span_of_years(doc, fig, own));
        }
        if link.scope.is_none()
            && matches!(
                link.entity_by,
                Some(EntityBy::Paragraph | EntityBy::Earlier)
            )
            && doc.db.metrics[mi].id.starts_with("revenue")
            && !says_the_whole_company(
                &doc.text[fig.s.start..fig.m.start],
                &doc.text[fig.cl_start..fig.m.start],
            )
        {
            link.scope = super::scope::segment_in_paragraph(doc, fig);
            link.scope_weak = link.scope.is_some();
        }
        if link.scope.is_none() && doc.db.metrics[mi].id.starts_with("api_price") {
            link.scope = super::scope::hours_of_the_day(
                &doc.text[fig.s.start..fig.m.start],
                &doc.text[fig.cl_start..fig.m.start],
            );
        }
        if link.scope.is_none() && doc.db.metrics[mi].id.contains("revenue") {
            link.scope = super::scope::region_of_sales(&doc.text[fig.cl_start..fig.m.start])
                .or_else(|| {
                    super::scope::region_of_sales_after(
                        &doc.text[fig.cl_start..fig.m.start],
                        &doc.text[fig.m.end..fig.cl_end],
                    )
                });
        }
        if link.scope.is_none() && doc.db.metrics[mi].id.starts_with("app_downloads") {
            link.scope = super::scope::region_of_downloads(&doc.text[fig.cl_start..fig.m.start])
                .or_else(|| {
                    super::scope::market_heading_sentence(&doc.text[fig.s.start..fig.m.start])
                })
                .or_else(|| {
                    super::scope::region_of_downloads_before(
                        &doc.text[fig.s.start..fig.cl_start],
                        &doc.text[fig.cl_start..fig.m.start],
                    )
                });
        }
        if link.scope.is_none() && doc.db.metrics[mi].id.starts_with("revenue") {
            link.scope = super::scope::segment_heads_sentence(doc, fig);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "gpu_investment" {
            // (the investing word before the figure, in its clause)
            link.scope = best
                .word
                .filter(|&(ts, te)| fig.cl_start <= ts && te <= fig.m.start)
                .and_then(|(ts, te)| {
                    super::scope::invested_in_other_things(
                        &doc.text[fig.cl_start..ts],
                        &doc.text[fig.cl_start..fig.m.start],
                        &doc.text[ts..te],
                    )
                });
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "planned_investment" {
            link.scope = super::scope::one_partys_share(doc, fig);
        }
        if link.scope.is_none() {
            link.scope = unit_in_label(doc, fig, mi);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id.starts_with("api_price") {
            link.scope = off_peak_heading(doc, fig);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "population_change" {
            link.scope = super::scope::vital_change(doc, fig);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "exchange_rate" {
            link.scope = market_quote(fig.m, &doc.text[fig.cl_start..fig.m.start]);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "closing_share_price" {
            link.scope = market_value(&doc.text[fig.cl_start..fig.m.start]);
        }
        if link.scope.is_none() && doc.db.metrics[mi].id == "central_parity_rate" {
            link.scope = not_the_fixing(doc, fig);
        }
        // (the scope is named before the figure or in its clause, not in a
        // remark after it: 比上年增加220万人，这与总人口的变化无关)
        let scope_words = &doc.db.metrics[mi].scope;
        link.scope_unstated = link.scope.is_none() && !scope_words.is_empty() && {
            let named = &doc.text[fig.s.start..fig.cl_end];
            !scope_words.iter().any(|w| named.contains(w.as_str()))
        };
        if let (Some(e), Some(it)) = (link.entity, link.item) {
            if e == it {
                link.item = None;
            }
        }
        let lead = &doc.text[fig.cl_start..fig.m.start];
        link.adjusted_to = adjusted_to(
            lead,
            fig.m.unit == Some(crate::extract::units::Unit::Percent),
        );
        // (every word of a revision holds 修 or 核: most leads hold neither)
        link.revised = lead
            .contains(['修', '核'])
            .then(|| REVISIONS.iter().copied().find(|w| lead.contains(w)))
            .flatten();
        link.earlier_release = earlier_release(&doc.text[fig.s.start..fig.m.start]);
        // (read only for a metric the database holds by stage, the one
        // reading of it)
        if self.staged_metric[mi] {
            link.whole_in_clause = total_in_clause(&doc.text[fig.cl_start..fig.m.start]);
            // (the totals, and words that take in every part)
            const WHOLE: &[&str] = &[
                "全部", "从零", "從零", "包括", "包含", "加上", "整体", "整體", "整个", "整個",
                "累计", "累計",
            ];
            // (up to the end of the figure's clause, and a clause after it that
            // says what it takes in: …770万GPU小时，其中包括微调; not 即便加上
            // 基础模型成本，总开支…, which adds to it)
            let upto = &doc.text[fig.s.start..fig.cl_end];
            let next = doc.text[fig.cl_end..fig.s.end].trim_start_matches(['，', ',', '；', ';']);
            link.says_whole = TOTALS.iter().chain(WHOLE).any(|w| upto.contains(w))
                || ["其中包括", "其中包含", "包括", "包含", "涵盖", "涵蓋"]
                    .iter()
                    .any(|w| next.starts_with(w));
        }
    }

    /// The metrics the trigger word at `span` names.
    fn metrics_named(&self, doc: &Doc, (a, b): Span) -> Option<&Vec<usize>> {
        self.triggers
            .get(super::triggers::lower(&doc.text[a..b]).as_ref())
    }

    /// The metric a word of the figure's clause names, in a unit a
    /// thousand apart from `mi`'s, when no word of the clause names `mi`
    /// alone: NVLink带宽为1.8TB/s is the interconnect's (in GB/s), though
    /// 带宽 fits the memory's (in TB/s) as well; HBM带宽为2000GB/s the
    /// memory's.
    fn named_in_other_scale(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<usize> {
        let unit = doc.db.metrics[mi].unit;
        if !unit.has_other_scale() {
            return None;
        }
        let names = |a: usize, b: usize, c: usize| {
            self.metrics_named(doc, (a, b))
                .is_some_and(|ms| ms.contains(&c))
        };
        // (the figure's clause only: in H100的显存带宽为3.35TB/s，NVLink带宽
        // 为1.8TB/s each clause names its own)
        let in_clause = fig
            .trig
            .iter()
            .filter(|&&(a, b, _)| a >= fig.cl_start && b <= fig.cl_end);
        let other = in_clause.clone().find_map(|&(a, b, c)| {
            (c != mi && unit.per(doc.db.metrics[c].unit).is_some() && !names(a, b, mi)).then_some(c)
        })?;
        let own_alone = in_clause
            .clone()
            .any(|&(a, b, c)| c == mi && !names(a, b, other));
        (!own_alone).then_some(other)
    }

    /// The metric the word that chose `mi` names as well, in a unit a
    /// thousand apart, when the sentence has no word only `mi` has: bare
    /// 带宽 of 3000GB/s may be the interconnect's (GB/s) or the memory's
    /// (TB/s), whichever one the database holds; not after NVLink.
    fn rival_in_other_scale(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
        word: Option<Span>,
    ) -> Option<usize> {
        let unit = doc.db.metrics[mi].unit;
        if !unit.has_other_scale() {
            return None;
        }
        self.rival_of_shared_words(doc, fig, mi, word?, |c| {
            unit.per(doc.db.metrics[c].unit).is_some()
        })
    }

    /// A metric `fits` that the word at `word` names beside `mi`, when
    /// every word of `mi` in the figure's clause names it too: nothing in
    /// the clause chose between them.
    fn rival_of_shared_words(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
        word: Span,
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        let metrics_of = |span: Span| self.metrics_named(doc, span);
        let rival = metrics_of(word)?
            .iter()
            .copied()
            .find(|&c| c != mi && fits(c))?;
        fig.trig
            .iter()
            .filter(|&&(_, _, m)| m == mi)
            .all(|&(a, b, _)| metrics_of((a, b)).is_some_and(|ms| ms.contains(&rival)))
            .then_some(rival)
    }

    /// Another precision's compute the figure's words fit as well as `mi`'s: a
    /// figure in TFLOPS whose clause names no precision (等效算力可达
    /// 395TFLOPS: FP64, FP16 or FP8 alike), so that a mismatch with the
    /// one the database holds is no error.
    fn rival_in_precision(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
        word: Option<Span>,
    ) -> Option<usize> {
        let unit = doc.db.metrics[mi].unit;
        if unit != crate::extract::Unit::Teraflops {
            return None;
        }
        let rival =
            self.rival_of_shared_words(doc, fig, mi, word?, |c| doc.db.metrics[c].unit == unit)?;
        // (a precision named before, in the sentence or the one before it,
        // goes on: H800的FP64算力被大幅限制。H800的算力仅为30 TFLOPS)
        let from = doc.sentences[fig.si.saturating_sub(1)].start;
        let before = doc.text[from..fig.m.start].to_lowercase();
        let named_before = self
            .triggers
            .iter()
            .filter(|(_, ms)| ms.contains(&mi) && !ms.contains(&rival))
            // (not 8位, 16位: a rank as often as a width)
            .any(|(w, _)| !w.ends_with('位') && before.contains(w.as_str()));
        (!named_before).then_some(rival)
    }

    /// The segment's own measure for a figure whose sentence points back
    /// to a business (该业务, 该部门) the paragraph's sentence before names
    /// (英伟达2025财年数据中心表现突出。该业务全年收入约1152亿美元): the
    /// metric of the segment's word in the unit and kind of `mi`.
    fn business_pointed_back(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<usize> {
        const POINTERS: &[&str] = &[
            "该业务",
            "該業務",
            "这项业务",
            "這項業務",
            "此业务",
            "此業務",
            "这一业务",
            "這一業務",
            "该部门",
            "該部門",
        ];
        let lead = &doc.text[fig.s.start..fig.m.start];
        if !POINTERS.iter().any(|w| lead.contains(w)) {
            return None;
        }
        let para = fig.s.paragraph;
        let segment = doc.sentences[fig.si.saturating_sub(2)..fig.si]
            .iter()
            .rev()
            .take_while(|s| s.paragraph == para)
            .find_map(|s| {
                // (the nearest business named is the one meant: 游戏业务则
                // 表现平平。该业务… is gaming's, which has no measure here)
                let t = &doc.text[s.start..s.end];
                let segment = super::scope::SEGMENTS
                    .iter()
                    .copied()
                    .find(|w| t.contains(w));
                let other = ["业务", "業務", "部门", "部門"].iter().any(|b| {
                    t.match_indices(b)
                        .any(|(i, _)| !super::scope::SEGMENTS.iter().any(|w| t[..i].ends_with(w)))
                });
                match (segment, other) {
                    (Some(w), false) => Some(Some(w)),
                    (_, true) => Some(None),
                    (None, false) => None,
                }
            })
            .flatten()?;
        let metric = &doc.db.metrics[mi];
        self.triggers.get(segment)?.iter().copied().find(|&c| {
            let m = &doc.db.metrics[c];
            c != mi && m.unit == metric.unit && m.kind == metric.kind
        })
    }

    /// The best of the scored metrics, each weighed with its best entity.
    /// When the best-scored metric is narrowed by a scope word of the
    /// clause, a weaker one the words fit is still in the running, and a
    /// metric the words fit (數據中心業務…收入 is data-centre revenue, not
    /// the company's) beats one they narrow.
    fn choose(
        &self,
        doc: &Doc,
        fig: &Figure,
        scored: &[Scored],
        scope_fits: &dyn Fn(usize) -> bool,
    ) -> Option<Choice> {
        let top = scored.iter().map(|x| x.1).fold(0.0f64, f64::max);
        let top_fits = scored
            .iter()
            .filter(|x| x.1 >= top)
            .any(|&(mi, _, _)| scope_fits(mi));
        let floor = if top_fits {
            FLOOR_TOP_FITS
        } else {
            FLOOR_TOP_NARROWED
        };
        let mut best: Option<Choice> = None;
        let mut weighed: Vec<Choice> = Vec::new();
        for &(mi, mscore, word) in scored {
            if mscore < top * floor {
                continue;
            }
            let owner = self.best_entity(doc, fig, mi);
            let escore = owner.map_or(0.0, |o| o.score);
            let entity = owner.map(|o| (o.entity, o.by));
            let nearer = owner.and_then(|o| o.nearer);
            let total = mscore * METRIC_WEIGHT + escore;
            let fits = scope_fits(mi);
            let choice = Choice {
                fits,
                total,
                metric: mi,
                entity,
                nearer,
                word,
                rival: None,
            };
            weighed.push(choice);
            if best.is_none_or(|b| (fits && !b.fits) || (fits == b.fits && total > b.total)) {
                best = Some(choice);
            }
        }
        // a metric that ties with the best, for the same entity, is its
        // rival: nothing in the text chose between them
        best.map(|b| Choice {
            rival: weighed
                .iter()
                .find(|c| {
                    c.metric != b.metric
                        && c.fits == b.fits
                        && c.total == b.total
                        && c.entity.map(|e| e.0) == b.entity.map(|e| e.0)
                })
                .map(|c| c.metric),
            ..b
        })
    }
}

/// What a figure of a part of an economy's series is limited to (网上社会
/// 消费品零售总额, 民间固定资产投资, 基建固定资产投资): the series' word
/// right after another word that names which part.
const SERIES_PART: &str = "其中一部分";

/// Whether the word of metric `mi` at `ts` names a part of the series: a
/// growth of an economy's series (not GDP's, whose parts are read apart)
/// whose word follows a character that is neither a time, a country, a
/// list join nor the end of a clause.
fn series_part(doc: &Doc, mi: usize, ts: usize) -> Option<&'static str> {
    let metric = &doc.db.metrics[mi];
    if metric.id == "gdp_growth"
        || !metric.id.ends_with("_growth")
        || !metric.entity_kinds.iter().any(|k| k == "economy")
    {
        return None;
    }
    // (nor after the words of the series' own scope: 规上工业增加值)
    let lead = &doc.text[..ts];
    if metric.scope.iter().any(|w| lead.ends_with(w.as_str())) {
        return None;
    }
    let before = lead.chars().next_back()?;
    (!super::metric::opens_a_series(before)).then_some(SERIES_PART)
}

/// What a figure of an economy's series less one of its parts is limited
/// to (不含房地产的固投, 剔除价格因素的社零, 除房地产外的固定资产投资).
const SERIES_LESS: &str = "扣除了其中一部分";

/// Whether the figure's clause before it (`lead`) takes a part out of the
/// series of metric `mi`: a word of leaving out, unless what is left out is
/// what the database's series leaves out too (固定资产投资（不含农户）).
fn series_less_a_part(doc: &Doc, mi: usize, lead: &str) -> Option<&'static str> {
    const LEAVING_OUT: &[&str] = &[
        "不含",
        "扣除",
        "剔除",
        "去除",
        "不包括",
        "不包含",
        "以外",
        "之外",
        "除去",
    ];
    const THE_SERIES_OWN: &[&str] = &["农户", "農戶"];
    let metric = &doc.db.metrics[mi];
    // (each word of leaving out holds one of these: most leads hold none)
    if !lead.contains(['含', '扣', '剔', '去', '包', '外'])
        || !metric.id.ends_with("_growth")
        || !metric.entity_kinds.iter().any(|k| k == "economy")
    {
        return None;
    }
    let leaves_out = LEAVING_OUT.iter().any(|w| {
        lead.match_indices(w).any(|(i, _)| {
            let rest = &lead[i + w.len()..];
            !THE_SERIES_OWN.iter().any(|o| rest.starts_with(o))
        })
    }) || lead.match_indices('除').any(|(i, _)| {
        // (除…外, not the 外 of 外资 or 外贸)
        ["外的", "外，", "外,", "以外", "之外"]
            .iter()
            .any(|w| lead[i..].contains(w))
            && !THE_SERIES_OWN
                .iter()
                .any(|o| lead[i + '除'.len_utf8()..].starts_with(o))
    });
    leaves_out.then_some(SERIES_LESS)
}

/// Whether a figure's sentence says before it that the figure is the whole
/// company's: a total in its sentence (总营收, 整体), the company in its
/// own clause (公司全年营收, 集团; not 公司 in an earlier item of a list).
fn says_the_whole_company(lead: &str, clause: &str) -> bool {
    lead.contains(['总', '總', '整']) || ["公司", "集团", "集團"].iter().any(|w| clause.contains(w))
}

/// Whether a revenue was chosen by a word before another measure that
/// the figure is (营收1305亿美元，利润约800亿美元; 数据中心业务的营业利润为
/// 800亿美元; 研发支出129亿美元): the last measure named between the
/// metric's word and the figure is not a sales word. The figure is that
/// measure's, which the word does not name.
fn another_measure_named(doc: &Doc, fig: &Figure, mi: usize, word: Option<Span>) -> bool {
    const REVENUE: &[&str] = &[
        "营收",
        "營收",
        "收入",
        "销售额",
        "銷售額",
        "营业额",
        "營業額",
        "销售",
        "銷售",
    ];
    const OTHER: &[&str] = &[
        "利润",
        "利潤",
        "利益",
        "毛利",
        "净利",
        "淨利",
        "盈利",
        "获利",
        "獲利",
        "亏损",
        "虧損",
        "支出",
        "开支",
        "開支",
        "投入",
        "成本",
        "费用",
        "費用",
        "研发",
        "研發",
        "资本",
        "資本",
        "现金流",
        "現金流",
        "订单",
        "訂單",
        "库存",
        "庫存",
        "估值",
        "资产",
        "資產",
        "市值",
        "每股",
        "股息",
        "回购",
        "回購",
        "EBITDA",
    ];
    let Some((_, we)) = word else {
        return false;
    };
    let id = doc.db.metrics[mi].id.as_str();
    if !(id == "revenue" || id == "data_center_revenue") || we > fig.m.start {
        return false;
    }
    let gap = &doc.text[we..fig.m.start];
    let last = |words: &[&str]| words.iter().filter_map(|w| gap.rfind(w)).max();
    last(OTHER).is_some_and(|o| last(REVENUE).is_none_or(|r| o > r))
}

/// A name carried from before the figure's sentence is not its subject
/// when the sentence points elsewhere before the figure: to a model it
/// introduces without a name (OpenAI发布新模型，据称其训练成本…), or to
/// several things at once with a plural pronoun (它们配备了48GB与24GB).
fn not_carried_into(
    doc: &Doc,
    fig: &Figure,
    ent: Option<usize>,
    entity_by: Option<EntityBy>,
) -> (Option<usize>, Option<EntityBy>) {
    let carried = matches!(entity_by, Some(EntityBy::Paragraph | EntityBy::Earlier));
    let lead = &doc.text[fig.s.start..fig.m.start];
    let elsewhere = || points_elsewhere(lead);
    if carried && (elsewhere() || sizes_a_model_of_its_own(doc, fig)) {
        (None, None)
    } else {
        (ent, entity_by)
    }
}

/// Whether a figure gives the size of a model its own sentence names by
/// a common noun: 32B参数的小模型, 旗舰级模型(671B参数). That model is not
/// one named in an earlier sentence.
fn sizes_a_model_of_its_own(doc: &Doc, fig: &Figure) -> bool {
    let lead = doc.text[fig.s.start..fig.m.start].trim_end();
    // (该模型, 这是一个…的模型, 它是一个…模型: the model named before;
    // 最大的…模型: its largest size; not 其他, 此前, 应该 or 这些; read
    // only for a size before a model's noun, the rarer test first)
    sizes_a_model(doc, fig, lead)
        && !points_back(lead)
        && !["最大", "最小"].iter().any(|w| lead.contains(w))
}

/// Whether the figure is a size given to a model's common noun, in
/// brackets after it (旗舰级模型(671B参数)) or right before it (70B参数模型,
/// 70B参数（七百亿）模型, 32B参数的小模型).
fn sizes_a_model(doc: &Doc, fig: &Figure, lead: &str) -> bool {
    const MODELS: &[&str] = &["模型", "版本", "型号", "型號"];
    if let Some(head) = lead.strip_suffix(['(', '（']) {
        if MODELS.iter().any(|w| head.trim_end().ends_with(w)) {
            return true;
        }
    }
    let tail = &doc.text[fig.m.end..fig.cl_end];
    let tail = skip_aside(tail.strip_prefix('个').unwrap_or(tail));
    // (the figure may hold 参数 itself: 32B参数)
    let worded = doc.text[fig.m.start..fig.m.end].ends_with(['数', '數']);
    let params = if worded {
        Some(tail)
    } else {
        ["参数", "參數"]
            .iter()
            .find_map(|w| tail.strip_prefix(w))
            .map(skip_aside)
    };
    let Some(params) = params else {
        return false;
    };
    // the noun right after the size (70B参数模型, 70B参数（七百亿）模型)
    if MODELS.iter().any(|w| params.starts_with(w)) {
        return true;
    }
    let Some(rest) = ["的", "规模的", "規模的"]
        .iter()
        .find_map(|w| params.strip_prefix(w))
    else {
        return false;
    };
    // the noun the size is of, within a few characters
    let near: String = rest.chars().take(6).collect();
    MODELS.iter().any(|w| near.contains(w))
}

/// Whether a sentence opens by pointing back to a thing named before:
/// 它是 (它拥有, 它采用, 它的 right before the figure), or 该, 这, 此, 其
/// right before the figure or before a word for the thing or a measure
/// word (其70B参数模型, 该模型, 这款, 这一, 这是, 此次). A pointer further on may point at anything the
/// sentence names first (谷歌…，其700亿参数模型), and one inside another
/// word points nowhere (其中, 其一, 尤其, 此前).
fn points_back(lead: &str) -> bool {
    const IT: &[&str] = &[
        "它是",
        "它为",
        "它為",
        "它拥有",
        "它擁有",
        "它有",
        "它采用",
        "它採用",
    ];
    const AFTER: &[&str] = &[
        "模型", "版本", "系列", "款", "个", "個", "是", "家", "公司", "参数", "參數", "旗舰",
        "旗艦", "最", "次", "番",
    ];
    let lead = lead.trim_start();
    let Some(c) = lead.chars().next() else {
        return false;
    };
    IT.iter().any(|w| lead.starts_with(w))
        || lead.trim_end() == "它的"
        // (这一, 该一: not 其一, an enumerator)
        || {
            let rest = &lead[c.len_utf8()..];
            matches!(c, '该' | '該' | '这' | '這' | '此') && rest.starts_with('一')
                || matches!(c, '该' | '該' | '这' | '這' | '此' | '其')
                    && (rest.trim_end().is_empty() || AFTER.iter().any(|w| rest.starts_with(w)))
        }
}

/// Whether a clause before its figure calls it a total: 总计, 合计, 一共,
/// 共计, 总成本, 总训练 (words that count up the figure itself).
fn total_in_clause(lead: &str) -> bool {
    TOTALS.iter().any(|w| lead.contains(w))
}

/// The words that count up a figure itself as a total.
const TOTALS: &[&str] = &[
    "总计",
    "總計",
    "合计",
    "合計",
    "一共",
    "共计",
    "共計",
    "总共",
    "總共",
    "总成本",
    "總成本",
    "总训练",
    "總訓練",
];

/// `s` past a bracketed aside it opens with (`（七百亿）模型` → `模型`), or
/// `s` itself.
fn skip_aside(s: &str) -> &str {
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = s.strip_prefix(open) {
            if let Some(at) = inner.find(close).filter(|&at| at <= 30) {
                return &inner[at + close.len_utf8()..];
            }
        }
    }
    s
}

/// The first characters of [`UNNAMED_NEW`] and [`PLURAL_PRONOUNS`] (a
/// test checks them).
const ELSEWHERE_FIRSTS: [char; 9] = ['发', '發', '推', '一', '新', '它', '两', '兩', '二'];

/// Whether `lead` holds a word of [`UNNAMED_NEW`] or [`PLURAL_PRONOUNS`]:
/// looked for only where one of their first characters is, in one pass.
pub(super) fn points_elsewhere(lead: &str) -> bool {
    const FIRSTS: [bool; 256] = super::chars::last_bytes(&ELSEWHERE_FIRSTS);
    super::chars::any(lead, &FIRSTS, |i, c| {
        ELSEWHERE_FIRSTS.contains(&c)
            && UNNAMED_NEW
                .iter()
                .chain(PLURAL_PRONOUNS)
                .any(|w| lead[i..].starts_with(w))
    })
}

/// The scope of a figure counted over a span of years written with more
/// numerals than the spans the program lists (十四年内).
const ANOTHER_SPAN: &str = "另一段年限";

/// The spans of years a plan is counted over (未来四年, 三年内): every
/// one the text may write, as words that live as long as the program.
static SPANS_OF_YEARS: LazyLock<Vec<(&'static str, char)>> = LazyLock::new(|| {
    const NUMERALS: &str = "一两兩二三四五六七八九十";
    let mut spans = Vec::new();
    for n in NUMERALS.chars() {
        for w in ["未来", "未來", "今后", "今後", "往后", "往後"] {
            spans.push((format!("{w}{n}年"), n));
        }
        for w in ["年内", "年內", "年间", "年間"] {
            spans.push((format!("{n}{w}"), n));
        }
    }
    spans
        .into_iter()
        .map(|(w, n)| (&*Box::leak(w.into_boxed_str()), n))
        .collect()
});

/// Whether two numerals of a span are the same number (两, 兩 and 二).
fn same_numeral(a: char, b: char) -> bool {
    a == b || matches!((a, b), ('两' | '兩' | '二', '两' | '兩' | '二'))
}

/// The span of years a metric's words count it over (the plan's 未来四年,
/// 四年内: '四'), when they name one and only one; read once with the
/// database.
pub(super) fn span_of_years(triggers: &[String]) -> Option<char> {
    let mut own = triggers
        .iter()
        .filter_map(|t| SPANS_OF_YEARS.iter().find(|(w, _)| w == t).map(|&(_, n)| n));
    let first = own.next()?;
    own.all(|n| same_numeral(n, first)).then_some(first)
}

/// A span of years the figure is counted over (未来三年投资约4000亿美元)
/// other than `own`, the one the metric's own words name (the plan's
/// 未来四年): a part of the plan, not the plan. The span of the figure's
/// own clause, else the last one before it in its sentence (软银称三年内
/// 回本，…未来四年投资5000亿美元 counts four years).
fn another_span_of_years(doc: &Doc, fig: &Figure, own: char) -> Option<&'static str> {
    // (every span holds 年; most sentences before a figure have none)
    let text = &doc.text[fig.s.start..fig.cl_end];
    if !text.contains('年') {
        return None;
    }
    // (the last span written in `span`; one with more numerals than the
    // word holds, 十四年内 or 未来四十年, is another span whatever its
    // last numeral)
    const NUMERALS: &str = "一二三四五六七八九十两兩百";
    let last_in = |span: &str| {
        SPANS_OF_YEARS
            .iter()
            .flat_map(|&(w, n)| span.match_indices(w).map(move |(at, _)| (at, w, n)))
            .max_by_key(|&(at, _, _)| at)
            .map(|(at, w, n)| {
                let before = span[..at].chars().next_back();
                let after = span[at + w.len()..].chars().next();
                let longer = before.is_some_and(|c| NUMERALS.contains(c))
                    || after.is_some_and(|c| NUMERALS.contains(c));
                (w, n, longer)
            })
    };
    let cl_at = fig.cl_start - fig.s.start;
    let (w, n, longer) = last_in(&text[cl_at..]).or_else(|| last_in(&text[..cl_at]))?;
    if longer {
        return Some(ANOTHER_SPAN);
    }
    (!same_numeral(n, own)).then_some(w)
}

/// A company's fleet or spending measured by a figure whose clause names a
/// model last before it (不含V3本身约557.6万美元的投入): what went into the
/// one model, not the company's whole.
fn one_model_scope(doc: &Doc, fig: &Figure, metric: &str) -> Option<&'static str> {
    let fleet = matches!(
        metric,
        "gpu_fleet_value" | "gpu_count_owned" | "gpu_investment" | "capex" | "opex"
    );
    if !fleet {
        return None;
    }
    let i = doc.occ.partition_point(|o| o.end <= fig.m.start);
    let last = doc.occ[..i].last().filter(|o| o.start >= fig.cl_start)?;
    (doc.db.entities[last.entity].kind == "ai_model").then_some("单个模型")
}

/// What one training run needs, said after the figure in its clause
/// (仅需价值约560万美元的芯片即可训练), is not what a company owns or spends
/// on its fleet.
fn one_run_scope(metric: &str, tail: &str) -> Option<&'static str> {
    let fleet = matches!(
        metric,
        "gpu_fleet_value" | "gpu_count_owned" | "gpu_investment" | "capex"
    );
    let words = [
        "即可训练",
        "即可訓練",
        "训练所需",
        "訓練所需",
        "用于训练",
        "用於訓練",
    ];
    fleet
        .then(|| words.into_iter().find(|w| tail.contains(w)))
        .flatten()
        .map(|_| "一次训练所需")
}

/// Where a figure's table or list may start: up to eight lines before
/// its own, in its paragraph (a table has no blank lines between rows).
fn table_start(doc: &Doc, fig: &Figure) -> usize {
    let para = fig.s.paragraph;
    doc.sentences[fig.si.saturating_sub(8)..fig.si]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == para)
        .last()
        .map_or(fig.s.start, |s| s.start)
}

/// A price in a table row under a heading of off-peak hours (| **优惠时段
/// 价格** |, a few rows up): the discount, not the list price.
fn off_peak_heading(doc: &Doc, fig: &Figure) -> Option<&'static str> {
    if !doc.text[fig.s.start..fig.s.end].contains('|') {
        return None;
    }
    let lead = &doc.text[table_start(doc, fig)..fig.s.start];
    super::scope::OFF_HOURS
        .iter()
        .chain(super::scope::OFFERS)
        .copied()
        .find(|w| lead.contains(w))
}

/// A bare number under a label that gives its unit (出生人口(万人):954,
/// 单位：亿元): its scale is the label's, which is not read, so it is not
/// compared.
fn unit_in_label(doc: &Doc, fig: &Figure, mi: usize) -> Option<&'static str> {
    let written = &doc.text[fig.m.start..fig.m.end];
    if !written
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    // (the label may head a table a few lines up, in the same paragraph,
    // when the figure is in a row of it; a rate has no unit to scale)
    if matches!(doc.db.metrics[mi].kind.as_str(), "rate" | "percent") {
        return None;
    }
    let row = doc.text[fig.s.start..fig.s.end].contains('|');
    let from = if row {
        table_start(doc, fig)
    } else {
        fig.s.start
    };
    let lead = &doc.text[from..fig.m.start];
    const LABELS: &[&str] = &[
        "(万",
        "（万",
        "(萬",
        "（萬",
        "(亿",
        "（亿",
        "(億",
        "（億",
        "(千",
        "（千",
        "(百万",
        "（百万",
        "单位：",
        "單位：",
        "单位:",
        "單位:",
    ];
    LABELS
        .iter()
        .any(|w| lead.contains(w))
        .then_some("单位见表头")
}

/// A rate the market quotes (港元兑美元报7.8493, 收報7.7610, 昨日报7.82):
/// the day's price, which moves inside the band, not the linked rate it is
/// set against. Near the band (7.70 to 7.90: a rate of 1946, 3.97022, is
/// no quote of the link), written to three decimals or more, or to two
/// where the figure is none of the system's own levels (7.75, 7.80, 7.85:
/// the link and its two undertakings) and its clause
/// does not name the link (联系汇率定于7.85 is a statement of the link;
/// 在联系汇率下，港元兑美元报7.82 is a quote); or
/// right after 收报 or 现报, or a verb of a move (升至, 跌至).
fn market_quote(m: &crate::extract::Mention, lead: &str) -> Option<&'static str> {
    use rust_decimal::Decimal;
    const LINK: &[&str] = &[
        "联系汇率",
        "聯繫匯率",
        "联汇",
        "聯匯",
        "挂钩",
        "掛鉤",
        "掛勾",
        "固定汇率",
        "固定匯率",
    ];
    let finer_than = |step: Decimal| {
        m.precision.is_some_and(|p| p > Decimal::ZERO && p <= step)
            && m.value
                .is_some_and(|v| Decimal::new(770, 2) <= v && v <= Decimal::new(790, 2))
    };
    // (a verb that fixes the rate states the link: 汇率固定于7.82)
    const FIXED: &[&str] = &[
        "固定于",
        "固定於",
        "固定在",
        "定于",
        "定於",
        "定在",
        "挂钩于",
        "掛鉤於",
    ];
    let fixed = FIXED.iter().any(|w| lead.trim_end().ends_with(w));
    let fine = finer_than(Decimal::new(1, 3))
        || (finer_than(Decimal::new(1, 2))
            && !fixed
            && !m
                .value
                .is_some_and(|v| [775, 780, 785].map(|x| Decimal::new(x, 2)).contains(&v))
            && !LINK.iter().any(|w| lead.contains(w)));
    let lead = lead.trim_end();
    // (or a level a move reached: 港元汇率由7.76升至7.83, 跌至7.849)
    let quoted = [
        "收报",
        "收報",
        "现报",
        "現報",
        "升至",
        "跌至",
        "降至",
        "回落至",
        "回升至",
        "升到",
        "跌到",
        "走弱至",
        "走强至",
        "走強至",
        "偏弱至",
        "偏强至",
        "偏強至",
    ]
    .iter()
    .any(|w| lead.ends_with(w));
    (fine || quoted).then_some("市场汇价")
}

/// A company's market value, not its share price (收報118.42美元，市值約
/// 2.9萬億美元): 市值 in the figure's clause after every word of the price.
fn market_value(lead: &str) -> Option<&'static str> {
    let value_at = lead.rfind("市值")?;
    const PRICE: &[&str] = &[
        "股价", "股價", "收报", "收報", "收于", "收於", "收盘", "收盤", "报收", "報收", "收市",
        "终场", "終場", "收在", "每股",
    ];
    PRICE
        .iter()
        .all(|w| lead.rfind(w).is_none_or(|p| p < value_at))
        .then_some("市值")
}

/// A rate of the yuan that is not the day's central parity: a market's
/// (离岸人民币跌穿7.35, 在岸收盘报7.3310: the word in the figure's clause,
/// and no word of the fixing there), or one when neither its sentence nor
/// the one before says 中间价 (a rate of the yuan is not the fixing by its
/// pair alone).
fn not_the_fixing(doc: &Doc, fig: &Figure) -> Option<&'static str> {
    // (or who sets it: 人民银行公布…汇率定于7.1883)
    const FIXING: &[&str] = &[
        "中间价",
        "中間價",
        "中间汇率",
        "中間匯率",
        "定盘",
        "定盤",
        "人民银行",
        "人民銀行",
        "央行",
        "外汇交易中心",
        "外匯交易中心",
    ];
    const MARKET: &[&str] = &[
        "离岸", "離岸", "在岸", "收盘", "收盤", "收报", "收報", "即期", "盘中", "盤中", "夜盘",
        "夜盤", "现报", "現報",
    ];
    let names_fixing = |t: &str| FIXING.iter().any(|w| t.contains(w));
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    let market = MARKET
        .iter()
        .any(|w| doc.text[fig.cl_start..fig.m.start].contains(w))
        && !names_fixing(clause);
    let before = fig.si.checked_sub(1).map_or("", |p| {
        &doc.text[doc.sentences[p].start..doc.sentences[p].end]
    });
    let fixing = names_fixing(&doc.text[fig.s.start..fig.s.end]) || names_fixing(before);
    (!fixing || market).then_some("市场汇价")
}

/// Verbs that set a value anew (价格降至4元, 上调至7.1): what follows is
/// the value after a change.
const ADJUSTMENTS: &[&str] = &[
    "降至",
    "降到",
    "降为",
    "降為",
    "下调至",
    "下調至",
    "下调到",
    "下調到",
    "调降至",
    "調降至",
    "调低至",
    "調低至",
    "调整为",
    "調整為",
    "调整至",
    "調整至",
    "上调至",
    "上調至",
    "上调到",
    "上調到",
    "调高至",
    "調高至",
    "调升至",
    "調升至",
    "涨至",
    "漲至",
    "涨到",
    "漲到",
    "提高至",
    "提高到",
    // cut down (内存从96GB削减至48GB, 算力砍至180 TFLOPS)
    "削减至",
    "削減至",
    "缩减至",
    "縮減至",
    "减至",
    "減至",
    "砍至",
    "砍到",
    "阉割至",
    "閹割至",
];

/// Verbs of a band or a range widened or narrowed (日浮动幅度由0.5%扩大至
/// 1%), read as [`ADJUSTMENTS`] for a figure in percent only (a chip's
/// memory 扩大至128GB is a spec stated, as is the whole of a count).
const BAND_ADJUSTMENTS: &[&str] = &[
    "扩大至",
    "擴大至",
    "扩大到",
    "擴大到",
    "扩至",
    "擴至",
    "放宽至",
    "放寬至",
    "收窄至",
    "缩小至",
    "縮小至",
];

/// Words that call a figure revised: a later vintage of a release.
const REVISIONS: &[&str] = &[
    "修订",
    "修訂",
    "修正",
    "上修",
    "下修",
    "核实数",
    "核實數",
    "最终核实",
    "最終核實",
];

/// Words that call a figure an earlier release of a statistic than the
/// latest: the first estimate or the provisional figure, as first
/// published (原統計為4.84%, 主計總處當時概估, 臨時數字).
const EARLIER_RELEASES: &[&str] = &[
    "原统计",
    "原統計",
    "原先公布",
    "原先公佈",
    "原公布",
    "原公佈",
    "原估",
    "当时概估",
    "當時概估",
    "概估",
    "初估",
    "预先估计",
    "預先估計",
    "临时数字",
    "臨時數字",
    "临时数据",
    "臨時數據",
];

/// The first characters of [`EARLIER_RELEASES`] (a test checks them).
const EARLIER_FIRSTS: [char; 9] = ['原', '初', '概', '当', '當', '预', '預', '临', '臨'];

/// The word of [`EARLIER_RELEASES`] in a figure's sentence before it:
/// looked for only where one of their first characters is, in one pass.
fn earlier_release(lead: &str) -> Option<&'static str> {
    const FIRSTS: [bool; 256] = super::chars::last_bytes(&EARLIER_FIRSTS);
    let mut found = None;
    super::chars::any(lead, &FIRSTS, |i, c| {
        found = EARLIER_FIRSTS
            .contains(&c)
            .then(|| {
                EARLIER_RELEASES
                    .iter()
                    .copied()
                    .find(|w| lead[i..].starts_with(w))
            })
            .flatten();
        found.is_some()
    });
    found
}

/// The adjustment verb that ends a figure's lead in its clause (spaces
/// between them allowed; a hedge such as 约 is part of the figure).
/// A band's verbs ([`BAND_ADJUSTMENTS`]) count for a `percent` figure only.
fn adjusted_to(lead: &str, percent: bool) -> Option<&'static str> {
    let lead = lead.trim_end();
    // (every word ends with one of these: most leads end otherwise)
    if !lead.ends_with(ADJUSTMENT_ENDS) {
        return None;
    }
    let bands = if percent { BAND_ADJUSTMENTS } else { &[] };
    ADJUSTMENTS
        .iter()
        .chain(bands)
        .copied()
        .find(|v| lead.ends_with(v))
}

/// The sizes a text names in billions of parameters (`8B`, `405b`, `7.3B`),
/// each with its byte span: digits then B with no letter or digit after it.
fn sizes(text: &str) -> Vec<(f64, usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in memchr::memchr2_iter(b'B', b'b', b) {
        if i == 0
            || !b[i - 1].is_ascii_digit()
            || b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let start = b[..i]
            .iter()
            .rposition(|c| !(c.is_ascii_digit() || *c == b'.'))
            .map_or(0, |p| p + 1);
        if let Ok(v) = text[start..i].parse::<f64>() {
            out.push((v, start, i + 1));
        }
    }
    out
}

/// The sizes a lead names as a model's (`8B版本`, `70B模型`), not a figure
/// (`激活参数13B`) nor a size compared with (`比8B`, `远大于8B的模型`).
fn model_sizes(lead: &str) -> Vec<(f64, usize, usize)> {
    const COMPARED: &[&str] = &[
        "比", "较", "較", "于", "於", "是", "为", "為", "与", "與", "和",
    ];
    sizes(lead)
        .into_iter()
        .filter(|&(_, start, end)| {
            let before = lead[..start].trim_end();
            let after = lead[end..].trim_start();
            ["版", "模型", "型号", "型號"]
                .iter()
                .any(|w| after.starts_with(w))
                && !COMPARED.iter().any(|w| before.ends_with(w))
        })
        .collect()
}

/// Whether two sizes name one model (`7.3B` is `Mistral 7B`'s): within a
/// tenth of each other.
fn same_size(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.1 * a.max(b)
}

/// The last characters of the [`ADJUSTMENTS`].
const ADJUSTMENT_ENDS: [char; 4] = ['至', '到', '为', '為'];

/// Whether a figure is by how much one thing exceeds another, not a level:
/// right after a word of difference (仍高出约139万, 多出, 相差), or after 多 or
/// 少 in a clause that compares with 比 or 较 (比出生人口多139万), also with a
/// verb of what was spent or used after it (比GPT-4少用了22952块GPU, 比对手
/// 多花约1亿美元, 多卖出), or after what was saved (比GPT-4节省了). (超出 is
/// left out: 市值超出3万亿美元 is a bound.)
fn difference_before(lead: &str) -> bool {
    const SPENT: &[char] = &[
        '用', '花', '耗', '付', '投', '赚', '賺', '卖', '賣', '买', '買', '烧', '燒', '售',
    ];
    const DIFFERENCE: &[&str] = &[
        "高出",
        "多出",
        "多了",
        "少了",
        "相差",
        "差了",
        "差距为",
        "差距為",
        "差距达",
        "差距達",
    ];
    let lead = lead.trim_end();
    if super::clause::ends_with_any(lead, DIFFERENCE) {
        return true;
    }
    let compared = lead.contains(['比', '较', '較']);
    let bare = lead
        .trim_end_matches(['约', '約', ' '])
        .trim_end_matches(['了', '掉', '出']);
    // (what was saved against the other: 比GPT-4节省了22952块GPU)
    if compared
        && ["节省", "節省", "省下", "省"]
            .iter()
            .any(|w| bare.ends_with(w))
    {
        return true;
    }
    let bare = bare.strip_suffix(SPENT).unwrap_or(bare);
    bare.ends_with(['多', '少']) && compared
}

/// Whether a figure is the level a change reached: right after 至 or 到
/// that follows, in its clause, an amount the change was by (蒸发2790亿美元
/// 至2.65万亿美元, 减少208万人至14.08亿人, 蒸发5890亿美元市值至2.9万亿).
fn level_after_change(doc: &Doc, fig: &Figure) -> bool {
    let lead = doc.text[fig.cl_start..fig.m.start].trim_end();
    let Some(before) = lead.strip_suffix('至').or_else(|| lead.strip_suffix('到')) else {
        return false;
    };
    // (the measure may stand between: 蒸发5890亿美元市值至2.9万亿美元)
    let before = before.trim_end();
    let before = ["市值", "股价", "股價", "人口"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    let end = fig.cl_start + before.trim_end().len();
    fig.k > 0 && {
        let prev = &doc.mentions[fig.k - 1];
        prev.end == end && prev.start >= fig.cl_start && {
            // (a verb of change anywhere in the clause before the amount:
            // 市值一夜蒸发2790亿美元)
            let verb_zone = &doc.text[fig.cl_start..prev.start];
            crate::extract::CHANGE_VERBS
                .iter()
                .any(|v| verb_zone.contains(v))
        }
    }
}

/// Whether a figure is a share of a named thing's figure: its clause
/// before it ends with a name and 的 (为GPT-4的5%, 是H100的15%).
fn share_of_named(doc: &Doc, fig: &Figure) -> bool {
    let lead = doc.text[fig.cl_start..fig.m.start].trim_end();
    let Some(name_end) = lead
        .strip_suffix('的')
        .map(|n| fig.cl_start + n.trim_end().len())
    else {
        return false;
    };
    doc.name_ending_at(name_end).is_some()
}

/// Whether a percentage is a share of the figure right before it, 的 alone
/// between them, perhaps with a hedge (1305亿美元的88%, 1305亿美元的约88%).
fn share_of_a_figure(doc: &Doc, fig: &Figure) -> bool {
    // (a multiple of the figure before is a ratio: 是DeepSeek-V3 278.8万
    // 小时的11倍)
    if fig.k == 0 || fig.m.kind != Kind::Percent {
        return false;
    }
    let lead = &doc.text[fig.cl_start..fig.m.start];
    let lead = super::entity::SHARE_HEDGES
        .iter()
        .find_map(|h| lead.strip_suffix(h))
        .unwrap_or(lead);
    let base = &doc.mentions[fig.k - 1];
    // (a growth is no share: 134.9万亿元的5.0%增长, 的6%左右的实际增长)
    let after = &doc.text[fig.m.end..fig.cl_end];
    if super::entity::RATE_AFTER.iter().any(|w| after.contains(w)) {
        return false;
    }
    // (an amount or a count, not the period of the figure: 增长到2025财年的
    // 1152亿美元)
    matches!(
        base.kind,
        Kind::Money | Kind::Count | Kind::Quantity | Kind::Duration | Kind::Percent
    ) && lead
        .strip_suffix('的')
        .is_some_and(|before| base.end == fig.cl_start + before.len())
}

/// Whether the rest of a figure's clause says people moved (居民净移入,
/// 淨遷出): a flow, not a population.
fn flow_after(after: &str) -> bool {
    const WHO: &[&str] = &["名香港居民", "名居民", "名", "人口", "人", "居民"];
    const FLOWS: &[&str] = &[
        "移入", "移出", "迁入", "迁出", "遷入", "遷出", "流入", "流出",
    ];
    // (right after it, perhaps after who moved and 净: 2.1萬名居民淨移入;
    // not 人才流入, nor the next headline's 750萬 單程證移入)
    let rest = WHO
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let rest = rest
        .strip_prefix('净')
        .or_else(|| rest.strip_prefix('淨'))
        .unwrap_or(rest);
    FLOWS.iter().any(|w| rest.starts_with(w))
}

/// Measures other than the economy's output, whose growth at constant
/// prices is no word on the economy's.
const OTHER_MEASURES: &[&str] = &[
    "零售",
    "消费",
    "消費",
    "投资",
    "投資",
    "工业",
    "工業",
    "增加值",
    "出口",
    "进口",
    "進口",
    "收入",
    "支出",
    "贸易",
    "貿易",
];

/// Where a later clause of the figure's sentence gives the growth at
/// constant prices with a figure of its own (1349084亿元，比上年增长4.2%；
/// 按不变价格计算，增长5.0%), when nothing before the figure says it is
/// real: the figure is then the nominal growth.
fn real_growth_after(text: &str, fig: &Figure) -> Option<usize> {
    const REAL_AFTER: &[&str] = &[
        "不变价",
        "不變價",
        "可比价",
        "可比價",
        "实际增长",
        "實際增長",
        "实质增长",
        "實質增長",
    ];
    // (a growth is a percentage: most figures are none)
    if fig.m.kind != crate::extract::Kind::Percent {
        return None;
    }
    // (to the end of the sentence, past a semicolon that may end it, and
    // no further than 300 bytes)
    let tail = text.get(fig.cl_end..)?;
    let mut lim = tail.len().min(300);
    while !tail.is_char_boundary(lim) {
        lim -= 1;
    }
    let window = &tail[..lim];
    let rest = &window[..window.find(['。', '！', '？', '\n']).unwrap_or(lim)];
    // (every word holds 价, 價 or 增: most sentences' rests hold none)
    if !rest.contains(['价', '價', '增']) {
        return None;
    }
    let at = REAL_AFTER.iter().filter_map(|w| rest.find(w)).min()?;
    // the constant-price figure: a percentage after the word, with no
    // measure of its own named between (按不变价格计算，增长5.0%; not 社会
    // 消费品零售总额实际增长…)
    let real = &rest[at..];
    let figure_at = real.find(['%', '％'])?;
    let other_measure = OTHER_MEASURES.iter().any(|w| real[..figure_at].contains(w));
    // the figure grows a level of the economy at current prices named
    // before it (国内生产总值1349084亿元，比上年增长4.2%)
    let lead_start = super::clause::clause_before(text, fig.s.start, fig.cl_start);
    let lead = &text[lead_start..fig.m.end];
    let level_before = [
        "国内生产总值",
        "國內生產總值",
        "生产总值",
        "生產總值",
        "GDP",
    ]
    .iter()
    .any(|w| lead.contains(w))
        && ["亿元", "億元", "万亿", "萬億"]
            .iter()
            .any(|w| lead.contains(w));
    let real_before = super::scope::REAL.iter().any(|w| lead.contains(w));
    (level_before && !other_measure && !real_before).then_some(fig.cl_end + at)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_adjustment_ends_with_a_character_looked_for() {
        for w in super::ADJUSTMENTS {
            assert!(w.ends_with(super::ADJUSTMENT_ENDS), "{w}");
        }
    }

    use super::*;

    #[test]
    fn every_word_of_a_revision_holds_the_prefilters_characters() {
        for w in REVISIONS {
            assert!(w.contains(['修', '核']), "{w}");
        }
    }

    /// An earlier release is found at its first character, as a search
    /// of each word finds it.
    #[test]
    fn earlier_releases_are_found_at_their_first_characters() {
        for w in EARLIER_RELEASES {
            assert!(EARLIER_FIRSTS.contains(&w.chars().next().unwrap()), "{w}");
            for lead in [
                format!("2024年{w}为"),
                w.to_string(),
                format!("原因是初步{w}"),
            ] {
                let by_search = EARLIER_RELEASES.iter().copied().find(|x| lead.contains(x));
                assert_eq!(
                    earlier_release(&lead).is_some(),
                    by_search.is_some(),
                    "{lead}"
                );
            }
        }
        assert_eq!(earlier_release("原因是初步的"), None);
    }

    /// A text points elsewhere where a search of each word finds one.
    #[test]
    fn words_pointing_elsewhere_are_found_at_their_first_characters() {
        for w in UNNAMED_NEW.iter().chain(PLURAL_PRONOUNS) {
            assert!(ELSEWHERE_FIRSTS.contains(&w.chars().next().unwrap()), "{w}");
        }
        let pieces = [
            "发布",
            "新模型",
            "推出",
            "了",
            "一款",
            "一个",
            "它们",
            "两者",
            "二者",
            "新一代",
            "新款",
            "模型",
            "它",
            "é",
            "😀",
            "，",
        ];
        let mut next = crate::testing::xorshift(61);
        for _ in 0..20_000 {
            let lead = crate::testing::pieces_text(&mut next, &pieces, 9);
            let want = UNNAMED_NEW
                .iter()
                .chain(PLURAL_PRONOUNS)
                .any(|w| lead.contains(w));
            assert_eq!(points_elsewhere(&lead), want, "{lead}");
        }
    }
}
