-- Signal, registration and attach
-- Reads the signal quality (AT+CSQ), the EPS registration (AT+CEREG?), the
-- packet domain attach (AT+CGATT?) and the PDP address (AT+CGPADDR): what a
-- module needs before any socket can open.

local min_rssi = param("min_rssi", 5)

step("Signal quality")
local csq = expect(at("AT+CSQ"), "CSQ")
local rssi = csq.fields[1]
check(rssi ~= 99, "the module hears a cell (AT+CSQ is not 99)")
log("Signal: RSSI %1, %2 dBm", rssi, -113 + 2 * rssi)
check(rssi >= min_rssi, "the RSSI %1 is at least %2", rssi, min_rssi)

step("Registration")
local cereg = expect(at("AT+CEREG?"), "CEREG")
local stat = cereg.fields[2]
check(stat == 1 or stat == 5, "registered on the home network or roaming (+CEREG stat %1)", stat)

step("Packet domain attach")
expect(at("AT+CGATT?"), "CGATT", 1)

step("PDP address")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
local address
for _, line in ipairs(expect(at("AT+CGPADDR")).results) do
  -- +CGPADDR: <cid>,<PDP_addr>, a line per context
  if line.name == "CGPADDR" and line.fields[1] == ctx then
    address = line.fields[2]
  end
end
check(address ~= nil, "context %1 has an address", ctx)
-- The health check's rule (usable_address): 0.0.0.0, what a module prints for a
-- context without one, is no address; a failure says why.
local usable, why = usable_address(address)
check(usable, "Address: %1", why or address)
log("Address: %1", address)
