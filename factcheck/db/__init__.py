"""The reference database: build (reference_data/ -> DuckDB), open read-only, check and report coverage."""
