"""Which verbs of saying speak: the filters a verb of saying passes before
its subject is read as a speaker (a passive one with no agent, a motive, a
self-description, a negated one), the clauses it reports, and the noun
phrase the parser hangs before it; also a verb of saying still to come
("will report"), a count of one's own confirmed ("confirmed eleven
deaths") and a negated deed the parser coordinates with it ("told the Panel
that ... and had never handled weapons"). Who wrote a report is read in kb/extract/reportauthors.py. Mixed into the extractor through
:class:`kb.extract.speakers.SpeakerFinder`; the words are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

import re

from .lexicon import language, saying_lemmas


# "According to the ministry, ..." or "..., according to the ministry.": the attribution around a claim
_ACCORDING = re.compile(r"^[Aa]ccording to [^,]{2,80},\s+|,\s+according to [^,]{2,80}(?=[.]?$)")


class SpeechVerbs:
    """Mixed into the extractor: what a verb of saying does in its sentence."""

    def _verb_on_parse(self, sentence, offset) -> None:
        """The parse's token of a verb of saying the word patterns found
        ("Palomino, who is in detention, told X that ..."), so that what it
        reports is read as for a speaker found on the parse."""
        if sentence.span is None or offset is None:
            return
        for token in sentence.span:
            if sentence.at(token) - sentence.start == offset and token.pos_ in ("VERB", "AUX"):
                self.speech_verb, self._verb_base = token, sentence.base
                return

    def _speaks(self, token, sentence) -> bool:
        """False for a verb of saying that does not speak here: a passive one
        with no agent ("is estimated to have 1,000 fighters", "was described
        as"), one of ``speech_needs_clause`` with neither a clause nor a quote
        ("added it to a sanctions list"), one after a preposition ("killed
        villagers after accusing them of ...": the reason for a deed), an
        accusation of the victims in a clause ("villagers whom they accused
        of informing", ``motive_lemmas``)."""
        children = list(token.children)
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in children) and not any(c.dep_ == "agent" for c in children):
            return False
        if token.lemma_.lower() in language()["motive_lemmas"] and token.dep_ in ("relcl", "acl", "advcl", "pcomp") \
                and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in children):
            return False  # "shot villagers whom they accused of informing", "gunmen who accused them of ...": a motive
        if token.lemma_.lower() in language()["motive_lemmas"] and token.dep_ == "relcl" and not any(
                c.dep_ in ("dobj", "ccomp") for c in children) and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in children):
            return False  # "shot dead miners they accused of informing": the object elided, the head noun the accused
        if token.dep_ == "pcomp" and token.head.lower_ in ("of", "for") and \
                token.head.head.lemma_.lower() in language()["motive_lemmas"]:
            return False  # (round 35) "men they accused of informing for the army": the deed charged, no saying
        if token.lemma_.lower() in language()["source_lemmas"] and token.dep_ == "relcl":
            return False  # "according to the report, which cites end-user documents": what it rests on
        if token.lemma_.lower() in language()["speech_needs_clause"] and not (
                any(c.dep_ in ("ccomp", "parataxis") for c in children) or
                any(q0 < sentence.end and q1 > sentence.start for q0, q1 in self.quotes)):
            return False
        if token.dep_ == "relcl" and token.lemma_.lower() in language()["speech_lemmas"]["asserts"] and \
                token.lemma_.lower() not in language()["relative_accusations"] and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children):
            # "a refinery, which the experts say buys gold from X": what the sentence's own voice cites; but "a
            # strike that the government blamed on X" accuses
            return False
        if token.dep_ == "pcomp" and token.head.lower_ in ("after", "before", "while", "since", "by", "for", "without"):
            return False
        if not any(c.dep_ in ("ccomp", "dobj") for c in children) and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in language()["proxy_infinitives"] for c in children):
            return False  # (round 33) "a person claiming to speak for X": whom he stands for, not what he says
        if any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" and not any(g.dep_ in ("ccomp", "nsubj") for g in c.children)
               for c in children) or any(c.dep_ == "dobj" and c.lower_ in ("itself", "himself", "herself", "themselves")
                                         for c in children):
            return False  # "which claims to be a liberation movement", "who calls himself ...": a self-description
        if any(c.dep_ == "neg" for c in children) and token.lemma_.lower() not in language()["speech_needs_clause"]:
            # "the government has not said how many soldiers were killed", "did not deny": nothing said (but
            # "could not establish who sent them" is a finding)
            return False
        return True

    @staticmethod
    def reported_clause(verb) -> set[int] | None:
        """Token indices of the clauses a verb of saying reports (its ``ccomp``
        children: "says [they have set up camps in X]"), or ``None`` when the
        parse gives none (a quote, "X sold rifles, the ministry said")."""
        tokens = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
        return tokens or None

    def claim_words(self, sentence) -> str:
        """(round 22) What a free-text claim says, without its attribution: the clause the verb of saying reports
        ("X said in a statement that [...]", "[...], the ministry said"), or the words around "according to X,";
        the whole sentence when the parse gives neither."""
        text, verb = sentence.text, getattr(self, "speech_verb", None)
        tokens = self.reported_clause(verb) if verb is not None and sentence.span is not None and \
            verb.doc is sentence.span.doc else None
        if verb is not None and not tokens:  # "said in a statement that [...]": the clause hung on the noun
            tokens = next(({t.i for t in c.subtree} for c in verb.subtree if c.dep_ == "acl" and c.head.head.head.i == verb.i
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if tokens and len(tokens) >= 3:
            doc = verb.doc
            first = min(i for i in tokens if not (i == min(tokens) and doc[i].dep_ == "mark"))  # "that"
            start, end = sentence.at(doc[first]) - sentence.start, sentence.at(doc[max(tokens)]) - sentence.start
            text = text[start:end + len(doc[max(tokens)].text)]
        else:
            text = _ACCORDING.sub("", text)
        text = text.strip(" ,;")
        return text[:1].upper() + text[1:] + ("." if text[-1:].isalnum() and sentence.text.rstrip()[-1:] == "." else "")

    def own_clause(self, verb, first) -> bool:
        """True when a later verb of saying reports a clause of its own that the
        first speaker's words do not contain ("the ministry said, and army
        intelligence says ...", "..., while the army says ..."), or a figure
        of its own (:func:`_own_figure`)."""
        if verb is None or verb is first or verb.i < first.i:
            return False
        if self.reported_clause(verb) is None and not _own_figure(verb):
            return False
        if _own_figure(verb) and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas")
                                                               for c in verb.children):
            return True  # "estimated that X fields 2,000, while the army put the number at 1,000": a contrast
        inner = self.reported_clause(first) or set()
        return verb.i not in inner

    @staticmethod
    def _apposed_speaker(verb) -> list:
        """The noun phrase right before a verb of saying that the parser hung as
        an apposition on the reported words' last noun ("... killed nine
        farmers, the governor of the region said"): ``[noun]`` or ``[]``."""
        if verb.i == 0:
            return []
        doc = verb.doc
        if verb.i > 2 and doc[verb.i - 1].text == "," and doc[verb.i - 2].dep_ == "appos" and \
                doc[verb.i - 2].head.pos_ == "NOUN":
            # '"... no sign of a fight," a commission member, A B, told reporters': the phrase after the quote
            noun = doc[verb.i - 2].head
            if noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text in ('"', "”", "''"):
                return [noun]
        token = doc[verb.i - 1]
        for _ in range(6):
            # (round 35) "... sold nothing but tractors, his lawyer, A B, told a court": a conjunct the parser
            # made of a named or owned post
            conj = token.dep_ == "conj" and any(c.dep_ in ("poss", "appos") for c in token.children)
            if (token.dep_ == "appos" or conj) and token.pos_ == "NOUN" and token.right_edge.i + 1 == verb.i and \
                    token.left_edge.i > 0 and verb.doc[token.left_edge.i - 1].text == "," and token.head.i < token.i:
                return [token]
            if token.head is token or token.head.i >= verb.i:
                return []
            token = token.head
        return []

    @staticmethod
    def noun_at(sentence, offset) -> bool:
        """True when the parse makes the word at ``offset`` (in the sentence)
        a noun owned by a pronoun ("sold his shares", "its claims": the
        pronoun masked as the owner's mention), not a verb of saying."""
        for token in sentence.span if sentence.span is not None else ():
            if sentence.at(token) - sentence.start == offset:
                return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                               for c in token.children)
        return False

    @staticmethod
    def subject_before(sentence, offset) -> bool:
        """(round 32) True when the parse gives the verb at ``offset`` (in the
        sentence) a subject before it: "The army, the FAOR, accused the KB of
        ...", with the subject unnamed, is no inverted "..., said the KB", and
        the name after the verb is its object, not its speaker."""
        for token in sentence.span if sentence.span is not None else ():
            if sentence.at(token) - sentence.start == offset:
                return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children)
        return False


