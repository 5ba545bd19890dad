"""Merge canonical claims into one graph."""

from graphkit.graph.model import ClaimGraph, Edge

__all__ = ["ClaimGraph", "Edge"]
