//! The reproducible news-like text both benchmarks generate (fixed seeds).
#![allow(dead_code)]

pub struct Lcg(pub u64);
impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
}

pub const FILLER: &[&str] = &[
    "业内人士认为，这一变化反映出行业格局正在重塑，各方都在重新评估自己的策略。",
    "分析师指出，市场对人工智能的预期仍然很高，但投资者开始关注实际回报。",
    "不少开发者在社交媒体上分享了使用体验，评价褒贬不一。",
    "監管機構表示會密切留意市場動向，並在有需要時採取適當措施。",
    "这家公司在声明中强调，将继续投入研发，推动技术进步，并与合作伙伴共同建设生态。",
    "外界普遍关心的是，这种做法能否持续，以及它对整个产业链意味着什么。",
    "有評論認為，相關消息被過度解讀，真實情況遠比傳聞複雜。",
    "记者走访多家企业发现，各家对新技术的态度并不一致，有的积极拥抱，有的持观望态度。",
];

pub const CLAIMS: &[&str] = &[
    "深度求索表示，DeepSeek-V3只用了{n}颗H800，训练时长为{d}万GPU小时，训练成本为{d}万美元（约{n}万港元）。",
    "据SemiAnalysis估计，该公司拥有约{n}万颗芯片，芯片投资额在{n}亿美元以上。",
    "{y}年{m}月{m}日，OpenAI发布新模型，据称其训练成本超过{n}亿美元。",
    "国家统计局数据显示，{y}年中国GDP增长{d}%，全年出生人口{n}万人。",
    "輝達股價在{m}月{m}日下跌{d}%，市值蒸發近{n}億美元。",
    "DeepSeek手机App上线{n}天内下载量突破{n}万次，日活跃用户约{n}万，相当于ChatGPT的{c}成左右。",
    "Llama 3.1-405B的训练时长为{n},{t}万GPU小时，是DeepSeek-V3的{n}倍。",
    "香港去年经济增长{d}%，第四季度按年增长{d}%，人口约为{d}万。",
    "有专家估计，训练成本可能只有原来的十分之一，而算力需求在几个星期内翻了一番。",
];

pub fn generate(target_bytes: usize) -> Vec<String> {
    let mut rng = Lcg(20250211);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut doc = format!(
            "测试文章 {}\n发表时间: 2025-02-{:02} 10:00:00\n\n",
            docs.len(),
            1 + rng.next() % 28
        );
        let paragraphs = 4 + rng.next() % 6;
        for _ in 0..paragraphs {
            let sentences = 3 + rng.next() % 5;
            for _ in 0..sentences {
                if rng.next().is_multiple_of(4) {
                    doc.push_str(&claim_sentence(&mut rng));
                } else {
                    doc.push_str(rng.pick(FILLER));
                }
            }
            doc.push_str("\n\n");
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}

/// One sentence with figures: a template of `CLAIMS` with its holes filled.
pub fn claim_sentence(rng: &mut Lcg) -> String {
    let mut s = rng.pick(CLAIMS).to_string();
    while let Some(p) = s.find('{') {
        let q = p + s[p..].find('}').unwrap_or(0) + 1;
        let v = match &s[p + 1..q - 1] {
            "n" => format!("{}", 1 + rng.next() % 9999),
            "d" => format!("{}.{}", 1 + rng.next() % 999, rng.next() % 10),
            "y" => format!("{}", 2019 + rng.next() % 7),
            "m" => format!("{}", 1 + rng.next() % 12),
            "c" => format!("{}", 1 + rng.next() % 9),
            _ => format!("{:03}", rng.next() % 1000),
        };
        s.replace_range(p..q, &v);
    }
    s
}

/// The value of `--mb N` on the command line, or `default`.
pub fn mb_arg(default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == "--mb")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

/// Pieces of ordinary news sentences without figures, combined at random so
/// that the text is varied (subject + what they did + a closing clause).
const SUBJECTS: &[&str] = &[
    "业内人士",
    "多位分析师",
    "这家公司的发言人",
    "监管部门",
    "不少开发者",
    "投资者",
    "有評論員",
    "記者走訪的企業",
    "一位不愿具名的工程师",
    "行业协会",
    "研究机构",
    "消費者團體",
];
const PREDICATES: &[&str] = &[
    "认为这一变化反映出行业格局正在重塑",
    "指出市场对人工智能的预期仍然很高",
    "在社交媒体上分享了使用体验",
    "表示会密切留意市场动向并在有需要时采取适当措施",
    "强调将继续投入研发、推动技术进步",
    "关心这种做法能否持续",
    "認為相關消息被過度解讀",
    "对新技术的态度并不一致",
    "提醒外界不要只看单一指标",
    "希望有关方面尽快公布更多细节",
    "注意到开源社区的讨论明显升温",
    "坦言短期内难以判断最终影响",
];
const CLOSINGS: &[&str] = &[
    "，各方都在重新评估自己的策略。",
    "，但也有人持观望态度。",
    "，真實情況遠比傳聞複雜。",
    "，这一点在业内已有共识。",
    "。",
    "，並呼籲各界理性看待。",
    "，相关讨论仍在继续。",
    "，其中的关键在于成本与效率之间的平衡。",
];

/// News of ordinary density: several figures per article and about one
/// sentence in six holding any, the rest varied prose (`generate` is the
/// number-dense text: a figure every ~150 bytes).
pub fn generate_ordinary(target_bytes: usize) -> Vec<String> {
    let mut rng = Lcg(20251201);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut doc = format!(
            "测试报道 {}\n发表时间: 2025-03-{:02} 09:30:00\n\n",
            docs.len(),
            1 + rng.next() % 28
        );
        let paragraphs = 5 + rng.next() % 8;
        for _ in 0..paragraphs {
            let sentences = 3 + rng.next() % 5;
            for _ in 0..sentences {
                if rng.next().is_multiple_of(6) {
                    doc.push_str(&claim_sentence(&mut rng));
                } else {
                    doc.push_str(rng.pick(SUBJECTS));
                    doc.push_str(rng.pick(PREDICATES));
                    doc.push_str(rng.pick(CLOSINGS));
                }
            }
            doc.push_str("\n\n");
        }
        total += doc.len();
        docs.push(doc);
    }
    docs
}
