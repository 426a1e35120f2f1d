#!/usr/bin/env python3
"""Fit Parley's decision weights (seeds/english.weights.json) on labelled streams.

Parley decides whether a claim is news with a linear score over negotiation-independent features
(`DecisionFeature` in Sources/ParleyCore/Decision): what the model does not hold yet, recap and commentary cues,
position in the report, how the party was read. This script fits those weights by L2-regularised logistic
regression on claims from labelled streams, then picks the threshold that maximises alert F1 on the training
streams. Deterministic: same inputs, same weights.

usage:
  fit_weights.py fit --out WEIGHTS.json STREAM... [--unrelated GLOB] [--passes N] [--threshold f1|logistic]
                    [--unrelated-budget N]
  fit_weights.py loo --parley PATH STREAM...      leave-one-negotiation-out: fit on the others, replay and score each
  fit_weights.py ablate --parley PATH STREAM...   F1 per stream with each feature group removed from the fit
  fit_weights.py extend --feature NAME [--out WEIGHTS.json] [--unrelated GLOB] STREAM...
                    fit one new feature's weight with every other weight as shipped (below)

A STREAM is NAME=MODEL:LABELS:FEEDS_GLOB, e.g.
  russia-ukraine=seeds/russia-ukraine.model.json:../shared/eval/dev/labels.jsonl:../shared/eval/dev/feeds/*.xml
A NAME with a slash is another stream of the negotiation before it (`russia-ukraine/flood`): `loo` and `ablate`
leave a negotiation's streams out together.
`fit` reads each stream's claim features by replaying it (`parley replay --features`) with the weights in force,
fits, and with `--passes N` repeats, each pass replaying with the previous pass's weights, so that the features
come from the model states those weights lead to. One pass (the default) from the prior weights scored best left
one negotiation out (mean F1 0.51 against 0.47 for three passes, 2026-12-07). `--unrelated GLOB` adds feeds of unrelated news,
replayed with every stream's model: every claim there is a negative.

The shipped weights were made, on the code of commit e624f24, with:
  python3 seeds/fit_weights.py fit --unrelated '../shared/feeds/realworld/*.xml' \
    russia-ukraine=seeds/russia-ukraine.model.json:../shared/eval/dev/labels.jsonl:'../shared/eval/dev/feeds/*.xml' \
    armenia-azerbaijan=seeds/armenia-azerbaijan.model.json:../shared/eval/armenia-azerbaijan/labels.jsonl:'../shared/eval/armenia-azerbaijan/feeds/*.xml' \
    drc-rwanda=seeds/drc-rwanda.model.json:../shared/eval/drc-rwanda/labels.jsonl:'../shared/eval/drc-rwanda/feeds/*.xml' \
    iran-nuclear=seeds/iran-nuclear.model.json:../shared/eval/iran-nuclear/labels.jsonl:'../shared/eval/iran-nuclear/feeds/*.xml'
(`loo` and `ablate` take the same arguments.) Refitted on 2026-12-07 after the language's world list of outsiders
(Russia-Ukraine, Armenia-Azerbaijan, DRC-Rwanda, Iran; fitted F1 then the blind holdout and holdout2): the refit
0.848/0.492/0.500/0.464, 0.729/0.651; the shipped file 0.870/0.554/0.541/0.462, 0.761/0.733: the file stays. Tried
and left out the same day: a claim for every other issue a sentence names, marked `secondary_issue` (left one
negotiation out 0.761/0.535/0.500/0.537 against 0.772/0.485/0.493/0.481, but holdout 0.691-0.724 and holdout2
0.621-0.695). `--l2 X` sets the regularisation (default 2.0): left one negotiation
out, 0.5, 2 and 8 gave mean F1 0.514, 0.522 and 0.525 on 2026-12-07, no real difference.
`--without FEATURE` (repeatable) fits without a feature, in `fit`, `loo` and `ablate`, to measure what it brings.
Tried and left out on 2026-12-07: a report-level feature for a headline and lead naming one party only
(`single_party_lead`): left one negotiation out 0.778/0.462/0.493/0.474 (Russia-Ukraine, Armenia-Azerbaijan,
DRC-Rwanda, Iran) against 0.772/0.507/0.493/0.487 without it, and the blind Russia-Ukraine streams lost 0.02-0.09.

`--threshold logistic` takes the logistic model's own boundary instead of the threshold with the best F1 on the
training claims (`f1`, the default). Left one negotiation out on 2026-12-07 (Russia-Ukraine, Armenia-Azerbaijan,
DRC-Rwanda, Iran), with the language of that morning: f1 0.805/0.448/0.500/0.500, logistic 0.792/0.488/0.529/0.474;
with a dozen more stance verbs tried that day (those shipped, and "closed", "installed", "stopped"): f1
0.790/0.431/0.406/0.511, logistic 0.792/0.506/0.568/0.505. Logistic is steadier across folds (the best-F1
threshold of one fold moved from 2.57 to 2.98 on that change of a few verbs), with more recall and more false
alerts; fitted on all four it put the threshold at 1.69 and raised the real-world feeds' alerts from 3 to 14 with
the Russia-Ukraine model, so the shipped file keeps the best-F1 threshold.
Tried and left out the same day: a report-level feature, the report's topic and issue terms per hundred words
(`term_density`): real-world alerts 3 -> 1 (Russia-Ukraine model) and 28 -> 19 (Iran), fitted 0.863/0.507/0.557/
0.535 and holdouts 0.769/0.717 against the shipped file's 0.870/0.567/0.541/0.518 and 0.761/0.733 (same verbs);
left one out 0.766/0.464/0.369/0.474 (f1) and 0.771/0.482/0.571/0.490 (logistic).

Six negotiations (2026-12-07, session 8): the four above and two streams kept in the repository with models written
by newcomers from the docs (Tests/ParleyCoreTests/Fixtures/gaza and thai-cambodia, each with newcomer-model/), as
  gaza=Tests/ParleyCoreTests/Fixtures/gaza/newcomer-model/gaza.model.json:Tests/ParleyCoreTests/Fixtures/gaza/labels.jsonl:'Tests/ParleyCoreTests/Fixtures/gaza/feeds/*.xml'
  thai-cambodia=Tests/ParleyCoreTests/Fixtures/thai-cambodia/newcomer-model/thai-cambodia.model.json:Tests/ParleyCoreTests/Fixtures/thai-cambodia/labels.jsonl:'Tests/ParleyCoreTests/Fixtures/thai-cambodia/feeds/*.xml'
Left one out of six (best-F1 threshold; Russia-Ukraine, Armenia-Azerbaijan, DRC-Rwanda, Iran, Gaza,
Thailand-Cambodia), with the code of that evening (passive cues, the relevance of one side, two-word units):
0.862/0.492/0.507/0.500/0.615/0.540 (mean 0.586; earlier that day 0.855/0.444/0.462/0.441/0.568/0.476, and four-stream
folds had given 0.795/0.426/0.435/0.519); with the logistic threshold (earlier code) 0.811/0.537/0.529/0.489/0.523/
0.483, but 11 false alerts on Russia-Ukraine restatements. Fitted on all six (threshold 2.07): 0.870/0.516/0.507/
0.533/0.602/0.592, holdouts 0.786/0.719, real-world feeds 6 alerts with the Russia-Ukraine model, against the shipped
file's 0.870/0.562/0.541/0.512/0.545/0.507, 0.761/0.733 and 3 alerts: the refit breaks the real-world bar (at most 3),
so the file stays. The feature `attributive_cue` (a status cue right after the noun it describes) is read and
fitted but has weight 0 in the shipped file.

Eight negotiations (2026-12-07, session 9): the six above and two more blind streams with newcomers' models
(Tests/ParleyCoreTests/Fixtures/syria-israel and us-china-trade, each with newcomer-model/, named like gaza above).
Fitted on all eight (threshold 1.64), with the shipped file's figures after the arrow's left:
Russia-Ukraine 0.863 -> 0.862, Armenia-Azerbaijan 0.562 -> 0.576, DRC-Rwanda 0.541 -> 0.526, Iran 0.512 -> 0.524,
Gaza 0.545 -> 0.622, Thailand-Cambodia 0.507 -> 0.625, Syria-Israel 0.622 -> 0.682, US-China 0.506 -> 0.581, holdouts
0.761/0.747 -> 0.783/0.737, but the real-world feeds 3 -> 9 alerts with the Russia-Ukraine model (Iran 24 -> 33): the
file stays. `--unrelated-budget N` caps the threshold search where more than N claims of the unrelated news (all
models together) would pass: budgets 30 and 15 put the threshold at 2.42 and 3.01 and cost far more recall
(Russia-Ukraine 0.794 and 0.656) than the shipped file, whose weights separate real-world news better.
`--unrelated-weight K` counts each claim of unrelated news K times a stream's negative in the fit. With K = 8 on the
eight (code of the session's end, threshold 1.28): 0.845/0.515/0.550/0.518/0.577/0.554/0.652/0.587, holdouts
0.828/0.723, the newcomer DRC model 0.526 (shipped 0.448), real-world alerts 4 with the Russia-Ukraine model (bar at
most 3) and Russia-Ukraine below its 0.86 floor; K = 5: 0.855/0.554/0.513/0.524/0.583/0.575/0.644/0.571, real world
4; K = 8 with the threshold raised to 1.45 to keep the real world at 3 loses Armenia-Azerbaijan (0.484), DRC (0.466)
and Gaza (0.538). Better on the new negotiations and the blind holdout, worse on the bar's own measures: the file
stays.

Session 10 (2026-12-07, code of commit 7ff592b: capitals as a document's venue, measures that move, rate changes,
joint meetings, a coordinated infinitive): left one out of eight with the best-F1 threshold
0.832/0.500/0.464/0.519/0.633/0.500/0.652/0.600 (Russia-Ukraine, Armenia-Azerbaijan, DRC-Rwanda, Iran, Gaza,
Thailand-Cambodia, Syria-Israel, US-China; mean 0.588). Refits on all eight against the shipped file
(0.870/0.562/0.568/0.512/0.558/0.522/0.632/0.578, holdouts 0.775/0.747, real world 3 with the Russia-Ukraine
model): `--unrelated-weight 4` (threshold 1.57) 0.841/0.554/0.493/0.519/0.609/0.605/0.652/0.622, holdouts
0.832/0.729, real world 4; `--unrelated-weight 8` (1.85) 0.843/0.483/0.493/0.506/0.568/0.514/0.623/0.605, holdouts
0.785/0.689, real world 3. Both put Russia-Ukraine under its 0.86 floor and lose DRC-Rwanda: the file stays. A
refit on the four development streams alone (2.74): 0.861/0.571/0.543/0.538, holdout2 0.682, real world 4: stays.

Session 11 (2026-12-07): two news floods written blind (Tests/ParleyCoreTests/Fixtures/ru-flood and iran-flood: each
development reported by several outlets, half the reports restatements, a third unrelated), in `S10` of
seeds/streams.sh as `russia-ukraine/flood` and `iran-nuclear/flood` (a slash: `loo` leaves them out with their
negotiation, and the unrelated news is replayed once per model). Refits on S10, against the shipped file (the order
of S8, then the two floods, then holdout, holdout2, the newcomer's DRC model; the shipped file: 0.870/0.562/0.568/
0.512/0.588/0.522/0.632/0.593, floods 0.385/0.417, holdouts 0.782/0.747, 0.529, real world 3): `--unrelated-weight 1`
(threshold 2.27) 0.871/0.585/0.521/0.553/0.667/0.571/0.651/0.581, floods 0.431/0.406, holdouts 0.814/0.717, 0.478,
real world 6; weight 4 (1.93) 0.834/0.562/0.514/0.519/0.615/0.568/0.652/0.614, 0.471/0.405, 0.839/0.723, 0.500,
real world 5; weight 8 (2.18) 0.861/0.491/0.493/0.480/0.562/0.507/0.611/0.619, 0.408/0.424, 0.796/0.682, 0.492, real
world 3; `--unrelated-budget 20` (2.87) 0.766/.../0.400 (RU flood), real world 2: every recall falls. S8 with the
Russia-Ukraine flood only: weight 1 (1.92) real world 8, weight 8 (2.03) dev 0.841. None beats the file on the
streams and the real-world bar together: the file stays. The floods move by a few points whatever the fit: the
features do not tell a follow-up from the first report, so more weight on them cannot either.

Session 12 (2026-12-08): a third flood written blind (Tests/ParleyCoreTests/Fixtures/gaza-flood, replayed with the
Gaza newcomer's model), in `S11` of seeds/streams.sh as `gaza/flood`. Left one negotiation out of S11 with the code
of the session's end (commit f363f34): 0.835/0.542/0.522/0.545/0.636/0.563/0.617/0.571 (mean of the eight 0.604;
session 11's S10 folds 0.583), floods 0.383/0.424/0.423. `ablate` on S11 (same code; mean of the eight, then the
three floods): without the recap and commentary features 0.590, 0.353/0.405/0.424; without position 0.530,
0.372/0.333/0.361; without the reading features 0.572, 0.377/0.391/0.328; without novelty nothing alerts. Refits on S11 against the shipped
file (0.875/0.571/0.568/0.500/0.635/0.537/0.640/0.608, floods 0.417/0.492/0.406, holdouts 0.789/0.764, the newcomer's
DRC model 0.537, real world 3): `--unrelated-weight 1` (threshold 2.30) 0.850/0.615/0.535/0.538/0.644/0.622/0.667/
0.637, floods 0.440/0.469/0.435, holdouts 0.844/0.742, 0.478, real world 6; weight 4 (2.28) 0.824/0.517/0.514/0.526/
0.619/0.514/0.568/0.659, floods 0.444/0.516/0.444, holdouts 0.777/0.721, 0.476, real world 3; weight 8 (2.19) dev
0.816, holdout2 0.713, real world 3. Weight 1 is better on six of eight negotiations and the Russia-Ukraine and Gaza
floods but breaks the real-world bar and puts the dev stream under 0.86; weighted, it loses the development
negotiations: the file stays.

Session 13 (2026-12-08): a fourth flood (Fixtures/drc-flood, `drc-rwanda/flood`, S12) and a ninth negotiation with a
newcomer's model (Fixtures/israel-lebanon, S13). Refits on S12 against the shipped file (dev 0.881, real world 3):
the default fit (threshold 2.50) dev 0.859, Armenia-Azerbaijan 0.603, DRC 0.522, Iran 0.545, Gaza 0.659, the
Iran flood 0.452, the Gaza flood 0.467, the DRC flood 0.414, holdouts 0.822/0.750, the newcomer's DRC model 0.455,
real world 5; `--unrelated-weight 2` (2.30) dev 0.848, real world 5; `--unrelated-budget 3` counts claims, not
alerts, and put the threshold at 4.48 (dev 0.376): none keeps the dev and real-world bars, the file stays.
`extend --feature retells_alert` (half the claim's content words, counted against the smaller sentence, in the
evidence of an alert of the last three days on the issue from another report) chose 0: the Russia-Ukraine flood
+0.009, the Iran flood -0.016 to -0.024, dev -0.008 from weight -0.5 on. Removed. Left one negotiation out of S13
(commit 698ef64): 0.835/0.533/0.514/0.550/0.643/0.522/0.564/0.621 and Israel-Lebanon 0.474 (the shipped file
0.353; mean of the nine 0.584), floods 0.360/0.418/0.459/0.361. `ablate` on S13 (commit bb1f255; mean of the nine,
then the four floods): all 0.582, 0.391/0.418/0.459/0.367; without recap and commentary 0.577; without position
0.539; without reading 0.536. A refit on S13 (threshold 2.43): dev 0.852, Iran 0.571, Gaza 0.644, Thailand-Cambodia
0.575, US-China 0.652, Israel-Lebanon 0.480, holdouts 0.807/0.750, the newcomer's DRC model 0.478, real world 7.

`extend` fits the weight of one feature the shipped file does not have, keeping every other weight and the threshold
as they are: it replays every stream and the unrelated news once per weight of a grid (0 down to -3 by 0.25: the
features it is for count against a claim), takes the weight with the best mean F1 over the streams among those that
raise no more unrelated alerts than weight 0, prints the grid and, for each negotiation, the weight chosen without it
and that negotiation's F1 there (left out), then writes the file with the feature added (`--out`, by default the shipped file). Session 12 tried a feature
this way, `off_title_position` (a party's changed position on an issue the headline does not name: across the
eleven streams 1 of 39 true alerts of a changed position against 11 of 36 false ones), built for the trial and left
out:
  python3 seeds/fit_weights.py extend --feature off_title_position --out /tmp/w.json \
    --unrelated '../shared/feeds/realworld/*.xml' "${S11[@]}"
chose -1.5 (Iran 0.500 -> 0.519, the Iran flood 0.492 -> 0.508, the Gaza flood 0.406 -> 0.426) but dev fell 0.881 ->
0.872 and the Russia-Ukraine flood 0.417 -> 0.391; left out, Russia-Ukraine chose -1.5 and lost both streams, Iran
chose 0, the Gaza flood gained 0.013: not worth the dev bar. A weight of 0 in the shipped file
(`stance_changed`, `new_entities`, `attributive_cue`) can be tried the same way.

How claims are labelled: a labelled change matches the claims of its report with its issue (and its party, unless
the label's party is null). Of those, the best-scoring claim is the positive (one alert per change); the others of
the same change are left out of the fit. Every other claim is a negative. Claims with no novelty feature cannot
alert (Parley's rule) and are left out.

Needs numpy (pip install numpy). Written by hand because the fit is forty lines of Newton's method; a machine
learning library would add a dependency and no accuracy at this size.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOVEL = {"issue_new", "party_first_stance", "status_new", "polarity_flip", "new_entities", "new_quantity",
         "new_quantity_count", "meeting_state_new", "meeting_date_new", "meeting_place_new", "meeting_place_count",
         "new_pair_share", "new_pair_share_same_stance", "new_word_share", "new_word_share_same_stance",
         "stance_changed", "new_date"}
# Feature groups for the ablation (names as in DecisionFeature).
GROUPS = {
    "novelty": sorted(NOVEL),
    "recap-commentary": ["recap_cue", "recap_date", "commentary", "restates_fact", "echo", "hedged", "analysis_piece"],
    "position": ["paragraph_lead", "paragraph_second", "paragraph_third", "deep_concrete", "deep", "title_issue",
                 "first_sentence", "party_in_title", "headline"],
    "reading": ["by_speaker", "by_document", "by_context", "no_party", "negated", "looking_ahead", "position_stance",
                "status_stance", "meeting_stance", "principal_actor", "third_party_actor", "weak_issue_term",
                "document_clause", "no_stance", "attributive_cue"],
}
L2 = 2.0
THRESHOLD = "f1"
UNRELATED_BUDGET = None
UNRELATED_WEIGHT = 1.0


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parse_stream(text):
    name, rest = text.split("=", 1)
    model, labels, feeds = rest.split(":", 2)
    return {"name": name, "model": model, "labels": labels, "feeds": sorted(glob.glob(feeds))}


def replay(parley, stream, weights=None, features=None, extra=()):
    """The alert records of `parley replay` on the stream; `extra`: more replay options (seeds/ablate_stages.py)."""
    env = dict(os.environ)
    # Models kept outside seeds/ (the newcomers' models in Tests/.../Fixtures) are read with the shipped language
    # unless PARLEY_LANGUAGE names another.
    env.setdefault("PARLEY_LANGUAGE", os.path.join(ROOT, "seeds", "english.language.json"))
    if weights:
        env["PARLEY_WEIGHTS"] = weights
    args = [parley, "replay", "--model", stream["model"]] + (["--features", features] if features else []) + list(extra)
    out = subprocess.run(args + stream["feeds"], env=env, capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def score(labels, alerts):
    """The matching of ../shared/eval/score.py: F1 and the false alerts on A and D reports."""
    reports = {r["report"]: r for r in labels if "issue" not in r}
    expected = [dict(r, matched=False) for r in labels if "issue" in r]
    tp = fp = fa = fd = 0
    for alert in alerts:
        url = (alert.get("report") or {}).get("url")
        if url not in reports:
            continue
        hit = next((e for e in expected if not e["matched"] and e["report"] == url and e["issue"] == alert["issue"]
                    and (e["party"] is None or e["party"] == alert.get("party"))), None)
        if hit:
            hit["matched"] = True
            tp += 1
        else:
            fp += 1
            group = reports[url].get("group")
            fa += group == "A"
            fd += group == "D"
    fn = sum(not e["matched"] for e in expected)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r, "tp": tp, "fp": fp, "fn": fn,
            "false_A": fa, "false_D": fd}


def examples(claims, labels):
    """(features, target, group) rows: group ties the claims of one expected change (or one alert) together."""
    expected = [r for r in labels if "issue" in r]
    rows = []
    claimed = {}
    for index, claim in enumerate(claims):
        if not NOVEL.intersection(k for k, v in claim["features"].items() if v):
            continue
        match = next((i for i, e in enumerate(expected) if e["report"] == claim["report"]
                      and e["issue"] == claim["issue"] and (e["party"] is None or e["party"] == claim.get("party"))),
                     None)
        if match is None:
            rows.append((claim["features"], 0, ("neg", claim["report"], claim["issue"], claim.get("party"))))
        elif match not in claimed or claim["score"] > claims[claimed[match]]["score"]:
            claimed[match] = index
    for match, index in claimed.items():
        rows.append((claims[index]["features"], 1, ("pos", match)))
    return rows


# Signs known in advance: what is new never counts against a claim, and recap, commentary, repetition, hedging
# and the want of a stance never count for it. A weight the data would give the wrong sign is fixed at zero.
NONNEGATIVE = NOVEL | {"title_issue", "party_in_title", "headline", "document_clause"}
NONPOSITIVE = {"no_stance", "recap_cue", "recap_date", "commentary", "restates_fact", "echo", "hedged",
               "analysis_piece"}


def fit(rows, names, exclude=()):
    """Logistic regression with the sign constraints: refit without the features whose weight came out with the
    wrong sign until none does."""
    dropped = set(exclude)
    while True:
        weights, bias = fit_free(rows, names, dropped)
        wrong = {k for k, v in weights.items() if k in NONNEGATIVE and v < 0 or k in NONPOSITIVE and v > 0}
        if not wrong:
            return weights, bias
        dropped |= wrong


def fit_free(rows, names, exclude=()):
    names = [n for n in names if n not in exclude]
    x = np.array([[row[0].get(n, 0.0) for n in names] + [1.0] for row in rows])
    y = np.array([row[1] for row in rows], dtype=float)
    # Balance the classes: a missed development costs as much as the false alerts it would take to find it.
    pos = max(y.sum(), 1.0)
    neg = max(len(y) - y.sum(), 1.0)
    sample = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * neg))
    # `--unrelated-weight K`: a claim of unrelated news counts K times a stream's negative.
    sample = sample * np.array([UNRELATED_WEIGHT if row[2][0] == "unrelated" else 1.0 for row in rows])
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (sample * (p - y)) + reg * w
        hessian = (x.T * (sample * p * (1 - p))) @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return dict(zip(names, w[:-1])), w[-1]


def best_threshold(rows, weights, bias):
    """The threshold (as a score) with the best F1 over the training rows, one decision per change or claim group."""
    scored = sorted(((sum(weights.get(k, 0.0) * v for k, v in row[0].items()), row[1], row[2][0]) for row in rows),
                    reverse=True)
    total = sum(t for _, t, _ in scored)
    if THRESHOLD == "logistic":
        # The logistic model's own boundary (probability one half with the classes balanced): no search over the
        # training claims, so no narrow peak of one fit's F1 sets it.
        return -bias
    best, best_f1, tp, fp, unrelated = -bias, -1.0, 0, 0, 0
    for s, t, kind in scored:
        tp += t
        fp += 1 - t
        unrelated += kind == "unrelated"
        # With a budget, no threshold that lets more claims of unrelated news through (every model's together).
        if UNRELATED_BUDGET is not None and unrelated > UNRELATED_BUDGET:
            break
        f1 = 2 * tp / (2 * tp + fp + (total - tp))
        if f1 > best_f1:
            best_f1, best = f1, s
    return best - 1e-6


def write_weights(path, weights, threshold, note):
    data = {"_comment": note, "threshold": round(threshold, 4),
            "weights": {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


def one_pass(parley, streams, unrelated, weights_in, exclude=()):
    rows = []
    names = set()
    with tempfile.TemporaryDirectory() as tmp:
        for stream in streams:
            path = os.path.join(tmp, stream["name"].replace("/", "-") + ".jsonl")
            replay(parley, stream, weights_in, path)
            claims = load(path)
            rows += examples(claims, load(stream["labels"]))
            for claim in claims:
                names.update(claim["features"])
            # The unrelated news once per model: a negotiation's further streams share its model.
            if unrelated and "/" not in stream["name"]:
                path = os.path.join(tmp, stream["name"].replace("/", "-") + "-unrelated.jsonl")
                replay(parley, dict(stream, feeds=unrelated), weights_in, path)
                for claim in load(path):
                    names.update(claim["features"])
                    if NOVEL.intersection(k for k, v in claim["features"].items() if v):
                        rows.append((claim["features"], 0, ("unrelated",)))
    names = sorted(names | set().union(*GROUPS.values()))
    weights, bias = fit(rows, names, exclude)
    return weights, best_threshold(rows, weights, bias)


def train(parley, streams, unrelated, weights_in, exclude=(), passes=1):
    """Fits `passes` times, each pass replaying with the weights of the pass before (the first with `weights_in`,
    or the prior when that is None and no weights file is installed)."""
    with tempfile.TemporaryDirectory() as tmp:
        # No weights file at PARLEY_WEIGHTS: Parley uses the prior (DecisionWeights.prior in Swift).
        current = weights_in or os.path.join(tmp, "no-weights-file.json")
        for n in range(passes):
            weights, threshold = one_pass(parley, streams, unrelated, current, exclude)
            current = os.path.join(tmp, f"pass{n}.json")
            write_weights(current, weights, threshold, f"pass {n}")
    return weights, threshold


def extend(parley, streams, unrelated, feature, weights_in, out):
    """One new feature's weight, every other weight as in `weights_in` (see the docstring)."""
    with open(weights_in, encoding="utf-8") as f:
        base = json.load(f)
    grid = [round(-0.25 * k, 2) for k in range(13)]
    f1 = {}
    noise = {}
    with tempfile.TemporaryDirectory() as tmp:
        for w in grid:
            path = os.path.join(tmp, f"w{w}.json")
            write_weights(path, dict(base["weights"], **{feature: w}), base["threshold"], "extend")
            f1[w] = {s["name"]: score(load(s["labels"]), replay(parley, s, path))["f1"] for s in streams}
            # The unrelated news with each negotiation's model (its further streams share it).
            noise[w] = sum(len(replay(parley, dict(s, feeds=unrelated), path)) for s in streams
                           if unrelated and "/" not in s["name"])
            print(f"  weight {w:5.2f}: unrelated alerts {noise[w]:3d}  "
                  + " ".join(f"{name} {value:.3f}" for name, value in f1[w].items()), flush=True)

    def best(names):
        allowed = [w for w in grid if noise[w] <= noise[0.0]]
        return max(allowed, key=lambda w: (sum(f1[w][n] for n in names) / len(names), w))

    for held in sorted({negotiation(s) for s in streams}):
        others = [s["name"] for s in streams if negotiation(s) != held]
        w = best(others)
        mine = [s["name"] for s in streams if negotiation(s) == held]
        print(f"  left out {held:<20} weight {w:5.2f}: " + " ".join(f"{n} {f1[w][n]:.3f} (0: {f1[0.0][n]:.3f})"
                                                                    for n in mine))
    chosen = best([s["name"] for s in streams])
    note = base.get("_comment", "") + f" {feature}: {chosen} by fit_weights.py extend (every other weight kept)."
    write_weights(out, dict(base["weights"], **{feature: chosen}), base["threshold"], note.strip())
    print(f"wrote {out}: {feature} {chosen}")


