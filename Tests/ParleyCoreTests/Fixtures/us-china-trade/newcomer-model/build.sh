#!/bin/sh
# Rebuilds us-china-trade.model.json from the vocabulary and the seed (model init, then the review script).
set -e
cd "$(dirname "$0")"
export PARLEY_LANGUAGE=/work/main/seeds/english.language.json
/work/bin/parley model init --vocabulary us-china-trade.vocabulary.json --seed us-china-trade.seed.txt \
    --output us-china-trade.proposed.json
cp us-china-trade.proposed.json us-china-trade.model.json
PYTHONPATH=/work/main/seeds python3 review_us-china-trade.py us-china-trade.model.json
/work/bin/parley model check us-china-trade.model.json --seed us-china-trade.seed.txt
