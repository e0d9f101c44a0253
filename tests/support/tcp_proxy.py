"""A TCP proxy between the bot and PostgreSQL that can go silent, for timeout tests.

``blackhole()`` makes it behave like a hung server or a dead network path: connections are
still accepted, but nothing is forwarded in either direction (the bytes are dropped), so the
client waits for an answer that never comes. ``resume()`` forwards again; connections that
were open during the silence are closed (their protocol state is lost), new ones work.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import threading
from types import TracebackType


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, *, listen: str = "127.0.0.1") -> None:
        """``listen``: the address to accept on (``0.0.0.0`` lets containers in)."""
        self.target = (target_host, target_port)
        self._listener = socket.create_server((listen, 0))
        self._listener.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._listener, selectors.EVENT_READ)
        self._peers: dict[socket.socket, socket.socket] = {}
        self._silent = threading.Event()
        self._stale: set[socket.socket] = set()  # open while silent: closed on resume
        self._lock = threading.Lock()
        self._resumed = False  # the loop thread closes the stale connections
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="tcp-proxy", daemon=True)

    @property
    def port(self) -> int:
        return int(self._listener.getsockname()[1])

    def start(self) -> TcpProxy:
        self._thread.start()
        return self

    def blackhole(self) -> None:
        with self._lock:
            self._silent.set()
            self._stale.update(self._peers)

    def resume(self) -> None:
        with self._lock:
            self._silent.clear()
            self._resumed = True

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)
        for sock in list(self._peers):  # the loop has ended: this thread owns the sockets now
            self._close(sock)
        self._listener.close()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.stop()

    def _loop(self) -> None:
        while not self._stopping.is_set():
            with self._lock:
                stale = self._stale if self._resumed else set()
                if self._resumed:
                    self._stale, self._resumed = set(), False
            for sock in stale:
                self._close(sock)
            for key, _ in self._selector.select(timeout=0.1):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                if sock is self._listener:
                    self._accept()
                else:
                    self._forward(sock)

    def _accept(self) -> None:
        try:
            client, _ = self._listener.accept()
        except BlockingIOError:
            return
        if self._silent.is_set():
            # A hung server still completes the TCP handshake; it just never says anything.
            with self._lock:
                self._stale.add(client)
            self._peers[client] = client  # read and drop whatever the client sends
            self._selector.register(client, selectors.EVENT_READ)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=5)
        except OSError:
            client.close()
            return
        for sock in (client, upstream):
            sock.setblocking(False)
            self._selector.register(sock, selectors.EVENT_READ)
        self._peers[client], self._peers[upstream] = upstream, client

    def _forward(self, sock: socket.socket) -> None:
        try:
            data = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._close(sock)
            return
        if self._silent.is_set() or sock in self._stale:
            return  # dropped
        peer = self._peers.get(sock)
        if peer is None:
            return
        try:
            peer.setblocking(True)
            peer.sendall(data)
            peer.setblocking(False)
        except OSError:
            self._close(sock)

    def _close(self, sock: socket.socket) -> None:
        peer = self._peers.pop(sock, None)
        for each in (sock, peer):
            if each is None:
                continue
            self._peers.pop(each, None)
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(each)
            each.close()
