//! Whether the text asserts a figure at all. A figure may be linked to
//! an entity and a metric and still not be the writer's statement of
//! fact: an outcome supposed under a condition (如果出口管制收紧，H20的带宽
//! 可能减半至2TB/s), a rumour the text passes on (网传…只用了1000块H800), or
//! a figure the text denies (训练成本并非1亿美元; …1亿美元的说法并不属实).
//! Held against the database, such a figure would be an editor's false
//! alarm (or a support the text does not give), so the check leaves it
//! unverified and says why.

use super::lexicon::Lexicon;
use super::{Doc, Figure};
use std::sync::LazyLock;

/// Why a figure is not asserted, with the word of the text that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unasserted {
    /// A condition before it (如果, 一旦) and a modal between (可能, 将).
    Supposed(&'static str),
    /// Passed on as a rumour (网传, 传言, 所谓).
    Rumour(&'static str),
    /// Denied (并非, 不是, 的说法并不属实).
    Denied(&'static str),
    /// What someone believed, told as a mistake (很多人以为, 误以为).
    Believed(&'static str),
    /// What was printed wrongly, in a correction notice (误植, 误刊).
    Misprinted(&'static str),
    /// Said to be possible, not so (总投资可能突破6000亿美元, 或达…): no
    /// error when the record differs, though it agrees when it matches.
    Possible(&'static str),
    /// Reckoned by the text in the clause right after a condition that
    /// supposes an amount of its own (若以每块约2.5万美元计，这批芯片价值
    /// 12.5亿美元): the text's estimate, which agrees with a record or
    /// differs from a source's figure, but does not refute another's
    /// estimate.
    Reckoned(&'static str),
}

/// Words of a condition.
const CONDITIONS: &[&str] = &[
    "如果", "假如", "倘若", "若是", "要是", "万一", "萬一", "一旦", "假使", "假若", "如若", "假设",
    "假設", "设想", "設想",
];

/// Words of what may or would happen, in the figure's clause after a
/// condition: the figure is the supposed outcome.
/// (Not a lone 会: 委员会, 协会.)
const MODALS: &[&str] = &[
    "可能", "或将", "或將", "或许", "或許", "也许", "也許", "恐怕", "将", "將", "就会", "就會",
    "也会", "也會", "还会", "還會", "会是", "會是", "就是", "则为", "則為", "则是", "則是", "会达",
    "會達", "会超", "會超",
];

/// Words that pass a figure on as a rumour or mark it as so-called.
/// (Not 据传 alone: 据传媒报道 is a report; 据传 is read apart.)
const RUMOURS: &[&str] = &[
    "传言",
    "傳言",
    "传闻",
    "傳聞",
    "网传",
    "網傳",
    "谣传",
    "謠傳",
    "盛传",
    "盛傳",
    "流传",
    "流傳",
    "谣言",
    "謠言",
    "坊间",
    "坊間",
    "所谓",
    "所謂",
    "小道消息",
    "据传",
    "據傳",
    // said by someone unnamed (有人声称, 有網民聲稱; not 网友称赞)
    "有人声称",
    "有人聲稱",
    "网民声称",
    "網民聲稱",
    "网友声称",
    "網友聲稱",
    "有说法称",
    "有說法稱",
    "有说法指",
    "有說法指",
];

/// Words that tell what people believed as a mistake (很多人以为…，其实…):
/// not a lone 以为, which 可以为 and 所以为 hold.
const BELIEFS: &[&str] = &[
    "人以为",
    "人以為",
    "们以为",
    "們以為",
    "误以为",
    "誤以為",
    "错以为",
    "錯以為",
    "误认为",
    "誤認為",
    "错认为",
    "錯認為",
    "原以为",
    "原以為",
    "本以为",
    "本以為",
    "还以为",
    "還以為",
    "都以为",
    "都以為",
    "界以为",
    "界以為",
    // once believed (外界一度以为…)
    "一度以为",
    "一度以為",
    "曾以为",
    "曾以為",
    // said wrongly by others (不少媒体误称…)
    "误称",
    "誤稱",
    "错称",
    "錯稱",
    "误报",
    "誤報",
];

/// Words of a misprint, in a correction notice (本報誤植…為4.95%，應為
/// 4.59%): read as [`BELIEFS`] are, the figure after them is what was
/// printed wrongly. (Not 误将: 市场误将…557.6万美元视为… is the true
/// figure.)
const MISPRINTS: &[&str] = &[
    "误植", "誤植", "错植", "錯植", "误写", "誤寫", "误刊", "誤刊", "误载", "誤載", "误印", "誤印",
    "错印", "錯印", "印错", "印錯", "错写", "錯寫", "误缮", "誤繕",
];

/// Words after a believed figure that call the belief wrong (很多人以为，
/// …64GB，这其实记错了).
const CALLED_WRONG: &[&str] = &[
    "记错",
    "記錯",
    "搞错",
    "搞錯",
    "弄错",
    "弄錯",
    "误解",
    "誤解",
    "不可靠",
    "不实",
    "不實",
    "有误",
    "有誤",
    "并非如此",
    "並非如此",
    "其实不然",
    "其實不然",
    "错了",
    "錯了",
];

/// Words after a believed figure by which the writer agrees with it
/// (不少人以为…1000块…，事实也的确如此).
const AGREED: &[&str] = &[
    "的确如此",
    "的確如此",
    "确实如此",
    "確實如此",
    "没错",
    "沒錯",
    "属实",
    "屬實",
    "不假",
    "果然如此",
];

/// Words after a rumour that set the record straight: a figure after one
/// is the text's own (网传…1000块，实际上是2048块). (The lone 但 is read
/// apart: the matcher's words have two characters or more.)
const CORRECTIONS: &[&str] = &[
    // the figure a correction notice gives for the misprint (…误植，应为4.59%)
    "应为",
    "應為",
    "更正为",
    "更正為",
    "正确为",
    "正確為",
    "实际上",
    "實際上",
    "事实上",
    "事實上",
    "其实",
    "其實",
    "实则",
    "實則",
    "但是",
    "而是",
    "然而",
    "真实",
    "真實",
    "不过",
    "不過",
];

/// Words of denial in the figure's clause before it.
const DENIALS: &[&str] = &[
    "并非", "並非", "不是", "而非", "绝非", "絕非", "远非", "遠非", "否认", "否認", "辟谣", "闢謠",
    "驳斥", "駁斥",
];

/// Words that deny a figure is another (这并不等于5万块H100) when the
/// figure follows them at once: not a figure a name or a noun phrase
/// after them takes for granted (不等于DeepSeek在GPU上超过5亿美元的投入).
const NOT_THE_SAME: &[&str] = &["不等于", "不等於", "不等同于", "不等同於"];

/// Words right after a figure (after 的) that make it a report's or a
/// rumour's: `1亿美元的说法`.
const REPORTED_AS: &[&str] = &[
    "说法", "說法", "传言", "傳言", "传闻", "傳聞", "谣言", "謠言", "猜测", "猜測",
];

/// Words later in the sentence that call what came before untrue.
const UNTRUE: &[&str] = &[
    "不实",
    "不實",
    "失实",
    "失實",
    "不属实",
    "不屬實",
    "纯属",
    "純屬",
    "子虚乌有",
    "子虛烏有",
    "谣言",
    "謠言",
    "并无此事",
    "並無此事",
];

/// The lists searched, as bits of a word's membership.
const CONDITION: u8 = 1;
const RUMOUR: u8 = 2;
const CORRECTION: u8 = 4;
const DENIAL: u8 = 8;
const UNTRUE_AFTER: u8 = 16;
const BELIEF: u8 = 32;

/// Every word of the lists in one matcher (each word once, with the lists
/// it is in), built once: a figure's sentence is read in one pass.
struct Words {
    lexicon: Lexicon,
    words: Vec<&'static str>,
    lists: Vec<u8>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut lists: Vec<u8> = Vec::new();
    for (list, bit) in [
        (CONDITIONS, CONDITION),
        (RUMOURS, RUMOUR),
        (CORRECTIONS, CORRECTION),
        (DENIALS, DENIAL),
        (UNTRUE, UNTRUE_AFTER),
        (BELIEFS, BELIEF),
        (MISPRINTS, BELIEF),
    ] {
        for &w in list {
            match words.iter().position(|&x| x == w) {
                Some(i) => lists[i] |= bit,
                None => {
                    words.push(w);
                    lists.push(bit);
                }
            }
        }
    }
    let lexicon = Lexicon::new(&words).expect("every word has two characters");
    Words {
        lexicon,
        words,
        lists,
    }
});

/// The words of the lists in a sentence, read once for all its figures:
/// (byte offset in the text, word index), in order.
pub(super) fn sentence_hits(text: &str, s: &crate::segment::Sentence) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    let sentence = &text[s.start..s.end];
    WORDS.lexicon.each(sentence, |i, at| {
        if !ends_another_word(&sentence[..at], WORDS.words[i]) {
            hits.push((s.start + at, i));
        }
    });
    hits
}

/// The negation of a verb of change that ends `lead`, the figure's clause
/// before it (并未下降, 没有增长, 沒有下跌约): the change is denied, not
/// stated.
fn negated_change(lead: &str) -> Option<&'static str> {
    const CHANGES: &[&str] = &[
        "下降", "下跌", "下滑", "减少", "減少", "增长", "增長", "上涨", "上漲", "上升", "增加",
        "回落", "萎缩", "萎縮", "暴跌", "大跌", "收跌", "跌", "降", "涨", "漲",
    ];
    const NOT: &[&str] = &[
        "并未", "並未", "从未", "從未", "未曾", "没有", "沒有", "没", "沒", "未",
    ];
    let l = lead.trim_end_matches(['约', '約', '近', '了', ' ']);
    let l = CHANGES.iter().find_map(|w| l.strip_suffix(w))?;
    // (past a likeness: 没有像一些人担心的那样下降5%)
    let l = ["那样", "那樣", "一样", "一樣"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .and_then(|r| r.rfind('像').map(|i| &r[..i]))
        .unwrap_or(l);
    NOT.iter().copied().find(|w| l.ends_with(w))
}

/// The word of a fear before the figure in its own clause (市场曾担心中国
/// 社零下降3.5%): what is feared is not stated. Not a fear named as a noun
/// or set aside (华尔街的担心成真, 担心的是, 担心归担心), nor one the
/// writer waves off (不必担心) — and a fear with a comma after it opens a
/// clause of fact (投资者担心，英伟达股价暴跌17%), which is never this
/// clause.
fn feared(lead: &str) -> Option<&'static str> {
    const FEARS: &[&str] = &["担心", "擔心", "担忧", "擔憂", "忧虑", "憂慮"];
    const NOT_AFTER: &[&str] = &["的", "归", "歸", "成真", "是"];
    const NOT_BEFORE: &[&str] = &["不必", "不用", "无需", "無需", "毋须", "毋須", "不需"];
    // (every fear word holds one of these: most leads hold none)
    if !lead.contains(['担', '擔', '忧', '憂']) {
        return None;
    }
    FEARS.iter().copied().find(|w| {
        lead.match_indices(w).any(|(i, _)| {
            let after = &lead[i + w.len()..];
            !NOT_AFTER.iter().any(|x| after.starts_with(x))
                && !NOT_BEFORE.iter().any(|x| lead[..i].ends_with(x))
        })
    })
}

/// Whether `word` found after `before` is the tail of another word and the
/// head of the next: 失实 in 损失实为 (the loss was in fact), not 报道失实.
fn ends_another_word(before: &str, word: &str) -> bool {
    /// Characters that make a word with a following 失 (损失, 流失, 缺失…).
    const BEFORE_LOSS: &[char] = &[
        '损', '損', '流', '缺', '丧', '喪', '消', '丢', '丟', '遗', '遺', '散', '迷', '得', '过',
        '過', '走', '亏', '虧',
    ];
    (word.starts_with('失')) && before.ends_with(BEFORE_LOSS)
}

/// Whether the text does not assert figure `fig`, and why; `hits` are its
/// sentence's ([`sentence_hits`]).
pub(super) fn unasserted(doc: &Doc, fig: &Figure, hits: &[(usize, usize)]) -> Option<Unasserted> {
    let text = doc.text;
    let (s0, m) = (fig.s.start, fig.m);
    // (what is after the figure counts up to the next figure in its
    // sentence)
    let next = doc
        .mentions
        .get(fig.k + 1)
        .filter(|_| doc.sentence_of.get(fig.k + 1) == Some(&fig.si))
        .map_or(fig.s.end, |n| n.start.max(m.end));
    if let Some(word) = quoted_as_wrong(text, s0, m.start, m.end, fig.s.end) {
        // (a misreading or a rumour is denied; the rest corrects a misprint)
        return Some(if QUOTED_REFUTED.contains(&word) {
            Unasserted::Denied(word)
        } else {
            Unasserted::Misprinted(word)
        });
    }
    // a change denied right before it (GDP并未下降5%, 股价没有下跌17%)
    if let Some(word) = negated_change(&text[fig.cl_start..m.start]) {
        return Some(Unasserted::Denied(word));
    }
    // said not to be another figure, right before it (并不等于5万块H100)
    let lead = text[fig.cl_start..m.start].trim_end_matches(['约', '約', '近', '仅', '僅', ' ']);
    if let Some(word) = NOT_THE_SAME.iter().find(|w| lead.ends_with(**w)) {
        return Some(Unasserted::Denied(word));
    }
    // feared in its own clause (市场曾担心社零下降3.5%)
    if let Some(word) = feared(&text[fig.cl_start..m.start]) {
        return Some(Unasserted::Believed(word));
    }
    if let Some(word) = report_mistaken(&text[s0..m.start], &text[m.end..next]) {
        return Some(Unasserted::Denied(word));
    }
    let w = &*WORDS;
    // (a lone 若 is no word of the lists: 若当初…，成本将是…)
    if hits.is_empty() && !text[m.end..next].starts_with('的') && !text[s0..m.start].contains('若')
    {
        return possible(&text[fig.cl_start..m.start], &text[m.start..m.end])
            .map(Unasserted::Possible);
    }
    let last = |bit: u8, from: usize, to: usize| {
        hits.iter()
            .rev()
            .find(|&&(at, i)| w.lists[i] & bit != 0 && at >= from && at + w.words[i].len() <= to)
            .map(|&(at, i)| (at, w.words[i]))
    };
    // denied in its clause (训练成本并非1亿美元)
    if let Some((_, word)) = last(DENIAL, fig.cl_start, m.start) {
        return Some(Unasserted::Denied(word));
    }
    // called a rumour's or untrue after it (…1亿美元的说法并不属实), before
    // the sentence's next figure
    if let Some(rest) = text[m.end..next].strip_prefix('的') {
        if let Some(word) = REPORTED_AS.iter().find(|w| rest.starts_with(**w)) {
            return Some(Unasserted::Rumour(word));
        }
    }
    if let Some((_, word)) = last(UNTRUE_AFTER, m.end, next) {
        return Some(Unasserted::Denied(word));
    }
    // called a misprint right after it (4.95%系误植，应为4.59%)
    if let Some(word) = misprint_after(&text[m.end..next]) {
        return Some(Unasserted::Misprinted(word));
    }
    // what a figure should be, said outside a correction (合理跌幅应为10%
    // 左右): a view, not a fact stated
    if let Some(word) = should_be(&text[fig.cl_start..m.start]) {
        return Some(Unasserted::Believed(word));
    }
    // called wrong in its clause and corrected before the next figure
    // (报道股价下跌7%有误，更正为17%)
    if let Some(word) = corrected_after(&text[m.end..next]) {
        return Some(Unasserted::Misprinted(word));
    }
    // passed on as a rumour before it, with no correction between
    if let Some((at, word)) = last(RUMOUR, s0, m.start) {
        let since = &text[at + word.len()..m.start];
        let report = (word == "据传" || word == "據傳") && since.starts_with(['媒', '统', '統']);
        let corrected =
            since.contains('但') || last(CORRECTION, at + word.len(), m.start).is_some();
        if !report && !corrected {
            return Some(Unasserted::Rumour(word));
        }
    }
    // believed by someone, as a mistake: in the figure's own clause, or
    // in the clauses a belief opens (很多人以为，H100标配64GB…), or where
    // the sentence calls it wrong after the figure (…，这其实记错了); not
    // what the sentence says after the belief on its own (业界以为…需要上亿
    // 美元，DeepSeek-V3仅花费557.6万美元), nor after a correction (…以为…，
    // 其实是80GB), nor when the writer agrees (…，事实也的确如此), nor one's
    // own view (个人以为, 本人以为)
    if let Some((at, word)) = last(BELIEF, s0, m.start) {
        let since = &text[at + word.len()..m.start];
        let rest = &text[m.end..fig.s.end];
        let own_view = ["个", "個", "本", "笔者", "筆者"]
            .iter()
            .any(|w| text[..at].ends_with(w) && (word == "人以为" || word == "人以為"));
        let reaches = at >= fig.cl_start
            || since.starts_with(['，', ',', '：', ':'])
            || CALLED_WRONG.iter().any(|w| rest.contains(w));
        // (a contrast: 但 but not 不但, 却, 而 but not 而且)
        let but = since
            .match_indices('但')
            .any(|(i, _)| !since[..i].ends_with('不'))
            || since.contains(['却', '卻'])
            || since
                .match_indices('而')
                .any(|(i, _)| !since[i..].starts_with("而且"));
        // (agreeing, not asking: 这说法没错吗？)
        let agreed = AGREED.iter().any(|w| {
            rest.match_indices(w)
                .any(|(i, _)| !rest[i + w.len()..].starts_with(['吗', '嗎', '？', '?']))
        });
        if reaches
            && !own_view
            && !but
            && !agreed
            && last(CORRECTION, at + word.len(), m.start).is_none()
        {
            return Some(if MISPRINTS.contains(&word) {
                Unasserted::Misprinted(word)
            } else {
                Unasserted::Believed(word)
            });
        }
    }
    // supposed: a condition before it in its sentence, a modal after the
    // condition in the figure's clause (如果…，带宽可能减半至2TB/s)
    let condition = last(CONDITION, s0, m.start).or_else(|| lone_if(text, s0, m.start));
    if let Some((at, word)) = condition {
        let clause = &text[(at + word.len()).max(fig.cl_start)..m.start];
        // (the figure inside the condition itself, its clause going on to
        // what would follow: 如果2024年固定资产投资下降3.2%，后果不堪设想,
        // 如果DeepSeek拥有5万块H100，…; not a basis of reckoning,
        // 若以每GPU小时2美元计算成本为…, nor a premise granted, 如果说…)
        let rest = &text[m.end..fig.s.end];
        let supposed_itself = at >= fig.cl_start
            && (rest.starts_with(['，', ','])
                || SUPPOSING.contains(&word)
                    && condition_goes_on(rest)
                    && !reckons_or_compares(clause, rest))
            && !clause.starts_with(TOPIC_VERBS)
            && !BASIS_OF_RECKONING.iter().any(|w| clause.contains(w))
            && !asserts_anyway(clause, clause);
        if supposed_itself {
            return Some(Unasserted::Supposed(word));
        }
        // a reckoning made again on a premise of the text's own, with its
        // own number (如果按每小时3.5美元的租价重新计算，花费约为51万美元):
        // the outcome of a what-if, not the figure the source gives
        let premise = &text[at + word.len()..fig.cl_start.max(at + word.len())];
        if RECKONED_AGAIN.iter().any(|w| premise.contains(w))
            && premise
                .chars()
                .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        {
            return Some(Unasserted::Supposed(word));
        }
        // (the outcome may say so by a modal, or be the clause right after
        // the condition's, played down: 假设训练时长再增加一倍，V3的成本也
        // 不过1100万美元; see supposes_an_outcome)
        let condition_clause = &text[at + word.len()..fig.cl_start.max(at + word.len())];
        let next_clause = at < fig.cl_start
            && SUPPOSING.contains(&word)
            && supposes_an_outcome(&text[..at], condition_clause, clause);
        if (next_clause || MODALS.iter().any(|md| clause.contains(md)))
            && !asserts_anyway(condition_clause, clause)
        {
            return Some(Unasserted::Supposed(word));
        }
        // an amount of money reckoned right after a condition supposing a
        // price of its own: the text's estimate (see Unasserted::Reckoned)
        if at < fig.cl_start
            && fig.m.kind == crate::extract::Kind::Money
            && supposes_an_amount(premise)
        {
            return Some(Unasserted::Reckoned(word));
        }
    }
    possible(&text[fig.cl_start..m.start], &text[m.start..m.end]).map(Unasserted::Possible)
}

/// A word saying that what the figure's clause tells of it may happen or
/// may be so, right before it (`lead`, the clause up to the figure, then
/// the figure's own text): 总投资可能突破6000亿美元, 成本可能为557.6万美元, 或达,
/// 有望; and 或 before a verb of reaching (或突破; not 或者, nor 5万或6万).
/// Not a word that governs something else (市场可能高估了…, 这可能是因为…,
/// 在可能受到制裁的情况下…), nor 尽可能, 最有可能, 不可能.
fn possible(lead: &str, figure: &str) -> Option<&'static str> {
    const MAY: &[&str] = &[
        "可能", "或许", "或許", "也许", "也許", "有望", "恐将", "恐將", "或将", "或將",
    ];
    const REACHING: &[&str] = &[
        "突破", "超过", "超過", "超", "达到", "達到", "达", "達", "逾", "破", "升", "降", "增",
        "跌", "涨", "漲", "减", "減", "高达", "高達", "再",
    ];
    /// What may stand between the word and the figure: a verb of being or
    /// reaching, an adverb of degree (at most four characters, none of 的,
    /// 了, 是, a colon or a name's letters).
    fn governs(between: &str) -> bool {
        between.chars().count() <= 4
            && !between.contains(['的', '了', '是', '：', ':', '地'])
            && !between.chars().any(|c| c.is_ascii_alphabetic())
    }
    // (every word holds 可, 或, 也, 有 or 恐: most clauses hold none)
    if !lead.contains(['可', '或', '也', '有', '恐']) {
        return None;
    }
    let found = MAY.iter().copied().find(|w| {
        lead.match_indices(*w).any(|(i, _)| {
            !lead[..i].ends_with(['不', '未', '尽', '盡', '最']) && governs(&lead[i + w.len()..])
        })
    });
    found.or_else(|| {
        // (the verb may open the figure's own text: 或突破6000亿美元)
        let reaches = |rest: &str| REACHING.iter().any(|r| rest.starts_with(r));
        // (not 或 after an amount, 约为500万或超过700万: either of two)
        let after_amount = |before: &str| {
            before.ends_with(|c: char| {
                c.is_ascii_digit() || "０１２３４５６７８９万萬亿億千百十元%％颗顆块塊".contains(c)
            })
        };
        lead.match_indices('或')
            .any(|(i, _)| {
                let rest = &lead[i + '或'.len_utf8()..];
                !after_amount(&lead[..i]) && (reaches(rest) || rest.is_empty() && reaches(figure))
            })
            .then_some("或")
    })
}

/// Whether a condition's words up to the figure's clause (`premise`, with
/// the comma that ends it) are one clause that supposes a price to reckon
/// with: a word of basis, 每 and a digit, and a word of reckoning to end
/// it (以每块约2.5万美元计，按每GPU小时4美元计算，; not 如果以18天计, nor
/// 如果按照2025年计划).
fn supposes_an_amount(premise: &str) -> bool {
    const BASIS: &[&str] = &["以", "按", "依", "照"];
    const RECKONING: &[&str] = &["计", "計", "计算", "計算", "估算", "来算", "來算"];
    let premise = premise.trim_end_matches(['，', ',', ' ']);
    BASIS.iter().any(|w| premise.starts_with(w))
        && !premise.contains(['，', ',', '；', ';'])
        && premise.contains('每')
        && premise
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && RECKONING.iter().any(|w| premise.ends_with(w))
}

/// Words of a reckoning made again, on another premise (重新计算, 改按).
const RECKONED_AGAIN: &[&str] = &[
    "重新计算",
    "重新計算",
    "重新估算",
    "重新核算",
    "重算",
    "改按",
    "改以",
    "改用",
    "换成",
    "換成",
    "另按",
];

/// Whether the rest of a condition's clause after a figure in it (`H100，`
/// of 如果DeepSeek拥有5万块H100，训练时间…) ends at a comma, the sentence
/// going on to what would follow; not at the sentence's end.
fn condition_goes_on(rest: &str) -> bool {
    rest.find(['，', ',', '。', '；', ';', '！', '!', '？', '?', '：', ':'])
        .is_some_and(|i| rest[i..].starts_with(['，', ',']))
}

/// Whether a condition around a figure (`clause` before it, `rest` after
/// it) only sets a basis or a comparison for what follows, which states
/// the figure (如果按278.8万GPU小时计算，若以2048块H800计算，如果对比
/// V3仅557.6万美元的成本，如果从5890亿美元的市值损失来看): read up to the
/// comma that ends it.
fn reckons_or_compares(clause: &str, rest: &str) -> bool {
    /// Words that compare on their own, opening the condition.
    const COMPARING: &[&str] = &["对比", "對比", "相比", "比较", "比較"];
    /// Words of a basis, opening the condition, that need a word of
    /// reckoning or comparing after them (not 以后, 从明年起, 依然).
    const BASIS: &[&str] = &[
        "按", "以", "依", "照", "根据", "根據", "与", "與", "把", "从", "從", "拿",
    ];
    const RECKONED: &[&str] = &[
        "计算", "計算", "相比", "比较", "比較", "来看", "來看", "而言", "为例", "為例", "为准",
        "為準", "口径", "口徑",
    ];
    let to_comma = rest.find(['，', ',']).map_or(rest, |i| &rest[..i]);
    let clause = clause.trim_start();
    COMPARING.iter().any(|w| clause.starts_with(w))
        || BASIS.iter().any(|w| clause.starts_with(w))
            && RECKONED
                .iter()
                .any(|w| to_comma.contains(w) || clause.contains(w))
}

/// The word calling a report mistaken after the figure it passed on
/// (有报道称…1305亿美元，这一说法有误; 媒体报道称…，显然混淆了两个财年), when
/// the figure's sentence passes it on as a report and does not go on to
/// confirm it (…有误，但公司证实这一数字).
fn report_mistaken(lead: &str, tail: &str) -> Option<&'static str> {
    const MISTAKEN: &[&str] = &[
        "有误",
        "有誤",
        "不正确",
        "不正確",
        "搞错",
        "搞錯",
        "弄错",
        "弄錯",
        "混淆了",
    ];
    const REPORTS: &[&str] = &[
        "报道", "報道", "报导", "報導", "媒体", "媒體", "传出", "傳出",
    ];
    const CONFIRMED: &[&str] = &[
        "证实", "證實", "确认", "確認", "属实", "屬實", "无误", "無誤", "核实", "核實", "准确",
        "準確",
    ];
    // what the word is said of: the figure itself (1305亿美元有误) or the
    // report, by a word that points back at it and names it (这一说法有误,
    // 该数字有误, 显然混淆了), at the end of the word's clause before it
    const BACK: &[&str] = &["这", "這", "此", "该", "該", "显然", "顯然", "明显", "明顯"];
    const SAID: &[&str] = &[
        "说法", "說法", "数字", "數字", "数据", "數據", "报道", "報道", "显然", "顯然", "明显",
        "明顯",
    ];
    // (no negation, doubt or question in the clause: 不会有误, 是否有误)
    const DOUBT: [char; 10] = ['不', '没', '沒', '未', '无', '無', '非', '否', '吗', '嗎'];
    // (every word holds one of these: most tails hold none)
    if !tail.contains(['误', '誤', '确', '確', '错', '錯', '混']) {
        return None;
    }
    let word = MISTAKEN.iter().copied().find(|w| {
        tail.match_indices(w).any(|(i, _)| {
            let before = &tail[..i];
            // (the clause the word ends, from its last mark)
            let own = before.rfind(['，', ',', '；', ';']).map_or(before, |k| {
                before[k..].trim_start_matches(['，', ',', '；', ';'])
            });
            let after = &tail[i + w.len()..];
            let said_of_it = before.trim().is_empty()
                || BACK.iter().any(|b| own.starts_with(b))
                    && SAID.iter().any(|x| own.trim_end_matches('是').ends_with(x));
            // (the word whole, ending its clause: not 有误导性, 有误差)
            let whole = after.is_empty()
                || after.starts_with(['，', ',', '。', '；', ';', '了', '！', '!']);
            said_of_it && whole && !own.contains(DOUBT) && !after.starts_with(['吗', '嗎'])
        })
    })?;
    let reported =
        REPORTS.iter().any(|w| lead.contains(w)) && speech_in(lead) || said_by_someone(lead);
    (reported && !CONFIRMED.iter().any(|w| tail.contains(w))).then_some(word)
}

/// The word of a misprint right after a figure, after a copula at most
/// (系误植, 為誤植, 属误写).
fn misprint_after(tail: &str) -> Option<&'static str> {
    let tail = [
        "系", "係", "为", "為", "乃", "是", "属", "屬", "实属", "實屬",
    ]
    .iter()
    .find_map(|c| tail.strip_prefix(c))
    .unwrap_or(tail);
    MISPRINTS.iter().copied().find(|w| tail.starts_with(w))
}

