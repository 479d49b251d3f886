"""Write the variants of the 2024 notice that must parse like the seed itself.

Run from anywhere: ``python corpora/variants/make_variants.py``.  It reads
``corpora/2024-digital-trade.zh.txt`` and writes, next to this script:

- ``2024-digital-trade.zh.gb18030.txt``: the seed's text encoded as GB18030;
- ``2024-digital-trade.zh.bom-crlf.txt``: UTF-8 with a byte order mark and CRLF
  line ends;
- ``2024-digital-trade.zh-hant.txt``: converted to traditional Chinese with
  OpenCC ``s2t``;
- ``2024-digital-trade.zh.reflowed.txt``: the same text as a clean web copy,
  one paragraph per line, Chinese punctuation full width, ASCII digits, no page
  number (see :func:`reflow`);
- ``2024-digital-trade.zh.md``: the reflowed text as Markdown saved from a web
  page, with front matter, headings, emphasis, a link, a blockquote and a small
  table of the plan's targets whose first cells are decimals;
- ``2024-digital-trade.zh.html``: the reflowed text as a page saved from a
  government site (see :func:`html_page`): navigation, breadcrumbs, a sidebar
  and a footer around the article, which is one ``<p>`` per paragraph;
- ``2024-digital-trade.zh-hant-tw.txt``: converted to traditional Chinese with
  Taiwan phrasing (OpenCC ``s2twp``: 信息 → 資訊, 网络 → 網路, 扩展 → 擴充套件).

The transformations are written out here rather than taken from shpolicy, so
that the variants test the parser instead of repeating it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "2024-digital-trade.zh.txt"

HAN = r"\u3400-\u9fff"
# A page number line of the PDF: `—４—`, `- 4 -`.
PAGE_NUMBER = re.compile(r"^[—\-－]\s*[0-9０-９]+\s*[—\-－]$")
# Lines that are a paragraph of their own: the masthead, the document number,
# a date, the note, a section heading, a line ending in a colon outside
# parentheses (the addressees) and the printing line.
SINGLE = re.compile(
    r"文\s*件$|^沪府\S*\s*〔|^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$|^\(此件"
    r"|^[一二三四五六七八九十]+、|^[^(（]*[:：]$|日印发$"
)
# Lines that open a paragraph: a measure, the closing sentence, the copy list.
START = re.compile(r"^\([一二三四五六七八九十]+\)|^由|^抄送")
INDENT = "\u3000\u3000"
PUNCTUATION = str.maketrans(
    {".": "。", ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "«": "《", "»": "》"}
)
FULLWIDTH = str.maketrans({chr(0xFF10 + i): str(i) for i in range(10)} | {"％": "%", "＋": "+"})
LETTER_SPACING = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}〔])")


def paragraphs(text: str) -> list[str]:
    """The seed's lines grouped into paragraphs, page numbers and blank lines dropped."""
    groups: list[list[str]] = []
    previous_single = True
    for raw in text.splitlines():
        line = raw.strip(" \u3000\t")
        if not line or PAGE_NUMBER.match(line):
            continue
        single = bool(SINGLE.search(line))
        if previous_single or single or START.match(line) or raw.startswith(INDENT):
            groups.append([])
        groups[-1].append(line)
        previous_single = single
    return ["".join(group) for group in groups]


def reflow(text: str) -> str:
    """The seed as a clean copy: one paragraph per line, normal Chinese punctuation.

    Every ASCII `.` `,` `:` `;` `(` `)` in this notice is Chinese punctuation
    (it has no decimals, times or English sentences), so all are converted;
    the assertion keeps it that way if the seed changes.
    """
    assert not re.search(r"[0-9A-Za-z][.,:;][0-9A-Za-z]", text), "punctuation inside Latin text"
    lines = []
    for paragraph in paragraphs(text):
        paragraph = LETTER_SPACING.sub("", paragraph)
        lines.append(paragraph.translate(PUNCTUATION).translate(FULLWIDTH))
    return "\n".join(lines) + "\n"


TARGETS_TABLE = """\
方案目标折算如下表。

| 规模（千亿美元） | 2029年目标 |
| ---: | --- |
| 1.3 | 数字交付服务贸易规模 |
| 2.6 | 服务进出口规模 |
"""

