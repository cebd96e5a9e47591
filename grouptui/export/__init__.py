"""Export of the deputy group's books to the files a township office accepts.

``service`` checks a request and writes its files (the CLI and the export screen both call
it); ``view`` reads the book once; ``record_book``, ``duty_logs``, ``register_form``,
``plan`` and ``suggestions`` shape each book as a format-free ``model``; ``render_docx``
(on ``docx_layout``, GB/T 9704), ``render_xlsx``, ``render_text`` (md, html),
``render_json`` and ``pdf`` (LibreOffice) write the formats.
"""
