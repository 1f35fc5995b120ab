"""The reading window. Everything that imports Qt lives in this package; the core never does."""
