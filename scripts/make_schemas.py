"""Write the JSON Schemas shipped in the package (src/screener/schemas/*.schema.json) from the models.

Usage::

    python scripts/make_schemas.py

Run it after changing a model that a JSON document holds (tests/test_schema.py fails until
then), and bump ``screener.documents.SCHEMA_VERSION``: the major number for a breaking change (a
field removed, renamed or retyped), the minor one for fields added.
"""

from __future__ import annotations

from pathlib import Path

from screener.schema import SCHEMA_NAMES, generate_schema, schema_text

FOLDER = Path(__file__).resolve().parents[1] / "src" / "screener" / "schemas"


def main() -> None:
    """Write each schema, reporting the files that changed."""
    for name in SCHEMA_NAMES:
        path = FOLDER / f"{name}.schema.json"
        text = schema_text(generate_schema(name))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
