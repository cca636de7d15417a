//! Scope: words of a figure's clause that narrow it to a part of the
//! metric's whole (第一阶段, 其中, 男性, 城镇) or change what it measures
//! (按季, 环比) — then the figure is not comparable with the whole — and
//! whether a trigger after a figure belongs to a later figure instead.

use super::clause::Clauses;
use super::lexicon::Lexicon;
use super::Trigger;
use crate::extract::Mention;
use std::sync::LazyLock;

/// Scope words of one of several (each: 每个专家有1110亿个参数) or of a
/// rate per so many (每万亿tokens需18万GPU小时), which narrow only their
/// own clause.
const PER_ITEM: &[&str] = &[
    "每个",
    "每個",
    "每家",
    "每位",
    "每款",
    "各自",
    "每万亿",
    "每萬億",
    "每十亿",
    "每十億",
    "每亿",
    "每億",
    "每百万",
    "每百萬",
    "每万",
    "每萬",
    "每千",
    // a rate in time (每秒33.33个token, 每天处理的请求)
    "每秒",
    "每分钟",
    "每分鐘",
    "每小时",
    "每小時",
    "每天",
    "每日",
    "每周",
    "每週",
    "每月",
];

/// Words that narrow a figure to a part of the metric's whole, or change
/// what it measures, each with what it narrows to (with [`PER_ITEM`]: see
/// [`ALL_SCOPE_WORDS`]).
const SCOPE_WORDS: &[&str] = &[
    // a phase of a plan or a project: PHASES
    // a wider total than the metric's own: WIDER_TOTALS
    // a part of the whole just named, or what a part contributed
    "其中",
    "贡献",
    "貢獻",
    // a sub-population
    "男性",
    "女性",
    "城镇",
    "城鎮",
    "乡村",
    "鄉村",
    "农村",
    "農村",
    // a change against the previous quarter or month, not the year:
    // PERIOD_ON_PERIOD
    // a smaller size of a family, the rest of a list
    "较小版本",
    "較小版本",
    "较小的",
    "較小的",
    "其余",
    "其餘",
    // others, not the one named (其他產品價值就要1千億美元)
    "其他产品",
    "其他產品",
    "其他公司",
    "其它公司",
    // a stage of a training run: TRAINING_STAGES
    // the amount reached so far, not the plan
    "来到",
    "來到",
    "已落实",
    "已落實",
    "迄今",
    // an average, not one's own figure (前沿模型的平均成本)
    "平均成本",
    "平均费用",
    "平均費用",
    "平均花费",
    "平均花費",
    "平均每",
    // an average over years, not one year's (2020年至2024年年均增长5.5%;
    // not 按年平均汇率, a yearly average rate)
    "年均",
    "年平均增",
    // a yearly amount, not the total or a first round (一年投1000亿美元)
    "一年投",
    "每年投",
    "年均投",
    // a market quote: MARKET_QUOTES
    // a system's total, not one card's (8卡系统总带宽6.4TB/s)
    "系统总",
    "系統總",
    // a sector, not the whole economy (信息技术服务业增长10.9%)
    "服务业",
    "服務業",
    "制造业",
    "製造業",
    "建筑业",
    "建築業",
    "农业",
    "農業",
    "第一产业",
    "第一產業",
    "第二产业",
    "第二產業",
    "第三产业",
    "第三產業",
    // one kind of firm by its owners, not all of industry (民营企业规模以上
    // 工业增加值增长5.3%)
    "民营企业",
    "民營企業",
    "私营企业",
    "私營企業",
    "国有控股",
    "國有控股",
    "国有企业",
    "國有企業",
    "股份制企业",
    "股份制企業",
    "外商及港澳台",
    "外商投资企业",
    "外商投資企業",
    "集体企业",
    "集體企業",
    // another measure of the economy, which the database does not hold
    // (居民人均可支配收入实际增长5.1% is not GDP's growth)
    "可支配收入",
    "人均收入",
    "居民收入",
    "消费支出",
    "消費支出",
    "财政收入",
    "財政收入",
    "进出口",
    "進出口",
    "房地产开发投资",
    "房地產開發投資",
    // a group of people, not the population (脱贫人口的务工就业规模超过了
    // 3300万人)
    "脱贫人口",
    "脫貧人口",
    "农民工",
    "農民工",
    "务工",
    "務工",
    // a region of the country, not the whole (东部地区…占全国人口的比重为
    // 40.32%)
    "东部地区",
    "東部地區",
    "中部地区",
    "中部地區",
    "西部地区",
    "西部地區",
    "东北地区",
    "東北地區",
    // residents by kind, not the whole population
    "常住居民",
    "流动居民",
    "流動居民",
    "户籍",
    "戶籍",
    // the labour force or the working-age: LABOUR
    // the largest cities, not every town (31个大城市城镇调查失业率)
    "大城市",
    // one of a price's cases (缓存命中 is the cheaper one; the list price
    // is the cache miss's)
    "缓存命中",
    "緩存命中",
    "快取命中",
    // a region of a company's sales: REGIONS
    // a segment of a company
    "业务",
    "業務",
    "部门",
    "部門",
    "分部",
    "游戏",
    "遊戲",
    "专业可视化",
    "專業視覺化",
    "專業可視化",
    "汽车",
    "汽車",
    // the data-centre segment: SEGMENTS; the parts of it (数据中心计算收入,
    // 网络收入)
    "计算收入",
    "計算收入",
    "运算收入",
    "運算收入",
    "网络收入",
    "網絡收入",
    "網路收入",
    // a product line's sales: PRODUCT_LINES
];

/// A product line (Blackwell晶片…已創造110億美元收入): its sales are not
/// the company's revenue. It narrows the company's revenue only: 5万颗
/// Hopper架构GPU are GPUs owned whatever their line, and 在Hopper…的推动下，
/// 数据中心收入达到184亿美元 is the segment's.
const PRODUCT_LINES: &[&str] = &[
    "Blackwell",
    "Hopper",
    "Rubin",
    // a product or a series of them, named or not (B系列产品收入, 网络产品收入)
    "产品收入",
    "產品收入",
    "产品营收",
    "產品營收",
    "系列产品",
    "系列產品",
    "芯片收入",
    "晶片收入",
    "芯片营收",
    "晶片營收",
];

/// Series that are parts of retail sales (实物商品网上零售额, 乡村消费品零售
/// 额, 餐饮收入): they narrow the total's figures in their own clause (其中
/// 实物商品网上零售额增长6.5% is no growth of all retail sales).
const RETAIL_PARTS: &[&str] = &[
    "网上零售",
    "網上零售",
    "线上零售",
    "線上零售",
    "实物商品",
    "實物商品",
    "乡村消费品",
    "鄉村消費品",
    "农村消费品",
    "農村消費品",
    "城镇消费品",
    "城鎮消費品",
    "餐饮收入",
    "餐飲收入",
    // one kind of goods, or the larger sellers only (限额以上单位家用电器和
    // 音像器材类商品零售额增长12.3%)
    "类商品零售",
    "類商品零售",
    "类零售",
    "類零售",
    "限额以上单位",
    "限額以上單位",
    // goods without catering (商品零售额增长3.2%, 餐饮收入增长5.3%)
    "商品零售额",
    "商品零售額",
];

/// Branches of industry (规模以上消费品工业增加值增长4.5%): they narrow the
/// growth of all industry's output in their own clause.
const INDUSTRY_BRANCHES: &[&str] = &[
    "消费品工业",
    "消費品工業",
    "原材料工业",
    "原材料工業",
    "装备工业",
    "裝備工業",
    "轻工业",
    "輕工業",
    "重工业",
    "重工業",
    "医药工业",
    "醫藥工業",
    // the firms' money, not the value they add (规模以上工业企业营业收入
    // 增长2.1%, 企业利润下降3.3%)
    "企业营业收入",
    "企業營業收入",
    "企业利润",
    "企業利潤",
    "利润总额",
    "利潤總額",
];

/// A chip's throughput with sparsity (FP16稀疏算力可达296 TFLOPS, 算力
/// （含稀疏）为296): twice the dense figure a spec sheet's first line and
/// the database give. They narrow a throughput before the figure in its
/// clause.
const SPARSITY: &[&str] = &["稀疏", "sparse", "sparsity"];

/// Links between a cluster's machines, and the bandwidth a way of
/// training gets (节点间IB(40GB/s), 专家并行带宽超40GB/s): they narrow a
/// bandwidth in their own clause or the one before it (unless the
/// figure's clause names NVLink), which is not a card's own (NVLink is
/// inside a machine: 节点内 is no such word).
const CLUSTER_LINKS: &[&str] = &[
    "节点间",
    "節點間",
    "跨节点",
    "跨節點",
    "专家并行",
    "專家並行",
];

/// Links inside one machine of a cluster, in a figure's own clause, in a
/// sentence that names no subject before it (节点内NVLink(160GB/s)与节点间
/// IB(40GB/s)) or with the figure in brackets after the link (2048块H800
/// 训练，节点内通过NVLink互联（160GB/s）): the bandwidth a training run's
/// machine gets, not the card's spec, which a sentence naming its chip
/// states (8块H800，节点内NVLink带宽400GB/s).
const INSIDE_NODE: &[&str] = &["节点内", "節點內"];

/// Words of a price (API价格比GPT-4 Turbo降低99%): a cut in price is not a
/// cut in the cost of training. They narrow that cut only: a cost worked
/// out from a price (租用价格为2美元，由此得出…训练成本约557.6万美元) is
/// the cost.
const PRICES: &[&str] = &[
    "价格", "價格", "定价", "定價", "收费", "收費", "售价", "售價",
];

/// The data-centre segment (数据中心全年营收 is not the company's): it
/// narrows the company's money (a segment's metric holds the word in its
/// triggers and is not narrowed), not a count of chips in data centres.
pub(super) const SEGMENTS: &[&str] = &["数据中心", "數據中心", "資料中心"];

/// Whether a text names one of a company's segments (数据中心, 游戏…).
pub(super) fn names_a_segment(text: &str) -> bool {
    SEGMENTS
        .iter()
        .chain(OTHER_SEGMENTS)
        .any(|w| text.contains(w))
}

/// What follows a segment's name as a segment ([`OTHER_SEGMENTS`]).
const SEGMENT_AFTER: &[&str] = &[
    "：", ":", "业务", "業務", "部门", "部門", "收入", "营收", "營收", "板块", "板塊", "方面",
];

