//! Stage 4, *link*: decide what each mention is about — an entity, a
//! metric, a time and, for counts of chips, the item counted.
//!
//! * The **metric** comes from the mention's unit (a `GPU_hour` number can
//!   only be a GPU-hours metric; a `USD` number a money metric) and the
//!   metric's trigger words among the jieba tokens of the sentence, nearest
//!   first (训练成本, 下载量, 日活).
//! * The **entity** is the nearest alias in the clause, then in the
//!   sentence, then carried from earlier sentences of the paragraph and
//!   earlier paragraphs (the implicit subject of 其, 该公司). Only entities
//!   of the kinds the metric applies to are candidates; the base of a
//!   comparison (`是DeepSeek-V3的11倍`, `直逼OpenAI o1`) is not the subject
//!   (a name after 名为 is named, not compared). Among candidates at similar
//!   distance, one the database has facts for is preferred, as an editor
//!   would read "the model" as the one the article is about; that
//!   preference never lifts a name carried from an earlier sentence over
//!   one the figure's own sentence names. What the figure's sentence compares it with after
//!   it is never a candidate; a figure in brackets after a name is that
//!   name's; a model's name the database does not know (`o1-pro`, `GPT-4
//!   Turbo`, see `unknown`) before the figure leaves it with no entity.
//! * A conversion in parentheses (`557.6万美元(约4,350万港元)`) takes the link
//!   of the amount it converts.
//! * An amount with no word for its metric (`五千亿美元押注星际之门`) is tied
//!   to the metric of an entity named in its sentence (or the one before)
//!   whose figure it is within 25% of; anything further off stays unlinked.
//! * Starting points and differences (`从600GB/s降到…`, `相差约7,700人`), rates
//!   (`每GPU小时2美元`), and counts whose noun is not the metric's
//!   (`3种软件工具`) are not linked.
//!
//! A mention with no plausible metric or entity stays unlinked.
//!
//! [`Linker::link`] runs these passes in order, each in its own file:
//!
//! 1. `triggers` — the metric trigger words of each sentence;
//! 2. then, mention by mention: `time` — the period (date, fiscal year,
//!    quarter); `figure` — whether it is a figure at all (a conversion, a
//!    starting point, a difference, a forecast); `choose` — for a figure,
//!    its metric (`metric`: candidates, narrowing, trigger scoring) weighed
//!    with its entity (`entity`: name scoring, family totals, the clause's
//!    subject), and its scope (`scope`);
//! 3. `value` — amounts still without a metric, by value; conversions take
//!    their original's link;
//! 4. `figure` again — dates that frame other figures become time context.

mod ages;
mod asserted;
mod brackets;
mod chars;
mod choose;
mod clause;
mod dated;
mod economy;
mod ellipsis;
mod entity;
mod figure;
mod heading;
mod lexicon;
mod market;
mod metric;
mod places;
mod scope;
mod table;
mod time;
mod triggers;
mod unknown;
mod value;
pub use asserted::Unasserted;
pub use scope::{is_wider_total, DAY_FIGURES, WIDER_TOTALS};

/// Whether a date as written names its year: 年, or four digits in a row
/// (`2025-01-27`, `27/01/2025`).
/// Whether the text before a date in its sentence says the date is told
/// in the time of Beijing, Taipei or Hong Kong (北京时间2024年12月6日凌晨):
/// an event abroad then falls on the next day, as a date written without
/// its year may.
fn names_local_time(before: &str) -> bool {
    // (every word holds 间 or 間: most sentences before a date have neither)
    before.contains(['间', '間'])
        && [
            "北京时间",
            "北京時間",
            "台北时间",
            "台北時間",
            "香港时间",
            "香港時間",
        ]
        .iter()
        .any(|w| before.contains(w))
}

/// Words of another time than the day in a figure's clause (上周五, 前一交易
/// 日, 昨日, 过去一个月, 较年初, 比高点).
const OTHER_TIME: &[&str] = &[
    "周", "週", "昨", "前一", "过去", "過去", "较", "較", "比", "年初", "以来", "以來", "累计",
    "累計", "高点", "高點",
];

/// Whether date mention `t` is a day told in local time in its early hours
/// (北京时间1月28日凌晨, 台北時間28日清晨): what a market abroad did then,
/// it did on the day before, its own.
fn early_hours_at_home(doc: &Doc, t: usize) -> bool {
    // (not a clock hour, 凌晨2时, inside the session abroad; not the
    // morning, when markets at home trade)
    const EARLY: &[&str] = &["凌晨", "清晨"];
    // (nor night or futures trading, a market at home, a time up to which)
    const OTHER_TRADING: &[&str] = &[
        "截至",
        "夜盘",
        "夜盤",
        "隔夜",
        "期货",
        "期貨",
        "盘前",
        "盤前",
        "交易所",
        "港股",
        "A股",
        "概念股",
    ];
    let m = &doc.mentions[t];
    let after = doc.text[m.end..].trim_start();
    let sentence = &doc.sentences[doc.sentence_of[t]];
    // (the cheap tests first: every word of the early hours starts with
    // one of these)
    after.starts_with(['凌', '清'])
        && m.kind == crate::extract::Kind::Date
        && m.date_end.is_none()
        && m.date.is_some_and(|d| d.day.is_some())
        && EARLY.iter().any(|w| {
            after.strip_prefix(w).is_some_and(|rest| {
                !rest.trim_start().starts_with(|c: char| {
                    c.is_ascii_digit()
                        || ('０'..='９').contains(&c)
                        || "一二三四五六七八九十两兩".contains(c)
                })
            })
        })
        && names_local_time(&doc.text[sentence.start..m.start])
        && !OTHER_TRADING
            .iter()
            .any(|w| doc.text[sentence.start..sentence.end].contains(w))
}

