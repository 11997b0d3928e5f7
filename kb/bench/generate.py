"""Synthetic knowledge bases for ``kb bench``, written in the project's own fact
format: entity files, source documents (a text and its metadata with sha256)
and fact files whose claims quote their source word for word, so the real
loader, rules, validation and exports run on them.

The output depends only on the target size and the seed. Word lists are in
``data.json`` beside this module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import shutil
from pathlib import Path

DATA = Path(__file__).with_name("data.json")

# Measured on the generated data after the build (rules included): triples per
# claim-with-statements unit. Used only to pick counts; the bench reports the
# real number of triples.
TRIPLES_PER_CLAIM = 27.5
CLAIMS_PER_DOC = 40
STATEMENTS_PER_DOC = 10
ENTITIES_PER_FILE = 2000
SOURCE_DATE = dt.date(2024, 6, 30)


def _slug(text: str) -> str:
    out = "".join(c.lower() if c.isalnum() else "-" for c in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)


class _Generator:
    def __init__(self, triples: int, seed: int):
        self.rng = random.Random(seed)
        self.words = json.loads(DATA.read_text(encoding="utf-8"))
        self.claims = max(CLAIMS_PER_DOC, round(triples / TRIPLES_PER_CLAIM))
        self.docs = -(-self.claims // CLAIMS_PER_DOC)
        self.entities: dict[str, list[tuple[str, str]]] = {}  # kind -> [(id, label)]

    # ------------------------------------------------------------ entities
    def make_entities(self) -> list[str]:
        w, rng = self.words, self.rng
        scale = max(1, self.claims // 200)
        records: list[str] = []

        def add(kind: str, ident: str, label: str, extra: str = "") -> None:
            self.entities.setdefault(kind, []).append((ident, label))
            records.append(f"- id: {ident}\n  type: {kind}\n  label: {_q(label)}\n"
                           f"  description: {_q(f'Synthetic {kind} for benchmarks: {label}.')}\n{extra}")

        for i, name in enumerate(w["states"]):
            add("State", f"syn-state-{i}", name, f"  aliases: [{_q(name + ' Republic')}]\n")
        for i in range(len(w["outlets"])):
            add("MediaOutlet", f"syn-outlet-{i}", w["outlets"][i])
        for i, weapon in enumerate(w["weapons"]):
            add("WeaponType", f"syn-weapon-{i}", weapon)
        states = self.entities["State"]
        for i in range(4):
            add("LegalInstrument", f"syn-embargo-{i}", f"Arms embargo resolution {100 + i}",
                f"  issuer: {states[i][0]}\n")
        for i, (state, name) in enumerate(states):
            add("GovernmentBody", f"syn-ministry-{i}", f"Foreign Ministry of {name}", f"  part_of: {state}\n")
        for i in range(10 * scale):
            name = f"{rng.choice(w['group_words'])} {rng.choice(w['group_kinds'])} {i}"
            add("ArmedGroup", f"syn-group-{i}", name, f"  location: {rng.choice(states)[0]}\n")
        for i in range(10 * scale):
            name = f"{rng.choice(w['company_words'])} {rng.choice(w['company_kinds'])} {i}"
            add("Company", f"syn-company-{i}", name, f"  location: {rng.choice(states)[0]}\n")
        for i in range(20 * scale):
            name = f"{rng.choice(w['first_names'])} {rng.choice(w['last_names'])} {i}"
            add("Person", f"syn-person-{i}", name, f"  aliases: [{_q(name.rsplit(' ', 1)[0] + ' ' + str(i))}]\n")
        return records

    # ------------------------------------------------------------ one source document
    def make_doc(self, d: int, claim_base: int) -> tuple[str, str, str]:
        """(text, metadata YAML without sha256, fact YAML) of document ``d``."""
        w, rng, ents = self.words, self.rng, self.entities
        sentences: list[str] = [f"Synthetic report number {d}", ""]
        claims: list[str] = []
        ids: list[str] = []
        for k in range(min(CLAIMS_PER_DOC, self.claims - claim_base)):
            n = claim_base + k
            day = SOURCE_DATE - dt.timedelta(days=rng.randrange(1, 2000))
            kind = rng.random()
            if kind < 0.45:  # a sanctions measure
                body = rng.choice(ents["GovernmentBody"])
                target = rng.choice(ents["Person"] + ents["Company"] + ents["ArmedGroup"])
                status = rng.choice(w["statuses"])
                reason = rng.choice(w["reasons"])
                sentence = (f"On {day.isoformat()} the {body[1]} said sanctions against {target[1]} were {status} "
                            f"{reason} (measure {n}).")
                claims.append(
                    f"  - id: syn-sanction-{n}\n    type: SanctionsMeasure\n"
                    f"    says: {_q(f'{body[1]} {status} sanctions against {target[1]} {reason}.')}\n"
                    f"    authority: {body[0]}\n    targets: [{target[0]}]\n    status: {status}\n"
                    f"    date: {day.isoformat()}\n    reason: {_q(reason)}\n    evidence: {_q(sentence)}\n")
                ids.append(f"syn-sanction-{n}")
            elif kind < 0.8:  # an arms transfer
                supplier = rng.choice(ents["State"] + ents["Company"])
                recipient = rng.choice(ents["ArmedGroup"])
                items = rng.sample(ents["WeaponType"], rng.randint(1, 2))
                month = day.strftime("%Y-%m")
                sentence = (f"{supplier[1]} delivered {' and '.join(i[1] for i in items)} to the {recipient[1]} "
                            f"in {month}, according to shipping records (transfer {n}).")
                violates = f"    violates: [{rng.choice(ents['LegalInstrument'])[0]}]\n" if rng.random() < 0.3 else ""
                claims.append(
                    f"  - id: syn-transfer-{n}\n    type: ArmsTransfer\n"
                    f"    says: {_q(f'{supplier[1]} supplied arms to the {recipient[1]} in {month}.')}\n"
                    f"    supplier: {supplier[0]}\n    recipient: {recipient[0]}\n"
                    f"    items: [{', '.join(i[0] for i in items)}]\n    date: {month}\n"
                    f"    paid: {'true' if rng.random() < 0.5 else 'false'}\n{violates}"
                    f"    evidence: {_q(sentence)}\n")
                ids.append(f"syn-transfer-{n}")
            else:  # a plain claim about actors
                a, b = rng.sample(ents["ArmedGroup"] + ents["Person"], 2)
                sentence = f"Witnesses said {a[1]} had met {b[1]} near the border (report {n})."
                hedge = "    hedge: according to witnesses\n" if rng.random() < 0.5 else ""
                claims.append(
                    f"  - id: syn-claim-{n}\n    type: Claim\n    says: {_q(f'{a[1]} met {b[1]} near the border.')}\n"
                    f"    about: [{a[0]}, {b[0]}]\n{hedge}    evidence: {_q(sentence)}\n")
                ids.append(f"syn-claim-{n}")
            sentences.append(sentence)
            if rng.random() < 0.2:
                sentences.append(rng.choice(w["filler"]))
        statements: list[str] = []
        for k in range(min(STATEMENTS_PER_DOC, len(ids))):
            speaker = rng.choice(ents["Person"])
            body = rng.choice(ents["GovernmentBody"])
            stance = rng.choice(w["stances"])
            regarding = rng.sample(ids, min(len(ids), rng.randint(1, 2)))
            quote = f"We have seen the reports and our position on case {d}-{k} is clear"
            sentence = f"\"{quote},\" {speaker[1]} of the {body[1]} told reporters (statement {d}-{k})."
            sentences.append(sentence)
            statements.append(
                f"  - id: syn-statement-{d}-{k}\n    speaker: {speaker[0]}\n    on_behalf_of: {body[0]}\n"
                f"    date: {SOURCE_DATE.isoformat()}\n    channel: {rng.choice(w['channels'])}\n"
                f"    stance: {stance}\n    regarding: [{', '.join(regarding)}]\n    quote: {_q(quote)}\n"
                f"    evidence: {_q(sentence)}\n")
        text = "\n".join(sentences) + "\n"
        outlet = rng.choice(ents["MediaOutlet"])
        meta = (f"title: {_q(f'Synthetic report {d}')}\npublisher: {outlet[0]}\nauthor: {outlet[0]}\n"
                f"date: {SOURCE_DATE.isoformat()}\nurl: https://example.org/bench/report-{d}\nlanguage: en\n"
                f"text: syn-{d:06d}.txt\n")
        facts = (f"# Synthetic facts for benchmarks.\nsource: syn-{d:06d}\n\nclaims:\n" + "\n".join(claims)
                 + ("\nstatements:\n" + "\n".join(statements) if statements else ""))
        return text, meta, facts


MAKEFILE = """\
# A synthetic knowledge base written by `kb bench --generate`: `make` builds it
# into dist/ as the project's own Makefile does (kb build, when an input changed).
KB ?= {kb}
INPUTS := $(shell find seeds facts imports -type f \\( -name '*.yaml' -o -name '*.txt' -o -name '*.nt' \\) 2>/dev/null | LC_ALL=C sort)
INPUTS += VERSION CHANGELOG.md dataset.yaml
# build/inputs.list, rewritten (by kb/inputs.py, as by every kb build) only when
# the list changes, so that a deleted or renamed input rebuilds too.
$(shell {python} -m kb.inputs)

