"""The incident diary: list, entry form, files, history and integrity check."""
