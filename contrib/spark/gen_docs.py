#!/usr/bin/env python3
"""Write N reproducible, Chinese news-like JSON Lines records for hecha.

Usage: gen_docs.py [N] [SEED] > docs.jsonl   (defaults: 3000, 20250127)

Every well-formed record has a unique id ("doc-000001", ...). Numbers are
drawn so that some claims match the claims database and some do not. A
handful of lines are deliberately bad so that hecha's error path runs:
invalid JSON, a record without "text", a record whose "text" is not a
string, plus a few valid records without an id (hecha then names them
`<source>:<line>`). Blank and whitespace-only lines are sprinkled in too;
hecha skips those, and they do not count towards N.
"""
import json
import random
import sys

# (template, choices for each slot). The first choice is the value in the
# claims database; the others are wrong or unrelated values.
TEMPLATES = [
    ("DeepSeek-V3在{}块H800 GPU上完成训练，总计耗费{}GPU小时。",
     [["2,048", "2048", "4,096", "1万"], ["278.8万", "2.788百万", "300万", "266.4万"]]),
    ("据技术报告，DeepSeek-V3的训练成本仅为{}美元，远低于业界预期。",
     [["557.6万", "约600万", "5.576百万", "1亿"]]),
    ("英伟达（NVIDIA）股价{}单日下跌{}，市值蒸发约{}美元。",
     [["1月27日", "周一"], ["16.97%", "17%", "12%"], ["5890亿", "6000亿", "2790亿"]]),
    ("NVIDIA公布2025财年营收{}美元，同比增长{}；数据中心业务收入{}美元。",
     [["1305亿", "1300亿", "1500亿"], ["114%", "126%", "100%"], ["1152亿", "1000亿"]]),
    ("国家统计局数据显示，2024年末全国人口为{}人，比上年末减少{}人。",
     [["140828万", "14.08亿", "14.1亿", "141175万"], ["139万", "208万", "85万"]]),
    ("2024年国内生产总值{}元，比上年增长{}，全年出生人口{}人。",
     [["1349084亿", "134.9万亿", "126万亿"], ["5.0%", "5.2%", "4.8%"], ["954万", "902万"]]),
    ("香港特区政府统计处表示，2024年本地生产总值实质增长{}，年末人口{}人。",
     [["2.5%", "3.2%", "2.4%"], ["753.42万", "750万", "740万"]]),
    ("Meta披露Llama 3.1 405B训练使用了{}GPU小时，约为DeepSeek-V3的{}倍。",
     [["3084万", "3930万", "2000万"], ["11", "10", "20"]]),
    ("GPT-3拥有{}参数，训练数据约{}个token。",
     [["1750亿", "1万亿", "1700亿"], ["3000亿", "5000亿"]]),
    ("港元兑美元联系汇率为1美元兑{}港元，兑换范围在{}至{}之间。",
     [["7.80", "7.8", "7.9"], ["7.75", "7.7"], ["7.85", "7.9"]]),
    ("DeepSeek应用上线18天下载量达{}次，同期ChatGPT为{}次。",
     [["1600万", "1,600万", "2000万"], ["900万", "1000万"]]),
    ("訓練DeepSeek-V3僅花了{}美元，使用{}顆H800晶片。",
     [["557.6萬", "600萬", "1000萬"], ["2048", "2,048", "1萬"]]),
]
OPENERS = ["", "新华社北京电 ", "【财经快讯】", "本报讯 ", "（中央社）", "据路透社报道，"]
FILLERS = ["分析人士认为，这一数字引发市场广泛关注。", "业内人士对此看法不一。",
           "相关部门尚未回应置评请求。", "多家券商随后发布研报。", ""]
SITES = ["https://news.example.cn/a/", "https://finance.example.hk/p/", "https://tech.example.tw/n/"]


def article(rng):
    """A few sentences built from random templates."""
    parts = [rng.choice(OPENERS)]
    for _ in range(rng.randint(1, 4)):
        tpl, slots = rng.choice(TEMPLATES)
        parts.append(tpl.format(*(rng.choice(s) for s in slots)))
        parts.append(rng.choice(FILLERS))
    text = "".join(parts)
    if rng.random() < 0.3:  # a second paragraph
        tpl, slots = rng.choice(TEMPLATES)
        text += "\n\n" + tpl.format(*(rng.choice(s) for s in slots))
    return text


def bad_line(k, doc_id):
    """The k-th deliberately broken line (cycles through the kinds)."""
    return [
        '{not json',
        json.dumps({"id": doc_id, "published": "2025-01-28"}),  # no "text"
        json.dumps({"id": doc_id, "text": 42}),                  # text not a string
        '{"id": "' + doc_id + '", "text": "截断的记录',             # cut off
    ][k % 4]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20250127)
    out = sys.stdout
    bad = 0
    for i in range(1, n + 1):
        doc_id = f"doc-{i:06d}"
        if rng.random() < 0.02:
            out.write(rng.choice(["\n", "   \n", "\t\n"]))  # skipped by hecha
        if i % 250 == 17:  # ~0.4% malformed
            out.write(bad_line(bad, doc_id) + "\n")
            bad += 1
            continue
        rec = {"id": doc_id, "text": article(rng)}
        if i % 400 == 99:
            del rec["id"]  # valid, but hecha must invent an id
        if rng.random() < 0.6:
            rec["published"] = f"2025-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.5:
            rec["url"] = rng.choice(SITES) + str(rng.randint(10000, 99999))
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
