"""Reads .spacy files with spaCy's own DocBin into a blank English pipeline; prints what each Doc holds."""
import json
import sys

import spacy
from spacy.tokens import DocBin

nlp = spacy.blank("en")
key = sys.argv[1]
out = []
for path in sys.argv[2:]:
    for doc in DocBin().from_disk(path).get_docs(nlp.vocab):
        out.append({
            "file": path,
            "text": doc.text,
            "user_data": doc.user_data,
            "span_keys": sorted(doc.spans.keys()),
            "spans": [[s.start_char, s.end_char, s.label_, s.text] for s in doc.spans.get(key, [])],
            "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents],
            "sentences": [s.text for s in doc.sents],
            "tokens": [t.text for t in doc],
        })
print(json.dumps(out, ensure_ascii=False))
