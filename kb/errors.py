"""Errors the user can act on. Each names the file and line it comes from."""

from __future__ import annotations


class KBError(Exception):
    """Bad input: a fact file, a source document, a query or a missing build.

    ``str(error)`` is one line, ``path:line: message``, ready to print.
    """

    def __init__(self, message: str, path: object = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        text = " ".join(self.message.split())
        return f"{where}: {text}" if where else text


class ValidationFailed(Exception):
    """The graph does not conform to the shapes, or a hygiene check found rows."""

    def __init__(self, report):
        super().__init__("validation failed")
        self.report = report
