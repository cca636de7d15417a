//! What is not a quantity: URLs, emails and list markers (the skip mask),
//! digits in names and codes (`H800`, `GPT-4o`), clock times, phone numbers,
//! ordinals, and idioms whose numeral characters count nothing (`一旦`).

use super::numeral;
use super::numeral::{chinese_digit, is_chinese_numeral_char};
use super::text::{is_ascii_alnum, is_digit, ByChar, Text, PAREN_CLOSE, PAREN_OPEN};
use super::units::{measure_word_at, prefix_currency, unit_word_at, PREFIX_CURRENCIES};
use std::sync::LazyLock;

/// Idioms and words whose numeral characters are not quantities.
pub(super) const IDIOMS: &[&str] = &[
    "一些",
    "一直",
    "一旦",
    "一夜",
    "一夕",
    "一举两得",
    "一舉兩得",
    "统一",
    "統一",
    "万一",
    "萬一",
    "千万不要",
    "千萬不要",
    "千万别",
    "千萬別",
    "一定",
    "一般",
    "一样",
    "一樣",
    "一起",
    "一切",
    "一致",
    "唯一",
    "之一",
    "同一",
    "一同",
    "一再",
    "一度",
    "一面",
    "一边",
    "一邊",
    "一方面",
    "一律",
    "一向",
    "一贯",
    "一貫",
    "一点点",
    "一點點",
    "一下",
    "一会",
    "一會",
    "一时",
    "一時",
    "一味",
    "一手",
    "一流",
    "一线",
    "一線",
    "一体",
    "一體",
    "一带一路",
    "一帶一路",
    "三心二意",
    "五花八门",
    "五花八門",
    "七上八下",
    "乱七八糟",
    "亂七八糟",
    "九死一生",
    "十足",
    "百般",
    "千方百计",
    "千方百計",
    "万分",
    "萬分",
    "万物",
    "萬物",
    "万事",
    "萬事",
    "一五一十",
    "三三两两",
    "三三兩兩",
    "两岸",
    "兩岸",
    "两会",
    "兩會",
    "一睹",
    "一览",
    "一覽",
    "一窥",
    "一窺",
    "一番",
    "一口气",
    "一口氣",
    "一系列",
    "一场",
    "一場",
    "一员",
    "一員",
    "一年一度",
    "一年四季",
    "零組件",
    "零组件",
    "二十大",
    "十九大",
    "十八大",
    "十五五",
    "四季如春",
    "第一",
    "之二",
    "之三",
    "一则",
    "一則",
    "一来",
    "一來",
    "一方",
    "一大",
    "一阵",
    "一陣",
    "一路",
    "一身",
    "一生",
    "一心",
    "一概",
    "一眼",
    "一如",
    "一齐",
    "一齊",
    "一并",
    "一併",
    "一经",
    "一經",
    "一旁",
    "一连",
    "一連",
    "一举",
    "一舉",
    "一口",
    "一环",
    "一環",
    "一部分",
    "一带",
    "一帶",
    "三星",
    "四周",
    "四處",
    "四处",
    "十分",
    // (a jack, a heavy load, and a deft touch that moves it)
    "千斤",
    "四两拨千斤",
    "四兩撥千斤",
    "百分百",
    "万众",
    "萬眾",
    "千千万万",
    "千千萬萬",
    "一流",
    "二手",
    "一二线",
    "二线",
    "三线",
    "十字",
    "八卦",
    "九州",
    "五金",
    "百姓",
    "百货",
    "百貨",
    "千里",
    "万里",
    "萬里",
    "万象",
    "萬象",
    "七夕",
    "五四",
    "九一八",
    "双十一",
    "零部件",
    "零配件",
    "零件",
    "零售",
    "零食",
    "零星",
    "零散",
    "零碎",
    "零钱",
    "零錢",
    "零用",
    "零工",
    "零头",
    "零頭",
    "零和",
    "零距离",
    "零距離",
    "零容忍",
    "零跑",
    "雙十一",
    "一审",
    "一審",
    "二审",
    "二審",
    "一线城市",
    "四面八方",
    "一模一样",
    "一模一樣",
    "独一无二",
    "獨一無二",
    "一无所有",
    "一無所有",
    "三十而立",
    "一分为二",
    "一分為二",
    "一石二鸟",
    "一石二鳥",
    "十一黄金周",
    "十一黃金週",
    "十一长假",
    "十一長假",
    "十一假期",
    "十三五",
    "十四五",
    "十五五",
    "百万富翁",
    "百萬富翁",
    "千里马",
    "千里馬",
    "万能",
    "萬能",
    "千禧",
    "千家万户",
    "千家萬戶",
    "四舍五入",
    "四捨五入",
    "哪一",
    "三七二十一",
    "千万要",
    "千萬要",
    "千万注意",
    "千萬注意",
    // (idioms whose numerals read as counts, money or spans: 八道, 五次,
    // 八两, 一角, 一年半, 十万)
    "胡说八道",
    "胡說八道",
    "三番五次",
    "半斤八两",
    "半斤八兩",
    "八九不离十",
    "八九不離十",
    "一年半载",
    "一年半載",
    "十万火急",
    "十萬火急",
    "冰山一角",
    "九牛一毛",
];

