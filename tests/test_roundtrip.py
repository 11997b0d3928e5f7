"""Property-based round trip (hypothesis): entities, a source document and its
facts whose text fields draw from the whole of Unicode (control characters,
line and paragraph separators, quotes and backslashes anywhere, combining
marks, right-to-left text, lone surrogates), with generated language tags and
addresses, are built; then every published file (kb.ttl, kb.nt, kb.jsonld,
each per-resource .ttl and .jsonld) is read by rdflib, pyoxigraph, serdi,
rapper and pyld, and must be the loaded graph, term for term. Or the input is
refused with a one-line ``file:line`` error. Never a success with a file that
one parser rejects or reads differently.

``KB_ROUNDTRIP_EXAMPLES`` sets how many inputs to try (default 40, the same
ones on every run; CI runs those)."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.build import build
from kb.errors import KBError
from kb.project import Project

from . import rdfcheck
from .conftest import ROOT

EXAMPLES = int(os.environ.get("KB_ROUNDTRIP_EXAMPLES", "40"))
SOURCE = "2026-01-05-fuzz-gazette-report"
FIXED = "The gazette reported it on Monday."

# Text from the whole of Unicode, with the characters that break writers and
# parsers drawn often: quotes, backslashes, line ends of every kind, controls,
# combining marks, bidi controls, surrogates, noncharacters, astral letters.
# Most texts leave out what no published text may hold (controls, surrogates),
# so that most inputs build and their files are checked; the rest test refusal.
VALID = list('"\'\\\n\t\u0301\u200e\u202e\u2067\ufeff') + [
    "\U0001f600", "Ж", "가", "ع", "\U00010348", "<", ">", "{", "}", "%", "#", "@", ":", "^^", '"""', "\\u0041",
    " ", "e\u0301", "\u05d0\u05d1"]
INVALID = list("\r\x00\x01\x08\x0b\x0c\x1f\x7f\x85\u2028\u2029\ufffe\uffff")  # surrogates come from characters()
_valid = st.lists(st.one_of(st.sampled_from(VALID),
                            st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))), min_size=1, max_size=12)
_any = st.lists(st.one_of(st.sampled_from(VALID + INVALID), st.characters(blacklist_categories=())),
                min_size=1, max_size=12)
text = st.one_of(_valid, _valid, _valid, _any).map("".join)
latin = st.lists(st.one_of(st.sampled_from(VALID[:3] + ["<", ">", "{", "}", "%", "#", "@", ":", " ", "e\u0301",
                                                        '"""', "\\u0041", "^^"]),
                           st.characters(min_codepoint=0x41, max_codepoint=0x24F, blacklist_categories=("Cc",))), min_size=1, max_size=12).map("".join)
names = st.one_of(text.map(lambda t: t.replace("\n", " ")), text,
                  st.sampled_from(["Crescent Front", "Аркадий Воронин", "박철수", "عبد الله", "Zoë Ülker"]))
