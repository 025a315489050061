"""spaCy's named entities for Entente's peer benchmark (bench/peer.ts), run in the bench's own venv.

Reads JSON lines {"id", "text", "language"} on stdin until it closes, loads the model once, runs
nlp.pipe over every text in one process, and writes one JSON line {"id", "entities": [{"text",
"label", "start", "end"}]} per document (UTF-16 offsets, as Entente's), then a last line
{"stats": {...}}: the model's load time and the seconds from the first document into nlp.pipe to
the last one out (reading stdin and writing the answers are not in it).

    python spacy_ner.py [--model fr_core_news_md] [--batch-size 64]
"""

import argparse
import json
import sys
import time

# What the recognizer does not read: leaving them out gives the same entities as the full pipeline
# (tok2vec and the parser stay: the parser's sentence boundaries bound the entities).
NOT_NEEDED = ["morphologizer", "attribute_ruler", "lemmatizer"]


def utf16_offsets(text, spans):
    """Code-point offsets to UTF-16 ones (they differ only after a character outside the BMP)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return spans
    units = [0]
    for c in text:
        units.append(units[-1] + (2 if ord(c) > 0xFFFF else 1))
    return [(t, label, units[s], units[e]) for (t, label, s, e) in spans]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    sys.stdin.reconfigure(encoding="utf-8")
    sys.stdout.reconfigure(encoding="utf-8")

    import spacy

    started = time.perf_counter()
    nlp = spacy.load(args.model, exclude=NOT_NEEDED)
    load_seconds = time.perf_counter() - started

    documents = [json.loads(line) for line in sys.stdin if line.strip()]
    texts = [document["text"] for document in documents]

    started = time.perf_counter()
    found = [
        [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]
        for doc in nlp.pipe(texts, batch_size=args.batch_size)
    ]
    pipe_seconds = time.perf_counter() - started

    out = sys.stdout
    for document, spans in zip(documents, found):
        entities = [
            {"text": t, "label": label, "start": s, "end": e}
            for (t, label, s, e) in utf16_offsets(document["text"], spans)
        ]
        out.write(json.dumps({"id": document["id"], "entities": entities}, ensure_ascii=False) + "\n")
    stats = {
        "documents": len(documents),
        "modelLoadSeconds": load_seconds,
        "pipeSeconds": pipe_seconds,
        "batchSize": args.batch_size,
        "components": nlp.pipe_names,
        "spacy": spacy.__version__,
        "model": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')} {nlp.meta.get('version', '')}",
    }
    out.write(json.dumps({"stats": stats}) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
