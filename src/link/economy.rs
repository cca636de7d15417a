//! The word 经济 (經濟) as the name of what grew: a whole economy's
//! (中国经济, 香港经济, 整体经济, 国民经济) or a sector's (数字经济, 海洋经济,
//! 民营经济, 平台经济), and the economy's growth said around a time
//! (中国经济去年增长5%, 經濟全年實質增長4.59%).
//!
//! Sectors are an open class (new ones are named every year), while what
//! may stand before a whole economy is a short list: the end of a place's
//! or country's name, a word of the nation, a time, a pronoun. So a word of
//! the economy is taken for the whole economy's only after one of those.

use super::Trigger;
use crate::segment::is_han;

/// The economy words a trigger of the economy's measures starts with.
const ECONOMY: [&str; 2] = ["经济", "經濟"];

/// The last characters of what may stand right before a whole economy's
/// 经济: places and countries (中国, 香港, 内地, 全省, 欧元区, 日本, 印度,
/// 新加坡, 亚洲, 全球, 世界), the nation (国家, 国民, 宏观, 整体, 总体, 本地,
/// 地方), times (去年, 一季度, 同期, 目前, 今年以来, 疫情后), pronouns
/// (其, 该, 这), 的, and the ends of verbs and words of grammar before a
/// subject. Not 上 (线上), 下 (地下), 间 (夜间), 日 (假日), 台 (平台): sectors
/// end with them; nor 动 (拉动经济增长 is a share of the growth, not it) or
/// 均 (an average over years is no year's growth).
const BEFORE_WHOLE: &[char] = &[
    '国', '國', '港', '澳', '湾', '灣', '陆', '陸', '地', '省', '市', '区', '區', '州', '洲', '球',
    '界', '家', '观', '觀', '民', '体', '體', '年', '季', '月', '度', '期', '其', '今', '去', '明',
    '本', '该', '該', '此', '这', '這', '那', '韩', '韓', '英', '德', '法', '俄', '印', '越', '泰',
    '坡', '亚', '亞', '盟', '方', '内', '內', '前', '个', '個', '的', '中', '来', '來', '后', '後',
    '美', '欧', '歐', '计', '計',
    // the ends of verbs and words of grammar before a subject (数据显示,
    // 预计, 统计, 认为, 指出, 是, 在, 与, 使)
    '示', '明', '测', '測', '为', '為', '出', '称', '稱', '说', '說', '令', '使', '让', '讓', '是',
    '在', '与', '與', '和', '及', '将', '將', '对', '對', '把', '望', '即', '但', '而', '且', '都',
    '也', '仍', '则', '則', '就', '还', '還', '并', '並', '又', '更', '已', '了', '到', '从', '從',
    '由', '向', '于', '於', '以',
];

/// Sectors whose names end like a whole economy's (实体经济, 个体经济).
const SECTORS_LIKE_WHOLE: &[&str] = &["实体", "實體", "个体", "個體"];

/// Bare growth verbs that name no measure of their own.
const GROWTH: &[&str] = &["增长", "增長", "成长", "成長", "增速"];

/// Characters that may stand between 经济 and its growth verb: times and
/// modifiers (去年, 全年, 2024年, 一季度, 同比, 按年, 实际, 预计, 将,
/// 温和, 稳步), and a year in brackets (去年(2024年)).
fn between(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "年月季度第一二三四五六七八九十〇零上下半前全去今明同比按实际實際质質名义義也仍则則将將已约約再预預计計可望有（）()温溫和稳穩步强強劲勁大小幅"
            .contains(c)
}

/// At most this many characters between 经济 and its growth verb.
const MAX_BETWEEN: usize = 14;

/// Whether the 经济 at byte `at` of `text` (in a sentence starting at
/// `from`) names a sector's economy, not a whole one.
fn names_a_sector(text: &str, from: usize, at: usize) -> bool {
    let before = &text[from..at];
    match before.chars().next_back() {
        Some(c) if is_han(c) => {
            if BEFORE_WHOLE.contains(&c) {
                SECTORS_LIKE_WHOLE.iter().any(|s| before.ends_with(s))
            } else {
                !super::places::ends_with_a_place(before)
            }
        }
        _ => false,
    }
}

/// The byte offset of the whole economy's 经济 that a bare growth verb at
/// `ts` of `text` says grew, with only a time or modifier between them
/// (中国经济去年增长), if there is one in the sentence from `from`.
fn economy_before(text: &str, from: usize, ts: usize) -> Option<usize> {
    let mut at = ts;
    for _ in 0..=MAX_BETWEEN {
        let before = &text[from..at];
        if let Some(word) = ECONOMY.iter().find(|w| before.ends_with(**w)) {
            let start = at - word.len();
            return (!names_a_sector(text, from, start)).then_some(start);
        }
        let c = before.chars().next_back().filter(|&c| between(c))?;
        at -= c.len_utf8();
    }
    None
}

/// Verbs that give an economy's growth as a figure they record, its verb
/// after the figure (香港經濟去年錄得2.5%的增長).
const RECORDED: &[&str] = &["录得", "錄得", "取得", "实现", "實現", "有"];