/// The word of what ought to be right before a figure (应为, 应该是), when
/// its clause says it is a norm, not the fact (合理跌幅应为10%左右, 正常水平
/// 应该是…): a view. (A plain 应为 states a figure or corrects one: 收盘价
/// 应为118.42美元, …误植…，应为17%.)
fn should_be(clause_lead: &str) -> Option<&'static str> {
    const SHOULD: &[&str] = &[
        "应为",
        "應為",
        "应该为",
        "應該為",
        "应该是",
        "應該是",
        "应当为",
        "應當為",
        "应是",
        "應是",
    ];
    const NORMS: &[&str] = &[
        "合理", "合適", "合适", "理想", "公允", "理应", "理應", "正常", "适当", "適當",
    ];
    let lead = clause_lead.trim_end_matches(['约', '約', ' ']);
    let word = SHOULD.iter().copied().find(|w| lead.ends_with(w))?;
    NORMS
        .iter()
        .any(|n| lead[..lead.len() - word.len()].contains(n))
        .then_some(word)
}

/// The word calling a figure wrong in the rest of its clause (`tail`, the
/// text up to the sentence's next figure), when a correction word follows
/// it before that figure (…7%有误，更正为17%): the figure is the one
/// corrected, not asserted. Not denied (并无错误) nor 有误导.
fn corrected_after(tail: &str) -> Option<&'static str> {
    const WRONG: &[&str] = &["有误", "有誤", "错误", "錯誤", "笔误", "筆誤"];
    let clause_end = tail
        .find(['，', ',', '；', ';', '。'])
        .unwrap_or(tail.len());
    let (at, word) = WRONG.iter().find_map(|w| {
        tail[..clause_end]
            .match_indices(w)
            .find(|(i, _)| {
                let before = &tail[..*i];
                !before.ends_with(['没', '沒', '无', '無', '不', '非', '并', '並'])
                    && !tail[i + w.len()..].starts_with(['导', '導'])
            })
            .map(|(i, _)| (i, *w))
    })?;
    crate::extract::CORRECTED_TO
        .iter()
        .any(|c| tail[at + word.len()..].contains(c))
        .then_some(word)
}

