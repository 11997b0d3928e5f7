"""Deaths a side calls combat deaths: "said the five men 'died in crossfire'",
"were guerrillas killed in an encounter", "had been shot while trying to
escape". Said by a party to the fighting of the dead reported before, this
recasts the killing, a denial of it (the gold files read it so). Mixed into
:class:`kb.extract.statements.StatementFinder`; words are data
(``lexicon/language.yaml``: ``combat_death_verbs``, ``combat_death_nouns``,
``escape_verbs``)."""

from __future__ import annotations

from .lexicon import language

_PARTIES = ("ArmedGroup", "StateArmedForces", "State", "GovernmentBody")  # sides that fight, or answer for it


class CombatDeaths:
    """Mixed into the statement finder: a killing recast as a death in combat."""

    def combat_death(self, speaker, claims) -> bool:
        """True when the clause the speaker reports says the dead it names
        with "the" ("the five men", "the fishermen", "the dead") died in
        combat: a verb of ``combat_death_verbs``, not negated, "in"/"during"
        one of ``combat_death_nouns``, or "while trying to" one of
        ``escape_verbs``; and the speaker, or the body it speaks for, is an
        armed side or a state's (``_PARTIES``) or is accused of a killing in
        the document. Not a new count of enemies ("police killed four
        bandits in a gunfight") nor the speaker's own dead."""
        verb = self.speech_verb
        if verb is None:
            return False
        sides = self._speaks_for(speaker)
        if not any(self.gaz.is_a(s, k) for s in sides for k in _PARTIES) and not any(
                c.type == "Participation" and c.fields.get("actor") in sides for c in claims.values()):
            return False
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        clauses += [k for c in list(clauses) for k in c.conjuncts]
        return any(self._the_dead(clause, speaker) and any(_died_fighting(t) for t in clause.subtree)
                   for clause in clauses)

    def _the_dead(self, clause, speaker) -> bool:
        """True when the subject of a reported clause names people reported
        before: a noun with "the", "these" or "those" (not the speaker's own
        men) or "the dead"."""
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            # (round 35) "the two had been couriers killed in combat": a number with "the" names the dead too
            # (round 39) "any dead 'fell in a fight they started'": whoever died
            if subject.pos_ in ("NOUN", "ADJ", "NUM") and any(d.lower_ in ("the", "these", "those", "any")
                                                              for d in subject.children) \
                    and not self._own(subject, speaker):
                return True
        return False


def _died_fighting(token) -> bool:
    """True when ``token`` is a verb of death said to have happened in combat or by accident
    ("died in crossfire", "killed in an exchange of fire", "shot while trying
    to escape"), not negated."""
    words = language()
    if token.lemma_.lower() not in words["combat_death_verbs"] or any(
            c.dep_ == "neg" or c.lower_ == "never" for c in token.children):
        return False
    nouns, escape = set(words["combat_death_nouns"]) | set(words["accident_death_nouns"]), set(words["escape_verbs"])
    if any(c.dep_ == "agent" for c in token.children) and any(
            t.lower_ == "by" and any(n.dep_ == "neg" for n in t.children) for t in token.subtree):
        return True  # (round 38) "were 'killed by an angry crowd, not by the brigade'": another hand named
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "amid") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in nouns for g in child.children):
            return True
        if child.dep_ == "advcl" and any(m.lower_ == "while" for m in child.children) and any(
                t.lemma_.lower() in escape for t in child.subtree):
            return True
    return False
