"""Each module binds each of its top-level names once.

Three times in one session a module-level set was defined twice in the same file (a helper
wrote ``_WH_WORDS`` again lower down in ``bot/mismatch.py``; ``_POSSIBILITY_ASKED`` was
reused for another set in ``bot/question_forms.py``): the second binding silently replaced
the first for every function in the module, and the tests of the first set's users went on
passing only where the two sets agreed. Ruff does not flag a rebound constant, so this test
does: a name bound twice at module level is either a forgotten twin or a rebinding that
should be a new name.
"""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

PACKAGES = ("bot", "facts", "bench")
MODULES = sorted(
    path.relative_to(ROOT) for package in PACKAGES for path in (ROOT / package).rglob("*.py")
)


def _top_level_names(tree: ast.Module):
    """(name, line) for every name a module statement binds at top level: assignments
    (including tuple targets), annotated assignments, functions and classes. Attribute and
    item targets (``Loader.resolvers = …``) bind no module name."""
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno
            continue
        else:
            continue
        for target in targets:
            stack = [target]
            while stack:
                target = stack.pop()
                if isinstance(target, ast.Name):
                    yield target.id, target.lineno
                elif isinstance(target, (ast.Tuple, ast.List)):
                    stack.extend(target.elts)
                elif isinstance(target, ast.Starred):
                    stack.append(target.value)


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each top-level name bound more than once."""
    first: dict[str, int] = {}
    rebound = []
    for name, line in _top_level_names(ast.parse(source)):
        if name in first:
            rebound.append((name, first[name], line))
        else:
            first[name] = line
    return rebound


def test_a_set_defined_twice_is_found():
    source = '_WH = {"who", "what"}\n\ndef f(): return _WH\n\n_WH = {"whos"}\n'
    assert rebound_names(source) == [("_WH", 1, 5)]


def test_tuple_targets_and_functions_count_attribute_targets_do_not():
    assert rebound_names("A, (B, C) = 1, (2, 3)\ndef C(): pass\n") == [("C", 1, 2)]
    assert rebound_names("class L: pass\nL.x = 1\nL.y = {}\n") == []


@pytest.mark.parametrize("path", MODULES, ids=str)
def test_no_module_binds_a_top_level_name_twice(path):
    rebound = rebound_names((ROOT / path).read_text(encoding="utf-8"))
    assert not rebound, ", ".join(
        f"{path}: {name} bound on line {first} and again on line {later}"
        for name, first, later in rebound
    )