/// Words after a quotation that call what it quotes wrong, in a
/// correction (原文“…5576万美元”有误，应为557.6万美元).
const QUOTED_WRONG: &[&str] = &[
    "有误",
    "有誤",
    "错误",
    "錯誤",
    "不实",
    "不實",
    "不准确",
    "不準確",
    "笔误",
    "筆誤",
    "应为",
    "應為",
    "应是",
    "應是",
    "更正为",
    "更正為",
    "实为",
    "實為",
];

/// Words after a quotation that refute what it says (这是误读), rather than
/// correct a misprint in it as [`QUOTED_WRONG`] does.
const QUOTED_REFUTED: &[&str] = &[
    "误读", "誤讀", "误解", "誤解", "谣言", "謠言", "谣传", "謠傳",
];

/// The word calling a quotation wrong, when the figure at `start..end`
/// stands inside quotation marks opened in its sentence (from `s0`) and
/// the rest of the sentence (to `s_end`), after the quotation closes, says
/// it is wrong: the text corrects the figure, it does not assert it.
fn quoted_as_wrong(
    text: &str,
    s0: usize,
    start: usize,
    end: usize,
    s_end: usize,
) -> Option<&'static str> {
    const PAIRS: [(char, char); 3] = [('“', '”'), ('「', '」'), ('『', '』')];
    let lead = &text[s0..start];
    // (straight quotation marks open and close alike: inside after an odd
    // number of them)
    let close = if lead.matches('"').count() % 2 == 1 {
        '"'
    } else {
        PAIRS
            .into_iter()
            .find(|&(open, close)| lead.rfind(open).is_some_and(|i| !lead[i..].contains(close)))?
            .1
    };
    let after = &text[end..s_end];
    let closed = after.find(close)? + close.len_utf8();
    let rest = &after[closed..];
    // (not denied, 没有错误, 并无错误, nor 有误导性, nor answered, 但公司证实)
    const ANSWERED: &[&str] = &["但", "却", "卻", "证实", "證實", "确认", "確認"];
    if ANSWERED.iter().any(|w| rest.contains(w)) {
        return None;
    }
    QUOTED_WRONG
        .iter()
        .chain(QUOTED_REFUTED)
        .copied()
        .find(|w| {
            rest.match_indices(w).any(|(i, _)| {
                !rest[..i].ends_with(['没', '沒', '无', '無', '不', '非', '并', '並'])
                    && !rest[..i].ends_with("没有")
                    && !rest[..i].ends_with("沒有")
                    && !rest[i + w.len()..].starts_with(['导', '導'])
            })
        })
}

