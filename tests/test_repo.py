"""Repository hygiene: lint, dependency lists, and the documented test command."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_NOT_PACKAGES = {"python", "pip"}


def requirement_names(spec: str) -> set[str]:
    """Package names in a requirement: ``dask[distributed]>=1`` -> dask, distributed.

    Examples
    --------
    >>> sorted(requirement_names("dask[distributed]>=2023.1"))
    ['dask', 'distributed']
    """
    match = _NAME.match(spec)
    if match is None:
        raise ValueError(f"not a requirement: {spec!r}")
    names = {match.group(1)}
    if match.group(2):
        names |= {extra.strip() for extra in match.group(2).split(",") if extra.strip()}
    return {re.sub(r"[-_.]+", "-", name).lower() for name in names}


def test_requirement_names():
    assert requirement_names("dask[distributed]>=2023.1") == {"dask", "distributed"}
    assert requirement_names("PyYAML >= 6") == {"pyyaml"}
    assert requirement_names("scikit_learn") == {"scikit-learn"}


def pyproject_packages() -> set[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        specs.extend(extra)
    return set().union(*(requirement_names(s) for s in specs))


def environment_packages(path: Path) -> set[str]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "conda-forge" in document.get("channels", []), "environment.yml: no conda-forge channel"
    entries = document.get("dependencies", [])
    assert any(isinstance(e, str) and re.fullmatch(r"python\s*>=\s*3\.11", e) for e in entries), (
        "environment.yml must pin python>=3.11"
    )
    names: set[str] = set()
    for entry in entries:
        if isinstance(entry, str):
            names |= requirement_names(entry)
    return names - _NOT_PACKAGES


def test_ruff_clean():
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("ruff is not installed")
    targets = [p for p in ("src", "tests", "benchmarks", "notebooks") if (REPO / p).exists()]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *targets],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_environment_matches_pyproject():
    path = REPO / "environment.yml"
    if not path.is_file():
        pytest.skip("environment.yml does not exist yet")
    expected, found = pyproject_packages(), environment_packages(path)
    assert expected, "pyproject.toml lists no dependencies"
    assert found == expected, {
        "only in pyproject.toml": sorted(expected - found),
        "only in environment.yml": sorted(found - expected),
    }


def readme_test_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if "pytest" in line]


def ci_test_commands(path: Path) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if "pytest" in line and not line.startswith("#")]


def test_readme_test_command_is_the_ci_command():
    ci = REPO / ".ci" / "run"
    if not ci.is_file():
        pytest.skip(".ci/run does not exist yet")
    readme, run = readme_test_commands(), ci_test_commands(ci)
    assert len(readme) == 1, f"README should show one test command: {readme}"
    assert len(run) == 1, f".ci/run should run one test command: {run}"
    assert readme[0] == run[0]


def test_mypy_clean():
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],  # files and options: [tool.mypy] in pyproject.toml
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_installs_the_browser_and_requires_the_browser_tests():
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    install = script.index("apt-get install -y chromium chromium-driver")
    flag = script.index("export NC_BROWSER_TESTS=required")
    test_command = script.index("python -m pytest --nbval")
    assert install < flag < test_command
    assert "command -v chromium" in script  # only when the browser is missing
