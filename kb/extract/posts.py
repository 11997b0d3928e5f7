"""Posts named by titles ("Defence Minister Ilse Varga", "Helen Marsh, Under
Secretary of the Treasury", a signature line): Membership candidates, with the
role from the lexicon's posts and title pattern (``lexicon/language.yaml``).
Mixed into :class:`kb.extract.coding.ParsedFacts`, which gives the document,
the gazetteer, ``candidate``, ``_add`` and ``_post_organisation``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .anaphora import named_as_source
from .found import Candidate
from .lexicon import language, relations, verbs
from .mentions import slug

# What a title never makes a person control (a state, its armed forces and bodies, an international body)
_NOT_CONTROLLED = ("GovernmentBody", "StateArmedForces", "State", "InternationalOrganisation")


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    """Titles that name a post: the lexicon's posts and its title pattern."""
    lex = language()
    fixed = "|".join(re.escape(t) for t in sorted(lex["posts"], key=len, reverse=True))
    return re.compile(r"(?:" + lex["general_post_pattern"] + r"|" + lex["post_pattern"] + r"|" + fixed + r")")


@lru_cache(maxsize=1)
def _post_nouns() -> frozenset:
    """The nouns of posts (the Membership frames of lexicon/verbs.yaml)."""
    return frozenset(n for f in verbs()["frames"] if f["relation"] == "Membership" for n in f.get("nouns", []))


@lru_cache(maxsize=1)
def _address() -> re.Pattern:
    """Ranks and forms of address ending the words before a name ("Gen.", "Hon."), to be cut off."""
    lex = language()
    words = sorted(set(lex["ranks"]) | set(lex.get("post_honorifics") or []), key=len, reverse=True)
    return re.compile(r"(?:\s|^)(?:" + "|".join(re.escape(c) for c in words) + r")$")


@lru_cache(maxsize=1)
def _service_head() -> re.Pattern:
    """(round 26) "the Regional Director of Customs for X, Y", "the Director General of Customs, Inspector Y": a
    head of a service (``headed_services`` in lexicon/language.yaml) right before a name, with "General", the
    service and the place it is for."""
    lex = language()
    heads = "|".join(w.capitalize() for w in lex["service_heads"] + ["administrator"])
    services = "|".join(re.escape(s) for s in sorted(lex["headed_services"], key=len, reverse=True))
    return re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:Regional|Provincial|District|State|National|Acting)\s+)?(?:" +
                      heads + r")(?:[\s-](General))?\s+of\s+(" + services + r")(?:\s+(?:for|of|in)\s+(?:the\s+)?" +
                      r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*))?,(?:\s+[A-Z][a-z]+\.?)?$")


def _heads_body(title: str) -> bool:
    """True for "Commander of the Border Guard", "Director of the Agency": a commanding title over the body
    after "of" (not "Director of Information", "Chief of Staff": a function's post)."""
    head = re.match(r"(\w+)\s+of\s+(?:the\s+)?(\w+)", title)
    if head is None or head.group(1).lower() not in language()["control_posts"]:
        return False
    return head.group(2).lower() not in set(verbs()["words"]["functions"]) | set(language()["title_functions"])


