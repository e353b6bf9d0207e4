"""Code generated from specs/ by generator/generate.py. Do not edit: change the spec,
the templates or the generator and run `make generate`.

Private to trunkline: import `trunkline` instead. One subpackage per spec file;
nothing here is imported until it is used.
"""
