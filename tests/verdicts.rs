//! Verdicts on short articles: one rule of linking or checking per row.
use crate::common::PIPELINE;
use hecha::check::Verdict::{self, Contradicted, Misattributed, Supported, Unverified};
use hecha::load;

/// (as-of date, text, claim text, verdict, fact id when one is used)
const CASES: &[(&str, &str, &str, Verdict, Option<&str>)] = &[
    // (初估 names the preliminary vintage a fact's note records: the
    // text's figure is held against it, not excused as an earlier release)
    (
        "2025-02-27",
        "主計總處昨日（26日）公布，台灣去年經濟成長率初估為4.95%。",
        "4.95%",
        Contradicted,
        Some("MA-030"),
    ),
    (
        "2025-02-27",
        "主計總處昨日（26日）公布，台灣去年經濟成長率初估為4.59%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    // (an app with no figure of the metric is its product's, when the
    // database makes it part of one that has: ChatGPT应用's downloads are
    // ChatGPT's; 4年内 names the plan as 四年内 does)
    (
        "2025-02-10",
        "Sensor Tower称，ChatGPT应用推出后18天内下载约600万次。",
        "约600万次",
        Contradicted,
        Some("F42"),
    ),
    (
        "2025-02-10",
        "Sensor Tower称，ChatGPT应用推出后18天内下载约900万次。",
        "约900万次",
        Supported,
        Some("F42"),
    ),
    (
        "2025-02-10",
        "1月21日，特朗普宣布了星际之门项目，首期投入1000亿美元，计划在4年内扩充到5000亿美元。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    // (a timeline's heading month dates the days under it; a figure the
    // text reckons on an amount it supposes does not refute another's
    // estimate, though it still differs from a source's own figure; the
    // months of a data release are no holiday; 去年年中 is the middle of
    // last year, not the year)
    (
        "2025-08-01",
        "**2024年7月**\nMeta发布Llama 3.1（7月23日），最大版本4050亿参数。",
        "7月23日",
        Supported,
        Some("AI-024"),
    ),
    (
        "2025-02-05",
        "Scale AI首席执行官声称DeepSeek有约5万块H100。若以每块约2.5万美元计，这批芯片价值12.5亿美元。",
        "12.5亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "若按每GPU小时2美元计算，DeepSeek-V3的训练成本为700万美元。",
        "700万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-02-05",
        "如果按每GPU小时2美元计算，DeepSeek-V3的训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-01-25",
        "国家统计局1月17日发布数据。假期消费情况将随1—2月数据公布。",
        "1—2月",
        Unverified,
        None,
    ),
    ("2025-03-19", "香港去年年中人口為752.41萬人。", "752.41萬人", Supported, Some("MA-019")),
    // (a figure written with zeros after its last digit holds the
    // database's only if cut short, not rounded half up: 1700亿 for 1750亿
    // and 550万 for 557.6万 are unverified (rounded), 1800亿 is supported,
    // and a round 10倍 whose half digit passes the 10% cap is checked as
    // before; a scale written 百万 is no zero (2.78百万); a model,
    // product or app heading the sentence with no such figure of its own
    // is its subject, not the model of the sentence before, unless a
    // contrast turns from it)
    ("2025-03-01", "据介绍，GPT-3是一个拥有1700亿参数的语言模型。", "1700亿参数", Unverified, None),
    ("2025-03-01", "DeepSeek-V3的训练成本为550万美元。", "550万美元", Unverified, None),
    ("2025-03-01", "DeepSeek-V3完整训练耗费2.78百万GPU小时。", "2.78百万GPU小时", Supported, Some("F02")),
    ("2025-03-01", "据介绍，GPT-3是一个拥有1800亿参数的语言模型。", "1800亿参数", Supported, Some("AI-001")),
    ("2025-03-01", "GPT-3共有一千七百亿个参数。", "一千七百亿个参数", Unverified, None),
    (
        "2025-01-10",
        "Llama 3.1-405B的训练时长为3,084万GPU小时，是DeepSeek-V3的10倍。",
        "10倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-01",
        "训练GPT-3这样的大模型要花很多钱。另据报道，ChatGPT用了数千亿个单词的语料，含1750亿个参数。",
        "1750亿个参数",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "GPT-3的规模空前。它含1750亿个参数。",
        "1750亿个参数",
        Supported,
        Some("AI-001"),
    ),
    // (a second review's counter-examples: a table cell with more than its
    // figure, a row label with more than a name, a head whose letters
    // lower-case to other lengths; the rate per tokens does not reach a
    // clause with a figure of its own before it, nor one that says more
    // than what the amount takes; a launch of a name the database does
    // not know; an adjective before a multiple names no base)
    (
        "2025-03-01",
        "| 芯片 | 显存 |\n|---|---|\n| H20 | 96GB，比H100多16GB |",
        "16GB",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "| 芯片 | 显存 |\n|---|---|\n| 对标H100的昇腾910B | 64GB |",
        "64GB",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "| 芯片 | （İİİ）显存*（GB） |\n|---|---|\n| H20 | 96GB |",
        "96GB",
        Supported,
        Some("CH-010"),
    ),
    (
        "2025-02-10",
        "DeepSeek-V3每训练1万亿个token仅需18万GPU小时，2048块H800只用3.7天。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-02-10",
        "DeepSeek-V3每训练1万亿个token约需18万GPU小时，约278.8万GPU小时即完成全部训练。",
        "约278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-02-10",
        "R1于1月20日发布。在1月27日，DeepSeek又推出了Janus-Pro。",
        "1月27日",
        Unverified,
        None,
    ),
    (
        "2025-03-12",
        "DeepSeek-V3仅用了278.8万个GPU小时。Llama 3.1 405B的GPU小时约为其11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-12",
        "DeepSeek-V3的训练只用了278.8万GPU小时，据Meta披露，Llama 3.1 405B约为其11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-12",
        "DeepSeek-V3很省。Llama 3.1 405B消耗的GPU小时是惊人的11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    // (the spaces a page puts between Chinese and Latin letters or digits
    // are no distance between a measure's word and its figure)
    (
        "2025-03-01",
        "H100 的显存是 80GB,而 H200 提升到了 141GB。",
        "141GB",
        Supported,
        Some("CH-016"),
    ),
    // (a date after a word that only sets the time heads its sentence, and
    // the launch of the next clause is its measure; what a model's name
    // owns, V3的技术报告, is another thing launched)
    (
        "2025-03-01",
        "R1的接口收费很便宜。而在1月10日，DeepSeek发布了R1。",
        "1月10日",
        Contradicted,
        Some("F08"),
    ),
    (
        "2025-03-01",
        "R1的接口收费很便宜。而在1月初，DeepSeek还发布并开源了V3的技术报告。",
        "1月初",
        Unverified,
        None,
    ),
    // (a review's counter-examples: the rate per tokens scopes no total in
    // a clause of its own; a pronoun points back to a name that set the
    // time; a head that narrows a measure's word, API费用, is another
    // measure; days as Hong Kong and Taiwan write them)
    (
        "2025-02-10",
        "DeepSeek-V3每训练1万亿token的成本很低，总训练成本557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-10",
        "DeepSeek-V3每训练1万亿个token仅需18万GPU小时，所用集群为2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-02-10",
        "在DeepSeek-V3发布之后，业界一片哗然。该模型的训练成本仅557.6万美元，使用2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-02-10",
        "| 模型 | API费用 |\n|---|---|\n| DeepSeek-V3 | 1.1美元 |",
        "1.1美元",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "OpenAI的GPT-4帶來光環，麻煩事也不斷，去年11月持續五日的內鬥風波引發關注。",
        "五日",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "據報，OpenAI的GPT-4訓練耗時約150日。",
        "約150日",
        Contradicted,
        Some("AI-007"),
    ),
    // (a table whose column heads are measures: the head names the
    // figure's measure, the row's name its owner)
    (
        "2025-03-01",
        "| 模型 | 训练成本 |\n|---|---|\n| DeepSeek-V3 | 557.6万美元 |\n| GPT-4 | 1亿美元 |",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "芯片｜显存｜功耗\nH100｜80GB｜700W\nH20｜96GB｜500W",
        "500W",
        Contradicted,
        Some("CH-014"),
    ),
    (
        "2025-03-01",
        "| 芯片 | 价格 |\n|---|---|\n| H100 | 3万美元 |",
        "3万美元",
        Unverified,
        None,
    ),
    // (ChatGPT-4 is GPT-4 as writers name it; V2 alone is DeepSeek-V2 as
    // V3 alone is V3)
    (
        "2025-02-01",
        "DeepSeek-R1只用两个月就训练完成。要知道OpenAI训练ChatGPT-4的成本甚至可能达到1亿美元。",
        "1亿美元",
        Supported,
        Some("AI-005"),
    ),
    (
        "2025-02-01",
        "DeepSeek-V2去年发布后引起关注。据官方介绍，V2可节省45.2%的训练成本。",
        "45.2%",
        Contradicted,
        Some("AI-030"),
    ),
    // (a rate per so many tokens with a verb after 每 is no total; a
    // clause of the date alone sets the time of the next one, whose
    // launch names the model; a name in a frame of time, 在…之后, is no
    // subject to carry)
    (
        "2025-02-10",
        "按DeepSeek的说法，V3模型每训练1万亿个token，仅耗费约18万个H800 GPU小时。",
        "约18万个H800 GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "DeepSeek-V3每训练1万亿个token只需18万个GPU小时。",
        "18万个GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "R1的接口收费很便宜。而在12月底，DeepSeek还发布并开源了基座模型DeepSeek-V3。",
        "12月底",
        Supported,
        Some("F07"),
    ),
    (
        "2025-02-19",
        "xAI发布了新模型Grok-3。业界更关注它的集群，尤其是在DeepSeek带动低成本训练之后。想想看，20万块GPU放在一起有多大。",
        "20万块",
        Unverified,
        None,
    ),
    // (a multiple is of its base: the database's 11 times is Llama 3.1
    // 405B's GPU hours against DeepSeek-V3's; against Llama 2 70B the
    // figure is another comparison, right or wrong; the base's maker
    // named, or no base named in the clause, leaves the fact's)
    (
        "2025-03-12",
        "Llama 3.1 405B消耗的GPU小时约为Llama 2 70B的18倍。",
        "18倍",
        Unverified,
        None,
    ),
    (
        "2025-03-12",
        "Llama 3.1 405B消耗的GPU小时约为DeepSeek-V3的18倍。",
        "18倍",
        Contradicted,
        Some("F19"),
    ),
    (
        "2025-03-12",
        "Llama 3.1 405B消耗的GPU小时约为DeepSeek的11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-12",
        "Llama 3.1 405B用了3,084万GPU小时，约为R1的11倍。",
        "11倍",
        Unverified,
        None,
    ),
    (
        "2025-03-12",
        "去年底，DeepSeek-V3横空出世。前OpenAI研究员卡帕西算了一笔账：V3的完整训练只用了278.8万个GPU小时，Llama 3.1 405B的算力消耗约为其十一倍。",
        "十一倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-12",
        "与Llama 2 70B相比，Llama 3.1 405B的GPU小时约为其18倍。",
        "18倍",
        Unverified,
        None,
    ),
    (
        "2025-03-12",
        "DeepSeek的V3训练很省。Llama 3.1 405B用了3,084万GPU小时，约为V3的11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    // (a review's counter-examples: a parent named as such owns the figure;
    // an intensity outside the figure's clause or in brackets unnames
    // nothing; 上季度 after 基座 is no base; 年初 after a whole year's
    // months is another part of it)
    (
        "2025-03-01",
        "DeepSeek的母公司幻方量化，在2021年已拥有1万块A100。",
        "1万块",
        Supported,
        Some("F30"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的训练成本（不含能耗）为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3训练成本低、能耗小，仅557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek仅用4000多万元成本就训练出了V3。",
        "4000多万元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3基座上季度开源，训练仅用2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-03-01",
        "香港2024年1至12月经济增长2.5%。年初人口约753.42万。",
        "约753.42万",
        Unverified,
        None,
    ),
    // (the edges of this round's rules, from a hostile reading: 万元 that
    // ends an amount is no denominator, 能耗 in a chip's power names it,
    // 基座上个月 is no base, a base's own base is the stage's subject, and
    // a range over which a span varies is a figure)
    (
        "2025-03-01",
        "DeepSeek仅用约4000万元成本就训练出了V3。",
        "约4000万元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "H20的功耗仅400W，能耗远低于H100的700W。",
        "700W",
        Supported,
        Some("CH-004"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3基座上个月开源，训练仅用2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-10-01",
        "DeepSeek称，R1的基座V3之上，强化学习阶段仅耗资29.4万美元。",
        "29.4万美元",
        Supported,
        Some("F14"),
    ),
    (
        "2025-03-01",
        "GPT-4训练耗时从90到100天不等。",
        "90到100天",
        Supported,
        Some("AI-007"),
    ),
    // the end of a year inside the quarter said before is that quarter's
    // end (第四季…。年底人口…); one outside it is not (第三季…)
    (
        "2025-02-28",
        "香港2024年第四季经济同比增长2.4%。年底人口约735.42万。",
        "约735.42万",
        Contradicted,
        Some("MA-020"),
    ),
    (
        "2025-02-28",
        "香港2024年第三季经济同比增长1.8%。年底人口约735.42万。",
        "约735.42万",
        Unverified,
        None,
    ),
    // the model another is built upon (R1是在V3基座模型上训练的) is not
    // the subject of the stage that built it; a name that says whose base
    // or parent the next name is (R1的基座V3) is not the subject either
    (
        "2025-09-19",
        "DeepSeek在R1论文中披露，R1是在V3基座模型上训练的。论文称，这一阶段用了512块H800。",
        "512块",
        Unverified,
        None,
    ),
    (
        "2025-09-19",
        "DeepSeek-R1发布后引发关注。R1的基座V3，完整训练耗用278.8万个GPU小时。",
        "278.8万个GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-09-19",
        "DeepSeek-R1发布后引发关注。R1的基座V3，完整训练耗用287.8万个GPU小时。",
        "287.8万个GPU小时",
        Contradicted,
        Some("F02"),
    ),
    // a measure per unit of output (energy or water per unit of GDP, of
    // value added) is none of the output's figures
    (
        "2025-03-01",
        "据统计局数据，2024年全国单位国内生产总值能耗比上年下降3.8%。",
        "3.8%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年，全国万元国内生产总值用水量下降4.4%。",
        "4.4%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年，全国规模以上工业单位增加值能耗下降5.6%。",
        "5.6%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年全国国内生产总值比上年增长5.0%，单位GDP能耗下降3.8%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // an item of a list labelled with a time is the article's text, not
    // the page's byline
    (
        "2025-03-01",
        "DeepSeek的关键数字\n\n1. 训练成本：DeepSeek-V3的训练成本为557.6万美元。\n2. 發表時間：DeepSeek-V3於2025年12月26日發表，推理模型R1-Lite-Preview早在2024年11月20日便已上線。",
        "2025年12月26日",
        Contradicted,
        Some("F07"),
    ),
    // a model that is itself a preview, named after the preview's word,
    // has its own release (not a preview's, which the database lacks)
    (
        "2025-03-01",
        "DeepSeek首个推理模型预览版R1-Lite-Preview早在2024年11月20日便已上线。",
        "2024年11月20日",
        Supported,
        Some("F09"),
    ),
    (
        "2025-03-01",
        "DeepSeek首个推理模型预览版R1-Lite-Preview早在2024年11月28日便已上线。",
        "2024年11月28日",
        Contradicted,
        Some("F09"),
    ),
    // (a model's own preview, o1预览版, stays the preview's)
    (
        "2025-03-01",
        "OpenAI的o1预览版于2024年9月12日上线。",
        "2024年9月12日",
        Supported,
        Some("AI-043"),
    ),
    // another maker's version written as bare as DeepSeek's is not
    // DeepSeek's model
    (
        "2025-03-01",
        "百川V3的训练成本为300万美元。",
        "300万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "Mistral V3的训练成本为300万美元。",
        "300万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "发布V3之后，DeepSeek公布V3的训练成本为300万美元。",
        "300万美元",
        Contradicted,
        Some("F04"),
    ),
    // (the edges of this round's rules, from a hostile reading: a launch
    // of the peg that names its undertakings, a stage of a contest, a
    // hedge that governs another verb, a source misquoted with a hedge,
    // 执行 as a verb, a figure that is another chip's, a name of another
    // clause, 之上线, a comparison after no other date, another maker's V2)
    (
        "2025-03-01",
        "香港于1983年10月17日推出以兑换保证为基础的联系汇率制度。",
        "1983年10月17日",
        Supported,
        Some("MA-024"),
    ),
    (
        "2025-03-01",
        "1985年10月17日，香港推出联系汇率制度，设立兑换保证。",
        "1985年10月17日",
        Contradicted,
        Some("MA-024"),
    ),
    (
        "2025-03-01",
        "这一阶段的竞争中，DeepSeek手中约有5万颗GPU。",
        "约有5万颗",
        Supported,
        Some("F26"),
    ),
    (
        "2025-03-01",
        "市场可能高估了DeepSeek仅用300万美元训练V3的意义。",
        "300万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "SemiAnalysis估计DeepSeek可能拥有6万颗GPU。",
        "6万颗",
        Contradicted,
        Some("F26"),
    ),
    (
        "2025-03-01",
        "DeepSeek观察\nR1的训练成本可能为557.6万美元。",
        "557.6万美元",
        Misattributed,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "美国商务部自2023年11月16日起执行总统签署的芯片出口管制新规。",
        "2023年11月16日",
        Supported,
        Some("CH-020"),
    ),
    (
        "2025-03-01",
        "H800的带宽为900GB/s，是中国特供版。",
        "900GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    (
        "2025-03-01",
        "H100的NVLink互联带宽为900GB/s，而其带宽更高的显存达3.35TB/s。",
        "3.35TB/s",
        Supported,
        Some("CH-003"),
    ),
    (
        "2025-03-01",
        "H100的NVLink带宽为1.8TB/s。",
        "1.8TB/s",
        Contradicted,
        Some("CH-002"),
    ),
    (
        "2025-03-01",
        "DeepSeek观察\nV3之上线引发轰动，训练成本仅557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "相比2024年香港经济增长3.5%，今年首季增速加快。",
        "3.5%",
        Contradicted,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "百川V2模型参数为130亿。",
        "130亿",
        Unverified,
        None,
    ),
    // a title (执行长) is no act of carrying out a rule
    (
        "2025-03-01",
        "執行長奧特曼（Sam Altman）則在2月3日訪問東京時表示，OpenAI將推出新功能。",
        "2月3日",
        Supported,
        Some("F38"),
    ),
    // what a model is built upon is not its subject; a comparison's base
    // with its own figure dates that figure; what may be so is no error;
    // a stage's chips are not a company's stock; a part of the peg set up
    // later is not the peg's launch
    (
        "2025-10-01",
        "DeepSeek观察\n论文显示，R1在V3基础模型之上进行的强化学习阶段共花费29.4万美元。",
        "29.4万美元",
        Supported,
        Some("F14"),
    ),
    (
        "2025-03-01",
        "国家统计局公布，去年中国GDP增长5.0%。相较2023年GDP增长5.2%，去年增速略有放缓。",
        "5.2%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "有分析认为，若项目顺利推进，到2029年星际之门总投资或突破6000亿美元。",
        "突破6000亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "星际之门总投资可能突破6000亿美元。",
        "突破6000亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "星际之门计划投资6000亿美元。",
        "6000亿美元",
        Contradicted,
        Some("AI-045"),
    ),
    (
        "2025-10-01",
        "DeepSeek在论文中披露了R1的训练细节。論文又指，這個階段動用了512顆H800。",
        "512顆",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "香港自1983年起實行聯繫匯率制度。自2005年起，金管局設立兌換保證，令港元在7.75至7.85之間浮動。",
        "1983年",
        Supported,
        Some("MA-024"),
    ),
    // bare 带宽 may be the interconnect's or the memory's; a bandwidth in
    // GB/s is checked against one in TB/s
    (
        "2025-03-01",
        "H800的带宽为3000GB/s。",
        "3000GB/s",
        Unverified,
        None,
    ),
    // (600GB/s is the A100's interconnect to the digit: the interconnect's)
    (
        "2025-03-01",
        "传统H800 GPU的理论带宽为600GB/s。",
        "600GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    (
        "2025-03-01",
        "H100的显存带宽为3350GB/s。",
        "3350GB/s",
        Supported,
        Some("CH-003"),
    ),
    (
        "2025-03-01",
        "H800的NVLink带宽为600GB/s。",
        "600GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    (
        "2025-03-01",
        "H100的带宽为900GB/s。",
        "900GB/s",
        Supported,
        Some("CH-002"),
    ),
    (
        "2025-03-01",
        "上一代的A100每個GPU有12條NVLink鏈路，總頻寬為900GB/s。",
        "900GB/s",
        Contradicted,
        Some("CH-009"),
    ),
    // a growth of profit is no revenue growth; a rate per watt is no rate
    // of compute
    (
        "2025-03-01",
        "輝達2025財年營收為1305億美元，淨利年增145%。",
        "145%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "SemiAnalysis估计，DeepSeek在GPU硬件上的投入超过5亿美元。",
        "超过5亿美元",
        Supported,
        Some("F31"),
    ),
    (
        "2025-03-01",
        "H800每瓦特性能2.5 TFLOPS/W。",
        "2.5",
        Unverified,
        None,
    ),
    // (a review of this round's rules: 网友称赞 passes nothing on; a chart
    // of apps is a store's chart)
    (
        "2025-03-01",
        "网友称赞DeepSeek-V3只用了2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-03-01",
        "2025年1月26日，DeepSeek登顶美国区免费App排行榜榜首。",
        "2025年1月26日",
        Supported,
        Some("F39"),
    ),
    // 其中国内 is 其中 and 国内, not China
    (
        "2025-02-01",
        "2024年社会消费品零售总额增长3.5%，其中国内零售额增长2.0%。",
        "2.0%",
        Unverified,
        None,
    ),
    // a figure someone unnamed claims is passed on, not stated
    (
        "2025-09-20",
        "有網民聲稱聯匯區間已擴闊至7.75至7.95，實際上兌換範圍自2005年以來從未改變。",
        "7.75至7.95",
        Unverified,
        None,
    ),
    // a reckoning made again on the text's own premise is a what-if
    (
        "2025-09-20",
        "如果按每小时3.5美元的市场租价重新计算，R1强化学习阶段的花费约为51万美元。",
        "约为51万美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "若改按每小时3美元计算，DeepSeek-V3的训练成本约为836万美元。",
        "约为836万美元",
        Unverified,
        None,
    ),
    // a rank on a chart is the app store's only where a store or its chart
    // is named (登上微博热搜 is no app store's)
    (
        "2025-03-01",
        "2025年2月3日，DeepSeek登上微博热搜。",
        "2025年2月3日",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2025年1月26日，DeepSeek应用冲上美国区应用商店下载榜榜首。",
        "2025年1月26日",
        Supported,
        Some("F39"),
    ),
    // a digit after 亿 before a measure word counts things of its own, and
    // three of 个参数 are no model's parameters (三个参数规模 counts sizes)
    (
        "2025-03-15",
        "Llama 2共有70亿、130亿和700亿三个参数规模。",
        "三个",
        Unverified,
        None,
    ),
    // (the figure in the clause of the date outdone is that date's)
    (
        "2025-01-28",
        "英伟达市值单日蒸发约5890亿美元，远超过去年9月3日蒸发的2790亿美元。",
        "2790亿美元",
        Supported,
        Some("CH-035"),
    ),
    (
        "2025-04-17",
        "一季度中国国内生产总值同比增长5.4%，高于去年全年5%的增速。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // a year named as the base of a comparison (远低于2024年的954万人) is
    // the base's figure's, not the time of the figures after it
    (
        "2026-01-20",
        "2025年中国出生人口降至792万人，远低于2024年的954万人；死亡人口则增至1131万人。",
        "1131万人",
        Unverified,
        None,
    ),
    (
        "2026-01-20",
        "2025年中国出生人口降至792万人，远低于2024年的954万人；死亡人口则增至1131万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    (
        "2025-02-01",
        "2024年中国出生人口954万人，高于2023年的902万人；死亡人口1093万人。",
        "1093万人",
        Supported,
        Some("MA-012"),
    ),
    // a number with a measure word counts things, it is no exchange rate
    // (三間發鈔銀行 in a sentence of the link)
    (
        "2013-08-09",
        "在香港聯繫匯率制度下，三間發鈔銀行可以按7.8港元兌1美元的匯率購買負債證明書。",
        "三間",
        Unverified,
        None,
    ),
    // a metric's word inside a name, of a measure the database holds
    // nothing of for that name, is the name's: R1-Lite-Preview's date is
    // its release, not a preview's (o1预览版 still names o1's preview)
    (
        "2025-02-01",
        "DeepSeek-R1-Lite-Preview早在2024年12月20日就已上线。",
        "2024年12月20日",
        Contradicted,
        Some("F09"),
    ),
    (
        "2025-02-01",
        "R1-Lite-Preview于2024年11月20日上线。",
        "2024年11月20日",
        Supported,
        Some("F09"),
    ),
    // (review of the round's rules: a subject placed in the group passes
    // the bound itself; a figure's own 昨日 is no session's; 齐 of a name
    // is no move together)
    (
        "2025-01-28",
        "英伟达是1月27日唯一一只股价下跌超过15%的个股。",
        "超过15%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-01-28",
        "亚洲股市早盘普遍下跌，英伟达昨日暴跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-01-28",
        "1月27日，盘前齐鲁银行股价上涨，英伟达跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // 引數, as some of Taiwan's press writes a model's parameters
    (
        "2025-07-20",
        "月之暗面開源的Kimi K2是一個混合專家模型，啟用引數為320億。",
        "320億",
        Supported,
        Some("AI-051"),
    ),
    // (the narrowing of this round's rules: a bound before the subject's
    // own moment, 的同时, is the subject's; 不等于 denies only the figure
    // right after it; a session frames no figure whose clause gives its
    // own time, 隔夜; a figure of a launch's first months is no period of
    // the year; 如此 points back to nothing)
    (
        "2025-01-28",
        "英伟达周一股价暴跌超过15%的同时，博通也大跌17%。",
        "超过15%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-02-01",
        "557.6万美元只是DeepSeek-V3正式训练的租用成本，不等于DeepSeek在GPU上超过5亿美元的投入。",
        "超过5亿美元",
        Supported,
        Some("F31"),
    ),
    (
        "2025-01-28",
        "亚洲股市早盘普遍下跌，隔夜英伟达股价暴跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-02-01",
        "SemiAnalysis认为，DeepSeek可使用约5万块Hopper GPU。\n\nDeepSeek-V3则完全不同。它的训练动用了如此5万块GPU，规模惊人。",
        "5万块",
        Contradicted,
        Some("F01"),
    ),
    // the first months of a year, as Hong Kong writes them (首兩個月), are
    // not the whole year
    (
        "2025-03-01",
        "內地2024年首兩個月固定資產投資按年增長4.2%。",
        "4.2%",
        Unverified,
        None,
    ),
    // a session named in the clause of a group's move frames the members'
    // moves listed after it; a close said in the figure's own clause is
    // the day's
    (
        "2025-01-27",
        "美股科技巨头股价盘前集体大跌，英伟达跌超8%。",
        "超8%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "美股盘中集体下跌，英伟达收跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // a figure pointed back to (这5万块) is the figure given before, of
    // whatever it was said of there, not of a name carried from an
    // earlier paragraph
    (
        "2025-02-05",
        "据SemiAnalysis估计，深度求索拥有约5万块GPU。\n\nDeepSeek-V3的训练成本为557.6万美元。\n\n阿莫代伊1月29日在博客中写道，这5万块Hopper芯片的成本约为10亿美元。",
        "5万块",
        Supported,
        Some("F26"),
    ),
    // a figure said not to be the same as another (并不等于) is denied
    (
        "2025-02-05",
        "据SemiAnalysis估计，深度求索拥有约5万块Hopper架构GPU——但这并不等于5万块H100。",
        "5万块",
        Unverified,
        None,
    ),
    // a bound that sets a group apart (the days, the stocks that fell more
    // than so much) is the group's threshold, said of no one of them; a
    // bound said of the move itself is still checked
    (
        "2025-03-01",
        "英伟达股价1月27日下跌17%，在过去一年里，下跌10%以上的交易日屈指可数。",
        "10%以上",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "1月27日，英伟达股价跌幅在15%以上的个股还有博通。",
        "15%以上",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "1月27日英伟达股价跌幅超过15%的走势令人意外。",
        "超过15%",
        Supported,
        Some("CH-033"),
    ),
    // Kangxi radicals pasted from PDFs (⽉, ⽇) read as the ideographs
    // they look like: the whole date is read, not its year alone
    (
        "2025-03-01",
        "DeepSeek-V3于2024年12⽉25⽇发布。",
        "2024年12月25日",
        Contradicted,
        Some("F07"),
    ),
    // (review of the round's rules: a subject of six characters before the
    // verb of launch; a rival named after the launched name; a condition
    // opening with 以后 is no basis; a count after its noun in the range of
    // years; an ideographic space inside a full-width name)
    (
        "2025-03-22",
        "DeepSeek-V3广受关注，2025年1月20日深度求索公司发布DeepSeek-R1。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-03-22",
        "DeepSeek-V3很火，2025年1月20日公司发布DeepSeek-R1挑战OpenAI o1。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-02-05",
        "如果以后DeepSeek拥有5万块H100，训练时间将大大缩短。",
        "5万块",
        Unverified,
        None,
    ),
    (
        "2025-03-05",
        "Ｈ１００　ＮＶＬ的顯存為188GB。",
        "188GB",
        Unverified,
        None,
    ),
    // an exact amount in the currency of the same measure's other metric,
    // which the database holds for the entity, is held against that one
    // (the dollar price beside the yuan price), not against the yuan
    // price converted at the parity; a hedged conversion (約合) is
    // converted
    (
        "2025-03-01",
        "DeepSeek-R1的输出价格为每百万token約16元人民幣（2.19美元）。",
        "2.19美元",
        Supported,
        Some("AI-036"),
    ),
    (
        "2025-03-01",
        "DeepSeek-R1每百万输出tokens收费16元（2.28美元）。",
        "2.28美元",
        Contradicted,
        Some("AI-036"),
    ),
    // 每秒 before a rate per second is its unit, not a scope; a name in
    // full-width letters followed by another model's word is that model
    (
        "2025-03-05",
        "H20記憶體頻寬每秒4.8TB。",
        "4.8TB",
        Contradicted,
        Some("CH-011"),
    ),
    (
        "2025-03-05",
        "旗艦Ｈ１００（ＳＸＭ版）記憶體容量８０ＧＢ，功耗７００瓦；Ｈ１００ ＮＶＬ記憶體則為９４ＧＢ。",
        "９４ＧＢ",
        Unverified,
        None,
    ),
    // (the rules above narrowed: a name modifying the launched one, a
    // comparison before it, a basis of reckoning, a part opening a clause)
    (
        "2025-03-22",
        "英伟达于2023年3月21日推出基于H100的中国特供版芯片H800。",
        "2023年3月21日",
        Supported,
        Some("CH-007"),
    ),
    (
        "2025-03-22",
        "DeepSeek于1月20日发布可与OpenAI o1媲美的R1。",
        "1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-02-05",
        "如果按278.8万GPU小时、每小时2美元计算，DeepSeek-V3的训练成本约为557.6万美元。",
        "278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-03-22",
        "英伟达推出H20芯片。另一方面，AD102核心并未采用，其热设计功耗为350W。",
        "350W",
        Contradicted,
        Some("CH-014"),
    ),
    // an official advance estimate (預先估計, 概估) is a release of the
    // statistic, and the database's row may be that release itself
    (
        "2025-02-19",
        "統計處公布的預先估計顯示，本港去年本地生產總值實質增長3.2%。",
        "3.2%",
        Contradicted,
        Some("MA-016"),
    ),
    (
        "2025-02-19",
        "主計總處今天公布，2024年經濟成長率概估為4.13%。",
        "4.13%",
        Contradicted,
        Some("MA-029"),
    ),
    (
        "2025-02-19",
        "主計總處今天公布，2024年經濟成長率概估為4.30%。",
        "4.30%",
        Supported,
        Some("MA-029"),
    ),
    // names, units and metric words in full-width letters, as Taiwan's
    // wire copy writes them
    (
        "2025-03-05",
        "輝達特供版Ｈ２０晶片功耗５００瓦。",
        "５００瓦",
        Contradicted,
        Some("CH-014"),
    ),
    (
        "2025-03-05",
        "H20記憶體容量９６ＧＢ。",
        "９６ＧＢ",
        Supported,
        Some("CH-010"),
    ),
    (
        "2025-03-05",
        "H800的ＦＰ８算力為３，９５８ TFLOPS。",
        "３，９５８ TFLOPS",
        Unverified,
        None,
    ),
    // a model the database does not know, opening an earlier clause of the
    // figure's sentence, is the subject a nameless clause goes on with
    (
        "2025-03-01",
        "H20 GPU 擁有 96GB HBM3 內存。另一方面，L20 GPU 則是基於 AD102 GPU，配備 48GB GDDR6 記憶體。",
        "48GB",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "H20基於Hopper架構，配備96GB記憶體。",
        "96GB",
        Supported,
        Some("CH-010"),
    ),
    // a date, a short subject and a verb of launch: the date is the
    // launched name's, not a name's of the clause before
    (
        "2025-03-01",
        "2023年10月美方再度收紧管制，H800也被禁售，同年12月公司推出性能降级的H20芯片。",
        "同年12月",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2023年10月美方再度收紧管制，H800也被禁售，2023年3月21日英伟达推出H800。",
        "2023年3月21日",
        Supported,
        Some("CH-007"),
    ),
    // a figure inside a condition whose clause goes on past it to the
    // comma before what would follow is supposed, not stated; a premise
    // granted (如果说) is stated
    (
        "2025-02-05",
        "如果DeepSeek拥有5万块H100，训练时间能缩短到两周。",
        "5万块",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "若DeepSeek-V3使用2.5万块GPU，训练时间会更短。",
        "2.5万块",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "如果说DeepSeek-V3只用了2048块H800，那么R1的成本更低。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // a province or city named before its people of a kind (常住人口) is
    // the subject: the nation of the sentence before is not carried
    (
        "2025-01-18",
        "2024年末我国人口14.0828亿人。广东常住人口1.27亿人。",
        "1.27亿人",
        Unverified,
        None,
    ),
    (
        "2025-01-18",
        "2024年末我国人口14.0828亿人。上海常住人口2480万人。",
        "14.0828亿人",
        Supported,
        Some("MA-008"),
    ),
    // 约数 and 本数 before a scale are "about several" and "cost several",
    // not the nouns 约数 (a divisor) and 本数
    (
        "2025-02-01",
        "阿莫代透露，Claude 3.5 Sonnet的訓練成本約數億美元。",
        "約數億美元",
        Contradicted,
        Some("F35"),
    ),
    (
        "2025-02-01",
        "阿莫代透露，Claude 3.5 Sonnet的训练成本数千万美元。",
        "数千万美元",
        Supported,
        Some("F35"),
    ),
    (
        "2025-10-01",
        "2025年1月21日，OpenAI在白宫宣布星际之门，软银将扩大对美投资至1000亿美元。",
        "2025年1月21日",
        Supported,
        Some("AI-047"),
    ),
    (
        "2025-03-01",
        "輝達2025財年受資料中心帶動全年營收1305億美元，年增114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // (a whole the clause says all of; an addition of something else; a
    // segment that only drove the whole)
    (
        "2025-02-05",
        "5万块Hopper GPU占DeepSeek全部储备。",
        "5万块",
        Supported,
        Some("F26"),
    ),
    (
        "2025-10-01",
        "2025年1月21日，OpenAI、软银和甲骨文宣布启动星际之门计划，未来四年投资5000亿美元，在美国新建数据中心。",
        "2025年1月21日",
        Supported,
        Some("AI-047"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年受数据中心需求推动全年营收1305亿美元，同比增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // the head right after a figure and 的 is its only owner
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌17%，跌幅达3%的微软也受拖累。",
        "3%",
        Unverified,
        None,
    ),
    // 大陆 is the mainland; Oracle is a listed company with a share price
    (
        "2025-03-01",
        "2024年两岸三地经济增速：大陆5.0%、香港2.5%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-01-28",
        "1月27日，英伟达股价下跌16.97%、甲骨文股价跌13.8%。",
        "13.8%",
        Unverified,
        None,
    ),
    // (a conversion 8% off the writer's stated amount is no rate of
    // another day)
    (
        "2025-02-26",
        "DeepSeek观察\nV3每百万输入token收费0.27美元（約合2.1元人民幣）。",
        "約合2.1元人民幣",
        Contradicted,
        Some("AI-033"),
    ),
    // an item of a list about another place keeps its measure
    (
        "2025-03-01",
        "2024年中国GDP增长5.0%、美国仅2.8%。",
        "2.8%",
        Unverified,
        None,
    ),
    // (a generic object may be the model itself; another subject leads
    // its own item; a span of another clause is not the figure's)
    (
        "2025-02-01",
        "深度求索于2025年1月20日发布推理模型，命名为DeepSeek-R1。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-02-01",
        "中国2024年GDP增长5.0%、香港2.5%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-03-01",
        "软银称三年内回本，星际之门项目未来四年投资5000亿美元。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    (
        "2025-03-01",
        "星际之门项目十四年内投资5000亿美元。",
        "5000亿美元",
        Unverified,
        None,
    ),
    // a part of a whole named after 占 is not the whole
    (
        "2025-02-05",
        "DeepSeek可使用约5万块GPU。这只是DeepSeek-V3训练一次的成本，所用2048块H800仅占其GPU储备的约4%。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // the announcement of an addition is not the thing's announcement
    (
        "2026-01-14",
        "9月23日，OpenAI、甲骨文以及投资方软银共同宣布，计划在美国新增五个“星际之门”项目站点。",
        "9月23日",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2025年1月21日，OpenAI、软银和甲骨文宣布成立星际之门项目。",
        "2025年1月21日",
        Supported,
        Some("AI-047"),
    ),
    // a segment's measure named in the clause before is what grew, though
    // a longer word of the whole stands there too (全年營收)
    (
        "2025-02-27",
        "輝達2025財年資料中心全年營收1152億美元，年增142%。",
        "142%",
        Supported,
        Some("CH-027"),
    ),
    (
        "2025-02-27",
        "輝達2025財年資料中心全年營收1152億美元，年增114%。",
        "114%",
        Unverified,
        None,
    ),
    // a span of years other than the plan's is a part of the plan
    (
        "2025-11-19",
        "星际之门计划未来三年投资约4000亿美元。",
        "约4000亿美元",
        Unverified,
        None,
    ),
    (
        "2025-11-19",
        "星际之门计划未来四年投资4000亿美元。",
        "4000亿美元",
        Contradicted,
        Some("AI-045"),
    ),
    // an item of a list that leads with its own verb is not the earlier
    // item's measure
    (
        "2024-12-05",
        "2024年12月2日，BIS再出新规，在实体清单中新增140个实体、修改14个实体。",
        "14个",
        Unverified,
        None,
    ),
    (
        "2024-12-05",
        "2024年12月2日，BIS再出新规，在实体清单中新增140个实体、修改14个实体。",
        "140个",
        Supported,
        Some("CH-022"),
    ),
    // where an app was put up is not what was launched
    (
        "2025-02-01",
        "DeepSeek應用程式於2025年1月11日上架iOS及安卓應用商店（官方公告日期則為1月15日）。",
        "2025年1月11日",
        Supported,
        Some("F12"),
    ),
    // a price per token in another currency is converted, not compared
    // as it stands
    (
        "2025-02-26",
        "DeepSeek-V3每百万token输入0.27美元（2元）。",
        "2元",
        Supported,
        Some("AI-037"),
    ),
    (
        "2025-02-26",
        "DeepSeek-R1每百万token输入0.55美元（40元）。",
        "40元",
        Contradicted,
        Some("AI-039"),
    ),
    // a date launching something the sentence does not name from the DB
    // is that thing's launch
    (
        "2025-05-01",
        "金管局於2005年5月18日推出優化措施，設立強方兌換保證。",
        "2005年5月18日",
        Unverified,
        None,
    ),
    (
        "2025-05-01",
        "港府於1983年10月17日實施聯繫匯率制度。",
        "1983年10月17日",
        Supported,
        Some("MA-024"),
    ),
    (
        "2025-05-01",
        "港府於1984年實施聯繫匯率制度。",
        "1984年",
        Contradicted,
        Some("MA-024"),
    ),
    // 上方, 之上, 开外 after a figure and 不止, 不下于 before it make a
    // lower bound
    (
        "2025-02-01",
        "英伟达1月27日收于118美元上方。",
        "118美元上方",
        Supported,
        Some("CH-034"),
    ),
    (
        "2025-02-01",
        "英伟达1月27日收于120美元之上。",
        "120美元之上",
        Contradicted,
        Some("CH-034"),
    ),
    (
        "2025-02-01",
        "DeepSeek-V3训练成本不止550万美元。",
        "不止550万美元",
        Supported,
        Some("F04"),
    ),
    // one rate inside a band is no statement of the band
    (
        "2011-08-03",
        "聯匯制度大事記。1999年 港元匯率由7.75微調至7.8。",
        "7.8",
        Unverified,
        None,
    ),
    // a condition that leads to a fact does not suppose it
    (
        "2025-02-01",
        "如果細讀技術報告，便會發現DeepSeek-V3的訓練使用了2048塊H800。",
        "2048塊",
        Supported,
        Some("F01"),
    ),
    // a mistake word not said of the report, or doubted, denies nothing
    (
        "2025-02-01",
        "有媒体报道称英伟达1月27日股价下跌16.97%，这不是搞错了。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-02-01",
        "有媒体报道称英伟达1月27日股价下跌16.97%，这一标题有误导性。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a clause pointing back at the entity keeps it, country or not
    (
        "2025-01-22",
        "星际之门计划正式启动。美国宣布该项目首期投入1000亿美元。",
        "1000亿美元",
        Supported,
        Some("AI-046"),
    ),
    // a part of this fiscal year is not the whole of it
    (
        "2025-02-27",
        "英伟达本财年前九个月营收912亿美元。",
        "912亿美元",
        Unverified,
        None,
    ),
    // another segment heading its sentence owns the clauses after it
    (
        "2024-03-01",
        "英伟达2024财年营收609亿美元。游戏业务季度营收为29亿美元,同比增长56%,全年营收增长15%至104亿美元。",
        "104亿美元",
        Unverified,
        None,
    ),
    // 倒退 is a fall; a year before 高基数 is the base's, not the figure's
    (
        "2025-02-01",
        "2024年中国固定资产投资按年倒退3.2%。",
        "3.2%",
        Contradicted,
        Some("MA-006"),
    ),
    (
        "2026-01-21",
        "去年內地經濟增長放緩，反映前年高基數效應及內地需求依舊疲弱；全年中國固定資產投資按年倒退3.8%。",
        "3.8%",
        Unverified,
        None,
    ),
    // what a supposition does not touch: a premise stated with the figure,
    // 一旦 in time, a figure two clauses on, a viewpoint
    (
        "2025-02-01",
        "假设H800的租赁价格为每GPU小时2美元，DeepSeek-V3的总训练成本仅为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "一旦消息传出，英伟达1月27日股价便暴跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-02-01",
        "如果出口管制收紧，H20将停售，该芯片显存为96GB。",
        "96GB",
        Supported,
        Some("CH-010"),
    ),
    // a report called right is no denial, nor is a mistake said of another
    // thing
    (
        "2025-02-01",
        "DeepSeek观察\n有媒体报道称V3训练成本为557.6万美元，并未搞错。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "DeepSeek观察\n媒体报道称V3训练成本为557.6万美元，纠正了此前有误的600万美元说法。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a country named with the entity in its clause leaves it the entity's
    (
        "2025-01-22",
        "美国5000亿美元的星际之门投资计划正式启动。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    (
        "2025-01-22",
        "美国将投资5000亿美元建设星际之门。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    // a figure right after a country the database does not hold is that
    // country's, and so is one of a clause that opens with it committing
    // money …
    (
        "2025-08-28",
        "孙正义宣布星际之门计划。这两项计划可能成为日本5,500亿美元投资计划的基石。",
        "5,500亿美元",
        Unverified,
        None,
    ),
    (
        "2025-08-28",
        "日本承诺对美投资5,500亿美元，星际之门计划或受益。",
        "5,500亿美元",
        Unverified,
        None,
    ),
    // … not a country the money goes to
    (
        "2025-01-22",
        "星际之门计划将在美国投资5000亿美元。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    // what the sentence calls mistaken after a report is denied
    (
        "2025-03-01",
        "部分媒体报道称英伟达2024财年营收1305亿美元，显然混淆了两个财年的口径。",
        "1305亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "有报道称英伟达2024财年营收1305亿美元，这一说法有误。",
        "1305亿美元",
        Unverified,
        None,
    ),
    // the clause right after a condition is its supposed outcome, with no
    // modal too, when it marks what would follow (也, 就) …
    (
        "2025-02-01",
        "假设训练时长再增加一倍，V3的训练成本也不过1100万美元左右。",
        "1100万美元左右",
        Unverified,
        None,
    ),
    // … but not a reckoning, nor an assumption someone makes, nor a topic
    // named (若说到…)
    (
        "2025-02-11",
        "若说到最多人使用的GPT-4,则使用了25,000颗高阶GPU。",
        "25,000颗",
        Supported,
        Some("F21"),
    ),
    (
        "2023-08-01",
        "若以每A100小時1美元計算，GPT-4單次訓練成本約6300萬美元。",
        "約6300萬美元",
        Supported,
        Some("AI-010"),
    ),
    (
        "2025-02-01",
        "DeepSeek-V3的报告假设每GPU小时的租用价格为2美元，由此得出总训练成本约557.6万美元。",
        "约557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a figure after 上年全年 is the year before's, not the sentence's year
    (
        "2025-03-01",
        "英伟达2025财年营收1305亿美元，相当于上年全年609亿美元的2.1倍。",
        "609亿美元",
        Unverified,
        None,
    ),
    // 本财年 in a figure's own clause is the fiscal year just reported, not
    // the quarter named before it
    (
        "2025-03-01",
        "英伟达第四季度营收393亿美元，是本财年1305亿美元的30%。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英偉達第四季度營收393億美元，而該財年營收為1,305億美元。",
        "1,305億美元",
        Supported,
        Some("CH-024"),
    ),
    // 标记 is a word for a token in a price's unit
    (
        "2025-02-04",
        "DeepSeek R1每百万输入标记收费0.55美元。",
        "0.55美元",
        Supported,
        Some("AI-035"),
    ),
    // … but a source quoted is held to its own figure
    (
        "2025-02-01",
        "OpenAI CEO奥尔特曼透露，训练GPT-4花费了7000万美元。",
        "7000万美元",
        Contradicted,
        Some("AI-005"),
    ),
    // a growth word later in the clause makes the percentage a growth
    (
        "2025-02-01",
        "2024年中国GDP达134.9万亿元的6%左右的实际增长来之不易。",
        "6%左右",
        Contradicted,
        Some("MA-002"),
    ),
    // a quotation the sentence calls a misreading is not asserted, in
    // straight quotation marks too
    (
        "2025-09-20",
        "有人说\"R1只花了29.4万美元\"，这是误读。",
        "29.4万美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "DeepSeek观察\n有人说“R1只花了29.4万美元”，这并非误读。",
        "29.4万美元",
        Supported,
        Some("F14"),
    ),
    // 较 compares as 比 does, and what was saved is by how much
    (
        "2025-02-01",
        "DeepSeek-V3較GPT-4少用了22952塊GPU。",
        "22952塊",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "DeepSeek-V3比GPT-4节省了22952块GPU。",
        "22952块",
        Unverified,
        None,
    ),
    // a share of a percentage before it is no growth
    (
        "2025-01-20",
        "中国2024年GDP增长5.0%，是第四季度5.4%的九成多。",
        "九成多",
        Unverified,
        None,
    ),
    // a figure between the database's own disagreeing sources refutes neither
    (
        "2024-06-05",
        "斯坦福大学的报告显示，GPT-4的训练成本为7840万美元。",
        "7840万美元",
        Unverified,
        None,
    ),
    // … one below them all is still contradicted
    (
        "2024-06-05",
        "GPT-4的训练成本为5000万美元。",
        "5000万美元",
        Contradicted,
        Some("AI-005"),
    ),
    // (a later clause with a figure of its own naming the training is
    // another figure's: 訓練成本不到後者的二十分之一)
    (
        "2025-01-19",
        "DeepSeek-V3研發卻只花了558萬美元，訓練成本不到後者的二十分之一。",
        "558萬美元",
        Unverified,
        None,
    ),
    // a base after words of time alone is the subject's own figure
    (
        "2025-03-01",
        "英伟达第四季度营收393亿美元，不到全年1305亿美元的三分之一。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // a percentage before a word of growth is a growth, not a share
    (
        "2025-01-20",
        "2024年中国GDP为134.9万亿元的5.0%增长，第四季度增长5.4%。",
        "134.9万亿元",
        Supported,
        Some("MA-001"),
    ),
    (
        "2025-01-20",
        "2024年中国GDP为134.9万亿元的5.0%增长，第四季度增长5.4%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a training named in the figure's clause or a clause of its sentence
    // with no figure keeps the training cost
    (
        "2025-02-01",
        "DeepSeek观察\nV3训练的总成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "DeepSeek观察\nV3的训练，全部费用约600万美元。",
        "约600万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "DeepSeek-V3的研发成本为557.6万美元，训练用了278.8万GPU小时。",
        "557.6万美元",
        Unverified,
        None,
    ),
    // a name the database lacks after 而 that spent a figure owns it
    (
        "2025-02-11",
        "GPT-4的训练成本超过1亿美元，而PaLM只花了1240万美元。",
        "1240万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "GPT-4的训练成本超过1亿美元，而DeepSeek-V3只花了557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // research and development, or a model's whole cost, is more than its
    // training run
    (
        "2025-02-11",
        "DeepSeek-V3的研发成本为557.6万美元。",
        "557.6万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的总成本仅为557.6万美元。",
        "557.6万美元",
        Unverified,
        None,
    ),
    // … not the training's own total, a training named after it, nor a price
    (
        "2025-02-11",
        "DeepSeek-V3的训练总成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的研发成本很低，训练只花了557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-02-11",
        "DeepSeek-V3处理一百万个token的总成本为0.27美元。",
        "0.27美元",
        Supported,
        Some("AI-033"),
    ),
    // the base of a comparison no known name owns is not the subject's
    (
        "2025-02-11",
        "据报道，DeepSeek-V3的训练成本是行业平均2000万美元的四分之一。",
        "2000万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的训练成本仅为2000万美元的四分之一。",
        "2000万美元",
        Unverified,
        None,
    ),
    // a share of the figure before it is no growth
    (
        "2025-03-01",
        "英伟达2025财年数据中心营收是全年营收1305亿美元的88%。",
        "88%",
        Unverified,
        None,
    ),
    // … a multiple of it is a ratio
    (
        "2025-02-11",
        "Llama 3.1 405B的训练GPU小时是DeepSeek-V3 278.8万小时的11倍。",
        "11倍",
        Supported,
        Some("F19"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收1305亿美元的88%来自数据中心。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // 多 or 少 with a verb of spending after 比: by how much, not how many
    (
        "2025-02-11",
        "DeepSeek-V3只用了2048块GPU，比GPT-4少用了22952块GPU。",
        "22952块",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "DeepSeek-V3只用了2048块GPU，比GPT-4少用了22952块GPU。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // 人口流失 is a change of the population, not its size
    (
        "2025-01-28",
        "2024年中国人口流失139万人。",
        "139万人",
        Supported,
        Some("MA-009"),
    ),
    // a contraction said of a growth the database holds as a rise
    (
        "2025-02-01",
        "台灣2024年經濟成長率衰退4.3%。",
        "4.3%",
        Contradicted,
        Some("MA-029"),
    ),
    // a growth after a clause that only restates the figure is the measure's named before
    (
        "2025-02-27",
        "英伟达2025财年营收首次突破1000亿美元，达1305亿美元，较上年同期增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // not past a clause naming a segment: no total's growth
    (
        "2025-02-27",
        "英伟达2025财年数据中心全年营收创纪录，达到1152亿美元，同比增长150%。",
        "150%",
        Unverified,
        None,
    ),
    // a fear with a comma after it opens a clause of fact
    (
        "2025-01-28",
        "投资者担心，英伟达股价暴跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // a rate moved by a figure: the change of the rate, not the rate
    (
        "2025-01-28",
        "中国2024年固定资产投资增速比上年下降3.2%。",
        "3.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "中国2024年人口自然增长率下降0.99‰。",
        "0.99‰",
        Supported,
        Some("MA-013"),
    ),
    // a figure inside its own condition is supposed
    (
        "2025-01-28",
        "如果2024年中国固定资产投资下降3.2%，后果不堪设想。",
        "3.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "若以每GPU小时2美元计算，DeepSeek-V3训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a head date's release built on another is not the other's
    (
        "2025-02-01",
        "2025年1月20日，DeepSeek发布基于V3的R1。",
        "2025年1月20日",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "2024年5月6日，DeepSeek发布了挑战GPT-4的DeepSeek-V2。",
        "2024年5月6日",
        Supported,
        Some("AI-032"),
    ),
    // the level a growth was lowered to is no fall
    (
        "2025-01-28",
        "中国2024年经济增速降低至5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a fall denied is not stated
    (
        "2025-01-28",
        "中国2024年GDP并未下降5.0%，而是增长5.0%。",
        "5.0%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达股价周一并未下跌17%，而是收跌约3%。",
        "17%",
        Unverified,
        None,
    ),
    // a fall feared is not stated
    (
        "2025-01-28",
        "市场曾担心中国2024年社零下降3.5%。",
        "3.5%",
        Unverified,
        None,
    ),
    // a list after one verb of fall falls alike
    (
        "2025-02-27",
        "英伟达2025财年营收与数据中心营收分别下降114%和142%。",
        "142%",
        Contradicted,
        Some("CH-027"),
    ),
    // the base before its own figure owns it over the clause's subject
    (
        "2025-02-02",
        "DeepSeek的下载量是ChatGPT同期600万次的近三倍。",
        "600万次",
        Contradicted,
        Some("F42"),
    ),
    (
        "2025-02-02",
        "ChatGPT头18天的下载量仅为DeepSeek同期1600万次的56%。",
        "1600万次",
        Supported,
        Some("F41"),
    ),
    // a share of what was before is what remains, not the cut
    (
        "2025-02-02",
        "DeepSeek-V2将训练成本降低至原来的42.5%。",
        "42.5%",
        Unverified,
        None,
    ),
    // one market's downloads, named in an earlier clause or by its users
    (
        "2025-02-02",
        "DeepSeek在美國市場的下載量，上線18天突破1600萬次。",
        "突破1600萬次",
        Unverified,
        None,
    ),
    (
        "2025-02-02",
        "美国用户下载DeepSeek达260万次。",
        "260万次",
        Unverified,
        None,
    ),
    // an app store's ranking names no market of the downloads
    (
        "2025-01-28",
        "DeepSeek登顶美国App Store，截至1月27日下载量达260万次。",
        "260万次",
        Supported,
        Some("F40"),
    ),
    // a head date's release of a thing qualified by 的 (面向中国市场的H800)
    (
        "2024-12-04",
        "2022年3月21日，英伟达发布面向中国市场的H800。",
        "2022年3月21日",
        Contradicted,
        Some("CH-007"),
    ),
    // not of something the database does not name (V3的技术报告)
    (
        "2025-02-01",
        "2024年12月26日，DeepSeek发布了V3的技术报告。",
        "2024年12月26日",
        Unverified,
        None,
    ),
    // a fall said of what rose is the wrong direction
    (
        "2025-01-18",
        "2024年，中国固定资产投资比上年下降3.2%。",
        "3.2%",
        Contradicted,
        Some("MA-006"),
    ),
    (
        "2025-01-18",
        "2024年，中国GDP同比下滑5%。",
        "5%",
        Contradicted,
        Some("MA-002"),
    ),
    // the level a growth fell to, and a fall word of another clause part,
    // say no fall of the figure
    (
        "2025-01-18",
        "2024年，中国经济增速回落至5%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-01-18",
        "减税降费带动2024年中国固定资产投资增长3.2%。",
        "3.2%",
        Supported,
        Some("MA-006"),
    ),
    // the base of a comparison owns the figure right after it, before
    // the multiple (是ChatGPT同期600万次的近三倍)
    (
        "2025-02-11",
        "DeepSeek App上线头18天下载量达1600万次，几乎是ChatGPT同期600万次的近三倍。",
        "600万次",
        Contradicted,
        Some("F42"),
    ),
    (
        "2025-02-11",
        "DeepSeek App上线头18天下载量达1600万次，约为ChatGPT同期900万次的两倍。",
        "900万次",
        Supported,
        Some("F42"),
    ),
    // one market's downloads are not the world's
    (
        "2025-02-11",
        "DeepSeek App上线头18天下载量达1600万次，是ChatGPT同期在美国市场400万次的四倍。",
        "400万次",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "ChatGPT上线头18天美国下载量为400万次。",
        "400万次",
        Unverified,
        None,
    ),
    // 失 of 损失 followed by 实为 is no 失实 (untrue)
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌17%，市值损失实为5890亿美元。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // tokens counted with 个 across a qualifier
    (
        "2024-04-19",
        "Llama 3 使用了超过15万亿个公开可用来源的token进行了预训练。",
        "超过15万亿个",
        Supported,
        Some("AI-020"),
    ),
    // a person's age is no age group's
    (
        "2025-01-18",
        "六十五岁的退休教师王先生说，2024年末我国城镇化率已达到百分之六十七。",
        "百分之六十七",
        Supported,
        Some("MA-014"),
    ),
    // a head date of what was said of a later release
    (
        "2025-02-01",
        "2025年1月20日：DeepSeek称R1将于下月发布。",
        "2025年1月20日",
        Unverified,
        None,
    ),
    // a span inside the band is no quote of it
    (
        "2025-03-01",
        "港元兑美元汇率区间为7.76至7.84。",
        "7.76至7.84",
        Unverified,
        None,
    ),
    // the whole named (总成本) is not the one stage the database holds
    (
        "2025-09-20",
        "DeepSeek-R1的训练总成本仅为29.4万美元。",
        "29.4万美元",
        Unverified,
        None,
    ),
    // an age group does not reach past a clause with a measure of its own
    (
        "2025-01-20",
        "国家统计局公布，2024年末我国六十五岁及以上人口占全国人口的百分之十五点六，常住人口城镇化率为百分之七十六。",
        "百分之七十六",
        Contradicted,
        Some("MA-014"),
    ),
    // a price of a million tokens named without 每
    (
        "2025-03-01",
        "DeepSeek-R1的百万tokens输出价格为61元。",
        "61元",
        Contradicted,
        Some("AI-040"),
    ),
    // a head date after a list's bullet, and a timeline's date and colon
    (
        "2025-09-20",
        "· 1月23日，星际之门计划在白宫宣布；",
        "1月23日",
        Contradicted,
        Some("AI-047"),
    ),
    (
        "2025-09-20",
        "- 2025年1月10日：DeepSeek发布R1。",
        "2025年1月10日",
        Contradicted,
        Some("F08"),
    ),
    // (a dateline's day other than the day of publication: 昨日 counts
    // from it)
    (
        "2025-01-16",
        "（新华社北京1月15日电）中国外汇交易中心数据显示，人民币兑美元中间价昨日报7.1878。",
        "7.1878",
        Supported,
        Some("MA-026"),
    ),
    (
        "2025-01-28",
        "（中央社記者紐約27日電）輝達昨天股價重挫16.97%。",
        "16.97%",
        Unverified,
        None,
    ),
    // (the article's dateline counts for a later sentence; a wrong value
    // of that day is contradicted; a date and 电 that is no dateline counts
    // nothing, and 昨日 after it is no day the text makes sure of)
    (
        "2025-01-16",
        "（新华社北京1月15日电）人民币汇率保持基本稳定。昨日人民币兑美元中间价为7.1878元。",
        "7.1878元",
        Supported,
        Some("MA-026"),
    ),
    (
        "2025-01-16",
        "（新华社北京1月15日电）昨日人民币兑美元中间价为7.1870元。",
        "7.1870元",
        Contradicted,
        Some("MA-026"),
    ),
    (
        "2025-01-16",
        "1月14日电商平台促销期间，人民币兑美元中间价昨日报7.1883元。",
        "7.1883元",
        Unverified,
        None,
    ),
    (
        "2025-01-29",
        "（新华社纽约1月28日电）英伟达1月24日收盘价为142.62美元，昨日则收于118.42美元。",
        "118.42美元",
        Supported,
        Some("CH-034"),
    ),
    // 昨天 after a dateline's day is the day before it
    (
        "2025-01-28",
        "（中央社記者台北28日電）輝達股價昨天重挫26.97%。",
        "26.97%",
        Contradicted,
        Some("CH-033"),
    ),
    // an age in Chinese numerals names the age group as 65岁 does
    (
        "2025-01-20",
        "2024年末，我国六十五岁及以上人口占全国人口的百分之十五点六。",
        "百分之十五点六",
        Supported,
        Some("MA-015"),
    ),
    // a range the clause calls the convertibility span is the band's two
    // ends; a span that only overlaps the band is not confirmed by it
    (
        "2025-03-01",
        "港元兑美元兑换区间为7.8至8.0。",
        "7.8至8.0",
        Contradicted,
        Some("MA-022b"),
    ),
    (
        "2025-03-01",
        "港元兑美元汇率区间为7.8至8.0港元。",
        "7.8至8.0港元",
        Unverified,
        None,
    ),
    // the figure a change starts from, with a verb of change after it
    (
        "2025-03-01",
        "2014年，人民币兑美元日浮动幅度从1%扩大一倍。",
        "1%",
        Unverified,
        None,
    ),
    // what a figure should be by a norm is a view (a plain 应为 states one)
    (
        "2025-03-01",
        "英伟达1月27日股价下跌17%，不少分析师认为合理跌幅应为10%左右。",
        "10%左右",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达1月27日股价下跌17%，收盘价应为128.42美元。",
        "128.42美元",
        Contradicted,
        Some("CH-034"),
    ),
    // a figure its clause calls wrong, corrected before the next figure
    (
        "2025-03-01",
        "昨日本报报道英伟达1月27日股价下跌7%有误，更正为17%。",
        "7%",
        Unverified,
        None,
    ),
    // a misprinted fall's correction is a fall too
    (
        "2025-03-01",
        "本报误植英伟达1月27日股价下跌27%，应为17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // (but a name the subject belongs to is no subject: the pronoun takes
    // up what the sentence said the subject was)
    (
        "2025-03-01",
        "DeepSeek-V3的继任者是DeepSeek-R1。其于2025年1月20日发布。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-03-01",
        "DeepSeek-R1是基于DeepSeek-V3训练的推理模型。其于2025年1月20日发布。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    // (the close after 随后 is the day's; so is a figure with its own day)
    (
        "2025-03-01",
        "英伟达1月27日盘中一度下跌逾12%，随后跌幅扩大，收盘下跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-03-01",
        "DeepSeek应用1月27日下载量达260万次，稍后更于2月9日累计下载量突破1.1亿次。",
        "突破1.1亿次",
        Supported,
        Some("F43"),
    ),
    // a later move (随后…) is not the day's own
    (
        "2025-03-01",
        "英伟达1月27日股价下跌17%，随后反弹5%。",
        "5%",
        Unverified,
        None,
    ),
    // a pronoun takes up the sentence's subject, not what it was said to be
    (
        "2025-03-01",
        "Llama3.1系列是Llama3系列继续训练的结果。其于2024年7月23日发布。",
        "2024年7月23日",
        Supported,
        Some("AI-024"),
    ),
    // a company's spending measured in a clause that names a model last is
    // what went into the one model
    (
        "2025-09-20",
        "DeepSeek的R1增量训练成本为29.4万美元，不含V3本身约557.6万美元的投入。",
        "约557.6万美元",
        Unverified,
        None,
    ),
    // a level a move of the rate reached is a market quote, not the link
    (
        "2011-08-03",
        "联汇：港元汇率由7.76升至7.83。",
        "7.83",
        Unverified,
        None,
    ),
    // a head date is not a release's when the clause tells of something else
    // coming out, a place it went live in, or a later clause of another time
    (
        "2025-02-01",
        "2025年1月22日，英伟达发布财报，DeepSeek-R1随后引发热议。",
        "2025年1月22日",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "2025年1月22日，月之暗面发布Kimi k1.5，两天前DeepSeek-R1发布。",
        "2025年1月22日",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "1月25日，DeepSeek-R1推出新功能。",
        "1月25日",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "1月30日，DeepSeek-R1在Azure上线。",
        "1月30日",
        Unverified,
        None,
    ),
    (
        "2025-02-06",
        "2月5日，DeepSeek-R1登陆华为云。",
        "2月5日",
        Unverified,
        None,
    ),
    // a quotation whose sentence says it holds, or answers the doubt
    (
        "2025-02-01",
        "报道称“DeepSeek-V3训练成本为5576万美元”，这一说法没有错误。",
        "5576万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "有人质疑“DeepSeek-V3训练成本为5576万美元”有误，但公司证实这一数字。",
        "5576万美元",
        Contradicted,
        Some("F04"),
    ),
    // what a list loses is no addition; the day's change against the day
    // before is the day's
    (
        "2025-01-01",
        "2024年12月，美国将140个实体列入实体清单，另有14个实体被移出。",
        "14个",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "1月27日，英伟达股价较前一交易日暴跌17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // a rough fact allows a tenth either way at most: 2万亿 is not 2.4万亿
    (
        "2025-07-20",
        "Llama 2的训练数据为2.4万亿token。",
        "2.4万亿token",
        Contradicted,
        Some("AI-016"),
    ),
    (
        "2025-07-20",
        "Llama 2的训练数据约为2万亿token。",
        "约为2万亿token",
        Supported,
        Some("AI-016"),
    ),
    // a word after two joined figures is the nearer one's
    (
        "2025-08-01",
        "Kimi K2拥有1万亿参数及320亿激活参数。",
        "1万亿参数",
        Supported,
        Some("AI-050"),
    ),
    (
        "2025-08-01",
        "Mixtral 8x7B拥有130亿参数及130亿激活参数。",
        "130亿参数",
        Unverified,
        None,
    ),
    // a clause that opens with the year before is that year's, not the one
    // named before it; 比上年 compares
    (
        "2025-03-01",
        "2024年中国GDP增长5%，上年增长5.2%。",
        "5.2%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年中国GDP比上年增长5%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // a misprint called so right after the figure; the figure a correction
    // gives after 应为 is asserted
    (
        "2025-03-01",
        "台湾2024年经济增长率4.95%系误植，应为4.59%。",
        "4.95%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "台湾2024年经济增长率4.95%系误植，应为4.59%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    (
        "2025-03-01",
        "本报误植台湾2024年经济增长率为4.95%，应为4.59%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    // a date right before a verb of taking effect is no announcement's
    (
        "2025-03-01",
        "美國芯片出口管制新規於2023年10月17日生效。",
        "2023年10月17日",
        Unverified,
        None,
    ),
    // a measure's abbreviation in Latin letters the database does not know
    // names what grew, as a Chinese one does
    (
        "2025-01-20",
        "2024年中国GDP增长5%，M2增长7.3%。",
        "7.3%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收增长114%，EPS增长147%。",
        "147%",
        Unverified,
        None,
    ),
    // a word of another day after the day named: the figure's day is not written
    (
        "2025-02-01",
        "1月27日，英伟达股价暴跌17%，次日反弹8.9%。",
        "8.9%",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "1月27日，英伟达股价暴跌17%，次日反弹8.9%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // a statistic's acronym in lower case is no name either
    (
        "2025-01-20",
        "2024年中国gdp134.9万亿元。",
        "134.9万亿元",
        Supported,
        Some("MA-001"),
    ),
    // more words of a misprint; a quotation called wrong is not asserted
    (
        "2025-03-01",
        "本报误印台湾2024年经济增长率为4.95%，应为4.59%。",
        "4.95%",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "原文“DeepSeek-V3的总训练成本为5576万美元”有误，应为557.6万美元。",
        "5576万美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "原文“DeepSeek-V3的总训练成本为5576万美元”有误，应为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-09-20",
        "他说“DeepSeek-V3的训练成本为5576万美元”。",
        "5576万美元",
        Contradicted,
        Some("F04"),
    ),
    // a paper's date is none of the database's
    (
        "2025-09-20",
        "R1正式发布日期为1月20日，1月22日为论文在arXiv上线日期。",
        "1月22日",
        Unverified,
        None,
    ),
    // a date alone at the head of its sentence is the time of the next
    // clause's verb; not of a verb that qualifies a noun or a later time,
    // nor of a writing or of a model left unnamed
    (
        "2025-02-01",
        "2025年1月20日，DeepSeek-R1正式发布。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-01-29",
        "2024年6月6日，DeepSeek发布DeepSeek-V2。",
        "2024年6月6日",
        Contradicted,
        Some("AI-032"),
    ),
    (
        "2025-02-01",
        "2025年1月27日，DeepSeek发布R1后英伟达股价暴跌。",
        "2025年1月27日",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "2025年1月27日，DeepSeek发布的R1模型引发美股暴跌。",
        "2025年1月27日",
        Unverified,
        None,
    ),
    (
        "2025-03-03",
        "3月1日，DeepSeek在知乎上发表题为《DeepSeek-V3推理系统概览》的文章。",
        "3月1日",
        Unverified,
        None,
    ),
    (
        "2025-07-01",
        "H800于2023年3月推出。2025年6月2日，OpenAI发布新模型。",
        "2025年6月2日",
        Unverified,
        None,
    ),
    // an economy's growth recorded as a figure, its noun after it
    (
        "2025-02-26",
        "回顾2024年，香港经济录得2.5%的温和增长。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "香港經濟去年錄得3.5%的增長。",
        "3.5%",
        Contradicted,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "香港去年录得3.5%的经济增长。",
        "3.5%",
        Contradicted,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "香港数字经济去年录得3.5%的增长。",
        "3.5%",
        Unverified,
        None,
    ),
    // 个 counts the entities a list adds as 家 does; a qualifier before
    // the noun (中国实体) counts a part of them
    (
        "2024-12-03",
        "2024年12月2日，美国商务部将140个实体列入实体清单。",
        "140个",
        Supported,
        Some("CH-022"),
    ),
    (
        "2024-12-03",
        "2024年12月2日，美国商务部将136家中国实体列入实体清单。",
        "136家",
        Unverified,
        None,
    ),
    // a clause naming what grew by a word the database does not know takes
    // no measure from the sentence's head either (not past the words of how
    // it grew: 同比翻倍增长)
    (
        "2025-01-20",
        "2024年中国GDP同比增长5%，出口同比增长7.1%，进口同比增长1.1%。",
        "7.1%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年全年营收1305亿美元，同比翻倍增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // a measure of two characters right before the growth words names
    // what grew
    (
        "2025-03-01",
        "英伟达2025财年营收同比增长124%。",
        "124%",
        Contradicted,
        Some("CH-025"),
    ),
    (
        "2025-03-01",
        "輝達2025財年營收按年增長114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // a time with seconds before a price (a panic of the first version of
    // the off-peak hours); hours with seconds are a window too
    (
        "2025-03-01",
        "2025-01-20 10:00:00 DeepSeek-R1的API价格为每百万输出tokens 16元。",
        "16元",
        Supported,
        Some("AI-040"),
    ),
    (
        "2025-03-01",
        "每日00:30:00至08:30:00，DeepSeek-R1每百万输出tokens仅需4元。",
        "4元",
        Unverified,
        None,
    ),
    // (a source or an affiliation is no later subject; a word of a
    // segment's name in another sense is no segment)
    (
        "2025-03-01",
        "英伟达2025财年业绩亮眼，微软表示，全年营收达1000亿美元。",
        "1000亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英伟达被称为AI时代的游戏规则改变者，2024年市值一度超过3万亿美元。2025财年营收达1000亿美元。",
        "1000亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // the central bank's wording of a rate: 1美元对人民币X元
    (
        "2024-12-12",
        "12月11日人民币汇率中间价为1美元对人民币7.1483元。",
        "人民币7.1483元",
        Contradicted,
        Some("MA-027"),
    ),
    // a bare whole number is no exchange rate (a real page with its words
    // scrambled)
    (
        "2025-07-03",
        "港元兑美元报8，触及弱方兑换保证。",
        "8",
        Unverified,
        None,
    ),
    // a quarter's figure by its word, with no quarter known, is not the
    // fiscal year's
    (
        "2024-03-01",
        "英伟达2024财年数据中心季度营收增至184亿美元。",
        "184亿美元",
        Unverified,
        None,
    ),
    // (a source's clause gives the head to a name of another kind only:
    // one company telling of another does not)
    (
        "2025-03-01",
        "英伟达CFO表示，微软是最大客户，第四季度营收393亿美元。",
        "393亿美元",
        Supported,
        Some("CH-028"),
    ),
    // (a figure wrong for the later subject too stays contradicted)
    (
        "2025-02-01",
        "H20显存96GB，H100则只有80GB，功耗500W。",
        "500W",
        Contradicted,
        Some("CH-014"),
    ),
    // (hours of an event are no off-peak hours; a spec widened is stated)
    (
        "2025-02-27",
        "1月27日18:00至20:00，DeepSeek服务中断，R1输出价格为每百万token 26元。",
        "26元",
        Contradicted,
        Some("AI-040"),
    ),
    (
        "2025-02-27",
        "H20显存扩大至128GB。",
        "128GB",
        Contradicted,
        Some("CH-010"),
    ),
    // another segment named in an earlier sentence of the paragraph owns
    // a carried company's figure
    (
        "2025-02-27",
        "輝達公布業績。(2)遊戲：FY25Q4收入爲25億美元，環比下降22%。FY25年全年收入增長9%，達114億美元。",
        "114億美元",
        Unverified,
        None,
    ),
    // a fiscal year labelled in English, alone or with a quarter
    (
        "2025-03-01",
        "英伟达FY2025营收1305亿美元，FY2024为609亿美元。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    (
        "2025-03-01",
        "輝達FY25 Q4營收393.3億美元。",
        "393.3億美元",
        Supported,
        Some("CH-028"),
    ),
    (
        "2025-03-01",
        "英伟达FY25Q4数据中心营收365亿美元。",
        "365亿美元",
        Contradicted,
        Some("CH-029"),
    ),
    // a price for some hours of the day, given by the clock, is an
    // off-peak price
    (
        "2025-02-27",
        "每日00:30至08:30，R1每百万输出tokens仅需4元。",
        "4元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "DeepSeek-R1输出价格为每百万tokens 8元，自2月9日00:00起执行。",
        "8元",
        Contradicted,
        Some("AI-040"),
    ),
    // a band widened to a value: set anew, maybe at another time
    (
        "2024-12-12",
        "2012年4月，人民币对美元日浮动幅度由0.5%扩大至1%。",
        "1%",
        Unverified,
        None,
    ),
    // a sentence opened by a source's clause: the name after it heads the
    // sentence, its topic (not the base its own clause builds on)
    (
        "2025-09-25",
        "DeepSeek披露，R1在V3基座上强化学习，成本约29.4万美元。",
        "约29.4万美元",
        Supported,
        Some("F14"),
    ),
    // a model the database does not know, named before a date in its
    // clause, owns the date
    (
        "2025-08-20",
        "R1发布后，R2原计划5月推出。",
        "5月",
        Unverified,
        None,
    ),
    (
        "2025-02-15",
        "V2.5于2024年9月5日发布，随后是DeepSeek-V3。",
        "2024年9月5日",
        Unverified,
        None,
    ),
    // a sentence that went on to another subject of its kind in a clause
    // of its own: the figure may be either's, and is no evidence against
    // the first
    (
        "2025-02-15",
        "继DeepSeek-V2推出后，V3接棒，参数高达6710亿。",
        "高达6710亿",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达股价周一暴跌17%，博通同样重挫，跌幅达17.4%。",
        "17.4%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达1月27日股价暴跌16.97%，台积电亦受波及，股价跌13.3%。",
        "13.3%",
        Unverified,
        None,
    ),
    // (not a name that only qualifies its clause's subject)
    (
        "2025-02-15",
        "DeepSeek-V3横空出世，GPT-4的地位受到挑战，训练用了4096块GPU。",
        "4096块",
        Contradicted,
        Some("F01"),
    ),
    // a nearer name chosen over only for the facts: the owner is no
    // evidence against the figure (not an aside in brackets)
    (
        "2025-02-15",
        "H800（H100的中国特供版）于2023年5月21日发布。",
        "2023年5月21日",
        Contradicted,
        Some("CH-007"),
    ),
    (
        "2025-02-15",
        "在DeepSeek-V2之后，又有了V3，参数高达6710亿。",
        "高达6710亿",
        Unverified,
        None,
    ),
    // (the base of a ratio is not a nearer owner)
    (
        "2025-02-15",
        "Llama 3.1 405B的训练GPU小时为3080万，是DeepSeek-V3的21倍。",
        "21倍",
        Contradicted,
        Some("F19"),
    ),
    // a correction notice: the misprinted figure is not the paper's
    // statement, the corrected one is
    (
        "2025-02-28",
        "本報誤植台灣113年經濟成長率為4.95%，應為4.59%。",
        "4.95%",
        Unverified,
        None,
    ),
    (
        "2025-02-28",
        "本報誤植台灣113年經濟成長率為4.95%，應為4.59%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    (
        "2025-02-28",
        "更正：本刊上期误刊台湾2024年经济增长率为3.9%，应为4.59%。",
        "3.9%",
        Unverified,
        None,
    ),
    // (a misprint named after a true figure is the later one's, and 误将
    // may tell of a misreading of a true figure)
    (
        "2025-02-28",
        "台湾2024年经济增长率为4.59%，先前新闻稿误植为4.95%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    (
        "2025-02-28",
        "台湾2024年经济增长率为4.59%，先前新闻稿误植为4.95%。",
        "4.95%",
        Unverified,
        None,
    ),
    (
        "2025-02-15",
        "市场误将DeepSeek-V3训练成本800万美元视为全部投入。",
        "800万美元",
        Contradicted,
        Some("F04"),
    ),
    // a whole year's figure after a quarter, the fiscal year named in a
    // clause of its own before them, is the year's
    (
        "2025-03-01",
        "英伟达公布2025财年业绩，第四季度营收393亿美元，全年营收1305亿美元。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // an abbreviation opens its phrase after a list join as a full name does
    (
        "2025-06-01",
        "2024年中国社零增速(3.5%)与固投增速(3.2%)均低于GDP增速(5.0%)。",
        "3.2%",
        Supported,
        Some("MA-006"),
    ),
    // the day of an elliptic clause named by its place, its date in brackets
    (
        "2025-06-01",
        "1月15日人民幣兌美元中間價報7.1883，前一交易日（1月14日）報7.1978。",
        "7.1978",
        Contradicted,
        Some("MA-026"),
    ),
    // a figure of the whole period carried from an earlier clause that is
    // exactly the quarter's the sentence began with
    (
        "2025-02-27",
        "英伟达2025财年第四季度营收393亿美元，全年营收1305亿美元，其中数据中心营收356亿美元。",
        "356亿美元",
        Unverified,
        None,
    ),
    // not one whose own clause states the year
    (
        "2025-02-27",
        "英伟达2025财年营收393亿美元。",
        "393亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // the measure the figure's own clause names before the growth grew
    (
        "2025-02-27",
        "英伟达2025财年全年营收1305亿美元，数据中心营收同比增长142%。",
        "142%",
        Supported,
        Some("CH-027"),
    ),
    // FLOPS with no prefix counts operations
    (
        "2025-06-01",
        "GPT-4的训练算力约为2.15e25 FLOPS。",
        "约为2.15e25 FLOPS",
        Supported,
        Some("AI-009"),
    ),
    // not a clock hour of the session abroad, nor the morning at home,
    // nor another time in the figure's clause
    (
        "2025-03-01",
        "北京时间1月28日凌晨2时，英伟达股价跌幅扩大至15%。",
        "15%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "北京时间1月28日上午，英伟达股价在夜盘交易中下跌2%。",
        "2%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "北京时间1月28日凌晨，英伟达股价较历史高点下跌20%。",
        "20%",
        Unverified,
        None,
    ),
    // the whole day or the end of it said in the figure's clause ends the
    // trading day's frame
    (
        "2025-06-01",
        "1月27日早盘，英伟达股价下跌12%，最终市值蒸发3000亿美元。",
        "3000亿美元",
        Contradicted,
        Some("CH-032"),
    ),
    // a span of days is no day
    (
        "2025-06-01",
        "1月27日美股开盘后，英伟达股价跌破200日均线，市值蒸发3000亿美元。",
        "3000亿美元",
        Unverified,
        None,
    ),
    // an extrapolation is a supposition
    (
        "2025-06-01",
        "若照此速度计算，DeepSeek-V3的训练成本将达1100万美元。",
        "1100万美元",
        Unverified,
        None,
    ),
    // a forecast's own clause keeps its future word whatever outcome word
    (
        "2025-06-01",
        "IMF预测，中国2024年经济将实现增长4.8%。",
        "4.8%",
        Unverified,
        None,
    ),
    // a day told in the early hours of Beijing time is the day before for
    // a market abroad
    (
        "2025-03-01",
        "北京时间1月28日凌晨，英伟达股价暴跌近17%，市值蒸发4888.62亿美元。",
        "4888.62亿美元",
        Contradicted,
        Some("CH-032"),
    ),
    // not a day told without the time of day
    (
        "2025-03-01",
        "1月28日，英伟达股价暴跌近17%。",
        "近17%",
        Unverified,
        None,
    ),
    // after the close, a further move is of after-hours trading
    (
        "2025-06-01",
        "1月27日收盘后，英伟达股价再跌0.5%。",
        "0.5%",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "1月27日美股收盘后，英伟达股价下跌16.97%，市值蒸发5890亿美元。",
        "5890亿美元",
        Supported,
        Some("CH-032"),
    ),
    // a series less one of its parts is another series
    (
        "2025-06-01",
        "2024年，中国固投增长3.2%，不含房地产的固投增长7.2%。",
        "7.2%",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "2024年中国剔除价格因素的社零增长3.0%。",
        "3.0%",
        Unverified,
        None,
    ),
    // but not what the database's series leaves out itself
    (
        "2025-06-01",
        "2024年中国固投（不含农户）增长4.2%。",
        "4.2%",
        Contradicted,
        Some("MA-006"),
    ),
    // a clause of time of the trading day does not frame a figure of
    // another day or of the whole day
    (
        "2025-06-01",
        "1月28日盘中，英伟达股价反弹逾5%，但仍未收复1月27日暴跌20%的失地。",
        "20%",
        Contradicted,
        Some("CH-033"),
    ),
    (
        "2025-06-01",
        "1月27日早盘，亚洲芯片股普遍下跌，英伟达当日市值蒸发7000亿美元。",
        "7000亿美元",
        Contradicted,
        Some("CH-032"),
    ),
    // a forecast told in a clause of its own, then a day's event
    (
        "2025-06-01",
        "市场普遍预期，美联储将维持利率不变，1月27日英伟达股价下跌20%。",
        "20%",
        Contradicted,
        Some("CH-033"),
    ),
    // 预期 as the object of a change is a noun
    (
        "2025-06-01",
        "DeepSeek改变了市场预期，英伟达1月27日股价下跌20%。",
        "20%",
        Contradicted,
        Some("CH-033"),
    ),
    // a condition of keeping the price
    (
        "2025-06-01",
        "DeepSeek观察\n若维持现价，R1的输出价格将为每百万tokens 3美元。",
        "3美元",
        Contradicted,
        Some("AI-036"),
    ),
    // 卻 names no measure
    (
        "2025-06-01",
        "市場預期，2024年中國GDP增長4.9%，卻增長5.2%。",
        "5.2%",
        Contradicted,
        Some("MA-002"),
    ),
    // a condition that leaves the figure asserted: a basis of reckoning
    // with no number, the course things take, or what has already come
    (
        "2025-06-01",
        "若以人民币计价，DeepSeek-V3的输入价格将为每百万token 3元。",
        "3元",
        Contradicted,
        Some("AI-037"),
    ),
    (
        "2025-06-01",
        "若一切顺利，星际之门项目将投资1万亿美元。",
        "1万亿美元",
        Contradicted,
        Some("AI-045"),
    ),
    (
        "2025-06-01",
        "若人口继续减少，中国将面临老龄化压力：2024年末65岁以上人口占比已达20%。",
        "20%",
        Contradicted,
        Some("MA-015"),
    ),
    // but a supposed price is supposed, and 若 in a quotation
    (
        "2025-06-01",
        "若按每GPU小时4美元计算，V3的训练成本将超过1100万美元。",
        "超过1100万美元",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "梁文锋说：“若当初用H100，V3的训练成本会是1100万美元。”",
        "1100万美元",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "英伟达1月27日股价下跌17%，若股价继续下跌，将跌破100美元。",
        "跌破100美元",
        Unverified,
        None,
    ),
    // a forecast ends where what came about is said
    (
        "2025-06-01",
        "此前市场普遍预期，2024年中国GDP增长4.9%，实际增长5.2%。",
        "5.2%",
        Contradicted,
        Some("MA-002"),
    ),
    (
        "2025-06-01",
        "投资者原本预期，DeepSeek将推高算力需求，但英伟达1月27日股价暴跌20%。",
        "20%",
        Contradicted,
        Some("CH-033"),
    ),
    // 预期 as the noun of a comparison
    (
        "2025-06-01",
        "英伟达2025财年营收1305亿美元，正如分析师预期，数据中心营收达1500亿美元。",
        "1500亿美元",
        Contradicted,
        Some("CH-026"),
    ),
    // after the close (Hong Kong's 收市後) the day's own figures follow
    (
        "2025-06-01",
        "1月27日收市後，英偉達股價下跌20%。",
        "20%",
        Contradicted,
        Some("CH-033"),
    ),
    // a level reached is no elliptic clause of a loss
    (
        "2025-06-01",
        "英伟达1月27日市值蒸发5890亿美元，2024年9月3日跌至2.6万亿美元。",
        "2.6万亿美元",
        Unverified,
        None,
    ),
    // nor another date of a measure that does not change with time
    (
        "2025-06-01",
        "DeepSeek-V3训练成本为557.6万美元，2025年1月为29.4万美元。",
        "29.4万美元",
        Unverified,
        None,
    ),
    // a copula or a word of how it came out names no measure
    (
        "2025-06-01",
        "2024年中国GDP增长4.9%，事实上增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-06-01",
        "市场预期，2024年中国GDP增长4.9%，而国家统计局公布的数据为5.2%。",
        "5.2%",
        Contradicted,
        Some("MA-002"),
    ),
    // the scope words of the series itself are no part of it
    (
        "2025-06-01",
        "2024年中国GDP增长5.0%，规上工业增加值增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    // a part of an economy's series is not the series
    (
        "2025-06-01",
        "2024年中国网上社会消费品零售总额增长7.2%。",
        "7.2%",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "2024年中国民间固投增速为-0.1%。",
        "-0.1%",
        Unverified,
        None,
    ),
    // a clause naming what grew by a word of its own does not take the
    // measure of the clause before
    (
        "2025-06-01",
        "2024年中国社会消费品零售总额增长3.5%，出口增速5.9%。",
        "5.9%",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "2024年中国社零增速（3.5%）和出口增速（5.9%）。",
        "5.9%",
        Unverified,
        None,
    ),
    // a name before the growth is who grew
    (
        "2025-06-01",
        "中国大陆去年经济成长5.2%，香港成长3.2%。",
        "3.2%",
        Contradicted,
        Some("MA-016"),
    ),
    // nor the measure named right after the figure (no bound of retail's)
    (
        "2025-06-01",
        "2024年中国社零增速低于5.0%的GDP增速。",
        "低于5.0%",
        Unverified,
        None,
    ),
    // the two sides of a price listed before 分别: each amount its side's,
    // a word both sides share (每百万, 价格) no item of the list
    (
        "2025-06-01",
        "DeepSeek-R1每百万输入、输出tokens价格分别为0.55美元和2.91美元。",
        "2.91美元",
        Contradicted,
        Some("AI-036"),
    ),
    (
        "2025-06-01",
        "DeepSeek-R1每百万输入、输出tokens价格分别为0.55美元和2.91美元。",
        "0.55美元",
        Supported,
        Some("AI-035"),
    ),
    (
        "2025-06-01",
        "OpenAI o1每百万输入、输出tokens分别收费15美元和50美元。",
        "50美元",
        Contradicted,
        Some("AI-042"),
    ),
    // the words of the rate further before the amount
    (
        "2025-06-01",
        "DeepSeek调整价格，V3现在每百万輸入tokens的費用為2元，每百萬輸出tokens的費用為9元。",
        "9元",
        Contradicted,
        Some("AI-038"),
    ),
    // a clause that gives only another date and a figure takes the
    // measure of the clause before
    (
        "2025-06-01",
        "人民币中间价1月15日报7.1883，1月14日报7.1978。",
        "7.1978",
        Contradicted,
        Some("MA-026"),
    ),
    (
        "2025-06-01",
        "1月15日人民币对美元中间价报7.1883，1月14日为7.1878。",
        "7.1878",
        Supported,
        Some("MA-026"),
    ),
    // and what made the first unasserted
    (
        "2025-06-01",
        "网传人民币中间价1月15日报7.1883，1月14日报7.1978。",
        "7.1978",
        Unverified,
        None,
    ),
    // not a clause with a word of its own
    (
        "2025-06-01",
        "人民币中间价1月15日报7.1883，市场预计1月14日报7.1978。",
        "7.1978",
        Unverified,
        None,
    ),
    // a lone 若 opening the sentence supposes, with no other word of the
    // lists in it
    (
        "2025-06-01",
        "若当初用H100，V3的训练成本将是1100万美元。",
        "1100万美元",
        Unverified,
        None,
    ),
    // 预期 ending a clause as its verb: what follows is the forecast
    (
        "2025-06-01",
        "此前市场普遍预期，2024年中国GDP增长4.9%。",
        "4.9%",
        Unverified,
        None,
    ),
    // not the noun a comparison ends with
    (
        "2025-06-01",
        "2024年中国GDP增长5.0%，好于市场预期，全年GDP增长4.9%。",
        "4.9%",
        Contradicted,
        Some("MA-002"),
    ),
    // a clause of time inside the trading day frames what follows
    (
        "2025-06-01",
        "1月27日美股开盘后，英伟达市值蒸发3000亿美元。",
        "3000亿美元",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "1月27日美股盘中，英伟达股价暴跌超过12%，市值蒸发3000亿美元。",
        "3000亿美元",
        Unverified,
        None,
    ),
    // unless the close is said after it
    (
        "2025-06-01",
        "1月27日美股开盘后，英伟达股价一路下跌，收盘跌16.97%，市值蒸发4890亿美元。",
        "4890亿美元",
        Contradicted,
        Some("CH-032"),
    ),
    // after the close, the day's own figures follow
    (
        "2025-06-01",
        "1月27日美股收盘后，英伟达股价单日重挫17%。",
        "17%",
        Supported,
        Some("CH-033"),
    ),
    // the abbreviations of a series (社零, 固投) before a bare growth word
    // name what grew, the figure in brackets or not
    (
        "2025-06-01",
        "2024年中国社零增速（3.5%）明显低于GDP增速。",
        "3.5%",
        Supported,
        Some("MA-005"),
    ),
    (
        "2025-06-01",
        "2024年中国社零增长4.5%。",
        "4.5%",
        Contradicted,
        Some("MA-005"),
    ),
    // not 零售 inside another name
    (
        "2025-06-01",
        "2024年，美股零售股上涨2.68%。",
        "2.68%",
        Unverified,
        None,
    ),
    // the other side of a price per million tokens right after it is a
    // price per million tokens too
    (
        "2025-06-01",
        "DeepSeek-R1每百万输入tokens价格为0.55美元，输出为2.19美元。",
        "2.19美元",
        Supported,
        Some("AI-036"),
    ),
    (
        "2025-06-01",
        "DeepSeek观察\nR1每百万输入tokens 0.55美元、输出2.59美元。",
        "2.59美元",
        Contradicted,
        Some("AI-036"),
    ),
    // a date among the figures after 分别 takes no place in the list
    (
        "2025-06-01",
        "中国固定资产投资和社会消费品零售总额分别在2024年增长3.2%和3.5%。",
        "3.2%",
        Supported,
        Some("MA-006"),
    ),
    // a preview after 新模型 is the date's too
    (
        "2025-06-01",
        "OpenAI于2024年9月12日推出新模型预览版o1。",
        "2024年9月12日",
        Supported,
        Some("AI-043"),
    ),
    // figures handed out with 分别 over a list of names go by place: a swap
    // is caught (1,600萬次 was supported as DeepSeek's)
    (
        "2025-06-01",
        "Sensor Tower數據顯示，DeepSeek與ChatGPT上線首18天的下載量分別為900萬次及1,600萬次。",
        "1,600萬次",
        Contradicted,
        Some("F42"),
    ),
    (
        "2025-06-01",
        "H100和H800的NVLink带宽分别为400GB/s和900GB/s。",
        "400GB/s",
        Contradicted,
        Some("CH-002"),
    ),
    (
        "2025-06-01",
        "H100和H800的NVLink带宽分别为900GB/s和400GB/s。",
        "400GB/s",
        Supported,
        Some("CH-005"),
    ),
    // an earlier figure a revision or a guidance follows stays unchecked
    (
        "2025-06-01",
        "主計總處先前公布的2024年經濟成長率為4.3%，今上修至4.59%。",
        "4.3%",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "英伟达此前公布的2025财年第四季度营收指引为375亿美元。",
        "375亿美元",
        Unverified,
        None,
    ),
    // 发表 of a speech or a paper is no launch
    (
        "2025-06-01",
        "Meta首席AI科学家杨立昆于2024年4月8日发表演讲，谈及Llama 3的进展。",
        "2024年4月8日",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "《自然》杂志于2025年9月17日发表了DeepSeek-R1的论文。",
        "2025年9月17日",
        Unverified,
        None,
    ),
    // a preview ended is no preview launched
    (
        "2025-06-01",
        "OpenAI於2024年12月5日推出o1並結束預覽階段。",
        "2024年12月5日",
        Supported,
        Some("AI-044"),
    ),
    // a place before what was launched for it is not what was launched
    (
        "2025-06-01",
        "英偉達於2023年3月21日推出了中國特供版H800。",
        "2023年3月21日",
        Supported,
        Some("CH-007"),
    ),
    // a lone 若 opens a supposition as 如果 does (not 若干)
    (
        "2025-06-01",
        "若管制进一步收紧，H20的后续版本可能被限制在2TB/s。",
        "2TB/s",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "若干分析师认为，H20的显存带宽为2TB/s。",
        "2TB/s",
        Contradicted,
        Some("CH-011"),
    ),
    // the second figure of a list over measures, in a clause of its own,
    // keeps the measure in its place
    (
        "2025-06-01",
        "2024年，中国社会消费品零售总额、固定资产投资分别增长3.5%，3.2%。",
        "3.2%",
        Supported,
        Some("MA-006"),
    ),
    // a parent joined to its company (及其母公司) is not the subject
    (
        "2025-03-01",
        "DeepSeek及其母公司幻方量化可使用的Hopper架构GPU约有5万块，其中H100约2万块。",
        "约2万块",
        Contradicted,
        Some("F28"),
    ),
    // a maker before what it made (的輝達硬體) is not the head of the figure
    (
        "2025-03-01",
        "2023年2月，摩根士丹利更指出，GPT-5正以約2.5萬張GPU訓練，相當於價值約3.25億美元的輝達硬體。",
        "約3.25億美元",
        Contradicted,
        Some("AI-014"),
    ),
    // what a model can hold is its context length
    (
        "2025-03-01",
        "Llama 3.1的上下文長度擴展至256K。",
        "256K",
        Contradicted,
        Some("AI-026"),
    ),
    // an earlier figure as reported is checked (此前公布的); an earlier
    // forecast is not
    (
        "2025-03-01",
        "此前公布的DeepSeek-V3训练成本约为557.6万美元。",
        "约为557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "此前预计DeepSeek-V3训练成本约为600万美元。",
        "约为600万美元",
        Unverified,
        None,
    ),
    // 發表 launches a model as 發布 does
    (
        "2025-05-01",
        "Meta於2024年4月8日發表Llama 3。",
        "2024年4月8日",
        Contradicted,
        Some("AI-019"),
    ),
    // a preview named right after its date is what the date is of; a full
    // release named after the next date keeps that one the release
    (
        "2025-05-01",
        "OpenAI在去年9月12日推出o1预览版，并于11月5日发布o1正式版。",
        "去年9月12日",
        Supported,
        Some("AI-043"),
    ),
    (
        "2025-05-01",
        "OpenAI在去年9月12日推出o1预览版，并于11月5日发布o1正式版。",
        "11月5日",
        Contradicted,
        Some("AI-044"),
    ),
    // a model that is itself a preview has its release date
    (
        "2025-05-01",
        "深度求索在去年12月20日上线了首个推理模型预览版DeepSeek-R1-Lite-Preview，今年1月20日正式发布并开源R1。",
        "去年12月20日",
        Contradicted,
        Some("F09"),
    ),
    // the model launched right after a date, 了 and a second verb between,
    // is the date's: not a model the clause before launched
    (
        "2025-05-01",
        "深度求索去年11月20日上线了R1-Lite，今年1月20日发布了DeepSeek-R1。",
        "今年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-05-01",
        "深度求索在去年12月20日上线了首个推理模型预览版DeepSeek-R1-Lite-Preview，今年1月20日正式发布并开源R1。",
        "今年1月20日",
        Supported,
        Some("F08"),
    ),
    // figures handed out with 分别 over a list of measures go by place: a
    // swap is caught, the right order supported
    (
        "2025-03-01",
        "2024年，中国固定资产投资和社会消费品零售总额分别增长3.5%和3.2%。",
        "3.5%",
        Contradicted,
        Some("MA-006"),
    ),
    (
        "2025-03-01",
        "2024年，中国社会消费品零售总额、固定资产投资分别增长3.5%、3.2%。",
        "3.2%",
        Supported,
        Some("MA-006"),
    ),
    // (not a list of shops before one measure and its growth word)
    (
        "2025-10-20",
        "1-9月,限额以上零售单位中,便利店、超市、百货店零售额同比分别增长6.4%、4.4%和0.9%。",
        "6.4%",
        Unverified,
        None,
    ),
    // a word of the owner's name is no word of its measure: a market quote
    // at the weak side is not held to the linked rate
    (
        "2025-12-01",
        "港元兌美元周二收市報7.85，金管局承接港元。",
        "7.85",
        Unverified,
        None,
    ),
    // a throughput with sparsity is not the dense spec
    (
        "2025-12-01",
        "英伟达H20的FP16稀疏算力可达296 TFLOPS。",
        "296 TFLOPS",
        Unverified,
        None,
    ),
    // the firms' revenue is not industry's value added; goods retail is a
    // part of retail sales
    (
        "2025-12-01",
        "2024年中国规模以上工业企业营业收入增长2.1%。",
        "2.1%",
        Unverified,
        None,
    ),
    (
        "2025-12-01",
        "2024年中国商品零售额增长3.2%，餐饮收入增长5.3%。",
        "3.2%",
        Unverified,
        None,
    ),
    // a denial in a question, or of something of the name's, leaves the
    // name the owner
    (
        "2025-12-01",
        "NVLink带宽只有400GB/s，这不是H800又是什么？",
        "400GB/s",
        Supported,
        Some("CH-005"),
    ),
    (
        "2025-12-01",
        "功耗仅400W并非H20的劣势，反而是优势。",
        "400W",
        Supported,
        Some("CH-014"),
    ),
    // inside a node with the chip named in the sentence is the spec, unless
    // the figure is the bracketed bandwidth of a training run's links
    (
        "2025-12-01",
        "每台服务器配备8块H800，节点内NVLink带宽900GB/s。",
        "900GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    (
        "2025-12-01",
        "DeepSeek-V3使用2048块H800训练，节点内通过NVLink互联（160GB/s），节点间通过InfiniBand互联（50GB/s）。",
        "160GB/s",
        Unverified,
        None,
    ),
    // a figure equal to another measure of its owner is that slip when
    // the clause names its own measure by a word the other cannot mean
    (
        "2025-02-20",
        "国家统计局公布，2024年，社会消费品零售总额增长3.2%；全国固定资产投资（不含农户）增长3.5%。",
        "3.5%",
        Contradicted,
        Some("MA-006"),
    ),
    (
        "2025-02-20",
        "接棒的H20則大幅削減算力，FP8算力僅148 TFLOPS。",
        "148 TFLOPS",
        Contradicted,
        Some("CH-012"),
    ),
    // but not when the words may mean it: the bare 算力, or a part of the
    // measure (the data centre's growth under the company's growth words)
    (
        "2025-02-20",
        "H20的算力为148 TFLOPS。",
        "148 TFLOPS",
        Unverified,
        None,
    ),
    // (the segment's own revenue in the clause before: its growth)
    (
        "2025-03-01",
        "輝達公布2025財年財報，全財年營收１,３０５億美元，年增114％；資料中心全年營收1,152億美元，年增142％。",
        "142％",
        Supported,
        Some("CH-027"),
    ),
    // nor a cue word that names no measure (马上 for a first deployment)
    (
        "2025-03-05",
        "美國總統特朗普馬上“安排”5000億美元“星際之門”大項目。",
        "5000億美元",
        Unverified,
        None,
    ),
    // a name the sentence denies the figure to (的并不是H100，而是H800) is
    // not its owner; the one it is given to is
    (
        "2025-03-01",
        "有读者问，NVLink带宽为400GB/s的并不是H100，而是H800。",
        "400GB/s",
        Supported,
        Some("CH-005"),
    ),
    (
        "2025-03-01",
        "NVLink带宽为400GB/s的是H100，而非H800。",
        "400GB/s",
        Contradicted,
        Some("CH-002"),
    ),
    // the bandwidth a training cluster's machine gets (节点内NVLink(160GB/s)
    // with no chip named in the clause) is not the card's spec; a clause
    // naming the chip states the spec
    (
        "2025-05-15",
        "DeepSeek-V3在H800集群上训练。- 节点内NVLink(160GB/s)与节点间IB(40GB/s)带宽差异促生节点受限路由策略。",
        "160GB/s",
        Unverified,
        None,
    ),
    (
        "2025-05-15",
        "H800节点内NVLink带宽为300GB/s。",
        "300GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    // a growth word alone right before the figure does not name the
    // measure: the figure may be another's (广东's 3.5%, not China's)
    (
        "2025-02-10",
        "广东是中国GDP第一大省。中国2024年GDP增长5.0%，广东增长3.5%。",
        "3.5%",
        Unverified,
        None,
    ),
    // links between machines named in the clause before a bandwidth whose
    // own clause does not name NVLink
    (
        "2025-02-10",
        "H800节点间通过InfiniBand互联，带宽约50GB/s。",
        "约50GB/s",
        Unverified,
        None,
    ),
    // a city ranked within the country (是中国…最多的省会城市之一): the
    // city is the subject of what follows, not the country
    (
        "2025-03-01",
        "成都是中国出生人口最多的省会城市之一。2024年出生人口954万人。",
        "954万人",
        Unverified,
        None,
    ),
    // 上一財年 glossed with its year right after it is that year
    (
        "2025-03-01",
        "輝達上一財年（2024財年）營收則為609億美元。",
        "609億美元",
        Supported,
        Some("CH-030"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收1305亿美元，上一财年为609亿美元。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    // a calendar year the figure's own sentence names is the figure's, not
    // a fiscal year an earlier sentence named for another company
    (
        "2025-03-01",
        "輝達公布2025財年第4季財報。台灣方面，主計總處上修台灣2024年經濟成長率至4.59%。",
        "4.59%",
        Supported,
        Some("MA-030"),
    ),
    // a measure named right before its figure is not excused by another,
    // unrelated measure's equal figure (零售銷售增長5.8% is not industry's)
    (
        "2025-03-01",
        "2024年，中國零售銷售增長5.8%。",
        "5.8%",
        Contradicted,
        Some("MA-005"),
    ),
    // a chip's spec is the chip's from its launch, whenever its source was
    // written
    (
        "2025-02-10",
        "H800的NVLink带宽为600GB/s。",
        "600GB/s",
        Contradicted,
        Some("CH-005"),
    ),
    // what a network or a cluster can hold (支持16384 GPU) is a capacity,
    // not the cards a run used
    (
        "2025-05-15",
        "DeepSeek-V3仅需2048个H800即达到最先进性能。部署八平面胖树网络(MPFT),支持16384 GPU理论规模,成本降低41%。",
        "16384 GPU",
        Unverified,
        None,
    ),
    // a plain figure rounder than a rounded fact holds by its own
    // rounding (1200亿 does not say 约1305亿; 1300亿 does)
    (
        "2025-03-01",
        "英伟达2025财年营收1200亿美元。",
        "1200亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收1300亿美元。",
        "1300亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "在FY25Q4财报发布后，英伟达确认2025财年营收1305亿美元。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "輝達公布25FYQ4財報，2025財年資料中心營收1152億美元。",
        "1152億美元",
        Supported,
        Some("CH-026"),
    ),
    // scope words of their own clause only, and a fiscal year named in
    // the figure's clause after a quarter's label; concessions and 而且;
    // tables with no rule row read by their columns
    (
        "2025-03-01",
        "为减少跨节点通信开销，DeepSeek-V3仅用2048块H800完成训练。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3采用专家并行训练，总训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "英伟达作为全球电子信息产业巨头，2025财年营收达1305亿美元。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "轻工业企业普遍承压，但2024年我国规模以上工业增加值仍增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    (
        "2025-03-01",
        "2024年限额以上单位消费品零售额增长2.7%，2024年我国社会消费品零售总额增长3.5%。",
        "3.5%",
        Supported,
        Some("MA-005"),
    ),
    (
        "2025-03-01",
        "尽管2025财年营收高达1305亿美元，但英伟达的股价今年表现平平。",
        "高达1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "该芯片显存达96GB，而且这款H20的功耗仅400W。",
        "96GB",
        Supported,
        Some("CH-010"),
    ),
    (
        "2025-03-01",
        "|地区|中国|香港|\n|2024年GDP增长|5.0%|2.5%|",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "|指标|H20|H100|\n|显存|96GB|80GB|\n|显存带宽|4.0TB/s|3.35TB/s|",
        "3.35TB/s",
        Supported,
        Some("CH-003"),
    ),
    // the country a province is one of the most … provinces of (是中國人口
    // 流失最嚴重的省份之一, 是中国人口大省) is the frame, not the subject of
    // the province's figures that follow
    (
        "2025-03-15",
        "2024年末河南省常住人口9785萬人,是中國人口流失最嚴重的省份之一。其中常住人口城鎮化率為59.22%。全年出生人口76.2萬人,人口出生率為7.78‰。",
        "76.2萬人",
        Unverified,
        None,
    ),
    (
        "2025-03-15",
        "2024年末河南省常住人口9785萬人,是中國人口流失最嚴重的省份之一。其中常住人口城鎮化率為59.22%。",
        "59.22%",
        Unverified,
        None,
    ),
    (
        "2025-03-15",
        "2024年末河南省常住人口9785萬人，是中国人口大省。全年出生人口76.2萬人。",
        "76.2萬人",
        Unverified,
        None,
    ),
    // one branch of industry, one kind of goods, the larger sellers only:
    // not the nation's industrial output or retail sales
    (
        "2025-01-21",
        "国家统计局数据显示，2024年我国规模以上消费品工业增加值同比增长4.5%。",
        "4.5%",
        Unverified,
        None,
    ),
    (
        "2025-01-21",
        "2024年，我国限额以上单位家用电器和音像器材类商品零售额同比增长12.3%。",
        "12.3%",
        Unverified,
        None,
    ),
    (
        "2025-01-21",
        "2024年，我国规模以上工业增加值同比增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    // a name in a later clause set against the figure's (，而OpenAI o1的相应
    // 收费为…) is the other side of the comparison, not the figure's owner
    (
        "2025-02-07",
        "根据DeepSeek公布的API定价,每百万输入token收取0.55美元,每百万输出token收取2.19美元,而OpenAI最新版o1模型的相应收费分别为15美元/百万和60美元/百万。",
        "0.55美元",
        Unverified,
        None,
    ),
    (
        "2025-02-07",
        "每百万输入token收取0.55美元，DeepSeek-R1的定价远低于同类模型。",
        "0.55美元",
        Supported,
        Some("AI-035"),
    ),
    // a broker's quarter label with the year before FY (24FYQ4) is the
    // quarter's, not the fiscal year's
    (
        "2024-02-23",
        "英伟达2024财年全年实现收入609.22亿美元，同比增长126%；24FYQ4实现收入221.03亿美元，同比增长265%。",
        "221.03亿美元",
        Unverified,
        None,
    ),
    // links between a cluster's machines, an expert-parallel link, a
    // network's room: not a card's NVLink or a training run's cards
    (
        "2025-05-15",
        "针对H800 NVLink带宽限制(400GB/s)，节点间IB(40GB/s)带宽差异促生节点受限路由策略。",
        "40GB/s",
        Unverified,
        None,
    ),
    (
        "2025-05-15",
        "DeepSeek-V3在2048个H800上训练，部署八平面胖树网络，MPFT专家并行带宽超40GB/s，网络支持16384颗GPU的理论规模。",
        "超40GB/s",
        Unverified,
        None,
    ),
    (
        "2025-10-10",
        "A800的节点内NVLink带宽为400GB/s。",
        "400GB/s",
        Supported,
        Some("CH-008"),
    ),
    // rows under a top row of several names with no rule under it: which
    // column is whose is not told
    (
        "2025-02-21",
        "型号: A100 80GB SXM | H100 80GB PCIe | H20 | A100 80GB PCIe\n显存容量: 80GB | 94GB | 96GB | 80GB\n最大功耗: 400W | 350-400W | 400W | 300W",
        "94GB",
        Unverified,
        None,
    ),
    (
        "2025-02-21",
        "型号: A100 80GB SXM | H100 80GB PCIe | H20 | A100 80GB PCIe\n显存容量: 80GB | 94GB | 96GB | 80GB\n最大功耗: 400W | 350-400W | 400W | 300W",
        "300W",
        Unverified,
        None,
    ),
    // a quarter and the whole year together with the year named again
    // after the conjunction (第四季度以及2025财年全年)
    (
        "2025-02-27",
        "英伟达公布截至2025年1月26日的第四季度以及2025财年全年业绩。\n\n营收393亿美元。",
        "393亿美元",
        Unverified,
        None,
    ),
    // the period a change starts from (由2024财年的…增至) is not the period
    // of the figure it changed to; one named for that figure is
    (
        "2025-02-27",
        "英伟达数据中心营收由2024财年的475亿美元增至1152亿美元。",
        "1152亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达营收从2024财年的609亿美元增至1305亿美元。",
        "1305亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达数据中心营收从2024财年的475亿美元增长到2025财年的1152亿美元。",
        "1152亿美元",
        Supported,
        Some("CH-026"),
    ),
    // another measure named after the revenue's word (利润, 研发支出,
    // 營業利益) is the figure's, not the revenue
    (
        "2025-02-27",
        "英伟达2025财年营收1305亿美元，利润约800亿美元。",
        "约800亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达2025财年营收1305亿美元，研发支出129亿美元。",
        "129亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "輝達2025財年資料中心業務營業利益達800億美元。",
        "800億美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达2025财年营收1305亿美元，其中数据中心营收1152亿美元。",
        "1152亿美元",
        Supported,
        Some("CH-026"),
    ),
    // a province named before an economy's measure, or one kind of firm,
    // is not the nation's figure
    (
        "2025-01-20",
        "国家统计局：2024年江苏规模以上工业增加值同比增长7.7%。",
        "7.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "国家统计局数据显示，2024年广东社会消费品零售总额同比增长0.8%。",
        "0.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "国家统计局数据显示，2024年上海固定资产投资同比增长4.8%。",
        "4.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年中国民营企业规模以上工业增加值同比增长5.3%。",
        "5.3%",
        Unverified,
        None,
    ),
    // a segment only an earlier sentence named leaves the figure the
    // company's when it is the company's figure, else unverified
    (
        "2025-02-27",
        "英伟达公布2025财年业绩。\n\n数据中心营收1152亿美元。全年营收1305亿美元。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-02-27",
        "英伟达公布2025财年业绩。\n\n数据中心营收1152亿美元。公司全年营收为1250亿美元。",
        "1250亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // a name the table's row gives before the figure is the figure's; a
    // head in bold is the name; a table in a list item
    (
        "2025-02-27",
        "| 参数 | H200 |\n|---|---|\n| 显存 | 141GB |\n| B200显存 | 192GB |",
        "192GB",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "| 参数 | **H100** | **H200** |\n|---|---|---|\n| 显存 | 80GB | 141GB |",
        "141GB",
        Supported,
        Some("CH-016"),
    ),
    (
        "2025-02-27",
        "- | 参数 | H100 | H20 |\n  |---|---|---|\n  | 显存 | 80GB | 96GB |\n  | 功耗 | 700W | 400W |",
        "400W",
        Supported,
        Some("CH-014"),
    ),
    // a span of days in digits (4天) is several days' loss, as 四天 is
    (
        "2024-09-04",
        "輝達股價失守關鍵支撐 市值4天蒸發逾3400億美元",
        "逾3400億美元",
        Unverified,
        None,
    ),
    (
        "2025-01-30",
        "英伟达股价27日暴跌17%，市值一天蒸发5890亿美元。",
        "5890亿美元",
        Supported,
        Some("CH-032"),
    ),
    // a figure in a table's cell is its column head's: the name the head
    // is; no one's under a head that is more than a name (a variant) or
    // a period
    ("2025-04-10", "英伟达两代数据中心GPU对比：\n\n| 规格 | A100 | H100 |\n|---|---|---|\n| 显存带宽 | 2TB/s | 3.35TB/s |\n| 显存容量 | 80GB | 80GB |\n", "2TB/s", Unverified, None),
    ("2025-04-10", "英伟达两代数据中心GPU对比：\n\n| 规格 | A100 | H100 |\n|---|---|---|\n| 显存带宽 | 2TB/s | 3.35TB/s |\n| 显存容量 | 80GB | 80GB |\n", "3.35TB/s", Supported, Some("CH-003")),
    ("2023-12-27", "英伟达H100有两种版本：\n\n规格 | H100 SXM | H100 NVL |\n---|---|---|\nTDP | 700W | 400W |\n", "400W", Unverified, None),
    ("2025-09-01", "英伟达2025财年数据中心收入占比达88.3%。近两年同季度的业绩如下：\n\n| 项目 | 2024年 | 2025年 | 增长 |\n|---|---|---|---|\n| 数据中心收入 | 187.9亿美元 | 534.0亿美元 | +184.2% |\n", "534.0亿美元", Unverified, None),
    ("2025-09-01", "英伟达2025财年数据中心收入占比达88.3%。近两年同季度的业绩如下：\n\n| 项目 | 2024年 | 2025年 | 增长 |\n|---|---|---|---|\n| 数据中心收入 | 187.9亿美元 | 534.0亿美元 | +184.2% |\n", "+184.2%", Unverified, None),
    // the name a change starts from (从H100的80GB, 由H100的80GB) owns its
    // own figure, not the one it changed to
    (
        "2024-12-01",
        "H200是H100的升级版。它的显存从H100的80GB升级到了141GB，带宽也从3.35TB/s提升到了4.8TB/s。",
        "141GB",
        Supported,
        Some("CH-016"),
    ),
    (
        "2024-12-01",
        "H200是H100的升级版。它的显存从H100的80GB升级到了141GB，带宽也从3.35TB/s提升到了4.8TB/s。",
        "4.8TB/s",
        Supported,
        Some("CH-017"),
    ),
    (
        "2024-12-01",
        "H200的显存由H100的80GB提升至180GB。",
        "180GB",
        Contradicted,
        Some("CH-016"),
    ),
    // a segment's name chose its revenue, but the measure named after it
    // is another (profit, capital spending, R&D): not the revenue
    (
        "2024-03-01",
        "2024财年，英伟达净利润为297.6亿美元，其中数据中心业务贡献的净利润约为200亿美元。",
        "约为200亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2025财年，英伟达数据中心业务资本支出为30亿美元。",
        "30亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2025财年，英伟达数据中心业务受益于AI投资热潮，营收为1152亿美元。",
        "1152亿美元",
        Supported,
        Some("CH-026"),
    ),
    // a segment named in the sentence before, in the figure's paragraph,
    // scopes a revenue whose subject was carried from an earlier
    // paragraph; a report of a quarter and the whole year together leaves
    // a figure that names neither to neither
    (
        "2025-02-27",
        "英伟达2025财年业绩强劲。\n\n数据中心是最大亮点：数据中心第四季度营收为355.8亿美元。全年的收入为1151.9亿美元，同比增长142%。",
        "1151.9亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达公布了2025财年第四季度及全年业绩。数据中心的营收达到355.8亿美元，同比增长93%。",
        "355.8亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达公布了2025财年第四季度及全年业绩。数据中心的营收达到355.8亿美元，同比增长93%。",
        "93%",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "国家统计局公布了2024年第四季度及全年经济数据。国内生产总值比上年增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-02-27",
        "英伟达公布了2025财年第四季度及全年业绩。第四季度营收393亿美元。全年营收1305亿美元。",
        "393亿美元",
        Supported,
        Some("CH-028"),
    ),
    // a bare growth word (同比增长) after the measure its own clause names
    // is that measure's growth, not a company's revenue growth; a part of
    // the measure (高技术制造业增加值) stays narrowed by its scope
    (
        "2025-01-17",
        "2024年中国规模以上工业增加值同比增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    (
        "2025-01-17",
        "国家统计局数据显示，2024年规模以上工业增加值同比增长5.6%。",
        "5.6%",
        Contradicted,
        Some("MA-004"),
    ),
    (
        "2025-01-17",
        "2024年，中国规模以上工业增加值同比增长5.8%，其中高技术制造业增加值同比增长8.9%。",
        "8.9%",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "2024年中国规模以上工业企业实现营业收入同比增长2.1%。",
        "2.1%",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "2024年中国规模以上工业增加值中，装备制造业增加值同比增长7.7%。",
        "7.7%",
        Unverified,
        None,
    ),
    // only a total said in the figure's own clause makes a stage's figure
    // an error; a smaller figure with the first digits of the reference,
    // the name carried, is another subject's
    (
        "2025-02-05",
        "DeepSeek-V3总计耗费278.8万GPU小时，其中266.4万GPU小时用于预训练。",
        "266.4万GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "DeepSeek-V3训练成本仅532.8万美元（不包括前期研究和消融实验成本）。",
        "532.8万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "与GPT-4上亿美元的总成本相比，DeepSeek-V3的训练成本只有532.8万美元。",
        "532.8万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "DeepSeek-V3训练耗费278.8万GPU小时。而高校实验室训练一个小模型，往往只需2.78万GPU小时。",
        "2.78万GPU小时",
        Unverified,
        None,
    ),
    // a stage's figure given as the whole the text says it is (总训练成本)
    // is an error, not another figure meant; without the whole said, it is
    (
        "2025-02-13",
        "DeepSeek-V3的总训练成本为532.8万美元。",
        "532.8万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-02-13",
        "DeepSeek-V3的训练成本为532.8万美元。",
        "532.8万美元",
        Unverified,
        None,
    ),
    // a whole said (总计) settles a rival that is a stage of the metric
    (
        "2025-02-13",
        "DeepSeek-V3的训练成本总计287.8万H800 GPU小时。",
        "287.8万H800 GPU小时",
        Contradicted,
        Some("F02"),
    ),
    // a unit slipped that cuts the reference short (278亿 for 278.8万) is
    // a slip even with the name carried; a rough fact of one digit (约1万
    // 亿) allows a tenth either way, not half
    (
        "2025-02-13",
        "DeepSeek-V3的训练效率惊人。每万亿tokens仅需18万个H800 GPU小时，总计278亿GPU小时。",
        "278亿GPU小时",
        Contradicted,
        Some("F02"),
    ),
    (
        "2025-07-20",
        "Kimi K2正式开源，总参数1.5万亿。",
        "1.5万亿",
        Contradicted,
        Some("AI-050"),
    ),
    (
        "2025-07-20",
        "Kimi K2正式开源，总参数达1.2万亿。",
        "1.2万亿",
        Contradicted,
        Some("AI-050"),
    ),
    (
        "2025-07-20",
        "Kimi K2正式开源，总参数达1.1万亿。",
        "1.1万亿",
        Supported,
        Some("AI-050"),
    ),
    // a target (全年目标) or 半年度 says no whole year; 比上年上升 does;
    // 4季度 and 113年第4季 are quarters; a pointer opens its sentence
    // (此次发布的…模型), not 与它相比; a place's sales after a figure
    // narrow it only as a phrase of its own (中国收入的32%)
    (
        "2025-01-20",
        "12月份，国民经济运行稳中有进。为完成全年目标，我国社会消费品零售总额同比增长3.7%。",
        "3.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年上半年，经济平稳。据半年度统计，我国社会消费品零售总额同比增长3.7%。",
        "3.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "12月份，国民经济运行稳中有进。我国规模以上工业增加值比上年上升5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    (
        "2025-01-20",
        "2024年4季度，我国经济明显回升。国内生产总值同比增长5.4%。",
        "5.4%",
        Supported,
        Some("MA-003"),
    ),
    (
        "2025-01-25",
        "113年第4季，台灣出口暢旺。經濟成長率為1.84%。",
        "1.84%",
        Unverified,
        None,
    ),
    (
        "2024-05-08",
        "GPT-3拥有1750亿参数。与它相比，一个70亿参数的模型只需一张显卡。",
        "70亿参数",
        Unverified,
        None,
    ),
    (
        "2024-08-01",
        "Llama 3.1已经发布。此次发布的4050亿参数模型是目前最大的开源模型。",
        "4050亿参数",
        Supported,
        Some("AI-023"),
    ),
    (
        "2025-02-27",
        "英伟达2025财年实现1305亿美元 美国营收占比近半",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // the whole year said after a carried quarter's figure (推动全年…) is
    // not its period, nor 比上年同月; the sentence's own quarter wins over
    // a carried one; 第4季 is a quarter; a pointer inside another word
    // (其他, 此前) points nowhere, right before the figure (其70B) it does;
    // a headline's next phrase (美国市场收入占比) is not the figure's scope
    (
        "2025-01-20",
        "2024年第四季度，我国经济明显回升。国内生产总值同比增长5.4%，推动全年经济增长目标顺利实现。",
        "5.4%",
        Supported,
        Some("MA-003"),
    ),
    (
        "2025-01-20",
        "12月份，国民经济运行稳中有进。我国社会消费品零售总额同比增长3.7%，增速比上年同月加快0.3个百分点。",
        "3.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年前三季度，我国经济运行总体平稳。四季度，我国国内生产总值同比增长5.9%。",
        "5.9%",
        Contradicted,
        Some("MA-003"),
    ),
    (
        "2025-01-25",
        "2024年第4季，台灣出口暢旺。台灣經濟成長率為1.84%。",
        "1.84%",
        Unverified,
        None,
    ),
    (
        "2024-05-08",
        "GPT-3拥有1750亿参数。其他厂商的700亿参数模型同样表现不俗。",
        "700亿参数",
        Unverified,
        None,
    ),
    (
        "2024-06-08",
        "DeepSeek-V2发布。此前业界认为，一个2000亿参数的模型训练成本极高。",
        "2000亿参数",
        Unverified,
        None,
    ),
    (
        "2024-05-08",
        "Meta发布了Llama 2。其70B参数模型的预训练耗时172万GPU小时。",
        "70B参数",
        Supported,
        Some("AI-015"),
    ),
    (
        "2025-02-27",
        "英伟达2025财年营收1350亿美元 美国市场收入占比约46%",
        "1350亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // a part of a year carried is a rate's period when the database holds
    // it (the quarter's 5.4%); the year's figure for it may be the writer
    // moving on to the year; a month in the paragraph before leaves a
    // monthly rate unchecked; 比上年 says the year; an exchange rate is
    // not a period's rate
    (
        "2025-01-20",
        "去年第四季度，我国经济明显回升。我国国内生产总值同比增长5.4%。",
        "5.4%",
        Supported,
        Some("MA-003"),
    ),
    (
        "2025-01-20",
        "2024年第四季度，我国经济明显回升。我国国内生产总值同比增长5.0%。",
        "5.0%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年第四季度，我国经济明显回升。初步核算，我国国内生产总值比上年增长5.3%。",
        "5.3%",
        Contradicted,
        Some("MA-002"),
    ),
    (
        "2025-01-20",
        "12月份，国民经济运行稳中有进。\n\n我国社会消费品零售总额同比增长3.7%。",
        "3.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "1983年10月，香港推出联系汇率制度。港元兑美元汇率固定在7.80。",
        "7.80",
        Supported,
        Some("F46"),
    ),
    // a model the sentence points back to (它是一个…参数模型) is the one
    // named before; a day named by itself in another month than the
    // entity's date is news of something else; a month written is held
    (
        "2024-06-08",
        "DeepSeek-V2正式开源。它是一个2630亿参数模型，激活210亿参数。",
        "2630亿参数",
        Contradicted,
        Some("AI-027"),
    ),
    (
        "2025-06-01",
        "特朗普21日在白宫宣布星际之门计划的新进展。",
        "21日",
        Unverified,
        None,
    ),
    (
        "2024-12-10",
        "美国商务部12月5日宣布芯片出口管制新规，将140家实体列入实体清单。",
        "12月5日",
        Contradicted,
        Some("CH-021"),
    ),
    // a place and a sales word right after the figure (170亿美元中国收入)
    // make it one market's revenue, not the company's; the whole world's
    // is still the company's
    (
        "2025-04-18",
        "英伟达表示，这笔减值约占其2024财年170亿美元中国收入的32%。",
        "170亿美元",
        Unverified,
        None,
    ),
    (
        "2025-04-18",
        "英伟达2024财年收入达609亿美元的全球收入。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    // a day the news names by itself, in the month of an event that
    // recurs, is another step of the series; written with its year, the
    // same month misdated is an error
    (
        "2025-01-20",
        "美国政府29日宣布新一波芯片出口管制措施，扩大实体清单的适用范围。",
        "29日",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "美国商务部2024年12月29日宣布对华芯片出口管制新规。",
        "2024年12月29日",
        Contradicted,
        Some("CH-021"),
    ),
    // a size naming a model by a common noun right after it (70B参数模型,
    // a bracketed aside between) is not the size of the model an earlier
    // sentence named
    (
        "2024-05-08",
        "LLaMA-2的训练数据量在2T左右。三，70B参数(七百亿)模型的训练时间是640万GPU小时。",
        "70B参数",
        Unverified,
        None,
    ),
    // a rate's month or months named earlier in the paragraph are its
    // period, not their year: not checked against the year's figure; a
    // year's end carried, or 全年 in the figure's sentence, is the year
    (
        "2025-01-17",
        "统计显示，5月份，我国社会消费品零售总额为8704亿元。其中，城市消费品零售额5947亿元，同比增长22.3%。",
        "22.3%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年1至11月，我国经济保持平稳。社会消费品零售总额同比增长3.0%。",
        "3.0%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "12月份，我国规模以上工业增加值同比增长6.2%。全年我国社会消费品零售总额增长3.5%。",
        "3.5%",
        Supported,
        Some("MA-005"),
    ),
    (
        "2025-01-20",
        "2024年末我国人口140828万人。全年出生人口954万人，人口出生率为6.77‰。",
        "6.77‰",
        Supported,
        Some("MA-011"),
    ),
    // a figure that is another measure's of the same entity stays
    // unverified even right after its own measure's word: the words for a
    // rate (兌美元, 匯率) name the pair as often as the measure, and a
    // market quote at the band's end (港元兌美元為7.85) is true
    (
        "2025-02-20",
        "港元兌美元為7.85，觸及弱方兌換保證。",
        "7.85",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "DeepSeek-V3的训练成本为533万美元。",
        "533万美元",
        Unverified,
        None,
    ),
    // the per-mille rule: not a region named before, a supposition or a
    // question; the training rule: not a replication nor another setting
    (
        "2025-02-11",
        "我国第一人口大省广东，2024年人口出生率为1.0%。",
        "1.0%",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "中国澳门2024年人口出生率为0.5%。",
        "0.5%",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "如果中国2024年的人口出生率为1%，出生人口将超过1400万。",
        "1%",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "研究人员复刻GPT-4以600万美元完成训练。",
        "600万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "在10万块H100的集群上，GPT-4只用了4天完成训练。",
        "4天",
        Unverified,
        None,
    ),
    // 破 alone before a price goes either way
    (
        "2025-02-11",
        "1月27日，英伟达股价再破120美元。",
        "120美元",
        Supported,
        Some("CH-034"),
    ),
    // the model named after what someone said (该公司宣称V3模型只花…), a
    // doubt only after the figure's clause; not two models sharing it
    (
        "2025-01-29",
        "DeepSeek观察\n加上該公司宣稱V3模型只花約658萬美元就完成訓練，市場開始質疑巨頭的資本支出。",
        "約658萬美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-01-28",
        "DeepSeek-V3和Llama 3只花约658万美元就完成训练。",
        "约658万美元",
        Unverified,
        None,
    ),
    // a near miss (险些, 差点) did not cross the level: a bound from the
    // side it stayed on
    (
        "2025-01-28",
        "2024年中国出生人口险些跌破900万。",
        "跌破900万",
        Supported,
        Some("MA-010"),
    ),
    // the training another team ran on the model, a supposition, a doubt
    // and a comparison are not the model's own cost
    (
        "2025-01-28",
        "李飞飞团队以DeepSeek-V3为基座，仅用不到50美元便完成训练。",
        "不到50美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "若换成H100集群，DeepSeek-V3只需300万美元即可完成训练。",
        "300万美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "没有人相信DeepSeek-V3只花300万美元就完成训练。",
        "300万美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "DeepSeek-V3比GPT-4少花约9000万美元便完成训练。",
        "约9000万美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "DeepSeek-V3的一个小规模验证模型只花约1万美元就完成训练。",
        "约1万美元",
        Unverified,
        None,
    ),
    // the per-mille rule reads only the population's rate in full
    (
        "2025-01-28",
        "2024年中国用电量自然增长率为6.8%。",
        "6.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "2024年中国少数民族人口出生率为6.77%。",
        "6.77%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "2024年中国新设企业出生率为12%。",
        "12%",
        Unverified,
        None,
    ),
    // a rate per mille written as a percentage, named right before it:
    // checked converted (6.77% is ten times 6.77‰; 0.677% is it); a change
    // of the rate is no rate
    (
        "2025-01-20",
        "国家统计局公布，2024年人口出生率为6.77%。",
        "6.77%",
        Contradicted,
        Some("MA-011"),
    ),
    (
        "2025-01-20",
        "国家统计局公布，2024年人口出生率为0.677%。",
        "0.677%",
        Supported,
        Some("MA-011"),
    ),
    (
        "2025-01-20",
        "国家统计局公布，2024年人口出生率下降了5%。",
        "5%",
        Unverified,
        None,
    ),
    // the training a verb of finishing names after an amount spent is the
    // amount's (只花…就完成訓練); not in another clause, nor a training
    // cluster built
    (
        "2025-01-29",
        "DeepSeek的V3模型只花約658萬美元就完成訓練。",
        "約658萬美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-01-29",
        "DeepSeek-V3以557.6万美元完成训练。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-01-29",
        "DeepSeek花658万美元购买芯片，并完成训练。",
        "658万美元",
        Unverified,
        None,
    ),
    // below a level (跌破, 跌穿) is an upper bound, not the level: met by
    // a close under it, not by one over it by less than a last digit
    (
        "2025-01-28",
        "英伟达股价1月27日收盘跌破120美元，市值单日蒸发近6000亿美元。",
        "跌破120美元",
        Supported,
        Some("CH-034"),
    ),
    (
        "2025-01-28",
        "英伟达股价1月27日收盘跌穿115美元。",
        "跌穿115美元",
        Contradicted,
        Some("CH-034"),
    ),
    (
        "2025-01-28",
        "英伟达股价1月27日收盘跌破118美元。",
        "跌破118美元",
        Unverified,
        None,
    ),
    // an inference service named in the clause before owns the cluster of
    // a clause with no subject of its own
    (
        "2025-02-11",
        "硅基流动与华为云联合上线DeepSeek-V3推理服务，集群规模为2048张昇腾卡。",
        "2048张",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "DeepSeek-V3推出推理服务，训练集群有2048块H800。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // a why or how question takes its figure as given
    (
        "2025-02-11",
        "为什么DeepSeek-V3只用了2048块H800就能训练成功？",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // a belief once held (一度以为) and later called wrong is not asserted
    // (nor, for want of a safe reading, what a new subject says between)
    (
        "2025-02-11",
        "外界一度以为训练顶尖模型需要上亿美元，DeepSeek-V3只花了557.6万美元，这种看法显然错了。",
        "557.6万美元",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "不少人以为英伟达护城河稳固，英伟达单日暴跌20%不可能发生，这种看法错了。",
        "20%",
        Unverified,
        None,
    ),
    (
        "2025-02-11",
        "外界一度以为训练顶尖模型需要上亿美元，DeepSeek-V3只花了557.6万美元，这种看法显然错了。",
        "上亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。全年收入為1305億美元，上一財年收入為609億美元。",
        "609億美元",
        Supported,
        Some("CH-030"),
    ),
    // a count of other chips beside V3's name is no count of its run (a
    // hypothetical, another team's): left unverified
    (
        "2025-02-11",
        "DeepSeek-V3若在2048块H100上训练，耗时将缩短到不到一个月。",
        "2048块",
        Unverified,
        None,
    ),
    // a cost after 仅花 is no training cost unless the words say so
    (
        "2025-02-11",
        "网友用DeepSeek-V3翻译整本书仅花3元。",
        "3元",
        Unverified,
        None,
    ),
    // a total a later clause adds up is not the figure's own scope
    (
        "2025-09-20",
        "DeepSeek-R1的訓練成本僅29.4萬美元，即便加上約600萬美元的基礎模型成本，總開支仍遠低於OpenAI。",
        "29.4萬美元",
        Supported,
        Some("F14"),
    ),
    // a plan told as past keeps its month in the year it was made
    (
        "2025-01-10",
        "OpenAI原计划在12月5日发布o1正式版，最终如期上线。",
        "12月5日",
        Supported,
        Some("AI-044"),
    ),
    (
        "2025-12-05",
        "DeepSeek计划在1月20日发布R1的消息曾引发热议。",
        "1月20日",
        Supported,
        Some("F08"),
    ),
    // a belief the writer asks about is not agreed with; 而 turns from it
    (
        "2025-02-10",
        "不少人以为DeepSeek-V3只用了1万块H800训练，这说法没错吗？并不。",
        "1万块",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "很多人以为，大模型训练必须烧钱，而DeepSeek-V3训练成本仅557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a figure called the whole, or said wrongly by others, is not the stage's
    (
        "2025-09-20",
        "DeepSeek-R1從零開始訓練的全部成本僅29.4萬美元。",
        "29.4萬美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "不少媒体误称DeepSeek-R1训练成本只有29.4万美元，实际上加上基座模型超过580万美元。",
        "29.4万美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "Llama 3总共训练耗时770万GPU小时，其中包括微调和对齐阶段。",
        "770万GPU小时",
        Unverified,
        None,
    ),
    // 名为, 针对, 为…背书 and a joint sum are no party's share
    (
        "2025-01-25",
        "名为星际之门的项目计划投资5万亿美元。",
        "5万亿美元",
        Contradicted,
        Some("AI-045"),
    ),
    (
        "2025-01-25",
        "软银、OpenAI和甲骨文将向星际之门项目合计投资5000亿美元。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    (
        "2025-01-25",
        "特朗普为星际之门计划投资5000亿美元背书。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    // the world's sales are the company's; the sales word nearest the figure decides
    (
        "2025-03-01",
        "英伟达2025财年全球营收为1500亿美元。",
        "1500亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英伟达在中国收入占比下降的背景下全年营收仍达1500亿美元。",
        "1500亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // 全年 in another clause does not make a month's figure the year's
    (
        "2025-01-20",
        "国家统计局发布全年经济数据，12月份全国城镇调查失业率为5.1%。",
        "5.1%",
        Supported,
        Some("MA-007"),
    ),
    // a segment named as the cause does not own the company's growth
    (
        "2025-03-01",
        "英伟达公布2025财年业绩。得益于数据中心业务的强劲需求，全年营收达1305亿美元，同比增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // GDP named again after the yardstick is GDP
    (
        "2025-03-05",
        "在GDP平减指数连续为负的背景下中国2024年实际GDP增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // an offer whose clause closes on 结束 has ended (优惠期结束，调用价格已变更为…)
    (
        "2025-02-27",
        "DeepSeek-Chat模型优惠期结束，调用价格已变更为每百万输入tokens 2元。",
        "2元",
        Supported,
        Some("AI-037"),
    ),
    // one market's sales are not the company's revenue
    (
        "2025-04-18",
        "英伟达2024财年中国收入为170亿美元。",
        "170亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年美国市场收入为612亿美元。",
        "612亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "美国芯片巨头英伟达2025财年营收为1305亿美元。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // one party's money for a project is not the project's total
    (
        "2025-01-23",
        "軟銀將向Stargate投資190億美元。",
        "190億美元",
        Unverified,
        None,
    ),
    (
        "2025-01-22",
        "孫正義承諾軟銀集團將對星際之門計畫投資5,000億美元。",
        "5,000億美元",
        Unverified,
        None,
    ),
    // GDP as the yardstick of another figure is not GDP's growth
    (
        "2025-03-05",
        "2024年中国单位GDP能耗降幅超过3%。",
        "超过3%",
        Unverified,
        None,
    ),
    (
        "2025-03-05",
        "2024年中国财政赤字率为GDP的3%。",
        "3%",
        Unverified,
        None,
    ),
    (
        "2025-03-05",
        "2024年中国GDP增长5%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // a segment's business heading the sentence owns the growth after it
    (
        "2025-02-27",
        "英偉達2025財年數據中心業務仍是增長引擎，全年收入1152億美元，按年增長124%。",
        "124%",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英偉達2025財年數據中心業務全年收入1152億美元，按年增長142%。",
        "142%",
        Supported,
        Some("CH-027"),
    ),
    // the whole year's average is not the month's rate before it
    (
        "2025-01-20",
        "中国2024年12月份城镇调查失业率为5.1%，全年平均值为5.2%。",
        "5.2%",
        Unverified,
        None,
    ),
    // a figure cut at its last digit is not the next digit's (4.30 is not 4.2, 67.00 not 66)
    (
        "2025-01-30",
        "2024年台灣經濟成長率為4.2%。",
        "4.2%",
        Contradicted,
        Some("MA-029"),
    ),
    (
        "2025-01-30",
        "2024年末中国城镇化率为66%。",
        "66%",
        Contradicted,
        Some("MA-014"),
    ),
    (
        "2025-01-30",
        "2024年末中国城镇化率为67%。",
        "67%",
        Supported,
        Some("MA-014"),
    ),
    // 该机构 opening a sentence points at the subject of the one before, only
    (
        "2025-03-01",
        "SemiAnalysis估计DeepSeek的硬件支出远超5亿美元。另一家研究机构Omdia的看法不同，该机构估计DeepSeek资本开支约13亿美元。",
        "约13亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "路透社援引SemiAnalysis的数据报道了此事。该机构还称DeepSeek资本开支约13亿美元。",
        "约13亿美元",
        Unverified,
        None,
    ),
    // a chip after a comma that only says what they were is the item; one joined by 与 compares
    (
        "2025-03-01",
        "DeepSeek-V3训练用了2048块，均为H100。",
        "2048块",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3使用2048块与H100同架构的A800训练。",
        "2048块",
        Unverified,
        None,
    ),
    // the chips one had at hand are still the ones that trained it
    (
        "2025-03-01",
        "DeepSeek用手上的2048块H800训练出了V3。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3训练时可用的H800只有2048块。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // an hour of the day's discount never ends; an offer ends only when said to
    (
        "2025-03-01",
        "DeepSeek-V3在夜间时段的输入价格现在是每百万tokens 0.135美元。",
        "0.135美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "在优惠期结束之前，DeepSeek-V3的输入价格为每百万tokens 0.14美元，2月9日起恢复原价。",
        "0.14美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的API优惠期已于2月8日到期，输入价格为每百万tokens 0.5美元。",
        "0.5美元",
        Contradicted,
        Some("AI-033"),
    ),
    // a date before 发布的 and a document, even after its short name, is the document's
    (
        "2025-03-01",
        "根据Sensor Tower在1月28日发布的数据，DeepSeek App上线18天下载量达1600万次。",
        "1月28日",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "美国商务部于2023年10月17日发布的文件进一步收紧了对H800的出口。",
        "2023年10月17日",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek于2025年1月22日发布的R1论文介绍了训练方法。",
        "2025年1月22日",
        Unverified,
        None,
    ),
    // a belief reaches the clauses it opens and a figure later called wrong; not one the writer agrees with
    (
        "2025-03-01",
        "很多人以为，H100标配64GB HBM3显存，这其实记错了。",
        "64GB",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "很多人以为DeepSeek不但拥有5万块H100，还囤积了大量H800，这种说法并不可靠。",
        "5万块",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "不少人以为DeepSeek只用1000块H800就训练出了V3，事实也的确如此。",
        "1000块",
        Contradicted,
        Some("F01"),
    ),
    // a limit word right before a range holds it to the band; one elsewhere does not
    (
        "2025-03-01",
        "在联系汇率制度下，港元汇率只能在7.75至7.80之间波动。",
        "7.75至7.80",
        Contradicted,
        Some("MA-022b"),
    ),
    (
        "2025-03-01",
        "港元汇率在联汇制度允许的范围内于7.80至7.85之间波动。",
        "7.80至7.85",
        Unverified,
        None,
    ),
    // a whole of which the database holds one stage: the stage's figure to
    // its last digit is supported; any other figure has no fact to meet
    (
        "2025-09-20",
        "DeepSeek-R1的训练成本为29.4万美元。",
        "29.4万美元",
        Supported,
        Some("F14"),
    ),
    (
        "2025-09-20",
        "DeepSeek-R1的训练成本为39.4万美元。",
        "39.4万美元",
        Unverified,
        None,
    ),
    (
        "2025-09-20",
        "DeepSeek-R1的训练成本为30万美元。",
        "30万美元",
        Unverified,
        None,
    ),
    // a belief told by the writer of themself is still their claim
    // (笔者个人以为), and a belief in one clause leaves the next alone
    (
        "2025-03-01",
        "笔者个人以为，DeepSeek-V3的训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "业界以为训练大模型要上亿美元，DeepSeek-V3仅花费557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a date another outlet got wrong leaves the right one asserted
    (
        "2025-03-01",
        "DeepSeek-R1于2025年1月20日发布，有媒体将日期记错为1月15日。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    // a count of one chip is not the count of another named after a comma
    (
        "2025-03-01",
        "DeepSeek-V3使用H800共2048块，A100则一块未用。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    // a price after the offer ended is the standard price; during it, not
    (
        "2025-03-01",
        "DeepSeek-V3的API优惠期满后，输入价格为每百万tokens 0.27美元。",
        "0.27美元",
        Supported,
        Some("AI-033"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的API优惠期结束以后，输入价格恢复为每百万tokens 0.27美元。",
        "0.27美元",
        Supported,
        Some("AI-033"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的API优惠期内，输入价格为每百万tokens 0.27美元。",
        "0.27美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的API优惠期内，目前输入价格为每百万tokens 0.27美元。",
        "0.27美元",
        Unverified,
        None,
    ),
    // a chip's own launch date, told before 发布的, is not a document's
    (
        "2025-03-01",
        "英伟达于2023年3月21日发布的数据中心芯片H800，是面向中国市场的版本。",
        "2023年3月21日",
        Supported,
        Some("CH-007"),
    ),
    // a range the rules allow (只能…之间) is the band itself
    (
        "2025-03-01",
        "根据联系汇率制度，港元汇率只能在7.75至7.85之间浮动。",
        "7.75至7.85",
        Supported,
        Some("MA-022b"),
    ),
    // a line between one-line paragraphs reads as a sub-heading even when
    // the paragraph after it points back at its figure (这笔费用是R1…):
    // the name before it is not carried
    (
        "2025-09-20",
        "DeepSeek-V3的训练成本为557.6万美元。\n训练成本仅29.4万美元远低OpenAI\n这笔费用是R1在V3基础上进行强化学习的花费。",
        "29.4万美元",
        Unverified,
        None,
    ),
    // 该机构 points back to the source named in the sentence before
    (
        "2025-03-01",
        "SemiAnalysis估计DeepSeek的硬件支出远超5亿美元。该机构还称其资本开支约13亿美元。",
        "约13亿美元",
        Contradicted,
        Some("F32"),
    ),
    // a segment's revenue word names its growth too (数据中心营收增长142%)
    (
        "2025-03-01",
        "英伟达2025财年数据中心营收增长142%。",
        "142%",
        Supported,
        Some("CH-027"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年數據中心營收增長172%。",
        "172%",
        Contradicted,
        Some("CH-027"),
    ),
    // a belief told as a mistake is no claim (很多人以为…，这其实记错了);
    // 可以为 holds no belief
    (
        "2025-02-10",
        "很多人以为H100标配64GB HBM3显存，这其实记错了。",
        "64GB",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "很多人以为H100标配64GB HBM3显存，其实是80GB。",
        "64GB",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "英伟达H100可以为每块卡配备64GB HBM3显存。",
        "64GB",
        Contradicted,
        Some("CH-001"),
    ),
    // the date a report came out is no launch of what it is about
    (
        "2025-02-10",
        "半导体研究机构SemiAnalysis在1月31日发布的报告中估计，深度求索可调用约1万块H800。",
        "1月31日",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "DeepSeek在2025年1月20日发布的R1模型引发关注。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    // a price during an offer is not the list price; after it, it is
    (
        "2025-02-10",
        "2月8日优惠期结束前，V3每百万输入token仅收0.14美元。",
        "0.14美元",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "DeepSeek观察\n优惠期结束后，V3每百万输入token收0.27美元。",
        "0.27美元",
        Supported,
        Some("AI-033"),
    ),
    (
        "2025-02-10",
        "DeepSeek观察\n优惠期结束后，V3每百万输入token收0.5美元。",
        "0.5美元",
        Contradicted,
        Some("AI-033"),
    ),
    // chips a training stage used are no stock the company owns
    (
        "2025-09-25",
        "本月深度求索在《自然》发表论文时补充披露，R1是在V3基础上做强化学习得来的，这一阶段的增量成本约29.4万美元，动用了512块H800。",
        "512块",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "SemiAnalysis估计，深度求索拥有约2万块H800。",
        "约2万块",
        Contradicted,
        Some("F27"),
    ),
    // the chip after a count is what it counts, not one before it across 和
    (
        "2025-02-10",
        "SemiAnalysis估计，深度求索拥有约1万块H800和约2万块H100。",
        "约2万块",
        Contradicted,
        Some("F28"),
    ),
    // a sub-heading line between one-line paragraphs opens a topic: the
    // name before it is not carried to its figure; a row of a table is
    // no sub-heading
    (
        "2025-09-20",
        "团队强调DeepSeek-V3 Base基座模型完全以互联网数据为来源。\n训练成本仅600万美元\n值得关注的是，研究团队在论文补充材料中披露，该模型的训练花费很低，总开支仍远低于国际巨头。",
        "600万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达公布2025财年业绩。\n营收 1305亿美元\n净利润 729亿美元",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    // a range the currency is pegged at is the band; one it moved within
    // is neither the band nor the rate
    (
        "2025-02-10",
        "香港实行联系汇率制度。港元以7.75至7.85港元兑1美元的汇率与美元挂勾。",
        "7.75至7.85港元",
        Supported,
        None,
    ),
    (
        "2025-02-10",
        "香港实行联系汇率制度。港元以7.70至7.90港元兑1美元的汇率与美元挂钩。",
        "7.70至7.90港元",
        Contradicted,
        Some("MA-022b"),
    ),
    (
        "2025-02-10",
        "香港实行联系汇率制度。港元汇率在7.78至7.82之间波动，与美元挂钩。",
        "7.78至7.82",
        Unverified,
        None,
    ),
    // two round figures whose roundings only touch differ
    (
        "2025-02-10",
        "SemiAnalysis估计，深度求索可用的Hopper架构GPU总数约6万块。",
        "约6万块",
        Contradicted,
        Some("F26"),
    ),
    (
        "2025-02-10",
        "SemiAnalysis估计，深度求索可用的Hopper架构GPU总数约5万块。",
        "约5万块",
        Supported,
        Some("F26"),
    ),
    // (what the later rules must leave alone: another report, a nearer
    // business, 当年 after a comparison aside, a place that is a source, a
    // setting or a comparison, the nation named before the figure)
    (
        "2025-03-01",
        "SemiAnalysis估计，深度求索的GPU投资超过5亿美元。另一份报告称，深度求索的资本支出约为30亿美元。",
        "约为30亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年数据中心业务表现突出。游戏业务则表现平平。该业务全年收入约114亿美元。",
        "约114亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年数据中心收入约1152亿美元。相比之下，2024财年数据中心收入为475亿美元。当年第四季度，数据中心收入约184亿美元。",
        "约184亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "中国人口形势受到关注。据北京的媒体报道，2024年全年出生人口854万人。",
        "854万人",
        Contradicted,
        Some("MA-010"),
    ),
    (
        "2025-03-01",
        "中国2024年人口数据公布。与上海的情况不同，全国人口出生率为6.77‰，全年出生人口954万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    (
        "2025-03-01",
        "中国经济2024年表现稳健。相比广东省，全国GDP增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a conversion in brackets is read as the figure it converts: a level
    // an adjustment reached (降至) is no claim of the figure's past value
    (
        "2025-03-01",
        "OpenAI将GPT-4的训练成本降至2150万美元（约1.54亿元人民币）。",
        "约1.54亿元人民币",
        Unverified,
        None,
    ),
    // a province named before the figure's clause, or some of the
    // provinces (10个省份), own the figure; the nation named after them,
    // all 31 of them, or every province's data do not
    (
        "2025-03-01",
        "中国2024年出生率为6.77‰。其中有10个省份人口出生率超过8‰。",
        "超过8‰",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "中国2024年出生人口954万人。广东2024年出生人口比上年多10万人，达113万人。",
        "113万人",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "中国人口数据公布。2024年有14个省份的出生率高于全国平均水平(6.77‰)。",
        "6.77‰",
        Supported,
        Some("MA-011"),
    ),
    (
        "2025-03-01",
        "2024年，中国经济继续前行。根据国家统计局及各省份发布的最新数据，全国GDP总量突破130万亿元，同比增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-03-01",
        "中国大陆31个省区市2024年年末人口有14亿零828万人，比2023年年末减少139万人。",
        "139万人",
        Supported,
        Some("MA-009"),
    ),
    // 该业务 points back to the segment the sentence before names; a
    // sentence set out as a comparison (作为对比) dates its own figures only
    (
        "2025-03-01",
        "英伟达2025财年数据中心表现突出。该业务全年收入约1152亿美元，较上年增长124%。",
        "约1152亿美元",
        Supported,
        Some("CH-026"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年数据中心表现突出。该业务全年收入约1512亿美元。",
        "约1512亿美元",
        Contradicted,
        Some("CH-026"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1305亿美元。作为对比，2024财年营收为609亿美元。

第四财季营收393亿美元。",
        "393亿美元",
        Supported,
        Some("CH-028"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1305亿美元。作为对比，2024财年营收为609亿美元。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    // a report word (报告称) points back to the source the sentence before
    // names: that source misquoted is an error, not another estimate
    (
        "2025-03-01",
        "SemiAnalysis估计深度求索拥有约5万颗GPU。报告称，深度求索的资本支出约为61亿美元。",
        "约为61亿美元",
        Contradicted,
        Some("F32"),
    ),
    (
        "2025-03-01",
        "英伟达CEO黄仁勋接受采访。报告称，深度求索的资本支出约为61亿美元。",
        "约为61亿美元",
        Unverified,
        None,
    ),
    // a figure ten times its reference is a slip, not another subject's
    // (the hundredfold test reads sizes, not the signed difference: -9.9‰
    // against -0.99‰ is -900%)
    (
        "2025-03-01",
        "2024年中国死亡人口1093万人；人口自然增长率为-9.9‰。",
        "-9.9‰",
        Contradicted,
        Some("MA-013"),
    ),
    // (what the size and part-of-year rules must leave alone: a size that
    // is a figure or is compared with, the same size written finer, a part
    // of the year that is a comparison base, a starting point, inside
    // another word, or holds the time's months)
    (
        "2025-03-01",
        "Mixtral 8x7B采用混合专家架构，总参数47B、激活参数13B。",
        "13B",
        Supported,
        Some("AI-054"),
    ),
    (
        "2025-03-01",
        "Mistral AI发布了Mistral 7B，这个7.3B模型约有73亿参数。",
        "约有73亿参数",
        Supported,
        Some("AI-055"),
    ),
    (
        "2025-03-01",
        "Meta公布了Llama 2 70B的训练细节，这款参数是13B版本五倍多的模型预训练用了约172万GPU小时。",
        "约172万GPU小时",
        Supported,
        Some("AI-018"),
    ),
    (
        "2025-03-01",
        "Meta公布了Llama 3 70B的训练细节，这款远大于8B的模型预训练约用了640万GPU小时。",
        "640万GPU小时",
        Supported,
        Some("AI-022"),
    ),
    (
        "2025-01-29",
        "2025年1月27日，英伟达股价创下年初以来最大单日跌幅16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-02-01",
        "2025年1月27日，DeepSeek应用年初上线后单日下载量达260万次。",
        "260万次",
        Supported,
        Some("F40"),
    ),
    (
        "2025-03-01",
        "2024年第四季度，中国GDP增速较上半年回升至5.4%。",
        "5.4%",
        Supported,
        Some("MA-003"),
    ),
    (
        "2025-03-01",
        "2024年12月，年中以来持续回落的中国城镇调查失业率为5.1%。",
        "5.1%",
        Supported,
        Some("MA-007"),
    ),
    (
        "2025-01-29",
        "2025年1月27日，英伟达股价近年中罕见地下跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-03-01",
        "2024年12月，近年中国城镇调查失业率首次降至5.1%。",
        "5.1%",
        Supported,
        Some("MA-007"),
    ),
    // a part of the year a figure's clause names (年末) that is not the
    // part of the time read before it: not held against the earlier part
    (
        "2025-03-01",
        "香港2024年年中人口为752.41万，年末人口为753.42万。",
        "753.42万",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "香港2024年年中人口为752.41万，年末人口为753.42万。",
        "752.41万",
        Supported,
        Some("MA-019"),
    ),
    (
        "2025-03-01",
        "香港2024年年末人口为753.42万。",
        "753.42万",
        Supported,
        Some("MA-020"),
    ),
    // a size its clause names that the model's own name does not hold is
    // another model of the line
    (
        "2025-03-01",
        "Llama 3.1 405B用了3,084万GPU小时，8B版本约146万GPU小时。",
        "约146万GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "Llama 3.1 405B用了3,084万GPU小时，8B版本约146万GPU小时。",
        "3,084万GPU小时",
        Supported,
        Some("F16"),
    ),
    (
        "2025-03-01",
        "Meta的Llama 3.1 405B模型训练耗时约3,000万GPU小时，405B版本的成本更高。",
        "约3,000万GPU小时",
        Supported,
        Some("F16"),
    ),
    // a hedged figure of three digits or more against a rough one of the
    // database's: both quote their last digits (digits swapped are caught);
    // a round figure still leans on the rough one
    (
        "2024-09-05",
        "2024年9月3日，英伟达市值缩水约2,970亿美元。",
        "约2,970亿美元",
        Contradicted,
        Some("CH-035"),
    ),
    (
        "2024-09-05",
        "2024年9月3日，英伟达市值缩水约2,780亿美元。",
        "约2,780亿美元",
        Supported,
        Some("CH-035"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1,350亿美元。",
        "约1,350亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1,310亿美元。",
        "约1,310亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1,300亿美元。",
        "约1,300亿美元",
        Supported,
        Some("CH-024"),
    ),
    // a name written with a non-breaking hyphen (U+2011) is the name
    (
        "2025-08-01",
        "Kimi\u{2011}K2 的激活参数为 32B，总参数约 1T。",
        "约 1T",
        Supported,
        Some("AI-050"),
    ),
    (
        "2025-08-01",
        "Kimi\u{2010}K2 的激活参数为 32B，总参数约 1T。",
        "32B",
        Supported,
        Some("AI-051"),
    ),
    // a model surpassed (超越了) in an earlier sentence is a yardstick, not
    // what a later 该大模型 points back to
    (
        "2025-02-01",
        "DeepSeek-V3超越了Qwen2.5-72B。该大模型在14.8万亿token上完成预训练。",
        "14.8万亿token",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "它超越了Qwen2.5-72B。最引人注目的是DeepSeek-V3的低成本优势。该大模型基于2,048块H800训练，成本仅为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a figure in a bracket that glosses a party left unnamed (某巨头) is
    // no one's the text names; one that glosses the subject is
    (
        "2025-02-01",
        "根据DeepSeek披露，训练成本为557.6万美元，仅为某巨头(据估计投资超过5亿美元)的1%。",
        "超过5亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "据SemiAnalysis估计，DeepSeek的GPU投资（超过5亿美元）远高于外界估计。",
        "超过5亿美元",
        Supported,
        Some("F31"),
    ),
    // (what the rules above must leave alone: a bracket that names its
    // party, a party named before the bracket, 前者/后者 pointing back to a
    // yardstick, 包含了/赶上了 that do not compare, a longer model's name
    // after a non-breaking hyphen)
    (
        "2025-03-01",
        "DeepSeek-V3的训练成本仅为557.6万美元，远低于其竞争对手（GPT-4的训练成本超过1亿美元）。",
        "超过1亿美元",
        Supported,
        Some("AI-005"),
    ),
    (
        "2025-03-01",
        "DeepSeek这家新晋AI巨头（据SemiAnalysis估计GPU投资超过5亿美元）正在改变格局。",
        "超过5亿美元",
        Supported,
        Some("F31"),
    ),
    (
        "2025-03-01",
        "芯片巨头（英伟达2025财年营收1500亿美元）成为最大赢家。",
        "1500亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "DeepSeek观察\nV3与R1的API定价差异明显：前者（每百万token输入0.27美元）更便宜。",
        "0.27美元",
        Supported,
        Some("AI-033"),
    ),
    (
        "2025-03-01",
        "根据DeepSeek披露，模型全部训练成本仅为557.6万美元，这个数字只有(据估计投资超过5亿美元)前者的1%。",
        "超过5亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3超越了Qwen2.5-72B。后者在约25万亿token上完成预训练。",
        "约25万亿token",
        Contradicted,
        Some("AI-048"),
    ),
    (
        "2025-03-01",
        "DeepSeek此次发布包含了DeepSeek-V3和DeepSeek-R1两款模型。前者的训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "不少企业赶上了DeepSeek-R1走红的热潮。该模型的API输入价格为每百万token 1美元。",
        "1美元",
        Contradicted,
        Some("AI-035"),
    ),
    (
        "2025-03-01",
        "OpenAI也赶上了Stargate Project的东风。该项目计划投资5000亿美元。",
        "5000亿美元",
        Supported,
        Some("AI-045"),
    ),
    (
        "2025-03-01",
        "GPT\u{2011}4o\u{2011}mini于2024年7月发布。",
        "2024年7月",
        Unverified,
        None,
    ),
    // a quoted target is a target (实现了“5%左右”的预期目标)
    (
        "2025-03-01",
        "2024年我国GDP比上年增长5.0%，实现了“5%左右”的预期目标。",
        "5%左右",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年我国GDP比上年增长5.0%，实现了“5%左右”的预期目标。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a move since a point in time is no day's move; a record since then is
    (
        "2025-01-28",
        "中國初創企業DeepSeek推出低成本模型，英偉達股價去年底以來急挫16.97%。",
        "16.97%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英偉達股價27日急挫16.97%，創2020年3月以來最大單日跌幅。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-01-28",
        "英伟达股价1月27日以来单日最大跌幅为16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a stage named in the clause before goes on into the next, unless it
    // sums up or names training as a whole
    (
        "2025-03-01",
        "DeepSeek-V3預訓練階段約266.4萬GPU小時，成本約557.6萬美元。",
        "約557.6萬美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3預訓練階段約266.4萬GPU小時，整個訓練成本約557.6萬美元。",
        "約557.6萬美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3预训练阶段约266.4万GPU小时，训练成本约557.6万美元。",
        "约557.6万美元",
        Supported,
        Some("F04"),
    ),
    // what a part contributed is the part's figure when the part is the
    // metric's; a whole's revenue is still narrowed by it
    (
        "2025-03-01",
        "英伟达2025财年营收约1305亿美元，其中数据中心业务贡献1152亿美元。",
        "1152亿美元",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收中，中国市场贡献了171亿美元。",
        "171亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收1305亿美元，数据中心贡献近九成。",
        "近九成",
        Unverified,
        None,
    ),
    // a second reader's counter-examples: each kept its old verdict
    (
        "2025-03-01",
        "1月20日以来DeepSeek持续刷屏，英伟达股价1月27日暴跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-03-01",
        "英伟达股价1月27日暴跌，录得2020年3月以来的最大跌幅16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-03-01",
        "Llama 3.1的预训练阶段用了3084万GPU小时，DeepSeek-V3只用了278.8万GPU小时。",
        "278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V3预训练阶段用了266.4万GPU小时，整体花费557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "英伟达来自中国的营收贡献171亿美元。",
        "171亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "人民币兑美元每日波动幅度平均仅0.15%。",
        "0.15%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年中国经济增长百分之五.二〇二五年的目标不变。",
        "百分之五",
        Supported,
        Some("MA-002"),
    ),
    // a contrast to a model the database lacks takes the figure from the
    // subject before it
    (
        "2025-02-01",
        "有评论认为，DeepSeek-V3的预训练只用了约270万GPU小时，而规模相近的LLaMA模型要花约3000万GPU小时。",
        "约3000万GPU小时",
        Unverified,
        None,
    ),
    // the growth of a level at current prices, before the growth at
    // constant prices, is nominal
    (
        "2025-01-18",
        "国家统计局公布，2024年国内生产总值1349084亿元，比上年增长4.2%；按不变价格计算，增长5.0%。",
        "4.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-18",
        "2024年我国GDP同比增长5.0%，按可比价格计算。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a second reader's counter-examples to the contrast, the nominal
    // growth, the 以来 and the 每日 rules: each kept its old verdict
    (
        "2025-03-01",
        "DeepSeek-V3的训练成本仅约557.6万美元，而且在英伟达H800上只用了278.8万GPU小时。",
        "278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年营收约1305亿美元，而受惠于H100、H200芯片需求，数据中心营收达1152亿美元。",
        "1152亿美元",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "2024年中国国内生产总值增长5.0%，而以人民币计价的经济总量达到134.9万亿元。",
        "134.9万亿元",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "自1月20日以来，英伟达股价截至1月27日收盘已下跌逾20%。",
        "逾20%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "人民币兑美元每日可在中间价上下2%的幅度内浮动。",
        "2%",
        Supported,
        None,
    ),
    // a name in Latin letters the database lacks, said of as a subject or
    // with its figure in brackets, owns the figure
    (
        "2025-03-01",
        "本文对比其与GPT-4(1.8T参数)、Gemini Ultra(1.6T参数)、Claude 3的差异。",
        "1.6T参数",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "闭源模型中,Gemini Ultra为1.6T参数,GPT-4为1.8T参数。",
        "1.6T参数",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "H100配備80GB HBM3顯存，NVLink互聯頻寬900GB/s。",
        "900GB/s",
        Supported,
        None,
    ),
    // another country's population, people who moved in
    (
        "2025-03-01",
        "本港人口750萬。全美人口突破3.4億。",
        "突破3.4億",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年底本港人口增6400人,升幅0.1%,2.1万名居民净移入。",
        "2.1万名",
        Unverified,
        None,
    ),
    // GPU hours written with spaces
    (
        "2025-03-01",
        "DeepSeek-V3 的训练共耗费 278.8万 GPU 小时。",
        "278.8万 GPU 小时",
        Supported,
        Some("F02"),
    ),
    // someone's account, quoted or in their words, is no refutation of
    // another party's estimate
    (
        "2025-02-01",
        "依Scale AI的說法，DeepSeek可能擁有超過5萬顆H100。",
        "超過5萬顆",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "他說：「DeepSeek-V3只用了4096顆H800。」",
        "4096顆",
        Contradicted,
        Some("F01"),
    ),
    // a third reader's counter-examples: a technology, a family's name,
    // the estimator itself by another of its names
    (
        "2025-03-01",
        "H20的显存为96GB，NVLink为900GB/s，功耗400W。",
        "900GB/s",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "摩根士丹利分析師稱：GPT-5訓練約需5萬顆GPU。",
        "約需5萬顆",
        Contradicted,
        Some("AI-013"),
    ),
    (
        "2025-03-01",
        "依大摩的說法，GPT-5訓練需要約5萬顆GPU。",
        "約5萬顆",
        Contradicted,
        Some("AI-013"),
    ),
    // a day that ends a fiscal year names that year
    (
        "2025-02-27",
        "截至1月26日的财年，英伟达营收约1305亿美元，是上一财年690亿美元的两倍有余。",
        "690亿美元",
        Contradicted,
        None,
    ),
    (
        "2025-02-27",
        "截至2025年1月26日止的財年，輝達營收1305億美元。",
        "1305億美元",
        Supported,
        None,
    ),
    (
        "2025-02-27",
        "截至1月26日，英伟达本财季营收393亿美元。",
        "393亿美元",
        Unverified,
        None,
    ),
    // a day's band is not narrowed by 每日
    (
        "2025-03-01",
        "人民幣兌美元每日波幅限制為中間價上下2%。",
        "2%",
        Supported,
        None,
    ),
    // a full-width point between Chinese digits is a decimal point
    (
        "2025-02-27",
        "主計總處公布，台灣二〇二四年經濟成長率為四．五九％。",
        "四．五九％",
        Supported,
        None,
    ),
    // what the rules of this round must leave alone (a reviewer's sentences)
    (
        "2025-03-01",
        "DeepSeek-V3的开发成本仅为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "2025年1月15日，美元兑人民币报7.1883，中间价较上日调贬5个基点。",
        "7.1883",
        Supported,
        Some("MA-025"),
    ),
    (
        "2025-03-01",
        "人民币中间价连续第三日走弱。2025年1月15日，美元兑人民币报7.1883。",
        "7.1883",
        Supported,
        Some("MA-025"),
    ),
    (
        "2025-03-01",
        "2025年1月15日，人民银行公布人民币兑美元汇率定于7.1883。",
        "7.1883",
        Supported,
        Some("MA-025"),
    ),
    (
        "2025-03-01",
        "为缩短推理时间，DeepSeek-V3在训练阶段使用了2048块H800。",
        "2048块",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek应用上市后英伟达1月27日股价下跌16.97%。",
        "16.97%",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "与此同时Llama 3.1不同尺寸的模型陆续开源。这些模型训练共耗费3930万GPU小时。",
        "3930万GPU小时",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "投资者资金大举流入英伟达。该公司2025财年营收增长114%，达1305亿美元。",
        "114%",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "股价屡创新高的英伟达2025财年营收增长114%。",
        "114%",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "1月27日，英伟达单日蒸发5890亿美元市值至2.9万亿美元。",
        "5890亿美元",
        Supported,
        Some("CH-032"),
    ),
    (
        "2025-03-01",
        "1月27日，英伟达单日蒸发5890亿美元市值至2.9万亿美元。",
        "2.9万亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "受惠于出口及访港旅客增加，香港2024年全年实质增长2.5%。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "香港去年货物出口表现强劲，全年实质增长2.5%。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "2024年中国GDP增长5.0%，四季度受出口拉动增长5.4%。",
        "5.4%",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "2024年第一至第三季度中国GDP同比增长4.8%，第四季度增长5.4%，2024年全年增长5.0%。",
        "5.4%",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "据SemiAnalysis估计，DeepSeek约有5万块GPU可以协同工作。",
        "约有5万块",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "据估计，DeepSeek在GPU上的投入不超过5亿美元。",
        "不超过5亿美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek应用比ChatGPT更受欢迎，首18天下载量高出700万次，达1600万次。",
        "700万次",
        Unverified,
        None,
    ),
    // a note sets the currency of the amounts in bare 元 after it
    (
        "2025-03-01",
        "輝達2025財年第四季收入393億元(美元，下同)，數據中心收入356億元。",
        "356億元",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "輝達2025財年第四季收入393億元(美元，下同)，數據中心收入356億元。",
        "393億元",
        Supported,
        None,
    ),
    // a yuan rate is the central parity only where its sentence says 中间价,
    // and a market's rate (离岸, 在岸, 收盘) never is
    (
        "2025-01-15",
        "1月15日人民幣中間價報7.1883。離岸人民幣當日跌穿7.35兌1美元。",
        "7.35",
        Unverified,
        None,
    ),
    (
        "2025-01-15",
        "1月15日人民幣中間價報7.1883。離岸人民幣當日跌穿7.35兌1美元。",
        "7.1883",
        Supported,
        Some("MA-025"),
    ),
    (
        "2025-01-16",
        "1月15日,美元兑人民币在岸收盘报7.3310。",
        "7.3310",
        Unverified,
        None,
    ),
    // each figure of a list after a range of quarters is one quarter's
    (
        "2025-03-01",
        "2024年第一至第四季度,中国GDP同比增速为5.3%、4.7%、4.6%和5.4%。",
        "4.7%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年第四季度中国GDP同比增长5.4%，全年增长5.0%。",
        "5.4%",
        Supported,
        None,
    ),
    // the growth of exports is not the economy's, whichever clause names them
    (
        "2025-03-01",
        "香港整體貨物出口繼續增長,2024年同比實質增長4.7%。",
        "4.7%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "2024年香港经济实质增长2.5%，出口增长4.7%。",
        "4.7%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "香港出口表现强劲，2024年经济实质增长2.5%。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    // a destination (输往内地) is no subject to carry
    (
        "2025-03-01",
        "香港输往内地的货物持续上升。2024年12月失业率为3.1%。",
        "3.1%",
        Unverified,
        None,
    ),
    // what the subject is set apart from is not the subject
    (
        "2025-03-01",
        "這與 Mistral 的 Mixtral 不同：DeepSeek 的模型有 6710 億參數。",
        "6710 億參數",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "与GPT-4不同，DeepSeek-V3的训练成本只有557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // chips set to work together are a cluster, not a stock owned
    (
        "2025-03-01",
        "DeepSeek 的架構讓 2000 張 H800 更有效地協作。",
        "2000 張",
        Unverified,
        None,
    ),
    // the market value a loss was taken from is not the loss
    (
        "2025-02-01",
        "1月27日，輝達3.5兆美元的市值蒸發掉近6000億美元。",
        "3.5兆美元",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "1月27日，輝達3.5兆美元的市值蒸發掉近6000億美元。",
        "近6000億美元",
        Supported,
        Some("CH-032"),
    ),
    (
        "2025-02-01",
        "1月27日，近6,000億美元的輝達市值在一天之內化為烏有。",
        "近6,000億美元",
        Supported,
        Some("CH-032"),
    ),
    // a share price's move is not the results' growth
    (
        "2025-03-01",
        "輝達公布2025財年業績後，股價在市後時段一度升逾9%。",
        "逾9%",
        Unverified,
        None,
    ),
    // by how much one exceeds another is not a level
    (
        "2025-06-01",
        "中国2024年出生人口雖有回升，但死亡人數仍高出約139萬。",
        "約139萬",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "中国2024年出生人口954万人，比上年多52万人。",
        "954万人",
        Supported,
        None,
    ),
    // chips that serve users are no training cluster; a development cost,
    // research and all, is no training cost
    (
        "2025-06-01",
        "據估算，GPT-4 推理阶段需依赖数万张 A100 芯片支撑。",
        "数万张",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "DeepSeek-V3包括前期研究在內的全部開發成本只有558萬美元。",
        "558萬美元",
        Unverified,
        None,
    ),
    // bounds of opposite directions clash or say nothing of each other
    (
        "2025-06-01",
        "SemiAnalysis认为，DeepSeek的GPU投资不到5亿美元。",
        "不到5亿美元",
        Contradicted,
        Some("F31"),
    ),
    (
        "2025-06-01",
        "SemiAnalysis认为，DeepSeek的GPU投资不到10亿美元。",
        "不到10亿美元",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "SemiAnalysis认为，DeepSeek的GPU投资超过5亿美元。",
        "超过5亿美元",
        Supported,
        Some("F31"),
    ),
    // what the rules of this round must leave alone
    (
        "2025-03-01",
        "香港是全球最自由的城市，2024年本地生产总值增长2.5%。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-03-01",
        "DeepSeek调用2048张H800 GPU训练V3，总训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "英伟达2025财年数据中心收入达1152亿美元，同比增长142%。全年总营收为1305亿美元，同比增长114%。",
        "1305亿美元",
        Supported,
        Some("CH-024"),
    ),
    (
        "2025-03-01",
        "受中国市场需求推动，英伟达2025财年营收增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    (
        "2025-01-15",
        "首季度数据（单位：亿元）见下表。2025年1月15日，人民币兑美元中间价报7.1883。",
        "7.1883",
        Supported,
        Some("MA-025"),
    ),
    (
        "2025-03-01",
        "在出生人口持续下降的背景下，2024年末中国人口为140828万人，比上年末减少139万人。",
        "139万人",
        Supported,
        Some("MA-009"),
    ),
    (
        "2025-03-01",
        "DeepSeek-V2于2024年5月发布。这是一个236B参数的模型，激活参数21B。",
        "236B参数",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "被业内人称为“AI界拼多多”的DeepSeek拥有8万张GPU。",
        "8万张",
        Contradicted,
        None,
    ),
    (
        "2025-01-28",
        "2025年1月27日，英伟达市值蒸发逾5900亿美元。",
        "逾5900亿美元",
        Supported,
        None,
    ),
    (
        "2025-03-01",
        "据初步统计，2024年中国国内生产总值比上年增长5.2%。",
        "5.2%",
        Contradicted,
        Some("MA-002"),
    ),
    // a price in a table under an off-peak heading is the discount
    (
        "2025-03-01",
        "DeepSeek-R1价格表\n| **优惠时段价格** | |\n| 输入价格（每百万tokens） | 1元 |",
        "1元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-R1价格表\n| **标准时段价格** | |\n| 输入价格（每百万tokens） | 4元 |",
        "4元",
        Supported,
        None,
    ),
    // an off-peak price is not the list price
    (
        "2025-03-01",
        "DeepSeek-R1标准时段每百万输入tokens 4元；夜间优惠时段每百万输入tokens 1元。",
        "1元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-R1标准时段每百万输入tokens 4元；夜间优惠时段每百万输入tokens 1元。",
        "4元",
        Supported,
        None,
    ),
    // a value cut down to (削减至) is a new one, not the standing spec
    (
        "2025-03-01",
        "英伟达计划推出降级版H20，内存从原版的96GB削减至48GB。",
        "48GB",
        Unverified,
        None,
    ),
    // what using a model costs is not what training it cost
    (
        "2025-03-01",
        "使用DeepSeek-V3模型处理一百万个token，总成本为4.8元。",
        "4.8元",
        Unverified,
        None,
    ),
    // the country a province is ranked in is no subject
    (
        "2025-03-01",
        "山东省2024年末常住人口比上年减少42.79万人，是中国人口减少最多的省份。全年出生人口64.9万人。",
        "64.9万人",
        Unverified,
        None,
    ),
    // a bare number under a label that gives its unit is not compared
    (
        "2025-03-01",
        "国家统计局数据，2024年我国出生人口(万人)：954。",
        "954",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "| 指标（万人） | 2024年 |\n| 我国死亡人口 | 1093 |",
        "1093",
        Unverified,
        None,
    ),
    // a daily fixing is the day's: an earlier day's is no reference
    (
        "2025-01-16",
        "人民币兑美元中间价报7.2000。",
        "7.2000",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "人民币兑美元中间价报7.1883。",
        "7.1883",
        Unverified,
        None,
    ),
    (
        "2025-01-15",
        "人民币兑美元中间价报7.2883。",
        "7.2883",
        Contradicted,
        Some("MA-025"),
    ),
    // a date with its year is its own period, even in an undated article
    (
        "",
        "美国商务部于2022年10月9日公布了对华先进计算芯片出口管制规则。",
        "2022年10月9日",
        Contradicted,
        Some("CH-018"),
    ),
    // a hedge on three significant digits allows one unit of the last or 1%;
    // converted at some rate, 5%
    (
        "2025-03-01",
        "中国2024年死亡人口1150万人左右。",
        "1150万人左右",
        Contradicted,
        Some("MA-012"),
    ),
    (
        "2025-03-01",
        "深度求索拥有约2100块H800。",
        "约2100块",
        Contradicted,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3训练成本约4070万元人民币。",
        "约4070万元人民币",
        Supported,
        Some("F04"),
    ),
    // a place the database lacks, right before an economy's figure in a list
    (
        "2025-03-10",
        "主計總處指出，2024年台灣經濟成長率優於中國的5%、新加坡4.4%。",
        "4.4%",
        Unverified,
        None,
    ),
    (
        "2025-03-10",
        "主計總處指出，2024年台灣經濟成長率優於中國的5%、新加坡4.4%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // a date that opens a span (自…以来) is no event's date
    (
        "2026-01-07",
        "DeepSeek自2025年1月以来推出的新品，都只是2024年底发布的V3模型的升级版。",
        "2025年1月",
        Unverified,
        None,
    ),
    // a change said of births is theirs, not the population's
    (
        "2025-02-10",
        "去年中国出生人口有所回升，达到954万人，相比上年增加了52万人。",
        "52万人",
        Unverified,
        None,
    ),
    // a region's revenue narrows its growth too
    (
        "2025-03-10",
        "英伟达2025财年中国区营收171亿美元，比前一年增长67%。",
        "67%",
        Unverified,
        None,
    ),
    // a unit slip (the same digits, 万 for 亿) of a carried name is still a slip
    (
        "2025-03-01",
        "DeepSeek-V3共使用约278.8万GPU小时。\n训练成本：总成本约为557.6亿美元。",
        "约为557.6亿美元",
        Contradicted,
        Some("F04"),
    ),
    // a lower bound far under a bound of the database's is a slip (超过1100万次
    // against 超1.1亿次); one near it holds
    (
        "2025-02-20",
        "截至2月9日，DeepSeek App累计下载量超过1100万次。",
        "超过1100万次",
        Contradicted,
        Some("F43"),
    ),
    (
        "2025-02-20",
        "截至2月9日，DeepSeek App累计下载量超过1.2亿次。",
        "超过1.2亿次",
        Supported,
        Some("F43"),
    ),
    // a lower bound is not met by a figure just under it (超过17% for 16.97%)
    (
        "2025-01-28",
        "1月27日英伟达收盘跌幅超过17%。",
        "超过17%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "1月27日英伟达收盘跌幅超过16%。",
        "超过16%",
        Supported,
        Some("CH-033"),
    ),
    // what a role says (执行长稱) is no refutation of another's estimate
    (
        "2025-02-10",
        "Scale AI執行長稱DeepSeek擁有約5萬顆H100。",
        "約5萬顆",
        Unverified,
        None,
    ),
    // the day's market quote is not the linked rate
    (
        "2025-02-10",
        "港元兌美元今日報7.8493。",
        "7.8493",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "港元兌美元匯率為7.7610。",
        "7.7610",
        Unverified,
        None,
    ),
    // two decimals, none of the system's levels, the link not named in
    // the figure's clause: a quote (昨日报7.82), even under the system
    (
        "2025-05-05",
        "港元兑美元昨日报7.82。",
        "7.82",
        Unverified,
        None,
    ),
    (
        "2025-05-05",
        "在聯繫匯率制度下，港元兌美元升至7.79。",
        "7.79",
        Unverified,
        None,
    ),
    // 实际增长 says how a growth was measured, not what grew: industrial
    // output's real growth is not the economy's
    (
        "2025-01-20",
        "2024年中国工业增加值实际增长6.8%。",
        "6.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年中国国内生产总值按不变价格计算实际增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a month's growth is not its quarter's (去年12月 ≠ 2024-Q4)
    (
        "2025-01-20",
        "2024年12月，中国经济增长6.2%。",
        "6.2%",
        Unverified,
        None,
    ),
    // retail sales grow at current prices in the database: the real
    // growth beside the nominal one is another measure
    (
        "2025-01-20",
        "2024年中国社会消费品零售总额比上年增长3.5%，扣除价格因素实际增长3.8%。",
        "3.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年中国社会消费品零售总额比上年增长3.5%，扣除价格因素实际增长3.8%。",
        "3.5%",
        Supported,
        Some("MA-005"),
    ),
    // 万兆 is a slip, not a magnitude: the amount is unreadable, not 10^18
    (
        "2025-01-20",
        "中国2024年全年国内生产总值134萬兆9084億元。",
        "134萬兆9084億",
        Unverified,
        None,
    ),
    // a model named by its size in words is one model of the family, not
    // the family's 8B and 70B (4050亿参数的Llama 3 is Llama 3.1 405B)
    (
        "2025-01-05",
        "Meta训练4050亿参数的Llama 3,动用了16000块H100,耗费3080万GPU小时。",
        "3080万GPU小时",
        Unverified,
        None,
    ),
    // an estimate in the text is no refutation of another party's
    // estimate, however exactly that one was written (F33: 9.44亿美元)
    (
        "2025-02-01",
        "据估计,DeepSeek的运营成本约7.15亿美元。",
        "约7.15亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "SemiAnalysis估计DeepSeek的运营成本约7.15亿美元。",
        "约7.15亿美元",
        Contradicted,
        Some("F33"),
    ),
    // a fiscal label whose stated end came after the database's figure for
    // it was out is another period (Taiwanese papers label NVIDIA's
    // quarters by calendar year)
    (
        "2026-02-26",
        "輝達公布2025會計年度第4季（截至2026年1月25日）財報，營收達681億美元。",
        "681億美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达公布2025财年第四季度（截至2025年1月26日）财报，营收达393亿美元。",
        "393亿美元",
        Supported,
        Some("CH-028"),
    ),
    // only an end date attached to the label defines the period: a 截至
    // date later in the sentence dates something else
    (
        "2025-03-10",
        "英伟达2025财年第四季度营收为350亿美元，截至2025年3月7日，公司股价年内累计下跌逾一成。",
        "350亿美元",
        Contradicted,
        Some("CH-028"),
    ),
    (
        "2026-02-27",
        "英伟达2025财年第四季度（截至2026年1月25日）营收为681亿美元。",
        "681亿美元",
        Unverified,
        None,
    ),
    // a hedged figure is no estimate of another party's unless the text
    // calls it one or the database's figure is approximate: a tracker's
    // exact count refutes it
    (
        "2025-02-05",
        "DeepSeek应用上线头18天下载量约1200万次，数据来自Sensor Tower。",
        "约1200万次",
        Contradicted,
        Some("F41"),
    ),
    // 再度推出 launches its object: a release, not a reopening
    (
        "2025-03-01",
        "DeepSeek于1月25日再度推出推理模型DeepSeek-R1。",
        "1月25日",
        Contradicted,
        Some("F08"),
    ),
    // a closing-price word after 市值 keeps the figure a price
    (
        "2025-01-28",
        "市值最高的輝達1月27日終場價112美元。",
        "112美元",
        Contradicted,
        Some("CH-034"),
    ),
    // a rate fixed (固定于, 定于) states the peg; it is no market quote
    (
        "2025-05-10",
        "香港实行联系汇率制度，港元与美元的汇率固定于7.82港元兑1美元。",
        "7.82港元",
        Contradicted,
        Some("F46"),
    ),
    (
        "2025-05-10",
        "在联系汇率下，港元兑美元汇率定于7.82。",
        "7.82",
        Contradicted,
        Some("F46"),
    ),
    // a constant-price note in the bracket after a nominal figure belongs
    // to the figure inside it
    (
        "2025-01-20",
        "2024年中国固定资产投资514374亿元，比上年增长2.2%（扣除价格因素影响，实际增长5.4%）。",
        "2.2%",
        Contradicted,
        Some("MA-006"),
    ),
    // the hours after the close (收市后交易时段, 市後時段) are no close:
    // a close word followed by 后 does not say the figure is the close
    (
        "2025-01-28",
        "英伟达股价1月27日在收市后交易时段跌逾1%。",
        "逾1%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "輝達股價1月27日在市後時段再跌1%。",
        "1%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达股价1月27日开盘后一路下跌，收盘跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // an inference cluster is part of a fleet, not all a company owns
    (
        "2025-02-10",
        "据报道，DeepSeek的推理集群共有2224块H800。",
        "2224块",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "DeepSeek拥有约5万块Hopper GPU。",
        "约5万块",
        Supported,
        Some("F26"),
    ),
    // the level a growth reached (增长126%至609亿美元) is the measure the
    // growth's word names (营收增长: revenue); a bare 上涨 names none
    (
        "2025-03-01",
        "英伟达2024财年营收增长126%至690亿美元。",
        "690亿美元",
        Contradicted,
        Some("CH-030"),
    ),
    (
        "2025-03-01",
        "英伟达2024财年营收增长126%，达到609亿美元。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    // an amount the share price reached is a price, not the revenue a word
    // of results in the clause before named
    (
        "2025-03-01",
        "英伟达2024财年营收为609亿美元。業績公布後，輝達盤後股價最高上漲4%至136.6美元。",
        "136.6美元",
        Unverified,
        None,
    ),
    // a whole year in a bracket after a quarter's figure is an aside; 当季
    // and 这一季 point back to the quarter named before
    (
        "2025-02-27",
        "英伟达2025财年第四季度营收393亿美元(全年为1305亿美元),当季数据中心营收356亿美元。",
        "356亿美元",
        Supported,
        Some("CH-029"),
    ),
    (
        "2025-02-27",
        "英伟达2025财年第四季度营收393亿美元,全年营收1305亿美元。这一季数据中心营收达到365亿美元。",
        "365亿美元",
        Contradicted,
        Some("CH-029"),
    ),
    // 純益 is net profit, not revenue
    (
        "2025-02-27",
        "輝達2025財年營收1305億美元,純益728.8億美元。",
        "728.8億美元",
        Unverified,
        None,
    ),
    // a rate stated as a level (产品销售率为97.8%) is no growth
    (
        "2025-01-18",
        "国家统计局公布,2024年全国规模以上工业企业产品销售率为97.8%。",
        "97.8%",
        Unverified,
        None,
    ),
    // a part of retail sales (其中实物商品网上零售额) is no total
    (
        "2025-01-20",
        "国家统计局数据显示，2024年社会消费品零售总额增长3.5%，其中实物商品网上零售额增长6.5%。",
        "6.5%",
        Unverified,
        None,
    ),
    // a percentage followed by the total it is part of is a share, unless
    // the total's growth follows (75％的營收成長)
    (
        "2025-02-27",
        "英伟达2025财年财报：数据中心撑起近九成收入",
        "近九成",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达2025财年数据中心业务有124%的营收成长。",
        "124%",
        Contradicted,
        Some("CH-027"),
    ),
    // a conversion of a contradicted figure carries its error
    (
        "2025-01-30",
        "DeepSeek-V3的训练成本为575.6万美元（约合人民币4220万元）。",
        "约合人民币4220万元",
        Unverified,
        None,
    ),
    (
        "2025-01-30",
        "DeepSeek-V3的训练成本为557.6万美元（约合人民币4080万元）。",
        "约合人民币4080万元",
        Supported,
        Some("F04"),
    ),
    // a year compared with or counted from (较2023年, 继2022年、2023年之后)
    // is not the year the text is about: neither the next sentence's nor
    // a bare quarter's after it
    (
        "2025-01-20",
        "中国2024年末全国人口140828万人，比上年末减少139万人，这是继2022年、2023年之后的第三次负增长。全年出生人口954万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    (
        "2025-02-05",
        "香港2024年本地生產總值較2023年增長2.5%，第四季按年增長3.2%。",
        "3.2%",
        Contradicted,
        Some("MA-017"),
    ),
    // a stage's cost named by its own word in the clause is that stage's,
    // not the general cost a nearer 成本 names
    (
        "2025-10-01",
        "DeepSeek-R1强化学习阶段的成本约92.4万美元。",
        "约92.4万美元",
        Contradicted,
        Some("F14"),
    ),
    (
        "2025-10-01",
        "DeepSeek-R1强化学习阶段的成本约29.4万美元。",
        "约29.4万美元",
        Supported,
        Some("F14"),
    ),
    // a reopening, or 开放 of a service, is no release
    (
        "2025-03-05",
        "DeepSeek-V3的API于2025年2月底恢复开放充值。",
        "2025年2月底",
        Unverified,
        None,
    ),
    (
        "2025-03-05",
        "DeepSeek-V3于2025年2月25日开放充值。",
        "2025年2月25日",
        Unverified,
        None,
    ),
    // a market value after the price is no price (市值約2.9萬億美元)
    (
        "2025-01-28",
        "英偉達27日收報118.42美元，市值約2.9萬億美元。",
        "約2.9萬億美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "市值最高的英伟达27日股价收于118.42美元。",
        "118.42美元",
        Supported,
        Some("CH-034"),
    ),
    // the linked rate itself, to two decimals, is still the link
    (
        "2025-05-05",
        "港元兑美元的联系汇率为7.80。",
        "7.80",
        Supported,
        Some("F46"),
    ),
    // an earlier release named as such is held against every vintage
    (
        "2026-01-05",
        "主計總處當時概估2024年經濟成長率為4.30%。",
        "4.30%",
        Supported,
        Some("MA-029"),
    ),
    (
        "2025-11-28",
        "2024年台灣經濟成長率原統計為4.84%。",
        "4.84%",
        Unverified,
        None,
    ),
    (
        "2025-11-28",
        "2024年台灣經濟成長率原統計為3.40%。",
        "3.40%",
        Contradicted,
        None,
    ),
    (
        "2025-03-10",
        "2024年年中香港人口臨時數字為753.18萬人。",
        "753.18萬人",
        Supported,
        Some("MA-018"),
    ),
    // a size given to a model the sentence names by a common noun is not
    // the size of a model named before
    (
        "2025-03-01",
        "GPT-4有1.8万亿参数。32B参数的小模型可在单张RTX 4090上运行。",
        "32B参数",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "OpenAI训练GPT-4用了2.5万块A100。旗舰级模型(671B参数)需要16张A100。",
        "671B参数",
        Unverified,
        None,
    ),
    // a model brought in to set against the subject (相比之下) is no subject
    // of the next paragraph
    (
        "2025-03-01",
        "相比之下，OpenAI训练GPT-4据称花费了约1亿美元。\n\n这个模型总参数为671B，激活参数37B。",
        "671B",
        Unverified,
        None,
    ),
    // a paragraph on a segment: a later revenue the sentence does not tie to
    // the company may be the segment's
    (
        "2025-03-01",
        "英伟达数据中心业务表现抢眼：第四财季营收355.8亿美元。全年的收入为1151.9亿美元。",
        "1151.9亿美元",
        Unverified,
        None,
    ),
    // a chip named after its count across a modifier (受出口管制的) is
    // what is counted, not the whole fleet
    (
        "2025-03-01",
        "深度求索拥有约1万颗受出口管制的H100。",
        "约1万颗",
        Supported,
        Some("F28"),
    ),
    (
        "2025-03-01",
        "深度求索拥有5万张受出口管制的英伟达H100芯片。",
        "5万张",
        Contradicted,
        Some("F28"),
    ),
    // an index written with spaces (标普 500 指数) is the index; other
    // products are not the one named
    (
        "2025-01-28",
        "1月27日,英伟达暴跌近17%,标普 500 指数大盘跌超 1%。",
        "超 1%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "在DeepSeek產品花500萬美元,但從另個角度,其他產品價值就要1千億美元。",
        "1千億美元",
        Unverified,
        None,
    ),
    // a move whose clause names its own mover in words the database lacks
    (
        "2025-01-28",
        "1月27日,英伟达跌近17%;芯片设备制造商科磊跌9.5%、应用材料跌7%。",
        "7%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达周一暴跌。该股收跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a year in brackets dates the figures in the brackets only
    (
        "2026-01-19",
        "2025年中国人口自然增长率为-2.41‰（2024年为-0.99‰）。城镇化率为67.89%，比上年末提高0.89个百分点。",
        "67.89%",
        Unverified,
        None,
    ),
    (
        "2026-01-19",
        "2025年中国人口自然增长率为-2.41‰（2024年为-0.99‰）。",
        "-0.99‰",
        Supported,
        Some("MA-013"),
    ),
    // a group of people (脱贫人口的务工就业) is not the population
    (
        "2025-01-23",
        "截至2024年年底,全國脫貧人口的務工就業規模超過了3300萬人。",
        "超過了3300萬人",
        Unverified,
        None,
    ),
    // a province's statistics bureau is not the country's
    ("2025-02-01", "浙江省统计局公布，2024年经济增长5.5%。", "5.5%", Unverified, None),
    ("2025-02-01", "据统计局数据，2024年我国经济增长5.0%。", "5.0%", Supported, Some("MA-002")),
    // Kimi alone is the assistant, not the model Kimi K2
    ("2025-08-01", "Kimi的参数量为2000亿。", "2000亿", Unverified, None),
    // one of a list handed out with 分别 is not matched with its item
    (
        "2025-02-01",
        "H20和H100的FP16算力分别为148 TFLOPS和989 TFLOPS。",
        "989 TFLOPS",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "H20和H100的FP16算力分别为148 TFLOPS和989 TFLOPS。",
        "148 TFLOPS",
        Supported,
        Some("CH-013"),
    ),
    // what someone said against another party's estimate is no error;
    // the estimator misquoted is one
    (
        "2025-06-01",
        "Scale AI执行长曾称,DeepSeek拥有约5万张H100芯片。",
        "约5万张",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "SemiAnalysis称，DeepSeek拥有约5万张H100。",
        "约5万张",
        Contradicted,
        Some("F28"),
    ),
    // a change from a year further back is not the year's change
    (
        "2025-09-28",
        "2024年末,我国城镇人口94350万人,城镇化率为67.00%,比2020年末提高3.11个百分点。",
        "3.11个百分点",
        Unverified,
        None,
    ),
    (
        "2025-09-28",
        "2024年末,我国城镇化率为67.00%,比2023年末提高0.84个百分点。",
        "0.84个百分点",
        Supported,
        Some("MA-014b"),
    ),
    // another measure (可支配收入), a region (东部地区), a price: none is
    // the database's figure
    (
        "2025-02-01",
        "国家统计局:2024年我国国内生产总值比上年增长5.0%,全国居民人均可支配收入实际增长5.1%。",
        "5.1%",
        Unverified,
        None,
    ),
    (
        "2025-09-28",
        "国家统计局发布报告。2024年末,东部地区常住人口为56702万人,占全国人口的比重为40.32%。",
        "40.32%",
        Unverified,
        None,
    ),
    ("2025-02-01", "DeepSeek-V2的API价格比GPT-4 Turbo降低99%。", "99%", Unverified, None),
    // a bound that marks out a class (高于600 GB/s的芯片) is a threshold
    (
        "2025-02-01",
        "英伟达H100受到管控。根据规定,互联带宽高于1000 GB/s的芯片,均需获得许可。",
        "高于1000 GB/s",
        Unverified,
        None,
    ),
    // a company the database lacks (中芯國際) is its sentence's subject
    (
        "2025-01-28",
        "英偉達昨日股價急瀉17%。港股晶片股也急跌，當中中芯國際最傷，昨日股價大跌逾7%。",
        "逾7%",
        Unverified,
        None,
    ),
    // a hedge on a figure of four digits allows 1%, and does not lean on
    // a rough estimate (約575.6萬 is 557.6萬 with two digits swapped)
    (
        "2025-02-01",
        "DeepSeek-V3的訓練成本更僅約575.6萬美元。",
        "約575.6萬美元",
        Contradicted,
        Some("F04"),
    ),
    ("2025-02-01", "DeepSeek-V3的訓練成本約557.6萬美元。", "約557.6萬美元", Supported, Some("F04")),
    // a bound five times off the figure says it wrong
    (
        "2025-01-28",
        "英偉達1月27日市值損失超過600億美元。",
        "超過600億美元",
        Contradicted,
        Some("CH-032"),
    ),
    (
        "2025-01-28",
        "英偉達1月27日市值損失超過5000億美元。",
        "超過5000億美元",
        Supported,
        Some("CH-032"),
    ),
    // an age in full years (65周岁) is an age, not weeks
    (
        "2025-02-01",
        "国家统计局:2024年末全国人口为140828万人。其中65周岁及以上人口为22023万,占全国人口的15.6%。",
        "15.6%",
        Supported,
        Some("MA-015"),
    ),
    // a name carried from before and a figure a hundred times off it: the
    // sentence is about something else
    (
        "2025-01-18",
        "我国出生人口有所回升。2024年,北京协和医院共接生新生儿4383人。",
        "4383人",
        Unverified,
        None,
    ),
    // a contrast turns the sentence to another subject (而GPT-4o…)
    (
        "2025-02-01",
        "V3总成本约550万美元，而GPT-4o需要上万块H100 GPU，成本高达1亿美元。",
        "高达1亿美元",
        Unverified,
        None,
    ),
    // a round figure of one digit meeting a sibling's says nothing of whose
    // it is; one of several digits does
    ("2025-02-01", "GPT-4o的训练成本高达1亿美元。", "高达1亿美元", Unverified, None),
    (
        "2025-02-01",
        "DeepSeek-R1的训练成本为560万美元。",
        "560万美元",
        Misattributed,
        Some("F04"),
    ),
    // a rule of a recurring series in another month is another rule, not
    // an error; the same month misdated is one
    (
        "2025-02-27",
        "2024年3月29日，美国商务部发布出口管制新规。",
        "2024年3月29日",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "2022年10月17日，美国商务部发布出口管制新规。",
        "2022年10月17日",
        Contradicted,
        Some("CH-018"),
    ),
    // a month that goes back from the sentence's month is of the next year
    (
        "2025-02-05",
        "DeepSeek於2024年12月推出V3，1月26日登頂美國App Store免費榜。",
        "1月26日",
        Supported,
        Some("F39"),
    ),
    // the name after a date and a verb of launch is what was launched
    (
        "2025-01-28",
        "DeepSeek用英偉達H800晶片開發出去年底推出的模型DeepSeek-V3。",
        "去年底",
        Supported,
        Some("F07"),
    ),
    (
        "2025-01-28",
        "DeepSeek於2024年12月26日推出V3，2025年1月20日發布DeepSeek-R1。",
        "2025年1月20日",
        Supported,
        Some("F08"),
    ),
    // a segment (数据中心, 计算收入) or a product line (Blackwell) is not
    // the company's revenue
    (
        "2025-02-27",
        "英伟达2025财年数据中心全年营收达到1151.9亿美元。",
        "1151.9亿美元",
        Supported,
        Some("CH-026"),
    ),
    (
        "2025-02-27",
        "英伟达2025财年第四季度，数据中心计算收入326亿美元，网络收入30亿美元。",
        "326亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "輝達公布2025財年第四季財報，Blackwell晶片需求量驚人，已創造110億美元收入。",
        "110億美元",
        Unverified,
        None,
    ),
    // a quarter named first gives a whole year or another quarter stated
    // after it its year only
    (
        "2025-02-27",
        "英伟达第四季度数据中心营收356亿美元，全年数据中心营收1152亿美元。",
        "1152亿美元",
        Supported,
        Some("CH-026"),
    ),
    (
        "2025-02-01",
        "国家统计局:2024年四季度国内生产总值同比增长5.4%,三季度增长4.6%。",
        "4.6%",
        Unverified,
        None,
    ),
    // a figure from inside the trading day (一度, 盘中, 开盘时) or over
    // several days (累计, 两天内) is not the day's close; the close
    // named in its own clause is
    (
        "2025-01-28",
        "周一(1月27日),截至发稿,英伟达股价一度下挫近15%,市值蒸发近5000亿美元。",
        "近5000亿美元",
        Unverified,
        None,
    ),
    ("2025-01-28", "1月27日,英伟达在开盘时暴跌13%。", "13%", Unverified, None),
    ("2025-01-28", "1月27日,英伟达股价盘中最低跌至116.25美元。", "116.25美元", Unverified, None),
    (
        "2025-01-29",
        "英伟达股价本周累计下跌约20%,市值两天内蒸发超过6000亿美元。",
        "约20%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "1月27日，英伟达开盘后一路下跌，收盘跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-01-28",
        "1月27日，DeepSeek一度讓美股重挫,其中輝達股價重挫近17%。",
        "近17%",
        Supported,
        Some("CH-033"),
    ),
    // Hong Kong's words of a plunge (急瀉, 插) make the move a fall
    ("2025-01-28", "英偉達2025年1月27日股價急瀉17%。", "17%", Supported, Some("CH-033")),
    // a small full stop (﹒) between digits is a decimal point
    ("2025-01-28", "英偉達1月27日股價大跌16﹒97%。", "16﹒97%", Supported, Some("CH-033")),
    // a month's growth is not the year's; an average over years is not
    // one year's
    (
        "2025-02-01",
        "国家统计局:2024年12月份,社会消费品零售总额同比增长3.7%。",
        "3.7%",
        Unverified,
        None,
    ),
    (
        "2025-10-21",
        "我国GDP从2020年的103.5万亿元增长到2024年的134.9万亿元,年均实际增速5.5%。",
        "5.5%",
        Unverified,
        None,
    ),
    // four digits of a group written one by one (十四億○八二八萬)
    (
        "2025-01-20",
        "國家統計局公布，2024年末全國人口十四億○八二八萬人。",
        "十四億○八二八萬人",
        Supported,
        Some("MA-008"),
    ),
    // a quarter written with spaces (Taiwan's 第 1 季) is the quarter's
    ("2025-03-01", "主計總處公布，去年第 1 季經濟成長率為 6.51%。", "6.51%", Unverified, None),
    (
        "2025-03-01",
        "国家统计局公布，2024年第 4 季度国内生产总值增长 5.0%。",
        "5.0%",
        Contradicted,
        Some("MA-003"),
    ),
    // another form of a chip (PCIe, NVL) is not the SXM the database holds
    ("2025-03-01", "H100 PCIe版的显存带宽为2TB/s。", "2TB/s", Unverified, None),
    ("2025-03-01", "H100 SXM的显存带宽为3.35TB/s。", "3.35TB/s", Supported, Some("CH-003")),
    // quarters listed with one 季 and handed out with 分别: which is which
    // quarter's is not read
    (
        "2025-01-18",
        "分季來看，去年第一、二、三、四季，中國GDP分別增長5.3%、4.7%、4.6%、5.4%。",
        "4.7%",
        Unverified,
        None,
    ),
    // the figure before a revision, in brackets (原為4.30%)
    (
        "2025-03-01",
        "主計總處公布，2024年經濟成長率上修為4.59%（原為4.30%）。",
        "4.30%",
        Unverified,
        None,
    ),
    // a change by an amount to a level: the level is not the change
    (
        "2024-09-04",
        "英伟达收跌9.53%报108美元，市值一夜蒸发2790亿美元至2.65万亿美元。",
        "2.65万亿美元",
        Unverified,
        None,
    ),
    // a yardstick after the figure is not its subject; a share of a named
    // thing's figure is no cut; a count of companies whose sentence names
    // no entity list is not the list's additions
    (
        "2025-03-01",
        "DeepSeek以不到600万美元训练出匹敌GPT-4的模型。",
        "不到600万美元",
        Unverified,
        None,
    ),
    ("2025-03-01", "DeepSeek-V2的训练成本仅为GPT-4的5%。", "5%", Unverified, None),
    (
        "2024-12-05",
        "美国12月2日将140家中国企业列入实体清单。新规还管控新加坡及以色列共16家企业。",
        "16家",
        Unverified,
        None,
    ),
    (
        "2024-12-05",
        "美国12月2日将140家中国企业列入实体清单。新规还管控新加坡及以色列共16家企业。",
        "140家",
        Supported,
        Some("CH-022"),
    ),
    // a place the database lacks (南韓) in a list owns its figure
    (
        "2025-03-01",
        "2024年亞洲四小龍中，台灣經濟成長4.59%，新加坡4.4%，香港2.5%，南韓2.0%。",
        "2.0%",
        Unverified,
        None,
    ),
    // a chip the database does not know (L40S) is its figure's subject; a
    // spec word (HBM3e) is not a chip
    ("2025-03-01", "H200显存141GB。L40S显存48GB。", "48GB", Unverified, None),
    ("2025-03-01", "H200的HBM3e显存容量达141GB。", "141GB", Supported, Some("CH-016")),
    // a bound met by a sibling's bound says nothing of whose it is
    ("2025-03-01", "OpenAI的GPT-4o的训练花费了超过1亿美元。", "超过1亿美元", Unverified, None),
    // a class of sizes is no model's size; one named right after is
    ("2025-03-01", "百亿参数模型可单机加载GPT-3模型。", "百亿参数", Unverified, None),
    (
        "2025-08-01",
        "7月12日，月之暗面开源万亿参数大模型 Kimi K2。",
        "万亿参数",
        Supported,
        Some("AI-050"),
    ),
    // (undated: 本年's year is unknown, not the year of an earlier clause)
    (
        "",
        "DeepSeek由幻方量化於2023年成立,本年1月20日發布新模型DeepSeek-R1。",
        "1月20日",
        Unverified,
        None,
    ),
    // a full date one day after an American event's (Beijing's calendar)
    ("2024-05-01", "Meta于2024年4月19日发布Llama 3。", "2024年4月19日", Unverified, None),
    // 本年 is this year, not the year an earlier clause named; a date of
    // a founding is no release date
    (
        "2025-02-10",
        "DeepSeek由幻方量化於2023年成立,本年1月20日發布新模型DeepSeek-R1。",
        "本年1月20日",
        Supported,
        Some("F08"),
    ),
    (
        "2025-02-10",
        "2023年成立的DeepSeek在2024年底推出開源模型V3。",
        "2024年底",
        Supported,
        Some("F07"),
    ),
    // chips owned: counted by kind, a kind the database lacks is not the
    // total of all kinds; a count used for a training run is not one owned
    ("2025-04-16", "DeepSeek有1万颗A100芯片。", "1万颗", Unverified, None),
    ("2025-04-16", "DeepSeek有1万颗H800芯片。", "1万颗", Supported, Some("F27")),
    (
        "2025-04-16",
        "DeepSeek仅用了2048个H800芯片、两个月时间，就完成了AI模型训练。",
        "2048个",
        Unverified,
        None,
    ),
    // the labour force is not the population, nor a region's sales the
    // company's (a chip made for a market is still counted)
    ("2025-03-01", "香港2024年底總勞動人口為383萬人。", "383萬人", Unverified, None),
    (
        "2025-02-27",
        "英伟达2025财年营收1305亿美元。其中，去年全年，英伟达中国区营收171.08亿美元。",
        "171.08亿美元",
        Unverified,
        None,
    ),
    // forecasts: 料为, 可望, 市场料, and 预计 in an earlier clause that the
    // figure's clause goes on with; what turned out is no forecast
    ("2025-03-01", "路透調查顯示，中國2024年經濟增長料為4.9%。", "4.9%", Unverified, None),
    ("2025-03-01", "中國2024年經濟可望增長4.8%。", "4.8%", Unverified, None),
    ("2025-03-01", "市場料香港去年經濟增長3%。", "3%", Unverified, None),
    (
        "2025-03-01",
        "2024年香港的GDP預計將達到3.5萬億港元,同比增長4.5%。",
        "4.5%",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "市场此前预计中国2024年经济增长4.9%，实际增长5%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // the name right after a figure and 的 is the head it describes: a
    // market wrap's other companies are not the paragraph's NVIDIA
    (
        "2025-01-29",
        "1月27日，英伟达股价暴跌17%。股价下跌2.1%的微软位列其前。",
        "2.1%",
        Unverified,
        None,
    ),
    (
        "2025-01-29",
        "1月27日，英伟达股价暴跌17%，跌幅达3%的甲骨文也受拖累。",
        "3%",
        Unverified,
        None,
    ),
    (
        "2025-01-29",
        "训练成本为557.6万美元的DeepSeek-V3引发关注。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a figure the text does not assert: supposed under a condition,
    // passed on as a rumour, or denied
    (
        "2025-02-01",
        "如果出口管制收紧，H20的显存带宽可能直接减半至2TB/s。",
        "2TB/s",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "网传DeepSeek-V3训练只用了1000块H800，实际上是2048块。",
        "1000块",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "网传DeepSeek-V3训练只用了1000块H800，实际上是2048块。",
        "2048块",
        Supported,
        Some("F01"),
    ),
    (
        "2025-02-01",
        "DeepSeek-V3的训练成本并非外界所说的1亿美元。",
        "1亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "DeepSeek-V3训练成本1亿美元的说法并不属实。",
        "1亿美元",
        Unverified,
        None,
    ),
    // (guards: a report is asserted; an assumption the figure is computed
    // from does not make it supposed)
    (
        "2025-02-01",
        "据传媒报道，DeepSeek-V3的训练成本为1亿美元。",
        "1亿美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-02-01",
        "报告假设每GPU小时的租用价格为2美元，由此得出DeepSeek-V3总训练成本约557.6万美元。",
        "约557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a date that is another date of the same entity (the preview's
    // launch) is not held against the full release
    (
        "",
        "OpenAI在2024年9月推出o1系列模型后，引发业界关注。",
        "2024年9月",
        Unverified,
        None,
    ),
    (
        "",
        "OpenAI在2024年7月推出o1系列模型后，引发业界关注。",
        "2024年7月",
        Contradicted,
        Some("AI-044"),
    ),
    // years listed with one 年 for both (2023、2024年…分别): which figure
    // is which year's is not read
    (
        "2025-03-01",
        "中国2023、2024年GDP分别增长5.2%、5.0%。",
        "5.2%",
        Unverified,
        None,
    ),
    // a company the database does not know, named in Latin letters right
    // before its move, owns the move (not the paragraph's NVIDIA)
    (
        "2025-01-28",
        "受DeepSeek冲击，英伟达周一股价暴跌16.97%。电力股同样重挫，Constellation Energy下跌20.85%，Vistra跌28.27%。",
        "20.85%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "受DeepSeek冲击，英伟达周一股价暴跌16.97%。电力股同样重挫，Constellation Energy下跌20.85%，Vistra跌28.27%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a date told in Beijing time may be the next day of an American
    // event, and so may one written plainly (Chinese pages date by
    // Beijing's calendar); the day before is compared as written
    (
        "2025-01-28",
        "北京时间2024年12月6日凌晨，OpenAI发布o1正式版。",
        "2024年12月6日",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "2024年12月6日，OpenAI发布o1正式版。",
        "2024年12月6日",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "2024年12月4日，OpenAI发布o1正式版。",
        "2024年12月4日",
        Contradicted,
        Some("AI-044"),
    ),
    // a chip named in brackets with a figure of its own (H100为80GB) is an aside, not the subject of the next figures
    (
        "2025-03-01",
        "H200是H100的升级版。显存:141GB(H100为80GB)。带宽:4.8TB/s(H100为3.35TB/s)。",
        "4.8TB/s",
        Supported,
        Some("CH-017"),
    ),
    // the base of a comparison owns only a figure right after it
    (
        "2025-03-01",
        "官方定位仅次于旗舰，仍比 H100 高出一截——显存141GB，带宽4.8TB/s。",
        "141GB",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "H20的显存为96GB，比H100的80GB更大。",
        "80GB",
        Supported,
        Some("CH-001"),
    ),
    (
        "2025-03-01",
        "B200的NVLink带宽达到1.8TB/s，相较于上一代H100的900GB/s翻倍。显存为192GB，带宽为8TB/s。",
        "8TB/s",
        Unverified,
        None,
    ),
    // the facts bonus does not lift a name from further back over a later sentence's subject
    (
        "2025-03-01",
        "H100标配80GB显存。B200则采用192GB显存。这一升级至关重要：192 GB超大容量可以容纳更大的模型。",
        "192 GB",
        Unverified,
        None,
    ),
    // a name something is set level with (与GPT-4相当) is a yardstick, no
    // subject to carry to a later paragraph's figure
    (
        "2025-03-01",
        "最新的Qwen3系列在多项测试中达到了与GPT-4相当的性能水平。\n\n该版本提供了720亿参数的规模。",
        "720亿参数",
        Unverified,
        None,
    ),
    // the year before's figure (与上年的5.2%相比, 而上一年仅为902万人) is not the sentence's year's
    (
        "2025-01-20",
        "国家统计局数据显示，2024年中国经济增长5.0%，与上年的5.2%相比有所放缓。",
        "5.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "国家统计局数据显示，2024年中国出生人口954万人，而上一年仅为902万人。",
        "902万人",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "国家统计局数据显示，2024年中国出生人口954万人，而上一年仅为902万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    // a forecast, said in its clause or in a clause before it, or a target, is not the outcome
    (
        "2025-01-20",
        "经济学家预计中国2024年经济增长4.9%。",
        "4.9%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "IMF预测，中国2024年经济增长4.8%。",
        "4.8%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "中国要实现2024年经济增长5.5%的目标并不容易。",
        "5.5%",
        Unverified,
        None,
    ),
    // a party's own estimate of an official figure does not refute it
    (
        "2025-01-20",
        "荣鼎咨询估计中国2024年实际GDP增长仅为2.4%至2.8%。",
        "2.4%至2.8%",
        Unverified,
        None,
    ),
    // a rise in percentage points is the urbanisation rate's only when the sentence speaks of it
    (
        "2025-01-20",
        "2024年，中国研发经费投入强度达2.68%，比上年提高0.1个百分点。",
        "0.1个百分点",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "2024年末，我国城镇常住人口占全国人口的比重为67.00%，比上年末提高0.48个百分点。",
        "0.48个百分点",
        Contradicted,
        Some("MA-014b"),
    ),
    // the brand 通义千问 names no one version of the model
    (
        "2024-01-10",
        "通义千问1.0提供了1.8B到72B参数的多个规模。",
        "1.8B到72B参数",
        Unverified,
        None,
    ),
    // a sector's economy (海洋经济, 数字经济, 民营经济) is not the economy
    // whose growth the database holds; the economy's growth said around a
    // time (中国经济去年增长) is, as 经济增长 is
    (
        "2025-02-01",
        "据自然资源部统计，2024年我国海洋经济增长5.9%。",
        "5.9%",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "2024年中国数字经济增长7.5%。",
        "7.5%",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "2024年，全国民营经济增长6.1%。",
        "6.1%",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "中国经济去年增长4.8%，低于预期。",
        "4.8%",
        Contradicted,
        Some("MA-002"),
    ),
    (
        "2025-02-01",
        "中国经济去年增长5%，达到预期目标。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-02-01",
        "2024年我国国民经济增长4.8%。",
        "4.8%",
        Contradicted,
        Some("MA-002"),
    ),
    (
        "2025-02-27",
        "政府統計處公布，香港經濟去年(2024年)溫和增長2.5%。",
        "2.5%",
        Supported,
        Some("MA-016"),
    ),
    (
        "2025-02-10",
        "主計總處公布，台灣經濟去年成長4.3%。",
        "4.3%",
        Supported,
        Some("MA-029"),
    ),
    // figures handed out over two years with 分别: which is which year's
    // is not read, so none is held against one year's fact
    (
        "2025-11-28",
        "主计总处表示，2023年及2024年台湾经济成长率分别修正为1.08%及5.27%。",
        "1.08%",
        Unverified,
        None,
    ),
    // an undated article: a period its own sentence states is the fact's
    // period, when the database holds one release of the figure; with two
    // releases (a first estimate and a revision) it may quote the first
    (
        "",
        "国家统计局数据显示，2024年全国出生人口为854万人。",
        "854万人",
        Contradicted,
        Some("MA-010"),
    ),
    (
        "",
        "2024年年中，香港人口为760万人。",
        "760万人",
        Unverified,
        None,
    ),
    // a percentage that counts a share of a population (八成行业实现增长)
    // is how many of them, not the growth rate of the sentence
    (
        "2025-01-20",
        "2024年，中国规模以上工业增加值增长5.8%，九成地区、八成行业实现同比增长。",
        "八成",
        Unverified,
        None,
    ),
    // a growth after a level (GDP为…亿元，同比增长) is the level's growth,
    // of whoever has that level: 同比 is no name, and the revenue growth it
    // first suggests is not the figure's
    (
        "2025-03-09",
        "2024年，中国GDP为1349084亿元，同比增长6.0%。",
        "6.0%",
        Contradicted,
        Some("MA-002"),
    ),
    (
        "2025-03-09",
        "2024年，中国GDP为1349084亿元，同比增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a growth whose clause before names another growth's measure (其中
    // 工业增加值…，增长5.7%) is that measure's, not the GDP growth the
    // sentence began with
    (
        "2025-03-09",
        "中国2024年GDP达到1349084亿元，同比增长5.0%，其中规模以上工业增加值为3万亿元，增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    // the database's industrial growth is of the industry above the
    // designated size: all industry's (全部工业增加值…增长5.7%) is another
    // figure, and one that does not say is not checked against it
    (
        "2025-03-09",
        "中国2024年GDP达到1349084亿元，同比增长5.0%，其中工业增加值405442亿元，增长5.7%。",
        "5.7%",
        Unverified,
        None,
    ),
    // a figure written to the same digits as the reference is not one cut
    // short: 5.7% is not 5.8%
    (
        "2025-01-17",
        "2024年，我国规模以上工业增加值比上年增长5.7%。",
        "5.7%",
        Contradicted,
        Some("MA-004"),
    ),
    (
        "2025-01-17",
        "国家统计局数据显示，2024年国内生产总值比上年增长4.9%。",
        "4.9%",
        Contradicted,
        Some("MA-002"),
    ),
    // and one written to fewer digits may be: 278万 for 278.8万
    (
        "2025-02-11",
        "DeepSeek-V3的完整训练只用了278万GPU小时。",
        "278万GPU小时",
        Supported,
        Some("F02"),
    ),
    // another company's fall in its own clause is that company's, even a
    // company the metric is not about: never the name further off
    (
        "2025-01-28",
        "受DeepSeek冲击，英伟达股价暴跌17%，甲骨文股价重挫14%。",
        "14%",
        Unverified,
        None,
    ),
    // but an agency's clause is about what it acts on
    (
        "2024-12-10",
        "美国出口管制新规于12月2日公布。BIS发布新规：将140家实体列入实体清单。",
        "140家",
        Supported,
        None,
    ),
    // a founder's wealth is his, not his company's market value
    (
        "2025-01-28",
        "黃仁勳為輝達最大個人股東，身價一日縮水近208億美元。",
        "近208億美元",
        Unverified,
        None,
    ),
    // how far a price fell (跌幅達…美元) is no price
    (
        "2025-01-28",
        "英偉達周一收報118.42美元，跌幅達24.04美元。",
        "24.04美元",
        Unverified,
        None,
    ),
    // a day of the news one day off, written without its year: another
    // time zone's day, not an error; written in full, the next day is
    // too, the day before is not
    (
        "2025-02-08",
        "DeepSeek应用1月27日登上美国App Store免费榜榜首。",
        "1月27日",
        Unverified,
        None,
    ),
    (
        "2025-02-08",
        "DeepSeek应用于2025年1月27日登上美国App Store免费榜榜首。",
        "2025年1月27日",
        Unverified,
        None,
    ),
    (
        "2025-02-08",
        "DeepSeek应用于2025年1月25日登上美国App Store免费榜榜首。",
        "2025年1月25日",
        Contradicted,
        None,
    ),
    (
        "2025-02-08",
        "DeepSeek应用1月28日登上美国App Store免费榜榜首。",
        "1月28日",
        Contradicted,
        None,
    ),
    // a fiscal year its sentence names with no quarter is the whole year's,
    // and what follows it too, after a report that spoke of its fourth
    // quarter (and 上一季度 is the quarter before, not the first)
    (
        "2024-02-22",
        "英伟达公布2024财年第四季度财报，营收221亿美元，与上一季度相比增长22%。2024财年，该公司的营收达到创纪录的609亿美元。其中，数据中心业务营收达到创纪录的475亿美元。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    (
        "2024-02-22",
        "英伟达公布2024财年第四季度财报，营收221亿美元，与上一季度相比增长22%。2024财年，该公司的营收达到创纪录的609亿美元。其中，数据中心业务营收达到创纪录的475亿美元。",
        "475亿美元",
        Supported,
        Some("CH-031"),
    ),
    // a budget for a training run is its cost
    (
        "2025-02-10",
        "DeepSeek-V3以557.6万美元预算，在2048个H800 GPU集群上完成训练。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // a figure its sources disagree on (a close of $118.42, or CNBC's
    // $118.58, a fall of 16.86%): within 1% of it is no contradiction
    (
        "2025-01-28",
        "輝達股價單日跌幅達16.86%，收報118.58美元。",
        "16.86%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "輝達股價單日跌幅達16.86%，收報118.58美元。",
        "118.58美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "輝達股價單日跌幅達15.2%，收報116.42美元。",
        "116.42美元",
        Contradicted,
        Some("CH-034"),
    ),
    // when it moved is no name of its own (單日下跌): the clause before's
    // company fell
    (
        "2025-01-28",
        "輝達的股價遭遇重創，單日下跌16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a number near another figure of the database, but not it to its last
    // digit, is no sign the text meant that one: 529.1万 is neither the
    // run's 557.6万 nor pre-training's 532.8万
    (
        "2025-02-11",
        "DeepSeek-V3的训练成本为529.1万美元。",
        "529.1万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的训练成本为533万美元。",
        "533万美元",
        Unverified,
        None,
    ),
    // a rate in time is no amount: 每秒33.33个token is how fast, not how
    // many tokens GPT-4 was trained on
    (
        "2023-07-13",
        "GPT-4使用了包含13万亿tokens的数据集训练。外媒表示，8x H100也无法以每秒33.33个Token的速度提供所需的密集参数模型。",
        "33.33个Token",
        Unverified,
        None,
    ),
    // the scope is named where the measure is: in the clause of the figure
    // or the one before, not anywhere in the sentence
    (
        "2025-01-20",
        "2024年，我国规模以上工业增加值比上年增长5.8%，而全部工业增加值为405442亿元，增长5.7%。",
        "5.7%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "国家统计局称，2024年全国农民工总量为29973万人，比上年增加220万人，这一增量与总人口的变化无关。",
        "220万人",
        Unverified,
        None,
    ),
    // a day the sentence names from the article's date (周一) is that day,
    // whatever year an earlier paragraph spoke of
    (
        "2025-01-28",
        "2024年我国国内生产总值为1349084亿元。\n\n受DeepSeek冲击，英伟达周一股价单日下跌16.97%，收报118.42美元。",
        "118.42美元",
        Supported,
        Some("CH-034"),
    ),
    // a person's wealth named in the clause before the figure
    (
        "2025-01-28",
        "福布斯富豪榜顯示,英偉達創始人黃仁勛的個人財富,也在周一蒸發超208億美元。",
        "超208億美元",
        Unverified,
        None,
    ),
    // all industry is wider than the industry above the designated size
    (
        "2025-01-20",
        "国家统计局公布，2024年全年全部工业增加值405442亿元，比上年增长5.7%；规模以上工业增加值增长5.8%。",
        "5.7%",
        Unverified,
        None,
    ),
    // a name that was only a yardstick earlier (能力达到GPT-4) is carried to
    // no later figure
    (
        "2024-04-20",
        "Meta发布Llama 3，能力达到GPT-4的水平。\n\n这一代模型的训练规模更大。\n\n该模型拥有七百亿参数，用了两万张卡训练。",
        "七百亿参数",
        Unverified,
        None,
    ),
    // a sub-heading's own figure opens a topic: no name is carried to it
    (
        "2025-09-18",
        "DeepSeek-R1论文登上《自然》封面。\n\n团队强调DeepSeek-V3 Base基座模型以互联网数据为来源。\n\n训练成本仅29.4万美元\n\n研究团队在论文补充材料中披露了训练细节。",
        "29.4万美元",
        Unverified,
        None,
    ),
    // a market quote of the Hong Kong dollar is not the linked rate
    (
        "2025-06-27",
        "港元匯價持續偏弱，觸發7.85兌1美元的弱方兌換保證。港元匯價較早時報7.8493兌1美元。",
        "7.8493",
        Unverified,
        None,
    ),
    // a quarter's figure by its own word in a report of a quarter and the
    // whole year is the quarter's, not the year's
    (
        "2024-02-22",
        "NVIDIA 发布 2024 财年第四季度及全年财务报告\n\n季度收入创下 221 亿美元的纪录，较去年同期增长 265%。",
        "221 亿美元",
        Unverified,
        None,
    ),
    // a country the database does not hold owns its clause's figure of an
    // economy: not the economy the article spoke of before
    (
        "2025-01-20",
        "国家统计局数据显示，我国人口减少。2024年末印度人口达14.28亿，超过中国。",
        "14.28亿",
        Unverified,
        None,
    ),
    // Taiwan's 綜合統計處 is no Hong Kong statistics department: the
    // figure is checked against Taiwan's growth, not Hong Kong's
    (
        "2025-02-20",
        "主計總處綜合統計處長表示，2024年經濟成長率為4.84%。",
        "4.84%",
        Contradicted,
        Some("MA-029"),
    ),
    // a nominal growth is not the real growth of the database; a level at
    // current prices is the level
    (
        "2025-01-17",
        "2024年我国国内生产总值名义增长4.2%，实际增长5.0%。",
        "4.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "2024年我国国内生产总值名义增长4.2%，实际增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // sub-groups of the jobless: the largest cities, residents by hukou
    (
        "2025-01-17",
        "12月份，我国城镇调查失业率为5.1%，31个大城市城镇调查失业率为5.0%。",
        "5.0%",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "12月份，我国本地户籍劳动力调查失业率为5.3%，外来户籍劳动力失业率为4.6%。",
        "5.3%",
        Unverified,
        None,
    ),
    // people added who are not the population (migrant workers), and the
    // population's own change at the year's end
    (
        "2025-01-17",
        "2024年我国农民工总量29973万人，比上年增加了220万人。",
        "220万人",
        Unverified,
        None,
    ),
    // (an undated release: the change is the year's, counted at its end)
    (
        "",
        "国家统计局1月17日发布，2024年末全国人口140828万人，比上年末减少139万人。",
        "139万人",
        Supported,
        Some("MA-009"),
    ),
    // words that fit two metrics alike (价格: the input or the output
    // price) do not say which: a figure that matches neither may be a
    // third price the database lacks (a cache-hit price)
    (
        "2025-03-09",
        "DeepSeek-V3的调用价格为0.5元/百万tokens。",
        "0.5元",
        Unverified,
        None,
    ),
    (
        "2025-03-09",
        "DeepSeek-V3的价格为2元/百万tokens。",
        "2元",
        Supported,
        Some("AI-037"),
    ),
    (
        "2025-03-09",
        "DeepSeek-V3的输出价格为5元/百万tokens。",
        "5元",
        Contradicted,
        Some("AI-038"),
    ),
    // a model the sentence introduces without naming it is not the model
    // an earlier paragraph named
    (
        "2025-03-09",
        "DeepSeek-V3的训练时长为278.8万GPU小时。\n\n分析师认为市场预期仍然很高。\n\n2024年3月4日，OpenAI发布新模型，据称其训练成本超过46亿美元。",
        "超过46亿美元",
        Unverified,
        None,
    ),
    // five orders of magnitude from the reference, with the entity named
    // outside the sentence: another quantity, not a misreport
    (
        "2025-03-09",
        "GPT-3拥有1750亿个参数。训练它时，集群每秒钟可完成千万亿次浮点运算。",
        "千万亿次浮点运算",
        Unverified,
        None,
    ),
    // a slip of 万 for 亿 is still a misreport
    (
        "2025-03-09",
        "DeepSeek-V3的训练成本为557.6亿美元。",
        "557.6亿美元",
        Contradicted,
        Some("F04"),
    ),
    // what one training run needs is not the fleet a company owns
    (
        "2025-03-01",
        "据介绍，DeepSeek的模型只用价值约560万美元的英伟达芯片即可训练。",
        "约560万美元",
        Unverified,
        None,
    ),
    // a forecast in the clause before governs the figure after it
    (
        "2025-03-01",
        "政府预测香港经济在2024年会进一步扩张，全年实质增长介于3.5%至4.5%。",
        "3.5%至4.5%",
        Unverified,
        None,
    ),
    // a figure of one day is that day's when the article is that day's
    // news, or names the day; months later, with no day named, it is not
    (
        "2025-01-28",
        "英伟达周一收跌26.97%，创下历史纪录。",
        "26.97%",
        Contradicted,
        Some("CH-033"),
    ),
    (
        "2025-01-28",
        "英伟达股价昨日重挫16.97%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    (
        "2025-01-29",
        "英伟达周二反弹8.9%，收复部分失地。",
        "8.9%",
        Unverified,
        None,
    ),
    (
        "2025-11-26",
        "英伟达曾在10月29日触及历史高点。不过仅过去27天，其股价较历史高点已大跌16%。",
        "16%",
        Unverified,
        None,
    ),
    // a lower bound in the database says nothing of a figure far above it
    (
        "2025-02-01",
        "奥特曼曾表示，GPT-4的训练成本超过4亿美元。",
        "超过4亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "奥特曼曾表示，GPT-4的训练成本超过1亿美元。",
        "超过1亿美元",
        Supported,
        None,
    ),
    // a size of a family named after the figure in its clause is one
    // member's, not the family's largest
    (
        "2024-08-01",
        "Llama3.1系列有三个版本，分别是80亿参数规模的Llama3.1-8B、700亿参数规模的Llama3.1-70B和4050亿参数规模的Llama3.1-405B。",
        "80亿参数",
        Unverified,
        None,
    ),
    // the future's figure is not a figure the article reports
    (
        "2025-03-01",
        "据悉，GPT-4未来的训练可能涉及1000万块GPU。",
        "1000万块",
        Unverified,
        None,
    ),
    // a stage of a training run is a part of the run's GPU hours, not
    // another stage's figure; a total after the stages is the run's
    (
        "2025-02-01",
        "DeepSeek-V3的训练分几步。上下文扩展阶段:使用了约11.9万GPU小时。",
        "约11.9万GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "DeepSeek-V3后期训练阶段使用了约5000 GPU小时。",
        "约5000 GPU小时",
        Unverified,
        None,
    ),
    // 去年 after a base year in its sentence may not count from the day of
    // publication (902万 is the 2023 figure): neither reading is evidence;
    // alone, after another figure's year or after a date of the
    // publication year, it counts from the day of publication
    (
        "2025-01-20",
        "国家统计局称，这一数据相比2023年有所增长，去年全年出生人口为902万人。",
        "902万人",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "与2023年相比，中国GDP去年增长5.2%。",
        "5.2%",
        Unverified,
        None,
    ),
    (
        "2025-01-20",
        "中国2023年GDP增长5.2%，去年GDP增长5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    (
        "2025-01-20",
        "国家统计局表示，去年全年出生人口为902万人。",
        "902万人",
        Contradicted,
        Some("MA-010"),
    ),
    (
        "2025-01-20",
        "国家统计局2025年1月17日公布，去年全年出生人口为954万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    // a vague figure near the reference (数万亿 against an estimate of
    // 1.8万亿) neither matches nor refutes it; one far off still does
    (
        "2025-06-01",
        "业内普遍认为，GPT-4拥有数万亿参数。",
        "数万亿参数",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "有人认为，GPT-4的训练成本只有数百万美元。",
        "数百万美元",
        Contradicted,
        None,
    ),
    // a count "active" per token (English in Chinese text) is the activated
    // parameters, not the total the clause named before it
    (
        "2025-06-01",
        "Mixtral 8x7B有47B 总参数但每 token 只有约12B active。",
        "约12B",
        Supported,
        Some("AI-054"),
    ),
    // a version or a size after a known name names another model: GPT-4.5
    // is not GPT-4, Mixtral 8x22B is not the Mixtral the database knows,
    // Kimi k1.5 is not Kimi K2; their figures stay unverified
    (
        "2025-06-01",
        "有报道称，GPT-4.5的训练动用了约2.5万块GPU。",
        "约2.5万块",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "有报道称，GPT-4的训练动用了约2.5万块GPU。",
        "约2.5万块",
        Supported,
        None,
    ),
    (
        "2025-06-01",
        "Mistral随后推出的Mixtral 8x22B，总参数为1410亿。",
        "1410亿",
        Unverified,
        None,
    ),
    (
        "2025-06-01",
        "Mistral此前推出的Mixtral 8x7B，总参数为470亿。",
        "470亿",
        Supported,
        Some("AI-053"),
    ),
    (
        "2025-09-01",
        "月之暗面在推出K2之前发布过Kimi k1.5，参数规模约为2000亿。",
        "约为2000亿",
        Unverified,
        None,
    ),
    (
        "2025-09-01",
        "DeepSeek-V2.5的参数量为2360亿，与上一代相同。",
        "2360亿",
        Unverified,
        None,
    ),
    // the model a sentence names is its figure's subject, though a model
    // named in the sentence before has a fact of that measure: R1's
    // training cost given as V3's figure is misattributed, not supported
    (
        "2025-02-11",
        "DeepSeek于2024年底发布大模型v3并开源，性能优于主流开源模型。\n2025年1月20日发布r1模型，用强化学习让模型具备了推理的能力，各项测试成绩全面提升，训练成本仅560万美元。",
        "560万美元",
        Misattributed,
        Some("F04"),
    ),
    // 名为X的 names the model; it does not compare with it: the price is
    // V2's, which the database does not hold, not V3's
    (
        "2025-06-01",
        "DeepSeek-V3引发关注。\n起因是他们此前发布的一款名为DeepSeek V2的开源模型，给出了罕见的性价比：推理成本被降到每百万token仅1块钱。",
        "1块",
        Unverified,
        None,
    ),
    // rounding allowed by the wording
    (
        "2025-02-11",
        "Llama 3.1-405B的训练时长为3,080万GPU小时。",
        "3,080万GPU小时",
        Supported,
        Some("F16"),
    ),
    (
        "2025-02-11",
        "Llama 3.1-405B的训练时长为3,840万GPU小时。",
        "3,840万GPU小时",
        Contradicted,
        Some("F16"),
    ),
    // a figure cut at its last digit, not rounded (278万 for 278.8万), is
    // the reference as writers shorten it; one digit further is not
    (
        "2025-02-11",
        "DeepSeek-V3的训练总计耗用278万GPU小时。",
        "278万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-02-11",
        "DeepSeek-V3的训练总计耗用277万GPU小时。",
        "277万GPU小时",
        Contradicted,
        Some("F02"),
    ),
    // the amount of a change is not the level it changed (出生人数增加了
    // 52万人 is not the number of births)
    (
        "2025-02-11",
        "国家统计局发布数据，相比2023年，2024年出生人口增加了52万人。",
        "52万人",
        Unverified,
        None,
    ),
    // "as high as" states the figure, it is not an upper bound that any
    // smaller amount meets
    (
        "2025-02-11",
        "DeepSeek-V3的训练成本高达5000万美元。",
        "高达5000万美元",
        Contradicted,
        Some("F04"),
    ),
    // a share of GDP is not the urbanisation rate
    (
        "2025-02-11",
        "2024年，中国农林牧渔业在GDP中的比重约6.8%。",
        "约6.8%",
        Unverified,
        None,
    ),
    // a system's total is not one card's bandwidth
    (
        "2025-02-11",
        "H100搭载第四代NVLink，单卡带宽900GB/s，8卡系统总带宽6.4TB/s。",
        "6.4TB/s",
        Unverified,
        None,
    ),
    // another precision's figure is not FP16's
    (
        "2025-02-11",
        "英伟达H20的FP16算力为148TFLOPS，TF32为74TFLOPS。",
        "74TFLOPS",
        Unverified,
        None,
    ),
    // a company's compute bill is not a model's training cost
    (
        "2025-02-11",
        "OpenAI在2023年的计算成本预计超过80亿美元，GPT-4则是其旗舰模型。",
        "超过80亿美元",
        Unverified,
        None,
    ),
    // a sector's growth is not the economy's
    (
        "2025-02-11",
        "2024年中国经济增长5%，其中信息技术服务业增长10.9%。",
        "10.9%",
        Unverified,
        None,
    ),
    // a preview's date is not the full release's, but the preview's (the
    // note in brackets between 预览版 and the date is passed over)
    (
        "2025-01-10",
        "OpenAI o1首次以预览版形式（o1-preview和o1-mini）于2024年9月12日发布，完整版于2024年12月5日推出。",
        "2024年9月12日",
        Supported,
        Some("AI-043"),
    ),
    (
        "2025-01-10",
        "OpenAI o1首次以预览版形式（o1-preview和o1-mini）于2024年9月12日发布，完整版于2024年12月5日推出。",
        "2024年12月5日",
        Supported,
        Some("AI-044"),
    ),
    // 耗费 names a training run's cost
    (
        "2025-02-11",
        "DeepSeek-V3仅使用了2048块英伟达H800 GPU，耗费了557.6万美元就完成了训练。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    // the initial investment, stated; a yearly amount is not it
    (
        "2025-02-11",
        "星际之门项目初始投资为1000亿美元，此后一年投1000亿美元，四年合计5000亿美元。",
        "1000亿美元",
        Supported,
        Some("AI-046"),
    ),
    // a plural pronoun points back to several things: not to the one
    // name before the sentence
    (
        "2025-02-11",
        "英伟达H20拥有96GB的HBM3显存。另两款产品L20与L2同样采用PCIe板卡形式。它们配备了48GB与24GB的GDDR6显存。",
        "48GB",
        Unverified,
        None,
    ),
    // a figure attributed to a source is held against that source's own
    // estimate (SemiAnalysis put GPT-4's training at about $63M)
    (
        "2025-02-11",
        "以OpenAI的GPT-4为例，据SemiAnalysis估算，其训练成本约为1亿美元。",
        "约为1亿美元",
        Contradicted,
        Some("AI-010"),
    ),
    // a rate per so many of something is not the whole run's figure
    (
        "2025-02-11",
        "DeepSeek-V3每万亿token的训练仅需18万GPU小时。",
        "18万GPU小时",
        Unverified,
        None,
    ),
    // a bound and a conversion that inherits it
    (
        "2025-02-11",
        "深度求索的芯片投资额应在5亿美元(约39亿港元)以上。",
        "约39亿港元",
        Supported,
        Some("F31"),
    ),
    // the HKD conversion of a wrong USD figure is wrong too
    (
        "2025-02-11",
        "DeepSeek-V3的训练成本为657.6万美元（约5,129万港元）。",
        "约5,129万港元",
        Contradicted,
        Some("F04"),
    ),
    // a fact published after the article never contradicts it
    (
        "2025-02-11",
        "外界估计DeepSeek-R1的训练成本只有600万美元左右。",
        "600万美元左右",
        Unverified,
        None,
    ),
    // of several vintages, the one the article could know (Taiwan GDP, Feb 2025)
    (
        "2025-02-05",
        "主計總處公布，台灣2024年經濟成長率為4.30%。",
        "4.30%",
        Supported,
        Some("MA-029"),
    ),
    // an agency reports its economy's figures
    (
        "2025-01-20",
        "国家统计局公布，2024年全年出生人口954万人。",
        "954万人",
        Supported,
        Some("MA-010"),
    ),
    (
        "2025-01-20",
        "国家统计局公布，2024年全年死亡人口1039万人。",
        "1039万人",
        Contradicted,
        Some("MA-012"),
    ),
    // a stated period the database does not cover is not compared with another
    (
        "2025-01-20",
        "国家统计局公布，第三季度GDP同比增长4.6%。",
        "4.6%",
        Unverified,
        None,
    ),
    // a fall written as a positive number
    (
        "2025-01-28",
        "輝達股價週一重挫16.97%，收在118.42美元。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // growth inherits the measure named in the clause before
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。其中資料中心營收1,152億美元，成長142%。",
        "142%",
        Supported,
        Some("CH-027"),
    ),
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。其中資料中心營收1,152億美元，成長124%。",
        "124%",
        Contradicted,
        Some("CH-027"),
    ),
    // no period stated: a figure that changes with time is not compared
    (
        "2025-02-27",
        "輝達公布業績。其中資料中心營收1,152億美元，成長124%。",
        "124%",
        Unverified,
        None,
    ),
    // the period of a fiscal-year report carries to the next paragraph
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。\n\n資料中心營收1,152億美元，成長124%。",
        "124%",
        Contradicted,
        Some("CH-027"),
    ),
    // 上一財年 is the fiscal year before the one reported
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。作為比較，英偉達上一財年的全年收入為609億美元。",
        "609億美元",
        Supported,
        Some("CH-030"),
    ),
    // a metric word in a later clause with its own figure is that figure's
    (
        "2025-02-27",
        "輝達公布2025財政年度業績。上一財年的全年收入為609億美元，其中數據中心業務收入為475億美元。",
        "609億美元",
        Supported,
        Some("CH-030"),
    ),
    // a year stated earlier in the article is the year of later figures
    (
        "2025-01-18",
        "2024年中国经济数据公布。\n\n全年规模以上工业增加值增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    // a half-year is not answered by the whole year
    (
        "2025-01-18",
        "2024年上半年，中国GDP同比增长5.0%。",
        "5.0%",
        Unverified,
        None,
    ),
    // an undated figure in the news of its day is that day's
    (
        "2025-02-12",
        "DeepSeek应用累计下载量已超1.1亿次。",
        "超1.1亿次",
        Supported,
        Some("F43"),
    ),
    // ... but not a month later
    (
        "2025-03-20",
        "DeepSeek应用累计下载量已超1.1亿次。",
        "超1.1亿次",
        Unverified,
        None,
    ),
    // in a list of names, each figure is the name's before it
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌16.97%，博通暴跌超17%，纳指跌3.07%。",
        "超17%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌16.97%，博通暴跌超17%，纳指跌3.07%。",
        "3.07%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌16.97%，博通暴跌超17%，纳指跌3.07%。",
        "16.97%",
        Supported,
        Some("CH-033"),
    ),
    // a sub-population is not the whole population
    (
        "2025-01-18",
        "2024年末全国人口140828万人，其中男性人口71909万人。",
        "71909万人",
        Unverified,
        None,
    ),
    (
        "2025-01-18",
        "2024年末，城镇常住人口94350万人。",
        "94350万人",
        Unverified,
        None,
    ),
    // a quarter named in a fiscal-year report is that fiscal quarter
    (
        "2025-02-27",
        "英伟达公布2025财年Q4财报：第四财季营收393.3亿美元。",
        "393.3亿美元",
        Supported,
        Some("CH-028"),
    ),
    // a segment's growth is not the company's
    (
        "2025-02-27",
        "英伟达公布2025财年业绩。汽车业务全年营收为16.9亿美元，同比增长55%。",
        "55%",
        Unverified,
        None,
    ),
    // a figure with no word for what it measures is a hint, never a verdict
    (
        "2025-02-11",
        "DeepSeek-V3的数字是557.6万美元。",
        "557.6万美元",
        Unverified,
        None,
    ),
    // a "wrong" figure that is exactly another figure of the entity is
    // probably that figure: not contradicted
    (
        "2025-02-27",
        "英伟达公布2025财年业绩。全年营收同比增长142%。",
        "142%",
        Unverified,
        None,
    ),
    // a span over time read as one range is not a figure
    (
        "2025-01-24",
        "2024年，我国GDP实现了从60万亿元到134万亿元的跨越。",
        "60万亿元到134万亿元",
        Unverified,
        None,
    ),
    // a year is not answered by one month of it (the December rate)
    (
        "2025-01-18",
        "国家统计局数据显示，2024年全国城镇调查失业率为5.1%。",
        "5.1%",
        Unverified,
        None,
    ),
    (
        "2025-01-18",
        "国家统计局数据显示，2024年12月全国城镇调查失业率为5.1%。",
        "5.1%",
        Supported,
        Some("MA-007"),
    ),
    // no publication date: a figure that changes with time cannot
    // contradict, unless its own sentence states its period (the first
    // rows above); a period carried from an earlier sentence does not
    (
        "",
        "2024年末的统计已经公布。中国全国人口为14.2亿人。",
        "14.2亿人",
        Unverified,
        None,
    ),
    (
        "2025-01-18",
        "2024年末，中国全国人口为14.2亿人。",
        "14.2亿人",
        Contradicted,
        Some("MA-008"),
    ),
    // a company the database does not know is not the one named before
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌约17%。美国联合能源公司股价下跌21%，Vistra的股价下跌29%。",
        "21%",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌约17%。美国联合能源公司股价下跌21%，Vistra的股价下跌29%。",
        "29%",
        Unverified,
        None,
    ),
    // a person's figure is the person's, not the company's
    (
        "2025-01-28",
        "1月27日，英伟达市值蒸发近6000亿美元，黄仁勋的个人财富也缩水约210亿美元。",
        "约210亿美元",
        Unverified,
        None,
    ),
    // the base of a comparison is not the time of what follows
    (
        "2025-01-18",
        "2024年中国GDP增长5.0%，较2023年的5.2%有所放缓。\n\n全年规模以上工业增加值增长5.8%。",
        "5.8%",
        Supported,
        Some("MA-004"),
    ),
    // a forecast named as such is not the figure
    (
        "2025-02-05",
        "主計總處公布，台灣經濟成長率為4.30%，較預測數(4.27%)增加0.03個百分點。",
        "4.27%",
        Unverified,
        None,
    ),
    // a starting point is not the figure
    (
        "2025-01-15",
        "英伟达的A800把芯片间互连带宽从600GB/s降到400GB/s。",
        "600GB/s",
        Unverified,
        None,
    ),
    // exact facts are points: 350 W is not "about 400"
    (
        "2025-02-01",
        "輝達H20晶片的功耗為350W。",
        "350W",
        Contradicted,
        Some("CH-014"),
    ),
    // exchange rates
    (
        "2025-03-01",
        "在聯繫匯率下1美元約可兌7.8港元。",
        "7.8港元",
        Supported,
        Some("F46"),
    ),
    // a sibling's figure of a model's own training run, given as this
    // model's, is misattributed, naming whose it is
    (
        "2025-02-11",
        "OpenAI GPT-4o使用了25,000颗高阶GPU。",
        "25,000颗",
        Misattributed,
        Some("F21"),
    ),
    // … also when the named model has its own figure, and it differs
    (
        "2025-02-11",
        "Llama 3.1 405B的训练用了3,930万GPU小时。",
        "3,930万GPU小时",
        Misattributed,
        Some("F17"),
    ),
    // … but not a figure siblings may share (a fine-tune keeps its base's size)
    (
        "2025-02-11",
        "GPT-4o的参数量约为1.8万亿。",
        "约为1.8万亿",
        Unverified,
        None,
    ),
    // the base of a comparison is not the subject (低于X, 比肩X)
    (
        "2025-02-11",
        "DeepSeek V3的训练成本显著低于Llama 3 405B，仅用了不到280万个GPU小时。",
        "不到280万个GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-02-11",
        "DeepSeek观察\nR1模型性能比肩OpenAI的o1模型正式版，且训练成本仅为560万美元。",
        "560万美元",
        Misattributed,
        Some("F04"),
    ),
    // … and so is what a compared name owns (比肩OpenAI的o1)
    (
        "2025-01-28",
        "DeepSeek观察\n据介绍，R1模型在数学、代码等任务上，性能比肩OpenAI的o1模型正式版，且训练成本仅为560万美元。",
        "560万美元",
        Misattributed,
        Some("F04"),
    ),
    // a market move of a name the database does not know is that name's
    (
        "2025-01-28",
        "1月27日，英伟达领跌，迈威尔科技跌超19%，博通跌逾17%。",
        "超19%",
        Unverified,
        None,
    ),
    // a change against a stated year, and the change of a change, are not
    // the figure of the metric named
    (
        "2025-01-17",
        "国家统计局数据显示，2024年全国出生人口为954万人，比2023年增加52万人。",
        "52万人",
        Unverified,
        None,
    ),
    // one of several, residents by kind, one case of a price: scope
    (
        "2025-02-11",
        "GPT-4由16个专家组成，每个专家的参数量约为1110亿。",
        "约为1110亿",
        Unverified,
        None,
    ),
    (
        "2024-08-20",
        "2024年年中，香港总人口中常住居民为7287400人。",
        "7287400人",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3每百万输入tokens价格为0.5元（缓存命中）。",
        "0.5元",
        Unverified,
        None,
    ),
    // … but the list price is the cache miss's
    (
        "2025-03-01",
        "DeepSeek-V3每百万输出tokens价格为8元（缓存未命中）。",
        "8元",
        Supported,
        Some("AI-038"),
    ),
    // a word in a note in brackets explains, it does not name the figure
    (
        "2025-10-01",
        "DeepSeek-R1的整个训练成本（包括预训练和强化学习阶段）可能在600万美元到630万美元之间。",
        "600万美元到630万美元",
        Unverified,
        None,
    ),
    // text pasted from a PDF: a metric's words with a space after the digits
    (
        "2025-01-17",
        "国家统计局发布，2024 年末 65 岁及以上人口占全国人口的 15.6 %。",
        "15.6 %",
        Supported,
        Some("MA-015"),
    ),
    // the topic of a sentence carries across its commas: the 910C's memory,
    // not the H100's it is compared with
    (
        "2025-03-01",
        "华为昇腾910C被视为H100的国产替代品，显存容量为128GB。",
        "128GB",
        Unverified,
        None,
    ),
    // one size of a family is not the family's figure
    (
        "2025-02-11",
        "在Llama 3.1系列中，70B版本的训练耗费了700万GPU小时。",
        "700万GPU小时",
        Unverified,
        None,
    ),
    // a source at the head of a sentence is not what 该公司 points back to
    (
        "2025-02-11",
        "半导体研究机构SemiAnalysis认为，估计深度求索拥有5万颗芯片，芯片投资额应在5亿美元以上，故此该公司总资本支出可能高达16亿美元。",
        "高达16亿美元",
        Supported,
        Some("F32"),
    ),
    // a name after a preposition (以X为基础) is not the sentence's topic
    (
        "2025-02-11",
        "外界只是以DeepSeek-V3论文所述的557.6万美元训练成本为基础，估计R1训练成本应该不会比V3高出多少，于是猜想可能是600万美元左右。",
        "600万美元左右",
        Unverified,
        None,
    ),
    // a speaker's affiliation is not the subject of the figure
    (
        "2025-02-11",
        "深度求索拥有约5万颗Hopper芯片。Anthropic首席执行官阿莫代指出，这些芯片本身就值10亿美元左右。",
        "10亿美元左右",
        Supported,
        Some("F36"),
    ),
    // … nor when the model is named only in an earlier sentence
    (
        "2025-02-11",
        "GPT-4o是OpenAI的旗舰模型。据估计，训练它用了25,000颗高阶GPU。",
        "25,000颗",
        Unverified,
        None,
    ),
    // a product the database does not know, named before its price, owns
    // it; the model it is compared with after it does not
    (
        "2025-03-20",
        "当OpenAI宣布o3-pro API每百万token收费80美元时，这个价格是同期DeepSeek-R1的145倍。",
        "80美元",
        Unverified,
        None,
    ),
    // … nor when the price's own subject is left unnamed
    (
        "2025-03-20",
        "DeepSeek-R1的定价很低。OpenAI宣布新模型每百万token收费80美元，是同期DeepSeek-R1的145倍。",
        "80美元",
        Unverified,
        None,
    ),
    // a price in brackets after a model's name is that model's: GPT-4
    // Turbo is not GPT-4 and not the model compared before it
    (
        "2025-03-20",
        "这一收费是同期DeepSeek-R1（0.55美元/百万token）的270倍，甚至超过GPT-4 Turbo（10美元/百万token）的15倍。",
        "10美元",
        Unverified,
        None,
    ),
    (
        "2025-03-20",
        "这一收费是同期DeepSeek-R1（0.55美元/百万token）的270倍，甚至超过GPT-4 Turbo（10美元/百万token）的15倍。",
        "0.55美元",
        Supported,
        Some("AI-035"),
    ),
    // a name is not carried past a section heading to the figures under it
    (
        "2025-03-20",
        "GPT-4的定价引来不少批评，外界多拿它与其他模型相比。\n一、训练方法\n研究人员先用2.3万亿token训练基础模型，再做强化学习。",
        "2.3万亿token",
        Unverified,
        None,
    ),
    // a move after an index's name, in a later clause of its sentence, is
    // the index's, not the company's the article is about
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌17%，市值蒸发近6000亿美元；同日标普500指数下跌1.5%，纳斯达克指数收跌600多点，跌幅3.1%。",
        "3.1%",
        Unverified,
        None,
    ),
    // … and an index the database does not know leaves it to no one
    (
        "2025-01-28",
        "1月27日，英伟达股价暴跌17%；同日创业板指数收跌80点，跌幅4.2%。",
        "4.2%",
        Unverified,
        None,
    ),
    // a day's fall needs its day: a month carried from an earlier sentence
    // does not say which day
    (
        "2025-02-10",
        "英伟达上月遭遇重挫。受出口禁令影响，英伟达在华市占率由三年前的九成，大跌至约四成。",
        "约四成",
        Unverified,
        None,
    ),
    // a growth after another growth of the same measure is that measure's:
    // household income's real growth is not GDP growth
    (
        "2025-01-17",
        "2024年，我国居民人均可支配收入41314元，比上年名义增长5.3%，扣除价格因素实际增长5.1%。",
        "5.1%",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "2024年，我国居民人均可支配收入41314元，实际增长5.1%。",
        "5.1%",
        Unverified,
        None,
    ),
    // a real growth that follows nothing else measured stays the economy's
    (
        "2025-03-01",
        "2024年香港经济实质增长2.6%。",
        "2.6%",
        Contradicted,
        Some("MA-016"),
    ),
    // a measure per head is not the total
    (
        "2025-01-17",
        "2024年我国人均GDP为1349084亿元。",
        "1349084亿元",
        Unverified,
        None,
    ),
    (
        "2025-01-17",
        "2024年我国国内生产总值为1349084亿元。",
        "1349084亿元",
        Supported,
        None,
    ),
    // industry's growth after GDP's: a 增加值 is no growth clause to skip
    (
        "2025-01-17",
        "中国2024年GDP达到1349084亿元，同比增长5.0%，其中规模以上工业增加值为3万亿元，增长4.0%。",
        "4.0%",
        Contradicted,
        Some("MA-004"),
    ),
    // a company's quarter named by its number in the news of its results
    // is the fiscal quarter just reported, not the calendar's
    (
        "2025-02-27",
        "英伟达第四季度营收为383亿美元。",
        "383亿美元",
        Contradicted,
        Some("CH-028"),
    ),
    (
        "2025-02-27",
        "英伟达第四季度(截至2025年1月26日)营收为393亿美元。",
        "393亿美元",
        Supported,
        Some("CH-028"),
    ),
    // …but a quarter named with an older year, or months after the
    // results, is not moved
    (
        "2025-02-27",
        "英伟达2023年第四季度营收为383亿美元。",
        "383亿美元",
        Unverified,
        None,
    ),
    (
        "2025-08-27",
        "英伟达第四季度营收为383亿美元。",
        "383亿美元",
        Unverified,
        None,
    ),
    // a phase spent on the figure of its own clause does not narrow the
    // next clause's (the whole plan)
    (
        "2025-03-01",
        "星际之门项目首期投资1000亿美元，未来四年将达到5000亿美元。",
        "5000亿美元",
        Supported,
        None,
    ),
    // …while a segment carries on to the clause after
    (
        "2025-02-27",
        "在第四季度，英伟达游戏收入同比下滑了11%，达到25.4亿美元。",
        "25.4亿美元",
        Unverified,
        None,
    ),
    // a price set anew may be later than the list price on record
    (
        "2025-03-01",
        "在优惠时段，DeepSeek-V3的输出价格降至4元/百万tokens。",
        "4元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek-V3的输出价格为4元/百万tokens。",
        "4元",
        Contradicted,
        Some("AI-038"),
    ),
    // a day counted from the day of the news (前一交易日, 次日) is another
    // day's figure
    (
        "2025-01-28",
        "英伟达周一股价暴跌17%，市值蒸发5890亿美元。前一交易日，英伟达收于142.62美元。",
        "142.62美元",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "英伟达周一股价暴跌17%，市值蒸发5890亿美元，收于128.42美元。",
        "128.42美元",
        Contradicted,
        None,
    ),
    // a growth of a measure per head is none of the database's, whoever
    // an earlier paragraph named
    (
        "2025-02-27",
        "英伟达第四季度营收为393亿美元。\n\n2024年全国居民人均可支配收入41314元，比上年名义增长5.3%，扣除价格因素实际增长5.1%。",
        "5.1%",
        Unverified,
        None,
    ),
    // 全年 in the news of a company's results is the fiscal year just
    // reported; a year the sentence states is not moved
    (
        "2025-02-27",
        "英伟达公布财报，全年营收为1350亿美元。",
        "1350亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    (
        "2025-02-27",
        "英伟达2024年全年营收为1350亿美元。",
        "1350亿美元",
        Unverified,
        None,
    ),
    // a total that takes in more than the metric's own (算上前期研究) is
    // another scope, not the fact's support
    (
        "2025-03-01",
        "有分析认为，如果算上前期研究和消融实验，DeepSeek的实际投入可能高达数亿美元。",
        "高达数亿美元",
        Unverified,
        None,
    ),
    (
        "2025-02-27",
        "英伟达公布财报。以全年计，英伟达营收为1350亿美元。",
        "1350亿美元",
        Contradicted,
        Some("CH-024"),
    ),
    // GPUs a company trains a model with are the model's training
    // cluster, not the stock the company owns
    (
        "",
        "DeepSeek用2048颗英伟达H800芯片训练出V3模型。",
        "2048颗",
        Supported,
        None,
    ),
    (
        "",
        "DeepSeek使用512塊H800晶片來構建R1。",
        "512塊",
        Unverified,
        None,
    ),
    // a figure that is another entity's is excused only when its sentence
    // names that entity, or does not name the figure's own
    (
        "",
        "A100：每个GPU有12条NVLink链路，总带宽为900GB/s。",
        "900GB/s",
        Contradicted,
        None,
    ),
    (
        "",
        "H20 AI GPU是H100 GPU的精簡版，有80GB記憶體容量。",
        "80GB",
        Unverified,
        None,
    ),
    (
        "2025-02-01",
        "国家统计局数据显示，2024年中国GDP增长2.5%。",
        "2.5%",
        Contradicted,
        None,
    ),
    // a province, a city or a country the database does not hold owns
    // its figure (not the country an earlier sentence spoke of), but a
    // city's name that only starts another word is no subject
    (
        "2025-02-10",
        "中国经济去年增长5%。2024年上海经济增长2.1%。",
        "2.1%",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "2024年中国GDP为134.9万亿元。比利時當年的GDP為6622億美元。",
        "6622億美元",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "北京时间1月17日，国家统计局发布数据，2024年GDP增长5%。",
        "5%",
        Supported,
        Some("MA-002"),
    ),
    // 我國 in an article quoting Taiwan's government is Taiwan
    (
        "2025-02-10",
        "台灣內政部統計，截至2024年底，我國65歲以上人口占比達19.18%。",
        "19.18%",
        Unverified,
        None,
    ),
    (
        "2025-02-10",
        "國家統計局公布，2024年末我國65歲及以上人口占全國人口的15.6%。",
        "15.6%",
        Supported,
        None,
    ),
    // a figure the text calls revised, in an article months after the
    // database's release, may be a later vintage; in the days of that
    // release it is held against it
    (
        "2025-08-14",
        "2024年底香港人口修訂數字為7500600人。",
        "7500600人",
        Unverified,
        None,
    ),
    (
        "2025-02-20",
        "2024年底香港人口修訂數字為7500600人。",
        "7500600人",
        Contradicted,
        None,
    ),
    // a standing value dated, in its own sentence, before its entity
    // existed is another's (R1 was released in January 2025; the peg of
    // 7.80 dates from 1983)
    (
        "",
        "DeepSeek-R1的API价格为每百万输入tokens 4元，输出16元。\n\n2024年8月，DeepSeek宣布继续降价，其API输入费用调整为0.1元/百万tokens，输出费用为2元/百万tokens。",
        "2元",
        Unverified,
        None,
    ),
    (
        "",
        "1946年12月，港英政府报告港元与美元的固定汇率为3.97022。",
        "3.97022",
        Unverified,
        None,
    ),
    (
        "",
        "2025年，DeepSeek-R1的API输出价格为每百万tokens 2元。",
        "2元",
        Contradicted,
        None,
    ),
    // a clause that opens with 其 right after a name follows on from that
    // name, even one the sentence compares with
    (
        "",
        "DeepSeek V3的训练成本仅为557.6万美元，远低于GPT-4，其训练成本超过1亿美元。",
        "超过1亿美元",
        Supported,
        None,
    ),
    (
        "",
        "深度求索发布了DeepSeek-V3，其训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        None,
    ),
    // tokens of a tokenizer's vocabulary or of a sequence are no figure
    // of the database's; tokens of a context window are no training data
    (
        "",
        "Llama 3 使用一个包含 128K tokens的分词器。",
        "128K tokens",
        Unverified,
        None,
    ),
    (
        "",
        "Llama 3.1 在 8192 个tokens的序列上训练。",
        "8192 个token",
        Unverified,
        None,
    ),
    (
        "",
        "Llama 3.1的上下文窗口为12.8万token，训练数据超过15万亿token。",
        "超过15万亿token",
        Supported,
        None,
    ),
    // a quarter written after its year (FY25Q4) is a quarter: its figure
    // is not held against the fiscal year named in the sentence before
    (
        "2025-02-27",
        "輝達2025財年營收1305億美元。輝達FY25Q4營收達393.3億美元。",
        "393.3億美元",
        Supported,
        None,
    ),
    // exchange rates are quoted to their decimals: a whole number is no
    // rounding of one (a hedge still allows it)
    (
        "",
        "金管局將弱方兌換保證的匯率定為7港元。",
        "7港元",
        Contradicted,
        None,
    ),
    (
        "",
        "香港实行联系汇率制度，港元兑美元的汇率为8港元兑1美元。",
        "8港元",
        Contradicted,
        None,
    ),
    (
        "",
        "香港实行联系汇率制度，港元兑美元的汇率约为8港元兑1美元。",
        "约为8港元",
        Supported,
        None,
    ),
    // a figure written as a name's possession (中國的5％) is that name's,
    // even after a comparison; a ratio to a yardstick (为H100的15%) is not
    (
        "2025-03-01",
        "2024年台灣經濟成長率4.59％，高於中國的4％。",
        "4％",
        Contradicted,
        None,
    ),
    (
        "2025-03-01",
        "2024年台灣經濟成長率4.59％，不及中國的5％。",
        "5％",
        Supported,
        Some("MA-002"),
    ),
    // the yardstick of a ratio (为H100的15%) is not carried to the next
    // sentence's figures
    (
        "",
        "H20性能为旗舰芯片H100的15%。芯片显存带宽达4.0 TB/s。",
        "4.0 TB/s",
        Supported,
        Some("CH-011"),
    ),
    // a pronoun's clause points back past the sentence's source
    (
        "",
        "DeepSeek发布了新模型。据SemiAnalysis估计，该公司拥有约5万颗芯片。",
        "约5万颗",
        Supported,
        None,
    ),
    // a figure written to far finer digits than someone's rough estimate
    // does not lean on the estimate when the database holds the exact one
    (
        "",
        "DeepSeek V3的训练成本仅为575.6万美元。",
        "575.6万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "",
        "DeepSeek V3的训练成本约为600万美元。",
        "约为600万美元",
        Supported,
        None,
    ),
    // a figure its words fit to two metrics alike is contradicted when it
    // is more than twice both; a cache-hit price under both is a third
    (
        "",
        "DeepSeek V3的训练成本仅为557.6万美元，使用了2800万个GPU小时。",
        "2800万个GPU小时",
        Contradicted,
        None,
    ),
    (
        "",
        "| 模型 | 输入(缓存命中) | 输入(缓存未命中) | 输出 |\n| DeepSeek-V3 | 0.5 元/百万 tokens | 2 元/百万 tokens | 8 元/百万 tokens |",
        "0.5 元",
        Unverified,
        None,
    ),
    // a note in brackets, commas and all, between a figure and its word is
    // passed over (the statistics bureau's population line)
    (
        "2025-01-20",
        "国家统计局发布数据。2024年末全国人口（包括31个省、自治区、直辖市和现役军人的人口，不包括居住在31个省、自治区、直辖市的港澳台居民和外籍人员）140828万人。",
        "140828万人",
        Supported,
        Some("MA-008"),
    ),
    // 經濟同比增長 is the economy's growth
    (
        "2025-01-20",
        "德国之声报道，2024年中國經濟同比增長5.0%。",
        "5.0%",
        Supported,
        Some("MA-002"),
    ),
    // a word after the rest of a rate (兌1美元的強方兌換保證) is as near
    // the rate as one after its first amount
    (
        "",
        "金管局在7.75港元兌1美元的強方兌換保證水平承諾買入美元。",
        "7.75港元",
        Supported,
        Some("MA-021"),
    ),
    (
        "",
        "金管局表示，港元匯率觸發7.58港元兌1美元的弱方兌換保證。",
        "7.58港元",
        Contradicted,
        Some("MA-022"),
    ),
    // a span of days against a span of days is the same span or not
    (
        "2025-02-01",
        "我国2025年春节放假时间为1月28日至2月3日，共7天。",
        "1月28日至2月3日",
        Contradicted,
        Some("F50"),
    ),
    (
        "2025-02-01",
        "我国2025年春节放假时间为1月28日至2月4日，共8天。",
        "1月28日至2月4日",
        Supported,
        Some("F50"),
    ),
    // a head count per thousand people is a rate, no count of people
    (
        "2025-01-18",
        "国家统计局公布，2024年人口自然增长率为每1000人减少0.99人。",
        "0.99人",
        Unverified,
        None,
    ),
    // the growth of a part of the economy is not the economy's
    (
        "2025-02-27",
        "香港經濟在2024年錄得溫和增長。2024年香港整體貨物出口實質增長4.7%。",
        "4.7%",
        Unverified,
        None,
    ),
    // training named earlier in the sentence: the GPUs are no stock owned
    (
        "",
        "DeepSeek 的开发人员声称，训练他们的 AI 模型花费了大约 560 万美元，使用了 2048 块 Nvidia H800 GPU。",
        "2048 块",
        Unverified,
        None,
    ),
    // a bound holds when the figure itself lies within it
    (
        "",
        "据SemiAnalysis估计，DeepSeek拥有超过6万颗GPU。",
        "超过6万颗",
        Contradicted,
        None,
    ),
    // one rough estimate does not refute another the sentence does not
    // quote; the same source's, or one far off, does
    (
        "",
        "委员会报告指出，DeepSeek使用逾6万颗辉达晶片。",
        "逾6万颗",
        Unverified,
        None,
    ),
    (
        "",
        "据SemiAnalysis估计，DeepSeek拥有约8万颗GPU。",
        "约8万颗",
        Contradicted,
        None,
    ),
    // a figure inside 与X…相比 is X's, not the other side's
    (
        "2025-02-28",
        "同期內地2024年出生人口為954萬，與香港每年約3.3萬名新生嬰兒相比懸殊。",
        "約3.3萬名",
        Unverified,
        None,
    ),
    (
        "2025-02-28",
        "DeepSeek-V3训练成本仅557.6万美元，与GPT-4约1亿美元的成本相比，只是零头。",
        "约1亿美元",
        Supported,
        Some("AI-005"),
    ),
    // (the name compared with before the figure's clause stays a yardstick)
    (
        "2025-02-28",
        "与香港相比，2024年中国出生人口为954万。",
        "954万",
        Supported,
        Some("MA-010"),
    ),
    // a band is quoted by its ends: a wider range holding the peg is wrong
    (
        "2025-01-16",
        "港元兑美元汇率维持在7.70至7.90的联系汇率区间内。",
        "7.70至7.90",
        Contradicted,
        Some("MA-022b"),
    ),
    (
        "2025-01-16",
        "港元兌美元匯率一直在7.75至7.85的兌換保證範圍內運作。",
        "7.75至7.85",
        Supported,
        Some("MA-022b"),
    ),
    // words quoted after a speaker's colon are what the speaker said: one
    // estimate does not refute another; the estimator misquoted does
    (
        "2025-02-05",
        "中國新創ScaleAI創辦人:「DeepSeek擁有5萬個H100晶片。」",
        "5萬個",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "SemiAnalysis报告：“DeepSeek拥有约5万颗H100。”",
        "约5万颗",
        Contradicted,
        None,
    ),
    // a figure after the one stage its sentence names is that stage's;
    // a sum of the stages' figures is the whole run's
    (
        "2025-01-28",
        "DeepSeek-V3预训练成本约为530万美元,共278.8万个GPU小时。",
        "278.8万个GPU小时",
        Unverified,
        None,
    ),
    (
        "2025-01-28",
        "DeepSeek-V3预训练成本约为530万美元,共266.4万个GPU小时。",
        "266.4万个GPU小时",
        Supported,
        Some("F03"),
    ),
    (
        "2025-01-28",
        "DeepSeek-V3预训练用了266.4万GPU小时，上下文扩展11.9万GPU小时，后训练0.5万GPU小时，合计278.8万GPU小时。",
        "278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    // the fiscal year a growth is counted against is not the growth's
    (
        "2025-02-27",
        "英偉達2025財年收入為1,305億美元，較上一財年增長141%。",
        "141%",
        Contradicted,
        Some("CH-025"),
    ),
    (
        "2025-02-27",
        "英伟达2025财年营收1305亿美元，比上一财年增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    // one day's downloads are no count over the first 18 days
    (
        "2025-01-29",
        "1月27日当天，DeepSeek应用单日下载量约为620万次。",
        "约为620万次",
        Contradicted,
        Some("F40"),
    ),
    (
        "2025-01-29",
        "DeepSeek的App在1月26日登上美國App Store免費榜冠軍，27日當天全球下載量約260萬次。",
        "約260萬次",
        Supported,
        Some("F40"),
    ),
    // (what the rules above leave alone: a 与 joining two subjects, a
    // rate's trading range, an estimate's range, a quote closed before the
    // figure or after a label, a stage that qualifies another measure, a
    // general measure named after the figure)
    (
        "2025-02-05",
        "H800与H100的NVLink带宽400GB/s与900GB/s相比差了一半多。",
        "400GB/s",
        Supported,
        Some("CH-005"),
    ),
    // (where the market moved is no fact the database holds: neither the
    // band nor the linked rate, though it lies within the band)
    (
        "2025-02-05",
        "过去一年，港元兑美元汇率在7.76至7.84的区间内窄幅波动。",
        "7.76至7.84",
        Unverified,
        None,
    ),
    (
        "2025-02-05",
        "Claude 3.5 Sonnet的訓練成本約3000萬至5000萬美元。",
        "約3000萬至5000萬美元",
        Supported,
        None,
    ),
    (
        "2025-02-05",
        "OpenAI的模型代号：“GPT-4”，约用了5万块A100训练。",
        "5万块",
        Contradicted,
        None,
    ),
    (
        "2025-02-05",
        "图表标题：“DeepSeek拥有约3万块H800”",
        "约3万块",
        Contradicted,
        None,
    ),
    (
        "2025-02-05",
        "DeepSeek-V3的预训练语料达14.8万亿token，278.8万GPU小时的算力消耗远低于同行。",
        "278.8万GPU小时",
        Supported,
        Some("F02"),
    ),
    (
        "2025-02-05",
        "業界關注強化學習，DeepSeek-V3用278.8萬GPU小時就完成訓練。",
        "278.8萬GPU小時",
        Supported,
        Some("F02"),
    ),
    (
        "",
        "DeepSeek\n来源：澎湃新闻 2025-02-10 09:12\n\nUPDATED 2025-02-10：DeepSeek应用累计下载量已超1.1亿次",
        "超1.1亿次",
        Supported,
        Some("F43"),
    ),
    // (the base's own figure is the earlier year's; a span in the clause
    // keeps a count over days)
    (
        "2025-02-27",
        "英伟达公布2025财年业绩，全年营收1305亿美元，较上一财年的609亿美元增长114%。",
        "609亿美元",
        Supported,
        Some("CH-030"),
    ),
    (
        "2025-02-27",
        "英伟达公布2025财年业绩，全年营收1305亿美元，较上一财年的609亿美元增长114%。",
        "114%",
        Supported,
        Some("CH-025"),
    ),
    (
        "2025-02-01",
        "1月27日當天DeepSeek衝上美國App Store榜首，據Sensor Tower統計，DeepSeek上線首18天下載量達1600萬次。",
        "1600萬次",
        Supported,
        Some("F41"),
    ),
    (
        "2025-02-10",
        "截至2月9日当日，DeepSeek应用累计下载量突破1.1亿次。",
        "突破1.1亿次",
        Supported,
        Some("F43"),
    ),
    // a research firm whose report shows is the source, not the subject
    (
        "2025-02-05",
        "SemiAnalysis报告显示，DeepSeek在硬件上的支出很大，运营成本接近9.44亿美元。",
        "接近9.44亿美元",
        Supported,
        Some("F33"),
    ),
    // a product line's sales are not the company's revenue
    (
        "2025-02-27",
        "英伟达2025财年第四季度,B系列产品收入达110亿美元。",
        "110亿美元",
        Unverified,
        None,
    ),
    // a sentence a page broke after a comma goes on on the next line
    (
        "2025-01-18",
        "去年我国16—59岁人口85798万人,\n占全国人口的比重为60.9%。",
        "60.9%",
        Unverified,
        None,
    ),
    // a market value's fall in the words pages write (市值狂瀉, 市值跌幅);
    // a level it fell to is no loss
    (
        "2025-01-28",
        "輝達27號開盤開低走低,收盤大跌近17個百分點,市值狂瀉5890億美元。",
        "5890億美元",
        Supported,
        Some("CH-032"),
    ),
    (
        "2025-01-28",
        "輝達先前的單日市值跌幅紀錄，是在2024年9月3日寫下的約2970億美元。",
        "約2970億美元",
        Contradicted,
        Some("CH-035"),
    ),
    (
        "2025-01-28",
        "英伟达市值缩水至2.9万亿美元。",
        "2.9万亿美元",
        Unverified,
        None,
    ),
    // A bare version (V3, R1, o1) is its maker's model only where the text
    // names the maker, and not after 某 and a maker or a model
    (
        "2025-03-01",
        "一家初创企业推出了自己的V3模型，训练成本为1000万美元。",
        "1000万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek今年初发布R1。某国产大模型V3版本于2024年6月5日发布。",
        "2024年6月5日",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "DeepSeek表示，V3的训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "深度求索去年底发布了新模型。\n据报道，V3的训练成本为800万美元。",
        "800万美元",
        Contradicted,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "OpenAI的o1模型每百万输入token收费15美元。",
        "15美元",
        Supported,
        Some("AI-041"),
    ),
    // A ratio of a measure is no count of it; compute with no precision
    // named is no chip's FP64
    (
        "2025-03-01",
        "国家统计局公布，2024年末我国人口140828万人，总人口性别比为104.34。",
        "104.34",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "H800的FP16矩阵运算峰值约为200TFLOPS，引入稀疏计算后，H800的等效算力可达395TFLOPS。",
        "395TFLOPS",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "H800的双精度性能为60TFLOPS。",
        "60TFLOPS",
        Contradicted,
        Some("CH-006"),
    ),
    (
        "2025-03-01",
        "2024年我国人口密度为每平方公里147人。",
        "147人",
        Unverified,
        None,
    ),
    // money put into other things than chips is no GPU investment
    (
        "2025-03-01",
        "DeepSeek的网络设备投入超160万美元，远低于同行。",
        "超160万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "SemiAnalysis估计，DeepSeek在硬件上的投入超过1亿美元。",
        "超过1亿美元",
        Supported,
        Some("F31"),
    ),
    (
        "2025-03-01",
        "DeepSeek研发团队的GPU投入已超5亿美元。",
        "超5亿美元",
        Supported,
        Some("F31"),
    ),
    // the maker named by its founder or its app; 全国 as the country
    (
        "2025-03-01",
        "梁文锋创办的公司推出V3，训练成本为557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek App登顶后，其背后的V3模型训练成本仅557.6万美元。",
        "557.6万美元",
        Supported,
        Some("F04"),
    ),
    (
        "2025-03-01",
        "DeepSeek爆火后，国内一家初创企业也推出了自己的V3模型，训练花费1000万美元。",
        "1000万美元",
        Unverified,
        None,
    ),
    (
        "2025-03-01",
        "ChatGPT Pro用户可使用o1，o1每百万输入token收费15美元。",
        "15美元",
        Supported,
        Some("AI-041"),
    ),
    (
        "2025-03-01",
        "国家统计局数据显示，2024年末全国人口140828万人，比上年末减少139万人。",
        "140828万人",
        Supported,
        Some("MA-008"),
    ),
    (
        "2025-03-01",
        "H800的FP64算力被大幅限制。H800的算力仅为30 TFLOPS。",
        "30 TFLOPS",
        Contradicted,
        Some("CH-006"),
    ),
    // 个 after a count of parameters
    (
        "2025-03-01",
        "据SemiAnalysis估计，GPT-4的参数量约为1.8万亿个。",
        "约为1.8万亿个",
        Supported,
        Some("AI-011"),
    ),
];

#[test]
fn verdicts_follow_the_rules() {
    let mut failures = Vec::new();
    for (date, text, claim, want, fact) in CASES {
        let doc = load::document(
            "case".into(),
            (*text).into(),
            "UTF-8",
            hecha::date::Date::parse(date),
            None,
        );
        let r = PIPELINE.check(&doc);
        match r.claims.iter().find(|c| c.text == *claim) {
            None => failures.push(format!(
                "{text}: no claim {claim:?} (got {:?})",
                r.claims.iter().map(|c| &c.text).collect::<Vec<_>>()
            )),
            Some(c) => {
                if c.verdict != *want || (fact.is_some() && c.fact_id.as_deref() != *fact) {
                    failures.push(format!(
                        "{text}: {claim} is {:?} via {:?} ({}), want {want:?} via {fact:?}",
                        c.verdict, c.fact_id, c.explanation
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_part_of_the_peg_set_up_later_is_not_its_launch() {
    // (自2005年起…設立兌換保證 was contradicted against the peg's launch
    // in 1983: the convertibility undertakings came in 2005)
    let text = "香港自1983年起實行聯繫匯率制度。自2005年起，金管局設立兌換保證，令港元在7.75至7.85之間浮動。";
    let doc = load::document(
        "case".into(),
        text.into(),
        "UTF-8",
        hecha::date::Date::parse("2025-03-01"),
        None,
    );
    let r = PIPELINE.check(&doc);
    assert!(r
        .claims
        .iter()
        .any(|c| c.text == "1983年" && c.verdict == Supported));
    for c in r.claims.iter().filter(|c| c.text == "2005年") {
        assert_ne!(c.verdict, Contradicted, "{}", c.explanation);
    }
}

#[test]
fn a_page_stamp_run_into_a_title_is_no_claim() {
    // (a real page's title, stamp and summary in one line: the stamp
    // 2025.09.17 13:13 was contradicted as the H800's release date)
    let check = |text: &str| {
        let doc = load::document(
            "case".into(),
            text.into(),
            "UTF-8",
            hecha::date::Date::parse("2025-09-17"),
            None,
        );
        PIPELINE.check(&doc)
    };
    let r = check("DeepSeek开源周:H800算力革命与成本重构的技术突围 2025.09.17 13:13浏览量:0简介:DeepSeek开源周发布H800算力突破性技术。");
    for c in r.claims.iter().filter(|c| c.text.starts_with("2025.09.17")) {
        assert_ne!(c.verdict, Contradicted, "{}", c.explanation);
    }
    // (a date and time the text tells is still checked)
    let r = check("英伟达于2023-03-21 10:00发布H800。");
    assert!(r
        .claims
        .iter()
        .any(|c| c.text.starts_with("2023-03-21") && c.verdict == Supported));
}

#[test]
fn a_year_naming_an_edition_is_no_count() {
    // (中國人口形勢報告2024: the 2024 was read as a population, 2024 people,
    // and contradicted against China's)
    for (text, count) in [
        ("2024年出生人口或反彈 中國人口形勢報告2024", None),
        ("《中国人口白皮书2025》发布，全国人口为14.0828亿人。", None),
        ("该省参与调查的人口为1980人。", Some("1980人")),
        ("DeepSeek應用的下載次數2000，位居榜首。", Some("2000")),
    ] {
        let doc = load::document("case".into(), text.into(), "UTF-8", None, None);
        let r = PIPELINE.check(&doc);
        let counts: Vec<&str> = r
            .claims
            .iter()
            .map(|c| c.text.as_str())
            .filter(|t| t.len() <= "1980人".len() && t.starts_with(['1', '2']))
            .collect();
        assert_eq!(counts, count.into_iter().collect::<Vec<_>>(), "{text}");
    }
}

#[test]
fn a_day_of_the_month_alone_is_no_number_in_an_undated_article() {
    // (今早(2日)…7.85兌一美元: the 2 was held against the peg)
    let doc = load::document(
        "case".into(),
        "金管局再於今早(2日)紐約時段以7.85兌一美元水平出售25.5億美元(約200.18億港元)。".into(),
        "UTF-8",
        None,
        None,
    );
    let r = PIPELINE.check(&doc);
    let texts: Vec<&str> = r.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(
        texts.contains(&"7.85") && !texts.contains(&"2"),
        "{texts:?}"
    );
}

#[test]
fn a_file_name_dates_an_article_that_states_no_date() {
    let doc = load::document(
        "archive/nvidia-2025-01-28.txt".into(),
        "英伟达周一收跌26.97%，创下历史纪录。".into(),
        "UTF-8",
        None,
        None,
    );
    assert_eq!(doc.published_from, Some("file_name"));
    let r = PIPELINE.check(&doc);
    let c = r.claims.iter().find(|c| c.text == "26.97%").expect("claim");
    // the day's news, dated by its file name: the fall is that day's
    assert_eq!(c.verdict, Contradicted, "{}", c.explanation);
    // a date in the text wins over the file name
    let doc = load::document(
        "archive/nvidia-2025-01-28.txt".into(),
        "发表时间: 2025-06-01\n\n英伟达周一收跌26.97%。".into(),
        "UTF-8",
        None,
        None,
    );
    assert_eq!(doc.published_from, Some("text"));
}

#[test]
fn a_year_written_as_a_period_is_no_date_of_an_event() {
    // (本文将梳理2024年度…出口管制政策 was supported as the rule's date)
    let doc = load::document(
        "case".into(),
        "本文将梳理2024年度美国出口管制与制裁政策的调整。香港2024年度经济增长2.5%。".into(),
        "UTF-8",
        hecha::date::Date::parse("2025-03-20"),
        None,
    );
    let r = PIPELINE.check(&doc);
    let texts: Vec<&str> = r.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(!texts.contains(&"2024年度"), "{texts:?}");
    let growth = r.claims.iter().find(|c| c.text == "2.5%").expect("2.5%");
    assert_eq!(growth.verdict, Supported, "{}", growth.explanation);
}

#[test]
fn a_founding_date_is_not_held_against_a_release() {
    let doc = load::document(
        "founding.txt".into(),
        "发表时间: 2025-02-10\n\n2023年成立的DeepSeek在2024年底推出開源模型V3。".into(),
        "UTF-8",
        None,
        None,
    );
    let r = PIPELINE.check(&doc);
    let founded: Vec<_> = r.claims.iter().filter(|c| c.text == "2023年").collect();
    assert!(
        founded.iter().all(|c| c.verdict == Unverified),
        "{:?}",
        founded.iter().map(|c| &c.explanation).collect::<Vec<_>>()
    );
}
