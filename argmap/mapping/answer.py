"""Whether a sentence reads as answering its debate's question yes or no, by a head fitted on the example
corpora: a lean on the side-statement prior, as saying no (``denial.py``) is.

The rules of ``denial.py`` catch the wordings they list; how writers on either side of a question put
things (confirming, finding, warning; doubting, qualifying, limiting) goes further than any list. A logistic
regression on the sentence's own vector, fitted on the gold stances of the example corpora with pro (the
side that answers yes, by the settings contract) as its label, carries to fields it was not fitted on, if
weakly: fitted without the corpus's field, it puts 0.60–0.66 of each larger corpus's sided sentences on the
right side of its median by itself (quickstart's 21: 0.43), and 23 of the cities fixture's 40, a field no
corpus covers (``tools/train_heads.py`` prints the corpora's figures; tests/unit/test_mapping_answer.py
checks the cities one).
That is weak alone, so it is a lean, centred on each debate's median and scaled by its spread, like the
prior it is added to. bench_robust, six corpora, both heads fitted without the corpus scored: stance 0.780
-> 0.783 / 0.789 and counters 0.502 -> 0.512 / 0.538 with leans of 0.3 / 0.5; with this head fitted
without the corpus's whole field, every corpus gained at 0.3 but quickstart (21 sided sentences, -0.07).
The cities fixture chose between the two: 32 of its 40 sided sentences on their side without the head, 33
at 0.3, 29 at 0.5.
"""

from __future__ import annotations

import numpy as np

from argmap.mapping.neutral import head_logits

W_ANSWER = 0.3  # see above: 0.5 gained more on the example corpora and lost on the cities fixture
KIND = "answer"


def answer_lean(model: str, vectors: np.ndarray) -> np.ndarray | None:
    """(n,) how far each of one debate's claims (``vectors``) leans to the side that answers yes, in
    (-W_ANSWER / 2, W_ANSWER / 2) and centred on their median; None when ``model`` has no answer head."""
    logits = head_logits(model, vectors, KIND)
    if logits is None or not len(logits):
        return None
    centred = logits - float(np.median(logits))
    spread = float(np.std(centred)) or 1.0
    return W_ANSWER * 0.5 * np.tanh(centred / (2 * spread))
