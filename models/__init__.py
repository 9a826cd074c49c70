"""Model assets shipped as data (installed as ``pipeline.models``).

Nothing here is code: lexicons, gazetteers, patterns and configs are read with
``importlib.resources`` through :mod:`pipeline.resources`.
"""
