# Stream specs for seeds/fit_weights.py and seeds/ablate_stages.py, as bash arrays (source from the repository
# root, with ../shared beside it): S4 the four development negotiations, S6 with the Gaza and Thailand-Cambodia
# streams and their newcomers' models, S8 with Syria-Israel and US-China too, S10-S13 with the news floods
# and a ninth negotiation.
# Usage: source seeds/streams.sh
E=../shared/eval; F=Tests/ParleyCoreTests/Fixtures
S4=(russia-ukraine=seeds/russia-ukraine.model.json:$E/dev/labels.jsonl:"$E/dev/feeds/*.xml"
 armenia-azerbaijan=seeds/armenia-azerbaijan.model.json:$E/armenia-azerbaijan/labels.jsonl:"$E/armenia-azerbaijan/feeds/*.xml"
 drc-rwanda=seeds/drc-rwanda.model.json:$E/drc-rwanda/labels.jsonl:"$E/drc-rwanda/feeds/*.xml"
 iran-nuclear=seeds/iran-nuclear.model.json:$E/iran-nuclear/labels.jsonl:"$E/iran-nuclear/feeds/*.xml")
S6=("${S4[@]}"
 gaza=$F/gaza/newcomer-model/gaza.model.json:$F/gaza/labels.jsonl:"$F/gaza/feeds/*.xml"
 thai-cambodia=$F/thai-cambodia/newcomer-model/thai-cambodia.model.json:$F/thai-cambodia/labels.jsonl:"$F/thai-cambodia/feeds/*.xml")
S8=("${S6[@]}"
 syria-israel=$F/syria-israel/newcomer-model/syria-israel.model.json:$F/syria-israel/labels.jsonl:"$F/syria-israel/feeds/*.xml"
 us-china-trade=$F/us-china-trade/newcomer-model/us-china-trade.model.json:$F/us-china-trade/labels.jsonl:"$F/us-china-trade/feeds/*.xml")
# S10: S8 with the two news-flood streams (many outlets repeating each development; written blind, session 11),
# named as further streams of their negotiations so that leaving one negotiation out leaves both of its streams out.
S10=("${S8[@]}"
 russia-ukraine/flood=seeds/russia-ukraine.model.json:$F/ru-flood/labels.jsonl:"$F/ru-flood/feeds/*.xml"
 iran-nuclear/flood=seeds/iran-nuclear.model.json:$F/iran-flood/labels.jsonl:"$F/iran-flood/feeds/*.xml")
# S11: S10 with a third flood (session 12), the Gaza negotiation's, replayed with the Gaza newcomer's model.
S11=("${S10[@]}"
 gaza/flood=$F/gaza/newcomer-model/gaza.model.json:$F/gaza-flood/labels.jsonl:"$F/gaza-flood/feeds/*.xml")
# S12: S11 with a fourth flood (session 13), the DRC-Rwanda negotiation's, replayed with the shipped DRC model.
S12=("${S11[@]}"
 drc-rwanda/flood=seeds/drc-rwanda.model.json:$F/drc-flood/labels.jsonl:"$F/drc-flood/feeds/*.xml")
# S13: S12 with a ninth negotiation (session 13), Israel-Lebanon, its model written by a newcomer from the docs.
S13=("${S12[@]}"
 israel-lebanon=$F/israel-lebanon/newcomer-model/israel-lebanon.model.json:$F/israel-lebanon/labels.jsonl:"$F/israel-lebanon/feeds/*.xml")
