#!/usr/bin/env python3
"""Starts `thidua serve` on a free port and exercises its JSON API and page.

usage: serve_test.py THIDUA_BINARY SOURCE_DIR

The rules root is a copy of rules/binh-phuoc-192-2022 in a temporary folder,
with symbolic links that point out of it, to check paths stay confined.
Only the standard library: no PyPI.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request

PLAN = "bp/plan.td"
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)
    else:
        print("ok:", what)


def call(base, path, body=None, raw=None, method=None, headers=None):
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as res:
            return res.status, res.headers.get("Content-Type", ""), res.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def api(base, path, body=None, **kw):
    status, ctype, payload = call(base, path, body, **kw)
    try:
        return status, json.loads(payload)
    except ValueError:
        return status, {"_raw": payload[:200]}


def main():
    binary, source = sys.argv[1], sys.argv[2]
    tmp = tempfile.mkdtemp(prefix="thidua-serve-")
    root = os.path.join(tmp, "rules")
    shutil.copytree(os.path.join(source, "rules", "binh-phuoc-192-2022"), os.path.join(root, "bp"))
    os.symlink("/etc", os.path.join(root, "outside"))
    os.symlink("/etc/hostname", os.path.join(root, "bp", "link.td"))
    server = subprocess.Popen([binary, "serve", "--rules", root, "--port", "0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        expect("http://127.0.0.1:" in line, "listens on 127.0.0.1: " + line.strip())
        base = line.split()[2].rstrip("/")
        run(base)
        expect(server.poll() is None, "the server is still running")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


def run(base):
    # The page and its assets, from the binary.
    status, ctype, page = call(base, "/")
    expect(status == 200 and "text/html" in ctype and b"thidua" in page, "GET / serves the page")
    for asset in ("/app.js", "/highlight.js", "/report.js", "/style.css"):
        status, _, body = call(base, asset)
        expect(status == 200 and len(body) > 100, "GET %s" % asset)

    status, r = api(base, "/api/plans")
    paths = [p["path"] for p in r.get("plans", [])]
    expect(status == 200 and paths == [PLAN], "plans lists bp/plan.td only (no links): %s" % paths)
    expect("units.jsonl" in r["plans"][0]["samples"], "plans lists the sample files")

    status, r = api(base, "/api/plan?path=" + PLAN)
    expect(status == 200 and "criterion" in r.get("text", ""), "plan text")
    text = r["text"]

    status, r = api(base, "/api/check", {"path": PLAN, "text": text})
    expect(status == 200 and r["ok"] and r["errors"] == 0, "check: the shipped plan has no error")
    expect(r.get("plan", {}).get("awards"), "check: the plan's awards are listed")
    broken = text.replace("criterion ", "criterion criterion ", 1)
    status, r = api(base, "/api/check", {"path": PLAN, "text": broken, "lang": "en"})
    expect(status == 200 and not r["ok"] and r["diagnostics"][0]["line"] > 0,
           "check: an introduced error is reported at its line")

    status, r = api(base, "/api/format", {"path": PLAN, "text": text})
    expect(status == 200 and r["ok"] and r["text"] == text, "format: the plan is in canonical layout")
    status, r = api(base, "/api/format", {"path": PLAN, "text": "# x\n" * (5 << 18), "lang": "en"})
    expect(status == 200 and not r["ok"] and r["diagnostics"],
           "format: a text over the compiler's size limit is a diagnostic, as in check")

    sample = {"sample": "units.jsonl"}
    status, r = api(base, "/api/evaluate", {"path": PLAN, "units": sample})
    expect(status == 200 and len(r["units"]) > 10 and r["criteria"], "evaluate the sample units")
    expect(all(len(u["verdicts"]) == len(r["criteria"]) for u in r["units"]),
           "evaluate: a verdict per criterion")
    expect(any(c["counts"]["eligible"] for c in r["criteria"]), "evaluate: counts")

    csv = "kind,id\nenterprise,X-1\nnosuchkind,X-2\n"
    status, r = api(base, "/api/evaluate",
                    {"path": PLAN, "units": {"data": csv, "format": "csv"}, "lang": "en"})
    expect(status == 200 and r["errors"] and r["errors"][0]["row"] >= 2,
           "evaluate an upload: bad rows with row and reason: %s" % r.get("errors"))

    status, r = api(base, "/api/explain", {"path": PLAN, "units": sample, "id": "DN-003",
                                           "lang": "vi"})
    flat = json.dumps(r, ensure_ascii=False)
    expect(status == 200 and r["explanations"] and "IV." in flat,
           "explain DN-003 cites clauses")
    status, r = api(base, "/api/explain", {"path": PLAN, "units": sample, "id": "nobody"})
    expect(status == 404 and "error" in r, "explain an unknown id: 404")

    status, r = api(base, "/api/tests", {"path": PLAN})
    expect(status == 200 and r["passed"] > 0 and r["failed"] == 0,
           "tests pass: %s/%s" % (r.get("passed"), r.get("failed")))

    cand = {"sample": "candidates-2024.jsonl"}
    status, r = api(base, "/api/select", {"path": PLAN, "units": cand, "lang": "en",
                                          "award": "chairman_merit_yearly", "year": 2024})
    outcomes = {e["id"]: e["outcome"] for e in r.get("entries", [])}
    expect(status == 200 and outcomes.get("DN-015") == "cut_by_quota"
           and outcomes.get("CB-006") == "cut_by_ratio", "select: quota and ratio cuts")
    status, r = api(base, "/api/select", {"path": PLAN, "units": cand, "award": "no_such"})
    expect(status == 400 and "error" in r, "select an unknown award: 400")

    status, r = api(base, "/api/targets", {"path": PLAN, "units": sample, "lang": "vi"})
    expect(status == 200 and r["targets"] and all("gap" in x for x in r["targets"]), "targets")
    status, r = api(base, "/api/targets", {"path": PLAN, "units": sample, "by": "district"})
    shares = [x for x in r.get("targets", []) if x.get("parts")]
    expect(status == 200 and shares and all("group" in p and "group_name" in p
                                            for x in shares for p in x["parts"])
           and any(p["group_name"] == "Huyện Đồng Phú" for p in shares[0]["parts"]),
           "targets by district: parts with their district")
    status, r = api(base, "/api/targets", {"path": PLAN, "units": sample, "by": "no_such_kind"})
    expect(status == 400 and "error" in r, "targets by an unknown kind: 400")

    # Bad requests: 4xx JSON errors, and the server keeps serving.
    bad = [
        ("GET", "/api/plan?path=../bp/plan.td", None, 400),
        ("GET", "/api/plan?path=%2Fetc%2Fpasswd", None, 400),
        ("GET", "/api/plan?path=outside/hostname", None, 400),
        ("GET", "/api/plan?path=bp/link.td", None, 400),
        ("GET", "/api/plan?path=bp/missing.td", None, 400),
        ("POST", "/api/check", b"{not json", 400),
        ("POST", "/api/check", b"[1,2]", 400),
        ("POST", "/api/evaluate", json.dumps({"path": PLAN, "units": {"sample": "../../x"}}).encode(), 400),
        ("POST", "/api/evaluate", json.dumps({"path": 7}).encode(), 400),
        ("POST", "/api/select", json.dumps({"path": PLAN, "units": cand, "award": "chairman_merit_yearly",
                                             "year": "soon"}).encode(), 400),
        ("POST", "/api/evaluate", json.dumps({"path": PLAN, "text": "plan (", "units": sample}).encode(), 422),
        ("POST", "/api/check", b"x" * (9 << 20), 413),
        ("GET", "/api/nothing", None, 404),
        ("DELETE", "/api/plans", None, 405),
    ]
    for method, path, raw, want in bad:
        status, r = api(base, path, raw=raw, method=method)
        expect(status == want and isinstance(r, dict) and r.get("error"),
               "%s %s → %d (got %d: %s)" % (method, path[:40], want, status, str(r)[:80]))

    # A 400 speaks the request's language ("lang", as the page sends it) and
    # says what to do (src/base/messages.cc).
    for lang, error, hint in [
            ("en", "'units' must be {\"sample\": FILE}", "e.g. \"units\": {\"sample\": \"units.jsonl\"}"),
            ("vi", "'units' phải là {\"sample\": TỆP}", "ví dụ \"units\": {\"sample\": \"units.jsonl\"}")]:
        status, r = api(base, "/api/evaluate", {"path": PLAN, "units": 3, "lang": lang})
        expect(status == 400 and r.get("error", "").startswith(error) and r.get("hint", "").startswith(hint),
               "a 400 in %s with a hint (got %d: %s)" % (lang, status, str(r)[:160]))
    status, r = api(base, "/api/evaluate", {"path": PLAN, "units": {"sample": "../../x"}, "lang": "en"})
    expect(status == 400 and r.get("error") == "the path may not contain '..', '.' or an empty part"
           and "GET /api/plans" in r.get("hint", ""), "a bad path: English 400 with a hint (got %s)" % r)
    status, r = api(base, "/api/evaluate", {"path": 7, "lang": "vi"})
    expect(status == 400 and r.get("error") == "'path' phải là một chuỗi"
           and r.get("hint") == "viết giá trị trong dấu ngoặc kép: \"path\": \"…\"",
           "a number for a string: Vietnamese 400 with a hint (got %s)" % r)
    status, r = api(base, "/api/plan?path=bp/missing.td&lang=en")
    expect(status == 400 and r.get("error") == "no such file under the rules folder" and r.get("hint"),
           "GET with lang=en: English 400 (got %s)" % r)
    status, r = api(base, "/api/check", raw=b"{not json")
    expect(status == 400 and r.get("error") == "nội dung yêu cầu không phải JSON hợp lệ" and r.get("hint"),
           "unreadable JSON: the default language, with a hint (got %s)" % r)

    # The server's own answers (404, 405, 413, a malformed request) are in the
    # request's language too: ?lang= first, then Accept-Language, else vi.
    own = [
        ("GET", "/api/nothing", None, {}, 404, "không có trang hay điểm cuối API này: GET /api/nothing"),
        ("GET", "/api/nothing?lang=en", None, {}, 404, "no such page or endpoint: GET /api/nothing"),
        ("GET", "/nothing", None, {"Accept-Language": "en-GB,en;q=0.9,vi;q=0.5"}, 404,
         "no such page or endpoint: GET /nothing"),
        ("GET", "/nothing", None, {"Accept-Language": "en;q=0.4, vi-VN"}, 404,
         "không có trang hay điểm cuối API này: GET /nothing"),
        ("GET", "/nothing?lang=vi", None, {"Accept-Language": "en"}, 404,
         "không có trang hay điểm cuối API này: GET /nothing"),
        ("POST", "/api/nothing", b"{}", {"Accept-Language": "en"}, 404,
         "no such page or endpoint: POST /api/nothing"),
        ("DELETE", "/api/plans", None, {}, 405, "máy chủ không nhận phương thức DELETE, chỉ GET và POST"),
        ("DELETE", "/api/plans?lang=en", None, {}, 405, "the method DELETE is not served, only GET and POST"),
        ("POST", "/api/check?lang=en", b"x" * (9 << 20), {}, 413,
         "the request body is larger than the server accepts (8388608 bytes)"),
        ("POST", "/api/check", b"x" * (9 << 20), {}, 413, "nội dung yêu cầu lớn hơn mức máy chủ nhận (8388608 byte)"),
        ("POST", "/api/check", b"{not json", {"Accept-Language": "en-US"}, 400, "the request body is not valid JSON"),
    ]
    for method, path, raw, headers, want, error in own:
        status, r = api(base, path, raw=raw, method=method, headers=headers)
        expect(status == want and r.get("error") == error and r.get("hint"),
               "%s %s %s → %d %r with a hint (got %d: %s)"
               % (method, path[:30], headers, want, error, status, str(r)[:120]))
    # A body's "lang" comes before the header; a body without one takes it.
    status, r = api(base, "/api/evaluate", {"path": PLAN, "units": 3, "lang": "vi"},
                    headers={"Accept-Language": "en"})
    expect(status == 400 and r.get("error", "").startswith("'units' phải là"), "the body's lang first (got %s)" % r)
    status, r = api(base, "/api/evaluate", {"path": PLAN, "units": 3}, headers={"Accept-Language": "en"})
    expect(status == 400 and r.get("error", "").startswith("'units' must be"),
           "no lang in the body: Accept-Language (got %s)" % r)
    # A request line Beast cannot read: answered in Vietnamese, the default.
    host, port = base.split("//")[1].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"GET /\x01 HTTP/1.1\r\nHost: x\r\n\r\n")
        reply = sock.recv(65536).decode("utf-8", "replace")
    expect(reply.startswith("HTTP/1.1 400") and "yêu cầu HTTP sai dạng" in reply and '"hint"' in reply,
           "a malformed request: 400 in Vietnamese with a hint (got %r)" % reply[-200:])

    # Several users at once.
    results = []

    def worker():
        s, r = api(base, "/api/evaluate", {"path": PLAN, "units": sample})
        results.append(s == 200 and len(r["units"]) > 10)
    threads = [threading.Thread(target=worker) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    expect(len(results) == 8 and all(results), "8 concurrent evaluations")

    # Several users editing different texts at once: compiled plans are
    # cached by content, and each answer must be about its own text.
    answers = []
    variants = [text, broken, text.replace("criterion ", "criterion  ", 1), broken + "\n"]

    def editor(i):
        v = variants[i % len(variants)]
        s, r = api(base, "/api/check", {"path": PLAN, "text": v, "lang": "en"})
        answers.append(s == 200 and r["ok"] == (v not in (broken, broken + "\n")))
    threads = [threading.Thread(target=editor, args=(i,)) for i in range(16)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    expect(len(answers) == 16 and all(answers), "16 concurrent checks of 4 texts: each its own")
    status, r = api(base, "/api/check", {"path": PLAN, "text": broken, "lang": "vi"})
    expect(status == 200 and r["diagnostics"] and not r["diagnostics"][0]["message"].isascii(),
           "the same text in another language is not answered from the English compilation")
    status, r = api(base, "/api/plans")
    expect(status == 200, "still serving after the bad requests")


if __name__ == "__main__":
    sys.exit(main())
