//! Names the database does not know: a model's variant (`GPT-4 Turbo` is
//! not GPT-4), and a Latin-letter model name (`o1-pro`, `Gemini-X9`) that
//! is the subject of a figure. A figure about such a name is about no
//! entity of the database: it stays unverified rather than fall back to a
//! name further off.

use super::{Doc, Figure, Occurrence};

/// Words after a model's name, past a space, that name another model of
/// its line (`GPT-4 Turbo`, `Claude 3 Haiku`) or another form of a chip
/// (`H100 PCIe`, `H100 NVL`): the name alone is not it.
const VARIANTS: &[&str] = &[
    "turbo", "pro", "mini", "max", "ultra", "plus", "lite", "flash", "nano", "preview", "vision",
    "omni", "haiku", "sonnet", "opus",
    // a chip's other form factors (the database's are SXM's)
    "pcie", "nvl",
];

/// Words between a comparison verb and its base (`是同期DeepSeek-R1的`).
pub(super) const COMPARISON_MODIFIERS: &[&str] = &[
    "同期的",
    "同期",
    "当时的",
    "當時的",
    "当时",
    "當時",
    "同类",
    "同類",
    "目前",
    "现有",
    "現有",
    "上一代的",
    "上一代",
    "前一代的",
    "前一代",
    "上代",
    "前代的",
    "前代",
];

