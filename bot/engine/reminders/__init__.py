"""Daily check-ins: when they fall due, how they are set up, and what they keep."""
