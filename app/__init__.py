"""A small notes app."""

__version__ = "0.1.0"