fn writes_a_year(date: &str) -> bool {
    let mut run = 0;
    for c in date.chars() {
        if c == '年' {
            return true;
        }
        run = if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            run + 1
        } else {
            0
        };
        if run == 4 {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests;

use crate::db::ClaimsDb;
use crate::extract::Mention;
use crate::segment::{Segmenter, Sentence};
use ages::ages_in;
use aho_corasick::AhoCorasick;
use clause::Clauses;
use regex::Regex;
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;

/// What a mention is about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Link {
    /// Entity index into the database.
    pub entity: Option<usize>,
    /// The source the figure's sentence attributes it to, before it
    /// (`据SemiAnalysis估算`), spelled as the database's `estimate_by`.
    pub named_source: Option<String>,
    /// Metric index into the database.
    pub metric: Option<usize>,
    /// Chip or product counted (entity index).
    pub item: Option<usize>,
    /// The name a multiple's clause compares it with, before it: the base
    /// of the multiple (`约为Llama 2 70B的18倍`; entity index).
    pub compared_with: Option<usize>,
    /// A multiple's clause compares it with something before it that is
    /// no name of the database (约为R1的11倍 with no DeepSeek named, 约为其
    /// 18倍): a base that cannot be told.
    pub compared_unnamed: bool,
    /// Index of the date mention that gives the claim's time.
    pub time: Option<usize>,
    /// The time was carried from an earlier sentence (only its year is used).
    pub time_carried: bool,
    /// The time carried is a part of a year (5月份; 1至5月, 三季度; not a
    /// day, a year's end or a whole year) and the figure's sentence does not
    /// say it is the whole year's (全年, 比上年, 年度).
    pub part_of_year_carried: Option<YearPart>,
    /// The figure's sentence reports it as what someone said or alleged
    /// (执行长曾称, 指控), before it.
    pub said_by_someone: bool,
    /// A verb of speech stands in the figure's sentence before it (称,
    /// 表示, 透露): someone is quoted, whose figure it may be.
    pub speech_before: bool,
    /// The figure is a bound that leaves its own value out (不到5亿, 超过
    /// 17%), not one that holds it (不超过, 至少, 以下).
    pub strict_bound: bool,
    /// The figure is one of a list handed out with 分别: which item of the
    /// sentence it is said of is not read.
    pub respective: bool,
    /// The figure is one of a list handed out with 分别 over measures, and
    /// its measure is the one in its place (固定资产投资和社会消费品零售总额
    /// 分别增长3.2%和3.5%): another measure's figure there is a swap.
    pub measure_by_place: bool,
    /// The figure is one of a list handed out with 分别 over names, and its
    /// owner is the name in its place: another name's figure there is a
    /// swap.
    pub entity_by_place: bool,
    /// The year a change is measured from, named in the figure's clause
    /// before it (比2020年末提高3.11个百分点).
    pub base_year: Option<i32>,
    /// The time is a quarter its sentence names before another period stated
    /// for the figure, a whole year (第四季度营收393亿美元，全年营收1305亿
    /// 美元) or another quarter (四季度…增长5.4%，三季度增长4.6%): only its
    /// year is the figure's.
    pub quarter_before_year: bool,
    /// The time is a relative year (去年) whose sentence first names another
    /// year (相比2023年…，去年…): the writer may count from that year, not
    /// from the publication date. Holds the relative word and the year named.
    pub time_relative_to: Option<(&'static str, i32)>,
    /// The figure's sentence lists two years before it and hands figures
    /// out over them with 分别 (2023年及2024年…分别修正为1.08%及5.27%):
    /// which figure is which year's is not read. Holds the first two years.
    pub years_listed: Option<(i32, i32)>,
    /// The figure's sentence lists quarters before it with one 季 for all
    /// (第一、二、三、四季, 一、二、三、四季度) and hands figures out over them
    /// with 分别: which figure is which quarter's is not read.
    pub quarters_listed: bool,
    /// The figure says no period of its own after a sentence that named a
    /// quarter and the whole year together (第四季度及全年业绩): which of
    /// them it is is not read.
    pub period_joint: bool,
    /// The figure's time is the period a change starts from, the figure
    /// the one it changed to (由2024财年的475亿美元增至1152亿美元): its own
    /// period is not said.
    pub period_of_origin: bool,
    /// The word of the period before the sentence's that stands right
    /// before the figure (与上年的5.2%相比, 上年末为66.16%, 前值为5.2%): the
    /// figure is that period's, not the one its sentence reports.
    pub period_before: Option<&'static str>,
    /// A part of the year its own clause names before the figure (年末)
    /// that is not the part of its time, read from an earlier clause
    /// (2024年年中人口为752.41万，年末人口为753.42万).
    pub other_part_of_year: Option<&'static str>,
    /// A party's estimate, named before the figure in its sentence
    /// (荣鼎咨询估计…增长仅为2.4%至2.8%): the verb, when there is one.
    pub estimate_said: Option<&'static str>,
    /// The figure's sentence calls it an estimate before it, by anyone
    /// (据估计…约7.15亿美元).
    pub called_estimate: bool,
    /// The figure is a range its clause calls a band (7.75至7.85的联系汇率
    /// 区间): it is quoted by its two ends, not by any range overlapping it.
    pub band_named: bool,
    /// A day the figure's sentence names before it without a date (周一,
    /// 昨日): the day of a figure of one day.
    pub day_named: Option<crate::date::DayNamed>,
    /// The day a named day is counted from when the sentence's dateline
    /// gives it (（新华社北京1月15日电）…昨日): not the day of publication.
    pub day_counted_from: Option<crate::date::Date>,
    /// A day counted back after another day its sentence names (1月14日…
    /// 昨日): the writer's day or that one's, the text does not say.
    pub day_unsaid: bool,
    /// Index of the mention this one converts (parenthetical conversion).
    pub converts: Option<usize>,
    /// The fiscal year named in the paragraph (`2025財政年度`), if any.
    pub fiscal_year: Option<i32>,
    /// The day the text says a fiscal period it labels ended (`2025會計年度
    /// 第4季（截至2026年1月25日）`): the label may not be the database's.
    pub fiscal_end: Option<crate::date::Date>,
    /// Compare only with this fact (a conversion is checked against the fact
    /// its original amount was checked against).
    pub fact_hint: Option<usize>,
    /// The mention is a starting point or a difference, not the figure itself.
    pub not_figure: bool,
    /// The mention is the time of another claim, not a claim itself.
    pub is_time_context: bool,
    /// A word of the clause that narrows or changes the figure against the
    /// metric's whole (第一阶段, 其中, 男性, 城镇, 按季): not comparable.
    pub scope: Option<&'static str>,
    /// The metric's figures in the database are of a scope its words do
    /// not say (`Metric::scope`: 规模以上), and the figure's sentence names
    /// none of it: not comparable either.
    pub scope_unstated: bool,
    /// The scope was read only from a segment an earlier sentence of the
    /// paragraph named (数据中心营收1152亿美元。全年营收1305亿美元): the
    /// figure may be the segment's or the whole company's.
    pub scope_weak: bool,
    /// A date written without its year (`27日`, `1月27日`), or told in
    /// Beijing time (`北京时间2024年12月6日`): the day may be another time
    /// zone's.
    pub yearless_date: bool,
    /// The figure's time is a day told in Beijing, Taipei or Hong Kong
    /// time in its early hours (北京时间1月28日凌晨): a market abroad traded
    /// on the day before.
    pub abroad_day_before: bool,
    /// A date written without its year (`29日`, `12月3日`), read from the
    /// article's date.
    pub year_unwritten: bool,
    /// A date written with neither year nor month (`29日`, `周一`): news of
    /// a day near the article's.
    pub month_unwritten: bool,
    /// The metric was only guessed from the value being near an entity's
    /// figure: a hint for the editor, never a verdict.
    pub metric_by_value: bool,
    /// The fiscal quarter the text puts the figure in (`第四財季`, `Q4`),
    /// stated in its sentence or, in a fiscal report, carried from an
    /// earlier one.
    pub quarter: Option<u8>,
    /// The quarter is stated in the figure's own sentence.
    pub quarter_stated: bool,
    /// The figure's clause says it is a whole year's (全年, 全財年).
    pub whole_year_stated: bool,
    /// The figure's own clause, before it, says it is a whole year's
    /// (全年平均值为5.1%; not 发布全年经济数据，12月份…).
    pub whole_year_in_clause: bool,
    /// The figure's own clause, before it, calls it a total (总计, 合计,
    /// 一共, 总成本; not 不包括, nor 全部 or 整体, which may be of anything).
    pub whole_in_clause: bool,
    /// The figure's sentence calls it a whole or a total (全部成本, 总共,
    /// 包括…): not one stage of it.
    pub says_whole: bool,
    /// Where the entity was found: the evidence for it.
    pub entity_by: Option<EntityBy>,
    /// Another name of the figure's sentence the figure may be about: one
    /// nearer to it that the entity won over only as the one with facts,
    /// or the subject of a later clause of the entity's kind. A mismatch
    /// says something only when the figure is wrong for it too.
    pub nearer_name: Option<usize>,
    /// Byte span of the word that names the metric (训练成本, 下载量), when
    /// one did; a metric chosen by the unit alone (GPU小时) has none.
    pub metric_word: Option<(usize, usize)>,
    /// Another metric of the same entity that the text's words fit
    /// exactly as well as the chosen one (价格 for both the input and the
    /// output price): the words do not say which of the two the figure is.
    pub metric_rival: Option<usize>,
    /// The verb of an adjustment right before the figure (降至, 上调至):
    /// the figure is a value set anew, later than a standing value the
    /// database may hold.
    pub adjusted_to: Option<&'static str>,
    /// The word that calls the figure revised (修订, 上修, 最终核实) before
    /// it in its clause: it may be a later vintage than the database's.
    pub revised: Option<&'static str>,
    /// The word that calls the figure an earlier release (原統計, 當時概估,
    /// 臨時數字) before it in its sentence: it is held against every
    /// vintage on record, not only the latest.
    pub earlier_release: Option<&'static str>,
    /// The text does not assert the figure: it supposes it under a
    /// condition, passes it on as a rumour or denies it.
    pub unasserted: Option<Unasserted>,
}

impl Link {
    /// The day a day counted back names (昨日 after a dateline's 1月15日:
    /// the 14th), when the text gives the day it counts from.
    pub fn counted_day(&self) -> Option<crate::date::Date> {
        match (self.day_counted_from, self.day_named) {
            (Some(d), Some(crate::date::DayNamed::Offset(o))) => d.plus_days(o),
            _ => None,
        }
    }
}

/// How the linker came to a mention's entity, strongest first: the
/// evidence an editor would weigh before trusting a verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityBy {
    /// The subject of the figure's own clause (博通暴跌超17%).
    Subject,
    /// Named in the figure's clause.
    Clause,
    /// Named elsewhere in the figure's sentence.
    Sentence,
    /// Named earlier in the paragraph, or pointed back to by 其/该公司.
    Paragraph,
    /// Named in an earlier paragraph.
    Earlier,
    /// The family of the model named: a total over its sizes (全系列).
    Family,
    /// Only guessed from the value being near the entity's figure; never
    /// evidence for a verdict.
    Value,
}

/// A part of a year a time names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearPart {
    /// One month (5月份, 12月).
    Month,
    /// Months of one year short of the whole (1至5月, 三季度, 上半年).
    Months,
}

impl Link {
    /// Only the year of the figure's time is its own: the time was carried
    /// from an earlier sentence, or is a quarter before a whole year.
    pub fn year_only(&self) -> bool {
        self.time_carried || self.quarter_before_year
    }
}

impl EntityBy {
    /// Whether the name stands in the figure's own sentence.
    pub fn in_sentence(self) -> bool {
        matches!(
            self,
            EntityBy::Subject | EntityBy::Clause | EntityBy::Sentence
        )
    }
}

/// An entity alias found in the text.
#[derive(Clone, Debug)]
pub struct Occurrence {
    start: usize,
    end: usize,
    entity: usize,
}

/// A byte span of the text.
type Span = (usize, usize);
/// A word naming a metric in a sentence: (byte start, byte end, metric).
type Trigger = (usize, usize, usize);

/// The document being linked, as every pass sees it.
struct Doc<'a> {
    db: &'a ClaimsDb,
    text: &'a str,
    sentences: &'a [Sentence],
    mentions: &'a [Mention],
    /// The sentence index of each mention.
    sentence_of: &'a [usize],
    /// The entity names of the text, in order.
    occ: &'a [Occurrence],
    /// The article's date: facts published later are not weighed.
    as_of: Option<crate::date::Date>,
    /// The section headings' sentence indices, found on first use.
    headings: std::cell::OnceCell<Vec<usize>>,
    /// The tables the text writes with bars, found in one pass.
    tables: table::Tables,
    /// Whether each name is worded as a comparison base, read on first use.
    compared: Vec<std::cell::OnceCell<bool>>,
    /// Whether each name stands as a yardstick or an aside
    /// (`entity::aside_shape`), read on first use.
    aside: Vec<std::cell::OnceCell<bool>>,
    /// Whether each name is a source or governed by a preposition, read
    /// on first use.
    source: Vec<std::cell::OnceCell<bool>>,
    /// Whether each name is a person's affiliation, read on first use.
    affiliation: Vec<std::cell::OnceCell<bool>>,
    /// Whether each name is an aside in brackets with a figure of its
    /// own, read on first use.
    bracket_aside: Vec<std::cell::OnceCell<bool>>,
    /// The sentence index of each name, if it is in one.
    occ_sentence: Vec<Option<usize>>,
    /// The names weighed for the figures of the last sentence asked
    /// about: (sentence, first name, end of its names) — the same for
    /// every figure of a sentence.
    names_window: std::cell::Cell<Option<(usize, usize, usize)>>,
    /// The words a few rules look for in the sentence last asked about,
    /// with its index (the same for every figure of a sentence).
    sentence_words: std::cell::Cell<Option<(usize, SentenceWords)>>,
    /// The clause separators of the sentence last asked about.
    separators: clause::SentenceSeps,
}

