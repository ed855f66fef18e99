"""Re-execute every notebook in this folder in place, top to bottom.

Run it after a library change that alters outputs, then check the result with
``python -m pytest --nbval notebooks/``::

    python notebooks/execute_all.py

Each notebook runs with the notebooks folder as working directory (its paths
are relative to it). The per-cell execution timestamps that Jupyter records
are dropped, so re-running on an unchanged library gives the same bytes; the
report written by notebook 04 is removed afterwards.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent


def execute(path: Path) -> None:
    """Execute one notebook in place and drop its execution timestamps."""
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, resources={"metadata": {"path": str(HERE)}}).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    nbformat.write(notebook, path)


def main() -> None:
    for path in sorted(HERE.glob("[0-9][0-9]_*.ipynb")):
        print(f"executing {path.name}")
        execute(path)
    shutil.rmtree(HERE / "report_output", ignore_errors=True)


if __name__ == "__main__":
    main()
