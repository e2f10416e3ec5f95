// Command go-stream reads DT's devices:stream with net/http and a line scanner, using the
// camelCase query names (pingInterval, eventTypes) that gRPC-gateway accepts beside snake_case.
//
// Usage, against the dt-live emulator:
//
//	DT_API_URL=http://127.0.0.1:8787/v2 DT_PROJECT_ID=c0dtlivedem0pr0jectg \
//	DT_SERVICE_ACCOUNT_KEY_ID=c0dtlive0demo0ke0000 \
//	DT_SERVICE_ACCOUNT_SECRET=dt-live-demo-secret-not-for-production \
//	go run . -events temperature,touch -ping 10s -max 5
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

type streamLine struct {
	Result *struct {
		Event struct {
			EventID    string          `json:"eventId"`
			TargetName string          `json:"targetName"`
			EventType  string          `json:"eventType"`
			Data       json.RawMessage `json:"data"`
			Timestamp  string          `json:"timestamp"`
		} `json:"event"`
	} `json:"result"`
	Error *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func env(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func run() error {
	eventTypes := flag.String("events", "temperature,touch", "comma-separated event types")
	ping := flag.String("ping", "10s", "ping interval (protobuf Duration)")
	maxEvents := flag.Int("max", 0, "stop after this many events (0: forever)")
	flag.Parse()

	base := env("DT_API_URL", "https://api.disruptive-technologies.com/v2")
	project := os.Getenv("DT_PROJECT_ID")
	query := url.Values{}
	query.Set("pingInterval", *ping)
	for _, t := range strings.Split(*eventTypes, ",") {
		if t != "" {
			query.Add("eventTypes", t)
		}
	}
	endpoint := fmt.Sprintf("%s/projects/%s/devices:stream?%s", base, url.PathEscape(project), query.Encode())

	req, err := http.NewRequest(http.MethodGet, endpoint, nil)
	if err != nil {
		return err
	}
	req.SetBasicAuth(os.Getenv("DT_SERVICE_ACCOUNT_KEY_ID"), os.Getenv("DT_SERVICE_ACCOUNT_SECRET"))
	req.Header.Set("Accept", "application/json")

	// No overall client timeout: the stream is meant to stay open. The server pings instead.
	client := &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: 10 * time.Second}}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Printf("status %d %s\n", resp.StatusCode, resp.Header.Get("Content-Type"))
	if resp.StatusCode != http.StatusOK {
		var body streamLine
		if json.NewDecoder(resp.Body).Decode(&body) == nil && body.Error != nil {
			return fmt.Errorf("stream refused: %d %s", body.Error.Code, body.Error.Message)
		}
		return fmt.Errorf("stream refused: %s", resp.Status)
	}

	scanner := bufio.NewScanner(resp.Body)
	// Events with many samples exceed bufio's 64 KiB default line limit.
	scanner.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	events := 0
	for scanner.Scan() {
		raw := scanner.Bytes()
		if len(raw) == 0 {
			continue
		}
		var line streamLine
		if err := json.Unmarshal(raw, &line); err != nil {
			return fmt.Errorf("bad line %q: %w", raw, err)
		}
		if line.Error != nil {
			return fmt.Errorf("stream error %d: %s", line.Error.Code, line.Error.Message)
		}
		if line.Result == nil {
			return fmt.Errorf("line with neither result nor error: %s", raw)
		}
		ev := line.Result.Event
		if ev.EventType == "ping" {
			fmt.Printf("ping %s\n", ev.TargetName)
			continue
		}
		parts := strings.Split(ev.TargetName, "/")
		fmt.Printf("event %s %s %s\n", ev.EventType, parts[len(parts)-1], ev.Data)
		events++
		if *maxEvents > 0 && events >= *maxEvents {
			return nil
		}
	}
	if err := scanner.Err(); err != nil {
		return err
	}
	return fmt.Errorf("stream ended without an error frame")
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "go-stream:", err)
		os.Exit(1)
	}
}