/// A company's other segments (NVIDIA's gaming, professional
/// visualisation, automotive), read where a segment named in an earlier
/// sentence may own a carried figure ([`segment_in_paragraph`]: (2)遊戲：
/// FY25Q4收入爲25億美元…。FY25年全年收入增長9%，達114億美元).
const OTHER_SEGMENTS: &[&str] = &[
    "游戏",
    "遊戲",
    "专业可视化",
    "專業可視化",
    "專業視覺",
    "专业视觉",
    "汽车和机器人",
    "汽車和機器人",
    "汽车业务",
    "汽車業務",
];

/// The segment an earlier sentence of a figure's paragraph names
/// (英伟达数据中心业务表现抢眼：…。全年的收入为1151.9亿美元): a company's
/// money the figure's own sentence does not tie to the company may be the
/// segment's. Read only for a figure whose subject was carried.
/// The segment must be named, with a figure after it, in one of the two
/// sentences before (a heading that names it, 数据中心业务驱动增长, is not
/// the segment's report).
pub(super) fn segment_in_paragraph(doc: &super::Doc, fig: &super::Figure) -> Option<&'static str> {
    let para = fig.s.paragraph;
    doc.sentences[fig.si.saturating_sub(2)..fig.si]
        .iter()
        .rev()
        .take_while(|s| s.paragraph == para)
        .find_map(|s| {
            let t = &doc.text[s.start..s.end];
            SEGMENTS
                .iter()
                .copied()
                .find(|w| {
                    t.find(w)
                        .is_some_and(|at| t[at..].bytes().any(|b| b.is_ascii_digit()))
                })
                .or_else(|| {
                    // (another segment as a segment: its name before a word
                    // of business or a colon, not 游戏规则改变者)
                    OTHER_SEGMENTS.iter().copied().find(|w| {
                        t.match_indices(w).any(|(at, _)| {
                            let rest = &t[at + w.len()..];
                            SEGMENT_AFTER.iter().any(|a| rest.starts_with(a))
                                && rest.bytes().any(|b| b.is_ascii_digit())
                        })
                    })
                })
        })
}

/// A segment's business that heads the figure's sentence (英偉達數據中心
/// 業務仍是增長引擎，全年收入…，按年增長124%; 游戏业务季度营收…): the clauses after it report
/// the segment, not the company. Read for a company's revenue and growth.
/// Not when a later clause turns to the whole (，公司全年营收增长114%) or
/// names a subject of the database.
pub(super) fn segment_heads_sentence(
    doc: &super::Doc,
    fig: &super::Figure,
) -> Option<&'static str> {
    const WHOLE: &[&str] = &["公司", "集团", "集團", "整体", "整體", "总", "總"];
    let lead = &doc.text[fig.s.start..fig.cl_start];
    // (the other segments too, each before its word of business:
    // 游戏业务季度营收为29亿美元，…，全年营收增长15%至104亿美元)
    SEGMENTS.iter().chain(OTHER_SEGMENTS).copied().find(|w| {
        lead.match_indices(w).any(|(at, _)| {
            let after = &lead[at + w.len()..];
            let Some(b) = ["业务", "業務", "部门", "部門", "分部"]
                .iter()
                .find(|b| after.starts_with(**b))
            else {
                return false;
            };
            // (not a segment named as the cause: 得益于数据中心业务的强劲需求)
            const CAUSES: &[&str] = &[
                "得益", "受惠", "受益", "受", "由于", "由於", "因为", "因為", "凭借", "憑藉",
                "带动", "帶動", "推动", "推動",
            ];
            if CAUSES.iter().any(|c| lead[..at].contains(c)) {
                return false;
            }
            let from = fig.s.start + at + w.len() + b.len();
            let later = &doc.text[from..fig.m.start];
            // (not a currency: 1152億美元 names no subject)
            let named_later = doc.occ[doc.occ.partition_point(|o| o.start < from)..]
                .iter()
                .take_while(|o| o.end <= fig.m.start)
                .any(|o| !doc.db.entities[o.entity].kind.starts_with("currency"));
            !named_later && !WHOLE.iter().any(|x| later.contains(x))
        })
    })
}

/// A place named right before the sales word of a company's figure
/// (英伟达2024财年中国收入170亿美元, 来自新加坡的营收, 美国市场收入): the
/// revenue of one market, not the company's whole. `lead` is the figure's
/// clause before it.
pub(super) fn region_of_sales(lead: &str) -> Option<&'static str> {
    // (the sales word nearest the figure: 在中国收入占比下降的背景下全年营收
    // 仍达… is the company's; and not 全球, the whole world)
    let i = SALES.iter().filter_map(|w| lead.rfind(w)).max()?;
    place_at_end(&lead[..i]).then_some(REGION_SALES)
}

/// Whether `before` ends with a place, past the words that may stand
/// between a place and what is counted there ([`strip_between`]): one of
/// [`HOME`] or of the places the database lacks, not the whole world.
fn place_at_end(before: &str) -> bool {
    let before = strip_between(before);
    !WORLD.iter().any(|w| before.ends_with(w))
        && (HOME.iter().any(|h| before.ends_with(h)) || super::places::ends_with_a_place(before))
}

/// The same, said right after the figure of the sales it counts (约占其
/// 2024财年170亿美元中国收入的32%): `tail` is the clause after the figure,
/// whose first words, right after it, are a place and a sales word, and
/// `lead` the clause before it, with no sales word of its own (营收1305亿
/// 美元 美国营收占比近半 is the company's, a headline's next phrase after
/// it).
pub(super) fn region_of_sales_after(lead: &str, tail: &str) -> Option<&'static str> {
    if SALES.iter().any(|w| lead.contains(w)) {
        return None;
    }
    // (right after it: not a headline's next phrase after a space or 、)
    let t = tail.strip_prefix('的').unwrap_or(tail);
    let i = SALES.iter().filter_map(|w| t.find(w)).min()?;
    let place = strip_between(&t[..i]);
    let short = place.chars().count() <= 4;
    (short
        && place.starts_with(|c: char| c.is_alphabetic())
        && !place.is_empty()
        && !WORLD.contains(&place)
        && (HOME.contains(&place) || super::places::ends_with_a_place(place)))
    .then_some(REGION_SALES)
}

const REGION_SALES: &str = "单一地区的收入";

/// A market or place an app's downloads are counted in (在美国市场, 美国
/// 下载量, 在日本的下载量): one market's downloads, not the world's. `lead`
/// is the figure's clause before it.
pub(super) fn region_of_downloads(lead: &str) -> Option<&'static str> {
    const DOWNLOADS: &[&str] = &["下载", "下載"];
    let by_word = DOWNLOADS
        .iter()
        .filter_map(|w| lead.rfind(w))
        .max()
        .is_some_and(|i| {
            let before = &lead[..i];
            let before = ["用户", "用戶"]
                .iter()
                .find_map(|u| before.strip_suffix(u))
                .unwrap_or(before);
            place_at_end(before)
        });
    // (in a place: 在美国上线18天, 在美国、英国等市场, 在美国的累计下载量)
    let in_place = lead.match_indices('在').any(|(i, _)| {
        let after = &lead[i + '在'.len_utf8()..];
        after
            .char_indices()
            .skip(1)
            .take(5)
            .map(|(j, _)| &after[..j])
            .chain(std::iter::once(after).filter(|a| a.chars().count() <= 5))
            .any(|p| place_at_end(p) && !p.ends_with(|c: char| c.is_ascii()))
    });
    let in_market = MARKETS.iter().chain(STORES).any(|w| {
        lead.match_indices(w)
            .any(|(i, _)| place_at_end(lead[..i].trim_end()))
    });
    (by_word || in_market || in_place || REGIONS_OF_STORES.iter().any(|w| lead.contains(w)))
        .then_some(REGION_DOWNLOADS)
}

/// One market's downloads named in an earlier clause of the sentence
/// (DeepSeek在美國市場的下載量，上線18天突破1600萬次): `earlier` is the
/// sentence before the figure's clause, `lead` the clause before the
/// figure, which names no downloads of its own. (Not an app store's
/// ranking: 登顶美国App Store，…下载量达260万次.)
pub(super) fn region_of_downloads_before(earlier: &str, lead: &str) -> Option<&'static str> {
    if lead.contains("下载") || lead.contains("下載") {
        return None;
    }
    let says_downloads = earlier.contains("下载") || earlier.contains("下載");
    let stores = STORES.iter().any(|w| earlier.contains(w));
    (says_downloads && !stores)
        .then(|| region_of_downloads(earlier))
        .flatten()
}

/// The words of a market a place names (美国市场, 亚太地区).
const MARKETS: &[&str] = &["市场", "市場", "地区", "地區"];

/// The app stores a market's downloads are counted in (美国App Store).
const STORES: &[&str] = &[
    "App Store",
    "AppStore",
    "应用商店",
    "應用商店",
    "Google Play",
];

/// The words of one market of an app store (美区, 海外, 国内下载).
const REGIONS_OF_STORES: &[&str] = &[
    "美区",
    "美區",
    "国区",
    "國區",
    "海外",
    "境外",
    "国内下载",
    "國內下載",
    "以外地区",
    "以外地區",
];

/// A market named at the head of the figure's sentence, in a clause of its
/// own (在美国市场，DeepSeek…下载了1600万次; 美國市場上，…): the figure's
/// downloads are that market's. `lead` is the sentence before the figure.
pub(super) fn market_heading_sentence(lead: &str) -> Option<&'static str> {
    let head = lead
        .split(['，', ','])
        .next()
        .filter(|h| h.len() < lead.len())?;
    let head = head.trim().strip_prefix('在').unwrap_or(head.trim());
    let head = head.strip_suffix('上').unwrap_or(head);
    // (the head is the market alone: 美国市场, 美國App Store; not a
    // sentence of its own, DeepSeek登顶美国App Store)
    let place = MARKETS
        .iter()
        .chain(STORES)
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head)
        .trim_end();
    let only_a_place = !place.is_empty()
        && place.chars().count() <= 4
        && !WORLD.contains(&place)
        && (HOME.contains(&place) || super::places::ends_with_a_place(place))
        && place.chars().all(crate::segment::is_han);
    only_a_place.then_some(REGION_DOWNLOADS)
}

const REGION_DOWNLOADS: &str = "单一市场的下载量";

/// The whole world, not one place of it.
const WORLD: &[&str] = &["全球", "全世界", "世界"];

const SALES: &[&str] = &[
    "收入",
    "营收",
    "營收",
    "销售额",
    "銷售額",
    "营业额",
    "營業額",
    "收益",
];

