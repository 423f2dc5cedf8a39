-- 2 KB of binary data, byte for byte
-- Sends 2048 bytes holding every byte value and the sequence "\r\nOK\r\n" at
-- the start, across a 512-byte boundary and at the end; the workbench cuts
-- them into 512-byte sends in the binary-safe fixed-length form. The echo
-- must come back byte for byte, in buffer access mode and in direct push mode.

local host = param("host", "127.0.0.1")
local port = param("echo_port", nil, "port")
local size = param("size", 2048)

local function payload()
  local bytes = {}
  for i = 0, size - 1 do
    bytes[#bytes + 1] = string.char((i * 7 + 3) % 256)
  end
  local base = table.concat(bytes)
  local ok = "\r\nOK\r\n"
  return (ok .. base:sub(7, 509) .. ok .. base:sub(516, size - 6) .. ok):sub(1, size)
end

local function first_difference(got, sent)
  for i = 1, math.max(#got, #sent) do
    if got:byte(i) ~= sent:byte(i) then
      return i
    end
  end
  return nil
end

local data = payload()

local function echo(mode)
  -- The model's first context (1 on the BC25, 0 on the BC660K), activated first on
  -- the models whose host activates it (AT+QIACT on the BG95, BG96, EC200U).
  local ctx = context.ensure()
  local id = socket.free() -- the first socket no one holds (the user may have socket 0 open)
  expect(at(string.format('AT+QIOPEN=%d,%d,"TCP","%s",%d,0,%d', ctx, id, host, port, mode)), "QIOPEN", 0)
  local sent = socket.send(id, data)
  check(sent == #data, "the module acknowledged all %1 bytes", #data)
  local got = socket.receive(id, #data, 10000)
  if got ~= data then
    fail("the echo differs from what was sent from byte %1 on", first_difference(got, data))
  end
  check(got == data, "the echo matches byte for byte")
  expect(at("AT+QICLOSE=" .. id))
end

step("Buffer access mode")
echo(0)

step("Direct push mode")
echo(1)
