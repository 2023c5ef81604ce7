"""Signature verification area of the window — built by the signatures feature."""