/// Characters that form a noun with a following 数 (人数, 总数, 参数…).
pub(super) const NOUNS_ENDING_IN_SHU: &[char] = &[
    '人', '总', '總', '次', '多', '少', '半', '无', '無', '倍', '指', '参', '參', '系', '分', '函',
    '变', '變', '岁', '歲', '件', '台', '户', '戶', '票', '字', '页', '頁', '天', '年', '股', '个',
    '個', '位', '读', '讀', '点', '點', '基', '整', '实', '實', '虚', '虛', '复', '複', '奇', '偶',
    '小', '大', '正', '负', '負', '约', '約', '算', '术', '術', '礼', '禮', '定', '招', '路', '得',
    '场', '場', '轮', '輪', '局', '级', '級', '阶', '階', '帧', '幀', '频', '頻', '册', '冊', '均',
    '常', '函', '心', '运', '運', '气', '氣', '术', '分', '本', '全', '单', '單', '双', '雙', '定',
    '劫', '名', '口', '张', '張', '根', '尾', '首', '末', '条', '條', '笔', '筆', '格', '码', '碼',
    '据', '據',
];

/// An idiom and its characters.
struct Idiom {
    word: &'static str,
    chars: Vec<char>,
}

/// The idioms sorted by their first two characters, and for each numeral
/// character the places it takes in some idiom: at a numeral only the
/// idioms that start where one of those places puts them, with the two
/// characters found there, are compared with the text.
struct IdiomIndex {
    by_start: Vec<Idiom>,
    /// Each pair of first characters, as [`pair_key`] gives it, with where
    /// its idioms are in `by_start`, in the order of the keys.
    pairs: Vec<(u64, std::ops::Range<usize>)>,
    /// Bit [`pair_bit`] of each key of `pairs` is set: most pairs of a
    /// text start no idiom, and are told so by one look-up instead of a
    /// search.
    pair_bits: [u64; 64],
    places: Vec<(char, Vec<usize>)>,
}

/// The word and bit of [`IdiomIndex::pair_bits`] for a pair's key (one of
/// 4096 places, from both characters).
fn pair_bit(key: u64) -> (usize, u64) {
    let k = (key ^ (key >> 29)) as usize % 4096;
    (k / 64, 1 << (k % 64))
}