/// Whether an ASCII word is a period label that looks like a name (Q4,
/// H1, FY2025, CY2024; letters without case): what
/// `^(?i:Q[1-4]|H[12]|FY\d{2,4}|CY\d{2,4})$` matches, read by hand.
fn period_label(word: &str) -> bool {
    let is = |b: u8, c: u8| b.eq_ignore_ascii_case(&c);
    match word.as_bytes() {
        [q, d] if is(*q, b'q') => matches!(d, b'1'..=b'4'),
        [h, d] if is(*h, b'h') => matches!(d, b'1' | b'2'),
        [p, y, digits @ ..] => {
            (is(*p, b'f') || is(*p, b'c'))
                && is(*y, b'y')
                && (2..=4).contains(&digits.len())
                && digits.iter().all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// The runs of Latin words in `text`, each word starting with a letter
/// (`o1-pro API`, `GPT-4 Turbo`) or, past a space, being a size in
/// billions (`Mixtral 8x22B`); other digits after a space (`token 150`)
/// are not part of a run. As byte spans in order: the matches of
/// `[A-Za-z][A-Za-z0-9.\-]*(?: (?:[A-Za-z][A-Za-z0-9.\-]*|SIZE))*`, read by
/// hand, where SIZE is a [`size_word_len`] word.
fn latin_names(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = text.as_bytes();
    let word_end = move |mut i: usize| {
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        {
            i += 1;
        }
        i
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + b.get(at..)?.iter().position(u8::is_ascii_alphabetic)?;
        let mut end = word_end(start + 1);
        while b.get(end) == Some(&b' ') {
            if b.get(end + 1).is_some_and(u8::is_ascii_alphabetic) {
                end = word_end(end + 2);
            } else if let Some(len) = size_word_len(&b[end + 1..]) {
                end += 1 + len;
            } else {
                break;
            }
        }
        at = end;
        Some((start, end))
    })
}

/// The length of a model's size in billions of parameters at the start of
/// `b` (`7B`, `1.5B`, `8x22B`), when no letter or digit follows it.
fn size_word_len(b: &[u8]) -> Option<usize> {
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = digits(0);
    if i == 0 {
        return None;
    }
    if b.get(i) == Some(&b'.') && digits(i + 1) > 0 {
        i += 1 + digits(i + 1);
    }
    if matches!(b.get(i), Some(b'x' | b'X')) && digits(i + 1) > 0 {
        i += 1 + digits(i + 1);
    }
    if !matches!(b.get(i), Some(b'B' | b'b')) {
        return None;
    }
    i += 1;
    (!b.get(i).is_some_and(u8::is_ascii_alphanumeric)).then_some(i)
}

/// Whether the text after a name (`rest`) goes on with a variant word past
/// a space: `GPT-4` in `GPT-4 Turbo` names another model.
pub(super) fn variant_follows(name: &str, rest: &str) -> bool {
    if !name
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    VARIANTS.contains(&word.as_str())
}

/// Whether the text after a name (`rest`) goes on with the version or the
/// size of another model of its line:
/// - a decimal after a name that ends in a digit: `GPT-4` in `GPT-4.5`,
///   `DeepSeek-V2` in `DeepSeek-V2.5`;
/// - past a space, after a name that ends in a letter, a word of letters
///   and digits (`Kimi` in `Kimi k1.5`, `OpenAI` in `OpenAI o3`, `NVIDIA`
///   in `NVIDIA B200`; a period label such as `Q4` is not one) or a size
///   (`Mixtral` in `Mixtral 8x22B`).
///
/// A size after a name ending in a digit (`DeepSeek-R1 671B`) is left to
/// the scope rules: it often names the model itself.
pub(super) fn version_follows(name: &str, rest: &str) -> bool {
    let Some(last) = name.chars().next_back() else {
        return false;
    };
    if last.is_ascii_digit() {
        let b = rest.as_bytes();
        return b.len() >= 2 && b[0] == b'.' && b[1].is_ascii_digit();
    }
    if !last.is_ascii_alphabetic() {
        return false;
    }
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let len = rest
        .bytes()
        .take_while(|&c| c.is_ascii_alphanumeric() || c == b'.')
        .count();
    let word = rest[..len].trim_end_matches('.');
    let Some(first) = word.bytes().next() else {
        return false;
    };
    if first.is_ascii_alphabetic() {
        word.bytes().any(|c| c.is_ascii_digit()) && !period_label(word)
    } else {
        size_word_len(word.as_bytes()) == Some(word.len())
    }
}

/// Whether a Latin word run looks like a model's name: a letter first, a
/// letter and a digit in it, and not a period label.
fn model_shaped(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    name.bytes().any(|c| c.is_ascii_digit())
        && name.bytes().any(|c| c.is_ascii_alphabetic())
        && !period_label(first)
        && !spec_word(first)
}

/// The starts of a chip's spec words that look like a name (HBM3e,
/// GDDR6X, FP8, PCIe5, NVLink4, SXM5): a memory, a number format, a bus,
/// a form factor, not a product (letters without case).
const SPEC_WORDS: &[&str] = &[
    "hbm", "gddr", "lpddr", "ddr", "fp", "int", "bf", "tf", "pcie", "nvlink", "sxm", "nvl", "usb",
];

/// Whether a Latin word is a spec word: one of [`SPEC_WORDS`] with a digit
/// right after it (HBM3e, not Intel).
fn spec_word(word: &str) -> bool {
    SPEC_WORDS.iter().any(|w| {
        word.len() > w.len()
            && word.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
            && word.as_bytes()[w.len()].is_ascii_digit()
    })
}

/// Whether `text[..at]` ends with a comparison verb, past a modifier
/// (`是同期`, `超过`): what follows is the base of a comparison.
pub(super) fn ends_with_comparison(before: &str, verbs: &[&str]) -> bool {
    let before = COMPARISON_MODIFIERS
        .iter()
        .find_map(|m| before.strip_suffix(m))
        .unwrap_or(before);
    super::clause::ends_with_any(before, verbs)
}

/// Whether byte span `(start, end)` overlaps a known name.
fn overlaps_known(occ: &[Occurrence], start: usize, end: usize) -> bool {
    let i = occ.partition_point(|o| o.end <= start);
    occ.get(i).is_some_and(|o| o.start < end)
}

/// The model-shaped Latin names the database does not know in
/// `text[from..to]`, as byte spans, in order.
pub(super) fn unknown_models(doc: &Doc, from: usize, to: usize) -> Vec<(usize, usize)> {
    let Some(lead) = doc.text.get(from..to) else {
        return Vec::new();
    };
    // (names in full-width letters, Ｈ１００ ＮＶＬ, are read as the same
    // names in ASCII, their spans mapped back)
    if lead.contains(crate::words::is_full_width_alnum) {
        return full_width_models(doc, from, lead);
    }
    // a model-shaped name holds an ASCII letter and a digit: most Chinese
    // clauses hold neither, and need no search
    let b = lead.as_bytes();
    if !(b.iter().any(u8::is_ascii_alphabetic) && b.iter().any(u8::is_ascii_digit)) {
        return Vec::new();
    }
    latin_names(lead)
        .map(|(s, e)| (from + s, from + e))
        .filter(|&(s, e)| {
            // a run glued to a known name (`DeepSeek-R1-Zero`) is cut at it
            let before = doc.text[..s].chars().next_back();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
                && !overlaps_known(doc.occ, s, e)
                && model_shaped(&doc.text[s..e])
        })
        .collect()
}

/// [`unknown_models`] of a text with full-width letters: the text turned
/// to half width, each byte of it mapped back to where its character
/// starts in `lead` (which starts at byte `from` of the document).
fn full_width_models(doc: &Doc, from: usize, lead: &str) -> Vec<(usize, usize)> {
    let mut half = String::with_capacity(lead.len());
    let mut back: Vec<usize> = Vec::with_capacity(lead.len() + 1);
    for (i, c) in lead.char_indices() {
        let h = crate::words::half_width(c);
        for _ in 0..h.len_utf8() {
            back.push(i);
        }
        half.push(h);
    }
    back.push(lead.len());
    let b = half.as_bytes();
    if !(b.iter().any(u8::is_ascii_alphabetic) && b.iter().any(u8::is_ascii_digit)) {
        return Vec::new();
    }
    latin_names(&half)
        .filter(|&(s, e)| {
            let before = half[..s].chars().next_back();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
                && model_shaped(&half[s..e])
        })
        .map(|(s, e)| (from + back[s], from + back[e]))
        .filter(|&(s, e)| !overlaps_known(doc.occ, s, e))
        .collect()
}

/// The name a figure in brackets belongs to: the figure opens a bracket
/// right after a name (`DeepSeek-R1（0.55美元/百万token）`), which owns it,
/// whatever the clause compares it with. `Some(Some(name))` for a known
/// name, `Some(None)` for a model's name the database does not know,
/// `None` when the figure is not so placed.
pub(super) fn bracket_owner<'o>(doc: &'o Doc, fig: &Figure) -> Option<Option<&'o Occurrence>> {
    let lead = doc.text.get(fig.cl_start..fig.m.start)?;
    let inner = lead.trim_end();
    let name_end = fig.cl_start
        + inner
            .strip_suffix('（')
            .or_else(|| inner.strip_suffix('('))?
            .trim_end()
            .len();
    if let Some(o) = doc.name_ending_at(name_end) {
        return Some(Some(o));
    }
    let unknown = unknown_models(doc, fig.cl_start, name_end);
    unknown
        .last()
        .is_some_and(|&(_, e)| e == name_end)
        .then_some(None)
}

