"""The load generator of bench/slash_load.py, in a process of its own: its 20 client threads
would otherwise compete for the GIL of the process that serves the requests, and slow the
server they measure.

It reads one job (JSON) on stdin, sends it, and writes the results (JSON) on stdout:

    {"url": ..., "secret": ..., "clients": 20, "rate": 0 | R, "seed": 1,
     "apologies": [...], "requests": [[kind, body, content_type], ...]}
    -> {"results": [[kind, seconds, failed, note], ...], "seconds": ...}

``rate`` 0: closed loop, each client sends its next request as soon as its last one is
answered; the latency is each request's round trip. ``rate`` R: open loop, requests arrive at R
per second on average (Poisson, seeded) and go to the first free client; the latency runs from
the arrival (the scheduled moment), so time spent waiting for a free client or in the server's
queue counts.

Each request is signed (``X-Slack-Signature``) when it is sent, as Slack does.
"""

from __future__ import annotations

import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.fake_slack.signing import Response, sign  # noqa: E402


def arrivals(n: int, rate: float, seed: int) -> list[float]:
    """Seconds from the start at which each of ``n`` requests arrives (all at 0 when closed)."""
    if rate <= 0:
        return [0.0] * n
    rng = random.Random(seed)
    at, out = 0.0, []
    for _ in range(n):
        out.append(at)
        at += rng.expovariate(rate)
    return out


def send(url: str, secret: str, body: str, content_type: str) -> Response:
    ts = str(int(time.time()))
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": sign(secret, ts, body),
    }
    request = urllib.request.Request(url, body.encode(), headers, method="POST")
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10.0) as answer:
            status, data, got = answer.status, answer.read(), dict(answer.headers)
    except urllib.error.HTTPError as exc:
        status, data, got = exc.code, exc.read(), dict(exc.headers)
    return Response(status, data.decode(), got, time.perf_counter() - started)


def run(job: dict[str, Any]) -> dict[str, Any]:
    requests = job["requests"]
    due = arrivals(len(requests), float(job.get("rate") or 0), int(job.get("seed", 1)))
    open_loop = float(job.get("rate") or 0) > 0
    apologies = job.get("apologies", [])
    results: list[list[Any]] = [[]] * len(requests)
    next_index = iter(range(len(requests)))
    lock = threading.Lock()
    start = time.perf_counter() + 0.05

    def client() -> None:
        while True:
            with lock:  # in arrival order, to whichever client is free first
                i = next(next_index, None)
            if i is None:
                return
            kind, body, content_type = requests[i]
            scheduled = start + due[i]
            wait = scheduled - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            began = time.perf_counter()
            try:
                answer = send(job["url"], job["secret"], body, content_type)
                failed = answer.status != 200 or any(a in answer.text for a in apologies)
                note = "" if not failed else f"{answer.status} {answer.body[:300]}"
            except Exception as exc:  # noqa: BLE001 - a failed request is an error to count
                failed, note = True, repr(exc)[:300]
            ended = time.perf_counter()
            results[i] = [kind, ended - (scheduled if open_loop else began), failed, note]

    threads = [threading.Thread(target=client) for _ in range(int(job["clients"]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"results": results, "seconds": time.perf_counter() - start}


if __name__ == "__main__":
    json.dump(run(json.load(sys.stdin)), sys.stdout)