/// Two characters as one number, ordered as the pair is.
fn pair_key(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

static IDIOM_INDEX: std::sync::LazyLock<IdiomIndex> = std::sync::LazyLock::new(|| {
    let mut by_start: Vec<Idiom> = IDIOMS
        .iter()
        .map(|w| Idiom {
            word: w,
            chars: w.chars().collect(),
        })
        .collect();
    by_start.sort_by(|a, b| a.chars[..2].cmp(&b.chars[..2]));
    let mut pairs: Vec<(u64, std::ops::Range<usize>)> = Vec::new();
    for (k, idiom) in by_start.iter().enumerate() {
        let key = pair_key(idiom.chars[0], idiom.chars[1]);
        match pairs.last_mut() {
            Some((last, range)) if *last == key => range.end = k + 1,
            _ => pairs.push((key, k..k + 1)),
        }
    }
    let mut pair_bits = [0; 64];
    for &(key, _) in &pairs {
        let (word, bit) = pair_bit(key);
        pair_bits[word] |= bit;
    }
    let mut places: Vec<(char, Vec<usize>)> = Vec::new();
    for idiom in &by_start {
        for (k, &c) in idiom.chars.iter().enumerate() {
            if !is_chinese_numeral_char(c) {
                continue;
            }
            match places.iter_mut().find(|(p, _)| *p == c) {
                Some((_, ks)) if ks.contains(&k) => {}
                Some((_, ks)) => ks.push(k),
                None => places.push((c, vec![k])),
            }
        }
    }
    IdiomIndex {
        by_start,
        pairs,
        pair_bits,
        places,
    }
});

impl IdiomIndex {
    /// The idioms whose first two characters are `a` and `b` (one search
    /// among numbers, not among pairs of characters).
    fn starting(&self, a: char, b: char) -> &[Idiom] {
        let (word, bit) = pair_bit(pair_key(a, b));
        if self.pair_bits[word] & bit == 0 {
            return &[];
        }
        match self
            .pairs
            .binary_search_by_key(&pair_key(a, b), |(key, _)| *key)
        {
            Ok(p) => &self.by_start[self.pairs[p].1.clone()],
            Err(_) => &[],
        }
    }
}

/// The characters the scanner passes over: URLs, emails and list markers.
pub(super) fn skip_mask(t: &Text) -> Vec<bool> {
    let mut mask = vec![false; t.len()];
    // (one pass over the text's stops for both: the marks of addresses and
    // the line breaks; each only marks, so the order does not matter)
    mask_list_marker(t, 0, &mut mask);
    // past the last address marked
    let mut i = 0;
    for &k in &t.stops {
        let c = t.chars[k];
        if c == '\n' {
            mask_list_marker(t, k + 1, &mut mask);
        } else if k >= i && ADDRESS_MARKS.contains(&c) {
            i = match address_at(t, k) {
                Some((a, b)) => {
                    mask[a..b].fill(true);
                    b
                }
                None => k + 1,
            };
        }
    }
    mask
}

/// The characters that can start an address (h, H or w) or be the @ of
/// one. URLs and emails are marked where one of them is (they are among
/// the text's stops), and none inside an address already marked.
pub(super) const ADDRESS_MARKS: &[char] = &['h', 'H', 'w', '@'];

/// The characters a URL starting at char `i` covers, or the ASCII word
/// around an email's @ at `i`.
fn address_at(t: &Text, i: usize) -> Option<(usize, usize)> {
    let n = t.len();
    let url_start = t.starts(i, "http://")
        || t.starts(i, "https://")
        || t.starts(i, "HTTP://")
        || t.starts(i, "HTTPS://")
        || (t.starts(i, "www.") && (i == 0 || !is_ascii_alnum(t.chars[i - 1])));
    if url_start {
        let mut j = i;
        while j < n
            && !t.chars[j].is_whitespace()
            && t.chars[j].is_ascii()
            && !matches!(t.chars[j], ')' | '"' | '\'' | '>')
        {
            j += 1;
        }
        return Some((i, j));
    }
    if t.chars[i] == '@' && i > 0 && is_ascii_alnum(t.chars[i - 1]) {
        let mut a = i;
        while a > 0
            && (is_ascii_alnum(t.chars[a - 1]) || matches!(t.chars[a - 1], '.' | '_' | '-' | '+'))
        {
            a -= 1;
        }
        let mut b = i + 1;
        while b < n && (is_ascii_alnum(t.chars[b]) || matches!(t.chars[b], '.' | '_' | '-')) {
            b += 1;
        }
        return Some((a, b));
    }
    None
}

/// Mark a list marker at the start of the line that starts at char
/// `start`: "1." "2、" "(3)" "一、" "（二）". Only the first character of
/// the line (after its spaces) is looked at: the lines start at the
/// text's start and after each line break (one of the text's stops), and
/// no marker reaches past one.
fn mask_list_marker(t: &Text, start: usize, mask: &mut [bool]) {
    let n = t.len();
    // the line's spaces
    let mut k = start;
    while k < n && t.chars[k].is_whitespace() && t.chars[k] != '\n' {
        k += 1;
    }
    if k < n && t.chars[k] != '\n' {
        if let Some(end) = list_marker_end(t, k) {
            mask[k..end].fill(true);
        }
    }
}

/// The end of a list marker at char `k` (past its closing mark), if one
/// stands there.
fn list_marker_end(t: &Text, k: usize) -> Option<usize> {
    let n = t.len();
    let mut j = k;
    let open = PAREN_OPEN.contains(&t.chars[j]);
    if open {
        j += 1;
    }
    let ds = j;
    while j < n
        && j - ds < 3
        && (is_digit(t.chars[j]) || chinese_digit(t.chars[j]).is_some() || t.chars[j] == '十')
    {
        j += 1;
    }
    if j == ds || j >= n {
        return None;
    }
    let close = t.chars[j];
    let marker = if open {
        PAREN_CLOSE.contains(&close)
    } else {
        close == '、'
            || (close == '.' && !t.at(j + 1).is_some_and(is_digit))
            || close == '．' && !t.at(j + 1).is_some_and(is_digit)
    };
    marker.then_some(j + 1)
}

/// Digits that are part of a name or code (H800, GPT-4o, V3, Llama 3.1-405B,
/// COVID-19, iPhone 16). Returns the end of the run to skip.
pub(super) fn name_digits(t: &Text, i: usize) -> Option<usize> {
    let prev = if i > 0 { t.chars[i - 1] } else { ' ' };
    if prev.is_ascii_alphabetic() {
        if after_currency_code(t, i) || after_statistic(t, i) {
            return None;
        }
        return Some(ascii_run_end(t, i));
    }
    if prev.is_ascii_digit() {
        return Some(ascii_run_end(t, i));
    }
    if matches!(prev, '-' | '_' | '.') && i >= 2 && is_ascii_alnum(t.chars[i - 2]) {
        return Some(ascii_run_end(t, i));
    }
    if i > 0 && prev == ' ' && ascii_name_before(t, i) && !after_currency_code(t, i - 1) {
        return version_after_name(t, i);
    }
    if let Some(end) = stock_code(t, i) {
        return Some(end);
    }
    if let Some(end) = product_line_number(t, i, prev) {
        return Some(end);
    }
    letters_after_digits(t, i)
}

/// Whether the letters right before char `i` are a statistic's acronym
/// (GDP, CPI, PPI, PMI), not a name: its figure follows with no space
/// (`2024年中国GDP134.9万亿元`).
fn after_statistic(t: &Text, i: usize) -> bool {
    ["GDP", "CPI", "PPI", "PMI"].iter().any(|w| {
        let n = w.len();
        i >= n
            && t.chars[i - n..i]
                .iter()
                .map(char::to_ascii_uppercase)
                .eq(w.chars())
            && (i == n || !t.chars[i - n - 1].is_ascii_alphanumeric())
    })
}

/// Chinese names of chip lines whose models are numbered right after the
/// name (昇腾910B, 鲲鹏920, 麒麟9000, 天玑9300, 龙芯3A6000, 飞腾2000, 思元370),
/// by the last character of the name (a first test on the character
/// before the digits).
const PRODUCT_LINES: &[&str] = &[
    "昇腾", "昇騰", "鲲鹏", "鯤鵬", "麒麟", "天玑", "天璣", "骁龙", "驍龍", "龙芯", "龍芯", "飞腾",
    "飛騰", "思元",
];

/// The end of a model number right after a chip line's name (`昇腾920`,
/// `昇騰910B`): part of the name, as the digits of H800 are. Not where an
/// amount or a date follows the digits (`昇腾2万颗`, `麒麟2024年`).
fn product_line_number(t: &Text, i: usize, prev: char) -> Option<usize> {
    if !matches!(
        prev,
        '腾' | '騰' | '鹏' | '鵬' | '麟' | '玑' | '璣' | '龙' | '龍' | '芯' | '元'
    ) || !PRODUCT_LINES.iter().any(|w| t.ends(i, w))
    {
        return None;
    }
    let end = ascii_run_end(t, i);
    let amount_after = t.chars[i..end].iter().all(|c| c.is_ascii_digit())
        && t.at(end).is_some_and(|c| {
            numeral::big_unit(c).is_some()
                || numeral::small_unit(c).is_some()
                || matches!(c, '年' | '月' | '日' | '号' | '號' | '%' | '％' | '.')
                || unit_word_at(t, end).is_some()
                || measure_word_at(t, end).is_some()
        });
    (!amount_after).then_some(end)
}

/// The end of the run of ASCII letters and digits (joined by `.`, `-`, `_`)
/// from char `j`.
fn ascii_run_end(t: &Text, mut j: usize) -> usize {
    let n = t.len();
    while j < n {
        let c = t.chars[j];
        if is_ascii_alnum(c)
            || ((c == '.' || c == '-' || c == '_') && j + 1 < n && is_ascii_alnum(t.chars[j + 1]))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The ASCII spellings of [`PREFIX_CURRENCIES`] (USD, HK$), by their last
/// character.
static ASCII_CODES_BY_LAST: LazyLock<ByChar<&'static str>> = LazyLock::new(|| {
    let codes: Vec<&'static str> = PREFIX_CURRENCIES
        .iter()
        .map(|&(w, _)| w)
        .filter(|w| w.is_ascii())
        .collect();
    ByChar::new(&codes, |w| w.chars().next_back())
});

/// Whether a currency code (USD, HKD) ends at char `k`: the number after
/// it is an amount, not part of a name. (Only the codes ending in the
/// character before `k` can: an ASCII one there is the text's own.)
fn after_currency_code(t: &Text, k: usize) -> bool {
    let Some(&last) = k.checked_sub(1).and_then(|j| t.chars.get(j)) else {
        return false;
    };
    ASCII_CODES_BY_LAST.get(last).iter().any(|w| {
        t.ends(k, w)
            && k >= w.len()
            && (k == w.len() || !t.chars[k - w.len() - 1].is_ascii_alphabetic())
    })
}

/// Whether ASCII words stand before char `i` (a space before it), through
/// spaces: "Llama 3.1 405B", "Claude 3.5 Sonnet".
fn ascii_name_before(t: &Text, i: usize) -> bool {
    let mut k = i - 1;
    let mut letters = false;
    while k > 0 && i - k < 40 {
        let c = t.chars[k - 1];
        if c.is_ascii_alphabetic() {
            letters = true;
        } else if !(c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '_')) {
            break;
        }
        k -= 1;
    }
    letters
}

