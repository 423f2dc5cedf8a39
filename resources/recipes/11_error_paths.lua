-- Error paths
-- A connect to a port where nobody listens must fail with 566, a name that
-- does not exist with 565, a read on a closed socket with 567, and a
-- connectID out of range must be refused before anything is written. Each
-- error comes back in words.

local closed_port = param("closed_port", nil, "port")
local unknown_host = param("unknown_host", "nonexistent.invalid")

step("A refused connect gives 566")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
local id = socket.free() -- a socket no one holds (the user may have socket 0 open): closed, and free to try
local refused = at(string.format('AT+QIOPEN=%d,%d,"TCP","127.0.0.1",%d,0,0', ctx, id, closed_port))
expect(refused, "QIOPEN", 566)
check(refused.error ~= nil and refused.error:find("566", 1, true) ~= nil, "the error is given in words: %1", tostring(refused.error))

step("An unknown host gives 565")
local unknown = at(string.format('AT+QIOPEN=%d,%d,"TCP","%s",80,0,0', ctx, id, unknown_host))
expect(unknown, "QIOPEN", 565)
check(unknown.error ~= nil and unknown.error:find("565", 1, true) ~= nil, "the error is given in words: %1", tostring(unknown.error))

step("Reading a closed socket gives 567")
local read = at("AT+QIRD=" .. id .. ",512")
check(read.status == "ERROR", "AT+QIRD on a closed socket answers ERROR")
check(read.error ~= nil and read.error:find("567", 1, true) ~= nil, "the error is given in words: %1", tostring(read.error))

step("A connectID out of range is refused")
-- One past the model's last socket (6 on the BC25, whose range is 0-5).
local sockets = model().sockets
local sent, why = pcall(at, string.format('AT+QIOPEN=%d,%d,"TCP","127.0.0.1",80,0,0', ctx, sockets))
check(not sent, "nothing was written")
local range = "0-" .. (sockets - 1)
check(tostring(why):find(range, 1, true) ~= nil, "the refusal quotes the range %1", range)
log("Refused: %1", tostring(why))
