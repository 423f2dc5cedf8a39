-- NTP sync
-- Asks an NTP server for the time with AT+QNTTP and compares it with this
-- computer's clock; the virtual module brings its own SNTP service.
-- models: bc25 bc32 bc66

local server = param("ntp_server", "pool.ntp.org")
local port = param("ntp_port", 123, "port")
local tolerance = param("max_offset_s", 5)

local ctx = model().context -- the model's first context (1 on the BC25, 0 on the BC660K)

step("Synchronise with the NTP server")
local line = expect(at(string.format('AT+QNTTP=%d,"%s",%d', ctx, server, port)), "QNTTP", 0)

step("Compare the clocks")
local printed = tostring(line.fields[2])
local module_time = parse_time(printed)
check(module_time ~= nil, "the module's time can be read: %1", printed)
local offset = module_time - utc()
log("Module time %1, %2 s from this computer's clock", printed, string.format("%.1f", offset))
check(math.abs(offset) <= tolerance, "the clocks agree within %1 s", tolerance)
