"""graphkit's version, on the ground floor: the build report and the store record it, the CLI prints it."""

__version__ = "0.1.0"