/// Words of a figure's sentence that a few rules look for in the text
/// before the figure or its clause, found in one pass over the sentence
/// for all its figures: where the first of them starts (or ends) tells
/// whether the text of the sentence up to a place holds one.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct SentenceWords {
    /// Where the first 从, 從 or 由 starts (a starting point's).
    from: Option<usize>,
    /// Where the first 岁 or 歲 starts (an age's).
    age: Option<usize>,
    /// Where the first future 会/将 after the first verb of forecasting
    /// (`figure::FORECAST_VERBS`) starts.
    forecast_future: Option<usize>,
    /// Where the first word of a preview (`metric::PREVIEW`) to end ends.
    preview_end: Option<usize>,
    /// Where the first 预 or 預 starts (the verbs of forecasting and
    /// expecting all hold one).
    foresee: Option<usize>,
    /// Where the first 估 or 推 starts (the verbs of estimating all hold
    /// one).
    estimate: Option<usize>,
}

/// The characters of three bytes [`SentenceWords::read`] looks for.
const SENTENCE_WORD_CHARS: [char; 13] = [
    '从', '從', '由', '岁', '歲', '会', '會', '将', '將', '预', '預', '估', '推',
];

/// The last bytes of [`SENTENCE_WORD_CHARS`], by byte.
static SENTENCE_WORD_ENDS: [bool; 256] = {
    let mut ends = [false; 256];
    let mut k = 0;
    while k < SENTENCE_WORD_CHARS.len() {
        ends[0x80 | (SENTENCE_WORD_CHARS[k] as usize & 0x3F)] = true;
        k += 1;
    }
    ends
};

impl SentenceWords {
    /// The words of sentence `s` of `text` (offsets in `text`), in one
    /// pass over its characters; a preview's word at bytes `a..b` for which
    /// `own_word(a, b)` holds is a name's own, not a preview's.
    fn read(text: &str, s: &Sentence, own_word: impl Fn(usize, usize) -> bool) -> SentenceWords {
        let sentence = &text[s.start..s.end];
        let mut words = SentenceWords::default();
        let mut forecast = false;
        let b = sentence.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // characters by their lead bytes: one of three bytes is read
            // only when its last byte is one of the looked-for's
            let (len, look) = match b[i] {
                lead @ 0..0x80 => (1, lead == b'p' || lead == b'P'),
                0x80..0xE0 => (2, false),
                0xE0..0xF0 => (3, SENTENCE_WORD_ENDS[b[i + 2] as usize]),
                _ => (4, false),
            };
            let rest = &sentence[i..];
            let at = s.start + i;
            i += len;
            if !look {
                continue;
            }
            match rest.chars().next().unwrap_or(' ') {
                '从' | '從' | '由' => {
                    words.from.get_or_insert(at);
                }
                '岁' | '歲' => {
                    words.age.get_or_insert(at);
                }
                '会' | '會' | '将' | '將' if forecast => {
                    words.forecast_future.get_or_insert(at);
                }
                // the first characters of the verbs of forecasting and of
                // the words of a preview
                '估' | '推' => {
                    words.estimate.get_or_insert(at);
                }
                '预' | '預' | 'p' | 'P' => {
                    if !rest.starts_with(['p', 'P']) {
                        words.foresee.get_or_insert(at);
                    }
                    forecast |= figure::FORECAST_VERBS.iter().any(|v| rest.starts_with(v));
                    if let Some(p) = metric::PREVIEW.iter().find(|p| rest.starts_with(**p)) {
                        let end = at + p.len();
                        if !own_word(at, end) {
                            words.preview_end = Some(words.preview_end.map_or(end, |e| e.min(end)));
                        }
                    }
                }
                _ => {}
            }
        }
        words
    }
}

impl<'a> Doc<'a> {
    /// Whether a name of the database overlaps bytes `from..to` (found by
    /// binary search: the names are in order and do not overlap).
    fn names_within(&self, from: usize, to: usize) -> bool {
        let i = self.occ.partition_point(|o| o.end <= from);
        self.occ.get(i).is_some_and(|o| o.start < to)
    }

    /// The name of the text that ends at byte `end`, if one does (names do
    /// not overlap, so they are in order of their end too).
    fn name_ending_at(&self, end: usize) -> Option<&'a Occurrence> {
        let i = self.occ.partition_point(|o| o.end < end);
        self.occ.get(i).filter(|o| o.end == end)
    }

    fn new(
        db: &'a ClaimsDb,
        text: &'a str,
        sentences: &'a [Sentence],
        mentions: &'a [Mention],
        sentence_of: &'a [usize],
        occ: &'a [Occurrence],
        as_of: Option<crate::date::Date>,
    ) -> Doc<'a> {
        Doc {
            db,
            text,
            sentences,
            mentions,
            sentence_of,
            occ,
            as_of,
            headings: std::cell::OnceCell::new(),
            tables: table::Tables::of(text),
            compared: vec![std::cell::OnceCell::new(); occ.len()],
            aside: vec![std::cell::OnceCell::new(); occ.len()],
            source: vec![std::cell::OnceCell::new(); occ.len()],
            affiliation: vec![std::cell::OnceCell::new(); occ.len()],
            bracket_aside: vec![std::cell::OnceCell::new(); occ.len()],
            occ_sentence: occ
                .iter()
                .map(|o| sentence_index(sentences, o.start))
                .collect(),
            names_window: std::cell::Cell::new(None),
            sentence_words: std::cell::Cell::new(None),
            separators: Default::default(),
        }
    }

    /// The words of sentence `si` (see [`SentenceWords`]), read once for
    /// the figures of a sentence (they come one after the other).
    fn words_of(&self, si: usize) -> SentenceWords {
        if let Some((of, words)) = self.sentence_words.get() {
            if of == si {
                return words;
            }
        }
        // (a preview's word inside the name of a product whose preview the
        // database holds no date of is the name's: R1-Lite-Preview)
        let preview = self.db.metric("preview_release_date");
        let own_word = |from: usize, to: usize| {
            name_around(self.occ, from, to)
                .is_some_and(|o| preview.is_none_or(|mi| !self.db.has_facts(o.entity, mi)))
        };
        let words = SentenceWords::read(self.text, &self.sentences[si], own_word);
        self.sentence_words.set(Some((si, words)));
        words
    }
}

/// A mention being linked: where it stands, its clause, and the triggers
/// of its sentence.
struct Figure<'a> {
    /// Index of the mention.
    k: usize,
    m: &'a Mention,
    /// Index of its sentence.
    si: usize,
    s: &'a Sentence,
    /// Byte offset where the mention's clause starts (after the last
    /// clause separator before it, else the sentence's start).
    cl_start: usize,
    /// Byte offset where the mention's clause ends (the first separator
    /// after it, else the sentence's end).
    cl_end: usize,
    /// The triggers of its sentence, by metric.
    trig: &'a [Trigger],
    /// A pronoun in its clause before it points back (其营收, 该公司),
    /// read on first use (see [`Figure::pronoun`]).
    pronoun: std::cell::OnceCell<bool>,
    /// The first sentence whose names may be its subject: the last section
    /// heading before it (names are not carried into a new section).
    /// Found on first use (see [`Figure::carry_from`]).
    carry_from: std::cell::OnceCell<usize>,
    /// The names its subject is looked for among, weighed on first use.
    names: std::cell::OnceCell<entity::NamesNear>,
}

impl<'a> Figure<'a> {
    fn new(doc: &Doc<'a>, k: usize, trig: &'a [Trigger]) -> Figure<'a> {
        let m = &doc.mentions[k];
        let si = doc.sentence_of[k];
        let s = &doc.sentences[si];
        let cl_start = clause::clause_before_outside_brackets(doc.text, s.start, m.start);
        let cl_end = doc.text[m.end..s.end]
            .pipe_find()
            .map_or(s.end, |p| m.end + p);
        Figure {
            k,
            m,
            si,
            s,
            cl_start,
            cl_end,
            trig,
            pronoun: std::cell::OnceCell::new(),
            carry_from: std::cell::OnceCell::new(),
            names: std::cell::OnceCell::new(),
        }
    }

    /// Whether a pronoun in its clause before it points back (其营收,
    /// 该公司).
    fn pronoun(&self, doc: &Doc) -> bool {
        *self
            .pronoun
            .get_or_init(|| entity::has_pronoun(&doc.text[self.cl_start..self.m.start]))
    }

    /// The first sentence whose names may be its subject: the last
    /// section heading before it (names are not carried into a new
    /// section).
    fn carry_from(&self, doc: &Doc) -> usize {
        *self
            .carry_from
            .get_or_init(|| heading::carry_from(doc, self.si, entity::MAX_SENTENCES_BACK))
    }
}

