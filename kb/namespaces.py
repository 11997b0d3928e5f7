"""Namespaces of the knowledge base. ``AGKB`` fails on a misspelt term."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD, DefinedNamespace

BASE = "https://w3id.org/agkb/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
ID = Namespace(BASE + "id/")
CLAIM = Namespace(BASE + "id/claim/")
STATEMENT = Namespace(BASE + "id/statement/")
SOURCE = Namespace(BASE + "id/source/")
EXCERPT = Namespace(BASE + "id/excerpt/")
LINK = Namespace(BASE + "id/link/")
RECORD = Namespace(BASE + "id/record/")
DATASET = Namespace(BASE + "id/dataset/")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
AGSH = Namespace(BASE + "shapes#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")


class AGKB(DefinedNamespace):
    """Terms of the ontology that the code names. tests/test_ontology.py keeps
    this list equal to the classes and properties declared in ontology/."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    Address: URIRef
    Aircraft: URIRef
    ActorSet: URIRef
    ArmedConflict: URIRef
    ArmedGroup: URIRef
    ArmsTransfer: URIRef
    Asset: URIRef
    Association: URIRef
    Atrocity: URIRef
    Battle: URIRef
    Channel: URIRef
    Claim: URIRef
    Company: URIRef
    Control: URIRef
    Directorship: URIRef
    Election: URIRef
    Estimate: URIRef
    EstimateMeasure: URIRef
    Event: URIRef
    Excerpt: URIRef
    FamilyRelation: URIRef
    ForceCategory: URIRef
    GovernmentBody: URIRef
    IdentityLink: URIRef
    IdentityMatch: URIRef
    Indictment: URIRef
    InfluenceOperation: URIRef
    InternationalOrganisation: URIRef
    Leadership: URIRef
    LegalInstrument: URIRef
    Massacre: URIRef
    MatchJudgement: URIRef
    MatchVerdict: URIRef
    MediaOutlet: URIRef
    Occupancy: URIRef
    Operation: URIRef
    Organisation: URIRef
    Ownership: URIRef
    Participation: URIRef
    ParticipationRole: URIRef
    Person: URIRef
    Place: URIRef
    PrivateMilitaryCompany: URIRef
    Region: URIRef
    Relationship: URIRef
    Role: URIRef
    SanctionsMeasure: URIRef
    SanctionsStatus: URIRef
    Settlement: URIRef
    Siege: URIRef
    Source: URIRef
    SourceDocument: URIRef
    SourceRecord: URIRef
    Stance: URIRef
    State: URIRef
    StateArmedForces: URIRef
    Statement: URIRef
    Territory: URIRef
    ValueQualifier: URIRef
    VerificationMethod: URIRef
    Vessel: URIRef
    WeaponType: URIRef

    about: URIRef
    actor: URIRef
    ageInYears: URIRef
    asOf: URIRef
    asserts: URIRef
    associate: URIRef
    callSign: URIRef
    candidate: URIRef
    canonicalEntity: URIRef
    carriedBy: URIRef
    channel: URIRef
    checkedOn: URIRef
    citizenship: URIRef
    concerns: URIRef
    concursWith: URIRef
    conductedBy: URIRef
    controlled: URIRef
    controller: URIRef
    controls: URIRef
    country: URIRef
    criticOf: URIRef
    dateAsWritten: URIRef
    defendant: URIRef
    denies: URIRef
    estimateOf: URIRef
    estimatedBy: URIRef
    event: URIRef
    evidence: URIRef
    externalResource: URIRef
    fatherName: URIRef
    firstSeen: URIRef
    flagState: URIRef
    forceCategory: URIRef
    formerlySanctioned: URIRef
    hedge: URIRef
    holder: URIRef
    idNumber: URIRef
    imageCredit: URIRef
    imoNumber: URIRef
    imposedBy: URIRef
    inConflict: URIRef
    independentOf: URIRef
    indictedIn: URIRef
    innCode: URIRef
    intendedBeneficiary: URIRef
    item: URIRef
    judgedBy: URIRef
    judgedEntity: URIRef
    jurisdiction: URIRef
    lastSeen: URIRef
    leader: URIRef
    ledOrganisation: URIRef
    legalBasis: URIRef
    linkedEntity: URIRef
    listingDate: URIRef
    listingId: URIRef
    listingStatus: URIRef
    matchReason: URIRef
    matchScore: URIRef
    matchedEntity: URIRef
    measure: URIRef
    mmsi: URIRef
    memberCount: URIRef
    nickname: URIRef
    ogrnCode: URIRef
    onBehalfOf: URIRef
    operatesIn: URIRef
    owned: URIRef
    owner: URIRef
    owns: URIRef
    sharePercentage: URIRef
    sharesCount: URIRef
    paidFor: URIRef
    participatedIn: URIRef
    participationRole: URIRef
    passportNumber: URIRef
    perPeriod: URIRef
    person: URIRef
    post: URIRef
    previousName: URIRef
    provisions: URIRef
    quote: URIRef
    reason: URIRef
    recipient: URIRef
    recruitsFrom: URIRef
    regarding: URIRef
    registeredIn: URIRef
    registrationNumber: URIRef
    relationshipKind: URIRef
    relative: URIRef
    retrievedAt: URIRef
    rivalOf: URIRef
    sanctions: URIRef
    sanctionsStatus: URIRef
    scheduledEndDate: URIRef
    sha256: URIRef
    speaker: URIRef
    speakerRole: URIRef
    stance: URIRef
    suppliedArmsTo: URIRef
    supplier: URIRef
    swiftBic: URIRef
    target: URIRef
    targetEvent: URIRef
    textFile: URIRef
    timeframe: URIRef
    unscId: URIRef
    valueQualifier: URIRef
    verdict: URIRef
    verificationMethod: URIRef
    violates: URIRef
    weakAlias: URIRef
    wireAgency: URIRef

PREFIXES = {
    "agkb": str(AGKB),
    "agsh": str(AGSH),
    "kb": str(ID),
    "claim": str(CLAIM),
    "statement": str(STATEMENT),
    "source": str(SOURCE),
    "excerpt": str(EXCERPT),
    "link": str(LINK),
    "record": str(RECORD),
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "sh": str(SH),
    "skos": str(SKOS),
    "wd": str(WD),
    "xsd": str(XSD),
}

# The prefixes every query `kb query` runs gets: PREFIXES and ``ftm:``, the
# entities imported from FollowTheMoney lists (https://w3id.org/agkb/id/ftm/<id>,
# as `kb show ftm:<id>` and `kb match` write them). ``ftm:`` is only declared
# for queries: published files and tables name those entities by their IRI.
QUERY_PREFIXES = {}
for _prefix, _namespace in PREFIXES.items():
    QUERY_PREFIXES[_prefix] = _namespace
    if _prefix == "record":  # with the knowledge base's own, before the vocabularies
        QUERY_PREFIXES["ftm"] = str(ID) + "ftm/"


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes, replacing rdflib's defaults."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