tags = st.one_of(st.sampled_from(["ru", "ko", "ar", "en", "en-GB", "und-Cyrl", "zh-Hant-TW", "de-CH-1901",
                                  "x-private", "no", "EN", "e", "123", "ru_RU", ""]),
                 st.from_regex(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}", fullmatch=True))
# Mostly names that can build (Latin letters for the default English, any
# script under "und"), some that must be refused.
good_tags = st.sampled_from(["und", "ru", "ko", "ar", "en-GB", "zh-Hant-TW", "de-CH-1901", "x-private", "EN-gb"])
name_values = st.one_of(latin, st.dictionaries(good_tags, names, min_size=1, max_size=3),
                        st.dictionaries(tags, names, min_size=1, max_size=2), names)
# Addresses: valid ones of every shape, and now and then one to refuse (the
# refusals of bad addresses have their own tests in test_fidelity.py).
addresses = st.sampled_from(["https://example.org/report", "https://exämple.org/ünïcode?q=ä&r=%20#frag",
                             "http://[::1]:8080/x(1)/~y;z=1!$&'*+,", "https://example.org/%41%zz",
                             "https://example.org/x#a#b"])
languages = st.one_of(st.just("en"), good_tags, tags)


@st.composite
def projects(draw):
    entities = []
    for n in range(draw(st.integers(1, 3))):
        entity = {"id": f"fuzz-entity-{n}", "type": draw(st.sampled_from(["ArmedGroup", "Company", "Person"])),
                  "label": draw(name_values)}
        if draw(st.booleans()):
            entity["aliases"] = draw(st.lists(name_values, min_size=1, max_size=3))
        if draw(st.booleans()):
            entity["description"] = draw(text)
        entities.append(entity)
    quote = draw(text)
    return {"entities": entities, "quote": quote, "says": draw(st.one_of(latin, text)), "url": draw(addresses),
            "language": draw(languages), "title": draw(st.one_of(latin, text))}


def write_project(root: Path, spec: dict) -> bool:
    """The generated project under ``root``; False when its source text
    cannot be a UTF-8 file at all (a lone surrogate in the quote)."""
    for name in ("ontology", "shapes"):
        shutil.copytree(ROOT / name, root / name)
    for name in ("VERSION", "CHANGELOG.md"):
        shutil.copy2(ROOT / name, root / name)
    about = yaml.safe_load((ROOT / "dataset.yaml").read_text(encoding="utf-8"))
    about["examples"] = ["https://w3id.org/agkb/id/fuzz-entity-0"]
    (root / "dataset.yaml").write_text(yaml.safe_dump(about), encoding="utf-8")
    (root / "seeds").mkdir()
    body = f"{FIXED}\n{spec['quote']}\n"
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:
        return False
    (root / "seeds" / f"{SOURCE}.txt").write_bytes(data)
    meta = {"title": spec["title"], "publisher": "fuzz-gazette", "author": "fuzz-gazette", "date": "2026-01-05",
            "url": spec["url"], "language": spec["language"], "text": f"{SOURCE}.txt",
            "sha256": hashlib.sha256(data).hexdigest()}
    dump(root / "seeds" / f"{SOURCE}.yaml", meta)
    dump(root / "facts" / "entities" / "fuzz.yaml",
         [{"id": "fuzz-gazette", "type": "MediaOutlet", "label": "Fuzz Gazette"}] + spec["entities"])
    facts = {"source": SOURCE,
             "claims": [{"id": "fuzz-claim", "type": "Claim", "says": spec["says"], "about": ["fuzz-entity-0"],
                         "evidence": FIXED}],
             "statements": [{"id": "fuzz-statement", "speaker": "fuzz-entity-0", "stance": "asserts",
                             "channel": "news-report", "regarding": ["fuzz-claim"], "quote": spec["quote"],
                             "evidence": FIXED}]}
    dump(root / "facts" / "sources" / f"{SOURCE}.yaml", facts)
    return True


def dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_Quoting, allow_unicode=True, sort_keys=False, width=10**6)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")


class _Quoting(yaml.SafeDumper):
    """Every string double-quoted, as a careful curator writes an odd value."""


_Quoting.add_representer(str, lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value,
                                                                          style='"'))


def check_published(out: Path) -> None:
    published = rdfcheck.read("pyoxigraph", out / "kb.nt", "ntriples")
    for parser in rdfcheck.PARSERS:
        for name, syntax in (("kb.nt", "ntriples"), ("kb.ttl", "turtle")):
            found = rdfcheck.read(parser, out / name, syntax)
            assert rdfcheck.same_graph(found, published), (parser, name, rdfcheck.difference(found, published))
    found = rdfcheck.read("pyld", out / "kb.jsonld", "json-ld")
    assert rdfcheck.same_graph(found, published), ("pyld", rdfcheck.difference(found, published))
    for page in sorted(out.glob("*/*.ttl")):
        triples = rdfcheck.read("pyoxigraph", page, "turtle")
        assert triples <= published, (page.name, rdfcheck.difference(triples, published))
        for parser in ("rdflib", "serdi", "rapper"):
            found = rdfcheck.read(parser, page, "turtle")
            assert rdfcheck.same_graph(found, triples), (parser, page.name, rdfcheck.difference(found, triples))
        jsonld = rdfcheck.read("pyld", page.with_suffix(".jsonld"), "json-ld")
        assert rdfcheck.same_graph(jsonld, triples), ("pyld", page.name, rdfcheck.difference(jsonld, triples))


@settings(max_examples=EXAMPLES, deadline=None, derandomize="KB_ROUNDTRIP_RANDOM" not in os.environ,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(spec=projects())
def test_published_files_are_the_loaded_graph_for_every_parser(tmp_path_factory, spec):
    root = tmp_path_factory.mktemp("roundtrip")
    if not write_project(root, spec):
        return
    out = root / "dist"
    try:
        compiled = build(Project.at(root), out)
    except KBError as error:
        message = str(error)
        assert "\n" not in message and ":" in message.split(" ", 1)[0], message  # "file:line: ..."
        return
    assert compiled.report.conforms if hasattr(compiled.report, "conforms") else True
    loaded = {tuple(rdfcheck._canonical(t) for t in triple) for triple in compiled.triples}
    assert rdfcheck.same_graph(rdfcheck.read("pyoxigraph", out / "kb.nt", "ntriples"), loaded)
    check_published(out)
