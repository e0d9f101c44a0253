"""Socket Mode on the fake Slack: ``apps.connections.open`` hands out ``ws://.../socket``, where a
minimal RFC 6455 server speaks Slack's Socket Mode protocol: a ``hello``, then envelopes
(``slash_commands``, ``interactive``, ``events_api``) that the app acknowledges by envelope_id.

    envelope = fake.socket.send("slash_commands", {...})
    answer = fake.socket.response(envelope)  # what the app put in its ack
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import socket
import struct
import threading
import time
from typing import Any, BinaryIO

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TEXT, CLOSE, PING, PONG = 0x1, 0x8, 0x9, 0xA


def accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1((key + GUID).encode()).digest()).decode()


def encode_frame(opcode: int, payload: bytes) -> bytes:
    """A server frame: FIN set, never masked."""
    head = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 1 << 16:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + payload


def read_frame(stream: BinaryIO) -> tuple[int, bytes] | None:
    """One client frame (masked, as RFC 6455 requires of clients), or None at end of stream."""
    head = stream.read(2)
    if len(head) < 2:
        return None
    opcode, masked, n = head[0] & 0x0F, head[1] & 0x80, head[1] & 0x7F
    if n == 126:
        n = struct.unpack("!H", stream.read(2))[0]
    elif n == 127:
        n = struct.unpack("!Q", stream.read(8))[0]
    mask = stream.read(4) if masked else b"\0\0\0\0"
    data = stream.read(n)
    return opcode, bytes(b ^ mask[i % 4] for i, b in enumerate(data))


class _Connection:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.lock = threading.Lock()
        self.open = True

    def send(self, opcode: int, payload: bytes) -> None:
        with self.lock:
            self.sock.sendall(encode_frame(opcode, payload))


class SocketModeServer:
    def __init__(self) -> None:
        self._connections: list[_Connection] = []
        self._responses: dict[str, dict[str, Any]] = {}
        self._cond = threading.Condition()
        self._ids = itertools.count(1)

    @property
    def connected(self) -> int:
        with self._cond:
            return sum(1 for c in self._connections if c.open)

    def serve(self, handler: Any) -> None:
        """Take over an HTTP request that asked to upgrade to a WebSocket (runs on its thread)."""
        handler.send_response(101, "Switching Protocols")
        handler.send_header("Upgrade", "websocket")
        handler.send_header("Connection", "Upgrade")
        handler.send_header(
            "Sec-WebSocket-Accept", accept_key(handler.headers["Sec-WebSocket-Key"])
        )
        handler.end_headers()
        handler.wfile.flush()
        handler.close_connection = True
        conn = _Connection(handler.connection)
        with self._cond:
            self._connections.append(conn)
            self._cond.notify_all()
        hello = {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0WOONZORG"}}
        conn.send(TEXT, json.dumps(hello).encode())
        try:
            while True:
                frame = read_frame(handler.rfile)
                if frame is None or frame[0] == CLOSE:
                    break
                opcode, data = frame
                if opcode == PING:
                    conn.send(PONG, data)
                elif opcode == TEXT:
                    message = json.loads(data.decode())
                    with self._cond:
                        self._responses[message.get("envelope_id", "")] = message
                        self._cond.notify_all()
        except OSError:
            pass  # the client went away
        finally:
            with self._cond:
                conn.open = False
                self._cond.notify_all()

    def wait_connected(self, timeout: float = 10.0) -> None:
        with self._cond:
            if not self._cond.wait_for(lambda: any(c.open for c in self._connections), timeout):
                raise AssertionError("no Socket Mode connection")

    def send(self, kind: str, payload: dict[str, Any], *, retry_attempt: int = 0) -> str:
        """Deliver an envelope to the newest connection; returns its envelope_id."""
        envelope_id = f"env-{next(self._ids)}-{int(time.time())}"
        envelope = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
            "retry_attempt": retry_attempt,
            "retry_reason": "timeout" if retry_attempt else "",
        }
        with self._cond:
            live = [c for c in self._connections if c.open]
        if not live:
            raise AssertionError("no Socket Mode connection to send to")
        live[-1].send(TEXT, json.dumps(envelope).encode())
        return envelope_id

    def response(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        """The app's acknowledgement of an envelope (with its payload, if any)."""
        with self._cond:
            if not self._cond.wait_for(lambda: envelope_id in self._responses, timeout):
                raise AssertionError(f"envelope {envelope_id} was not acknowledged in {timeout} s")
            return self._responses[envelope_id]

    def close_all(self) -> None:
        with self._cond:
            for conn in self._connections:
                if conn.open:
                    try:
                        conn.send(CLOSE, struct.pack("!H", 1001))
                        conn.sock.shutdown(socket.SHUT_RDWR)
                    except OSError:
                        pass
