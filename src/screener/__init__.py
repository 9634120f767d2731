"""screener: screen PDF and DOCX resumes against a job profile, with evidence for every point.

The public API; everything else is private. Parsing (expensive, profile-free)
and ranking (cheap) are separate, so a pool parsed once can be ranked against
many profiles::

    import screener

    profile = screener.load_profile("profile.yaml")
    candidates = [screener.parse_resume(p) for p in paths]
    ranking = screener.rank(candidates, profile)
    ranking.to_frame().head()

    pool = screener.parse_pool(["resumes/"], cache="~/.cache/screener")   # parse once...
    pool.to_parquet("pool.parquet")
    result = screener.rank_pool(screener.read_pool("pool.parquet"), profile)   # ...rank many

    result = screener.screen(["resumes/"], profile)   # both halves, in parallel
    screener.write_reports(result, "out/")
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._version import __version__
from .errors import (
    ClusterError,
    ConfigError,
    CorruptFile,
    DocumentError,
    EmptyFile,
    EncryptedFile,
    FileMissing,
    IngestError,
    MissingExtra,
    NoText,
    Problem,
    ProfileError,
    ReasonCode,
    ScreenerError,
    TaxonomyError,
    TooLarge,
    UnsupportedFormat,
)
from .models import (
    Candidate,
    Document,
    Education,
    Failure,
    Line,
    Position,
    Section,
    SkillId,
    SkillMention,
    SkillRecord,
    YearMonth,
)

if TYPE_CHECKING:
    from .batch import ScreenResult, collect_paths, parse_many, parse_pool, rank_pool, screen, write_pool
    from .cache import CacheStats, ParseCache, default_cache_dir
    from .parse import ParseOptions, ResumeParser, parse_resume
    from .pool import Pool, PoolWriter, read_pool
    from .profile import JobProfile, Requirement, load_profile
    from .ranking import RankedCandidate, Ranking, rank
    from .report import write_reports
    from .schema import json_schema
    from .scoring import ScoreLine, Scorer
    from .serialize import candidate_record
    from .taxonomy import Taxonomy, load_taxonomy

# The names whose modules load spaCy, scikit-learn, pdfminer or datasketch, by module:
# imported on first use, so that `import screener` and `screener --help` take milliseconds.
_LAZY = {
    name: module
    for module, names in {
        "batch": ("ScreenResult", "collect_paths", "parse_many", "parse_pool", "rank_pool", "screen", "write_pool"),
        "cache": ("CacheStats", "ParseCache", "default_cache_dir"),
        "parse": ("ParseOptions", "ResumeParser", "parse_resume"),
        "pool": ("Pool", "PoolWriter", "read_pool"),
        "profile": ("JobProfile", "Requirement", "load_profile"),
        "ranking": ("RankedCandidate", "Ranking", "rank"),
        "report": ("write_reports",),
        "schema": ("json_schema",),
        "scoring": ("ScoreLine", "Scorer"),
        "serialize": ("candidate_record",),
        "taxonomy": ("Taxonomy", "load_taxonomy"),
    }.items()
    for name in names
}


def __getattr__(name: str) -> object:
    """Import a public name's module the first time the name is used (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "CacheStats",
    "Candidate",
    "ClusterError",
    "ConfigError",
    "CorruptFile",
    "Document",
    "DocumentError",
    "Education",
    "EmptyFile",
    "EncryptedFile",
    "Failure",
    "FileMissing",
    "IngestError",
    "JobProfile",
    "Line",
    "MissingExtra",
    "NoText",
    "ParseCache",
    "ParseOptions",
    "Pool",
    "PoolWriter",
    "Position",
    "Problem",
    "ProfileError",
    "RankedCandidate",
    "Ranking",
    "ReasonCode",
    "Requirement",
    "ResumeParser",
    "ScoreLine",
    "Scorer",
    "ScreenResult",
    "ScreenerError",
    "Section",
    "SkillId",
    "SkillMention",
    "SkillRecord",
    "Taxonomy",
    "TaxonomyError",
    "TooLarge",
    "UnsupportedFormat",
    "YearMonth",
    "__version__",
    "candidate_record",
    "collect_paths",
    "default_cache_dir",
    "json_schema",
    "load_profile",
    "load_taxonomy",
    "parse_many",
    "parse_pool",
    "parse_resume",
    "rank",
    "rank_pool",
    "read_pool",
    "screen",
    "write_pool",
    "write_reports",
]
