"""The query stage: named SQL over the reference database, returning Evidence records."""

from factcheck.query.registry import NamedQuery, all_queries, run

__all__ = ["NamedQuery", "all_queries", "run"]
