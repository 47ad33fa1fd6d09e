"""Run page widgets: the live table model, the diff pane, the progress strip."""
