-- Ping with a loss limit
-- Pings a host with AT+QPING and fails when more echoes are lost than the
-- limit allows or when the average round trip is too long.

local host = param("ping_host", "127.0.0.1")
local count = param("ping_count", 4)
local loss_limit = param("loss_limit_percent", 25)
local max_average = param("max_average_ms", 2000)

step("Ping")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
local t = expect(at(string.format('AT+QPING=%d,"%s",4,%d', ctx, host, count)))
local summary
for _, line in ipairs(t.operation.results) do
  -- the last line: +QPING: <finresult>,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>
  if #line.fields == 7 then
    summary = line
  end
end
check(summary ~= nil, "AT+QPING ends with a summary")

step("Loss and round trip")
local sent, received, lost, average = summary.fields[2], summary.fields[3], summary.fields[4], summary.fields[7]
local loss = sent > 0 and math.floor(100 * lost / sent) or 100
log("%1: %2 sent, %3 received, %4% lost, %5 ms on average", host, sent, received, loss, average)
check(received > 0, "at least one echo came back")
check(loss <= loss_limit, "the loss of %1% is within the limit of %2%", loss, loss_limit)
check(average <= max_average, "the average round trip of %1 ms is within %2 ms", average, max_average)
