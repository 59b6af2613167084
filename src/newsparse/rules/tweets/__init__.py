"""Tweet embeds and twitter-text entity extraction.

The rule (:class:`~newsparse.TweetRule`, in ``rule.py``) runs these stages, each a module:

* ``signatures`` — stage 1: find every ``— Name (@handle) Date`` signature in one scan;
* ``body`` — stage 2: where the post above a signature is, on its line (``inline``) or on the
  lines above (``above``), over a per-document ``page`` and the line helpers of ``lines``;
* ``cues`` — the tests those stages share: lead-ins, the article's own sentences, post-like lines;
* ``values`` — a post's weight as X counts it, its links' kinds, its date;
* ``rule`` — the rule itself and stage 3, the :class:`~newsparse.Tweet` item;
* ``entities`` — mentions, hashtags, cashtags and URLs in any string (twitter-text's grammar);
* ``patterns`` — the regexes and vocabulary of all of the above, as data.
"""
