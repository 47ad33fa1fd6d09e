"""Reports page widgets: batch and result models, charts, the comparison view."""
