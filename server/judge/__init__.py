"""``POST /judge``: the judge without a bot; ``GET /judge/validation``: the validation database."""