/// Digits after a name and a space: "Llama 3.1", "Claude 3.5 Sonnet",
/// "RTX 4090" are names, unless a Chinese unit follows directly ("GPU
/// 2048颗", "BP 20%").
fn version_after_name(t: &Text, i: usize) -> Option<usize> {
    let j = ascii_run_end(t, i);
    let word_has_letters = t.chars[i..j].iter().any(|c| c.is_ascii_alphabetic());
    let next = t.at(j);
    let unit_follows = next.is_some_and(|c| {
        matches!(c, '%' | '％')
            || !c.is_ascii()
                && (unit_word_at(t, j).is_some()
                    || measure_word_at(t, j).is_some()
                    || numeral::big_unit(c).is_some()
                    || c == '年'
                    || c == '月')
    });
    if word_has_letters || !unit_follows {
        return Some(j);
    }
    None
}

/// Stock codes: 0700.HK, 600519.SH. Returns the end of the code.
fn stock_code(t: &Text, i: usize) -> Option<usize> {
    let n = t.len();
    let mut j = i;
    while j < n && t.chars[j].is_ascii_digit() {
        j += 1;
    }
    if t.at(j) == Some('.') && t.at(j + 1).is_some_and(|c| c.is_ascii_uppercase()) {
        let mut k = j + 1;
        while k < n && t.chars[k].is_ascii_alphabetic() {
            k += 1;
        }
        return Some(k);
    }
    None
}

