-- One wrk script for every HTTP scenario of the benchmark (see bench.mjs).
--
-- Environment (set by bench.mjs):
--   WRK_PATH     the request path; "{rand:MIN:MAX}" is replaced on every request by a random
--                integer in [MIN, MAX], e.g. /api/v1/townships/{rand:10:1309}
--   WRK_HEADERS  extra request headers, one "Name: value" per line (e.g. the session cookie)
-- At the end it prints one line "BENCH_JSON {...}" with the raw figures (latencies in µs),
-- which bench.mjs parses; wrk's own --latency text is kept in the log next to it.

local template = os.getenv("WRK_PATH") or "/"
local dynamic = template:find("{rand:", 1, true) ~= nil
local headers = { ["Accept"] = "application/json" }
for line in (os.getenv("WRK_HEADERS") or ""):gmatch("[^\r\n]+") do
  local name, value = line:match("^%s*([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end
local fixed = nil

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

function init(args)
  math.randomseed(os.time() * 1000 + (thread_no or 0) * 7919)
  if not dynamic then
    fixed = wrk.format("GET", template, headers)
  end
end

local function expand(a, b)
  return tostring(math.random(tonumber(a), tonumber(b)))
end

function request()
  if fixed then
    return fixed
  end
  return wrk.format("GET", template:gsub("{rand:(%d+):(%d+)}", expand), headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%.1f,"mean":%.1f,"max":%.1f,"stdev":%.1f,' ..
    '"p50":%.1f,"p75":%.1f,"p90":%.1f,"p99":%.1f,"p999":%.1f}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.max, latency.stdev,
    latency:percentile(50), latency:percentile(75), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9)))
end
