"""Posts a person is named as holding, proposed as Role entities whether or
not a Membership is coded from the sentence: "MTT's lawyer, Anna Berg",
"Ivo Kral, a deputy for X Province in the National Assembly", "The Marro
County Commissioner, X", "the Member of the County Assembly for the ward,
Hon. X", "X, who acts as the group's treasurer", "the firm's lawyer said".
A title written right before a name ("Minister X") is left to the posts
stage (:mod:`kb.extract.posts`).
The head nouns are ``role_heads`` in ``lexicon/language.yaml``; a role is
labelled as the title is written, less a name before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import language
from .mentions import slug

# "Through his attorney, X said": the words before a post that make its holder's name the client's
_THROUGH = re.compile(r"\b(?:[Tt]hrough|[Vv]ia|[Bb]y|[Ww]ith|[Tt]o|[Ff]rom|[Aa]ccording to)\s+$")

@lru_cache(maxsize=1)
def _patterns() -> tuple:
    lex = language()
    heads = "|".join(sorted(lex["role_heads"], key=len, reverse=True))
    caps = "|".join(sorted({h.title() for h in lex["role_heads"]} | {"Member"}, key=len, reverse=True))
    # a post in lower case with up to two words before its head ("public relations officer"), or a title in
    # capitals ("Minister for National Security", "Member of the County Assembly", "County Commissioner")
    lower = r"(?:[a-z][\w-]*\s+){0,2}(?:" + heads + r")\b"
    title = r"(?:[A-Z][\w'’-]*\s+){0,3}(?:" + caps + r")\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*" \
            r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?"
    post = r"(?P<post>" + title + r"|" + lower + r")(?:\s+\((?P<gloss>[a-z][\w\s-]{1,30})\))?"
    owner = r"(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+|(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}[\w.]+['’]s\s+)"
    # (round 40) "the National Police Service spokesperson, Superintendent X": a body's name before a lower-case post
    named = r"(?:[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?=(?:" + "|".join(lex["spokesman_nouns"]) + r"),))"
    gap = "|".join(re.escape(r) for r in lex["ranks"] + lex["honorifics"] + ["Hon.", "Hon", "Honourable"])
    before = re.compile(r"(?:^|(?<=\s))(?:" + owner + "|" + named + ")" + post + r"(?:\s+(?:of|for|in)\s+[^,;:]{1,60})?,\s+(?:(?:" + gap +
                        r")\s+)*$")
    after = re.compile(r"^,\s+(?:(?:who|which)\s+(?:acts|serves|works)\s+as\s+)?(?:(?:a|an|the)\s+|" +
                       r"(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}[\w.]+['’]s\s+)" + post +
                       r"(?=\s+(?:of|for|in|to|at|on|and|said|told)\b|[,.;)]|\s*$)")
    acts = re.compile(r"^,?\s+(?:[^,]{0,60}\s)?(?:who|which)\s+(?:acts|serves|works)\s+as\s+(?:the|a|an|its|their)\s+"
                      r"(?:(?:[A-Za-z][\w'’-]*)['’]s\s+)?" + post + r"\b")
    spoke = re.compile(r"(?:^|\s)(?:[A-Z][\w.&'’-]*\s+){0,4}[\w.]+['’]s\s+(?P<post>(?:" + heads +
                       r"))\s+(?:said|told|wrote|stated|denied|insisted|argued|added)\b")
    posts = "|".join(re.escape(p) for p in sorted(lex["spoken_posts"], key=len, reverse=True))
    spoken = re.compile(r"(?:^|(?<=\s))" + owner + r"(?P<post>" + posts + r")(?:\s+(?:of|for|in)\s+[^,;:]{1,60})?,\s+"
                        r"(?:(?:" + gap + r")\s+)*$")
    return before, after, acts, spoke, spoken


@lru_cache(maxsize=1)
def _speaks() -> re.Pattern:
    """(round 39) The text after a name whose holder speaks: ", known as "Y", denied", ", said on radio"."""
    verbs = "|".join(map(re.escape, language()["spoken_post_verbs"]))
    return re.compile(r"^(?:,\s+(?:known as|alias|also known as)\s+[^,]{1,40})?,\s+(?:also\s+|later\s+)?(?:" + verbs +
                      r")\b")


def _clean(post: str, gloss: str | None) -> str | None:
    """The title as a role's label: names before it dropped ("Marro County
    Commissioner" -> "County Commissioner"), ``None`` for a trade or rank."""
    lex = language()
    words = post.split()
    owned = [i for i, w in enumerate(words[:-1]) if re.search(r"['’]s$", w)]
    words = words[owned[-1] + 1:] if owned else words  # (round 33) "Federal Government's Commissioner": the post
    keep = set(lex["role_title_words"]) | {w.title() for w in lex["role_heads"]} | {"Member"}
    while len(words) > 1 and words[0][:1].isupper() and words[0] not in keep and \
            not re.match(r"(?:of|for)\b", " ".join(words[1:2])):
        words = words[1:]
    bodies = [i for i, w in enumerate(words[:-1]) if w.lower() in lex["body_head_nouns"]]
    if bodies and words[-1].lower() in lex["spokesman_nouns"]:
        # "a ministry spokesman", "an army spokeswoman", (round 36) "the regional police spokesman": the post is the
        # spokesman's, the words before the body's noun only say where he speaks
        words = words[bodies[-1] + 1:]
    if len(words) > 1 and words[0].lower() in lex["self_titled_words"]:
        words = words[1:]  # (round 27) "its self-declared spokesman": the post is spokesman
    text = " ".join(words)
    office = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*", text)
    if office and office.group(1).lower() in lex["territory_office_heads"] and \
            not re.search(r"\b(?:" + "|".join(map(re.escape, lex["office_body_words"])) + r")\b", text):
        text = office.group(1).lower()  # (round 33) "The Governor of Hela": the office is governor
    low = text.lower().split()
    if text.lower() in lex["not_role_posts"] or low[-1] in lex["control_posts"] or \
            low[0] in ("former", "so-called", "alleged", "ex") or \
            low[-1] == "officer" and (len(low) < 2 or low[-2] not in lex["officer_posts"]):
        return None  # "a former treasurer", "a gendarmerie officer": no post held
    return f"{text} ({gloss})" if gloss else text


