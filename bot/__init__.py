"""Candor: a private self-help companion for people dealing with micro-cheating."""
