# syntax=docker/dockerfile:1
# Multi-stage build: uv resolves and installs into a virtualenv, the runtime image only copies it.

FROM python:3.11-slim AS build
RUN pip install --no-cache-dir uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never
WORKDIR /app
# Dependencies first, so code changes do not reinstall them.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY bot ./bot
COPY workflows ./workflows
COPY storage ./storage
RUN uv sync --frozen --no-dev --no-editable

FROM python:3.11-slim AS runtime
RUN groupadd --system woonzorg && useradd --system --gid woonzorg --home /data woonzorg \
    && mkdir -p /data && chown woonzorg:woonzorg /data
COPY --from=build /app/.venv /app/.venv
ENV PATH="/app/.venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    DATABASE_URL=sqlite:////data/woonzorg.db \
    PORT=3000
USER woonzorg
WORKDIR /data
VOLUME ["/data"]
EXPOSE 3000
CMD ["woonzorg", "run"]
