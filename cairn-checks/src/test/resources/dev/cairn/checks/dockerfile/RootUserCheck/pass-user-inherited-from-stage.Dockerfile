FROM python:3.13.1-slim AS base
RUN useradd --uid 10001 app
USER app

FROM base
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
