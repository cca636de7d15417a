//! The period pass: the time of each figure, read mention by mention.
//!
//! A figure's time is the nearest date before it in its paragraph, else the
//! latest date earlier in the article (of which only the year is used: a
//! figure of an article about 2024 is a 2024 figure) — unless the article
//! reports a fiscal year, which is then the period. The quarter is the one
//! its sentence names, else the one the article has been talking about.

use super::clause::clause_before;
use super::{Doc, Figure, Link, YearPart};
use crate::extract::{Kind, Mention, RELATIVE_YEARS};
use regex::Regex;
use std::sync::LazyLock;

/// What the period pass carries from one mention to the next.
#[derive(Debug, Default)]
pub(super) struct Periods {
    /// The latest dated mention so far in the paragraph.
    last_date: Option<usize>,
    /// The latest dated mention so far in the article.
    last_date_in_doc: Option<usize>,
    /// The latest fiscal-year label (`2025財政年度`).
    last_fiscal: Option<usize>,
    /// The quarter the article is talking about, from the sentences before
    /// the current one (a 全年 sentence ends it).
    quarter_ctx: Option<u8>,
    /// The last quarter named by its number in the sentences read so far,
    /// even one a whole year followed (第四季度及全年财务报告).
    last_quarter: Option<u8>,
    /// The last marked sentence read named a quarter and the whole year
    /// together, last (第四季度及全年业绩): the figures after it that say
    /// no period of their own may be either's.
    joint_ctx: bool,
    /// How many sentences `quarter_ctx` has read.
    ctx_upto: usize,
    /// Which sentences hold a period mark (see [`marked_sentences`]),
    /// found on first use.
    marked: Option<Vec<bool>>,
    /// The period words of the last marked sentence a figure was in, by
    /// the sentence's index: read once for all its figures.
    words_of: Option<(usize, Vec<PeriodWord>)>,
    /// Where the last sentence asked about first says its figures are a
    /// whole year's ([`whole_year_said_at`]), by the sentence's index.
    whole_year_said: Option<(usize, Option<usize>)>,
    /// The last date read inside brackets (（2024年为-0.99‰）): the period of
    /// the figures in the same brackets only.
    bracket_date: Option<usize>,
    /// The last mention read by [`is_reference_date`], and what it said:
    /// a date is read as the mention before one figure, and as the
    /// figure's own mention the next.
    reference: Option<(usize, bool)>,
    /// A sentence set out as a comparison (作为对比，2024财年营收为…), and
    /// the dates in force before it: its dates are its own figures' and
    /// go no further.
    aside: Option<Aside>,
}

/// A sentence set out as a comparison, and the dates in force before it.
#[derive(Debug, Clone, Copy)]
struct Aside {
    si: usize,
    last_date: Option<usize>,
    last_date_in_doc: Option<usize>,
    last_fiscal: Option<usize>,
}

/// The dates in force just before a mention.
#[derive(Clone, Copy, Debug)]
struct Before {
    /// The latest date of the paragraph.
    date: Option<usize>,
    /// The latest date of the article.
    date_in_doc: Option<usize>,
    /// The latest fiscal-year label of the article.
    fiscal: Option<usize>,
}

/// Words of a figure of one quarter that name no quarter by its number.
const QUARTERLY: &[&str] = &[
    "季度收入",
    "季度营收",
    "季度營收",
    "单季",
    "單季",
    "当季",
    "當季",
    "该季",
    "該季",
    "这一季",
    "這一季",
    "本季",
];

/// Words of a day before or after the one just named (1月27日…暴跌17%，
/// 次日反弹8.9%).
const OTHER_DAYS: &[&str] = &[
    "次日",
    "翌日",
    "隔日",
    "隔天",
    "第二天",
    "第二日",
    "次一交易日",
    "下一交易日",
    "下一個交易日",
    "下一个交易日",
    "前一日",
    "前一天",
    "前一交易日",
    "上一交易日",
];

/// Words of a later time opening a figure's clause (…下跌27%，随后反弹5%):
/// a move after the day's, whether that day or later, is not the day's
/// own (see [`later_in_own_clause`]).
const LATER: &[&str] = &[
    "随后", "隨後", "此后", "此後", "之后", "之後", "其后", "其後", "后来", "後來", "稍后", "稍後",
];

/// Whether the figure's period `time`, a day, is left behind by a word of
/// another day between it and the figure (1月27日…，次日反弹8.9%): the day
/// the figure is of is not written.
fn another_day(doc: &Doc, fig: &Figure, time: Option<usize>) -> bool {
    let Some(t) = time else {
        return false;
    };
    let tm = &doc.mentions[t];
    // (a day of the figure's own sentence: one carried from before is read
    // by the rules of carried periods)
    doc.sentence_of[t] == fig.si
        && tm.date.is_some_and(|d| d.day.is_some())
        && tm.date_end.is_none()
        && tm.end <= fig.m.start
        && {
            // (opening a clause: 上任第二天的总统 is a day of his term, and
            // 较前一交易日 the base of the day's change, not another day)
            let between = &doc.text[tm.end..fig.m.start];
            let opens = |words: &[&str], after: &str| {
                words.iter().any(|w| {
                    between.match_indices(w).any(|(i, _)| {
                        between[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| after.contains(c))
                    })
                })
            };
            opens(OTHER_DAYS, "，,；;：:、于於在（(")
                || tm.end <= fig.cl_start && later_in_own_clause(doc, fig)
        }
}

/// Whether the figure's own clause, after the day named, opens with a
/// word of a later time ([`LATER`]: …下跌27%，随后反弹5%) and says nothing
/// of the same day after it (随后收于118.42美元, 随后…当天市值蒸发…: the day's close and the
/// day's loss).
fn later_in_own_clause(doc: &Doc, fig: &Figure) -> bool {
    const SAME_DAY: &[&str] = &[
        "当日", "當日", "当天", "當天", "收盘", "收盤", "收市", "终场", "終場", "收于", "收於",
        "收报", "收報", "收跌", "收涨", "收漲", "尾盘", "尾盤",
    ];
    let lead = doc.text[fig.cl_start..fig.m.start].trim_start_matches(['，', ',', '；', ';', ' ']);
    LATER.iter().any(|w| lead.starts_with(w)) && !SAME_DAY.iter().any(|w| lead.contains(w))
}

/// Whether a clause names the fiscal year of its report by a word, not a
/// number (本财年, 该财年, 本財政年度).
fn names_this_fiscal_year(clause: &str) -> bool {
    const THIS_FISCAL_YEAR: &[&str] = &[
        "本财年",
        "本財年",
        "该财年",
        "該財年",
        "当财年",
        "當財年",
        "本财政年度",
        "本財政年度",
        "该财政年度",
        "該財政年度",
    ];
    // (a part of it after the word, 本财年最后三个月, 前九个月, 下半年,
    // 11月以来, or the year before, 比上财年的475亿美元, is not the whole)
    const PART_OR_BEFORE: &[&str] = &[
        "月", "季", "半", "前", "后", "後", "以来", "以來", "单", "單", "上", "去年", "较", "較",
        "比",
    ];
    // (every word holds 财 or 財: most clauses have neither)
    clause.contains(['财', '財'])
        && THIS_FISCAL_YEAR.iter().any(|w| {
            clause.rfind(w).is_some_and(|at| {
                let after = &clause[at + w.len()..];
                !PART_OR_BEFORE.iter().any(|p| after.contains(p))
            })
        })
}

/// Whether the figure's own clause opens with the year before, as its
/// time (…增长5%，上年增长5.2%): not the period named before it, and not a
/// comparison with it (比上年增长).
fn another_year(doc: &Doc, fig: &Figure) -> bool {
    const LAST_YEAR: &[&str] = &["上年", "上一年", "前一年"];
    let lead = doc.text[fig.cl_start..fig.m.start].trim_start_matches(['，', ',', '；', ';', ' ']);
    LAST_YEAR.iter().any(|w| lead.starts_with(w))
}

