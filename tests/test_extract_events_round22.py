"""Classes of events and relations (round 22, issue #12), each with new fictional sentences of its own and a
negative control: a listed target written after its place and trade ("and the Lagos-based shipping company C",
"and the gold exporter C") or after an article ("A, the B Brigade and C") stays in the list of targets; a
sentence that both widens an authority's measure against X and lists A and B is one widening against X, A and B
(and X's first listing when the sentence dates it), never a new listing of A and B apart; "welcomed Kenya's
decision to list X": the possessor of the decision is the authority; "The Government" alone is the document's own
government each time, not the authority of the measure told last; "X's minister of the interior, Y": the lower-case portfolio after "of" is part of the post; who commands
a group's fighters, troops or units commands the group; "carried out an attack on the village of X in which N
were killed": a killing at X, its doer accused (never who condemned it); "its strength: 1,200, according to X": a
force's size with its source written after the figure; "will adopt the EU's new listings": the international
body whose measures are adopted is not their target."""

from __future__ import annotations

import pytest

from .extract_cases import claims, controls, measures, posts, extract  # noqa: F401 - extract is a fixture


def _targets(doc) -> list:
    return [sorted(m["targets"]) for m in measures(doc)]


# ---------------------------------------------------------------- 1. a listed target after its place and trade
@pytest.mark.parametrize("text", [
    "On Monday, OFAC designated the Ruvo Brigade, its commander Tomas Elder and the Lagos-based shipping company "
    "Marlin Freight Ltd pursuant to Executive Order 13224.",
    "The Treasury sanctioned the Ruvo Brigade, its financier Tomas Elder and the Lagos-based fishing and haulage "
    "firm Marlin Freight Ltd on Friday.",
    "The Treasury sanctioned Tomas Elder, the Ruvo Brigade and the gold exporter Marlin Freight Ltd.",
])
def test_a_listed_target_after_its_place_and_trade_stays_a_target(extract, text):
    doc = extract(text)
    assert ["marlin-freight-ltd", "ruvo-brigade", "tomas-elder"] in _targets(doc), _targets(doc)


def test_a_person_after_a_place_and_a_trade_that_is_no_business_ends_the_list(extract):
    # negative control: "the Lagos-based analyst Joan Merrow" is no listed firm
    doc = extract("The European Union sanctioned Tomas Elder and the Lagos-based analyst Joan Merrow, the "
                  "Treasury said.")
    assert _targets(doc) == [["tomas-elder"]], _targets(doc)


def test_a_possessive_after_the_article_ends_the_list(extract):
    # negative control: "the Ruvo Brigade's commander" describes the name before it
    doc = extract("The Treasury designated Tomas Elder, the Ruvo Brigade's commander.")
    assert _targets(doc) == [["tomas-elder"]], _targets(doc)


# ---------------------------------------------------------------- 2. a widening that lists new targets: one measure
def _got(doc) -> set:
    return {(m["authority"], m["status"], tuple(sorted(m["targets"]))) for m in measures(doc)}


WIDE = ("ruvo-brigade", "tomas-elder", "vera-castell")


@pytest.mark.parametrize("text, authority, first", [
    ("On Monday, the Council of the European Union extended its restrictive measures against the Ruvo Brigade, "
     "listed in May 2023 under Council Regulation (EU) 2019/1234, to two of the group's commanders, Tomas Elder "
     "and Vera Castell.", "council-of-the-european-union", True),
    ("On Monday, the Council of the European Union added two of the group's commanders, Tomas Elder and Vera "
     "Castell, to its list of persons subject to restrictive measures, expanding the listing of the Ruvo Brigade it "
     "adopted in May under Council Regulation (EU) 2019/1234.", "council-of-the-european-union", True),
    ("The Treasury designated Tomas Elder and Vera Castell on Friday, widening its sanctions on the Ruvo Brigade.",
     "treasury-department", False),
])
def test_a_widening_that_lists_new_targets_is_one_measure(extract, text, authority, first):
    got = _got(extract(text))
    want = {(authority, "expanded", WIDE)} | ({(authority, "imposed", ("ruvo-brigade",))} if first else set())
    assert got == want, got


def test_a_widening_by_another_authority_stays_apart(extract):
    # negative control: Canada's widening is no part of the Treasury's listing
    got = _got(extract("The Treasury designated Tomas Elder on Friday. Canada widened its sanctions on the Ruvo "
                       "Brigade."))
    assert got == {("treasury-department", "imposed", ("tomas-elder",)), ("canada", "expanded", ("ruvo-brigade",))}, got



