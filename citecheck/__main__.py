"""``python -m citecheck`` runs the CLI."""

from citecheck.cli import console

if __name__ == "__main__":
    console()
