"""The web review of a new document: its proposals made from uploaded bytes, and the reviewed proposals
folder, zipped, exactly as ``accept`` reads it. Both work in temporary folders, never in the data."""

from __future__ import annotations

import dataclasses
import io
import tempfile
import zipfile
from pathlib import Path

from .proposals import Intake, intake, write
from .reading import read_document


def propose(name: str, content: bytes, data_dir: Path) -> Intake:
    """The proposals for the uploaded file ``name`` holding ``content``, against the data in ``data_dir``;
    raise :class:`~.reading.UnreadableDocument` when it cannot be read."""
    with tempfile.TemporaryDirectory() as temporary:
        path = Path(temporary) / Path(name).name
        path.write_bytes(content)
        return intake(path, Path(temporary) / "proposals", data_dir, read_document(path))


def folder_name(found: Intake) -> str:
    """The reviewed folder's name (and the zip's, with ``.zip``): ``<document id>-reviewed``."""
    return f"{found.document['id']}-reviewed"


def reviewed_zip(
    found: Intake,
    data_dir: Path,
    document: dict[str, str],
    metrics: list[dict[str, str]],
    roles: list[dict[str, str]],
    tasks: list[dict[str, str]],
) -> bytes:
    """A zip holding ``<id>-reviewed/``: the source text and the four proposal files with the reviewed rows
    (as ``intake`` writes them: the data's columns, then the review's; UTF-8 with a BOM)."""
    reviewed = dataclasses.replace(found, document=document, metrics=metrics, roles=roles, tasks=tasks)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary) / folder_name(found)
        write(root, data_dir, reviewed)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(root.parent).as_posix())
    return buffer.getvalue()
