"""Plain text utilities shared by the rules: dates, sentences, lazy pattern tables."""