/// Digits followed by letters that are not a unit suffix: 4o, 5G, 4090Ti.
/// Returns the end of the run to skip.
fn letters_after_digits(t: &Text, i: usize) -> Option<usize> {
    // (no number with letters after it is longer than this: a run of
    // digits and separators read from every number in it would cost the
    // square of its length, 1,1,1,… on and on)
    const LONGEST: usize = 64;
    let n = t.len();
    let mut j = i;
    while j < n
        && (is_digit(t.chars[j])
            || ((t.chars[j] == '.' || t.chars[j] == ',') && t.at(j + 1).is_some_and(is_digit)))
    {
        j += 1;
        if j - i > LONGEST {
            return None;
        }
    }
    if j < n && t.chars[j].is_ascii_alphabetic() {
        let mut k = j;
        while k < n && t.chars[k].is_ascii_alphabetic() {
            k += 1;
        }
        let word: String = t.chars[j..k].iter().collect();
        let is_suffix = matches!(
            word.as_str(),
            "K" | "k"
                | "M"
                | "B"
                | "bn"
                | "T"
                | "GB"
                | "MB"
                | "TB"
                | "KB"
                | "W"
                | "kW"
                | "MW"
                | "GW"
                | "x"
                | "X"
                | "GPU"
                | "GPUs"
                | "TFLOPS"
                | "FLOPs"
                | "flops"
                | "FLOP"
                | "tokens"
                | "token"
                | "Token"
                | "bp"
                | "bps"
                | "BP"
                | "BPs"
                | "kg"
                | "km"
                | "cm"
                | "mm"
                | "nm"
                | "ms"
                | "ml"
                | "mL"
                | "mg"
        ) || word.starts_with("GPU")
            || super::units::is_flops_word(&word)
            // the w of web writing for 万, before a Chinese character (300w张)
            || (word == "w" && super::scale::web_wan_at(t, i, j))
            // square and cubic metres: 120m², 5m³
            || (word == "m" && matches!(t.at(k), Some('²' | '³')));
        let followed_by_alnum = k < n
            && (is_digit(t.chars[k])
                || t.chars[k] == '-' && t.at(k + 1).is_some_and(is_ascii_alnum));
        // a picture's resolution (4K屏幕, 8K电视) is a name, not 4,000
        let resolution = word == "K"
            && [
                "分辨", "屏", "视频", "視頻", "影片", "电视", "電視", "画质", "畫質", "显示",
                "顯示", "高清", "超清", "投影", "摄像", "攝像", "录制", "錄製", "直播",
            ]
            .iter()
            .any(|w| t.starts(k, w));
        // scientific notation as papers write it (3.14E+23, 2.15e25): the
        // scale reader reads it
        if exponent_at(t, j).is_some() || super::units::pf_day_at(t, j) {
            return None;
        }
        if !is_suffix || followed_by_alnum || resolution {
            return Some(ascii_run_end(t, i));
        }
    }
    None
}

