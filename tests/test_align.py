"""Alignment on small notices built from outlines: each kind of link, renumbering, repeats.

``outline()`` builds a :class:`Notice` from a compact text: one line per
section heading (``一、``, ``I.``) or measure (``(一)``, ``(I)``, ``(1)``),
responsible units in ``{…}`` at the end of a measure (``{?name}`` for a unit
the registry does not know).  The measures written here are short
translations made for these tests; the expected pairs follow from reading
them side by side.
"""

from __future__ import annotations

import regex

from shpolicy import align
from shpolicy.ground.language import detect_language
from shpolicy.ground.numbering import match_marker
from shpolicy.schema import (
    Language,
    Measure,
    Notice,
    Removal,
    ResponsibleUnit,
    Section,
    Source,
    Span,
)

_UNITS = regex.compile(r"\s*\{([^{}]*)\}\s*$")


def outline(
    text: str,
    language: Language,
    *,
    path: str = "outline.txt",
    removals: list[tuple[str, int]] | None = None,
) -> Notice:
    """A notice from one line per section heading or measure (see the module docstring)."""
    sections: list[Section] = []
    body = text.strip("\n")
    offset = 0
    seen: dict[str, int] = {}
    for lineno, line in enumerate(body.split("\n"), 1):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        marker = match_marker(line)
        assert marker is not None, line
        rest = line[marker.end :]
        if marker.form == "plain":
            sections.append(
                Section(
                    id=str(marker.ordinal),
                    number=marker.ordinal,
                    label=marker.raw,
                    style=marker.style,
                    title=rest,
                    text="",
                    span=Span(start=start, end=end, line=lineno),
                )
            )
            continue
        section = sections[-1]
        units: list[ResponsibleUnit] = []
        found = _UNITS.search(rest)
        if found:
            rest = rest[: found.start()]
            for name in found.group(1).split("、"):
                unknown = name.startswith("?")
                name = name.lstrip("?")
                units.append(ResponsibleUnit(name=name, canonical=None if unknown else name))
        base = f"{section.number}.{marker.ordinal}"
        seen[base] = seen.get(base, 0) + 1
        measure_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        title = regex.split(r"(?<=[。.])\s*", rest, maxsplit=1)[0].rstrip("。.")
        section.measures.append(
            Measure(
                id=measure_id,
                number=marker.ordinal,
                label=marker.raw,
                style=marker.style,
                title=title,
                text=rest,
                original=rest,
                language=detect_language(rest, default=language),
                responsible_units=units,
                span=Span(start=start, end=end, line=lineno),
            )
        )
    return Notice(
        language=language,
        source=Source(path=path, sha256="0" * 64, format="text", encoding="utf-8"),
        sections=sections,
        text=body,
        removals=[
            Removal(kind="duplicate-passage", text=t, at=0, line=n) for t, n in removals or []
        ],
    )


ZH = """
一、加强区域载体建设
(一)建设国际数据经济产业园。在临港新片区建设国际数据经济产业园，试点开展合作创新业务。{市数据局、临港新片区管委会}
(二)提升服务贸易集聚区规模效应。在浦东新区建设以总部经济为特色的服务贸易集聚区。在虹口区建设高端航运服务核心承载区。{市商务委、浦东新区政府}
(三)促进和规范数据跨境流动。到2026年制定数据跨境流动负面清单及操作指引，支持企业开展数据出境安全评估。{市网信办}
二、促进贸易要素便捷流动
(四)便利自然人跨境流动。优化APEC商务旅行卡办理流程，为外籍人员提供出入境便利。{市政府外办、市公安局}
(五)优化跨境资金流动管理。支持资金池业务在数字贸易跨境资金集中管理环节的应用，推动CIPS业务发展。{人民银行上海总部}
(六)发挥会展贸易促进功能。持续办好世界人工智能大会、浦江创新论坛，吸引20家国际机构参展。{市商务委、市科委}
"""

