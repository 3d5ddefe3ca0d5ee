-- wrk script for the load benchmark of GET /api/events: a date window, a country, rotating over a seeded list.
-- wrk -t2 -c16 -d30s --latency -s tacitus-server/bench/events.lua http://127.0.0.1:18090
local countries = {"USA", "RUS", "CHN", "UKR", "FRA", "DEU", "TUR", "IRN", "ISR", "IND", "BRA", "NGA", "SDN", "POL"}
local windows = {{"2020-01-01", "2020-03-31"}, {"2021-06-01", "2021-08-31"}, {"2022-01-01", "2022-12-31"},
                 {"2023-02-01", "2023-02-28"}, {"2024-01-01", "2024-06-30"}}
local i = 0
request = function()
  i = i + 1
  local c = countries[(i % #countries) + 1]
  local w = windows[(i % #windows) + 1]
  return wrk.format("GET", "/api/events?from=" .. w[1] .. "&to=" .. w[2] .. "&country=" .. c)
end
