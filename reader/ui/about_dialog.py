"""Help ▸ About: Reader's version and the versions and licences of what it runs on.

The components are the dependencies Reader declares (pyproject.toml, or the installed
distribution's metadata) and their versions and licences are read from the installed
distributions (importlib.metadata), so the box tells the truth about this installation rather
than a list kept by hand.
"""

from __future__ import annotations

import platform
import re
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import reader
from reader.ui.icons import app_icon

PROJECT = "reader"
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def requirement_name(requirement: str) -> str | None:
    """The distribution a requirement string names, or None for an optional (``extra``) one."""
    spec, _semicolon, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    match = _NAME.match(spec)
    return match.group(1) if match else None


def _checkout_pyproject() -> Path | None:
    """pyproject.toml of the checkout Reader is running from (none in an installed copy)."""
    candidate = Path(reader.__file__).resolve().parent.parent / "pyproject.toml"
    return candidate if candidate.is_file() else None


def declared_dependencies() -> list[str]:
    """The distributions Reader declares it runs on, in the order it declares them.

    From pyproject.toml when running from a checkout (the installed metadata of a checkout may
    be stale), else from the installed distribution's metadata; optional extras are left out.
    """
    pyproject = _checkout_pyproject()
    requirements: list[str] = []
    if pyproject is not None:
        with pyproject.open("rb") as handle:
            project = tomllib.load(handle).get("project", {})
        if project.get("name") == PROJECT:
            requirements = [str(r) for r in project.get("dependencies", [])]
        else:
            pyproject = None
    if pyproject is None:
        try:
            requirements = metadata.requires(PROJECT) or []
        except metadata.PackageNotFoundError:
            requirements = []
    names: list[str] = []
    for requirement in requirements:
        name = requirement_name(requirement)
        if name and name not in names:
            names.append(name)
    return names


_SHORT_LICENCES = {
    "Apache License 2.0": "Apache-2.0",
    "Apache Software License": "Apache-2.0",
    "MIT License": "MIT",
    "BSD License": "BSD",
}


@dataclass(frozen=True)
class Component:
    """One row of the About box."""

    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    """The shortest honest licence text: the SPDX expression, else the License field, else classifiers."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 80:
        return _SHORT_LICENCES.get(text, text)
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            name = str(classifier).split("::")[-1].strip()
            return _SHORT_LICENCES.get(name, name)
    if text:
        first = re.split(r"[\r\n]", text, maxsplit=1)[0].strip()
        return first[:80]
    return "unknown"


def reader_version() -> str:
    """The installed distribution's version, else the package's own (running from a checkout)."""
    try:
        return metadata.version("reader")
    except metadata.PackageNotFoundError:
        return reader.__version__


def components() -> list[Component]:
    """Reader, Python, Qt and each declared dependency, with its installed version and licence."""
    rows = [
        Component("Reader", reader_version(), "MIT"),
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    for name in declared_dependencies():
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            rows.append(Component(name, "not installed", ""))
            continue
        rows.append(Component(_field(meta, "Name") or name, metadata.version(name), _licence(meta)))
    return rows


class AboutDialog(QDialog):
    """A short description, and a table of components someone filing a bug can copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Reader"))
        self.setWindowIcon(app_icon())

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Reader logo"))
        heading = QLabel(
            "<h2>Reader {version}</h2><p>{blurb}</p>".format(
                version=reader_version(),
                blurb=self.tr("A desktop reader for Chinese news articles: people, quotes, "
                              "script conversion, search and export."),
            )
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading, 1)

        rows = components()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("about_components")
        self.table.setAccessibleName(self.tr("Components and licences"))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, component in enumerate(rows):
            for column, value in enumerate((component.name, component.version, component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def component_rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (name, version, licence)."""
        rows = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            name, version, licence = (cell.text() if cell is not None else "" for cell in cells)
            rows.append((name, version, licence))
        return rows

