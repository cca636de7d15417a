//! The trigger pass: the words naming a metric in each sentence that holds
//! a mention — jieba tokens looked up whole or, for a dictionary word, by
//! the trigger inside it (年收入 holds 收入), and ASCII triggers matched by
//! substring (jieba splits them).

use super::{Linker, Trigger};
use crate::segment::{Segmenter, Sentence};
use std::collections::HashMap;

impl Linker {
    /// The triggers of every sentence that holds a mention, keyed by
    /// sentence index, sorted by metric and then by offset (so each
    /// candidate metric scans only its own words).
    pub(super) fn sentence_triggers(
        &self,
        seg: &Segmenter,
        text: &str,
        sentences: &[Sentence],
        sentence_of: &[usize],
    ) -> HashMap<usize, Vec<Trigger>> {
        let mut triggers: HashMap<usize, Vec<Trigger>> = HashMap::new();
        for &si in sentence_of {
            if triggers.contains_key(&si) {
                continue;
            }
            let found = self.triggers_in(seg, text, &sentences[si]);
            triggers.insert(si, found);
        }
        triggers
    }

    /// The triggers of one sentence: (byte start, byte end, metric).
    fn triggers_in(&self, seg: &Segmenter, text: &str, s: &Sentence) -> Vec<Trigger> {
        let stext = &text[s.start..s.end];
        let mut found = Vec::new();
        for tok in seg.tokens(stext) {
            if let Some(ms) = self.triggers.get(lower(tok.word).as_ref()) {
                for &m in ms {
                    found.push((s.start + tok.byte_start, s.start + tok.byte_end, m));
                }
            } else {
                // a dictionary word that holds a trigger (年收入 holds 收入)
                let at = s.start + tok.byte_start;
                if let Some((a, b, ms)) = self.trigger_inside(tok.word) {
                    for &m in ms {
                        found.push((at + a, at + b, m));
                    }
                }
            }
        }
        if let Some(re) = &self.ascii_triggers {
            for hit in re.find_iter(stext) {
                if let Some(ms) = self.triggers.get(&super::unspaced(hit.as_str())) {
                    for &m in ms {
                        found.push((s.start + hit.start(), s.start + hit.end(), m));
                    }
                }
            }
        }
        // grouped by metric, so each candidate scans only its own words
        found.sort_by_key(|&(ts, _, mi)| (mi, ts));
        found
    }

    /// The longest trigger of two or more characters inside a word of three
    /// to eight characters (jieba's `年收入` holds `收入`), with its byte span
    /// in the word.
    pub(super) fn trigger_inside<'a>(
        &'a self,
        word: &str,
    ) -> Option<(usize, usize, &'a Vec<usize>)> {
        let bounds: Vec<usize> = word
            .char_indices()
            .map(|(i, _)| i)
            .chain([word.len()])
            .collect();
        let n = bounds.len() - 1;
        if !(3..=8).contains(&n) {
            return None;
        }
        // the trigger table is lower-case; most words have no upper case
        let lower;
        let word = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            lower = word.to_ascii_lowercase();
            lower.as_str()
        } else {
            word
        };
        for len in (2..n).rev() {
            for i in 0..=n - len {
                let (a, b) = (bounds[i], bounds[i + len]);
                if let Some(ms) = self.triggers.get(&word[a..b]) {
                    return Some((a, b, ms));
                }
            }
        }
        None
    }
}

/// `word` in lower case, borrowed when it has no cased letter (Han
/// characters and lower-case ASCII, most of what jieba gives).
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    let caseless = |c: char| (c.is_ascii() && !c.is_ascii_uppercase()) || crate::segment::is_han(c);
    if word.chars().all(caseless) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{fixture, linked, metric_index};

    #[test]
    fn a_trigger_inside_a_dictionary_word_is_found() {
        let f = fixture();
        let (a, b, ms) = f.linker.trigger_inside("年收入").expect("收入 in 年收入");
        assert_eq!(&"年收入"[a..b], "收入");
        assert!(ms.contains(&metric_index("revenue")));
        // too short or too long a word holds none
        assert!(f.linker.trigger_inside("收入").is_none());
        assert!(f.linker.trigger_inside("一二三四五六七八九").is_none());
    }

    #[test]
    fn triggers_come_by_metric_with_their_spans() {
        let f = fixture();
        let l = linked("DeepSeek的年收入为2亿美元，H800的NVLink带宽为400GB/s。");
        let found = f
            .linker
            .sentence_triggers(&f.seg, &l.text, &l.sentences, &l.sentence_of);
        let trig = &found[&l.sentence_of[0]];
        let words: Vec<(&str, usize)> =
            trig.iter().map(|&(s, e, mi)| (&l.text[s..e], mi)).collect();
        // a jieba word that holds a trigger, and an ASCII trigger by substring
        assert!(
            words.contains(&("收入", metric_index("revenue"))),
            "{words:?}"
        );
        assert!(
            words.contains(&("NVLink", metric_index("nvlink_bandwidth"))),
            "{words:?}"
        );
        // grouped by metric, then in text order
        assert!(trig
            .windows(2)
            .all(|w| (w[0].2, w[0].0) <= (w[1].2, w[1].0)));
        // one entry per sentence that holds a mention
        assert_eq!(found.len(), 1);
    }
}
