"""Vonage resources with conveniences beyond the spec: generated classes, subclassed."""
