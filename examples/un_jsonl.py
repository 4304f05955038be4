"""The UN documents of ../shared/data as JSON Lines for the examples:

    python examples/un_jsonl.py [N] > docs.jsonl

The file holds each document as `# doc_id = …`, `# source = …`, its
sentences one a line, then a blank line; the text is the sentences.
"""

import json
import sys
from pathlib import Path

UN = Path(__file__).resolve().parents[2] / "shared" / "data" / "un_parallel_corpus_ar" / "UNv1.0_ar_docs_80pct.txt"


def un_documents(path=UN):
    """(id, text) for each document, in file order."""
    docs, doc_id, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# doc_id = "):
            doc_id = line[len("# doc_id = "):]
        elif line.startswith("# "):
            continue
        elif line.strip():
            lines.append(line)
        elif doc_id is not None:
            docs.append((doc_id, "\n".join(lines)))
            doc_id, lines = None, []
    return docs


if __name__ == "__main__":
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else None
    for doc_id, text in un_documents()[:limit]:
        print(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False))
