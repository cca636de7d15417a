#!/usr/bin/env python3
"""Run `hecha check` over JSON Lines on Spark, one hecha process per partition.

    spark-submit --master local[2] --files hecha --archives claims.zip#claims \\
        hecha_spark.py INPUT OUTPUT [--hecha PATH] [--claims PATH] [--partitions N]

INPUT is any path Spark can read as text (local, hdfs://, s3a://, globs,
.gz); each line is one record {"id", "text", "published"?, "url"?}. OUTPUT
gets one JSON object per non-blank input line, in input order within each
part file, exactly as `hecha check --input jsonl --format jsonl` writes them.

Each partition pipes its lines through one `hecha check ... -` subprocess.
hecha's exit codes 0 (nothing contradicted) and 1 (something contradicted)
are success; 2 means some record got an error object, which is still valid
output, so it is counted and logged. Any other exit code, death by signal,
or a line-count mismatch fails the task with an error that names the
partition and ends with hecha's stderr.
"""
import argparse
import collections
import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# Rust's u8::is_ascii_whitespace: the bytes hecha treats as a blank line.
# (Not str.strip(), which would also strip U+3000 and other Unicode spaces.)
BLANK = " \t\n\r\x0c"


def locate(path):
    """Find a file on the executor. A path with a slash is used as given; a
    bare name is looked up among the files shipped with --files/--archives
    (SparkFiles: local and standalone mode), then in the working directory
    (where YARN and Kubernetes put them)."""
    cands = [path] if os.sep in path else [SparkFiles.get(path), path]
    for cand in cands:
        if os.path.exists(cand):
            return os.path.abspath(cand)
    raise FileNotFoundError(f"{path!r} not found (looked at {', '.join(cands)})")


def executable(path):
    """Shipping may drop the executable bit: restore it, or run a copy."""
    if os.access(path, os.X_OK):
        return path
    try:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return path
    except OSError:
        copy = os.path.join(tempfile.mkdtemp(prefix="hecha-"), os.path.basename(path))
        shutil.copy(path, copy)
        os.chmod(copy, 0o755)
        return copy


def claims_dir(path):
    """An archive may unpack the CSVs at its top or inside one folder."""
    if not any(f.endswith(".csv") for f in os.listdir(path)):
        subdirs = [d for d in os.listdir(path) if os.path.isdir(os.path.join(path, d))]
        if len(subdirs) == 1:
            return os.path.join(path, subdirs[0])
    return path


def run_partition(index, lines, hecha, claims, records, errors):
    """Generator for mapPartitionsWithIndex: pipe `lines` through hecha."""
    lines, head = iter(lines), []
    for line in lines:  # read up to the first non-blank line
        head.append(line)
        if line.strip(BLANK):
            break
    else:  # nothing to check: do not start a process
        return
    try:
        cmd = [executable(locate(hecha)), "check", "--input", "jsonl", "--format",
               "jsonl", "-q", "-j", "1", "--claims", claims_dir(locate(claims)), "-"]
    except OSError as e:
        raise RuntimeError(f"hecha_spark: partition {index}: {e}") from e
    # Unlike RDD.pipe, the environment (RUST_LOG, RUST_BACKTRACE...) is kept.
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    fed = {"lines": 0, "cut": False}  # non-blank lines written: hecha answers each
    failure = []        # an exception raised while reading the partition
    stderr_tail = collections.deque(maxlen=20)

    def write():
        # Feed stdin from a thread so that a full stdout pipe cannot deadlock us.
        # Blank lines go too, so hecha's line numbers are those of the partition.
        try:
            for line in itertools.chain(head, lines):
                proc.stdin.write(line.encode("utf-8") + b"\n")
                fed["lines"] += bool(line.strip(BLANK))
        except BrokenPipeError:
            fed["cut"] = True  # hecha stopped reading: its exit code tells why
        except BaseException as e:  # noqa: BLE001 - re-raised in the task thread
            failure.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    def drain_stderr():
        for raw in proc.stderr:
            stderr_tail.append(raw.decode("utf-8", "replace").rstrip("\n"))

    threads = [threading.Thread(target=write, daemon=True),
               threading.Thread(target=drain_stderr, daemon=True)]
    for t in threads:
        t.start()
    got = bad = 0
    finished = False
    try:
        for raw in proc.stdout:  # stream results as they come, in input order
            line = raw.decode("utf-8").rstrip("\n")
            got += 1
            if '"error"' in line and "error" in json.loads(line):
                bad += 1
            yield line
        finished = True
    finally:
        if not finished:  # the task is being torn down: do not leave hecha behind
            proc.kill()
        rc = proc.wait()
        for t in threads:
            t.join()
    if failure:
        raise RuntimeError(f"hecha_spark: partition {index}: reading input failed: "
                           f"{failure[0]!r}") from failure[0]

    def fail(why):
        tail = "\n".join(stderr_tail) or "(empty)"
        raise RuntimeError(f"hecha_spark: partition {index}: hecha failed: {why}\n"
                           f"command: {' '.join(cmd)}\nstderr tail:\n{tail}")

    if rc < 0:
        fail(f"killed by signal {-rc}")
    if rc not in (0, 1, 2):
        fail(f"exit code {rc}")
    if got != fed["lines"]:
        cut = " (then hecha stopped reading)" if fed["cut"] else ""
        fail(f"{fed['lines']} non-blank lines sent{cut} but {got} output lines "
             f"(exit code {rc})")
    records.add(got)
    errors.add(bad)
    if rc == 2:
        print(f"hecha_spark: partition {index}: {bad} record(s) got an error object",
              file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", help="JSON Lines input, any Spark-readable path")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--hecha", default="hecha",
                    help="hecha binary: the name of a file shipped with --files, or a "
                         "path that exists on every executor (default: hecha)")
    ap.add_argument("--claims", default="claims",
                    help="claims folder: NAME of an archive shipped with --archives "
                         "claims.zip#NAME, or a path on every executor (default: claims)")
    ap.add_argument("--partitions", type=int, default=None,
                    help="minimum number of input partitions (default: Spark's)")
    a = ap.parse_args(argv)

    spark = SparkSession.builder.appName("hecha-spark").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    records, errors = sc.accumulator(0), sc.accumulator(0)
    hecha, claims = a.hecha, a.claims

    def per_partition(index, lines):
        return run_partition(index, lines, hecha, claims, records, errors)

    rdd = sc.textFile(a.input, minPartitions=a.partitions)
    rdd.mapPartitionsWithIndex(per_partition, preservesPartitioning=True) \
       .saveAsTextFile(a.output)
    print(f"hecha_spark: {rdd.getNumPartitions()} partitions, {records.value} objects "
          f"({errors.value} error objects) written to {a.output}", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
