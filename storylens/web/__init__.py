"""The web app over a store: ``storylens serve`` (FastAPI pages and a JSON API, read-only by default)."""
