"""Loads a folder with datasets.load_dataset (no script) and prints its splits, features and rows."""
import json
import sys
import tempfile

from datasets import load_dataset

with tempfile.TemporaryDirectory() as cache:
    dataset = load_dataset(sys.argv[1], cache_dir=cache)
    out = {}
    for split, rows in dataset.items():
        tags = rows.features["ner_tags"].feature
        out[split] = {
            "features": {name: repr(feature) for name, feature in rows.features.items()},
            "tag_names": tags.names,
            "rows": [
                {**row, "tag_strings": [tags.int2str(t) for t in row["ner_tags"]]}
                for row in rows
            ],
        }
print(json.dumps(out, ensure_ascii=False))
