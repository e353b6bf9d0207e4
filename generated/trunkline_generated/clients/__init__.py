"""Each provider's client tree: the resources its clients have as attributes."""
