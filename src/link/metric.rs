//! The metric of a figure: the metrics its unit fits, narrowed by the
//! words of its clause (an age, a change against last year, the noun a
//! count counts, a share), then scored by the trigger words of its
//! sentence, nearest and most specific first.

use super::ages::ages_in;
use super::brackets;
use super::clause::clause_before;
use super::clause::{ends_with_any, starts_with_any};
use super::dated::{
    heads_its_sentence, narrow_document_date, narrow_paper_date, narrow_period_of_data,
};
use super::scope::owned_by_later_figure;
use super::{Doc, Figure, Linker, Span, Trigger};
use crate::db::ClaimsDb;
use crate::extract::{Kind, Mention, Qualifier, Unit};

/// Base score of a metric whose unit by itself names the kind of metric
/// (GPU-hours, downloads, tokens): it is in the running without a trigger.
const UNIT_NAMES_METRIC: f64 = 0.3;
/// Base score of a multiple (`x`): the unit half names the metric.
const MULTIPLE_UNIT: f64 = 0.15;

/// A trigger this many characters from the figure weighs half as much as
/// one right next to it (weight `1 / (1 + d / TRIGGER_HALF_DISTANCE)`).
const TRIGGER_HALF_DISTANCE: f64 = 8.0;
/// A trigger in the figure's own clause weighs this many times more.
const TRIGGER_SAME_CLAUSE: f64 = 1.5;
/// A trigger after the figure weighs this much of one before it: Chinese
/// states the measure before the number.
const TRIGGER_AFTER: f64 = 0.6;
/// Longer trigger words are more specific (工业增加值 over 增长): a word
/// weighs `TRIGGER_LEN_BASE + TRIGGER_LEN_STEP * characters`, counting at
/// most `TRIGGER_MAX_LEN` characters.
const TRIGGER_LEN_BASE: f64 = 0.6;
/// See [`TRIGGER_LEN_BASE`].
const TRIGGER_LEN_STEP: f64 = 0.1;
/// See [`TRIGGER_LEN_BASE`].
const TRIGGER_MAX_LEN: usize = 6;
/// The second strongest trigger of a metric counts this much of its weight.
const SECOND_TRIGGER: f64 = 0.5;
/// A metric scoring less (a lone weak word far away) is not evidence enough.
const METRIC_FLOOR: f64 = 0.25;

/// A candidate metric with its score and the strongest word naming it.
pub(super) type Scored = (usize, f64, Option<Span>);

impl Linker {
    /// The metrics the figure can be, each with its base score: those its
    /// unit fits, narrowed by the qualifying words of its clause.
    pub(super) fn candidates(&self, doc: &Doc, fig: &Figure) -> Vec<(usize, f64)> {
        let mut fitting = candidate_metrics(&self.metric_units, fig.m);
        // a figure the sentence names only by the words of a metric in a
        // unit a thousand apart (显存带宽为3350GB/s, of a bandwidth in TB/s)
        // is that metric's
        if !could_any_score(fig.trig, fitting) {
            if let Some(scaled) = self.metric_units.scaled(fig.m) {
                if could_any_score(fig.trig, scaled) {
                    fitting = scaled;
                }
            }
        }
        let per_mille = self.per_mille_written_as_percent(doc, fig);
        // the narrowings below only ever remove candidates: when none could
        // reach the floor (no word of its own in the sentence and a base
        // below it), the figure has no metric whatever its clause says
        if per_mille.is_none() && !could_any_score(fig.trig, fitting) && !reached(doc, fig) {
            return Vec::new();
        }
        let mut cands = fitting.to_vec();
        // (in metric order, as the triggers are)
        if let Some(c) = per_mille {
            let at = cands.partition_point(|&(mi, _)| mi < c.0);
            cands.insert(at, c);
        }
        self.narrow_by_age(doc, fig, &mut cands);
        self.narrow_to_change(doc, fig, &mut cands);
        narrow_by_count_noun(doc, fig, &mut cands);
        narrow_owned_when_trained(doc, fig, &mut cands);
        narrow_tokens_of_other(doc, fig, &mut cands);
        narrow_per_thousand(doc, fig, &mut cands);
        narrow_growth_of_a_component(doc, fig, &mut cands);
        narrow_rate_level(doc, fig, &mut cands);
        self.narrow_to_share(doc, fig, &mut cands);
        self.narrow_range_to_band(doc, fig, &mut cands);
        self.narrow_to_one_day(doc, fig, &mut cands);
        narrow_level_reached(doc, fig, &mut cands);
        narrow_to_preview(doc, fig, &mut cands);
        narrow_document_date(doc, fig, &mut cands);
        narrow_share_price(doc, fig, &mut cands);
        narrow_respective(doc, fig, &mut cands);
        narrow_published_not_launched(doc, fig, &mut cands);
        narrow_took_effect(doc, fig, &mut cands);
        narrow_launch_of_another_thing(doc, fig, &mut cands);
        narrow_launch_of_a_part(doc, fig, &mut cands);
        narrow_item_of_its_own(doc, fig, &mut cands);
        narrow_part_of_a_whole(doc, fig, &mut cands);
        narrow_announced_addition(doc, fig, &mut cands);
        narrow_year_of_a_rule(doc, fig, &mut cands);
        narrow_rank_of_a_store(doc, fig, &mut cands);
        narrow_growth_of_profit(doc, fig, &mut cands);
        narrow_paper_date(doc, fig, &mut cands);
        narrow_period_of_data(doc, fig, &mut cands);
        narrow_share_remaining(doc, fig, &mut cands);
        narrow_span_of_no_training(doc, fig, &mut cands);
        cands
    }

    /// A rate the database holds per mille, named right before a
    /// percentage as what it is (人口出生率为6.77%): the percentage is that
    /// rate, in the wrong unit or converted (0.677%), and is checked so.
    /// Only with the population's rate named in full (人口…率) and a copula
    /// right before the figure: a change of the rate (出生率下降了5%), a
    /// firm's or a group's rate (企业出生率, 二孩出生率) is none of it.
    fn per_mille_written_as_percent(&self, doc: &Doc, fig: &Figure) -> Option<(usize, f64)> {
        const COPULAS: &[&str] = &["为", "為", "是", "达", "達", "：", ":"];
        if fig.m.unit != Some(Unit::Percent) || fig.m.decrease {
            return None;
        }
        let [per_mille, _] = self.metric_units.of_unit(Unit::PerMille)?;
        let text = doc.text;
        // (the cheap tests first: a per-mille rate's word ending in 率 right
        // before the figure, a copula between)
        let &(ts, te, mi) = fig.trig.iter().find(|&&(ts, te, mi)| {
            te <= fig.m.start
                && ts >= fig.cl_start
                && text[ts..te].ends_with('率')
                && COPULAS.contains(&&text[te..fig.m.start])
                && per_mille.iter().any(|&(pm, _)| pm == mi)
        })?;
        // (the population's rate in full, the word with 人口 before it, cut
        // as one or two: 人口出生率, 全国人口 出生率; not 企业出生率,
        // 二孩出生率, 用电量自然增长)
        let word = &text[ts..te];
        let before = &text[fig.cl_start.min(ts)..ts];
        let before = if word.starts_with("人口") {
            Some(before)
        } else {
            before.strip_suffix("人口")
        };
        // (and of the whole country: its clause names nothing before it but
        // the country and the year — 2024年中国人口, 我国2024年的 — not
        // 广东省, 少数民族的, 中国澳门, 第一经济大省)
        if !before.is_some_and(only_country_and_year) {
            return None;
        }
        // (nor a supposition or a question: 如果…为1%, …为1.3%吗？)
        let told = told_up_to_clause(text, fig);
        const SUPPOSED: &[&str] = &[
            "若", "如果", "假如", "假设", "假設", "倘", "要是", "吗", "嗎", "？", "?",
        ];
        // (nor a region or a group the sentence named before the rate:
        // 我国第一人口大省广东，2024年人口出生率…)
        const REGIONAL: &[&str] = &[
            "省", "市", "区", "區", "县", "縣", "州", "澳门", "澳門", "香港", "台湾", "臺灣",
            "城市", "农村", "農村", "城镇", "城鎮", "民族", "东北", "東北", "西部",
        ];
        let named_before = text.get(fig.s.start..ts).unwrap_or("");
        if SUPPOSED.iter().any(|w| told.contains(w))
            || REGIONAL.iter().any(|w| named_before.contains(w))
        {
            return None;
        }
        per_mille.iter().find(|&&(pm, _)| pm == mi).copied()
    }

    /// Ages qualify the whole sentence up to the mention's clause end
    /// (65岁及以上人口22023万人，占全国人口的15.6%): an age must be the
    /// metric's own, and a metric of an age group needs its age.
    fn narrow_by_age(&self, doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
        let clause = &doc.text[fig.s.start..fig.cl_end];
        // (an age is written with 岁 or 歲)
        let mut ages = if doc.words_of(fig.si).age.is_some_and(|at| at < fig.cl_end) {
            ages_in(clause)
        } else {
            Vec::new()
        };
        // (not past a clause that names a measure of its own, no age
        // group's: 65岁及以上人口占…15.6%，常住人口城镇化率为67%)
        if !ages.is_empty() && self.clause_names_an_ageless_measure(doc, fig) {
            ages.clear();
        }
        if !ages.is_empty() {
            cands.retain(|(mi, _)| self.metric_ages[*mi].iter().any(|a| ages.contains(a)));
        } else {
            cands.retain(|(mi, _)| self.metric_ages[*mi].is_empty());
        }
    }

    /// Whether the figure's own clause, before it and with no age of its
    /// own, holds a trigger that no metric of an age group has (城镇化率),
    /// other than a share's (占全国人口 goes on with the subject before it).
    fn clause_names_an_ageless_measure(&self, doc: &Doc, fig: &Figure) -> bool {
        let (text, lead) = (doc.text, &doc.text[fig.cl_start..fig.m.start]);
        if !ages_in(lead).is_empty() {
            return false;
        }
        fig.trig.iter().any(|&(ts, te, _)| {
            ts >= fig.cl_start
                && te <= fig.m.start
                && !text[ts..te].starts_with(['占', '佔'])
                && self
                    .triggers
                    .get(super::triggers::lower(&text[ts..te]).as_ref())
                    .is_some_and(|ms| ms.iter().all(|&mi| self.metric_ages[mi].is_empty()))
        })
    }

    /// A change against last year (比上年增加52万人) is only a change or
    /// growth metric — and the change of what was named just before
    /// (出生人口比上年增加52万人): without a change metric for that, none.
    fn narrow_to_change(&self, doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
        let (db, text) = (doc.db, doc.text);
        let lead = &text[fig.cl_start..fig.m.start];
        if !holds_against(lead) && !against_a_year(lead) && !follows_change_verb(lead) {
            return;
        }
        cands.retain(|&(mi, _)| self.change_kind[mi].is_some());
        if let Some(base) =
            self.base_metric_before(db, text, fig.trig, fig.s.start, fig.cl_start, fig.m)
        {
            let want = format!("{}_change", db.metrics[base].id);
            let want_growth = format!("{}_growth", db.metrics[base].id);
            cands.retain(|(mi, _)| db.metrics[*mi].id == want || db.metrics[*mi].id == want_growth);
        }
    }

    /// A percentage after a share word (占总收入近九成), or one that counts a
    /// share of a population (九成地区、八成行业…实现增长, 六成的受访者),
    /// needs a share metric.
    fn narrow_to_share(&self, doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
        if fig.m.unit == Some(Unit::Percent)
            && (holds_share_word(&doc.text[fig.cl_start..fig.m.start])
                || counts_a_population(&doc.text[fig.m.end..fig.cl_end])
                || part_of_a_total(&doc.text[fig.m.end..fig.cl_end]))
        {
            cands.retain(|(mi, _)| self.share_metric[*mi]);
        }
    }

    /// Two ends its clause calls a band (7.75至7.85的联系汇率区间, 兌換保證範圍)
    /// are the band's, not a point's the range happens to hold.
    /// And a range a rate moved within (在7.78至7.82之间波动), which its
    /// clause does not call the band, is neither the band nor the rate:
    /// it is where the market went.
    fn narrow_range_to_band(&self, doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
        if !cands.iter().any(|&(mi, _)| self.range_metric[mi]) {
            return;
        }
        match band_words(doc, fig) {
            Some(Band::Named) => cands.retain(|&(mi, _)| self.range_metric[mi]),
            Some(Band::MovedWithin) => cands.retain(|&(mi, _)| doc.db.metrics[mi].kind != "rate"),
            // (a range the clause says a span is, 汇率区间为7.8至8.0, is a
            // span's two ends, not a point it happens to hold)
            None if said_to_be_a_span(&doc.text[fig.cl_start..fig.m.start]) => {
                cands.retain(|&(mi, _)| self.range_metric[mi])
            }
            None => {}
        }
    }

    /// A figure its clause gives for one day (1月27日当天，…单日下载量约为620万
    /// 次) is no count over a span of days (the first 18 days', the total
    /// since launch), unless the clause names a span too (上线当天起累计,
    /// 首18天).
    fn narrow_to_one_day(&self, doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
        const ONE_DAY: &[&str] = &[
            "单日",
            "單日",
            "当天",
            "當天",
            "当日",
            "當日",
            "一天内",
            "一天內",
            "一日内",
            "一日內",
        ];
        const SPAN: &[&str] = &[
            "累计", "累計", "以来", "以來", "起", "天内", "天內", "日内", "日內", "首", "头", "頭",
            "上线", "上線", "总", "總",
        ];
        let over_days = |mi: usize| self.span_metric[mi];
        if !cands.iter().any(|&(mi, _)| over_days(mi))
            || !cands.iter().any(|&(mi, _)| !over_days(mi))
        {
            return;
        }
        let clause = &doc.text[fig.cl_start..fig.cl_end];
        if ONE_DAY.iter().any(|w| clause.contains(w))
            && !SPAN.iter().any(|w| clause.contains(w))
            && !counts_days(clause)
        {
            cands.retain(|&(mi, _)| !over_days(mi));
        }
    }

    /// The candidates scored by their trigger words in the sentence, those
    /// below [`METRIC_FLOOR`] left out.
    pub(super) fn score_metrics(
        &self,
        doc: &Doc,
        fig: &Figure,
        cands: &[(usize, f64)],
    ) -> Vec<Scored> {
        let mut scored: Vec<Scored> = Vec::new();
        // (the candidates and the triggers are both in metric order: each
        // candidate's triggers are found on from the last one's)
        let mut of_metric = MetricTriggers::new(fig.trig);
        for &(mi, base) in cands {
            let (mut mscore, mut word) = self.metric_score(doc, fig, of_metric.of(mi), base);
            if mscore < METRIC_FLOOR {
                if let Some((ts, te)) = growth_reaching(doc, fig, mi, &self.triggers) {
                    if let Some(w) = self.trigger_at(doc, fig, ts, te) {
                        (mscore, word) = (base + w, Some((ts, te)));
                    }
                }
            }
            // a lone weak word far away is not evidence enough
            if mscore >= METRIC_FLOOR {
                scored.push((mi, mscore, word));
            }
        }
        drop_the_general(doc, fig, &mut scored);
        stage_after_a_lone_stage(doc, fig, cands, &mut scored);
        scored
    }

    /// The score of metric `mi` for the figure: its base plus the two
    /// strongest of its trigger words, with the strongest word.
    fn metric_score(
        &self,
        doc: &Doc,
        fig: &Figure,
        own: &[Trigger],
        base: f64,
    ) -> (f64, Option<Span>) {
        let (mut w1, mut w2) = (0.0f64, 0.0f64);
        let mut word = None;
        for &(ts, te, _) in own {
            let Some(w) = self.trigger_at(doc, fig, ts, te) else {
                continue;
            };
            if w > w1 {
                w2 = w1;
                w1 = w;
                word = Some((ts, te));
            } else if w > w2 {
                w2 = w;
            }
        }
        (base + w1 + w2 * SECOND_TRIGGER, word)
    }