def not_yet_said(verb) -> bool:
    """True when the speech verb stands under a future or a modal auxiliary
    (``unsaid_auxiliaries``, not negated): "will report the seizure to the
    Committee", "may inform the Council" say nothing yet; so does one with
    no subject of its own coordinated into such a duty (round 27: "banks must
    freeze any funds they hold ... and report them to the Unit", where the
    parser may hang it on the relative clause)."""
    if verb is None:
        return False
    if _unsaid(verb):
        return True
    token = verb
    while token.dep_ == "conj" and token.head is not token and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        token = token.head
        if _unsaid(token):
            return True
        if token.dep_ == "relcl" and token.head.head.pos_ in ("VERB", "AUX") and _unsaid(token.head.head):
            return True
    return False


def _unsaid(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in language()["unsaid_auxiliaries"] for c in token.children) and \
        not any(c.dep_ == "neg" for c in token.children)


def failed_alone(verb) -> bool:
    """(round 27) True when the verb of saying is a check of another's account
    that failed (``confirm_lemmas``) and is all its sentence says: "The Group
    was unable to confirm that account.", "has not been able to confirm the
    FPU's involvement" (neither asserts nor denies); not one after a clause of
    the text's own nor under another verb of saying. A failed inquiry ("could
    not establish who sent them") is :func:`failed_inquiry`'s."""
    if verb is None or verb.lemma_.lower() not in language()["confirm_lemmas"]:
        return False
    top, negated = verb, any(c.dep_ == "neg" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in language()["failed_heads"]:
        top = verb.head
        negated = negated or top.lemma_.lower() != "able" or any(c.dep_ == "neg" for c in top.children)
        if top.dep_ == "acomp":
            top = top.head
            negated = negated or any(c.dep_ == "neg" for c in top.children)
    return negated and top.dep_ == "ROOT" and not any(
        c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX") for c in top.children) and not any(
        t.text == ";" for t in verb.sent if t.i < verb.i)


def failed_inquiry(verb) -> bool:
    """(round 29) True when what the verb of saying reports is an inquiry that
    failed, and nothing else: "They could not establish who had sent the
    vehicles.", "The experts said they had not been able to establish who sent
    the cargo.", "the Team could not determine their origin" (a negated or
    failed verb of ``inquiry_lemmas`` in lexicon/language.yaml, the verb itself
    or the one clause a verb of saying governs). The coding manual (round 29):
    a failed inquiry neither asserts, denies nor concurs, so no statement; not
    when another clause says something ("could not establish who sent them,
    but said the rifles were new")."""
    if verb is None:
        return False
    inquiry, heads = set(language()["inquiry_lemmas"]), set(language()["failed_heads"])
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    if verb.lemma_.lower() not in inquiry and len(clauses) == 1 and not any(
            c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX") for c in verb.children):
        verb = clauses[0]  # "said they had not been able to establish ...": the one clause reported
        if any(c.dep_ == "nsubj" and c.tag_ != "PRP" for c in verb.children):
            return False  # "said that the seizure did not confirm the assessment": a thing's, no inquiry of the speaker's
    if verb.lemma_.lower() not in inquiry:  # "was unable to establish", "had not been able to determine"
        verb = next((x for a in verb.children if a.dep_ == "acomp" and a.lemma_.lower() in heads
                     for x in a.children if x.dep_ == "xcomp" and x.lemma_.lower() in inquiry), None) or next(
            (x for x in verb.children if verb.lemma_.lower() in heads and x.dep_ == "xcomp" and
             x.lemma_.lower() in inquiry), None)
        if verb is None:
            return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in heads:  # failed_alone's reading of the heads
        head = verb.head
        negated = negated or head.lemma_.lower() != "able" or any(c.dep_ == "neg" for c in head.children)
        if head.dep_ == "acomp":
            negated = negated or any(c.dep_ == "neg" for c in head.head.children)
    return negated and not any(c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX") for c in verb.children)


def measure_announced(verb) -> bool:
    """(round 27) True when the verb of saying announces or agrees to a measure
    still to come ("announced that it will extend the freeze to X",
    "announced that Canada will designate X", "agreed to add the group to
    the list"): the measure itself, no statement (the coding manual; but
    "said it would impose sanctions" is one)."""
    words = language()
    if verb is None or verb.lemma_.lower() not in words["announcing_lemmas"]:
        return False
    for clause in verb.children:
        if clause.lemma_.lower() not in words["announced_measure_verbs"]:
            continue
        if clause.dep_ == "xcomp" or clause.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in clause.children):
            return True
    return False


def measure_reason(verb) -> bool:
    """(round 33) True when the verb hangs on a measure verb of
    ``reason_measure_verbs`` ("removed X from the list after he showed that
    ...", "delisted the firm once it proved ..."): the measure's reason, even
    when the measure went uncoded; "remove" and the like only with a list."""
    words = language()["reason_measure_verbs"]
    head = verb.head
    if head is verb or head.lemma_.lower() not in words["alone"] + words["with_list"]:
        return False
    mine = {t.i for t in verb.subtree}
    return head.lemma_.lower() in words["alone"] or any(
        t.lemma_.lower() in words["list_nouns"] for t in head.subtree if t.i not in mine)

def own_count(verb) -> bool:
    """True when "confirmed" takes a bare count as its object ("confirmed
    eleven deaths", "verified at least seven killings"): the speaker's own
    tally, an assertion; "confirmed the nine deaths" or "confirmed that ..."
    still confirm what another reported."""
    return any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children)
               and not any(n.dep_ in ("det", "poss") for n in c.children) for c in verb.children)


