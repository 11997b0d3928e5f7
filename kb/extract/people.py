"""People named in apposition to a post that a possessive holds ("its
leader, Tariq Salem al-Obeidi,", "Kestrel Trading's director, Ana Mgeladze,",
"the panel's coordinator, Dame Harriet Vale-Osborne,"): a person, whatever the
NER made of the name (a place, an organisation, or nothing), with names of
three to five words and lower-case particles ("al-", "bin", "de") kept whole.
The posts are ``apposed_posts`` in ``lexicon/language.yaml``; an honorific
before the name ("Dame", "Sheikh") is no part of it but an alias.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language, name_regex
from .mentions import Mention
from .nlp import Sentence
from .places import region_nouns



@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    lex = language()
    posts = "|".join(re.escape(p) for p in sorted(lex["apposed_posts"], key=len, reverse=True))
    honorifics = "|".join(re.escape(h) for h in sorted(set(lex["honorifics"]) | set(lex["ranks"]) |
                                                        set(lex["person_cues"]), key=len, reverse=True))
    # a post in capitals may have up to three words before its noun ("Kotido's Resident District Commissioner, X,")
    capital = "|".join(re.escape(p.title()) for p in sorted(lex["apposed_posts"], key=len, reverse=True))
    # "its leader, X", "whose leader is X", "the group's spokesman is X" (a copula names the holder too)
    # (round 16) "The owner of ..., X," opening a sentence: "The" capitalised too
    return re.compile(r"(?:\b(?:its|their|his|her|the|The|whose)|[\w’'-]+(?:'s|’s|s'|s’)) (?:(?:(?:former|deputy|chief|acting|"
                      # (round 16) "The owner of Al Hamra Trading, X,": a lower-case post's body named after "of"
                      r"senior|top|new|military|political|late) )*(?:" + posts + r")(?: of (?:the )?[A-Z][\w’'.&-]*"
                      # (round 29) "The governor of Guéra province, Général X,": a region's noun after its name
                      r"(?: [A-Z][\w’'.&-]*){0,5}(?: (?:" + "|".join(sorted(region_nouns())) + r"))?)?|"
                      r"(?:[A-Z][a-z]+ ){0,3}(?:" + capital +
                      r"))(?:,| is| was) (?:(?P<honorific>(?:" + honorifics + r") )*)(?P<name>" +
                      name_regex(lex["name_particles"], 1, 4) + r")(?=,|\.|;| and\b| who\b|$)")


@lru_cache(maxsize=1)
def _indefinite_pattern() -> re.Pattern:
    """(round 18) A name apposed to a post with an indefinite article, closed by a comma: "A spokesman for
    the Ravel Front, X,", "A RFL spokeswoman, X,", "an adviser to the governor, X," (the NER may call X anything)."""
    lex = language()
    posts = "|".join(re.escape(p) for p in sorted(lex["apposed_posts"], key=len, reverse=True))
    honorifics = "|".join(re.escape(h) for h in sorted(set(lex["honorifics"]) | set(lex["ranks"]), key=len, reverse=True))
    return re.compile(r"\b[Aa]n? (?:[A-Z][\w’'.&-]* ){0,3}(?:" + posts + r")(?: (?:for|of|to) (?:the )?"
                      r"[A-Za-z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,5})?, (?:(?P<honorific>(?:" + honorifics +
                      r") )*)(?P<name>" + name_regex(lex["name_particles"], 1, 4) + r")(?=,)")