    /// The weight of the trigger at `ts..te` as evidence for the figure's
    /// metric, or none when it cannot be the figure's.
    fn trigger_at(&self, doc: &Doc, fig: &Figure, ts: usize, te: usize) -> Option<f64> {
        let (text, m) = (doc.text, fig.m);
        // (a reopening matters to the date of a release only)
        if m.kind == Kind::Date && reopens(text, ts, te) {
            return None;
        }
        // a word inside a note in brackets before the figure explains, it
        // does not name the figure (整个训练成本(包括预训练和强化学习阶段)约600万美元)
        if te <= m.start && in_closed_brackets(&text[ts..m.start]) {
            return None;
        }
        // a measure per head or of households (人均GDP, 居民人均可支配收入)
        // is none of the totals the database holds
        if per_head(text, ts) {
            return None;
        }
        // nor is a measure per unit of it (单位国内生产总值能耗, 万元GDP用水量,
        // 工业单位增加值能耗): the word is what the figure is divided by
        if per_unit_of(text, ts)
            || te <= m.start
                && m.unit != Some(Unit::Watt)
                && names_an_intensity(&brackets::outside(&text[te.max(fig.cl_start)..m.start]))
        {
            return None;
        }
        // nor is a ratio or a density of the measure (总人口性别比为104.34,
        // 人口密度)
        if te <= m.start && starts_with_any(&text[te..], RATIOS_OF_A_MEASURE) {
            return None;
        }
        // the unit word inside the mention (GPU小时) already chose the candidates
        let (d, after) = if te <= m.start {
            // (a note in brackets between them is passed over:
            // 全国人口（包括…，不包括…）140828万人)
            (brackets::chars_outside(&text[te..m.start]), false)
        } else if ts >= m.end {
            // a measure word in a later clause that has a figure of its own
            // is that figure's (收入為609億美元，其中數據中心業務收入為475億美元)
            if owned_by_later_figure(text, doc.mentions, fig.k, te, fig.s.end)
                || joined_figure_between(doc, fig, ts)
            {
                return None;
            }
            // "7.85的弱方兑换保证": a measure named right after 的 is the
            // number's own, as strong as one before it
            // (and one after the rest of a rate: 7.75港元兌1美元的強方兌換保證)
            let gap = strip_rate_tail(&text[m.end..ts]);
            if gap.is_empty() || gap == "的" || finishes_training(doc, fig, gap, (ts, te)) {
                (0, false)
            } else {
                (gap.chars().count(), true)
            }
        } else {
            return None;
        };
        // (a bracket's separators do not end the clause: 全国人口（…，…）)
        let same_clause =
            (te <= m.start && brackets::only_bracketed_separators(&text[te..m.start])) || {
                let (a, b) = (ts.min(m.start), te.max(m.end).min(text.len()));
                let (x, y) = if a <= b { (a, b) } else { (b, a) };
                !doc.separators.has_between(doc, fig, x, y)
            };
        // a date standing alone at the head of its sentence is the time of
        // the clause after it (2024年12月4日，OpenAI发布o1 says as much as
        // OpenAI于2024年12月4日发布o1), for that clause's verb: not a verb
        // that qualifies a noun or a later time (发布的R1, 发布后)
        let heads = m.kind == Kind::Date && after && heads_its_sentence(doc, fig, ts, te);
        let (d, same_clause) = if heads { (0, true) } else { (d, same_clause) };
        // a date belongs to the verb of its own clause or the next one
        // (2023-10-17，BIS再度收紧规则), never to an earlier clause
        if m.kind == Kind::Date
            && !same_clause
            && (!after
                || text[m.end..ts]
                    .matches(['，', ',', '；', ';', '：'])
                    .count()
                    > 1
                || text[m.end..ts].contains('。'))
        {
            return None;
        }
        let len = text[ts..te].chars().count().min(TRIGGER_MAX_LEN) as f64;
        // a word many metrics share (增长) says less than one only this metric has
        let shared = self
            .triggers
            .get(super::triggers::lower(&text[ts..te]).as_ref())
            .map_or(1, |v| v.len())
            .max(1) as f64;
        Some(trigger_weight(d, same_clause, after, len, shared))
    }

