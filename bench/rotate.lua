-- wrk script for the Podquote benchmark: each connection's thread rotates through the
-- benchmark's query paths, one "/search?q=..." per line of the file named by the
-- PODQUOTE_BENCH_PATHS environment variable (the harness writes it from bench/queries.tsv).
local paths = {}
for line in io.lines(os.getenv("PODQUOTE_BENCH_PATHS")) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end

local counter = 0
offset = 0 -- a global: setup() sets it in each thread

function setup(thread)
  -- threads start at different queries so that they do not run in lockstep
  thread:set("offset", counter * 7)
  counter = counter + 1
end

local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[(i + offset) % #paths + 1])
end
