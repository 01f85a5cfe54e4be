"""The extract stage: text in, Claim records out (see `extract_claims`)."""

from factcheck.extract.engine import extract_claims
from factcheck.extract.vocabulary import DEFAULT_VOCABULARY, Vocabulary

__all__ = ["DEFAULT_VOCABULARY", "Vocabulary", "extract_claims"]
