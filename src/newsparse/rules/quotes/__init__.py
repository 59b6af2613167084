"""Direct quotes and reported speech with their speakers."""
