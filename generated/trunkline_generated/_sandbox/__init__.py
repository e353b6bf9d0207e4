"""The sandbox's view of the specs, one JSON file per provider (generator/sandbox_data.py)."""
