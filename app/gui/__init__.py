"""Qt widgets on top of app.core; no SQL and no cryptography here."""
