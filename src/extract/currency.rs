//! Whose 元 is it? A bare `元` (`16.39兆元`, `2,000元`) is the local
//! currency of the article: the renminbi on the mainland, the New Taiwan
//! dollar in a Taiwan article, often the Hong Kong dollar in a Hong Kong
//! one. A TWD amount read as CNY is a wrong number, not a detail, so the
//! article's signals decide, and the report can say which one did.

use super::text::BmpSet;
use super::units::Unit;
use super::Mention;

/// The local currency of an article that is not the renminbi, and the
/// signal that decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalYuan {
    /// `TWD` or `HKD`.
    pub unit: Unit,
    /// The words of the text that decided it (`新台幣`, `民國`, `港幣`).
    pub signal: &'static str,
}

const TAIWAN: &[&str] = &[
    "新台幣",
    "新臺幣",
    "新台币",
    "台幣",
    "臺幣",
    "台币",
    "NT$",
    "NTD",
    "民國",
    "主計總處",
    "行政院",
    "立法院",
    "金管會",
    "央行總裁",
    "台積電",
    "臺積電",
    "台股",
    "櫃買",
];

const HONG_KONG: &[&str] = &[
    "港幣",
    "港币",
    "HK$",
    "港元",
    "特區政府",
    "特区政府",
    "金管局",
    "立法會",
    "港府",
    "港股",
    "港交所",
    "恒指",
    "恆指",
];

const RENMINBI: &[&str] = &["人民币", "人民幣", "RMB", "CNY", "¥", "￥"];

/// Characters only traditional script uses, and their simplified forms.
const TRADITIONAL: [char; 30] = [
    '這', '個', '們', '經', '說', '國', '會', '產', '與', '對', '發', '時', '後', '為', '實', '開',
    '關', '點', '體', '學', '書', '東', '車', '門', '長', '萬', '億', '華', '續', '區',
];
const SIMPLIFIED: [char; 30] = [
    '这', '个', '们', '经', '说', '国', '会', '产', '与', '对', '发', '时', '后', '为', '实', '开',
    '关', '点', '体', '学', '书', '东', '车', '门', '长', '万', '亿', '华', '续', '区',
];

/// Whether `text` is written in traditional script: in its first 20,000
/// characters, those only traditional script uses outnumber their
/// simplified forms two to one, and are five or more. (Each character is
/// one look-up in a bit set: the whole text of most articles is read.)
fn traditional(text: &str) -> bool {
    static TRAD: BmpSet = BmpSet::new(&TRADITIONAL, &[]);
    static SIMP: BmpSet = BmpSet::new(&SIMPLIFIED, &[]);
    let (mut t, mut s) = (0usize, 0usize);
    for c in text.chars().take(20_000) {
        if TRAD.contains(c) {
            t += 1;
        } else if SIMP.contains(c) {
            s += 1;
        }
    }
    t > s * 2 && t >= 5
}