/// Matches entity aliases and metric triggers; built once from the database.
pub struct Linker {
    aliases: Option<lexicon::Lexicon>,
    /// The entity of each word of `aliases`.
    alias_entity: Vec<usize>,
    triggers: HashMap<String, Vec<usize>>,
    /// The blocks of a sentence jieba needs to cut for its triggers.
    blocks: triggers::BlockFilter,
    /// The metrics of the word of the economy's growth (经济增长), which a
    /// bare growth verb after a whole economy's 经济 stands for.
    economy_growth: Option<Vec<usize>>,
    /// Ages that qualify a metric's population (65 in `65岁及以上`).
    metric_ages: Vec<Vec<u32>>,
    /// The metrics each entity has facts for.
    entity_metrics: Vec<Vec<usize>>,
    /// The family of each entity, by naming: `Llama 3.1` for `Llama 3.1 405B`.
    family: Vec<Option<usize>>,
    /// The maker of each model or app named after it (`DeepSeek` for
    /// `DeepSeek-V3`, `OpenAI` for `OpenAI o1`), and of a maker's founder
    /// and parent (see `MAKERS_KIN`).
    maker: Vec<Option<usize>>,
    /// Products of each entity, by naming: `DeepSeek app` for `DeepSeek`.
    products: Vec<Vec<usize>>,
    /// For each entity and metric, the entity a figure of the metric
    /// about it is reported for (see `entity::reported_for`).
    reported_for: Vec<Vec<Option<usize>>>,
    /// Each metric's unit, and whether it is a rate (`_per_`), in a
    /// compact table scanned for every figure.
    metric_units: metric::MetricUnits,
    /// The kind of change each metric measures, if it is one (by its id).
    change_kind: Vec<Option<metric::ChangeKind>>,
    /// The span of years each metric's own words count it over (the
    /// plan's 未来四年: '四'), when they name one and only one.
    span_of_years: Vec<Option<char>>,
    /// Metrics about a share of a whole (their triggers have 占/比重).
    share_metric: Vec<bool>,
    /// Metrics whose every fact is a range (a band: 7.75至7.85).
    range_metric: Vec<bool>,
    /// Metrics counted over a span of days (the first 18 days', the total
    /// since launch).
    span_metric: Vec<bool>,
    /// Metrics the database also holds by stage (`training_cost` beside
    /// `training_cost_incremental`): a figure of one may be a stage's.
    staged_metric: Vec<bool>,
    /// Triggers with ASCII letters or digits, matched by substring (jieba
    /// splits them): one case-insensitive alternation, longest first.
    ascii_triggers: Option<Regex>,
    /// The sources of the database's estimates (`estimate_by`), and one
    /// automaton for them (ASCII letters without case).
    sources: (Vec<String>, Option<AhoCorasick>),
    /// The sentences that may name a source.
    source_runs: ByteRuns,
    /// The families of names in Latin letters the database holds a member
    /// of, in lower case (`kimi` of `Kimi K2`, `llama` of `Llama 3.1`):
    /// such a name is not a subject the database lacks.
    latin_families: rustc_hash::FxHashSet<String>,
    /// Which linker this is (each one built gets its own number), for what
    /// a thread remembers of the triggers of the pieces it cut.
    id: u64,
}

impl std::fmt::Debug for Linker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Linker")
    }
}

impl Linker {
    /// Build the matchers from the database.
    pub fn new(db: &ClaimsDb) -> Linker {
        let (aliases, alias_entity) = alias_matcher(db);
        let (source_patterns, source_names) = source_patterns(db);
        let triggers = trigger_table(db);
        let ascii_triggers = ascii_matcher(&triggers);
        let metric_ages = db
            .metrics
            .iter()
            .map(|m| ages_in(&m.triggers.join("|")))
            .collect();
        let share_metric = db
            .metrics
            .iter()
            .map(|m| {
                // (占比 and 佔比 hold 占 and 佔)
                m.triggers.iter().any(|t| {
                    t.contains(['占', '佔'])
                        || ["比重", "份额", "份額"].iter().any(|w| t.contains(w))
                })
            })
            .collect();
        let range_metric = db
            .metrics
            .iter()
            .map(|m| {
                let mut facts = db.facts.iter().filter(|f| f.metric == m.id).peekable();
                facts.peek().is_some()
                    && facts.all(|f| f.qualifier == crate::db::FactQualifier::Range)
            })
            .collect();
        let entity_metrics = (0..db.entities.len())
            .map(|e| {
                (0..db.metrics.len())
                    .filter(|&mi| db.has_facts(e, mi))
                    .collect()
            })
            .collect();
        let products = products(db);
        let reported_for = (0..db.entities.len())
            .map(|e| {
                (0..db.metrics.len())
                    .map(|m| entity::reported_for(db, &products, e, m))
                    .collect()
            })
            .collect();
        static LINKERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        Linker {
            id: LINKERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            entity_metrics,
            family: families(db),
            maker: makers(db),
            aliases,
            alias_entity,
            blocks: triggers::BlockFilter::new(&triggers),
            economy_growth: triggers.get("经济增长").cloned(),
            triggers,
            metric_ages,
            share_metric,
            range_metric,
            span_metric: db
                .metrics
                .iter()
                .map(|m| m.id.ends_with("_cumulative") || m.id.contains("_first_"))
                .collect(),
            staged_metric: (0..db.metrics.len())
                .map(|whole| (0..db.metrics.len()).any(|s| db.is_stage(s, whole)))
                .collect(),
            metric_units: metric::MetricUnits::new(
                db.metrics
                    .iter()
                    .map(|m| (m.unit, m.unit.as_str().contains("_per_")))
                    .collect(),
            ),
            change_kind: db
                .metrics
                .iter()
                .map(|m| metric::ChangeKind::of(&m.id))
                .collect(),
            span_of_years: db
                .metrics
                .iter()
                .map(|m| choose::span_of_years(&m.triggers))
                .collect(),
            products,
            reported_for,
            ascii_triggers,
            source_runs: ByteRuns::new(&source_patterns),
            sources: source_matcher(source_patterns, source_names),
            latin_families: entity::latin_families(db),
        }
    }

    /// Words jieba should keep whole: aliases and triggers.
    pub fn dictionary_words(db: &ClaimsDb) -> Vec<String> {
        let mut w: Vec<String> = Vec::new();
        for e in &db.entities {
            w.extend(e.aliases.iter().filter(|a| !a.is_ascii()).cloned());
        }
        for m in &db.metrics {
            w.extend(m.triggers.iter().cloned());
        }
        w.sort();
        w.dedup();
        w
    }

    /// Byte spans of the entity names in a text (`通义千问2.5`, `DeepSeek-V3`).
    pub fn alias_spans(occ: &[Occurrence]) -> Vec<(usize, usize)> {
        occ.iter().map(|o| (o.start, o.end)).collect()
    }

    /// Whether entity `e` is named (a name of it starts) between bytes
    /// `from` and `to` of the text `occ` was found in.
    pub fn names_in(occ: &[Occurrence], e: usize, from: usize, to: usize) -> bool {
        entity::occ_in(occ, e, from, to)
    }

    /// Entity names found in a text, in order (one pass of the alias regex).
    pub fn occurrences(&self, text: &str) -> Vec<Occurrence> {
        let Some(re) = &self.aliases else {
            return Vec::new();
        };
        let mut out = Vec::new();
        // whose country "our country" is, read once, at its first use
        let mut home: Option<Option<usize>> = None;
        let found = re.find_all(text);
        // the makers named in full: a bare version (V3, R1, o1) is their
        // model only in a text that names them
        let mut named_makers: Vec<usize> = Vec::new();
        for &(start, end, word) in &found {
            let e = self.alias_entity[word];
            if !is_bare_version(&text[start..end]) {
                named_makers.push(self.maker[e].unwrap_or(e));
            }
        }
        for (start, end, word) in found {
            let s = &text[start..end];
            if let Some(maker) = self.maker[self.alias_entity[word]].filter(|_| is_bare_version(s))
            {
                // (a version in capitals, V3 or R1, is any maker's: o1 is
                // OpenAI's alone)
                let generic = s.starts_with(|c: char| c.is_ascii_uppercase());
                if (generic && !named_makers.contains(&maker))
                    || unnamed_makers_version(text, start)
                {
                    continue;
                }
            }
            if runs_on(text, start, end) {
                continue;
            }
            // "GPT-4" followed by " Turbo" or ".5": another model of the line
            let rest = &text[end..];
            if unknown::variant_follows(s, rest) || unknown::version_follows(s, rest) {
                continue;
            }
            // (and so in full-width letters: Ｈ１００ ＮＶＬ, Ｈ１００Ｘ)
            if s.contains(crate::words::is_full_width_alnum)
                && another_model_in_full_width(text, start, end)
            {
                continue;
            }
            // a province's or a city's bureau (浙江省统计局, 云南统计局) is
            // not the country's
            if LOCAL_OFFICES.contains(&s) && local_before(&text[..start]) {
                continue;
            }
            if among_them_then_a_word(text, start, end) {
                continue;
            }
            if another_lines_version(text, start, end) {
                continue;
            }
            let mut entity = self.alias_entity[word];
            // (全国 the country, not the end of a word: 完全国产化, 安全国家)
            if s.starts_with('全')
                && (another_countrys_whole(text, start)
                    || text[..start].ends_with(['完', '安', '健', '保', '齐', '齊', '周']))
            {
                continue;
            }
            if OUR_COUNTRY.contains(&s) {
                match *home.get_or_insert_with(|| self.home_country(text, entity)) {
                    Some(e) => entity = e,
                    None => continue,
                }
            }
            out.push(Occurrence { start, end, entity });
        }
        out
    }

