//! hecha (核查): fact-check the numbers in Chinese-language news.
//!
//! A document flows through six stages, each a module with its own type:
//!
//! 1. [`load`] — bytes (UTF-8, UTF-16, GBK, Big5) → [`load::Document`] with
//!    its as-of date;
//! 2. [`segment`] — sentences, paragraphs, page furniture, jieba tokens;
//! 3. [`extract`] — numeric [`extract::Mention`]s with exact spans and values;
//! 4. [`link`] — each mention's entity, metric, item and time;
//! 5. [`check`] — a [`check::Verdict`] against the sourced [`db::ClaimsDb`];
//! 6. [`report`] — an owned [`report::Report`] (JSON, Markdown).
//!
//! [`Pipeline`] owns everything that is built once (the database and its
//! indexes, jieba, the matchers) and checks one document at a time through
//! `&self`, so many threads can share it.
//!
//! ```
//! use hecha::{db::ClaimsDb, load, Pipeline};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let (db, problems) = ClaimsDb::load(std::path::Path::new("claims"))?;
//! assert!(problems.is_empty());
//! let pipeline = Pipeline::new(db);
//! let doc = load::document(
//!     "例".into(),
//!     "发表时间: 2025-02-11\n深度求索在DeepSeek-V3的论文中提及，只用了2,048颗H800。".into(),
//!     "UTF-8",
//!     None,
//!     None,
//! );
//! let report = pipeline.check(&doc);
//! assert_eq!(report.claims[0].verdict, hecha::check::Verdict::Supported);
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

pub mod check;
pub mod date;
pub mod db;
pub mod error;
pub mod extract;
pub mod findings;
pub mod guard;
pub mod link;
pub mod load;
pub mod published;
pub mod report;
pub mod segment;
#[cfg(test)]
mod testing;
pub mod words;

use check::Verdict;
use db::ClaimsDb;
use extract::{Extractor, Mention, Qualifier};
use findings::FindingKind;
use link::Linker;
use load::Document;
use report::{Counts, Coverage, Report};
use segment::{Segmenter, Sentence};

/// Everything built once and shared by all documents.
#[derive(Debug)]
pub struct Pipeline {
    /// The claims database.
    pub db: ClaimsDb,
    extractor: Extractor,
    segmenter: Segmenter,
    linker: Linker,
    html_fields: bool,
    report_text: bool,
}

/// Mentions of a document with the sentence each is in.
#[derive(Debug)]
pub struct Extracted {
    /// Sentences of the document.
    pub sentences: Vec<Sentence>,
    /// Every mention, in text order, with its role (page furniture's are
    /// labels; only claims are checked).
    pub mentions: Vec<Mention>,
    /// Sentence index of each mention.
    pub sentence_of: Vec<usize>,
    /// The article's local 元 when it is not the renminbi, and why.
    pub local_yuan: Option<extract::currency::LocalYuan>,
}

impl Pipeline {
    /// Build the pipeline: jieba with the database's words, the matchers.
    pub fn new(db: ClaimsDb) -> Pipeline {
        let words = Linker::dictionary_words(&db);
        let segmenter = Segmenter::new(words.iter().map(|s| s.as_str()));
        let linker = Linker::new(&db);
        Pipeline {
            db,
            extractor: Extractor::new(),
            segmenter,
            linker,
            html_fields: true,
            report_text: true,
        }
    }

    /// Whether reports keep the document's text ([`Report::text`], which
    /// the Markdown, HTML, ClaimReview and SARIF renderings read): yes
    /// unless turned off, as a batch that writes only JSON does.
    pub fn set_report_text(&mut self, on: bool) {
        self.report_text = on;
    }

    /// Whether claims get the fields only the HTML report shows
    /// ([`report::Claim::about_zh`], [`report::Claim::reference_in_unit`]):
    /// yes unless turned off, as a batch that writes no HTML does.
    pub fn set_html_fields(&mut self, on: bool) {
        self.html_fields = on;
    }

    /// The shared jieba segmenter.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Stages 2–3: sentences and every mention with its role.
    pub fn extract(&self, doc: &Document) -> Extracted {
        extract_document(&self.extractor, doc)
    }

    /// [`Pipeline::check`] behind the panic boundary: a bug that trips on
    /// this document becomes the document's own error report
    /// (`internal error: …`), never the batch's end.
    pub fn check_guarded(&self, doc: &Document) -> Report {
        match guard::catch(|| self.check(doc)) {
            Ok(r) => r,
            Err(panic) => Report::failed(doc.id.clone(), guard::internal_error(&doc.id, &panic)),
        }
    }

