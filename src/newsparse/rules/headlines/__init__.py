"""The article's own headline and headline analysis."""
