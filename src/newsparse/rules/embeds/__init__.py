"""Social embeds other than tweets (Instagram, TikTok, YouTube, Facebook, Threads, Bluesky, Mastodon)."""
