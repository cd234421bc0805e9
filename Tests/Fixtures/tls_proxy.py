#!/usr/bin/env python3
"""A TLS front for a plain-HTTP server, for the end-to-end TLS tests.

    tls_proxy.py CERT KEY TARGET_PORT

Listens on 127.0.0.1 on a free port, prints "port: N", and forwards every connection, decrypted,
to 127.0.0.1:TARGET_PORT. A client that rejects the certificate just drops its connection.
Exits when its standard input closes (the test ends) or when killed.
"""
import os
import select
import socket
import ssl
import sys
import threading

cert, key, target = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
listener = socket.create_server(("127.0.0.1", 0))
print(f"port: {listener.getsockname()[1]}", flush=True)


def serve(raw):
    try:
        tls = context.wrap_socket(raw, server_side=True)
    except (ssl.SSLError, OSError):
        raw.close()
        return
    upstream = socket.create_connection(("127.0.0.1", target))
    try:
        while True:
            # One thread per connection, reading whichever side is ready (an SSL object must not
            # be read and written from two threads); decrypted bytes may already be buffered.
            ready = [tls] if tls.pending() else select.select([tls, upstream], [], [])[0]
            for source in ready:
                data = source.recv(65536)
                if not data:
                    return
                (upstream if source is tls else tls).sendall(data)
    except OSError:
        pass
    finally:
        tls.close()
        upstream.close()


def end_with_stdin():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=end_with_stdin, daemon=True).start()
while True:
    connection, _ = listener.accept()
    threading.Thread(target=serve, args=(connection,), daemon=True).start()
