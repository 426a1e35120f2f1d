#!/usr/bin/env python3
"""Verify a Parley webhook per Standard Webhooks. Usage: verify_webhook.py SECRET ID TIMESTAMP SIGNATURES BODY_FILE"""
import base64, hashlib, hmac, sys, time

def verify(secret, msg_id, timestamp, signatures, body, tolerance=300):
    if abs(time.time() - int(timestamp)) > tolerance:
        raise ValueError("timestamp outside tolerance (replay?)")
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    if not any(hmac.compare_digest(s, "v1," + expected) for s in signatures.split()):
        raise ValueError("bad signature")

if __name__ == "__main__":
    secret, msg_id, timestamp, signatures, body_file = sys.argv[1:6]
    with open(body_file, "rb") as f:
        verify(secret, msg_id, timestamp, signatures, f.read())
    print("signature ok")