@lru_cache(maxsize=1)
def _kin_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(round 24) A relative named as who owns or runs a body: "owned by the leader's brother, X", "run by
    his cousin X"; "Her nephew, X, owns ...": a person of their own, even when the name shares a surname with
    one named before (role_nouns.kin; the verbs: kin_owning_verbs)."""
    lex = language()
    kin = "(?:" + "|".join(re.escape(k) for k in lex["role_nouns"]["kin"]) + ")(?:-in-law)?"
    verbs = "|".join(re.escape(v) for v in lex["kin_owning_verbs"])
    honorifics = "|".join(re.escape(h) for h in sorted(set(lex["honorifics"]) | set(lex["ranks"]), key=len,
                                                        reverse=True))
    owner = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|(?:the )?(?:[\w’'-]+ ){0,3}?[\w’'-]+(?:'s|’s|s'|s’))"
    name = r"(?:(?P<honorific>(?:" + honorifics + r") )*)(?P<name>" + name_regex(lex["name_particles"], 1, 4) + r")"
    return (re.compile(r"\bby " + owner + " " + kin + ",? " + name + r"(?=,|\.|;| and\b| who\b|$)"),
            re.compile(r"(?:^|(?<=[.;] ))" + owner + " " + kin + ", " + name + r",(?= (?:who )?(?:" + verbs + r")\b)"))


@lru_cache(maxsize=1)
def _ranks() -> frozenset:
    """Ranks and honorifics (lexicon/language.yaml), which never open a name."""
    lex = language()
    return frozenset(set(lex["honorifics"]) | set(lex["ranks"]))


@lru_cache(maxsize=1)
def _led_pattern() -> re.Pattern:
    """A name after "led by" or "commanded by" ("a militia led by Ana Soto", "commanded by Bo Zayar Lin"), also
    after a description of the person (round 27: "led by a self-styled general, Ana Soto", "led by a former cattle
    dealer named Bo Zayar Lin")."""
    lex = language()
    honorifics = "|".join(re.escape(h) for h in sorted(set(lex["honorifics"]) | set(lex["ranks"]), key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in lex["leader_verbs"])
    described = r"(?:an? (?:[a-z][\w'’-]* ){0,3}[a-z][\w'’-]*(?:,| named| called| known as) )?"
    return re.compile(r"\b(?:" + verbs + r") by " + described + r"(?:(?P<honorific>(?:" + honorifics + r") )*)(?P<name>" +
                      name_regex(lex["name_particles"], 1, 4) + r")(?=,|\.|;| and\b| who\b| since\b| in\b|$)")


@lru_cache(maxsize=1)
def _signed_pattern() -> re.Pattern:
    """A signature or contact line: "Media contact: Ana Soto, Corporate Communications Manager, Kestrel
    Customs Agency" (a name first in its sentence or after a colon, then a capitalised post, then a comma)."""
    lex = language()
    capital = "|".join(re.escape(p.title()) for p in sorted(lex["apposed_posts"], key=len, reverse=True))
    return re.compile(r"(?:^|: )(?P<honorific>)(?P<name>" + name_regex(lex["name_particles"], 1, 3) +
                      r"), (?:[A-Z][a-z]+ ){0,3}(?:" + capital + r"), (?=[A-Z])")


@lru_cache(maxsize=1)
def _listed_pattern() -> re.Pattern:
    """A person's name opening a list item, apposed to a noun for a person ("- Ana Soto, a dual national
    living in X, a financier of Y;", "- Ana Soto, a Lyon-based accountant ..."; ``listed_person_nouns``)."""
    lex = language()
    nouns = "|".join(re.escape(n) for n in lex["listed_person_nouns"])
    return re.compile(r"^\s*[-•*–]\s+(?P<honorific>)(?P<name>" + name_regex(lex["name_particles"], 1, 3) +
                      r"),\s+(?:a|an)\s+(?=[^,;]{0,60}\b(?:" + nouns + r")\b)")


@lru_cache(maxsize=1)
def _particle_pattern() -> re.Pattern:
    """A first name before a surname that opens with a lower-case particle ("Joost van Aalst", whose "van
    Aalst" alone the NER tags as a person)."""
    particles = "|".join(re.escape(p) for p in sorted(language()["name_particles"], key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?P<honorific>)(?P<name>(?P<first>[A-Z][a-z]+)\s+(?P<rest>(?:(?:" + particles +
                      r")\s+){1,2}[A-Z][\w'’-]+))")


def _particled(finder, sentence: Sentence) -> list:
    """Matches of :func:`_particle_pattern` whose surname the NER tagged as a person, and whose first word is
    no title or rank."""
    if sentence.span is None:
        return []
    lex = language()
    words = set(lex["ranks"]) | set(lex["honorifics"]) | set(lex["person_titles"])
    # the NER's person from the particle on ("van Aalst"), or a person or body it cut inside the surname ("Linde")
    ends = [(sentence.at(e[0]), sentence.end_of(e[-1])) for e in sentence.span.ents if e.label_ in ("PERSON", "ORG")]
    words |= {"The", "In", "On", "At", "By", "For", "From", "With", "And", "But"}
    return [m for m in _particle_pattern().finditer(sentence.text)
            if m.group("first") not in words and any(
                start == sentence.start + m.start("rest") or start > sentence.start + m.start("rest") and
                end == sentence.start + m.end("name") for start, end in ends)]


@lru_cache(maxsize=1)
def _titled_pattern() -> re.Pattern:
    """A name after a capitalised title apposed to it, or two joined ("The Minister for Internal Affairs, Ms X",
    "Ruritania's Minister of Home Affairs, X", "The Tánaiste and Minister for Defence, X")."""
    from .posts import _titles
    lex = language()
    honorifics = "|".join(re.escape(h) for h in sorted(set(lex["honorifics"]) | set(lex["ranks"]), key=len, reverse=True))
    title = r"(?=[A-Z])(?:" + _titles().pattern + r")"
    return re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|\w['’]s) " + title + r"(?: and " + title + r")?, (?:(?P<honorific>(?:" +
                      honorifics + r") )*)(?P<name>" + name_regex(lex["name_particles"], 1, 4) +
                      r")(?=,|\.|;| and\b| who\b| said\b|$)")


@lru_cache(maxsize=1)
def _said_titled_pattern() -> re.Pattern:
    """(round 29) A name right after a state's title after "said" ("said Minister of Foreign Affairs and Trade X.",
    "said Interior Minister X,"), which the NER may miss: the name closes the clause."""
    from .posts import _titles
    title = r"(?=[A-Z])(?:" + _titles().pattern + r")"
    return re.compile(r"\bsaid (?P<title>" + title + r") (?P<honorific>)(?P<name>" + name_regex(language()["name_particles"], 1, 3) +
                      r")(?=[,.;]|$)")


def state_post(title: str) -> bool:
    """True when a title is a state's post (``state_post_words``: "Minister for ...", "Tánaiste"); the name after
    another ("The Chief of Naval Staff, Contre-amiral X") may start with a rank the lexicon lacks."""
    return any(w in title for w in language()["state_post_words"])


def signed(text: str) -> bool:
    """True when ``text`` (a line of its own) is a signature or contact line naming a person's post."""
    return _signed_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _contact_pattern() -> tuple[re.Pattern, re.Pattern]:
    lex = language()
    cues = "|".join(re.escape(c) for c in sorted(lex["contact_cues"], key=len, reverse=True))
    titles = "|".join(re.escape(t) for t in sorted(lex["firm_titles"], key=len, reverse=True))
    return (re.compile(r"^[\s*•·–—-]*(?:" + cues + r")\s*:\s", re.I),
            re.compile(r", (?:" + titles + r")(?=[,;.]|$)"))


def contact_line(text: str) -> str | None:
    """What a contact line at a release's foot is: "staff" for a firm's own people ("Contacts: Jane Roe,
    Partner, Washington; John Doe, Counsel"), "address" for any other ("Queries: press office, Department of
    X, Harbour House, Dublin 2"; its people and bodies stay, its buildings and cities are no entities), else None."""
    opening, titled = _contact_pattern()
    if not opening.match(text):
        return None
    return "staff" if titled.search(text) else "address"


def in_contact_line(text: str, cls: str) -> bool:
    """True when a new name of class ``cls`` in ``text`` is only part of a contact line (:func:`contact_line`):
    a firm's staff line names nothing; an address line's buildings, cities and unclassed names are its address,
    and (round 28) its people ("Contacts: Ana Roe (Lima)", "Press contact: Jo Doe, press secretary") are the
    publisher's own staff, unless the line signs them with a post and a body (:func:`signed`)."""
    kind = contact_line(text)
    return kind == "staff" or kind == "address" and (cls in ("Organisation", "Settlement", "Region", "Place") or
                                                     cls == "Person" and not signed(text))


class _Listed:
    """A name inside an apposed list, read like a match of the patterns above (group "name", no honorific)."""

    def __init__(self, start: int, text: str):
        self.at, self.text = start, text

    def start(self, _group=None) -> int:
        return self.at

    def end(self, _group=None) -> int:
        return self.at + len(self.text)

    def group(self, key=None) -> str:
        return self.text if key == "name" else ""


@lru_cache(maxsize=1)
def _counted_pattern() -> re.Pattern:
    """(round 22) A counted set of people with the list of their names apposed: "two of the group's
    commanders, A and B", "three managers of Kestrel Logistics, A, B and C" (counted_people_nouns)."""
    from .lexicon import estimates
    lex = language()
    numbers = "|".join(sorted(estimates()["number_words"], key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(lex["counted_people_nouns"], key=len, reverse=True))
    name = name_regex(lex["name_particles"], 1, 4)
    return re.compile(r"\b(?i:" + numbers + r"|\d+)\s+(?:[\w'’-]+\s+){0,4}?(?:" + nouns + r")(?:\s+of\s+[^,;]{1,60})?"
                      r"(?P<list>,\s+" + name + r"(?:,\s+" + name + r")*,?\s+and\s+" + name + r")(?=[,.;]|\s|$)")


@lru_cache(maxsize=1)
def _one_name() -> re.Pattern:
    """One person's name of one to four words (name_particles)."""
    return re.compile(name_regex(language()["name_particles"], 1, 4))


def _counted_list(sentence: Sentence) -> list:
    """The names of each list :func:`_counted_pattern` finds in ``sentence``, as :class:`_Listed`."""
    return [_Listed(match.start("list") + each.start(), each.group())
            for match in _counted_pattern().finditer(sentence.text)
            for each in _one_name().finditer(match.group("list"))]


def apposed_people(finder, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
    """Mentions of the people named after "<possessive> <post>, " in
    ``sentence``. ``finder`` is the :class:`kb.extract.entities.EntityFinder`
    (it mints the ids); ``taken`` are the mentions found so far: a known
    entity's mention over the name wins, a new one's gives way (the caller
    drops the mentions these overlap)."""
    out = []
    matches = [m for m in _pattern().finditer(sentence.text)] + [m for m in _led_pattern().finditer(sentence.text)] + \
        [m for m in _signed_pattern().finditer(sentence.text)] + [m for m in _listed_pattern().finditer(sentence.text)] + \
        [m for m in _indefinite_pattern().finditer(sentence.text)] + _particled(finder, sentence) + \
        [m for p in _kin_patterns() for m in p.finditer(sentence.text)] + \
        _counted_list(sentence) + \
        [m for m in _titled_pattern().finditer(sentence.text) if state_post(m.group(0)[:m.start("name") - m.start()])] + \
        [m for m in _said_titled_pattern().finditer(sentence.text) if state_post(m.group("title"))]
    for match in matches:
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        over = [m for m in taken if not (end <= m.start or start >= m.end)]
        if any(m.entity not in finder.gaz.entities or not finder.gaz.entities[m.entity].new or
               finder.gaz.entities[m.entity].type != "Person" and (m.start, m.end) != (start, end) for m in over):
            continue
        name = match.group("name")
        if name.split()[0] in _ranks():
            continue  # (round 16) "The leader, Colonel Baro,": a rank and one name, no long person's name
        if any(name.endswith(" " + h.rstrip(".")) or name.startswith(h + " ") for _, h in finder.heads) or \
                name in finder.countries or finder.gaz.cased.get(name) and not finder.gaz.entities[
                    finder.gaz.cased[name]].new:
            continue  # "the firm's owner, Vanta Holdings Ltd": a head word makes it an organisation; "led by
            # the Ravel Front", "led by Niger": no person
        earlier = next((e.id for e in finder.gaz.entities.values() if e.new and e.type == "Person" and
                        any(n.endswith(" " + name) for n in e.names)), None)
        ident = earlier or finder._new(name, "Person")  # "led by Cedeño Mina" after "Jonathan Bryan Cedeño Mina"
        if finder.gaz.entities[ident].type != "Person":
            continue
        if match.group("honorific"):
            finder._also_named(ident, f"{match.group('honorific')}{name}")
        out.append(Mention(start, end, ident, "Person", "new", name))
    return out
