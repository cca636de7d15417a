//! schema.org `ClaimReview` JSON-LD, the markup fact-checkers publish for
//! search engines and aggregators: one review per claim that was compared
//! with a fact (supported, contradicted, misattributed). An unverified claim
//! has no rating to give and gets none.
//!
//! ```text
//! [{"@context": "https://schema.org", "@type": "ClaimReview",
//!   "identifier": "<id>#claim-N", "url"?, "author"?, "datePublished"?,
//!   "claimReviewed": "<the sentence of the claim>",
//!   "reviewRating": {"@type": "Rating", "ratingValue": 1|2|3,
//!                    "worstRating": 1, "bestRating": 3,
//!                    "alternateName": "不符（contradicted）",
//!                    "ratingExplanation": "… 参考值 … 来源 …"},
//!   "itemReviewed": {"@type": "Claim", "datePublished"?,
//!                    "appearance"?: {"@type": "CreativeWork", "url"}}}]
//! ```
//!
//! `N` is the claim's index in the JSON `claims` array. The rating runs
//! from 1 (contradicted) through 2 (misattributed: the figure is right but
//! someone else's) to 3 (supported).

use super::html::verdict_zh;
use super::{Claim, Report};
use crate::check::Verdict;
use serde_json::{json, Map, Value};

/// Who publishes the reviews, and where.
#[derive(Clone, Debug, Default)]
pub struct ReviewOptions {
    /// The organisation that publishes the reviews (`author.name`).
    pub author: Option<String>,
    /// The address of the published review page; `{id}` in it is replaced
    /// by the article's id (percent-encoded), and `#claim-N` is appended
    /// for each claim.
    pub url: Option<String>,
    /// The day the reviews are published (`datePublished` of each
    /// ClaimReview, `YYYY-MM-DD`); none keeps the output the same from run
    /// to run.
    pub date: Option<String>,
}

/// The rating of a verdict on the 1–3 scale, or `None` for unverified.
pub fn rating(v: Verdict) -> Option<u8> {
    match v {
        Verdict::Contradicted => Some(1),
        Verdict::Misattributed => Some(2),
        Verdict::Supported => Some(3),
        Verdict::Unverified => None,
    }
}

/// The sentence that holds `start..end` of `text`: from the end of the
/// sentence before to the end of its own, at most 200 characters on
/// either side, trimmed.
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    const ENDS: [char; 8] = ['。', '！', '？', '!', '?', '；', ';', '\n'];
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return text.get(start..end).unwrap_or("");
    };
    let from = before
        .char_indices()
        .rev()
        .take(200)
        .find(|(_, c)| ENDS.contains(c))
        .map_or_else(
            || {
                before
                    .char_indices()
                    .rev()
                    .take(200)
                    .last()
                    .map_or(start, |(i, _)| i)
            },
            |(i, c)| i + c.len_utf8(),
        );
    let to = after
        .char_indices()
        .take(200)
        .find(|(_, c)| ENDS.contains(c))
        .map_or_else(
            || {
                after
                    .char_indices()
                    .take(200)
                    .last()
                    .map_or(end, |(i, c)| end + i + c.len_utf8())
            },
            |(i, c)| end + i + if c == '\n' { 0 } else { c.len_utf8() },
        );
    text[from..to].trim()
}

/// The review page's address: `{id}` in `template` replaced by the
/// article's id, percent-encoded as a URL path (an id may hold spaces,
/// `#`, `?` or Chinese), its `/` kept.
pub fn review_url(template: &str, id: &str) -> String {
    template.replace("{id}", &super::html::href(id))
}

/// What the rating rests on: the explanation, the reference value and the
/// source, in one sentence for `ratingExplanation`.
fn explanation(c: &Claim) -> String {
    let mut s = c.explanation.to_string();
    if let Some(t) = &c.reference_text {
        s.push_str(&format!("。参考值：{t}"));
        if let Some(f) = &c.fact_id {
            s.push_str(&format!("（{f}）"));
        }
    }
    if let Some(title) = &c.source_title {
        s.push_str(&format!("。来源：{title}"));
        if let Some(u) = &c.source_url {
            s.push_str(&format!(" <{u}>"));
        }
        if let Some(d) = &c.source_date {
            s.push_str(&format!("，{d}"));
        }
    }
    s
}

/// The reviews of one article, as a pretty JSON-LD array with a final
/// newline (`[]` when nothing was compared, or the document failed).
pub fn reviews(r: &Report, o: &ReviewOptions) -> String {
    let list: Vec<Value> = r
        .claims
        .iter()
        .enumerate()
        .filter_map(|(k, c)| review(r, k, c, o))
        .collect();
    serde_json::to_string_pretty(&Value::Array(list)).unwrap_or_else(|_| "[]".into()) + "\n"
}

fn review(r: &Report, k: usize, c: &Claim, o: &ReviewOptions) -> Option<Value> {
    let value = rating(c.verdict)?;
    let mut m = Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!("ClaimReview"));
    m.insert("identifier".into(), json!(format!("{}#claim-{k}", r.id)));
    if let Some(u) = &o.url {
        m.insert(
            "url".into(),
            json!(format!("{}#claim-{k}", review_url(u, &r.id))),
        );
    }
    if let Some(a) = &o.author {
        m.insert("author".into(), json!({"@type": "Organization", "name": a}));
    }
    if let Some(d) = &o.date {
        m.insert("datePublished".into(), json!(d));
    }
    m.insert(
        "claimReviewed".into(),
        json!(sentence_around(&r.text, c.start, c.end)),
    );
    m.insert(
        "reviewRating".into(),
        json!({
            "@type": "Rating",
            "ratingValue": value,
            "worstRating": 1,
            "bestRating": 3,
            "alternateName": format!("{}（{}）", verdict_zh(c.verdict), c.verdict.as_str()),
            "ratingExplanation": explanation(c),
        }),
    );
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    if let Some(d) = &r.published {
        item.insert("datePublished".into(), json!(d));
    }
    if let Some(u) = &r.url {
        item.insert(
            "appearance".into(),
            json!({"@type": "CreativeWork", "url": u}),
        );
    }
    m.insert("itemReviewed".into(), Value::Object(item));
    Some(Value::Object(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_claim() {
        let t = "标题\n深度求索称，训练用了2,048颗H800。另一句话。";
        let s = t.find("2,048").unwrap();
        assert_eq!(
            sentence_around(t, s, s + "2,048颗".len()),
            "深度求索称，训练用了2,048颗H800。"
        );
        assert_eq!(sentence_around("5亿", 0, "5亿".len()), "5亿");
    }

    #[test]
    fn the_id_in_the_review_address_is_percent_encoded() {
        assert_eq!(
            review_url("https://news.example/check/{id}", "sub/新闻 #1.txt"),
            "https://news.example/check/sub/%E6%96%B0%E9%97%BB%20%231.txt"
        );
        assert_eq!(
            review_url("https://a.example/x", "a.txt"),
            "https://a.example/x"
        );
    }

    #[test]
    fn ratings_run_from_contradicted_to_supported() {
        assert_eq!(rating(Verdict::Contradicted), Some(1));
        assert_eq!(rating(Verdict::Supported), Some(3));
        assert_eq!(rating(Verdict::Unverified), None);
    }
}
