"""The console chat: the same engine in a terminal, buttons as numbered choices."""
