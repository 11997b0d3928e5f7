"""The weapon types an item phrase names, on the dependency parse: the head
noun with its compound and descriptive modifiers ("120 mm mortars", "attack
helicopter engines", "Type 56 assault rifles"), what a container or measure
holds ("30 tonnes of mortar shells"). Mixed into
:class:`kb.extract.roles.RoleResolver`; the words are data
(``lexicon/weapons.yaml``).
"""

from __future__ import annotations

from .arms import MODEL, calibre_phrase, model_phrase
from .lexicon import weapons


class ItemPhrases:
    """Needs ``at`` (token index -> mention) and ``x`` (the extractor, for its entity finder)."""

    def phrase(self, token) -> str:
        """The words of a noun phrase up to its head (modifiers before it)."""
        left = token.left_edge
        return " ".join(t.text for t in token.doc[left.i:token.i + 1])

    def items(self, tokens) -> list[str]:
        """Weapon type ids for the item phrases ("arms" for generic words); a
        container or measure names what it holds ("30 tonnes of mortar shells",
        "three consignments of mortars and rocket launchers")."""
        out = []
        for t in tokens:
            for item in self.contents(t):
                ident = self.x.finder.weapon(self.item_phrase(item))
                if (ident or "arms") not in out:
                    out.append(ident or "arms")
        return [i for i in out if i != "arms"] or out

    def contents(self, token) -> list:
        """What a container or measure noun holds (``containers`` in
        weapons.yaml), with the things coordinated with it; else the token."""
        if token.lemma_.lower() not in weapons()["containers"]:
            return [token]
        held = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
        if not held:
            return [token]
        return [t for h in held for t in self.contents(h)] + [t for t in held[0].conjuncts]

    def item_phrase(self, token) -> str:
        """The words naming an item's type: the head noun with its compound
        and descriptive modifiers, without counts, owners, demonyms or words
        like "upgraded"; a part names its weapon first ("engines for attack
        helicopters" -> "attack helicopter engines")."""
        calibre = calibre_phrase(token, self.at)  # "120 mm mortars": the calibre's number is part of the type
        if calibre:
            return calibre
        drop = set(weapons()["drop_modifiers"])
        words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in self.at
                 and t.lemma_.lower() not in drop and not t.like_num and (t.pos_ != "PROPN" or MODEL.fullmatch(t.text))
                 and not self.transfer_verb(t)]  # "procured drones" (a verb parsed as a modifier): drones
        # "rocket-propelled grenades": a hyphenated modifier keeps its words and hyphens
        # a count hung on the modifier ("40 bolt-action") is dropped below; a number a hyphen binds ("7.62-mm") keeps
        # the modifier out, as before
        units = set(weapons()["calibre_units"])
        words = [w for w in words if all(x.dep_ in ("compound", "amod", "nmod", "npadvmod", "punct", "nummod", "det") and
                                         (x.dep_ != "punct" or x.text == "-") and not (x.dep_ == "nummod" and (
                                             x.i + 1 < len(x.doc) and x.doc[x.i + 1].text == "-" or
                                             x.head.lower_ in units)) for x in w.subtree)]
        # "the KLF assault rifles", "sold the group 40 bolt-action rifles": a name, a count or an article the parse
        # hung inside the modifier is no word of the type
        parts = [" ".join(x.text for x in token.doc[w.left_edge.i:w.i + 1] if x.i not in self.at and x.dep_ != "det"
                          and not (x.like_num and x.dep_ == "nummod")).lower()
                 .replace(" - ", "-").replace(" -", "-").replace("- ", "-") for w in words]
        phrase = " ".join(parts + [token.lower_])
        if token.lemma_.lower() in weapons()["part_nouns"] or phrase.split()[-1].rstrip("s") in weapons()["part_nouns"]:
            of = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
                  if g.dep_ == "pobj"]
            if of:
                inner = [w for w in of[0].lefts if w.dep_ in ("compound", "amod") and w.lemma_.lower() not in drop
                         and w.i not in self.at]
                phrase = " ".join([w.lower_ for w in inner] + [of[0].lemma_.lower(), phrase])
        return model_phrase(token, phrase, set(self.at))  # "Type 56 assault rifles": the model's number stays

    def transfer_verb(self, token) -> bool:
        """True for a verb that triggers an arms transfer (lexicon/verbs.yaml)."""
        return token.pos_ == "VERB" and any(f["relation"] == "ArmsTransfer"
                                            for f in getattr(self, "by_lemma", {}).get(token.lemma_.lower(), []))
