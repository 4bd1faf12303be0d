"""Verifies a captured request with the standardwebhooks package from PyPI (a third-party verifier).

usage: verify_standard_webhook.py BODY_FILE HEADERS_JSON_FILE SECRET
Prints "verified <type> <issue number>" or exits non-zero with the verifier's error.
"""
import json
import sys

from standardwebhooks.webhooks import Webhook

body = open(sys.argv[1], "rb").read()
headers = json.load(open(sys.argv[2]))
payload = Webhook(sys.argv[3]).verify(body, headers)
print("verified", payload["type"], payload["data"]["number"])
