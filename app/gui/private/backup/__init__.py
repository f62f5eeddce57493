"""Encrypted backup of a private space: the Settings section and the restore from a backup."""
