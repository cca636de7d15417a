//! The entity of a figure: the names of the text scored by where they
//! stand against the figure (its clause, its sentence, the paragraph,
//! earlier paragraphs), less for the base of a comparison, more when a
//! pronoun points back or the database has facts for the name; then a
//! family total goes to the family and the subject of the figure's own
//! clause takes the figure.

use super::clause::{clause_before, ends_with_any, starts_with_any, strip_any, Clauses, WordEnds};
use super::lexicon::Lexicon;
use super::market::{index_subject, IndexSubject};
use super::unknown::{
    bracket_owner, glosses_unnamed_party, unknown_sentence_subject, unknown_subject,
    COMPARISON_MODIFIERS,
};
use super::{brackets, Doc, EntityBy, Figure, Linker, Occurrence};
use crate::db::ClaimsDb;
use crate::extract::{Kind, Mention, Qualifier, Unit};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// How far back the subject of a figure is looked for: a name more than
/// this many sentences back is not what a reader takes a figure to be about
/// (and the search stays bounded in one huge paragraph).
pub(super) const MAX_SENTENCES_BACK: usize = 40;
/// How many names (nearest first) are weighed as a figure's subject.
const MAX_NAMES_SEEN: usize = 256;
/// How many paragraphs back a name is still weighed.
const MAX_PARAGRAPHS_BACK: usize = 8;

/// A name before the figure in its sentence scores this, less its
/// distance (see [`DISTANCE_CHARS`]).
const BEFORE_IN_SENTENCE: f64 = 3.0;
/// Distance costs one point of score per this many characters between a
/// name and the figure.
const DISTANCE_CHARS: f64 = 40.0;
/// The most that distance costs a name before the figure in its sentence.
const BEFORE_MAX_FALLOFF: f64 = 1.5;
/// Added for a name before the figure in the figure's own clause.
const SAME_CLAUSE_BONUS: f64 = 0.5;
/// A name after a date in the date's clause: Chinese states the time first
/// (本月20日，DeepSeek再推出R1), so a date's subject follows it.
const AFTER_DATE_SAME_CLAUSE: f64 = 2.8;
/// A name after a date, in a later clause of its sentence.
const AFTER_DATE_OTHER_CLAUSE: f64 = 2.0;
/// A name after a figure in the figure's clause.
const AFTER_SAME_CLAUSE: f64 = 1.6;
/// A name after a figure, in a later clause of its sentence.
const AFTER_OTHER_CLAUSE: f64 = 0.8;
/// The most that distance costs a name after the figure.
const AFTER_MAX_FALLOFF: f64 = 0.6;
/// A name right after the figure and 的, the head the figure describes
/// (股价下跌2.1%的微软, 市值蒸发1000亿美元的博通): above any name before it.
const HEAD_AFTER: f64 = BEFORE_IN_SENTENCE + SAME_CLAUSE_BONUS + 0.5;
/// A name in an earlier sentence of the paragraph scores this, less
/// [`PARAGRAPH_STEP`] per sentence back (at most [`PARAGRAPH_MAX_BACK`]).
const PARAGRAPH_HEAD: f64 = 1.8;
/// See [`PARAGRAPH_HEAD`].
const PARAGRAPH_STEP: f64 = 0.2;
/// See [`PARAGRAPH_HEAD`].
const PARAGRAPH_MAX_BACK: usize = 5;
/// A name in an earlier paragraph scores this, less [`EARLIER_STEP`] per
/// paragraph back (at most [`EARLIER_MAX_BACK`]).
const EARLIER_HEAD: f64 = 0.9;
/// See [`EARLIER_HEAD`].
const EARLIER_STEP: f64 = 0.1;
/// See [`EARLIER_HEAD`].
const EARLIER_MAX_BACK: usize = 8;
/// Taken off a name that is the base of a comparison (是X的, 比X, 直逼X).
const COMPARISON_BASE_PENALTY: f64 = 1.2;
/// Given to the base of a comparison right before its own figure (是X同期
/// 600万次的近三倍): the figure is the base's, not the subject's.
const OWN_FIGURE_BONUS: f64 = 1.2;
/// Added to a name before the figure's clause when a pronoun in the clause
/// points back to it (其, 该公司).
const PRONOUN_BONUS: f64 = 1.0;
/// Added to the topic of the figure's sentence, named at its head, for a
/// figure in a later clause that names no subject of its own: Chinese
/// carries the topic across commas (华为昇腾910C被视为H100的替代品，显存
/// 容量为128GB is the 910C's memory).
const TOPIC_BONUS: f64 = 1.0;
/// How far into its sentence (in characters) a name still heads it.
const TOPIC_HEAD_CHARS: usize = 6;
/// Added to a name the database has facts of the metric for: among names
/// at similar distance, the one the article is about.
const HAS_FACTS_BONUS: f64 = 0.6;

/// The name a figure is about, as [`Linker::best_entity`] weighs them.
#[derive(Clone, Copy, Debug)]
pub(super) struct Owner {
    pub(super) score: f64,
    pub(super) entity: usize,
    pub(super) by: EntityBy,
    /// Another name the figure may be about: one of its sentence that
    /// stands nearer to it, which only the facts bonus put the owner
    /// before (在DeepSeek-V2之后，又有了V3，参数高达6710亿), or the subject of
    /// a later clause of the owner's kind (英伟达股价暴跌17%，博通同样重挫，
    /// 跌幅达17.4%). The check holds the figure to it too.
    pub(super) nearer: Option<usize>,
}

/// Words before a name that make it the base of a comparison.
pub(super) const COMPARISON_BEFORE: &[&str] = &[
    "比",
    "比起",
    "相比",
    "对比",
    "對比",
    "直逼",
    "逼近",
    "媲美",
    "超越",
    "超过",
    "超過",
    "不到",
    "不及",
    "胜过",
    "勝過",
    "是",
    "為",
    "为",
    "相当于",
    "相當於",
    "等于",
    "等於",
    "只有",
    "仅有",
    "僅有",
    "不如",
    "落后",
    "落後",
    "领先",
    "領先",
    "较",
    "較",
    "与",
    "與",
    "和",
    "跟",
    "同",
    "低于",
    "低於",
    "高于",
    "高於",
    "少于",
    "少於",
    "多于",
    "多於",
    "大于",
    "大於",
    "小于",
    "小於",
    "优于",
    "優於",
    "强于",
    "強於",
    "逊于",
    "遜於",
    "比肩",
    "看齐",
    "看齊",
    "对标",
    "對標",
    "追平",
    "赶超",
    "趕超",
    "相较于",
    "相較於",
    "相比于",
    "相比於",
    "相对于",
    "相對於",
    "较之",
    "較之",
];

/// [`COMPARISON_BEFORE`] by their last characters.
static COMPARED: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(COMPARISON_BEFORE));

/// Words after a name that make it a person's affiliation, not the subject
/// of a figure (Anthropic首席执行官阿莫代…指出).
const TITLES: &[&str] = &[
    "首席执行官",
    "首席執行官",
    "行政总裁",
    "行政總裁",
    "执行长",
    "執行長",
    "总裁",
    "總裁",
    "董事长",
    "董事長",
    "创始人",
    "創始人",
    "创办人",
    "創辦人",
    "联合创始人",
    "聯合創始人",
    "共同创办人",
    "共同創辦人",
    "发言人",
    "發言人",
    "CEO",
    "首席",
    "研究员",
    "研究員",
    "分析师",
    "分析師",
    "工程师",
    "工程師",
    "高管",
    "员工",
    "員工",
];

/// Verbs of a market move: a clause `<name><verb><figure>` (三星电子跌逾4%)
/// is about its own name.
const MOVES: &[&str] = &[
    "下跌", "上涨", "上漲", "暴跌", "大跌", "重挫", "急跌", "急挫", "飙升", "飆升", "大涨", "大漲",
    "收跌", "收涨", "收漲", "跌", "涨", "漲", "挫", "升", "降", "瀉", "泻", "插",
];

/// Words that point back to the topic named before.
const PRONOUNS: &[&str] = &[
    "他",
    "她",
    "其",
    "它",
    "该公司",
    "該公司",
    "该模型",
    "該模型",
    "该企业",
    "該企業",
    "该应用",
    "該應用",
    "这家公司",
    "這家公司",
];

/// Kinds of entity a product's name (`o1-pro`) could stand for.
const PRODUCT_KINDS: &[&str] = &["ai_model", "ai_product", "app", "chip"];

/// Words of a total over a family (全系列, 合计, 三个尺寸合计).
const FAMILY_TOTAL: &[&str] = &[
    "全系列",
    "合计",
    "合計",
    "总计",
    "總計",
    "共计",
    "共計",
    "合共",
    "累计",
    "累計",
    "三个尺寸",
    "三個尺寸",
    "所有型号",
    "所有型號",
];

