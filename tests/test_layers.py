"""The package's layers import only downward: ui → render → model → data, with ``i18n`` shared by all."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "liaoning_atlas"
RANK = {"data": 0, "model": 1, "render": 2, "ui": 3}
SHARED = {"i18n"}


def package_imports(path: Path, package: Path = PACKAGE) -> set[str]:
    """The top-level parts of ``liaoning_atlas`` (``data``, ``i18n`` …) that the module at ``path`` imports."""
    own = list(path.relative_to(package).parent.parts)
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [
                alias.name.split(".")[1:] for alias in node.names if alias.name.startswith("liaoning_atlas.")
            ]
            found.update(parts[0] for parts in names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = own[: len(own) - node.level + 1] + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "liaoning_atlas":
                parts = node.module.split(".")[1:]
            else:
                continue
            found.update([parts[0]] if parts else [alias.name for alias in node.names])
    return found


MODULES = sorted(path for layer in RANK for path in (PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_no_layer_above_its_own(path):
    layer = path.relative_to(PACKAGE).parts[0]
    above = {name for name in package_imports(path) - SHARED if RANK.get(name, -1) > RANK[layer]}
    assert not above, f"{path.relative_to(PACKAGE)} imports {sorted(above)}, above its layer {layer!r}"


def test_only_the_ui_layer_imports_streamlit():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui" and "streamlit" in path.read_text(encoding="utf-8")
    ]
    assert not offenders


def test_the_shared_modules_import_no_layer():
    for name in SHARED:
        assert not package_imports(PACKAGE / f"{name}.py") & set(RANK)


def test_every_module_sits_in_a_layer():
    loose = (
        {p.name for p in PACKAGE.glob("*.py")} - {"__init__.py", "__main__.py"} - {f"{n}.py" for n in SHARED}
    )
    assert not loose


def test_the_check_sees_an_upward_import(tmp_path):
    module = tmp_path / "data" / "upward.py"
    module.parent.mkdir()
    module.write_text("from ..render.deck import build_deck\nfrom . import paths\nfrom .. import i18n\n")
    assert package_imports(module, tmp_path) == {"render", "data", "i18n"}
