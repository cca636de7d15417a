#!/usr/bin/env python3
"""Compare hecha's plain JSON Lines output with the Spark job's part files.

Usage: compare.py INPUT.jsonl PLAIN.jsonl SPARK_OUTPUT_DIR

Both runs read their records from standard input, so hecha calls the source
`-` in both. What legitimately differs is the line number: on Spark every
partition is a separate stdin, so numbering restarts in each partition.
We therefore compare:

* records with an id of their own (the generator gives one to almost every
  record, including the one without "text"), keyed by id, after dropping the
  `-:LINE[:COL]: ` location that starts an error message;
* records whose id hecha had to invent (`-:LINE`: invalid JSON, or a valid
  record without "id") by position: the part files, read in name order, are
  the input's partitions in input order, so the n-th such object of one run
  must equal the n-th of the other, with the id and location dropped;
* the totals: non-blank input lines, objects, and error objects.

Exits 1 and prints the first differences if anything differs.
"""
import glob
import json
import os
import re
import sys

LOCATION = re.compile(r"^-:\d+(:\d+)?: ")
INVENTED_ID = re.compile(r"^-:\d+$")
BLANK = " \t\n\r\x0c"  # hecha's blank line: ASCII whitespace only


def normal(obj):
    obj = dict(obj)
    if "error" in obj:
        obj["error"] = LOCATION.sub("", obj["error"])
    return obj


def split(objs):
    """-> ({id: object}, [objects with invented ids], duplicate ids)"""
    keyed, invented, dups = {}, [], []
    for o in objs:
        if INVENTED_ID.match(o.get("id", "")):
            invented.append({k: v for k, v in normal(o).items() if k != "id"})
        elif o["id"] in keyed:
            dups.append(o["id"])
        else:
            keyed[o["id"]] = normal(o)
    return keyed, invented, dups


def main():
    inp, plain_path, spark_dir = sys.argv[1:4]
    with open(inp, encoding="utf-8") as f:
        lines = sum(1 for l in f if l.strip(BLANK))
    with open(plain_path, encoding="utf-8") as f:
        plain = [json.loads(l) for l in f]
    parts = sorted(glob.glob(os.path.join(spark_dir, "part-*")))
    spark = []
    for p in parts:
        with open(p, encoding="utf-8") as f:
            spark += [json.loads(l) for l in f if l.strip()]

    problems = []
    if not (lines == len(plain) == len(spark)):
        problems.append(f"counts: {lines} input lines, {len(plain)} plain, {len(spark)} spark")
    pk, pi, pd = split(plain)
    sk, si, sd = split(spark)
    if pd or sd:
        problems.append(f"duplicate ids: plain {pd[:5]}, spark {sd[:5]}")
    for i in sorted(pk.keys() ^ sk.keys())[:5]:
        problems.append(f"id {i} only in {'plain' if i in pk else 'spark'}")
    for i in sorted(pk.keys() & sk.keys()):
        if pk[i] != sk[i]:
            problems.append(f"id {i} differs:\n  plain {json.dumps(pk[i], ensure_ascii=False)[:300]}"
                            f"\n  spark {json.dumps(sk[i], ensure_ascii=False)[:300]}")
    if len(pi) != len(si):
        problems.append(f"records without id: {len(pi)} plain, {len(si)} spark")
    for n, (a, b) in enumerate(zip(pi, si)):
        if a != b:
            problems.append(f"record without id #{n + 1} differs:\n  plain {a}\n  spark {b}")
    perr = sum("error" in o for o in plain)
    serr = sum("error" in o for o in spark)
    if perr != serr:
        problems.append(f"error objects: {perr} plain, {serr} spark")

    if problems:
        print(f"DIFFERENT ({len(problems)} problem(s)):", *problems[:10], sep="\n")
        sys.exit(1)
    verdicts = {}
    for o in plain:
        for k, v in o.get("counts", {}).items():
            verdicts[k] = verdicts.get(k, 0) + v
    print(f"{len(plain)} documents, identical ({len(pk)} compared by id, {len(pi)} "
          f"without id compared by position, {perr} error objects; {len(parts)} part "
          f"files; claims: " + ", ".join(f"{v} {k}" for k, v in verdicts.items() if k != "claims")
          + f" of {verdicts.get('claims', 0)})")


if __name__ == "__main__":
    main()
