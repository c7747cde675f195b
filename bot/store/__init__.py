"""Persistence: a small Protocol with an in-memory and an SQLite implementation."""
