//! Places the database holds no figures for. A figure of an economy (a
//! growth rate, a population, births) whose clause names one of them before
//! it is that place's (印度人口达14.28亿, 2024年上海经济增长2.1%), not the
//! economy an earlier sentence spoke of.

use crate::words::WordSet;
use std::sync::LazyLock;

/// Countries, unions and wider areas, and parts of a country no figure of
/// a whole country describes (全省, 东部地区): a clause naming one before
/// its figure speaks of it.
pub(super) const ELSEWHERE: &[&str] = &[
    "印度尼西亚",
    "印度",
    "印尼",
    "日本",
    "韩国",
    "韓國",
    "南韩",
    "南韓",
    "南朝鲜",
    "大马",
    "大馬",
    "星洲",
    "纽西兰",
    "星國",
    "朝鲜",
    "朝鮮",
    "美国",
    // (all of America; not 全美元, dollar-denominated)
    "全美国",
    "全美國",
    "全美人口",
    "美國",
    "英国",
    "英國",
    "德国",
    "德國",
    "法国",
    "法國",
    "意大利",
    "義大利",
    "俄罗斯",
    "俄羅斯",
    "巴西",
    "越南",
    "泰国",
    "泰國",
    "马来西亚",
    "馬來西亞",
    "新加坡",
    "菲律宾",
    "菲律賓",
    "澳大利亚",
    "澳洲",
    "新西兰",
    "新西蘭",
    "紐西蘭",
    "加拿大",
    "墨西哥",
    "欧元区",
    "歐元區",
    "欧盟",
    "歐盟",
    "澳门",
    "澳門",
    "比利时",
    "比利時",
    "荷兰",
    "荷蘭",
    "瑞士",
    "瑞典",
    "挪威",
    "丹麦",
    "丹麥",
    "芬兰",
    "芬蘭",
    "波兰",
    "波蘭",
    "奥地利",
    "奧地利",
    "西班牙",
    "葡萄牙",
    "希腊",
    "希臘",
    "爱尔兰",
    "愛爾蘭",
    "土耳其",
    "沙特",
    "沙烏地",
    "阿联酋",
    "阿聯酋",
    "以色列",
    "伊朗",
    "埃及",
    "南非",
    "尼日利亚",
    "尼日利亞",
    "阿根廷",
    "智利",
    "秘鲁",
    "秘魯",
    "哥伦比亚",
    "哥倫比亞",
    "巴基斯坦",
    "孟加拉",
    "斯里兰卡",
    "斯里蘭卡",
    "缅甸",
    "緬甸",
    "柬埔寨",
    "老挝",
    "寮國",
    "哈萨克斯坦",
    "哈薩克",
    "乌克兰",
    "烏克蘭",
    "蒙古国",
    "蒙古國",
    "全球",
    "世界",
    "全省",
    "全市",
    "各省",
    "本省",
    "本市",
    "东部地区",
    "東部地區",
    "中部地区",
    "中部地區",
    "西部地区",
    "西部地區",
    "东北地区",
    "東北地區",
    "长三角",
    "長三角",
    "珠三角",
    "京津冀",
    "大湾区",
    "大灣區",
];

/// Provinces, regions and cities of China: a clause that names one as
/// its subject (上海经济增长, 广东省GDP, 2024年深圳人口) speaks of it, but
/// not one that only starts another word (北京时间, 上海证券报, 南京大学).
pub(super) const PROVINCES_AND_CITIES: &[&str] = &[
    "北京",
    "天津",
    "上海",
    "重庆",
    "重慶",
    "河北",
    "山西",
    "辽宁",
    "遼寧",
    "吉林",
    "黑龙江",
    "黑龍江",
    "江苏",
    "江蘇",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "山東",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "廣東",
    "海南",
    "四川",
    "贵州",
    "貴州",
    "云南",
    "雲南",
    "陕西",
    "陝西",
    "甘肃",
    "甘肅",
    "青海",
    "内蒙古",
    "內蒙古",
    "广西",
    "廣西",
    "西藏",
    "宁夏",
    "寧夏",
    "新疆",
    "深圳",
    "广州",
    "廣州",
    "杭州",
    "南京",
    "武汉",
    "武漢",
    "成都",
    "苏州",
    "蘇州",
    "西安",
    "郑州",
    "鄭州",
    "长沙",
    "長沙",
    "青岛",
    "青島",
    "宁波",
    "寧波",
    "无锡",
    "無錫",
    "厦门",
    "廈門",
    "合肥",
    "济南",
    "濟南",
    "沈阳",
    "瀋陽",
    "大连",
    "大連",
    "东莞",
    "東莞",
    "佛山",
    "福州",
    "昆明",
];

