"""The alignment search and the Korean reading, as properties (Hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shpolicy.alignment.dp import Move, align_sequences
from shpolicy.alignment.korean import hangul_bigrams, normalize_hangul, sino_korean

_costs = st.integers(min_value=0, max_value=100).map(lambda x: x / 100)


@st.composite
def problems(draw: st.DrawFn) -> tuple[int, int, dict[tuple[int, int], float], float]:
    n = draw(st.integers(min_value=0, max_value=12))
    m = draw(st.integers(min_value=0, max_value=12))
    costs = {(i, j): draw(_costs) for i in range(n) for j in range(m)}
    return n, m, costs, draw(st.sampled_from([0.3, 0.5, 0.75]))


def _path(
    n: int, m: int, costs: dict[tuple[int, int], float], skip: float, band: int | None
) -> list[Move]:
    return align_sequences(
        n, m, lambda i, j: costs[(i, j)], lambda a, b: 0.9 if len(a) + len(b) == 3 else None,
        skip, band=band,
    )  # fmt: skip


@given(problems())
def test_every_element_is_in_exactly_one_step_in_order(
    problem: tuple[int, int, dict[tuple[int, int], float], float],
) -> None:
    n, m, costs, skip = problem
    path = _path(n, m, costs, skip, None)
    assert [i for a, _ in path for i in a] == list(range(n))
    assert [j for _, b in path for j in b] == list(range(m))
    for a, b in path:
        assert (len(a), len(b)) in {(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)}


@given(problems())
def test_the_path_is_no_costlier_than_pairing_along_the_diagonal(
    problem: tuple[int, int, dict[tuple[int, int], float], float],
) -> None:
    n, m, costs, skip = problem

    def cost(path: list[Move]) -> float:
        total = 0.0
        for a, b in path:
            if len(a) == len(b) == 1:
                total += costs[(a[0], b[0])]
            elif len(a) + len(b) == 1:
                total += skip
            else:
                total += 0.9
        return total

    k = min(n, m)
    diagonal = [((i,), (i,)) for i in range(k)]
    diagonal += [((i,), ()) for i in range(k, n)] + [((), (j,)) for j in range(k, m)]
    assert cost(_path(n, m, costs, skip, None)) <= cost(diagonal) + 1e-9


@given(problems())
def test_a_band_gives_a_valid_path_and_a_wide_band_the_full_result(
    problem: tuple[int, int, dict[tuple[int, int], float], float],
) -> None:
    n, m, costs, skip = problem
    narrow = _path(n, m, costs, skip, abs(n - m) + 1)
    assert [i for a, _ in narrow for i in a] == list(range(n))
    assert [j for _, b in narrow for j in b] == list(range(m))
    assert _path(n, m, costs, skip, max(n, m) + 1) == _path(n, m, costs, skip, None)


_HANGUL = st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=30)


@given(_HANGUL)
def test_hangul_projection_keeps_length_and_is_idempotent(text: str) -> None:
    once = normalize_hangul(text)
    assert len(once) == len(text)
    assert normalize_hangul(once) == once


def test_the_initial_sound_rule_is_undone_on_both_sides() -> None:
    # 临港 reads 림항 by the table; a translation writes 임항 at the start of a word.
    assert sino_korean("临港") == "림항"
    assert normalize_hangul("림항") == normalize_hangul("임항")
    assert normalize_hangul("노동") == normalize_hangul("로동")
    assert hangul_bigrams("임항 신구") == hangul_bigrams(sino_korean("临港新区"))


@given(st.text(alphabet="数字贸易服务浦东新区临港发展建设国际合作创新", max_size=30))
def test_chinese_is_read_entirely_in_hangul(text: str) -> None:
    reading = sino_korean(text)
    assert len(reading) == len(text)
    assert all("\uac00" <= c <= "\ud7a3" for c in reading)
