#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""examples/echo_server.cpp against clients: 64 connections at once, each
sending messages of random sizes and reading them back byte for byte, then
one connection sending 8 MiB without reading until it is all sent (which
fills both socket buffers, so the server meets EAGAIN on its writes), and
clients that leave mid-stream. The server must still answer afterwards.

    echo_test.py ECHO_SERVER
"""
import random
import socket
import subprocess
import sys
import threading

server = subprocess.Popen([sys.argv[1], "0"], stdout=subprocess.PIPE, text=True)
failures = 0


def check(ok, what):
    global failures
    print(("ok   " if ok else "FAIL ") + what, flush=True)
    failures += not ok


try:
    line = server.stdout.readline()
    check(line.startswith("listening on "), f"the server says where it listens ({line.strip()!r})")
    port = int(line.split()[-1])
    rng = random.Random(1234)

    # 64 connections, 100 rounds: each round, every connection sends a message, then all read theirs back.
    conns = [socket.create_connection(("127.0.0.1", port)) for _ in range(64)]
    sent_total = 0
    mismatched = 0
    for _ in range(100):
        messages = [rng.randbytes(rng.randint(1, 3000)) for _ in conns]
        for c, m in zip(conns, messages):
            c.sendall(m)
            sent_total += len(m)
        for c, m in zip(conns, messages):
            got = b""
            while len(got) < len(m):
                chunk = c.recv(len(m) - len(got))
                if not chunk:
                    break
                got += chunk
            mismatched += got != m
    check(mismatched == 0, f"6,400 messages ({sent_total} bytes) over 64 connections come back byte for byte")

    # Leave: half the clients close at once, with unread data on some.
    for c in conns[:32]:
        c.sendall(b"bye")
        c.close()
    for c in conns[32:]:
        c.sendall(b"still here")
        check_ok = c.recv(100) == b"still here"
        if not check_ok:
            mismatched += 1
    check(mismatched == 0, "the other 32 are still served after 32 left")
    for c in conns[32:]:
        c.close()

    # 8 MiB sent by one thread while another reads only after a pause.
    blob = rng.randbytes(8 << 20)
    big = socket.create_connection(("127.0.0.1", port))
    writer = threading.Thread(target=big.sendall, args=(blob,))
    writer.start()
    writer.join(timeout=0.5)
    got = bytearray()
    while len(got) < len(blob):
        chunk = big.recv(1 << 20)
        if not chunk:
            break
        got += chunk
    writer.join()
    check(bytes(got) == blob, "8 MiB, sent before the client reads, comes back whole")
    big.close()

    last = socket.create_connection(("127.0.0.1", port))
    last.sendall(b"done")
    check(last.recv(10) == b"done", "and it still answers a new client")
    last.close()
    check(server.poll() is None, "the server is still running")
finally:
    server.kill()
    server.wait()

sys.exit(1 if failures else 0)
