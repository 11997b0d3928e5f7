"""Synthetic FollowTheMoney files of any size, for the benchmark (`kb bench
--generate-ftm N FILE`). Schema-valid (every line loads with followthemoney
and keeps its values), deterministic for a given N, written a line at a time.

The mix follows a sanctions collection: about 40% people (names in Latin
letters, most also in Cyrillic, Arabic or Hangul), 17% organisations and
companies, 4% vessels, 30% sanctions (two authorities for some targets, one
in ten lifted with an end date), and 9% relations (memberships,
directorships, ownerships, family ties, associates).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

GIVEN = ["Ivan", "Dmitri", "Olga", "Anna", "Kim", "Ali", "Fatima", "Omar", "Sergei", "Elena", "Pavel", "Nadia"]
FAMILY = ["Petrov", "Sidorov", "Volkov", "Hassan", "Rahman", "Park", "Lee", "Orlov", "Kuznetsov", "Haddad"]
CYRILLIC = {"Ivan": "Иван", "Dmitri": "Дмитрий", "Olga": "Ольга", "Anna": "Анна", "Sergei": "Сергей",
            "Elena": "Елена", "Pavel": "Павел", "Nadia": "Надя", "Petrov": "Петров", "Sidorov": "Сидоров",
            "Volkov": "Волков", "Orlov": "Орлов", "Kuznetsov": "Кузнецов"}
ARABIC = {"Ali": "علي", "Fatima": "فاطمة", "Omar": "عمر", "Hassan": "حسن", "Rahman": "رحمن", "Haddad": "حداد"}
HANGUL = {"Kim": "김", "Park": "박", "Lee": "이"}
WORDS = ["Example", "Northern", "Crescent", "Volga", "Amber", "Granite", "Harbour", "Summit", "Falcon", "Delta"]
KINDS = ["Trading", "Logistics", "Shipping", "Holdings", "Industries", "Security"]
COUNTRIES = ["ru", "kp", "ir", "sy", "sd", "by", "ve", "mm", "cn", "ae", "tr", "de", "gb", "us", "ly", "ml"]
AUTHORITIES = ["Office of Example Sanctions", "Council of the Example Union", "Example Security Council Committee"]
PROGRAMMES = ["EXAMPLE-RUSSIA", "EXAMPLE-DPRK", "EXAMPLE-IRAN", "EXAMPLE-SUDAN", "EXAMPLE-TERROR"]


def _date(rng: random.Random, start: int, end: int) -> str:
    year = rng.randint(start, end)
    precision = rng.random()
    if precision < 0.1:
        return str(year)
    if precision < 0.2:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _person(rng: random.Random, n: int) -> dict:
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    names = [f"{given} {family} {n}"]
    script = rng.random()
    if given in CYRILLIC and family in CYRILLIC and script < 0.6:
        names.append(f"{CYRILLIC[given]} {CYRILLIC[family]} {n}")
    elif given in ARABIC and family in ARABIC and script < 0.8:
        names.append(f"{ARABIC[given]} {ARABIC[family]} {n}")
    elif given in HANGUL and family in HANGUL:
        names.append(f"{HANGUL[family]}{HANGUL[given]} {n}")
    props = {"name": names, "firstName": [given], "lastName": [family],
             "birthDate": [_date(rng, 1940, 2000)], "nationality": [rng.choice(COUNTRIES)]}
    if rng.random() < 0.3:
        props["alias"] = [f"{family} {given[0]}. {n}"]
    if rng.random() < 0.2:
        props["passportNumber"] = [f"{rng.randint(100000000, 999999999)}"]
    return {"schema": "Person", "properties": props}


def _organisation(rng: random.Random, n: int) -> dict:
    schema = rng.choice(["Organization", "Company", "Company"])
    name = f"{rng.choice(WORDS)} {rng.choice(KINDS)} {n}"
    props = {"name": [name], "country": [rng.choice(COUNTRIES)]}
    if schema == "Company":
        props["incorporationDate"] = [_date(rng, 1990, 2024)]
        props["registrationNumber"] = [f"REG-{n}"]
    return {"schema": schema, "properties": props}


def _vessel(rng: random.Random, n: int) -> dict:
    return {"schema": "Vessel", "properties": {"name": [f"{rng.choice(WORDS)} Star {n}"],
                                                "flag": [rng.choice(COUNTRIES)],
                                                "mmsi": [f"{200000000 + n % 700000000:09d}"]}}


def _sanction(rng: random.Random, target: str) -> dict:
    props = {"entity": [target], "authority": [rng.choice(AUTHORITIES)], "program": [rng.choice(PROGRAMMES)],
             "startDate": [_date(rng, 2010, 2025)]}
    if rng.random() < 0.1:
        props["endDate"] = ["2025-06-30"]
        props["status"] = ["Delisted"]
    return {"schema": "Sanction", "properties": props}


RELATIONS = [("Membership", "member", "organization", "person", "org"),
             ("Directorship", "director", "organization", "person", "org"),
             ("Ownership", "owner", "asset", "person", "org"),
             ("Family", "person", "relative", "person", "person"),
             ("Associate", "person", "associate", "person", "person")]


def generate(path: Path, count: int, seed: int = 13) -> int:
    """Write ``count`` entities to ``path`` (JSON lines); return the count."""
    rng = random.Random(seed)
    people: list[str] = []
    orgs: list[str] = []
    targets: list[str] = []
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        def emit(ident: str, data: dict) -> None:
            nonlocal written
            data = {"id": ident, **data, "first_seen": "2024-01-01T00:00:00", "last_seen": "2026-01-15T00:00:00"}
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
            written += 1

        n = 0
        while written < count:
            n += 1
            roll = rng.random()
            if roll < 0.40 or not people:
                ident = f"syn-p-{n}"
                emit(ident, _person(rng, n))
                people.append(ident)
                targets.append(ident)
            elif roll < 0.57 or not orgs:
                ident = f"syn-o-{n}"
                emit(ident, _organisation(rng, n))
                orgs.append(ident)
                targets.append(ident)
            elif roll < 0.61:
                ident = f"syn-v-{n}"
                emit(ident, _vessel(rng, n))
                targets.append(ident)
            elif roll < 0.91:
                emit(f"syn-s-{n}", _sanction(rng, rng.choice(targets[-2000:])))
            else:
                schema, left, right, left_kind, right_kind = rng.choice(RELATIONS)
                pick = {"person": people, "org": orgs}
                a, b = rng.choice(pick[left_kind][-2000:]), rng.choice(pick[right_kind][-2000:])
                if a == b:
                    continue
                props = {left: [a], right: [b]}
                if schema in ("Family", "Associate"):
                    props["relationship"] = [rng.choice(["brother", "sister", "business partner", "associate"])]
                emit(f"syn-r-{n}", {"schema": schema, "properties": props})
    return written
