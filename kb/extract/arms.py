"""Weapon types a text names as arms seized, found, hidden, shipped or
delivered ("seized 38 assault rifles, six sniper rifles and 14,000 rounds of
ammunition", "a shipment of 40 commercial drones reached the gang"): proposed
as new entities whether or not a transfer is coded from the sentence, named as
written (a kind of a type is a type of its own: "assault rifles", "mortar
rounds"). The verbs are ``arms_verbs`` in ``lexicon/weapons.yaml``; the words
that make a phrase arms are its ``types`` (generic words name no type).
"""

from __future__ import annotations

import re

from .lexicon import weapons
from .named import _weapon_words, weapon_type


# a model's designation before a weapon noun: "M16 rifles", "PKM machine guns", "RPG-7 launchers"
MODEL = _MODEL = re.compile(r"[A-Z]{1,4}-?\d+[A-Z]?|[A-Z]{2,4}")
# a designation in the run of words before a calibre's weapon noun: "12.7mm DShK heavy machine guns",
# "AR-15 pattern rifles", "SPG-9 launchers" (two capitals, or capitals and a number)
_DESIGNATION = re.compile(r"(?=[A-Z][a-z]?[A-Z]|[A-Z]+-?\d)[A-Z][A-Za-z]{0,4}(?:-?\d{1,3}[A-Z]?)?")


_BY = re.compile(r"\d+(?:\.\d+)?[x×]\d+(?:\.\d+)?")  # (round 16) "9x19" of "9x19mm": a calibre's numbers


# (round 17) a list item's calibre written after its type, alone up to the item's end ("300 mortar bombs, 82mm;")
_CALIBRE_AFTER = re.compile(r",\s*((?:\d+(?:\.\d+)?\s*[x×]\s*)*\d+(?:\.\d+)?\s?(?:mm|cm|millimetre|millimeter))\s*[;.]?\s*$")


def _number(t) -> bool:
    """A number, or a calibre's pair of numbers written as one word ("9x19", "7.62x39")."""
    return t.like_num or bool(_BY.fullmatch(t.text))


def _phrase(token, taken: set[int]) -> str:
    """The head noun with its compound and descriptive modifiers, lower case,
    without counts, names or words like "upgraded" (``drop_modifiers``); a
    capitalised first word of the sentence is no name ("Mortar rounds ...")."""
    drop = set(weapons()["drop_modifiers"])
    small = set(weapons()["size_modifiers"])  # "small reconnaissance drones": a size, not a type ("small arms" is one)
    units = set(weapons()["calibre_units"])
    makers = set(weapons().get("maker_names", []))  # "Kalashnikov rifles": a maker's name is a word of the type
    words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod") and t.i not in taken and not t.like_num
             and (t.pos_ in ("NOUN", "ADJ") or t.pos_ == "PROPN" and (t.is_sent_start or _MODEL.fullmatch(t.text)
                                                                       or t.text in makers)
                  or t.pos_ == "VERB" and any(c.text == "-" for c in t.children))
             and t.lemma_.lower() not in drop and not (t.lower_ in small and token.lower_ != "arms")
             and all(x.dep_ in ("compound", "amod", "npadvmod", "punct", "nummod") and (x.dep_ != "punct" or x.text == "-")
                     for x in t.subtree)]  # "rocket-propelled grenade launchers" keeps its hyphens
    # a count the small model hangs on the modifier ("300 hand grenades") is no part of the phrase
    # ("one-way attack drones" keeps the number its hyphen binds)
    # "the KLF assault rifles": a name inside the modifier is an owner or recipient, no word of the type;
    # a calibre's number is ("120 mm mortars")
    parts = [" ".join(x.text for x in w.subtree if x.i not in taken and (
        not x.like_num or x.i + 1 < len(x.doc) and (x.doc[x.i + 1].text == "-" or x.doc[x.i + 1].lower_ in units)))
             .lower().replace(" - ", "-") for w in words]
    chunk = _hyphenated(token, taken, drop)
    words = (chunk if chunk else " ".join(parts + [token.lower_])).split(" ")
    while len(words) > 1 and words[0] in drop:  # "factory-made assault rifles": a hyphenated word of no type
        words = words[1:]
    return model_phrase(token, " ".join(words), taken)


