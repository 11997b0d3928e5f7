"""Armed Groups Knowledge Base: curated, sourced facts about armed groups, states
and sanctions, validated with SHACL and published as linked data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agkb")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "unknown"