/// Words for a party the text leaves unnamed (某巨头, 竞争对手).
const UNNAMED_PARTIES: &[&str] = &[
    "巨头",
    "巨頭",
    "对手",
    "對手",
    "同行",
    "友商",
    "某公司",
    "某企业",
    "某企業",
    "某家公司",
    "另一家公司",
    "其他公司",
];

/// Whether the figure stands in a bracket opened right after a party the
/// text leaves unnamed (`仅为某巨头(据估计投资超过5亿美元)的1%`): the
/// bracket glosses that party, so the figure is no one's the text names.
/// Not when a name stands in the bracket before the figure (`芯片巨头
/// （英伟达2025财年营收…）`) or in the clause before the party word
/// (`DeepSeek这家新晋AI巨头（…）`): the party is named.
pub(super) fn glosses_unnamed_party(doc: &Doc, fig: &Figure) -> bool {
    let lead = &doc.text[fig.s.start..fig.m.start];
    if !lead.contains(['(', '（']) {
        return false;
    }
    // the bracket still open at the figure, the innermost
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in lead.char_indices() {
        match c {
            '(' | '（' => open.push(i),
            ')' | '）' => {
                open.pop();
            }
            _ => {}
        }
    }
    let Some(&at) = open.last() else {
        return false;
    };
    let before = lead[..at].trim_end();
    let names_from = |from: usize| {
        let first = doc.occ.partition_point(|o| o.start < from);
        doc.occ.get(first).is_some_and(|o| o.end <= fig.m.start)
    };
    if UNNAMED_PARTIES.iter().any(|w| before.ends_with(w)) {
        // the party word's clause starts after the last separator before it
        let from = fig.s.start
            + before
                .char_indices()
                .rev()
                .find(|&(_, c)| matches!(c, '，' | ',' | '；' | ';' | '：' | ':'))
                .map_or(0, |(p, c)| p + c.len_utf8());
        return !names_from(from);
    }
    // a bracket right before 前者 or 后者 glosses the one pointed back to
    // (只有(据估计投资超过5亿美元)前者的1%), unless it names a party itself
    let after = &doc.text[fig.m.end..fig.s.end];
    let Some(close) = after.find([')', '）']) else {
        return false;
    };
    let next = after[close..].trim_start_matches([')', '）']).trim_start();
    ["前者", "后者", "後者"].iter().any(|w| next.starts_with(w))
        && !after[..close].contains(['(', '（'])
        && !names_from(fig.s.start + at)
}

/// Whether a known name the figure could be about (`fits`) starts at or
/// after byte `from` and ends by byte `to`.
fn names_one_that_fits(doc: &Doc, from: usize, to: usize, fits: &dyn Fn(usize) -> bool) -> bool {
    let first = doc.occ.partition_point(|o| o.start < from);
    doc.occ[first..]
        .iter()
        .take_while(|o| o.end <= to)
        .any(|o| fits(o.entity))
}