def model_phrase(token, phrase: str, taken: set[int]) -> str:
    """The phrase with the model word and number written right before its first word ("140 Type 56 assault
    rifles" -> "type 56 assault rifles"; ``model_words``): the small model reads the number as a count."""
    doc, first = token.doc, phrase.split(" ", 1)[0]
    at = next((t.i for t in doc[max(token.sent.start, token.i - 6):token.i + 1] if t.lower_ == first), None)
    if at is None or at < 2 or not doc[at - 1].like_num or doc[at - 2].i in taken:
        return phrase
    # (round 16) "48 Zastava 70 pistols": a capitalised maker's name and its number between a count and the
    # noun are the model too
    # (round 17) or with no count before them ("recovered Beretta 92 pistols")
    maker = at > 2 and (doc[at - 3].like_num or doc[at - 2].is_title and not (doc[at - 3].is_title or doc[at - 3].is_upper)) and \
        doc[at - 2].text[:1].isupper() and doc[at - 2].is_alpha and not doc[at - 2].is_sent_start
    if doc[at - 2].text not in weapons().get("model_words", []) and not maker:
        return phrase
    return f"{doc[at - 2].lower_} {doc[at - 1].text} {phrase}"


def _hyphenated(token, taken: set[int], drop: set[str]) -> str | None:
    """The words written right before the head noun when a hyphen or a
    calibre ("60 mm mortar rounds") joins some of them ("pump-action shotguns", "40 bolt-action hunting rifles",
    ".50-calibre rifles"): the small model hangs such compounds on the wrong
    word, so the run of nouns, adjectives and hyphenated words is read as
    written, from the first word after a count, article or name; ``None``
    when no hyphen is among them."""
    doc, at = token.doc, token.i
    units = set(weapons()["calibre_units"])
    while at > token.sent.start:
        prev = doc[at - 1]
        if prev.i in taken or prev.text in ("'s", "’s"):
            break
        if prev.text == "-" or prev.pos_ in ("NOUN", "ADJ") and not prev.like_num or doc[prev.i + 1].text == "-" or \
                prev.lower_ in units or _number(prev) and doc[prev.i + 1].lower_ in units:
            at -= 1  # a noun or adjective, a hyphen, or a word a hyphen binds to the next (".50-calibre"),
            continue  # a calibre ("60 mm", which the small model tags as a number)
        if _DESIGNATION.fullmatch(prev.text) and prev.pos_ in ("PROPN", "NOUN", "NUM") or \
                prev.text in ("x", "×") and prev.i > 0 and doc[prev.i - 1].like_num or \
                prev.like_num and doc[prev.i + 1].text in ("x", "×") or \
                prev.lower_ == "and" and prev.i > 0 and doc[prev.i - 1].lower_ in units and doc[prev.i + 1].like_num:
            at -= 1  # a model ("DShK"), "7.62 x 39 mm", "5.56 mm and 9 mm ammunition": words of the type
            continue
        if prev.is_title and prev.is_alpha and at < token.i and re.search(r"\d", doc[at].text) and \
                _DESIGNATION.fullmatch(doc[at].text) and (prev.i == token.sent.start or
                                                          not (doc[prev.i - 1].is_title or doc[prev.i - 1].is_upper)):
            at -= 1  # (round 17) "96 Vektor R4 assault rifles": the maker's name before a numbered model
        break
    words = list(doc[at:token.i])
    if not any(t.text == "-" or t.lower_ in units and t.i > at and _number(doc[t.i - 1]) or
               _DESIGNATION.fullmatch(t.text) for t in words):
        return None
    while words and (words[0].text == "-" or words[0].lemma_.lower() in drop and words[1:2] and words[1].text != "-"):
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).lower() + token.lower_
    return re.sub(r"\s*-\s*", "-", text)


def calibre_phrase(token, taken) -> str | None:
    """The linear words of an item with a calibre before its head ("six 120 mm mortars" -> "120 mm
    mortars", which the small model parses with the number on the head), or ``None`` without one;
    ``taken`` holds the indices of tokens inside names."""
    units = set(weapons()["calibre_units"])
    doc = token.doc
    if token.pos_ not in ("NOUN", "PROPN") and not weapon_type(token.lower_) or not any(
            doc[i].lower_ in units and i > 1 and (_number(doc[i - 1]) or doc[i - 1].text == "-" and doc[i - 2].like_num)
            for i in range(max(token.sent.start, token.i - 4), token.i)):
        return None
    return _hyphenated(token, set(taken), set(weapons()["drop_modifiers"]))


