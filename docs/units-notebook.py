# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who is responsible for what: the responsible units of the bundled corpora
#
# This notebook reads the bundled notices (`corpora/*.txt`) and the real
# corpus (`corpora/real/*.md`) with shpolicy and asks three questions:
#
# 1. which bodies lead most measures (`role == "lead"` in
#    `shpolicy.records.unit_records`);
# 2. who works with whom (`shpolicy.records.unit_edges`, drawn as a network);
# 3. how responsibilities shifted between the 2019, 2020 and 2024 plans.
#
# It is a plain Python script in jupytext's "percent" format: run it with
# `python docs/units-notebook.py`, or open it as a notebook with jupytext
# (`pip install 'shpolicy[notebook]'`).  The tests run it, so it stays in
# step with the library.

# %%
from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display is needed, and the tests run without one

import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd

import shpolicy
from shpolicy.records import unit_edges, unit_records


def _corpora_dir() -> Path:
    # As a script __file__ is docs/units-notebook.py; in Jupyter it is not set
    # and the kernel starts in docs/ or the project root.
    start = Path(globals().get("__file__", Path.cwd() / "units-notebook.py")).resolve().parent
    for folder in (start, *start.parents):
        if (folder / "corpora").is_dir():
            return folder / "corpora"
    raise FileNotFoundError("no corpora/ folder above " + str(start))


CORPORA = _corpora_dir()
paths = sorted(CORPORA.glob("*.txt")) + sorted((CORPORA / "real").glob("*.md"))
notices = [shpolicy.parse(p) for p in paths]
print(len(notices), "notices")

# %% [markdown]
# One row per responsible unit of a measure or of an attachment's task-table
# row.  The 2024 notice comes in Chinese, English and Korean; counting only the
# Chinese notices keeps a translated measure from counting three times.  A
# unit that does not resolve keeps the name as written.

# %%
units = pd.DataFrame([row for n in notices for row in unit_records(n)])
units["body"] = units["canonical"].fillna(units["name"])
units["notice"] = units["path"].map(lambda p: Path(p).name)
zh = units[units["language"] == "zh"]
zh.groupby("role", dropna=False).size()

# %% [markdown]
# ## Which bodies lead most measures
#
# A role is set only where the text or a table column states it (牵头, 会同,
# 配合, 牵头单位/配合单位…).  A list with no such words, such as the
# `（责任单位：…）` clauses of the 2019, 2020 and 2024 plans, gives no lead;
# for those, the bodies named most often are the nearer question.

# %%
leads = (
    zh[zh["role"] == "lead"]
    .drop_duplicates(["path", "origin", "attachment", "row", "measure_id", "body"])
    .groupby("body")
    .size()
    .sort_values(ascending=False)
    .rename("measures led")
)
top_leads = leads.head(10)
top_leads

# %%
named = (
    zh.groupby(["notice", "body"])
    .size()
    .rename("mentions")
    .reset_index()
    .sort_values(["notice", "mentions", "body"], ascending=[True, False, True])
)
most_named = named.groupby("notice").head(1).set_index("notice")["body"]
most_named_2024 = most_named["2024-digital-trade.zh.txt"]
print("most named body of the 2024 notice:", most_named_2024)
most_named.head(10)

# %% [markdown]
# ## Who works with whom
#
# `unit_edges` gives one row per pair of units named on the same measure or
# task-table row; the edge points from the lead to a supporting unit where
# the text says so.  The graph below joins every pair, weighted by how many
# measures they share, and draws the bodies with most partners.

# %%
edges = pd.DataFrame([row for n in notices if n.language == "zh" for row in unit_edges(n)])
weights = edges.groupby(["from_unit", "to_unit"]).size().rename("measures").reset_index()
graph = nx.Graph()
for a, b, w in weights.itertuples(index=False):
    if graph.has_edge(a, b):
        graph[a][b]["weight"] += w
    else:
        graph.add_edge(a, b, weight=w)
partners = pd.Series(dict(graph.degree()), name="partners").sort_values(ascending=False)
partners.head(10)

# %%
core = graph.subgraph(partners.head(25).index)
# Chinese labels need a CJK font; without one, matplotlib draws boxes.
cjk = sorted({f.name for f in matplotlib.font_manager.fontManager.ttflist if "CJK" in f.name})
label_font = next((n for n in cjk if n.endswith(" SC")), cjk[0] if cjk else "sans-serif")
fig, ax = plt.subplots(figsize=(11, 9))
layout = nx.spring_layout(core, seed=1, k=2.5 / len(core) ** 0.5, weight=None)
widths = [0.4 + core[a][b]["weight"] ** 0.5 for a, b in core.edges()]
nx.draw_networkx_edges(core, layout, ax=ax, width=widths, alpha=0.3)
nx.draw_networkx_nodes(
    core, layout, ax=ax, node_size=[12 * partners[n] for n in core.nodes()], alpha=0.6
)
nx.draw_networkx_labels(core, layout, ax=ax, font_size=8, font_family=label_font)
ax.set_title("Bodies named together on a measure (25 with most partners)")
ax.axis("off")
out_dir = Path(os.environ.get("SHPOLICY_NOTEBOOK_OUT") or tempfile.mkdtemp(prefix="shpolicy-"))
network_png = out_dir / "units-network.png"
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # missing glyphs where no CJK font is installed
    fig.savefig(network_png, dpi=100, bbox_inches="tight")
plt.close(fig)
print("network plot:", network_png)

# %% [markdown]
# ## How responsibilities shifted between the 2019, 2020 and 2024 plans
#
# Mentions per body per plan: how many measures or task-table rows of each
# plan name it.  Bodies created in between (市数据局, 2024) appear only in the
# later plan; the registry resolves each name at the notice's date.
#
# The 2019 plan names no responsible unit on its measures (one working
# mechanism, 市推进国际贸易中心建设领导小组, is written into the text), so its
# column is empty: a plan that names no units is a finding too, not a gap in
# the parse.

# %%
PLANS = {
    "2019": "2019-digital-trade-action-plan.zh.txt",
    "2020": "2020-service-trade-pilot.zh.txt",
    "2024": "2024-digital-trade.zh.txt",
}
plan_units = zh[zh["notice"].isin(PLANS.values())].copy()
plan_units["plan"] = plan_units["notice"].map({v: k for k, v in PLANS.items()})
shift = (
    plan_units.drop_duplicates(["plan", "origin", "attachment", "row", "measure_id", "body"])
    .pivot_table(index="body", columns="plan", values="notice", aggfunc="size", fill_value=0)
    .reindex(columns=list(PLANS), fill_value=0)
)
shift["total"] = shift.sum(axis=1)
shift = shift.sort_values(["total", "body"], ascending=[False, True])
shift.head(15)

# %%
only_2024 = sorted(shift.index[(shift["2024"] > 0) & (shift[["2019", "2020"]].sum(axis=1) == 0)])
dropped_by_2024 = sorted(shift.index[(shift["2024"] == 0) & (shift["2020"] > 0)])
print("named in 2024 but in neither earlier plan:", "、".join(only_2024))
print("named in 2020 but not in 2024:", len(dropped_by_2024), "bodies")
