"""The subjects an anaphor stands for or never stands for, read on the parse
(split from ``anaphora``): the subject of the pronoun's clause or of the clause
it depends on ("Japan said it would ..."), the main subject of the sentence
before (the topic "its fighters" carries on), the subject of the clause whose
object the pronoun is ("The Department designated it": not it), and the
subject of the verb of saying over a definite anaphor ("Officers of X say the
group ...": not X). :class:`ClauseSubjects` is mixed into
:class:`kb.extract.anaphora.MentionFinder` (it gives ``gaz``, ``lex``,
``sents`` and ``text``)."""

from __future__ import annotations

from functools import lru_cache


class ClauseSubjects:
    """Mixed into :class:`kb.extract.anaphora.MentionFinder`: the subjects of
    clauses an anaphor may or may not stand for."""

    def clause_subject(self, sentence, start: int, found: list, cls: str, not_cls: str | None):
        """The mention a pronoun stands for by the parse: the subject of the
        clause it stands in, or of the clause that one depends on ("Japan said it
        would ...", "In its update, the Panel wrote", "X had supplied ... and its
        personnel accompany ..."), when it has the class wanted; else ``None``."""
        if sentence.span is None:
            return None
        pronoun = next((t for t in sentence.span if sentence.at(t) == start), None)
        if pronoun is None:
            return None
        verb = pronoun
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if pronoun.i > verb.i:
            return None  # "X sanctioned Y for its activities": after the verb it may well be the object
        for _ in range(3):
            for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                if pronoun.i in [t.i for t in subject.subtree]:
                    continue
                for token in [subject] + [c for c in subject.children if c.dep_ == "appos"]:
                    at = sentence.at(token)
                    mention = next((m for m in found if m.start <= at < m.end and m.kind not in ("demonym", "anaphor")),
                                   None)
                    if mention and self.gaz.is_a(mention.entity, cls) and not (
                            not_cls and self.gaz.is_a(mention.entity, not_cls)):
                        return mention
                return None  # the clause has a subject of its own that is no such entity
            # a coordinated verb shares its subject; a reported clause ("Japan said it would") points at the
            # subject of the verb it depends on, when that one states it ("saying it flew" does not)
            head = verb.head
            reported = verb.dep_ == "ccomp" and head.i < verb.i and pronoun.dep_ == "nsubj" and pronoun.head.i == verb.i \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
            if head.i == verb.i or not (verb.dep_ == "conj" or reported):
                return None
            verb = head
        return None

    def unnamed_speaker(self, sentence, start: int, found: list) -> bool:
        """(round 29) True when the pronoun at ``start`` stands in what a verb of saying reports and that verb's
        subject is a state's own force named by a bare noun ("The army said its troops had been deployed to X",
        "The military said it had ..."; ``unnamed_force_speakers`` in lexicon/language.yaml) that no mention
        covers: the pronoun is that force's, never the armed group named before."""
        token = next((t for t in sentence.span if sentence.at(t) == start), None) if sentence.span is not None else None
        if token is None or token.pos_ != "PRON":
            return False
        says = _speech_verbs()
        for verb in list(token.ancestors)[:4]:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in says:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and token.i not in [t.i for t in c.subtree]]
            return bool(subjects) and subjects[0].pos_ == "NOUN" and \
                subjects[0].lemma_.lower() in self.lex["unnamed_force_speakers"] and \
                any(d.dep_ == "det" and d.lower_ == "the" for d in subjects[0].children) and \
                not any(m.start <= sentence.at(t) < m.end for m in found for t in subjects[0].subtree)
        return False

    def co_subject(self, sentence, start: int, found: list) -> set:
        """The entities named by the subject of the clause whose object (or
        the object of whose preposition) the pronoun at ``start`` is: "The
        Department designated it", "the Council imposed sanctions on it". An
        object pronoun does not stand for its own clause's subject (English
        says "itself" then: binding principle B); possessives may ("its
        leader"). Empty when the pronoun is no such object."""
        if sentence.span is None:
            return set()
        pronoun = next((t for t in sentence.span if sentence.at(t) == start), None)
        if pronoun is None or pronoun.pos_ != "PRON" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return set()
        verb = pronoun.head
        for _ in range(3):  # "imposed sanctions on it": up through the object's preposition
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in ("prep", "dobj", "pobj") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        spans = [(sentence.at(t), sentence.at(t) + len(t.text)) for s in verb.children if s.dep_ == "nsubj"
                 for t in s.subtree]
        return {m.entity for m in found if any(m.start < e and s < m.end for s, e in spans)}

    @staticmethod
    def _opens(sentence, start: int) -> bool:
        """Whether the pronoun at ``start`` is the subject of its sentence's main verb."""
        token = next((t for t in sentence.span if sentence.at(t) == start), None) if sentence.span is not None else None
        return token is not None and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"

    def previous_subject(self, sentence, history: list, cls: str, not_cls: str | None):
        """The mention that is the main subject of the sentence before this one,
        when it names an entity of class ``cls`` (the topic a possessive such as
        "its fighters" carries on), else ``None``."""
        before = self.sents[sentence.index - 1] if sentence.index and self.sents else None
        if before is None or before.span is None:
            return None
        root = before.span.root
        for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
            at = before.at(subject)
            mention = next((m for m in history if m.start <= at < m.end and m.kind not in ("demonym", "anaphor")), None)
            if mention and self.gaz.is_a(mention.entity, cls) and not (not_cls and self.gaz.is_a(mention.entity, not_cls)):
                return mention
        return None

    def reporter(self, sentence, start: int, found: list) -> set:
        """The entities named in the subject of the verb of saying whose clause
        holds the definite anaphor at ``start`` ("Officers of the X say the group
        operates in Y": the group is not X), unless that subject is one of a
        body's own voices ("A spokesman for X said the group ...";
        ``own_voice_nouns`` in lexicon/language.yaml). Empty for pronouns."""
        if sentence.span is None or self.text[start:start + 5].lower().split(" ")[0] not in ("the", "this", "that"):
            return set()
        token = next((t for t in sentence.span if sentence.at(t) == start), None)
        if token is None:
            return set()
        says = _speech_verbs()
        for verb in list(token.ancestors)[1:5]:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in says:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and token.i not in [t.i for t in c.subtree]]
            # "a man who said he spoke for X insisted that the group ...": a proxy voice (``proxy_nouns``) too
            if not subjects or subjects[0].lemma_.lower() in self.lex["own_voice_nouns"] + self.lex["proxy_nouns"]:
                return set()
            # the subject's words and its "of" ("Officers of X"), never a clause on it ("a message signed by X")
            head = subjects[0]
            spans = [(sentence.at(t), sentence.at(t) + len(t.text)) for t in head.subtree
                     if t.dep_ not in ("acl", "relcl")
                     and not any(a.dep_ in ("acl", "relcl") for a in t.ancestors if a.i != head.i and head in a.ancestors)]
            return {m.entity for m in found if any(m.start < e and s < m.end for s, e in spans)}
        return set()


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset:
    from .lexicon import language
    return frozenset(language()["speech_lemmas"]["asserts"])