    /// A growth or change whose clause names no measure of its own is the
    /// growth of what the clause before measured (資料中心營收1,152億美元，
    /// 成長142%): the metric the figure is, or none for a bare growth with
    /// no word for what grew (居民收入…增长5.3% is not GDP growth).
    pub(super) fn growth_measure(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<usize> {
        let (db, text, trig, m) = (doc.db, doc.text, fig.trig, fig.m);
        let mut mi = mi;
        let id = db.metrics[mi].id.as_str();
        if !(id.ends_with("_growth") || id.ends_with("_change")) {
            return Some(mi);
        }
        // a move its clause says is the share price's is that (股價在市後
        // 時段一度升逾9% after 公布業績: not the results' growth)
        let lead = &text[fig.cl_start..m.start];
        if id.starts_with("share_price") && (lead.contains("股价") || lead.contains("股價")) {
            return Some(mi);
        }
        // its own measure: a word of four characters or more in the clause
        // (营收增长), not a bare predicate (按年, 成長)
        // (or its noun right after the figure: 录得2.5%的经济增长)
        let mi0 = mi;
        let own_word = |bare: bool| {
            trig.iter().any(|&(ts, te, tm)| {
                tm == mi0
                    && ts >= fig.cl_start
                    && (te <= m.start
                        || !bare
                            && matches!(m.qualifier, Qualifier::Exact | Qualifier::Approx)
                            && names_the_figure_after(text, m.end, ts, te))
                    && text[ts..te].chars().count() >= 4
                    && bare_growth_word(&text[ts..te]) == bare
            })
        };
        // a real or nominal growth (实际增长, 名義增長) is a growth of
        // whatever was measured before it, when something was
        let own = own_word(false);
        let mut inherited = false;
        // a measure its own clause names right before the growth (…，数据中心
        // 营收同比增长93%) is what grew, not the clause before's (全年营收…);
        // a word of two characters too (营收同比增长114%)
        if !own {
            let named = trig.iter().rev().find(|&&(ts, te, tm)| {
                ts >= fig.cl_start
                    && te <= m.start
                    && text[ts..te].chars().count() >= 2
                    && self.change_kind[tm].is_none()
                    && only_growth_words(&text[te..m.start])
            });
            if let Some(&(_, _, base)) = named {
                let want = format!("{}_growth", db.metrics[base].id);
                if let Some(w) = db
                    .metric(&want)
                    .filter(|&w| db.metrics[w].unit == db.metrics[mi].unit)
                {
                    mi = w;
                    inherited = true;
                }
            }
        }
        // (read when needed: most growths have their own word)
        let unknown_cell = std::cell::OnceCell::new();
        let unknown = || {
            *unknown_cell
                .get_or_init(|| names_unknown_measure(doc, fig.cl_start, m.start, fig.cl_end))
        };
        // (not into a clause that names what grew by a word the database
        // does not know: GDP同比增长5%，出口同比增长7.1%)
        if !own && !inherited && !unknown() {
            let measured = self.base_before_growths(db, text, trig, fig.s.start, fig.cl_start);
            if measured == Some(Measured::PerHead) {
                return None;
            }
            if let Some(Measured::Metric(base)) = measured {
                for suffix in ["_growth", "_change"] {
                    let want = format!("{}{}", db.metrics[base].id, suffix);
                    if let Some(w) = db.metric(&want) {
                        if db.metrics[w].unit == db.metrics[mi].unit {
                            mi = w;
                            inherited = true;
                            break;
                        }
                    }
                }
            }
        }
        let own = own || own_word(true);
        // the clause before names what grew by the word of another growth
        // (其中工业增加值405442亿元，增长5.7%: industry's growth, not the GDP
        // growth the sentence began with)
        // (unless the figure's own clause names a measure: 全国固定资产投资
        // （不含农户）增长3.2% after 社会消费品零售总额增长3.5%)
        let names_own = || {
            trig.iter().any(|&(ts, te, _)| {
                ts >= fig.cl_start && te <= m.start && text[ts..te].chars().count() >= 3
            })
        };
        // a bare growth word after the measure its own clause names
        // (规模以上工业增加值同比增长5.8%: 同比 and 增长 suggest a company's
        // revenue, the clause says what grew) is that measure's growth
        if !own && !inherited {
            if let Some(other) = self.growth_named_in_clause(doc, fig, mi) {
                mi = other;
                inherited = true;
            }
        }
        if !own && !inherited && !names_own() && !unknown() {
            let prev_start = clause_before(text, fig.s.start, fig.cl_start);
            let before = trig.iter().rev().find(|&&(ts, te, tm)| {
                ts >= prev_start
                    && te <= fig.cl_start
                    && tm != mi
                    && self.change_kind[tm] == Some(ChangeKind::Growth)
                    && db.metrics[tm].unit == db.metrics[mi].unit
                    && text[ts..te].chars().count() >= 3
            });
            if let Some(&(_, _, other)) = before {
                // (not to a measure the clause's own words rule out:
                // 经济实质增长2.5%，出口增长4.7% is no growth of the economy)
                if db.metrics[other].id == "gdp_growth"
                    && names_a_component(&text[fig.cl_start..m.start])
                {
                    return None;
                }
                mi = other;
                inherited = true;
            }
        }
        // a bare 增长5.3% with no word for what grew (居民收入…增长) is not GDP
        // growth: it needs a specific word in the sentence
        // (an abbreviation in the figure's own clause only, with no figure
        // between: 社零增速3.5%，出口增速5.9% and 社零增速（3.5%）和出口增速
        // （5.9%） give no retail growth to 5.9%)
        let nothing_between = |ts: usize| fig.k == 0 || doc.mentions[fig.k - 1].end <= ts;
        // (nor a word before the figure's clause when that clause names
        // what grew by a word of its own: …，出口增速5.9%)
        let specific = trig.iter().any(|&(ts, te, tm)| {
            tm == mi
                && te <= m.start
                && (ts >= fig.cl_start || !unknown())
                && (text[ts..te].chars().count() >= 3
                    || ts >= fig.cl_start && nothing_between(ts) && short_series_name(text, ts, te))
        });
        if db.metrics[mi].id.ends_with("_growth") && !own && !inherited && !specific {
            return None;
        }
        Some(mi)
    }

    /// The growth metric whose own word (three characters or more: 工业增加值,
    /// 零售总额) stands last in the figure's clause before it, when that is
    /// a growth other than `mi` with its unit; not GDP for a clause that
    /// names a component of it.
    fn growth_named_in_clause(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<usize> {
        let (db, text, m) = (doc.db, doc.text, fig.m);
        // (not when its own measure is named right after it: 社零增速低于
        // 5.0%的GDP增速)
        let after_de = m.end + '的'.len_utf8();
        if text[m.end..].starts_with('的') && fig.trig.iter().any(|&(ts, _, _)| ts == after_de) {
            return None;
        }
        // the measure word nearest the figure: nothing but the words of
        // the growth stand between them (工业增加值同比增长; not 规模以上工业
        // 企业实现营业收入同比增长, the firms' revenue)
        let &(_, te, other) = fig
            .trig
            .iter()
            .filter(|&&(ts, te, _)| {
                ts >= fig.cl_start
                    && te <= m.start
                    && (text[ts..te].chars().count() >= 3 || short_series_name(text, ts, te))
                    && !bare_growth_word(&text[ts..te])
            })
            .max_by_key(|&&(ts, te, _)| (te, usize::MAX - ts))?;
        let growth = other != mi
            && self.change_kind[other] == Some(ChangeKind::Growth)
            && db.metrics[other].unit == db.metrics[mi].unit
            && only_growth_words(&text[te..m.start]);
        let component = || names_a_component(&text[fig.cl_start..m.start]);
        (growth && (db.metrics[other].id != "gdp_growth" || !component())).then_some(other)
    }

    /// The metric named just before the mention — in the clause before
    /// `cl_start` (same sentence) and, with `upto`, earlier in the mention's
    /// own clause — that is not itself a change or growth and whose unit
    /// passes `unit_ok`. The most specific word wins (出生人口 over 人口).
    #[allow(clippy::too_many_arguments)]
    fn base_metric(
        &self,
        db: &ClaimsDb,
        text: &str,
        trig: &[Trigger],
        sent_start: usize,
        cl_start: usize,
        upto: usize,
        unit_ok: &dyn Fn(Unit) -> bool,
    ) -> Option<usize> {
        let prev_start = clause_before(text, sent_start, cl_start);
        let mut best: Option<(usize, usize, usize)> = None; // (shared, -len, metric)
        let measures = trig.iter().filter(|&&(ts, te, mi)| {
            // (a verb of change names no measure: 下降 of a cost's
            // reduction in 固定资产投资比上年下降3.2%)
            ts >= prev_start
                && te <= upto
                && !per_head(text, ts)
                && !bare_change_verb(&text[ts..te])
                && !matches!(
                    self.change_kind[mi],
                    Some(ChangeKind::Change | ChangeKind::Growth)
                )
                && unit_ok(db.metrics[mi].unit)
        });
        for &(ts, te, mi) in measures.clone() {
            let shared = self
                .triggers
                .get(super::triggers::lower(&text[ts..te]).as_ref())
                .map_or(1, |v| v.len());
            let key = (usize::MAX - (te - ts), shared, mi);
            if best.is_none_or(|b| (key.0, key.1) < (b.0, b.1)) {
                best = Some(key);
            }
        }
        // (a part the clause names too is the measure: 資料中心全年營收 is
        // the segment's revenue, data_center_revenue of revenue)
        // (its word right before the whole's, at most a word of time or
        // of a business between: not 受数据中心需求推动全年营收)
        const SEGMENT_GAPS: &[&str] = &[
            "",
            "的",
            "全年",
            "全年的",
            "季度",
            "单季",
            "單季",
            "业务",
            "業務",
            "部门",
            "部門",
        ];
        let (_, _, general) = best?;
        let whole = db.metrics[general].id.as_str();
        // (data_center_revenue of revenue: the whole's id after a `_`)
        let part_of_whole = |mi: usize| {
            let id = db.metrics[mi].id.as_str();
            id.len() > whole.len() + 1
                && id.ends_with(whole)
                && id.as_bytes()[id.len() - whole.len() - 1] == b'_'
        };
        let right_before_whole = |te: usize| {
            measures
                .clone()
                .any(|&(g, _, mi)| mi == general && g >= te && SEGMENT_GAPS.contains(&&text[te..g]))
        };
        Some(
            measures
                .clone()
                .find(|&&(_, te, mi)| part_of_whole(mi) && right_before_whole(te))
                .map_or(general, |&(_, _, mi)| mi),
        )
    }

    /// The metric named in the clause before (any unit): the measure a bare
    /// growth belongs to (資料中心營收…，成長142%).
    fn base_metric_any_unit(
        &self,
        db: &ClaimsDb,
        text: &str,
        trig: &[Trigger],
        sent_start: usize,
        cl_start: usize,
    ) -> Option<usize> {
        self.base_metric(db, text, trig, sent_start, cl_start, cl_start, &|_| true)
    }

    /// The measure a bare growth belongs to: the metric named in the clause
    /// before, or — past clauses that are growths themselves — in the
    /// clause before those (人均可支配收入41314元，比上年名义增长5.3%，
    /// 扣除价格因素实际增长5.1%: both growths are the income's).
    fn base_before_growths(
        &self,
        db: &ClaimsDb,
        text: &str,
        trig: &[Trigger],
        sent_start: usize,
        cl_start: usize,
    ) -> Option<Measured> {
        let mut cl = cl_start;
        // (past a clause that only restates a figure, a clause naming a
        // segment is left alone: 数据中心全年营收创纪录，达到1152亿美元，同比
        // 增长142% names no measure the database words as one)
        let mut restated = false;
        for _ in 0..3 {
            let prev = clause_before(text, sent_start, cl);
            if restated && super::scope::names_a_segment(&text[prev..cl]) {
                return None;
            }
            // a measure per head (居民人均可支配收入41314元，比上年名义增长
            // 5.3%) is none of the database's: neither is its growth
            if trig
                .iter()
                .any(|&(ts, te, _)| ts >= prev && te <= cl && per_head(text, ts))
            {
                return Some(Measured::PerHead);
            }
            if let Some(base) = self.base_metric_any_unit(db, text, trig, sent_start, cl) {
                return Some(Measured::Metric(base));
            }
            let restates = restates_a_figure(&text[prev..cl]);
            if prev == sent_start || !(names_a_growth(&text[prev..cl]) || restates) {
                return None;
            }
            restated |= restates;
            cl = prev;
        }
        None
    }

    /// The metric named just before the mention with the mention's unit: the
    /// measure a change belongs to (出生人口比上年增加52万人).
    fn base_metric_before(
        &self,
        db: &ClaimsDb,
        text: &str,
        trig: &[Trigger],
        sent_start: usize,
        cl_start: usize,
        m: &Mention,
    ) -> Option<usize> {
        let unit = m.unit;
        self.base_metric(db, text, trig, sent_start, cl_start, m.start, &|u| {
            unit.is_some_and(|mu| mu == u || (mu == Unit::People && u == Unit::User))
        })
    }
}

/// The weight of one trigger word: nearer (`d` characters away), in the
/// figure's clause, before it, longer (`len` characters) and shared by
/// fewer metrics (`shared`) weighs more.
fn trigger_weight(d: usize, same_clause: bool, after: bool, len: f64, shared: f64) -> f64 {
    (1.0 / (1.0 + d as f64 / TRIGGER_HALF_DISTANCE))
        * if same_clause {
            TRIGGER_SAME_CLAUSE
        } else {
            1.0
        }
        * if after { TRIGGER_AFTER } else { 1.0 }
        * (TRIGGER_LEN_BASE + TRIGGER_LEN_STEP * len)
        / shared.sqrt()
}

/// A head count per thousand people (人口自然增长率为每1000人减少0.99人,
/// 出生率为每1000人有6.77人出生) is a rate the text writes as people: no
/// count of people is it. (hecha reads it as no figure rather than guess
/// the rate.)
fn narrow_per_thousand(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const PER: &[&str] = &[
        "每1000人",
        "每1,000人",
        "每千人",
        "每一千人",
        "每10万人",
        "每十万人",
        "每100人",
        "每百人",
    ];
    if fig.m.unit != Some(Unit::People) {
        return;
    }
    let lead = &doc.text[fig.cl_start..fig.m.start];
    if lead.contains('每') && PER.iter().any(|w| lead.contains(w)) {
        cands.clear();
    }
}

/// The growth of a part of an economy (貨物出口實質增長4.7%, 服務輸出…增長
/// 1.4%, 投資開支…上升6.0%) is not the economy's: a clause that names a
/// component before the figure has no `gdp_growth`, nor one that names no
/// economy after an earlier clause of its sentence named a component.
fn narrow_growth_of_a_component(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const ECONOMY: &[&str] = &["经济", "經濟", "GDP", "生产总值", "生產總值"];
    if fig.m.unit != Some(Unit::Percent)
        || !cands
            .iter()
            .any(|&(mi, _)| doc.db.metrics[mi].id == "gdp_growth")
    {
        return;
    }
    let lead = &doc.text[fig.cl_start..fig.m.start];
    // (or one an earlier clause of the sentence names, when no economy is
    // named since: 貨物出口繼續增長，2024年同比實質增長4.7%)
    let earlier = &doc.text[fig.s.start..fig.cl_start];
    let component_before = || {
        // (a character they start with first: most sentences hold none)
        earlier.contains(is_component_first)
            && COMPONENTS
                .iter()
                .filter_map(|w| earlier.rfind(w))
                .max()
                .is_some_and(|at| {
                    // (and says it grew: 貨物出口繼續增長, not 出口表现强劲)
                    const MOVES: &[&str] = &[
                        "增长", "增長", "上升", "回升", "下降", "下跌", "减少", "減少",
                    ];
                    let rest = &earlier[at..];
                    !ECONOMY.iter().any(|w| rest.contains(w))
                        && names_a_component(rest)
                        && MOVES.iter().any(|w| rest.contains(w))
                })
    };
    // (a clause that names a place or a country names the economy too:
    // 受惠于出口…，香港2024年全年实质增长2.5%)
    let names_a_place = || {
        let from = doc.occ.partition_point(|o| o.start < fig.cl_start);
        doc.occ[from..]
            .first()
            .is_some_and(|o| o.end <= fig.m.start)
    };
    if names_a_component(lead)
        || !ECONOMY.iter().any(|w| lead.contains(w)) && component_before() && !names_a_place()
    {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "gdp_growth");
    }
}

/// Parts of an economy whose growth is not the economy's.
const COMPONENTS: &[&str] = &[
    "出口",
    "输出",
    "輸出",
    "进口",
    "進口",
    "输入",
    "輸入",
    "投资",
    "投資",
    "消费",
    "消費",
    "开支",
    "開支",
    "零售",
    "销售",
    "銷售",
    "贸易",
    "貿易",
    "服务业",
    "服務業",
];

/// Whether `text` names a part of an economy ([`COMPONENTS`]) as what
/// grew: not as what drove the growth (受出口拉动, 得益于消费) nor in a
/// longer word (消费者).
fn names_a_component(text: &str) -> bool {
    const CAUSES: &[&str] = &[
        "受", "得益", "受惠", "由于", "由於", "拉动", "拉動", "带动", "帶動", "推动", "推動",
        "驱动", "驅動",
    ];
    // (one pass, looking further only where a component's first character
    // stands)
    let named = text.char_indices().any(|(i, c)| {
        is_component_first(c) && {
            let rest = &text[i..];
            COMPONENTS
                .iter()
                .find(|w| rest.starts_with(*w))
                .is_some_and(|w| !rest[w.len()..].starts_with('者'))
        }
    });
    named && !CAUSES.iter().any(|c| text.contains(c))
}

/// Whether `c` is the first character of one of [`COMPONENTS`].
fn is_component_first(c: char) -> bool {
    matches!(
        c,
        '出' | '输'
            | '輸'
            | '进'
            | '進'
            | '投'
            | '消'
            | '开'
            | '開'
            | '零'
            | '销'
            | '銷'
            | '贸'
            | '貿'
            | '服'
    )
}

/// Tokens that count something other than a run's training data. A
/// tokenizer's vocabulary (包含128K tokens的分词器) or a sequence (在8192个
/// tokens的序列上训练) is no figure of the database's: a token figure
/// whose clause names one has no metric. One whose clause names a context
/// window (上下文, 窗口) is not `training_tokens`.
fn narrow_tokens_of_other(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const NO_METRIC: &[&str] = &[
        "分词器",
        "分詞器",
        "词表",
        "詞表",
        "词汇表",
        "詞彙表",
        "词汇量",
        "詞彙量",
        "序列",
    ];
    const CONTEXT: &[&str] = &["上下文", "窗口"];
    if fig.m.unit != Some(Unit::Token) {
        return;
    }
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    if NO_METRIC.iter().any(|w| clause.contains(w)) {
        cands.clear();
    } else if CONTEXT.iter().any(|w| clause.contains(w)) {
        cands.retain(|(mi, _)| doc.db.metrics[*mi].id != "training_tokens");
    }
}

/// GPUs a company trains a model with (DeepSeek用2048颗H800芯片训练出V3
/// 模型, 使用512塊H800晶片來構建R1, 這個階段動用了512顆H800) are that
/// model's training cluster, not
/// the stock the company owns: a count whose clause trains or builds with
/// it is not `gpu_count_owned`, unless the clause says it owns them
/// (拥有, 囤积, 采购…); one whose clause says so, and trains nothing, is
/// not `training_gpu_count`.
fn narrow_owned_when_trained(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const TRAINS: &[&str] = &[
        "训练",
        "訓練",
        "构建",
        "構建",
        "强化学习",
        "強化學習",
        "微调",
        "微調",
    ];
    const OWNS: &[&str] = &[
        "拥有", "擁有", "持有", "握有", "囤积", "囤積", "储备", "儲備", "库存", "庫存", "采购",
        "採購", "购买", "購買", "购入", "購入", "买入", "買入", "手握", "坐拥", "坐擁",
    ];
    if fig.m.kind != Kind::Count {
        return;
    }
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    // (training may be named earlier in the sentence: 训练他们的模型花费了
    // 约560万美元，使用了2048块H800)
    let sentence = &doc.text[fig.s.start..fig.cl_end];
    let id = |mi: usize| doc.db.metrics[mi].id.as_str();
    let (owned, trained) = (
        cands.iter().any(|&(mi, _)| id(mi) == "gpu_count_owned"),
        cands.iter().any(|&(mi, _)| id(mi) == "training_gpu_count"),
    );
    if !owned && !trained {
        return;
    }
    // (every word of training holds 训, 訓, 构, 構, 强, 強 or 微: most
    // clauses hold none)
    // (so does a stage of the work that uses them, 该阶段动用了512块H800;
    // not 现阶段 or 新阶段, a time, nor a stage that uses none)
    let stage = || {
        const USES: &[&str] = &["动用", "動用", "使用", "调用", "調用", "用了"];
        let lead = &doc.text[fig.cl_start..fig.m.start];
        ["阶段", "階段"].iter().any(|w| {
            lead.match_indices(w).any(|(i, _)| {
                !lead[..i].ends_with(['现', '現', '新', '前'])
                    && USES.iter().any(|u| lead[i..].contains(u))
            })
        })
    };
    let trains = sentence.contains(['训', '訓', '构', '構', '强', '強', '微'])
        && TRAINS.iter().any(|w| sentence.contains(w))
        || doc.text[fig.cl_start..fig.m.start].contains(['阶', '階']) && stage();
    let owns = || OWNS.iter().any(|w| clause.contains(w));
    // (chips set to work together, 讓2000張H800更有效地協作, are a cluster
    // too: what it runs on, not what is owned)
    const WORK_TOGETHER: &[&str] = &[
        "协作", "協作", "协同", "協同", "集群", "叢集", "互联", "互聯", "并行", "並行",
    ];
    // (a clause that says 有, not 有效, owns them: 约有5万块GPU可以协同工作)
    let has = || {
        clause
            .match_indices('有')
            .any(|(i, _)| !clause[i + '有'.len_utf8()..].starts_with(['效', '所']))
    };
    let together = || WORK_TOGETHER.iter().any(|w| clause.contains(w)) && !has();
    // (and the other way: chips a company owns, 该公司拥有约5万颗芯片, are
    // no model's training cluster)
    if (trains || together()) && owned && !owns() {
        cands.retain(|&(mi, _)| id(mi) != "gpu_count_owned");
    } else if !trains && trained && owns() {
        cands.retain(|&(mi, _)| id(mi) != "training_gpu_count");
    }
}

/// A move its clause says is the share price's (股價…一度升逾9%) is no other
/// percentage of the company (its revenue's growth); an amount right before
/// 的市值 with another after it (3.5兆美元的市值蒸發掉近6000億美元) is the
/// value, not what was lost of it.
fn narrow_share_price(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    let id = |mi: usize| doc.db.metrics[mi].id.as_str();
    if fig.m.kind == Kind::Percent {
        // (股价 is a trigger: the sentence's triggers say where it stands)
        // (the last word of a measure before the figure: 股价屡创新高的
        // 英伟达…营收增长114% is the revenue's)
        let last = fig
            .trig
            .iter()
            .filter(|&&(ts, te, _)| ts >= fig.cl_start && te <= fig.m.start)
            .max_by_key(|&&(ts, _, _)| ts);
        if last.is_some_and(|&(ts, te, _)| matches!(&doc.text[ts..te], "股价" | "股價")) {
            cands.retain(|&(mi, _)| id(mi).starts_with("share_price"));
        }
    } else if fig.m.kind == Kind::Money {
        // (when the loss is another amount of the clause: 近6,000億美元的
        // 市值在一天之內化為烏有 is the loss)
        const LOSSES: &[&str] = &[
            "蒸发", "蒸發", "缩水", "縮水", "抹去", "抹除", "损失", "損失",
        ];
        let after = doc.text[fig.m.end..fig.cl_end].trim_start();
        let loss_after = || {
            doc.mentions[fig.k + 1..]
                .iter()
                .take_while(|n| n.start < fig.cl_end)
                .find(|n| n.kind == Kind::Money)
                .is_some_and(|n| {
                    let between = &doc.text[fig.m.end..n.start];
                    LOSSES.iter().any(|w| between.contains(w))
                })
        };
        if after.starts_with("的市值") && loss_after() {
            cands.retain(|&(mi, _)| id(mi) != "market_cap_loss");
        }
        // an amount its clause says the share price reached (股價最高上漲4%
        // 至136.6美元) is a price, not the revenue a word of results in
        // the clause before named (業績公布後，…); a clause that names the
        // company's value (市值) is left to the scores
        let lead = &doc.text[fig.cl_start..fig.m.start];
        let price_named = fig.trig.iter().any(|&(ts, te, _)| {
            ts >= fig.cl_start && te <= fig.m.start && matches!(&doc.text[ts..te], "股价" | "股價")
        });
        if price_named
            && !lead.contains("市值")
            && cands.iter().any(|&(mi, _)| id(mi) == "closing_share_price")
        {
            cands.retain(|&(mi, _)| id(mi) == "closing_share_price");
        }
    }
}

/// A date right before a verb of taking effect (新规于2023年10月17日生效,
/// 自11月16日起实施) is when a rule took effect, whatever words of its
/// announcement (新规, 出口管制) stand before it.
fn narrow_took_effect(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const EFFECT: &[&str] = &["生效", "实施", "實施", "施行"];
    if fig.m.kind != Kind::Date {
        return;
    }
    let mut after = &doc.text[fig.m.end..fig.cl_end];
    for w in ["起", "开始", "開始", "正式"] {
        after = after.strip_prefix(w).unwrap_or(after);
    }
    if EFFECT.iter().any(|w| after.starts_with(w)) {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "rule_announced_date");
    }
}

/// A date right before a word of launch whose object is a measure, a
/// plan or a paper (2005年推出優化措施, 2023年7月发布报告) is that
/// thing's launch, not a launch or release of what the database holds:
/// when no name of the database stands in the object, those dates are
/// dropped. (A generic object, 发布推理模型 or 开源权重, may be the
/// model itself: it is left alone.)
fn narrow_launch_of_another_thing(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const LAUNCHES: &[&str] = &["launch_date", "release_date", "preview_release_date"];
    const BEFORE: &[&str] = &["正式", "首次", "再次", "起", "开始", "開始"];
    const OTHER_THINGS: &[&str] = &[
        "措施",
        "政策",
        "举措",
        "舉措",
        "方案",
        "计划",
        "計劃",
        "計畫",
        "规定",
        "規定",
        "办法",
        "辦法",
        "报告",
        "報告",
        "论文",
        "論文",
        "白皮书",
        "白皮書",
        "新规",
        "新規",
        "细则",
        "細則",
        "条例",
        "條例",
        "指引",
        "机制",
        "機制",
        "改革",
        "调整",
        "調整",
        "声明",
        "聲明",
        "公告",
    ];
    let is_launch = |mi: usize| LAUNCHES.contains(&doc.db.metrics[mi].id.as_str());
    if fig.m.kind != Kind::Date || !cands.iter().any(|&(mi, _)| is_launch(mi)) {
        return;
    }
    // (the word right after the date, or in the next clause after a short
    // subject when the date's clause holds the date alone: 而在1月初，
    // DeepSeek还发布并开源了V3的技术报告)
    let alone = super::entity::date_alone_in_clause(doc, fig);
    let (from, to) = alone.unwrap_or((fig.m.end, fig.cl_end));
    let mut at = from;
    while let Some(w) = BEFORE.iter().find(|w| doc.text[at..to].starts_with(**w)) {
        at += w.len();
    }
    let Some(&(_, te, _)) = fig.trig.iter().find(|&&(ts, te, mi)| {
        (ts == at || (alone.is_some() && ts >= from && ts - from <= 21))
            && te <= to
            && is_launch(mi)
    }) else {
        return;
    };
    // (what was launched: up to the clause's end, a 、 of a list of
    // events, 2022年推出、AI狂熱推動…, or a note in brackets)
    let rest = &doc.text[te..to];
    let object_end = rest.find(['、', '（', '(']).map_or(to, |i| te + i);
    let object = &doc.text[te..object_end];
    if !OTHER_THINGS.iter().any(|w| object.contains(w)) {
        return;
    }
    // (a name of the database in it that is what was launched: 实施聯繫
    // 匯率制度; not one whose thing it is, V3的技术报告)
    let first = doc.occ.partition_point(|o| o.start < te);
    if doc
        .occ
        .get(first)
        .is_some_and(|o| o.start < object_end && !doc.text[o.end..].starts_with('的'))
    {
        return;
    }
    cands.retain(|&(mi, _)| !is_launch(mi));
}

