-- wrk script for par-server/perf/load.sh: POST /v1/score, cycling through the request bodies of
-- BODIES (one JSON object per line), each thread starting at its own place.
local bodies = {}
local n = 0
local counter = 0

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    n = n + 1
    bodies[n] = line
  end
  counter = tonumber(args[1] or "0") or 0
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function request()
  counter = counter + 1
  local body = bodies[(counter + (id or 0) * 97) % n + 1]
  return wrk.format("POST", "/v1/score", {["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status ~= 200 then
    error("status " .. status .. ": " .. body)
  end
end
