#!/usr/bin/env bash
# Builds the libFuzzer target over the scorer and the rubric loader (with AddressSanitizer) and
# runs it for a number of seconds on a seed corpus built from Fuzz/seeds and the shipped rubric.
# usage: scripts/fuzz.sh [SECONDS]        (default $FUZZ_SECONDS or 600)
# A crash leaves its reproducer in .build-fuzz/artifacts/; replay it with
#   FUZZ_SCORING=scoring .build-fuzz/rubric-fuzz .build-fuzz/artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-${FUZZ_SECONDS:-600}}"
BUILD=.build-fuzz
FLAGS=(-Xswiftc -sanitize=fuzzer -Xswiftc -sanitize=address -Xcc -fsanitize=fuzzer-no-link -Xcc -fsanitize=address)

echo "== building the Rubric module with coverage and AddressSanitizer"
swift build -c release --build-path "$BUILD" --target Rubric "${FLAGS[@]}" >/dev/null
BIN="$(swift build -c release --build-path "$BUILD" --show-bin-path)"
objects=()
for module in Rubric HotseatCore Yams CYaml; do
  while IFS= read -r o; do objects+=("$o"); done < <(find "$BIN/$module.build" -name "*.o")
done
cyaml_map="$(find "$BUILD" -path '*CYaml*' -name module.modulemap | head -1)"
swiftc -O -parse-as-library -sanitize=fuzzer,address -module-name RubricFuzz Fuzz/RubricFuzz.swift \
  -I "$BIN/Modules" -I "$BIN" ${cyaml_map:+-Xcc -fmodule-map-file="$cyaml_map"} \
  "${objects[@]}" -o "$BUILD/rubric-fuzz"

echo "== seed corpus"
mkdir -p "$BUILD/corpus" "$BUILD/artifacts"
i=0
while IFS= read -r line; do
  [[ -z "$line" ]] && continue
  printf '\x00\x25\x0c%s' "$line" > "$BUILD/corpus/seed-reply-$i"; i=$((i + 1))
done < Fuzz/seeds/replies.txt
for f in scoring/*.yaml; do
  name="$(basename "$f")"
  if [[ "$name" == rubric.yaml ]]; then { printf '\x02'; cat "$f"; } > "$BUILD/corpus/seed-settings"
  else { printf '\x01'; cat "$f"; } > "$BUILD/corpus/seed-criteria-$name"; fi
done

echo "== fuzzing for $SECONDS_TO_RUN s"
FUZZ_SCORING="$PWD/scoring" ASAN_OPTIONS=detect_leaks=0 "$BUILD/rubric-fuzz" "$BUILD/corpus" \
  -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$BUILD/artifacts/" -print_final_stats=1
