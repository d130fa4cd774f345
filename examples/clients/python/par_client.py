#!/usr/bin/env python3
"""A client of par's HTTP service (par-server), with Python's standard library only.

Use it as a module:

    from par_client import ParClient
    par = ParClient("http://127.0.0.1:8080", token=None)
    card = par.score("golden-commune", open("commune-2024.json").read())
    print(card["index"])            # Decimal('75.00'): numbers stay exact

or from the shell:

    python3 par_client.py --url http://127.0.0.1:8080 score \
        --methodology commune-methodology.json --submission commune-2024.json

Documents (methodologies, submissions, peers, options, scenarios, simulation specs) are JSON: give
the text of a file (sent as it is, byte for byte), or a Python value (dicts, lists, str, int,
decimal.Decimal). Answers are parsed with every number as a decimal.Decimal, never a float, so the
points and indices are the server's exact figures. Errors raise ParError with the problems of the
request, each with a JSON pointer into the request body.
"""

import argparse
import decimal
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["ParClient", "ParError"]


class ParError(Exception):
    """An answer other than success: the HTTP status and the problem document (RFC 9457)."""

    def __init__(self, status, problem):
        self.status = status
        self.problem = problem
        self.title = problem.get("title", "")
        self.detail = problem.get("detail", "")
        self.problems = problem.get("problems", [])
        lines = ["%d %s: %s" % (status, self.title, self.detail)]
        lines += ["  %s: %s" % (p["path"], p["message"]) for p in self.problems]
        super().__init__("\n".join(lines))


class _Raw(str):
    """JSON text to be sent as it is."""


