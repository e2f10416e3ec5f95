"""The simple Python client of DT's streaming example: `requests`, Basic Auth, NDJSON lines read
with `iter_lines`, one printed line per event. The bench counts the lines on its stdout.

Usage: DT_API_URL=… DT_PROJECT_ID=… DT_SERVICE_ACCOUNT_KEY_ID=… DT_SERVICE_ACCOUNT_SECRET=… python3 requests_reader.py
"""

import json
import os
import sys

import requests

API_URL_BASE = os.environ["DT_API_URL"]
PROJECT_ID = os.environ["DT_PROJECT_ID"]
KEY_ID = os.environ["DT_SERVICE_ACCOUNT_KEY_ID"]
SECRET = os.environ["DT_SERVICE_ACCOUNT_SECRET"]


def main():
    url = "{}/projects/{}/devices:stream".format(API_URL_BASE, PROJECT_ID)
    response = requests.get(url, auth=(KEY_ID, SECRET), params={"ping_interval": "10s"}, stream=True, timeout=(5, 30))
    print("status {}".format(response.status_code), file=sys.stderr, flush=True)
    if response.status_code != 200:
        return 1
    for line in response.iter_lines():
        if not line:
            continue
        payload = json.loads(line)
        if "error" in payload:
            print("stream error {}".format(payload["error"]), file=sys.stderr, flush=True)
            continue
        event = payload["result"]["event"]
        if event["eventType"] == "ping":
            continue
        device_id = event["targetName"].split("/")[-1]
        # Flushed per line, so what the bench counts is exactly what was printed.
        print("{} {} {} {}".format(event["timestamp"], event["eventType"], device_id, json.dumps(event["data"])), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
