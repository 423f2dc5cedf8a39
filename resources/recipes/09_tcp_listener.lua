-- TCP listener accepting a local client
-- Opens a TCP LISTENER on a local port, connects a second socket of the
-- module to it, checks that the listener reports the incoming connection,
-- and that data flows both ways.

local port = param("listen_port", nil, "port")

step("Open the listener")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
-- Two sockets no one holds (the user may have socket 0 open); the module picks the incoming one.
local listener, client = socket.free(2)
expect(at(string.format('AT+QIOPEN=%d,%d,"TCP LISTENER","127.0.0.1",0,%d,0', ctx, listener, port)), "QIOPEN", 0)

step("Connect a client to it")
expect(at(string.format('AT+QIOPEN=%d,%d,"TCP","127.0.0.1",%d,0,0', ctx, client, port)), "QIOPEN", 0)
local incoming = wait_urc("incoming", nil, 5000)
check(incoming.server == listener, "the listener accepted the connection")
local server = incoming.id
log("Incoming connection on socket %1 from %2:%3", server, incoming.address, incoming.port)

step("From the client to the server")
socket.send(client, "ping")
check(socket.receive(server, 4, 5000) == "ping", "the server side received what the client sent")

step("From the server to the client")
socket.send(server, "pong")
check(socket.receive(client, 4, 5000) == "pong", "the client received the server's answer")

step("Close the sockets")
expect(at("AT+QICLOSE=" .. server))
expect(at("AT+QICLOSE=" .. client))
expect(at("AT+QICLOSE=" .. listener))
