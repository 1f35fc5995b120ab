"""Errors a user can cause and fix: the command line prints them as one line, the window as a dialog."""


class ReaderError(Exception):
    """A problem with the user's input, worded for the user."""


class LoadError(ReaderError):
    """A file that cannot be read as an article (missing, a folder, binary, undecodable)."""
