"""What the user gave that cannot be stored as it is, apart from bugs.

Every rule that refuses input raises a subclass of ``InputProblem``; the place that asked (a
dialog, a field) says what is wrong and keeps what was typed. Anything else that fails a write
is either a storage problem (``storage_errors``) or a bug.
"""

from __future__ import annotations


class InputProblem(ValueError):
    """The input breaks a rule; nothing was stored."""