    /// All stages: check a document and build its report.
    pub fn check(&self, doc: &Document) -> Report {
        let Extracted {
            sentences,
            mentions,
            sentence_of,
            local_yuan,
        } = self.extract(doc);
        // digits inside a known name (通义千问2.5) are part of the name
        let occ = self.linker.occurrences(&doc.text);
        let names = Linker::alias_spans(&occ);
        let checked = |m: &Mention| {
            // only claims are checked: bare numbers, codes, labels and
            // periods are reported by `hecha extract`
            m.role == extract::Role::Claim && {
                // the mention starts inside a name (not at a currency word that
                // follows or leads it: 557.6万美元, 美元5亿)
                let i = names.partition_point(|&(_, e)| e <= m.start);
                names.get(i).is_none_or(|&(s, _)| s >= m.start)
            }
        };
        // (kept in place: a mention is large, and moved into new vectors
        // each was copied twice)
        let (mut mentions, mut sentence_of) = (mentions, sentence_of);
        let mut k = 0;
        sentence_of.retain(|_| {
            k += 1;
            checked(&mentions[k - 1])
        });
        mentions.retain(checked);
        let links = self.linker.link(
            &self.db,
            &self.segmenter,
            &doc.text,
            &sentences,
            &mentions,
            &sentence_of,
            doc.published,
            &occ,
        );
        // a bound written after a conversion applies to it too: 5亿美元(约39亿港元)以上
        for k in 0..mentions.len() {
            if let Some(p) = links[k].converts {
                let q = mentions[p].qualifier;
                if matches!(q, Qualifier::AtLeast | Qualifier::AtMost)
                    && mentions[k].value.is_some()
                {
                    let v = mentions[k].value.take();
                    if q == Qualifier::AtLeast {
                        mentions[k].low = v;
                    } else {
                        mentions[k].high = v;
                    }
                    mentions[k].qualifier = q;
                }
            }
        }
        let mut links = links;
        let findings = findings::find(&findings::Input {
            db: &self.db,
            text: &doc.text,
            sentences: &sentences,
            mentions: &mentions,
            sentence_of: &sentence_of,
            links: &links,
            published: doc.published,
        });
        // a part of a total the article adds up is not the whole, though
        // it shares the total's words (上下文扩展11.9万GPU小时…合计278.8万GPU小时)
        let mut conversions_of: rustc_hash::FxHashMap<usize, Vec<usize>> =
            rustc_hash::FxHashMap::default();
        for (k, l) in links.iter().enumerate() {
            if let Some(p) = l.converts {
                conversions_of.entry(p).or_default().push(k);
            }
        }
        for f in findings.iter().filter(|f| f.kind == FindingKind::Total) {
            let Some((&total, parts)) = f.mentions.split_last() else {
                continue;
            };
            let whole = (links[total].entity, links[total].metric);
            let touched: Vec<usize> = parts
                .iter()
                .flat_map(|&p| {
                    std::iter::once(p).chain(conversions_of.get(&p).into_iter().flatten().copied())
                })
                .collect();
            for k in touched {
                let own = links[k].converts.unwrap_or(k);
                // a part whose clause names its own measure, in a word only that
                // measure has (营运成本9.44亿, not 后训练), is that measure
                let named = links[own].metric_word.is_some_and(|(a, b)| {
                    let word = &doc.text[a..b];
                    a < mentions[own].start
                        && !doc.text[a..mentions[own].start].contains(['，', ',', '；', ';'])
                        && self
                            .db
                            .metrics
                            .iter()
                            .filter(|m| m.triggers.iter().any(|t| t == word))
                            .count()
                            == 1
                });
                if !named && whole.1.is_some() && (links[k].entity, links[k].metric) == whole {
                    links[k].scope.get_or_insert("合计中的一项");
                }
            }
        }
        let mut counts = Counts::default();
        let mut coverage = Coverage {
            numbers: mentions.len(),
            ..Coverage::default()
        };
        // a claim is large: grown a few times, the vector would copy them all
        let mut claims = Vec::with_capacity(mentions.len());
        let mut used_fact: Vec<Option<usize>> = vec![None; mentions.len()];
        let mut verdict_of: Vec<Option<check::Verdict>> = vec![None; mentions.len()];
        let mut misattributed_in: Option<(usize, usize)> = None;
        // (the article's dateline, read when a figure counts a day back)
        let dateline = std::cell::OnceCell::new();
        for (k, m) in mentions.iter().enumerate() {
            if links[k].is_time_context {
                continue;
            }
            if let Some(p) = links[k].converts {
                links[k].fact_hint = used_fact[p];
            }
            let time = links[k].time.map(|t| &mentions[t]);
            // a day named before the figure, unless a date of the figure
            // comes after it (周一…，去年9月创造的2790亿美元); read only for
            // a figure of a metric with facts of one day, the only facts
            // the check reads it for (most figures have none)
            let from = sentences[sentence_of[k]].start;
            links[k].day_named = links[k]
                .metric
                .filter(|&mi| self.db.has_day_facts(mi))
                .and_then(|_| date::DayNamed::last_in(&doc.text[from..m.start]))
                .filter(|&(at, _)| time.is_none_or(|t| t.start < from + at))
                .map(|(_, d)| d);
            // (a day counted back from a dateline's day, 1月15日电…昨日, or
            // from the day of publication named in the sentence; with no
            // other date in the sentence, from the article's dateline)
            if matches!(links[k].day_named, Some(date::DayNamed::Offset(d)) if d != 0) {
                let own = time.filter(|t| t.start >= from);
                let article =
                    *dateline.get_or_init(|| article_dateline(&doc.text, &sentences, &mentions));
                links[k].day_counted_from = match own {
                    Some(t) if is_dateline(&doc.text, t) || t.date == doc.published => t.date,
                    // (the writer's day, the dateline's, whatever other day
                    // the sentence names: …1月24日收盘价为…，昨日则收于…)
                    _ if article.is_some() => article,
                    // (after another day of the sentence, 1月14日…昨日, the day
                    // counted back is the writer's or that day's: unsaid)
                    Some(t) if t.date.is_some_and(|d| d.day.is_some()) => {
                        links[k].day_named = Some(date::DayNamed::Relative);
                        links[k].day_unsaid = true;
                        None
                    }
                    _ => None,
                }
                .filter(|d| d.day.is_some());
            }
            // (the names of the figure's sentence, for the figure it may
            // have meant instead)
            let s = &sentences[sentence_of[k]];
            let named = |e: usize| Linker::names_in(&occ, e, s.start, s.end);
            let said = check::Said {
                lead: &doc.text[s.start..m.start.max(s.start)],
                rest: &doc.text[m.end.min(s.end)..s.end],
                names: &named,
            };
            // (the sibling an earlier figure of the sentence was given to)
            let sibling = misattributed_in
                .filter(|&(si, _)| si == sentence_of[k])
                .map(|(_, e)| e);
            // (an exact amount in the currency of the same measure's other
            // metric is that metric's, in the report too: 16元（2.19美元）)
            if let (Some(mi), Some(ei)) = (links[k].metric, links[k].entity) {
                links[k].metric = Some(check::in_own_currency(&self.db, ei, mi, m));
            }
            let mut outcome =
                check::check(&self.db, m, &links[k], time, doc.published, &said, sibling);
            // a conversion of a figure the database contradicts carries its
            // error: the room the exchange rate leaves it supports nothing
            // (575.6万美元（约合人民币4220万元）)
            if outcome.verdict == check::Verdict::Supported
                && links[k]
                    .converts
                    .is_some_and(|p| verdict_of[p] == Some(check::Verdict::Contradicted))
            {
                outcome = check::Outcome::unverified(
                    check::Reason::ConvertsContradicted,
                    format!(
                        "{}；但它是文中一个与数据库不符的数字的换算，带着同样的错误",
                        outcome.explanation
                    ),
                );
            }
            verdict_of[k] = Some(outcome.verdict);
            if outcome.verdict == check::Verdict::Misattributed {
                misattributed_in = outcome
                    .fact
                    .and_then(|f| self.db.entity(&self.db.facts[f].entity))
                    .map(|e| (sentence_of[k], e));
            }
            used_fact[k] = outcome.fact;
            counts.add(outcome.verdict);
            let line = segment::line_at(&doc.text, &sentences[sentence_of[k]], m.start);
            // (pushed as made: a claim is large, and moving it through a
            // variable copied it once more)
            claims.push(report::claim(
                &self.db,
                &doc.text,
                m,
                line,
                &links[k],
                time,
                outcome,
                self.html_fields,
            ));
            coverage.add(&claims[claims.len() - 1]);
        }
        counts.findings = findings.len();
        counts.findings_failed = findings.iter().filter(|f| !f.holds).count();
        Report {
            id: doc.id.clone(),
            published: doc.published.map(report::iso_date),
            published_from: doc.published_from,
            encoding: Some(doc.encoding),
            url: doc.url.clone(),
            counts,
            coverage,
            claims,
            findings,
            local_currency: local_yuan.map(|l| format!("{}（依据“{}”）", l.unit, l.signal)),
            error: None,
            text: if self.report_text {
                doc.text.clone()
            } else {
                String::new()
            },
        }
    }
}