/// A date whose sentence then launches a part of an exchange-rate system
/// (自2005年起，金管局設立兌換保證: the convertibility undertakings came in
/// 2005) is not the system's launch, though the part's name is one of its
/// names: the first word of launch after the date has the part itself for
/// its object (not 推出以兑换保证为基础的联系汇率制度, the system).
fn narrow_launch_of_a_part(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const PARTS: &[&str] = &["兑换保证", "兌換保證", "兑换保障", "兌換保障"];
    let is_launch = |mi: usize| doc.db.metrics[mi].id == "launch_date";
    if fig.m.kind != Kind::Date || !cands.iter().any(|&(mi, _)| is_launch(mi)) {
        return;
    }
    let Some(&(_, te, _)) = fig
        .trig
        .iter()
        .filter(|&&(ts, _, mi)| ts >= fig.m.end && is_launch(mi))
        .min_by_key(|&&(ts, _, _)| ts)
    else {
        return;
    };
    // (its object: up to the end of its clause, a 、, or 后)
    let rest = &doc.text[te..fig.s.end];
    let end = rest
        .find(['，', ',', '；', ';', '。', '后', '後', '、'])
        .unwrap_or(rest.len());
    let object = rest[..end].trim_end();
    if PARTS.iter().any(|w| object.ends_with(w)) {
        cands.retain(|&(mi, _)| !is_launch(mi));
    }
}

/// A figure of a list whose items each lead with their own words
/// (新增140个实体、修改14个实体): a metric's word standing right before
/// an earlier item's figure is that figure's, not this one's, when the
/// figure's own item leads with other words (修改) and names no word of
/// the metric. Not an item that leads with a time (去年、今年1305亿).
fn narrow_item_of_its_own(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const TIMES: &[char] = &['年', '月', '日', '季', '期', '度', '时', '時'];
    // (nor the same amount again: 、约合人民币2825亿元)
    const AGAIN: &[&str] = &["约合", "約合", "折合", "合", "即", "相当于", "相當於", "或"];
    let lead = &doc.text[fig.cl_start..fig.m.start];
    let Some(i) = lead.rfind('、') else {
        return;
    };
    let item_at = fig.cl_start + i + '、'.len_utf8();
    let own = &doc.text[item_at..fig.m.start];
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // (nor an item that leads with another subject or place: 、香港2.5%,
    // 、美国仅2.8%)
    let first = doc.occ.partition_point(|o| o.start < item_at);
    if own.chars().count() < 2
        || !own.chars().all(han)
        || own.contains(TIMES)
        || AGAIN.iter().any(|w| own.starts_with(w))
        || doc.occ.get(first).is_some_and(|o| o.start < fig.m.start)
        || super::places::opens_with_a_place(own)
    {
        return;
    }
    // (a figure of the same unit: 每GPU小时2美元、乘以278.8万GPU小时 is
    // no list of like items)
    let before_a_figure = |te: usize| {
        let k = doc.mentions.partition_point(|m| m.start < te);
        doc.mentions
            .get(k)
            .is_some_and(|m| m.start == te && m.unit == fig.m.unit && m.kind == fig.m.kind)
    };
    cands.retain(|&(mi, _)| {
        let words = || words_in_clause(fig, mi);
        // (dropped only when a word stands right before an earlier item's
        // figure and none leads the figure's own item; the noun after the
        // figure, 14个实体, and the list's name, 实体清单, are every item's)
        let earlier_item = words().any(|&(ts, te, _)| ts < item_at && before_a_figure(te));
        let own_item = words().any(|&(ts, te, _)| ts >= item_at && te <= fig.m.start);
        !earlier_item || own_item
    });
}

/// A figure that is a part of a whole named after 占 (所用2048块H800仅占
/// 其GPU储备的约4%): a metric whose words stand only after the 占 is the
/// whole's, not the figure's.
fn narrow_part_of_a_whole(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    let after = &doc.text[fig.m.end..fig.cl_end];
    let Some(i) = after.find(['占', '佔']) else {
        return;
    };
    // (not when the part is all of it: 占据了…储备的全部)
    if ["全部", "全體", "全体", "所有", "100%", "百分之百"]
        .iter()
        .any(|w| after[i..].contains(w))
    {
        return;
    }
    let share_at = fig.m.end + i;
    cands.retain(|&(mi, _)| {
        let words = || words_in_clause(fig, mi);
        let of_the_whole = words().any(|&(ts, _, _)| ts > share_at);
        let own =
            words().any(|&(ts, te, _)| te <= fig.m.start || (ts >= fig.m.end && ts < share_at));
        !of_the_whole || own
    });
}

/// The date an addition to a named thing was announced (9月23日…宣布，计划
/// 在美国新增五个星际之门站点) is not the date the thing itself was: the
/// announcement date is dropped when a name that can be announced, not
/// named between the date and the word of addition, follows that word
/// (not 宣布启动星际之门计划，…新建数据中心, nor the dollar of an amount).
fn narrow_announced_addition(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const ADDED: &[&str] = &[
        "新增",
        "新建",
        "增建",
        "扩建",
        "擴建",
        "追加",
        "扩大",
        "擴大",
        "增设",
        "增設",
        "扩展",
        "擴展",
        "新一批",
        "新站点",
        "新站點",
        "新址",
        "选址",
        "選址",
    ];
    // (what was added stands within ten characters of the word)
    const REACH: usize = 30;
    let announced = |mi: usize| doc.db.metrics[mi].id == "announcement_date";
    if fig.m.kind != Kind::Date {
        return;
    }
    let Some(&(mi, _)) = cands.iter().find(|&&(mi, _)| announced(mi)) else {
        return;
    };
    let rest = &doc.text[fig.m.end..fig.s.end];
    let Some(added_at) = ADDED.iter().filter_map(|w| rest.find(w)).min() else {
        return;
    };
    let added_at = fig.m.end + added_at;
    let first = doc.occ.partition_point(|o| o.start < fig.m.end);
    let (before, after) =
        doc.occ[first..].split_at(doc.occ[first..].partition_point(|o| o.start < added_at));
    let kinds = &doc.db.metrics[mi].entity_kinds;
    let added_a_name = after
        .iter()
        .take_while(|o| o.start < fig.s.end && o.start < added_at + REACH)
        .any(|o| {
            !before.iter().any(|b| b.entity == o.entity)
                && kinds.contains(&doc.db.entities[o.entity].kind)
        });
    if added_a_name {
        cands.retain(|&(mi, _)| !announced(mi));
    }
}

/// The words of metric `mi` in the figure's clause.
fn words_in_clause<'f>(fig: &'f Figure, mi: usize) -> impl Iterator<Item = &'f Trigger> {
    fig.trig
        .iter()
        .filter(move |&&(ts, te, m)| m == mi && ts >= fig.cl_start && te <= fig.cl_end)
}

/// A year alone (2024年，美国对华芯片出口管制继续收紧) is the time of what
/// its sentence tells, not the date a rule was announced, unless a verb of
/// announcing stands in its clause or the next one.
fn narrow_year_of_a_rule(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const ANNOUNCED: &[&str] = &[
        "宣布", "宣佈", "公布", "公佈", "发布", "發布", "發佈", "出台", "颁布", "頒布", "推出",
    ];
    let year_only = fig.m.kind == Kind::Date
        && fig.m.date_end.is_none()
        && fig.m.date.is_some_and(|d| d.month.is_none());
    if !year_only {
        return;
    }
    let rest = &doc.text[fig.m.start..fig.s.end];
    let reach = rest
        .match_indices(['，', ',', '；', ';', '。'])
        .nth(1)
        .map_or(rest, |(i, _)| &rest[..i]);
    if !ANNOUNCED.iter().any(|w| reach.contains(w)) {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "rule_announced_date");
    }
}

/// A growth whose clause names profit or spending, not revenue, after the
/// last word of revenue before it (营收1305亿美元，淨利年增145%) is that
/// measure's growth, not the revenue's.
fn narrow_growth_of_profit(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const OTHER: &[&str] = &[
        "净利",
        "淨利",
        "纯利",
        "純利",
        "利润",
        "利潤",
        "盈利",
        "获利",
        "獲利",
        "毛利",
        "纯益",
        "純益",
        "每股盈余",
        "每股盈餘",
        "EPS",
        "支出",
        "开支",
        "開支",
        "成本",
        "费用",
        "費用",
        "股息",
    ];
    const REVENUE: &[&str] = &[
        "营收",
        "營收",
        "收入",
        "营业额",
        "營業額",
        "销售额",
        "銷售額",
        "销售",
        "銷售",
    ];
    if fig.m.unit != Some(Unit::Percent)
        || !cands
            .iter()
            .any(|&(mi, _)| doc.db.metrics[mi].id == "revenue_growth")
    {
        return;
    }
    let lead = &doc.text[fig.cl_start..fig.m.start];
    let last = |words: &[&str]| words.iter().filter_map(|w| lead.rfind(w)).max();
    if let Some(other) = last(OTHER) {
        if last(REVENUE).is_none_or(|r| r < other) {
            cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "revenue_growth");
        }
    }
}

/// A rank on a chart (登上, 冲上, 榜首) is the app store's only where a
/// store or its chart is named, in the figure's sentence or the one
/// before (登上知乎热榜, 登上微博热搜 are no app store's).
fn narrow_rank_of_a_store(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const STORES: &[&str] = &[
        "App Store",
        "AppStore",
        "app store",
        "App store",
        "Google Play",
        "应用商店",
        "應用商店",
        "應用程式商店",
        "应用市场",
        "應用市場",
        "应用程序商店",
        "苹果商店",
        "蘋果商店",
        "谷歌商店",
        "下载榜",
        "下載榜",
        "免费榜",
        "免費榜",
        "畅销榜",
        "暢銷榜",
        "应用榜",
        "應用榜",
        "iOS",
        "iPhone",
        "安卓",
        "苹果",
        "蘋果",
        "排行",
        "App",
        "APP",
        "应用程序",
        "應用程式",
        "美国区",
        "美國區",
        "美区",
        "美區",
    ];
    if !cands
        .iter()
        .any(|&(mi, _)| doc.db.metrics[mi].id == "app_store_rank_date")
    {
        return;
    }
    let from = doc.sentences[fig.si.saturating_sub(1)].start;
    let reach = &doc.text[from..fig.s.end];
    if !STORES.iter().any(|w| reach.contains(w)) {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "app_store_rank_date");
    }
}

/// A count with a plain measure word counts the noun after it (3种软件工具,
/// 140家实体): the metric's word must be there, before the first word that
/// starts another phrase.
fn narrow_by_count_noun(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    let m = fig.m;
    if !(m.kind == Kind::Count
        && m.classifier.is_some()
        && matches!(m.unit, None | Some(Unit::Entity) | Some(Unit::Type)))
    {
        return;
    }
    let after = &doc.text[m.end..fig.cl_end];
    let near: String = after
        .chars()
        .take(8)
        .take_while(|c| {
            !matches!(
                c,
                '和' | '与'
                    | '與'
                    | '及'
                    | '、'
                    | '的'
                    | '等'
                    | '实'
                    | '實'
                    | '对'
                    | '對'
                    | '将'
                    | '將'
                    | '把'
                    | '被'
                    | '并'
                    | '並'
                    | '向'
                    | '在'
                    | '或'
            )
        })
        .collect();
    // (what a list loses is no addition: 14个实体被移出)
    const REMOVED: &[&str] = &["移出", "移除", "删除", "刪除", "剔除", "除名", "撤出"];
    if REMOVED.iter().any(|w| after.contains(w)) {
        cands.clear();
        return;
    }
    cands.retain(|(mi, _)| {
        doc.db.metrics[*mi]
            .triggers
            .iter()
            .any(|t| near.contains(t.as_str()) || after.starts_with(t.as_str()))
    });
}

/// Each metric's unit and whether it is a rate (`_per_`), with the
/// candidates of each unit listed once, scored, so that a figure's
/// candidates are copied off its unit rather than found by testing every
/// metric.
#[derive(Clone, Debug, Default)]
pub(super) struct MetricUnits {
    /// The candidates of each unit (by `Unit as usize`).
    by_unit: Vec<Candidates>,
    /// The candidates of an amount in a currency.
    currency: Candidates,
    /// The candidates of a number of people or users.
    people: Candidates,
}

/// The metrics of some units in order, each with its base score (see
/// [`base_score`]): all of them, and the rates only (`[all, rates]`).
type Candidates = [Vec<(usize, f64)>; 2];

impl MetricUnits {
    /// From each metric's unit and whether it is a rate.
    pub(super) fn new(units: Vec<(Unit, bool)>) -> MetricUnits {
        let which = |f: &dyn Fn(Unit) -> bool| -> Candidates {
            let scored = |rates_only: bool| {
                (0..units.len())
                    .filter(|&i| f(units[i].0) && (!rates_only || units[i].1))
                    .map(|i| (i, base_score(units[i].0)))
                    .collect()
            };
            [scored(false), scored(true)]
        };
        let last = units.iter().map(|&(mu, _)| mu as usize).max();
        let by_unit = last.map_or(Vec::new(), |last| {
            (0..=last).map(|u| which(&|mu| mu as usize == u)).collect()
        });
        MetricUnits {
            by_unit,
            currency: which(&|mu| mu.is_currency()),
            people: which(&|mu| mu == Unit::User || mu == Unit::People),
        }
    }

    /// The candidates of unit `u`.
    fn of_unit(&self, u: Unit) -> Option<&Candidates> {
        self.by_unit.get(u as usize)
    }

    /// The candidates of the unit a thousand apart from the mention's
    /// (TB/s for 3350GB/s), if it has one with any.
    fn scaled(&self, m: &Mention) -> Option<&[(usize, f64)]> {
        let (v, _) = m.unit?.other_scale()?;
        let [all, rates] = self.of_unit(v)?;
        Some(if m.per.is_some() { rates } else { all })
    }
}

/// The base score of a metric of unit `mu`: a unit that by itself names
/// the kind of metric (GPU-hours) scores without a trigger.
fn base_score(mu: Unit) -> f64 {
    match mu {
        // a unit that by itself names the kind of metric
        Unit::GpuHour
        | Unit::Gpu
        | Unit::Download
        | Unit::Token
        | Unit::Parameter
        | Unit::Flop
        | Unit::UsdPerMtoken
        | Unit::CnyPerMtoken => UNIT_NAMES_METRIC,
        Unit::Multiple => MULTIPLE_UNIT,
        _ => 0.0,
    }
}

/// Metrics whose unit fits the mention, with a base score (a unit that
/// alone names the metric, like GPU-hours, scores without a trigger); a
/// rate (每GPU小时2美元) only a rate metric.
pub(super) fn candidate_metrics<'a>(units: &'a MetricUnits, m: &Mention) -> &'a [(usize, f64)] {
    let fitting = match (m.kind, m.unit) {
        (Kind::Date, _) => units.of_unit(Unit::Date),
        (_, Some(u)) if u.is_currency() => Some(&units.currency),
        (_, Some(Unit::User | Unit::People)) => Some(&units.people),
        // a percentage, percentage points and every other unit: its own
        (_, Some(u)) => units.of_unit(u),
        (_, None) => None,
    };
    fitting.map_or(
        &[],
        |[all, rates]| if m.per.is_some() { rates } else { all },
    )
}