.PHONY: all clean
all: dist/SHA256SUMS

dist/SHA256SUMS: $(INPUTS) build/inputs.list
\t$(KB) build

clean:
\trm -rf dist build
"""


def write_project_files(out: Path, examples: list[str]) -> None:
    """What makes ``out`` a project `make` and `kb build --root` build:
    VERSION and CHANGELOG.md (the installed package's, whose ontology carries
    that version), a dataset.yaml naming ``examples`` (IRIs in the data), and
    a Makefile that runs this interpreter's kb."""
    import sys

    from ..project import Project

    here = Project.at(Path(__file__).resolve().parent)  # no project files: the package's copies
    for name, source in (("VERSION", here.version_file), ("CHANGELOG.md", here.changelog)):
        shutil.copyfile(source, out / name)
    described = here.dataset.read_text(encoding="utf-8")
    described = described[:described.index("\nexamples:")] + "\nexamples:\n" + \
        "".join(f"  - {iri}\n" for iri in examples)
    (out / "dataset.yaml").write_text(described.replace("title: Armed Groups Knowledge Base",
                                                         "title: Synthetic Armed Groups Knowledge Base", 1),
                                      encoding="utf-8")
    (out / "Makefile").write_text(MAKEFILE.format(kb=f"{sys.executable} -m kb.cli", python=sys.executable), encoding="utf-8")