/// Stages 2–3 without a database: sentences and the mentions outside page
/// furniture.
pub fn extract_document(extractor: &Extractor, doc: &Document) -> Extracted {
    let mut sentences = segment::sentences(&doc.text);
    let mut all = extractor.extract(&doc.text, doc.published);
    // a bare 元 in a Taiwan or Hong Kong article is its local dollar
    let local_yuan = extract::currency::apply(&doc.text, &mut all);
    let mut sentence_of = Vec::with_capacity(all.len());
    // (the mentions stay where they are, in text order: a mention is
    // large, and moved into a new vector each was copied)
    all.retain_mut(|m| {
        let Some(si) = link::sentence_at(&sentences, m.start) else {
            return false;
        };
        // a piece cut from an over-long sentence may end inside a number:
        // the number stays whole, in the piece it starts in
        if m.end > sentences[si].end {
            sentences[si].end = m.end;
            for next in sentences[si + 1..].iter_mut() {
                if next.start >= m.end {
                    break;
                }
                next.start = m.end.min(next.end);
            }
        }
        if sentences[si].furniture || is_page_stamp(&doc.text, m) {
            // page furniture: a label, never a claim
            m.role = extract::Role::Label;
        } else if names_a_model_size(&doc.text, m) {
            m.role = extract::Role::Code;
        }
        sentence_of.push(si);
        true
    });
    Extracted {
        sentences,
        mentions: all,
        sentence_of,
        local_yuan,
    }
}

