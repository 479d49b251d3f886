"""The package version and the schema version: the one place each is set."""

__version__ = "0.1.0"

#: Version of the JSON document schema (``Notice``). Bump the major part for a
#: change that breaks consumers, the minor part for an added optional field.
SCHEMA_VERSION = "1.3.0"
