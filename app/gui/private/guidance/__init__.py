"""Guidance, the help directory and the welcome screens of the private space."""
