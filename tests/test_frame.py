"""The frame rules written once for every language, and what parsing leaves alone."""

from __future__ import annotations

import shpolicy
from shpolicy.parsers import frame, parse_source
from shpolicy.parsers.chain import rules_for
from shpolicy.parsers.en import CONVENTIONS as EN
from shpolicy.parsers.zh import CONVENTIONS as ZH
from shpolicy.sources import read_bytes


def test_originals_and_translations_share_the_frame_rules() -> None:
    frame_rules = {"printed", "cc", "doc_number", "title", "recipients", "letter", "plan_heading"}
    for language in ("zh", "en", "ko"):
        assert frame_rules <= {rule.name for rule in rules_for(language)}


def test_split_list_reads_each_language_by_its_conventions() -> None:
    assert frame.split_list("各区人民政府，市政府各委、办、局：", ZH) == [
        "各区人民政府",
        "市政府各委、办、局",
    ]
    assert frame.split_list(
        "all district governments, committees, offices and bureaus of the municipal government",
        EN,
    ) == [
        "all district governments",
        "committees, offices and bureaus of the municipal government",
    ]


def test_front_matter_goes_to_the_notice_not_into_the_source() -> None:
    src = read_bytes(b"Source: Example Website\nI. Open up\n(I) Open the market.\n", "a.txt")
    notice = parse_source(src, lang="en")
    assert notice.source.metadata["source"] == "Example Website"
    assert "source" not in src.metadata


def test_a_repeat_reported_as_a_conflict_is_not_also_a_numbering_repeat() -> None:
    text = """I. Open up
(I) Open the market to foreign investors in digital trade and services.
(II) Build platforms for cross-border data flows in the pilot zones.
(II) Fund projects that train people to work in the data industry.
"""
    codes = [w.code for w in shpolicy.parse_text(text, lang="en").warnings]
    assert codes.count("numbering-conflict") == 1
    assert "numbering-repeat" not in codes
