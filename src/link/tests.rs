//! Shared fixture for the link passes' tests: the shipped claims database,
//! jieba with its words, and a helper that runs segment → extract → link on
//! a short text the way [`crate::Pipeline::check`] does.

use super::{Doc, Figure, Link, Linker, Occurrence, SentenceWords};
use crate::db::ClaimsDb;
use crate::extract::{Extractor, Mention};
use crate::segment::{Segmenter, Sentence};
use std::path::Path;
use std::sync::OnceLock;

/// Everything built once for the tests.
pub(super) struct Fixture {
    pub(super) db: ClaimsDb,
    pub(super) linker: Linker,
    pub(super) seg: Segmenter,
    extractor: Extractor,
}

/// The fixture, built on first use.
pub(super) fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let (db, problems) = ClaimsDb::load(&dir).expect("the shipped claims load");
        assert!(problems.is_empty(), "{problems:?}");
        let words = Linker::dictionary_words(&db);
        let seg = Segmenter::new(words.iter().map(|s| s.as_str()));
        let linker = Linker::new(&db);
        Fixture {
            db,
            linker,
            seg,
            extractor: Extractor::new(),
        }
    })
}

/// A text linked: its mentions and their links.
pub(super) struct Linked {
    pub(super) text: String,
    pub(super) sentences: Vec<Sentence>,
    pub(super) mentions: Vec<Mention>,
    pub(super) sentence_of: Vec<usize>,
    pub(super) occ: Vec<Occurrence>,
    pub(super) links: Vec<Link>,
}

/// Segment, extract and link `text` (published 2025-02-11).
pub(super) fn linked(text: &str) -> Linked {
    linked_as_of(text, crate::date::Date::ymd(2025, 2, 11))
}

/// Segment, extract and link `text` published on `published`.
pub(super) fn linked_as_of(text: &str, published: Option<crate::date::Date>) -> Linked {
    let f = fixture();
    let doc = crate::load::document("test".into(), text.into(), "UTF-8", published, None);
    let ex = crate::extract_document(&f.extractor, &doc);
    let occ = f.linker.occurrences(&doc.text);
    let names = Linker::alias_spans(&occ);
    // digits inside a known name (通义千问2.5) are part of the name
    let (mentions, sentence_of): (Vec<Mention>, Vec<usize>) = ex
        .mentions
        .into_iter()
        .zip(ex.sentence_of)
        .filter(|(m, _)| {
            let i = names.partition_point(|&(_, e)| e <= m.start);
            names.get(i).is_none_or(|&(s, _)| s >= m.start)
        })
        .unzip();
    let links = f.linker.link(
        &f.db,
        &f.seg,
        &doc.text,
        &ex.sentences,
        &mentions,
        &sentence_of,
        doc.published,
        &occ,
    );
    Linked {
        text: doc.text,
        sentences: ex.sentences,
        mentions,
        sentence_of,
        occ,
        links,
    }
}

impl Linked {
    /// Index of the mention whose text is `s` (the first such).
    pub(super) fn find(&self, s: &str) -> usize {
        self.mentions
            .iter()
            .position(|m| &self.text[m.start..m.end] == s)
            .unwrap_or_else(|| panic!("no mention {s:?} in {:?}", self.dump()))
    }

    /// The link of the mention whose text is `s`.
    pub(super) fn link(&self, s: &str) -> &Link {
        &self.links[self.find(s)]
    }

    /// The entity id of mention `s`.
    pub(super) fn entity(&self, s: &str) -> Option<&str> {
        let db = &fixture().db;
        self.link(s).entity.map(|e| db.entities[e].id.as_str())
    }

    /// The metric id of mention `s`.
    pub(super) fn metric(&self, s: &str) -> Option<&str> {
        let db = &fixture().db;
        self.link(s).metric.map(|m| db.metrics[m].id.as_str())
    }

    /// The text of the mention that gives mention `s` its time.
    pub(super) fn time(&self, s: &str) -> Option<&str> {
        self.link(s)
            .time
            .map(|t| &self.text[self.mentions[t].start..self.mentions[t].end])
    }

    /// Run `f` on the document and mention `s` as a pass sees them.
    pub(super) fn with_figure<R>(&self, s: &str, f: impl FnOnce(&Doc, &Figure) -> R) -> R {
        let fx = fixture();
        let doc = Doc::new(
            &fx.db,
            &self.text,
            &self.sentences,
            &self.mentions,
            &self.sentence_of,
            &self.occ,
            None,
        );
        let triggers =
            fx.linker
                .sentence_triggers(&fx.seg, &self.text, &self.sentences, &self.sentence_of);
        let k = self.find(s);
        let fig = Figure::new(&doc, k, &triggers[&self.sentence_of[k]]);
        f(&doc, &fig)
    }

