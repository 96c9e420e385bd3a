"""The spec: models, loading with positions, checks."""
