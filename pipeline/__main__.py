"""``python -m pipeline`` runs the cijfercheck command line."""

from pipeline.cli.app import main

if __name__ == "__main__":
    main()