/// Whether a condition (`condition`, the words after 如果 or 若 up to the
/// figure's clause) leaves the figure asserted all the same: a basis of
/// reckoning with no number of its own (若以人民币计价, 如果按官方口径; not
/// 若按每GPU小时4美元计算, a supposed price), the course things are taking
/// (若一切顺利, 若定价不变, 若按计划推进), or a figure its own clause says
/// has already come about (…：2024年末…已达20%).
fn asserts_anyway(condition: &str, clause: &str) -> bool {
    const BASIS: &[&str] = &["以", "按", "依", "照", "根据", "根據"];
    const RECKONING: &[&str] = &["计", "計", "算", "口径", "口徑"];
    const COURSE: &[&str] = &[
        "不变",
        "不變",
        "顺利",
        "順利",
        "按计划",
        "按計劃",
        "如计划",
        "如計劃",
        "如期",
        "不调",
        "不調",
        "维持",
        "維持",
        "现价",
        "現價",
    ];
    // (a basis of the text's own making: 若照此速度计算 extrapolates)
    const EXTRAPOLATED: &[&str] = &["此", "这", "這", "该", "該", "目前", "当前", "當前"];
    const ALREADY: &[&str] = &["已经", "已經", "已达", "已達", "已有", "已是"];
    let condition = condition.trim_start();
    let basis = BASIS.iter().any(|w| condition.starts_with(w))
        && RECKONING.iter().any(|w| condition.contains(w))
        && !condition
            .chars()
            .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && !EXTRAPOLATED.iter().any(|w| condition.contains(w));
    basis
        || COURSE.iter().any(|w| condition.contains(w))
        || ALREADY.iter().any(|w| clause.contains(w))
}