/// What kind of change a metric measures, by its id (`births_change`,
/// `gdp_growth`): a change after 比上年 can only be one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ChangeKind {
    /// `…change…`
    Change,
    /// `…growth…`
    Growth,
    /// `…increase…` or `…decline…`
    Move,
}

impl ChangeKind {
    /// The kind of change metric `id` names, if any.
    pub(super) fn of(id: &str) -> Option<ChangeKind> {
        if id.contains("change") {
            Some(ChangeKind::Change)
        } else if id.contains("growth") {
            Some(ChangeKind::Growth)
        } else if id.contains("increase") || id.contains("decline") {
            Some(ChangeKind::Move)
        } else {
            None
        }
    }
}

/// The figure's sentence up to the end of its clause and the mark that
/// ends it (a doubt after it, 市场开始质疑…, is about something else).
fn told_up_to_clause<'t>(text: &'t str, fig: &Figure) -> &'t str {
    let mark = text
        .get(fig.cl_end..fig.s.end)
        .and_then(|t| t.chars().next())
        .map_or(0, char::len_utf8);
    text.get(fig.s.start..fig.cl_end + mark).unwrap_or("")
}

/// Whether `s` (a clause before a rate's word) names nothing but the
/// country and a year: 2024年, 中国, 我国2024年的, 去年全国.
fn only_country_and_year(s: &str) -> bool {
    const WORDS: &[&str] = &[
        "中国", "中國", "我国", "我國", "全国", "全國", "去年", "今年", "年度", "年", "的", "，",
        ",", " ",
    ];
    let mut rest = s.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    while !rest.is_empty() {
        let Some(w) = WORDS.iter().find(|w| rest.starts_with(**w)) else {
            return false;
        };
        rest = rest[w.len()..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    }
    true
}

/// An amount or a time a model's makers spent, then the training it
/// finished (DeepSeek-V3只花658万美元就完成训练, 以557.6万美元完成训练, GPT-4
/// 用了95天完成训练): the training named after a verb of finishing is the
/// figure's own, as near as one right after it. Only what was spent, as
/// told: the model's name, then a verb of spending right before the
/// figure (V3模型只花, 以, 耗资); the training ends its clause (not
/// 完成训练集群建设); and nothing in the sentence up to there makes it a
/// supposition, a doubt or a comparison (若, 只需…就能, 不可能, 相信,
/// 比…少花): another team's run on the model (李飞飞团队以DeepSeek-V3为
/// 基座，仅用50美元便完成训练) has no model's name before its spending.
fn finishes_training(doc: &Doc, fig: &Figure, gap: &str, (ts, te): Span) -> bool {
    const UNTOLD: &[&str] = &[
        "若",
        "如果",
        "假如",
        "假设",
        "假設",
        "倘",
        "要是",
        "按照",
        "测算",
        "測算",
        "估算",
        "复现",
        "復現",
        "同等",
        "可能",
        "相信",
        "质疑",
        "質疑",
        "证明",
        "證明",
        "吗",
        "嗎",
        "？",
        "?",
        "不",
        "没",
        "沒",
        "比",
        "少",
        "省",
        "需",
        "能",
        "可",
        "借助",
        "换",
        "換",
        "采用",
        "採用",
        "通过",
        "通過",
        "集群上",
        "如今",
        "今天",
        "复刻",
        "復刻",
        "模拟",
        "模擬",
        "标题",
        "標題",
    ];
    const SPEND: &[&str] = &[
        "花了", "花费", "花費", "花", "用了", "用", "以", "耗资", "耗資", "耗费", "耗費", "投入",
    ];
    let (text, m) = (doc.text, fig.m);
    let after = &text[te..];
    if !matches!(m.kind, Kind::Money | Kind::Duration)
        || !matches!(&text[ts..te], "训练" | "訓練")
        || !(after.is_empty()
            || after.starts_with(['。', '，', '；', '！', '？', '了', ',', ';', '\n']))
    {
        return false;
    }
    // the gap: 就完成, 便完成了, 来
    let mut rest = gap;
    for words in [
        &["就", "便", "即", "才"][..],
        &["完成了", "完成", "来", "來", "进行", "進行"][..],
    ] {
        if let Some(r) = words.iter().find_map(|w| rest.strip_prefix(w)) {
            rest = r;
        }
    }
    if !rest.is_empty() || rest.len() == gap.len() {
        return false;
    }
    // the clause: the model's name (该公司宣称V3模型…), perhaps 模型, then
    // the spending
    let last = doc.occ.partition_point(|o| o.start < m.start);
    let Some(o) = last
        .checked_sub(1)
        .map(|k| &doc.occ[k])
        .filter(|o| o.start >= fig.cl_start && o.end <= m.start)
    else {
        return false;
    };
    // (not one of two names the amount is shared by: V3和Llama 3只花…)
    let joined = last.checked_sub(2).map(|k| &doc.occ[k]).is_some_and(|p| {
        p.start >= fig.cl_start
            && ["和", "与", "與", "及", "、", "跟", "同"].contains(&text[p.end..o.start].trim())
    });
    if joined {
        return false;
    }
    // (the name opens its clause, or follows a verb of saying: 该公司宣称
    // V3模型…; not 研究人员复刻GPT-4, 类GPT-4模型, 早期的GPT-4)
    // (or the maker's name and 的 before it: DeepSeek的V3模型)
    let opening = text[fig.cl_start..o.start].trim();
    let said = [
        "宣称", "宣稱", "声称", "聲稱", "表示", "称", "稱", "说", "說", "指出", "透露",
    ];
    let makers = last.checked_sub(2).map(|k| &doc.occ[k]).is_some_and(|p| {
        p.start >= fig.cl_start
            && text[fig.cl_start..p.start].trim().is_empty()
            && &text[p.end..o.start] == "的"
    });
    if !opening.is_empty() && !makers && !said.iter().any(|w| opening.ends_with(w)) {
        return false;
    }
    let at = o.end;
    let mut lead = &text[at..m.start];
    for words in [
        &["大模型", "模型"][..],
        &["只", "仅", "僅", "才"][..],
        SPEND,
        &["约", "約", "了"][..],
    ] {
        if let Some(r) = words.iter().find_map(|w| lead.strip_prefix(w)) {
            lead = r;
        }
    }
    let told = told_up_to_clause(text, fig);
    lead.is_empty()
        && SPEND.iter().any(|w| text[at..m.start].contains(w))
        && !UNTOLD.iter().any(|w| told.contains(w))
}

/// `s` without the rest of an exchange rate at its head (兌1美元, 兑一美元):
/// what follows it is as near the rate as what follows its first amount.
fn strip_rate_tail(s: &str) -> &str {
    let Some(rest) = s.strip_prefix(['兌', '兑']) else {
        return s;
    };
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix('1')
        .or_else(|| rest.strip_prefix('一'))
        .unwrap_or(rest)
        .trim_start();
    rest.strip_prefix("美元").unwrap_or(s)
}

/// Whether metric `mi` with base score `base` can reach [`METRIC_FLOOR`]:
/// a word of its own among the sentence's triggers (sorted by metric), or a
/// base that reaches it alone.
#[cfg(test)]
fn could_score(trig: &[Trigger], mi: usize, base: f64) -> bool {
    if base >= METRIC_FLOOR {
        return true;
    }
    let lo = trig.partition_point(|&(_, _, tm)| tm < mi);
    trig.get(lo).is_some_and(|&(_, _, tm)| tm == mi)
}

/// Whether one of the candidates (in metric order) [`could_score`]: a
/// base that reaches [`METRIC_FLOOR`] alone, or a word of its own among
/// the sentence's triggers (sorted by metric).
fn could_any_score(trig: &[Trigger], cands: &[(usize, f64)]) -> bool {
    let mut of_metric = MetricTriggers::new(trig);
    cands
        .iter()
        .any(|&(mi, base)| base >= METRIC_FLOOR || !of_metric.of(mi).is_empty())
}

/// The triggers of a sentence (sorted by metric) of one metric after
/// another, asked in metric order: each metric's are found on from the
/// last one's, with no search of the whole list.
struct MetricTriggers<'a> {
    /// The triggers of the metrics not yet asked about.
    rest: &'a [Trigger],
}

impl<'a> MetricTriggers<'a> {
    fn new(trig: &'a [Trigger]) -> MetricTriggers<'a> {
        MetricTriggers { rest: trig }
    }

    /// The triggers of metric `mi`, not below the last metric asked about.
    fn of(&mut self, mi: usize) -> &'a [Trigger] {
        let rest = self.rest;
        let lo = rest.iter().take_while(|&&(_, _, tm)| tm < mi).count();
        let hi = lo
            + rest[lo..]
                .iter()
                .take_while(|&&(_, _, tm)| tm == mi)
                .count();
        self.rest = &rest[lo..];
        &rest[lo..hi]
    }
}

/// A span of days is a training's only in a sentence, or after one in its
/// paragraph, that speaks of training (GPT-4的训练动用了…，历时90至100天):
/// a verb of lasting (持续五日的内斗风波) or of work in general
/// (GPT-4的研发历时约90至100天) names none.
fn narrow_span_of_no_training(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const TRAINING: &[&str] = &["训练", "訓練", "train", "Train"];
    let is_training = |mi: usize| doc.db.metrics[mi].id == "training_duration";
    if !cands.iter().any(|&(mi, _)| is_training(mi)) {
        return;
    }
    let speaks = |si: usize| {
        let s = &doc.sentences[si];
        TRAINING
            .iter()
            .any(|w| doc.text[s.start..s.end].contains(w))
    };
    let before = fig
        .si
        .checked_sub(1)
        .filter(|&p| doc.sentences[p].paragraph == fig.s.paragraph);
    if !(speaks(fig.si) || before.is_some_and(speaks)) {
        cands.retain(|&(mi, _)| !is_training(mi));
    }
}

/// A share of what was before (降低至原来的42.5%, 降到原來的一成) is what
/// remains, not how much was cut: no reduction's figure.
fn narrow_share_remaining(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const BEFORE: &[&str] = &[
        "原来的",
        "原來的",
        "原先的",
        "以前的",
        "此前的",
        "过去的",
        "過去的",
    ];
    let lead = doc.text[fig.cl_start..fig.m.start].trim_end_matches(['约', '約', '近', ' ']);
    if BEFORE.iter().any(|w| lead.ends_with(w)) {
        cands.retain(|&(mi, _)| !doc.db.metrics[mi].id.ends_with("_reduction"));
    }
}

/// Words of a change against the year or the day before.
const AGAINST: [&str; 15] = [
    "比上年",
    "比去年",
    "较上年",
    "較上年",
    "比上年末",
    "较去年",
    "較去年",
    "同比",
    "按年",
    "比前一年",
    "较上日",
    "較上日",
    "比上日",
    "较前日",
    "較前日",
];

/// The first characters of the [`AGAINST`] words (a test checks them).
const AGAINST_FIRSTS: [char; 5] = ['比', '较', '較', '同', '按'];

/// Whether `s` holds an [`AGAINST`] word: looked for only where one of
/// their first characters is.
fn holds_against(s: &str) -> bool {
    const FIRSTS: [bool; 256] = super::chars::last_bytes(&AGAINST_FIRSTS);
    super::chars::any(s, &FIRSTS, |i, c| {
        AGAINST_FIRSTS.contains(&c) && AGAINST.iter().any(|w| s[i..].starts_with(w))
    })
}

/// Whether `s` holds a word of a share (占, 佔, 比重, 占比, 佔比): one of
/// 占, 佔 (占比 and 佔比 hold them) or 比重, looked for only where one of
/// those characters is.
fn holds_share_word(s: &str) -> bool {
    const FIRSTS: [bool; 256] = super::chars::last_bytes(&['占', '佔', '比']);
    super::chars::any(s, &FIRSTS, |i, c| {
        matches!(c, '占' | '佔') || (c == '比' && s[i..].starts_with("比重"))
    })
}

/// Whether text that starts at a word closes a bracket the word is in:
/// `强化学习阶段)可能在` does, `强化学习阶段成本为` does not.
fn in_closed_brackets(from_word: &str) -> bool {
    const BRACKETS: [bool; 256] = super::chars::last_bytes(&['(', '（', ')', '）']);
    let mut depth = 0i32;
    super::chars::any(from_word, &BRACKETS, |_, c| match c {
        '(' | '（' => {
            depth += 1;
            false
        }
        ')' | '）' => {
            depth -= 1;
            depth < 0
        }
        _ => false,
    })
}

/// Whether a clause compares with a stated year (比2023年增加, 较2022年末,
/// 與2023年相比): its figure is a change.
fn against_a_year(lead: &str) -> bool {
    // a word of comparison, four digits and 年: read from each 年 back
    // (the digits are ASCII, so the word ends on a character boundary)
    // (年 looked for only where a character ends as it does)
    const NIAN: [bool; 256] = super::chars::last_bytes(&['年']);
    super::chars::any(lead, &NIAN, |i, c| {
        c == '年'
            && i >= 4
            && lead.as_bytes()[i - 4..i].iter().all(u8::is_ascii_digit)
            && ends_with_any(&lead[..i - 4], &["比", "较", "較", "与", "與", "相比"])
    })
}

/// A percentage stated as the level of a rate its clause names right
/// before it (产品销售率为97.8%, 出生率是6.77‰) is that rate, no growth
/// of anything: unless the rate is a growth's (增长率为5%).
fn narrow_rate_level(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    if fig.m.unit != Some(Unit::Percent) {
        return;
    }
    let lead = doc.text[fig.cl_start..fig.m.start]
        .trim_end_matches(['约', '約', '近', '逾', ' '])
        .trim_end_matches(['为', '為', '是', '达', '達', '在'])
        .trim_end();
    const GROWTH_RATES: &[&str] = &["增长率", "增長率", "成长率", "成長率", "增速率"];
    if lead.ends_with('率') && !GROWTH_RATES.iter().any(|w| lead.ends_with(w)) {
        cands.retain(|&(mi, _)| !doc.db.metrics[mi].id.ends_with("_growth"));
    }
}

/// Whether a percentage is followed right away by the total it is a part
/// of (撑起近九成收入, 贡献了八成的营收): a share, no growth.
fn part_of_a_total(after: &str) -> bool {
    const TOTALS: &[&str] = &[
        "收入",
        "营收",
        "營收",
        "营业额",
        "營業額",
        "销售额",
        "銷售額",
        "利润",
        "利潤",
        "市场",
        "市場",
    ];
    // (not a growth of the total: 75％的營收成長)
    const GROWTHS: &[&str] = &["成长", "成長", "增长", "增長", "增幅", "年增"];
    let after = after.strip_prefix('的').unwrap_or(after);
    TOTALS.iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|rest| !GROWTHS.iter().any(|g| rest.starts_with(g)))
    })
}

/// A cost of one stage of training (`training_cost_incremental` of
/// `training_cost`) named by its own word in the figure's clause before it
/// (强化学习阶段的成本约29.4万美元) is the figure's, not the general cost a
/// nearer word (成本) names. (GPU hours are left to their scores: a stage
/// the database has no metric of, 后训练0.5万GPU小时, stays a part of the
/// whole run's.)
fn drop_the_general(doc: &Doc, fig: &Figure, scored: &mut Vec<Scored>) {
    if scored.len() < 2 {
        return;
    }
    let metrics = &doc.db.metrics;
    let stated = |word: Option<Span>| {
        word.is_some_and(|(ts, te)| {
            ts >= fig.cl_start
                && te <= fig.m.start
                && !doc.text[te..fig.m.start].contains(['，', ',', '；', ';'])
        })
    };
    let general: Vec<usize> = scored
        .iter()
        .filter(|&&(mi, _, word)| {
            stated(word)
                && metrics[mi].id.starts_with("training_cost_")
                && scored.iter().any(|&(gi, _, _)| {
                    metrics[mi]
                        .id
                        .strip_prefix(metrics[gi].id.as_str())
                        .is_some_and(|rest| rest.starts_with('_'))
                })
        })
        .flat_map(|&(mi, _, _)| {
            scored
                .iter()
                .filter(move |&&(gi, _, _)| {
                    metrics[mi]
                        .id
                        .strip_prefix(metrics[gi].id.as_str())
                        .is_some_and(|rest| rest.starts_with('_'))
                })
                .map(|&(gi, _, _)| gi)
        })
        .collect();
    scored.retain(|(mi, _, _)| !general.contains(mi));
}

