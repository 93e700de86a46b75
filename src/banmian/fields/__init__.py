"""Field extractors: small pure functions over strings, one module per field, rules in each docstring.

``spacing`` (extraction spaces, letter spacing, display width), ``numerals``, ``dates``, ``jump``
(转版 notes), ``byline`` (bylines and datelines), ``furniture`` (masthead and page header lines),
``caption`` (photo captions and credits). Import the module you need; nothing is re-exported here,
so importing one field does not load the others.
"""
