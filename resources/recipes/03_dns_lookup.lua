-- DNS lookup
-- Resolves a name with AT+QIDNSGIP and checks the address it gives; on the
-- virtual module "localhost" is 127.0.0.1 without asking any server.
-- models: bc25 bc32 bc66

local name = param("dns_name", "localhost")
local wanted = param("dns_address", "127.0.0.1")

local ctx = model().context -- the model's first context (1 on the BC25, 0 on the BC660K)

step("Look up the name")
local t = at(string.format('AT+QIDNSGIP=%d,"%s"', ctx, name))
expect(t, "QIURC", 0)

step("Check the addresses")
local addresses = {}
for _, line in ipairs(t.operation.results) do
  -- +QIURC: "dnsgip","<IP_address>" after the header +QIURC: "dnsgip",<err>,<count>,<ttl>
  if line.fields[1] == "dnsgip" and type(line.fields[2]) == "string" then
    addresses[#addresses + 1] = line.fields[2]
  end
end
check(#addresses >= 1, "the lookup gives at least one address")
log("%1 is %2", name, table.concat(addresses, ", "))
local found = false
for _, address in ipairs(addresses) do
  found = found or address == wanted
end
check(found, "%1 resolves to %2", name, wanted)