impl Linker {
    /// The best-scored entity for the figure as a figure of metric `mi`:
    /// (score, entity, where it was found). Names are weighed up to the
    /// end of the figure's sentence, nearest first, no further back than
    /// [`MAX_PARAGRAPHS_BACK`] paragraphs or [`MAX_SENTENCES_BACK`]
    /// sentences, and at most [`MAX_NAMES_SEEN`] names.
    pub(super) fn best_entity(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<Owner> {
        let (db, occ) = (doc.db, doc.occ);
        // a move whose clause names its own mover in words the database
        // lacks (科磊跌9.5%、应用材料跌7%) is that mover's
        if db.metrics[mi].id == "share_price_change" && names_own_mover(doc, fig) {
            return None;
        }
        // the head the figure describes (跌幅达3%的甲骨文) is its owner:
        // when the metric is none of its, the figure is no one else's
        // (and no other name is: 跌幅达3%的微软 is not the NVIDIA before it)
        let head = match head_after(doc, fig).or_else(|| launched_after_subject(doc, fig)) {
            Some(o) => Some(self.entity_for_metric(o.entity, mi)?),
            // (a launch of a name the database does not know, 在1月27日，
            // DeepSeek又推出了Janus-Pro, is no one's the database holds)
            None if launches_an_unknown_name(doc, fig) => return None,
            None => None,
        };
        let names = fig.names.get_or_init(|| names_near(doc, fig));
        // the best name of the figure's own sentence and the best carried
        // from before it: (score, score before the facts bonus, entity, by)
        let mut here: Option<(f64, f64, usize, EntityBy)> = None;
        // the best name of the sentence before the facts bonus
        let mut here_raw: Option<(f64, usize, usize)> = None;
        // where the best name of the sentence stands
        let mut here_at = 0;
        // the carried names by their score before the facts bonus, and the
        // sentence of the best of them
        let mut carried_raw: Option<(f64, Option<usize>)> = None;
        for (j, place_of) in names.place.iter().enumerate().rev() {
            let i = names.first + j;
            let o = &occ[i];
            // what the figure is compared with is not what it is about,
            // wherever else the text names it
            if names.compared.contains(&o.entity) {
                continue;
            }
            // the entity the name reports for: itself, the economy of an
            // agency (国家统计局 → China), a company's product
            let Some(entity) = self.entity_for_metric(o.entity, mi) else {
                continue;
            };
            if head.is_some_and(|h| h != entity) {
                continue;
            }
            let Some((raw, by)) = *place_of.get_or_init(|| place(doc, fig, i)) else {
                continue;
            };
            let sc = if db.has_facts(entity, mi) {
                raw + HAS_FACTS_BONUS
            } else {
                raw
            };
            if by.in_sentence() {
                if here.is_none_or(|(b, ..)| sc > b) {
                    here = Some((sc, raw, entity, by));
                    here_at = o.start;
                }
                // (before the figure, and not a yardstick, the base of a
                // comparison nor an aside in brackets: 是DeepSeek-V3的11倍,
                // H800（H100的中国特供版）于2023年5月21日发布)
                if here_raw.is_none_or(|(b, ..)| raw > b)
                    && o.end <= fig.m.start
                    && !doc.aside_shape(i)
                    && !doc.compared_shape(i)
                    && !brackets::open_at_end(&doc.text[fig.s.start.min(o.start)..o.start])
                {
                    here_raw = Some((raw, entity, o.start));
                }
            } else if carried_raw.is_none_or(|(b, _)| raw > b) {
                carried_raw = Some((raw, doc.occ_sentence[i]));
            }
        }
        // the facts bonus weighs names of one sentence: it does not lift a
        // name carried from further back over the subject of a later
        // sentence (H100标配80GB显存。B200则采用192GB显存。…192GB超大容量 is
        // B200's, though only H100 has a figure in the database)
        let top = carried_raw.map(|(_, si)| si);
        let mut carried: Option<(f64, f64, usize, EntityBy)> = None;
        for (j, place_of) in names.place.iter().enumerate().rev() {
            let i = names.first + j;
            let o = &occ[i];
            let (Some(Some((raw, by))), Some(entity)) = (
                place_of.get().copied(),
                self.entity_for_metric(o.entity, mi),
            ) else {
                continue;
            };
            if by.in_sentence() || names.compared.contains(&o.entity) {
                continue;
            }
            let sc = if Some(doc.occ_sentence[i]) == top && db.has_facts(entity, mi) {
                raw + HAS_FACTS_BONUS
            } else {
                raw
            };
            if carried.is_none_or(|(b, ..)| sc > b) {
                carried = Some((sc, raw, entity, by));
            }
        }
        // the facts bonus weighs names at similar distance: it does not lift
        // a name carried from an earlier sentence over one the figure's own
        // sentence names (名为DeepSeek V2的模型…每百万token仅1块钱 is V2's
        // price, though the paragraph's DeepSeek-V3 has one in the database)
        // a company the database does not know, named in the figure's
        // sentence before it (當中中芯國際最傷，昨插逾7%), is its subject: no
        // name carried from before is
        // and a model, product or app the database knows, heading the
        // sentence with no such figure of its own (…。ChatGPT用了…，含1750亿个
        // 参数: not the GPT-3 of the sentence before), is its subject too
        let carried = carried.filter(|_| {
            here.is_some()
                || !names_unknown_company(doc, wrapped_start(doc, fig), fig.m.start)
                    && !self.topic_reports_otherwise(doc, fig, mi)
        });
        let best = match (here, carried) {
            (Some(h), Some(c)) if !(c.0 > h.0 && c.1 > h.1) => Some(h),
            (Some(_), Some(c)) | (None, Some(c)) => Some(c),
            (h, None) => h,
        };
        best.map(|(score, raw, entity, by)| Owner {
            score,
            entity,
            by,
            // (the winner of the sentence by the facts bonus alone, over a
            // name nearer the figure; or a name heading a later clause)
            nearer: here_raw
                .filter(|&(r, e, at)| by.in_sentence() && e != entity && r > raw && at > here_at)
                .map(|(_, e, _)| e)
                .or_else(|| {
                    by.in_sentence()
                        .then(|| later_subject_of_its_kind(doc, fig, entity, here_at))?
                        .and_then(|e| self.entity_for_metric(e, mi))
                }),
        })
    }

    /// Whether the figure's sentence is about an AI model, product or app
    /// of the database's that reports no figure of metric `mi`: its topic
    /// ([`first_in_sentence`]), before the figure, not a comparison's base
    /// nor an aside, and still heading the figure's clause
    /// ([`heads_the_figure`]: no contrast, pronoun or frame of time between,
    /// Claude 3.5 Sonnet…的训练花费为…，而5万颗Hopper芯片本身就值10亿美元).
    fn topic_reports_otherwise(&self, doc: &Doc, fig: &Figure, mi: usize) -> bool {
        let from = doc.occ.partition_point(|x| x.start < fig.s.start);
        let to = doc.occ.partition_point(|x| x.start < fig.m.start);
        (from..to).any(|i| {
            let o = &doc.occ[i];
            matches!(
                doc.db.entities[o.entity].kind.as_str(),
                "ai_model" | "ai_product" | "app"
            ) && self.entity_for_metric(o.entity, mi).is_none()
                && o.end <= fig.m.start
                && !doc.compared_shape(i)
                && !doc.aside_shape(i)
                && first_in_sentence(doc, fig, o)
                && heads_the_figure(&doc.text[o.end..fig.m.start])
        })
    }

    /// The entity, reporting metric `mi`, of the name right before the
    /// figure in its clause when it is the base of a comparison and the
    /// figure is its own (是ChatGPT同期600万次的近三倍): see
    /// [`base_owns_figure`].
    fn own_figure_base(&self, doc: &Doc, fig: &Figure, mi: usize) -> Option<usize> {
        if !doc.text[fig.m.end..].starts_with('的') {
            return None;
        }
        let first = doc.occ.partition_point(|o| o.start < fig.cl_start);
        let last = doc.occ[first..]
            .iter()
            .take_while(|o| o.end <= fig.m.start)
            .count();
        let i = first + last.checked_sub(1)?;
        let o = &doc.occ[i];
        (doc.compared_shape(i) && base_owns_figure(doc.text, o.end, fig.m))
            .then(|| self.entity_for_metric(o.entity, mi))
            .flatten()
    }

    /// A total over a family (全系列, 合计, 三个尺寸合计) is the family's:
    /// Llama 3.1 405B → Llama 3.1.
    pub(super) fn family_total(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
        (ent, entity_by): (Option<usize>, Option<EntityBy>),
    ) -> (Option<usize>, Option<EntityBy>) {
        let Some(e) = ent else {
            return (ent, entity_by);
        };
        let clause = &doc.text[fig.cl_start..fig.m.start];
        match self.family[e] {
            Some(f)
                if doc.db.has_facts(f, mi) && FAMILY_TOTAL.iter().any(|w| clause.contains(w)) =>
            {
                (Some(f), Some(EntityBy::Family))
            }
            _ => (ent, entity_by),
        }
    }

    /// The figure's own clause names what it is about: 博通暴跌超17% is
    /// Broadcom's fall, whoever else the paragraph is about (a date's
    /// subject is what it dates, usually named after it: 深度求索在1月20日
    /// 发布R1). A clause that names a subject the database does not know
    /// leaves the figure to no one.
    pub(super) fn clause_owner(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
        (ent, entity_by): (Option<usize>, Option<EntityBy>),
    ) -> (Option<usize>, Option<EntityBy>) {
        let (db, text, m, cl_start) = (doc.db, doc.text, fig.m, fig.cl_start);
        if let Some(owned) = self.unknown_or_bracketed(doc, fig, mi) {
            return owned;
        }
        // the base of a comparison right before its own figure keeps it
        // from the clause's subject (DeepSeek的下载量是ChatGPT同期600万次的
        // 近三倍)
        if ent.is_some() && ent == self.own_figure_base(doc, fig, mi) {
            return (ent, entity_by);
        }
        // a base no known name owns is not the subject's either: the
        // subject's figure is the multiple of it
        if ent.is_some() && unnamed_base(doc, fig) {
            return (None, None);
        }
        if let Some(owned) = index_owner(doc, fig, mi) {
            return owned;
        }
        // a company the database does not know, named in Latin letters right
        // before its move (Constellation Energy下跌20.85%), owns the move
        if db.metrics[mi].entity_kinds.iter().any(|k| k == "company") && latin_mover(doc, fig) {
            return (None, None);
        }
        // a model or a company the database does not know, named in Latin
        // letters at the head of the figure's clause (Gemini Ultra为1.6T参数,
        // MiniMax M2总参数2300亿), is its subject
        if latin_subject(doc, fig, &self.latin_families) {
            return (None, None);
        }
        // a place the database lacks right before an economy's figure, as
        // in a list (優於中國的5%、新加坡4.4%), owns it
        if db.metrics[mi].entity_kinds.iter().any(|k| k == "economy")
            && super::places::ends_with_a_place(
                text[cl_start..m.start].trim_end().trim_end_matches('的'),
            )
        {
            return (None, None);
        }
        // (a person's wealth is an amount of money)
        let money = db.metrics[mi].unit.is_currency();
        if let Some(owned) = money.then(|| wealth_owner(doc, fig)).flatten() {
            return owned;
        }
        // a place named after the clause's last name, before an economy's
        // figure (国家统计局：2024年江苏规模以上工业增加值增长7.7%) is the
        // figure's subject, not the economy the name stands for
        if m.kind != Kind::Date {
            let first = doc.occ.partition_point(|o| o.start < cl_start);
            let last = doc.occ[first..]
                .iter()
                .take_while(|o| o.end <= m.start)
                .last();
            if last.is_some_and(|o| names_another_economy(&text[o.end..m.start], &db.metrics[mi])) {
                return (None, None);
            }
        }
        // a figure right after a country the database does not hold is
        // that country's (成为日本5,500亿美元投资计划的基石), unless its
        // clause names the entity (美国5000亿美元的星际之门计划)
        if m.kind != Kind::Date
            && !is_economy(&db.metrics[mi])
            && ent.is_some_and(|e| !occ_in(doc.occ, e, cl_start, fig.cl_end))
            && super::places::follows_a_country(&text[cl_start..m.start])
        {
            return (None, None);
        }
        let subject = (m.kind != Kind::Date)
            .then(|| self.clause_subject(db, doc.occ, text, cl_start, m, &db.metrics[mi]))
            .flatten();
        if let Some(subject) = subject {
            let related = |e: usize| {
                e == subject
                    || self.products[subject].contains(&e)
                    || self.family[e] == Some(subject)
                    || self.family[subject] == Some(e)
            };
            // a subject that can have this metric (another company's fall),
            // or a market index, takes the figure (a person's figure is the
            // person's: 黃仁勳的個人財富縮水)
            let own = self.entity_for_metric(subject, mi).or(matches!(
                db.entities[subject].kind.as_str(),
                "index" | "person"
            )
            .then_some(subject));
            if let Some(own) = own.filter(|&o| !ent.is_some_and(|e| related(e) || e == o)) {
                return (Some(own), Some(EntityBy::Subject));
            } else if ent == Some(subject) {
                return (ent, Some(EntityBy::Subject));
            } else if own.is_none()
                && acts_for_itself(&db.entities[subject])
                && ent.is_some_and(|e| !related(e) && !occ_in(doc.occ, e, cl_start, fig.cl_end))
            {
                // (a name of its clause, even after the figure, stays: 月之
                // 暗面开源万亿参数大模型Kimi K2)
                // a company the metric is not about (甲骨文股價重挫14%)
                // still owns its clause's figure: not a name from further
                // off (an agency's or a publisher's clause, 金管局在7.75的
                // 強方兌換保證…維持, is about what it acts on)
                return (None, None);
            }
        } else if m.kind != Kind::Date
            && ent.is_some_and(|e| !occ_in(doc.occ, e, cl_start, m.start))
            && (names_someone_else(&text[cl_start..m.start])
                || moves_of_its_own(&text[cl_start..m.start], &db.metrics[mi])
                || names_another_economy(&text[cl_start..m.start], &db.metrics[mi])
                || names_a_province_before(doc, fig, &db.metrics[mi])
                || money
                    && !is_economy(&db.metrics[mi])
                    && ent.is_some_and(|e| !occ_in(doc.occ, e, cl_start, fig.cl_end))
                    && super::places::opens_with_a_country(&text[cl_start..m.start]))
        {
            // the clause names a subject the database does not know
            // (美國聯合能源公司股價下跌21%, Vistra的股價下跌29%): the figure
            // is not the earlier name's
            return (None, None);
        }
        (ent, entity_by)
    }

    /// The owner of a figure set apart from the clause's other names: in
    /// brackets right after a name (`DeepSeek-R1（0.55美元/百万token）`,
    /// whatever the clause compares it with), or after a product's name
    /// the database does not know (`o1-pro API定价为150美元`), which leaves
    /// the figure to no one rather than to a name further off.
    fn unknown_or_bracketed(
        &self,
        doc: &Doc,
        fig: &Figure,
        mi: usize,
    ) -> Option<(Option<usize>, Option<EntityBy>)> {
        let metric = &doc.db.metrics[mi];
        let about_products = metric
            .entity_kinds
            .iter()
            .any(|k| PRODUCT_KINDS.contains(&k.as_str()));
        let fits = |e: usize| self.entity_for_metric(e, mi).is_some();
        if fig.m.kind == Kind::Date {
            // (a date's clause too: R1发布后，R2原计划5月推出)
            return (about_products && unknown_subject(doc, fig, &fits)).then_some((None, None));
        }
        match bracket_owner(doc, fig) {
            Some(Some(o)) => {
                if let Some(e) = self.entity_for_metric(o.entity, mi) {
                    return Some((Some(e), Some(EntityBy::Subject)));
                }
            }
            Some(None) => return Some((None, None)),
            None => {}
        }
        if glosses_unnamed_party(doc, fig) {
            return Some((None, None));
        }
        if let Some(o) = possessive_owner(doc, fig) {
            if let Some(e) = self.entity_for_metric(o.entity, mi) {
                return Some((Some(e), Some(EntityBy::Subject)));
            }
        }
        (about_products
            && (unknown_subject(doc, fig, &fits) || unknown_sentence_subject(doc, fig, &fits)))
        .then_some((None, None))
    }

    /// The entity a figure of metric `mi` about `e` is reported for (see
    /// [`reported_for`]), read off the table built with the linker.
    pub(super) fn entity_for_metric(&self, e: usize, mi: usize) -> Option<usize> {
        self.reported_for[e][mi]
    }

    /// The subject a figure's own clause names: the nearest name before the
    /// figure in its clause that is not the base of a comparison (比X, 是X的),
    /// not a speaker (X表示, 据X估计) and not an instrument (a chip, unless
    /// the metric is about chips).
    fn clause_subject(
        &self,
        db: &ClaimsDb,
        occ: &[Occurrence],
        text: &str,
        cl_start: usize,
        m: &Mention,
        metric: &crate::db::Metric,
    ) -> Option<usize> {
        let first = occ.partition_point(|o| o.start < cl_start);
        let upto = occ.partition_point(|o| o.start < m.start);
        occ[first..upto.max(first)].iter().rev().find_map(|o| {
            if o.end > m.start {
                return None;
            }
            let kind = db.entities[o.entity].kind.as_str();
            let instrument = matches!(kind, "chip" | "currency" | "currency_pair")
                && !metric.entity_kinds.iter().any(|k| k == kind);
            let before = text[cl_start..o.start].trim_end();
            let after = &text[o.end..m.start];
            let base = (COMPARED.ends(before) && !compares_own_figure(text, before, o.end, m))
                || before.ends_with("是")
                || built_upon(after)
                || super::clause::starts_a_change(text, 0, (o.start, o.end), m.start);
            // (a parent joined to its company, 及其母公司幻方量化, is not the
            // subject: the company is)
            let parent = parent_joined(before);
            let speaker = ["据", "據", "根据", "根據", "按照", "依据", "依據"]
                .iter()
                .any(|w| before.ends_with(w))
                || [
                    "表示", "称", "稱", "估计", "估計", "认为", "認為", "指出", "预计", "預計",
                    "报道", "報導", "透露", "披露",
                ]
                .iter()
                .any(|w| after.starts_with(w));
            (!instrument && !base && !speaker && !parent).then_some(o.entity)
        })
    }

    /// A chip or product named right next to a count: 2,048颗H800, H800芯片2048颗.
    pub(super) fn item_near(
        &self,
        db: &ClaimsDb,
        occ: &[Occurrence],
        m: &Mention,
        text: &str,
    ) -> Option<usize> {
        if m.unit != Some(Unit::Gpu) {
            return None;
        }
        // within four characters (16 bytes) either side, or after the count
        // across a modifier that ends in 的 (5万张受出口管制的英伟达H100);
        // occurrences are in text order and do not overlap
        const NEAR: usize = 16;
        const MODIFIED: usize = 3 * MAX_MODIFIER;
        let first = occ.partition_point(|o| o.end + NEAR < m.start);
        // a chip after the count is its noun (1万块H800和约1万块H100: the
        // second counts H100s), one before it only when nothing comes after
        // and no conjunction parts them (H800芯片2048颗)
        let mut before = None;
        for o in occ[first..]
            .iter()
            .take_while(|o| o.start <= m.end + MODIFIED)
        {
            let kind = db.entities[o.entity].kind.as_str();
            if kind != "chip" {
                continue;
            }
            if o.start >= m.end {
                let between = &text[m.end..o.start];
                let n = between.chars().count();
                // (not across a clause or a list: 共2048块，A100则一块未用,
                // 约1万块和H100约1万块; but a clause that only says what
                // they were, 2048块，均为H100, and a modifier that compares,
                // 2048块与H100同架构的A800, name them)
                let parted = between.contains(PARTS);
                if !parted && (n <= 3 || n <= MAX_MODIFIER && modifier_of_noun(between)) {
                    return Some(o.entity);
                }
                let clause_ends = between.contains(CLAUSE_ENDS);
                if parted
                    && (names_what_they_were(between)
                        || !clause_ends && n <= MAX_MODIFIER && between.ends_with('的'))
                {
                    return Some(o.entity);
                }
                if clause_ends {
                    break;
                }
                continue;
            }
            let between = &text[o.end.min(m.start)..m.start];
            if o.end <= m.start && between.chars().count() <= 4 && !between.contains(PARTS) {
                before = Some(o.entity);
            }
        }
        before
    }
}

/// What parts a count from a chip named beside it: a clause's end, a
/// list's joint, a contrast (则).
const PARTS: &[char] = &[
    '，', ',', '、', '；', ';', '。', '和', '及', '与', '與', '或', '则', '則',
];

/// What ends a clause or an item of a list.
const CLAUSE_ENDS: &[char] = &['，', ',', '、', '；', ';', '。'];

/// Whether the words from a count to a chip after a comma only say what
/// the counted things were (，均为, ，全部是, ，即): the chip is what was
/// counted.
fn names_what_they_were(between: &str) -> bool {
    let rest = between.trim_start_matches(['，', ',', ' ']);
    let rest = ["全部", "一律", "均", "全", "都", "皆"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    ["为", "為", "是", "係", "即", "即为", "即為", "乃"].contains(&rest)
}

/// The longest modifier, in characters, read between a count and the chip
/// it counts (受美国出口管制的英伟达).
const MAX_MODIFIER: usize = 14;

/// Whether `between` (the text from a count to a chip named after it) is
/// a modifier of the chip: it holds 的, and no punctuation, digit, space
/// or conjunction that would end the noun phrase.
fn modifier_of_noun(between: &str) -> bool {
    between.contains('的')
        && !between.chars().any(|c| {
            c.is_ascii_digit()
                || c.is_ascii_punctuation()
                || c.is_whitespace()
                || matches!(
                    c,
                    '，' | '。'
                        | '、'
                        | '；'
                        | '：'
                        | '（'
                        | '）'
                        | '“'
                        | '”'
                        | '和'
                        | '及'
                        | '与'
                        | '與'
                        | '或'
                )
        })
}

/// The entity a figure of metric `mi` about `e` is reported for: `e`
/// itself when its kind fits (or the whole it is part of, when only the
/// whole has such a figure), the economy an agency reports for
/// (国家统计局 → China), or the product a company is named for
/// (`products[e]`, see [`super::products`]).
pub(super) fn reported_for(
    db: &ClaimsDb,
    products: &[Vec<usize>],
    e: usize,
    mi: usize,
) -> Option<usize> {
    let metric = &db.metrics[mi];
    let fits = |x: usize| {
        metric.entity_kinds.is_empty()
            || metric
                .entity_kinds
                .iter()
                .any(|k| k == &db.entities[x].kind)
    };
    let part_of = db.entities[e].part_of.as_deref().and_then(|p| db.entity(p));
    if fits(e) {
        // a part with no figure of the metric, of a whole that has one, is
        // the whole's (ChatGPT应用's downloads are ChatGPT's)
        return Some(match part_of {
            Some(p) if fits(p) && !db.has_facts(e, mi) && db.has_facts(p, mi) => p,
            _ => e,
        });
    }
    if let Some(p) = part_of {
        if fits(p) {
            return Some(p);
        }
    }
    if metric.entity_kinds.iter().any(|k| k == "ai_model") {
        return None;
    }
    products[e].iter().copied().find(|&p| fits(p))
}

/// The names a figure's subject is looked for among, with what does not
/// depend on the metric weighed once per figure (every candidate metric
/// weighs the same names).
#[derive(Debug, Default)]
pub(super) struct NamesNear {
    /// The names weighed are the occurrences from this one to the end of
    /// the figure's sentence, no further back than [`MAX_PARAGRAPHS_BACK`]
    /// paragraphs or [`MAX_SENTENCES_BACK`] sentences, at most
    /// [`MAX_NAMES_SEEN`]; they are weighed nearest first.
    first: usize,
    /// For each of those names, its score by where it stands (with the
    /// comparison-base penalty and the topic and pronoun bonuses), and that
    /// place as evidence; none when it cannot be the figure's subject.
    /// Weighed when a metric first takes the name's entity.
    place: Vec<std::cell::OnceCell<Option<(f64, EntityBy)>>>,
    /// What the figure's sentence compares it with after it.
    compared: Vec<usize>,
}

/// The names near a figure (see [`NamesNear`]).
fn names_near(doc: &Doc, fig: &Figure) -> NamesNear {
    let (first, upto) = names_window(doc, fig);
    NamesNear {
        first,
        place: vec![std::cell::OnceCell::new(); upto - first],
        compared: compared_after(doc, fig),
    }
}

/// The occurrences weighed for a figure, `first..upto` (see
/// [`NamesNear`]): they depend only on its sentence, so they are found once
/// for the figures of a sentence.
fn names_window(doc: &Doc, fig: &Figure) -> (usize, usize) {
    if let Some((si, first, upto)) = doc.names_window.get() {
        if si == fig.si {
            return (first, upto);
        }
    }
    let occ = doc.occ;
    let upto = occ.partition_point(|o| o.start < fig.s.end);
    // back from the sentence's end until a name is too far (see
    // too_far, whose limits are read here once)
    let first_para = fig.s.paragraph.saturating_sub(MAX_PARAGRAPHS_BACK);
    let mut carry_start = None;
    let mut first = upto;
    for i in (0..upto).rev().take(MAX_NAMES_SEEN) {
        let o = &occ[i];
        if o.start < fig.s.start {
            let from = *carry_start.get_or_insert_with(|| doc.sentences[fig.carry_from(doc)].start);
            let back = o.start < from
                || doc.occ_sentence[i].is_some_and(|oi| {
                    doc.sentences[oi].paragraph < first_para || oi + MAX_SENTENCES_BACK < fig.si
                });
            if back {
                break;
            }
        }
        first = i;
    }
    doc.names_window.set(Some((fig.si, first, upto)));
    (first, upto)
}

/// The score of name `o` for the figure by where it stands, with the
/// comparison-base penalty and the topic and pronoun bonuses.
fn place(doc: &Doc, fig: &Figure, i: usize) -> Option<(f64, EntityBy)> {
    let (sentences, o) = (doc.sentences, &doc.occ[i]);
    let oi = doc.occ_sentence[i]?;
    if sentences[oi].furniture {
        return None;
    }
    // a person's affiliation is not the figure's subject
    // (Anthropic首席执行官阿莫代指出…)
    if doc.affiliation(i) {
        return None;
    }
    // nor, in its own sentence, the name a figure is attributed to (据…)
    // when the figure's clause points back with a pronoun: 据SemiAnalysis
    // 估计，该公司拥有约1万颗芯片 (but DeepSeek-V3的技术报告称，该模型… is
    // the report's own model)
    if oi == fig.si
        && o.start < fig.cl_start
        && fig.pronoun(doc)
        && doc.text[..o.start].trim_end().ends_with(['据', '據'])
    {
        return None;
    }
    // a parent named with its company (DeepSeek及其母公司幻方量化可使用的
    // GPU) joins it: the company named first is the subject
    if parent_joined(&doc.text[..o.start]) {
        return None;
    }
    // a name that only says whose base or parent the next name is (R1的基座
    // V3，完整训练耗用…; DeepSeek的母公司幻方量化) is not the subject before
    // that name: the name it modifies is
    if o.end <= fig.m.start && modifies_the_next_name(doc, i, fig.m.start) {
        return None;
    }
    let (mut sc, by) = place_score(doc, fig, i, oi)?;
    if oi == fig.si
        && o.start >= fig.m.end
        && denied(
            &doc.text[fig.m.end..o.start],
            &doc.text[o.end.min(fig.s.end)..fig.s.end],
        )
    {
        // a name the sentence denies the figure to (带宽为400GB/s的并不是
        // H100，而是H800) is not its owner
        return None;
    }
    // (a base a pronoun then points back to is the clause's subject:
    // 远低于GPT-4，其训练成本…)
    // nor a name in brackets before the figure's sentence that gives a
    // figure of its own: an aside (显存:141GB(H100为80GB)) about something
    // else (a name glossed in brackets, “星门”(Stargate), stays)
    if oi < fig.si && doc.aside_in_brackets(i) {
        return None;
    }
    if oi < fig.si
        && doc.sentences[oi].paragraph < fig.s.paragraph
        && opens_with_contrast(&doc.text[doc.sentences[oi].start..o.start])
    {
        // a name brought in to set against the article's subject (相比之下，
        // OpenAI训练GPT-4…) is no subject for a later paragraph's figures
        return None;
    }
    if frames_places(doc.text, o) {
        // the country a place is ranked in (是中国人口减少最多的省份) is
        // the frame, not the subject: the province is
        return None;
    }
    if oi == fig.si
        && o.end <= fig.m.start
        && super::clause::starts_a_change(doc.text, 0, (o.start, o.end), fig.m.start)
    {
        // the name a change starts from, with its own figure (从H100的80GB
        // 升级到了141GB, 带宽也从3.35TB/s提升到了4.8TB/s): the figure it
        // changed to is the newer thing's
        return None;
    }
    if oi <= fig.si && o.end <= fig.m.start && differs_from(doc.text, sentences[oi].start, o) {
        // what the subject is set apart from (与Mixtral不同：DeepSeek的模型
        // 有6710亿参数) is no subject of the figures that follow
        return None;
    }
    if oi < fig.si && doc.aside_shape(i) && !points_to_one_of_two(doc, fig) {
        // before the figure's sentence, a name that was only a yardstick
        // (能力达到GPT-4, 与GPT-4相当) or mentioned in passing (包含GPT-4產生
        // 的內容) is no subject to carry to a later figure
        return None;
    }
    if oi < fig.si
        && in_a_time_frame(doc.text, o)
        && !has_pronoun(&doc.text[fig.s.start..fig.m.start])
    {
        // nor one that only set the time of a sentence before (在DeepSeek
        // 带动低成本训练之后), unless a pronoun points back to it (在V3发布之
        // 后，业界哗然。该模型的训练成本…)
        return None;
    }
    // the base of a comparison before the figure in its own sentence owns
    // only a figure right after it (比H100的80GB): 仍比H100高出一截——显存
    // 141GB is not H100's
    if oi == fig.si
        && o.end <= fig.m.start
        && doc.compared_shape(i)
        && outcome_of_comparison(&doc.text[o.end..fig.m.start])
        && !fig.pronoun(doc)
        && clause_final_antecedent(doc, fig) != Some(o.start)
    {
        return None;
    }
    if (oi == fig.si
        || oi + 1 == fig.si
        || (oi < fig.si && sentences[oi].paragraph == fig.s.paragraph))
        && doc.compared_shape(i)
        && !(oi == fig.si && clause_final_antecedent(doc, fig) == Some(o.start))
        && !(oi == fig.si
            && compares_own_figure(doc.text, doc.text[..o.start].trim_end(), o.end, fig.m))
        && !(oi == fig.si
            && doc.text[fig.m.end..].starts_with('的')
            && base_owns_figure(doc.text, o.end, fig.m))
    {
        sc -= COMPARISON_BASE_PENALTY;
    }
    // the base right before its own figure owns it over the comparison's
    // subject (DeepSeek的下载量是ChatGPT同期600万次的近三倍)
    // (the cheap test first: 的 right after the figure)
    if oi == fig.si
        && o.end <= fig.m.start
        && doc.text[fig.m.end..].starts_with('的')
        && base_owns_figure(doc.text, o.end, fig.m)
        && doc.compared_shape(i)
    {
        sc += OWN_FIGURE_BONUS;
    }
    if is_topic(doc, fig, i, oi) {
        sc += TOPIC_BONUS;
    }
    if pronoun_points_back(doc, fig, o, oi) {
        sc += PRONOUN_BONUS;
    }
    Some((sc, by))
}

/// Whether name `o`, before the figure's sentence, is further back than a
/// figure's subject is looked for (or before a section heading that
/// precedes the figure): the search stops there. ([`names_window`] reads
/// it with its limits found once; this is what it is tested against.)
#[cfg(test)]
fn too_far(doc: &Doc, fig: &Figure, i: usize) -> bool {
    let o = &doc.occ[i];
    if o.start >= fig.s.start {
        return false;
    }
    // not into an earlier section
    if o.start < doc.sentences[fig.carry_from(doc)].start {
        return true;
    }
    let first_para = fig.s.paragraph.saturating_sub(MAX_PARAGRAPHS_BACK);
    doc.occ_sentence[i].is_some_and(|oi| {
        doc.sentences[oi].paragraph < first_para || oi + MAX_SENTENCES_BACK < fig.si
    })
}

/// The score of name `i` (in sentence `oi`) by where it stands against the
/// figure, with that place as evidence; none when it cannot be the
/// figure's subject (inside the figure; outside the sentence for a vague
/// amount; beyond the last sentence or the paragraph for a date).
fn place_score(doc: &Doc, fig: &Figure, i: usize, oi: usize) -> Option<(f64, EntityBy)> {
    let (m, s, si, o) = (fig.m, fig.s, fig.si, &doc.occ[i]);
    let os = &doc.sentences[oi];
    if oi == si {
        return in_sentence_score(doc, fig, i);
    }
    if m.qualifier == Qualifier::Vague
        || (m.kind == Kind::Date && (os.paragraph != s.paragraph || si - oi > 1))
    {
        // a vague amount is about something named in its own sentence; a
        // date about something in this or the last one
        return None;
    }
    if o.start < s.start && os.paragraph == s.paragraph {
        let back = si - oi;
        Some((
            PARAGRAPH_HEAD - PARAGRAPH_STEP * back.min(PARAGRAPH_MAX_BACK) as f64,
            EntityBy::Paragraph,
        ))
    } else if o.start < s.start {
        let back = s.paragraph - os.paragraph;
        Some((
            EARLIER_HEAD - EARLIER_STEP * back.min(EARLIER_MAX_BACK) as f64,
            EntityBy::Earlier,
        ))
    } else {
        None
    }
}

/// Whether the text between a figure and a later name ends with a word
/// that denies the name the figure (`的并不是`, `而非`), the name ending its
/// clause (`after` is the sentence after it): not a question (难道不是
/// H800？, 不是H20还能是哪款), nor a denial of something of the name's
/// (并非H20的劣势).
fn denied(between: &str, after: &str) -> bool {
    const DENY: &[&str] = &["不是", "并非", "並非", "而非", "绝非", "絕非"];
    let b = between.trim_end();
    DENY.iter().any(|w| b.ends_with(w))
        && !b.ends_with("是不是")
        && after
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '!' | '）' | ')'))
        && !after.contains(['？', '?'])
        && !b.contains("难道")
        && !b.contains("難道")
}

