"""What a common noun stands for when the entity it names may be new: the places a noun of a kind of
region names ("the Kech and Gwadar districts"), an unnamed set of actors ("six executives of Kestrel
Trading") and a state's armed forces or police ("Malian troops"). Base of
:class:`kb.extract.roles.RoleResolver`.
"""

from __future__ import annotations

import re

from .lexicon import language
from .unnamed import names_apposed


class NounReferents:
    """Needs ``x`` (the extractor: ``gaz``, ``finder``), ``at`` (token index -> mention), ``sentence`` and
    ``_resolve`` (:class:`kb.extract.roles.RoleResolver`)."""

    def regions_named(self, token, lemma: str) -> list[str]:
        """The places a noun of a kind of region names with its modifiers or
        its "of": "the Kech and Gwadar districts", "the provinces of A and B",
        "the North Wollo zone" -> one id each, in order. A name the entity finder
        did not link is proposed as a new Region (a new entity it classed
        otherwise becomes one: the noun says what it is); [] for other tokens
        (``region_nouns`` in lexicon/verbs.yaml)."""
        from .lexicon import verbs
        if lemma not in verbs()["words"]["region_nouns"] or token.i in self.at:
            return []
        names = [c for c in token.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < token.i]
        if not names:
            names = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        out = []
        for name in names:
            for t in [name] + [c for c in name.conjuncts if c.text[:1].isupper() and c.i > name.i]:
                ident = self._region(t)
                if ident and ident not in out:
                    out.append(ident)
        return out

    def _region(self, token) -> str | None:
        """The Region a proper noun in a list of regions names (its compounds
        included: "North Wollo")."""
        doc, start = token.doc, token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].head.i <= token.i:
            start -= 1
        mention = next((self.at[t.i] for t in doc[start:token.i + 1] if t.i in self.at), None)
        if mention is not None:
            entity = self.x.gaz.entities.get(mention.entity)
            if entity is None or self.x.gaz.is_a(entity.id, "Place"):
                return mention.entity
            if entity.new and entity.type in ("Organisation", "Person", "Company", "WeaponType", "Settlement"):
                entity.type = "Region"  # "the Jayawijaya and Nduga regencies": NER's guess gives way
                return entity.id
            if mention.end - mention.start > len(doc[start:token.i + 1].text):
                return None  # a longer name this word only begins
        name = doc[start:token.i + 1].text
        if not name[:1].isupper() or len(name) < 3:
            return None
        return self.x.finder._new(name, "Region")

    def actor_set(self, token, number_of=None) -> list[str]:
        """"six executives of Kestrel Trading": an ActorSet (count 6, member_of);
        ``number_of`` is the number of "five of his lieutenants", the group the
        person the possessive names leads being the set's organisation."""
        if token.dep_ == "pobj" and token.head.lower_ == "at" and number_of is None:
            return []  # "estimate its strength at 120 men, who carry rifles": a figure, not a set of actors
        count = number_of or next((c for c in token.children if c.dep_ == "nummod"), None)
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        member = None
        if of:
            ids = [i for i in self._resolve(of[0]) if self.x.gaz.is_a(i, "Organisation")]
            # "seven members of the group's finance committee": the organisation the body belongs to
            ids = ids or [self.at[t.i].entity for c in of[0].lefts if c.dep_ in ("poss", "compound") for t in c.subtree
                          if t.i in self.at and self.at[t.i].kind != "demonym"
                          and self.x.gaz.is_a(self.at[t.i].entity, "Organisation")]
            member = ids[0] if ids else None
        named = [self.at[t.i].entity for c in token.lefts if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree
                 if t.i in self.at and self.x.gaz.is_a(self.at[t.i].entity, "Organisation")]
        member = member or (named[-1] if named else None)  # "five Tarkhan Group commanders"
        owner = [self.at[c.i].entity for c in token.lefts if c.dep_ == "poss" and c.i in self.at
                 and self.x.gaz.is_a(self.at[c.i].entity, "Person")]
        if member is None and owner:
            member = self.x.led_by(owner[0])  # "five of his lieutenants": of the group he leads
        number = self.x.count_of(count) if count is not None else None
        last = of[0] if of else token
        if number is not None and names_apposed(last.doc.text[last.idx + len(last.text):]) == int(number):
            people = [self.at[t.i].entity for t in last.doc[last.i + 1:] if t.i in self.at
                      and self.x.gaz.is_a(self.at[t.i].entity, "Person")]
            people = list(dict.fromkeys(people))[:int(number)]
            if len(people) == int(number):
                return people  # (round 22) "two of its commanders, A and B": the people, no set
        if count is not None:  # "four senior members of X": a count of targets, not the size of a force
            self.x.consumed.update(self.sentence.base + t.idx for t in count.subtree)
        edge = token.left_edge.i
        if member is None and edge >= 2 and token.doc[edge - 1].text == "," and edge - 2 in self.at:
            return []  # "Patrick Désir and Carl-Henri Moïse, two Miami-based businessmen": a description
        if number is not None and member is None and any(c.lower_ in ("the", "these", "those") for c in token.children):
            named = self.x.counted_before(int(number))
            if named:
                return named  # "the three men": the three targets named before
        if number is None and member is None:
            return []
        # the words of the set: what precedes the noun, and "of X" (not the clauses after it)
        words = [t.text for t in token.doc[token.left_edge.i:token.i + 1]]
        if number_of is not None:
            words = [number_of.text, token.text] + (["of", self.x.gaz.entities[owner[0]].label] if owner else [])
        if of:
            words += ["of"] + [t.text for t in token.doc[of[0].left_edge.i:of[0].i + 1]]
        label = " ".join(w for w in words if w.lower() not in ("the", "a", "an", "all"))
        label = re.sub(r" (['’]s)\b", r"\1", label)  # "the group 's council" as written: "group's council"
        label = label[:1].upper() + label[1:]
        return [self.x.finder.actor_set(int(number) if number is not None else None, token.lower_, member, label)]

    def forces(self, state: str, written: str | None = None) -> str:
        """The armed forces of a state ("Malian troops", "the Myanmar military"),
        proposed as "<demonym> armed forces" when the knowledge base lacks them;
        its police ("Kenyan police officers") as "<demonym> police"."""
        police = bool(written) and bool(re.search(r"\bpolice", written, re.I))
        label = self.x.gaz.entities[state].label
        adjective = next((d for d, s in language()["demonyms"].items() if s == label), label)
        for entity in self.x.gaz.entities.values():
            if entity.type == "StateArmedForces" and state in entity.part_of and not entity.extra.get("_branch") \
                    and ("police" in entity.label.lower()) == police:
                if written and entity.new and written not in entity.names:
                    entity.names.append(written)  # (round 19) "Malian troops", later "the Malian army": both names
                return entity.id
        ident = f"{state}-police" if police else f"{state}-armed-forces"
        if ident not in self.x.gaz.entities:
            self.x.finder._new(f"{adjective} {'police' if police else 'armed forces'}", "StateArmedForces", ident)
            self.x.gaz.entities[ident].part_of = [state]
        if written and written not in self.x.gaz.entities[ident].names:
            self.x.gaz.entities[ident].names.append(written)
        return ident
