"""Errors a user can act on. Each carries a one-line message meant to be printed as it is."""


class BanmianError(Exception):
    """Base of every error banmian raises on purpose; the CLI prints ``str(err)`` and exits non-zero."""


class InputError(BanmianError):
    """The input cannot be read as a page: missing, empty, binary or undecodable."""


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class UndecodableInputError(InputError):
    pass


class UnsupportedInputError(InputError):
    """A kind of file this version does not read (for example a PDF before the PDF path exists)."""