/// What follows a province's or a city's name when it is the subject:
/// 省, 市, 的, its economy or people (经济, 人口, 常住人口, GDP), a measure of it
/// (规模以上工业, 固定资产投资), or a time (去年, 2024年, 全年, 上半年,
/// 前三季度).
fn subject_follows(c: char) -> bool {
    matches!(
        c,
        '省' | '市'
            | '的'
            | '经'
            | '經'
            | '人'
            | 'G'
            | '去'
            | '今'
            | '当'
            | '當'
            | '全'
            | '上'
            | '下'
            | '前'
            | '第'
            | '地'
            | '自'
            // the first characters of the measures of an economy
            // (广东规模以上工业, 上海固定资产投资, 江苏社会消费品零售总额)
            | '规'
            | '規'
            | '工'
            | '固'
            | '社'
            | '城'
            | '居'
            | '进'
            | '進'
            | '出'
            | '外'
            | '消'
            | '零'
            | '房'
            | '财'
            | '財'
            | '农'
            | '農'
            | '失'
            // (its people by a kind: 广东常住人口, 户籍人口, 总人口, 年末常住人口;
            // its output: 生产总值)
            | '常'
            | '户'
            | '戶'
            | '总'
            | '總'
            | '年'
            | '生'
            | '一'
            | '0'..='9'
    )
}

/// The matchers of [`ELSEWHERE`]'s and [`PROVINCES_AND_CITIES`]'s names,
/// built once for every rule that looks for them.
static ELSEWHERE_NAMES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ELSEWHERE));
static CITY_NAMES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PROVINCES_AND_CITIES));

/// Whether `lead`, the part of a clause before an economy's figure, names
/// a place the figure then belongs to.
pub(super) fn names_another_place(lead: &str) -> bool {
    // (a bracket's places define or qualify, 全国人口（包括各省…）: the
    // lead is read without them)
    if lead.contains(['（', '(']) {
        return names_another_place_in(&super::brackets::outside(lead));
    }
    names_another_place_in(lead)
}

/// Whether `lead` names some of the provinces or cities (其中有10个省份,
/// 多个城市): a subset, not the country (not 31个省份, 全国各省份).
fn names_a_subset(lead: &str) -> bool {
    ["省份", "个城市", "個城市"].iter().any(|w| {
        lead.match_indices(w).any(|(i, _)| {
            let before = &lead[..i];
            // (the nation named after them is the figure's: 14个省份的出生率
            // 高于全国平均水平(6.77‰))
            !["31个", "31個", "34个", "34個", "全国", "全國", "各"]
                .iter()
                .any(|x| before.ends_with(x))
                && !["全国", "全國"].iter().any(|x| lead[i..].contains(x))
        })
    })
}

/// Whether `lead` names a province or city of China as the subject of
/// what follows (广东2024年出生人口…): the clauses after it are its.
pub(super) fn names_a_province(lead: &str, clause: &str) -> bool {
    // (the nation named between the place and the figure is the figure's:
    // 与上海的情况不同，全国人口出生率为6.77‰)
    const NATION: &[&str] = &["全国", "全國", "我国", "我國", "中国", "中國"];
    if NATION.iter().any(|w| clause.contains(w)) {
        return false;
    }
    let lead = if lead.contains(['（', '(']) {
        std::borrow::Cow::Owned(super::brackets::outside(lead))
    } else {
        std::borrow::Cow::Borrowed(lead)
    };
    let [cities] = WordSet::starts_each([&*CITY_NAMES], &lead);
    cities.iter().any(|&(p, w)| {
        let after = &lead[p + w.len()..];
        let before = lead[..p].trim_end();
        after.chars().next().is_some_and(subject_follows)
            // (a source, a setting or a comparison: 据北京的媒体报道,
            // 与上海的情况不同, 相比广东省; a clock: 北京时间)
            && ![
                "据", "據", "在", "从", "從", "与", "與", "和", "比", "较", "較", "相比", "不同于",
                "不同於", "同",
            ]
            .iter()
            .any(|x| before.ends_with(x))
            && !["时间", "時間", "当地时间", "當地時間"]
                .iter()
                .any(|x| after.starts_with(x))
            && !NATION.iter().any(|x| after.contains(x))
    })
}

fn names_another_place_in(lead: &str) -> bool {
    if names_a_subset(lead) {
        return true;
    }
    let [elsewhere, cities] = WordSet::starts_each([&*ELSEWHERE_NAMES, &*CITY_NAMES], lead);
    !elsewhere.is_empty()
        || cities.iter().any(|&(p, w)| {
            lead[p + w.len()..]
                .chars()
                .next()
                .is_some_and(subject_follows)
        })
}