def apposed_roles(finder, sentence, mentions, is_person, document: str) -> list[str]:
    """Role ids (proposed through ``finder.role``) of the posts a sentence
    names people as holding; ``is_person(entity_id)`` tells a person's
    mention; the title before a name is read in the ``document``'s text (a
    sentence may end at "Hon.")."""
    before_re, after_re, acts_re, spoke_re, spoken_re = _patterns()
    text, out, posted = sentence.text, [], []

    def add(match):
        if match is None:
            return
        posted.append(match)  # (round 40) a post matched: its holder is a person, even with no role of its own
        post, gloss = match.group("post"), match.groupdict().get("gloss")
        if post.split()[-1].lower() in ("deputy",) and not re.match(r"\s+(?:for|of|in)\s+[A-Z]",
                                                                    match.string[match.end("post"):]):
            return  # "his deputy" is no post of a person's own
        label = _clean(post, gloss)
        if label:
            ident = finder.role(slug(label.split(" (")[0]), label)
            out.append(ident) if ident not in out else None

    for m in mentions:
        person = is_person(m.entity) or _named_like_a_person(finder, m)
        if not person:
            continue
        head, tail = document[max(0, m.start - 160):m.start], text[m.end - sentence.start:]
        found, matched = len(out), len(posted)
        match = before_re.search(head)
        if match and match.group("post")[:1].isupper() and not re.search(r" (?:of|for) ", match.group("post")) and \
                re.match(r"\S+['’]s\s", match.group()):
            match = None  # "Sarna's Resident Peace Commissioner, X": a title the knowledge base may hold as a body
        # "Through his attorney, X said": X is the client, not the post's holder
        add(None if match and _THROUGH.search(head[:match.start()]) else match)
        add(after_re.match(tail) or acts_re.match(tail))
        spoken = spoken_re.search(head) if len(out) == found and _speaks().match(tail) else None
        if spoken and not _THROUGH.search(head[:spoken.start()]):  # (round 39) "Its leader, X, denied": a post
            out.append(finder.role(slug(spoken.group("post").lower()), spoken.group("post").lower()))
        if (len(out) > found or len(posted) > matched) and not is_person(m.entity):  # "Ivo Kral, a deputy for X": the NER's ORG is a person
            finder.gaz.entities[m.entity].type = "Person"
    for match in spoke_re.finditer(text):
        add(match)
    return out


def _named_like_a_person(finder, m) -> bool:
    """True for a new name the NER typed as an organisation that reads like a
    person's: two to four capitalised words, none a body's head word."""
    entity = finder.gaz.entities.get(m.entity)
    if entity is None or not entity.new or entity.type != "Organisation" or m.kind != "new":
        return False
    words = entity.label.split()
    if any(entity.label.endswith(" " + h) for _, h in getattr(finder, "heads", [])):
        return False  # "Sarna Holdings": a body's head word
    heads = set(language()["own_body_nouns"]) | set(language()["role_heads"])
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() and w.lower() not in heads and
                                        w.lower().rstrip("s") not in heads for w in words)


def unscoped(role_id: str, title: str | None) -> tuple[str, str | None]:
    """(round 35) "regional spokesman", "national spokesperson": the post without its scope (``scoped_roles``
    in language.yaml), as the gold files name it; any other post as given."""
    lex = language()["scoped_roles"]
    words = (title or role_id.replace("-", " ")).split()
    if len(words) == 2 and words[0].lower() in lex["adjectives"] and words[1].lower() in lex["heads"]:
        return slug(words[1].lower()), words[1].lower()
    return role_id, title

