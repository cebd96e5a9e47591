"""Export of the deputy group's books to office formats (Word .docx)."""
