"""Validate stage: SHACL shapes, then the hygiene checks in ontology/checks/.

The report ties each result to the YAML file and line the offending node came
from, so a curator knows what to edit.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from . import nt
from .gcpause import without_gc
from .namespaces import bind_prefixes

GRAPH_DATA = URIRef("urn:agkb:graph:data")
GRAPH_ONTOLOGY = URIRef("urn:agkb:graph:ontology")
GRAPH_SHAPES = URIRef("urn:agkb:graph:shapes")


@dataclass
class Result:
    """One problem: where it is, which shape or check found it, and what to do."""

    origin: str
    focus: str
    path: str
    value: str
    shape: str
    message: str
    severity: str = "Violation"

    def detail(self) -> str:
        parts = (f"node {self.focus}" if self.origin else "", f"path {self.path}" if self.path else "",
                 f"value {self.value}" if self.value else "", f"shape {self.shape}" if self.shape else "")
        return ", ".join(p for p in parts if p)

    def line(self) -> str:
        """One line: ``file:line: Severity: message (details)``."""
        where = self.origin or self.focus
        detail = self.detail()
        return f"{where}: {self.severity}: {self.message}" + (f" ({detail})" if detail else "")


@dataclass
class Report:
    """All results; ``conforms`` when there are none."""

    results: list = field(default_factory=list)
    triples: int = 0
    graph: Graph = field(default_factory=Graph)  # the SHACL report, with hygiene rows added

    @property
    def conforms(self) -> bool:
        return not self.results

    def text(self) -> str:
        if self.conforms:
            return f"Conforms: {self.triples} triples, 0 violations."
        lines, current = [], None
        for result in self.results:  # already sorted by file and line
            file, _, line = result.origin.rpartition(":")
            group = file or "hygiene checks (ontology/checks/)"
            if group != current:
                lines.append(group)
                current = group
            where = f"line {line}" if file else result.focus
            detail = result.detail()
            lines.append(f"  {where}: {result.severity}: {result.message}" + (f" ({detail})" if detail else ""))
        return "\n".join(lines + [f"Does not conform: {len(self.results)} violation(s)."])

    def turtle(self) -> str:
        """The report as a SHACL validation report graph in Turtle."""
        graph = Graph()
        graph.namespace_manager = self.graph.namespace_manager
        graph += self.graph
        for report in list(graph.subjects(RDF.type, SH.ValidationReport)):
            graph.set((report, SH.conforms, Literal(self.conforms)))
        return graph.serialize(format="turtle")

    def json(self) -> str:
        doc = {"conforms": self.conforms, "triples": self.triples, "results": [asdict(r) for r in self.results]}
        return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


_PREFIXES: Graph | None = None


def _namespaces(data):
    """The namespace manager that shortens IRIs in results: the data graph's,
    or our prefixes for a set of N-Triples triples."""
    global _PREFIXES
    if isinstance(data, Graph):
        return data.namespace_manager
    if _PREFIXES is None:
        _PREFIXES = Graph()
        bind_prefixes(_PREFIXES)
    return _PREFIXES.namespace_manager


def _short(data, node) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return _namespaces(data).normalizeUri(node)
        except Exception:
            return f"<{node}>"
    return node.n3()


def _report_graph(violations) -> Graph:
    """A sh:ValidationReport graph, as pySHACL writes it, from kb.shacl results."""
    report = Graph()
    report.bind("sh", SH)
    root = BNode()
    report.add((root, RDF.type, SH.ValidationReport))
    report.add((root, SH.conforms, Literal(not violations)))
    for v in violations:
        node = BNode()
        report.add((root, SH.result, node))
        report.add((node, RDF.type, SH.ValidationResult))
        report.add((node, SH.focusNode, v.focus))
        report.add((node, SH.resultSeverity, v.severity))
        report.add((node, SH.sourceShape, v.shape))
        report.add((node, SH.sourceConstraintComponent, v.component))
        for predicate, value in ((SH.resultPath, v.path), (SH.value, v.value), (SH.resultMessage, v.message),
                                 (SH.sourceConstraint, v.constraint)):
            if value is not None:
                report.add((node, predicate, value))
    return report


def _run_shacl(data: Graph, shapes: Graph, ontology: Graph, work=None, index=None) -> Graph:
    """The SHACL report graph: kb.shacl on Oxigraph when it supports the shapes
    (the same results, much faster), else pySHACL."""
    from . import shacl as fast
    from .oxi import Work

    try:
        work = work if work is not None else Work(data, ontology)
        # concepts such as agkb:Asserts live in the ontology
        return _report_graph(fast.validate((data, ontology), shapes, work, index))
    except fast.Unsupported:
        import pyshacl
        combined = nt.to_graph(data) if not isinstance(data, Graph) else data + Graph()
        combined += ontology
        _, report_graph, _ = pyshacl.validate(
            combined, shacl_graph=shapes, inference="none",
            advanced=False, allow_warnings=False, abort_on_first=False)
        return report_graph


def shacl(data, shapes: Graph, ontology: Graph, origins: dict,
          key_origins: dict | None = None, work=None, index=None) -> tuple[list[Result], Graph]:
    """Validate against the SHACL shapes; return results sorted by file and
    line, and the report graph. ``index`` is kb.shacl's index of the data, if
    made ahead."""
    report_graph = _run_shacl(data, shapes, ontology, work, index)
    results = []
    for node in report_graph.subjects(RDF.type, SH.ValidationResult):
        focus = report_graph.value(node, SH.focusNode)
        path = report_graph.value(node, SH.resultPath)
        key = nt.from_rdflib(focus) if focus is not None else None
        origin = (key_origins or {}).get((key, nt.from_rdflib(path) if path is not None else None)) \
            or origins.get(key)
        results.append(Result(
            origin=f"{origin[0]}:{origin[1]}" if origin else "",
            focus=_short(data, focus),
            path=_short(data, path),
            value=_short(data, report_graph.value(node, SH.value)),
            shape=_short(data, report_graph.value(node, SH.sourceShape)),
            message=" ".join(str(report_graph.value(node, SH.resultMessage) or "").split()),
            severity=str(report_graph.value(node, SH.resultSeverity)).rsplit("#", 1)[-1]))
    return sorted(results, key=_sort_key), report_graph


def _sort_key(result: Result):
    file, _, line = result.origin.rpartition(":")
    return (file or result.focus, int(line) if line.isdigit() else 0, result.focus, result.path, result.message)


def hygiene(data, ontology: Graph, shapes: Graph, checks_dir: Path, report: Graph | None = None,
            work=None, answers=None) -> list[Result]:
    """Run each check query (on Oxigraph, over the named graphs
    urn:agkb:graph:data, :ontology and :shapes); every row it returns is a
    result (and, when given, a sh:ValidationResult added to ``report``).
    ``answers`` is the Future of ``start_checks``, if they were started early."""
    from .oxi import Work

    work = work if work is not None else Work(data, ontology)
    if answers is None:
        answers = start_checks(work, shapes, checks_dir)
    results = []
    for (path, message), (_, rows) in zip(_checks(checks_dir), answers.result()):
        for raw in rows:
            row = tuple(None if v is None else nt.to_rdflib(work.nt_of(v)) for v in raw)
            values = ", ".join(_short(data, v) for v in row if v is not None)
            results.append(Result("", values, "", "", f"check {path.name}", message))
            if report is not None:
                _add_check_result(report, row, path.name, message)
    return results


def _checks(checks_dir: Path) -> list[tuple[Path, str]]:
    """Each check query's file and message (its first comment line)."""
    out = []
    for path in sorted(checks_dir.glob("*.rq")):
        query = path.read_text(encoding="utf-8")
        out.append((path, query.splitlines()[0].lstrip("# ").strip()))
    return out


