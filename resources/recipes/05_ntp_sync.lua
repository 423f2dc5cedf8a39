-- NTP sync
-- Asks an NTP server for the time (AT+QNTTP on the BC25, AT+QNTP on the
-- models that name it so) and compares it with this computer's clock; the
-- virtual module brings its own SNTP service.

local server = param("ntp_server", "pool.ntp.org")
local port = param("ntp_port", 123, "port")
local tolerance = param("max_offset_s", 5)

step("Synchronise with the NTP server")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
-- The model's command and answer: +QNTTP: or +QNTP: <err>,"<time>".
local time = ntp.sync(server, port, ctx)

step("Compare the clocks")
local printed = time.text
local module_time = time.utc
check(module_time ~= nil, "the module's time can be read: %1", printed)
local offset = module_time - utc()
log("Module time %1, %2 s from this computer's clock", printed, string.format("%.1f", offset))
check(math.abs(offset) <= tolerance, "the clocks agree within %1 s", tolerance)