/// Whether a word after `before` opens its clause: nothing before it but
/// a mark, or a conjunction (而, 但, 那么).
fn opens_clause(before: &str) -> bool {
    const CONJUNCTIONS: &[&str] = &["而", "但", "可", "那么", "那麼", "不过", "不過"];
    let before = before.trim_end_matches([' ', '\u{3000}']);
    let before = CONJUNCTIONS
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    before.chars().next_back().is_none_or(|c| {
        matches!(
            c,
            '，' | ','
                | '；'
                | ';'
                | '：'
                | ':'
                | '。'
                | '！'
                | '？'
                | '\n'
                | '“'
                | '「'
                | '『'
                | '（'
                | '('
        )
    })
}

/// The conditions that suppose a case (not 一旦, once, nor 万一, in case).
const SUPPOSING: &[&str] = &[
    "如果", "假如", "倘若", "若是", "要是", "假使", "假若", "如若", "假设", "假設", "若",
];

/// Whether the clause right after a condition's (`condition`, the words
/// after the condition word, up to the figure's clause) is the outcome it
/// supposes: the condition opens its clause (not 报告假设…, an assumption
/// someone makes), is one clause, reckons nothing (若以每A100小时1美元计算),
/// names no topic or viewpoint only (若说到…, 如果只看…, 如果与GPT-4相比), and
/// the figure's clause plays the supposed outcome down (也不过, 也只有: V3的
/// 成本也不过…) and is no counterfactual of what did happen (也不会暴跌16.97%).
fn supposes_an_outcome(before: &str, condition: &str, clause: &str) -> bool {
    const VIEWPOINTS: &[&str] = &[
        "只看", "单看", "單看", "只算", "只计", "只計", "仅看", "僅看", "仅算", "僅算", "相比",
        "比较", "比較", "扣除", "剔除", "从", "從", "按", "以", "依", "根据", "根據", "照",
    ];
    // (a supposed outcome played down: 也不过, 也只有; not 便会发现, a
    // fact the condition leads to)
    const WOULD_FOLLOW: &[&str] = &[
        "也不过",
        "也不過",
        "也只有",
        "也只",
        "也仅",
        "也僅",
        "也就",
        "也才",
    ];
    const DID_HAPPEN: &[&str] = &[
        "不会",
        "不會",
        "不至于",
        "不至於",
        "本可",
        "本来",
        "本來",
        "实际",
        "實際",
    ];
    !condition.contains(CLAUSE_ENDS)
        && condition.matches(['，', ',']).count() <= 1
        && opens_clause(before)
        && !BASIS_OF_RECKONING.iter().any(|w| condition.contains(w))
        && !condition.starts_with(TOPIC_VERBS)
        && !VIEWPOINTS.iter().any(|w| condition.contains(w))
        && WOULD_FOLLOW.iter().any(|w| clause.contains(w))
        && !DID_HAPPEN.iter().any(|w| clause.contains(w))
}

