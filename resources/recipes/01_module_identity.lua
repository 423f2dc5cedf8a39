-- Module alive and identity
-- Checks that the module answers AT, then reads who made it and what it is
-- (ATI), its firmware revision (AT+CGMR) and its IMEI (AT+CGSN=1).

step("The module answers AT")
expect(at("AT"))

step("Identity")
local ati = expect(at("ATI"))
check(#ati.lines >= 2, "ATI names the maker and the model")
log("Module: %1", table.concat(ati.lines, " / "))

step("Firmware revision")
local cgmr = expect(at("AT+CGMR"))
check(#cgmr.lines >= 1, "AT+CGMR gives a revision")
log("Firmware: %1", cgmr.lines[#cgmr.lines])

step("IMEI")
local cgsn = expect(at("AT+CGSN=1"), "CGSN")
local imei = tostring(cgsn.fields[1])
check(imei:match("^%d+$") ~= nil and #imei == 15, "the IMEI has 15 digits: %1", imei)
