"""What the columns of a task table are called, and which role each plays.

Task tables (试点任务 / 任务细化 / 序号 / 具体举措 / 责任单位 and their many
variants) are recognised by their header row.  This module is the one place
that knows the header words; everything else asks :func:`header_roles`.

A column plays one of these roles:

* ``label``: a grouping label (试点任务, 任务细化, 重点任务…), written once
  for a group of rows, often in a merged cell;
* ``number``: the row number (序号);
* ``text``: what is to be done (具体举措, 工作任务, 主要内容…);
* ``units``: who does it (责任单位, 牵头单位, 配合单位…);
* ``other``: anything else (完成时限, 备注…), kept in the text but not read.
"""

from __future__ import annotations

from typing import Literal

import regex

from ..schema import Role

__all__ = ["ColumnRole", "header_roles", "is_header_cell", "is_units_header", "unit_role"]

_SUPPORT_WORD = regex.compile(r"配合|参与")

ColumnRole = Literal["label", "number", "text", "units", "other"]

# Order matters: the first pattern that matches a cell decides its role, so
# the specific names (序号, 责任单位) come before the generic ones (任务).
_ROLE_PATTERNS: tuple[tuple[ColumnRole, regex.Pattern[str]], ...] = (
    ("number", regex.compile(r"^(?:序号|编号|序次|No\.?)$")),
    (
        "units",
        regex.compile(
            r"^(?:(?:主要|牵头|责任|配合|协同|协办|实施|参与|推进|执行|支撑)(?:单位|部门|主体)|责任(?:人|处室)|牵头(?:部门|单位)?(?:及|和|、)?(?:配合|参与)?(?:单位|部门)?|行使主体|实施机构|责任主体)$"
        ),
    ),
    (
        "other",
        regex.compile(
            r"^(?:完成(?:时限|时间)|时间(?:节点|安排|进度)?|进度安排|时限|备注|说明|目标|预期成效|工作目标)$"
        ),
    ),
    (
        "text",
        regex.compile(
            r"^(?:具体(?:举措|措施|任务|内容|工作)|(?:主要|工作|重点)?(?:举措|措施|内容)|工作(?:任务|要求)|任务(?:内容|措施|举措))$"
        ),
    ),
    (
        "label",
        regex.compile(
            r"^(?:试点任务|任务细化|(?:主要|重点|工作|改革|具体)?任务|(?:工作|改革)?(?:领域|类别|事项|板块)|任务(?:分类|类别|类型|名称|事项))$"
        ),
    ),
)

_SPACE = regex.compile(r"[\s\u3000]+")


def _role(cell: str) -> ColumnRole | None:
    name = _SPACE.sub("", cell)
    for role, pattern in _ROLE_PATTERNS:
        if pattern.match(name):
            return role
    return None


def is_units_header(cell: str) -> bool:
    """Whether ``cell`` names a column of responsible bodies (责任单位, 行使主体…)."""
    return _role(cell) == "units"


def is_header_cell(cell: str) -> bool:
    """Whether ``cell`` is a column name of a task table."""
    return _role(cell) is not None


def header_roles(cells: list[str]) -> list[ColumnRole] | None:
    """The role of each column if ``cells`` is the header row of a task table, else None.

    A header names a number column and a units column, and every non-empty
    cell is a known column name; empty cells (trailing TABs) are ``other``.
    """
    roles: list[ColumnRole] = []
    for cell in cells:
        if not cell.strip():
            roles.append("other")
            continue
        role = _role(cell)
        if role is None:
            return None
        roles.append(role)
    if "units" not in roles or ("number" not in roles and "text" not in roles):
        return None
    if "text" not in roles:
        # 序号 / 任务 / 责任单位: the only task column holds the text.
        labels = [i for i, r in enumerate(roles) if r == "label"]
        if not labels:
            return None
        roles[labels[-1]] = "text"
    return roles


_LEAD = regex.compile(r"^(?:牵头|主要|主责)")
_SUPPORT = regex.compile(r"^(?:配合|协同|协办|参与)")


def unit_role(header: str) -> Role | None:
    """The role of the units a column names: 牵头单位 lead, 配合单位 support, 责任单位 neither."""
    name = _SPACE.sub("", header)
    if _LEAD.match(name) and not _SUPPORT_WORD.search(name):
        return "lead"
    if _SUPPORT.match(name):
        return "support"
    return None