/// Whether the text between the base of a comparison and a later figure
/// states the comparison's outcome (高出一截——, 更快，): the figure is then
/// the subject's, not the base's own (是ChatGPT首发时同期900万次的两倍).
fn outcome_of_comparison(between: &str) -> bool {
    const OUTCOME: &[&str] = &[
        "—", "，", ",", "：", ":", "高", "低", "多", "少", "快", "慢", "强", "強", "弱", "好",
        "差", "贵", "貴", "便宜", "提升", "增加", "领先", "領先", "落后", "落後", "超出",
    ];
    OUTCOME.iter().any(|w| between.contains(w))
}

/// Whether a figure right after the base of a comparison, before the
/// comparison's multiple, is the base's own (是ChatGPT同期400万次的四倍,
/// 仅为GPT-4约1亿美元的十分之一, 仅为DeepSeek同期1600万次的一半多):
/// nothing but a few words of time or place between the name and it, and
/// 的 and a multiple, a fraction or a share after it in its clause.
fn base_owns_figure(text: &str, name_end: usize, m: &Mention) -> bool {
    const SEP: &[char] = &['，', ',', '；', ';', '。', '：', ':', '（', '('];
    let Some(between) = text.get(name_end..m.start) else {
        return false;
    };
    // (at most twelve characters of three bytes)
    if between.len() > 36
        || between.contains(SEP)
        || between.chars().count() > 12
        || outcome_of_comparison(between)
    {
        return false;
    }
    base_tail(text, m)
}

/// Whether 的 and a multiple, a fraction or a share of the figure follow
/// it in its clause (的四倍, 的十分之一, 的一半多, 的5%左右, 的八成): the
/// figure is what something else is measured against.
fn base_tail(text: &str, m: &Mention) -> bool {
    const SEP: &[char] = &['，', ',', '；', ';', '。', '：', ':', '（', '('];
    let Some(after) = text[m.end..].strip_prefix('的') else {
        return false;
    };
    let clause = &after[..after.find(SEP).unwrap_or(after.len())];
    // (or a half or a share of it: 的一半多, 的5%左右, 的八成)
    let share = SHARE_HEDGES
        .iter()
        .find_map(|h| clause.strip_prefix(h))
        .unwrap_or(clause);
    // (a rate of growth after it is no share: 134.9万亿元的5.0%增长)
    let share_of = !RATE_AFTER.iter().any(|w| clause.contains(w))
        && (share.starts_with('半')
            || share.starts_with("一半")
            || share.starts_with(|c: char| {
                c.is_ascii_digit() || crate::extract::numeral::chinese_digit(c).is_some()
            }))
        && clause.contains(['%', '％', '成', '半']);
    clause.contains('倍') || clause.contains("分之") || share_of
}

/// Hedges between 的 and a share of the figure before it (的近一半, 的约88%).
/// (longer words first: a lead is stripped of the first that ends it)
pub(super) const SHARE_HEDGES: &[&str] = &[
    "大约", "大約", "近", "约", "約", "仅", "僅", "不到", "超过", "超過", "逾",
];

/// Words of a rate of growth: a percentage before them is a growth, not a
/// share of the figure before it (134.9万亿元的5.0%增长).
pub(super) const RATE_AFTER: &[&str] = &[
    "增长", "增長", "增幅", "增速", "涨幅", "漲幅", "升幅", "成长", "成長", "目标", "目標",
];

/// Whether a figure is the base of a comparison that no name owns
/// (是行业平均2000万美元的四分之一, 仅为2000万美元的十分之一): a word of
/// comparison before it in its clause with no name and no measure's word
/// between, and 的 and a multiple, a fraction or a share after it. (With a
/// measure's word between, the base is a figure of that measure:
/// 数据中心营收是全年营收1305亿美元的88%.)
fn unnamed_base(doc: &Doc, fig: &Figure) -> bool {
    const COMPARING: &[&str] = &[
        "是",
        "为",
        "為",
        "相当于",
        "相當於",
        "等于",
        "等於",
        "只有",
        "不到",
        "不及",
        "不足",
    ];
    // (the cheap test first: 的 right after the figure)
    if !doc.text[fig.m.end..].starts_with('的') || !base_tail(doc.text, fig.m) {
        return false;
    }
    let lead = &doc.text[fig.cl_start..fig.m.start];
    let Some(from) = COMPARING
        .iter()
        .filter_map(|w| lead.rfind(w).map(|i| fig.cl_start + i + w.len()))
        .max()
    else {
        return false;
    };
    // (words of time alone between name the subject's own figure of
    // another time: 是上一财年690亿美元的两倍, 是去年同期的)
    let between = doc.text[from..fig.m.start].trim();
    let of_a_time = !between.is_empty()
        && between.chars().all(|c| {
            c.is_ascii_digit()
                || "上下一二三四五六七八九十〇零全第半首末初底今财財年度季月日同期去前此当當时時过過往以的本该該其"
                    .contains(c)
        });
    !of_a_time
        && !doc.names_within(from, fig.m.start)
        && !fig
            .trig
            .iter()
            .any(|&(s, e, _)| s >= from && e <= fig.m.start)
}

/// Whether a name after 与/和/跟/同 (`before` is the text before it) is
/// set against another with its own figure, which the comparison's 相比
/// closes after: 与香港每年约3.3万名新生婴儿相比 — the figure is Hong
/// Kong's, not the other side's.
fn compares_own_figure(text: &str, before: &str, name_end: usize, m: &Mention) -> bool {
    const WITH: &[&str] = &["与", "與", "和", "跟", "同"];
    const CLOSE: &[&str] = &["相比", "相較", "相较", "比较", "比較", "对比", "對比"];
    const SEP: &[char] = &['，', ',', '；', ';', '。', '：', ':'];
    if name_end > m.start {
        return false;
    }
    // the comparison opens its clause (，与香港…相比): a 与 after a name
    // joins two subjects (H800与H100的带宽400GB/s与900GB/s相比)
    let Some(lead) = WITH.iter().find_map(|w| before.strip_suffix(w)) else {
        return false;
    };
    let lead = lead.trim_end();
    if !(lead.is_empty() || lead.ends_with(SEP) || lead.ends_with(['（', '(', '\n'])) {
        return false;
    }
    let between = &text[name_end..m.start];
    if between.contains(SEP) || between.chars().count() > 12 {
        return false;
    }
    let after = &text[m.end..];
    let clause = &after[..after.find(SEP).unwrap_or(after.len())];
    CLOSE.iter().any(|w| clause.contains(w))
}

/// Words that stand between a mover and its verb without naming it: the
/// day, the manner, the share price (股价周一下跌, 盘中一度大跌).
const NOT_MOVERS: &[&str] = &[
    "股价",
    "股價",
    "市值",
    "的",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "週一",
    "週二",
    "週三",
    "週四",
    "週五",
    "昨日",
    "昨天",
    "今日",
    "今天",
    "当日",
    "當日",
    "当天",
    "當天",
    "盘中",
    "盤中",
    "盘前",
    "盤前",
    "盘后",
    "盤後",
    "收盘",
    "收盤",
    "开盘",
    "開盤",
    "一度",
    "大幅",
    "再度",
    "继续",
    "繼續",
    "同步",
    "也",
    "亦",
    "则",
    "則",
    "分别",
    "分別",
    "全线",
    "全線",
    "普遍",
    "一同",
    "随之",
    "隨之",
    "应声",
    "應聲",
    "终场",
    "終場",
    "单日",
    "單日",
    "同日",
    "日",
    "曾",
    "更",
    "均",
    "都",
    "最终",
    "最終",
    "最后",
    "最後",
    "随后",
    "隨後",
    "其后",
    "其後",
    "尾盘",
    "尾盤",
    "至今",
    "以来",
    "以來",
    "累计",
    "累計",
    "本周",
    "本週",
    "美股",
    "港股",
    "台股",
    "日股",
    "A股",
    "交易中",
    "交易",
    "然而",
    "但是",
    "但",
    "却",
    "卻",
    "随即",
    "隨即",
    "今晚",
    "今早",
    "早段",
    "午后",
    "午後",
];

