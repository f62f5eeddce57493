"""Entry point for ``python -m app``."""

from app.gui.main import main

raise SystemExit(main())