/// The places the database holds figures for, which the list of other
/// places leaves out.
const HOME: &[&str] = &[
    "中国", "中國", "内地", "內地", "大陆", "大陸", "香港", "台湾", "台灣", "臺灣", "澳门", "澳門",
];

/// `s` without the words that may stand between a place and its sales
/// (中国的, 中国市场, 亚太地区) at its end.
fn strip_between(mut s: &str) -> &str {
    const BETWEEN: &[&str] = &["的", "市场", "市場", "地区", "地區", "区", "區"];
    while let Some(b) = BETWEEN.iter().find_map(|x| s.strip_suffix(x)) {
        s = b;
    }
    s
}

/// Money put into something other than chips, named right before the
/// investing word (DeepSeek的网络设备投入超160万美元, 在数据中心上的投资):
/// no GPU investment. `object` is the clause up to the investing word
/// `word`, `lead` the clause up to the figure.
pub(super) fn invested_in_other_things(
    object: &str,
    lead: &str,
    word: &str,
) -> Option<&'static str> {
    const GENERIC: &[&str] = &["投资", "投資", "投入"];
    const OTHER_THINGS: &[&str] = &[
        "网络",
        "網絡",
        "網路",
        "研发",
        "研發",
        "人才",
        "人力",
        "电力",
        "電力",
        "能源",
        "数据中心",
        "數據中心",
        "資料中心",
        "机房",
        "機房",
        "土地",
        "厂房",
        "廠房",
        "营销",
        "營銷",
        "行銷",
        "软件",
        "軟件",
        "軟體",
        "存储",
        "存儲",
        "储存",
        "儲存",
        "光模块",
        "光模塊",
        "交换机",
        "交換機",
        "电网",
        "電網",
    ];
    if !GENERIC.contains(&word) {
        return None;
    }
    // (chips named in the clause: the money is theirs, or theirs too)
    const CHIPS: &[&str] = &["芯片", "晶片", "显卡", "顯卡", "硬件", "硬體", "算力"];
    if CHIPS.iter().any(|w| lead.contains(w)) || lead.to_ascii_lowercase().contains("gpu") {
        return None;
    }
    // the investing word's object, right before it: past 的, 上, 方面,
    // 设备 (网络设备投入, 在数据中心上的投资, 研发方面的投入)
    const TAILS: &[&str] = &[
        "的", "上", "方面", "设备", "設備", "领域", "領域", "建设", "建設",
    ];
    let mut before = object.trim_end();
    while let Some(w) = TAILS.iter().find(|w| before.ends_with(*w)) {
        before = &before[..before.len() - w.len()];
    }
    OTHER_THINGS
        .iter()
        .any(|w| before.ends_with(w))
        .then_some("非芯片的投入")
}

/// One party's part of a project's money: the project named as where the
/// money goes (軟銀將向Stargate投資190億美元, 甲骨文將對星際之門投資70億
/// 美元), not as the one investing. Read for a planned investment.
pub(super) fn one_partys_share(doc: &super::Doc, fig: &super::Figure) -> Option<&'static str> {
    // (not 针对, nor 名为 or 作为; not a sum of the parties: 合计, 共同)
    const TO: &[&str] = &["向", "对", "對", "注资", "注資"];
    const JOINT: &[&str] = &[
        "合计", "合計", "共同", "共计", "共計", "总共", "總共", "一共", "联手", "聯手", "携手",
        "攜手", "联合", "聯合",
    ];
    if JOINT
        .iter()
        .any(|w| doc.text[fig.cl_start..fig.m.start].contains(w))
    {
        return None;
    }
    let first = doc.occ.partition_point(|o| o.start < fig.cl_start);
    doc.occ[first..]
        .iter()
        .take_while(|o| o.end <= fig.m.start)
        .any(|o| {
            let before =
                doc.text[fig.cl_start..o.start].trim_end_matches(['「', '“', '《', '『', '"']);
            TO.iter().any(|w| before.ends_with(w))
                && !["针对", "針對", "面对", "面對", "相对", "相對"]
                    .iter()
                    .any(|w| before.ends_with(w))
        })
        .then_some("其中一方的出资")
}

/// Births and deaths named before a change in the figure's sentence
/// (出生人口有所回升，…，相比上年增加了52万人): the change is theirs, not
/// the population's, unless the figure's own clause names a population
/// (死亡1093万人，人口减少139万人).
pub(super) fn vital_change(doc: &super::Doc, fig: &super::Figure) -> Option<&'static str> {
    const VITAL: &[&str] = &["出生人口", "死亡人口", "出生", "死亡"];
    let own = &doc.text[fig.cl_start..fig.cl_end];
    if own
        .replace("出生人口", "")
        .replace("死亡人口", "")
        .contains("人口")
    {
        return None;
    }
    let lead = &doc.text[fig.s.start..fig.m.start];
    let (at, w) = VITAL
        .iter()
        .filter_map(|w| lead.rfind(w).map(|at| (at, *w)))
        .max_by_key(|&(at, w)| at + w.len())?;
    // (not when a population is named after it: 在出生人口持续下降的背景下，
    // 中国人口…减少139万人)
    (!lead[at + w.len()..].contains("人口")).then_some(w)
}

/// Words of a figure from inside a trading day (盘中, 一度, 截至发稿,
/// 开盘时), not the day's close the database holds: they narrow a day's
/// market figure unless its own clause says it is the close (开盘后一路
/// 下跌，收盘跌16.97%).
const INTRADAY: &[&str] = &[
    "盘中",
    "盤中",
    "盘前",
    "盤前",
    "盘后",
    "盤後",
    // (not 市后 alone: 上市后)
    "收市后",
    "收市後",
    "市后时段",
    "市後時段",
    "市后交易",
    "市後交易",
    "开盘",
    "開盤",
    "早盘",
    "早盤",
    "午盘",
    "午盤",
    "盘初",
    "盤初",
    "一度",
    "截至发稿",
    "截至發稿",
    "截稿",
];

/// A session of the trading day named in the clause before the figure's,
/// in which a group moved together (科技股盘前集体大跌，英伟达跌超8%): the
/// members' moves the figure's clause lists are of that session, unless
/// that clause gives a time of its own (隔夜, 周一, 全天, 最终, 定格).
fn group_move_in_session(text: &str, at: usize, w: &str, cl_start: usize, cl_end: usize) -> bool {
    const SESSIONS: &[&str] = &[
        "盘前", "盤前", "盘中", "盤中", "早盘", "早盤", "午盘", "午盤", "盘初", "盤初",
    ];
    const TOGETHER: &[&str] = &[
        "集体", "集體", "普遍", "纷纷", "紛紛", "全线", "全線", "齐跌", "齊跌", "齐涨", "齊漲",
        "一齐", "一齊",
    ];
    const MOVES: [char; 8] = ['跌', '涨', '漲', '挫', '升', '降', '飙', '飆'];
    // (times of a figure's own: overnight, the final print, or one the
    // linker already knows as another time, 昨日, 周一, 较前一日)
    const OWN_TIMES: &[&str] = &["隔夜", "定格"];
    let rest = &text[at + w.len()..cl_start];
    let own = &text[cl_start..cl_end];
    SESSIONS.contains(&w)
        && TOGETHER.iter().any(|t| rest.contains(t))
        && rest.contains(MOVES)
        && !names_its_own_day(own)
        && !OWN_TIMES
            .iter()
            .chain(super::OTHER_TIME)
            .any(|t| own.contains(t))
}

/// The last word of [`INTRADAY`] in `lead` that ends a clause of time of
/// its own (美股开盘后，; 盘中：; 截至发稿时，), with its offset.
fn intraday_frame(lead: &str) -> Option<(&'static str, usize)> {
    // (a frame of 市: 收市后, which is after the close, or 市后时段, a
    // clause of its own too rarely to be looked for)
    if !lead.contains(['盘', '盤', '截']) {
        return None;
    }
    INTRADAY
        .iter()
        .flat_map(|&w| lead.match_indices(w).map(move |(at, _)| (w, at)))
        // (收盘后 too, which frames a further move only; the 盘后 of 开盘后
        // is the open's)
        .filter(|&(w, at)| {
            frame_end(&lead[at + w.len()..]).is_some()
                && !(matches!(w, "盘后" | "盤後") && lead[..at].ends_with(['开', '開']))
        })
        .max_by_key(|&(_, at)| at)
}

/// Words of a move on top of one already made (再跌, 进一步下跌, 又蒸发):
/// after the close, one of after-hours trading.
/// (Words of the move itself, not 再 alone: 再创纪录, 再次.)
const FURTHER: &[&str] = &[
    "再跌",
    "再挫",
    "再降",
    "再下跌",
    "再蒸发",
    "再蒸發",
    "再缩水",
    "再縮水",
    "再涨",
    "再漲",
    "再升",
    "又跌",
    "又挫",
    "又蒸发",
    "又蒸發",
    "又涨",
    "又漲",
    "进一步",
    "進一步",
    "继续下跌",
    "繼續下跌",
    "继续上涨",
    "繼續上漲",
    "额外",
    "額外",
];

/// Whether the words after a clause of time of the trading day give a day
/// of their own (1月28日盘中，…，1月27日暴跌20%) or the whole day (当天,
/// 全天): the figure is not of the time the clause framed.
fn names_its_own_day(after: &str) -> bool {
    const WHOLE_DAY: &[&str] = &[
        "当日", "當日", "当天", "當天", "全天", "全日", "终盘", "終盤", "单日", "單日", "最终",
        "最終", "周一", "週一", "周五", "週五", "星期",
    ];
    WHOLE_DAY.iter().any(|w| after.contains(w)) || names_a_day(after)
}

/// Whether `text` writes a day of a month (27日, 二十七号).
pub(super) fn names_a_day(text: &str) -> bool {
    // (not a span of days: 200日均线, 7日年化, 一日内)
    text.match_indices(['日', '号', '號']).any(|(i, _)| {
        text[..i].chars().next_back().is_some_and(|c| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十".contains(c)
        }) && !text[i + '日'.len_utf8()..]
            .starts_with(['均', '线', '線', '年', '内', '內', '间', '間'])
    })
}

/// Whether the word `w` at `at` of `text` says after the close (收盘后,
/// Hong Kong's 收市後), not after-hours trading: as a clause of time it
/// brings the day's own figures.
fn after_the_close(text: &str, at: usize, w: &str) -> bool {
    matches!(w, "收市后" | "收市後") || matches!(w, "盘后" | "盤後") && text[..at].ends_with('收')
}

