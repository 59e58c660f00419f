"""JSON for the harness through CPython's own C accelerator (_json), the code json.loads and
json.dumps end in. Importing the json package also imports re, enum and functools: measured, 13 ms
of a 25 ms cold start, more than the sandbox itself costs. Where _json is missing or its shape differs
(another interpreter, another version), the json package does the same work.

dumps is json.dumps(value, allow_nan=False, separators=(",", ":")): ValueError for NaN or infinity,
TypeError for what JSON cannot hold. loads reads one document (the host's job, always well formed).
"""


def _not_json(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")


def _accelerated():
    import _json

    class Context:
        strict = True
        object_hook = None
        object_pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = staticmethod(_refuse_constant)
        memo = {}

    scan = _json.make_scanner(Context())
    encode = _json.make_encoder({}, _not_json, _json.encode_basestring_ascii, None, ":", ",", False, False, False)

    def loads(text):
        start = len(text) - len(text.lstrip())
        return scan(text, start)[0]

    def dumps(value):
        return "".join(encode(value, 0))

    # What the json package would answer: a different _json fails here, not on the first case.
    if loads(' {"a": [1, 2.5, "\\u00e9", null, true]}') != {"a": [1, 2.5, "\u00e9", None, True]}:
        raise ImportError("_json reads differently")
    if dumps({"a": [1, 2.5, "\u00e9", None, True]}) != '{"a":[1,2.5,"\\u00e9",null,true]}':
        raise ImportError("_json writes differently")
    return loads, dumps


try:
    loads, dumps = _accelerated()
except Exception:  # noqa: BLE001 - any difference at all means the json package
    import json

    loads = json.loads

    def dumps(value):
        return json.dumps(value, allow_nan=False, separators=(",", ":"))
