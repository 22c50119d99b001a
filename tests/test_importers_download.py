"""Downloading the USDA zip, against a local HTTP server serving a small zip of the same shape."""

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from planner.importers import FoodImportError, read
from planner.importers.download import download
from tests.test_importers_fdc import files, write_zip


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, bytes]]:
    body = write_zip(tmp_path, files()).read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            if self.path == "/sr.zip":
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif self.path == "/cut.zip":  # promises more than it sends
                self.send_response(200)
                self.send_header("Content-Length", str(len(body) * 2))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.send_error(404, "Not Found")

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", body
    httpd.shutdown()
    httpd.server_close()


def test_download_with_progress_then_import(server, tmp_path: Path) -> None:
    url, body = server
    calls = []
    path = download(
        f"{url}/sr.zip",
        tmp_path / "downloads" / "sr.zip",
        lambda done, total: calls.append((done, total)),
    )
    assert path.read_bytes() == body
    assert calls[-1] == (len(body), len(body))
    assert len(read(path).frame) == 5
    assert not list(path.parent.glob("*.part"))


@pytest.mark.parametrize(
    "name, message",
    [
        ("missing.zip", "the server answered 404"),
        ("cut.zip", "the download stopped"),
    ],
)
def test_server_problems_leave_no_file(server, tmp_path: Path, name: str, message: str) -> None:
    url, _ = server
    dest = tmp_path / "downloads" / "sr.zip"
    with pytest.raises(FoodImportError, match=message):
        download(f"{url}/{name}", dest, timeout=5)
    assert list(dest.parent.iterdir()) == []


def test_offline_gives_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FoodImportError, match=r"cannot reach 127.0.0.1 .*are you offline\?"):
        download(f"http://127.0.0.1:{port}/sr.zip", tmp_path / "sr.zip", timeout=5)
    assert list(tmp_path.iterdir()) == []


def test_cancel_from_the_progress_callback(server, tmp_path: Path) -> None:
    url, _ = server

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    dest = tmp_path / "downloads" / "sr.zip"
    with pytest.raises(Cancelled):
        download(f"{url}/sr.zip", dest, cancel)
    assert list(dest.parent.iterdir()) == []
