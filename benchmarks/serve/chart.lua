-- wrk script for scripts/bench-serve: POST /api/chart with a new title each
-- time (so no two answers are the same), the upload's id and the format
-- from the environment; prints one line of figures for the script to read.
local upload = os.getenv("BENCH_UPLOAD")
local format = os.getenv("BENCH_FORMAT") or "svg"
local counter = 0

request = function()
  counter = counter + 1
  local body = string.format(
    '{"upload": "%s", "type": "bar", "x": "지역", "y": ["실계약"], "title": "무역촉진단 실계약 %d", ' ..
    '"source": "자료: 광주 북구", "format": "%s"}', upload, counter, format)
  return wrk.format("POST", "/api/chart", {["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("FIGURES requests=%d seconds=%.2f errors=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f bytes=%d\n",
    summary.requests, summary.duration / 1e6, errors, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.bytes))
end
