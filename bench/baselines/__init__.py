"""Plain bots that answer every message, run as their own processes for comparison."""
