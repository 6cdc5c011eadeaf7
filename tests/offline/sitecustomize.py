"""Loaded by every Python process started with this folder on PYTHONPATH (tests/test_offline.py):
refuses any network connection, so a test proves the code needs none. Unix-domain sockets
(local IPC) stay allowed."""

import socket

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _refuse(self, address, *args, **kwargs):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise OSError(f"network blocked by the offline test: connect to {address!r}")
    return _real_connect(self, address, *args, **kwargs)


def _refuse_ex(self, address, *args, **kwargs):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise OSError(f"network blocked by the offline test: connect to {address!r}")
    return _real_connect_ex(self, address, *args, **kwargs)


def _refuse_lookup(*args, **kwargs):
    raise OSError("network blocked by the offline test: name lookup")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse_ex
socket.getaddrinfo = _refuse_lookup
socket.create_connection = lambda *a, **k: _refuse_lookup()
