"""The recognisers every layer uses, each written once.

* :mod:`.numerals`: the values of Chinese numerals (counting and positional forms);
* :mod:`.numbering`: numbering markers (``一、 (一) 1. 第三条 行动1：``) and their ordinals;
* :mod:`.dates`: dates in Chinese, Korean and English forms;
* :mod:`.docnumbers`: document numbers (``沪府办发〔2024〕31号``);
* :mod:`.pagenumbers`: page-number lines;
* :mod:`.frontmatter`: the front matter block of a Markdown web copy;
* :mod:`.scripts` and :mod:`.language`: which script, and which language, a text is in.

Nothing here imports from the layers above (sources, normalize, parsers…).
"""
