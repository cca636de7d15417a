//! Market indices as subjects: `那斯達克指數下跌612.47點,或3.07%` is the
//! index's move, in every clause of its sentence up to the next name. An
//! index is named by the database (`纳指`, `標普500指數`, `恒指`) or by a
//! word ending in 指数/指數 (`创业板指数`); the move is never the company
//! the article is about.

use super::{Doc, Figure};
use regex::Regex;
use std::sync::LazyLock;

/// The metrics of a market move an index can have.
const INDEX_MOVE_METRICS: &[&str] = &["share_price_change"];

/// An index's name the database may not know: a few characters before
/// 指数/指數 (`创业板指数`, `費城半導體指數`).
static INDEX_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Han}A-Za-z0-9&]{1,10}指[数數]").expect("the pattern builds"));

/// Characters after 指数 that make it another word (指数级增长, 指数化).
const NOT_AN_INDEX_AFTER: &str = "级級化型式";

/// Where an index's subject stands before a figure.
#[derive(Debug, PartialEq)]
pub(super) enum IndexSubject {
    /// An index the database knows (entity index).
    Known(usize),
    /// An index the database does not know.
    Unknown,
}

/// The last word ending in 指数/指數 in `text[from..to]` that names an
/// index, as a byte span.
fn last_index_word(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let lead = text.get(from..to)?;
    // (every such word holds 指: a text without it needs no search, nor
    // the pattern built)
    if !lead.contains('指') {
        return None;
    }
    INDEX_NAME
        .find_iter(lead)
        .map(|m| (from + m.start(), from + m.end()))
        .filter(|&(_, e)| {
            !text[e..]
                .chars()
                .next()
                .is_some_and(|c| NOT_AN_INDEX_AFTER.contains(c))
        })
        .last()
}

/// The index a market move belongs to: the last name before the figure in
/// its sentence, when that name is an index (known or by its 指数 word),
/// with the byte offset where it ends; `None` when it is not an index or
/// the metric is not a market move.
pub(super) fn index_subject(doc: &Doc, fig: &Figure, mi: usize) -> Option<(IndexSubject, usize)> {
    if !INDEX_MOVE_METRICS.contains(&doc.db.metrics[mi].id.as_str()) {
        return None;
    }
    let (from, to) = (fig.s.start, fig.m.start);
    let first = doc.occ.partition_point(|o| o.start < from);
    let known = doc.occ[first..].iter().take_while(|o| o.end <= to).last();
    let is_index = |e: usize| doc.db.entities[e].kind == "index";
    match (known, last_index_word(doc.text, from, to)) {
        // the 指数 word holds the known name, or comes after it
        (Some(o), Some((ws, we))) if o.end <= we && (o.start >= ws || o.end <= ws) => {
            let inside = o.start >= ws;
            Some(if inside && is_index(o.entity) {
                (IndexSubject::Known(o.entity), we)
            } else {
                (IndexSubject::Unknown, we)
            })
        }
        (Some(o), _) => is_index(o.entity).then_some((IndexSubject::Known(o.entity), o.end)),
        (None, Some((_, we))) => Some((IndexSubject::Unknown, we)),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;

    #[test]
    fn an_index_owns_the_moves_after_it() {
        let l = linked("那斯達克指數下跌612.47點,或3.07%。");
        assert_eq!(l.entity("3.07%"), Some("Nasdaq Composite"));
        let l = linked("英伟达股价下跌17%。创业板指数下跌50点，跌幅2.5%。");
        assert_eq!(l.entity("2.5%"), None);
        let l = linked("纳指下跌3%，英伟达跌17%。");
        assert_eq!(l.entity("17%"), Some("NVIDIA"));
        // 指数级 is not an index
        let l = linked("英伟达营收呈指数级增长，股价下跌17%。");
        assert_eq!(l.entity("17%"), Some("NVIDIA"));
    }
}