/// Whether the figure's clause, which names no one the database knows,
/// names its mover before the verb of the move (科磊跌9.5%, 应用材料跌7%):
/// two Chinese characters or more, once the day, the manner and 股价 are
/// taken off, that are no word pointing back (该股, 这家公司, 其).
fn names_own_mover(doc: &Doc, fig: &Figure) -> bool {
    let (from, to) = (fig.cl_start, fig.m.start);
    let first = doc.occ.partition_point(|o| o.end <= from);
    if doc.occ.get(first).is_some_and(|o| o.start < to) {
        return false;
    }
    let mut lead = doc.text[from..to].trim_end();
    // the hedge before the figure (跌近17%, 跌逾7%, 跌超2.5%)
    for h in ["近", "逾", "超", "约", "約", "达", "達", "了"] {
        lead = lead.strip_suffix(h).unwrap_or(lead);
    }
    // (the longest verb: 下挫 before 挫)
    let falls = ["下挫", "大挫", "走低", "走高", "下滑", "回落"];
    let Some(verb) = falls
        .iter()
        .chain(MOVES)
        .filter(|v| lead.ends_with(**v))
        .max_by_key(|v| v.len())
    else {
        return false;
    };
    let mut rest = &lead[..lead.len() - verb.len()];
    while let Some(w) = NOT_MOVERS.iter().find(|w| rest.ends_with(**w)) {
        rest = &rest[..rest.len() - w.len()];
    }
    // a word pointing back (导致其股价…, 令该股…) names the mover before
    if rest.ends_with(['其', '该', '該', '这', '這', '它', '此']) {
        return false;
    }
    let run: String = rest.chars().rev().take_while(|c| is_han(*c)).collect();
    let run: String = run.chars().rev().collect();
    run.chars().count() >= 2
        && !run.starts_with(['该', '該', '这', '這', '其', '此', '它'])
        && !["公司", "集团", "集團"].contains(&run.as_str())
}

/// The last words of Chinese companies' names (中芯國際, 華虹半導體,
/// 聯發科技, 騰訊控股).
const COMPANY_ENDS: &[&str] = &[
    "国际",
    "國際",
    "集团",
    "集團",
    "科技",
    "控股",
    "半导体",
    "半導體",
    "电子",
    "電子",
    "银行",
    "銀行",
    "证券",
    "證券",
    "光电",
    "光電",
    "电机",
    "電機",
];

/// What follows such a word when it names no company (國際市場, 科技股 are
/// no one company, 電子產品 no company at all): the common nouns.
const NOT_A_COMPANY_AFTER: &[char] = &[
    '市', '化', '界', '行', '产', '產', '业', '業', '股', '公', '巨', '企', '类', '類', '部', '领',
    '領', '品', '货', '貨', '组', '組', '局', '法', '园', '園', '城',
];

/// Where the figure's sentence starts, or the sentence before it when a
/// line break without a full stop parted them (text wrapped by hand:
/// 當中中芯國際\n(00981)最傷).
fn wrapped_start(doc: &Doc, fig: &Figure) -> usize {
    let before = doc.text[..fig.s.start].trim_end();
    let wrapped = fig.si > 0
        && doc.text[before.len()..fig.s.start].contains('\n')
        && !before.ends_with(['。', '！', '？', '!', '?', '；', ';', '：', ':']);
    if wrapped {
        doc.sentences[fig.si - 1].start.min(fig.s.start)
    } else {
        fig.s.start
    }
}

/// Whether the text at bytes `from..to` names a company by a name the
/// database has none of: a
/// run of at least two Chinese characters ending in a company's last word
/// ([`COMPANY_ENDS`]) that no common noun follows, or a stock code in
/// brackets (中芯國際(00981), 寒武纪(688256)) after no name of the
/// database.
fn names_unknown_company(doc: &Doc, from: usize, to: usize) -> bool {
    let lead = &doc.text[from..to];
    // (every last word of a company's name, and a bracket, holds one of
    // these: most leads hold none)
    let marks = [
        '国', '國', '集', '科', '控', '半', '电', '電', '银', '銀', '证', '證', '光', '机', '機',
        '(', '（',
    ];
    if !lead.contains(marks) {
        return false;
    }
    let by_ending = COMPANY_ENDS.iter().any(|w| {
        lead.match_indices(w).any(|(at, _)| {
            let before = lead[..at].chars().rev().take_while(|c| is_han(*c)).count();
            let after = lead[at + w.len()..].chars().next();
            before >= 2 && !after.is_some_and(|c| NOT_A_COMPANY_AFTER.contains(&c))
        })
    });
    by_ending
        || lead.match_indices(['(', '（']).any(|(at, open)| {
            let code: String = lead[at + open.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            let closed = lead[at + open.len() + code.len()..].starts_with([')', '）']);
            let after_known = doc.name_ending_at(from + at).is_some();
            (4..=6).contains(&code.len()) && closed && !after_known
        })
}

/// Whether `c` is a Chinese character of the basic block.
fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Words of contrast that turn a sentence to another subject (…约550万美元，
/// 而GPT-4o…成本高达1亿美元).
const CONTRASTS: &[&str] = &[
    "，而",
    "；而",
    ",而",
    "，反观",
    "，反觀",
    "相比之下，",
    "相較之下，",
];

/// Whether a name, followed by `gap` up to a figure, still heads the
/// figure's clause: nothing between turns from it (a contrast, 而, 但,
/// 不过), points to something else (它, 其, 该, 这一模型, 此), or makes its clause
/// a frame of time or cause (R1发布后，, ChatGPT问世两年后，, 在…带动下，,
/// 热潮中，, 部署时，).
fn heads_the_figure(gap: &str) -> bool {
    const TURNS: &[&str] = &["而", "但", "不过", "不過", "然而", "反观", "反觀"];
    const FRAME_ENDS: &[&str] = &[
        "后", "後", "以来", "以來", "时", "時", "下", "中", "前", "期间", "期間",
    ];
    if CONTRASTS.iter().any(|w| gap.contains(w))
        || TURNS.iter().any(|w| gap.contains(w))
        || has_pronoun(gap)
        || gap.contains(['这', '這', '该', '該', '此'])
    {
        return false;
    }
    // (each clause of the gap before the figure's own)
    let mut clauses = gap.split(['，', ',', '；', ';', '：', ':']);
    clauses.next_back();
    !clauses.any(|c| FRAME_ENDS.iter().any(|w| c.trim_end().ends_with(w)))
}

/// Others named in words the database has no name for (而同类模型…).
const OTHERS: &[&str] = &[
    "同类",
    "同類",
    "其他",
    "其它",
    "别的",
    "別的",
    "对手",
    "對手",
    "竞争对手",
    "競爭對手",
    "美国公司",
    "美國公司",
    "美国企业",
    "美國企業",
];

/// Whether `gap`, the text from a name to the figure that ends at byte
/// `end`, turns with a word of contrast to another subject: a name right
/// after the word (perhaps after 如 or 像), or words for others.
fn turns_to_another(doc: &Doc, gap: &str, end: usize) -> bool {
    // (every word of contrast holds 而, 反, 比 or 較: most gaps hold none)
    if !gap.contains(['而', '反', '比', '較']) {
        return false;
    }
    let Some((at, w)) = CONTRASTS
        .iter()
        .filter_map(|w| gap.rfind(w).map(|at| (at, *w)))
        .max_by_key(|&(at, _)| at)
    else {
        return false;
    };
    let rest = &gap[at + w.len()..];
    // (而且, 而是, 而言, 而已: no turn to another)
    if rest.starts_with(['且', '是', '言', '已']) {
        return false;
    }
    let rest = ["如", "像", "是"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    if OTHERS.iter().any(|o| rest.starts_with(o)) {
        return true;
    }
    // a name right after the word, or after a modifier that ends in 的
    // (而规模相近的LLaMA模型要花约3000万GPU小时): one the database knows,
    // or a Latin name of a model or a company it does not
    let rest = match rest.find('的') {
        Some(p) if rest[..p].chars().count() <= 8 && !rest[..p].contains(['，', ',']) => {
            &rest[p + '的'.len_utf8()..]
        }
        _ => rest,
    };
    let from = end - rest.len();
    let first = doc.occ.partition_point(|o| o.start < from);
    doc.occ.get(first).is_some_and(|o| o.start == from) || names_latin_other(rest)
}

/// Whether `s` starts with a name in Latin letters followed by what it
/// names a model or a company by (LLaMA模型, Mistral 公司, OpenAI的团队),
/// not a kind of model (MoE模型, Transformer模型).
fn names_latin_other(s: &str) -> bool {
    const NAMED: &[&str] = &["模型", "大模型", "公司", "团队", "團隊", "实验室", "實驗室"];
    let word_len = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '.')))
        .unwrap_or(s.len());
    let word = &s[..word_len];
    let letters = word.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let after = s[word_len..].trim_start_matches([' ', '的']);
    letters >= 2
        && word.starts_with(|c: char| c.is_ascii_alphabetic())
        && !is_not_a_name(word)
        && NAMED.iter().any(|w| after.starts_with(w))
}

/// Whether the rest of a bracket (`s` starts inside it) holds a digit.
fn bracket_holds_digit(s: &str) -> bool {
    s.chars()
        .take_while(|&c| !matches!(c, '）' | ')' | '。' | '\n'))
        .any(|c| c.is_ascii_digit())
}

/// The score of a name in the figure's own sentence: before the figure,
/// nearer and in its clause is stronger; after it, only a date's subject
/// is strong (Chinese states the time first).
fn in_sentence_score(doc: &Doc, fig: &Figure, i: usize) -> Option<(f64, EntityBy)> {
    let o = &doc.occ[i];
    let (text, m) = (doc.text, fig.m);
    let mut by = EntityBy::Sentence;
    let sc = if o.end <= m.start {
        let gap = &text[o.end..m.start];
        if turns_to_another(doc, gap, m.start) {
            return None;
        }
        let d = gap.chars().count() as f64;
        let same_clause = !doc.separators.has_between(doc, fig, o.end, m.start);
        if same_clause {
            by = EntityBy::Clause;
        }
        BEFORE_IN_SENTENCE - (d / DISTANCE_CHARS).min(BEFORE_MAX_FALLOFF)
            + if same_clause { SAME_CLAUSE_BONUS } else { 0.0 }
    } else if o.start >= m.end {
        if head_after(doc, fig).is_some_and(|h| h.start == o.start) {
            return Some((HEAD_AFTER, EntityBy::Subject));
        }
        // a yardstick after the figure (以不到600万美元训练出匹敌GPT-4的
        // 模型) is not what the figure is about
        if doc.aside_shape(i) {
            return None;
        }
        // a bracket after the figure that gives another name's own figure
        // (带宽:4.8TB/s(H100为3.35TB/s)) is an aside about that name
        if brackets::open_at_end(&text[m.end..o.start]) && bracket_holds_digit(&text[o.end..]) {
            return None;
        }
        // a name in a later clause set against the figure's, when the
        // figure's sentence has named someone before it (根据DeepSeek公布的
        // 定价，收取0.55美元，而OpenAI o1的相应收费为15美元), is the other
        // side of a comparison; after a concession (尽管营收高达1305亿美元，
        // 但英伟达…) it is the subject of both
        if sets_against(&text[m.end..o.start])
            && doc.occ[doc.occ.partition_point(|p| p.start < fig.s.start)..i]
                .iter()
                .any(|p| p.end <= m.start)
            && !concedes(&text[fig.s.start..m.start])
        {
            return None;
        }
        let d = text[m.end..o.start].chars().count() as f64;
        // Chinese states the time first: 本月20日，DeepSeek再推出R1
        let other_clause = doc.separators.has_between(doc, fig, m.end, o.start);
        if !other_clause {
            by = EntityBy::Clause;
        }
        let head = match (m.kind == Kind::Date, other_clause) {
            (true, false) => AFTER_DATE_SAME_CLAUSE,
            (true, true) => AFTER_DATE_OTHER_CLAUSE,
            (false, false) => AFTER_SAME_CLAUSE,
            (false, true) => AFTER_OTHER_CLAUSE,
        };
        head - (d / DISTANCE_CHARS).min(AFTER_MAX_FALLOFF)
    } else {
        return None;
    };
    Some((sc, by))
}

/// Verbs of a launch between a date and what was launched (2025年1月20日
/// 發布DeepSeek-R1, 去年底推出的模型DeepSeek-V3).
const LAUNCHES: &[&str] = &[
    "推出", "发布", "發布", "发表", "發表", "问世", "問世", "上线", "上線", "开源", "開源", "亮相",
];

/// Words for what a launch launched, between it and the name (推出的模型
/// DeepSeek-V3, 上线了首个推理模型预览版DeepSeek-R1-Lite-Preview).
const LAUNCHED: &[&str] = &[
    "首个",
    "首個",
    "首款",
    "最新",
    "新一代",
    "推理模型",
    "开源模型",
    "開源模型",
    "预览版",
    "預覽版",
    "新模型",
    "大模型",
    "模型",
    "新版本",
    "版本",
    "芯片",
    "晶片",
];

/// Words between a date and its verb of launch (今年1月20日正式发布R1).
const BEFORE_LAUNCH: &[&str] = &["正式", "再次", "首次", "再", "又"];

/// Joins of a second verb of launch (正式发布并开源R1).
const AND: &[&str] = &["并", "並", "和", "及"];

/// The name right after the figure and 的 (股价下跌2.1%的微软), or after a
/// date and a verb of launch (2025年1月20日發布DeepSeek-R1, 去年底推出的
/// 模型DeepSeek-V3): the head the figure describes.
fn head_after<'d>(doc: &'d Doc, fig: &Figure) -> Option<&'d Occurrence> {
    let mut rest = &doc.text[fig.m.end..];
    let mut launched = false;
    if fig.m.kind == Kind::Date {
        let after = strip_any(rest, BEFORE_LAUNCH).0;
        if let Some(r) = strip_verb(after) {
            // (a second verb joined: 发布并开源R1)
            rest = AND
                .iter()
                .find_map(|j| r.strip_prefix(j))
                .and_then(strip_verb)
                .unwrap_or(r);
            launched = true;
        }
    }
    match rest.strip_prefix('的') {
        Some(r) => rest = r,
        None if !launched => return None,
        None => {}
    }
    if launched {
        // (up to three: 首个推理模型预览版)
        for _ in 0..3 {
            rest = strip_any(rest, LAUNCHED).0;
        }
    }
    let at = doc.text.len() - rest.len();
    let mut first = doc.occ.partition_point(|o| o.start < at);
    // (a place before what was launched for it is not what was launched:
    // 推出了中國特供版H800)
    if launched
        && doc.occ.get(first).is_some_and(|o| {
            o.start == at
                && doc.db.entities[o.entity].kind == "economy"
                && doc.occ.get(first + 1).is_some_and(|n| {
                    n.start >= o.end
                        && n.start - o.end <= 18
                        && !doc.text[o.end..n.start].contains(['，', ',', '。', '；', ';'])
                })
        })
    {
        first += 1;
        return doc.occ.get(first);
    }
    // (a maker before what it made is not the head: 價值約3.25億美元的輝達
    // 硬體 is the hardware's value, not NVIDIA's)
    doc.occ.get(first).filter(|o| {
        o.start == at
            && !(matches!(
                doc.db.entities[o.entity].kind.as_str(),
                "company" | "organization"
            ) && starts_with_any(&doc.text[o.end..], MADE))
    })
}

/// The name launched after a date and a short subject (同年12月公司推出
/// 性能降级的H20芯片, 2023年3月21日英伟达推出基于H100的特供版H800): the
/// last name of the database in what the verb launched (up to a 、, a
/// bracket or the clause's end) that modifies nothing (not followed by
/// 的: 基于H100的) and is no base of a comparison (not after 与, 比, 挑战,
/// 对标…: 可与OpenAI o1媲美的R1 is R1's, 发布R1挑战OpenAI o1 too, and
/// 发布了与GPT-4相当的模型 launches no name). The date is that name's, not
/// a name's of the clause before.
fn launched_after_subject<'d>(doc: &'d Doc, fig: &Figure) -> Option<&'d Occurrence> {
    /// How far after the date its verb may start: a subject of a few
    /// characters (该公司, 英伟达, 深度求索公司).
    const SUBJECT_BYTES: usize = 21;
    const SET_AGAINST: &[&str] = &[
        "对标", "對標", "比", "媲美", "超越", "超过", "超過", "挑战", "挑戰", "对抗", "對抗",
        "相当", "相當", "类似", "類似", "替代", "取代", "竞争", "競爭", "对手", "對手", "与", "與",
        "跟", "较", "較",
    ];
    if fig.m.kind != Kind::Date {
        return None;
    }
    // (a clause of the date alone, perhaps after 在 or 而在, sets the time
    // of the next one: 而在12月底，DeepSeek还发布了V3)
    let (from, to) = date_alone_in_clause(doc, fig).unwrap_or((fig.m.end, fig.cl_end));
    let rest = &doc.text[from..to];
    let (v, verb) = LAUNCHES
        .iter()
        .filter_map(|v| {
            rest.find(v)
                .filter(|&i| i <= SUBJECT_BYTES)
                .map(|i| (i, *v))
        })
        .min()?;
    // (a subject only: no mark, no 的 of a clause about something else)
    if rest[..v].contains(['，', ',', '、', '的', '（', '(', '：', ':']) {
        return None;
    }
    let at = from + v + verb.len();
    let after = &doc.text[at..to];
    let object_end = at + after.find(['、', '（', '(']).unwrap_or(after.len());
    let first = doc.occ.partition_point(|o| o.start < at);
    let mut launched = None;
    let mut from = at;
    for o in doc.occ[first..].iter().take_while(|o| o.end <= object_end) {
        let before = &doc.text[from..o.start];
        from = o.end;
        if doc.text[o.end..object_end].trim_start().starts_with('的') {
            continue;
        }
        // (the base of a comparison, after its word: not what was launched)
        if !ends_with_any(before, SET_AGAINST) {
            launched = Some(o);
        }
    }
    launched
}

