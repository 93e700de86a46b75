"""Synthetic newspaper pages with exact truth: the evaluation harness's page generator.

Real article texts (read at run time from ``../shared/corpus``) are laid out as Chinese newspaper
pages in PDF, with invented bylines and furniture, then read back with the usual text extractors.
"""

from banmian.eval.synth.generate import (
    SYNTH_VERSION,
    SynthOptions,
    SynthPage,
    SynthSet,
    default_corpus_dir,
    generate_set,
)

__all__ = ["SYNTH_VERSION", "SynthOptions", "SynthPage", "SynthSet", "default_corpus_dir", "generate_set"]