KO_MEASURES = {
    1: "국제 데이터 경제 산업단지 건설. 임항신구에 국제 데이터 경제 산업단지를 건설하고 협력 혁신 업무를 시범 실시한다.",
    2: "서비스 무역 집적구 규모 효과 제고. 포동신구에 본부 경제를 특색으로 하는 서비스 무역 집적구를 건설한다. 홍구구에 고급 해운 서비스 핵심 거점을 건설한다.",
    3: "데이터 국경 간 이동 촉진 및 규범화. 2026년까지 데이터 국경 간 이동 네거티브 리스트와 운영 지침을 제정하고 기업의 데이터 출경 안전 평가를 지원한다.",
    4: "자연인 국경 간 이동 편리화. APEC 상무 여행 카드 발급 절차를 최적화하여 외국인에게 출입경 편의를 제공한다.",
    5: "국경 간 자금 이동 관리 최적화. 자금풀 업무의 디지털 무역 국경 간 자금 집중 관리 단계 응용을 지원하고 CIPS 업무 발전을 추진한다.",
    6: "전시회 무역 촉진 기능 발휘. 세계인공지능대회와 포강혁신논단을 지속적으로 잘 개최하고 20개 국제 기구의 참가를 유치한다.",
}
CJK = "一二三四五六七八九十"


def ko(labels: list[tuple[int, int | str]], *, one_section: bool = False) -> str:
    """A Korean outline: (label ordinal, source measure number or literal text) per measure.

    Section 二 starts before label (四) unless ``one_section``.
    """
    lines = ["一. 지역 플랫폼 구축 강화"]
    for n, content in labels:
        if not one_section and n == 4 and not any(x.startswith("二.") for x in lines):
            lines.append("二. 무역 요소의 편리한 이동 촉진")
        body = KO_MEASURES[content] if isinstance(content, int) else content
        lines.append(f"({CJK[n - 1]}) {body}")
    return "\n".join(lines)


def links(notice_a: Notice, notice_b: Notice) -> list[tuple[str | None, str | None, str]]:
    return [(p.source, p.target, p.link) for p in align(notice_a, notice_b).pairs]


def test_one_to_one_in_order_with_scores_in_range() -> None:
    alignment = align(outline(ZH, "zh"), outline(ko([(n, n) for n in range(1, 7)]), "ko"))
    assert [(p.source, p.target) for p in alignment.pairs] == [
        ("1.1", "1.1"), ("1.2", "1.2"), ("1.3", "1.3"),
        ("2.4", "2.4"), ("2.5", "2.5"), ("2.6", "2.6"),
    ]  # fmt: skip
    for pair in alignment.pairs:
        assert pair.link == "1-1"
        assert 0.0 <= pair.score <= 1.0
        assert pair.signals is not None and pair.signals.reading is not None
        assert pair.signals.reading > 0.5
    assert [(s.source, s.target) for s in alignment.sections] == [("1", "1"), ("2", "2")]


def test_a_measure_missing_from_the_translation_is_one_to_zero() -> None:
    target = outline(ko([(1, 1), (2, 2), (4, 4), (5, 5), (6, 6)]), "ko")
    assert links(outline(ZH, "zh"), target) == [
        ("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-1"), ("1.3", None, "1-0"),
        ("2.4", "2.4", "1-1"), ("2.5", "2.5", "1-1"), ("2.6", "2.6", "1-1"),
    ]  # fmt: skip


def test_renumbered_translation_pairs_by_content_not_by_label() -> None:
    # Measure 3 is dropped and the rest renumbered: (三) now holds measure 4.
    target = outline(ko([(1, 1), (2, 2), (3, 4), (4, 5), (5, 6)], one_section=True), "ko")
    assert links(outline(ZH, "zh"), target) == [
        ("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-1"), ("1.3", None, "1-0"),
        ("2.4", "1.3", "1-1"), ("2.5", "1.4", "1-1"), ("2.6", "1.5", "1-1"),
    ]  # fmt: skip


def test_an_added_measure_is_zero_to_one() -> None:
    extra = "해외 인재 유치 지원. 해외 고급 인재의 창업을 위한 주택 보조금을 지급한다."
    target = outline(ko([(1, 1), (2, 2), (3, 3), (7, extra), (4, 4), (5, 5), (6, 6)]), "ko")
    assert links(outline(ZH, "zh"), target) == [
        ("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-1"), ("1.3", "1.3", "1-1"),
        (None, "1.7", "0-1"),
        ("2.4", "2.4", "1-1"), ("2.5", "2.5", "1-1"), ("2.6", "2.6", "1-1"),
    ]  # fmt: skip


def test_two_measures_merged_in_translation_are_two_to_one() -> None:
    merged = KO_MEASURES[4] + " " + KO_MEASURES[5]
    target = outline(ko([(1, 1), (2, 2), (3, 3), (4, merged), (6, 6)]), "ko")
    assert links(outline(ZH, "zh"), target) == [
        ("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-1"), ("1.3", "1.3", "1-1"),
        ("2.4", "2.4", "2-1"), ("2.5", "2.4", "2-1"),
        ("2.6", "2.6", "1-1"),
    ]  # fmt: skip


