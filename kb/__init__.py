"""Armed Groups Knowledge Base: curated, sourced facts about armed groups, states
and sanctions, validated with SHACL and published as linked data."""


def __getattr__(name: str):
    """``kb.__version__``, read from the installed package on first use
    (importlib.metadata takes tens of milliseconds to import)."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("agkb")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "unknown"
    raise AttributeError(name)
