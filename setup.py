"""The package list for setuptools; everything else is declared in pyproject.toml.

Setuptools can't find a package whose folder lies outside ``app/``, so the
resources folder's packages (``app._resources`` and one per subfolder, mapped in
pyproject.toml) are added here, found afresh at every build.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"


def resource_packages() -> list[str]:
    """``app._resources`` and its subfolders as package names."""
    folders = [RESOURCES, *(path for path in RESOURCES.rglob("*") if path.is_dir())]
    return sorted(
        ".".join(("app", "_resources", *path.relative_to(RESOURCES).parts)) for path in folders
    )


setup(
    packages=[
        *find_namespace_packages(include=["app", "app.*"], exclude=["*.__pycache__"]),
        *resource_packages(),
    ]
)
