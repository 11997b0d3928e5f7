"""The site's JavaScript libraries: every file kb/export/vendor.yaml lists is
published byte for byte from node_modules/ (what `npm ci` installed from
package-lock.json) with its package's licence, listed in SHA256SUMS, at the
version package-lock.json pins; without node_modules the build stops with one
line saying to run make."""

from __future__ import annotations

import json

import pytest

from kb.errors import KBError
from kb.export import assets

from .conftest import ROOT


def test_vendored_files_are_the_packages_bytes():
    manifest = (ROOT / "dist" / "SHA256SUMS").read_text(encoding="utf-8")
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    for package, entry in assets.vendor_list().items():
        assert pinned[package] == lock[f"node_modules/{package}"]["version"], package
        installed = json.loads((ROOT / "node_modules" / package / "package.json").read_text(encoding="utf-8"))
        assert installed["version"] == pinned[package], f"{package}: run make (npm ci)"
        assert any(name.startswith("LICENSE") for name in entry["files"]), f"{package} has no licence listed"
        for name in entry["files"]:
            published = assets.path(package, name)
            assert (ROOT / "dist" / published).read_bytes() == (ROOT / "node_modules" / package / name).read_bytes()
            assert f"  {published}\n" in manifest


def test_json_for_file_pages_is_also_a_script():
    for package, entry in assets.vendor_list().items():
        for name, variable in (entry.get("script") or {}).items():
            script = (ROOT / "dist" / assets.script_path(package, name)).read_bytes()
            data = (ROOT / "node_modules" / package / name).read_bytes()
            prefix = f"window.{variable} = ".encode()
            assert script.startswith(prefix) and script.endswith(b";\n")
            assert json.loads(script[len(prefix):-2]) == json.loads(data)


def test_missing_node_modules_is_one_line_saying_run_make(tmp_path, monkeypatch):
    monkeypatch.setattr(assets, "_HERE", tmp_path / "kb" / "export")
    with pytest.raises(KBError) as error:
        assets.files(tmp_path)
    text = str(error.value)
    assert "\n" not in text and "run `make`" in text and "npm ci" in text
    assert text.startswith(str(tmp_path / "node_modules"))
