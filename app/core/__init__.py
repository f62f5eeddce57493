"""Storage, keys and data of the app; no Qt imports here."""
