"""Footers, promos and other non-article runs."""
