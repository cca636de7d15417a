#!/usr/bin/env bash
# End-to-end test of the Spark scale-out: check generated JSON Lines with
# hecha_spark.py on Spark (local[2], several partitions) and with a plain
# `hecha check`, and require the same object for every record.
#
# Environment:
#   HECHA_BIN   hecha binary (default: target/release/hecha, built if missing)
#   DOCS        number of records to generate (default 3000)
#   PARTITIONS  minimum number of Spark partitions (default 4)
#   SPARK_VENV  virtualenv holding pyspark (default: contrib/spark/.venv)
#   KEEP=1      keep the scratch folder (it is always kept on failure)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DOCS=${DOCS:-3000}
PARTITIONS=${PARTITIONS:-4}
VENV=${SPARK_VENV:-$HERE/.venv}

say() { printf 'test.sh: %s\n' "$*" >&2; }
die() { say "FAIL: $*"; exit 1; }

# --- Java 17+ (Spark 4 needs it) ----------------------------------------
java_major() {
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 |
        sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1
}
if [ "$(java_major || true)" = "" ] || [ "$(java_major)" -lt 17 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "Java 17+ not found: installing openjdk-17-jre-headless"
        apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null ||
            die "apt-get install openjdk-17-jre-headless failed"
    fi
    m=$(java_major || true)
    [ -n "$m" ] && [ "$m" -ge 17 ] ||
        die "Spark needs Java 17+ (found: ${m:-none}${JAVA_HOME:+ in JAVA_HOME=$JAVA_HOME}); run: apt-get install openjdk-17-jre-headless"
fi

# --- pyspark in a virtualenv ----------------------------------------------
if ! "$VENV/bin/python" -c 'import pyspark' 2>/dev/null; then
    say "installing pyspark into $VENV (takes a few minutes the first time)"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q 'pyspark>=3.5' || die "pip install pyspark failed"
fi
export PATH="$VENV/bin:$PATH" PYSPARK_PYTHON="$VENV/bin/python" PYSPARK_DRIVER_PYTHON="$VENV/bin/python"
export SPARK_LOCAL_IP=127.0.0.1  # stay on loopback, skip the hostname lookup

# --- the hecha binary -------------------------------------------------------
if [ -z "${HECHA_BIN:-}" ]; then
    HECHA_BIN=$ROOT/target/release/hecha
    [ -x "$HECHA_BIN" ] || (cd "$ROOT" && cargo build --release) || die "cargo build failed"
fi
[ -x "$HECHA_BIN" ] || die "HECHA_BIN=$HECHA_BIN is not an executable"

# --- scratch folder ---------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hecha-spark-test.XXXXXX")
cleanup() {
    if [ $? -ne 0 ] || [ "${KEEP:-}" = 1 ]; then say "scratch files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# Ship what the executors need, as a cluster job would: the binary under the
# name `hecha`, deliberately without its executable bit (shipping can lose it;
# the driver must restore it), and the claims CSVs zipped at the archive's top.
mkdir "$WORK/ship" "$WORK/empty"
cp "$HECHA_BIN" "$WORK/ship/hecha" && chmod 644 "$WORK/ship/hecha"
(cd "$ROOT/claims" && python3 -m zipfile -c "$WORK/ship/claims.zip" *.csv)

"$VENV/bin/python" "$HERE/gen_docs.py" "$DOCS" > "$WORK/docs.jsonl"
say "generated $DOCS records ($(wc -l < "$WORK/docs.jsonl") lines with blanks)"

submit() {  # submit OUTPUT [hecha_spark.py options...]; log in OUTPUT.log
    local out=$1; shift
    spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
        --files "$WORK/ship/hecha" --archives "$WORK/ship/claims.zip#claims" \
        "$HERE/hecha_spark.py" "$WORK/docs.jsonl" "$out" --partitions "$PARTITIONS" "$@" \
        > "$out.log" 2>&1
}

# --- 1. Spark vs plain -----------------------------------------------------
say "running hecha_spark.py on local[2]"
start=$SECONDS
submit "$WORK/spark-out" || { tail -n 40 "$WORK/spark-out.log" >&2; die "spark-submit failed"; }
grep '^hecha_spark: [0-9]* partitions' "$WORK/spark-out.log" >&2 || true
say "spark run took $((SECONDS - start)) s"

# Read from stdin like every Spark partition does, so the source is `-` in both.
rc=0
"$HECHA_BIN" check --input jsonl --format jsonl -q --claims "$ROOT/claims" - \
    < "$WORK/docs.jsonl" > "$WORK/plain.jsonl" 2> "$WORK/plain.err" || rc=$?
case $rc in 0|1|2) ;; *) cat "$WORK/plain.err" >&2; die "plain hecha exited $rc" ;; esac

"$VENV/bin/python" "$HERE/compare.py" "$WORK/docs.jsonl" "$WORK/plain.jsonl" "$WORK/spark-out" ||
    die "Spark and plain results differ"

# --- 2. a failing hecha must fail the job and name its partition ------------
# (a) hecha cannot load its claims (exit 2, no output: a line-count mismatch);
# (b) hecha exits with a code outside 0/1/2.
say "checking that hecha failures fail the job"
submit "$WORK/fail-a" --claims "$WORK/empty" && die "job with empty claims folder succeeded"
grep -q 'hecha_spark: partition [0-9]*: hecha failed: .* output lines' "$WORK/fail-a.log" ||
    { tail -n 40 "$WORK/fail-a.log" >&2; die "failure (a) did not name its partition"; }
printf '#!/bin/sh\ncat >/dev/null\necho "fake hecha: boom" >&2\nexit 3\n' > "$WORK/fake-hecha"
chmod +x "$WORK/fake-hecha"
submit "$WORK/fail-b" --hecha "$WORK/fake-hecha" && die "job with failing hecha succeeded"
grep -q 'hecha_spark: partition [0-9]*: hecha failed: exit code 3' "$WORK/fail-b.log" &&
    grep -q 'fake hecha: boom' "$WORK/fail-b.log" ||
    { tail -n 40 "$WORK/fail-b.log" >&2; die "failure (b) did not name its partition and stderr"; }
say "failures are reported: $(grep -o -m1 'hecha_spark: partition [0-9]*: hecha failed: exit code 3' "$WORK/fail-b.log")"
say "OK ($SECONDS s)"
