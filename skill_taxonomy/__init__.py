"""The built-in skill taxonomy: YAML data files shipped as package data (see README.md here)."""