/// Whether a figure right after `lead` follows the name of a country or
/// area of [`ELSEWHERE`] (成为日本5,500亿美元投资计划的基石): it is that
/// place's when its clause names no entity of the database (the caller
/// asks that), and not a place the money goes to (投资美国1,000億美元).
pub(super) fn follows_a_country(lead: &str) -> bool {
    let lead = lead.trim_end();
    // (a name ends the lead: only its last few characters are read)
    let from = lead.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    // (not the place money goes to: 计划投资美国1,000億美元, 对日本)
    const TOWARDS: &[&str] = &[
        "投资", "投資", "对", "對", "向", "在", "赴", "到", "于", "於", "给", "給", "援助",
    ];
    let [named] = WordSet::starts_each([&*ELSEWHERE_NAMES], &lead[from..]);
    named.iter().any(|&(p, w)| {
        from + p + w.len() == lead.len() && !TOWARDS.iter().any(|t| lead[..from + p].ends_with(t))
    })
}

/// Whether `lead`, the clause before a figure of something other than an
/// economy (a plan's investment, a company's spending), opens with a
/// country or area of [`ELSEWHERE`] committing money (日本承诺对美投资
/// 5,500亿美元): the figure is that place's, not a name's from before.
pub(super) fn opens_with_a_country(lead: &str) -> bool {
    const COMMITS: &[&str] = &[
        "承诺", "承諾", "将", "將", "计划", "計劃", "宣布", "政府", "拟", "擬", "准备", "準備",
        "决定", "決定", "同意", "对美", "對美",
    ];
    // (a clause pointing back at a name, 对其, 该项目, is about it)
    if lead.contains(['其', '该', '該', '此']) {
        return false;
    }
    let lead = lead.trim_start_matches(['，', ',', '；', ';', '：', ':', ' ', '\u{3000}']);
    let [named] = WordSet::starts_each([&*ELSEWHERE_NAMES], lead);
    named
        .iter()
        .any(|&(p, w)| p == 0 && COMMITS.iter().any(|c| lead[w.len()..].starts_with(c)))
}

/// Whether `text` opens with the name of a place of [`ELSEWHERE`] or
/// [`PROVINCES_AND_CITIES`] (、美国仅2.8%: an item of a list about
/// another place).
pub(super) fn opens_with_a_place(text: &str) -> bool {
    let [elsewhere, cities] = WordSet::starts_each([&*ELSEWHERE_NAMES, &*CITY_NAMES], text);
    elsewhere.iter().chain(cities.iter()).any(|&(p, _)| p == 0)
}

/// Whether `before` ends with the name of a place of [`ELSEWHERE`] or
/// [`PROVINCES_AND_CITIES`] (上海, 广东, 越南: 上海经济 is a place's economy).
pub(super) fn ends_with_a_place(before: &str) -> bool {
    // (the names, and the longest in characters, gathered once; each
    // ending of `before` up to that length is looked up)
    static PLACES: LazyLock<(rustc_hash::FxHashSet<&'static str>, usize)> = LazyLock::new(|| {
        let names: rustc_hash::FxHashSet<_> = ELSEWHERE
            .iter()
            .chain(PROVINCES_AND_CITIES)
            .copied()
            .collect();
        let longest = names.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        (names, longest)
    });
    let (names, longest) = &*PLACES;
    before
        .char_indices()
        .rev()
        .take(*longest)
        .any(|(i, _)| names.contains(&before[i..]))
}

#[cfg(test)]
mod tests {
    use super::{ends_with_a_place, names_another_place, ELSEWHERE, PROVINCES_AND_CITIES};

    #[test]
    fn a_place_ends_a_text_as_a_search_of_each_name_finds() {
        let all = || ELSEWHERE.iter().chain(PROVINCES_AND_CITIES);
        for p in all() {
            for before in [
                format!("优于{p}"),
                p.to_string(),
                format!("{p}的x"),
                format!("x{p}"),
            ] {
                assert_eq!(
                    ends_with_a_place(&before),
                    all().any(|q| before.ends_with(q)),
                    "{before}"
                );
            }
        }
        assert!(!ends_with_a_place(""));
    }

    #[test]
    fn a_place_is_named_as_a_subject_not_inside_another_word() {
        for lead in [
            "印度人口达",
            "比利時當年的GDP為",
            "2024年上海经济增长",
            "广东省GDP",
            "全省地区生产总值增长",
            "东部地区投资增长",
            "2024年广东规模以上工业增加值同比增长",
            "：2024年江苏社会消费品零售总额增长",
            "上海固定资产投资同比增长",
            "全国人口（包括各省）与全省人口",
        ] {
            assert!(names_another_place(lead), "{lead}");
        }
        for lead in [
            "北京时间1月17日，国家统计局发布数据，GDP增长",
            "据上海证券报报道，GDP增长",
            "南京大学教授认为，经济增长",
            "GDP增长",
            "年末全国人口（包括各省、自治区、直辖市和现役军人的人口，不包括港澳台居民）",
        ] {
            assert!(!names_another_place(lead), "{lead}");
        }
    }
}