def test_a_measure_split_in_translation_is_one_to_two() -> None:
    first, second = KO_MEASURES[2].split(" 홍구구")
    target = outline(
        ko([(1, 1), (2, first), (3, "홍구구" + second), (4, 3), (5, 4), (6, 5), (7, 6)]), "ko"
    )
    pairs = links(outline(ZH, "zh"), target)
    assert pairs[:3] == [("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-2"), ("1.2", "1.3", "1-2")]
    # The labels after the split are one ahead; the content keeps the pairs right.
    assert pairs[3:] == [
        ("1.3", "2.4", "1-1"), ("2.4", "2.5", "1-1"), ("2.5", "2.6", "1-1"), ("2.6", "2.7", "1-1"),
    ]  # fmt: skip


def test_a_repeated_passage_is_left_unpaired_and_shifts_nothing() -> None:
    target = outline(ko([(1, 1), (2, 2), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]), "ko")
    assert links(outline(ZH, "zh"), target) == [
        ("1.1", "1.1", "1-1"), ("1.2", "1.2", "1-1"), (None, "1.2-2", "0-1"), ("1.3", "1.3", "1-1"),
        ("2.4", "2.4", "1-1"), ("2.5", "2.5", "1-1"), ("2.6", "2.6", "1-1"),
    ]  # fmt: skip


def test_untranslated_measures_pair_by_direct_comparison() -> None:
    zh_lines = [line for line in ZH.strip().split("\n") if line.startswith("(")]
    target = outline(
        "一. 지역 플랫폼 구축 강화\n"
        + "\n".join(f"({CJK[n - 1]}) {KO_MEASURES[n]}" for n in (1, 2, 3))
        + "\n二. 무역 요소의 편리한 이동 촉진\n"
        + "\n".join(zh_lines[3:]),
        "ko",
    )
    alignment = align(outline(ZH, "zh"), target)
    assert [(p.source, p.target) for p in alignment.pairs][3:] == [
        ("2.4", "2.4"), ("2.5", "2.5"), ("2.6", "2.6"),
    ]  # fmt: skip
    for pair in alignment.pairs[3:]:
        assert pair.signals is not None and pair.signals.direct is not None
        assert pair.signals.direct > 0.9


EN = """
I. Strengthen regional platforms
(I) Build an international data economy industrial park. Build it in the Lingang New Area and pilot cooperative innovation business.
(II) Enhance the scale effect of service trade clusters. Build a cluster featuring headquarters economy in Pudong New Area and a shipping service core area in Hongkou District.
(III) Promote and regulate cross-border data flows. By 2026, formulate a negative list and operating guidelines for cross-border data flows.
II. Promote the convenient flow of trade factors
(IV) Facilitate cross-border travel of natural persons. Optimize the procedure for the APEC Business Travel Card.
(V) Optimize the management of cross-border capital flows. Support cash pooling in digital trade and promote CIPS business.
(VI) Give full play to exhibitions. Continue to host the World Artificial Intelligence Conference and the Pujiang Innovation Forum and attract 20 international organisations.
"""


def test_english_pairs_by_anchors_when_a_heading_is_missing() -> None:
    # The heading of section II is missing: measures IV–VI stay under section I.
    target = outline(
        "\n".join(line for line in EN.strip().split("\n") if not line.startswith("II.")), "en"
    )
    alignment = align(outline(ZH, "zh"), target)
    assert [(p.source, p.target) for p in alignment.pairs] == [
        ("1.1", "1.1"), ("1.2", "1.2"), ("1.3", "1.3"),
        ("2.4", "1.4"), ("2.5", "1.5"), ("2.6", "1.6"),
    ]  # fmt: skip
    assert [(s.source, s.target) for s in alignment.sections] == [("1", "1"), ("2", None)]
    shared = alignment.pairs[4].signals
    assert shared is not None and "cips" in shared.shared


def test_alignment_json_names_source_target_and_pairs() -> None:
    alignment = align(outline(ZH, "zh", path="a.zh.txt"), outline(EN, "en", path="a.en.txt"))
    data = alignment.model_dump(mode="json")
    assert data["source"] == "a.zh.txt" and data["target"] == "a.en.txt"
    first = data["pairs"][0]
    assert set(first) == {"source", "target", "link", "score", "signals", "crossing"}
    assert first["source"] == "1.1" and first["target"] == "1.1"
    assert 0 <= first["score"] <= 1
    assert {"numbering", "reading", "direct", "anchors", "facts", "units", "length"} <= set(
        first["signals"]
    )
