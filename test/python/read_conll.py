"""Reads a CoNLL-2003 file with NLTK's ConllCorpusReader (columns: words, pos, chunk, ne); prints its sentences."""
import json
import os
import sys

import nltk
from nltk.corpus.reader import ConllCorpusReader

path = sys.argv[1]
# NLTK reads only from folders on its data path (nltk.pathsec); the export's temporary folder is added.
nltk.data.path.append(os.path.dirname(path))
# The NE tags are read through the reader's IOB (third) slot: words, pos, an ignored chunk column, then NE.
reader = ConllCorpusReader(os.path.dirname(path), [os.path.basename(path)], ("words", "pos", "ignore", "chunk"), encoding="utf-8")
sentences = [[list(row) for row in sentence] for sentence in reader.iob_sents() if sentence]
chunks = [" ".join(str(tree).split()) for tree in reader.chunked_sents()] if sys.argv[2:] == ["--chunks"] else []
print(json.dumps({"sentences": sentences, "chunks": chunks}, ensure_ascii=False))