def own_check(verb) -> bool:
    """True when "confirmed" names the sources the speaker checked with
    ("confirmed the six deaths with staff of the hospital", "confirmed the
    killings through relatives"): its own verification, an assertion; a
    preposition of ``check_preps`` (lexicon/language.yaml) on the verb or its
    object with a noun after it."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]  # the parser may hang it on the object
    return any(c.dep_ == "prep" and c.lower_ in language()["check_preps"] and
               any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
               for h in heads for c in h.children)


def _own_side_clause(clause) -> bool:
    """True for a clause opened by "that" and coordinated with another whose
    subject is the speaker's own side ("and that its forces had never ...":
    "its"/"our"/"their" + noun, or "it"/"we"/"they")."""
    if clause.dep_ != "conj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return any(s.dep_ == "nsubj" and (s.lower_ in ("it", "we", "they") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in s.children)) for s in clause.children)


def _own_figure(verb) -> bool:
    """(round 29) True when a verb of estimating with a subject of its own
    gives a figure "at" a number ("..., while the army put the number at
    1,000", "; the military estimates it at around 1,000"): a later
    speaker's own estimate, beside the first speaker's."""
    return verb.lemma_.lower() in set(language()["estimating_lemmas"]) | {"put"} and \
        any(c.dep_ == "nsubj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(t.pos_ == "NUM" or t.like_num for t in c.subtree)
            for c in list(verb.children) + [g for d in verb.children if d.dep_ == "dobj" for g in d.children])


def denied_alongside(verb) -> bool:
    """True when a verb coordinated with the verb of saying, after it and with
    no subject of its own (so the speaker's), is negated: "told the Panel that
    his firm 'trades only in food' and had never handled weapons" (the parser
    hangs the second clause on the verb of saying). Not a pledge ("and would
    not ..."), a passive ("but who sent it is not known"), a negated step or
    answer (``negation_not_denial``, ``procedure_not_yet``), "be" or another
    verb of saying, nor beside a deed announced ("announced its dissolution
    and has not attacked since": ``deed_verbs``); or a second "that" clause
    of the speaker's own side, negated (:func:`_own_side_clause`)."""
    words = language()
    if verb is None or verb.lemma_.lower() in words["deed_verbs"]:
        return False
    skip = set(words["negation_not_denial"]) | set(words["procedure_not_yet"]) | {"be", "have"}
    skip |= saying_lemmas()
    modal = {"will", "would", "shall", "can", "could", "may", "might", "must", "should", "wo", "ca"}
    own = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "auxpass")  # a subject of its own, or a passive
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.pos_ != "VERB" or conj.lemma_.lower() in skip or any(
                c.dep_ in own or c.dep_ == "aux" and c.lower_ in modal for c in conj.children):
            continue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in conj.children):
            return True
    # (round 29) a later "that" clause of the speaker's own side, wherever the parser hangs it: 'said the
    # next day that the listing was "based on lies" and that its forces had never entered X'
    for clause in (t for t in verb.subtree if t.i > verb.i and t.pos_ == "VERB" and t.lemma_.lower() not in skip):
        if _own_side_clause(clause) and not any(c.dep_ == "aux" and c.lower_ in modal for c in clause.children) and \
                any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children):
            return True
    return False
