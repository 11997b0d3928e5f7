"""What a clause a speaker reports says of the claims or of the dead (split
from ``stance``), read on its parse: a complement that calls something false
("called the claims fabricated", "dismissed the report as propaganda"), a
concurring verb with a judgement to concur with ("welcomes the decision"), a
verb of making up ("accused soldiers of inventing the attack"), the dead
recast as combatants ("the men were BUL fighters"), force used only on armed
men ("fired only on armed thieves"), and the copula a negation describes ("a
dealer who had never touched a gun"). Used by
:class:`kb.extract.stance.StanceReader`; words are data
(``lexicon/language.yaml``)."""

from __future__ import annotations

from .lexicon import language


def _false_judgement(verb) -> bool:
    """True when a verb's complement calls something false: "called the claims
    fabricated", "dismissed the report as propaganda", "the accusations were
    baseless" (``falsity_words`` in language.yaml)."""
    falsity = set(language()["falsity_words"])

    def false(token) -> bool:
        return token.lemma_.lower() in falsity or token.lower_ in falsity

    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp", "advcl") and false(child):
            return True
        if child.dep_ == "dobj" and false(child) and any(g.dep_ == "compound" for g in child.children):
            return True  # "called the reports fabrications": the parser makes "reports" a compound
        if child.dep_ in ("oprd", "attr", "dobj", "xcomp", "ccomp") and any(
                false(g) and g.dep_ in ("amod", "acomp", "oprd", "attr", "compound", "nsubj", "appos", "dobj")
                for g in child.children):
            # "called the accounts lies spread by its enemies": the parser makes "lies" the subject of "spread"
            return True
        if (child.dep_ == "prep" and child.lower_ == "as" or child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "as" for m in child.children)) and any(false(t) for t in child.subtree):
            return True  # "dismissed the report as propaganda", "described the accounts as lies spread by X"
        if child.dep_ == "dobj" and any(_misattached_judgement(t, child) for t in child.subtree if false(t)):
            return True  # "called the reports of killings in X fabrications": the parser hangs it on the place
    return _base_motive(verb)


def _base_motive(verb) -> bool:
    """(round 32) True when the verb's object is an accusation and its
    complement a base motive for it: 'called the accusation "pure envy from
    rivals"', "described the charges as the work of jealous competitors"
    (``motive_words``, ``accused_nouns``)."""
    lex = language()
    motives, accused = set(lex["motive_words"]), set(lex["accused_nouns"])
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in accused]
    if not objects:
        return False
    said = [t for c in verb.children if c.dep_ not in ("nsubj", "dobj", "nsubjpass", "aux", "neg", "conj", "cc", "punct")
            for t in c.subtree] + [t for o in objects for t in o.subtree if t.i > o.i]
    return any(t.lemma_.lower() in motives or t.lower_ in motives for t in said)


def _misattached_judgement(token, obj) -> bool:
    """True when a word of falsity after the object heads a phrase of its own
    that the parser hung inside the object ("the reports of killings in X
    'fabrications by ...'": a pobj of "in"), not a modifier ("reports of
    fabricated evidence") nor what the object is about ("reports of lies")."""
    if token.i <= obj.i or token.dep_ in ("amod", "compound", "nmod", "poss") or token.pos_ not in ("NOUN", "ADJ"):
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in ("of", "about", "on"))


def _judged(verb, words) -> bool:
    """True when a concurring verb has a judgement to concur with: a clause,
    an object of ``words`` ("welcomes the decision"), the end of one
    ("welcomes the end of an unjust listing": ``ending_nouns``) or one after
    "with" ("concurs with Bahrain's assessment")."""
    def judgement(token) -> bool:
        return token.lemma_.lower() in words

    for c in verb.children:
        if c.dep_ == "ccomp" or c.dep_ == "dobj" and judgement(c):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in language()["ending_nouns"] and any(
                p.lower_ == "of" and any(judgement(g) for g in p.children) for p in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and judgement(g) for g in c.children):
            return True
    return False


