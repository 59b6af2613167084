"""The rules that find items in a document, one package per concern.

Each concern's patterns sit beside its rule.
"""
