"""``python -m grouptui`` runs the command line."""

from grouptui.cli import main

if __name__ == "__main__":
    main()
