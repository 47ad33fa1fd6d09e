"""The bot targets domain: ``/templates`` CRUD, ``/templates/debug``, ``/tools/parse-curl``."""
