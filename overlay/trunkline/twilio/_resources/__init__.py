"""Twilio resources whose behaviour goes beyond the spec: generated classes, subclassed.

The client tree hands these out instead of the generated classes (`_OVERRIDES`
in `_client.py`), each module loaded when its resource is first touched.
"""
