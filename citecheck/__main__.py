"""``python -m citecheck`` runs the CLI."""

from citecheck.cli import main

if __name__ == "__main__":
    main()
