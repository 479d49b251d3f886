"""The unit registry: its data, exact and alias resolution, and the fuzzy threshold."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.schema import ResponsibleUnit
from shpolicy.units import (
    FUZZY_THRESHOLD,
    Registry,
    RegistryError,
    load_registry,
    resolve_unit,
    unit_registry,
    unit_warnings,
)
from shpolicy.units.keys import name_key

DATA = Path(__file__).resolve().parents[1] / "src" / "shpolicy" / "units" / "data" / "units.json"


def test_the_bundled_registry_loads_and_is_read_once() -> None:
    assert unit_registry() is unit_registry()
    assert len(unit_registry()) >= 60


def test_every_entry_is_complete_and_canonical_names_are_unique() -> None:
    raw = json.loads(DATA.read_text(encoding="utf-8"))["units"]
    canonicals = [u["canonical"] for u in raw]
    assert len(canonicals) == len(set(canonicals))
    for entry in unit_registry():
        if entry.kind == "group":
            assert entry.full_name is None
            continue
        assert entry.english, f"{entry.canonical} has no English name"
        assert entry.category, f"{entry.canonical} has no category"
    # The bodies the Korean translation names all have Korean names.
    for canonical in ("市商务委", "市科委", "上海海关", "临港新片区管委会", "浦东新区政府", "各区政府"):
        entry = unit_registry().get(canonical)
        assert entry is not None and entry.korean


# Known cases: the name as a published notice writes it → canonical short name.
@pytest.mark.parametrize(
    ("name", "canonical", "method"),
    [
        ("人民银行上海总部", "中国人民银行上海总部", "alias"),
        ("国家外汇局上海市分局", "国家外汇局上海市分局", "exact"),
        ("国家外汇管理局上海市分局", "国家外汇局上海市分局", "exact"),
        ("市地方金融监管局", "市地方金融监管局", "exact"),
        ("市地方金融监督管理局", "市地方金融监管局", "exact"),
        ("市政府外事办", "市政府外办", "alias"),
        ("市房城乡建设管理委", "市住房城乡建设管理委", "alias"),
        ("长宁区区政府", "长宁区政府", "alias"),
        ("上海市商务委员会", "市商务委", "exact"),
        ("市卫生健康委员会", "市卫生健康委", "exact"),
        ("中国出口信用保险公司上海分公司", "中信保上海分公司", "exact"),
        ("虹桥商务区管委会", "虹桥国际中央商务区管委会", "alias"),
        ("各区政府", "各区政府", "exact"),
        ("相关区政府", "相关区政府", "exact"),
        ("各有关单位", "各有关单位", "exact"),
        ("市推进上海国际贸易中心建设领导小组成员单位", "市推进上海国际贸易中心建设领导小组成员单位", "exact"),
        ("Municipal Commerce Commission", "市商务委", "exact"),
        ("Municipal Commission of Commerce", "市商务委", "exact"),
        ("Shanghai Municipal Commission of Commerce", "市商务委", "exact"),
        ("Shanghai headquarters of the People's Bank of China", "中国人民银行上海总部", "exact"),
        ("상하이시 상무위원회", "市商务委", "exact"),
        ("시 상무위원회", "市商务委", "exact"),
    ],
)
def test_known_names(name: str, canonical: str, method: str) -> None:
    found = resolve_unit(name)
    assert (found.canonical, found.method) == (canonical, method)
    assert found.score == 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("上海市商务委员会", "市商务委员会"),
        ("上海市浦东新区人民政府", "浦东新区政府"),
        ("市商务委", "市 商务委"),
        ("市商务委", "市商务委。"),
        ("Municipal  Commission of\nCommerce", "municipal commission of commerce"),
        ("Shanghai Municipal Commission of Commerce", "the Municipal Commission of Commerce"),
        ("Municipal Party Committee Propaganda Dept.", "Municipal Party Committee Propaganda Department"),
        ("시 상무위원회", "시상무위원회"),
        ("상해시 상무위원회", "상하이시 상무위원회"),
    ],
)
def test_keys_fold_spelling_that_does_not_change_the_body(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_a_second_name_in_brackets_resolves_through_the_first() -> None:
    found = resolve_unit("浦东新区政府（上海自贸试验区管委会）")
    assert (found.canonical, found.method) == ("浦东新区政府", "exact")
    found = resolve_unit(
        "Pudong New Area Government (Shanghai Pilot Free Trade Zone Management Committee)"
    )
    assert found.canonical == "浦东新区政府"


# The fuzzy threshold.  A registry without aliases must still find the
# variants published notices contain (a dropped or extra character in a long
# name); it must never turn one body into another.
BARE = Registry(replace(e, aliases=()) for e in unit_registry())

VARIANTS = [
    ("市房城乡建设管理委", "市住房城乡建设管理委"),
    ("市政府外事办", "市政府外办"),
    ("国家外汇管理局上海分局", "国家外汇局上海市分局"),
    ("人民银行上海总部", "中国人民银行上海总部"),
    ("长宁区区政府", "长宁区政府"),
    ("市经济信息委", "市经济信息化委"),
    ("上海市商务委员", "市商务委"),
    ("虹桥国际中央商务区管理委员会", "虹桥国际中央商务区管委会"),
    ("Municipal Commision of Commerce", "市商务委"),
    ("Municipal Science and Techology Commission", "市科委"),
    ("시 과학기술 위원회의", "市科委"),
]

# Confusable names: each resolves to its own body, and with that body left out
# of the registry to nothing, never to the body it is confused with.
CONFUSABLE = [
    ("市审计局", "市审计局", "市统计局"),
    ("市民政局", "市民政局", "市财政局"),
    ("市教育局", None, "市体育局"),
    ("市水务局", "市水务局", "市税务局"),
    ("上海市闵行区人民政府", "闵行区政府", "杨浦区政府"),
    ("Municipal Health Bureau", None, "市数据局"),
    ("Municipal Housing Bureau", None, "市司法局"),
    ("Minhang District Government", "闵行区政府", "杨浦区政府"),
    ("Jiading District Government", "嘉定区政府", "徐汇区政府"),
    ("Shanghai Municipal Commission of Agriculture", "市农委", "市商务委"),
    ("시 교육국", None, "市体育局"),
    # Two development zones' committees share every word but their place names.
    ("Lingang New Area Administrative Committee", None, "菊园新区管委会"),
    ("Administrative Committee of Lingang Special Area", "临港新片区管委会", "菊园新区管委会"),
    ("민항구 정부", "闵行区政府", "杨浦区政府"),
    # 市 and 区 bodies of one name, and one bureau of two districts.
    ("市住房保障房屋管理局", "市房屋管理局", "区住房保障房屋管理局"),
    ("区住房保障房屋管理局", "区住房保障房屋管理局", "市房屋管理局"),
    ("嘉定区住房保障房屋管理局", "嘉定区住房保障房屋管理局", "金山区住房保障房屋管理局"),
    ("Jiading District Water Affairs Bureau", "嘉定区水务局", "金山区水务局"),
    ("市绿化和市容管理局", "市绿化市容局", "区绿化市容局"),
]


@pytest.mark.parametrize(("name", "own", "confusable"), CONFUSABLE)
def test_confusable_names_never_merge(name: str, own: str | None, confusable: str) -> None:
    found = unit_registry().resolve(name)
    assert found.canonical == own
    if own is None:
        return
    without = Registry(e for e in unit_registry() if e.canonical != own and e.template != own)
    other = without.resolve(name)
    assert other.canonical != confusable, (name, other)


# Renamed and replaced bodies, at dates before and after the change.
DATED = [
    ("市金融办", "2016-06-01", "市金融服务办"),
    ("市金融办", "2025-01-01", "市委金融办"),
    ("上海市地方金融管理局", "2025-01-01", "市委金融办"),
    ("上海银保监局", "2020-01-01", "上海银保监局"),
    ("上海金融监管局", "2024-01-01", "上海金融监管局"),
    ("虹桥商务区管委会", "2019-01-01", "虹桥国际中央商务区管委会"),
    ("市环保局", "2017-01-01", "市环保局"),
    ("市生态环境局", "2019-01-01", "市生态环境局"),
    ("市公安消防总队", "2017-01-01", "市消防救援局"),
]


@pytest.mark.parametrize(("name", "date", "canonical"), DATED)
def test_renamed_bodies_resolve_by_the_notices_date(name: str, date: str, canonical: str) -> None:
    assert unit_registry().resolve(name, date=date).canonical == canonical


def test_replaced_bodies_say_who_followed_them() -> None:
    old = unit_registry().get("上海银保监局")
    assert old is not None and old.succeeded_by == "上海金融监管局"
    assert old.abolished is not None and old.abolished.year == 2023
    data_bureau = unit_registry().get("市数据局")
    assert data_bureau is not None and data_bureau.established is not None
    assert data_bureau.established.year == 2024


def test_a_districts_notice_names_its_own_bodies() -> None:
    reg = unit_registry()
    found = reg.resolve("区水务局", issuer="上海市嘉定区人民政府办公室")
    assert (found.canonical, found.method, found.district) == ("嘉定区水务局", "context", "嘉定区")
    assert reg.resolve("区水务局", district="青浦区").canonical == "青浦区水务局"
    municipal = reg.resolve("区水务局")
    assert municipal.canonical == "区水务局" and municipal.collective
    assert reg.resolve("市水务局", district="嘉定区").canonical == "市水务局"
    assert reg.resolve("公安青浦分局").canonical == "公安青浦分局"
    assert reg.resolve("经开区", district="松江区").canonical == "松江经开区管委会"
    assert reg.resolve("经开区").canonical is None


@pytest.mark.parametrize(
    ("name", "category"),
    [("各区政府", "district-government"), ("各街镇", "township"), ("各相关部门", "department"),
     ("各项目实施主体", "implementer"), ("相关区政府", "district-government"),
     ("区内各相关行政审批部门", "department"), ("各交通行业企业", "enterprise")],
)
def test_collective_references_are_collectives_of_a_kind(name: str, category: str) -> None:
    found = unit_registry().resolve(name)
    assert found.resolved and found.collective and found.category == category


def test_townships_resolve_by_form_and_take_the_district() -> None:
    found = unit_registry().resolve("泗泾镇", district="松江区")
    assert (found.canonical, found.method, found.category) == ("松江区泗泾镇", "form", "township")
    assert unit_registry().resolve("永丰街道").canonical == "永丰街道"


def test_official_english_names_resolve() -> None:
    found = unit_registry().resolve("Lin-gang Special Area Administrative Committee")
    assert found.canonical == "临港新片区管委会"


@pytest.mark.parametrize(("name", "canonical"), VARIANTS)
def test_fuzzy_matching_finds_variants(name: str, canonical: str) -> None:
    found = BARE.resolve(name)
    assert (found.canonical, found.method) == (canonical, "fuzzy")
    assert FUZZY_THRESHOLD[found.language] <= found.score < 1.0


def test_the_thresholds_lie_between_variants_and_distinct_bodies() -> None:
    variant_scores: dict[str, list[float]] = {lang: [] for lang in ("zh", "en", "ko")}
    for name, _ in VARIANTS:
        found = BARE.resolve(name)
        variant_scores[found.language].append(found.score)
    for lang, scores in variant_scores.items():
        assert scores and min(scores) >= FUZZY_THRESHOLD[lang]
    # Short names that differ in the one character that names the body score
    # below the threshold on their own, without the core check.
    for name, own in (("市审计局", "市审计局"), ("市民政局", "市民政局"), ("市水务局", "市水务局")):
        without = Registry(e for e in unit_registry() if e.canonical != own)
        assert without.resolve(name).score < FUZZY_THRESHOLD["zh"]


def test_the_core_check_keeps_science_and_education_apart() -> None:
    # 市科委 and 市教委 differ in one character of three: the one that matters.
    science = unit_registry().get("市科委")
    assert science is not None
    without_science = Registry(e for e in unit_registry() if e.canonical != "市科委")
    found = without_science.resolve("市科委")
    assert found.canonical is None
    assert resolve_unit("市科委").canonical == "市科委"
    assert resolve_unit("市教委").canonical == "市教委"


def test_unknown_name_resolves_to_none_with_candidates() -> None:
    found = resolve_unit("市审记局")
    assert found.canonical is None and found.method == "none"
    assert found.candidates[0].canonical == "市审计局"
    assert not found.candidates[0].accepted


def test_every_name_of_an_entry_resolves_to_that_entry() -> None:
    for entry in unit_registry():
        for name in entry.names() + entry.aliases:
            found = resolve_unit(name)
            assert found.canonical == entry.canonical, (name, found)


def test_the_registry_check_finds_no_problem() -> None:
    # Unique keys, one body per name at any date, no two bodies sharing a
    # short name at one time, no name of one entry a fuzzy match of another.
    import subprocess
    import sys

    script = Path(__file__).resolve().parents[1] / "scripts" / "check_registry.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_unit_warnings_name_the_unresolved_units() -> None:
    units = [
        ResponsibleUnit(name="市商务委", canonical="市商务委"),
        ResponsibleUnit(name="市审计局", canonical=None),
    ]
    warnings = unit_warnings(units, "measure 2.3")
    assert [w.code for w in warnings] == ["unit-unresolved"]
    assert "市审计局" in warnings[0].message and "measure 2.3" in warnings[0].message


def test_a_registry_file_of_ones_own(tmp_path: Path) -> None:
    path = tmp_path / "units.json"
    path.write_text(
        json.dumps(
            {"units": [{"canonical": "区规划资源局", "english": ["District Planning Bureau"]}]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    own = load_registry(path)
    assert own.resolve("区规划资源局").canonical == "区规划资源局"
    assert own.resolve("District Planning Bureau").canonical == "区规划资源局"


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"units": 3}',
        '{"units": [{"full_name": "x"}]}',
        '{"units": [{"canonical": "A局", "colour": "red"}]}',
        '{"units": [{"canonical": "A局"}, {"canonical": "A局"}]}',
        '{"units": [{"canonical": "A局"}, {"canonical": "B局", "aliases": ["A局"]}]}',
    ],
)
def test_a_broken_registry_file_is_an_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "units.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RegistryError):
        load_registry(path)


def test_entries_serialise_back_to_the_file_form(tmp_path: Path) -> None:
    reg = unit_registry()
    names = ("上海银保监局", "上海金融监管局", "市委金融办", "虹桥国际中央商务区管委会")
    entries = [reg.get(n) for n in names]
    assert all(entries)
    data = [e.to_dict() for e in entries if e is not None]
    assert data[0]["succeeded_by"] == "上海金融监管局" and data[0]["abolished"] == "2023-07-20"
    path = tmp_path / "units.json"
    path.write_text(json.dumps({"units": data}, ensure_ascii=False), encoding="utf-8")
    again = load_registry(path)
    assert [again.get(n) for n in names] == entries


# Properties of the key, which every lookup goes through.
CJK = st.sampled_from(list("市商务委员会上海浦东新区政府管理局办公室中国人民银行总部"))
cjk_names = st.text(CJK, min_size=1, max_size=12)


@given(cjk_names)
def test_key_is_idempotent(name: str) -> None:
    assert name_key(name_key(name, "zh"), "zh") == name_key(name, "zh")


@given(cjk_names, st.lists(st.integers(0, 12), max_size=4), st.sampled_from([" ", "\n", "\u3000"]))
def test_key_ignores_white_space_inside_a_chinese_name(
    name: str, cuts: list[int], space: str
) -> None:
    spaced = name
    for cut in sorted({min(c, len(name)) for c in cuts}, reverse=True):
        spaced = spaced[:cut] + space + spaced[cut:]
    assert name_key(spaced, "zh") == name_key(name, "zh")


@given(st.text(st.sampled_from(list("ABCabc()0123 ")), min_size=1, max_size=10))
def test_key_ignores_character_width(ascii_part: str) -> None:
    wide = ascii_part.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    assert name_key("市商务委" + wide, "zh") == name_key("市商务委" + ascii_part, "zh")