/// For `hecha extract`: dates that only frame another figure get the role
/// [`extract::Role::Frame`] — a date after 截至/截止/直至, or followed in its
/// own clause by another number (`1月27日早上下载量达260万次`). `hecha check`
/// leaves this to the linker, which also gives such dates to the figures
/// they frame.
pub fn mark_frames(text: &str, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.kind != extract::Kind::Date || m.role != extract::Role::Claim {
            continue;
        }
        let after_frame_word = ["截至", "截止", "直至"]
            .iter()
            .any(|w| text[..m.start].ends_with(w));
        let followed = mentions.get(k + 1).is_some_and(|n| {
            n.kind != extract::Kind::Date
                && n.role == extract::Role::Claim
                && text
                    .get(m.end..n.start)
                    .is_some_and(|g| !g.contains(['，', ',', '。', '；', ';', '\n', '！', '？']))
        });
        if after_frame_word || followed {
            mentions[k].role = extract::Role::Frame;
        }
    }
}

/// A date and time the page stamps on itself, inside a line of article
/// text: a clock time in the mention and a word of the page right after
/// it (`2025.09.17 13:13浏览量:0`, `2025-01-28 10:05 来源：`), as a title,
/// a stamp and a summary run together in one line.
fn is_page_stamp(text: &str, m: &Mention) -> bool {
    const PAGE_WORDS: &[&str] = &[
        "浏览", "瀏覽", "阅读", "閱讀", "点击", "點擊", "来源", "來源", "作者", "编辑", "編輯",
        "评论", "評論", "分享", "字号", "字號",
    ];
    m.kind == extract::Kind::Date && text[m.start..m.end].contains([':', '：']) && {
        let after = text[m.end..].trim_start_matches([' ', '\u{3000}', '\t', '|', '丨']);
        PAGE_WORDS.iter().any(|w| after.starts_with(w))
    }
}

/// A size in a model's name, not a quantity: `70B版本`, `8B模型`.
fn names_a_model_size(text: &str, m: &Mention) -> bool {
    let span = &text[m.start..m.end];
    let sized = span.ends_with(['B', 'b'])
        && span[..span.len() - 1].ends_with(|c: char| c.is_ascii_digit());
    sized
        && ["版本", "版", "型号", "型號", "模型", "尺寸"]
            .iter()
            .any(|w| text[m.end..].starts_with(w))
}

/// Which verdicts make `hecha check` exit with 1.
pub fn fails(counts: &Counts, fail_on: &[Verdict]) -> bool {
    fail_on.iter().any(|v| counts.of(*v) > 0)
}

/// Whether date mention `t` is a wire dateline's (1月15日电）, 28日電（記者…）,
/// 28日讯】): 电, 電, 讯 or 訊 right after it, then a bracket, a space or
/// the end (not 1月15日电话会议, 28日电视辩论).
fn is_dateline(text: &str, t: &extract::Mention) -> bool {
    let Some(rest) = text[t.end..].strip_prefix(['电', '電', '讯', '訊']) else {
        return false;
    };
    rest.chars().next().is_none_or(|c| {
        matches!(
            c,
            '）' | ')' | '】' | ']' | '（' | '(' | ' ' | '　' | '\n' | '，' | ','
        )
    })
}

/// The day of the article's dateline, when one of its first two sentences
/// holds one ((新华社北京1月15日电)…): the day its 昨日 counts from.
fn article_dateline(
    text: &str,
    sentences: &[segment::Sentence],
    mentions: &[extract::Mention],
) -> Option<date::Date> {
    let end = sentences.get(1).or(sentences.first())?.end;
    mentions
        .iter()
        .take_while(|m| m.start < end)
        .find(|m| m.kind == extract::Kind::Date && is_dateline(text, m))
        .and_then(|m| m.date)
}
