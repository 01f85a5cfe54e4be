"""The extract stage: text in, Claim records out (see `extract_claims`)."""

from factcheck.extract.engine import extract_claims
from factcheck.extract.regex_cache import save_compiled_patterns
from factcheck.extract.vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["DEFAULT_VOCABULARY", "Vocabulary", "extract_claims", "save_compiled_patterns"]