    /// `f` with every mention in turn as the figure, in order, all of
    /// one document (as [`Linker::link`] sees them).
    pub(super) fn each_figure(&self, mut f: impl FnMut(&Doc, &Figure)) {
        let fx = fixture();
        let doc = Doc::new(
            &fx.db,
            &self.text,
            &self.sentences,
            &self.mentions,
            &self.sentence_of,
            &self.occ,
            None,
        );
        let triggers =
            fx.linker
                .sentence_triggers(&fx.seg, &self.text, &self.sentences, &self.sentence_of);
        for k in 0..self.mentions.len() {
            f(&doc, &Figure::new(&doc, k, &triggers[&self.sentence_of[k]]));
        }
    }

    /// Every mention with its link, for failure messages.
    pub(super) fn dump(&self) -> Vec<String> {
        let db = &fixture().db;
        self.mentions
            .iter()
            .zip(&self.links)
            .map(|(m, l)| {
                format!(
                    "{} entity={:?} by={:?} metric={:?} time={:?} carried={} fy={:?} q={:?}/{} conv={:?} nf={} ctx={} scope={:?}",
                    &self.text[m.start..m.end],
                    l.entity.map(|e| &db.entities[e].id),
                    l.entity_by,
                    l.metric.map(|x| &db.metrics[x].id),
                    l.time.map(|t| &self.text[self.mentions[t].start..self.mentions[t].end]),
                    l.time_carried,
                    l.fiscal_year,
                    l.quarter,
                    l.quarter_stated,
                    l.converts,
                    l.not_figure,
                    l.is_time_context,
                    l.scope,
                )
            })
            .collect()
    }
}

/// The index of a metric by id.
pub(super) fn metric_index(id: &str) -> usize {
    fixture()
        .db
        .metric(id)
        .unwrap_or_else(|| panic!("no metric {id}"))
}

/// The index of an entity by id.
pub(super) fn entity_index(id: &str) -> usize {
    fixture()
        .db
        .entity(id)
        .unwrap_or_else(|| panic!("no entity {id}"))
}

// The driver: the passes in order over one document.

#[test]
fn every_mention_gets_one_link() {
    let l = linked("DeepSeek-V3的训练成本为557.6万美元，使用了2,048颗H800。");
    assert_eq!(l.links.len(), l.mentions.len());
    assert_eq!(l.metric("557.6万美元"), Some("training_cost"));
    assert_eq!(l.metric("2,048颗"), Some("training_gpu_count"));
    assert_eq!(l.link("2,048颗").item, Some(entity_index("NVIDIA H800")));
}

#[test]
fn a_conversion_takes_the_link_of_its_original() {
    let l = linked("DeepSeek-V3的训练成本为557.6万美元(约4,350万港元)。");
    let conv = l.link("约4,350万港元");
    assert_eq!(conv.converts, Some(l.find("557.6万美元")));
    let orig = l.link("557.6万美元");
    assert_eq!(conv.entity, orig.entity);
    assert_eq!(conv.metric, orig.metric);
    assert_eq!(conv.entity_by, orig.entity_by);
    assert_eq!(conv.metric_word, orig.metric_word);
    assert_eq!(l.entity("约4,350万港元"), Some("DeepSeek-V3"));
    assert_eq!(l.metric("约4,350万港元"), Some("training_cost"));
}

/// [`super::SentenceWords::read`] as it read before it passed over most
/// characters by their last bytes: every character decoded and matched.
fn read_by_chars(text: &str, s: &Sentence) -> SentenceWords {
    let sentence = &text[s.start..s.end];
    let mut words = SentenceWords::default();
    let mut forecast = false;
    for (i, c) in sentence.char_indices() {
        let at = s.start + i;
        match c {
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
                let rest = &sentence[i..];
                if matches!(c, '预' | '預') {
                    words.foresee.get_or_insert(at);
                }
                forecast |= super::figure::FORECAST_VERBS
                    .iter()
                    .any(|v| rest.starts_with(v));
                if let Some(p) = super::metric::PREVIEW
                    .iter()
                    .find(|p| rest.starts_with(**p))
                {
                    let end = at + p.len();
                    words.preview_end = Some(words.preview_end.map_or(end, |e| e.min(end)));
                }
            }
            _ => {}
        }
    }
    words
}

#[test]
fn sentence_words_by_last_bytes_are_those_read_by_characters() {
    for c in super::SENTENCE_WORD_CHARS {
        assert_eq!(c.len_utf8(), 3, "{c}");
    }
    let pieces = [
        "从", "從", "由", "岁", "歲", "会", "會", "将", "將", "预测", "預料", "预览", "preview",
        "Preview", "p", "P", "预", "收入", "é", "😀", "仑", "亿", "1", "，", "估", "推", "預",
    ];
    let mut next = crate::testing::xorshift(5);
    for _ in 0..5_000 {
        let text = [
            "前文。",
            &crate::testing::pieces_text(&mut next, &pieces, 17),
        ]
        .concat();
        let s = Sentence {
            start: "前文。".len(),
            end: text.len(),
            paragraph: 0,
            line: 1,
            furniture: false,
        };
        assert_eq!(
            super::SentenceWords::read(&text, &s, |_, _| false),
            read_by_chars(&text, &s),
            "{text}"
        );
    }
}
