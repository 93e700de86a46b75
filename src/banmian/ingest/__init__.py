"""Readers that turn an input (text layer, PDF, later scans) into the engine's input."""
