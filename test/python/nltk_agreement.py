"""Agreement of a Collate workspace by NLTK's AnnotationTask, computed apart from Collate's own code.

Items: every non-whitespace code point of each document; an annotator's value for a label is 1 when
one of their spans of that label covers it. Prints {"labels": {L: {"alpha", "kappa": {"a|b": k}}},
"overall": alpha} as JSON.
"""
import glob
import itertools
import json
import os
import sys

from nltk.metrics.agreement import AnnotationTask


def code_points(text, pieces):
    """UTF-16 offsets to code point offsets."""
    utf16 = text.encode("utf-16-le")
    return [(len(utf16[: 2 * s].decode("utf-16-le")), len(utf16[: 2 * e].decode("utf-16-le"))) for s, e in pieces]


def main(root):
    covered = {}  # (doc, annotator, label) -> set of code points
    items = []  # (doc, index)
    annotators, labels = set(), set()
    for path in sorted(glob.glob(os.path.join(root, "documents", "*.json"))):
        doc = json.load(open(path, encoding="utf-8"))
        text = doc["text"]
        spans_path = os.path.join(root, "annotations", doc["id"] + ".json")
        spans = json.load(open(spans_path, encoding="utf-8"))["spans"] if os.path.exists(spans_path) else []
        items += [(doc["id"], i) for i, ch in enumerate(text) if not ch.isspace()]
        for s in spans:
            annotators.add(s["author"])
            labels.add(s["label"])
            pieces = [(f["start"], f["end"]) for f in s.get("fragments", [])] or [(s["start"], s["end"])]
            points = covered.setdefault((doc["id"], s["author"], s["label"]), set())
            for a, b in code_points(text, pieces):
                points.update(range(a, b))
    annotators, labels = sorted(annotators), sorted(labels)
    result = {"labels": {}}
    for label in labels:
        data = [
            (c, f"{d}:{i}", int(i in covered.get((d, c, label), ())))
            for c in annotators
            for d, i in items
        ]
        task = AnnotationTask(data=data)
        kappas = {}
        for a, b in itertools.combinations(annotators, 2):
            try:
                kappas[f"{a}|{b}"] = task.kappa_pairwise(a, b)
            except ZeroDivisionError:
                kappas[f"{a}|{b}"] = None
        result["labels"][label] = {"alpha": task.alpha(), "kappa": kappas}
    data = [
        (c, f"{d}:{i}", frozenset(l for l in labels if i in covered.get((d, c, l), ())))
        for c in annotators
        for d, i in items
    ]
    result["overall"] = AnnotationTask(data=data).alpha()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1])
