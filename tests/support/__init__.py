"""Helpers shared by the tests (no tests here): data, books, terminals, laptops."""
