"""The set of materials a DialogDesk installation offers, loaded and checked together."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dialogdesk.materials.checks import material_warnings
from dialogdesk.materials.files import find_material_files
from dialogdesk.materials.loader import LoadedMaterial, load_material
from dialogdesk.materials.problems import MaterialError, Problem


@dataclass
class MaterialLibrary:
    """Materials that loaded, and every error and warning found on the way."""

    materials: list[LoadedMaterial] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @classmethod
    def load(cls, paths: Iterable[Path]) -> MaterialLibrary:
        library = cls()
        files, library.errors = find_material_files(paths)
        for path in files:
            try:
                library.materials.append(load_material(path))
            except MaterialError as error:
                library.errors.extend(error.problems)
        topics = [loaded.material.topic for loaded in library.materials]
        for loaded in library.materials:
            others = [topic for topic in topics if topic != loaded.material.topic]
            library.warnings.extend(material_warnings(loaded, others))
        return library

    def by_id(self, material_id: str) -> LoadedMaterial | None:
        return next((m for m in self.materials if m.material.id == material_id), None)
