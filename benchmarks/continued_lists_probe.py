"""Probe of lists continued under the next sub-headings (branch p10-found-residual3; the rule is
citecheck.parse.generic._continued_lists, its tests tests/parse/test_found_residual3.py).

Usage: ``python benchmarks/continued_lists_probe.py``

Writes invented documents to a temporary directory and parses them with the citecheck first on
``sys.path``: 124 probe documents (48 keyed registers under headers naming no source column, 16
indented bare-address tables continued by tables of handouts, 60 bulleted lists continued by
"Title (Authors)" books), each read whole when its labels are the expected ones, and 8 near misses
whose labels are printed (to compare two trees). Main at 76561a5: 0/124; the branch: 124/124, the
near misses' labels identical.
"""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from pathlib import Path

from citecheck.parse import parse_bytes


def _labels(path: Path) -> list[str]:
    parsed = parse_bytes(path.read_bytes(), path=str(path), today=dt.date(2026, 12, 1))
    return [fn.label for fn in parsed.footnotes if fn.kind != "inline"]


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        cases: dict[str, list[str]] = {}

        def add(name: str, text: str, want: list[str]) -> None:
            (out / name).write_text(text, encoding="utf-8")
            cases[name] = want

        urls = [
            "https://www.ons.gov.uk/economy/report-2024",
            "https://obr.uk/frs/fiscal-risks-2025/",
            "https://www.imf.org/en/Publications/WEO/2025",
            "https://data.worldbank.org/indicator/NY.GDP",
            "https://www.oecd.org/en/publications/outlook-2025.html",
            "https://ec.europa.eu/eurostat/web/main/data",
        ]
        subs = {
            "md": ("### {n}.1 {a}", "### {n}.2 {b}"),
            "num": ("{n}.1. {a}", "{n}.2. {b}"),
            "h2": ("## {n}. {a}", "## {n}. {b}"),
        }
        # 1. keyed tables whose header names no source column (heldback-22's registers)
        keyed_headers = [
            ("ID", "Issuer, title, date", "Public URL"),
            ("Ref", "Item", "Where"),
            ("Kod", "Opis", "Adres"),
            ("Nr.", "Beschreibung", "Adresse"),
        ]
        for h, sub, rows2, lead in itertools.product(keyed_headers, subs, (1, 2), (0, 1)):
            s1, s2 = subs[sub]
            head = f"| {' | '.join(h)} |\n|---|---|---|\n"
            t1 = "\n".join(
                f"| T0{i + 1} | Ministry of Finance, Budget review part {i + 1}, 2025 | [Official page]({u}) |"
                for i, u in enumerate(urls[:3])
            )
            t2 = "\n".join(
                f"| I0{i + 1} | Statistics office, Census table {i + 1}, 2024 | [Official page]({u}) |"
                for i, u in enumerate(urls[3 : 3 + rows2])
            )
            text = (
                f"# Ledger\n\nThe text cites T01 and I01.\n\n{s1.format(n=2, a='Taiwan register')}\n\n{head}{t1}\n\n{s2.format(n=3, b='Iran register')}\n\n"
                + ("A second register follows.\n\n" if lead else "")
                + head
                + t2
                + "\n"
            )
            add(
                f"k-{h[0].strip('.')}-{sub}-{rows2}-{lead}.md",
                text,
                [f"T0{i + 1}" for i in range(3)] + [f"I0{i + 1}" for i in range(rows2)],
            )
        plain_urls = [
            "https://www.geeksforgeeks.org/sed-command-in-linux/",
            "https://ubuntu.com/tutorials/install-and-configure-wordpress",
            "https://solvedevops.com.au/docs/wordpress/getting-started/",
            "https://dev.to/aws-builders/deploy-wordpress-on-ec2",
            "https://docs.aws.amazon.com/managedservices/latest/appguide/ex-create-wp-stack.html",
            "https://aws.amazon.com/solutions/retail/content-management-system/",
        ]
        # 2. indented bare-address tables under a sources heading, then a table of documents without addresses
        bare_headers = [
            ("Quellen", "Datum", "Internetquellen", "Dokumentquellen"),
            ("Fuentes", "Fecha", "Web", "Documentos"),
            ("Kaynaklar", "Tarih", "Web", "Belgeler"),
            ("Sources", "Date", "Web", "Documents"),
        ]
        for (c1, c2, a, b), sub, rows2, lead in itertools.product(bare_headers, ("md", "num"), (2, 4), (1,)):
            s1, s2 = subs[sub]
            head = f"   |{c1} | {c2} |\n   |----------|----------|\n"
            t1 = "\n".join(f"   | {u} | 0{i + 1}.12.2023 |" for i, u in enumerate(plain_urls))
            t2 = "\n".join(
                f"   | 0{i + 5}-AA-Course-handout-{i + 1}.pdf | 1{i}.12.2023 |" for i in range(rows2)
            )
            lead1 = (
                "For our research we mainly used the official documentation. We wanted to be sure that the variants work in our setting.\n"
                if lead
                else ""
            )
            lead2 = (
                "Besides the web pages we also used the documents handed out in class, which told us how to set the project up.\n"
                if lead
                else ""
            )
            text = f"Closing remarks of the report.\n\n## 7. {c1}\n{s1.format(n=7, a=a)}\n{lead1}{head}{t1}\n\n{s2.format(n=7, b=b)}\n{lead2}{head}{t2}\n"
            add(f"d-{c1}-{sub}-{rows2}-{lead}.md", text, [str(i) for i in range(1, 7 + rows2)])
        # 3. bulleted web sources, one stray line without its bullet, then unlinked "Title (Authors)" books
        words = [
            ("en", "Bibliography"),
            ("de", "Literatur"),
            ("es", "Bibliografía"),
            ("pl", "Bibliografia"),
            ("fr", "Bibliographie"),
        ]
        books = [
            "UML @ Classroom (Martina Seidl, Marion Scholz, Gerti Kappel)",
            "Clean Code (Robert C. Martin)",
            "Refactoring (Martin Fowler)",
        ]
        for (lang, word), glyph, sub, loose in itertools.product(
            words, ["●", "•", "-"], ("md", "num"), (False, True)
        ):
            sep = "\n\n" if loose else "\n"
            s1, s2 = subs[sub]
            web = [f"{glyph}  Documentation {i + 1} – {u}" for i, u in enumerate(urls[:5])]
            web[3] = web[3].split("  ", 1)[1]  # a line whose bullet the PDF text lost
            text = f"# Project\n\nText.\n\n5.  Netografia\n\n{s1.format(n=5, a='Netografia')}\n\n{sep.join(web)}\n\n{s2.format(n=5, b=word)}\n\n{sep.join(f'{glyph}  {b}' for b in books)}\n"
            add(
                f"b-{lang}-{sub}-{'loose' if loose else 'tight'}-{ord(glyph)}.md",
                text,
                [str(i) for i in range(1, 9)],
            )
        whole = sum(1 for name, want in cases.items() if _labels(out / name) == want)
        print(f"{whole}/{len(cases)} probe documents read whole")
        hosts = [
            "https://www.ons.gov.uk/economy/report-2024",
            "https://obr.uk/frs/fiscal-risks-2025/",
            "https://www.imf.org/en/Publications/WEO/2025",
            "https://data.worldbank.org/indicator/NY.GDP",
        ]
        rows = "\n".join(f"| {u} | 0{i + 1}.03.2025 |" for i, u in enumerate(hosts[:3]))
        web = "\n".join(f"- Web page {i + 1} – {u}" for i, u in enumerate(hosts))
        docs = {
            "other-header.md": f"## Sources\n\n### Web\n\n| Source | Accessed |\n|---|---|\n{rows}\n\n### Costs\n\n| Item | Price |\n|---|---|\n| Hosting | 12 |\n| Domain | 10 |\n",
            "data-table-same-header-no-subheading-between.md": f"## Sources\n\n| Source | Accessed |\n|---|---|\n{rows}\n\nSome paragraph.\n\nAnother paragraph.\n\nA third.\n\nA fourth paragraph.\n\n### Later\n\n| Source | Accessed |\n|---|---|\n| internal wiki | 2025 |\n",
            "notes-remarks.md": f"## Sources\n\n{web}\n\n## Notes\n\n- Cleaning chosen because labour is paid weekly or monthly while clients pay in sixty to ninety days, so the cash-flow squeeze is existential and contracts are recurring so invoice volume is predictable, which is good for flat-fee automation.\n- Pricing is flat per month and the first month is free for every new client who signs before the end of the quarter, whatever the size of the firm.\n",
            "contributors.md": f"## Sources\n\n{web}\n\n## Contributors\n\n- Alice Smith\n- Bob Jones\n- Carol White\n",
            "install.md": f"## References\n\n{web}\n\n## Installation\n\n- pip install foo\n- foo --init\n",
            "long-lead.md": f"## Sources\n\n{web}\n\n## Bibliography\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\n- Martin, R. C. Clean Code. Prentice Hall, 2008.\n",
            "other-bullet.md": f"## Sources\n\n{web}\n\n## Bibliography\n\n* Martin, R. C. Clean Code. Prentice Hall, 2008.\n* Fowler, M. Refactoring. Addison-Wesley, 2018.\n",
            "readme-links.md": "# Tool\n\nA tool.\n\n## Links\n\n- [Documentation](https://tool.dev/docs)\n- [Changelog](https://tool.dev/changelog)\n- [Issues](https://github.com/x/tool/issues)\n\n## See also\n\n- Other tool\n- Another tool\n",
        }
        for name, text in docs.items():
            (out / name).write_text(text, encoding="utf-8")
            print(f"near miss {name}: {' '.join(_labels(out / name))}")


if __name__ == "__main__":
    main()
