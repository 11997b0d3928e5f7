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
    ActorSet: URIRef
    ArmedConflict: URIRef
    ArmedGroup: URIRef
    ArmsTransfer: URIRef
    Atrocity: URIRef
    Battle: URIRef
    Channel: URIRef
    Claim: URIRef
    Company: URIRef
    Control: URIRef
    Election: URIRef
    Estimate: URIRef
    EstimateMeasure: URIRef
    Event: URIRef
    Excerpt: URIRef
    ForceCategory: URIRef
    GovernmentBody: URIRef
    IdentityLink: URIRef
    Indictment: URIRef
    InfluenceOperation: URIRef
    InternationalOrganisation: URIRef
    Leadership: URIRef
    LegalInstrument: URIRef
    Massacre: URIRef
    MediaOutlet: URIRef
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
    SourceDocument: URIRef
    Stance: URIRef
    State: URIRef
    StateArmedForces: URIRef
    Statement: URIRef
    ValueQualifier: URIRef
    VerificationMethod: URIRef
    WeaponType: URIRef

    about: URIRef
    actor: URIRef
    ageInYears: URIRef
    asOf: URIRef
    asserts: URIRef
    candidate: URIRef
    carriedBy: URIRef
    checkedOn: URIRef
    channel: URIRef
    concerns: URIRef
    concursWith: URIRef
    conductedBy: URIRef
    controlled: URIRef
    controller: URIRef
    controls: URIRef
    criticOf: URIRef
    dateAsWritten: URIRef
    defendant: URIRef
    denies: URIRef
    estimateOf: URIRef
    estimatedBy: URIRef
    event: URIRef
    externalResource: URIRef
    evidence: URIRef
    forceCategory: URIRef
    hedge: URIRef
    imageCredit: URIRef
    imposedBy: URIRef
    inConflict: URIRef
    independentOf: URIRef
    indictedIn: URIRef
    intendedBeneficiary: URIRef
    item: URIRef
    jurisdiction: URIRef
    leader: URIRef
    ledOrganisation: URIRef
    legalBasis: URIRef
    linkedEntity: URIRef
    measure: URIRef
    memberCount: URIRef
    nickname: URIRef
    onBehalfOf: URIRef
    operatesIn: URIRef
    owned: URIRef
    owner: URIRef
    owns: URIRef
    paidFor: URIRef
    participatedIn: URIRef
    participationRole: URIRef
    perPeriod: URIRef
    quote: URIRef
    reason: URIRef
    recipient: URIRef
    recruitsFrom: URIRef
    regarding: URIRef
    retrievedAt: URIRef
    rivalOf: URIRef
    sanctions: URIRef
    sanctionsStatus: URIRef
    sha256: URIRef
    speaker: URIRef
    speakerRole: URIRef
    stance: URIRef
    suppliedArmsTo: URIRef
    supplier: URIRef
    target: URIRef
    targetEvent: URIRef
    textFile: URIRef
    timeframe: URIRef
    valueQualifier: URIRef
    verificationMethod: URIRef
    violates: URIRef
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


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes, replacing rdflib's defaults."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