/// A figure after its sentence named one stage of training and no other
/// (DeepSeek-V3预训练成本约为530万美元，共278.8万个GPU小时) is that stage's,
/// not the whole run's: the general measure gives way to the stage's,
/// unless the figure's clause names it by a word of its own, or the figure
/// adds up parts (合计, 共计, or an earlier figure of its unit in the
/// sentence: 预训练266.4万GPU小时，上下文扩展11.9万GPU小时，共278.8万).
fn stage_after_a_lone_stage(
    doc: &Doc,
    fig: &Figure,
    cands: &[(usize, f64)],
    scored: &mut [Scored],
) {
    const STAGES: &[&str] = &["_pretraining", "_incremental"];
    const TOTAL: &[&str] = &[
        "合计", "合計", "共计", "共計", "总计", "總計", "总共", "總共", "一共", "累计", "累計",
        "整个", "整個", "完整", "全部", "总", "總",
    ];
    if scored.is_empty() {
        return;
    }
    let metrics = &doc.db.metrics;
    // the stages named before the figure in its sentence, by any measure
    // of theirs (预训练成本 names pretraining for GPU hours too)
    let mut named: Option<(&str, Span)> = None;
    for &(ts, te, mi) in fig.trig {
        if ts < fig.s.start || te > fig.m.start {
            continue;
        }
        let id = metrics[mi].id.as_str();
        let Some(stage) = STAGES.iter().copied().find(|s| id.ends_with(s)) else {
            continue;
        };
        match named {
            Some((other, _)) if other != stage => return,
            _ => named = Some((stage, (ts, te))),
        }
    }
    let Some((suffix, word)) = named else {
        return;
    };
    // the general measure scored, and its stage's among the candidates
    let Some((g, stage)) = scored.iter().enumerate().find_map(|(g, &(gi, ..))| {
        let id = [metrics[gi].id.as_str(), suffix].concat();
        let stage = cands.iter().find(|&&(c, _)| metrics[c].id == id)?.0;
        Some((g, stage))
    }) else {
        return;
    };
    // (the general measure named in the figure's clause, before or after
    // it, but not by the figure's own unit: 278.8万GPU小时的算力消耗,
    // 用278.8萬GPU小時就完成訓練)
    let gi = scored[g].0;
    let named_in_clause = fig.trig.iter().any(|&(ts, te, mi)| {
        mi == gi && ts >= fig.cl_start && te <= fig.cl_end && (te <= fig.m.start || ts >= fig.m.end)
    });
    let sums = TOTAL
        .iter()
        .any(|w| doc.text[fig.s.start..fig.cl_end].contains(w))
        || doc.mentions[..fig.k]
            .iter()
            .rev()
            .take_while(|m| m.start >= fig.s.start)
            .any(|m| m.unit == fig.m.unit);
    if !named_in_clause && !sums {
        scored[g] = (stage, scored[g].1, Some(word));
    }
}

/// What a range figure's clause says of it, when it is about a band.
enum Band {
    /// The clause calls the range a band (7.75至7.85的联系汇率区间, 兌換保證
    /// 範圍, 上下限, a range pegged at: 以7.75至7.85港元兑1美元的汇率与美元
    /// 挂钩).
    Named,
    /// A rate moved within the range (在7.76至7.84的区间内窄幅波动), which
    /// the clause does not call the band nor the limits of its moves.
    MovedWithin,
}

/// What a range figure's clause says of it: see [`Band`].
fn band_words(doc: &Doc, fig: &Figure) -> Option<Band> {
    const BAND: &[&str] = &[
        "联系汇率区间",
        "聯繫匯率區間",
        "联汇区间",
        "聯匯區間",
        "兑换保证",
        "兌換保證",
        "兑换区间",
        "兌換區間",
        "兑换范围",
        "兌換範圍",
        "上下限",
    ];
    const PEGGED: &[&str] = &["挂钩", "掛鉤", "掛鈎", "挂勾", "掛勾"];
    const MOVES: &[&str] = &[
        "波动", "波動", "徘徊", "浮动", "浮動", "窄幅", "上落", "游走", "遊走", "震荡", "震盪",
        "运行", "運行", "走势", "走勢", "交易", "交投", "成交", "买卖", "買賣",
    ];
    if fig.m.low.is_none() || fig.m.high.is_none() {
        return None;
    }
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    let has = |words: &[&str]| words.iter().any(|w| clause.contains(w));
    // (a rate allowed to move only within a range is held to the band:
    // 只能在7.75至7.85之间浮动, 被限定在…范围内波动)
    const LIMITS: &[&str] = &[
        "只能",
        "只可",
        "限定",
        "限制",
        "限於",
        "限于",
        "允许",
        "允許",
        "容许",
        "容許",
        "不得",
        "不能超出",
        "规定",
        "規定",
    ];
    // (the limit word governs the range: right before it, across 在 or
    // 於; not a clause that only mentions what the system allows, 在联汇
    // 制度允许的范围内于7.80至7.85之间波动)
    let lead = doc.text[fig.cl_start..fig.m.start].trim_end_matches(['在', '於', '于', '乎', '介']);
    let limited = LIMITS.iter().any(|w| lead.ends_with(w));
    if limited {
        return Some(Band::Named);
    }
    let (named, moves) = (has(BAND), has(MOVES));
    if moves {
        return (!named).then_some(Band::MovedWithin);
    }
    (named || has(PEGGED)).then_some(Band::Named)
}

/// Whether the lead of a range figure ends with a span word and a copula
/// (区间为, 範圍是, 区间定于): the range is what the span is.
fn said_to_be_a_span(lead: &str) -> bool {
    const SPANS: &[&str] = &["区间", "區間", "范围", "範圍"];
    const COPULAS: &[&str] = &[
        "为", "為", "是", "定于", "定於", "定为", "定為", "设于", "設於",
    ];
    let lead = lead.trim_end_matches(['约', '約', ' ', '在', '于', '於']);
    COPULAS.iter().any(|c| {
        lead.strip_suffix(c)
            .is_some_and(|l| SPANS.iter().any(|w| l.ends_with(w)))
    })
}

/// Whether a range figure's clause calls it a band: see [`Band::Named`].
pub(super) fn names_a_band(doc: &Doc, fig: &Figure) -> bool {
    matches!(band_words(doc, fig), Some(Band::Named))
}

/// Whether a clause counts more than one day (上线18天, 十八天): a number
/// right before 天, not 一 or 1 (一天内 is one day's).
fn counts_days(clause: &str) -> bool {
    clause.match_indices('天').any(|(at, _)| {
        let before = &clause[..at];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            return &before[before.len() - digits..] != "1";
        }
        before.ends_with([
            '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '兩', '百',
        ])
    })
}

/// A level an amount fell or rose to (市值缩水至2.9万亿美元, 人口减少到…)
/// is no amount of the change: a loss or change counted in money or people
/// is dropped (a rate's change, 跌幅扩大至17%, stays).
fn narrow_level_reached(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    // (after 至 or 到 only: 蒸发达208亿美元 is the amount lost)
    let lead = doc.text[fig.cl_start..fig.m.start].trim_end_matches(['约', '約', ' ']);
    if !lead.ends_with(['至', '到']) {
        return;
    }
    let metrics = &doc.db.metrics;
    cands.retain(|&(mi, _)| {
        let m = &metrics[mi];
        !((m.id.ends_with("_loss") || m.id.ends_with("_change"))
            && !matches!(m.unit, Unit::Percent | Unit::PercentagePoint))
    });
}

/// Whether the figure is a level reached: right after 至, 到 or 达.
fn reached(doc: &Doc, fig: &Figure) -> bool {
    doc.text[fig.cl_start..fig.m.start]
        .trim_end_matches(['约', '約', ' '])
        .ends_with(['至', '到', '达', '達'])
}

/// The word of a growth that names metric `mi` too, when the figure is
/// the level the growth reached (营收增长126%至609亿美元: 营收增长 is
/// revenue's growth, and what comes after 至 is revenue): a trigger of
/// `<mi>_growth` or `<mi>_change` that opens with a word of `mi`, in the
/// percentage's clause, then the percentage, then 至, 到 or 达 right
/// before the figure.
fn growth_reaching(
    doc: &Doc,
    fig: &Figure,
    mi: usize,
    triggers: &rustc_hash::FxHashMap<String, Vec<usize>>,
) -> Option<Span> {
    let text = doc.text;
    if !reached(doc, fig) {
        return None;
    }
    // the percentage right before 至 (增长126%至, 增长126%，达到)
    let before = doc.mentions[..fig.k].last()?;
    if before.unit != Some(Unit::Percent)
        || before.start < fig.s.start
        || !text[before.end..fig.m.start]
            .chars()
            .all(|c| "，, 约約了达達到至".contains(c))
    {
        return None;
    }
    let id = doc.db.metrics[mi].id.as_str();
    fig.trig
        .iter()
        .filter(|&&(ts, te, gm)| {
            ts >= fig.s.start
                && te <= before.start
                && !text[te..before.start].contains(['，', ',', '；', ';', '。'])
                // (the growth's word names the measure: 营收增长 holds 营收,
                // a bare 上涨 names none)
                && text[ts..te].char_indices().skip(1).any(|(at, _)| {
                    triggers
                        .get(super::triggers::lower(&text[ts..ts + at]).as_ref())
                        .is_some_and(|ms| ms.contains(&mi))
                })
                && doc.db.metrics[gm]
                    .id
                    .strip_prefix(id)
                    .is_some_and(|rest| rest == "_growth" || rest == "_change")
        })
        .map(|&(ts, te, _)| (ts, te))
        .next_back()
}

/// Whether the figure is the amount of a change, right after its verb
/// (出生人数增加了52万人, 营收减少3亿元) — not after 至/到, which give the
/// level reached (下降至3%).
fn follows_change_verb(lead: &str) -> bool {
    const VERBS: &[&str] = &[
        "增加", "减少", "減少", "增长", "增長", "下降", "上升", "回升", "回落", "多出", "少了",
        "增", "减", "減", "升", "降", "跌", "涨", "漲",
    ];
    // (新增 counts what was added: 新增140个实体 is a level of its own)
    let lead = lead.trim_end_matches(['约', '約', '了', ' ']);
    // how much something moved, then 达/为 (跌幅達24.04美元 is the fall,
    // not the price it fell to)
    let magnitude = lead
        .trim_end_matches(['达', '達', '为', '為', '近', '逾', ' '])
        .trim_end_matches(['约', '約', '有', ' ']);
    (ends_with_any(lead, VERBS) && !lead.ends_with("新增"))
        || ends_with_any(magnitude, super::figure::CHANGES)
}

/// Words of a preview.
pub(super) const PREVIEW: &[&str] = &["预览", "預覽", "preview", "Preview"];

/// Whether the word at `ts..te` opens something again or opens a service,
/// not a release (恢复开放充值, 重新上线, 开放注册): a resumption is no first
/// release, and 开放 with an object opens that object. (再次推出 launches
/// another model: it stays a release.)
fn reopens(text: &str, ts: usize, te: usize) -> bool {
    const OPENINGS: &[&str] = &[
        "开放", "開放", "上线", "上線", "发布", "發布", "發佈", "推出", "上架",
    ];
    const AGAIN: &[&str] = &["重新", "恢复", "恢復", "重启", "重啟", "重开", "重開"];
    const SERVICES: &[&str] = &[
        "充值", "注册", "註冊", "申请", "申請", "预约", "預約", "订阅", "訂閱", "购买", "購買",
        "登录", "登入",
    ];
    let word = &text[ts..te];
    if !OPENINGS.contains(&word) {
        return false;
    }
    let before = text[..ts].trim_end();
    AGAIN.iter().any(|w| before.ends_with(w))
        || (matches!(word, "开放" | "開放") && SERVICES.iter().any(|w| text[te..].starts_with(w)))
}

/// A date of a speech, a statement or a paper published (发表演讲, 发表了
/// DeepSeek-R1的论文): 发表 launches a model (發表Llama 3), not these. The
/// release date is dropped when the figure's clause publishes one of them
/// and names no other verb of launch.
fn narrow_published_not_launched(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const PUBLISHED: &[&str] = &["发表", "發表"];
    const NOT_LAUNCHES: &[&str] = &[
        "演讲",
        "演講",
        "讲话",
        "講話",
        "声明",
        "聲明",
        "论文",
        "論文",
        "文章",
        "评论",
        "評論",
        "报告",
        "報告",
        "看法",
        "谈话",
        "談話",
        "致辞",
        "致辭",
        "公开信",
        "公開信",
        "博文",
        "推文",
        "帖子",
        "研究",
        "观点",
        "觀點",
        "意见",
        "意見",
        "社论",
        "社論",
    ];
    const LAUNCHES: &[&str] = &[
        "发布", "發布", "發佈", "推出", "上线", "上線", "开源", "開源", "问世", "問世", "亮相",
    ];
    let clause = &doc.text[fig.cl_start..fig.cl_end];
    // (every word holds 发 or 發: most clauses have neither)
    if !(clause.contains('发') || clause.contains('發')) {
        return;
    }
    let Some(at) = PUBLISHED.iter().filter_map(|w| clause.find(w)).min() else {
        return;
    };
    let published_not_launched = NOT_LAUNCHES.iter().any(|w| clause[at..].contains(w))
        && !LAUNCHES.iter().any(|w| clause.contains(w));
    if published_not_launched {
        cands.retain(|&(mi, _)| doc.db.metrics[mi].id != "release_date");
    }
}

/// One of a list of figures handed out with 分别 over a list of measures
/// (固定资产投资和社会消费品零售总额分别增长3.2%和3.5%) is the measure in
/// its place: the k-th figure after 分别, the k-th measure word of the
/// clause before it. Only when the clause names two measures or more (a
/// list of names, H20和H100的FP16算力分别为…, is read elsewhere).
fn narrow_respective(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    let Some((ps, pe)) = measure_in_place(doc, fig) else {
        return;
    };
    let in_place = |mi: usize| {
        fig.trig
            .iter()
            .any(|&(ts, te, m)| m == mi && ts >= ps && te <= pe)
    };
    if cands.iter().any(|&(mi, _)| in_place(mi)) {
        cands.retain(|&(mi, _)| in_place(mi));
    }
}

