"""Attribution accuracy on the gold-labelled articles (regression guards).

Scoring follows ``../shared/tools/eval_attribution.py``: each gold sentence is
matched to the statement row containing its snippet; the actor (and camp)
must be one of the accepted ``;``-separated values. Without an actor file
("auto"), a discovered actor counts when it shares a word with the gold
actor's names. The tool's helpers are imported when the shared folder exists.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from narrative_compare.actors import load_actors
from narrative_compare.loading import load_article
from narrative_compare.statements import extract_statements

REPO = Path(__file__).resolve().parents[1]
# The `shared` folder beside the checkout.
SHARED = REPO.parent / "shared"
ARTICLES = REPO / "tests" / "data" / "articles"
SEED = REPO / "seeds" / "azerbaijan_karabakh_offensive_2023.txt"
EVAL_TOOL = SHARED / "tools" / "eval_attribution.py"

HOLDOUT = REPO / "tests" / "data" / "holdout"
HOLDOUT2 = REPO / "tests" / "data" / "holdout2"
HOLDOUT3 = REPO / "tests" / "data" / "holdout3"
HOLDOUT4 = REPO / "tests" / "data" / "holdout4"
HOLDOUT5 = REPO / "tests" / "data" / "holdout5"
HOLDOUT6 = REPO / "tests" / "data" / "holdout6"
HOLDOUT7 = REPO / "tests" / "data" / "holdout7"
HOLDOUT8 = REPO / "tests" / "data" / "holdout8"
HOLDOUT9 = REPO / "tests" / "data" / "holdout9"
FRAMES_DEV = REPO / "tests" / "data" / "frames_dev"
HOLDOUT10 = REPO / "tests" / "data" / "holdout10"
HOLDOUT11 = REPO / "tests" / "data" / "holdout11"
HOLDOUT12 = REPO / "tests" / "data" / "holdout12"
HOLDOUT13 = REPO / "tests" / "data" / "holdout13"
HOLDOUT14 = REPO / "tests" / "data" / "holdout14"
HOLDOUT15 = REPO / "tests" / "data" / "holdout15"
HOLDOUT16 = REPO / "tests" / "data" / "holdout16"
HOLDOUT18 = REPO / "tests" / "data" / "holdout18"
HOLDOUT19 = REPO / "tests" / "data" / "holdout19"
HOLDOUT20 = REPO / "tests" / "data" / "holdout20"
HOLDOUT21 = REPO / "tests" / "data" / "holdout21"
HOLDOUT22 = REPO / "tests" / "data" / "holdout22"
HOLDOUT23 = REPO / "tests" / "data" / "holdout23"
HOLDOUT24 = REPO / "tests" / "data" / "holdout24"
HOLDOUT25 = REPO / "tests" / "data" / "holdout25"
HOLDOUT26 = REPO / "tests" / "data" / "holdout26"
HOLDOUT27 = REPO / "tests" / "data" / "holdout27"
HOLDOUT28 = REPO / "tests" / "data" / "holdout28"
HOLDOUT29 = REPO / "tests" / "data" / "holdout29"
HOLDOUT30 = REPO / "tests" / "data" / "holdout30"
HOLDOUT31 = REPO / "tests" / "data" / "holdout31"
HOLDOUT32 = REPO / "tests" / "data" / "holdout32"

# Lower bounds a few points under the figures measured with
# eval_attribution.py (actor file actor% / --auto actor%):
# seed 100/96; articles: border_clash 91/87, harbour_trial 96/92,
# kaleth_water 100/100, ostrel_blast_web 100/93, port_strike 100/100,
# runoff_election 100/92; holdout (written apart from the engine, first scored
# at 80/80, 79/75, 77/85, 84/64 before the engine was improved on them):
# dam_dispute 96/96, data_breach 100/100, protest_crackdown 100/100,
# wildfire_web 100/100; holdout2 (first scored at 92/88, 100/100, 80/56):
# football_points 100/100, rate_decision 100/100, rescue_boat 100/72;
# holdout3, machine-translated style (first scored at 95/86, 86/76, 96/87):
# border_shelling 100/100, journalist_detained 95/90, quake_relief 100/91;
# holdout4, scraped web pages (first scored at 88/85, 92/83, 88/92):
# hospital_strike_web 100/88, stadium_vote_web 100/92, tech_layoffs_web 96/92;
# holdout5, politics with anonymous sources (first scored at 85/85, 83/83, 88/88):
# coalition_crisis 93/85, election_ruling 96/96, trade_summit 96/88;
# holdout6, conflict reporting (first scored at 47/89, 100/81, 74/74):
# dravin_state_report 100/100, orunsk_live 100/81, sarep_market 100/87;
# holdout7, machine-translated (first scored at 85/80, 85/80, 86/100):
# fuel_protests 95/90, pipeline_fees 95/90, prisoner_exchange 95/95;
# holdout8, dense wire stories (first scored at 96/83, 84/44, 92/83):
# karvania_sanctions 100/83, saltmere_cyberattack 100/92, velmar_outbreak 96/88.
ARTICLE_NAMES = tuple(
    (folder, path.name.removesuffix(".gold.csv"))
    for folder in (
        ARTICLES,
        HOLDOUT,
        HOLDOUT2,
        HOLDOUT3,
        HOLDOUT4,
        HOLDOUT5,
        HOLDOUT6,
        HOLDOUT7,
        HOLDOUT8,
    )
    for path in sorted(folder.glob("*.gold.csv"))
)
ACTOR_MIN, CAMP_MIN, AUTO_MIN = 90.0, 90.0, 85.0
# Without an actor file, "the coastguard" cannot be linked to a name that
# writes "Coast Guard", nor "the NGO" to a charity named only later, nor a
# Telegram channel or an unnamed market trader to the group the gold means.
AUTO_MIN_FOR = {
    "rescue_boat": 70.0,
    "orunsk_live": 78.0,
    "karvania_sanctions": 80.0,
}


def _local_helpers() -> ModuleType:
    module = ModuleType("eval_helpers")

    def norm(s):
        return re.sub(r"\s+", " ", (s or "").replace("’", "'")).strip().lower()

    def accept(cell):
        return {norm(x) for x in (cell or "").split(";")}

    def words(s):
        found = re.findall(r"[a-z][a-z'.-]+", norm(s))
        return {w for w in found if len(w) > 2} - {"the", "and", "for", "of"}

    module.norm, module.accept, module.words = norm, accept, words
    return module


def _helpers() -> ModuleType:
    if EVAL_TOOL.is_file():
        spec = importlib.util.spec_from_file_location("eval_attribution", EVAL_TOOL)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if all(hasattr(module, name) for name in ("norm", "accept", "words")):
            return module
    return _local_helpers()


H = _helpers()


def score(article: Path, gold: Path, actors: Path, auto: bool) -> dict[str, float]:
    """Accuracy in per cent of actor and camp, as the shared tool computes it."""
    table = None if auto else load_actors(actors)
    rows = extract_statements(load_article(article), table).to_dict("records")
    names = {}
    if auto:
        for a in yaml.safe_load(actors.read_text(encoding="utf-8"))["actors"]:
            aliases = [H.words(x) for x in a.get("aliases", [])]
            names[H.norm(a["id"])] = H.words(a.get("name", "")) | set().union(*aliases)
    hits = {"actor": 0, "camp": 0, "mode": 0}
    with gold.open(encoding="utf-8") as handle:
        gold_rows = list(csv.DictReader(handle))
    assert gold_rows, f"{gold} has no rows"
    for g in gold_rows:
        snip = H.norm(g["snippet"])
        hit = next((r for r in rows if snip in H.norm(r["text"])), None)
        if hit is None:
            hit = next((r for r in rows if H.norm(r["text"]) and H.norm(r["text"]) in snip), None)
        if hit is None:
            continue
        actor, camp = H.norm(hit["actor"]), H.norm(hit["camp"])
        gold_actors = H.accept(g["actors"])
        if auto:
            if actor in ("narrator", ""):
                ok_actor = "narrator" in gold_actors
            else:
                ok_actor = any(
                    H.words(actor) & names.get(a, set()) for a in gold_actors if a != "narrator"
                )
        else:
            ok_actor = actor in gold_actors
        hits["actor"] += bool(ok_actor)
        hits["camp"] += camp in H.accept(g["camps"])
        mode, gold_mode = H.norm(hit["mode"]), H.norm(g["mode"])
        hits["mode"] += mode == gold_mode or (gold_mode == "mixed" and mode == "indirect")
    return {k: 100.0 * v / len(gold_rows) for k, v in hits.items()}


def _seed_files() -> tuple[Path, Path]:
    gold, actors = SHARED / "gold" / "seed_statements.csv", SHARED / "gold" / "seed_actors.yml"
    if not (gold.is_file() and actors.is_file()):
        pytest.skip(f"seed gold files not found in {SHARED / 'gold'} (shared folder absent)")
    return gold, actors


def test_seed_with_actor_file():
    gold, actors = _seed_files()
    result = score(SEED, gold, actors, auto=False)
    assert result["actor"] >= 95.0, result
    assert result["camp"] == 100.0, result


def test_seed_auto():
    gold, actors = _seed_files()
    assert score(SEED, gold, actors, auto=True)["actor"] >= 90.0


def _score_article(folder: Path, name: str, *, auto: bool) -> dict[str, float]:
    files = (folder / f"{name}{suffix}" for suffix in (".txt", ".gold.csv", ".actors.yml"))
    return score(*files, auto=auto)


@pytest.mark.parametrize(("folder", "name"), ARTICLE_NAMES, ids=lambda v: getattr(v, "name", v))
def test_article_with_actor_file(folder, name):
    result = _score_article(folder, name, auto=False)
    assert result["actor"] >= ACTOR_MIN, result
    assert result["camp"] >= CAMP_MIN, result


@pytest.mark.parametrize(("folder", "name"), ARTICLE_NAMES, ids=lambda v: getattr(v, "name", v))
def test_article_auto(folder, name):
    result = _score_article(folder, name, auto=True)
    assert result["actor"] >= AUTO_MIN_FOR.get(name, AUTO_MIN), result


# Pooled over a folder (issue 16): holdout9 was first scored at actor 61.2,
# camp 62.0, mode 76.4, auto 65.4 and measures 95.8 / 97.4 / 100 / 95.0 after
# tuning on it; frames_dev (attribution columns only) first 80.6 / - / 86.3,
# now 92.1 / 92.5 / 95.5 / 87.7; holdout10 (written unseen, first scored at
# 81.0 / 82.0 / 87.7 / 80.5) measures 95.2 / 95.7 / 95.8 / 91.0 after tuning on it;
# holdout12 (written unseen, first scored at 95.5 / 94.9 / 93.1 / 90.8) measures
# 98.2 / 98.2 / 96.0 / 95.3 after tuning on it; holdout11 (first 79.0 actor,
# 75.2 auto) 94.0 / 94.6 / 96.1 / 88.3; holdout13 (first 87.2 / 88.9 / 89.5 /
# 84.5) 93.9 / 94.4 / 91.8 / 87.7; holdout14 (first 92.2 / 92.2 / 89.9 / 83.5)
# 94.7 / 94.7 / 92.8 / 88.1; holdout15 (first 84.8 / 86.0 / 88.3 / 83.7) 92.6 /
# 94.3 / 93.2 / 91.0; holdout16 (first 87.5 / 88.1 / 89.6 / 81.6) 94.8 / 94.8 /
# 96.3 / 92.6; holdout18 (first 91.3 / 91.3 / 94.1 / 85.6) 97.7 / 97.7 / 96.4 /
# 89.8; holdout19 (first 93.6 / 94.3 / 93.6 / 91.5) 97.8 / 97.8 / 92.9 / 93.6;
# holdout20 (first 92.1 / 92.1 / 89.4 / 89.4) 95.6 / 95.6 / 91.3 / 91.4;
# holdout21 (first 88.8 / 89.4 / 90.9 / 86.0) 92.9 / 92.9 / 93.0 / 90.1;
# holdout22 (first 93.6 / 93.6 / 91.6 / 90.8) 97.9 / 97.9 / 92.9 / 92.1;
# holdout23 (first 89.6 / 89.6 / 93.6 / 77.9) 93.8 / 93.8 / 94.3 / 80.0;
# holdout24 (first 89.5 / 91.7 / 83.4 / 84.8) 93.0 / 94.4 / 86.2 / 86.2;
# holdout27 (first 92.1 / 92.8 / 90.7 / 87.6) 98.0 / 98.7 / 92.8 / 90.2;
# holdout28 (first 92.2 / 92.8 / 94.7 / 88.7) 98.7 / 98.7 / 96.1 / 91.4;
# holdout29 (first 89.2 / 89.2 / 88.8 / 86.8) 96.8 / 96.8 / 94.4 / 93.0;
# holdout30 (first 95.7 / 96.9 / 95.7 / 86.8) 98.2 / 98.2 / 96.3 / 93.4;
# holdout31 (first 85.4 / 86.4 / 96.2 / 83.8) 95.1 / 95.7 / 99.0 / 88.2;
# holdout32 (first 92.7 / 93.3 / 95.0 / 85.5) 96.4 / 96.4 / 96.4 / 94.0.
POOLED_MIN = {
    HOLDOUT9: {"actor": 94.0, "camp": 95.0, "mode": 98.0, "auto": 93.0},
    FRAMES_DEV: {"actor": 91.0, "camp": 91.0, "mode": 94.0, "auto": 86.0},
    HOLDOUT10: {"actor": 93.0, "camp": 93.0, "mode": 93.0, "auto": 89.0},
    HOLDOUT11: {"actor": 92.0, "camp": 92.0, "mode": 94.0, "auto": 86.0},
    HOLDOUT12: {"actor": 95.0, "camp": 95.0, "mode": 94.0, "auto": 93.0},
    HOLDOUT13: {"actor": 91.0, "camp": 91.0, "mode": 89.0, "auto": 86.0},
    HOLDOUT14: {"actor": 92.0, "camp": 92.0, "mode": 90.0, "auto": 85.0},
    HOLDOUT15: {"actor": 91.0, "camp": 92.0, "mode": 91.0, "auto": 89.0},
    HOLDOUT16: {"actor": 93.0, "camp": 93.0, "mode": 94.0, "auto": 90.0},
    HOLDOUT18: {"actor": 96.0, "camp": 96.0, "mode": 95.0, "auto": 88.0},
    HOLDOUT19: {"actor": 96.0, "camp": 96.0, "mode": 91.0, "auto": 90.0},
    HOLDOUT20: {"actor": 94.0, "camp": 94.0, "mode": 90.0, "auto": 89.0},
    HOLDOUT21: {"actor": 91.0, "camp": 91.0, "mode": 91.0, "auto": 88.0},
    HOLDOUT22: {"actor": 96.0, "camp": 96.0, "mode": 91.0, "auto": 90.0},
    HOLDOUT23: {"actor": 92.0, "camp": 92.0, "mode": 93.0, "auto": 78.0},
    HOLDOUT24: {"actor": 92.0, "camp": 93.0, "mode": 85.0, "auto": 85.0},
    HOLDOUT25: {"actor": 97.0, "camp": 97.0, "mode": 93.0, "auto": 96.0},
    HOLDOUT26: {"actor": 97.0, "camp": 97.0, "mode": 94.0, "auto": 93.0},
    HOLDOUT27: {"actor": 97.0, "camp": 98.0, "mode": 92.0, "auto": 89.0},
    HOLDOUT28: {"actor": 98.0, "camp": 98.0, "mode": 95.0, "auto": 91.0},
    HOLDOUT29: {"actor": 96.0, "camp": 96.0, "mode": 94.0, "auto": 92.0},
    HOLDOUT30: {"actor": 98.0, "camp": 98.0, "mode": 96.0, "auto": 93.0},
    HOLDOUT31: {"actor": 94.0, "camp": 95.0, "mode": 98.0, "auto": 87.0},
    HOLDOUT32: {"actor": 96.0, "camp": 96.0, "mode": 96.0, "auto": 93.0},
}


@pytest.mark.parametrize("folder", list(POOLED_MIN), ids=lambda folder: folder.name)
def test_pooled_folder(folder):
    totals = {"actor": 0.0, "camp": 0.0, "mode": 0.0, "auto": 0.0, "rows": 0}
    for gold in sorted(folder.glob("*.gold.csv")):
        name = gold.name.removesuffix(".gold.csv")
        with gold.open(encoding="utf-8") as handle:
            rows = sum(1 for _ in csv.DictReader(handle))
        result = _score_article(folder, name, auto=False)
        for key in ("actor", "camp", "mode"):
            totals[key] += result[key] * rows
        totals["auto"] += _score_article(folder, name, auto=True)["actor"] * rows
        totals["rows"] += rows
    pooled = {key: totals[key] / totals["rows"] for key in POOLED_MIN[folder]}
    assert all(pooled[key] >= floor for key, floor in POOLED_MIN[folder].items()), pooled


def test_every_test_article_is_scored():
    assert len(ARTICLE_NAMES) == 31
    for folder, name in ARTICLE_NAMES:
        assert (folder / f"{name}.txt").is_file() and (folder / f"{name}.actors.yml").is_file()


def test_scoring_can_fail(monkeypatch):
    # With every row turned into narration the guard must trip: the scorer is
    # not vacuous.
    original = extract_statements

    def narration_only(article, actors=None):
        df = original(article, actors)
        return df.assign(actor="narrator", camp="Narrator", mode="narration")

    monkeypatch.setattr(__name__ + ".extract_statements", narration_only, raising=True)
    result = score(
        ARTICLES / "port_strike.txt",
        ARTICLES / "port_strike.gold.csv",
        ARTICLES / "port_strike.actors.yml",
        auto=False,
    )
    assert result["actor"] < ACTOR_MIN and result["camp"] < CAMP_MIN
