"""Benchmarks: Candor against the frameworks it rides on, measured as ratios in one run."""