def start_checks(work, shapes: Graph, checks_dir: Path):
    """Start the hygiene checks on Oxigraph in a background thread (a Future)."""
    from .oxi import in_background, select_all

    work.add_shapes(shapes)
    texts = [path.read_text(encoding="utf-8") for path, _ in _checks(checks_dir)]
    return in_background(select_all, lambda text: work.query(text, default=None), texts)


def _add_check_result(report: Graph, row, check: str, message: str) -> None:
    node = BNode()
    for parent in report.subjects(RDF.type, SH.ValidationReport):
        report.add((parent, SH.result, node))
    report.add((node, RDF.type, SH.ValidationResult))
    report.add((node, SH.resultSeverity, SH.Violation))
    report.add((node, SH.sourceShape, URIRef(f"urn:agkb:check:{check}")))
    report.add((node, SH.resultMessage, Literal(message)))
    if row[0] is not None:
        report.add((node, SH.focusNode, row[0]))


@without_gc
def validate(data, shapes: Graph, ontology: Graph, origins: dict, checks_dir: Path,
             key_origins: dict | None = None, work=None, index=None) -> Report:
    """SHACL validation and hygiene checks together, of ``data`` (a set of
    N-Triples triples, kb.nt, or an rdflib graph). Results point at the YAML
    key that set the offending value, or else at the record (``origins`` and
    ``key_origins`` are keyed by N-Triples terms, as kb.load makes them).
    ``work`` is the build's Oxigraph store (kb.oxi.Work) holding the same data
    and ontology."""
    from .oxi import Work

    report = Report(triples=len(data))
    work = work if work is not None else Work(data, ontology)
    checks = start_checks(work, shapes, checks_dir)
    results, report.graph = shacl(data, shapes, ontology, origins, key_origins, work, index)
    report.results = results + hygiene(data, ontology, shapes, checks_dir, report.graph, work, checks)
    return report
