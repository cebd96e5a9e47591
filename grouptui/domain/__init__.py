"""The domain: what a deputy group's books hold and the rules they follow.

Pure Python: nothing here imports Textual, TinyDB or touches a file.
"""
