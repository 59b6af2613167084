"""``python -m newsparse FILE``: see :mod:`newsparse._cli`."""

from newsparse._cli import main

raise SystemExit(main())
