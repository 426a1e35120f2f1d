#!/usr/bin/env python3
"""Measure what each extraction stage contributes: a stage ablation.

Reading a sentence is a pipeline of named stages (`ClaimExtractor.stages`, docs/model-and-extraction.md). For
"none" (the full pipeline) and then for each stage in turn, this script replays every labelled stream with that one
stage skipped (`parley replay --without-stage NAME`) and the shipped weights (seeds/english.weights.json), scores
the alerts, and prints one row per stage: the F1 of each stream, their mean, and how many alerts the unrelated
real-world feeds raise with the Russia-Ukraine model (lower is better; the bar is at most 3). A stage whose row
falls below "none" earns its place; a row at or above it says the stage does nothing measurable there, or harm.
Without `issues`, `targets` or `claims` no sentence makes a claim: their rows are 0 by construction.

usage:
  ablate_stages.py [--parley PATH] [--unrelated GLOB] [--unrelated-model FILE] [--stages A,B,...] [--jobs N] STREAM...

A STREAM is NAME=MODEL:LABELS:FEEDS_GLOB, as for seeds/fit_weights.py (whose stream parsing, replay and scoring this
script imports). `--parley` defaults to .build/release/parley, `--unrelated-model` to
seeds/russia-ukraine.model.json, `--stages` to every stage (the binary lists them), `--jobs` to 2 replays at once.
The table of docs/model-and-extraction.md ("What each stage contributes") was measured, from the repository root, with:

  source seeds/streams.sh   # bash arrays of stream specs (S4, S6, S8), as fit_weights.py's docstring spells them out
  F=Tests/ParleyCoreTests/Fixtures
  python3 seeds/ablate_stages.py --unrelated '../shared/feeds/realworld/*.xml' "${S8[@]}" \\
    holdout=seeds/russia-ukraine.model.json:$F/holdout/labels.jsonl:"$F/holdout/feeds/*.xml" \\
    holdout2=seeds/russia-ukraine.model.json:$F/holdout2/labels.jsonl:"$F/holdout2/feeds/*.xml"

(S8: the eight streams of fit_weights.py's docstring: Russia-Ukraine, Armenia-Azerbaijan, DRC-Rwanda, Iran, Gaza,
Thailand-Cambodia, Syria-Israel, US-China.) Standard library only, but importing fit_weights.py imports numpy.
"""
import argparse
import concurrent.futures
import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_weights  # noqa: E402  (stream specs, replay and scoring: one definition, shared)

ROOT = fit_weights.ROOT
WEIGHTS = os.path.join(ROOT, "seeds", "english.weights.json")


def stage_names(parley):
    """The stages, in pipeline order, as the binary names them (the error for an unknown stage lists them)."""
    probe = subprocess.run([parley, "replay", "--without-stage", "?", os.devnull], capture_output=True, text=True)
    marker = "the stages are: "
    for line in probe.stderr.splitlines():
        if marker in line:
            return [name.strip() for name in line.split(marker, 1)[1].split(",") if name.strip()]
    sys.exit(f"{parley} did not list its stages (built before --without-stage?):\n{probe.stderr}")


def run(parley, stream, skipped):
    """The alerts of one stream replayed with the shipped weights and `skipped` left out ("none": nothing)."""
    extra = [] if skipped == "none" else ["--without-stage", skipped]
    try:
        return fit_weights.replay(parley, stream, WEIGHTS, extra=extra)
    except subprocess.CalledProcessError as error:
        # A stage whose absence breaks a later one's assumptions: its cell says so, the table goes on.
        print(f"{stream['name']} without {skipped}: parley failed ({error.returncode})", file=sys.stderr)
        return None


def main():
    # argparse, unlike fit_weights.py's older hand-written loop: the options here are plain values.
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--parley", default=os.path.join(ROOT, ".build/release/parley"))
    parser.add_argument("--unrelated", action="append", default=[], metavar="GLOB")
    parser.add_argument("--unrelated-model", default=os.path.join(ROOT, "seeds/russia-ukraine.model.json"))
    parser.add_argument("--stages", type=lambda text: [s for s in text.split(",") if s], metavar="A,B,...")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("streams", nargs="+", type=fit_weights.parse_stream, metavar="STREAM")
    options = parser.parse_args()
    parley, streams, jobs = options.parley, options.streams, options.jobs
    unrelated = [path for pattern in options.unrelated for path in sorted(glob.glob(pattern))]
    for stream in streams:
        if not stream["feeds"]:
            sys.exit(f"stream {stream['name']}: no feed file matches")
    only = options.stages
    unrelated_model = options.unrelated_model
    stages = ["none"] + (only if only is not None else stage_names(parley))
    world = {"name": "real-world", "model": unrelated_model, "feeds": unrelated}

    jobs_list = [(stage, stream) for stage in stages for stream in streams + ([world] if unrelated else [])]
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {(stage, stream["name"]): pool.submit(run, parley, stream, stage) for stage, stream in jobs_list}
        alerts = {key: future.result() for key, future in futures.items()}
    labels = {s["name"]: fit_weights.load(s["labels"]) for s in streams}

    names = [s["name"] for s in streams]
    header = ["stage skipped"] + names + ["mean F1"] + (["real-world alerts"] if unrelated else [])
    print("| " + " | ".join(header) + " |")
    print("| " + " | ".join(["---"] + ["---:"] * (len(header) - 1)) + " |")
    for stage in stages:
        f1 = [None if alerts[(stage, n)] is None else fit_weights.score(labels[n], alerts[(stage, n)])["f1"]
              for n in names]
        cells = [f"`{stage}`" if stage != "none" else "none"] + ["crash" if v is None else f"{v:.3f}" for v in f1]
        cells.append("-" if not f1 or None in f1 else f"{sum(f1) / len(f1):.3f}")
        if unrelated:
            world_alerts = alerts[(stage, "real-world")]
            cells.append("crash" if world_alerts is None else str(len(world_alerts)))
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
