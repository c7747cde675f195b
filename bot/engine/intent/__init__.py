"""Understanding typed text: which conversation fits, and which behaviour it names."""
