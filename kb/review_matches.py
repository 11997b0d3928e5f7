"""The review kind of match candidates (``kb match``): list, show side by
side, accept (judged ``same``), reject (``different``), or mark ``unsure``.

A decision is appended to facts/links/judgements.yaml (kb/judgements.py) with
who made it, when, the matcher's score and reasons; an accepted or rejected
candidate leaves facts/extracted/matches.jsonl, an unsure one stays there,
marked. Accepting does not rebuild the project: it checks the judgements file
(two of our entities judged one actor, or a person judged the same as an
organisation, are refused and the change rolled back); `make` publishes.
"""

from __future__ import annotations

import json
import unicodedata

from . import judgements
from .errors import KBError
from .ftm import match
from .ftm.sides import COUNTRY_PROPS, DATE_PROPS
from .review import Item, Kind, register

VERDICTS = {"accept": "same", "reject": "different", "unsure": "unsure"}


class Matches(Kind):
    name, order = "matches", 30
    builds = False
    independent = True

    def load(self, project):
        path = match.path_of(project)
        return [Item(str(r["id"]), self, r, path, None) for r in match.read(project)]

    def summary(self, item):
        r = item.record
        a, b = r["sides"]
        return f"{r['score']:.2f}  {_name(a)} ({_origin(a)}) = {_name(b)} ({_origin(b)})"

    def evidence(self, item):
        return []

    def target(self, project, item):
        return judgements.path_of(project)

    def accept(self, stage, project, item):
        self._judge(stage, project, item, "same")
        return self.target(project, item)

    def reject(self, stage, project, item):
        self._judge(stage, project, item, "different")

    def unsure(self, stage, project, item):
        self._judge(stage, project, item, "unsure")

    def check(self, project):
        judgements.groups(judgements.read(project))

    def _judge(self, stage, project, item, verdict: str) -> None:
        from followthemoney import model

        r = item.record
        a, b = r["sides"]
        if verdict == "same" and not model.get(a["schema"]).can_match(model.get(b["schema"])):
            raise KBError(f"{r['left']} is a {a['schema']} and {r['right']} a {b['schema']}: they cannot be one actor; "
                          f"reject {item.id} instead")
        decision = judgements.Judgement(r["left"], r["right"], verdict, stage.by or judgements.curator(project),
                                        judgements.now(), r.get("score"), list(r.get("reasons") or []), stage.note)
        path = judgements.path_of(project)
        text = stage.read(path)
        stage.write(path, judgements.with_judgement(text, decision, judgements.find(text, decision.pair)))
        cands = match.path_of(project)
        records = [json.loads(line) for line in (stage.read(cands) or "").splitlines() if line.strip()]
        kept = []
        for record in records:
            if record["id"] != item.id:
                kept.append(record)
            elif verdict == "unsure":
                judged = {"by": decision.by, "at": decision.at, **({"note": decision.note} if decision.note else {})}
                kept.append({**record, "review": match.UNSURE, "judged": judged})
        kept.sort(key=lambda x: (x["review"] != match.PENDING, -x["score"], x["id"]))
        stage.write(cands, match.text(kept) if kept else None)

    def render(self, item) -> list[str]:
        """The two sides in two columns, then the score and the reasons."""
        r = item.record
        a, b = r["sides"]
        rows = [("", _name(a), _name(b)), ("entity", a["ref"], b["ref"]),
                ("from", _origin(a), _origin(b)), ("record", a.get("where", ""), b.get("where", "")),
                ("type", f"{a['schema']} ({a['class']})", f"{b['schema']} ({b['class']})")]
        names_a, names_b = _names(a), _names(b)
        for n in range(max(len(names_a), len(names_b))):
            rows.append(("names" if n == 0 else "", names_a[n] if n < len(names_a) else "",
                         names_b[n] if n < len(names_b) else ""))
        for label, key, props in (("country", "countries", COUNTRY_PROPS), ("date", "dates", DATE_PROPS)):
            va, vb = _values(a.get(key), props), _values(b.get(key), props)
            if va or vb:
                rows.append((label, va or "-", vb or "-"))
        ia, ib = _ids(a), _ids(b)
        for n in range(max(len(ia), len(ib))):
            rows.append(("ids" if n == 0 else "", ia[n] if n < len(ia) else "", ib[n] if n < len(ib) else ""))
        if a.get("wikidata") or b.get("wikidata"):
            rows.append(("wikidata", ", ".join(a.get("wikidata") or []) or "-", ", ".join(b.get("wikidata") or []) or "-"))
        first = max(_width(x[0]) for x in rows)
        second = min(max(_width(x[1]) for x in rows), 60)
        lines = [f"{item.id} ({self.name}, {item.status}): score {r['score']:.2f}"]
        if r.get("judged"):
            j = r["judged"]
            lines.append(f"judged unsure by {j['by']} at {j['at']}" + (f": {j['note']}" if j.get("note") else ""))
        lines += [f"{_pad(x[0], first)}  {_pad(x[1], second)}  {x[2]}".rstrip() for x in rows]
        lines.append("reasons:")
        lines += [f"  {reason}" for reason in r.get("reasons") or []]
        return lines


def _name(side: dict) -> str:
    names = side.get("names") or []
    latin = [n["name"] for n in names if n.get("script") == "Latin"]
    return (latin or [n["name"] for n in names] or [side["ref"]])[0]


def _origin(side: dict) -> str:
    return "ours" if side["origins"] == ["ours"] else ", ".join(side["origins"])


def _names(side: dict) -> list[str]:
    return [f"{n['name']} [{n['script']}, {n['lang'] or '?'}, {n['property']}]" for n in side.get("names") or []]


def _values(found: dict | None, props) -> str:
    if not found:
        return ""
    return "; ".join(f"{p} {', '.join(found[p])}" for p in props if p in found)


def _ids(side: dict) -> list[str]:
    return [f"{p} {v}" for p, values in (side.get("identifiers") or {}).items() for v in values]


def _width(text: str) -> int:
    """Columns on a terminal: wide (CJK, Hangul) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


register(Matches())