def _held(token) -> list:
    """The token, or what a container or measure holds ("a shipment of 40
    commercial drones", "14,000 rounds of ammunition"), with its conjuncts."""
    out = []
    for item in [token] + list(token.conjuncts):
        if item.lemma_.lower() in weapons()["containers"] or item.lower_ in ("rounds", "round"):
            held = [g for c in item.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
            if held:
                out += [h for g in held for h in [g] + list(g.conjuncts)]
                continue
        out.append(item)
    return out


def _listed(item) -> list:
    """The heads of the noun phrases that follow ``item`` in a list the parser
    broke ("85 automatic rifles, 12 light machine guns, 300 hand grenades and
    two telephones": the small model hangs the later items on other verbs):
    each item after "," / "and" / "or" is counts, adjectives and nouns, its
    head the last noun."""
    doc, out, at, end = item.doc, [], item.i + 1, item.sent.end
    while at < end and doc[at].text in (",", "and", "or"):
        while at < end and doc[at].text in (",", "and", "or"):
            at += 1
        stop = at
        while stop < end and (doc[stop].like_num or doc[stop].pos_ in ("ADJ", "NOUN") or doc[stop].text == "-" or
                              weapon_type(doc[stop].lower_) or  # "60 mm mortar rounds" with "rounds" read as a verb
                              doc[stop - 1].text == "-" or stop + 1 < end and doc[stop + 1].text == "-"):  # "anti-tank"
            stop += 1
        heads = [t for t in doc[at:stop] if t.pos_ == "NOUN" or weapon_type(t.lower_)]
        if not heads:
            break
        out.append(heads[-1])
        at = stop
    return out


def _calibre_run(token) -> str | None:
    """The words as written from a calibre's number through the weapon words after its unit ("60 mm mortar
    rounds"), when ``token`` is the unit and the parser left the words after it out of its phrase; else ``None``."""
    doc = token.doc
    if token.lower_ not in weapons()["calibre_units"] or token.i == 0 or not doc[token.i - 1].like_num or \
            weapon_type(_phrase(token, set())):
        return None
    end = token.i + 1
    while end < len(doc) and end - token.i <= 3 and doc[end].is_alpha and doc[end].is_lower and \
            doc[end].pos_ not in ("ADP", "CCONJ", "DET", "PRON", "AUX", "PART", "SCONJ"):
        end += 1
    phrase = doc[token.i - 1:end].text.lower()
    return phrase if end > token.i + 1 and weapon_type(phrase) else None


def _gerund(token):
    """The weapon noun after a word in -ing the small model read as a verb and its object ("hunting| rifles"),
    or ``None``."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.pos_ == "VERB" and token.lower_.endswith("ing") and after is not None and after.head.i == token.i and \
            after.dep_ == "dobj" and weapon_type(after.lower_):
        return after
    return None


def _governing(token, verbs: set[str]):
    """The arms verb above ``token`` when the first verb above it is one, passing over "according to" and a
    participle without an auxiliary ("drones fitted with hooks were smuggled", misparsed): "furnished the group
    with mortar rounds"; with no verb above (a sentence the parser rooted on a noun: "A search followed by a
    scan revealed 48 rifles, ..."), the sentence's arms verb; else ``None``."""
    own = next((c for c in token.children if c.dep_ == "amod" and c.pos_ == "VERB" and c.lemma_.lower() in verbs
                and c.i < token.i), None)
    if own is not None:  # "a firm, X, smuggled night-vision scopes to ...": the verb parsed as the item's modifier
        return own
    at = token
    while at.head.i != at.i:
        at = at.head
        if at.pos_ not in ("VERB", "AUX"):
            continue
        if at.lemma_.lower() in verbs:
            return at
        if at.dep_ == "prep" or at.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in at.children):
            continue
        return None
    if at.pos_ in ("VERB", "AUX"):
        return None
    return next((t for t in token.sent if t.pos_ == "VERB" and t.lemma_.lower() in verbs), None)


