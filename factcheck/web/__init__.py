"""The local web page: a thin FastAPI door onto the pipeline (`factcheck serve`, factcheck/web/app.py)."""