/// Where the clause of time a word of [`INTRADAY`] ends (`rest` is the text
/// after the word: 后，…, 时：…), when nothing but a word of time stands
/// between them.
fn frame_end(rest: &str) -> Option<usize> {
    const TIME_AFTER: &[&str] = &[
        "",
        "后",
        "後",
        "时",
        "時",
        "之后",
        "之後",
        "不久",
        "后不久",
        "後不久",
        "初",
        "初期",
        "阶段",
        "階段",
        "期间",
        "期間",
    ];
    // (the break itself may open the next clause: `rest` ends before it)
    let end = rest.find(['，', ',', '：', ':']).unwrap_or(rest.len());
    TIME_AFTER.contains(&rest[..end].trim()).then_some(end)
}

/// Words of a move over several days (累计, 三天内, 连续), not one day's:
/// they narrow a day's move or loss of value. (本周, 上周 name the week of
/// one day as often: 上週五收盤價.)
const SEVERAL_DAYS: &[&str] = &[
    "累计",
    "累計",
    "两天",
    "兩天",
    "三天",
    "四天",
    "五天",
    "几天",
    "幾天",
    "数天",
    "數天",
    "数日",
    "數日",
    "多日",
    "连日",
    "連日",
    "连续",
    "連續",
    "个交易日",
    "個交易日",
    "年初至今",
    "今年以来",
    "今年以來",
    "年内",
    "年內",
];

/// Where `lead` last counts two days or more in digits (市值4天蒸发, ４天內,
/// 10天累计): the digits of a span of days, as [`SEVERAL_DAYS`] spells
/// them in words (not 4天前, a day; 4日 is a date).
fn days_in_digits(lead: &str) -> Option<usize> {
    let b = lead.as_bytes();
    lead.match_indices('天').rev().find_map(|(at, _)| {
        let rest = &lead[at + '天'.len_utf8()..];
        if rest.starts_with(['前', '后', '後']) {
            return None;
        }
        let digits = lead[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .collect::<String>();
        let n: u32 = digits
            .chars()
            .rev()
            .map(|c| c.to_digit(10).unwrap_or(c as u32 - '０' as u32))
            .fold(0, |n, d| n.saturating_mul(10).saturating_add(d));
        let start = at - digits.len();
        // (not a part of a longer figure: 1.5天, 2,4天)
        let whole = start == 0 || !matches!(b[start - 1], b'.' | b',');
        (!digits.is_empty() && n >= 2 && whole).then_some(start)
    })
}

/// Where the figure's clause, read up to it, ends with a word of what a
/// system can hold (支持16384 GPU, 可扩展至10万卡): a capacity, not what was
/// used or counted.
fn capacity_before(lead: &str) -> Option<usize> {
    const CAPACITY: &[&str] = &[
        "支持",
        "可扩展至",
        "可擴展至",
        "扩展至",
        "擴展至",
        "可容纳",
        "可容納",
        "容纳",
        "容納",
    ];
    let trimmed = lead.trim_end_matches([' ', '约', '約', '达', '達', '多', '超']);
    CAPACITY
        .iter()
        .find(|w| trimmed.ends_with(**w))
        .map(|w| trimmed.len() - w.len())
}

/// Words of a move since a point in time (去年底以来, 1月27日以來), which is
/// a move over days, not one day's — unless it is a record since then
/// (创2020年3月以来最大单日跌幅) or the clause says one day (单日).
const SINCE: &[&str] = &[
    "年以来",
    "年以來",
    "月以来",
    "月以來",
    "日以来",
    "日以來",
    "底以来",
    "底以來",
    "初以来",
    "初以來",
    "周以来",
    "週以來",
];

/// What makes a move since a point a record of one day, not the move since
/// then: a superlative after the word (以来最大, 以来的第一次), one day
/// named in the clause (以来单日最大跌幅).
fn record_since(text: &str, at: usize, w: &str, own_clause: &str) -> bool {
    let after = text[at + w.len()..].trim_start_matches(['的', '之']);
    after.starts_with(['最', '首', '新', '第', '罕', '仅', '僅'])
        || ["单日", "單日", "当日", "當日", "一日", "一天"]
            .iter()
            .any(|d| own_clause.contains(d))
}

/// The day figures a move over several days is not: the move and the loss
/// of value (a closing price is a level of one day whatever the clause).
const DAY_MOVES: &[&str] = &["share_price_change", "market_cap_loss"];

/// The market figures of one trading day, as the database holds them.
pub const DAY_FIGURES: &[&str] = &[
    "share_price_change",
    "market_cap_loss",
    "closing_share_price",
];

/// Words of the day's close, which an intraday word before the clause
/// does not narrow.
const CLOSE_WORDS: &[&str] = &[
    "收盘", "收盤", "收跌", "收涨", "收漲", "收报", "收報", "收于", "收於", "终场", "終場", "收市",
];

/// Whether a clause says its figure is the close: a word of
/// [`CLOSE_WORDS`] not followed by 后 (收盘后, 收市後交易时段 are the hours
/// after it).
fn says_close(clause: &str) -> bool {
    CLOSE_WORDS.iter().any(|c| {
        clause
            .match_indices(c)
            .any(|(at, _)| !clause[at + c.len()..].starts_with(['后', '後']))
    })
}

/// The labour force or the working-age, not the whole population (總勞動
/// 人口為383萬人, 劳动年龄人口为85798万人): they narrow a count of people,
/// not a rate of the labour force (勞動人口…失業率3.9%).
const LABOUR: &[&str] = &[
    "劳动人口",
    "勞動人口",
    "劳动年龄",
    "勞動年齡",
    "劳动力",
    "勞動力",
    "就业人口",
    "就業人口",
    "就业人员",
    "就業人員",
];

/// A region of a company's sales (英伟达中国区营收171.08亿美元): it narrows
/// an amount of money, not a chip made for a market (为中国市场特供的
/// H800…2,048颗).
const REGIONS: &[&str] = &[
    "中国区",
    "中國區",
    "大中华区",
    "大中華區",
    "中国市场",
    "中國市場",
];

/// The scope of a figure about a model family whose sentence names one
/// size of it (`在Llama 3.1系列中，70B版本…`): see [`names_a_size`].
pub(super) const MEMBER_SCOPE: &str = "其中一个型号";

/// The scope of a bound that sets a group apart (股价下跌10%以上的交易日,
/// 跌幅在15%以上的个股, 营收增长20%以上的企业): see [`threshold_of_a_group`].
pub(super) const THRESHOLD_SCOPE: &str = "筛选一类对象的门槛，不是某一对象的数值";

/// Nouns of a group whose members a bound sets apart (下跌10%以上的交易日,
/// 跌幅在15%以上的个股, 增长5%以上的省份, 成長率超過4.5%的年份). Other
/// nouns after `N以上的` are mostly the subject's own move or measure
/// told again (的同时, 的关口, 的成本, 的大模型): the bound is the subject's.
const GROUPS: &[&str] = &[
    "交易日",
    "个股",
    "個股",
    "股票",
    "成分股",
    "企业",
    "企業",
    "公司",
    "家庭",
    "住户",
    "住戶",
    "城市",
    "省份",
    "省市",
    "国家",
    "國家",
    "经济体",
    "經濟體",
    "地区",
    "地區",
    "行业",
    "行業",
    "年份",
    "月份",
    "日子",
    "板块",
    "板塊",
    "机构",
    "機構",
    "银行",
    "銀行",
    "基金",
    "品种",
    "品種",
    "县市",
    "縣市",
];

/// Verbs between 每 and the amount a rate is per (每训练1万亿个token).
const PER_DONE: &[&str] = &[
    "预训练",
    "預訓練",
    "训练",
    "訓練",
    "处理",
    "處理",
    "生成",
    "推理",
    "消耗",
    "使用",
    "调用",
    "調用",
];

/// A rate per an amount of tokens with a verb between 每 and the amount
/// (每训练1万亿个token，仅耗费约18万个GPU小时; 每处理100万个token需0.5
/// 度电): the figure is per the amount (the scope word after 每 by the
/// amount's scale) in the clause of that amount, or in the next one when
/// the amount's clause holds no figure after the amount and the next says
/// only what the amount takes before the figure (仅需, 只用, perhaps after
/// a name). The amount with no verb (每万亿token) is a scope word of its
/// own.
pub(super) fn per_amount_done(
    text: &str,
    s_start: usize,
    cl_start: usize,
    m_start: usize,
) -> Option<&'static str> {
    let lead = &text[s_start..m_start];
    let at = lead.rfind('每')?;
    let after = &lead[at + '每'.len_utf8()..];
    let verb = PER_DONE.iter().find(|v| after.starts_with(**v))?;
    let amount = &after[verb.len()..];
    let end = amount
        .find(|c: char| {
            !(c.is_ascii_digit()
                || c == '.'
                || c == ','
                || crate::extract::numeral::is_chinese_numeral_char(c))
        })
        .unwrap_or(amount.len());
    if end == 0 {
        return None;
    }
    let unit = amount[end..].trim_start_matches(['个', '個', ' ']);
    if !["token", "Token", "TOKEN", "词元", "詞元"]
        .iter()
        .any(|w| unit.starts_with(w))
    {
        return None;
    }
    // (the amount's clause, or the next one when it says only what the
    // amount takes, perhaps after the name: 每训练1万亿个token，仅耗费…;
    // 每训练…，DeepSeek-V3只需…; not 每训练…，总计… nor a third clause)
    const TAKES: &str = "仅僅只需要耗费費花用消约約大概就便了也才可能将將";
    let per_at = s_start + at;
    if per_at < cl_start {
        let between = &text[per_at..cl_start];
        let clauses = between.matches(['，', ',', '；', ';']).count();
        // (the amount's clause holds no figure of its own after it: 每训练
        // …，仅需… but not 每训练…需18万GPU小时，约278.8万…)
        let amount_end = per_at + '每'.len_utf8() + verb.len() + end;
        let figure_between = text[amount_end..cl_start]
            .chars()
            .any(|c| c.is_ascii_digit() || "万萬亿億".contains(c));
        let mut own_lead = text[cl_start..m_start]
            .chars()
            .filter(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | ' ' | '，' | ',')))
            .peekable();
        let says_what_it_takes = own_lead.peek().is_some() && own_lead.all(|c| TAKES.contains(c));
        if clauses > 1 || figure_between || !says_what_it_takes {
            return None;
        }
    }
    let scale = &amount[..end];
    Some(if scale.contains("万亿") || scale.contains("萬億") {
        "每万亿"
    } else if scale.contains('亿') || scale.contains('億') {
        "每亿"
    } else if scale.contains("百万") || scale.contains("百萬") {
        "每百万"
    } else if scale.contains('万') || scale.contains('萬') {
        "每万"
    } else {
        "每千"
    })
}

