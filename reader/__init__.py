"""Reader: a desktop reader for Chinese news articles.

The package root imports nothing heavy so ``python -m reader`` starts fast; Qt lives under
``reader.ui`` and is imported only when a window is needed.
"""

__version__ = "0.1.0"
