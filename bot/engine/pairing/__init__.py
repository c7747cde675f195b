"""Partner pairing: both answer the agreement conversation privately, then see where they meet."""