/// A bound whose measure is named before it in its clause and that is
/// followed by `的` and a noun of a group (英伟达股价下跌10%以上的交易日屈指可数):
/// the figure is the threshold the members of the group pass, said of
/// none of them, and of the subject only as one of the group at most
/// (see [`GROUPS`]).
pub(super) fn threshold_of_a_group(
    doc: &super::Doc,
    fig: &super::Figure,
    word: Option<(usize, usize)>,
) -> Option<&'static str> {
    use crate::extract::Qualifier;
    if !matches!(fig.m.qualifier, Qualifier::AtLeast | Qualifier::AtMost) {
        return None;
    }
    let (ws, we) = word?;
    if ws < fig.cl_start || we > fig.m.start {
        return None;
    }
    // (a subject placed in the group passes the bound itself: 英伟达是唯一
    // 一只股价下跌超过15%的个股)
    const MEMBERSHIP: &[&str] = &[
        "是", "成为", "成為", "作为", "作為", "属于", "屬於", "跻身", "躋身", "列入",
    ];
    if MEMBERSHIP
        .iter()
        .any(|w| doc.text[fig.cl_start..ws].contains(w))
    {
        return None;
    }
    let noun_at = fig.m.end + '的'.len_utf8();
    let noun = doc.text[fig.m.end..fig.cl_end].strip_prefix('的')?;
    let first = noun.chars().next()?;
    let is_group = GROUPS.iter().any(|w| noun.starts_with(w))
        && !doc.names_within(noun_at, noun_at + first.len_utf8());
    is_group.then_some(THRESHOLD_SCOPE)
}

/// Whether a text names a size of a model such as `70B`, `8B`, `1.5B`: a
/// `B` or `b` after a digit, with no letter or digit after it (found by
/// memchr: most texts hold no `B` or `b`).
pub(super) fn names_a_size(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'B', b'b', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
    }) || names_a_size_in_words(text)
}

/// Whether `text` names a model by its size in hundreds of millions of
/// parameters (4050亿参数的Llama 3, 700億參數版本): one model of a family.
/// A size stated of a model (最大版本为4050亿参数，) names none.
fn names_a_size_in_words(text: &str) -> bool {
    ["参数", "參數"].iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            let before = text[..at].trim_end_matches(['个', '個']);
            let after = &text[at + w.len()..];
            before.ends_with(['亿', '億'])
                && ["的", "版", "模型", "规模的", "規模的"]
                    .iter()
                    .any(|x| after.starts_with(x))
        })
    })
}

/// The first word of the mention's clause (or the clause before it) that
/// narrows the figure, unless the chosen metric is itself that narrower
/// figure: a trigger of the metric contains the word (城镇常住人口), or, for
/// 其中, names the metric inside the part's own clause (其中數據中心收入).
pub(super) fn narrowing_scope(
    metric: &crate::db::Metric,
    text: &str,
    trig: &[Trigger],
    mi: usize,
    (cl_start, cl_end): (usize, usize),
    hits: &[(&'static str, usize)],
    near: Near,
) -> Option<&'static str> {
    hits.iter()
        .find(|&&(w, at)| narrows(metric, text, trig, mi, (cl_start, cl_end), w, at, near))
        .map(|&(w, _)| w)
}

/// What the figure's clause names besides its scope words.
#[derive(Clone, Copy)]
pub(super) struct Near {
    /// An item (a chip, a product) is counted.
    pub(super) has_item: bool,
    /// A name of the database stands in the clause before the figure (its
    /// subject; not the currency of its amount).
    pub(super) names_in_clause: bool,
    /// A name of the database stands in the sentence before the figure.
    pub(super) names_in_sentence: bool,
    /// The figure stands right after an opening bracket (NVLink（160GB/s）).
    pub(super) bracketed: bool,
}

/// Every scope word: those of one of several, the phases, the wider totals,
/// the others, the changes against the period before, then the stages of a
/// training run.
static ALL_SCOPE_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    PER_ITEM
        .iter()
        .chain(PHASES)
        .chain(WIDER_TOTALS)
        .chain(MODEL_COSTS)
        .chain(SCOPE_WORDS)
        .chain(LABOUR)
        .chain(REGIONS)
        .chain(PERIOD_ON_PERIOD)
        .chain(NOMINAL)
        .chain(CONSTANT_PRICES)
        .chain(MARKET_QUOTES)
        .chain(PRODUCT_LINES)
        .chain(RETAIL_PARTS)
        .chain(INDUSTRY_BRANCHES)
        .chain(CLUSTER_LINKS)
        .chain(INSIDE_NODE)
        .chain(SPARSITY)
        .chain(SEGMENTS)
        .chain(PRICES)
        .chain(INTRADAY)
        .chain(SEVERAL_DAYS)
        .chain(SINCE)
        .chain(TRAINING_STAGES)
        .chain(OFF_HOURS)
        .chain(OFFERS)
        .chain(USAGE)
        .chain(INFERENCE)
        .chain(GDP_AS_YARDSTICK)
        .copied()
        .collect()
});

/// GDP as the yardstick of another figure (单位GDP能耗, GDP平减指数, 赤字率
/// 为GDP的3%, 占GDP比重): the figure is not GDP's, nor its growth.
const GDP_AS_YARDSTICK: &[&str] = &[
    "单位GDP",
    "單位GDP",
    "GDP能耗",
    "GDP平减",
    "GDP平減",
    "占GDP",
    "佔GDP",
    "为GDP的",
    "為GDP的",
    "GDP的比重",
    "GDP比重",
    "GDP的比例",
    "GDP比例",
    "相当于GDP",
    "相當於GDP",
];

/// Discounted hours of the day (夜间优惠时段每百万tokens 1元), which come
/// back each day. With [`OFFERS`], a discount (优惠期结束前…仅收0.14美元):
/// not the list price the database holds. They narrow prices only.
pub(super) const OFF_HOURS: &[&str] = &[
    "优惠时段",
    "優惠時段",
    "错峰",
    "錯峰",
    "夜间",
    "夜間",
    "闲时",
    "閒時",
];

/// The scope of a price said for some hours of the day, given by the
/// clock (每日00:30至08:30，R1每百万输出tokens仅需4元): an off-peak price,
/// as [`OFF_HOURS`] words say. `lead` is the figure's sentence before it.
///
/// The hours must come back each day (每日, 每天, 夜间 right before them)
/// or the figure's clause must say the price is cut (仅需, 低至, 打折);
/// not hours of an event (18:00至20:00，DeepSeek服务中断), nor a list
/// price said after them (00:30至08:30打折，标准时段…16元).
pub(super) fn hours_of_the_day(lead: &str, clause: &str) -> Option<&'static str> {
    // (a clock time is digits, a colon, two digits: most leads hold no
    // colon)
    if !lead.contains([':', '：']) {
        return None;
    }
    const DAILY: &[&str] = &["每日", "每天", "每晚", "夜间", "夜間", "每日北京时间"];
    const CUT: &[&str] = &[
        "仅需", "僅需", "只需", "只要", "低至", "打折", "折扣", "半价", "半價", "五折", "5折",
        "2.5折", "降至", "降到", "减半", "減半",
    ];
    const LIST_PRICE: &[&str] = &[
        "标准", "標準", "正常", "原价", "原價", "原为", "原為", "以外", "之外", "其余", "其餘",
        "白天", "除",
    ];
    let times = clock_times(lead);
    let window = times.windows(2).find(|w| {
        let between = lead.get(w[0].1..w[1].0).unwrap_or("").trim();
        ["至", "到", "-", "–", "—", "~", "～", "－"].contains(&between)
    })?;
    let (start, end) = (window[0].0, window[1].1);
    let before = lead[..start].trim_end();
    let daily = DAILY.iter().any(|w| {
        before
            .rfind(w)
            .is_some_and(|at| before[at + w.len()..].chars().count() <= 6)
    });
    let cut = CUT.iter().any(|w| clause.contains(w));
    let list_price = LIST_PRICE.iter().any(|w| lead[end..].contains(w));
    ((daily || cut) && !list_price).then_some("一天中的某个时段")
}

/// The clock times (`08:30`, `0：30`) of `text`, as byte spans in order.
fn clock_times(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (at, c) in text.match_indices([':', '：']) {
        let hour = b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let after = at + c.len();
        let minute = b[after..].iter().take_while(|c| c.is_ascii_digit()).count();
        // (the seconds' colon of 08:30:00 is inside the time before it)
        if out
            .last()
            .is_some_and(|&(_, e): &(usize, usize)| at - hour < e)
        {
            continue;
        }
        if (1..=2).contains(&hour) && minute == 2 {
            // seconds: 08:30:00
            let mut end = after + 2;
            if let Some(c) = text[end..]
                .chars()
                .next()
                .filter(|c| matches!(c, ':' | '：'))
            {
                let s = end + c.len_utf8();
                if b[s..].iter().take_while(|c| c.is_ascii_digit()).count() == 2 {
                    end = s + 2;
                }
            }
            out.push((at - hour, end));
        }
    }
    out
}

/// Offers of some days (优惠期, 限时优惠), which end (see [`offer_over`]).
/// With [`OFF_HOURS`], the words of a discount.
pub(super) const OFFERS: &[&str] = &[
    "优惠期",
    "優惠期",
    "优惠价",
    "優惠價",
    "促销价",
    "促銷價",
    "限时优惠",
    "限時優惠",
    "折扣价",
    "折扣價",
];

