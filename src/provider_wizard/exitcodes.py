"""What the ``provider-wizard`` command exits with, for the app launch and every subcommand.

Its own module so that entry.py (the launcher) and cli.py (the commands) share the numbers
without importing each other.
"""

EXIT_OK, EXIT_UNEXPECTED, EXIT_INVALID, EXIT_GATEWAY, EXIT_KEYCHAIN = 0, 1, 2, 3, 4
EXIT_CANCELLED = 130