def generate(out: Path, triples: int, seed: int = 5) -> Path:
    """Write a synthetic project of about ``triples`` triples to ``out``
    (replacing it), with what `make` needs to build it."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    gen = _Generator(triples, seed)
    (out / "seeds").mkdir(parents=True)
    (out / "facts" / "entities").mkdir(parents=True)
    (out / "facts" / "sources").mkdir(parents=True)
    records = gen.make_entities()
    for i in range(0, len(records), ENTITIES_PER_FILE):
        chunk = records[i:i + ENTITIES_PER_FILE]
        (out / "facts" / "entities" / f"syn-{i // ENTITIES_PER_FILE:04d}.yaml").write_text(
            "# Synthetic entities for benchmarks.\n\n" + "\n".join(chunk), encoding="utf-8")
    for d in range(gen.docs):
        text, meta, facts = gen.make_doc(d, d * CLAIMS_PER_DOC)
        data = text.encode("utf-8")
        (out / "seeds" / f"syn-{d:06d}.txt").write_bytes(data)
        (out / "seeds" / f"syn-{d:06d}.yaml").write_text(
            meta + f"sha256: {hashlib.sha256(data).hexdigest()}\n", encoding="utf-8")
        (out / "facts" / "sources" / f"syn-{d:06d}.yaml").write_text(facts, encoding="utf-8")
    write_project_files(out, ["https://w3id.org/agkb/id/syn-group-0", "https://w3id.org/agkb/id/syn-state-0"])
    return out