/// Whether a date's verb of launch, right after it or after a short
/// subject (in its clause, or the next when the date's clause holds it
/// alone), launches something named in Latin letters that no name of the
/// database is (又推出了Janus-Pro, 开源了FlashMLA).
fn launches_an_unknown_name(doc: &Doc, fig: &Figure) -> bool {
    if fig.m.kind != Kind::Date {
        return false;
    }
    let (from, to) = date_alone_in_clause(doc, fig).unwrap_or((fig.m.end, fig.cl_end));
    let rest = &doc.text[from..to];
    let Some((v, verb)) = LAUNCHES
        .iter()
        .filter_map(|v| rest.find(v).filter(|&i| i <= 21).map(|i| (i, *v)))
        .min()
    else {
        return false;
    };
    let at = from + v + verb.len();
    let object = &doc.text[at..to];
    let object_end = at + object.find(['、', '（', '(']).unwrap_or(object.len());
    let object = &doc.text[at..object_end];
    let latin = object
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 3);
    let first = doc.occ.partition_point(|o| o.start < at);
    latin && doc.occ.get(first).is_none_or(|o| o.start >= object_end)
}

/// The next clause of the figure's sentence (its byte span), when the
/// figure's own clause holds only the date, perhaps after a word that
/// sets a time (在12月底，…; 而在同年5月，…).
pub(super) fn date_alone_in_clause(doc: &Doc, fig: &Figure) -> Option<(usize, usize)> {
    let lead = &doc.text[fig.cl_start..fig.m.start];
    let tail = &doc.text[fig.m.end..fig.cl_end];
    if !only_sets_a_time(lead) || !tail.trim().is_empty() || fig.cl_end >= fig.s.end {
        return None;
    }
    let from = fig.cl_end + doc.text[fig.cl_end..].chars().next()?.len_utf8();
    let rest = doc.text.get(from..fig.s.end)?;
    let to = from
        + rest
            .find(['，', ',', '；', ';', '。', '！', '？'])
            .unwrap_or(rest.len());
    Some((from, to))
}

/// Whether the words before a date only set its time (`在`, `而在`, `但于`,
/// `到了`, or nothing): the date is then what its clause says, and the
/// clause after it tells what happened then.
pub(super) fn only_sets_a_time(lead: &str) -> bool {
    const SETS_A_TIME: &[&str] = &["在", "于", "於", "到了", "而", "但", "并", "並"];
    let mut lead = lead.trim();
    while let Some(w) = SETS_A_TIME.iter().find(|w| lead.ends_with(**w)) {
        lead = lead[..lead.len() - w.len()].trim_end();
    }
    lead.is_empty()
}

/// Whether `before` (the text before a name) ends with words that join a
/// company's parent to it (及其母公司): every one ends with 母公司, most
/// names have none before them.
fn parent_joined(before: &str) -> bool {
    before.ends_with("母公司") && PARENT_JOINED.iter().any(|w| before.ends_with(w))
}

/// Words that join a company's parent to it (及其母公司).
const PARENT_JOINED: &[&str] = &[
    "及其母公司",
    "和其母公司",
    "与其母公司",
    "與其母公司",
    "及母公司",
    "和母公司",
];

/// What a maker makes, right after its name (輝達硬體, 英伟达芯片).
const MADE: &[&str] = &[
    "硬件",
    "硬體",
    "芯片",
    "晶片",
    "GPU",
    "显卡",
    "顯卡",
    "服务器",
    "伺服器",
    "设备",
    "設備",
];

/// `text` past a verb of launch it starts with and the 了 after it.
fn strip_verb(text: &str) -> Option<&str> {
    let v = LAUNCHES.iter().find(|v| text.starts_with(**v))?;
    let r = &text[v.len()..];
    Some(r.strip_prefix('了').unwrap_or(r))
}

/// The name the figure's clause compares it with before it, the nearest
/// (`约为Llama 2 70B的18倍`, `是DeepSeek-V3的11倍`): a multiple's base.
pub(super) fn compared_before(doc: &Doc, fig: &Figure) -> Option<usize> {
    let first = doc.occ.partition_point(|o| o.start < fig.cl_start);
    let last = doc.occ.partition_point(|o| o.start < fig.m.start);
    (first..last)
        .rev()
        .find(|&i| doc.occ[i].end <= fig.m.start && doc.compared_shape(i))
        .map(|i| doc.occ[i].entity)
}

/// What the figure's clause compares it with before it when no name of
/// the database is the base's shape: a pronoun (约为其十一倍, 是它的两倍:
/// `Some(Base::Pronoun)`), a name of the database in the words after a
/// copula and before 的 (约为V3所用GPU小时的11倍: `Some(Base::Named(e))`),
/// or such words with Latin letters or digits that name no one the
/// database knows (约为R1的11倍 with no DeepSeek in the text:
/// `Some(Base::Unknown)`). `None`: no base is named (是惊人的11倍, 达11倍).
pub(super) fn unnamed_base_before(doc: &Doc, fig: &Figure) -> Option<Base> {
    const HEDGES: &[&str] = &[
        "大约", "大約", "将近", "將近", "约", "約", "近", "逾", "超过", "超過",
    ];
    let mut lead = doc.text[fig.cl_start..fig.m.start].trim_end();
    while let Some(h) = HEDGES.iter().find(|h| lead.ends_with(**h)) {
        lead = lead[..lead.len() - h.len()].trim_end();
    }
    let (lead, owned) = match lead.strip_suffix('的') {
        Some(l) => (l, true),
        None => (lead, false),
    };
    // (the verbs that make a name after them a ratio's yardstick)
    let (at, len) = RATIO_VERBS
        .iter()
        .filter_map(|c| lead.rfind(c).map(|i| (i, c.len())))
        .max_by_key(|&(i, len)| (i + len, len))?;
    let phrase = lead[at + len..].trim();
    if phrase.is_empty() || phrase.chars().count() > 16 || phrase.contains(['，', ',', '。', '的'])
    {
        return None;
    }
    if matches!(
        phrase,
        "其" | "它" | "它们" | "它們" | "后者" | "後者" | "前者"
    ) {
        return Some(Base::Pronoun);
    }
    if !owned || !phrase.contains(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let from = fig.cl_start + at + len;
    let to = fig.cl_start + lead.len();
    let first = doc.occ.partition_point(|o| o.start < from);
    Some(
        doc.occ[first..]
            .iter()
            .take_while(|o| o.end <= to)
            .map(|o| Base::Named(o.entity))
            .next()
            .unwrap_or(Base::Unknown),
    )
}

/// A multiple's base read from the words before it (see
/// [`unnamed_base_before`]).
pub(super) enum Base {
    /// 其, 它: a name before the figure's clause.
    Pronoun,
    /// A name of the database among the words.
    Named(usize),
    /// Words that name no one the database knows.
    Unknown,
}

/// The name a pronoun base of a multiple points back to (Llama 3.1 405B
/// …约为其十一倍 after V3 in the clause before): the nearest name of the
/// figure's sentence before its clause that is not the figure's owner nor
/// a person's affiliation (前OpenAI研究员卡帕西算了一笔账：V3…).
pub(super) fn base_pointed_back(doc: &Doc, fig: &Figure, owner: Option<usize>) -> Option<usize> {
    // (in the figure's sentence, or else the one before it in its paragraph)
    let from = fig
        .si
        .checked_sub(1)
        .filter(|&p| doc.sentences[p].paragraph == fig.s.paragraph)
        .map_or(fig.s.start, |p| doc.sentences[p].start);
    let first = doc.occ.partition_point(|o| o.start < from);
    let last = doc
        .occ
        .partition_point(|o| o.end <= fig.cl_start)
        .max(first);
    (first..last)
        .rev()
        .find(|&i| Some(doc.occ[i].entity) != owner && !doc.affiliation(i) && !doc.is_source(i))
        .map(|i| doc.occ[i].entity)
}

/// The names the figure's sentence compares it with after it, in a later
/// clause (`80美元，是同期DeepSeek-R1的145倍`): the figure is not theirs.
fn compared_after(doc: &Doc, fig: &Figure) -> Vec<usize> {
    let first = doc.occ.partition_point(|o| o.start < fig.m.end);
    doc.occ[first..]
        .iter()
        .enumerate()
        .take_while(|(_, o)| o.start < fig.s.end)
        .filter(|&(j, o)| {
            doc.separators.has_between(doc, fig, fig.m.end, o.start)
                && doc.compared_shape(first + j)
        })
        .map(|(_, o)| o.entity)
        .collect()
}

impl Doc<'_> {
    /// [`aside_shape`] of occurrence `i`, read once per document (it is
    /// asked of every name near every figure).
    fn aside_shape(&self, i: usize) -> bool {
        *self.aside[i].get_or_init(|| aside_shape(self.text, &self.occ[i]))
    }

    /// [`comparison_shape`] of occurrence `i`, read once per document.
    fn compared_shape(&self, i: usize) -> bool {
        *self.compared[i].get_or_init(|| comparison_shape(self.text, &self.occ[i]))
    }

    /// Whether occurrence `i` is a person's affiliation (a title follows
    /// it), read once per document.
    fn affiliation(&self, i: usize) -> bool {
        *self.affiliation[i].get_or_init(|| starts_with_any(&self.text[self.occ[i].end..], TITLES))
    }

    /// Whether occurrence `i` stands in brackets that give a figure of
    /// its own (显存:141GB(H100为80GB)), read once per document.
    fn aside_in_brackets(&self, i: usize) -> bool {
        *self.bracket_aside[i].get_or_init(|| {
            let o = &self.occ[i];
            let Some(oi) = self.occ_sentence[i] else {
                return false;
            };
            brackets::open_at_end(&self.text[self.sentences[oi].start..o.start])
                && bracket_holds_digit(&self.text[o.end..])
        })
    }

    /// [`is_source`] of occurrence `i`, read once per document.
    fn is_source(&self, i: usize) -> bool {
        *self.source[i].get_or_init(|| is_source(self, &self.occ[i]))
    }
}

/// Whether the words around name `o` make it the base of a comparison
/// (which counts only in the figure's sentence, the one before, or
/// earlier in its paragraph):
/// 是X的, 比X, 直逼X, 在X的基础上, 是同期X的.
fn comparison_shape(text: &str, o: &Occurrence) -> bool {
    // past a space (比 H100) and a modifier: 是同期X的
    let lead = text[..o.start].trim_end();
    let before = COMPARISON_MODIFIERS
        .iter()
        .find_map(|m| lead.strip_suffix(m))
        .unwrap_or(lead);
    let after = &text[o.end..];
    // 名为X的, 称为X的 name the thing; the 为 in them compares nothing, nor
    // does the 为 of 华为 (华为昇腾910C)
    static NAMED: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(NAMING));
    let named = NAMED.ends(before) || before.ends_with("华为") || before.ends_with("華為");
    (!named
        && COMPARED.ends(before)
        && (after.starts_with('的')
            || !before.ends_with('是')
            || after[..after.pipe_find().unwrap_or(after.len())].contains('倍')))
        || built_upon(after)
        || owned_base(before)
}

/// Whether the words after a name make it what something is built upon:
/// 基础上, 的基礎上, 基础模型之上, 基座模型上, 之上 (在V3基础模型之上进行的
/// 强化学习, R1是在V3基座模型上训练的).
fn built_upon(after: &str) -> bool {
    let rest = after.strip_prefix('的').unwrap_or(after);
    let (based, rest) = match ["基础", "基礎", "基座", "底座"]
        .iter()
        .find_map(|w| rest.strip_prefix(w).map(|r| (w, r)))
    {
        // (基座上 and 底座上 only before what is done on them: 基座上训练,
        // 基座上，; not 基座上季度开源)
        Some((w, r)) if w.ends_with('座') => {
            let r = r.strip_prefix("模型").unwrap_or(r);
            return r.starts_with("之上")
                || r.strip_prefix('上').is_some_and(|r| {
                    r.is_empty()
                        || r.starts_with([
                            '训', '訓', '进', '進', '强', '強', '微', '开', '開', '构', '構', '做',
                            '打', '搭', '推', '，', ',', '。', '、', '的',
                        ])
                });
        }
        Some((_, r)) => (true, r.strip_prefix("模型").unwrap_or(r)),
        None => (false, rest),
    };
    // (not 的上一代, 的上线: 上 after 基础 or 之 only; not 之上线, 之上市)
    const VERB_AFTER: &[char] = &[
        '线', '線', '市', '升', '涨', '漲', '架', '榜', '映', '任', '台', '路', '传', '傳', '网',
        '網', '调', '調', '海', '午', '周', '週', '月', '年', '次', '一', '半', '述',
    ];
    let on = |r: &str| {
        r.strip_prefix('上')
            .is_some_and(|r| !r.starts_with(VERB_AFTER))
    };
    match rest.strip_prefix('之') {
        Some(r) => on(r),
        None => based && on(rest),
    }
}

/// Whether a name is the whole a place is ranked within: it follows 是 or
/// 为, and 的省份, 的省, 的城市, 的地区 or 大省 ends its clause after it,
/// or one of them (是中国人口减少最多的省份, 是中國…的省份之一).
fn frames_places(text: &str, o: &Occurrence) -> bool {
    // (only a name after 是 or 为: 香港是全球最自由的城市 names its subject)
    if !text[..o.start].trim_end().ends_with(['是', '为', '為']) {
        return false;
    }
    // (the clause's end is looked for in the twenty characters after the
    // name only)
    let rest = &text[o.end..];
    let mut end = None;
    for (i, c) in rest.char_indices().take(21) {
        if matches!(c, '，' | '。' | '；' | ',' | ';' | '！' | '？' | '\n') {
            end = Some(i);
            break;
        }
    }
    let clause = match end {
        Some(e) => &rest[..e],
        None if rest.chars().nth(20).is_none() => rest,
        None => return false,
    };
    // (one of them: 是中國人口流失最嚴重的省份之一)
    let clause = clause.strip_suffix("之一").unwrap_or(clause);
    // (every word ends in one of these)
    clause.ends_with(['份', '区', '區', '市', '省'])
        && [
            "的省份",
            "的省区",
            "的省區",
            "的城市",
            "的地区",
            "的地區",
            "的省",
            // (是中国出生人口最多的省会城市之一, 最大城市)
            "城市",
            // (是中国人口大省, 经济强省)
            "大省",
            "强省",
            "強省",
        ]
        .iter()
        .any(|w| clause.ends_with(w))
}

/// Whether a sentence, read up to a name, opens by setting what follows
/// against what came before (相比之下，, 與之相比,).
fn opens_with_contrast(head: &str) -> bool {
    const CONTRASTS: &[&str] = &[
        "相比之下",
        "相較之下",
        "相较之下",
        "对比之下",
        "對比之下",
        "与之相比",
        "與之相比",
        "相比而言",
        "比较而言",
        "比較而言",
        "反观",
        "反觀",
    ];
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || "“「\"（(".contains(c));
    // (every one starts with one of these)
    head.starts_with(['相', '对', '對', '与', '與', '比', '反'])
        && CONTRASTS.iter().any(|w| head.starts_with(w))
}

/// Whether the text between a figure and a name after it opens a new
/// clause by setting it against the figure's (，而, ，但, ，然而, ，相比之下;
/// not 而且, which adds to it): the name after that is the other side, not
/// the figure's.
fn sets_against(gap: &str) -> bool {
    gap.rmatch_indices(['，', ',', '；', ';']).any(|(at, sep)| {
        let clause = &gap[at + sep.len()..];
        clause.starts_with(['而', '但', '然'])
            && !["而言", "而且", "然后", "然後"]
                .iter()
                .any(|w| clause.starts_with(w))
            || opens_with_contrast(clause)
    })
}

/// Whether a sentence, read up to a figure, opens with a concession (尽管,
/// 虽然, 雖然, 即使): the 但 that follows goes on about the same subject.
fn concedes(lead: &str) -> bool {
    [
        "尽管", "儘管", "虽然", "雖然", "虽", "雖", "即使", "即便", "固然",
    ]
    .iter()
    .any(|w| lead.contains(w))
}

