"""Errors that the command line reports as one line, without a traceback."""

from __future__ import annotations

from pathlib import Path


class NarrativeCompareError(Exception):
    """Base class of every error this package raises on purpose."""


class InputError(NarrativeCompareError):
    """A file given by the user cannot be used.

    The message always names the file and says what is wrong, on one line, so
    the command line can print ``str(error)`` and exit with status 2.

    Parameters
    ----------
    path : str or Path or None
        The offending file (``None`` for text that did not come from a file).
    problem : str
        What is wrong, in a few words, without a trailing full stop.

    Examples
    --------
    >>> str(InputError("a.txt", "file is empty"))
    'a.txt: file is empty'
    """

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = None if path is None else str(path)
        self.problem = " ".join(str(problem).split())
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.problem
        return f"{self.path}: {self.problem}"