/// First characters of a condition that only names a topic (若说到GPT-4o，
/// 则使用了…; 如果说…, 要论…): what follows it is stated.
const TOPIC_VERBS: [char; 8] = ['说', '說', '论', '論', '讲', '講', '谈', '談'];

/// What ends a clause inside a sentence, besides the comma that opens the
/// figure's own.
const CLAUSE_ENDS: [char; 4] = ['；', ';', '。', '\n'];

/// Words of a basis a condition reckons on (以…计算, 按…计): a figure
/// reckoned so is stated, not supposed.
const BASIS_OF_RECKONING: &[&str] = &["计算", "計算", "计", "計", "口径", "口徑"];

/// A lone 若 (if) opening a clause of the text between `from` and `to`
/// (若管制进一步收紧，…可能被限制在2TB/s): its last, with the word. Not 若干
/// (several), nor 若 inside a word (倘若 and 若是 are in the list).
fn lone_if(text: &str, from: usize, to: usize) -> Option<(usize, &'static str)> {
    let lead = &text[from..to];
    lead.rmatch_indices('若')
        .find(|&(i, _)| {
            let opens = lead[..i].chars().next_back().is_none_or(|c| {
                matches!(
                    c,
                    '，' | ',' | '；' | ';' | '：' | ':' | '。' | '\n' | '“' | '「' | '『'
                )
            });
            opens && !lead[i + '若'.len_utf8()..].starts_with('干')
        })
        .map(|(i, _)| (from + i, "若"))
}

