"""The JavaScript libraries the static site uses, copied into ``dist/``.

The libraries are pinned npm packages (``package.json`` and
``package-lock.json`` at the top of the project; ``make`` runs ``npm ci``,
which fills ``node_modules/``). Which files of which package are copied is
data: ``vendor.yaml`` beside this module. Each file is copied byte for byte to
``assets/vendor/<package>/<file name>``; a JSON file listed under ``script`` is
also written as ``<name>.js``, a script that sets that global to the same JSON,
because a page opened from ``file://`` cannot ``fetch()`` a file. The site's
own scripts (``static/``) are published under ``assets/``.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import KBError

_HERE = Path(__file__).resolve().parent
VENDOR_LIST = _HERE / "vendor.yaml"
PREFIX = "assets/vendor"


def vendor_list() -> dict:
    """vendor.yaml: package -> {"why": str, "files": [path in the package], "script": {file: global}}."""
    with open(VENDOR_LIST, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def node_modules(root: Path | None) -> Path:
    """The ``node_modules/`` folder to copy from: the project's, else the one
    beside the installed ``kb`` package (a checkout with ``pip install -e``),
    else ``kb/data/node_modules`` inside an installed wheel. Raises KBError
    (one line: run ``make``) when none has the packages."""
    candidates = ([Path(root) / "node_modules"] if root is not None else []) + \
        [_HERE.parent.parent / "node_modules", _HERE.parent / "data" / "node_modules"]
    first = next(iter(vendor_list()))
    for candidate in candidates:
        if (candidate / first / "package.json").is_file() or (candidate / first).is_dir():
            return candidate
    raise KBError("the site's JavaScript libraries are not installed: run `make` (it runs `npm ci`)",
                  candidates[0])


def path(package: str, file: str) -> str:
    """Where ``file`` of ``package`` is published, relative to dist/."""
    return f"{PREFIX}/{package}/{file.rsplit('/', 1)[-1]}"


def script_path(package: str, file: str) -> str:
    """Where the script form of a JSON ``file`` of ``package`` is published."""
    return path(package, file).rsplit(".", 1)[0] + ".js"


def files(root: Path | None) -> list[tuple[str, bytes]]:
    """Every vendored file as (path relative to dist/, bytes), in vendor.yaml's
    order, then the site's own scripts (``static/*.js`` beside this module, as
    ``assets/<name>``). Raises KBError naming the missing file when one is absent."""
    modules = node_modules(root)
    out = [(f"assets/{own.name}", own.read_bytes()) for own in sorted((_HERE / "static").glob("*.js"))]
    for package, entry in vendor_list().items():
        for name in entry["files"]:
            source = modules / package / name
            try:
                data = source.read_bytes()
            except OSError:
                raise KBError(f"missing {package}/{name}: run `make` (it runs `npm ci`)", source) from None
            out.append((path(package, name), data))
            variable = (entry.get("script") or {}).get(name)
            if variable:
                out.append((script_path(package, name),
                            b"window." + variable.encode("ascii") + b" = " + data.rstrip() + b";\n"))
    return out
