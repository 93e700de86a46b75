"""Layout: what each source line looks like (width, spacing, punctuation) and the column width around it.

The text path has no geometry, so layout is inferred from the text itself; the PDF path will
fill the same ``LineInfo`` objects from real boxes and type sizes.
"""
