"""Segmentation: from lines to paragraphs, headline stacks and articles."""