/// Whether a name stands after a word that makes it a yardstick or an
/// aside rather than a subject (达到GPT-4的水平, 比肩o1, 包含GPT-4產生的內容,
/// 为H100的15%, 与GPT-4相当, 输往内地: a destination).
fn aside_shape(text: &str, o: &Occurrence) -> bool {
    const ASIDES: &[&str] = &[
        "达到",
        "達到",
        "比肩",
        "对标",
        "對標",
        "包含",
        "类似",
        "類似",
        "赶上",
        "趕上",
        "追上",
        "匹敌",
        "匹敵",
        "媲美",
        "追平",
        "比拟",
        "比擬",
        "超越",
        // where goods or people go (香港输往内地的货物): a destination
        "输往",
        "輸往",
        "运往",
        "運往",
        "销往",
        "銷往",
        "出口到",
        "出口至",
        // (not 流入 or 前往: 资金流入英伟达, 旅客前往香港 name the subject)
    ];
    // a verb of comparison may take 了 (超越了Qwen2.5, 达到了GPT-4的水平);
    // the others with 了 say what happened to the name (包含了Kimi K2,
    // 赶上了DeepSeek-R1走红的热潮)
    const COMPARE_THEN_LE: &[&str] = &[
        "达到", "達到", "比肩", "媲美", "匹敌", "匹敵", "追平", "超越", "对标", "對標",
    ];
    let lead = text[..o.start].trim_end();
    let compared_le = || {
        lead.strip_suffix('了')
            .is_some_and(|l| ends_with_any(l.trim_end(), COMPARE_THEN_LE))
    };
    ends_with_any(lead, ASIDES)
        || compared_le()
        || ratio_yardstick(text, o)
        || matched_with(text, o)
}

/// Whether name `o` stands in a frame of time or
/// circumstance that its clause closes: 在DeepSeek带动低成本训练之后, 自
/// R1走红以来, 在英伟达的带动下. The name sets the scene of what follows;
/// it is not its subject. (在X中 and 在X上 are left alone: 在V3的训练中
/// may well be about V3.)
fn in_a_time_frame(text: &str, o: &Occurrence) -> bool {
    const CLOSERS: &[&str] = &[
        "之后",
        "之後",
        "以后",
        "以後",
        "之下",
        "带动下",
        "帶動下",
        "冲击下",
        "衝擊下",
        "背景下",
        "浪潮下",
        "以来",
        "以來",
        "之际",
        "之際",
        "之前",
        "以前",
    ];
    let lead = text[..o.start].trim_end();
    if !(lead.ends_with('在') || lead.ends_with('自')) {
        return false;
    }
    // (what the name set going: 带动, 掀起, 引发…; not its own launch, 在
    // DeepSeek-V3发布之前, after which it may well be the topic)
    const SET_GOING: &[&str] = &[
        "带动", "帶動", "掀起", "引发", "引發", "冲击", "衝擊", "影响", "影響", "走红", "走紅",
        "爆火", "推动", "推動", "刺激", "浪潮", "热潮", "熱潮",
    ];
    let rest = &text[o.end..];
    let clause_end = rest
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '？' | '\n'))
        .map(|(i, _)| i);
    clause_end.is_some_and(|e| {
        let frame = rest[..e].trim_end();
        ends_with_any(frame, CLOSERS) && SET_GOING.iter().any(|w| frame.contains(w))
    })
}

/// Whether the figure's sentence, before it, points to one of two named
/// before (前者, 后者): a yardstick named before may be the one meant
/// (DeepSeek-V3超越了Qwen2.5-72B。后者在约18万亿token上…).
fn points_to_one_of_two(doc: &Doc, fig: &Figure) -> bool {
    let lead = &doc.text[fig.s.start..fig.m.start];
    ["前者", "后者", "後者"].iter().any(|w| lead.contains(w))
}

/// Whether a name is what something else is set apart from (与Mixtral不同,
/// 和GPT-4不一样, 與 Mistral 的 Mixtral 有所不同): 与, 和, 跟 or 同 in its
/// clause before it and a word of difference right after it that ends the
/// frame (不同尺寸的模型 is no frame).
fn differs_from(text: &str, sent_start: usize, o: &Occurrence) -> bool {
    const UNLIKE: &[&str] = &[
        "不同",
        "不一样",
        "不一樣",
        "有别",
        "有別",
        "相反",
        "迥异",
        "迥異",
        "有所不同",
        "有所区别",
        "有所區別",
    ];
    let after = text[o.end..].trim_start();
    if !after.starts_with(['不', '有', '相', '迥']) {
        return false;
    }
    let Some(word) = UNLIKE.iter().find(|w| after.starts_with(*w)) else {
        return false;
    };
    // (the word ends the frame, not an adjective before a noun: 不同尺寸)
    let next = after[word.len()..].chars().next();
    if next.is_some_and(|c| crate::segment::is_han(c) && !"的之处處是在于於".contains(c)) {
        return false;
    }
    // 与 in the clause before the name (與 Google 的 Switch Transformer、
    // Mistral Mixtral 有所不同)
    text[clause_before(text, sent_start, o.start)..o.start].contains(['与', '與', '和', '跟', '同'])
}

/// Whether a name is what something else is set level with (与GPT-4相当的
/// 性能, 和H100不相上下): 与, 和, 跟 or 同 before it and a word of likeness
/// right after it.
fn matched_with(text: &str, o: &Occurrence) -> bool {
    const LIKE: &[&str] = &[
        "相当",
        "相當",
        "相近",
        "相仿",
        "相若",
        "持平",
        "看齐",
        "看齊",
        "一样",
        "一樣",
        "不相上下",
        "相同",
        "媲美",
        "比肩",
        "齐平",
        "齊平",
    ];
    text[..o.start]
        .trim_end()
        .ends_with(['与', '與', '和', '跟', '同'])
        && LIKE
            .iter()
            .any(|w| text[o.end..].trim_start().starts_with(w))
}

/// Words that give a thing its name (一款名为DeepSeek V2的模型): the name
/// after them is the thing, not the base of a comparison, though they end
/// in 为 or 叫.
const NAMING: &[&str] = &[
    "名为",
    "名為",
    "称为",
    "稱為",
    "叫做",
    "名叫",
    "取名为",
    "取名為",
    "命名为",
    "命名為",
    "代号为",
    "代號為",
];

/// Verbs of comparison strong enough to mark a possessed name as the base
/// too: 比肩OpenAI的o1, 低于Meta的Llama.
const STRONG_COMPARISON: &[&str] = &[
    "比", "比起", "相比", "直逼", "逼近", "媲美", "超越", "超过", "超過", "不如", "不及", "低于",
    "低於", "高于", "高於", "优于", "優於", "比肩", "追平", "赶超", "趕超", "对标", "對標",
];

/// Whether a name is the possession of a compared name (`比肩OpenAI的` + o1):
/// the text before it is `<verb><a few characters>的`.
fn owned_base(before: &str) -> bool {
    let Some(owner) = before.strip_suffix('的') else {
        return false;
    };
    static STRONG: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(STRONG_COMPARISON));
    let tail: Vec<(usize, char)> = owner.char_indices().rev().take(12).collect();
    tail.iter()
        .take_while(|&&(_, c)| !matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、'))
        .any(|&(i, _)| STRONG.ends(&owner[..i]))
}

/// Whether a pronoun in the figure's clause points back to name `o`,
/// named before that clause: in the figure's own sentence, only to the
/// first name of the sentence (其 refers to the topic, not to the last
/// name mentioned).
fn pronoun_points_back(doc: &Doc, fig: &Figure, o: &Occurrence, oi: usize) -> bool {
    (oi != fig.si || o.end <= fig.m.start)
        && o.start < fig.cl_start
        && fig.pronoun(doc)
        && if oi == fig.si {
            match clause_final_antecedent(doc, fig) {
                Some(a) => a == o.start,
                None => first_in_sentence(doc, fig, o),
            }
        } else {
            !copula_complement(doc, oi, o)
        }
}

/// Whether name `o`, in sentence `oi`, stands after a copula that an
/// earlier name of its sentence is the subject of (Llama3.1系列是Llama3系列
/// 继续训练的结果): what the subject is said to be, not a subject a later
/// sentence's pronoun (其于…发布) takes up.
fn copula_complement(doc: &Doc, oi: usize, o: &Occurrence) -> bool {
    let start = doc.sentences[oi].start;
    let before = doc.text[start..o.start].trim_end();
    // (across a preposition after it: 是基于DeepSeek-V3训练的推理模型)
    let before = ["基于", "基於", "以", "由", "从", "從", "在"]
        .iter()
        .find_map(|p| before.strip_suffix(p))
        .unwrap_or(before);
    let Some(copula) = ["是", "为", "為", "乃", "系", "係"]
        .iter()
        .find(|c| before.ends_with(*c))
    else {
        return false;
    };
    let copula_at = start + before.len() - copula.len();
    // the subject: the sentence's first name, with at most a short head
    // noun after it (Llama3.1系列是); not a name the subject belongs to or
    // follows (DeepSeek-V3的继任者是, V3之后的下一个模型是)
    doc.occ[doc.occ.partition_point(|x| x.start < start)..]
        .first()
        .is_some_and(|x| {
            x.end <= copula_at && {
                let head = &doc.text[x.end..copula_at];
                head.chars().count() <= 3 && !head.contains(['的', '之', '后', '後', '前'])
            }
        })
}

/// The name a clause that opens with 其 follows straight on from: the name
/// that ends the clause before it (远低于GPT-4，其训练成本超过1亿美元 is
/// GPT-4's cost; 深度求索发布了DeepSeek-V3，其训练成本… is V3's). Returned
/// by where it starts.
fn clause_final_antecedent(doc: &Doc, fig: &Figure) -> Option<usize> {
    let text = doc.text;
    let sep = |c: char| matches!(c, '，' | ',' | '；' | ';') || c.is_whitespace();
    // (the separator may end the clause before or open the figure's)
    let rest = text[fig.cl_start..fig.m.start].trim_start_matches(sep);
    if !rest.starts_with('其') {
        return None;
    }
    let gap_end = fig.m.start - rest.len();
    let before = text[..gap_end].trim_end_matches(sep);
    if !text[before.len()..gap_end].contains(['，', ',', '；', ';']) {
        return None;
    }
    let i = doc.occ.partition_point(|x| x.start < fig.s.start);
    doc.occ[i..]
        .iter()
        .take_while(|x| x.start < fig.cl_start)
        .find(|x| x.end == before.len())
        .map(|x| x.start)
}

/// The name a figure is written as the possession of (`中國的2.24％` in
/// 台灣…超過中國的2.24％, `DeepSeek-V3的557.6万美元`): a name right before
/// 的 and the figure. Not a ratio to a yardstick (性能为H100的15%, 成本只有
/// GPT-4的十分之一, 是其两倍): that figure is the subject's.
fn possessive_owner<'o>(doc: &'o Doc, fig: &Figure) -> Option<&'o Occurrence> {
    let m = fig.m;
    if matches!(m.kind, Kind::Fraction | Kind::Multiple) {
        return None;
    }
    let text = doc.text;
    let name_end = text[..m.start].strip_suffix('的')?.len();
    let i = doc.occ.partition_point(|o| o.end < name_end);
    let o = doc
        .occ
        .get(i)
        .filter(|o| o.end == name_end && o.start >= fig.cl_start)?;
    (!after_ratio_verb(&text[fig.cl_start..o.start])).then_some(o)
}

/// Verbs that make the name after them a yardstick of a ratio (性能为H100
/// 的15%, 只有GPT-4的十分之一).
const RATIO_VERBS: &[&str] = &[
    "是",
    "为",
    "為",
    "只有",
    "仅有",
    "僅有",
    "相当于",
    "相當於",
    "达到",
    "達到",
    "占",
    "佔",
    "约",
    "約",
];

/// Whether the text before a name ends with a verb of ratio, a
/// description of the name between (为旗舰芯片H100: the description's
/// characters are passed over up to the verb's last).
fn after_ratio_verb(before: &str) -> bool {
    let before = before
        .trim_end()
        .trim_end_matches(|c: char| !c.is_ascii() && !is_clause_verb_end(c));
    RATIO_VERBS.iter().any(|v| before.ends_with(v))
}

/// Whether name `o` is the yardstick of a ratio: after a verb of ratio and
/// before 的 and a number (性能为旗舰芯片H100的15%): the sentence's subject
/// is another, and the name is not carried to a later figure.
fn ratio_yardstick(text: &str, o: &Occurrence) -> bool {
    text[o.end..].strip_prefix('的').is_some_and(|rest| {
        rest.chars().next().is_some_and(|c| {
            c.is_ascii_digit() || crate::extract::numeral::is_chinese_numeral_char(c)
        })
    }) && after_ratio_verb(&text[..o.start])
}

/// Whether a character may end a verb of ratio before a name (是, 为, 于…):
/// the characters a description of the name (旗舰芯片) is not cut at.
fn is_clause_verb_end(c: char) -> bool {
    matches!(
        c,
        '是' | '为' | '為' | '有' | '于' | '於' | '到' | '占' | '佔' | '约' | '約'
    )
}

/// Whether a clause holds a pronoun that points back (其营收, 该公司), not a
/// word that only begins or ends with one (其间, 其中, 尤其, 及其).
pub(super) fn has_pronoun(clause: &str) -> bool {
    // one pass over the clause, looking further only at the first
    // characters of the pronouns
    const FIRSTS: [bool; 256] =
        super::chars::last_bytes(&['他', '她', '其', '它', '该', '該', '这', '這']);
    super::chars::any(clause, &FIRSTS, |i, c| {
        matches!(c, '他' | '她' | '其' | '它' | '该' | '該' | '这' | '這')
            && PRONOUNS.iter().any(|p| {
                clause[i..].starts_with(p) && !(*p == "其" && other_word_with_qi(clause, i))
            })
    })
}

/// Whether the 其 at byte `i` of `clause` is part of a word that only
/// begins or ends with it (其间, 其中, 尤其, 及其), not a pronoun.
fn other_word_with_qi(clause: &str, i: usize) -> bool {
    let after = &clause[i + "其".len()..];
    let before = &clause[..i];
    [
        "间", "間", "中", "后", "後", "实", "實", "他", "它", "余", "餘", "次",
    ]
    .iter()
    .any(|w| after.starts_with(w))
        || ["尤", "极", "極", "及", "与", "與"]
            .iter()
            .any(|w| before.ends_with(w))
}

/// Another entity of `entity`'s kind that heads a clause of the figure's
/// sentence after the one the owner (at byte `at`) stands in, before the
/// figure's own clause: the sentence went on to a subject of its own kind
/// (继DeepSeek-V2推出后，V3接棒，参数高达6710亿), and the figure may be
/// either's. (Not a name that only qualifies its clause's subject:
/// GPT-4的地位受到挑战; nor when the owner is named again after it:
/// …博通下跌，英伟达创下…纪录，蒸发6890亿美元.)
fn later_subject_of_its_kind(doc: &Doc, fig: &Figure, entity: usize, at: usize) -> Option<usize> {
    let kind = &doc.db.entities[entity].kind;
    let from = doc.occ.partition_point(|o| o.start <= at);
    let upto = doc.occ.partition_point(|o| o.start < fig.m.start);
    let named = &doc.occ[from..upto.max(from)];
    // (after the owner's last naming)
    let after = named
        .iter()
        .rposition(|o| o.entity == entity)
        .map_or(0, |k| k + 1);
    named[after..]
        .iter()
        .enumerate()
        .take_while(|(_, o)| o.start < fig.cl_start)
        // (not a source telling of it, nor a person's affiliation: 微软表示，
        // 微软首席执行官纳德拉称，)
        .filter(|&(j, _)| !doc.is_source(from + after + j) && !doc.affiliation(from + after + j))
        .map(|(_, o)| o)
        .find(|o| {
            let head = super::clause::clause_before(doc.text, fig.s.start, o.start);
            o.entity != entity
                && head > at
                && doc.db.entities[o.entity].kind == *kind
                && doc.text[head..o.start]
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .is_empty()
                && !doc.text[o.end..].starts_with(['的', '之'])
        })
        .map(|o| o.entity)
}

/// Whether `o` is the first name of the figure's sentence (a maker's name
/// right before its product's, 华为昇腾910C, is part of the product's).
fn first_in_sentence(doc: &Doc, fig: &Figure, o: &Occurrence) -> bool {
    let mut i = doc.occ.partition_point(|x| x.start < fig.s.start);
    let upto = doc.occ.partition_point(|x| x.start < fig.cl_start);
    // a source (X认为, 深度求索在论文中提及) or a name after a preposition
    // (以DeepSeek-V3论文为基础) is not what the sentence is about
    while i < upto.min(i + MAX_TOPIC_SKIPS) && doc.is_source(i) {
        i += 1;
    }
    while let (Some(x), Some(next)) = (doc.occ.get(i), doc.occ.get(i + 1)) {
        if x.end != next.start {
            break;
        }
        i += 1;
    }
    doc.occ.get(i).is_some_and(|x| x.start == o.start)
}

