"""Document numbers: Chinese variants normalised, English and Korean forms kept and mapped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shpolicy.ground.docnumbers import find_doc_number, normalize_doc_number, zh_code

CANONICAL = "沪府办发〔2024〕31号"


@pytest.mark.parametrize(
    "written",
    [
        "沪府办发〔2024〕31号",
        "沪府办发[2024]31号",
        "沪府办发【2024】31号",
        "沪府办发（2024）31号",
        "沪府办发(2024)31号",
        "沪府办发［2024］31号",
        "沪府办发〔２０２４〕３１号",
        "沪府办发 〔2024〕 31 号",
        "沪 府 办 发〔2024〕31号",
        "沪府办发〔2024〕第31号",
        "沪府办发〔2024〕031号",
    ],
)
def test_chinese_variants_normalise_to_one_form(written: str) -> None:
    found = find_doc_number(written, "zh")
    assert found is not None
    assert found.as_written == written
    assert found.normalised == CANONICAL
    assert (found.start, found.end) == (0, len(written))


def test_a_number_inside_a_sentence_starts_at_its_code() -> None:
    text = "根据沪府规〔2023〕5号文件精神，制定本方案。"
    found = find_doc_number(text, "zh")
    assert found is not None
    assert found.as_written == "沪府规〔2023〕5号"
    assert text[found.start : found.end] == "沪府规〔2023〕5号"
    assert found.normalised == "沪府规〔2023〕5号"
    found = find_doc_number("市政府印发的沪府发〔2019〕3号", "zh")
    assert found is not None and found.normalised == "沪府发〔2019〕3号"


@pytest.mark.parametrize(
    ("written", "zh"),
    [
        ("SMPG GO G [2023] No. 14", "沪府办规〔2023〕14号"),
        ("SMPG GO F [2024] No. 31", "沪府办发〔2024〕31号"),
        ("SMPG G [2023] No. 5", "沪府规〔2023〕5号"),
        ("Hu Fu Ban Fa [2024] No. 31", "沪府办发〔2024〕31号"),
        ("Hu Fu Ban Fa (2024) No.31", "沪府办发〔2024〕31号"),
        ("Hu Fu Gui [2023] No. 5", "沪府规〔2023〕5号"),
        ("Guo Ban Fa [2024] No. 12", "国办发〔2024〕12号"),
        ("Guo Fa [2024] No. 1", "国发〔2024〕1号"),
    ],
)
def test_english_forms_are_kept_and_mapped(written: str, zh: str) -> None:
    found = find_doc_number(written, "en")
    assert found is not None
    assert found.as_written == written
    assert found.normalised == zh


@pytest.mark.parametrize(
    "written",
    [
        "SC GO F [2019] No. 3",  # SC is not in the table
        "Hu Shang Fa [2024] No. 2",  # nor is the pinyin Shang
        "SMPG GO Fa [2023] No. 14",  # initials and pinyin mixed: not a known scheme
    ],
)
def test_unknown_codes_are_found_but_not_mapped(written: str) -> None:
    found = find_doc_number(written, "en")
    assert found is not None
    assert found.as_written == written
    assert found.normalised is None


def test_words_before_an_english_number_are_not_its_code() -> None:
    text = "According to the Notice Hu Fu Ban Fa [2024] No. 31, the plan applies."
    found = find_doc_number(text, "en")
    assert found is not None
    assert found.as_written == "Hu Fu Ban Fa [2024] No. 31"
    assert text[found.start : found.end] == found.as_written


def test_korean_forms() -> None:
    found = find_doc_number("沪府办发〔2024〕31호", "ko")
    assert found is not None and found.normalised == CANONICAL
    found = find_doc_number("沪府办发〔2024〕제31호", "ko")
    assert found is not None and found.normalised == CANONICAL
    found = find_doc_number("후푸반파〔2024〕31호", "ko")
    assert found is not None
    assert found.as_written == "후푸반파〔2024〕31호"
    assert found.normalised is None


@pytest.mark.parametrize(
    "text",
    ["In 2024 [2024] No. 3", "(2024) 31", "2024年12月30日", "上海市〔2024〕", "No. 31 of 2024"],
)
def test_things_that_are_not_document_numbers(text: str) -> None:
    assert find_doc_number(text, "en") is None


def test_zh_code_needs_every_part_known() -> None:
    assert zh_code("SMPG GO G") == "沪府办规"
    assert zh_code("Hu Fu Ban Han") == "沪府办函"
    assert zh_code("SMPG") is None
    assert zh_code("XYZ F") is None


def test_normalize_doc_number_wants_only_a_number() -> None:
    assert normalize_doc_number(" 沪府办发[2024]31号 ") == CANONICAL
    assert normalize_doc_number("Hu Fu Ban Fa [2024] No. 31") == CANONICAL
    assert normalize_doc_number("见沪府办发〔2024〕31号") is None


_OPEN_CLOSE = [("〔", "〕"), ("[", "]"), ("【", "】"), ("（", "）"), ("(", ")"), ("［", "］")]
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@given(
    code=st.sampled_from(["沪府办发", "沪府发", "沪府规", "国办发", "沪商服贸"]),
    year=st.integers(1980, 2099),
    number=st.integers(1, 999),
    brackets=st.sampled_from(_OPEN_CLOSE),
    wide=st.booleans(),
    spaces=st.lists(st.sampled_from(["", " ", "\u3000"]), min_size=4, max_size=4),
)
def test_any_bracket_width_and_spacing_gives_the_same_number(
    code: str,
    year: int,
    number: int,
    brackets: tuple[str, str],
    wide: bool,
    spaces: list[str],
) -> None:
    digits_year, digits_n = str(year), str(number)
    if wide:
        digits_year, digits_n = digits_year.translate(_FULL), digits_n.translate(_FULL)
    open_, close = brackets
    written = (
        f"{code}{spaces[0]}{open_}{spaces[1]}{digits_year}{close}{spaces[2]}{digits_n}{spaces[3]}号"
    )
    found = find_doc_number(written, "zh")
    assert found is not None
    assert found.normalised == f"{code}〔{year}〕{number}号"
    assert found.as_written == written


def test_a_leading_zero_is_dropped_as_gb_t_9704_writes_numbers() -> None:
    # 序号不编虚位: the standard form has no leading zero, so a citation of 〔2022〕90号 matches.
    assert normalize_doc_number("沪奉府办发〔2022〕090号") == "沪奉府办发〔2022〕90号"
    assert normalize_doc_number("沪建建材〔2020〕181 号") == "沪建建材〔2020〕181号"
