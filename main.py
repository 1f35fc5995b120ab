"""Thin launcher: ``python main.py [FILE] [--screenshot PATH]`` opens the reader window."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main(["open", *sys.argv[1:]]))
