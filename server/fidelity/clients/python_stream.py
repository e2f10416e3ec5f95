"""Streams device events from the DT REST API the way DT's own streaming example does.

Plain `requests`, Basic Auth with a service-account key, snake_case query parameters with lists
as repeated keys, and one JSON object per line. Point DT_API_URL at the dt-live emulator
(http://127.0.0.1:8787/v2) or leave it at DT's API.
"""

import json
import os
import sys

import requests

API_URL_BASE = os.environ.get("DT_API_URL", "https://api.disruptive-technologies.com/v2")
PROJECT_ID = os.environ["DT_PROJECT_ID"]
SERVICE_ACCOUNT_KEY_ID = os.environ["DT_SERVICE_ACCOUNT_KEY_ID"]
SERVICE_ACCOUNT_SECRET = os.environ["DT_SERVICE_ACCOUNT_SECRET"]
EVENT_TYPES = os.environ.get("EVENT_TYPES", "touch,temperature").split(",")
PING_INTERVAL = os.environ.get("PING_INTERVAL", "10s")
# Stop after this many events and pings; 0 and 0 stream forever.
MAX_EVENTS = int(os.environ.get("MAX_EVENTS", "0"))
MAX_PINGS = int(os.environ.get("MAX_PINGS", "0"))


def main():
    devices_stream_url = "{}/projects/{}/devices:stream".format(API_URL_BASE, PROJECT_ID)
    stream_params = {
        "event_types": EVENT_TYPES,
        "ping_interval": PING_INTERVAL,
    }

    # The read timeout is the ping interval plus slack, as DT's Python client uses (12 s for 10 s).
    response = requests.get(
        devices_stream_url,
        auth=(SERVICE_ACCOUNT_KEY_ID, SERVICE_ACCOUNT_SECRET),
        params=stream_params,
        stream=True,
        timeout=(5, 12),
    )
    print("status {} {}".format(response.status_code, response.headers.get("Content-Type")), flush=True)
    if response.status_code != 200:
        print("error body {}".format(response.text), flush=True)
        return 1

    events = 0
    pings = 0
    for line in response.iter_lines():
        payload = json.loads(line)
        if "error" in payload:
            print("stream error {} {}".format(payload["error"]["code"], payload["error"].get("message")), flush=True)
            return 1

        event = payload["result"]["event"]
        if event["eventType"] == "ping":
            pings += 1
            print("ping {}".format(event["targetName"]), flush=True)
        else:
            events += 1
            device_id = event["targetName"].split("/")[-1]
            print("event {} {} {}".format(event["eventType"], device_id, json.dumps(event["data"])), flush=True)

        if (MAX_EVENTS or MAX_PINGS) and events >= MAX_EVENTS and pings >= MAX_PINGS:
            break

    response.close()
    print("done {} events {} pings".format(events, pings), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
