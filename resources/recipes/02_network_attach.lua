-- Signal, registration and attach
-- Reads the signal quality (AT+CSQ), the EPS registration (AT+CEREG?), the
-- packet domain attach (AT+CGATT?) and the PDP address (AT+CGPADDR): what a
-- module needs before any socket can open.
-- models: bc25 bc32 bc660k bc66

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
local cgpaddr = expect(at("AT+CGPADDR"), "CGPADDR")
check(cgpaddr.fields[2] ~= nil, "context 1 has an address")
log("Address: %1", tostring(cgpaddr.fields[2]))
