"""The safety screen: every free-text message, in every state and language, before routing."""
