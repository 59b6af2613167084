"""Tweet embeds and twitter-text entity extraction."""