def _scanned(span, verbs: set[str], taken: set[int]) -> list:
    """The last nouns of the noun runs of a sentence that end in a weapon word (or ``item_heads``: "mortar
    rounds"), two or more under one arms verb ("furnished the group with mortar rounds
    and sniper rifles") or in a sentence the parser rooted on a noun: the items of a seizure or shipment list
    the parser broke (``arms_named``). An item after "not" ("sells clothes, not guns") is none."""
    doc, found = span.doc, []
    heads = set(weapons()["item_heads"]) | set(weapons()["part_nouns"])
    for token in span:
        after = doc[token.i + 1] if token.i + 1 < span.end else None
        if token.i in taken or token.pos_ != "NOUN" or after is not None and (
                after.pos_ == "NOUN" or after.text == "-"):
            continue
        left = token.left_edge.i
        if left > 0 and doc[left - 1].lower_ in ("not", "no", "never", "nor"):
            continue
        phrase = _phrase(token, taken)
        if weapon_type(phrase) and (token.lemma_.lower() in heads or _ends_in_weapon(phrase)):
            found.append(token)
    rooted_on_noun = span.root.pos_ not in ("VERB", "AUX")
    under = [(token, _governing(token, verbs)) for token in found]
    under = [(token, verb) for token, verb in under if verb is not None and not _denied(verb, token)]
    return [token for token, verb in under if rooted_on_noun or verb.head.i == token.i or
            sum(v.i == verb.i for _, v in under) > 1]


def _ends_in_weapon(phrase: str) -> bool:
    """True when a phrase's last words are a weapon word ("grenade launchers"), not only contain one ("shell
    companies")."""
    text = " " + phrase.lower()
    return any(text.endswith(" " + form) for words, _ in _weapon_words()
               for form in (words, words + "s", words + "es"))


def _denied(verb, item) -> bool:
    """True for a single item of a negated verb: "has never bought a cartridge abroad" names no arms."""
    return any(c.dep_ == "neg" for c in verb.children) and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "one", "single") for c in item.children)


def _part_of(item, taken: set[int]) -> tuple | None:
    """("9mm pistol parts", "parts for 9mm pistols", index of "pistols") for a
    part noun (``part_nouns``) with the weapon it is for, else ``None``."""
    if item.lemma_.lower() not in weapons()["part_nouns"]:
        return None
    after = [item.doc[item.i + 1]] if item.i + 1 < len(item.doc) else []  # "for" the parse hung on the verb
    for prep in list(item.children) + after:
        for weapon in (g for g in prep.children if g.dep_ == "pobj") if prep.lower_ in ("for", "of") else ():
            phrase = calibre_phrase(weapon, taken) or _phrase(weapon, taken)
            if weapon_type(phrase) and _ends_in_weapon(phrase):
                words = phrase.split(" ")
                words[-1] = weapon.lemma_.lower()
                return " ".join(words + [item.lower_]), f"{item.lower_} {prep.lower_} {phrase}", weapon.i
    return None


