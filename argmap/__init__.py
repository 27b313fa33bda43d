"""argmap: turn a folder of readings into a map of a scholarly debate."""

__version__ = "0.1.0"