impl Periods {
    /// Fill the period fields of mention `fig.k`'s link (`time`,
    /// `time_carried`, `fiscal_year`, `quarter`, `quarter_stated`) and take
    /// the mention into account for those after it. Mentions must come in
    /// text order.
    pub(super) fn advance(&mut self, doc: &Doc, fig: &Figure, link: &mut Link) {
        if self.marked.is_none() {
            self.marked = Some(marked_sentences(doc));
        }
        self.read_up_to(doc, fig.si);
        (link.quarter, link.quarter_stated, link.whole_year_stated) = self.quarter(doc, fig);
        link.whole_year_in_clause = link.whole_year_stated
            && ANNUAL_WORDS
                .iter()
                .any(|w| doc.text[fig.cl_start..fig.m.start].contains(w));
        // (before the mention is noted: the mention before it was read last)
        let base = self.base_date_before(doc, fig.k);
        let mut by_quarter_word = false;
        // a quarter's figure by its word with no quarter known (2024财年数据
        // 中心季度营收增至184亿美元): not the fiscal year's
        let mut quarter_unknown = false;
        // a quarter's figure by its own word (季度收入创下221亿美元) in a
        // report of a quarter and the whole year is the quarter's
        if link.quarter.is_none() && !link.quarter_stated && !link.whole_year_stated {
            let lead = &doc.text[fig.cl_start..fig.m.start];
            // (every word holds 季: most leads have none)
            if lead.contains('季') && QUARTERLY.iter().any(|w| lead.contains(w)) {
                // (the quarter its own sentence named before it, else the
                // last one read: 第四季度营收393亿美元（全年为…），当季…)
                let before = fig.m.start - fig.s.start;
                let own = self.words_of.as_ref().and_then(|(si, words)| {
                    (*si == fig.si).then(|| {
                        words
                            .iter()
                            .rev()
                            .filter(|w| w.end <= before)
                            .find_map(|w| w.q)
                    })?
                });
                link.quarter = own.or(self.last_quarter);
                by_quarter_word = link.quarter.is_some();
                quarter_unknown = link.quarter.is_none();
            }
        }
        let before = self.note(doc, fig);
        // a fiscal year its own sentence names with no quarter (2024财年，
        // 该公司的营收达到609亿美元) is the whole year's, whatever quarter
        // the report spoke of before, and so is what follows it until a
        // quarter is named again (其中，数据中心业务营收…)
        if !link.quarter_stated
            && !by_quarter_word
            && before.fiscal.is_some_and(|f| doc.sentence_of[f] == fig.si)
        {
            link.quarter = None;
            self.quarter_ctx = None;
        }
        // and so is a figure whose own clause names the fiscal year with no
        // quarter, after a quarter its sentence named before (在FY25Q4财报
        // 发布后，英伟达确认2025财年营收1305亿美元)
        let own = &doc.text[fig.cl_start..fig.m.start];
        let no_quarter_own = !own.contains('季') && !own.contains(['Q', 'q']);
        if link.quarter_stated
            && !by_quarter_word
            && before
                .fiscal
                .is_some_and(|f| doc.mentions[f].start >= fig.cl_start)
            && no_quarter_own
        {
            link.quarter = None;
            link.quarter_stated = false;
            self.quarter_ctx = None;
        }
        // a figure whose own clause names the fiscal year of the report by
        // its word is that whole year's, as with 全年, whatever quarter came
        // before (第四季度营收393亿美元，是本财年1305亿美元的30%)
        if !by_quarter_word && no_quarter_own && names_this_fiscal_year(own) {
            link.quarter = None;
            link.quarter_stated = false;
            link.whole_year_stated = true;
            self.quarter_ctx = None;
        }
        link.period_joint = self.joint_ctx
            && !link.quarter_stated
            && !link.whole_year_stated
            && !by_quarter_word
            && before.fiscal.is_none_or(|f| doc.sentence_of[f] != fig.si)
            // (比上年增长5.0%: the year's)
            && !self.says_a_whole_year(doc, fig);
        link.time = before
            .date
            .or(before.date_in_doc.filter(|_| before.fiscal.is_none()));
        // the figure of a comparison base is the base's: 較2023年的3.2%;
        // so is a figure in the clause of a date outdone (远超过去年9月3日
        // 蒸发的2790亿美元, 高于去年全年5%的增速)
        if let Some(base) = base.or_else(|| outdone_in_clause(doc, fig)) {
            link.time = Some(base);
        }
        fiscal_carry(doc, fig, before, link);
        if quarter_unknown || another_day(doc, fig, link.time) || another_year(doc, fig) {
            link.time = None;
            link.fiscal_year = None;
        }
        link.period_of_origin = link.time.is_some_and(|t| period_of_origin(doc, fig, t));
        link.time_relative_to = link.time.and_then(|t| relative_year_clash(doc, t));
        link.years_listed = years_listed(doc, fig.k, fig.s.start, fig.m.start);
        link.quarters_listed =
            quarters_listed(&doc.text[fig.s.start..fig.m.start]) || quarter_range_listed(doc, fig);
        link.respective = respective(doc, fig);
        link.period_before = period_before(&doc.text[fig.cl_start..fig.m.start]);
        link.other_part_of_year = other_part_of_year(doc, fig, link.time);
        // (not the base's own figure, 相较2023年GDP增长5.2%，…: 2023's)
        link.base_year = base_year(&doc.text[fig.cl_start..fig.m.start])
            .filter(|_| !link.time.is_some_and(|t| base_with_its_figure(doc, fig, t)));
        link.time_carried = link.time.is_some_and(|t| doc.sentence_of[t] != fig.si);
        link.part_of_year_carried = link
            .time
            .filter(|_| link.time_carried && !link.quarter_stated)
            // (a fiscal quarter is read by its label)
            .filter(|&t| !doc.mentions[t].fiscal && link.fiscal_year.is_none())
            .and_then(|t| part_of_year(&doc.mentions[t]))
            .filter(|_| !self.says_a_whole_year(doc, fig));
        // 第四季度营收393亿美元，全年营收1305亿美元; 2024年四季度…增长5.4%，
        // 三季度增长4.6%: the quarter named first gives the whole year or
        // the other quarter stated after it its year only
        link.quarter_before_year = !link.time_carried
            && link.time.is_some_and(|t| {
                let t = &doc.mentions[t];
                let (Some(a), Some(b)) = (t.date, t.date_end) else {
                    return false;
                };
                let (Some(am), Some(bm)) = (a.month, b.month) else {
                    return false;
                };
                let other_quarter = link.quarter_stated
                    && bm - am == 2
                    && link
                        .quarter
                        .is_some_and(|q| u32::from(q) != (u32::from(am) - 1) / 3 + 1);
                a.year == b.year && bm - am < 11 && (link.whole_year_stated || other_quarter)
            });
    }

    /// Whether the figure's sentence says, before it, that its figures are
    /// a whole year's ([`whole_year_said_at`], read once for all of them).
    fn says_a_whole_year(&mut self, doc: &Doc, fig: &Figure) -> bool {
        let at = match self.whole_year_said {
            Some((si, at)) if si == fig.si => at,
            _ => {
                let at = whole_year_said_at(&doc.text[fig.s.start..fig.s.end]);
                self.whole_year_said = Some((fig.si, at));
                at
            }
        };
        at.is_some_and(|at| fig.s.start + at < fig.m.start)
    }

    /// Read the sentences before sentence `si` into the quarter context.
    fn read_up_to(&mut self, doc: &Doc, si: usize) {
        let s = &doc.sentences[si];
        while self.ctx_upto < si {
            // a sentence without a period mark leaves the quarter as it is
            if !self.is_marked(self.ctx_upto) {
                self.ctx_upto += 1;
                continue;
            }
            let st = &doc.sentences[self.ctx_upto];
            let text = &doc.text[st.start..st.end];
            // (the words of a sentence a figure was in were read for it)
            let read;
            let words: &[PeriodWord] = match &self.words_of {
                Some((si, words)) if *si == self.ctx_upto => words,
                _ => {
                    read = period_words(text);
                    &read
                }
            };
            // a whole year of another paragraph ends the quarter before
            // the sentence's own words are read
            if st.paragraph != s.paragraph && words.iter().any(|w| w.q.is_none()) {
                self.quarter_ctx = None;
            }
            self.quarter_ctx = last_of(words, text.len()).unwrap_or(self.quarter_ctx);
            self.joint_ctx = quarter_and_year_joined(words, text);
            if let Some(q) = words.iter().rev().find_map(|w| w.q) {
                self.last_quarter = Some(q);
            }
            self.ctx_upto += 1;
        }
    }

    /// The quarter of a figure and whether its sentence states it: its
    /// sentence's, else the article's — unless its clause says 全年 (the
    /// third: a whole year is stated).
    fn quarter(&mut self, doc: &Doc, fig: &Figure) -> (Option<u8>, bool, bool) {
        if !self.is_marked(fig.si) {
            // no quarter word, no 全年: the article's quarter
            return (self.quarter_ctx, false, false);
        }
        if self.words_of.as_ref().is_none_or(|(si, _)| *si != fig.si) {
            let words = period_words(&doc.text[fig.s.start..fig.s.end]);
            self.words_of = Some((fig.si, words));
        }
        let words = self.words_of.as_ref().map_or(&[][..], |(_, w)| w);
        // offsets in the sentence: the text before the figure, its clause
        let start = fig.s.start;
        let found = last_of(words, fig.m.start - start);
        let stated = found.flatten();
        let (cl_start, cl_end) = (fig.cl_start - start, fig.cl_end - start);
        // a whole-year word in the figure's clause, or alone in the clause
        // before it (以全年计，营收为1305亿美元: that clause holds no digit);
        // the clause before is looked at only when the sentence has one
        // (not one in a bracket opened after the figure: 第四季度营收393亿
        // 美元（全年为1305亿美元） is the quarter's)
        let fig_end = fig.m.end - start;
        let whole_year_from = |from: usize| {
            words.iter().any(|w| {
                w.q.is_none()
                    && w.at >= from
                    && w.end <= cl_end
                    && (w.at < fig_end
                        || !super::brackets::open_at_end(&doc.text[fig.m.end..start + w.at]))
            })
        };
        let lead_in = || {
            let prev_start = clause_before(doc.text, start, fig.cl_start);
            let digits = doc.text[prev_start..fig.cl_start]
                .bytes()
                .any(|b| b.is_ascii_digit());
            (!digits).then_some(prev_start - start)
        };
        let any_whole_year = words.iter().any(|w| w.q.is_none());
        if any_whole_year && (whole_year_from(cl_start) || lead_in().is_some_and(whole_year_from)) {
            (None, false, true)
        } else if stated.is_some() {
            (stated, true, false)
        } else {
            (found.unwrap_or(self.quarter_ctx), false, false)
        }
    }

