"""The half-yearly progress report (docs/specification.md section 8): model, writers, workflow."""