    /// The country 我国/我國 names in `text`, which the database reads as
    /// `default` (China): Taiwan in an article that quotes Taiwan's
    /// government (主計總處, 內政部, 新台幣…), no one in one from Singapore or
    /// Malaysia (their papers' 我国 is their own country) that quotes no
    /// office of China's.
    fn home_country(&self, text: &str, default: usize) -> Option<usize> {
        const TAIWAN_OFFICES: &[&str] = &[
            "主計總處",
            "主计总处",
            "行政院",
            "內政部",
            "國發會",
            "立法院",
            "新台幣",
            "新臺幣",
            "經濟部",
            "衛福部",
        ];
        const OTHER_HOMES: &[&str] = &[
            "新加坡",
            "狮城",
            "獅城",
            "新元",
            "马来西亚",
            "馬來西亞",
            "大马",
            "大馬",
            "令吉",
        ];
        const CHINA_OFFICES: &[&str] = &["国家统计局", "國家統計局", "国务院", "國務院", "发改委"];
        if TAIWAN_OFFICES.iter().any(|w| text.contains(w)) {
            // (the entity the database names 台灣)
            return self.entity_of_alias("台灣").or(Some(default));
        }
        if OTHER_HOMES.iter().any(|w| text.contains(w))
            && !CHINA_OFFICES.iter().any(|w| text.contains(w))
        {
            return None;
        }
        Some(default)
    }

    /// The entity an alias names, if the database has the alias.
    fn entity_of_alias(&self, alias: &str) -> Option<usize> {
        let re = self.aliases.as_ref()?;
        re.find_all(alias)
            .into_iter()
            .find(|&(s, e, _)| s == 0 && e == alias.len())
            .map(|(_, _, w)| self.alias_entity[w])
    }

    /// Link every mention of a document. `sentence_of[k]` is the sentence
    /// index of mention `k`.
    #[allow(clippy::too_many_arguments)]
    pub fn link(
        &self,
        db: &ClaimsDb,
        seg: &Segmenter,
        text: &str,
        sentences: &[Sentence],
        mentions: &[Mention],
        sentence_of: &[usize],
        as_of: Option<crate::date::Date>,
        occ: &[Occurrence],
    ) -> Vec<Link> {
        let doc = Doc::new(db, text, sentences, mentions, sentence_of, occ, as_of);
        let mut triggers = self.sentence_triggers(seg, text, sentences, sentence_of);
        // a metric's word inside a name, of a measure the database holds
        // nothing of for that name, is part of the name (R1-Lite-Preview:
        // no preview's date; but o1预览版 names o1's preview, whose date the
        // database holds)
        for found in triggers.values_mut() {
            found.retain(|&(ts, te, mi)| {
                name_around(occ, ts, te).is_none_or(|o| db.has_facts(o.entity, mi))
            });
        }
        let mut links: Vec<Link> = vec![Link::default(); mentions.len()];
        let mut periods = time::Periods::default();
        // the words of a figure's sentence that say the text does not
        // assert it, read once per sentence
        let mut asserted_hits: (usize, Vec<(usize, usize)>) = (usize::MAX, Vec::new());
        // the measure of the last figure that is no date, for a clause
        // that says only another time after it
        let mut measured: Option<ellipsis::Preceding> = None;
        for (k, link) in links.iter_mut().enumerate() {
            let written = &text[mentions[k].start..mentions[k].end];
            link.year_unwritten =
                mentions[k].kind == crate::extract::Kind::Date && !writes_a_year(written);
            link.month_unwritten = link.year_unwritten && !written.contains('月');
            link.yearless_date = link.year_unwritten
                || mentions[k].kind == crate::extract::Kind::Date
                    && names_local_time(&text[sentences[sentence_of[k]].start..mentions[k].start]);
            let fig = Figure::new(&doc, k, &triggers[&sentence_of[k]]);
            periods.advance(&doc, &fig, link);
            // (not a figure its own clause puts at another time: 上周五,
            // 前一交易日, 较年初)
            link.abroad_day_before = link.time.is_some_and(|t| early_hours_at_home(&doc, t))
                && !OTHER_TIME
                    .iter()
                    .any(|w| text[fig.cl_start..mentions[k].start].contains(w));
            if let Some(p) = figure::converts(&doc, &fig) {
                link.converts = Some(p);
            } else if figure::not_figure(&doc, &fig) {
                link.not_figure = true;
            } else {
                self.link_figure(&doc, &fig, link);
                if mentions[k].kind == crate::extract::Kind::Multiple {
                    link.compared_with = entity::compared_before(&doc, &fig);
                    if link.compared_with.is_none() {
                        match entity::unnamed_base_before(&doc, &fig) {
                            Some(entity::Base::Pronoun) => {
                                link.compared_with =
                                    entity::base_pointed_back(&doc, &fig, link.entity);
                                link.compared_unnamed = link.compared_with.is_none();
                            }
                            Some(entity::Base::Named(e)) => link.compared_with = Some(e),
                            Some(entity::Base::Unknown) => link.compared_unnamed = true,
                            None => {}
                        }
                    }
                }
                if link.metric.is_none() {
                    ellipsis::take_measure(&doc, &fig, measured, link);
                }
                // (a figure of a list over measures matched by place: which
                // item it is said of is read)
                if link.respective
                    && link.metric_word.is_some_and(|(ws, we)| {
                        metric::measure_in_place(&doc, &fig)
                            .is_some_and(|(ps, pe)| ws >= ps && we <= pe)
                    })
                {
                    link.respective = false;
                    link.measure_by_place = true;
                }
                // (of a list over names, the name in its place: DeepSeek與
                // ChatGPT…分別為900萬次及1,600萬次)
                if link.respective {
                    if let Some(o) = link
                        .metric
                        .zip(entity::name_in_place(&doc, &fig))
                        .and_then(|(mi, o)| self.entity_for_metric(o.entity, mi))
                    {
                        link.entity = Some(o);
                        link.entity_by = Some(EntityBy::Sentence);
                        link.respective = false;
                        link.entity_by_place = true;
                    }
                }
                if doc.tables.any() && mentions[k].kind != crate::extract::Kind::Date {
                    self.table_column(&doc, &fig, link);
                }
                if link.metric.is_some() {
                    link.fiscal_end = time::fiscal_end(&doc, link.time);
                }
                link.estimate_said = figure::estimate_said(&doc, &fig);
                link.called_estimate = figure::called_estimate(&doc, &fig);
                link.band_named = metric::names_a_band(&doc, &fig);
                let lead = &text[fig.s.start..fig.m.start];
                link.said_by_someone =
                    asserted::said_by_someone(lead) || asserted::quoted_after_colon(lead);
                link.strict_bound = matches!(
                    fig.m.qualifier,
                    crate::extract::Qualifier::AtLeast | crate::extract::Qualifier::AtMost
                ) && strict_bound(&text[fig.m.start..fig.m.end]);
                if link.metric.is_some() {
                    link.speech_before = asserted::speech_in(lead);
                    if asserted_hits.0 != fig.si {
                        asserted_hits = (fig.si, asserted::sentence_hits(text, fig.s));
                    }
                    link.unasserted = asserted::unasserted(&doc, &fig, &asserted_hits.1);
                }
            }
            if mentions[k].kind != crate::extract::Kind::Date {
                measured = ellipsis::Preceding::of(k, link);
            }
        }
        repeated_figures(&doc, &mut links);
        referred_back(&doc, &mut links);
        self.link_by_value(&doc, &mut links);
        value::inherit_conversions(&mut links);
        figure::mark_time_context(&doc, &mut links);
        self.named_sources(&doc, &mut links);
        links
    }

    /// The source each figure's sentence names before it (`据SemiAnalysis
    /// 估算`), as the database spells it: the sentence is searched once;
    /// of the names that end before the figure, the database's first.
    fn named_sources(&self, doc: &Doc, links: &mut [Link]) {
        let (names, Some(ac)) = &self.sources else {
            return;
        };
        let mut hits: Vec<(usize, usize)> = Vec::new();
        let mut hits_of = usize::MAX;
        for (k, m) in doc.mentions.iter().enumerate() {
            let si = doc.sentence_of[k];
            if hits_of != si {
                hits_of = si;
                let s = &doc.sentences[si];
                let sentence = &doc.text[s.start..s.end];
                hits = if self.source_runs.may_hold(sentence) {
                    ac.find_overlapping_iter(sentence)
                        .map(|h| (s.start + h.end(), h.pattern().as_usize()))
                        .collect()
                } else {
                    Vec::new()
                };
            }
            links[k].named_source = hits
                .iter()
                .filter(|&&(end, _)| end <= m.start)
                .map(|&(_, i)| i)
                .min()
                .or_else(|| self.report_named_before(doc, si, m.start))
                .map(|i| names[i].clone());
        }
    }

