"""The checklist page: her lists (ticks, notes, own items and sections), contacts and PDF export."""