/// How many sources or governed names at a sentence's head are passed
/// over when looking for its topic.
const MAX_TOPIC_SKIPS: usize = 4;

/// Words after a name, in its own clause, that make it a source.
const SPEECH: &[&str] = &[
    "表示", "指出", "提及", "提到", "称", "稱", "说", "說", "透露", "披露", "介绍", "介紹", "认为",
    "認為", "估计", "估計", "报道", "報導", "撰文", "写道", "寫道",
];

/// Words before a name that govern it: it is not the subject.
const PREPOSITIONS: &[&str] = &[
    "以", "据", "據", "根据", "根據", "在", "对", "對", "对于", "對於", "从", "從", "比", "与",
    "與", "和", "跟", "将", "將", "把", "被", "按", "按照",
];

/// [`PREPOSITIONS`] by their last characters.
static GOVERNED: LazyLock<WordEnds> = LazyLock::new(|| WordEnds::new(PREPOSITIONS));

/// The first characters of the [`SPEECH`] words (a test checks them).
const SPEECH_FIRSTS: [char; 18] = [
    '表', '指', '提', '称', '稱', '说', '說', '透', '披', '介', '认', '認', '估', '报', '報', '撰',
    '写', '寫',
];

/// Whether `s` holds a [`SPEECH`] word: looked for only where one of
/// their first characters is.
fn holds_speech(s: &str) -> bool {
    const FIRSTS: [bool; 256] = super::chars::last_bytes(&SPEECH_FIRSTS);
    super::chars::any(s, &FIRSTS, |i, c| {
        SPEECH_FIRSTS.contains(&c) && SPEECH.iter().any(|w| s[i..].starts_with(w))
    })
}

/// Whether name `x` is a source or governed by a preposition.
fn is_source(doc: &Doc, x: &Occurrence) -> bool {
    let rest = doc.text.get(x.end..).unwrap_or("");
    // its own clause, up to 40 characters
    let own_end = rest
        .char_indices()
        .take_while(|&(_, c)| !matches!(c, '，' | ',' | '。' | '；' | ';' | '！' | '？' | '\n'))
        .take(40)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let own = &rest[..own_end];
    holds_speech(own)
        || doc.text.get(..x.start).is_some_and(|b| GOVERNED.ends(b))
        // a research firm whose report or data shows (SemiAnalysis报告显示,
        // DeepSeek…): a company's own report (英伟达财报显示) still makes
        // it the subject
        || doc.db.entities[x.entity].kind == "organization"
            && ["显示", "顯示", "指出"].iter().any(|w| own.contains(w))
}

/// Relations a name before them holds to the name after them (R1的基座V3,
/// DeepSeek的母公司幻方量化): that next name is the one spoken of.
const RELATIONS: &[&str] = &[
    "基座模型",
    "基座",
    "基础模型",
    "基礎模型",
    "底座模型",
    "底座",
    "前身",
    "母公司",
    "子公司",
    "控股公司",
    "大股东",
    "大股東",
];

/// Whether name `i` is followed by 的, a relation and right then another
/// name, before byte `end` (see [`RELATIONS`]).
fn modifies_the_next_name(doc: &Doc, i: usize, end: usize) -> bool {
    let o = &doc.occ[i];
    let Some(next) = doc.occ.get(i + 1).filter(|n| n.end <= end) else {
        return false;
    };
    let Some(gap) = doc.text.get(o.end..next.start) else {
        return false;
    };
    // (not when that name is in turn what something is built upon: R1的基
    // 座V3之上, the stage is R1's)
    gap.strip_prefix('的').is_some_and(|rest| {
        RELATIONS
            .iter()
            .any(|r| rest.strip_prefix(r).is_some_and(|r| r.trim().is_empty()))
    }) && !built_upon(&doc.text[next.end..])
}

/// Whether `o` is the topic of the figure's sentence for a figure in a
/// later clause: the sentence's first name, at its head, in an earlier
/// clause, with no other name in the figure's clause before it.
fn is_topic(doc: &Doc, fig: &Figure, i: usize, oi: usize) -> bool {
    let o = &doc.occ[i];
    if oi != fig.si || o.end > fig.cl_start || o.start < fig.s.start {
        return false;
    }
    if !first_in_sentence(doc, fig, o) {
        return false;
    }
    // (the head counts from after a source's clause that opens the
    // sentence, a source of another kind, such as a maker telling of its
    // model: DeepSeek披露，R1在V3基座上强化学习，成本约29.4万美元; not one
    // company telling of another, 英伟达CFO表示，微软是最大客户)
    let first = doc.occ.partition_point(|x| x.start < fig.s.start);
    let kind = |k: usize| &doc.db.entities[doc.occ[k].entity].kind;
    let from = (first < i)
        .then(|| i - 1)
        .filter(|&k| doc.is_source(k) && kind(k) != kind(i))
        .and_then(|k| {
            let gap = &doc.text[doc.occ[k].end..o.start];
            gap.rfind(['，', ',', '：', ':'])
                .map(|p| doc.occ[k].end + p + gap[p..].chars().next().map_or(1, char::len_utf8))
        })
        .unwrap_or(fig.s.start);
    let head = doc.text.get(from..o.start).unwrap_or("");
    if head.chars().nth(TOPIC_HEAD_CHARS).is_some() {
        return false;
    }
    // (a source is not the topic: first_in_sentence passed over it)
    !doc.is_source(i)
        && doc.occ[doc.occ.partition_point(|x| x.start < fig.cl_start)..]
            .first()
            .is_none_or(|x| x.start >= fig.m.start)
}

/// Words of a person's own wealth (身價縮水近208億美元 is the founder's,
/// not his company's market value).
const WEALTH: &[&str] = &[
    "身价",
    "身價",
    "身家",
    "个人财富",
    "個人財富",
    "个人资产",
    "個人資產",
    "净资产",
    "淨資產",
];

/// The first characters of [`WEALTH`]'s words (a test holds them to it).
const WEALTH_FIRSTS: [char; 5] = ['身', '个', '個', '净', '淨'];

/// The owner of a figure whose clause speaks of a person's wealth: the
/// person its sentence names last before it, or no one (a person the
/// database does not know) — never the company the person owns.
fn wealth_owner(doc: &Doc, fig: &Figure) -> Option<(Option<usize>, Option<EntityBy>)> {
    // its clause, or the one before (黃仁勛的個人財富，也在周一蒸發超208億美元)
    let from = super::clause::clause_before(doc.text, fig.s.start, fig.cl_start);
    let before = &doc.text[from..fig.m.start];
    // (the first characters of the words, looked for first: most clauses
    // hold none)
    if !before.contains(WEALTH_FIRSTS) || !WEALTH.iter().any(|w| before.contains(w)) {
        return None;
    }
    let first = doc.occ.partition_point(|o| o.start < fig.s.start);
    let upto = doc.occ.partition_point(|o| o.start < fig.m.start);
    let person = doc.occ[first..upto.max(first)]
        .iter()
        .rev()
        .find(|o| doc.db.entities[o.entity].kind == "person");
    Some(person.map_or((None, None), |o| (Some(o.entity), Some(EntityBy::Sentence))))
}

/// A company or an organisation that reports for no one else (not an
/// agency, not a publisher of another's figures): the figures of a clause
/// it is the subject of are its own.
fn acts_for_itself(e: &crate::db::Entity) -> bool {
    matches!(e.kind.as_str(), "company" | "organization") && e.part_of.is_none()
}

/// Whether entity `e` is named in `text[from..to]`.
pub(super) fn occ_in(occ: &[Occurrence], e: usize, from: usize, to: usize) -> bool {
    let first = occ.partition_point(|o| o.start < from);
    occ[first..]
        .iter()
        .take_while(|o| o.start < to)
        .any(|o| o.entity == e)
}

/// Words of a list whose items are matched in order (A、B分别下跌x、y).
const RESPECTIVELY: &[&str] = &["分别", "分別"];

/// A figure after 分别 in its sentence (see [`respectively`]).
pub(super) struct Respective {
    /// Where 分别 stands.
    pub(super) from: usize,
    /// Where the list 分别 closes starts: after the last comma or colon
    /// before it, else at the sentence's start.
    pub(super) list_start: usize,
    /// The figure's place among the figures of its kind after 分别.
    pub(super) place: usize,
    /// How many figures of its kind follow 分别 in the sentence.
    pub(super) figures: usize,
}

/// The 分别 before a figure in its sentence, with no full stop or
/// semicolon since, the list it closes and the figure's place: read once
/// for the period, the measure and the name a listed figure is given.
pub(super) fn respectively(doc: &Doc, fig: &Figure) -> Option<Respective> {
    let lead = &doc.text[fig.s.start..fig.m.start];
    // (every 分别 holds 分: most leads have none)
    if !lead.contains('分') {
        return None;
    }
    let at = RESPECTIVELY.iter().filter_map(|w| lead.rfind(w)).max()?;
    let from = fig.s.start + at;
    if doc.text[from..fig.m.start].contains(['；', ';', '。']) {
        return None;
    }
    let (place, figures) = place_after(doc, fig, from)?;
    let list_start = doc.text[fig.s.start..from]
        .rfind(['，', ',', '：', ':'])
        .map_or(fig.s.start, |i| fig.s.start + i);
    Some(Respective {
        from,
        list_start,
        place,
        figures,
    })
}

/// The figure's place among the figures of its kind after byte `from` in
/// its sentence (a date or a figure of another kind between is not one of
/// the list: 分别在2024年增长3.2%和3.5%), and how many there are.
fn place_after(doc: &Doc, fig: &Figure, from: usize) -> Option<(usize, usize)> {
    let first = doc.mentions.partition_point(|m| m.start < from);
    let of_kind = |m: &crate::extract::Mention| m.kind == fig.m.kind;
    let place = doc.mentions[first..fig.k.max(first)]
        .iter()
        .filter(|m| of_kind(m))
        .count();
    let figures = doc.mentions[first..]
        .iter()
        .take_while(|m| m.end <= fig.s.end)
        .filter(|m| of_kind(m))
        .count();
    (fig.k >= first).then_some((place, figures))
}

/// Whether the text between two items of a list joins them (和, 与, 及,
/// 、), and nothing else: not 同比 between a measure and its growth word.
pub(super) fn is_list_join(between: &str) -> bool {
    ["与", "與", "和", "及", "、", "跟", "同", "以及"].contains(&between.trim())
}

/// The name in the figure's place when it is one of a list of figures
/// handed out with 分别 over a list of names (DeepSeek與ChatGPT上線首18天的
/// 下載量分別為900萬次及1,600萬次: the first figure DeepSeek's, the second
/// ChatGPT's): the names of the clause before 分别, joined by 与, 和, 及 or
/// 、, two or more and each another entity, as many as the figures after
/// it in the sentence.
pub(super) fn name_in_place<'d>(doc: &'d Doc, fig: &Figure) -> Option<&'d Occurrence> {
    let Respective {
        from,
        list_start,
        place,
        figures,
    } = respectively(doc, fig)?;
    let a = doc.occ.partition_point(|o| o.start < list_start);
    let b = doc.occ.partition_point(|o| o.start < from);
    let names = &doc.occ[a..b.max(a)];
    let listed = names.len() >= 2
        && names.len() == figures
        && names.windows(2).all(|w| {
            w[0].entity != w[1].entity
                && is_list_join(&doc.text[w[0].end.min(w[1].start)..w[1].start])
        });
    listed.then(|| names.get(place)).flatten()
}

/// A market move after an index's name in its sentence, with no other
/// subject between (`標普500指數下跌88.96點,或1.46%`), is the index's:
/// the index the database knows, or no one.
fn index_owner(doc: &Doc, fig: &Figure, mi: usize) -> Option<(Option<usize>, Option<EntityBy>)> {
    let (owner, end) = index_subject(doc, fig, mi)?;
    // a subject of its own after the index (纳指跌3%，迈威尔科技跌超19%)
    let lead = &doc.text[end.max(fig.cl_start)..fig.m.start];
    if names_someone_else(lead) || moves_of_its_own(lead, &doc.db.metrics[mi]) {
        return None;
    }
    // indices listed with their moves 分别: which is whose is not read here
    if RESPECTIVELY
        .iter()
        .any(|w| doc.text[end..fig.m.start].contains(w))
    {
        return Some((None, None));
    }
    Some(match owner {
        IndexSubject::Known(e) => (Some(e), Some(EntityBy::Subject)),
        IndexSubject::Unknown => (None, None),
    })
}

/// Whether a clause before a figure is `<name><move>` with a name the
/// database does not know (迈威尔科技跌超19%, in a list of market moves):
/// the move is that name's. The name is two to eight Han characters with
/// no pronoun and no word of the metric (股价下跌 is the subject's own price).
fn moves_of_its_own(lead: &str, metric: &crate::db::Metric) -> bool {
    let lead = lead.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '，' | ',' | '；' | ';' | '、' | '：' | ':')
    });
    let Some(name) = name_before_move(lead) else {
        return false;
    };
    let n = name.chars().count();
    (2..=8).contains(&n)
        && name.chars().all(crate::segment::is_han)
        && !PRONOUNS.iter().any(|p| name.contains(p))
        && ![
            "它", "其", "该", "該", "这", "這", "同日", "当天", "當天", "盘中", "盤中", "随后",
            "隨後", "全天", "股价", "股價", "市值", "指数", "指數",
            // when it moved, and how, are no name (單日跌幅達16.86%)
            "单日", "單日", "当日", "當日", "昨日", "今日", "一日", "一天", "盘后", "盤後", "盘前",
            "盤前", "早盘", "早盤", "尾盘", "尾盤", "收盘", "收盤", "周一", "周二", "周三", "周四",
            "周五", "週一", "週二", "週三", "週四", "週五", "星期", "本周", "本週", "上周", "上週",
            "一度", "再度", "因此", "随之", "隨之", "应声", "應聲", "大幅", "持续", "持續",
            // the basis of a change is no name (同比增长5.0%)
            "同比", "环比", "環比", "按年", "按季", "按月", "上年", "去年", "今年", "全年", "同期",
        ]
        .iter()
        .any(|w| name.contains(w))
        && !metric.triggers.iter().any(|t| name.contains(t.as_str()))
}

/// The text before the move a clause before a figure ends with
/// (`迈威尔科技` of `迈威尔科技跌超19%`), past the move's hedges (逾, 超,
/// 约…) and its adverbs (领跌, 大跌, 一度).
fn name_before_move(lead: &str) -> Option<&str> {
    let lead = lead.trim_end_matches(['逾', '超', '近', '约', '約', '达', '達', '了', '幅', ' ']);
    MOVES
        .iter()
        .find_map(|v| lead.strip_suffix(v))
        .map(|n| n.trim_end_matches(['领', '領', '大', '一', '度']))
}

/// Whether a figure's clause before it is `<Latin name><move>` with a name
/// the database does not know (Constellation Energy下跌20.85%, Vistra跌
/// 28.27%): a capitalised run of Latin letters, spaces, `.`, `&` and `-`.
fn latin_mover(doc: &Doc, fig: &Figure) -> bool {
    let lead = &doc.text[fig.cl_start..fig.m.start];
    // (most clauses before a figure end with a Han character or a space)
    if !lead.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let Some(name) = name_before_move(lead).map(str::trim_end) else {
        return false;
    };
    // the trailing run of Latin letters of the name, and where it stands
    let run = name
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_ascii_alphabetic() || matches!(c, ' ' | '.' | '&' | '-')))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = name[run..].trim_start();
    let to = fig.cl_start + name.len();
    let from = to - word.len();
    word.len() >= 2
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && !doc.names_within(from, to)
}

/// Whether the figure's clause opens with a name in Latin letters the
/// database does not know, the figure right after its copula or size word
/// (Gemini Ultra为1.6T参数, MiniMax M2总参数2300亿), or the figure opens a
/// bracket right after such a name (…、Gemini Ultra(1.6T参数)、…).
fn latin_subject(doc: &Doc, fig: &Figure, families: &FxHashSet<String>) -> bool {
    let lead = &doc.text[fig.cl_start..fig.m.start];
    // at the head of the clause, said of as a subject: the figure right
    // after the word (为1.6T, 总参数2300亿, (1.6T; not NVLink互聯頻寬900GB/s,
    // 有望…, 为此花费超过…, 为H100提供96GB; a hedge is the figure's own)
    let head = lead.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '，' | ',' | '、' | '；' | ';' | '：' | ':')
    });
    // (past a conjunction that sets it against what came before: 而PaLM只花了)
    let head = CLAUSE_CONTRASTS
        .iter()
        .find_map(|w| head.strip_prefix(w))
        .unwrap_or(head);
    let name_len = head
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-')))
        .unwrap_or(head.len());
    let said_of = head[name_len..].trim_start();
    // (a spending verb after an adverb: 只花了1240万美元, 则耗资)
    let spent = || {
        let verb =
            said_of.trim_start_matches(['只', '仅', '僅', '才', '则', '則', '也', '却', '卻']);
        SPENDING_VERBS.contains(&verb)
    };
    let verb_then_figure = spent()
        || SUBJECT_VERBS.iter().any(|v| {
            said_of
                .strip_prefix(v)
                .is_some_and(|between| ["", "达", "達"].contains(&between))
        });
    let from = fig.m.start - head.len();
    let subject =
        verb_then_figure && unknown_latin_name(doc, head[..name_len].trim_end(), from, families);
    // right before a bracket that holds the figure
    let bracketed = || {
        let Some(named) = lead.strip_suffix('(').or_else(|| lead.strip_suffix('（')) else {
            return false;
        };
        let start = named
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | '-')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let name = named[start..].trim();
        let from =
            fig.cl_start + start + (named[start..].len() - named[start..].trim_start().len());
        unknown_latin_name(doc, name, from, families)
    };
    subject || bracketed()
}