/// The exponent of scientific notation at `j` (`E+23`, `e25`, `e-3`: one
/// or two digits, then neither a letter nor a digit), and where it ends.
pub(super) fn exponent_at(t: &Text, j: usize) -> Option<(i64, usize)> {
    if !matches!(t.at(j), Some('e' | 'E')) {
        return None;
    }
    let (neg, ds) = match t.at(j + 1) {
        Some('+') => (false, j + 2),
        Some('-') => (true, j + 2),
        _ => (false, j + 1),
    };
    let mut e = ds;
    let mut exp: i64 = 0;
    while let Some(d) = t.at(e).filter(|c| c.is_ascii_digit()) {
        exp = exp * 10 + i64::from(d as u8 - b'0');
        e += 1;
    }
    let ends_word = !t.at(e).is_some_and(|c| c.is_ascii_alphanumeric());
    ((1..=2).contains(&(e - ds)) && ends_word).then_some((if neg { -exp } else { exp }, e))
}

/// Clock times (11:19:47), phone numbers (400-123-4567, 13812345678),
/// IPv4 addresses (127.0.0.1) and digits after 第 (ordinals). Returns the
/// end of the run to skip.
pub(super) fn non_quantity_digits(t: &Text, i: usize) -> Option<usize> {
    let n = t.len();
    let mut j = i;
    while j < n && is_digit(t.chars[j]) {
        j += 1;
    }
    let len = j - i;
    // a telephone country code: +86, +852
    if i > 0
        && matches!(t.chars[i - 1], '+' | '＋')
        && (2..=3).contains(&len)
        && !t
            .at(j)
            .is_some_and(|c| c == '%' || c == '％' || c == '.' || unit_word_at(t, j).is_some())
    {
        return Some(j);
    }
    // an hour of the clock (今早7时, 下午2時, 周二 7 时): a time, not a
    // figure (24小时 is a duration: 小 comes first; 7时代 is no hour)
    if (1..=2).contains(&len) {
        let k = if t.at(j) == Some(' ') { j + 1 } else { j };
        let hour = t.chars[i..j]
            .iter()
            .try_fold(0u32, |v, c| Some(v * 10 + c.to_digit(10)?))
            .is_some_and(|h| h <= 24);
        if hour
            && matches!(t.at(k), Some('时' | '時'))
            && !matches!(
                t.at(k + 1),
                Some(
                    '代' | '期'
                        | '间'
                        | '間'
                        | '候'
                        | '段'
                        | '势'
                        | '勢'
                        | '刻'
                        | '速'
                        | '长'
                        | '長'
                )
            )
        {
            return Some(k + 1);
        }
    }
    // an IPv4 address (127.0.0.1, 192.168.1.10): four groups of one to
    // three digits joined by full stops, no quantity
    if (1..=3).contains(&len) {
        let mut k = j;
        let mut groups = 1;
        while groups < 4 && t.at(k) == Some('.') && t.at(k + 1).is_some_and(is_digit) {
            let s = k + 1;
            k = s;
            while k < n && is_digit(t.chars[k]) {
                k += 1;
            }
            if k - s > 3 {
                break;
            }
            groups += 1;
        }
        let ends = !(t.at(k).is_some_and(is_digit)
            || t.at(k) == Some('.') && t.at(k + 1).is_some_and(is_digit));
        if groups == 4 && ends {
            return Some(k);
        }
    }
    // clock time hh:mm(:ss)
    if (1..=2).contains(&len)
        && j + 2 < n
        && matches!(t.chars[j], ':' | '：')
        && is_digit(t.chars[j + 1])
        && is_digit(t.chars[j + 2])
    {
        let mut k = j + 3;
        if k + 2 < n + 1
            && k < n
            && matches!(t.chars[k], ':' | '：')
            && t.at(k + 1).is_some_and(is_digit)
            && t.at(k + 2).is_some_and(is_digit)
        {
            k += 3;
        }
        return Some(k);
    }
    // phone numbers: 3-4 digits - 3-4 digits (- 4 digits), or 11 digits
    // starting with 1; never after a currency (`$100-500` is a range of
    // prices)
    if (3..=4).contains(&len) && t.at(j) == Some('-') && prefix_currency(t, i).is_none() {
        let mut k = j + 1;
        let s = k;
        while k < n && is_digit(t.chars[k]) {
            k += 1;
        }
        if (3..=8).contains(&(k - s)) && !(len == 4 && k - s <= 2) {
            let mut e = k;
            if t.at(e) == Some('-') {
                let s2 = e + 1;
                let mut k2 = s2;
                while k2 < n && is_digit(t.chars[k2]) {
                    k2 += 1;
                }
                if (3..=4).contains(&(k2 - s2)) {
                    e = k2;
                }
            }
            // 4-digit-dash-2-digit is a date (2025-02), handled elsewhere;
            // 100-200亿元 and 4000-5000米 are ranges
            let unit_after = t.at(e).is_some_and(|c| {
                numeral::big_unit(c).is_some()
                    || numeral::small_unit(c).is_some()
                    || c == '%'
                    || c == '％'
            }) || unit_word_at(t, e).is_some()
                || super::units::physical_measure_at(&t.chars, e)
                || t.at(e) == Some('米');
            let is_date = len == 4 && (1..=2).contains(&(k - s));
            if !is_date && !unit_after {
                return Some(e);
            }
        }
    }
    if len >= 11
        && t.chars[i] == '1'
        && !t
            .at(j)
            .is_some_and(|c| unit_word_at(t, j).is_some() || numeral::big_unit(c).is_some())
    {
        return Some(j);
    }
    // ordinals: 第3, 第 3
    if i > 0
        && (t.chars[i - 1] == '第' || (t.chars[i - 1] == ' ' && i > 1 && t.chars[i - 2] == '第'))
        && !t.starts(j, "季")
    {
        let mut k = j;
        while k < n && (is_digit(t.chars[k]) || is_chinese_numeral_char(t.chars[k])) {
            k += 1;
        }
        return Some(k);
    }
    None
}