/// Whether the words from an offer on say it is over (优惠期结束后, 期满
/// 后, 屆滿後, 优惠期已于2月8日结束, 已经过去): the price is the list price
/// again. Not 结束前 or 即将结束, before it ends, nor 截止到2月8日, till
/// it ends; and never an hour of the day (夜间, 错峰), which comes back.
fn offer_over(offer: &str, after: &str) -> bool {
    const ENDS: &[&str] = &[
        "结束", "結束", "届满", "屆滿", "期满", "期滿", "截止", "到期", "过去", "過去", "过了",
        "過了",
    ];
    const AFTER: &[&str] = &[
        "后", "後", "以后", "以後", "之后", "之後", "满后", "滿後", "过后", "過後",
    ];
    const DONE: &[&str] = &["已", "業已", "业已"];
    if !OFFERS.contains(&offer) {
        return false;
    }
    if AFTER.iter().any(|a| after.starts_with(a)) {
        return true;
    }
    ENDS.iter().any(|e| {
        after.match_indices(e).any(|(i, _)| {
            let tail = &after[i + e.len()..];
            let head = &after[..i];
            // (结束 closing its clause says it has: 优惠期结束，调用价格已
            // 变更为…; not 即将结束，)
            let coming = ["将", "將", "快", "临近", "臨近"]
                .iter()
                .any(|c| head.contains(c));
            AFTER.iter().any(|a| tail.starts_with(a))
                || !coming
                    && (DONE.iter().any(|d| head.contains(d))
                        || tail.starts_with(['，', ',', '；', ';', '。']))
                    && !["前", "之前"].iter().any(|b| tail.starts_with(b))
        })
    })
}

/// What using a model costs (推理成本, 处理一百万个token的总成本): not what
/// training it cost. They narrow a training cost only.
const USAGE: &[&str] = &[
    "推理成本",
    "推理費用",
    "推理费用",
    "使用成本",
    "使用費用",
    "使用费用",
    "处理一百万",
    "處理一百萬",
    "处理百万",
    "處理百萬",
];

/// What serves a model's users (推理阶段需依赖数万张A100, 推理集群共有
/// 2224块H800): chips counted in its clause are no training cluster, and
/// only part of what a company owns ("推理" alone is no such word: 推理
/// 模型 is a model that reasons, 推理时间 a time).
const INFERENCE: &[&str] = &[
    "推理阶段",
    "推理階段",
    "推理集群",
    "推理叢集",
    "推理服务",
    "推理服務",
    "用于推理",
    "用於推理",
];

/// The scope words of a total wider than the metric's own (算上前期研究和
/// 消融实验): the report says so rather than "limited to".
pub const WIDER_TOTALS: &[&str] = &[
    "算上",
    "算进",
    "算進",
    "计入",
    "計入",
    // what developing a model cost, research and all, is more than
    // training it (包括前期研究在內的全部開發成本; not a bare 开发成本,
    // which the press uses for the training cost)
    "全部开发成本",
    "全部開發成本",
    "全部研发成本",
    "全部研發成本",
    // all industry, not the industry above the designated size the
    // statistics report (全部工业增加值…增长5.7%)
    "全部工业",
    "全部工業",
];

/// The scope words of what a model cost beyond its training run: research
/// and development, the whole (研发成本为557.6万美元, 研發卻只花了558萬美元,
/// V3的总成本; not 训练总成本, the training's own total). They narrow a
/// training cost only (处理一百万个token的总成本 is a price), in the
/// figure's own clause.
const MODEL_COSTS: &[&str] = &[
    "研发",
    "研發",
    "的总成本",
    "的總成本",
    "全部成本",
    "全部费用",
    "全部費用",
];

/// Whether a training is named in the clause `cl_start..cl_end` or in
/// another clause of its sentence that gives no figure of its own.
fn training_named(text: &str, cl_start: usize, cl_end: usize) -> bool {
    const ENDS: &[char] = &['。', '！', '？', '\n'];
    let from = text[..cl_start].rfind(ENDS).map_or(0, |p| {
        p + text[p..].chars().next().map_or(0, char::len_utf8)
    });
    let to = text[cl_end..].find(ENDS).map_or(text.len(), |p| cl_end + p);
    let training = |c: &str| c.contains("训练") || c.contains("訓練");
    training(&text[cl_start..cl_end])
        || text[from..to]
            .split(['，', ',', '；', ';'])
            .any(|c| training(c) && !has_figure(c))
}

/// Whether a clause writes a figure: a digit not inside a name in Latin
/// letters (the 3 of V3 is no figure), or a numeral past 一 (二十分之一).
fn has_figure(clause: &str) -> bool {
    let mut prev = ' ';
    clause.chars().any(|c| {
        let figure = c.is_ascii_digit() && !(prev.is_ascii_alphanumeric() || prev == '-')
            || "二三四五六七八九十百千万萬亿億两兩".contains(c);
        prev = c;
        figure
    })
}

/// Whether a scope word names a total wider than the metric's own
/// ([`WIDER_TOTALS`], [`MODEL_COSTS`]): the report says what it adds
/// rather than "limited to".
pub fn is_wider_total(w: &str) -> bool {
    WIDER_TOTALS.contains(&w) || MODEL_COSTS.contains(&w)
}

/// The scope words of a phase of a plan or a project.
const PHASES: &[&str] = &[
    "第一阶段",
    "第一階段",
    "首阶段",
    "首階段",
    "第一期",
    "首期",
    "一期工程",
    "初期",
];

/// The scope words of a change against the period before (a quarter's, a
/// month's), not the year's.
const PERIOD_ON_PERIOD: &[&str] = &[
    "按季",
    "环比",
    "環比",
    "季比",
    "按月",
    "较上季",
    "較上季",
    "比上季",
];

/// The scope words of a market quote, not the official rate the database
/// holds (the linked rate, the central parity), which narrow only their
/// own clause: 港元匯價較早時報7.8493兌1美元 is a quote, while in 港元匯價
/// 持續偏弱，觸發7.85兌1美元的弱方兌換保證 the 7.85 is the undertaking.
const MARKET_QUOTES: &[&str] = &["汇价", "匯價", "市场汇率", "市場匯率"];

/// The scope words of a growth at current prices (名义增长4.2%), which a
/// growth figure of the database (at constant prices) is not.
const NOMINAL: &[&str] = &["名义", "名義"];

/// Words of a growth at constant prices (扣除价格因素实际增长3.8%), which
/// narrow, in the figure's own clause, a growth the database holds at
/// current prices ([`AT_CURRENT_PRICES`]).
const CONSTANT_PRICES: &[&str] = &[
    "实际增长",
    "實際增長",
    "实际增速",
    "實際增速",
    "实质增长",
    "實質增長",
    "扣除价格因素",
    "扣除價格因素",
    "可比价格",
    "可比價格",
];

/// The growths the database holds at current prices, as they are
/// published (retail sales, investment, a company's revenue): a growth at
/// constant prices is another measure. (A nominal growth word still
/// narrows them as it does every growth: it tells a figure from the real
/// growth beside it, which the metric choice relies on.)
const AT_CURRENT_PRICES: &[&str] = &[
    "retail_sales_growth",
    "fixed_asset_investment_growth",
    "revenue_growth",
    "data_center_revenue_growth",
];

/// Words of a growth at constant prices: a clause that names one is not
/// narrowed by a nominal growth in the clause before (名义增长4.2%，实际增长
/// 5.0%).
pub(super) const REAL: &[&str] = &["实际", "實際", "实质", "實質", "不变价", "不變價"];

/// Words of a day's actual move (实际, 平均, 大多), which is no band.
const ACTUAL_MOVES: &[&str] = &[
    "实际", "實際", "平均", "日均", "大多", "大都", "通常", "一般", "仅", "僅", "只有",
];

/// Words of a change against the same period a year before.
const YEAR_ON_YEAR: &[&str] = &[
    "按年",
    "同比",
    "年增",
    "较去年同期",
    "較去年同期",
    "比上年",
    "比去年",
    "較上年",
    "较上年",
];

/// The scope words in the clause of a figure and the clause before it,
/// with the byte offset of the last occurrence of each (found once per
/// figure, weighed per candidate metric).
pub(super) fn scope_hits(
    text: &str,
    sent_start: usize,
    cl_start: usize,
    m: &Mention,
) -> Vec<(&'static str, usize)> {
    let prev_start = super::clause::clause_before(text, sent_start, cl_start);
    let lead = &text[prev_start..m.start];
    let mut hits = last_of_each(lead, prev_start);
    if let Some(at) = days_in_digits(lead) {
        hits.push(("数天", prev_start + at));
    }
    if let Some(at) = capacity_before(&text[cl_start..m.start]) {
        hits.push(("可支持", cl_start + at));
    }
    // a time of the trading day framing the sentence from an earlier clause
    // (美股开盘后，…，市值蒸发3000亿美元)
    if prev_start > sent_start && !hits.iter().any(|(w, _)| INTRADAY.contains(w)) {
        if let Some((w, at)) = intraday_frame(&text[sent_start..prev_start]) {
            hits.push((w, sent_start + at));
        }
    }
    // a change against the year before in the figure's own clause is not
    // the quarter's change of the clause before (按季增長12%，按年增長78%)
    if !hits.is_empty()
        && YEAR_ON_YEAR
            .iter()
            .any(|w| text[cl_start..m.start].contains(w))
    {
        hits.retain(|&(w, at)| at >= cl_start || !PERIOD_ON_PERIOD.contains(&w));
    }
    // a note in brackets right after the figure qualifies it too:
    // 0.5元（缓存命中）
    let after = &text[m.end..];
    if after.starts_with(['(', '（']) {
        // (the close looked for within the note's reach only: a bracket
        // left open before every figure of a long line is searched no
        // further than that, not to the end of the text)
        let mut reach = after.len().min(60 + '）'.len_utf8());
        while !after.is_char_boundary(reach) {
            reach -= 1;
        }
        let note = after[..reach]
            .find([')', '）'])
            .filter(|&e| e <= 60)
            .map_or("", |e| &after[..e]);
        hits.extend(first_of_each(note, m.end));
    }
    // the nearest word first: it is the one the figure is under (a note
    // after it nearest of all)
    hits.sort_by_key(|&(_, at)| std::cmp::Reverse(at));
    hits
}

/// Every scope word, found by its first two characters (word `i` is
/// `ALL_SCOPE_WORDS[i]`; none has an ASCII letter, so they match as
/// written).
fn scope_words() -> &'static Lexicon {
    static WORDS: LazyLock<Lexicon> = LazyLock::new(|| {
        Lexicon::new(&ALL_SCOPE_WORDS).expect("every scope word has two characters or more")
    });
    &WORDS
}

/// The last occurrence of each scope word in `lead` (offsets plus `base`),
/// in the words' list order.
fn last_of_each(lead: &str, base: usize) -> Vec<(&'static str, usize)> {
    each_word(lead, base, usize::max)
}

/// The first occurrence of each scope word in `note` (offsets plus
/// `base`), in the words' list order.
fn first_of_each(note: &str, base: usize) -> Vec<(&'static str, usize)> {
    each_word(note, base, usize::min)
}