def arms_named(finder, span, taken: set[int]) -> list[str]:
    """Weapon type ids (proposed through ``finder.weapon``) of the arms the
    objects (and passive subjects) of an arms verb name in a parsed
    sentence ``span``; ``taken`` are the indices of tokens inside names."""
    verbs = set(weapons()["arms_verbs"]) | set(weapons()["arrive_verbs"]) | set(weapons()["listing_verbs"])
    out: list[str] = []
    parted: set[int] = set()  # the weapon nouns of "parts for X", no item of their own
    for verb in span:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
            continue
        arrive = verb.lemma_.lower() in weapons()["arrive_verbs"]  # "a consignment of rifle grenades reached the group"
        # ("who provided the pistols the gunmen carried": the small model reads a relative clause's noun as a dative)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "obj", "dative") and not arrive or
                   c.dep_ == "nsubj" and arrive or
                   c.dep_ == "conj" and c.pos_ == "NOUN"]  # "seized 12 rifles and 300 grenades": a noun hung on the verb
        if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            # "Assault rifles recovered after the raid were traced ...": a reduced relative taken for the main verb
            objects += [c for c in verb.children if c.dep_ == "nsubj"]
        if not objects and any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ == "conj":
            # "consignments of drones fitted with hooks were shipped": the small model hangs the subject on the first verb
            objects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
            objects.append(verb.head)  # "Mortar rounds recovered in Dhusa Garbo", "rifles seized last week"
        if _gerund(span[0]) is not None and span[0].dep_ == "ROOT" and verb.i > span[0].i:
            objects.append(span[0])  # "Hunting rifles and shotguns used by the group were ... bought": a misparse
        for obj in objects:
            held = _held(obj)  # and the list that goes on after what a measure holds ("rounds of X and six Y")
            listed = [t for x in [obj] + [h for h in held if h is not obj] for t in _listed(x) if t not in x.conjuncts]
            # "..., 22 boxes of 7.62 mm ammunition and six 60 mm mortar tubes": what a listed measure holds
            listed = [h for t in listed for h in _held(t)]
            items = held + [t for i, t in enumerate(listed) if t not in held and t not in listed[:i]]
            items += [c for t in items if _gerund(t) is not None for c in _gerund(t).conjuncts if c not in items]
            for item in items:
                if _denied(verb, item):
                    continue
                part = _part_of(item, taken)
                if part is not None:  # "parts for 9mm pistols": the parts are the type ("9mm pistol parts")
                    ident = finder.weapon(part[0])
                    if ident:
                        names = finder.gaz.entities[ident].names
                        names += [] if part[1] in names else [part[1]]
                        out += [] if ident in out else [ident]
                        parted.add(part[2])
                    continue
                weapon = _gerund(item)
                if weapon is not None:  # "shotguns and hunting rifles" read as "hunting" (a verb) and its object
                    phrase = item.lower_ + " " + _phrase(weapon, taken)
                    ident = finder.weapon(phrase)
                    if ident and ident not in out:
                        out.append(ident)
                    continue
                calibre = _calibre_run(item)
                if calibre:  # "assault rifles and 60 mm mortar rounds" with "rounds" read as the sentence's verb
                    ident = finder.weapon(calibre)
                    if ident and ident not in out:
                        out.append(ident)
                    continue
                if item.pos_ not in ("NOUN", "PROPN") and not weapon_type(item.lower_) or item.i in taken:
                    continue
                phrase = _phrase(item, taken)
                ident = finder.weapon(phrase) if weapon_type(phrase) else None
                if ident and ident not in out:
                    out.append(ident)
    for item in _scanned(span, verbs, taken | parted):  # the items of a list the parser hung elsewhere
        phrase = calibre_phrase(item, taken) or _phrase(item, taken)
        ident = finder.weapon(phrase)
        if ident and ident not in out:
            out.append(ident)
    return out


def lead_in(span) -> bool:
    """True for a sentence that ends in ":" after an arms verb ("A search of the hold revealed:"), or a short
    verbless heading of ``lead_in_nouns`` ("Seizure list:"): the list items after it are arms."""
    verbs = set(weapons()["arms_verbs"]) | set(weapons()["listing_verbs"])
    if not span.text.rstrip().endswith(":"):
        return False
    # (round 22) a short verbless heading of a lot's nouns: "Seizure list:", "Inventory of the haul:"
    return any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in span) or len(span) <= 6 and not any(
        t.pos_ in ("VERB", "AUX") for t in span) and any(t.lower_ in weapons()["lead_in_nouns"] for t in span)


def list_item(finder, span, taken: set[int]) -> list[str]:
    """Weapon type ids a list item after a lead-in (:func:`lead_in`) names: "- fourteen AR-15 pattern
    rifles, calibre 5.56 x 45 mm;", "- about 4,000 rounds of 7.62 mm ammunition."."""
    out: list[str] = []
    doc = span.doc
    for token in span:
        after = doc[token.i + 1] if token.i + 1 < span.end else None
        # (round 16) the small model may tag a list item's plural noun as a verb ("12 X-pattern carbines")
        noun = token.pos_ == "NOUN" or token.pos_ == "VERB" and token.tag_ in ("NNS", "VBZ") and bool(weapon_type(token.lower_))
        if token.i in taken or not noun or after is not None and (after.pos_ == "NOUN" or after.text == "-"):
            continue
        phrase = calibre_phrase(token, taken) or _phrase(token, taken)
        after = _CALIBRE_AFTER.match(doc.text[token.idx + len(token.text):span.end_char])
        if after and not re.search(r"\d", phrase) and not re.search(r"\b[A-Z]{2,}|[A-Z]-?\d", doc.text[span.start_char:token.idx]):
            phrase = f"{after.group(1)} {phrase}"  # (round 17) "- 300 mortar bombs, 82mm;": "82mm mortar bombs"
        # (round 17) "mortar bombs", "mortar rounds": a weapon word before a head of ``item_heads``
        if weapon_type(phrase) and (_ends_in_weapon(phrase) or re.sub(r"e?s$", "", phrase.rsplit(" ", 1)[-1]) in
                                    weapons()["item_heads"] and " " in phrase):
            ident = finder.weapon(phrase)
            out += [ident] if ident and ident not in out else []
    return out