/// The span of the measure word in the figure's place, when it is one of a
/// list of figures handed out with 分别 over two measures or more (see
/// [`narrow_respective`]).
pub(super) fn measure_in_place(doc: &Doc, fig: &Figure) -> Option<(usize, usize)> {
    // (the figure's place among those of its kind after 分别, not a date
    // between: 分别在2024年增长3.2%和3.5%)
    let super::entity::Respective {
        from,
        list_start,
        place,
        figures,
    } = super::entity::respectively(doc, fig)?;
    // the measure words of the clause that 分别 closes, in order, a word
    // inside a longer one left out
    let mut words: Vec<(usize, usize)> = fig
        .trig
        .iter()
        .filter(|&&(ts, te, _)| ts >= list_start && te <= from)
        .map(|&(ts, te, _)| (ts, te))
        .collect();
    words.sort_by_key(|&(ts, te)| (ts, std::cmp::Reverse(te)));
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (ts, te) in words {
        if spans.last().is_none_or(|&(_, end)| ts >= end) {
            spans.push((ts, te));
        }
    }
    // (measures: each word names other metrics than the rest; 零售单位中，
    // 便利店、超市…零售额分别增长 lists shops, not measures)
    let metrics_of = |(ps, pe): (usize, usize)| -> Vec<usize> {
        fig.trig
            .iter()
            .filter(|&&(ts, te, _)| ts >= ps && te <= pe)
            .map(|&(_, _, m)| m)
            .collect()
    };
    let mut sets: Vec<Vec<usize>> = spans.iter().map(|&sp| metrics_of(sp)).collect();
    // (a word every listed measure shares is none of the list: 每百万输入、
    // 输出tokens价格 lists 输入 and 输出, 每百万 and 价格 name both)
    let general: Vec<bool> = (0..sets.len())
        .map(|i| {
            let others: Vec<&Vec<usize>> = (0..sets.len())
                .filter(|&j| j != i && !sets[i].iter().all(|m| sets[j].contains(m)))
                .map(|j| &sets[j])
                .collect();
            others.len() >= 2 && others.iter().all(|o| o.iter().all(|m| sets[i].contains(m)))
        })
        .collect();
    if general.iter().any(|&g| g) {
        let mut keep = general.iter().map(|&g| !g);
        spans.retain(|_| keep.next().unwrap_or(true));
        let mut keep = general.iter().map(|&g| !g);
        sets.retain(|_| keep.next().unwrap_or(true));
    }
    let distinct = sets
        .iter()
        .enumerate()
        .all(|(i, a)| sets[..i].iter().all(|b| b != a));
    // (and listed: a conjunction or a list mark between each two, not 零售额
    // 同比, a measure and its growth word)
    let listed = spans
        .windows(2)
        .all(|w| super::entity::is_list_join(&doc.text[w[0].1..w[1].0]));
    if spans.len() < 2 || spans.len() != figures || !distinct || !listed {
        return None;
    }
    spans.get(place).copied()
}

/// A date after a preview is named in its sentence (首次以预览版形式…于2024
/// 年9月12日发布), with no full release named after it, or a date whose
/// clause names the preview after it (于9月12日推出o1预览版), is the
/// preview's: the release date is not a candidate when the preview's date
/// is. A full release the clause names after the date (并于12月5日发布o1
/// 正式版) keeps it.
fn narrow_to_preview(doc: &Doc, fig: &Figure, cands: &mut Vec<(usize, f64)>) {
    const FULL: &[&str] = &["正式版", "正式發布", "正式发布", "完整版"];
    // (the sentence's first preview word to end, found once per sentence)
    let Some(first_end) = doc.words_of(fig.si).preview_end else {
        return;
    };
    // what the figure's clause says after it: a full release named there
    // (并于12月5日发布o1正式版) is the figure's; a preview there (于9月12日
    // 推出o1预览版) makes it the preview's whatever came before
    let after = &doc.text[fig.m.end..fig.cl_end];
    if FULL.iter().any(|w| after.contains(w)) {
        return;
    }
    // (the preview launched: its word right after the name launched or the
    // verb, 推出o1预览版, 推出预览版; not 推出o1並結束預覽階段)
    let preview_after = PREVIEW
        .iter()
        .filter_map(|w| after.find(w))
        .min()
        .is_some_and(|p| {
            let at = fig.m.end + p;
            // (a name that ends there, or holds the word: o1预览版)
            let named = doc.occ[doc.occ.partition_point(|o| o.end < at)..]
                .iter()
                .take_while(|o| o.start <= at)
                .any(|o| o.end >= at);
            // (past what was launched: 推出推理模型预览版, 上线了首个…)
            let mut before = after[..p].trim_end_matches(['了', '的', ' ', '　']);
            for _ in 0..3 {
                before = [
                    "首个",
                    "首個",
                    "首款",
                    "推理模型",
                    "新模型",
                    "大模型",
                    "模型",
                    "版本",
                ]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .unwrap_or(before)
                .trim_end_matches(['了', '的', ' ', '　']);
            }
            let verb = [
                "推出", "发布", "發布", "發佈", "上线", "上線", "开放", "開放", "释出", "釋出",
            ]
            .iter()
            .any(|v| before.ends_with(v));
            let ended = [
                "结束", "結束", "取代", "替代", "告别", "告別", "取消", "代替",
            ]
            .iter()
            .any(|w| before.contains(w));
            (named || verb) && !ended
        });
    // the name right after the preview's word, before the figure, of a
    // model that is itself a preview (首个预览版R1-Lite-Preview于…上线)
    let mut named_before = None;
    if !preview_after {
        if first_end > fig.m.start {
            return;
        }
        let lead = &doc.text[fig.s.start..fig.m.start];
        // (not the word inside the name of a product whose preview the
        // database holds no date of: R1-Lite-Preview; o1预览版 is o1's)
        let preview = doc.db.metric("preview_release_date");
        let in_a_name = |at: usize| {
            let at = fig.s.start + at;
            doc.occ[..doc.occ.partition_point(|o| o.start <= at)]
                .iter()
                .rev()
                .take(4)
                .any(|o| o.end > at && preview.is_none_or(|mi| !doc.db.has_facts(o.entity, mi)))
        };
        let Some((at, w)) = PREVIEW
            .iter()
            .filter_map(|w| {
                lead.match_indices(w)
                    .map(|(at, _)| at)
                    .filter(|&at| !in_a_name(at))
                    .last()
                    .map(|at| (at, w))
            })
            .max()
        else {
            return;
        };
        if FULL.iter().any(|w| lead[at..].contains(w)) {
            return;
        }
        let rest = lead[at + w.len()..].trim_start_matches(['版', '本', '的']);
        let name_at = fig.m.start - rest.trim_start().len();
        // (whose name says it is a preview)
        named_before = doc.occ[doc.occ.partition_point(|o| o.start < name_at)..]
            .first()
            .filter(|o| o.start == name_at)
            .filter(|o| PREVIEW.iter().any(|w| doc.text[o.start..o.end].contains(w)));
    }
    let id = |mi: usize| doc.db.metrics[mi].id.as_str();
    if cands
        .iter()
        .any(|&(mi, _)| id(mi) == "preview_release_date")
    {
        // (named right after it, the preview is what the date is of: not a
        // rule's announcement its verb 推出 may also be; but a model that
        // is itself a preview, DeepSeek-R1-Lite-Preview, has its release)
        let named = if preview_after {
            let first = doc.occ.partition_point(|o| o.start < fig.m.end);
            doc.occ[first..]
                .iter()
                .take_while(|o| o.start < fig.cl_end)
                .next()
        } else {
            named_before
        };
        let has = |e: usize, metric: &str| {
            doc.db
                .metric(metric)
                .is_some_and(|mi| doc.db.has_facts(e, mi))
        };
        let no_preview_of_its_own = named.is_some_and(|o| {
            has(o.entity, "release_date") && !has(o.entity, "preview_release_date")
        });
        if no_preview_of_its_own && cands.iter().any(|&(mi, _)| id(mi) == "release_date") {
            cands.retain(|&(mi, _)| id(mi) == "release_date");
        } else if preview_after {
            cands.retain(|&(mi, _)| id(mi) == "preview_release_date");
        } else {
            cands.retain(|&(mi, _)| id(mi) != "release_date");
        }
    }
}

/// Nouns of a population whose share a percentage right before them counts
/// (九成地区, 八成的企业): the figure is how many of them, not a rate.
const POPULATIONS: &[&str] = &[
    "地区",
    "地區",
    "行业",
    "行業",
    "产品",
    "產品",
    "企业",
    "企業",
    "城市",
    "省份",
    "受访者",
    "受訪者",
    "网民",
    "網民",
    "家庭",
    "居民",
    "用户",
    "用戶",
    "国家",
    "國家",
    "学校",
    "學校",
    "医院",
    "醫院",
    "商品",
    "门类",
    "門類",
    "工业大类",
    "工業大類",
];

/// Whether the words after a percentage start with a population noun,
/// with or without 的 (九成地区, 六成的受访者).
fn counts_a_population(after: &str) -> bool {
    let after = after.strip_prefix('的').unwrap_or(after);
    POPULATIONS.iter().any(|p| after.starts_with(p))
}

/// Words right before a measure that make it a per-head or household
/// figure (人均GDP, 居民可支配收入).
const PER_HEAD: &[&str] = &[
    "人均",
    "每人",
    "可支配",
    "居民",
    "家庭",
    "住户",
    "住戶",
    "职工",
    "職工",
    "农民",
    "農民",
];

/// Words before a measure's word that make it a denominator (单位GDP, 万
/// 元国内生产总值, 每万元GDP).
const PER_UNIT_OF: &[&str] = &["单位", "單位", "万元", "萬元"];

/// Whether the measure's word at byte `ts` is a denominator (see
/// [`PER_UNIT_OF`]): not 万元 ending an amount (4000万元成本).
fn per_unit_of(text: &str, ts: usize) -> bool {
    let before = &text[..ts];
    PER_UNIT_OF.iter().any(|w| {
        before.strip_suffix(w).is_some_and(|b| {
            !w.contains('元')
                || !b.ends_with(|c: char| {
                    c.is_ascii_digit()
                        || ('０'..='９').contains(&c)
                        || "〇零一二两兩三四五六七八九十百千.多余餘几幾数數上逾近".contains(c)
                })
        })
    })
}

/// Whether `s` names one of the [`INTENSITIES`] (the cheap test first:
/// every one holds 耗, 排, 碳 or 用).
pub(super) fn names_an_intensity(s: &str) -> bool {
    s.contains(['耗', '排', '碳', '用']) && INTENSITIES.iter().any(|w| s.contains(w))
}

/// Measures of what is used or given off per unit of output (规模以上工业
/// 单位增加值能耗): named in a figure's clause between an output's word and
/// the figure, outside brackets, they are the figure's measure.
const INTENSITIES: &[&str] = &[
    "能耗",
    "耗能",
    "用水量",
    "水耗",
    "电耗",
    "電耗",
    "排放",
    "碳强度",
    "碳強度",
];

/// Ratios and densities named after a measure's word (人口性别比,
/// 人口密度): figures of their own, not the measure's.
const RATIOS_OF_A_MEASURE: &[&str] = &["性别比", "性別比", "男女比", "抚养比", "撫養比", "密度"];

/// Whether the metric word at byte `ts` names a measure per head or of
/// households (see [`PER_HEAD`]).
fn per_head(text: &str, ts: usize) -> bool {
    ends_with_any(&text[..ts], PER_HEAD)
}

/// What a bare growth's clauses before it measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Measured {
    /// A metric of the database.
    Metric(usize),
    /// A measure per head or of households, which the database has none of.
    PerHead,
}

/// Verbs of growth and decline, the predicate of a growth figure.
const GROWTH_VERBS: &[&str] = &[
    "增长", "增長", "成长", "成長", "增速", "增幅", "上升", "上涨", "上漲", "下降", "下跌", "增加",
    "减少", "減少",
];

/// Words before a growth verb that say how it was measured, not what grew.
const GROWTH_MODIFIERS: &[&str] = &[
    "实际", "實際", "实质", "實質", "名义", "名義", "同比", "按年", "环比", "環比", "累计", "累計",
];

/// Whether a metric word is a growth verb with at most a modifier before
/// it (实际增长, 名義增長): it names no measure of its own.
fn bare_growth_word(word: &str) -> bool {
    let rest = GROWTH_MODIFIERS
        .iter()
        .find_map(|m| word.strip_prefix(m))
        .unwrap_or(word);
    GROWTH_VERBS.contains(&rest)
}

/// Whether a clause only gives a figure of what the clause before named
/// (营收首次突破1000亿美元，达1305亿美元，较上年同期增长114%): a verb of
/// reaching and a figure, no word of a measure.
fn restates_a_figure(clause: &str) -> bool {
    const REACH: &[&str] = &[
        "达", "達", "为", "為", "至", "录得", "錄得", "约", "約", "高达", "高達",
    ];
    let c = clause.trim_matches(|c: char| matches!(c, '，' | ',' | '；' | ';' | ' '));
    REACH.iter().any(|w| c.starts_with(w))
        && c.contains(|ch: char| ch.is_ascii_digit())
        && c.chars().count() <= 14
        && !c.contains(['的', '，', ','])
}

/// Whether a metric word is a verb of change alone (增长, 同比下降, 降低):
/// it names no measure.
fn bare_change_verb(word: &str) -> bool {
    bare_growth_word(word) || word == "降低"
}

/// Whether the word at `ts..te` of two characters names a measure: the
/// abbreviations statistics pages write for a series of the economy (社零,
/// 固投 before 增速), opening their noun phrase (2024年社零, 全国固投; not
/// a part of the series: 网上社零, 基建固投, 民间固投). Not 零售 or 工业,
/// which stand inside other names (零售股, 道瓊斯工業, 加工业), nor a verb
/// or comparison word (同比, 上涨).
fn short_series_name(text: &str, ts: usize, te: usize) -> bool {
    const ABBREVIATIONS: &[&str] = &["社零", "固投"];
    ABBREVIATIONS.contains(&&text[ts..te])
        && text[..ts].chars().next_back().is_none_or(opens_a_series)
}

/// Whether a series' word after character `c` opens its noun phrase: after
/// no Chinese character, a time (2024年, 1—11月份, 同期), a country (中国,
/// 国内), 的, a list join or a copula (和, 是), a clause's link (而, 但, 其);
/// not after a word naming a part of the series (网上, 民间, 基建).
pub(super) fn opens_a_series(c: char) -> bool {
    !crate::segment::is_han(c) || "年月份度期国國内內的和与與及是为為中而但其此".contains(c)
}

/// Whether a figure joined to this one (及, 和, 、) stands between it and a
/// word after both (130亿参数及130亿激活参数): the word is the nearer one's.
fn joined_figure_between(doc: &Doc, fig: &Figure, ts: usize) -> bool {
    const JOINS: &[&str] = &["及", "和", "与", "與", "以及", "、", "，", ","];
    doc.mentions.get(fig.k + 1).is_some_and(|n| {
        n.start >= fig.m.end
            && n.end <= ts
            && n.start < fig.s.end
            && JOINS.contains(&doc.text[fig.m.end..n.start].trim())
    })
}

/// Whether the word at `ts..te` names the figure ending at `end` as the
/// noun it qualifies: right after it, or after 的 and at most two other
/// characters of Han script (2.5%的温和经济增长), in one clause.
fn names_the_figure_after(text: &str, end: usize, ts: usize, te: usize) -> bool {
    let Some(gap) = text.get(end..ts) else {
        return false;
    };
    let adjective = gap.strip_prefix('的').unwrap_or(gap);
    te > ts
        && (gap.is_empty()
            || gap.starts_with('的')
                && adjective.chars().count() <= 2
                && adjective.chars().all(crate::segment::is_han))
}

/// At most this many characters in the words of a growth before its
/// figure (比上年同期实际增长了).
const MAX_GROWTH_PHRASE: usize = 12;

