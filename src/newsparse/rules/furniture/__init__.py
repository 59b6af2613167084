"""Article furniture: bylines, datelines, timestamps and captions."""
