"""The Textual screens, one module per screen; each imports the domain, never TinyDB."""
