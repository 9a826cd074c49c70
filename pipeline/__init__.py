"""cijfercheck: Dutch-language claim extraction."""
__version__ = "0.1.0"