class PostFinder:
    """Mixed into the parsed-facts stage: posts named by titles."""

    def posts(self, sentence, mentions, claims) -> list[Candidate]:
        """Posts from titles before or after a person's name: "White House
        national security spokesman John Kirby", "the Honourable Claire
        Fontaine, Minister of Foreign Affairs", "CENTCOM commander Gen. Laura
        Pryce". The organisation is the one named just before the title or in
        it ("of the Treasury"), the lexicon's for the title, the state the
        document is about for a minister, or the one the knowledge base holds.
        Commanding titles ("commander", "director") give a Control instead."""
        lex = language()
        out = self._service_heads(sentence, mentions, claims)
        headed = {c.fields["controller"] for c in out}  # their title read: no second post
        titles = _titles()
        for index, m in enumerate(mentions):
            if m.kind == "demonym" or not self.gaz.is_a(m.entity, "Person") or m.entity in headed:
                continue
            before = re.sub(r"\(\s*[A-Z][\w.-]*\s*\)\s*$", "", sentence.text[:m.start - sentence.start]).rstrip()
            before = _address().sub("", before).rstrip()
            title, head = None, None
            for match in titles.finditer(before):
                if match.end() == len(before) and (match.start() == 0 or not before[match.start() - 1].isalnum()):
                    title, head = match.group(), sentence.start + match.start()
            # "the Minister for Foreign Affairs, Senator Fiona Harcourt", "Its Minister of the Interior, X", "Ruritania's
            # Minister of Home Affairs, X": a capitalised title apposed before the name, whatever the case of "the"
            # "The Member of Parliament for the ward, Hon. X": the seat's constituency after the title
            apposed = re.search(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|\w['’]s)\s+(" + titles.pattern +
                                r")(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]+)*)?,$", before)
            # "The Tánaiste and Minister for Defence, X": two titles joined, two posts
            joined = re.search(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|\w['’]s)\s+(" + titles.pattern + r")\s+and\s+(" +
                               titles.pattern + r"),$", before)
            also = None
            if title is None and joined and joined.group(1)[:1].isupper() and joined.group(2)[:1].isupper():
                title, head = joined.group(2), sentence.start + joined.start(2)
                also = (joined.group(1), sentence.start + joined.start(1))
            elif title is None and apposed and (apposed.group(1)[:1].isupper() or
                                                slug(apposed.group(1)) in lex["force_chief_posts"]):
                title, head = apposed.group(1), sentence.start + apposed.start(1)
            after = sentence.text[m.end - sentence.start:]
            later = re.match(r"^,\s+(?:the\s+|a\s+)?(" + titles.pattern + r")(?=[,.;]|\s+(?:said|told|of)\b)", after)
            signed = None
            # "said Major X, the Front's press officer": the body named before the title
            owned = re.match(r"^,\s+(?:also known as [^,]+,\s+)?the\s+([^,;]{2,60}?)['’]s\s+(" + titles.pattern +
                             r")(?=[,.;]|\s+(?:said|told)\b)", after)
            if title is None and later is None and owned:
                rest = m.end + owned.start(1)
                signed = next((o.entity for o in mentions[index + 1:] if o.start in (rest, rest + 4)
                               and o.end == m.end + owned.end(1) and self.gaz.is_a(o.entity, "Organisation")
                               and not self.gaz.is_a(o.entity, "State")), None)
                title = owned.group(2) if signed else None
            if title is None and later:
                title = later.group(1)
                # "Name, Corporate Communications Manager, Kestrel Customs Agency": a signature's last part is
                # the body the post belongs to
                rest = m.end + later.end()
                gap = re.match(r",\s+(?:the\s+)?", self.text[rest:rest + 12])
                signed = next((o.entity for o in mentions[index + 1:] if gap and o.start == rest + gap.end()
                               and self.gaz.is_a(o.entity, "Organisation") and not self.gaz.is_a(o.entity, "State")),
                              None)
            if title is None:
                continue
            for title, head in [(title, head)] + ([also] if also else []):
                role = lex["posts"].get(title) or slug(title)
                if head is not None:
                    role = self._known_role(self.text[max(0, head - 80):head], title) or role
                held = [c for c in claims.values() if c.type == "Membership" and c.fields.get("member") == m.entity]
                if any(title.lower() in self.label(c.fields["role"]).lower() for c in held):
                    continue  # "Minister Fontaine" after "Claire Fontaine, Minister of Foreign Affairs"
                seat = re.match(r"Member\s+of(?:\s+the)?\s+(.+)$", title)  # "Member of the County Assembly": a body
                seat = self.gaz.cased.get(seat.group(1)) if seat else None
                organisation = signed or seat or self._post_organisation(title, role, head, mentions[:index], m) or \
                    self._body_before_title(sentence, head)
                if organisation is None or organisation == m.entity:
                    continue
                function = re.search(r"(\w+)\s*$", before[:head - sentence.start]) if head is not None else None
                if function and function.group(1).lower() in verbs()["words"]["functions"]:
                    continue  # "the group's finance chief, X": a post the parse codes (kb/extract/events.py)
                # (round 17) "its deputy commander, X", "the Vice-Chairman of X": a second holds a post, no control
                seconded = any(w in verbs()["words"]["seconds"] for w in re.split(r"[\s-]+", title.lower())[:-1])
                duty = re.match(r"\s+for\s+(\w+)", self.text[head + len(title):]) if seconded and head is not None \
                    else None
                if duty and duty.group(1).lower() in verbs()["words"]["functions"]:
                    continue  # "its deputy commander for logistics, X": a post the parse codes (kb/extract/events.py)
                # "Director General of Customs", "Commissioner of Police": the head of the service named for it
                service = re.match(r"(\w+)(?:[\s-]General)?\s+(?:of|for)\s+(?:the\s+)?(\w+)", title)
                service = service is not None and service.group(1).lower() in lex["service_heads"] and \
                    service.group(2).lower() in self.gaz.entities[organisation].label.lower().split() and \
                    service.group(1).lower() not in self.gaz.entities[organisation].label.lower()
                if not seconded and not self.local_council(organisation) and (
                        role in lex["control_posts"] or slug(title).split("-")[-1] in lex["control_posts"]
                        or _heads_body(title) or service or slug(title) in lex["force_chief_posts"]):
                    its = head is not None and re.search(r"\b(?:its|their)\s+(?:\w+\s+)?$", before[:head - sentence.start])
                    if its and any(self.gaz.is_a(organisation, c) for c in _NOT_CONTROLLED):
                        continue  # "OFAC designated the gang, its leader X": "its" is no state body ("OFAC Director X" is)
                    if its and named_as_source(self, sentence.index, organisation, head):
                        continue  # (round 26) "..., according to the Board. Its director, X": not the Board's
                    values = {"controller": [m.entity], "controlled": [organisation]}
                    kind = "Control"
                else:
                    kind = "Membership"
                if kind == "Control" and self._one_of_its(title, head, organisation, mentions[:index]):
                    kind = "Membership"  # (round 15) "ADB commander X": one of an armed group's commanders, a post
                if kind == "Membership":
                    values = {"member": [m.entity], "organisation": [organisation], "role": [self.finder.role(role, title)]}
                out.append(self._add(claims, self.candidate(kind, relations()[kind], values, {}, None, sentence), sentence))
        return out

    def _service_heads(self, sentence, mentions, claims) -> list[Candidate]:
        """(round 26) Controls of the office a service's head runs: "the Regional Director of Customs for X, Y" after
        "the X Customs Administration", "the Director General of Customs, Y" after "the Directorate General of
        Customs": the latest body the text has named whose name holds the service (and the place, if the title
        names one). None when the text names no such office."""
        out = []
        for m in mentions:
            if m.kind == "demonym" or not self.gaz.is_a(m.entity, "Person"):
                continue
            before = _address().sub("", sentence.text[:m.start - sentence.start].rstrip()).rstrip()
            hit = _service_head().search(before)
            # "Director General of Customs": the general directorate, never a regional branch named before it
            words = " ".join(w for w in hit.group(1, 2, 3) if w) if hit else ""
            body = self._service_office(words, sentence.index, sentence.start + hit.start()) if hit else None
            if body is not None:
                values = {"controller": [m.entity], "controlled": [body]}
                out.append(self._add(claims, self.candidate("Control", relations()["Control"], values, {}, None,
                                                            sentence), sentence))
        return out

    def _service_office(self, wanted: str, index: int, start: int) -> str | None:
        """The latest government body (or body of no known kind) named before offset ``start`` (the title) in
        sentence ``index`` or before whose name holds the words ``wanted`` (the service, "general", the place)."""
        words = set(wanted.lower().split())
        for ident in reversed([m.entity for found in self.found_mentions[:index + 1] for m in found if m.end <= start]):
            entity = self.gaz.entities.get(ident)
            if entity is not None and (self.gaz.is_a(ident, "GovernmentBody") or entity.type == "Organisation") and \
                    words < set(re.findall(r"[\w'-]+", entity.label.lower())):
                return ident  # an office's name, more than the service's word ("Customs officers" name none)
        return None

    def _one_of_its(self, title: str, head, organisation: str, before: list) -> bool:
        """True when a rank title (``rank_posts`` in lexicon/verbs.yaml) follows an armed group's bare name
        ("ADB commander X", not "its commander X", "the ADB's commander X", nor a state's "CENTCOM commander"):
        one of the group's several holders of the title."""
        if head is None or title.lower() not in verbs()["rank_posts"] or not self.gaz.is_a(organisation, "ArmedGroup") \
                or self.gaz.is_a(organisation, "StateArmedForces"):
            return False
        named = next((o for o in reversed(before) if o.entity == organisation and o.end in (head - 1, head) and
                      o.kind not in ("anaphor", "demonym") and self.text[o.start:o.end].lower() not in ("its", "their")),
                     None)
        return named is not None and not re.search(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$", self.text[max(0, named.start - 8):named.start])

    def regional_post(self, trigger, values) -> bool:
        """(round 34, trade) "The commander of the X Police Service in Y County, Z": the head of a state's forces or
        body in one named place (after the title or the body) holds a post there, no control of the whole body.
        ``trigger``: the title noun of a parsed Control; ``values``: its slots."""
        body = (values.get("controlled") or [None])[0]
        if trigger.pos_ == "NOUN" and self.local_council(body):
            return True  # (round 40) "the chairman of the X Provincial Council, Y": a post
        if trigger.pos_ != "NOUN" or body is None or not any(self.gaz.is_a(body, k) for k in
                                                              ("StateArmedForces", "GovernmentBody")):
            return False
        at = self.coder.at
        named = [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("of", "for") for g in p.children
                 if g.dep_ == "pobj" and g.i in at and at[g.i].entity == body]
        return any(p.dep_ == "prep" and p.lower_ == "in" and any(
            g.dep_ == "pobj" and g.i in at and self.gaz.is_a(at[g.i].entity, "Place") for g in p.children)
            for word in [trigger] + named for p in word.children)

    def local_council(self, body) -> bool:
        """(round 40) True for a local government's council or assembly ("the X Provincial Council")."""
        return body in self.gaz.entities and bool(re.search(language()["local_council_pattern"],
                                                            self.gaz.entities[body].label))

    def scoped_body(self, rtype: str, trigger, values: dict, sentence) -> None:
        """(round 40) "The Marro county police commander, X", "the regional police spokesman, Y": a post parsed as
        the place's is the post of the body a noun of ``scoping_body_nouns`` before the title names (the police
        named before); the place only scopes it. ``values`` is changed in place."""
        self.scoped_trigger = None
        if rtype != "Membership" or trigger.pos_ != "NOUN" or not values.get("organisation") or \
                not self.gaz.is_a(values["organisation"][0], "Place"):
            return
        noun = next((c for c in trigger.children if c.dep_ == "compound" and c.i == trigger.i - 1 and
                     c.lower_ in language()["scoping_body_nouns"]), None)
        body = self._named_body(noun, sentence) if noun is not None else None
        if body:  # the body's word then only scopes the post (coding.py post_words): "commander"
            values["organisation"], self.scoped_trigger = [body], trigger

    def _named_body(self, noun, sentence) -> str | None:
        """The latest body named before ``sentence`` (or in it) whose label holds the noun's word or a synonym."""
        synonyms = language()["body_word_synonyms"]
        for ms in reversed(self.found_mentions[:sentence.index + 1]):
            for m in reversed(ms):
                entity = self.gaz.entities.get(m.entity)
                if entity is None or not self.gaz.is_a(m.entity, "StateArmedForces") and \
                        not self.gaz.is_a(m.entity, "GovernmentBody"):
                    continue
                label = [w.lower() for w in re.findall(r"[\w'’-]+", entity.label)]
                if noun.lower_ in label or any(x in synonyms.get(noun.lower_, ()) for x in label):
                    return m.entity
        return None

    def _body_before_title(self, sentence, head) -> str | None:
        """The body a common noun right before a title names ("police
        spokesperson X" after "the Lesotho Mounted Police Service said"): the
        latest body whose name holds the noun (:meth:`body_named_before`), or
        ``None``."""
        if head is None or sentence.span is None:
            return None
        noun = next((t for t in sentence.span if sentence.at(t) + len(t.text) + 1 == head), None)
        # only a noun ("police spokesperson"): "The Tánaiste and Minister for ..." names no body before the title
        return self.body_named_before(noun, sentence) if noun is not None and noun.text.islower() and \
            noun.pos_ == "NOUN" else None

    def _known_role(self, before: str, title: str) -> str | None:
        """A Role the knowledge base holds whose label is the whole title with
        the words written before it, less the names of bodies ("National
        Security Council spokesman" is the known "national security
        spokesman"); ``None`` when there is none (the title's own role then)."""
        words = re.findall(r"[A-Za-z][\w-]*", before)[-5:]
        labels = {e.label.lower(): e.id for e in self.gaz.entities.values() if e.type == "Role" and not e.new}
        bodies = set(verbs()["role_body_words"])
        for start in range(len(words)):
            full = " ".join(w.lower() for w in words[start:] if w.lower() not in bodies) + " " + title.lower()
            if full.strip() != title.lower() and full.strip() in labels:
                return labels[full.strip()]
        return None

    def post_body(self, token, sentence) -> str | None:
        """The body a definite common noun after a post's "for" or "of" stands
        for ("Colonel X, a spokesman for the ministry"), or a noun before a post that is no command ("a ministry spokesman"): the
        one named before (:meth:`body_named_before`), or ``None``."""
        if token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.lemma_.lower() in _post_nouns() and \
                token.i not in self.coder.at and token.head.lemma_.lower() not in language()["control_posts"] and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.head.children):
            return self.body_named_before(token, sentence)  # (round 17) "A ministry spokesman, X": the ministry named
        if token.dep_ != "pobj" or token.head.lower_ not in ("for", "of") or token.head.head.pos_ != "NOUN" or \
                token.head.head.lemma_.lower() not in _post_nouns() or not any(c.lower_ == "the" for c in token.children):
            return None
        return self.body_named_before(token, sentence)


def _first(value):
    """A candidate field's one value: the first of a list, the value itself otherwise."""
    return value[0] if isinstance(value, list) and value else value


def head_posts(claims) -> set[int]:
    """(round 29) The ``id()`` of each commander's post (a Membership whose role is one of ``rank_posts`` in
    lexicon/verbs.yaml) held by a person who also controls the same organisation: "two of its commanders, A
    and B" with "the group, led by A": A's Control stands for him (the coding manual, round 29). ``claims``:
    the document's candidates."""
    heads = {(_first(c.fields.get("controller")), _first(c.fields.get("controlled")))
             for c in claims if c.type == "Control"}
    ranks = set(verbs()["rank_posts"])
    return {id(c) for c in claims if c.type == "Membership" and str(_first(c.fields.get("role"))) in ranks and
            (_first(c.fields.get("member")), _first(c.fields.get("organisation"))) in heads}


def territory_posts(claims, statements, gaz) -> None:
    """(round 29) A local office coded as a post of the territory itself ("The governor of Guéra, X", "The
    prefect of Ouaka, Y") becomes a post of the state the territory lies in, and what its holder says on the
    territory's behalf is said on that state's: the coding manual makes a named governor, mayor or prefect a
    Membership of the body the text names, else of the state, never of the territory. A territory in no known
    state is left as it is, and so is any other statement made for a place. ``claims``, ``statements``: the
    document's candidates, changed in place; ``gaz``: its gazetteer."""
    moved = {}
    for claim in claims:
        if claim.type != "Membership":
            continue
        value = claim.fields.get("organisation")
        state = gaz.state_around(_first(value))
        if state:
            moved[(_first(claim.fields.get("member")), _first(value))] = state
            claim.fields["organisation"] = [state] if isinstance(value, list) else state
    for statement in statements:
        value = statement.fields.get("on_behalf_of")
        state = moved.get((_first(statement.fields.get("speaker")), _first(value)))
        if state:
            statement.fields["on_behalf_of"] = [state] if isinstance(value, list) else state
