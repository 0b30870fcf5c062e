#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Turns VADER's vader_lexicon.txt (token, mean valence, standard deviation, raw ratings) into the
# compact word<TAB>valence list SentimentAnalyzer embeds: only the token and its mean are kept.
# Usage: scripts/convert-vader-lexicon.sh path/to/vader_lexicon.txt > resources/lexicons/sentiment-en.tsv
# The file comes with the npm package: npm pack vader-sentiment@1.1.3 (see docs/third-party.md).
set -eu
printf '# SPDX-License-Identifier: MIT\n# VADER sentiment lexicon (C.J. Hutto, MIT licence), mean valence -4..4; see docs/third-party.md\n'
awk -F '\t' 'NF >= 2 && $1 != "" { printf "%s\t%s\n", $1, $2 }' "$1"