/// Whether a figure's clause before it (`lead`) names what grew by a word
/// the database does not know, right before the words of the growth (出口
/// 增速, 基建投资增速): its growth is not the measure the clause before
/// named. A time (四季度, 全年), a reading (按可比价格计算) or nothing
/// before the growth names none, nor a name of the database (香港成長3.2%:
/// who grew). `from..to` is the clause before the figure, `clause_end`
/// the end of the figure's clause.
fn names_unknown_measure(doc: &Doc, from: usize, to: usize, clause_end: usize) -> bool {
    let lead = doc.text[from..to].trim_start_matches(['，', ',', '；', ';', '、', ' ']);
    // (or before a verb of achieving, the growth after the figure: 净利润
    // 实现145%的增长)
    if let Some(head) = ACHIEVED.iter().find_map(|v| lead.strip_suffix(v)) {
        // (the words after the figure, `to` being its start: its own
        // characters passed over, at most its clause's)
        let after = doc.text[to..clause_end.max(to)]
            .trim_start_matches(|c: char| !crate::segment::is_han(c));
        let after = after.strip_prefix('的').unwrap_or(after);
        return GROWTH_VERBS.iter().any(|g| after.starts_with(g))
            && !NOT_MEASURES.iter().any(|w| head.contains(w))
            && head_is_a_measure(doc, head, to - (lead.len() - head.len()));
    }
    // (the words of a growth, not a bare copula: 统计局公布的数据为5.2%; they
    // are short, so only the lead's last characters are read, from the
    // first place where one of the growth's words may start)
    let tail = lead
        .char_indices()
        .rev()
        .nth(MAX_GROWTH_PHRASE - 1)
        .map_or(0, |(i, _)| i);
    // (every growth verb starts with one of these)
    if !lead[tail..].contains(['增', '成', '上', '下', '减', '減'])
        || !GROWTH_VERBS.iter().any(|g| lead[tail..].contains(g))
    {
        return false;
    }
    let Some(p) = lead[tail..]
        .char_indices()
        .map(|(i, _)| tail + i)
        .find(|&i| only_growth_words(&lead[i..]))
    else {
        return false;
    };
    let head_end = to - (lead.len() - p);
    if NOT_MEASURES.iter().any(|w| lead[..p].contains(w)) {
        return false;
    }
    // (past the words of how much or how it grew: 同比翻倍增长 names no
    // measure, 出口大幅增长 does)
    const HOW: &[&str] = &[
        "翻倍", "翻番", "大幅", "小幅", "强劲", "強勁", "显著", "顯著", "明显", "明顯", "稳步",
        "穩步", "持续", "持續", "快速", "高速", "温和", "溫和", "逆势", "逆勢", "双双", "雙雙",
        "分别", "分別",
    ];
    let mut head = &lead[..p];
    while let Some(w) = HOW.iter().find(|w| head.ends_with(**w)) {
        head = &head[..head.len() - w.len()];
    }
    let head_end = head_end - (p - head.len());
    head_is_a_measure(doc, head, head_end)
}

/// Verbs of achieving a growth named after its figure (实现145%的增长,
/// 录得2.5%的增长).
const ACHIEVED: &[&str] = &[
    "实现了",
    "实现",
    "實現了",
    "實現",
    "录得",
    "錄得",
    "取得了",
    "取得",
    "迎来",
    "迎來",
];

/// Whether the words before a growth (`head`, ending at byte `head_end`)
/// end with a measure: a Han word that is no time, no pronoun and no
/// linking word (出口, 净利润), and no name of the database; or an
/// abbreviation in Latin letters the database does not know (M2, EPS).
fn head_is_a_measure(doc: &Doc, head: &str, head_end: usize) -> bool {
    // (a measure's abbreviation in Latin letters the database does not
    // know: M2增长7.3%, EPS增长147%, GMV, R&D; not GDP, a word of its own)
    let latin = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_alphanumeric() || c == '&')
            .len();
    let abbreviation = &head[head.len() - latin..];
    let unknown_abbreviation = || {
        latin >= 2
            && abbreviation.chars().any(|c| c.is_ascii_alphabetic())
            && !doc.db.metrics.iter().any(|mt| {
                mt.triggers
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(abbreviation))
            })
    };
    head.chars().next_back().is_some_and(|c| {
        crate::segment::is_han(c)
            && !"年月日度季期中内內后後前底末初全其同比共计計算此并並且而但却卻仍还還再又也亦则則"
                .contains(c)
            || c.is_ascii_alphanumeric() && unknown_abbreviation()
    }) && doc.name_ending_at(head_end).is_none()
}

/// A cause before a growth names no measure (四季度受出口拉动增长); nor a
/// word of how it came out (事实上增长, 结果增长, 数据显示增长).
const NOT_MEASURES: &[&str] = &[
    "受",
    "由于",
    "由於",
    "得益",
    "带动",
    "帶動",
    "拉动",
    "拉動",
    "推动",
    "推動",
    "结果",
    "結果",
    "最终",
    "最終",
    "事实",
    "事實",
    "实际上",
    "實際上",
    "公布",
    "显示",
    "顯示",
    "表明",
    "可见",
    "可見",
];

/// Whether `gap` holds nothing but the words of a growth and its
/// comparison (同比增长, 比上年增长了, 按年實質增長, 增速为), after the
/// end of a measure word.
fn only_growth_words(gap: &str) -> bool {
    // (增加值 ends a measure its first word named: 规模以上工业 + 增加值)
    const FILLERS: &[&str] = &[
        "增加值",
        "率",
        "速度",
        "了",
        "为",
        "為",
        "达",
        "達",
        "约",
        "約",
        "的",
    ];
    // (the figure may follow in brackets: 社零增速（3.5%）)
    let mut rest = gap.trim().trim_end_matches(['（', '(']).trim_end();
    while !rest.is_empty() {
        let word = AGAINST
            .iter()
            .chain(GROWTH_MODIFIERS)
            .chain(GROWTH_VERBS)
            .chain(FILLERS)
            .filter(|w| rest.starts_with(**w))
            .map(|w| w.len())
            .max();
        match word {
            Some(n) => rest = rest[n..].trim_start(),
            None => return false,
        }
    }
    true
}

/// Whether a clause is a growth figure: a growth verb and a percentage
/// (比上年名义增长5.3%; not 工业增加值405442亿元).
fn names_a_growth(clause: &str) -> bool {
    clause.contains(['%', '％']) && GROWTH_VERBS.iter().any(|v| clause.contains(v))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{linked, metric_index};
    use super::*;
    use crate::words::WordSet;

    /// A text holds a share word where a search for each finds one.
    #[test]
    fn share_words_are_found_at_their_characters() {
        let pieces = [
            "占", "佔", "比", "重", "比重", "占比", "收入", "é", "😀", "，",
        ];
        let mut next = crate::testing::xorshift(21);
        for _ in 0..3_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 17);
            let want = ["占", "佔", "比重", "占比", "佔比"]
                .iter()
                .any(|w| s.contains(w));
            assert_eq!(holds_share_word(&s), want, "{s}");
        }
    }

    /// A text holds a change word where a search of the words finds one.
    #[test]
    fn against_is_found_at_its_first_characters() {
        for w in AGAINST {
            assert!(AGAINST_FIRSTS.contains(&w.chars().next().unwrap()), "{w}");
        }
        let words = WordSet::new(&AGAINST);
        let pieces = [
            "比上年",
            "比",
            "上",
            "年",
            "较",
            "同比",
            "同",
            "按年",
            "日",
            "，",
            "é",
            "😀",
        ];
        let mut next = crate::testing::xorshift(13);
        for _ in 0..3_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 17);
            assert_eq!(holds_against(&s), words.occurs_in(&s), "{s}");
        }
    }

    /// Each candidate's triggers, found on from the last candidate's, are
    /// those a search of the whole list finds, and so is whether one could
    /// score.
    #[test]
    fn triggers_found_in_metric_order_are_those_searched_for() {
        let mut next = crate::testing::xorshift(41);
        for _ in 0..20_000 {
            let mut trig: Vec<Trigger> = (0..next() % 8)
                .map(|_| {
                    let ts = (next() % 50) as usize;
                    (ts, ts + 3, (next() % 10) as usize)
                })
                .collect();
            trig.sort_by_key(|&(ts, _, mi)| (mi, ts));
            let cands: Vec<(usize, f64)> = (0..10)
                .filter_map(|mi| {
                    let draw = next();
                    draw.is_multiple_of(3)
                        .then_some((mi, if draw.is_multiple_of(4) { 0.3 } else { 0.0 }))
                })
                .collect();
            let want = cands.iter().any(|&(mi, base)| could_score(&trig, mi, base));
            assert_eq!(could_any_score(&trig, &cands), want, "{trig:?} {cands:?}");
            let mut of_metric = MetricTriggers::new(&trig);
            for &(mi, _) in &cands {
                let lo = trig.partition_point(|&(_, _, tm)| tm < mi);
                let hi = trig.partition_point(|&(_, _, tm)| tm <= mi);
                assert_eq!(of_metric.of(mi), &trig[lo..hi], "{trig:?} {mi}");
            }
        }
    }

    #[test]
    fn a_trigger_weighs_more_near_before_in_clause_longer_and_unshared() {
        let w = |d, same, after, len, shared| trigger_weight(d, same, after, len, shared);
        // right before the figure, in its clause, four characters, one metric
        assert!((w(0, true, false, 4.0, 1.0) - 1.5).abs() < 1e-12);
        assert!(w(0, true, false, 4.0, 1.0) > w(8, true, false, 4.0, 1.0));
        assert!((w(8, false, false, 4.0, 1.0) - 0.5).abs() < 1e-12);
        assert!(w(0, true, false, 4.0, 1.0) > w(0, false, false, 4.0, 1.0));
        assert!(w(2, true, false, 4.0, 1.0) > w(2, true, true, 4.0, 1.0));
        assert!(w(0, true, false, 4.0, 1.0) > w(0, true, false, 2.0, 1.0));
        assert!((w(0, true, false, 4.0, 4.0) - 0.75).abs() < 1e-12);
    }

    /// The sentence's first preview word to end, found once, tells
    /// whether the text before each figure holds one.
    #[test]
    fn a_preview_before_a_figure_is_read_once_per_sentence() {
        let any = WordSet::new(PREVIEW);
        let pieces = [
            "预览",
            "預覽",
            "preview",
            "Preview",
            "预",
            "view",
            "版",
            "于2024年9月12日",
            "，",
            "发布",
            "3%",
        ];
        let mut rng = crate::testing::xorshift(23);
        let mut seen = 0;
        for _ in 0..400 {
            let text = crate::testing::pieces_text(&mut rng, &pieces, 10) + "。";
            super::super::tests::linked(&text).each_figure(|doc, fig| {
                let lead = &doc.text[fig.s.start..fig.m.start];
                let once = doc
                    .words_of(fig.si)
                    .preview_end
                    .is_some_and(|end| end <= fig.m.start);
                assert_eq!(once, any.occurs_in(lead), "{text}");
                seen += usize::from(once);
            });
        }
        assert!(seen > 10, "{seen}");
    }

    #[test]
    fn a_count_of_days_is_a_number_before_tian_other_than_one() {
        for (clause, want) in [
            ("上线18天下载量达1600万次", true),
            ("上線十八天內", true),
            ("11天", true),
            ("一天内下载量", false),
            ("1天", false),
            ("27日當天全球下載量約26萬次", false),
        ] {
            assert_eq!(counts_days(clause), want, "{clause}");
        }
    }

    #[test]
    fn the_unit_chooses_the_candidates() {
        let l = linked("DeepSeek-V3训练使用了2,048颗H800。");
        let units = &super::super::tests::fixture().linker.metric_units;
        let cands = l.with_figure("2,048颗", |_, fig| candidate_metrics(units, fig.m));
        assert!(cands.contains(&(metric_index("training_gpu_count"), UNIT_NAMES_METRIC)));
        assert!(!cands
            .iter()
            .any(|&(mi, _)| mi == metric_index("training_cost")));
    }

    #[test]
    fn the_candidates_of_a_unit_are_the_metrics_it_fits() {
        // read off the unit's list, they are those found by testing every
        // metric's unit, in order
        let units = &super::super::tests::fixture().linker.metric_units;
        let l = linked("DeepSeek-V3训练使用了2,048颗H800。");
        let base = l.mentions[l.find("2,048颗")].clone();
        let mut tried = 0;
        for kind in [Kind::Date, Kind::Count, Kind::Money] {
            for unit in crate::extract::units::ALL
                .iter()
                .filter_map(|&(id, _)| Unit::parse(id))
                .map(Some)
                .chain([None])
            {
                for per in [false, true] {
                    let mut m = base.clone();
                    m.kind = kind;
                    m.unit = unit;
                    if per {
                        m.per = Some("GPU_hour");
                    }
                    let mut want = Vec::new();
                    let metrics = &super::super::tests::fixture().db.metrics;
                    for (i, metric) in metrics.iter().enumerate() {
                        let (mu, rate) = (metric.unit, metric.unit.as_str().contains("_per_"));
                        let fits = match (m.kind, m.unit) {
                            (Kind::Date, _) => mu == Unit::Date,
                            (_, Some(u)) if u.is_currency() => mu.is_currency(),
                            (_, Some(Unit::User)) => mu == Unit::User || mu == Unit::People,
                            (_, Some(Unit::People)) => mu == Unit::People || mu == Unit::User,
                            (_, Some(u)) => u == mu,
                            (_, None) => false,
                        };
                        if fits && (m.per.is_none() || rate) {
                            want.push(i);
                        }
                    }
                    let got: Vec<usize> = candidate_metrics(units, &m)
                        .iter()
                        .map(|&(i, _)| i)
                        .collect();
                    assert_eq!(got, want, "{kind:?} {unit:?} {per}");
                    tried += 1;
                }
            }
        }
        assert!(tried > 20);
    }

    #[test]
    fn the_metric_word_is_the_strongest_trigger() {
        let l = linked("DeepSeek-V3的训练成本为557.6万美元。");
        assert_eq!(l.metric("557.6万美元"), Some("training_cost"));
        let (s, e) = l.link("557.6万美元").metric_word.expect("a word");
        assert_eq!(&l.text[s..e], "训练成本");
        // a unit alone names the metric, with no word
        let l = linked("DeepSeek-V3训练使用了2,048颗H800。");
        assert_eq!(l.metric("2,048颗"), Some("training_gpu_count"));
    }

    #[test]
    fn an_age_narrows_to_the_metric_of_that_age() {
        let l = linked("65岁及以上人口22023万人，占全国人口的15.6%。");
        assert_eq!(l.metric("22023万人"), None);
        assert_eq!(l.metric("15.6%"), Some("share_aged_65_plus"));
    }

    #[test]
    fn a_year_compared_against_is_a_word_four_digits_and_nian() {
        // the words each searched for, then the digits counted after them
        let by_words = |lead: &str| {
            ["比", "较", "較", "与", "與", "相比"].iter().any(|w| {
                lead.match_indices(w).any(|(i, _)| {
                    let rest = &lead[i + w.len()..];
                    let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
                    digits == 4 && rest[digits..].starts_with('年')
                })
            })
        };
        let pieces = [
            "比", "较", "與", "相比", "年", "2", "0", "２", "增加", "，", "a",
        ];
        let mut rng = crate::testing::xorshift(5);
        for _ in 0..20_000 {
            let lead = crate::testing::pieces_text(&mut rng, &pieces, 9);
            assert_eq!(against_a_year(&lead), by_words(&lead), "{lead}");
        }
        assert!(against_a_year("营收比2023年增加"));
        assert!(!against_a_year("营收比20230年增加"));
    }

    #[test]
    fn a_change_against_last_year_is_a_change_of_what_was_named() {
        let l = linked("中国年末总人口140828万人，比上年末减少139万人。");
        assert_eq!(l.metric("140828万人"), Some("population"));
        assert_eq!(l.metric("139万人"), Some("population_change"));
        // births have no change metric: the change stays unlinked
        let l = linked("國家統計局公布，2024年全年出生人口954万人，比上年增加52万人。");
        assert_eq!(l.metric("954万人"), Some("births"));
        assert_eq!(l.metric("52万人"), None);
    }

    #[test]
    fn a_year_alone_is_no_announcement_without_its_verb() {
        let l = linked("2024年，美国对华芯片出口管制继续收紧。");
        assert_eq!(l.metric("2024年"), None);
        let l = linked("2024年，美国商务部发布新一轮出口管制新规。");
        assert_eq!(l.metric("2024年"), Some("rule_announced_date"));
    }

    #[test]
    fn a_count_counts_the_noun_after_its_measure_word() {
        let l = linked("美国商务部将140家实体列入实体清单，并限制3种软件工具。");
        assert_eq!(l.metric("140家"), Some("entity_list_additions"));
        let ge = linked("美国商务部将140个实体列入实体清单。");
        assert_eq!(ge.metric("140个"), Some("entity_list_additions"));

        assert_eq!(l.metric("3种"), None);
    }

    #[test]
    fn a_bare_growth_takes_the_measure_of_the_clause_before() {
        let l = linked("輝達資料中心營收1,152億美元，成長142%。");
        assert_eq!(l.metric("1,152億美元"), Some("data_center_revenue"));
        assert_eq!(l.metric("142%"), Some("data_center_revenue_growth"));
    }
}