/// The article's local 元, when its signals say it is not the renminbi: a
/// Taiwan article (新台幣, 民國 years, Taiwan institutions) or a Hong Kong
/// one in traditional script that names the Hong Kong dollar.
pub fn local_yuan(text: &str) -> Option<LocalYuan> {
    let first = |words: &[&'static str]| words.iter().copied().find(|w| text.contains(w));
    if let Some(signal) = first(TAIWAN) {
        return Some(LocalYuan {
            unit: Unit::Twd,
            signal,
        });
    }
    if traditional(text) && first(RENMINBI).is_none() {
        if let Some(signal) = first(HONG_KONG) {
            return Some(LocalYuan {
                unit: Unit::Hkd,
                signal,
            });
        }
    }
    None
}

/// Whether a money mention's currency was read from a bare 元 (not 人民币,
/// 美元, 港元…).
pub fn bare_yuan(text: &str, m: &Mention) -> bool {
    let span = &text[m.start..m.end];
    m.unit == Some(Unit::Cny)
        && span.contains(['元', '圓', '圆'])
        && !RENMINBI.iter().any(|w| span.contains(w))
        && !text[m.end..].starts_with(['人', 'R'])
}

/// Give the bare-元 amounts of an article its local currency, except those
/// after a currency the text declares for what follows (`人民幣4萬3377元
/// （下同）`), which take that one.
pub fn apply(text: &str, mentions: &mut [Mention]) -> Option<LocalYuan> {
    // the article's signals are read only when some amount needs them
    if !mentions.iter().any(|m| bare_yuan(text, m)) {
        return None;
    }
    let local = local_yuan(text)?;
    let declared = declared_currency(text, mentions);
    let mut used = false;
    for m in mentions.iter_mut().filter(|m| bare_yuan(text, m)) {
        match declared {
            Some((from, unit)) if m.start >= from => m.unit = Some(unit),
            _ => {
                m.unit = Some(local.unit);
                used = true;
            }
        }
    }
    used.then_some(local)
}

/// The currency a text declares for the amounts after it, and where: a
/// bracket that says 下同 ("the same below") right after an amount in a
/// named currency (`人民幣4萬3377元（下同，約新台幣18萬6500元）`), or that
/// names the currency itself (`（人民币，下同）`).
fn declared_currency(text: &str, mentions: &[Mention]) -> Option<(usize, Unit)> {
    let at = text.find("下同")?;
    let open = text[..at].rfind(['（', '('])?;
    let bracket = text[open..].chars().next().map_or(1, char::len_utf8);
    let inside = &text[open + bracket..at];
    // a short bracket that opens right before 下同's words, no other one
    if inside.chars().count() > 12 || inside.contains(['）', ')']) {
        return None;
    }
    // a currency the text names (the unit words written before amounts:
    // 人民幣, 新台幣, 港元…), the longest where one holds another (HK$, $)
    let named = |s: &str| {
        super::units::PREFIX_CURRENCIES
            .iter()
            .filter(|(w, _)| s.contains(w))
            .max_by_key(|(w, _)| w.len())
            .map(|&(_, unit)| unit)
    };
    let unit = named(inside).or_else(|| {
        // the amount the bracket follows, with the currency written before
        // or in it
        let m = mentions.iter().rev().find(|m| m.end <= open)?;
        if text[m.end..open].trim().is_empty() {
            let lead = &text[text[..m.start]
                .char_indices()
                .rev()
                .nth(3)
                .map_or(0, |(i, _)| i)..m.end];
            named(lead)
        } else {
            None
        }
    })?;
    Some((at, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_currency_of_an_article() {
        assert_eq!(
            local_yuan("主計總處公布，GDP為24.6兆元新台幣。").map(|l| l.unit),
            Some(Unit::Twd)
        );
        assert_eq!(
            local_yuan("約合16.39兆元，民國114年預算").map(|l| l.unit),
            Some(Unit::Twd)
        );
        assert_eq!(
            local_yuan("香港特區政府表示，這項開支為30億元，以港幣計算。這個項目會在東區進行。")
                .map(|l| l.unit),
            Some(Unit::Hkd)
        );
        // a Taiwan article that declares the renminbi for what follows
        let text = "行政院指出，居民人均可支配收入為人民幣4萬3377元（下同，約新台幣18萬6500元），城鎮居民5萬6502元。";
        let mut ms = crate::extract::Extractor::new().extract(text, None);
        apply(text, &mut ms);
        let unit_of = |span: &str| {
            ms.iter()
                .find(|m| &text[m.start..m.end] == span)
                .and_then(|m| m.unit)
        };
        assert_eq!(unit_of("5萬6502元"), Some(Unit::Cny));
        assert_eq!(unit_of("約新台幣18萬6500元"), Some(Unit::Twd));
        // without the declaration, the local currency
        let text = text.replace("（下同，", "（");
        let mut ms = crate::extract::Extractor::new().extract(&text, None);
        apply(&text, &mut ms);
        let m = ms
            .iter()
            .find(|m| &text[m.start..m.end] == "5萬6502元")
            .unwrap();
        assert_eq!(m.unit, Some(Unit::Twd));
        // a mainland article converting to HKD keeps 元 as CNY
        assert_eq!(
            local_yuan("训练成本约4,350万港元，国内生产总值134.9万亿元。"),
            None
        );
    }
}