/// One occurrence of each scope word in `s` (offsets plus `base`), the one
/// `keep` prefers of any two, in the words' list order: one overlapping
/// pass for all of them, as most texts hold none.
fn each_word(s: &str, base: usize, keep: fn(usize, usize) -> usize) -> Vec<(&'static str, usize)> {
    if s.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize)> = Vec::new(); // (word index, start)
    scope_words().each(s, |w, start| {
        match found.iter_mut().find(|(i, _)| *i == w) {
            Some(f) => f.1 = keep(f.1, start),
            None => found.push((w, start)),
        }
    });
    found.sort_unstable();
    found
        .into_iter()
        .map(|(w, at)| (ALL_SCOPE_WORDS[w], base + at))
        .collect()
}

/// The stages of a training run: they narrow what adds up over a run (its
/// cost, its GPU hours), not the cluster it ran on.
const TRAINING_STAGES: &[&str] = &[
    "预训练阶段",
    "預訓練階段",
    "上下文扩展",
    "上下文擴展",
    "长上下文扩展",
    "長上下文擴展",
    "后期训练",
    "後期訓練",
    "后训练",
    "後訓練",
    "微调阶段",
    "微調階段",
];

/// Whether a stage named in the clause before (`before`, from the stage
/// word) goes on into clause `clause` (预训练阶段约266.4万GPU小时，成本约
/// 532.8万美元): when the clause before gives that one stage a figure, and
/// this clause names no subject of its own (`names_in_clause`), does not
/// sum up (合计, 总共, 整个, 最终), name training as a whole (训练成本) or
/// name a stage of its own.
fn stage_carried(before: &str, clause: &str, names_in_clause: bool) -> bool {
    const WHOLE: &[&str] = &[
        "合计", "合計", "总计", "總計", "总共", "總共", "一共", "共计", "共計", "总", "總", "整个",
        "整個", "全部", "完整", "全程", "加上", "连同", "連同", "包括", "包含", "整体", "整體",
        "最终", "最終", "总体", "總體",
    ];
    // the clause before gives one stage a figure of its own, and neither
    // compares it nor denies it (与Llama的预训练阶段相比, 并非后训练)
    const NOT_THE_STAGE: &[&str] = &[
        "相比", "相較", "相较", "比较", "比較", "并非", "並非", "不是", "而是", "，而",
    ];
    let stages_before = TRAINING_STAGES
        .iter()
        .filter(|w| before.contains(*w))
        .count();
    let names_training = clause.match_indices(['训', '訓']).any(|(i, _)| {
        !clause[..i].ends_with(['预', '預', '后', '後']) && !clause[..i].ends_with("微调")
    });
    stages_before == 1
        && before
            .chars()
            .any(|c| c.is_ascii_digit() || crate::extract::numeral::is_chinese_numeral_char(c))
        && !NOT_THE_STAGE.iter().any(|w| before.contains(w))
        && !names_in_clause
        && !names_training
        && !WHOLE.iter().any(|w| clause.contains(w))
        && !TRAINING_STAGES.iter().any(|w| clause.contains(w))
}

/// Whether scope word `w` at byte `at` narrows the figure against `metric`.
#[allow(clippy::too_many_arguments)]
fn narrows(
    metric: &crate::db::Metric,
    text: &str,
    trig: &[Trigger],
    mi: usize,
    (cl_start, cl_end): (usize, usize),
    w: &'static str,
    at: usize,
    Near {
        has_item,
        names_in_clause,
        names_in_sentence,
        bracketed,
    }: Near,
) -> bool {
    if metric.triggers.iter().any(|t| t.contains(w)) {
        return false;
    }
    // what a model can hold is its context length itself (上下文長度擴展至
    // 128K, 支持128K上下文)
    if w == "可支持" && metric.id == "context_length" {
        return false;
    }
    // 每秒 is the unit of a rate per second (頻寬每秒4.8TB: TB/s)
    if matches!(w, "每秒") && metric.unit.as_str().ends_with("/s") {
        return false;
    }
    // 每日 does not narrow what is itself a day's (每日波幅限制为上下2% of
    // 汇率日波动幅度), unless the clause gives an actual move (每日波动幅度
    // 平均仅0.15% is no band)
    if matches!(w, "每日" | "每天")
        && metric.kind != "date"
        && metric.name_zh.contains('日')
        && !ACTUAL_MOVES
            .iter()
            .any(|l| text[cl_start..cl_end].contains(l))
    {
        return false;
    }
    // a stage narrows what adds up over a run (its cost, its GPU hours),
    // not the cluster it ran on, nor the stage's own measure
    // in its own clause: a total after the stages (…和后训练0.5万GPU小时，
    // 合计278.8万GPU小时) is the whole run's
    if TRAINING_STAGES.contains(&w) {
        if at < cl_start
            && !stage_carried(
                &text[at..cl_start],
                &text[cl_start..cl_end],
                names_in_clause,
            )
        {
            return false;
        }
        let id = metric.id.as_str();
        let own_stage = id.contains("pretraining") && w.starts_with(['预', '預']);
        return (id.contains("cost") || id.contains("hours")) && !own_stage;
    }
    if LABOUR.contains(&w) {
        return metric.kind == "count";
    }
    if REGIONS.contains(&w) {
        // a region's revenue, and its growth (中国区营收171亿美元，比前一年
        // 增长67%)
        // (a growth from the clause before only when that clause gives a
        // figure of its own: 受中国市场需求推动，营收增长114% is the
        // company's)
        let figure_before =
            at >= cl_start || text[at..cl_start].bytes().any(|b| b.is_ascii_digit());
        return metric.kind == "money" || metric.id.contains("revenue") && figure_before;
    }
    if PRODUCT_LINES.contains(&w) {
        return metric.id == "revenue";
    }
    if MODEL_COSTS.contains(&w) {
        // (in the figure's own clause; 研发 only as what was spent, not
        // 研发人员, 研发中的强化学习阶段; and no training named in the
        // figure's clause nor in a clause of its sentence with no figure of
        // its own: V3训练的总成本, V3的训练，全部费用约600万美元, 总成本为
        // 557.6万美元，仅含正式训练 are the training's, while 研发成本为557.6
        // 万美元，训练用了278.8万GPU小时 is not)
        let spent = !w.starts_with('研')
            || text[at + w.len()..]
                .starts_with(|c: char| "成费費投开開支总總共却卻只仅僅才花耗出".contains(c));
        return metric.id.starts_with("training_cost")
            && at >= cl_start
            && spent
            && !training_named(text, cl_start, cl_end);
    }
    if RETAIL_PARTS.contains(&w) {
        return at >= cl_start && metric.id.starts_with("retail_sales");
    }
    if INDUSTRY_BRANCHES.contains(&w) {
        return at >= cl_start && metric.id.starts_with("industrial_output");
    }
    if CLUSTER_LINKS.contains(&w) {
        // (in the clause before too, unless the figure's own clause names
        // NVLink: H800节点间通过InfiniBand互联，带宽约50GB/s; not 節點間通信
        // 瓶頸明顯，H800的NVLink頻寬只有400GB/s)
        let own = &text.as_bytes()[cl_start..cl_end];
        let nvlink = own.windows(6).any(|w| w.eq_ignore_ascii_case(b"nvlink"));
        return (at >= cl_start || !nvlink) && metric.id.ends_with("bandwidth");
    }
    if SPARSITY.contains(&w) {
        return at >= cl_start && metric.id.ends_with("_performance");
    }
    if INSIDE_NODE.contains(&w) {
        return at >= cl_start
            && (!names_in_sentence || bracketed)
            && metric.id.ends_with("bandwidth");
    }
    if PRICES.contains(&w) {
        return metric.id.starts_with("training_cost") && metric.id.ends_with("_reduction");
    }
    if SEGMENTS.contains(&w) {
        return metric.kind == "money";
    }
    if OFF_HOURS.contains(&w) || OFFERS.contains(&w) {
        let upto = cl_end.max(at + w.len());
        return metric.id.starts_with("api_price") && !offer_over(w, &text[at + w.len()..upto]);
    }
    if USAGE.contains(&w) {
        return metric.id.starts_with("training_cost");
    }
    if INFERENCE.contains(&w) {
        // in its own clause, when it does not name training too
        // (在推理阶段和训练阶段都用了2048块H800); or in the clause before,
        // when the figure's own clause names no subject of its own (上线
        // DeepSeek-V3推理服务，集群规模为2048张卡)
        let own_clause = &text[cl_start..cl_end];
        let carried = at < cl_start && !names_in_clause;
        return matches!(metric.id.as_str(), "training_gpu_count" | "gpu_count_owned")
            && (at >= cl_start || carried)
            && !own_clause.contains("训练")
            && !own_clause.contains("訓練");
    }
    if GDP_AS_YARDSTICK.contains(&w) {
        // (not when GDP is named again after it: 在GDP平减指数为负的背景下
        // 实际GDP增长5.0%)
        let again = &text[at + w.len()..cl_end];
        let named_again = [
            "GDP",
            "国内生产总值",
            "國內生產總值",
            "经济增长",
            "經濟增長",
        ]
        .iter()
        .any(|g| again.contains(g));
        return at >= cl_start && metric.id.starts_with("gdp") && !named_again;
    }
    if SEVERAL_DAYS.contains(&w) {
        return DAY_MOVES.contains(&metric.id.as_str());
    }
    if SINCE.contains(&w) {
        // (in the figure's own clause only: 1月20日以来DeepSeek持续刷屏，
        // 英伟达股价1月27日暴跌16.97% is a day's move)
        // (or in a clause of its own that frames the next: 自1月20日以来，
        // 英伟达股价截至1月27日已下跌逾20%)
        let frames = at < cl_start
            && text[at + w.len()..cl_start]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ','))
                .is_empty();
        return (at >= cl_start || frames)
            && DAY_MOVES.contains(&metric.id.as_str())
            && !record_since(text, at, w, &text[cl_start..cl_end]);
    }
    if INTRADAY.contains(&w) {
        // in the clause before, only with a figure of its own, which the
        // figure goes on from (股价一度下挫近15%，市值蒸发近5000亿美元; not
        // 一度讓美股重挫，其中輝達股價重挫近17%)
        // (or in a clause of time of its own, which frames the rest of the
        // sentence unless a close is said after it: 美股开盘后，…)
        let carried = at >= cl_start || {
            let rest = &text[at + w.len()..cl_start];
            match frame_end(rest) {
                // (after the close only a further move is of after-hours
                // trading: 收盘后，英伟达股价再跌0.5%)
                Some(_) if after_the_close(text, at, w) => {
                    FURTHER.iter().any(|f| text[cl_start..cl_end].contains(f))
                }
                Some(_) => !says_close(rest) && !names_its_own_day(&text[at + w.len()..cl_end]),
                // (or a session named in a clause of the group's move the
                // figure goes on to list: 科技股盘前集体大跌，英伟达跌超8%)
                None => {
                    rest.bytes().any(|b| b.is_ascii_digit())
                        || group_move_in_session(text, at, w, cl_start, cl_end)
                }
            }
        };
        let own_clause = &text[cl_start.max(at)..cl_end];
        return carried && DAY_FIGURES.contains(&metric.id.as_str()) && !says_close(own_clause);
    }
    // "each" narrows only the figure of its own clause (每个有1110亿个参数),
    // not the next one (每个token激活320亿，预训练数据为15.5万亿token)
    if (PER_ITEM.contains(&w) || MARKET_QUOTES.contains(&w)) && at < cl_start {
        return false;
    }
    // the amount a segment contributed is the segment's: the metric's when
    // the segment is what the metric measures (数据中心业务贡献1152亿美元 is
    // data-centre revenue; but 数据中心贡献近九成 is its share of the whole,
    // no growth of it, and 来自中国的营收贡献171亿美元 no company's revenue)
    if matches!(w, "贡献" | "貢獻") {
        let part_is_the_metric = metric.kind == "money"
            && metric.id.ends_with("_revenue")
            && trig
                .iter()
                .any(|&(_, te, tm)| tm == mi && text[..at].trim_end().len() == te);
        return !part_is_the_metric;
    }
    // 其中 at the head of the clause narrows what was named before it;
    // with the metric's own word in its clause (其中資料中心營收, 其中1000
    // 亿美元将立即投放) or a chip counted (其中H800…约1万颗), the part is
    // what the metric measures
    if w == "其中" {
        let heads_clause = at >= cl_start
            && text[cl_start..at]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '，' | ','))
                .is_empty();
        let own_word = trig
            .iter()
            .any(|&(ts, te, tm)| tm == mi && ts >= at && te <= cl_end);
        return heads_clause && !own_word && !has_item;
    }
    // a segment word counts in the mention's own clause, and in the one
    // before for a growth that takes its measure from there (汽车业务全年
    // 营收为16.9亿美元，同比增长55%)
    // the private or public sector is not a company's segment
    // (由私营部门主导的超级工程)
    if matches!(w, "部门" | "部門")
        && ["私营", "私營", "公共", "政府", "公營", "公营"]
            .iter()
            .any(|p| text[..at].ends_with(p))
    {
        return false;
    }
    let growth = metric.id.ends_with("_growth") || metric.id.ends_with("_change");
    // a nominal growth is not the real growth; a level at current prices
    // (名义GDP 134.9万亿元) is the level itself
    let current_prices = AT_CURRENT_PRICES.contains(&metric.id.as_str());
    if NOMINAL.contains(&w) {
        let own_clause = &text[cl_start..cl_end];
        return growth && !REAL.iter().any(|r| own_clause.contains(r));
    }
    if CONSTANT_PRICES.contains(&w) {
        // (not in a note of its own: 增长2.2%（扣除价格因素，实际增长5.4%）)
        return current_prices && at >= cl_start && !text[cl_start..at].contains(['（', '(']);
    }
    if matches!(w, "业务" | "業務" | "部门" | "部門" | "分部") {
        return at >= cl_start || growth;
    }
    // a phase the clause before spent on a figure of its own is that
    // figure's (首期投资1000亿美元，未来四年将达到5000亿美元); what was
    // measured (a segment, a group) carries on (游戏收入同比下滑了11%，
    // 达到25.4亿美元)
    if PHASES.contains(&w)
        && at < cl_start
        && text[at..cl_start].bytes().any(|b| b.is_ascii_digit())
    {
        return growth;
    }
    true
}