    /// Whether sentence `si` holds a period mark (unknown: it may).
    fn is_marked(&self, si: usize) -> bool {
        self.marked
            .as_ref()
            .is_none_or(|m| m.get(si).copied().unwrap_or(true))
    }

    /// The dates in force before mention `fig.k`, then the mention itself
    /// noted if it is a date or a fiscal-year label.
    fn note(&mut self, doc: &Doc, fig: &Figure) -> Before {
        let (k, m) = (fig.k, fig.m);
        if let Some(a) = self.aside.filter(|a| a.si != fig.si) {
            // (unless the sentence points back to the aside's year: 当年第四季度)
            let s = &doc.text[fig.s.start..fig.s.end];
            if !["当年", "當年", "同年", "该年", "該年", "同期"]
                .iter()
                .any(|w| s.starts_with(w))
            {
                (self.last_date, self.last_date_in_doc, self.last_fiscal) =
                    (a.last_date, a.last_date_in_doc, a.last_fiscal);
            }
            self.aside = None;
        }
        if k > 0 && doc.sentences[doc.sentence_of[k - 1]].paragraph != fig.s.paragraph {
            self.last_date = None;
        }
        let before = Before {
            date: self.last_date,
            date_in_doc: self.last_date_in_doc,
            fiscal: self.last_fiscal,
        };
        // (a year in brackets gives a comparison, 2025年…为-2.41‰（2024年为
        // -0.99‰）: the period of the figures in the bracket, not of those
        // after it)
        let mut before = before;
        if let Some(j) = self.bracket_date {
            let inside = doc.sentence_of[j] == fig.si
                && !doc.text[doc.mentions[j].end..m.start].contains([')', '）']);
            if inside {
                before.date = Some(j);
            } else {
                self.bracket_date = None;
            }
        }
        // (a bracket that only glosses a day, 周一（1月27日）, dates what
        // follows it)
        let comparison_in_brackets = || {
            super::brackets::open_at_end(&doc.text[fig.s.start..m.start]) && {
                let rest = &doc.text[m.end..fig.s.end];
                let inside = rest.find([')', '）']).map_or(rest, |e| &rest[..e]);
                inside.bytes().any(|b| b.is_ascii_digit())
            }
        };
        let dated = m.kind == Kind::Date && m.date.is_some_and(|d| d.year != 0);
        if (dated || m.fiscal) && self.aside.is_none() && sets_out_a_comparison(doc, fig) {
            self.aside = Some(Aside {
                si: fig.si,
                last_date: self.last_date,
                last_date_in_doc: self.last_date_in_doc,
                last_fiscal: self.last_fiscal,
            });
        }
        if dated && comparison_in_brackets() {
            self.bracket_date = Some(k);
        } else if dated && !self.is_reference(doc, k) {
            self.last_date = Some(k);
            self.last_date_in_doc = Some(k);
        }
        if m.fiscal {
            self.last_fiscal = Some(k);
        }
        before
    }

    /// [`is_reference_date`] of mention `k`, read once when asked twice
    /// in a row.
    fn is_reference(&mut self, doc: &Doc, k: usize) -> bool {
        match self.reference {
            Some((j, r)) if j == k => r,
            _ => {
                let r = is_reference_date(doc.text, &doc.mentions[k]);
                self.reference = Some((k, r));
                r
            }
        }
    }

    /// The mention right before `k` when it is a date named as a
    /// comparison base and `k` is that base's figure (較2023年的3.2%).
    fn base_date_before(&mut self, doc: &Doc, k: usize) -> Option<usize> {
        let mentions = doc.mentions;
        (k > 0
            && mentions[k - 1].kind == Kind::Date
            && self.is_reference(doc, k - 1)
            && doc
                .text
                .get(mentions[k - 1].end..mentions[k].start)
                .is_some_and(|g| matches!(g.trim(), "" | "的")))
        .then(|| k - 1)
    }
}

/// The last date before the figure in its clause, when it is named after a
/// word of outdoing or falling short ([`outdone_date`]) and no other date
/// stands between.
fn outdone_in_clause(doc: &Doc, fig: &Figure) -> Option<usize> {
    let j = (0..fig.k)
        .rev()
        .take_while(|&j| doc.mentions[j].start >= fig.cl_start)
        .find(|&j| doc.mentions[j].kind == Kind::Date)?;
    let t = &doc.mentions[j];
    (outdone_date(doc.text, t) || base_with_its_figure(doc, fig, j)).then_some(j)
}

/// Whether date `t` opens a comparison set before the sentence's main
/// clause with the base's own figure (相较2023年GDP增长5.2%，去年增速略有
/// 放缓: the 5.2% is 2023's): 相较 or 相比 opening the sentence, then the
/// date, a measure, not a verb of change (相较2023年增长5.2% grows from
/// 2023), then the figure, ending a clause the sentence goes on after (not
/// 2024年GDP…，相比2023年GDP增长5.0%: the year named first grew).
fn base_with_its_figure(doc: &Doc, fig: &Figure, j: usize) -> bool {
    const FRONTED: &[&str] = &[
        "相较于",
        "相較於",
        "相比于",
        "相比於",
        "相较",
        "相較",
        "相比",
        "对比",
        "對比",
    ];
    const CHANGES: &[char] = &[
        '增', '减', '減', '升', '降', '涨', '漲', '跌', '多', '少', '高', '低', '提', '扩', '擴',
        '缩', '縮', '成', '回', '放', '下', '上',
    ];
    let t = &doc.mentions[j];
    if t.start < fig.cl_start || !FRONTED.contains(&doc.text[fig.cl_start..t.start].trim()) {
        return false;
    }
    let between = doc.text[t.end..fig.m.start].trim_start();
    let between = between.strip_prefix('的').unwrap_or(between);
    // (no date before it in its sentence: 2024年…，相比2023年GDP增长5.0%)
    let first_date = || {
        (0..j)
            .rev()
            .take_while(|&i| doc.sentence_of[i] == fig.si)
            .all(|i| doc.mentions[i].kind != Kind::Date)
    };
    !between.starts_with(CHANGES)
        && !between.contains(['比', '较', '較'])
        && doc.text[fig.cl_end..fig.s.end]
            .trim_start_matches(['，', ','])
            .chars()
            .count()
            > 2
        && first_date()
}

/// When date mention `t` is a relative year (去年, 去年12月) and its sentence
/// first names another year as a comparison base (这一数据相比2023年有所增长，
/// 去年…), the word and the base year: the figure after it is likely the
/// base's, counted from the year the text is about rather than from the
/// day of publication, so its period is not evidence. (A year that is
/// merely another figure's, 2023年增长5.2%，去年增长5.0%, sets 去年 apart
/// from it and leaves it as it reads.)
fn relative_year_clash(doc: &Doc, t: usize) -> Option<(&'static str, i32)> {
    let m = &doc.mentions[t];
    let written = doc.text.get(m.start..m.end)?;
    let &(word, offset) = RELATIVE_YEARS
        .iter()
        .find(|(w, _)| written.starts_with(w))?;
    let published = m.date?.year - offset;
    let si = doc.sentence_of[t];
    (0..t)
        .rev()
        .take_while(|&j| doc.sentence_of[j] == si)
        .map(|j| &doc.mentions[j])
        .filter(|e| e.kind == Kind::Date && !e.fiscal && is_reference_date(doc.text, e))
        .filter_map(|e| e.date.map(|d| d.year))
        .find(|&y| y != 0 && y != published)
        .map(|y| (word, y))
}

/// Two different years named before mention `k` in its sentence (which
/// starts at byte `s_start`) when the sentence hands figures out over them
/// with 分别 before the figure (at byte `m_start`).
fn years_listed(doc: &Doc, k: usize, s_start: usize, m_start: usize) -> Option<(i32, i32)> {
    // (the years first: most figures have at most one before them in their
    // sentence, and the search for 分别 is not made)
    let si = doc.sentence_of[k];
    let mut years = (0..k)
        .rev()
        .take_while(|&j| doc.sentence_of[j] == si)
        .map(|j| &doc.mentions[j])
        .filter(|e| e.kind == Kind::Date && !e.fiscal)
        .filter_map(|e| e.date.map(|d| (d.year, e.start)))
        .filter(|&(y, _)| y != 0);
    let (last, at) = years.next()?;
    // a bare year listed before it with one 年 for both (2023、2024年)
    let other = year_listed_before(&doc.text[s_start..at])
        .filter(|&y| y != last)
        .or_else(|| years.map(|(y, _)| y).find(|&y| y != last))?;
    let lead = doc.text.get(s_start..m_start)?;
    (lead.contains("分别") || lead.contains("分別")).then(|| (other.min(last), other.max(last)))
}

/// Whether a figure is one of a list handed out with 分别 (H20和H100的FP16
/// 算力分别为148 TFLOPS和989 TFLOPS; 2024年一至四季度…分别增长5.3%、
/// 4.7%…): 分别 earlier in its sentence, no full stop or semicolon since,
/// and at least two figures after it.
fn respective(doc: &Doc, fig: &Figure) -> bool {
    let Some(super::entity::Respective { from, .. }) = super::entity::respectively(doc, fig) else {
        return false;
    };
    let first = doc.mentions.partition_point(|m| m.start < from);
    doc.mentions[first..]
        .iter()
        .take(2)
        .filter(|m| m.start < fig.s.end)
        .count()
        >= 2
}

