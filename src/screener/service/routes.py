"""The service's endpoints: each reads its request, calls the library, and answers with :mod:`.service_json`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile

from .._version import __version__
from ..errors import ProfileError
from ..models import Candidate, Failure
from ..profile import JobProfile, load_profile, profile_mapping
from ..ranking import rank
from ..taxonomy import Taxonomy
from .limits import RequestRefused, too_large, upload_name
from .service_json import candidate_from_json, parsed_json, ranking_json, taxonomy_json
from .settings import ServiceSettings
from .workers import ParsePool


@dataclass(frozen=True)
class Service:
    """What the service builds once at start-up and every request shares.

    Attributes:
        settings: how it runs.
        taxonomy: the taxonomy profiles resolve against (the one the workers parse with).
        pool: the parsing processes.
    """

    settings: ServiceSettings
    taxonomy: Taxonomy
    pool: ParsePool


def _service(request: Request) -> Service:
    return request.app.state.service  # type: ignore[no-any-return]


ServiceDep = Annotated[Service, Depends(_service)]
Files = Annotated[list[UploadFile] | None, File(description="Resumes (PDF, DOCX, ODT or text): one or more.")]
ProfileText = Annotated[str, Form(description="The job profile: its YAML or JSON text.")]
CandidatesFile = Annotated[UploadFile | None, File(
    description="Parsed candidates as JSON: POST /parse's answer, or a list of its candidates.")]

router = APIRouter()


@router.get("/healthz", summary="The service is up and its workers are ready")
async def healthz(service: ServiceDep) -> dict[str, Any]:
    """Answers at once, whatever the workers are parsing."""
    return {"status": "ok", "version": __version__, "taxonomy_version": service.taxonomy.version,
            "workers": service.settings.workers}


@router.get("/taxonomy", summary="The skill taxonomy in use")
async def taxonomy(service: ServiceDep) -> dict[str, Any]:
    """Version, hash, counts by kind and category, and every skill with its kind."""
    return taxonomy_json(service.taxonomy)


@router.post("/parse", summary="Parse resumes into candidate records")
async def parse(service: ServiceDep, files: Files = None) -> dict[str, Any]:
    """Each upload parsed in a worker: ``candidates`` and ``failures`` (with the CLI's reason codes) apart."""
    return parsed_json(await _parse_uploads(service, _required(files)))


@router.post("/rank", summary="Rank uploaded resumes, or parsed candidates, against a profile")
async def rank_endpoint(service: ServiceDep, profile: ProfileText, files: Files = None,
                        candidates: CandidatesFile = None) -> dict[str, Any]:
    """The ranking (best first, each with its evidence) and the files that could not be read."""
    if candidates is None and not files:
        raise RequestRefused(400, "no_files", "Send resumes as `files`, or parsed candidates as `candidates`.")
    job = _profile(profile, service.taxonomy)
    given = await _candidates(candidates) if candidates is not None else []
    results = await _parse_uploads(service, files) if files else []
    return await _ranked(job, [*given, *results])


@router.post("/screen", summary="Parse and rank uploaded resumes against a profile, as `screener screen` does")
async def screen(service: ServiceDep, profile: ProfileText, files: Files = None) -> dict[str, Any]:
    """The ranking and the failures, with what was run: the inputs, the taxonomy and the parse settings."""
    job = _profile(profile, service.taxonomy)
    results = await _parse_uploads(service, _required(files))
    answer = await _ranked(job, results)
    taxonomy = {"version": service.taxonomy.version, "sha256": service.taxonomy.sha256}
    return {**answer, "inputs": [r.path for r in results], "taxonomy": taxonomy,
            "parse_settings": service.settings.options.settings()}


def _required(files: list[UploadFile] | None) -> list[UploadFile]:
    if not files:
        raise RequestRefused(400, "no_files", "Send one or more resumes as `files` (multipart/form-data).")
    return files


async def _parse_uploads(service: Service, files: Sequence[UploadFile]) -> list[Candidate | Failure]:
    """Every upload read (each within its limit) and parsed at once across the workers, in upload order."""
    limit = service.settings.max_upload_bytes
    uploads = []
    for upload in files:
        name = upload_name(upload.filename)
        data = await upload.read(limit + 1)
        if len(data) > limit:
            raise too_large(name, limit)
        uploads.append((data, name))
    return list(await asyncio.gather(*(service.pool.parse(data, name) for data, name in uploads)))


def _profile(text: str, taxonomy: Taxonomy) -> JobProfile:
    try:
        return load_profile(profile_mapping(text, "profile"), taxonomy=taxonomy)
    except ProfileError as e:
        problems = [{"entry": p.entry, "message": p.message} for p in e.problems]
        raise RequestRefused(422, "invalid_profile", "The profile is not valid.", problems=problems) from e


async def _candidates(upload: UploadFile) -> list[Candidate]:
    """The candidates of a ``candidates`` upload: ``POST /parse``'s answer, or a list of its candidates."""
    try:
        data = json.loads(await upload.read())
        items = data["candidates"] if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise TypeError("not a list")
        return [candidate_from_json(item) for item in items]
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise RequestRefused(422, "invalid_candidates", "`candidates` must be POST /parse's JSON answer, or a "
                             f"list of its candidates ({e}).") from e


async def _ranked(job: JobProfile, results: Sequence[Candidate | Failure]) -> dict[str, Any]:
    """Rank the candidates among ``results`` (in a thread: cheap, but not nothing for a large pool)."""
    candidates = [r for r in results if isinstance(r, Candidate)]
    ranking = await asyncio.to_thread(rank, candidates, job)
    return {"ranking": ranking_json(ranking, [r for r in results if isinstance(r, Failure)])}
