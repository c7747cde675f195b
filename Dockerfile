# Candor: multi-stage build, non-root, the database on a volume.
#   docker build -t candor .
#   docker run -d --name candor -e BOT_TOKEN=123456:ABC... -v candor-data:/data candor

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN python -m venv /venv \
 && /venv/bin/pip install --no-cache-dir --upgrade pip \
 && /venv/bin/pip install --no-cache-dir ".[postgres]"

FROM python:3.11-slim
RUN useradd --system --uid 10001 --home-dir /app candor \
 && mkdir -p /data && chown candor /data
COPY --from=build /venv /venv
WORKDIR /app
COPY flows ./flows
COPY locales ./locales
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    BOT_DB=/data/candor.db \
    BOT_FLOWS_DIR=/app/flows \
    BOT_LOCALES_DIR=/app/locales \
    BOT_HEALTH_PORT=8081
USER candor
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot"]