/// Whether a Chinese numeral starting at `i` can be a quantity (not an
/// idiom, an ordinal or a weekday).
pub(super) fn chinese_numeral_allowed(t: &Text, i: usize) -> bool {
    let prev = if i > 0 { t.chars[i - 1] } else { ' ' };
    if prev == '第' || prev == '初' {
        return false;
    }
    if matches!(prev, '周' | '週' | '礼' | '禮')
        || (matches!(prev, '期' | '拜')
            && (t.ends(i, "星期") || t.ends(i, "礼拜") || t.ends(i, "禮拜")))
    {
        // 周一, 星期三 (but 两周 is fine: that has the numeral first)
        return false;
    }
    // idioms containing the numeral at this position
    let c = t.chars[i];
    let index = &*IDIOM_INDEX;
    let Some((_, places)) = index.places.iter().find(|(p, _)| *p == c) else {
        return true;
    };
    for &k in places {
        if i < k {
            continue;
        }
        let s = i - k;
        // (an idiom found in the text at `s` is also in `t.chars` from `s`:
        // none of its characters is a space, an invisible one or 廿卅卌)
        let Some(&[a, b]) = t.chars.get(s..s + 2) else {
            continue;
        };
        for idiom in index.starting(a, b) {
            if idiom.chars.get(k) != Some(&c) || !t.starts(s, idiom.word) {
                continue;
            }
            // 十分之一 is a fraction, not the idiom 十分 (very)
            if idiom.word == "十分" && (t.starts(s, "十分之") || ten_minutes(t, s)) {
                continue;
            }
            if idiom.word == "一番" && (t.ends(s, "翻") || t.ends(s, "翻了")) {
                continue;
            }
            return false;
        }
    }
    true
}

