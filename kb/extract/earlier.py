"""Entities the document named earlier, for a sentence read now: the one a short form stands for
("the Brigade" for the Wadi Jaref Brigade, "Korea" for the Republic of Korea), the order the entities were
named in, and the states named most often and last. Mixed into :class:`kb.extract.entities.EntityFinder`.
"""

from __future__ import annotations

import re
from collections import Counter

from .classify import GENERIC
from .mentions import Mention
from .places import region_nouns


class EarlierNames:
    """Needs ``gaz``, ``seen`` (entity ids in the order the document names them), ``heads`` and
    ``countries`` (set by :class:`kb.extract.entities.EntityFinder`)."""

    def state_short_form(self, name: str) -> str | None:
        """The state the document named before whose name or alias ends with
        the one word ``name`` ("Korea" after "the Republic of Korea" or
        "South Korea"), or ``None``; never when two such states were named
        ("Korea" after both Koreas). Linear in the names seen."""
        if " " in name or not name[:1].isupper():
            return None
        found = {i for i in set(self.seen) if (e := self.gaz.entities.get(i)) is not None and e.type == "State"
                 and any(n.rpartition(" ")[2] == name and " " in n for n in [e.label, *e.names])}
        return found.pop() if len(found) == 1 else None

    def short_form(self, name: str, place_only: bool = False) -> str | None:
        """An entity named earlier in the document of which ``name`` is a short form: its first words ("Corvid
        Maritime" for "Corvid Maritime S.A.", "the Council" for the Council of the European Union) or its last word
        ("the Brigade" for the Wadi Jaref Brigade, a person's surname; never a place at the end of a firm's name:
        "Táchira"), or what follows a state's name ("the Naval Command" for the Tanzania Naval Command), or a
        body's last words ending in a generic noun ("the Monitoring Team"). The name becomes an alias.
        ``place_only``: the words after the name make it a place ("Cabinda province"), so only a
        place named before can be what it is short for; "Mzuku district" is short for a "Mzuku" named before."""
        if (cut := name.rpartition(" "))[2] in region_nouns() and cut[0][:1].isupper() and (ident := self.short_form(
                cut[0], place_only=True)):
            return ident
        if len(name) < 4:
            return None
        if (unit := re.fullmatch(r"(\d{1,3}(?:st|nd|rd|th)) (?:[A-Z][a-z]+ )*([A-Z][a-z]+)", name)) is not None:
            # (round 29) "the 101st Division" after "the 101st Light Infantry Division": one formation
            same = [i for i in dict.fromkeys(reversed(self.seen)) if (e := self.gaz.entities.get(i)) is not None and
                    e.type == "StateArmedForces" and any(re.fullmatch(re.escape(unit.group(1)) + r" (?:[A-Z][a-z]+ )*" +
                                                                      re.escape(unit.group(2)), n) for n in e.names)]
            if len(same) == 1:
                self._also_named(same[0], name)
                return same[0]
        generic, facilities = name.lower() in GENERIC, tuple(" " + h for c, h in self.heads if c == "Place")
        for ident in reversed(self.seen):
            entity = self.gaz.entities.get(ident)
            if entity is None or entity.type in ("State", "Role", "WeaponType", "LegalInstrument", "ActorSet") or \
                    place_only and not self.gaz.is_a(ident, "Place"):
                continue  # place_only: "Cabinda province" names a place, never the Cabinda Forest Liberation Army
            # (never a facility's first words: "Kingston" is no short form of the Kingston Freeport Terminal)
            if any(n == name or (n.startswith(name + " ") and (not generic or n.startswith(name + " of "))
                                 and entity.type != "Person" and not n.endswith(facilities)) or (n.endswith(" " + name) and " " not in name and
                                                                   (generic or entity.type == "Person" or
                                                                    any(name == h for _, h in self.heads)) or
                                    n.endswith(" " + name) and n[:-len(name) - 1] in self.countries or
                                    # "Andújar Reyes" for Wilkin Andújar Reyes: a person's two surnames;
                                    # "Quesada" for Rolando Quesada Vindas: the first of them
                                    n.endswith(" " + name) and entity.type == "Person" and " " in name and
                                    name.istitle() or
                                    # "the Rangers" for the Kolo Hills Rangers: an armed group's plural head noun
                                    n.endswith(" " + name) and " " not in name and name.endswith("s") and
                                    not name.endswith("ss") and entity.type in ("ArmedGroup", "Organisation") or
                                    # "Abdel Karim" for Abdel Karim Yusuf Dahir: a person's first names, two or more
                                    entity.type == "Person" and " " in name and n.startswith(name + " ") and
                                    name.istitle() and len(n.split()) >= 3 or
                                    entity.type == "Person" and " " not in name and len(n.split()) >= 3 and
                                    n.split()[-2] == name and n.split()[-1][:1].isupper() or
                                    # "the State Police" for the Guerrero State Police named before
                                    n.endswith(" " + name) and " " in name and entity.type in
                                    ("StateArmedForces", "GovernmentBody", "InternationalOrganisation") and
                                    (any(name.endswith(" " + h) for c, h in self.heads if c == entity.type) or
                                     name.rpartition(" ")[2].lower() in GENERIC))
                   for n in entity.names):
                if name not in entity.names:
                    entity.names.append(name)
                    self.gaz.refresh()
                return ident
        return None

    def saw(self, mentions: list[Mention]) -> None:
        """Record the entities a sentence names, for short forms in later ones."""
        for m in mentions:
            if m.kind != "demonym" and (not self.seen or self.seen[-1] != m.entity):
                self.seen.append(m.entity)

    def main_state(self) -> str | None:
        """The state the document names most often so far, or ``None``."""
        counts = Counter(i for i in self.seen if i in self.gaz.entities and self.gaz.entities[i].type == "State")
        return counts.most_common(1)[0][0] if counts else None

    def recent_state(self, window: int = 12) -> str | None:
        """The state of the last entities named (a state, or what a named body
        belongs to), within the last ``window`` names, or ``None``."""
        for ident in reversed(self.seen[-window:]):
            entity = self.gaz.entities.get(ident)
            if entity is None:
                continue
            if entity.type == "State":
                return ident
            owner = self.gaz.state_of(entity)
            if owner and entity.type in ("GovernmentBody", "StateArmedForces"):
                return owner
        return None
