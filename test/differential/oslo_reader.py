#!/usr/bin/python3
"""oslo.config's own reading of many nova.conf files, one process for all of them.

Run with Debian's interpreter in UTF-8 mode, as test/differential/nova-oslo.ts does:

    /usr/bin/python3 -X utf8 test/differential/oslo_reader.py

Protocol (JSON lines): the first line written is a greeting,
``{"hello": true, "oslo_config": VERSION, "python": VERSION, "encoding": ENC}``. Then every input line
``{"id": ID, "data": BASE64}`` gets exactly one output line, in order:

* ``{"id": ID, "ok": true, "events": [...], "sections": [...], "normalized": [...]}`` where ``events``
  lists, in file order, ``["section", name]``, ``["comment", text]`` and ``["assignment", key, value]``
  as ``cfg.ConfigParser`` delivers them, and ``sections``/``normalized`` are its two dicts
  ``{section: {key: [values]}}`` written as lists of pairs (so that a section named "1" keeps its place);
* ``{"id": ID, "ok": false, "error": "ParseError", "msg": M, "lineno": N, "line": L, "text": T}``
  (``T`` is ``str()`` of the bare ``iniparser.ParseError``: ``at line N, M: repr(L)``);
* ``{"id": ID, "ok": false, "error": "UnicodeDecodeError", "byteOffset": N, "byte": B, "reason": R,
  "message": M}`` with ``N`` the absolute offset of the first byte strict UTF-8 rejects (``M``, Python's
  own text, counts from the start of the chunk its reader was decoding);
* ``{"id": ID, "ok": false, "error": "Exception", "type": T, "message": M}`` for anything else.

The bytes go through a real file and ``cfg.ConfigParser.parse()`` (``open()`` + ``readlines()`` +
``iniparser.BaseParser.parse``), exactly the path a nova service takes.
"""

import base64
import json
import locale
import os
import shutil
import sys
import tempfile

from oslo_config import cfg
from oslo_config import iniparser

try:
    from importlib.metadata import version as _dist_version

    OSLO_VERSION = _dist_version("oslo.config")
except Exception:  # pragma: no cover - metadata missing
    OSLO_VERSION = "unknown"


class RecordingParser(cfg.ConfigParser):
    """cfg.ConfigParser that also records its callbacks in order."""

    def __init__(self, filename, sections):
        super().__init__(filename, sections)
        self.events = []

    def new_section(self, section):
        self.events.append(["section", section])
        super().new_section(section)

    def assignment(self, key, value):
        # The parent raises "Section must be started before assignment" first.
        super().assignment(key, value)
        self.events.append(["assignment", key, "\n".join(value)])

    def comment(self, comment):
        self.events.append(["comment", comment])


def pairs(sections):
    return [[name, [[key, values] for key, values in keys.items()]]
            for name, keys in sections.items()]


def read_one(path, data):
    # A new file each time: overwriting one in place makes ext4 flush on truncate (milliseconds).
    with open(path, "wb") as handle:
        handle.write(data)
    try:
        return parse_file(path, data)
    finally:
        os.unlink(path)


def parse_file(path, data):
    sections = {}
    normalized = {}
    parser = RecordingParser(path, sections)
    parser._add_normalized(normalized)
    try:
        parser.parse()
    except iniparser.ParseError as error:
        return {
            "ok": False,
            "error": "ParseError",
            "msg": error.msg,
            "lineno": error.lineno,
            "line": error.line,
            "text": iniparser.ParseError.__str__(error),
        }
    except UnicodeDecodeError as error:
        try:
            data.decode("utf-8")
            offset = None
        except UnicodeDecodeError as whole:
            offset = whole.start
        return {
            "ok": False,
            "error": "UnicodeDecodeError",
            "byteOffset": offset,
            "byte": data[offset] if offset is not None else None,
            "reason": error.reason,
            "message": str(error),
        }
    except Exception as error:  # noqa: BLE001 - reported, compared as a disagreement
        return {"ok": False, "error": "Exception",
                "type": type(error).__name__, "message": str(error)}
    return {
        "ok": True,
        "events": parser.events,
        "sections": pairs(sections),
        "normalized": pairs(normalized),
    }


def main():
    # tmpfs when there is one: thousands of small files.
    shm = "/dev/shm"
    base = shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None
    directory = tempfile.mkdtemp(prefix="oslo-reader-", dir=base)
    count = 0
    out = sys.stdout
    try:
        out.write(json.dumps({
            "hello": True,
            "oslo_config": OSLO_VERSION,
            "python": sys.version.split()[0],
            "encoding": locale.getpreferredencoding(False),
        }) + "\n")
        out.flush()
        for raw in sys.stdin:
            if not raw.strip():
                continue
            request = json.loads(raw)
            count += 1
            path = os.path.join(directory, "nova-%d.conf" % count)
            result = read_one(path, base64.b64decode(request["data"]))
            result["id"] = request.get("id")
            out.write(json.dumps(result) + "\n")
            out.flush()
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
