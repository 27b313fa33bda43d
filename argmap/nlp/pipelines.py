"""spaCy blank pipelines, built once per process and only when first asked for.

argmap uses no trained spaCy models: ``spacy.blank("en")`` for English tokens and its
tokenizer's abbreviation table, ``spacy.blank("zh")`` with the jieba segmenter for Chinese words.
Importing this module does not import spaCy; the first call does.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language as SpacyLanguage

JIEBA_CONFIG = {"nlp": {"tokenizer": {"segmenter": "jieba"}}}


@cache
def english() -> SpacyLanguage:
    """The blank English pipeline (tokenizer only)."""
    import spacy

    return spacy.blank("en")


@cache
def chinese() -> SpacyLanguage:
    """The blank Chinese pipeline, segmenting words with jieba."""
    import logging

    import jieba
    import spacy

    # jieba logs "Building prefix dict ..." to stderr on first use; core modules never print.
    jieba.setLogLevel(logging.WARNING)
    return spacy.blank("zh", config=JIEBA_CONFIG)


def pipeline_for(language: str) -> SpacyLanguage:
    """The pipeline for 'en' or 'zh'; mixed text goes to the Chinese one (jieba keeps Latin words whole)."""
    return english() if language == "en" else chinese()


def tokenize(text: str, language: str) -> list[str]:
    """Word tokens of ``text`` (no whitespace tokens), for keyword extraction and counting."""
    return [t.text for t in pipeline_for(language).make_doc(text) if not t.is_space]


@cache
def english_abbreviations() -> frozenset[str]:
    """Lowercased words that spaCy's English tokenizer keeps whole with their final period.

    ("Dr", "jan", "e.g", "inc" ...), without the period. Read from the tokenizer's exception
    table rather than by tokenising text, which costs nothing per sentence.
    """
    rules = english().tokenizer.rules or {}
    return frozenset(
        key[:-1].lower() for key in rules if key.endswith(".") and len(key) > 1 and key[0].isalpha()
    )
