"""Acts of saying coordinated with a denial. An accusation ("denied any role and blamed the
Y Front", "rejected this and attributed the shelling to Z", "said its men
'were not there' and accused the W militia of the killings"): besides the
denial, an assertion of its own about the party it names. Not when the
accused is unnamed ("blamed a rival gang", "blamed 'the army's militias'")
or accused of making the story up ("accused soldiers of inventing the
attack": ``fabrication_lemmas``, the denial's own words). Mixed into
:class:`kb.extract.statements.StatementFinder`; the words are data
(``lexicon/language.yaml``). A figure of the speaker's own before the
denial ("said soldiers had 'neutralised five terrorists' and denied that
civilians had been harmed", "wrote that the group had 'about 4,000
soldiers', and denied ..."): an assertion of its own too. And what the
body's lawyer or spokesman says right after the body's denial ("X
rejected the accusations. Its lawyer, Y, said the company 'acted only as a
port agent'") goes on with that denial."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language
from .regarding import claim_values
from .speakers import speech_lemmas


class CoordinatedAccusations:
    """Mixed into the extractor (through the statement finder)."""

    def accusation_besides_denial(self, sentence, main) -> tuple | None:
        """(accusing verb, accused entity) of a verb of ``accusation_lemmas``
        (or "attribute") coordinated with a denial's verb of saying or with
        the clause it reports, with no subject of its own and outside quotes,
        whose accused (its object, what follows "on"/"to", or a name apposed
        to them) is a named actor other than the speaker's side; else
        ``None``."""
        verb = self.speech_verb
        if verb is None or main.fields.get("stance") != "denies" or sentence.span is None or \
                verb.doc is not sentence.span.doc:
            return None
        lex = language()
        lemmas = set(lex["accusation_lemmas"]) | {"attribute"}
        heads = [verb] + [c for c in verb.children if c.dep_ == "ccomp"]
        side = {main.fields["speaker"], main.fields.get("on_behalf_of")}
        if main.fields["speaker"] in self.gaz.entities:
            side |= set(self.gaz.entities[main.fields["speaker"]].part_of)
        for acc in (c for h in heads for c in h.children if c.dep_ == "conj" and c.lemma_.lower() in lemmas):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in acc.children) or self.in_quote(sentence.at(acc)):
                continue
            if any(p.dep_ == "prep" and p.lower_ in ("of", "for") and g.lemma_.lower() in lex["fabrication_lemmas"]
                   for p in acc.children for g in p.children if g.dep_ in ("pcomp", "pobj")):
                continue  # "accused the army of staging the attack": the denial's own account
            objects = [c for c in acc.children if c.dep_ == "dobj"]
            # (round 31) "blamed the killings on Y", "attributed the attack to Y": the parser may hang "on" on the object
            objects += [g for h in [acc] + objects for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "to")
                        for g in p.children if g.dep_ == "pobj"]
            objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
            # (round 29) "accused a clan militia allied with the X Army, the Y, of ...": the parser hangs the name
            # apposed to an unnamed object on a noun inside it; a name other than that noun's is the object's
            objects += [a for o in objects if o.i not in self.coder.at for a in o.subtree if a.dep_ == "appos"
                        and a.head.i != o.i and a.i in self.coder.at and a.head.i in self.coder.at
                        and self.coder.at[a.i].entity != self.coder.at[a.head.i].entity]
            for obj in objects:
                mention = self.coder.at.get(obj.i)
                if mention is None or mention.kind in ("anaphor", "demonym") or self.in_quote(sentence.at(obj)):
                    continue
                if mention.entity not in side and self.gaz.is_a(mention.entity, "Actor"):
                    return acc, mention.entity
        return None

    def accused_claims(self, sentence, accused) -> list:
        """The claims of this sentence about the accused party (its part in an
        event, its deeds), not the speaker's membership."""
        return [c for c in self._here if c.type not in ("Claim", "Membership") and accused in claim_values(c)]

    def figure_besides_denial(self, sentence, main) -> list:
        """The estimates coded from the clause an asserting verb of saying
        reports when a denying verb with no subject of its own is coordinated
        with it (or with that clause); ``[]`` otherwise."""
        verb = self.speech_verb
        lemmas = speech_lemmas()
        if verb is None or main.fields.get("stance") != "denies" or lemmas.get(verb.lemma_.lower()) != "asserts" or \
                sentence.span is None or verb.doc is not sentence.span.doc:
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        denials = [k for h in [verb] + clauses for k in h.children if k.dep_ == "conj"
                   and lemmas.get(k.lemma_.lower()) == "denies" and not any(c.dep_ == "nsubj" for c in k.children)]
        if not clauses or not denials:
            return []
        tokens = {t.i for c in clauses for t in c.subtree} - {t.i for d in denials for t in d.subtree}
        coded = [c for c in self._here if c.type == "Estimate" and self._inside(c, tokens, sentence)]
        # a count as the object of the reported clause ("had 'neutralised five terrorists'", "had 'about 4,000
        # soldiers'"), not of its subject ("the eleven men had died in crossfire": the dead recast, a denial)
        counted = any(t.pos_ == "NUM" and t.dep_ == "nummod" and t.ent_type_ not in ("DATE", "TIME", "MONEY")
                      and t.head.dep_ == "dobj" for t in verb.doc if t.i in tokens)
        return coded or (self._clause_claim(sentence, verb, main.fields["speaker"]) if counted else [])

    @staticmethod
    def denial_told_on(last, fields, regarding, sentence) -> bool:
        """True when the statement before, in the sentence just before, is a
        denial by the body this speaker speaks for, and this one's words code
        no fact of their own (only a claim of their words)."""
        return last is not None and last.fields["stance"] == "denies" and \
            last.evidence[-1].index == sentence.index - 1 and fields.get("on_behalf_of") == last.fields["speaker"] and \
            bool(regarding) and all(c.type == "Claim" for c in regarding)


@lru_cache(maxsize=1)
def _bare() -> re.Pattern:
    words = language()["bare_rejection"]
    return re.compile(r"^[^,;:\"“”]{1,80}? (?:" + "|".join(words["verbs"]) + r")(?: [\w'’-]+){0,3}? (?:" +
                      "|".join(words["nouns"]) + r")(?: (?:of|in|for) [^,;:\"“”]{1,60})?\.$")  # (round 39) "of the weapons"


def bare_rejection(statement) -> bool:
    """(round 29) True for a denial whose one sentence says nothing but the
    rejection ("The CPK rejected the accusation.", "Mr Y rejected the
    allegations.", "The group denied these charges."; ``bare_rejection`` in
    lexicon/language.yaml), no quote: the coding manual reads it with the
    voice that made it in the next sentence as one statement, the voice's."""
    return statement.fields.get("stance") == "denies" and not statement.fields.get("quote") and \
        len(statement.evidence) == 1 and bool(_bare().match(statement.evidence[0].text.strip()))


def own_version(statement) -> bool:
    """(round 39) "X denied the charges. Its manager, Y, said the firm 'ordered chicken'": the voice's
    own version after a bare rejection, coding no fact, is that rejection's denial."""
    return statement.fields["stance"] == "asserts" and all(c.type == "Claim" for c in statement.fields["regarding"])


def its_voice(statement) -> bool:
    """(round 39) A statement opened by the voice of the body named before, tied to no body yet: "Its
    director, Brigadier Y, wrote ...", "Their spokesman, Y, said ..."."""
    return not statement.fields.get("on_behalf_of") and bool(
        re.match(r"(?:Its|Their) [\w' -]{2,40}, [^,;:]{3,80}, ", statement.evidence[0].text.strip()))