def _encode(value):
    """JSON text of a value; decimal.Decimal is written exactly, never through a float."""
    if isinstance(value, _Raw):
        return str(value)
    if value is None or isinstance(value, (bool, str)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise ValueError("not a finite number: %s" % value)
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        raise TypeError("floats are not exact: give points as decimal.Decimal or str(...)")
    if isinstance(value, dict):
        return "{" + ", ".join(json.dumps(str(k), ensure_ascii=False) + ": " + _encode(v)
                               for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_encode(v) for v in value) + "]"
    raise TypeError("cannot send a %s" % type(value).__name__)


def _document(value):
    """A document given as JSON text (kept byte for byte) or as a Python value."""
    if isinstance(value, (bytes, bytearray)):
        return _Raw(value.decode("utf-8"))
    if isinstance(value, str) and value.lstrip().startswith(("{", "[")):
        return _Raw(value)
    return value


def _methodology(value):
    """A methodology: the id of one the server knows (a plain string), or a document."""
    if isinstance(value, str) and not value.lstrip().startswith("{"):
        return value
    return _document(value)


class ParClient:
    """par-server's endpoints as methods; each returns the parsed answer (or text for HTML)."""

    def __init__(self, url, token=None, timeout=120):
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def _call(self, method, path, body=None, accept="application/json", query=None):
        url = self.url + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None
        headers = {"Accept": accept}
        if body is not None:
            members = {k: v for k, v in body.items() if v is not None}
            data = _encode(members).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                text = answer.read().decode("utf-8")
                if answer.headers.get_content_type() == "application/json":
                    return json.loads(text, parse_float=decimal.Decimal)
                return text
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            try:
                problem = json.loads(text, parse_float=decimal.Decimal)
            except ValueError:
                problem = {"title": e.reason, "detail": text[:200]}
            raise ParError(e.code, problem) from None

    def health(self):
        """{"status": "UP"} while the server serves."""
        return self._call("GET", "/health")

    def methodologies(self, lang="vi"):
        """The methodologies a request can name by id."""
        return self._call("GET", "/v1/methodologies", query={"lang": lang})

    def validate(self, methodology, submission=None):
        """{"valid": bool, "problems": [{"path", "message"}]}."""
        return self._call("POST", "/v1/validate", {"methodology": _methodology(methodology),
                                                   "submission": _document(submission)})

    def score(self, methodology, submission, html=False, lang="vi"):
        """The scorecard (par-scorecard/1), or with html=True the HTML report as text."""
        body = {"methodology": _methodology(methodology), "submission": _document(submission)}
        if html:
            return self._call("POST", "/v1/score", body, accept="text/html", query={"lang": lang})
        return self._call("POST", "/v1/score", body)

    def rank(self, methodology, submissions, previous=None, previous_methodology=None):
        """The ranking of the units, with rank changes when the previous year is given."""
        return self._call("POST", "/v1/rank", {
            "methodology": _methodology(methodology),
            "submissions": [_document(s) for s in submissions],
            "previous": None if previous is None else [_document(s) for s in previous],
            "previousMethodology": None if previous_methodology is None
            else _methodology(previous_methodology)})

    def compare(self, methodology, a, b, second_methodology=None):
        """Node-by-node differences between submissions a and b."""
        return self._call("POST", "/v1/compare", {
            "methodology": _methodology(methodology), "a": _document(a), "b": _document(b),
            "secondMethodology": None if second_methodology is None
            else _methodology(second_methodology)})

    def project(self, methodology, submission, target, peers=None, options=None, scenario=None,
                peer_change=None, peer_change_normal=None, draws=None, seed=None):
        """The cheapest plan to a target: {"points": X}, {"index": X} or {"rank": R}."""
        return self._call("POST", "/v1/project", {
            "methodology": _methodology(methodology), "submission": _document(submission),
            "target": target, "peers": _document(peers), "options": _document(options),
            "scenario": _document(scenario), "peerChange": peer_change,
            "peerChangeNormal": peer_change_normal, "draws": draws, "seed": seed})

    def simulate(self, methodology, submission, scenario=None, spec=None, peers=None):
        """A scenario's result, a simulation's result, or both."""
        return self._call("POST", "/v1/simulate", {
            "methodology": _methodology(methodology), "submission": _document(submission),
            "scenario": _document(scenario), "spec": _document(spec), "peers": _document(peers)})


def _read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def _methodology_argument(value):
    """--methodology: a .json file, or the id of a methodology the server knows."""
    return _read(value) if value.endswith(".json") else value


def _print_scorecard(card, lang):
    pick = (lambda t: t.get("en", t["vi"])) if lang == "en" else (lambda t: t["vi"])
    unit = card["unit"]
    print("%s (%s) · %s · %s · %s" % (unit.get("name", unit["id"]), unit["id"], card["year"],
                                       card["methodology"], card["stage"]))
    index = "unknown" if card["index"] is None else "%s" % card["index"]
    band = "—" if card["band"] is None else pick(card["band"]["label"])
    total = "unknown" if card["points"] is None else "%s" % card["points"]
    print("Total %s of %s · index %s · band %s" % (total, card["applicableMaxPoints"], index, band))
    for node in card["nodes"]:
        if node["depth"] == 1:
            percent = "" if node["percent"] is None else "%6s %%" % node["percent"]
            points = "unknown" if node["points"] is None else node["points"]
            print("  %-4s %-30s %8s / %-8s %s" % (node["code"], pick(node["name"])[:30], points,
                                                 node["applicableMaxPoints"], percent))
    for alert in card["alerts"]:
        print("  alert %s: %s" % (alert["code"], pick(alert["message"])))


def main(argv=None):
    parser = argparse.ArgumentParser(description="par-server from the shell")
    parser.add_argument("--url", default=os.environ.get("PAR_URL", "http://127.0.0.1:8080"))
    parser.add_argument("--token-file", help="a file holding the bearer token")
    parser.add_argument("--lang", default="vi", choices=["vi", "en"])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("health")
    commands.add_parser("methodologies")
    validate = commands.add_parser("validate")
    validate.add_argument("--methodology", required=True)
    validate.add_argument("--submission")
    score = commands.add_parser("score")
    score.add_argument("--methodology", required=True, help="an id, or a .json file")
    score.add_argument("--submission", required=True, help="a .json file")
    score.add_argument("--html", metavar="OUT", help="write the HTML report to OUT")
    args = parser.parse_args(argv)

    token = None
    if args.token_file:
        token = _read(args.token_file).strip().splitlines()[0].strip()
    par = ParClient(args.url, token=token)
    try:
        if args.command == "health":
            print(par.health()["status"])
        elif args.command == "methodologies":
            for m in par.methodologies(args.lang):
                print("%-22s %-10s %s" % (m["id"], m["years"], m["title"]))
        elif args.command == "validate":
            result = par.validate(_methodology_argument(args.methodology),
                                  _read(args.submission) if args.submission else None)
            print("valid" if result["valid"] else "invalid")
            for p in result["problems"]:
                print("  %s: %s" % (p["path"], p["message"]))
            return 0 if result["valid"] else 2
        elif args.command == "score":
            methodology = _methodology_argument(args.methodology)
            submission = _read(args.submission)
            if args.html:
                with open(args.html, "w", encoding="utf-8") as out:
                    out.write(par.score(methodology, submission, html=True, lang=args.lang))
                print("wrote " + args.html)
            else:
                _print_scorecard(par.score(methodology, submission), args.lang)
    except ParError as e:
        print(e, file=sys.stderr)
        return 2
    except urllib.error.URLError as e:
        print("cannot reach %s: %s" % (args.url, e.reason), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
