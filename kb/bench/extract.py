"""Extraction timing for ``kb bench``, in a fresh process.

Start-up is importing the extractor and loading spaCy's English pipeline.
Then, with the model loaded, every document of the corpus (the seed article
and the extraction test documents in ``tests/fixtures/extract/`` and its
``tuning/`` folder; never the held-out set) is extracted in memory, as
``kb extract`` does, and its time is scaled to seconds per 1,000 words.
Finally a batch of 100 articles (the corpus repeated) is extracted with
:func:`kb.extract.batch.run_many`, once with one process and once with two.
Issue #12's targets: at most 1 s per 1,000-word article after the model is
loaded, and at most 2 minutes for 100 articles on 2 cores.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

SEED = "2022-12-23-moscow-times-north-korea-wagner"
BATCH = 100


def corpus(root: Path) -> list[Path]:
    """The texts timed: the seed and the tuned test documents (no held-out ones)."""
    texts = [root / "seeds" / f"{SEED}.txt"] if (root / "seeds" / f"{SEED}.txt").is_file() else []
    fixtures = root / "tests" / "fixtures" / "extract"
    texts += sorted(fixtures.glob("*.txt")) + sorted((fixtures / "tuning").glob("*.txt"))
    return texts


def _child(root: str, repeat: int) -> None:
    start = time.perf_counter()
    from kb.extract import fact_files, run
    from kb.extract.batch import run_many
    from kb.extract.document import Document
    from kb.extract.nlp import load
    from kb.project import Project
    project = Project.at(root)
    load()
    facts = fact_files(project)
    startup = time.perf_counter() - start
    documents = [Document(p.stem, p.read_text(encoding="utf-8"), dt.date(2026, 12, 1), None, [])
                 for p in corpus(Path(root))]
    run(project, documents[0], facts)  # warm caches (ontology, lexicon)
    per_thousand, slowest = [], (0.0, "")
    for document in documents:
        words = len(document.text.split())
        times = []
        for _ in range(repeat):
            begin = time.perf_counter()
            run(project, document, facts)
            times.append(time.perf_counter() - begin)
        rate = statistics.median(times) / words * 1000
        per_thousand.append(rate)
        slowest = max(slowest, (rate, document.id))
    batch = (documents * (BATCH // len(documents) + 1))[:BATCH]
    words = sum(len(d.text.split()) for d in batch)
    batches = {}
    for processes in (1, 2):
        begin = time.perf_counter()
        run_many(project, batch, facts, n_process=processes)
        batches[processes] = time.perf_counter() - begin
    print(json.dumps({"startup": startup, "documents": len(documents), "per_thousand": per_thousand,
                      "slowest": slowest, "batch_words": words, "batches": batches}))


def measure(root: Path, repeat: int = 3) -> list[str]:
    """Markdown lines: start-up, seconds per 1,000 words, and the 100-article batch."""
    if not corpus(root):
        return ["Extraction: skipped, no documents to time in this project.", ""]
    done = subprocess.run([sys.executable, "-m", "kb.bench.extract", str(root), str(repeat)],
                          capture_output=True, text=True, check=True)
    n = json.loads(done.stdout.strip().splitlines()[-1])
    rates = n["per_thousand"]
    one, two = n["batches"]["1"], n["batches"]["2"]
    return ["### Extraction (`kb extract`, spaCy pipeline)", "",
            f"Start-up (imports and loading the English pipeline) {n['startup']:.2f} s.", "",
            f"With the model loaded, over {n['documents']} documents (median of {repeat} runs each): "
            f"{statistics.median(rates):.2f} s per 1,000 words (median), {max(rates):.2f} s for the slowest "
            f"({n['slowest'][1]}); target at most 1 s per 1,000-word article.", "",
            f"A batch of {BATCH} articles ({n['batch_words']:,} words): {one:.1f} s with one process, "
            f"{two:.1f} s with `n_process=2`; target at most 120 s on 2 cores.", ""]


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]))