/// Whether a sentence before a figure lists quarters with one 季 for all
/// (去年第一、二、三、四季…分別增長, 一、二、三、四季度中国…分别增长) and
/// hands figures out over them with 分别.
fn quarters_listed(lead: &str) -> bool {
    static LIST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[一二三四1-4１-４](?:[、，,和及與与][一二三四1-4１-４])+(?:季|財季|财季)")
            .expect("the pattern builds")
    });
    lead.contains('季') && (lead.contains("分别") || lead.contains("分別")) && LIST.is_match(lead)
}

/// Whether a figure is one of a list after a range of quarters written
/// with 至 or 到 (2024年第一至第四季度…增速为5.3%、4.7%、4.6%和5.4%): each
/// is one quarter's, which one is not read.
fn quarter_range_listed(doc: &Doc, fig: &Figure) -> bool {
    static RANGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"[一二三四1-4１-４](?:季度|季)?(?:至|到|-|－|—|~|～)第?[一二三四1-4１-４](?:季|財季|财季)")
            .expect("the pattern builds")
    });
    let lead = &doc.text[fig.s.start..fig.m.start];
    in_a_list(doc, fig) && lead.contains('季') && RANGE.is_match(lead)
}

/// Whether a figure stands in a list of figures: another one of its kind
/// right after it past 、 or 和 (5.3%、4.7%), or right before it (4.6%和
/// 5.4%).
fn in_a_list(doc: &Doc, fig: &Figure) -> bool {
    // (not a comma: 第四季度增长5.4%，全年增长5.0% goes on to another
    // period; and a figure of the same kind)
    const SEPARATORS: &[&str] = &["、", "和", "及", "与", "與"];
    let same_kind = |n: &Mention| n.kind == fig.m.kind && n.unit == fig.m.unit;
    let after = &doc.text[fig.m.end..fig.s.end];
    let next = SEPARATORS
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .is_some_and(|rest| {
            let at = fig.s.end - rest.len();
            doc.mentions
                .get(fig.k + 1)
                .is_some_and(|n| n.start == at && same_kind(n))
        });
    let before = &doc.text[fig.s.start..fig.m.start];
    let prev = SEPARATORS
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .is_some_and(|rest| {
            let at = fig.s.start + rest.len();
            fig.k > 0 && doc.mentions[fig.k - 1].end == at && same_kind(&doc.mentions[fig.k - 1])
        });
    next || prev
}

/// The year written bare right before a year with 年 and a word that lists
/// them (`2023、` of `2023、2024年`, `2023和`): the two share the 年.
fn year_listed_before(before: &str) -> Option<i32> {
    let rest = before.trim_end();
    let rest = ["、", "和", "及", "与", "與", ",", "，"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))?
        .trim_end();
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let year: i32 = rest.get(rest.len() - digits..)?.parse().ok()?;
    (digits == 4 && (1900..2100).contains(&year)).then_some(year)
}

/// The characters of a part of a fiscal year written between its label
/// and the end date that defines it (2025财年第四季度（截至…）, 第4季).
const PART_OF_FISCAL_YEAR: &str = "第一二三四1234Qq季度财財上下半全年 ";

/// The day a fiscal period ended, as the text states it with its year
/// (`2025會計年度第4季（截至2026年1月25日）`), when the figure's time is a
/// fiscal label: after 截至 or 截止 right after the label and its part of
/// the year, in a bracket or not (a 截至 date elsewhere in the sentence
/// dates something else: 截至3月7日，公司股价…).
pub(super) fn fiscal_end(doc: &Doc, time: Option<usize>) -> Option<crate::date::Date> {
    let t = time?;
    let label = &doc.mentions[t];
    if !label.fiscal {
        return None;
    }
    let s = &doc.sentences[doc.sentence_of[t]];
    let first = doc.mentions.partition_point(|m| m.start < label.end);
    doc.mentions[first..]
        .iter()
        .take_while(|m| m.start < s.end && m.start <= label.end + 40)
        .find_map(|m| {
            let d = m.date.filter(|d| d.year != 0 && d.day.is_some())?;
            let before = doc.text[label.end..m.start].trim_end();
            let before = before
                .strip_suffix(['于', '於'])
                .unwrap_or(before)
                .trim_end();
            let part = ["截至", "截止"]
                .iter()
                .find_map(|w| before.strip_suffix(w))?
                .trim_end()
                .trim_end_matches(['（', '(', '，', ',']);
            (m.kind == Kind::Date && part.chars().all(|c| PART_OF_FISCAL_YEAR.contains(c)))
                .then_some(d)
        })
}

/// A fiscal year label earlier in the article is the period of figures
/// from a results report (2025財政年度…全年收入), and the year before it
/// when the sentence says so (上一財年). A paragraph with a date of its own
/// is about that date (上月27日); a quarter named keeps the figure in the
/// fiscal report (第四財季（即截至1月26日的季度）).
fn fiscal_carry(doc: &Doc, fig: &Figure, before: Before, link: &mut Link) {
    let (sentences, sentence_of) = (doc.sentences, doc.sentence_of);
    let Some(f) = before.fiscal.filter(|&f| {
        link.quarter_stated
            || before.date.is_none_or(|d| {
                d < f
                    || sentences[sentence_of[f]].paragraph == fig.s.paragraph
                        // (a calendar year the figure's own sentence names
                        // after a fiscal year of an earlier one is the
                        // figure's: 輝達公布2025財年財報。…台灣2024年經濟
                        // 成長率4.59%)
                        && !(sentence_of[d] == fig.si && sentence_of[f] != fig.si)
            })
    }) else {
        return;
    };
    // (上一財年 is the year before the one carried, not before the one the
    // sentence names right after it: 上一財年（2024財年）營收609億美元)
    let fs = doc.mentions[f].start;
    let glossed = fs >= fig.s.start && previous_fiscal_year(&doc.text[fig.s.start..fs]);
    let shift = if !glossed && previous_fiscal_year(&doc.text[fig.s.start..fig.m.start]) {
        1
    } else {
        0
    };
    link.fiscal_year = doc.mentions[f].date.map(|d| d.year - shift);
    // a quarter stated in the sentence stays the time (第四季營收…): the
    // check reads it as a quarter of that fiscal year; not for a figure
    // its clause says is the whole year's, the fiscal year named before
    // the quarter (公布2025财年业绩，第四季度营收393亿美元，全年营收1305亿
    // 美元; not a year the quarter is compared with after it, 较2024财年
    // 第四季度增长78%，全年…)
    let quarter = link
        .time
        .filter(|&t| sentence_of[t] == fig.si && doc.mentions[t].date_end.is_some());
    if quarter.is_none()
        || link.quarter.is_some()
        || link.whole_year_stated && quarter.is_some_and(|t| f < t)
    {
        link.time = Some(f);
    }
}

/// Whether time mention `t` is the period a change in the figure's
/// sentence starts from, the figure the one it changed to: 由 or 从 right
/// before the time, a figure of its own after it, and a verb of change to
/// the figure (营收由2024财年的475亿美元增至1152亿美元; not 从2024财年的…
/// 增长到2025财年的1152亿美元, which names the figure's own period).
fn period_of_origin(doc: &Doc, fig: &Figure, t: usize) -> bool {
    let tm = &doc.mentions[t];
    tm.start >= fig.s.start
        && tm.end <= fig.m.start
        && super::clause::starts_a_change(doc.text, fig.s.start, (tm.start, tm.end), fig.m.start)
}

/// For each sentence, whether it holds a period mark (see
/// [`has_period_mark`]): one pass over the document, as the quarter in
/// force changes only at those.
fn marked_sentences(doc: &Doc) -> Vec<bool> {
    let (text, sentences) = (doc.text.as_bytes(), doc.sentences);
    if !sentences.windows(2).all(|w| w[0].start <= w[1].start) {
        return sentences
            .iter()
            .map(|s| has_period_mark(&text[s.start..s.end]))
            .collect();
    }
    // the marks of the whole text, found by the fast byte searches, then
    // shared out: a sentence has one when the first mark at or after its
    // start also ends within it (marks do not overlap, so a later one ends
    // later still)
    let marks = period_marks(text);
    let mut next = 0;
    sentences
        .iter()
        .map(|s| {
            while marks.get(next).is_some_and(|&(at, _)| at < s.start) {
                next += 1;
            }
            marks.get(next).is_some_and(|&(_, end)| end <= s.end)
        })
        .collect()
}

/// Where the period marks of [`has_period_mark`] are in UTF-8 text, in
/// order: each a byte range (a mark's encoding in valid UTF-8 is always a
/// whole character).
fn period_marks(text: &[u8]) -> Vec<(usize, usize)> {
    let mut marks: Vec<(usize, usize)> = memchr::memchr2_iter(b'Q', b'q', text)
        .map(|at| (at, at + 1))
        .collect();
    for mark in ["季", "全", "整"] {
        marks.extend(memchr::memmem::find_iter(text, mark).map(|at| (at, at + mark.len())));
    }
    marks.sort_unstable();
    marks
}

