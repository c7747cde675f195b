"""The transport-neutral dialog engine: events in, message ids out."""