/// Whether `name`, written at byte `from` of the text, is a name in Latin
/// letters the database does not know: capitalised, with a small letter
/// or four letters or more (not GPU, AI), none of the words that are no
/// names (MoE, NVLink), not a family the database holds a member of
/// (Kimi), and overlapping no name the database knows.
fn unknown_latin_name(doc: &Doc, name: &str, from: usize, families: &FxHashSet<String>) -> bool {
    let letters = name.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let to = from + name.len();
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && (name.chars().any(|c| c.is_ascii_lowercase()) || letters >= 4)
        && !is_not_a_name(name)
        && !families.contains(&name.to_ascii_lowercase())
        && !doc.names_within(from, to)
}

/// Words in Latin letters that are no names of a subject: kinds of model,
/// technologies, chip families (matched without case).
const NOT_NAMES: &[&str] = &[
    "MoE",
    "Pre-training",
    "Pretraining",
    "Post-training",
    "Posttraining",
    "Transformer",
    "dense",
    "AI",
    "AIGC",
    "GPT",
    "GPU",
    "API",
    "LLM",
    "AGI",
    "NVLink",
    "PCIe",
    "CUDA",
    "Tensor",
    "HBM",
    "SXM",
    "TDP",
    "Hopper",
    "Blackwell",
    "Ampere",
    "Rubin",
];

/// Whether `word` is one of [`NOT_NAMES`].
fn is_not_a_name(word: &str) -> bool {
    NOT_NAMES.iter().any(|k| word.eq_ignore_ascii_case(k))
}

/// The families of the database's names in Latin letters, in lower case:
/// each beginning of an alias that a space, a dash, a dot or a digit goes
/// on from (`kimi` of `Kimi K2`, `llama` and `llama 3` of `Llama 3.1`).
pub(super) fn latin_families(db: &ClaimsDb) -> FxHashSet<String> {
    db.entities
        .iter()
        .flat_map(|e| &e.aliases)
        .flat_map(|a| {
            a.char_indices()
                .filter(|&(i, c)| i > 0 && (matches!(c, ' ' | '-' | '.') || c.is_ascii_digit()))
                .map(|(i, _)| a[..i].to_ascii_lowercase())
        })
        .collect()
}

/// Conjunctions that open a clause about another subject (而PaLM只花了).
const CLAUSE_CONTRASTS: &[&str] = &[
    "而", "但", "则", "則", "可是", "不过", "不過", "至于", "至於",
];

/// Verbs of what a subject spent, right before its figure (PaLM只花了1240
/// 万美元).
const SPENDING_VERBS: &[&str] = &[
    "花了",
    "花费",
    "花費",
    "耗资",
    "耗資",
    "花费了",
    "花費了",
    "用了",
    "投入",
    "投入了",
];

/// What follows a name said of as a subject: a copula, a possession, a
/// model's size, a bracket that gives its figure (Gemini Ultra(1.6T参数)).
const SUBJECT_VERBS: &[&str] = &[
    "为",
    "為",
    "是",
    "有",
    "拥有",
    "擁有",
    "总参数",
    "總參數",
    "参数",
    "參數",
    "激活参数",
    "激活參數",
    "的参数",
    "的參數",
    "的总参数",
    "的總參數",
    "(",
    "（",
];

/// The generic words of a company, group, bank or index (美國聯合能源公司).
const GENERIC: &[&str] = &[
    "公司",
    "集团",
    "集團",
    "银行",
    "銀行",
    "指数",
    "指數",
    "基金",
    "能源",
    "控股",
    "科技",
    "电子",
    "電子",
    "半导体",
    "半導體",
    "通讯",
    "通訊",
    "电讯",
    "電訊",
    "汽车",
    "汽車",
    "股份",
    "实业",
    "實業",
    "证券",
    "證券",
    "保险",
    "保險",
    "航空",
    "制药",
    "製藥",
    "医药",
    "醫藥",
    "电力",
    "電力",
];

/// Where the stretch of the figure's sentence before it that names no
/// entity starts: after the last name before the figure, else at the
/// sentence's start (广东2024年出生人口比上年多10万人，达113万人: the place
/// names the subject of the clauses after it).
fn unnamed_from(doc: &Doc, fig: &Figure) -> usize {
    let i = doc.occ.partition_point(|o| o.end <= fig.cl_start);
    doc.occ[..i]
        .last()
        .filter(|o| o.end > fig.s.start)
        .map_or(fig.s.start, |o| o.end)
}

/// Whether the figure's sentence, before its clause and after its last
/// name, names a province or city of China as its subject, for a figure of
/// an economy (广东2024年出生人口比上年多10万人，达113万人).
fn names_a_province_before(doc: &Doc, fig: &Figure, metric: &crate::db::Metric) -> bool {
    is_economy(metric)
        && super::places::names_a_province(
            &doc.text[unnamed_from(doc, fig)..fig.cl_start],
            &doc.text[fig.cl_start..fig.m.start],
        )
}

/// Whether the clause before a figure of an economy (a population, a
/// growth rate, births) names a place the database does not hold
/// (印度人口达14.28亿, 2024年上海经济增长2.1%): the figure is that
/// place's, not the economy the article spoke of before.
fn names_another_economy(lead: &str, metric: &crate::db::Metric) -> bool {
    is_economy(metric) && super::places::names_another_place(lead)
}

/// Whether a metric is an economy's (a growth rate, a population).
fn is_economy(metric: &crate::db::Metric) -> bool {
    metric.entity_kinds.iter().any(|k| k == "economy")
}

/// Whether a clause before a figure names a subject of its own that is not
/// a known name: a company, group, bank or index by its generic word, or a
/// Latin-letter name (Vistra) before `的` or a measure word.
fn names_someone_else(lead: &str) -> bool {
    // (none has an ASCII letter: they match as written)
    static GENERICS: LazyLock<Lexicon> =
        LazyLock::new(|| Lexicon::new(GENERIC).expect("every generic word has two characters"));
    // a pronoun points back to the earlier name (它在…的累计下载量)
    if lead.contains(['它', '其', '该', '該', '他', '她']) {
        return false;
    }
    // 公司/集團 alone, or after a determiner, is the company already named
    // (集團全年收入, 该公司, 這家公司); after a name it is another one
    // (美國聯合能源公司): each place a generic word starts, in one pass
    let mut named = false;
    GENERICS.each(lead, |_, i| {
        named = named
            || lead[..i].chars().next_back().is_some_and(|c| {
                ('\u{4E00}'..='\u{9FFF}').contains(&c)
                    && !matches!(
                        c,
                        '该' | '該'
                            | '这'
                            | '這'
                            | '本'
                            | '其'
                            | '此'
                            | '各'
                            | '两'
                            | '兩'
                            | '多'
                            | '家'
                            | '全'
                            | '母'
                            | '子'
                            | '大'
                    )
            });
    });
    if named {
        return true;
    }
    // a run of three or more Latin letters that is a name, not a unit
    let mut run = 0usize;
    let mut capital = false;
    for c in lead.chars() {
        if c.is_ascii_alphabetic() {
            if run == 0 {
                capital = c.is_ascii_uppercase();
            }
            run += 1;
        } else {
            if run >= 3 && capital && c == '的' {
                return true;
            }
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entity_index, fixture, linked, metric_index};
    use super::*;
    use crate::words::WordSet;

    /// The names weighed for a figure run back from its sentence's end to
    /// the first that is too far, as each name read in turn finds.
    #[test]
    fn the_names_weighed_end_at_the_first_too_far() {
        let pieces = [
            "DeepSeek",
            "OpenAI",
            "英伟达",
            "营收",
            "100亿美元",
            "3%",
            "，",
            "。",
            "\n\n",
            "\n一、成本\n",
            "其",
            "据",
            "指出",
        ];
        let mut next = crate::testing::xorshift(59);
        let mut seen = 0;
        for _ in 0..300 {
            let text = crate::testing::pieces_text(&mut next, &pieces, 40) + "。";
            linked(&text).each_figure(|doc, fig| {
                let upto = doc.occ.partition_point(|o| o.start < fig.s.end);
                let want = (0..upto)
                    .rev()
                    .take(MAX_NAMES_SEEN)
                    .take_while(|&i| !too_far(doc, fig, i))
                    .last()
                    .unwrap_or(upto);
                assert_eq!(names_window(doc, fig), (want, upto), "{text:?}");
                seen += upto - want;
            });
        }
        assert!(seen > 100, "{seen}");
    }

    /// A text holds a word of speech where a search of the words finds one.
    #[test]
    fn speech_is_found_at_its_first_characters() {
        for w in SPEECH {
            assert!(SPEECH_FIRSTS.contains(&w.chars().next().unwrap()), "{w}");
        }
        let words = WordSet::new(SPEECH);
        let pieces = [
            "表示", "表", "示", "指出", "称", "認為", "认", "写道", "，", "收入", "é", "😀",
        ];
        let mut next = crate::testing::xorshift(9);
        for _ in 0..3_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 17);
            assert_eq!(holds_speech(&s), words.occurs_in(&s), "{s}");
        }
    }

    /// The clause's pronouns read in one pass are those each pronoun's
    /// own search finds.
    #[test]
    fn a_pronoun_is_found_in_one_pass_as_by_each_search() {
        let by_each = |clause: &str| {
            PRONOUNS.iter().any(|p| {
                clause
                    .match_indices(p)
                    .any(|(i, _)| !(*p == "其" && other_word_with_qi(clause, i)))
            })
        };
        for p in PRONOUNS {
            assert!(has_pronoun(p), "{p}");
        }
        let pieces = [
            "其", "中", "尤", "及", "他", "它", "该", "公司", "這家", "模型", "营收", "，", "a",
        ];
        let mut rng = crate::testing::xorshift(17);
        for _ in 0..20_000 {
            let clause = crate::testing::pieces_text(&mut rng, &pieces, 6);
            assert_eq!(has_pronoun(&clause), by_each(&clause), "{clause}");
        }
    }

    /// The generic words found in one pass give what each word's own
    /// search gave.
    #[test]
    fn a_generic_name_is_found_in_one_pass_as_by_each_search() {
        let by_each = |lead: &str| {
            !WordSet::new(&["它", "其", "该", "該", "他", "她"]).occurs_in(lead)
                && GENERIC.iter().any(|w| {
                    lead.match_indices(w).any(|(i, _)| {
                        lead[..i].chars().next_back().is_some_and(|c| {
                            ('\u{4E00}'..='\u{9FFF}').contains(&c)
                                && !"该該这這本其此各两兩多家全母子大".contains(c)
                        })
                    })
                })
        };
        assert!(GENERIC
            .iter()
            .all(|w| !w.bytes().any(|b| b.is_ascii_alphabetic())));
        // (no Latin letters: a run of them before 的 is read as before)
        let pieces = [
            "公司",
            "集團",
            "半导体",
            "能源",
            "该",
            "本",
            "联合",
            "美國",
            "，",
            "它",
            "的",
        ];
        let mut rng = crate::testing::xorshift(43);
        for _ in 0..5_000 {
            let lead = crate::testing::pieces_text(&mut rng, &pieces, 6);
            assert_eq!(names_someone_else(&lead), by_each(&lead), "{lead}");
        }
    }

    #[test]
    fn a_comparison_base_is_not_the_subject() {
        let l = linked("Llama 3.1-405B的训练时长为3,080万GPU小时，是DeepSeek-V3的11倍。");
        assert_eq!(l.entity("3,080万GPU小时"), Some("Llama 3.1 405B"));
        assert_eq!(l.entity("11倍"), Some("Llama 3.1 405B"));
        assert_eq!(l.link("11倍").entity_by, Some(EntityBy::Sentence));
        // the penalty is what keeps the nearer name off
        let text = &l.text;
        let v3 = l
            .occ
            .iter()
            .find(|o| &text[o.start..o.end] == "DeepSeek-V3")
            .expect("V3 named");
        assert!(comparison_shape(text, v3));
        let llama = &l.occ[0];
        assert!(!comparison_shape(text, llama));
    }

    #[test]
    fn the_clause_subject_takes_the_figure() {
        let l = linked("英伟达股价下跌17%，博通暴跌超17%。");
        assert_eq!(l.entity("17%"), Some("NVIDIA"));
        assert_eq!(l.entity("超17%"), Some("Broadcom"));
        assert_eq!(l.link("超17%").entity_by, Some(EntityBy::Subject));
        // a subject the database does not know leaves the figure to no one
        let l = linked("英伟达股价下跌17%，美國聯合能源公司股價下跌21%。");
        assert_eq!(l.metric("21%"), Some("share_price_change"));
        assert_eq!(l.entity("21%"), None);
    }

    #[test]
    fn a_name_is_evidence_by_where_it_stands() {
        let l = linked("DeepSeek-V3于去年12月发布。该模型的训练成本为557.6万美元。");
        assert_eq!(l.entity("557.6万美元"), Some("DeepSeek-V3"));
        assert_eq!(l.link("557.6万美元").entity_by, Some(EntityBy::Paragraph));
        let l = linked("DeepSeek-V3于去年12月发布。\n\n训练成本为557.6万美元。");
        assert_eq!(l.entity("557.6万美元"), Some("DeepSeek-V3"));
        assert_eq!(l.link("557.6万美元").entity_by, Some(EntityBy::Earlier));
        // a date's subject is named after it, in its clause
        let l = linked("2025年1月20日DeepSeek发布R1模型。");
        assert_eq!(l.entity("2025年1月20日"), Some("DeepSeek-R1"));
        assert_eq!(l.link("2025年1月20日").entity_by, Some(EntityBy::Clause));
        // the place scores: nearer before the figure is stronger
        l.with_figure("2025年1月20日", |doc, fig| {
            let r1 = doc.occ.len().checked_sub(1).expect("R1 named");
            let (sc, by) = place_score(doc, fig, r1, 0).expect("in the sentence");
            assert_eq!(by, EntityBy::Clause);
            assert!(sc > AFTER_DATE_OTHER_CLAUSE && sc <= AFTER_DATE_SAME_CLAUSE);
        });
    }

    #[test]
    fn a_pronoun_points_back_past_the_clause() {
        let l = linked("DeepSeek-V3发布。\n\n据报道，其训练成本为557.6万美元。");
        assert_eq!(l.entity("557.6万美元"), Some("DeepSeek-V3"));
        l.with_figure("557.6万美元", |doc, fig| {
            assert!(pronoun_points_back(doc, fig, &doc.occ[0], 0));
        });
        let l = linked("DeepSeek-V3发布。\n\n据报道，训练成本为557.6万美元。");
        l.with_figure("557.6万美元", |doc, fig| {
            assert!(!pronoun_points_back(doc, fig, &doc.occ[0], 0));
        });
    }

    #[test]
    fn a_family_total_is_the_familys() {
        let l = linked("Llama 3.1-405B等三个尺寸合计训练时长3,930万GPU小时。");
        assert_eq!(l.entity("3,930万GPU小时"), Some("Llama 3.1"));
        assert_eq!(l.link("3,930万GPU小时").entity_by, Some(EntityBy::Family));
    }

    #[test]
    fn an_agency_reports_for_its_economy_and_a_chip_is_the_item() {
        let l = linked("國家統計局公布，2024年中国GDP为134.9万亿元。");
        assert_eq!(l.entity("134.9万亿元"), Some("China"));
        let f = fixture();
        let nbs = entity_index("National Bureau of Statistics of China");
        assert_eq!(
            f.linker.entity_for_metric(nbs, metric_index("gdp")),
            Some(entity_index("China"))
        );
        let l = linked("DeepSeek-V3训练使用了2,048颗H800。");
        assert_eq!(l.entity("2,048颗"), Some("DeepSeek-V3"));
        assert_eq!(l.link("2,048颗").item, Some(entity_index("NVIDIA H800")));
    }

    #[test]
    fn another_subject_is_named_by_a_generic_word_or_a_latin_name() {
        assert!(names_someone_else("美國聯合能源公司股價下跌"));
        assert!(names_someone_else("Vistra的股價下跌"));
        assert!(!names_someone_else("该公司股价下跌"));
        assert!(!names_someone_else("集團全年收入"));
        assert!(!names_someone_else("它的累计下载量"));
        assert!(!names_someone_else("股价下跌"));
    }

    #[test]
    fn the_wealth_prefilter_holds_every_first_character() {
        for w in WEALTH {
            let first = w.chars().next().unwrap();
            assert!(WEALTH_FIRSTS.contains(&first), "{w}");
        }
    }
}
