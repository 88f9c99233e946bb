"""Guards from branch s39-verify2 (issue 11: the study of real-heldback-24, now spent).

No verify rule was taken on this branch (fixtures/eval/README.md, "Branch s39-verify2"): part 24's
two false alarms and four missed same-document swaps fell in known cross-part families, and the one
mechanism tried was measured on every visible part and rejected. These tests keep the cases that
decided it, so that a later rule of that shape is seen to break them:

* **Tried, not taken**: a sentence on a page the encoder does not read (Bulgarian, Malayalam, …)
  that meets none of its names, found word for word on a neighbour's page, called a possible swap
  (a warning). It caught 11 same-document and 10 cross-document swaps more (as warnings) but flagged
  17 correct pairs more (111 -> 128 of 3,312 at any severity), among them part 24's
  ``georgia-local-vote-en/4`` (an English sentence copied from a neighbour's English page, citing a
  Bulgarian page that states it) and ``liverpool-scudetto-it/2`` (an Italian sentence citing a
  Malayalam page): the copy on a neighbour's page is how these documents were written, not a sign of
  an exchange. Both must draw no claim finding.
* **Kept a warning**: part 24's ``gruziya-izbori-bg/2`` (a Bulgarian sentence, an English page, the
  encoder not reading Bulgarian, one name of three found) is s38-verify's "encoder abstains" hedge.
"""

from __future__ import annotations

from citecheck.models import Finding

from . import eval_real as real
from . import heldback24


def _findings(case_id: str) -> list[Finding]:
    case = next(c for c in heldback24.PART.cases() if c.id == case_id)
    document = real.verified(case, online=True)
    return [f for f in document.findings if f.label == case.label and f.code == "claim-mismatch"]


def test_a_sentence_copied_from_a_neighbours_page_citing_an_unread_language_is_not_flagged() -> None:
    # English sentence -> Bulgarian page (the encoder does not read Bulgarian), copied from [5]'s page.
    assert _findings("georgia-local-vote-en/4") == []
    # Italian sentence -> Malayalam page.
    assert _findings("liverpool-scudetto-it/2") == []


def test_a_mismatch_on_a_page_the_encoder_cannot_read_stays_a_warning() -> None:
    findings = _findings("gruziya-izbori-bg/2")
    assert [f.severity for f in findings] == ["warning"]
