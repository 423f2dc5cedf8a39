-- UDP echo
-- Opens a UDP socket to an echo server, sends a datagram and checks that the
-- same datagram comes back, then closes the socket.

local host = param("host", "127.0.0.1")
local port = param("echo_port", nil, "port")
local message = param("message", "hello from a recipe")

step("Open a UDP socket")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
local id = socket.free() -- the first socket no one holds (the user may have socket 0 open)
expect(at(string.format('AT+QIOPEN=%d,%d,"UDP","%s",%d,0,0', ctx, id, host, port)), "QIOPEN", 0)

step("Send a datagram and read the echo")
socket.send(id, message)
local data = socket.receive(id, #message, 5000)
check(data == message, "the echo matches what was sent")

step("Close the socket")
expect(at("AT+QICLOSE=" .. id))