/// The byte span from a whole economy's 经济 to the verb that records a
/// percentage right before the bare growth verb at `ts` (经济去年录得 in
/// 香港经济去年录得2.5%的温和增长): the figure's word of the economy's
/// growth, when there is one in the sentence from `from`.
fn recorded_before(text: &str, from: usize, ts: usize) -> Option<(usize, usize)> {
    let before = &text[from..ts];
    // (的 and an adjective of at most two characters between the figure
    // and the verb: 2.5%的温和增长)
    let mut figure_end = before.len();
    if let Some(de) = before
        .char_indices()
        .rev()
        .take(3)
        .find(|&(_, c)| c == '的')
        .map(|(i, _)| i)
    {
        if before[de + '的'.len_utf8()..].chars().all(is_han) {
            figure_end = de;
        }
    }
    let figure = before[..figure_end].strip_suffix(['%', '％'])?;
    let number = figure.trim_end_matches(|c: char| {
        c.is_ascii_digit() || ('０'..='９').contains(&c) || matches!(c, '.' | '．')
    });
    if number.len() == figure.len() {
        return None;
    }
    let verb = RECORDED.iter().find(|v| number.ends_with(**v))?;
    let verb_start = from + number.len() - verb.len();
    let start = economy_before(text, from, verb_start)?;
    Some((start, verb_start + verb.len()))
}

/// The economy words among `found`, the triggers of the sentence of
/// `text` from `from`: a sector's economy word (数字经济增长) is no trigger,
/// and a bare growth verb after a whole economy's 经济 is the word of the
/// economy's growth from 经济 to the verb, for the metrics of
/// `economy_growth` (those of 经济增长).
pub(super) fn economy_words(
    text: &str,
    from: usize,
    economy_growth: Option<&[usize]>,
    found: &mut Vec<Trigger>,
) {
    found.retain(|&(ts, _, _)| {
        !(ECONOMY.iter().any(|w| text[ts..].starts_with(w)) && names_a_sector(text, from, ts))
    });
    let Some(metrics) = economy_growth else {
        return;
    };
    let mut added: Vec<Trigger> = Vec::new();
    let mut last = None;
    for &(ts, te, _) in found.iter() {
        if last == Some((ts, te)) || !GROWTH.contains(&&text[ts..te]) {
            continue;
        }
        last = Some((ts, te));
        let start = economy_before(text, from, ts)
            .map(|start| (start, te))
            .or_else(|| recorded_before(text, from, ts));
        if let Some((start, te)) = start {
            for &m in metrics {
                if !found.iter().any(|&(a, _, b)| a == start && b == m) {
                    added.push((start, te, m));
                }
            }
        }
    }
    found.extend(added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sectors_economy_is_told_from_a_whole_one() {
        for (text, sector) in [
            ("中国经济", false),
            ("香港經濟", false),
            ("我国国民经济", false),
            ("整体经济", false),
            ("去年经济", false),
            ("经济", false),
            ("2024经济", false),
            ("2024年上海經濟", false),
            ("越南经济", false),
            ("数据显示经济", false),
            ("第3季初步統計經濟", false),
            ("数字经济", true),
            ("拉动经济", true),
            ("平均經濟", true),
            ("海洋经济", true),
            ("民营经济", true),
            ("平台经济", true),
            ("夜间经济", true),
            ("实体经济", true),
            ("個體經濟", true),
        ] {
            let at = text.len() - "经济".len();
            assert_eq!(names_a_sector(text, 0, at), sector, "{text}");
        }
    }

    #[test]
    fn the_economy_before_a_growth_verb_is_found_across_a_time() {
        let at = |t: &str, verb: &str| economy_before(t, 0, t.find(verb).unwrap());
        assert_eq!(at("中国经济去年增长5%", "增长"), Some("中国".len()));
        assert_eq!(at("經濟全年實質增長", "增長"), Some(0));
        assert_eq!(at("中国经济2024年同比增长", "增长"), Some("中国".len()));
        assert_eq!(
            at("香港經濟去年(2024年)溫和增長", "增長"),
            Some("香港".len())
        );
        // a sector's, or another measure between them
        assert_eq!(at("数字经济去年增长", "增长"), None);
        assert_eq!(at("经济下行压力加大，收入增长", "增长"), None);
        assert_eq!(at("经济工作会议提出增长", "增长"), None);
        assert_eq!(at("居民收入增长", "增长"), None);
    }

    #[test]
    fn the_economy_may_record_its_growth_before_the_verb() {
        fn at(t: &str) -> Option<&str> {
            recorded_before(t, 0, t.rfind("增").unwrap()).map(|(s, e)| &t[s..e])
        }
        assert_eq!(at("香港经济去年录得2.5%的温和增长"), Some("经济去年录得"));
        assert_eq!(at("香港經濟錄得２．５％增長"), Some("經濟錄得"));
        assert_eq!(at("本港经济实现3.2%的增长"), Some("经济实现"));
        // not a sector's, nor another measure's, nor no figure
        assert_eq!(at("数字经济录得2.5%的增长"), None);
        assert_eq!(at("经济向好，出口录得2.5%的增长"), None);
        assert_eq!(at("香港经济录得增长"), None);
        assert_eq!(at("香港经济录得2.5%的出口的增长"), None);
    }
}
