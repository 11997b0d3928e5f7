"""Numbers as a text writes them (split from ``estimates``): in digits
("1,500", "$2 million", "40%") or in words ("three thousand", "twenty-seven",
"two dozen", "a thousand"), in a text or on a count token of the parse with
its modifiers. :class:`NumberReader` is mixed into
:class:`kb.extract.estimates.EstimateFinder` (it gives ``est``, the estimates
lexicon); word values are data (``number_words`` and ``multipliers`` of
``lexicon/estimates.yaml``)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .lexicon import estimates as estimate_lexicon


class NumberReader:
    """Mixed into :class:`kb.extract.estimates.EstimateFinder`: the numbers of a
    text or of a count token."""

    _NUMBER = re.compile(
        r"(?P<cur>US\$|\\?\$|€|£)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<mult>thousand|million|billion|bn)\b)?"
        r"(?:\s?(?P<pct>percent|per cent|%))?")

    def numbers_in(self, text: str) -> list:
        """Numbers in a text, in digits ("1,500", "$2 million", "40%") or in
        words ("three thousand", "two dozen", "a thousand"), as matches with
        ``start()``, ``end()`` and the groups ``cur``, ``num`` (digits), ``mult``
        and ``pct``."""
        found = [_Number(m.start(), m.end(), m.group("cur"), m.group("num"), m.group("mult"), m.group("pct"))
                 for m in self._NUMBER.finditer(text)]
        for m in _number_words().finditer(text):
            value = number_phrase(re.split(r"[\s-]+", m.group().lower()), self.est)
            if value is not None and not any(f.start() < m.end() and m.start() < f.end() for f in found):
                pct = re.match(r"\s?(percent|per cent)\b", text[m.end():])
                found.append(_Number(m.start(), m.end() + (pct.end() if pct else 0), None, str(value), None,
                                     pct.group(1) if pct else None))
        return sorted(found, key=lambda f: f.start())

    def number(self, text: str) -> Decimal | None:
        """A number written in digits ("1,000") or words ("twelve"), or ``None``."""
        cleaned = text.replace(",", "").strip().lower()
        if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
            return Decimal(cleaned)
        words = self.est["number_words"]
        parts = cleaned.split("-")  # "twenty-seven"
        if len(parts) == 2 and all(p in words for p in parts) and words[parts[0]] >= 20 and words[parts[1]] < 10:
            return Decimal(words[parts[0]] + words[parts[1]])
        return Decimal(words[cleaned]) if cleaned in words else None

    def count_of(self, count) -> Decimal | None:
        """The number a count token and its modifiers write ("two dozen",
        "three thousand", "twenty-seven", "1,500"), or ``None``."""
        after = {t.i for c in count.children if c.dep_ == "prep" for t in c.subtree}  # "four of ... Order 14059"
        words = [t.lower_ for t in count.subtree if t.i not in after and (
                 t.like_num or t.lower_ in self.est["number_words"] or
                 t.lower_ in self.est["multipliers"] or t.lower_ in ("a", "an", "dozen"))]
        value = number_phrase([w.replace(",", "") for w in words], self.est)
        return Decimal(value) if value is not None else self.number(count.text)


class _Number:
    """A number found in a text, with the groups of :attr:`NumberReader._NUMBER`."""

    def __init__(self, start, end, cur, num, mult, pct):
        self._start, self._end = start, end
        self._groups = {"cur": cur, "num": num, "mult": mult, "pct": pct}

    def start(self, group=0) -> int:
        return self._start

    def end(self, group=0) -> int:
        return self._end

    def group(self, name):
        return self._groups[name]


@lru_cache(maxsize=1)
def _number_words() -> re.Pattern:
    """Numbers written in words: "three thousand", "twenty-seven", "two dozen", "a thousand"."""
    words = [w for w, v in estimate_lexicon()["number_words"].items() if w not in ("dozens", "hundreds", "thousands")]
    big = "hundred|thousand|million|dozen"
    word = "|".join(sorted(words, key=len, reverse=True))
    # "a hundred and fifty": one number; "between three hundred and four hundred": two
    joint = r"(?:(?:(?<=hundred)|(?<=thousand))\s+and(?!\s+(?:" + "|".join(words) + r")[\s-]+(?:" + big + r")))?"
    return re.compile(r"\b(?:(?:a|an)\s+(?:" + big + r")|(?:" + word + r"))(?:" + joint + r"[\s-]+(?:" + word + r"|" +
                      big + r"))*\b", re.I)


def number_phrase(words: list[str], lexicon: dict) -> int | None:
    """The value of a number written in words and digits, lower case
    (["three", "thousand"] -> 3000, ["two", "dozen"] -> 24, ["twenty", "seven"]
    -> 27, ["a", "thousand"] -> 1000); ``None`` when the words hold no number.
    Word values come from ``number_words`` and ``multipliers`` of
    lexicon/estimates.yaml."""
    scale = dict(lexicon["multipliers"])
    scale.update({"hundred": 100, "dozen": 12})
    total, current, seen = 0, 0, False
    for word in words:
        if not word or word == "and":
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += int(float(word))
            seen = True
        elif word in scale:
            current = max(current, 1) * scale[word]
            seen = True
            if scale[word] >= 1000:
                total, current = total + current, 0
        elif word in lexicon["number_words"] and word not in ("dozens", "hundreds", "thousands"):
            current += lexicon["number_words"][word]
            seen = True
        else:
            return None
    return total + current if seen else None