/// 十分钟 (ten minutes), not the idiom 十分 (very) before 钟爱, 钟情 or
/// the Cantonese 钟意, nor 钟灵毓秀 (十分钟爱: very fond of; 十分鐘意: likes
/// a lot).
fn ten_minutes(t: &Text, s: usize) -> bool {
    matches!(t.at(s + 2), Some('钟' | '鐘' | '鍾'))
        && !matches!(t.at(s + 3), Some('爱' | '愛' | '情' | '意' | '灵' | '靈'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The skip mask as a test of every character finds it: an address
    /// tried at every character, a list marker at every line's first one.
    fn skip_mask_by_chars(t: &Text) -> Vec<bool> {
        let n = t.len();
        let mut mask = vec![false; n];
        let mut i = 0;
        while i < n {
            i = match address_at(t, i) {
                Some((a, b)) => {
                    mask[a..b].fill(true);
                    b
                }
                None => i + 1,
            };
        }
        let mut line_start = true;
        let mut k = 0;
        while k < n {
            let c = t.chars[k];
            if c == '\n' || (line_start && c.is_whitespace()) {
                line_start |= c == '\n';
                k += 1;
                continue;
            }
            if std::mem::take(&mut line_start) {
                if let Some(end) = list_marker_end(t, k) {
                    mask[k..end].fill(true);
                    k = end;
                    continue;
                }
            }
            k += 1;
        }
        mask
    }

    #[test]
    fn skip_mask_marks_what_a_test_of_every_character_marks() {
        for text in [
            "访问https://example.com/2025/01/a1.html 或 www.example.cn/3，邮件a.b-1@x.com。",
            "xwww.a.com 与 HTTP://A.B/1) 和 HTTPS://c.d/2\"e 以及 hello@ 与 @5",
            "1. 第一\n 2、第二\n(3)第三\n（二）第四\n  十、\n\n3.5亿\n一二三四、\n廿、\n",
            "\n\n  \t\n7",
            "w",
            "",
        ] {
            let t = Text::new(text);
            assert_eq!(skip_mask(&t), skip_mask_by_chars(&t), "{text}");
        }
    }

    #[test]
    fn currency_codes_by_last_character_are_those_a_search_finds() {
        let by_search = |t: &Text, k: usize| {
            PREFIX_CURRENCIES.iter().any(|(w, _)| {
                w.is_ascii()
                    && t.ends(k, w)
                    && k >= w.len()
                    && (k == w.len() || !t.chars[k - w.len() - 1].is_ascii_alphabetic())
            })
        };
        for text in [
            "USD100 xUSD5 HK$3 US$ 7 NT$9 AUD1 A$2 $4 RMB 5 CNY6 aCAD7 C$8 廿$1 H800",
            "$1",
            "",
        ] {
            let t = Text::new(text);
            for k in 0..=t.len() {
                assert_eq!(after_currency_code(&t, k), by_search(&t, k), "{text} {k}");
            }
        }
    }

    /// The idioms whose first two characters are `pair`, as a search among
    /// the pairs finds them.
    fn starting_by_pairs(pair: &[char]) -> Vec<&'static str> {
        let index = &*IDIOM_INDEX;
        let from = index.by_start.partition_point(|d| d.chars[..2] < *pair);
        let to = index.by_start.partition_point(|d| d.chars[..2] <= *pair);
        index.by_start[from..to].iter().map(|d| d.word).collect()
    }

    #[test]
    fn idioms_and_addresses_whose_numerals_count_nothing_give_no_figure() {
        let ex = super::super::Extractor::new();
        for (text, idiom) in [
            ("他说这件事胡说八道，大家都知道。", "胡说八道"),
            ("监管部门三番五次提醒投资者。", "三番五次"),
            ("两家公司半斤八两。", "半斤八两"),
            ("训练成本只是冰山一角，数据与人才更贵。", "冰山一角"),
            ("这笔钱对巨头来说不过九牛一毛。", "九牛一毛"),
            ("项目一年半载难以完成。", "一年半载"),
            ("情况十万火急。", "十万火急"),
            ("情況十萬火急。", "十萬火急"),
            ("他說這是胡說八道。", "胡說八道"),
            ("分析师的判断八九不离十。", "八九不离十"),
            // (and an address of a machine)
            ("服务器地址为127.0.0.1，内网是192.168.1.10。", "127.0.0.1"),
            (
                "服务器地址为127.0.0.1，内网是192.168.1.10。",
                "192.168.1.10",
            ),
        ] {
            let at = text.find(idiom).expect("the idiom");
            let inside: Vec<_> = ex
                .extract(text, None)
                .into_iter()
                .filter(|m| m.start < at + idiom.len() && m.end > at)
                .map(|m| text[m.start..m.end].to_string())
                .collect();
            assert!(inside.is_empty(), "{text}: {inside:?}");
        }
    }

    #[test]
    fn idioms_by_pair_key_are_those_by_pair() {
        let index = &*IDIOM_INDEX;
        let mut pairs: Vec<[char; 2]> = index
            .by_start
            .iter()
            .map(|d| [d.chars[0], d.chars[1]])
            .collect();
        // and pairs that start none
        pairs.extend([['一', '〇'], ['零', '零'], ['a', 'b'], ['\u{10FFFF}', '一']]);
        for [a, b] in pairs {
            let got: Vec<&str> = index.starting(a, b).iter().map(|d| d.word).collect();
            assert_eq!(got, starting_by_pairs(&[a, b]), "{a}{b}");
        }
    }
}
