"""From an update's arrival to the reply on the person's screen, for any messaging platform:
per-chat workers, the pipeline, the outbox sender and its rate limiter, speaking to the small
transport interface a platform's package implements. Imports no platform library."""