/// Whether the trigger ending at `te`, after mention `k`, is followed in
/// its own clause (before `sent_end`) by another figure, and lies in a
/// later clause than mention `k`: then it names that figure, not `k`'s.
pub(super) fn owned_by_later_figure(
    text: &str,
    mentions: &[Mention],
    k: usize,
    te: usize,
    sent_end: usize,
) -> bool {
    let m = &mentions[k];
    let Some(gap) = text.get(m.end..te) else {
        return false;
    };
    if !gap.pipe_has() {
        return false;
    }
    let next = k + 1 + mentions[k + 1..].partition_point(|n| n.start < te);
    mentions
        .get(next)
        .is_some_and(|n| n.start < sent_end && text.get(te..n.start).is_some_and(|g| !g.pipe_has()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::linked;
    use super::*;

    /// Two days or more in digits are a span of days; one day, a day
    /// before, a part of a longer figure are not.
    #[test]
    fn days_are_counted_in_digits() {
        assert_eq!(days_in_digits("市值4天蒸發逾"), Some("市值".len()));
        assert_eq!(days_in_digits("股价１０天累计下跌"), Some("股价".len()));
        assert_eq!(days_in_digits("连跌12天，"), Some("连跌".len()));
        for lead in [
            "市值1天蒸发",
            "4天前暴跌",
            "3天后",
            "1.5天",
            "4日暴跌",
            "天天",
            "",
        ] {
            assert_eq!(days_in_digits(lead), None, "{lead}");
        }
    }

    #[test]
    fn qizhong_narrows_a_part_of_the_whole() {
        let l = linked("英伟达全年收入为1305亿美元，其中约200亿美元来自中国。");
        assert_eq!(l.link("1305亿美元").scope, None);
        assert_eq!(l.metric("约200亿美元"), Some("revenue"));
        assert_eq!(l.link("约200亿美元").scope, Some("其中"));
        // with the metric's own word in its clause, the part is what it measures
        let l = linked("輝達收入為609億美元，其中數據中心業務收入為475億美元。");
        assert_eq!(l.metric("475億美元"), Some("data_center_revenue"));
        assert_eq!(l.link("475億美元").scope, None);
    }

    #[test]
    fn a_change_on_the_year_is_not_the_quarters_change_before_it() {
        let l = linked("英偉達收入為393億美元，按季增長12%，按年增長78%。");
        assert_eq!(l.link("12%").scope, Some("按季"));
        assert_eq!(l.link("78%").scope, None);
        assert_eq!(l.metric("78%"), Some("revenue_growth"));
    }

    #[test]
    fn a_phase_a_group_or_a_quarter_sets_the_scope() {
        let l = linked("DeepSeek-V3第一阶段训练使用了2,048颗H800。");
        assert_eq!(l.link("2,048颗").scope, Some("第一阶段"));
        let l = linked("DeepSeek-V3训练使用了2,048颗H800。");
        assert_eq!(l.link("2,048颗").scope, None);
        let l =
            linked("2024年末全国人口为14.2亿人，其中男性人口71909万人，城镇常住人口94350万人。");
        assert_eq!(l.link("14.2亿人").scope, None);
        assert_eq!(l.link("71909万人").scope, Some("男性"));
        assert_eq!(l.link("94350万人").scope, Some("城镇"));
        let l = linked("香港GDP按季增长1.2%。");
        assert_eq!(l.link("1.2%").scope, Some("按季"));
        let l = linked("英伟达游戏业务全年营收为114亿美元。");
        assert_eq!(l.link("114亿美元").scope, Some("业务"));
        // a metric whose own word is the scope word is not narrowed by it
        let l = linked("星际之门项目第一阶段将投资1000亿美元。");
        assert_eq!(l.metric("1000亿美元"), Some("initial_deployment"));
        assert_eq!(l.link("1000亿美元").scope, None);
    }

    /// A size is found by memchr where reading every byte finds one.
    #[test]
    fn a_size_is_found_where_every_byte_read_finds_it() {
        let by_bytes = |text: &str| {
            let b = text.as_bytes();
            (0..b.len()).any(|i| {
                matches!(b[i], b'B' | b'b')
                    && i > 0
                    && b[i - 1].is_ascii_digit()
                    && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
            })
        };
        let pieces = ["B", "b", "7", "0", ".5", "a", "版本", " ", "Llama", "é"];
        let mut next = crate::testing::xorshift(43);
        for _ in 0..20_000 {
            let text = crate::testing::pieces_text(&mut next, &pieces, 9);
            assert_eq!(names_a_size(&text), by_bytes(&text), "{text}");
        }
        assert!(names_a_size("在Llama 3.1系列中，70B版本"));
        assert!(!names_a_size("70Bn"));
    }

    #[test]
    fn scope_words_match_as_written() {
        // (the lexicon matches ASCII letters without case; these have none,
        // but for the names of product lines, which a report writes as the
        // product is named whatever the text's case, GDP, which is GDP in
        // any case, and sparsity, sparse or Sparse)
        assert!(ALL_SCOPE_WORDS
            .iter()
            .filter(|w| {
                !PRODUCT_LINES.contains(w) && !GDP_AS_YARDSTICK.contains(w) && !SPARSITY.contains(w)
            })
            .all(|w| !w.bytes().any(|b| b.is_ascii_alphabetic())));
    }

    #[test]
    fn scope_words_are_found_nearest_first() {
        let l = linked("2024年末全国人口为14.2亿人，其中男性人口71909万人。");
        let hits = l.with_figure("71909万人", |doc, fig| {
            scope_hits(doc.text, fig.s.start, fig.cl_start, fig.m)
        });
        let words: Vec<&str> = hits.iter().map(|&(w, _)| w).collect();
        assert_eq!(words, ["男性", "其中"]);
    }

    #[test]
    fn a_word_after_a_figure_that_heads_a_later_figure_is_that_figures() {
        let l = linked("輝達收入為609億美元，其中數據中心業務收入為475億美元。");
        assert_eq!(l.metric("609億美元"), Some("revenue"));
        let k = l.find("609億美元");
        let second = l.text.rfind("收入").expect("the second 收入");
        let first = l.text.find("收入").expect("the first 收入");
        let end = l.sentences[0].end;
        assert!(owned_by_later_figure(
            &l.text,
            &l.mentions,
            k,
            second + "收入".len(),
            end
        ));
        // a word before the figure is never a later figure's
        assert!(!owned_by_later_figure(
            &l.text,
            &l.mentions,
            k,
            first + "收入".len(),
            end
        ));
    }
}