def negotiation(stream):
    """A stream's negotiation: its name up to a slash (`russia-ukraine/flood` is another stream of `russia-ukraine`)."""
    return stream["name"].split("/")[0]


def main():
    global L2, THRESHOLD, UNRELATED_BUDGET, UNRELATED_WEIGHT
    args = sys.argv[1:]
    if not args or args[0] not in ("fit", "loo", "ablate", "extend"):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    command = args.pop(0)
    parley = os.path.join(ROOT, ".build/release/parley")
    out = os.path.join(ROOT, "seeds/english.weights.json")
    unrelated, streams, start, passes, without, feature = [], [], None, 1, [], None
    while args:
        a = args.pop(0)
        if a == "--parley":
            parley = args.pop(0)
        elif a == "--out":
            out = args.pop(0)
        elif a == "--unrelated":
            unrelated += sorted(glob.glob(args.pop(0)))
        elif a == "--start":
            start = args.pop(0)
        elif a == "--passes":
            passes = int(args.pop(0))
        elif a == "--without":
            without.append(args.pop(0))
        elif a == "--threshold":
            THRESHOLD = args.pop(0)
            if THRESHOLD not in ("f1", "logistic"):
                print("--threshold takes f1 or logistic", file=sys.stderr)
                sys.exit(2)
        elif a == "--unrelated-weight":
            UNRELATED_WEIGHT = float(args.pop(0))
        elif a == "--unrelated-budget":
            UNRELATED_BUDGET = int(args.pop(0))
        elif a == "--l2":
            L2 = float(args.pop(0))
        elif a == "--feature":
            feature = args.pop(0)
        else:
            streams.append(parse_stream(a))
    if command == "extend":
        if not feature:
            print("extend needs --feature NAME", file=sys.stderr)
            sys.exit(2)
        extend(parley, streams, unrelated, feature, os.path.join(ROOT, "seeds/english.weights.json"), out)
    elif command == "fit":
        weights, threshold = train(parley, streams, unrelated, start, tuple(without), passes=passes)
        write_weights(out, weights, threshold, "Decision weights fitted by seeds/fit_weights.py on "
                      + ", ".join(s["name"] for s in streams) + " (+ unrelated news as negatives). Do not edit: refit.")
        print(f"wrote {out}: threshold {threshold:.3f}")
        for s in streams:
            print(s["name"], json.dumps(score(load(s["labels"]), replay(parley, s, out))))
    elif command in ("loo", "ablate"):
        excluded = [()] if command == "loo" else [()] + [tuple(v) for v in GROUPS.values()]
        labels = ["all features"] if command == "loo" else ["all features"] + [f"without {g}" for g in GROUPS]
        for label, exclude in zip(labels, excluded):
            print(f"== {label}")
            for held in streams:
                # Leave the whole negotiation out: "russia-ukraine/flood" goes with "russia-ukraine".
                others = [s for s in streams if negotiation(s) != negotiation(held)]
                with tempfile.TemporaryDirectory() as tmp:
                    path = os.path.join(tmp, "w.json")
                    weights, threshold = train(parley, others, unrelated, start, exclude + tuple(without), passes)
                    write_weights(path, weights, threshold, "leave-one-out")
                    result = score(load(held["labels"]), replay(parley, held, path))
                print(f"  {held['name']:<20} F1 {result['f1']:.3f} P {result['precision']:.3f} "
                      f"R {result['recall']:.3f} false A {result['false_A']} D {result['false_D']}")


if __name__ == "__main__":
    main()
