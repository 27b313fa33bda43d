"""Ingestion: find the files of a corpus folder and read them into Documents and References."""

from argmap.ingest.discover import Discovered, discover, document_id
from argmap.ingest.documents import read_document
from argmap.ingest.references import read_references

__all__ = ["Discovered", "discover", "document_id", "read_document", "read_references"]
