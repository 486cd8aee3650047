#!/usr/bin/env bash
# Builds release, runs the in-process benchmark, times `hotseat score --input` as a whole process,
# runs VADER over the same replies, and prints every figure beside its target with PASS/MISS.
# usage: scripts/bench.sh [--count N]     (default 100,000 replies)
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=100000
if [[ "${1:-}" == "--count" ]]; then COUNT="$2"; fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== building release (hotseat, hotseat-bench)"
# The Swift runtime is linked in (as for a binary one ships): no dynamic linking of libswiftCore
# and Foundation at start-up, and no PLT call for each retain and release.
RELEASE=(-c release --static-swift-stdlib)
swift build "${RELEASE[@]}" --product hotseat >/dev/null
swift build "${RELEASE[@]}" --product hotseat-bench >/dev/null
BIN="$(swift build "${RELEASE[@]}" --show-bin-path)"

echo "== in-process benchmark ($COUNT replies)"
"$BIN/hotseat-bench" --count "$COUNT" --corpus-out "$WORK/corpus.jsonl" > "$WORK/bench.txt"
value() { grep "^BENCH $1=" "$WORK/bench.txt" | cut -d= -f2; }

echo "== hotseat score --input corpus.jsonl --format jsonl (whole process)"
# Wall time is what the target is about; CPU time (user + sys) is printed beside it because other
# work on the machine stretches wall time but not CPU time.
# GNU time also gives the process's peak memory (maxrss, KB); bash's `time` is the fallback.
status=0
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$BIN/hotseat" score --input "$WORK/corpus.jsonl" --format jsonl \
    > /dev/null 2> "$WORK/score.err" || status=$?
else
  TIMEFORMAT='%R %U %S 0'
  { time "$BIN/hotseat" score --input "$WORK/corpus.jsonl" --format jsonl > /dev/null 2> "$WORK/score.err" || status=$?; } 2> "$WORK/time.txt"
fi
if [[ $status -ne 0 ]]; then echo "   note: hotseat score exited $status (some lines failed)"; fi
read -r wall user sys process_rss_kb < <(tail -1 "$WORK/time.txt")
process_rps=$(python3 -c "print($COUNT / $wall)")
process_cpu_us=$(python3 -c "print(($user + $sys) / $COUNT * 1e6)")

echo "== VADER over the same replies"
if ! python3 -c "import vaderSentiment" 2>/dev/null; then
  pip install --quiet vaderSentiment >/dev/null
fi
vader_rps=$(python3 Benchmarks/vader/vader_bench.py "$WORK/corpus.jsonl" | sed -n 's/^VADER rps=\([0-9.]*\).*/\1/p')

python3 - "$process_rps" "$(value batch_rps)" "$(value p50_ms)" "$(value p99_ms)" "$(value load_ms)" "$(value maxrss_mb)" "$vader_rps" \
  "$process_cpu_us" "$(value single_rps)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$process_rss_kb" <<'PY'
import sys
process, batch, p50, p99, load, rss, vader, cpu_us, single = map(float, sys.argv[1:10])
cores, loadavg = sys.argv[10], sys.argv[11]
process_rss = float(sys.argv[12]) / 1024
ratio = process / vader
rows = [
    ("hotseat score --input (process)", f"{process:,.0f} replies/s", "≥ 200,000 replies/s", process >= 200_000),
    ("  CPU time per reply (process)", f"{cpu_us:.1f} µs", "", None),
    ("in-process batch (all cores)", f"{batch:,.0f} replies/s", "", None),
    ("in-process, one thread", f"{single:,.0f} replies/s", "", None),
    ("per-reply latency p50", f"{p50:.4f} ms", "", None),
    ("per-reply latency p99", f"{p99:.4f} ms", "< 0.2 ms", p99 < 0.2),
    ("rubric load (median of 7)", f"{load:.2f} ms", "< 50 ms", load < 50),
    ("peak memory (score process)", f"{process_rss:.1f} MB" if process_rss > 0 else "n/a", "", None),
    ("peak memory (bench maxrss)", f"{rss:.1f} MB", "", None),
    ("VADER polarity_scores", f"{vader:,.0f} replies/s", "", None),
    ("ours / VADER (process)", f"{ratio:.1f}×", "≥ 20×", ratio >= 20),
    ("ours / VADER (one core each)", f"{single / vader:.1f}×", "", None),
]
print()
print(f"machine: {cores} cores, load average {loadavg} (wall-time figures are stretched by other work)")
print(f"{'measure':34}{'figure':22}{'target':22}verdict")
for name, figure, target, ok in rows:
    verdict = "" if ok is None else ("PASS" if ok else "MISS")
    print(f"{name:34}{figure:22}{target:22}{verdict}")
PY
