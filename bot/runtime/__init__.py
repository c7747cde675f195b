"""Transport-neutral running parts: the reminder dispatcher, maintenance."""