def test_a_widened_regime_on_a_state_stays_apart_from_a_listing(extract):
    # negative control: a regime on a state widened to cover goods is no listing of the person added
    got = _got(extract("On Monday the Council of the European Union widened its sanctions on Iran to cover drone "
                       "engines and added Tomas Elder to its list."))
    assert got == {("council-of-the-european-union", "expanded", ("iran",)),
                   ("council-of-the-european-union", "imposed", ("tomas-elder",))}, got

# ---------------------------------------------------------------- 3. "Kenya's decision to list X": the possessor acts
@pytest.mark.parametrize("text, authority", [
    ("Norway welcomed Kenya's decision in June to list the Ruvo Brigade as a terrorist organisation.", "kenya"),
    ("The ministry said it supported the European Union's move to designate Tomas Elder.", "european-union"),
    ("Canada backed the Treasury's decision on Monday to sanction the Ruvo Brigade.", "treasury-department"),
])
def test_the_possessor_of_a_decision_to_list_is_the_authority(extract, text, authority):
    got = {(m["authority"], tuple(m["targets"])) for m in measures(extract(text))}
    assert {a for a, _ in got} == {authority}, got


def test_a_decision_of_no_body_lists_nothing(extract):
    # negative control: an armed group's decision to "list its demands" is no sanctions measure
    assert measures(extract("The Ruvo Brigade's decision to list its demands in a letter angered Kenya.")) == []


# ---------------------------------------------------------------- 4. "The Government" alone: the document's own
@pytest.mark.parametrize("text", [
    "Norway freezes assets of armed group\n\nThe Government today decided to freeze the funds of the Ruvo Brigade. "
    "Kenya listed the Ruvo Brigade in June.\n\nThe Government also decided today to remove Tomas Elder, a former "
    "supplier of fuel to the group, from the national list.",
    "Norway freezes assets of armed group\n\nThe Government today froze the funds of the Ruvo Brigade. Kenya listed "
    "the Ruvo Brigade in June. The Government has also delisted Tomas Elder.",
    "Norway freezes assets of armed group\n\nKenya listed the Ruvo Brigade in June. On Monday the Government "
    "agreed to lift its freeze on Tomas Elder.",
])
def test_the_government_alone_is_the_documents_own_each_time(extract, text):
    got = {(m["authority"], tuple(m["targets"])) for m in measures(extract(text))}
    assert {a for a, t in got if t == ("tomas-elder",)} == {"norway"}, got


def test_a_qualified_government_is_not_the_documents_own(extract):
    # negative control: "the provincial government" is no state's government; the old reading stands
    got = {(m["authority"], tuple(m["targets"])) for m in measures(extract(
        "Norway freezes assets of armed group\n\nKenya listed the Ruvo Brigade in June. The provincial government "
        "has also delisted Tomas Elder."))}
    assert "norway" not in {a for a, _ in got}, got


# ---------------------------------------------------------------- 5. a portfolio in lower case after "of"
@pytest.mark.parametrize("text, role", [
    ("Kenya's minister of the interior, Daniel Otieno Mwangi, told state radio that troops had been sent.",
     "minister-of-the-interior"),
    ("Daniel Otieno Mwangi, Kenya's minister of finance, said the freeze would stand.", "minister-of-finance"),
    ("Kenya's minister of defence, Daniel Otieno Mwangi, visited the base on Monday.", "minister-of-defence"),
])
def test_a_lower_case_portfolio_after_of_is_part_of_the_post(extract, text, role):
    assert posts(extract(text)) == {("daniel-otieno-mwangi", "kenya", role)}, posts(extract(text))


def test_a_named_body_after_of_is_no_portfolio(extract):
    # negative control: capitalised words after "of" are no lower-case portfolio
    got = posts(extract("Kenya's minister of the Ruvo Brigade affairs, Daniel Otieno Mwangi, spoke."))
    assert not any("ruvo" in r for _, _, r in got), got


# ---------------------------------------------------------------- 6. who commands a group's fighters commands it
@pytest.mark.parametrize("text", [
    "Tomas Elder commands the Ruvo Brigade's fighters in the north.",
    "The Ruvo Brigade is led by Vera Castell. Her deputy, Tomas Elder, commands its fighters in the field.",
    "The Ruvo Brigade's troops around Kisumu are commanded by Tomas Elder.",
    "Tomas Elder leads the fighters of the Ruvo Brigade in the east.",
])
def test_who_commands_a_groups_fighters_commands_the_group(extract, text):
    assert ("tomas-elder", "ruvo-brigade") in controls(extract(text)), controls(extract(text))


def test_who_leads_a_groups_campaign_does_not_command_it(extract):
    # negative control: a campaign is no body of fighters
    assert controls(extract("Tomas Elder leads the Ruvo Brigade's campaign in the east.")) == set()