    /// The source a sentence's report word points back to (`报告称`,
    /// `该报告指出`, `该机构还称`): the last one the sentence before names,
    /// in the same paragraph (SemiAnalysis估计…。报告称，…).
    fn report_named_before(&self, doc: &Doc, si: usize, upto: usize) -> Option<usize> {
        const REPORT_WORDS: &[&str] = &["报告", "報告", "研报", "研報"];
        let s = &doc.sentences[si];
        let lead = &doc.text[s.start..upto];
        // (not 报告期, the period a company reports on)
        // (the report named before: 该报告, or 报告称 opening the sentence;
        // not 另一份报告 or 也有报告, another one)
        let points_back = REPORT_WORDS.iter().any(|w| {
            lead.match_indices(w).any(|(i, _)| {
                let before = lead[..i].trim_end();
                !lead[i + w.len()..].starts_with(['期'])
                    && (before.is_empty()
                        || ["该", "該", "这份", "這份", "该份", "該份", "此"]
                            .iter()
                            .any(|x| before.ends_with(x)))
            })
        });
        // (or the firm named before: 该机构还称, 這家機構估計)
        const FIRM_BACK: &[&str] = &[
            "该机构",
            "該機構",
            "这家机构",
            "這家機構",
            "此机构",
            "此機構",
        ];
        // (only opening the sentence, and pointing at the subject of the
        // one before: not 另一家研究机构Omdia…，该机构估计, nor the source
        // another body cited, 路透社援引SemiAnalysis的数据…。该机构还称)
        let firm_back = !points_back && FIRM_BACK.iter().any(|w| lead.trim_start().starts_with(w));
        if si == 0 || !(points_back || firm_back) {
            return None;
        }
        let prev = &doc.sentences[si - 1];
        if prev.paragraph != s.paragraph {
            return None;
        }
        let (_, Some(ac)) = &self.sources else {
            return None;
        };
        let sentence = &doc.text[prev.start..prev.end];
        if firm_back {
            let opening = sentence.trim_start();
            let skipped = sentence.len() - opening.len();
            let opening = ["根据", "根據", "据", "據"]
                .iter()
                .find_map(|w| opening.strip_prefix(w))
                .unwrap_or(opening);
            let at = sentence.len() - opening.len();
            let mut hits = ac.find_overlapping_iter(sentence);
            let first = hits
                .next()
                .filter(|h| h.start() == at || h.start() == skipped)?;
            let one = hits.all(|h| h.pattern() == first.pattern());
            return one.then(|| first.pattern().as_usize());
        }
        ac.find_overlapping_iter(sentence)
            .max_by_key(|h| h.end())
            .map(|h| h.pattern().as_usize())
    }
}

/// Whether a figure's words make it a bound that leaves its own value out:
/// it starts with 不到, 低于, 超过, 逾… (不超过 and 至少 hold the value).
fn strict_bound(written: &str) -> bool {
    const STRICT: &[&str] = &[
        "不到", "不足", "低于", "低於", "少于", "少於", "未满", "未滿", "未达", "未達", "不及",
        "超过", "超過", "逾", "多于", "多於", "高于", "高於", "突破",
    ];
    STRICT.iter().any(|w| written.starts_with(w))
}

/// Bare names of an office that a province or a city has one of too.
const LOCAL_OFFICES: &[&str] = &["统计局", "統計局"];

/// Whether `before` ends with a province, or a word of a local government
/// Whether a 中国 found at `start..end` is 其中 (among them) and a word of
/// 国 (其中国内零售额, 其中國防開支): not the country, unless the text goes on
/// as the country's (其中国区, 其中国业务: its China business).
fn among_them_then_a_word(text: &str, start: usize, end: usize) -> bool {
    const WORDS_OF_GUO: &[char] = &[
        '内', '內', '防', '有', '家', '企', '际', '際', '产', '產', '外', '民', '务', '務', '库',
        '庫', '债', '債', '土', '籍', '情', '力', '资', '資',
    ];
    matches!(&text[start..end], "中国" | "中國")
        && text[..start].ends_with('其')
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| WORDS_OF_GUO.contains(&c))
}

/// (省, 市, 区, 县, 州), right before an office's name.
fn local_before(before: &str) -> bool {
    before.ends_with(['省', '市', '区', '區', '县', '縣', '州'])
        || places::PROVINCES_AND_CITIES
            .iter()
            .any(|p| before.ends_with(p))
}

/// The first-person names of a country (我国, 我國), and the whole of it
/// (全国, 全國: 年末全国人口, 全国城镇调查失业率): whose country they name
/// depends on who writes ([`Linker::home_country`]).
const OUR_COUNTRY: &[&str] = &["我国", "我國", "全国", "全國"];

/// Whether 全国 at `start` is another country's whole (美国全国, 日本全國):
/// a country other than the writer's named right before it.
fn another_countrys_whole(text: &str, start: usize) -> bool {
    // (the places the database has no figures for, and the economies
    // other than the writer's it has)
    const OTHERS: &[&str] = &[
        "台湾", "台灣", "臺灣", "香港", "欧洲", "歐洲", "该国", "該國",
    ];
    let before = text[..start].trim_end_matches(['的', ' ']);
    places::ELSEWHERE
        .iter()
        .chain(OTHERS)
        .any(|c| before.ends_with(c))
}

/// A figure repeated later in its paragraph to be discussed (…大约是
/// DeepSeek-V3的11倍。…不过，11倍比较的是GPU小时) is the first one's: the
/// same value and unit, of the same metric, whose subject a later sentence
/// only carried, takes the subject the first one's own sentence named.
fn repeated_figures(doc: &Doc, links: &mut [Link]) {
    const REPEAT_REACH: usize = 512;
    let (mentions, sentence_of, sentences) = (doc.mentions, doc.sentence_of, doc.sentences);
    for k in 1..links.len() {
        let carried = matches!(
            links[k].entity_by,
            Some(EntityBy::Paragraph | EntityBy::Earlier)
        );
        let m = &mentions[k];
        if !carried || links[k].metric.is_none() || m.value.is_none() {
            continue;
        }
        // (within the nearest REPEAT_REACH figures: a paragraph of
        // thousands is not read back for each)
        let paragraph = sentences[sentence_of[k]].paragraph;
        let first = (k.saturating_sub(REPEAT_REACH)..k)
            .rev()
            .take_while(|&j| sentences[sentence_of[j]].paragraph == paragraph)
            .find(|&j| {
                sentence_of[j] < sentence_of[k]
                    && mentions[j].value == m.value
                    && mentions[j].unit == m.unit
                    && links[j].metric == links[k].metric
                    && links[j].entity.is_some()
                    && links[j].entity_by.is_some_and(EntityBy::in_sentence)
            });
        if let Some(j) = first {
            links[k].entity = links[j].entity;
        }
    }
}

/// The name of the text that holds bytes `from..to` and is longer than
/// them (names are in order and do not overlap).
fn name_around(occ: &[Occurrence], from: usize, to: usize) -> Option<&Occurrence> {
    let i = occ.partition_point(|o| o.end <= from);
    occ.get(i)
        .filter(|o| o.start <= from && to <= o.end && (o.start, o.end) != (from, to))
}

/// Words that point back to a figure already given (这5万块芯片, 上述2048块).
const POINTING_BACK: &[&str] = &[
    "这", "這", "那", "该", "該", "此", "这些", "這些", "那些", "上述", "前述",
];

/// Words that end in a character of [`POINTING_BACK`] but point nowhere
/// (因此, 如此, 应该, 刹那).
const NOT_POINTING: &[&str] = &[
    "因此", "如此", "为此", "為此", "由此", "据此", "據此", "从此", "從此", "自此", "至此", "就此",
    "对此", "對此", "以此", "藉此", "借此", "彼此", "特此", "故此", "应该", "應該", "活该", "活該",
    "刹那", "剎那", "本该", "本該", "不该", "不該", "早该", "早該", "也该", "也該", "就该", "就該",
];

/// A figure pointed back to (阿莫代伊写道，这5万块Hopper芯片的成本…) whose
/// sentence names no owner of it is the figure of the same value and unit
/// given before, of whatever it was said of there: not of a name carried
/// from an earlier paragraph for a measure its own words suggest. The
/// nearest such figure stated as a fact is taken; with none, nothing
/// changes.
fn referred_back(doc: &Doc, links: &mut [Link]) {
    const REACH: usize = 512;
    let mentions = doc.mentions;
    for k in 1..links.len() {
        let m = &mentions[k];
        let carried = matches!(
            links[k].entity_by,
            Some(EntityBy::Paragraph | EntityBy::Earlier)
        );
        let before = &doc.text[..m.start];
        if !carried
            || m.value.is_none()
            || !POINTING_BACK.iter().any(|w| before.ends_with(w))
            || NOT_POINTING.iter().any(|w| before.ends_with(w))
        {
            continue;
        }
        let earlier = (k.saturating_sub(REACH)..k).rev().find(|&j| {
            mentions[j].value == m.value
                && mentions[j].unit == m.unit
                && links[j].metric.is_some()
                && links[j].entity.is_some()
                && links[j].unasserted.is_none()
                && !links[j].not_figure
                // (not a figure of another chip than the one named here:
                // 这2.5万块A100)
                && links[k].item.is_none_or(|i| links[j].item == Some(i))
        });
        if let Some(j) = earlier {
            links[k].entity = links[j].entity;
            links[k].metric = links[j].metric;
            links[k].item = links[j].item;
            links[k].scope = links[j].scope;
        }
    }
}

/// Whether the name at bytes `start..end` of `text` runs on into a longer
/// ASCII word: it starts with a letter or digit right after one, or ends
/// with one right before one, or before `-` and one ("DeepSeek" in
/// "DeepSeek-X9": a different model's name). Read by bytes: a byte below
/// 0x80 is a whole character in UTF-8, and no byte of another character
/// is below it.
fn runs_on(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    // a hyphen after the name, and its length (GPT-4o-mini, GPT-4o\u{2011}mini)
    let hyphen = || {
        let rest = &text[end..];
        if rest.starts_with('-') {
            Some(1)
        } else {
            OTHER_HYPHENS
                .iter()
                .find(|h| rest.starts_with(**h))
                .map(|h| h.len())
        }
    };
    start < end
        && (alnum(start) && start > 0 && alnum(start - 1)
            || alnum(end - 1) && (alnum(end) || hyphen().is_some_and(|n| alnum(end + n))))
}

