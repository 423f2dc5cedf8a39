-- DNS lookup
-- Resolves a name with AT+QIDNSGIP and checks the address it gives; on the
-- virtual module "localhost" is 127.0.0.1 without asking any server.

local name = param("dns_name", "localhost")
local wanted = param("dns_address", "127.0.0.1")

step("Look up the name")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
-- The answer in the model's own form (+QIURC: "dnsgip" lines, or +QIDNSGIP: lines on the
-- BC660K); a lookup that fails (565) fails the step.
local found = dns.lookup(name, ctx)

step("Check the addresses")
local addresses = found.addresses
check(#addresses >= 1, "the lookup gives at least one address")
log("%1 is %2", name, table.concat(addresses, ", "))
local found = false
for _, address in ipairs(addresses) do
  found = found or address == wanted
end
check(found, "%1 resolves to %2", name, wanted)
