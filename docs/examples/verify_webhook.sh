#!/bin/sh
# Verify a Parley webhook per Standard Webhooks with openssl.
# Usage: verify_webhook.sh SECRET ID TIMESTAMP SIGNATURES BODY_FILE
set -eu
secret=$1 id=$2 ts=$3 signatures=$4 body=$5
age=$(( $(date +%s) - ts )); [ "${age#-}" -le 300 ] || { echo "stale timestamp" >&2; exit 1; }
key=$(printf '%s' "${secret#whsec_}" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n')
expected=$({ printf '%s.%s.' "$id" "$ts"; cat "$body"; } |
  openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | openssl base64 -A)
for s in $signatures; do [ "$s" = "v1,$expected" ] && { echo "signature ok"; exit 0; }; done
echo "bad signature" >&2; exit 1
