"""The public API is what citecheck.__all__ lists; changing it is a deliberate act."""

import citecheck


def test_all_is_pinned_and_sorted() -> None:
    assert citecheck.__all__ == [
        "ArchiveRef",
        "Citation",
        "CitecheckError",
        "Config",
        "ConfigError",
        "Document",
        "Finding",
        "Footnote",
        "InputError",
        "LinkResult",
        "NetworkUnavailable",
        "PageFacts",
        "Report",
        "__version__",
        "acheck",
        "check",
        "load_config",
        "parse",
    ]
    assert citecheck.__all__ == sorted(citecheck.__all__, key=str)


def test_every_exported_member_resolves() -> None:
    for name in citecheck.__all__:
        assert getattr(citecheck, name) is not None, name