/// Verbs of speech that quote someone, whoever speaks (称, 表示, 透露): wider
/// than [`REPORTED_SPEECH`], which makes a figure someone's claim; these
/// only say whose figure it may be.
const SPEECH: &[&str] = &[
    "称", "稱", "表示", "透露", "说", "說", "指出", "坦言", "承认", "承認",
];

/// Whether a verb of [`SPEECH`] stands in `lead`.
pub(super) fn speech_in(lead: &str) -> bool {
    // (every word holds one of these characters: most leads hold none)
    lead.contains(['称', '稱', '示', '露', '说', '說', '指', '言', '认', '認'])
        && SPEECH.iter().any(|w| lead.contains(w))
}

/// Verbs of saying or alleging, by which a sentence reports a figure as
/// someone's word (Scale AI执行长曾称，DeepSeek拥有约5万张H100).
const REPORTED_SPEECH: &[&str] = &[
    "声称",
    "聲稱",
    "宣称",
    "宣稱",
    "指控",
    "爆料",
    "曾称",
    "曾稱",
    "他称",
    "他稱",
    // a role that speaks (执行长称, 發言人稱, 分析师称)
    "长称",
    "長稱",
    "师称",
    "師稱",
    "官称",
    "官稱",
    "员称",
    "員稱",
    "CEO称",
    "CEO稱",
    "公开说",
    "公開說",
    "称,",
    "稱,",
    "称，",
    "稱，",
    "表示,",
    "表示，",
    "说,",
    "說,",
    "说，",
    "說，",
    // a quoted word (受訪時說：「DeepSeek擁有5萬個H100」)
    "说：",
    "說：",
    "称：",
    "稱：",
    "说:",
    "說:",
    // someone's account (依Scale AI的說法，按照他的说法)
    "的说法",
    "的說法",
];

