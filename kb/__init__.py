"""Armed Groups Knowledge Base: curated, sourced facts about armed groups, states
and sanctions, validated with SHACL and published as linked data."""

__version__ = "0.1.0"
