"""Tests of the notebook suite in ``notebooks/``.

The notebooks' outputs themselves are checked by nbval
(``python -m pytest --nbval notebooks/``); these tests cover what nbval does
not: the stored notebooks' hygiene, the papermill template with other
parameters, and listing the notebooks through a Jupyter server.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ARTICLES = ROOT / "tests" / "data" / "articles"
EXPECTED = (
    "01_statements_by_actor.ipynb",
    "02_framing_tfidf.ipynb",
    "03_contested_labels.ipynb",
    "04_your_article.ipynb",
    "05_many_sources.ipynb",
)
ABSOLUTE_PREFIXES = ("/work", "/root", "/home", "/tmp")
TEXT_MIMES = ("text/plain", "text/html", "text/markdown", "application/json")
SERVER_TIMEOUT = 60.0


def _load(name: str) -> dict:
    return json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))


def _code_cells(notebook: dict) -> list[dict]:
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def _join(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _output_texts(notebook: dict) -> list[str]:
    """Text of every output (streams, errors and text mimetypes; not images)."""
    texts = []
    for cell in _code_cells(notebook):
        for output in cell.get("outputs", []):
            if output["output_type"] == "stream":
                texts.append(_join(output["text"]))
            elif output["output_type"] == "error":
                texts.append("\n".join([output["ename"], output["evalue"], *output["traceback"]]))
            else:
                data = output.get("data", {})
                texts.extend(_join(data[mime]) for mime in TEXT_MIMES if mime in data)
    return texts


def test_all_notebooks_present():
    assert sorted(path.name for path in NOTEBOOKS.glob("*.ipynb")) == list(EXPECTED)


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_executed_in_order(name):
    cells = _code_cells(_load(name))
    assert cells, "notebook has no code cells"
    assert [cell["execution_count"] for cell in cells] == list(range(1, len(cells) + 1))


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_has_outputs_and_no_errors(name):
    notebook = _load(name)
    outputs = [output for cell in _code_cells(notebook) for output in cell.get("outputs", [])]
    assert outputs, "notebook stored without outputs"
    assert not [output for output in outputs if output["output_type"] == "error"]
    stderr = [output for output in outputs if output.get("name") == "stderr"]
    assert not stderr, f"warnings in stored outputs: {stderr}"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_outputs_hold_no_absolute_paths(name):
    pattern = re.compile("|".join(re.escape(prefix) for prefix in ABSOLUTE_PREFIXES))
    hits = [text for text in _output_texts(_load(name)) if pattern.search(text)]
    assert not hits, f"absolute path in outputs: {hits[0][:200]}"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_outputs_hold_no_memory_addresses(name):
    hits = [text for text in _output_texts(_load(name)) if re.search(r" at 0x[0-9a-f]+", text)]
    assert not hits, f"memory address in outputs: {hits[0][:200]}"


@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_explains_before_code(name):
    cells = _load(name)["cells"]
    assert cells[0]["cell_type"] == "markdown"
    assert _join(cells[0]["source"]).startswith("# ")


def test_template_has_papermill_parameters():
    cells = _code_cells(_load("04_your_article.ipynb"))
    tagged = [cell for cell in cells if "parameters" in cell["metadata"].get("tags", [])]
    assert len(tagged) == 1
    source = _join(tagged[0]["source"])
    for name in ("article_path", "actors_path", "output_dir"):
        assert re.search(rf"^{name} = ", source, re.MULTILINE), name


def test_many_sources_has_papermill_parameters():
    cells = _code_cells(_load("05_many_sources.ipynb"))
    tagged = [cell for cell in cells if "parameters" in cell["metadata"].get("tags", [])]
    assert len(tagged) == 1 and cells.index(tagged[0]) == 0
    source = _join(tagged[0]["source"])
    for name in ("folder", "meta_path", "actors_path", "by"):
        assert re.search(rf"^{name} = ", source, re.MULTILINE), name
    # The rest of the notebook reads the parameters, not fixed paths.
    rest = "".join(_join(cell["source"]) for cell in cells[1:])
    assert "seeds/multi_source" not in rest and "outlet_table(" in rest


def test_many_sources_runs_with_papermill_grouped_by_country(tmp_path):
    papermill = pytest.importorskip("papermill")
    executed = tmp_path / "executed.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS / "05_many_sources.ipynb"),
        str(executed),
        parameters={"by": "country"},
        kernel_name="python3",
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    texts = _output_texts(json.loads(executed.read_text(encoding="utf-8")))
    assert any("Estmark" in text for text in texts)


def test_template_runs_with_papermill_on_another_article(tmp_path):
    papermill = pytest.importorskip("papermill")
    out_dir = tmp_path / "report"
    executed = tmp_path / "executed.ipynb"
    papermill.execute_notebook(
        str(NOTEBOOKS / "04_your_article.ipynb"),
        str(executed),
        parameters={
            "article_path": str(ARTICLES / "port_strike.txt"),
            "actors_path": str(ARTICLES / "port_strike.actors.yml"),
            "output_dir": str(out_dir),
        },
        kernel_name="python3",
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    index = out_dir / "index.html"
    assert index.is_file()
    html = index.read_text(encoding="utf-8")
    assert "Union" in html
    assert "Azerbaijan" not in html
    # The template prints file names only, never the folder it wrote to.
    texts = _output_texts(json.loads(executed.read_text(encoding="utf-8")))
    assert not [text for text in texts if str(tmp_path) in text]
    assert any("port_strike.txt" in text for text in texts)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, token: str) -> dict:
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read().decode("utf-8"))


def test_jupyter_server_lists_the_notebooks(tmp_path):
    pytest.importorskip("jupyter_server")
    port = _free_port()
    token = secrets.token_hex(16)
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime"))
    log = (tmp_path / "server.log").open("wb")
    command = [
        sys.executable, "-m", "jupyter", "server", "--no-browser",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--ServerApp.token={token}", f"--ServerApp.root_dir={NOTEBOOKS}",
    ]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI often run as root
    server = subprocess.Popen(
        command,
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        url = f"http://127.0.0.1:{port}/api/contents"
        deadline = time.monotonic() + SERVER_TIMEOUT
        listing = None
        while listing is None:
            if server.poll() is not None:
                log.flush()
                tail = (tmp_path / "server.log").read_text(errors="replace")[-500:]
                pytest.fail(f"jupyter server exited with {server.returncode}: {tail}")
            try:
                listing = _get_json(url, token)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if time.monotonic() > deadline:
                    pytest.fail("jupyter server did not answer in time")
                time.sleep(0.3)
        names = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
        assert set(EXPECTED) <= names
        with pytest.raises(urllib.error.HTTPError) as denied:
            _get_json(url, "wrong-token")
        assert denied.value.code == 403
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)
        log.close()
