#!/usr/bin/env python3
"""Takes a hiring screen through the real `hotseat screen` as a scripted candidate: waits for each
prompt, answers situational-judgement items with two letters and customers with a typed reply.
Used by seed-report-store.sh so candidate and screen reports come from real, signed results.

usage: answer-screen.py HOTSEAT CANDIDATE STYLE   (STYLE: strong | mixed | weak)
The environment (HOTSEAT_SCREEN_DIR, HOTSEAT_ORG_KEY_FILE, HOTSEAT_STORE) is passed through.
"""
import os
import re
import select
import subprocess
import sys

hotseat, candidate, style = sys.argv[1], sys.argv[2], sys.argv[3]
replies = {
    "strong": [
        "I'm so sorry, that sounds awful and it's on us. I'll put it right today myself.",
        "I'll refund it in full right now, and I'll call you tomorrow at 10 to confirm everything is fixed.",
        "I understand you're upset. I won't accept being sworn at, but I do want to help: I'll sort the refund now.",
        "I'll send you the confirmation by email within the hour, and my direct number so you can reach me.",
    ],
    "mixed": [
        "Sorry about that, I understand it's annoying.",
        "I'll look into the refund and get back to you.",
        "Please don't swear at me. What is your order number?",
        "It should be fixed soon, we're very busy this week.",
    ],
    "weak": [
        "ok",
        "That's company policy, not much I can do.",
        "You should have read the terms.",
        "Calm down please.",
    ],
}[style]


def read_keys(folder):
    """English title -> (best, worst) of each SJT item, read from the shipped item files."""
    keys = {}
    items = os.path.join(folder, "scenarios", "screens", "items")
    for name in sorted(os.listdir(items)) if os.path.isdir(items) else []:
        text = open(os.path.join(items, name), encoding="utf-8").read()
        title = re.search(r'^title: \{en: "([^"]+)"', text, re.M)
        best = re.search(r"^  best: ([A-D])", text, re.M)
        worst = re.search(r"^  worst: ([A-D])", text, re.M)
        if title and best and worst:
            keys[title.group(1)] = (best.group(1), worst.group(1))
    return keys


def picks(tail):
    """Strong candidates know the key, mixed ones get the best right only, weak ones reverse it."""
    titles = [(tail.rfind(t), key) for t, key in KEYS.items() if t in tail]
    if not titles:
        return {"strong": "best: B, worst: C", "mixed": "best: B, worst: D", "weak": "best: C, worst: B"}[style]
    best, worst = max(titles)[1]
    other = next(letter for letter in "ABCD" if letter not in (best, worst))
    return {"strong": f"best: {best}, worst: {worst}", "mixed": f"best: {best}, worst: {other}",
            "weak": f"best: {worst}, worst: {best}"}[style]


KEYS = read_keys(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

process = subprocess.Popen([hotseat, "screen", "--candidate", candidate, "--lang", "en"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
screen, turn, answered = b"", 0, 0
while True:
    ready, _, _ = select.select([process.stdout], [], [], 1.0)
    if ready:
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            break
        screen += chunk
        continue
    if process.poll() is not None:
        break
    # Quiet for a second: the screen waits for input.
    tail = screen[-1500:].decode("utf-8", "replace")
    if answered == 0:
        line = ""
    elif "Type the best and the worst response" in tail.split("[")[-1] or "two letters" in tail[-200:]:
        line = picks(screen.decode("utf-8", "replace"))
    else:
        line = replies[turn % len(replies)]
        turn += 1
    process.stdin.write((line + "\n").encode())
    process.stdin.flush()
    answered += 1
    screen = b""
    if answered > 80:
        process.kill()
        sys.exit("answer-screen: the screen did not finish after 80 answers")
process.wait()
if process.returncode != 0:
    sys.stderr.write(process.stderr.read().decode("utf-8", "replace"))
    sys.exit(f"answer-screen: hotseat screen exited with {process.returncode}")