/// Whether the text before a figure in its sentence reports it as what
/// someone said or alleged (执行长曾称, 指控): a report of a word, which
/// the check holds against no other party's estimate.
pub(super) fn said_by_someone(lead: &str) -> bool {
    // every word of saying holds one of these (most leads hold none): each
    // word is looked for around each place one of them stands, in one pass
    const HELD: [char; 7] = ['称', '稱', '控', '料', '说', '說', '示'];
    const ENDS: [bool; 256] = super::chars::last_bytes(&HELD);
    super::chars::any(lead, &ENDS, |p, c| {
        HELD.contains(&c)
            && REPORTED_SPEECH.iter().any(|w| {
                w.find(c).is_some_and(|k| {
                    p >= k && lead.is_char_boundary(p - k) && lead[p - k..].starts_with(w)
                })
            })
    })
}

/// Whether the figure stands in words quoted after a speaker's colon
/// (創辦人:「DeepSeek擁有5萬個H100晶片」): the quote opened after a colon
/// is still open at the figure, and what the colon follows is no label
/// (标题：, 代号：, 核实结果：).
pub(super) fn quoted_after_colon(lead: &str) -> bool {
    const PAIRS: [(char, char); 3] = [('「', '」'), ('“', '”'), ('『', '』')];
    const LABELS: &[&str] = &[
        "标题", "標題", "题目", "題目", "结果", "結果", "图表", "圖表", "口号", "口號", "代号",
        "代號", "名称", "名稱", "名为", "名為", "摘要", "提要", "结论", "結論", "标语", "標語",
        "主题", "主題",
    ];
    let Some((at, open)) = lead
        .char_indices()
        .rev()
        .find(|(_, c)| PAIRS.iter().any(|p| p.0 == *c))
    else {
        return false;
    };
    let close = PAIRS.iter().find(|p| p.0 == open).map_or(open, |p| p.1);
    if lead[at..].contains(close) {
        return false;
    }
    let Some(speaker) = lead[..at]
        .trim_end()
        .strip_suffix(['：', ':'])
        .map(str::trim_end)
    else {
        return false;
    };
    !speaker.is_empty() && !LABELS.iter().any(|w| speaker.ends_with(w))
}

#[cfg(test)]
mod tests {
    use super::{quoted_after_colon, said_by_someone, REPORTED_SPEECH};

    #[test]
    fn a_quote_after_a_colon_is_speech_while_it_is_open() {
        assert!(quoted_after_colon("中國新創ScaleAI創辦人:「DeepSeek擁有"));
        assert!(quoted_after_colon("王表示：“DeepSeek拥有约"));
        // closed before the figure, after a label, or no colon
        assert!(!quoted_after_colon(
            "OpenAI的旗舰模型有一个代号：「GPT-4」，参数量达"
        ));
        assert!(!quoted_after_colon("图表标题：“DeepSeek拥有约"));
        assert!(!quoted_after_colon(
            "本报核实结果：“DeepSeek在硬件上的资本支出约为"
        ));
        assert!(!quoted_after_colon("他在“DeepSeek拥有"));
        assert!(!quoted_after_colon("：“DeepSeek拥有"));
    }

    /// The one pass finds a word of saying wherever a search of each word
    /// does: every word alone, inside text, after a stray held character.
    #[test]
    fn reported_speech_is_found_as_a_search_finds_it() {
        let search = |lead: &str| REPORTED_SPEECH.iter().any(|w| lead.contains(w));
        for w in REPORTED_SPEECH {
            for lead in [
                w.to_string(),
                format!("据报道，某公司{w}DeepSeek拥有"),
                format!("称号{w}"),
                format!("表{w}示"),
            ] {
                assert_eq!(said_by_someone(&lead), search(&lead), "{lead}");
            }
        }
        for lead in ["名称为", "指数显示", "资料显示", "说明书", "", "称"] {
            assert_eq!(said_by_someone(lead), search(lead), "{lead}");
        }
    }
}
