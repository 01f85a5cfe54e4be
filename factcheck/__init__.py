"""factcheck: check claims about British local-election results against the official figures."""

__version__ = "0.1.0"
