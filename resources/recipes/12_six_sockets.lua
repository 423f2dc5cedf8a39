-- Six sockets at once
-- Opens all six sockets to an echo server, alternating buffer access and
-- direct push, sends a different line on each and checks that every echo
-- comes back on its own socket.
-- models: bc25 bc32

local host = param("host", "127.0.0.1")
local port = param("echo_port", nil, "port")

local ctx = model().context -- the model's first context (1 on the BC25, 0 on the BC660K)

step("Open six sockets")
-- All six: a socket the user holds is said before anything is written, not answered 563.
socket.free(6)
for id = 0, 5 do
  expect(at(string.format('AT+QIOPEN=%d,%d,"TCP","%s",%d,0,%d', ctx, id, host, port, id % 2)), "QIOPEN", 0)
end

step("Send on each socket")
for id = 0, 5 do
  socket.send(id, "line for socket " .. id)
end

step("Each echo on its own socket")
for id = 0, 5 do
  local wanted = "line for socket " .. id
  check(socket.receive(id, #wanted, 5000) == wanted, "socket %1 received its own echo", id)
end

step("Close the six sockets")
for id = 0, 5 do
  expect(at("AT+QICLOSE=" .. id))
end
