"""The half-yearly progress report (product.md section 8): model, writers and the workflow."""
