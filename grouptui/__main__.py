"""``python -m grouptui`` is the ``grouptui`` console script."""

from grouptui.launch import main

if __name__ == "__main__":
    main()