/// Whether the figure's clause names, before it and nearer than any known
/// name the figure could be about, a model the database does not know
/// (`o1-pro API定价为150美元`): a subject of its own. A name that is the
/// base of a comparison (`比o3-mini`) does not count.
pub(super) fn unknown_subject(doc: &Doc, fig: &Figure, fits: &dyn Fn(usize) -> bool) -> bool {
    // (a date's: only with no known name of its clause before it, which
    // may be listed with the unknown one: R1及其蒸馏版R1-Distill于…发布)
    if fig.m.kind == crate::extract::Kind::Date
        && names_one_that_fits(doc, fig.cl_start, fig.m.start, fits)
    {
        return false;
    }
    let models = unknown_models(doc, fig.cl_start, fig.m.start);
    let Some(&(_, e)) = models.iter().rev().find(|&&(s, _)| {
        !ends_with_comparison(&doc.text[fig.cl_start..s], super::entity::COMPARISON_BEFORE)
    }) else {
        return false;
    };
    !names_one_that_fits(doc, e, fig.m.start, fits)
}

/// Whether an earlier clause of the figure's sentence opens with a chip or
/// a model the database does not know (a name called GPU, 芯片, 模型…),
/// the subject the figure's clause goes on with when it names no one and
/// points back with no pronoun (另一方面，L20 GPU則基於AD102，配備48GB
/// 記憶體: the 48GB is L20's, not the H20's of the sentence before), and no
/// known name it could be about stands after it.
pub(super) fn unknown_sentence_subject(
    doc: &Doc,
    fig: &Figure,
    fits: &dyn Fn(usize) -> bool,
) -> bool {
    /// Words a clause may open with before its subject.
    const OPENERS: &[&str] = &[
        "另一方面",
        "此外",
        "另外",
        "至于",
        "至於",
        "而",
        "但",
        "则",
        "則",
        "不过",
        "不過",
    ];
    const SEPARATORS: [char; 6] = ['，', ',', '；', ';', '：', ':'];
    /// What the name must be called right after it: a chip or a model
    /// (L20 GPU, B30芯片), not a part, a module or a network (AD102核心,
    /// MTP2模块, NDR400网络).
    const PRODUCT_WORDS: &[&str] = &[
        "GPU",
        "芯片",
        "晶片",
        "显卡",
        "顯卡",
        "加速卡",
        "加速器",
        "模型",
        "大模型",
    ];
    if fig.cl_start <= fig.s.start
        || overlaps_known(doc.occ, fig.cl_start, fig.m.start)
        || super::entity::has_pronoun(&doc.text[fig.cl_start..fig.m.start])
    {
        return false;
    }
    if !unknown_models(doc, fig.cl_start, fig.m.start).is_empty() {
        return false;
    }
    let Some(&(_, e)) = unknown_models(doc, fig.s.start, fig.cl_start)
        .iter()
        .find(|&&(s, e)| {
            let before = &doc.text[fig.s.start..s];
            let head = before
                .rfind(SEPARATORS)
                .map_or(before, |i| &before[i..])
                .trim_start_matches(SEPARATORS)
                .trim();
            // (the word after the name, or the name's own last word: the
            // run of Latin words of `L20 GPU` holds its GPU)
            let kind = doc.text[e..].trim_start();
            let name = &doc.text[s..e];
            (head.is_empty() || OPENERS.contains(&head))
                && PRODUCT_WORDS.iter().any(|w| {
                    kind.starts_with(w) || name.strip_suffix(w).is_some_and(|n| n.ends_with(' '))
                })
        })
    else {
        return false;
    };
    !names_one_that_fits(doc, e, fig.m.start, fits)
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;
    use super::*;
    use regex::Regex;

    #[test]
    fn period_labels_are_what_the_pattern_matches() {
        let re =
            Regex::new(r"^(?i:Q[1-4]|H[12]|FY\d{2,4}|CY\d{2,4})$").expect("the pattern builds");
        // every word of up to five of these, and some longer
        let alphabet = ["q", "Q", "h", "f", "C", "y", "Y", "0", "1", "4", "5", "x"];
        let mut words = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|w| alphabet.iter().map(move |a| format!("{w}{a}")))
                .collect();
            words.extend(last.iter().cloned());
        }
        words.extend(["FY2025", "cy20245", "Fy12345", "Q12"].map(String::from));
        for w in &words {
            assert_eq!(period_label(w), re.is_match(w), "{w}");
        }
    }

    #[test]
    fn spec_words_are_no_products() {
        for w in [
            "HBM3e", "GDDR6X", "FP8", "BF16", "PCIe5", "NVLink4", "SXM5", "INT8",
        ] {
            assert!(!model_shaped(w), "{w}");
        }
        for w in ["L40S", "B200", "MI300X", "Intel8", "RTX 4090"] {
            assert!(model_shaped(w), "{w}");
        }
    }

    #[test]
    fn a_variant_is_another_model() {
        assert!(variant_follows("GPT-4", " Turbo（10美元）"));
        assert!(!variant_follows("GPT-4", "的训练成本"));
        assert!(!variant_follows("GPT-4", " 的训练成本"));
        assert!(!variant_follows("英伟达", " Pro"));
        let l = linked("GPT-4 Turbo的价格更低。");
        assert!(l.occ.is_empty());
    }

    #[test]
    fn latin_names_are_the_runs_the_pattern_matches() {
        let re = Regex::new(
            r"[A-Za-z][A-Za-z0-9.\-]*(?: (?:[A-Za-z][A-Za-z0-9.\-]*|\d+(?:\.\d+)?(?:[xX]\d+)?[Bb](?-u:\b)))*",
        )
        .expect("the pattern builds");
        for text in [
            "",
            "OpenAI宣布o1-pro API每百万token收费150美元",
            "GPT-4 Turbo（10美元） and  Claude 3 Haiku",
            "token 150, a b  c-d.e f",
            "x",
            "9a",
            "abc ",
            "abc 1",
            "é Q4 FY2025 DeepSeek-R1-Zero",
            "a-. .b",
            "Mixtral 8x22B的参数",
            "Llama 7B 8B",
            "Qwen 1.5B, x 7b9 y 3.B z 2x4B",
            "Kimi 128K上下文",
        ] {
            let want: Vec<(usize, usize)> =
                re.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(latin_names(text).collect::<Vec<_>>(), want, "{text}");
        }
    }

    #[test]
    fn a_version_or_size_after_a_name_is_another_model() {
        assert!(version_follows("GPT-4", ".5的训练"));
        assert!(version_follows("DeepSeek-V2", ".5模型"));
        assert!(version_follows("Kimi", " k1.5模型"));
        assert!(version_follows("OpenAI", " o3的价格"));
        assert!(version_follows("Mixtral", " 8x22B的参数"));
        assert!(version_follows("Mixtral", " 22B."));
        // the name itself, then a sentence or a figure
        assert!(!version_follows("GPT-4", "。5月"));
        assert!(!version_follows("GPT-4", ". 5"));
        assert!(!version_follows("NVIDIA", " Q4营收"));
        assert!(!version_follows("NVIDIA", " FY2025"));
        assert!(!version_follows("NVIDIA", " 80GB显存"));
        assert!(!version_follows("DeepSeek", " 2025年"));
        assert!(!version_follows("DeepSeek", " Coder"));
        assert!(!version_follows("DeepSeek-R1", " 671B满血版"));
        assert!(!version_follows("英伟达", " B200"));
        for (text, gone) in [
            ("GPT-4.5的训练用了约2.5万块GPU。", "GPT-4"),
            ("Mixtral 8x22B的总参数为1410亿。", "Mixtral"),
            ("Kimi k1.5的参数规模约为2000亿。", "Kimi"),
        ] {
            let l = linked(text);
            assert!(
                l.occ.iter().all(|o| &text[o.start..o.end] != gone),
                "{text}: {gone} still read as a known name"
            );
        }
    }

    #[test]
    fn a_model_name_has_letters_and_digits() {
        assert!(model_shaped("o1-pro API"));
        assert!(model_shaped("GPT-4 Turbo"));
        assert!(!model_shaped("token"));
        assert!(!model_shaped("Q4"));
        assert!(!model_shaped("FY2025"));
    }

    #[test]
    fn a_bracketed_price_is_its_names() {
        let l = linked(
            "它比DeepSeek-R1（0.55美元/百万token）贵，也超过GPT-4 Turbo（10美元/百万token）。",
        );
        assert_eq!(l.entity("0.55美元"), Some("DeepSeek-R1"));
        assert_eq!(l.entity("10美元"), None);
        let l = linked("OpenAI宣布o1-pro API每百万token收费150美元。");
        assert_eq!(l.metric("150美元"), Some("api_price_input"));
        assert_eq!(l.entity("150美元"), None);
    }

    #[test]
    fn a_comparison_verb_reaches_past_a_modifier() {
        assert!(ends_with_comparison("是同期", &["是"]));
        assert!(ends_with_comparison("超过", &["超过"]));
        assert!(!ends_with_comparison("宣布", &["是"]));
    }
}