def _made_up(verb, words) -> bool:
    """True when ``verb`` is one of ``words`` (``fabrication_verbs``), read by
    its stem as well as its lemma (the tagger lemmatises "staging" as "stag");
    "make" only as "make up"."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    hit = lemma in words or any(form.startswith(w[:-1] if w.endswith("e") else w) for w in words if len(w) > 4)
    if hit and (lemma == "make" or form.startswith("mak")):
        return any(u.lower_ == "up" for u in verb.children)
    return hit


def _victims_recast(clause, lex) -> bool:
    """True when a reported clause says the dead were combatants ("the men
    were BUL fighters", "the victims had been insurgents"): its verb is "be",
    not negated, its subject one of ``victim_nouns`` and its attribute (or one
    coordinated with it) one of ``combatant_nouns`` (lexicon/language.yaml)."""
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return False
    victims, fighters = set(lex["victim_nouns"]), set(lex["combatant_nouns"]) | set(lex["recast_victim_nouns"])
    # "the six were ...", "all four were ...": a bare number names the dead too
    if not any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in victims or c.pos_ == "NUM" and c.like_num)
               for c in clause.children):
        return False
    return any(_named_fighter(a, fighters, lex) for c in clause.children if c.dep_ == "attr"
               for a in [c] + list(c.conjuncts))


def _named_fighter(noun, fighters, lex) -> bool:
    """A noun of ``fighters``, or any noun under a modifier of
    ``recast_victim_modifiers`` ("armed prospectors", round 36)."""
    return noun.lemma_.lower() in fighters or noun.pos_ == "NOUN" and any(
        m.dep_ == "amod" and m.lower_ in lex["recast_victim_modifiers"] for m in noun.children)


def _force_on_armed_men(clause, lex) -> bool:
    """True when a reported clause says force was used only on armed men ("its
    guards 'fired only on armed thieves'", "his men had repelled bandits",
    "shot at looters who attacked the camp"): its verb (or one coordinated) of
    ``defensive_force_verbs``, not negated, whose object, or the object of
    "on"/"at"/"upon", is one of ``combatant_nouns`` or ``armed_men_nouns``
    ("repel" also an attack: ``repelled_nouns``); lexicon/language.yaml."""
    verbs, repel = set(lex["defensive_force_verbs"]), set(lex["repel_verbs"])
    armed = set(lex["combatant_nouns"]) | set(lex["armed_men_nouns"])
    heads = [clause] + list(clause.conjuncts)
    # 'his men had "repelled bandits"': the parser may make the verb an adjective of its object
    heads += [a for h in list(heads) for o in [h] + [c for c in h.children if c.dep_ == "dobj"]
              for a in o.children if a.dep_ == "amod"]
    for verb in heads:
        lemma = verb.lemma_.lower()
        if lemma not in verbs | repel or verb.tag_ not in ("VBD", "VBN", "VBP", "VBZ", "VB") or any(
                c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue
        wanted = armed | set(lex["repelled_nouns"]) if lemma in repel else armed
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
            for g in c.children if g.dep_ == "pobj"]
        objects += [verb.head] if verb.dep_ == "amod" else []
        if any(o.lemma_.lower() in wanted for obj in objects for o in [obj] + list(obj.conjuncts)):
            return True
    return False


def _described_by_negation(token):
    """The copula whose predicate noun a negation describes ("his client was a
    dealer who had never touched a gun", "she is a trader with no link to any
    group", "a farmer who does not own a rifle"), or None."""
    if token.dep_ == "neg" or token.lower_ == "never":
        verb = token.head  # the relative clause's verb, its subject a relative pronoun
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                           for c in verb.children):
            return None
        noun = verb.head
    elif token.lower_ == "no" and token.dep_ == "det" and token.head.dep_ == "pobj" and \
            token.head.head.lower_ == "with":
        noun = token.head.head.head  # "a businesswoman with no link to"
    else:
        return None
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and noun.pos_ in ("NOUN", "PROPN"):
        return noun.head
    return None


def _victims_described_as_fighters(verb, lex) -> bool:
    """(round 31) True when a verb of ``redescription_verbs`` names the dead
    as combatants: its object one of ``victim_nouns`` or a bare number with
    "the" ("described the six as 'militia fighters killed in combat'",
    "labelled the dead as rebels", "called the men bandits"), and what follows
    "as" (or its object predicate) one of ``combatant_nouns``."""
    if verb.lemma_.lower() not in lex["redescription_verbs"] or any(c.dep_ == "neg" for c in verb.children):
        return False
    victims, fighters = set(lex["victim_nouns"]), set(lex["combatant_nouns"]) | set(lex["recast_victim_nouns"])
    dead = [c for c in verb.children if c.dep_ == "dobj" and any(d.lower_ in ("the", "these", "those", "all")
                                                                  for d in c.children)
            and (c.lemma_.lower() in victims or c.pos_ == "NUM" and c.like_num)]
    named = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    named += [c for c in verb.children if c.dep_ == "oprd"] + [c for d in dead for c in d.children if c.dep_ == "oprd"]
    return bool(dead) and any(_named_fighter(a, fighters, lex) for n in named for a in [n] + list(n.conjuncts))