# ---------------------------------------------------------------- 7. "an attack on X in which N were killed"
def _killing(doc) -> tuple:
    events = {tuple(c["location"]) for c in claims(doc, "Atrocity")}
    accused = {c["actor"] for c in claims(doc, "Participation") if c.get("role") == "accused-participant"}
    return events, accused


@pytest.mark.parametrize("text", [
    "The Ruvo Brigade carried out an attack on the village of Garissa in which 12 villagers were killed.",
    "Fighters of the Ruvo Brigade staged a raid on the town of Garissa, where eight traders were shot dead.",
    "In its statement, the Council said the Ruvo Brigade had led an attack on the market at Garissa on 3 June in "
    "which at least 31 traders and shoppers were killed.",
])
def test_a_killing_told_in_a_relative_clause_of_an_attack(extract, text):
    assert _killing(extract(text)) == ({("garissa",)}, {"ruvo-brigade"}), _killing(extract(text))


def test_who_condemned_the_attack_is_not_accused(extract):
    # negative control: the subject of "condemned" did not carry the attack out
    got = _killing(extract("The Ruvo Brigade condemned the attack on the village of Garissa in which 12 villagers "
                           "were killed."))
    assert got == ({("garissa",)}, set()), got


def test_a_place_a_where_clause_follows_outside_an_attack_is_no_killing_site(extract):
    # negative control: "travelled to villages of X where people were killed" names no attack on X
    got = _killing(extract("Our researchers travelled to two villages in the Lamu district of Kenya's coast region "
                           "where people were killed in January."))
    assert ("kenya",) not in got[0] and got[1] == set(), got


# ---------------------------------------------------------------- 8. a strength figure with its source after it
def _sizes(doc) -> set:
    return {(c["of"], c["value"]) for c in claims(doc, "Estimate") if c["measure"] == "force-size"}


@pytest.mark.parametrize("text, want", [
    ("Estimates of the Ruvo Brigade's strength vary: 1,200, according to a Member State, and 3,000, according to "
     "the Government.", {("ruvo-brigade", 1200), ("ruvo-brigade", 3000)}),
    ("The Ruvo Brigade's strength stands at about 900, according to the army.", {("ruvo-brigade", 900)}),
    ("The Ruvo Brigade has grown in numbers: it counts 2,000, according to the police.", {("ruvo-brigade", 2000)}),
])
def test_a_strength_figure_followed_by_its_source_is_a_force_size(extract, text, want):
    assert _sizes(extract(text)) == want, _sizes(extract(text))


def test_a_count_of_things_followed_by_its_source_is_no_force_size(extract):
    # negative control: no word of strength; the 40 are houses
    assert _sizes(extract("The Ruvo Brigade's fighters burned 40, according to the police, of the 300 houses in "
                          "Kisumu.")) == set()


# ---------------------------------------------------------------- 9. "will adopt the EU's listings": no target
@pytest.mark.parametrize("text", [
    "The ministry announced on Tuesday that Norway will adopt the EU's new listings under its Ordinance on "
    "Measures against the Ruvo Brigade.",
    "Norway will adopt the European Union's new listings on Friday.",
    "Sweden said it would apply the EU's sanctions next week.",
])
def test_the_body_whose_measures_are_adopted_is_no_target(extract, text):
    got = [(m["authority"], m["targets"]) for m in measures(extract(text))]
    assert not any("european-union" in t for _, t in got), got


def test_a_group_whose_listing_is_renewed_stays_the_target(extract):
    # negative control: the possessor of the measure noun is its target when it is no international body
    got = [(m["authority"], m["targets"]) for m in measures(extract("Norway renewed the Ruvo Brigade's listing on "
                                                                    "Monday."))]
    assert got == [("norway", ["ruvo-brigade"])], got


# ------------------------------------------- (merge) "X's ministry said the government ...": X's government
@pytest.mark.parametrize("text", [
    "KARUMA, Uganda, June 9 (Wire) - Canada's foreign ministry said the government will freeze the assets of the "
    "Ruvo Brigade.",
    "KARUMA, Uganda, June 9 (Wire) - Canada's Ministry of Foreign Affairs said on Friday that the Government had "
    "designated the Ruvo Brigade.",
    "KARUMA, Uganda, June 9 (Wire) - Canada's foreign minister told reporters the government had sanctioned the "
    "Ruvo Brigade.",
])
def test_the_government_a_states_body_speaks_of_is_that_states(extract, text):
    got = {(m["authority"], tuple(m["targets"])) for m in measures(extract(text))}
    assert got == {("canada", ("ruvo-brigade",))}, got
