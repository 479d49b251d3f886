"""Fuzz the parser for a while: mutated notices (text) and mutated PDFs (tests/pdf/).

    python benchmarks/fuzz.py --minutes 30

Prints how many inputs were tried, the exceptions by type (a ShpolicyError is
an answer; anything else is a bug), how many notices had overlapping blocks,
and the slowest input per 100 KB.  Inputs that fail are saved under
``--keep`` (default ``fuzz-failures/``) to be replayed.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import random
import time
from pathlib import Path

from shpolicy.api import parse
from shpolicy.errors import ShpolicyError

ROOT = Path(__file__).resolve().parent.parent
# The seeds in three languages and the real web copies (Markdown, regulations, task tables).
TEXTS = sorted((ROOT / "corpora").glob("*.txt")) + sorted(
    p for p in (ROOT / "corpora" / "real").glob("*.md") if p.name != "README.md"
)
PDFS = sorted(p for p in (ROOT / "tests" / "pdf").glob("*.pdf") if "encrypted" not in p.name)
PIECES = ["一、", "（一）", "（一）\n", "1.", "(1)", "第一条", "第一章", "（", "）", "(", "— 4 —\n",
          "（责任单位：市商务委）", "\r\n", "\n\n", "\u3000", "ｆｕｌｌ", "\ufeff"]  # fmt: skip


def mutate_text(rng: random.Random, data: bytes) -> bytes:
    lines = data.decode("utf-8").split("\n")
    for _ in range(rng.randint(1, 6)):
        i = rng.randrange(len(lines))
        op = rng.random()
        if op < 0.25:
            lines.insert(rng.randrange(len(lines)), lines[i])  # a repeated passage
        elif op < 0.4:
            del lines[i]
        elif op < 0.7:
            line = lines[i]
            k = rng.randrange(len(line) + 1)
            lines[i] = line[:k] + rng.choice(PIECES) + line[k:]
        elif op < 0.85:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = lines[i] * rng.randint(2, 20)
    out = "\n".join(lines).encode("utf-8")
    if rng.random() < 0.05:
        k = rng.randrange(len(out))
        out = out[:k] + bytes([rng.randrange(256)]) + out[k + 1 :]
    return out


def mutate_pdf(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(out))
        op = rng.random()
        if op < 0.4:
            del out[k : k + rng.randint(1, 16)]
        elif op < 0.8:
            out[k] = rng.randrange(256)
        else:
            out = out[:k]
            break
    return bytes(out)


def overlapping(notice: object) -> bool:
    spans = sorted((b.span.start, b.span.end) for b in notice.blocks)  # type: ignore[attr-defined]
    return any(b[0] < a[1] for a, b in itertools.pairwise(spans))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--pdf-share", type=float, default=0.1, help="share of inputs that are PDFs")
    ap.add_argument("--keep", type=Path, default=Path("fuzz-failures"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = [p.read_bytes() for p in TEXTS]
    pdfs = [p.read_bytes() for p in PDFS]
    counts: collections.Counter[str] = collections.Counter()
    outcomes: dict[str, collections.Counter[str]] = {"text": collections.Counter(),
                                                      "pdf": collections.Counter()}  # fmt: skip
    overlaps = 0
    slowest: tuple[float, int, str] = (0.0, 0, "")
    deadline = time.monotonic() + 60 * args.minutes
    n = 0
    while time.monotonic() < deadline:
        kind = "pdf" if pdfs and rng.random() < args.pdf_share else "text"
        data = mutate_pdf(rng, rng.choice(pdfs)) if kind == "pdf" else mutate_text(rng, rng.choice(texts))
        n += 1
        counts[kind] += 1
        started = time.perf_counter()
        try:
            notice = parse(data)
            outcome = "ok"
            if overlapping(notice):
                overlaps += 1
                outcome = "overlap"
        except ShpolicyError as err:
            outcome = type(err).__name__
        except Exception as err:  # noqa: BLE001 - the fuzzer counts what it finds
            outcome = f"CRASH {type(err).__name__}"
        took = time.perf_counter() - started
        per_100kb = took / max(len(data) / 100_000, 1.0)
        if per_100kb > slowest[0]:
            slowest = (per_100kb, len(data), kind)
        outcomes[kind][outcome] += 1
        if outcome.startswith("CRASH") or outcome == "overlap" or per_100kb > 1.0:
            args.keep.mkdir(exist_ok=True)
            (args.keep / f"{kind}-{n}.{'pdf' if kind == 'pdf' else 'txt'}").write_bytes(data)
    print(f"inputs: {n} ({counts['text']} text, {counts['pdf']} PDF) in {args.minutes:g} min")
    for kind, found in outcomes.items():
        print(f"{kind} outcomes: " + ", ".join(f"{k} {v}" for k, v in found.most_common()))
    crashes = sum(v for c in outcomes.values() for k, v in c.items() if k.startswith("CRASH"))
    print(f"exceptions other than ShpolicyError: {crashes}")
    print(f"overlapping-block cases: {overlaps}")
    print(f"slowest input: {slowest[0]:.3f} s per 100 KB ({slowest[2]}, {slowest[1]} bytes)")


if __name__ == "__main__":
    main()
