"""``python -m framing`` runs the command-line interface."""
from .cli import main

main()
