""" "Also Read" links and related-link blocks."""
