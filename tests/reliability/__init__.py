"""Reliability and security: nothing lost, no secret leaked, every bad input answered in words."""
