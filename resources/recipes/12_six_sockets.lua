-- Six sockets at once
-- Opens six sockets to an echo server at once, alternating buffer access
-- and direct push, sends a different line on each and checks that every
-- echo comes back on its own socket.
-- models: bc25 bc32 bg95 bg96 ec200u
-- needs: six sockets at once (the BC660K-GL and the BC66 have five)

local host = param("host", "127.0.0.1")
local port = param("echo_port", nil, "port")

step("Open six sockets")
-- Six no one holds (all six on the BC25: one the user holds is said before
-- anything is written, not answered 563).
local ids = {socket.free(6)}
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
for i, id in ipairs(ids) do
  expect(at(string.format('AT+QIOPEN=%d,%d,"TCP","%s",%d,0,%d', ctx, id, host, port, (i - 1) % 2)), "QIOPEN", 0)
end

step("Send on each socket")
for _, id in ipairs(ids) do
  socket.send(id, "line for socket " .. id)
end

step("Each echo on its own socket")
for _, id in ipairs(ids) do
  local wanted = "line for socket " .. id
  check(socket.receive(id, #wanted, 5000) == wanted, "socket %1 received its own echo", id)
end

step("Close the six sockets")
for _, id in ipairs(ids) do
  expect(at("AT+QICLOSE=" .. id))
end