/// Model lines of other makers, whose versions are written as bare as
/// DeepSeek's (百川V3, Kimi R1, Mistral V3).
const OTHER_LINES: &[&str] = &[
    "百川",
    "文心",
    "通义",
    "通義",
    "千问",
    "千問",
    "智谱",
    "智譜",
    "豆包",
    "星火",
    "混元",
    "盘古",
    "盤古",
    "天工",
    "日日新",
    "书生",
    "書生",
    "Kimi",
    "Qwen",
    "GLM",
    "ChatGLM",
    "Baichuan",
    "MiniMax",
    "Yi",
    "Mistral",
    "Mixtral",
    "Llama",
    "LLaMA",
    "Gemini",
    "Gemma",
    "Claude",
    "Grok",
    "Sora",
    "Phi",
    "Falcon",
    "ERNIE",
    "Ernie",
    "Hunyuan",
    "Doubao",
    "InternLM",
    "abab",
];

/// Whether a name is a model's bare version: three ASCII letters and
/// digits or fewer, perhaps with 模型 after them (`V3`, `R1模型`, `o1`).
fn is_bare_version(name: &str) -> bool {
    let core = name.strip_suffix("模型").unwrap_or(name);
    (1..=3).contains(&core.len()) && core.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Whether the bare version at `start` is an unnamed maker's: `某`, `一家`
/// or `一款` opens the words right before it, in its clause, after no
/// maker named, and they end in a maker, a model or 自己的
/// (`某国产大模型V3版本`, `某公司的R1`, `一家初创企业推出了自己的V3模型`).
fn unnamed_makers_version(text: &str, start: usize) -> bool {
    const WHOSE: &[&str] = &[
        "模型",
        "公司",
        "企业",
        "企業",
        "厂商",
        "廠商",
        "厂家",
        "廠家",
        "团队",
        "團隊",
        "机构",
        "機構",
        "实验室",
        "實驗室",
        "品牌",
    ];
    // (the words since the clause's start, within a few words)
    let mut lo = start.saturating_sub(60);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let before = &text[lo..start];
    let before = before
        .rfind(['，', '。', '；', '！', '？', '：', '\n', ',', ';'])
        .map_or(before, |i| &before[i..]);
    const OWN: &[&str] = &["自己", "自家"];
    ["某", "一家", "一款"].iter().any(|opening| {
        before.rfind(opening).is_some_and(|i| {
            // (DeepSeek推出了一款新模型V3: the maker named before it)
            if before[..i].contains(|c: char| c.is_ascii_alphabetic()) {
                return false;
            }
            let words = &before[i..];
            let words = words.strip_suffix('的').unwrap_or(words);
            words.chars().count() <= 16
                && !words.contains(|c: char| c.is_ascii_alphabetic())
                && (WHOSE.iter().chain(OWN).any(|w| words.ends_with(w)))
        })
    })
}

/// Whether a bare short name at `start..end` (V3, R1: three ASCII letters
/// and digits or fewer) is the version of another maker's line written
/// right before it (百川V3, Kimi R1, Mistral V3), not DeepSeek's model.
fn another_lines_version(text: &str, start: usize, end: usize) -> bool {
    let name = &text[start..end];
    name.len() <= 3 && name.bytes().all(|b| b.is_ascii_alphanumeric()) && {
        let before = text[..start].strip_suffix(' ').unwrap_or(&text[..start]);
        OTHER_LINES.iter().any(|l| before.ends_with(l))
    }
}

/// Whether a name written in full-width letters at `start..end` runs on
/// into another name or goes on with another model of its line, as the
/// tests for names in ASCII read the text turned to half width around it.
fn another_model_in_full_width(text: &str, start: usize, end: usize) -> bool {
    // (the character before, the name, and the words after it)
    let from = text[..start]
        .char_indices()
        .next_back()
        .map_or(start, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(24)
        .map_or(text.len(), |(i, _)| end + i);
    let half = |t: &str| t.chars().map(crate::words::half_width).collect::<String>();
    let (before, name, after) = (
        half(&text[from..start]),
        half(&text[start..end]),
        half(&text[end..to]),
    );
    let local = format!("{before}{name}{after}");
    let (s, e) = (before.len(), before.len() + name.len());
    runs_on(&local, s, e)
        || unknown::variant_follows(&name, &after)
        || unknown::version_follows(&name, &after)
}

#[cfg(test)]
#[test]
fn a_name_runs_on_as_its_characters_tell() {
    // the test as the characters around the name read it
    fn by_chars(text: &str, start: usize, end: usize) -> bool {
        let s = &text[start..end];
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let first = s.chars().next().unwrap_or(' ');
        let last = s.chars().next_back().unwrap_or(' ');
        first.is_ascii_alphanumeric() && before.is_some_and(|c| c.is_ascii_alphanumeric())
            || last.is_ascii_alphanumeric() && after.is_some_and(|c| c.is_ascii_alphanumeric())
            || last.is_ascii_alphanumeric()
                && after == Some('-')
                && text[end + 1..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
    }
    let pieces = [
        "a", "Z", "7", "-", " ", ".", "深", "é", "😀", "，", "DeepSeek", "V3",
    ];
    let mut rng = crate::testing::xorshift(37);
    for _ in 0..5000 {
        let text = crate::testing::pieces_text(&mut rng, &pieces, 10);
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for (k, &start) in bounds.iter().enumerate() {
            for &end in &bounds[k..] {
                assert_eq!(
                    runs_on(&text, start, end),
                    by_chars(&text, start, end),
                    "{text:?} {start}..{end}"
                );
            }
        }
    }
}

#[cfg(test)]
#[test]
fn a_sentences_words_are_read_in_one_pass_as_each_is_searched_for() {
    let pieces = [
        "从", "從", "由", "岁", "歲", "预测", "預料", "预", "测", "会", "將", "预览", "預覽",
        "preview", "Preview", "pre", "view", "，", "a", "估计", "推算", "預計",
    ];
    let mut rng = crate::testing::xorshift(29);
    for _ in 0..20_000 {
        let body = crate::testing::pieces_text(&mut rng, &pieces, 10);
        // a sentence after some other text, so offsets are the text's
        let text = format!("前文。{body}");
        let s = Sentence {
            start: "前文。".len(),
            end: text.len(),
            paragraph: 0,
            line: 1,
            furniture: false,
        };
        let first = |words: &[&str]| words.iter().filter_map(|w| body.find(w)).min();
        let verb = first(&figure::FORECAST_VERBS);
        let want = SentenceWords {
            from: first(&["从", "從", "由"]).map(|i| s.start + i),
            age: first(&["岁", "歲"]).map(|i| s.start + i),
            forecast_future: verb.and_then(|v| {
                body[v..]
                    .find(['会', '會', '将', '將'])
                    .map(|i| s.start + v + i)
            }),
            preview_end: metric::PREVIEW
                .iter()
                .filter_map(|w| body.find(w).map(|i| s.start + i + w.len()))
                .min(),
            foresee: first(&["预", "預"]).map(|i| s.start + i),
            estimate: first(&["估", "推"]).map(|i| s.start + i),
        };
        assert_eq!(SentenceWords::read(&text, &s, |_, _| false), want, "{body}");
    }
}

#[cfg(test)]
#[test]
fn a_text_without_a_long_enough_run_holds_no_source() {
    let runs = ByteRuns::new(&["SemiAnalysis".into(), "Dario Amodei".into()]);
    assert!(runs.may_hold("据SEMIANALYSIS估算"));
    assert!(runs.may_hold("dario amodei指出"));
    assert!(!runs.may_hold("DeepSeek-V3的训练成本"));
    assert!(!runs.may_hold(""));
    assert!(!ByteRuns::new(&[]).may_hold("SemiAnalysis"));
}

/// One case-insensitive (ASCII letters: no alias has another cased
/// letter) leftmost-first alternation of the aliases of two or more
/// characters, longest first, and the entity of each of its words (by
/// the alias in lower case).
/// Hyphens other than `-` that pages write inside a name: the hyphen
/// (U+2010), the non-breaking hyphen (U+2011) and the full-width one.
const OTHER_HYPHENS: [&str; 3] = ["\u{2010}", "\u{2011}", "\u{FF0D}"];

fn alias_matcher(db: &ClaimsDb) -> (Option<lexicon::Lexicon>, Vec<usize>) {
    let mut alias_entity = HashMap::default();
    // each alias, and its spellings with the other hyphens pages set
    // between a name's parts (Kimi\u{2011}K2: a hyphen no line breaks at)
    let mut spelled: Vec<(String, usize)> = Vec::new();
    for (i, e) in db.entities.iter().enumerate() {
        for a in &e.aliases {
            if a.chars().count() < 2 {
                continue;
            }
            spelled.push((a.clone(), i));
            // (and in full-width letters and digits: Ｈ２０, ＤｅｅｐＳｅｅｋ)
            for wide in crate::words::full_width_forms(a) {
                spelled.push((wide, i));
            }
            if a.contains('-') {
                for h in OTHER_HYPHENS {
                    spelled.push((a.replace('-', h), i));
                }
            }
        }
    }
    let mut all: Vec<&str> = Vec::new();
    for (a, i) in &spelled {
        alias_entity.entry(a.to_lowercase()).or_insert(*i);
        all.push(a);
    }
    all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    all.dedup();
    let aliases = (!all.is_empty())
        .then(|| lexicon::Lexicon::new(&all))
        .flatten();
    // (a text the lexicon matches differs from its alias only in the case
    // of ASCII letters: its lower case is the alias's)
    let word_entity = all
        .iter()
        .map(|a| alias_entity[&a.to_lowercase()])
        .collect();
    (aliases, word_entity)
}

/// What a text needs to hold one of a few names (ASCII letters without
/// case): a run of bytes, as long as the shortest name, each of which is
/// a byte of some name. A text without one is passed over without
/// running the names' automaton (most sentences, which hold no long run
/// of Latin letters).
#[derive(Debug)]
struct ByteRuns {
    /// The bytes of the names, ASCII letters in both cases.
    bytes: [bool; 256],
    /// The length of the shortest name, in bytes (none: no name).
    min_len: Option<usize>,
}

impl ByteRuns {
    fn new(names: &[String]) -> ByteRuns {
        let mut bytes = [false; 256];
        for &b in names.iter().flat_map(|n| n.as_bytes()) {
            bytes[b.to_ascii_lowercase() as usize] = true;
            bytes[b.to_ascii_uppercase() as usize] = true;
        }
        ByteRuns {
            bytes,
            min_len: names.iter().map(|n| n.len()).min(),
        }
    }

    /// Whether `text` may hold one of the names.
    fn may_hold(&self, text: &str) -> bool {
        let Some(min_len) = self.min_len else {
            return false;
        };
        let mut run = 0;
        for &b in text.as_bytes() {
            if self.bytes[b as usize] {
                run += 1;
                if run >= min_len {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        min_len == 0
    }
}

/// The sources of the database's estimates (`names`, one for each of
/// `patterns`, their spellings) and their automaton.
fn source_matcher(patterns: Vec<String>, names: Vec<String>) -> (Vec<String>, Option<AhoCorasick>) {
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&patterns)
        .ok();
    (names, ac)
}

/// The spellings of the database's estimate sources, each with its source:
/// its name and, when it is an entity of the database, every alias (大摩
/// is Morgan Stanley).
fn source_patterns(db: &ClaimsDb) -> (Vec<String>, Vec<String>) {
    let mut patterns: Vec<String> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for source in db.estimate_sources() {
        let aliases = db
            .entities
            .iter()
            .find(|e| e.id == source)
            .map(|e| e.aliases.clone())
            .unwrap_or_default();
        for p in std::iter::once(source.clone()).chain(aliases) {
            if !p.is_empty() && !patterns.contains(&p) {
                patterns.push(p);
                names.push(source.clone());
            }
        }
    }
    (patterns, names)
}

/// The metrics of each (lower-cased) trigger word.
fn trigger_table(db: &ClaimsDb) -> HashMap<String, Vec<usize>> {
    let mut triggers: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, m) in db.metrics.iter().enumerate() {
        for t in &m.triggers {
            let t = t.to_lowercase();
            // (and as news also writes it: 六十五岁及以上 for 65岁及以上)
            for key in [in_chinese_numerals(&t), Some(t)].into_iter().flatten() {
                let v = triggers.entry(key).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
    }
    triggers
}

/// A trigger with its numbers of one or two digits that count years of
/// age or days (65岁及以上, 上线18天) written in Chinese numerals
/// (六十五岁及以上, 上线十八天); none when it has none. Other numbers (a
/// year, 16位) are left alone.
fn in_chinese_numerals(trigger: &str) -> Option<String> {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let b = trigger.as_bytes();
    let mut out = String::with_capacity(trigger.len() * 2);
    let mut changed = false;
    let mut i = 0;
    while i < b.len() {
        let run = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            let c = trigger[i..].chars().next()?;
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let digits = &b[i..i + run];
        // (an age or a count of days only: 16位 is sixteen people as often
        // as 16-bit, and FP16 a code)
        let other = !trigger[i + run..].starts_with(['岁', '歲', '周', '週', '天', '日']);
        match *digits {
            _ if other => {
                out.push_str(&trigger[i..i + run]);
                i += run;
                continue;
            }
            [d] if d != b'0' => out.push_str(DIGITS[(d - b'0') as usize]),
            [t, u] if t != b'0' => {
                if t != b'1' {
                    out.push_str(DIGITS[(t - b'0') as usize]);
                }
                out.push('十');
                if u != b'0' {
                    out.push_str(DIGITS[(u - b'0') as usize]);
                }
            }
            _ => {
                out.push_str(&trigger[i..i + run]);
                i += run;
                continue;
            }
        }
        changed = true;
        i += run;
    }
    changed.then_some(out)
}

#[test]
fn small_numbers_of_a_trigger_are_written_in_chinese_numerals() {
    for (t, want) in [
        ("65岁及以上", Some("六十五岁及以上")),
        ("上线18天", Some("上线十八天")),
        ("前10名", None),
        ("16位", None),
        ("20岁", Some("二十岁")),
        ("头8天", Some("头八天")),
        ("fp16", None),
        ("hbm3e", None),
        ("2024年", None),
        ("占比", None),
        ("0岁", None),
    ] {
        assert_eq!(in_chinese_numerals(t).as_deref(), want, "{t}");
    }
}

/// The triggers with ASCII letters or digits (or numbers in Chinese
/// numerals: jieba cuts them apart from the word too) as one
/// case-insensitive alternation, longest first.
fn ascii_matcher(triggers: &HashMap<String, Vec<usize>>) -> Option<Regex> {
    let in_numerals: rustc_hash::FxHashSet<String> = triggers
        .keys()
        .filter_map(|t| in_chinese_numerals(t))
        .collect();
    let mut ascii: Vec<&String> = triggers
        .keys()
        .filter(|k| k.chars().any(|c| c.is_ascii_alphanumeric()) || in_numerals.contains(*k))
        .collect();
    ascii.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    (!ascii.is_empty())
        .then(|| {
            Regex::new(&format!(
                "(?i)(?:{})",
                ascii
                    .iter()
                    .map(|a| spaced_pattern(a))
                    .collect::<Vec<_>>()
                    .join("|")
            ))
            .ok()
        })
        .flatten()
}

/// A trigger as a pattern that also matches it with a space between a digit
/// and a Han character, as text pasted from a PDF writes it (`65 岁及以上`).
fn spaced_pattern(trigger: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in trigger.chars() {
        if prev.is_some_and(|p| digit_han(p, c)) {
            out.push_str(r"\s?");
        }
        // (an ASCII letter, digit or sign also as its full-width form:
        // ＦＰ８算力)
        match crate::words::full_width(c) {
            Some(w) => {
                out.push_str("(?:");
                out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
                out.push('|');
                out.push_str(&regex::escape(w.encode_utf8(&mut [0; 4])));
                out.push(')');
            }
            None => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
        prev = Some(c);
    }
    out
}

/// Whether `a` then `b` is a digit next to a Han character (either way).
fn digit_han(a: char, b: char) -> bool {
    (a.is_ascii_digit() && crate::segment::is_han(b))
        || (crate::segment::is_han(a) && b.is_ascii_digit())
}

/// A matched trigger as the dictionary spells it: the spaces a PDF put
/// between a digit and a Han character dropped.
pub(super) fn unspaced(hit: &str) -> String {
    let chars: Vec<char> = hit.chars().collect();
    let mut out = String::with_capacity(hit.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace()
            && i > 0
            && chars
                .get(i + 1)
                .is_some_and(|&n| digit_han(chars[i - 1], n))
        {
            continue;
        }
        out.push(crate::words::half_width(c));
    }
    out.to_lowercase()
}

/// The products of each entity, by naming: `DeepSeek app` for `DeepSeek`.
fn products(db: &ClaimsDb) -> Vec<Vec<usize>> {
    db.entities
        .iter()
        .map(|e| {
            let prefix = format!("{} ", e.id);
            db.entities
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.id.starts_with(&prefix) && matches!(p.kind.as_str(), "app" | "ai_product")
                })
                .map(|(i, _)| i)
                .collect()
        })
        .collect()
}

/// The maker of each entity named after it, by naming: `DeepSeek` for
/// `DeepSeek-V3` and `DeepSeek app`, `OpenAI` for `OpenAI o1`; and of the
/// maker's founder and parent ([`MAKERS_KIN`]): a text that names any of
/// them names the maker.
fn makers(db: &ClaimsDb) -> Vec<Option<usize>> {
    let id_of = |id: &str| db.entities.iter().position(|f| f.id == id);
    db.entities
        .iter()
        .map(|e| {
            let kin = MAKERS_KIN
                .iter()
                .find(|(_, k)| k.contains(&e.id.as_str()))
                .and_then(|(maker, _)| id_of(maker));
            // (a model's or an app's maker: a chip's is not needed)
            let named_after = matches!(e.kind.as_str(), "ai_model" | "app");
            kin.or_else(|| {
                named_after
                    .then(|| {
                        db.entities.iter().position(|f| {
                            f.kind != "ai_model"
                                && e.id.len() > f.id.len()
                                && e.id.starts_with(f.id.as_str())
                                && matches!(e.id.as_bytes()[f.id.len()], b'-' | b' ')
                        })
                    })
                    .flatten()
            })
        })
        .collect()
}

/// Makers by the ids of those who stand for them in news: a founder, a
/// parent (a text about 梁文锋 or 幻方 that writes V3 means DeepSeek's).
const MAKERS_KIN: &[(&str, &[&str])] = &[("DeepSeek", &["Liang Wenfeng", "High-Flyer"])];

/// The family of each entity, by naming: `Llama 3.1` for `Llama 3.1 405B`.
fn families(db: &ClaimsDb) -> Vec<Option<usize>> {
    db.entities
        .iter()
        .map(|e| {
            db.entities
                .iter()
                .enumerate()
                // (e's id is f's and a space, then the rest)
                .filter(|(_, f)| {
                    e.id.len() > f.id.len()
                        && e.id.starts_with(f.id.as_str())
                        && e.id.as_bytes()[f.id.len()] == b' '
                })
                .max_by_key(|(_, f)| f.id.len())
                .map(|(i, _)| i)
        })
        .collect()
}

fn sentence_index(sentences: &[Sentence], pos: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= pos);
    (i < sentences.len() && sentences[i].start <= pos).then_some(i)
}

/// Index of the sentence holding byte `pos`, if any.
pub fn sentence_at(sentences: &[Sentence], pos: usize) -> Option<usize> {
    sentence_index(sentences, pos)
}
