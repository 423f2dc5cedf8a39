-- Buffer full and drained
-- Sends more than the module's receive buffer holds, waits for "buff full",
-- and checks that the workbench drains the buffer with AT+QIRD until every
-- byte of the echo has arrived, in order.
-- virtual-module: buffer-limit=256
-- models: bc25 bc32 bc66
-- needs: a "buff full" URC (BC25 manual 2.2.3), which the LTE modules' notes do
-- needs: not list (BG96 2.3, BG95 2.4) and the BC660K-GL's is not known to print

local host = param("host", "127.0.0.1")
local port = param("echo_port", nil, "port")
local size = param("size", 2048)
local wait_ms = param("wait_ms", 10000)

local bytes = {}
for i = 1, size do
  bytes[i] = string.char(65 + i % 26)
end
local data = table.concat(bytes)

step("Open a socket in buffer access mode")
-- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
-- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
local ctx = context.ensure()
local id = socket.free() -- the first socket no one holds (the user may have socket 0 open)
expect(at(string.format('AT+QIOPEN=%d,%d,"TCP","%s",%d,0,0', ctx, id, host, port)), "QIOPEN", 0)

step("Fill the receive buffer")
socket.send(id, data)
wait_urc("buff full", id, wait_ms)

step("Drain it")
local got = socket.receive(id, size, 20000)
check(got == data, "every byte came back, in order")
-- Behind the workbench's own reads: the module has nothing left (+QIRD: 0).
expect(at("AT+QIRD=" .. id .. ",512"), "QIRD", 0)
check(not socket.info(id).buffer_full, "the buffer is no longer full")

step("Close the socket")
expect(at("AT+QICLOSE=" .. id))