FRONT_MATTER = """\
---
title: {title}
url: https://www.shanghai.gov.cn/
date: 2024-12-30
---
"""

CITED = "《中共中央办公厅\u3000国务院办公厅关于数字贸易改革创新发展的意见》"


def markdown(reflowed: str) -> str:
    """The reflowed notice as Markdown saved from a government web page."""
    lines = reflowed.splitlines()
    title = next(line for line in lines if line.endswith("的通知"))
    out = [FRONT_MATTER.format(title=title)]
    plan_title = None
    for line in lines:
        if line.endswith("文件"):
            continue  # a web page shows no masthead
        if line == title:
            out.append(f"# {line}\n")
        elif line.startswith("沪府"):
            out.append(f"**{line}**\n")
        elif line.startswith("《") and line.endswith("执行。"):
            out.append(f"> {line}\n")
        elif plan_title is None and line.startswith("上海市推动"):
            plan_title = line
            out.append(f"# {line}\n")
        elif re.match(r"^[一二三四五六]、", line):
            out.append(f"## {line}\n")
        elif re.match(r"^（[一二三四五六七八九十]+）", line):
            heading, rest = line.split("。", 1) if "。" in line else (line, "")
            out.append(f"**{heading}。**{rest}\n")
            if heading.startswith("（四）"):
                out.append(TARGETS_TABLE)
        elif line.startswith("为深入"):
            out.append(line.replace(CITED, f"[{CITED}](https://www.gov.cn/zhengce/)", 1) + "\n")
        else:
            out.append(f"{line}\n")
    return "\n".join(out)


PAGE = """\
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_上海市人民政府</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-12-30">
<meta name="ContentSource" content="上海市人民政府办公厅">
<style>body {{ font-family: sans-serif; }}</style>
<script>var siteId = "0080";</script>
</head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hd/">互动</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 正文</div>
<div class="container">
<div id="ivs_content" class="Article_content">
{article}
</div>
<div class="side"><h3>相关文件</h3><ul><li><a href="/a">关于印发某某办法的通知</a></li><li><a href="/b">上海市某某实施方案</a></li></ul></div>
</div>
<div class="footer"><p>主办：上海市人民政府办公厅 <a href="/wzdt/">网站地图</a></p><p>沪ICP备0000000号</p></div>
</body>
</html>
"""


def html_page(reflowed: str) -> str:
    """The reflowed notice as a page saved from a government web site."""
    lines = [line for line in reflowed.splitlines() if not line.endswith("文件")]
    title = next(line for line in lines if line.endswith("的通知"))
    body = []
    for line in lines:
        escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if line == title:
            body.append(f"<h1>{escaped}</h1>")
        elif re.match(r"^（[一二三四五六七八九十]+）", line) and "。" in escaped:
            heading, rest = escaped.split("。", 1)
            body.append(f"<p>\u3000\u3000<strong>{heading}。</strong>{rest}</p>")
        else:
            body.append(f"<p>\u3000\u3000{escaped}</p>")
    return PAGE.format(title=title, article="\n".join(body))


def build_variants(seed: bytes) -> dict[str, bytes]:
    """File name → bytes of each variant, made from the seed's bytes."""
    import opencc  # a dependency of shpolicy

    text = seed.decode("utf-8")
    reflowed = reflow(text)
    return {
        "2024-digital-trade.zh.gb18030.txt": text.encode("gb18030"),
        "2024-digital-trade.zh.bom-crlf.txt": ("\ufeff" + text.replace("\n", "\r\n")).encode(),
        "2024-digital-trade.zh-hant.txt": opencc.OpenCC("s2t").convert(text).encode(),
        "2024-digital-trade.zh.reflowed.txt": reflowed.encode(),
        "2024-digital-trade.zh.md": markdown(reflowed).encode(),
        "2024-digital-trade.zh.html": html_page(reflowed).encode(),
        "2024-digital-trade.zh-hant-tw.txt": opencc.OpenCC("s2twp").convert(text).encode(),
    }


def main(argv: list[str] | None = None) -> int:
    for name, data in build_variants(SEED.read_bytes()).items():
        (HERE / name).write_bytes(data)
        print(f"wrote {name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
