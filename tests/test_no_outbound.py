"""The server asks nothing of the internet: not at start-up, not when a page comes from an unknown origin.

Streamlit's own public-address lookup goes through ``requests``, which honours ``http(s)_proxy``; the
proxy here is a loopback socket that only counts who connects, so nothing ever leaves the machine.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from atlas_browser import ROOT, free_port


class Trap:
    """A loopback "proxy" that accepts connections, answers nothing and counts them."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.socket.accept()
            except TimeoutError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


def _start(command: list[str], trap: Trap) -> subprocess.Popen:
    proxy = f"http://127.0.0.1:{trap.port}"
    env = {
        **os.environ,
        "http_proxy": proxy,
        "https_proxy": proxy,
        "HTTP_PROXY": proxy,
        "HTTPS_PROXY": proxy,
        "no_proxy": "",
        "NO_PROXY": "",
    }
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with opener.open(
                f"http://127.0.0.1:{command[command.index('--server.port') + 1]}/_stcore/health"
            ):
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("the app did not start within 60 s")


def _open_from(port: int, origin: str) -> int:
    """The status of a websocket opened by a page served from ``origin``."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    key = base64.b64encode(os.urandom(16)).decode()
    connection.request(
        "GET",
        "/_stcore/stream",
        headers={
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Key": key,
            "Sec-WebSocket-Version": "13",
            "Origin": origin,
        },
    )
    status = connection.getresponse().status
    connection.close()
    return status


def _outbound_connections(command: list[str]) -> tuple[int, int]:
    """(connections to the trap after start-up and a foreign-origin page, that page's websocket status)."""
    trap = Trap()
    port = free_port()
    process = _start([*command, "--server.port", str(port), "--server.headless", "true"], trap)
    try:
        status = _open_from(port, "http://meeting-room.example")
        time.sleep(1.5)
        return trap.connections, status
    finally:
        process.terminate()
        process.wait(timeout=20)
        trap.close()


def test_the_atlas_server_makes_no_outbound_request_and_refuses_a_foreign_origin():
    connections, status = _outbound_connections([sys.executable, "-m", "liaoning_atlas", "serve"])
    assert status == 403
    assert connections == 0


def test_the_trap_sees_streamlits_own_lookup_when_it_is_not_switched_off():
    """Guards the test above: a plain ``streamlit run`` does ask, and the trap sees it."""
    connections, _ = _outbound_connections([sys.executable, "-m", "streamlit", "run", "app.py"])
    assert connections >= 1


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
