"""Checked records: each file read on its own (`validate`), its schema, references and places
checked, the result cached by content (`cache`), and the catalogue of every record in a folder
(`store`). This is where records meet geography: `opsatlas.records` (the schema and the rules
that need only the record) imports nothing from `opsatlas.geo`.
"""
