"""``reader search FILE QUERY [--regex] [--exact] [--json]``: every hit with section and context.

``run_search(args)`` opens the article (load and parse: sections are all a hit needs, so the
people/quotes analysis is skipped), searches it with :func:`reader.search.search` and prints one
line per hit, ``start-end  [section]  context`` with the hit in 【】, then a count; with
``--json`` one object ``{"query": …, "hits": [{"start", "end", "section", "context"}]}``.
Offsets are in the original text. An invalid regular expression is a ReaderError (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys


def run_search(args: argparse.Namespace) -> int:
    """Entry point of ``reader search``; returns the exit code."""
    from reader.documents import parse_path
    from reader.search import check_query, result_json, search

    query = str(args.query)
    check_query(query, regex=bool(args.regex), exact=bool(args.exact))  # fail before reading the file
    doc = parse_path(args.file)
    result = search(doc, query, regex=bool(args.regex), exact=bool(args.exact))
    if args.json:
        json.dump(result_json(result), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    lines = []
    for hit in result.hits:
        section = f"[{hit.section}]" if hit.section else "[-]"
        lines.append(f"{hit.start}-{hit.end}\t{section}\t{hit.before}【{hit.text}】{hit.after}")
    lines.append(f"{len(result)} hit{'s' if len(result) != 1 else ''}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
