"""`python -m guidekit` runs the command line."""

from guidekit.cli import main

main()