/// Whether UTF-8 text holds a period mark, a character every period word
/// holds, quarter (季度, Q3) or year (全年, 整个财年): Q and q, and the
/// three characters whose encodings start with 0xE5 (季 E5 AD A3, 全 E5 85
/// A8) or 0xE6 (整 E6 95 B4). Read character by character, by their lead
/// bytes: a continuation byte is never one of those four, so the bytes
/// inside a character of three or four need no look.
fn has_period_mark(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0xE0 {
            // Q or q (no other byte is one of them with 0x20 set)
            if c | 0x20 == b'q' {
                return true;
            }
            i += 1;
        } else if c < 0xF0 {
            // a lead byte of three: 0xE5 or 0xE6, then the mark's own two
            if c.wrapping_sub(0xE5) < 2
                && matches!(
                    (c, b.get(i + 1..i + 3)),
                    (0xE5, Some([0xAD, 0xA3] | [0x85, 0xA8])) | (0xE6, Some([0x95, 0xB4]))
                )
            {
                return true;
            }
            i += 3;
        } else {
            // a lead byte of four
            i += 4;
        }
    }
    false
}

/// Whether the Q at byte `i` of `b` is inside a word (FQ4, HQ1) rather
/// than a quarter, alone or after its year of two or four digits, itself
/// alone or after FY (Q4, 25Q4, 2025Q3, FY25Q4, FY2025Q4), or after FY
/// and a year (24FYQ4, a broker's label).
fn q_inside_word(b: &[u8], i: usize) -> bool {
    // (how many digits end at byte `end`)
    let digits_to = |end: usize| {
        b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let digits = digits_to(i);
    if digits == 0 {
        // (a year before FY: 24FYQ4, 2024FYQ4, a broker's label)
        if i >= 2 && b[i - 2..i].eq_ignore_ascii_case(b"FY") {
            let year = digits_to(i - 2);
            let word = i - 2 - year;
            return !matches!(year, 0 | 2 | 4) || word > 0 && b[word - 1].is_ascii_alphanumeric();
        }
        return i > 0 && b[i - 1].is_ascii_alphanumeric();
    }
    if digits != 2 && digits != 4 {
        return true;
    }
    let year = i - digits;
    let fy = year >= 2 && b[year - 2..year].eq_ignore_ascii_case(b"FY");
    let word = if fy { year - 2 } else { year };
    word > 0 && b[word - 1].is_ascii_alphanumeric()
}

/// A period word of a sentence (`第四財季`, `第4季`, `四季度`, `Q4`,
/// `首季` for a quarter; `全年`, `全財年`, `整个财年` for a whole year).
#[derive(Clone, Copy, Debug, PartialEq)]
struct PeriodWord {
    /// Where it starts.
    at: usize,
    /// Where its shortest reading ends (第四季 of 第四季度).
    end: usize,
    /// `Some(q)` for a quarter, `None` for a whole year.
    q: Option<u8>,
    /// A Q word with an ASCII digit after it (Q42): a period word only in
    /// a text that ends right after its own digit.
    digit_after: bool,
}

impl PeriodWord {
    /// Whether the word is a period word of the sentence's first `len`
    /// bytes (every check but Q's digit lookahead reads before `end`).
    fn holds_in(&self, len: usize) -> bool {
        len == self.end || (len > self.end && !self.digit_after)
    }
}

/// The last period word of `s`, if it has any: `Some(Some(q))` for a
/// quarter, `Some(None)` for a whole year.
#[cfg(test)]
fn last_period_word(s: &str) -> Option<Option<u8>> {
    last_of(&period_words(s), s.len())
}

/// The last of a sentence's period `words` in its first `len` bytes (a
/// char boundary), if any: `Some(Some(q))` for a quarter, `Some(None)` for
/// a whole year. No two words start at one place.
fn last_of(words: &[PeriodWord], len: usize) -> Option<Option<u8>> {
    words
        .iter()
        .filter(|w| w.holds_in(len))
        .max_by_key(|w| w.at)
        .map(|w| w.q)
}

/// Whether the last period words of sentence `s` are a quarter and the
/// whole year joined by a conjunction, in either order (第四季度及全年,
/// 全年及第四季度, Q4和全年, 第四財季暨全年).
fn quarter_and_year_joined(words: &[PeriodWord], s: &str) -> bool {
    const JOINS: &[&str] = &["及", "和", "与", "與", "以及", "暨", "、", "及其"];
    let mut held = words
        .iter()
        .filter(|w| w.holds_in(s.len()))
        .collect::<Vec<_>>();
    held.sort_by_key(|w| w.at);
    let [.., a, b] = held[..] else {
        return false;
    };
    if a.q.is_some() == b.q.is_some() || b.at < a.end {
        return false;
    }
    let gap = s[a.end..b.at].trim_start_matches('度').trim();
    // (the year may be named again after the conjunction: 第四季度以及2025
    // 财年全年)
    JOINS.iter().any(|j| {
        gap.strip_prefix(j).is_some_and(|rest| {
            let rest = rest.trim();
            let year = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.is_empty()
                || (year.len() + 4 == rest.len()
                    && ["财年", "財年", "年", "财政年度", "財政年度"].contains(&year))
        })
    })
}

/// The year a change is measured from: `比`, `较` or `較`, a year and a
/// verb of change (`比2020年末提高`), with no digit between it and the
/// figure (`較2023年的3.2%` names the base's own figure, not a change).
fn base_year(lead: &str) -> Option<i32> {
    // (each of 比, 较, 較 is three bytes)
    let at = lead.rfind(['比', '较', '較'])?;
    let rest = &lead[at + '比'.len_utf8()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let changed = crate::extract::CHANGE_VERBS
        .iter()
        .any(|v| after.contains(v));
    if digits != 4
        || !after.starts_with('年')
        || after.bytes().any(|b| b.is_ascii_digit())
        || !changed
    {
        return None;
    }
    rest[..4].parse().ok()
}

/// Every period word of sentence `s`, each with where it ends, so that the
/// words of any beginning of `s` are told without reading it again.
fn period_words(s: &str) -> Vec<PeriodWord> {
    let mut words = Vec::new();
    // every period word holds one of these (most sentences hold none)
    if !has_period_mark(s.as_bytes()) {
        return words;
    }
    let mut note = |at: usize, end: usize, q: Option<u8>, digit_after: bool| {
        words.push(PeriodWord {
            at,
            end,
            q,
            digit_after,
        })
    };
    let digit = |c: char| match c {
        '一' | '1' | '１' => Some(1),
        '二' | '2' | '２' => Some(2),
        '三' | '3' | '３' => Some(3),
        '四' | '4' | '４' => Some(4),
        _ => None,
    };
    // read byte by byte: every quarter word starts with Q, 第 or 首 or
    // holds 季度 after its digit, so other bytes are passed over
    // (character by character: a byte inside a character is none of these;
    // the words for a whole year, which start with 全 or 整, are noted
    // after the quarters')
    let mut annual = Vec::new();
    let b = s.as_bytes();
    let mut next = 0;
    while next < b.len() {
        let i = next;
        next += match b[i] {
            0..0xC0 => 1,
            0xC0..0xE0 => 2,
            0xE0..0xF0 => 3,
            _ => 4,
        };
        match b[i] {
            b'Q' | b'q' => {
                let prev_alnum = q_inside_word(b, i);
                let mut it = s[i + 1..].chars();
                if let (false, Some(d)) = (prev_alnum, it.next()) {
                    if let Some(q) = digit(d) {
                        let end = i + 1 + d.len_utf8();
                        let digit_after = it.next().is_some_and(|n| n.is_ascii_digit());
                        note(i, end, Some(q), digit_after);
                    }
                }
            }
            0xE7 if s[i..].starts_with('第') => {
                // (a space either side of the digit: Taiwan's 第 1 季)
                let rest = &s[i + '第'.len_utf8()..];
                let mut it = rest.strip_prefix(' ').unwrap_or(rest).chars();
                if let Some(q) = it.next().and_then(digit) {
                    let tail = it.as_str();
                    let tail = tail.strip_prefix(' ').unwrap_or(tail);
                    // the shortest word that follows ends it
                    let after = ["财季", "財季", "季度", "季", "個財季", "个财季"]
                        .iter()
                        .filter(|w| tail.starts_with(**w))
                        .map(|w| w.len())
                        .min();
                    if let Some(n) = after {
                        note(i, s.len() - tail.len() + n, Some(q), false);
                    }
                }
            }
            0xE9 if s[i..].starts_with("首季") => note(i, i + "首季".len(), Some(1), false),
            // 三季度: the digit before, unless 第 comes before it, or it is
            // the 一 of one quarter counted (上一季度, 每一季度)
            0xE5 if s[i..].starts_with("季度") => {
                if let Some(c) = s[..i].chars().next_back() {
                    let at = i - c.len_utf8();
                    if let (Some(q), false) =
                        (digit(c), s[..at].ends_with('第') || one_counted(s, at, c))
                    {
                        note(at, i + "季度".len(), Some(q), false);
                    }
                }
            }
            _ => {}
        }
        if matches!(b[i], 0xE5 | 0xE6) && ANNUAL_WORDS.iter().any(|w| s[i..].starts_with(w)) {
            annual.push(i);
        }
    }
    for at in annual {
        let n = ANNUAL_WORDS
            .iter()
            .filter(|w| s[at..].starts_with(**w))
            .map(|w| w.len())
            .min();
        if let Some(n) = n {
            note(at, at + n, None, false);
        }
    }
    words
}

/// Words for a whole year.
/// The part of a year a time names: a month (5月份), or months of one
/// year (1至5月, 三季度) short of the whole; not a day, nor a year's end
/// (2024年末, read as its last month).
fn part_of_year(t: &Mention) -> Option<YearPart> {
    match (t.date, t.date_end) {
        (Some(a), None) => (a.month.is_some() && a.day.is_none()).then_some(YearPart::Month),
        (Some(a), Some(b)) => (a.month.is_some()
            && b.month.is_some()
            && a.year == b.year
            && a.month != b.month
            && (a.month, b.month) != (Some(1), Some(12)))
            .then_some(YearPart::Months),
        _ => None,
    }
}

/// Where a sentence first says its figures are a whole year's: 全年,
/// 年度, 整年, 过去一年 (not a target, 全年目标, nor 半年度), or a change on
/// the year before (比上年增长, 比去年上升; not 比上年同期, 比上年同月,
/// 比上年四季度 or 比上年上半年, a part of the year against the same part).
fn whole_year_said_at(sentence: &str) -> Option<usize> {
    // (besides the words for a whole year, ANNUAL_WORDS)
    const WHOLE: &[&str] = &["年度", "整年", "一年来", "一年來", "过去一年", "過去一年"];
    const ON_YEAR_BEFORE: &[&str] = &[
        "比上年",
        "较上年",
        "較上年",
        "比前一年",
        "较前一年",
        "較前一年",
        "比去年",
        "较去年",
        "較去年",
    ];
    const TARGETS: &[&str] = &[
        "目标", "目標", "计划", "計劃", "任务", "任務", "预期", "預期", "预测", "預測",
    ];
    const PARTS: &[&str] = &[
        "同", "第", "一", "二", "三", "四", "前", "首", "1", "2", "3", "4", "上半", "下半",
    ];
    // (every word holds 年: most sentences have none)
    if !sentence.contains('年') {
        return None;
    }
    let first = |words: &[&str], ok: &dyn Fn(usize, &str) -> bool| {
        words
            .iter()
            .filter_map(|w| sentence.match_indices(w).find(|&(i, w)| ok(i, w)))
            .map(|(i, _)| i)
            .min()
    };
    let no_target = |i: usize, w: &str| {
        let after = sentence[i + w.len()..].trim_start_matches(['的', '之']);
        !sentence[..i].ends_with('半') && !TARGETS.iter().any(|t| after.starts_with(t))
    };
    let no_part = |i: usize, w: &str| !PARTS.iter().any(|p| sentence[i + w.len()..].starts_with(p));
    [
        first(&ANNUAL_WORDS, &no_target),
        first(WHOLE, &no_target),
        first(ON_YEAR_BEFORE, &no_part),
    ]
    .into_iter()
    .flatten()
    .min()
}

const ANNUAL_WORDS: [&str; 6] = ["全年", "全財年", "全财年", "整個財年", "整个财年", "全年度"];

/// Where the words for a whole year start in `s`. Every such word starts
/// with 全 or 整, whose encodings end in 0xA8 and 0xB4: those bytes are
/// looked for, and each that ends a 全 or 整 starting a word is one.
#[cfg(test)]
fn annual_word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr2_iter(0xA8, 0xB4, s.as_bytes())
        .filter_map(|i| i.checked_sub(2))
        .filter(|&at| {
            s.get(at..)
                .is_some_and(|rest| ANNUAL_WORDS.iter().any(|w| rest.starts_with(w)))
        })
}

/// Whether a date opens a sentence, or its clause, set out as a
/// comparison (作为对比，2024财年营收为609亿美元): its period is its own
/// figures' and is not carried to the sentences after it.
fn sets_out_a_comparison(doc: &Doc, fig: &Figure) -> bool {
    let before = doc.text[fig.s.start..fig.m.start].trim_end();
    let opened = before
        .strip_suffix(['，', ',', '：', ':'])
        .unwrap_or(before)
        .trim_end();
    [
        "作为对比",
        "作為對比",
        "相比之下",
        "对比之下",
        "對比之下",
        "相较之下",
        "相較之下",
    ]
    .iter()
    .any(|w| opened.ends_with(w))
}

/// A date named only as the base of a comparison or the start of a span
/// (比2023年, 與112年同季比較, 远低于2024年的954万人, 自2020年3月16日以來,
/// 前年高基數效應): not the time of the figures around it.
fn is_reference_date(text: &str, m: &Mention) -> bool {
    let before = text[..m.start].trim_end();
    let after = text[m.end..].trim_start();
    [
        "比", "较", "較", "与", "與", "和", "同", "对比", "對比", "相较", "相較", "自", "自从",
        "自從", "从", "從", "继", "繼",
    ]
    .iter()
    .any(|w| before.ends_with(w))
        || outdone_date(text, m)
        || [
            "相比",
            "比较",
            "比較",
            "同期",
            "同季",
            "以来",
            "以來",
            "起",
            "开始",
            "開始",
            "之后",
            "之後",
            "高基数",
            "高基數",
            "低基数",
            "低基數",
            "基数",
            "基數",
            "基期",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Whether a date is named after a word of outdoing or falling short
/// (远低于2024年的954万人, 遠超過去年9月3日蒸發的2790億美元): the date of
/// the figure its clause compares with, not of the figures after it.
fn outdone_date(text: &str, m: &Mention) -> bool {
    const OUTDONE: &[&str] = &[
        "低于", "低於", "高于", "高於", "多于", "多於", "少于", "少於", "大于", "大於", "小于",
        "小於", "不及", "不如", "逊于", "遜於", "超过", "超過",
    ];
    let before = text[..m.start].trim_end();
    OUTDONE.iter().any(|w| before.ends_with(w))
}

/// Words of the period before the one a sentence reports, longest first.
const PERIOD_BEFORE: &[&str] = &[
    "上一年度",
    "上一年末",
    "前一年末",
    "上年同期",
    "去年同期",
    "上一季度",
    "上個季度",
    "上个季度",
    "上年度",
    "上一年",
    "前一年",
    "上年末",
    "一年前",
    "上一季",
    "上季度",
    "上个月",
    "上個月",
    "上一期",
    "上年",
    "上季",
    "上月",
    "上期",
    "前值",
];

/// Words that may stand between such a word and its figure, longest first.
const LINKING: &[&str] = &[
    "全年度",
    "全年",
    "仅为",
    "僅為",
    "只有",
    "则为",
    "則為",
    "达到",
    "達到",
    "的",
    "为",
    "為",
    "是",
    "达",
    "達",
    "约",
    "約",
    "仅",
    "僅",
    "只",
    "也",
    "亦",
];

/// The last characters of [`PERIOD_BEFORE`] and [`LINKING`] (a test holds
/// them to the lists).
const PERIOD_WORD_ENDS: [char; 23] = [
    '仅', '僅', '只', '有', '为', '為', '到', '的', '是', '达', '達', '约', '約', '也', '亦', '年',
    '末', '期', '度', '季', '月', '前', '值',
];

/// The word of the period before the sentence's that a figure's clause
/// ends with, up to a few linking words (与上年的5.2%相比, 上年末为66.16%,
/// 而上一年仅为902万人, 前值为5.2%): the figure is that period's. (比上年
/// 增长5% is this period's growth: a verb stands between.)
fn period_before(lead: &str) -> Option<&'static str> {
    let mut rest = lead.trim_end();
    // (most leads end with none of the words' last characters)
    if !rest.ends_with(PERIOD_WORD_ENDS) {
        return None;
    }
    for _ in 0..3 {
        match LINKING.iter().find(|w| rest.ends_with(**w)) {
            Some(w) => rest = &rest[..rest.len() - w.len()],
            None => break,
        }
    }
    PERIOD_BEFORE.iter().copied().find(|w| rest.ends_with(w))
}

/// The part of a year the figure's clause names before it (年末, 上半年)
/// when its time comes from before the clause and covers other months:
/// the figure is of the part its clause names, which no mention dates.
fn other_part_of_year(doc: &Doc, fig: &Figure, time: Option<usize>) -> Option<&'static str> {
    // (the time first: most figures' is in their own clause, or none)
    let t = &doc.mentions[time?];
    if t.start >= fig.cl_start {
        return None;
    }
    let from = t.date?.month?;
    let to = t.date_end.or(t.date)?.month?;
    // every part holds 年: the lead is read at each 年 it holds
    // (the clause's lead from its first word: past the separator)
    let lead = doc.text[fig.cl_start..fig.m.start]
        .trim_start_matches(['，', ',', '；', ';', '：', ':', '、', ' ', '\u{3000}']);
    let (word, a, b) = lead.match_indices('年').find_map(|(i, _)| {
        let rest = &lead[i + '年'.len_utf8()..];
        let (word, a, b, start) = match lead[..i].strip_suffix('半') {
            Some(l) if l.ends_with('上') => ("上半年", 1, 6, l.len() - '上'.len_utf8()),
            Some(l) if l.ends_with('下') => ("下半年", 7, 12, l.len() - '下'.len_utf8()),
            _ => {
                let (w, a, b) = match rest.chars().next()? {
                    '末' => ("年末", 12, 12),
                    '底' => ("年底", 12, 12),
                    // (年中国…: 中 begins the country's name)
                    '中' if !rest[3..].starts_with(['国', '國']) => ("年中", 6, 7),
                    '初' => ("年初", 1, 2),
                    _ => return None,
                };
                (w, a, b, i)
            }
        };
        let after = &lead[start + word.len()..];
        let before = &lead[..start];
        // the part as a word of its own: at the clause's start or after a
        // year (2024年年末, 今年年初), not inside another (近年中); not a
        // comparison base or a starting point (较上半年, 年初以来, 年底前)
        let own_word = before.is_empty()
            || before.ends_with(['年', '今', '去', '同', '当', '當', '本', '明', ' '])
            || before.ends_with(|c: char| c.is_ascii_digit());
        let base = ["较", "較", "比", "与", "與", "自", "从", "從"]
            .iter()
            .any(|w| before.ends_with(w))
            || ["以来", "以來", "至今", "前", "起", "开始", "開始"]
                .iter()
                .any(|w| after.starts_with(w));
        (own_word && !base).then_some((word, a, b))
    })?;
    // the time's months inside the part are of it (1月27日 is 年初's), and
    // so is a part that ends the time (第四季…。年底人口… is the end of that
    // fourth quarter; not 年初 or 年中 after 1至12月)
    let inside = b == to && a >= from;
    (!inside && (from < a || to > b)).then_some(word)
}

/// Whether a sentence up to a figure says the figure is of the fiscal year
/// before the one the article reports (上一財年, 上个财年, 前一財政年度).
fn previous_fiscal_year(lead: &str) -> bool {
    // (every word holds 财 or 財: most leads have neither)
    lead.contains(['财', '財'])
        && [
            "上一財年",
            "上一财年",
            "上個財年",
            "上个财年",
            "上財年",
            "上财年",
            "前一財年",
            "前一财年",
            "上一財政年度",
            "上一财政年度",
            "上個財政年度",
            "上个财政年度",
        ]
        .iter()
        .any(|w| {
            // (not the base a change is counted against when the change is the
            // figure: 較上一財年增長114%, 与上一财年相比增长114%; the base's own
            // figure is that year's: 較上一財年的609億美元)
            lead.match_indices(w).any(|(i, _)| {
                let before = lead[..i].trim_end();
                let after = &lead[i + w.len()..];
                !([
                    "比", "较", "較", "与", "與", "同", "相较", "相較", "对比", "對比", "相比",
                ]
                .iter()
                .any(|c| before.ends_with(c))
                    && CHANGE_VERBS.iter().any(|c| after.contains(c)))
            })
        })
}

/// Verbs of a change counted against a base (增长114%, 下降).
const CHANGE_VERBS: &[&str] = &[
    "增长", "增長", "成长", "成長", "上升", "上涨", "上漲", "下降", "下跌", "下滑", "减少", "減少",
    "增加", "提升", "提高", "翻", "增幅", "跌幅", "涨幅", "漲幅", "大增", "激增", "跃升", "躍升",
];

/// Whether the digit `c` at `at` is the 一 of one quarter counted (see
/// [`crate::date::counts_one_quarter`]), not the first quarter.
fn one_counted(s: &str, at: usize, c: char) -> bool {
    c == '一' && crate::date::counts_one_quarter(&s[..at])
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;
    use super::*;

    #[test]
    fn the_last_annual_word_is_the_last_of_any() {
        for s in [
            "全年收入",
            "2024年全年，整个财年的收入，全財年",
            "全年度与全年",
            "整整一年全",
            "",
            "第四季",
            "全全年整个财年",
        ] {
            let want = ANNUAL_WORDS.iter().filter_map(|w| s.rfind(w)).max();
            assert_eq!(annual_word_starts(s).last(), want, "{s}");
        }
    }

    #[test]
    fn period_marks_by_bytes_are_the_marks() {
        for (text, want) in [
            ("第四季度收入", true),
            ("2024年Q3", true),
            ("q1", true),
            ("全年", true),
            ("整个财年", true),
            ("上半年收入增长", false),
            ("季", true),
            ("", false),
            ("亿美元", false),
            ("é季", true),
            ("😀全", true),
            ("é😀q", true),
            ("é😀亿", false),
        ] {
            assert_eq!(has_period_mark(text.as_bytes()), want, "{text}");
            let by_chars = ["季", "Q", "q", "全", "整"]
                .iter()
                .any(|m| text.contains(m));
            assert_eq!(by_chars, want, "{text}");
            assert_eq!(!period_marks(text.as_bytes()).is_empty(), want, "{text}");
        }
        // every character starting with 0xE5 or 0xE6 other than the marks
        for c in ('\u{5000}'..='\u{6FFF}').filter(|c| !"季全整".contains(*c)) {
            assert!(!has_period_mark(c.to_string().as_bytes()), "{c}");
        }
    }

    /// The marks found by their last bytes are those a search of each
    /// finds, and the period words read character by character are those
    /// read at every byte.
    #[test]
    fn marks_and_words_are_those_found_byte_by_byte() {
        let pieces = [
            "季",
            "全",
            "整",
            "Q",
            "q",
            "第",
            "四",
            "4",
            "季度",
            "首季",
            "财季",
            "年",
            "個",
            "全年",
            "整个财年",
            "亿",
            "é",
            "😀",
            "嗎",
            "3",
        ];
        let mut next = crate::testing::xorshift(47);
        for _ in 0..20_000 {
            let text = crate::testing::pieces_text(&mut next, &pieces, 12);
            let b = text.as_bytes();
            let mut want: Vec<(usize, usize)> = memchr::memchr2_iter(b'Q', b'q', b)
                .map(|at| (at, at + 1))
                .collect();
            for mark in ["季", "全", "整"] {
                want.extend(memchr::memmem::find_iter(b, mark).map(|at| (at, at + mark.len())));
            }
            want.sort_unstable();
            assert_eq!(period_marks(b), want, "{text}");
            assert_eq!(
                period_words(&text),
                period_words_at_every_byte(&text),
                "{text}"
            );
        }
    }

    /// [`period_words`] as it read before, looking at every byte.
    fn period_words_at_every_byte(s: &str) -> Vec<PeriodWord> {
        let mut words = Vec::new();
        if !has_period_mark(s.as_bytes()) {
            return words;
        }
        let mut note = |at: usize, end: usize, q: Option<u8>, digit_after: bool| {
            words.push(PeriodWord {
                at,
                end,
                q,
                digit_after,
            })
        };
        let digit = |c: char| match c {
            '一' | '1' | '１' => Some(1),
            '二' | '2' | '２' => Some(2),
            '三' | '3' | '３' => Some(3),
            '四' | '4' | '４' => Some(4),
            _ => None,
        };
        let b = s.as_bytes();
        for i in 0..b.len() {
            match b[i] {
                b'Q' | b'q' => {
                    let prev_alnum = q_inside_word(b, i);
                    let mut it = s[i + 1..].chars();
                    if let (false, Some(d)) = (prev_alnum, it.next()) {
                        if let Some(q) = digit(d) {
                            let end = i + 1 + d.len_utf8();
                            let digit_after = it.next().is_some_and(|n| n.is_ascii_digit());
                            note(i, end, Some(q), digit_after);
                        }
                    }
                }
                0xE7 if s[i..].starts_with('第') => {
                    let mut it = s[i + '第'.len_utf8()..].chars();
                    if let Some(q) = it.next().and_then(digit) {
                        let tail = it.as_str();
                        let after = ["财季", "財季", "季度", "季", "個財季", "个财季"]
                            .iter()
                            .filter(|w| tail.starts_with(**w))
                            .map(|w| w.len())
                            .min();
                        if let Some(n) = after {
                            note(i, s.len() - tail.len() + n, Some(q), false);
                        }
                    }
                }
                0xE9 if s[i..].starts_with("首季") => note(i, i + "首季".len(), Some(1), false),
                0xE5 if s[i..].starts_with("季度") => {
                    if let Some(c) = s[..i].chars().next_back() {
                        let at = i - c.len_utf8();
                        if let (Some(q), false) = (
                            digit(c),
                            s[..at].ends_with('第') || super::one_counted(s, at, c),
                        ) {
                            note(at, i + "季度".len(), Some(q), false);
                        }
                    }
                }
                _ => {}
            }
        }
        for at in annual_word_starts(s) {
            let n = ANNUAL_WORDS
                .iter()
                .filter(|w| s[at..].starts_with(**w))
                .map(|w| w.len())
                .min();
            if let Some(n) = n {
                note(at, at + n, None, false);
            }
        }
        words
    }

    #[test]
    fn period_words_read_quarters_and_whole_years() {
        assert_eq!(last_period_word("輝達第四財季收入"), Some(Some(4)));
        assert_eq!(last_period_word("2024年Q3营收"), Some(Some(3)));
        assert_eq!(last_period_word("首季"), Some(Some(1)));
        assert_eq!(last_period_word("三季度"), Some(Some(3)));
        // one quarter counted is no first quarter
        assert_eq!(last_period_word("与上一季度相比"), None);
        assert_eq!(last_period_word("每一季度"), None);
        assert_eq!(last_period_word("一季度"), Some(Some(1)));
        assert_eq!(last_period_word("第4季"), Some(Some(4)));
        // the last word wins: a whole year after a quarter ends it
        assert_eq!(last_period_word("第四財季收入，全年收入"), Some(None));
        assert_eq!(last_period_word("全年收入，第二季"), Some(Some(2)));
        // a Q inside a word, or a number after Q, is not a quarter
        assert_eq!(last_period_word("FQ4"), None);
        assert_eq!(last_period_word("Q42"), None);
        // a quarter after its year, or a fiscal year (FY25Q4)
        assert_eq!(last_period_word("FY25Q4營收"), Some(Some(4)));
        assert_eq!(last_period_word("FY2025Q4营收"), Some(Some(4)));
        assert_eq!(last_period_word("2025Q3营收"), Some(Some(3)));
        assert_eq!(last_period_word("A25Q4"), None);
        assert_eq!(last_period_word("123Q4"), None);
        assert_eq!(last_period_word("收入"), None);
        assert_eq!(last_period_word("全財年收入"), Some(None));
        assert_eq!(last_period_word("第四財季收入"), Some(Some(4)));
    }

    /// The reading before sentence-wide period words: each text read
    /// again, by a search per word.
    fn annual_words_by_search(s: &str) -> bool {
        ["全年", "全財年", "全财年", "整個財年", "整个财年"]
            .iter()
            .any(|w| s.contains(w))
    }

    fn last_annual_word_by_search(s: &str) -> Option<usize> {
        ANNUAL_WORDS.iter().filter_map(|w| s.rfind(w)).max()
    }

    fn last_period_word_before(s: &str) -> Option<Option<u8>> {
        // every period word holds one of these (most sentences hold none)
        if !has_period_mark(s.as_bytes()) {
            return None;
        }
        let mut best: Option<(usize, Option<u8>)> = None;
        let mut note = |at: usize, q: Option<u8>| {
            if best.is_none_or(|(b, _)| at >= b) {
                best = Some((at, q));
            }
        };
        let digit = |c: char| match c {
            '一' | '1' | '１' => Some(1),
            '二' | '2' | '２' => Some(2),
            '三' | '3' | '３' => Some(3),
            '四' | '4' | '４' => Some(4),
            _ => None,
        };
        // read byte by byte: every quarter word starts with Q, 第 or 首 or
        // holds 季度 after its digit, so other bytes are passed over
        let b = s.as_bytes();
        for i in 0..b.len() {
            match b[i] {
                b'Q' | b'q' => {
                    let prev_alnum = q_inside_word(b, i);
                    let mut it = s[i + 1..].chars();
                    if let (false, Some(q)) = (prev_alnum, it.next().and_then(digit)) {
                        if !it.next().is_some_and(|n| n.is_ascii_digit()) {
                            note(i, Some(q));
                        }
                    }
                }
                0xE7 if s[i..].starts_with('第') => {
                    let mut it = s[i + '第'.len_utf8()..].chars();
                    if let Some(q) = it.next().and_then(digit) {
                        let tail = it.as_str();
                        if ["财季", "財季", "季度", "季", "個財季", "个财季"]
                            .iter()
                            .any(|w| tail.starts_with(w))
                        {
                            note(i, Some(q));
                        }
                    }
                }
                0xE9 if s[i..].starts_with("首季") => note(i, Some(1)),
                // 三季度: the digit before, unless 第 comes before it
                0xE5 if s[i..].starts_with("季度") => {
                    if let Some(c) = s[..i].chars().next_back() {
                        let at = i - c.len_utf8();
                        if let (Some(q), false) = (digit(c), s[..at].ends_with('第')) {
                            note(at, Some(q));
                        }
                    }
                }
                _ => {}
            }
        }
        if annual_words_by_search(s) {
            if let Some(at) = last_annual_word_by_search(s) {
                note(at, None);
            }
        }
        best.map(|(_, q)| q)
    }

    #[test]
    fn a_sentences_period_words_read_any_beginning_as_itself() {
        let pieces = [
            "Q",
            "q",
            "F",
            "4",
            "1",
            "2",
            "第",
            "四",
            "一",
            "季",
            "度",
            "財",
            "财",
            "个",
            "個",
            "全",
            "年",
            "整",
            "首",
            "收入",
            "，",
            "１",
            "5",
            "a",
            "第4季度",
            "全年度",
        ];
        let mut next = crate::testing::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let s = crate::testing::pieces_text(&mut next, &pieces, 17);
            let words = period_words(&s);
            let ends: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            for &e in &ends {
                assert_eq!(
                    last_of(&words, e),
                    last_period_word_before(&s[..e]),
                    "{s} {e}"
                );
                for &a in ends.iter().filter(|&&a| a <= e) {
                    let annual = words
                        .iter()
                        .any(|w| w.q.is_none() && w.at >= a && w.end <= e);
                    assert_eq!(annual, annual_words_by_search(&s[a..e]), "{s} {a} {e}");
                }
            }
        }
    }

    #[test]
    fn a_bare_year_listed_before_another_shares_its_nian() {
        assert_eq!(super::year_listed_before("此后2023、"), Some(2023));
        assert_eq!(super::year_listed_before("中国2022、2023和 "), Some(2023));
        assert_eq!(super::year_listed_before("共有12023、"), None);
        assert_eq!(super::year_listed_before("增长5%，"), None);
        assert_eq!(super::year_listed_before("中国"), None);
    }

    #[test]
    fn every_period_word_ends_with_a_character_looked_for_first() {
        for w in super::PERIOD_BEFORE.iter().chain(super::LINKING) {
            let last = w.chars().next_back().expect("a word");
            assert!(super::PERIOD_WORD_ENDS.contains(&last), "{w}");
        }
    }

    #[test]
    fn a_figure_right_after_a_word_of_the_period_before_is_that_periods() {
        for (lead, word) in [
            ("与上年的", Some("上年")),
            ("上年末为", Some("上年末")),
            ("而上一年仅为", Some("上一年")),
            ("相当于上年全年", Some("上年")),
            ("上年全年的", Some("上年")),
            ("2024年全年", None),
            ("低於上年的", Some("上年")),
            ("前值为", Some("前值")),
            ("比上年增长", None),
            ("比上年末减少", None),
            ("2024年GDP为", None),
        ] {
            assert_eq!(super::period_before(lead), word, "{lead}");
        }
    }

    #[test]
    fn the_fiscal_year_before_is_named_as_such() {
        assert!(previous_fiscal_year("上一財年收入為"));
        assert!(previous_fiscal_year("上个财政年度"));
        assert!(!previous_fiscal_year("本財年收入為"));
        // the base of a comparison is not the figure's year
        assert!(!previous_fiscal_year(
            "2025財年收入為1,305億美元，較上一財年增長"
        ));
        assert!(!previous_fiscal_year("营收比上一财年增长"));
        assert!(!previous_fiscal_year("与上一财年相比增长"));
        assert!(previous_fiscal_year("较本财年，上一财年收入为"));
        // the base's own figure, and a quarter of that year, are its
        assert!(previous_fiscal_year("全年营收1305亿美元，较上一财年的"));
        assert!(previous_fiscal_year(
            "当季营收393亿美元，而上一财年同期营收为"
        ));
        assert!(!previous_fiscal_year(
            "季度收入393億美元，較上一財年同期的221億美元增長"
        ));
    }

    #[test]
    fn a_fiscal_label_is_the_period_and_the_year_before_shifts_it() {
        let l =
            linked("輝達公布2025財政年度業績。\n全年收入為1305億美元，上一財年收入為609億美元。");
        let this_year = l.link("1305億美元");
        assert_eq!(l.time("1305億美元"), Some("2025財政年度"));
        assert_eq!(this_year.fiscal_year, Some(2025));
        assert!(this_year.time_carried);
        let last_year = l.link("609億美元");
        assert_eq!(l.time("609億美元"), Some("2025財政年度"));
        assert_eq!(last_year.fiscal_year, Some(2024));
    }

    #[test]
    fn a_quarter_is_stated_carried_or_ended_by_a_whole_year() {
        let l = linked("輝達第四財季收入為393億美元。數據中心收入為356億美元。");
        assert_eq!(l.link("393億美元").quarter, Some(4));
        assert!(l.link("393億美元").quarter_stated);
        assert_eq!(l.link("356億美元").quarter, Some(4));
        assert!(!l.link("356億美元").quarter_stated);
        let l = linked("輝達第四財季收入為393億美元，全年收入為1305億美元。");
        assert_eq!(l.link("1305億美元").quarter, None);
    }

    #[test]
    fn a_comparison_base_date_is_its_figures_time_only() {
        let l = linked("中国2024年GDP增长5.0%，較2023年的5.2%放缓。");
        assert_eq!(l.time("5.0%"), Some("2024年"));
        assert_eq!(l.time("5.2%"), Some("2023年"));
        assert!(!l.link("5.0%").time_carried);
    }

    #[test]
    fn a_date_of_an_earlier_paragraph_is_carried() {
        let l = linked("DeepSeek-V3于去年12月发布。\n\n训练成本为557.6万美元。");
        assert_eq!(l.time("557.6万美元"), Some("去年12月"));
        assert!(l.link("557.6万美元").time_carried);
    }

    #[test]
    fn every_quarterly_word_holds_the_character_looked_for_first() {
        for w in super::QUARTERLY {
            assert!(w.contains('季'), "{w}");
        }
    }
}
