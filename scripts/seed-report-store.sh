#!/usr/bin/env bash
# Plays scenarios through the real binary with piped replies into a throwaway store, then renders
# every training report kind from it into OUT (HTML for the browser check, text and CSV beside it).
# usage: scripts/seed-report-store.sh HOTSEAT OUT
set -euo pipefail
HOTSEAT="$1"
OUT="$2"
STORE="$(mktemp -d)/reports.sqlite"
trap 'rm -rf "$(dirname "$STORE")"' EXIT

# play TRAINEE SCENARIO SEED REPLY… — one reply per line, "[+Ns]" gives the reply's latency;
# PLAY_LANG=nl play … plays in that language.
play() {
  local trainee="$1" scenario="$2" seed="$3"; shift 3
  # A private config/data home, so seeding never touches the remembered name or history of whoever runs it.
  printf '%s\n' "$@" | XDG_CONFIG_HOME="$(dirname "$STORE")" XDG_DATA_HOME="$(dirname "$STORE")" XDG_STATE_HOME="$(dirname "$STORE")" \
    "$HOTSEAT" play "$scenario" --seed "$seed" ${PLAY_LANG:+--lang "$PLAY_LANG"} --no-readline --color never \
    --trainee "$trainee" --store "$STORE" >/dev/null
}

# A weak attempt: repeated until the customer walks out, escalates or the turns run out.
weak=("[+25s] Sorry about that." "[+40s] The lift stops sometimes, it's the cold. Not much I can do.")
for _ in 1 2 3 4; do weak+=("[+35s] Like I said, these things happen."); done
play demo/ada ski-lift 1 "${weak[@]}"
play demo/ada ski-lift 2 \
  "[+14s] I'm so sorry. Sitting still for a whole hour at minus twelve with your kids, that must have been frightening and miserable. That's our lift and our failure, and I'm going to put it right." \
  "[+11s] I'll refund today's pass in full right now, and I'll put a free day pass for tomorrow on your card for you and both kids."
play demo/ada late-bed 1 \
  "[+18s] I'm really sorry, your child slept on the floor and nobody called you. That's on us." \
  "[+15s] I'll arrange a delivery for Saturday morning myself and call you tomorrow at 10 to confirm the time." \
  "[+12s] I'll refund the delivery fee today as well, and I'll text you the driver's time slot tonight." \
  "[+12s] I'll call you myself tomorrow at 10 with the confirmed slot; here is my direct number."
play demo/bo ski-lift 3 \
  "[+9s] I'm really sorry, an hour stuck in that cold with two children sounds awful, and I completely understand how angry you are. That's on us. I'll refund your pass today and add a free day for the whole family." \
  "[+12s] I'll put it on your booking myself right now, and I'll call the ticket desk while you're here, so it's ready for you tomorrow at 8 am."
# A Dutch session, outside the demo cohort: its scorecard is in Dutch, and a progress report is
# rendered in Norwegian, so the browser check sees the longer words in headers and charts.
PLAY_LANG=nl play daan ski-lift 2 \
  "[+14s] Het spijt me echt. Een uur stilhangen in de kou met uw kinderen, dat moet vreselijk zijn geweest. Dat is onze fout, en ik ga het rechtzetten." \
  "[+11s] Ik betaal de skipas van vandaag nu meteen volledig terug, en ik zet een gratis dagpas voor morgen op uw kaart."
# A reply that looks like markup: the reports must show it as text.
play "demo/cem <the tester>" ski-lift 1 \
  "[+16s] I'm so sorry </svg><script>alert('x')</script> that you and your kids were stuck in the cold for an hour. That's our failure & I'll put it right." \
  "[+20s] I'll refund today's pass in full right now, and add a free day pass for tomorrow."

session_id="$("$HOTSEAT" history --store "$STORE" --trainee "demo/cem <the tester>" | awk 'NR == 2 { print $1 }')"
for format in html text csv; do
  ext="$format"; [ "$format" = text ] && ext=txt
  "$HOTSEAT" report "$session_id" --store "$STORE" --format "$format" -o "$OUT/session.$ext"
  "$HOTSEAT" report --trainee demo/ada --store "$STORE" --format "$format" -o "$OUT/progress.$ext"
  "$HOTSEAT" report --cohort demo --store "$STORE" --format "$format" -o "$OUT/cohort.$ext"
done
dutch_id="$("$HOTSEAT" history --store "$STORE" --trainee daan | awk 'NR == 2 { print $1 }')"
"$HOTSEAT" report "$dutch_id" --store "$STORE" --format html -o "$OUT/session-nl.html"
"$HOTSEAT" report --trainee demo/ada --lang nb --store "$STORE" --format html -o "$OUT/progress-nb.html"

# Candidate and screen reports come from real, signed hiring-screen results: scripted candidates
# take the screen through `hotseat screen`. If that cannot run here, fall back to the view-model
# fixtures so the browser check still covers those layouts, and say so.
screens="$(dirname "$STORE")/screens"
mkdir -p "$screens"
head -c 48 /dev/urandom | base64 >"$screens/org.key"
chmod 600 "$screens/org.key"
export HOTSEAT_SCREEN_DIR="$screens" HOTSEAT_ORG_KEY_FILE="$screens/org.key"
if HOTSEAT_STORE="$STORE" python3 scripts/answer-screen.py "$HOTSEAT" c-101 strong \
   && HOTSEAT_STORE="$STORE" python3 scripts/answer-screen.py "$HOTSEAT" c-102 weak \
   && HOTSEAT_STORE="$STORE" python3 scripts/answer-screen.py "$HOTSEAT" c-103 strong; then
  "$HOTSEAT" report --candidate c-102 --format html -o "$OUT/candidate.html"
  "$HOTSEAT" report --screen call-centre-basic --format html -o "$OUT/screen.html"
else
  echo "seed-report-store: could not take the hiring screen here; rendering candidate and screen fixtures instead" >&2
  fixtures="$(mktemp -d)"
  HOTSEAT_REPORTS_OUT="$fixtures" swift test --skip-build --filter FixtureReportWriter >/dev/null 2>&1 \
    || HOTSEAT_REPORTS_OUT="$fixtures" swift test --filter FixtureReportWriter >/dev/null
  cp "$fixtures/candidate.html" "$OUT/candidate-fixture.html"
  cp "$fixtures/screen.html" "$OUT/screen-fixture.html"
  rm -rf "$fixtures"
fi
