<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bc25-sim</name>
    <message>
        <source>A virtual Quectel BC25 behind a pseudo-terminal: it answers the TCP/IP AT
commands of the manual with real sockets on this computer. The first line
printed is the terminal&apos;s path.</source>
        <translation>伪终端后的虚拟移远 BC25：用本机上的真实套接字应答手册中的
TCP/IP AT 命令。输出的第一行是该终端的路径。</translation>
    </message>
    <message>
        <source>Also make a symlink PATH to the terminal.</source>
        <translation>同时创建指向该终端的符号链接 PATH。</translation>
    </message>
    <message>
        <source>Serve TCP and UDP echo on 127.0.0.1:PORT (0 picks a port).</source>
        <translation>在 127.0.0.1:PORT 上提供 TCP 和 UDP 回显服务（0 表示自动选择端口）。</translation>
    </message>
    <message>
        <source>NVRAM file for QICFG and QISWTMD settings (default: in the user&apos;s data folder).</source>
        <translation>保存 QICFG 和 QISWTMD 设置的 NVRAM 文件（默认位于用户数据目录）。</translation>
    </message>
    <message>
        <source>Start with factory settings: ignore and do not write the NVRAM file.</source>
        <translation>以出厂设置启动：忽略且不写入 NVRAM 文件。</translation>
    </message>
    <message>
        <source>Address for listeners and UDP services (default 127.0.0.1).</source>
        <translation>监听和 UDP 服务使用的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Reach no host but this one: connects, lookups, ping and NTP elsewhere fail.</source>
        <translation>只访问本机：连接、域名查询、Ping 和 NTP 到其他主机均失败。</translation>
    </message>
    <message>
        <source>Simulated ping round trip in ms (default 40).</source>
        <translation>模拟的 Ping 往返时间，单位毫秒（默认 40）。</translation>
    </message>
    <message>
        <source>Receive buffer per socket in bytes; beyond it &quot;buff full&quot; (default 65536).</source>
        <translation>每个套接字的接收缓冲区大小（字节）；超出时报告 &quot;buff full&quot;（默认 65536）。</translation>
    </message>
    <message>
        <source>Extra delay before SEND OK in ms (default 0).</source>
        <translation>SEND OK 之前的额外延迟，单位毫秒（默认 0）。</translation>
    </message>
    <message>
        <source>Signal quality AT+CSQ reports (0-31, default 22).</source>
        <translation>AT+CSQ 报告的信号质量（0-31，默认 22）。</translation>
    </message>
    <message>
        <source>Fault: pace output at this baud rate.</source>
        <translation>故障：按此波特率限速输出。</translation>
    </message>
    <message>
        <source>Fault: cut output into random pieces of at most N bytes.</source>
        <translation>故障：把输出切成最多 N 字节的随机片段。</translation>
    </message>
    <message>
        <source>Fault: wait this many ms before answering each command.</source>
        <translation>故障：每条命令应答前等待这么多毫秒。</translation>
    </message>
    <message>
        <source>Fault: answer ERROR to this command, e.g. +QIOPEN (repeatable).</source>
        <translation>故障：对该命令应答 ERROR，例如 +QIOPEN（可重复）。</translation>
    </message>
    <message>
        <source>Fault: reboot (RDY, every socket dropped) after this many ms.</source>
        <translation>故障：在这么多毫秒后重启（RDY，所有套接字断开）。</translation>
    </message>
    <message>
        <source>Fault: stop answering anything after this many ms.</source>
        <translation>故障：在这么多毫秒后停止应答任何内容。</translation>
    </message>
    <message>
        <source>--bind needs an IP address, not %1</source>
        <translation>--bind 需要 IP 地址，而不是 %1</translation>
    </message>
    <message>
        <source>cannot serve echo on port %1: %2</source>
        <translation>无法在端口 %1 上提供回显服务：%2</translation>
    </message>
    <message>
        <source>cannot make the link %1</source>
        <translation>无法创建链接 %1</translation>
    </message>
</context>
<context>
    <name>bc25::CloseOperation</name>
    <message>
        <source>closing socket %1 (CLOSE OK)</source>
        <translation>关闭套接字 %1（CLOSE OK）</translation>
    </message>
</context>
<context>
    <name>bc25::CommandCatalog</name>
    <message>
        <source>&lt;%1&gt; %2</source>
        <translation>&lt;%1&gt; %2</translation>
    </message>
    <message>
        <source>is %1; for &quot;TCP&quot; and &quot;UDP&quot; the manual allows 1-65535 (2.1.1).</source>
        <translation>为 %1；对于 &quot;TCP&quot; 和 &quot;UDP&quot;，手册允许 1-65535（2.1.1）。</translation>
    </message>
    <message>
        <source>is missing; &quot;%1&quot; needs a local port in 1-65535 (2.1.1).</source>
        <translation>缺失；&quot;%1&quot; 需要 1-65535 范围内的本地端口（2.1.1）。</translation>
    </message>
    <message>
        <source>is %1; for &quot;%2&quot; the manual allows 1-65535 (2.1.1).</source>
        <translation>为 %1；对于 &quot;%2&quot;，手册允许 1-65535（2.1.1）。</translation>
    </message>
    <message>
        <source>&quot;TCP LISTENER&quot; is not supported on IPv6 (manual 2.1.1, note 2).</source>
        <translation>IPv6 不支持 &quot;TCP LISTENER&quot;（手册 2.1.1，备注 2）。</translation>
    </message>
    <message>
        <source>is %1; with &lt;query_type&gt; 0 the manual allows 1-3.</source>
        <translation>为 %1；&lt;query_type&gt; 为 0 时手册允许 1-3。</translation>
    </message>
    <message>
        <source>is %1 bytes long but &lt;send_length&gt; is %2.</source>
        <translation>长度为 %1 字节，但 &lt;send_length&gt; 为 %2。</translation>
    </message>
    <message>
        <source>contains a quote, CR, LF or Ctrl+Z; send it with the fixed-length form AT+QISEND=&lt;connectID&gt;,&lt;send_length&gt; or with AT+QISENDEX.</source>
        <translation>包含引号、CR、LF 或 Ctrl+Z；请使用定长形式 AT+QISEND=&lt;connectID&gt;,&lt;send_length&gt; 或 AT+QISENDEX 发送。</translation>
    </message>
    <message>
        <source>has %1 hex digits but &lt;send_length&gt; %2 needs %3.</source>
        <translation>有 %1 个十六进制数字，但 &lt;send_length&gt; %2 需要 %3 个。</translation>
    </message>
    <message>
        <source>must be a number in %1; got &quot;%2&quot;.</source>
        <translation>必须是 %1 范围内的数字；实际为 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>is %1; the manual allows %2.</source>
        <translation>为 %1；手册允许 %2。</translation>
    </message>
    <message>
        <source>must be a string in double quotes.</source>
        <translation>必须是带双引号的字符串。</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; the manual allows %2.</source>
        <translation>为 &quot;%1&quot;；手册允许 %2。</translation>
    </message>
    <message>
        <source>is %1 characters long; the manual allows %2.</source>
        <translation>长度为 %1 个字符；手册允许 %2。</translation>
    </message>
    <message>
        <source>must be a hex string in double quotes.</source>
        <translation>必须是带双引号的十六进制字符串。</translation>
    </message>
    <message>
        <source>must hold hex digits only (0-9, A-F).</source>
        <translation>只能包含十六进制数字（0-9、A-F）。</translation>
    </message>
    <message>
        <source>has an odd number of hex digits.</source>
        <translation>十六进制数字的个数为奇数。</translation>
    </message>
    <message>
        <source>is %1 hex digits long; the manual allows %2.</source>
        <translation>长度为 %1 个十六进制数字；手册允许 %2。</translation>
    </message>
    <message>
        <source>must be an IP address in double quotes.</source>
        <translation>必须是带双引号的 IP 地址。</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not an IP address such as &quot;220.18.23.22&quot;.</source>
        <translation>为 &quot;%1&quot;，不是 &quot;220.18.23.22&quot; 这样的 IP 地址。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source> %1 needs at least %2 parameters.</source>
        <translation> %1 至少需要 %2 个参数。</translation>
    </message>
    <message>
        <source>%1 takes at most %2 parameters; got %3.</source>
        <translation>%1 最多接受 %2 个参数；实际为 %3 个。</translation>
    </message>
    <message>
        <source>%1 has no %2 form (manual %3).</source>
        <translation>%1 没有 %2 形式（手册 %3）。</translation>
    </message>
    <message>
        <source>%1 takes no parameters.</source>
        <translation>%1 不接受参数。</translation>
    </message>
    <message>
        <source>%1: %2 (manual %3)</source>
        <translation>%1：%2（手册 %3）</translation>
    </message>
    <message>
        <source>AT%1 is not a command of the BC25 TCP/IP manual.</source>
        <translation>AT%1 不是 BC25 TCP/IP 手册中的命令。</translation>
    </message>
    <message>
        <source>%1-%2 characters</source>
        <translation>%1-%2 个字符</translation>
    </message>
    <message>
        <source>%1-%2 hex digits</source>
        <translation>%1-%2 个十六进制数字</translation>
    </message>
    <message>
        <source>an IPv4 or IPv6 address</source>
        <translation>IPv4 或 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>bc25::Commands</name>
    <message>
        <source>The command is empty.</source>
        <translation>命令为空。</translation>
    </message>
    <message>
        <source>A command is one line; it cannot contain CR or LF.</source>
        <translation>命令只能有一行，不能包含 CR 或 LF。</translation>
    </message>
    <message>
        <source>%1 waits for data after the prompt: use the socket console to send data.</source>
        <translation>%1 会在提示符后等待数据：请使用套接字控制台发送数据。</translation>
    </message>
</context>
<context>
    <name>bc25::DnsOperation</name>
    <message>
        <source>DNS lookup (+QIDNSGIP)</source>
        <translation>DNS 查询（+QIDNSGIP）</translation>
    </message>
</context>
<context>
    <name>bc25::ErrorCodes</name>
    <message>
        <source>Operation successful</source>
        <translation>操作成功</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Operation blocked</source>
        <translation>操作被阻塞</translation>
    </message>
    <message>
        <source>Invalid parameters</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>Memory not enough</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>Create socket failed</source>
        <translation>创建套接字失败</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>不支持该操作</translation>
    </message>
    <message>
        <source>Socket bind failed</source>
        <translation>套接字绑定失败</translation>
    </message>
    <message>
        <source>Socket listen failed</source>
        <translation>套接字监听失败</translation>
    </message>
    <message>
        <source>Socket write failed</source>
        <translation>套接字写入失败</translation>
    </message>
    <message>
        <source>Socket read failed</source>
        <translation>套接字读取失败</translation>
    </message>
    <message>
        <source>Socket accept failed</source>
        <translation>套接字接受连接失败</translation>
    </message>
    <message>
        <source>Open PDP context failed</source>
        <translation>打开 PDP 上下文失败</translation>
    </message>
    <message>
        <source>Close PDP context failed</source>
        <translation>关闭 PDP 上下文失败</translation>
    </message>
    <message>
        <source>Socket identity has been used</source>
        <translation>套接字标识已被使用</translation>
    </message>
    <message>
        <source>DNS busy</source>
        <translation>DNS 忙</translation>
    </message>
    <message>
        <source>DNS parse failed</source>
        <translation>DNS 解析失败</translation>
    </message>
    <message>
        <source>Socket connect failed</source>
        <translation>套接字连接失败</translation>
    </message>
    <message>
        <source>Socket has been closed</source>
        <translation>套接字已关闭</translation>
    </message>
    <message>
        <source>Operation busy</source>
        <translation>操作忙</translation>
    </message>
    <message>
        <source>Operation timeout</source>
        <translation>操作超时</translation>
    </message>
    <message>
        <source>PDP context broken down</source>
        <translation>PDP 上下文已断开</translation>
    </message>
    <message>
        <source>Cancel send</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <source>Operation not allowed</source>
        <translation>不允许该操作</translation>
    </message>
    <message>
        <source>APN not configured</source>
        <translation>未配置 APN</translation>
    </message>
    <message>
        <source>Port busy</source>
        <translation>端口忙</translation>
    </message>
    <message>
        <source>Echo received</source>
        <translation>收到回显</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>Ping finished successfully</source>
        <translation>Ping 成功完成</translation>
    </message>
    <message>
        <source>TCP/IP stack error</source>
        <translation>TCP/IP 协议栈错误</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>找不到地址</translation>
    </message>
    <message>
        <source>PDP context activation failed</source>
        <translation>PDP 上下文激活失败</translation>
    </message>
    <message>
        <source>SIM not inserted</source>
        <translation>未插入 SIM 卡</translation>
    </message>
    <message>
        <source>SIM failure</source>
        <translation>SIM 卡故障</translation>
    </message>
    <message>
        <source>Memory failure</source>
        <translation>存储器故障</translation>
    </message>
    <message>
        <source>No network service</source>
        <translation>无网络服务</translation>
    </message>
    <message>
        <source>Incorrect parameters</source>
        <translation>参数不正确</translation>
    </message>
    <message>
        <source>Error code %1, not listed in the manual</source>
        <translation>错误码 %1，手册中未列出</translation>
    </message>
    <message>
        <source>+CME ERROR %1: %2</source>
        <translation>+CME ERROR %1：%2</translation>
    </message>
    <message>
        <source>+CME ERROR %1 (a 3GPP TS 27.007 error code)</source>
        <translation>+CME ERROR %1（3GPP TS 27.007 错误码）</translation>
    </message>
</context>
<context>
    <name>bc25::ModuleSession</name>
    <message>
        <source>%1 answered ERROR.</source>
        <translation>%1 返回 ERROR。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>The module answered SEND FAIL: its send buffer is full or the connection is broken.</source>
        <translation>模块返回 SEND FAIL：发送缓冲区已满或连接已断开。</translation>
    </message>
    <message>
        <source>The module restarted (RDY): its sockets were closed.</source>
        <translation>模块已重启（RDY）：其套接字均已关闭。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
</context>
<context>
    <name>bc25::NtpOperation</name>
    <message>
        <source>time synchronisation (+QNTTP)</source>
        <translation>时间同步（+QNTTP）</translation>
    </message>
</context>
<context>
    <name>bc25::OpenOperation</name>
    <message>
        <source>opening socket %1 (+QIOPEN)</source>
        <translation>打开套接字 %1（+QIOPEN）</translation>
    </message>
</context>
<context>
    <name>bc25::PingOperation</name>
    <message>
        <source>ping (+QPING)</source>
        <translation>Ping（+QPING）</translation>
    </message>
</context>
<context>
    <name>bc25::SendOperation</name>
    <message>
        <source>sending on socket %1 (SEND OK)</source>
        <translation>在套接字 %1 上发送（SEND OK）</translation>
    </message>
</context>
<context>
    <name>bc25::Urc</name>
    <message>
        <source>data received</source>
        <translation>收到数据</translation>
    </message>
    <message>
        <source>buffer full</source>
        <translation>缓冲区已满</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>incoming connection</source>
        <translation>传入连接</translation>
    </message>
    <message>
        <source>incoming connection refused: no free socket</source>
        <translation>传入连接被拒绝：没有空闲套接字</translation>
    </message>
    <message>
        <source>DNS result</source>
        <translation>DNS 结果</translation>
    </message>
    <message>
        <source>PDP context deactivated</source>
        <translation>PDP 上下文已去激活</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>bc25::at::CommandEngine</name>
    <message>
        <source>The connection to the module was closed.</source>
        <translation>与模块的连接已关闭。</translation>
    </message>
    <message>
        <source>Too many commands are waiting (%1); this one was not sent.</source>
        <translation>等待中的命令过多（%1 条）；此命令未发送。</translation>
    </message>
    <message>
        <source>The module is not connected.</source>
        <translation>模块未连接。</translation>
    </message>
    <message>
        <source>No answer for %1 within %2 s.</source>
        <translation>%2 秒内没有%1的应答。</translation>
    </message>
    <message>
        <source>No final result for %1 within %2 s.</source>
        <translation>%2 秒内没有收到 %1 的最终结果。</translation>
    </message>
</context>
<context>
    <name>bc25::capture::CaptureReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::capture::CaptureWriter</name>
    <message>
        <source>Cannot write the capture %1: %2</source>
        <translation>无法写入抓包文件 %1：%2</translation>
    </message>
    <message>
        <source>Writing the capture %1 failed: %2</source>
        <translation>写入抓包文件 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>bc25::transport::MemoryTransport</name>
    <message>
        <source>in-memory pipe</source>
        <translation>内存管道</translation>
    </message>
    <message>
        <source>injected error</source>
        <translation>注入的错误</translation>
    </message>
</context>
<context>
    <name>bc25::transport::PtyTransport</name>
    <message>
        <source>Cannot create a pseudo-terminal: %1</source>
        <translation>无法创建伪终端：%1</translation>
    </message>
    <message>
        <source>Cannot name the pseudo-terminal.</source>
        <translation>无法获取伪终端名称。</translation>
    </message>
</context>
<context>
    <name>bc25::transport::SerialTransport</name>
    <message>
        <source>Writing to %1 timed out: the device accepts no data.</source>
        <translation>写入 %1 超时：设备不接收数据。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>无法配置 %1：%2</translation>
    </message>
    <message>
        <source>The write backlog to %1 is full (%2 bytes): the device is not reading.</source>
        <translation>写往 %1 的积压已满（%2 字节）：设备没有读取。</translation>
    </message>
    <message>
        <source>Writing to %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 disappeared: %2</source>
        <translation>%1 已消失：%2</translation>
    </message>
    <message>
        <source>Serial error on %1: %2</source>
        <translation>%1 串口错误：%2</translation>
    </message>
</context>
<context>
    <name>decode</name>
    <message>
        <source>Decodes a BC25 workbench capture or a raw serial log of a BC25/BC32 module
and prints one JSON object per event (JSON Lines), in stream order.</source>
        <translation>解码 BC25 工作台抓包文件或 BC25/BC32 模块的原始串口日志，
按数据流顺序为每个事件输出一个 JSON 对象（JSON Lines）。</translation>
    </message>
    <message>
        <source>AT+QICFG &quot;viewmode&quot; at the start (0 or 1).</source>
        <translation>开始时的 AT+QICFG &quot;viewmode&quot;（0 或 1）。</translation>
    </message>
    <message>
        <source>AT+QICFG &quot;showlength&quot; at the start (0 or 1).</source>
        <translation>开始时的 AT+QICFG &quot;showlength&quot;（0 或 1）。</translation>
    </message>
    <message>
        <source>Receive data format at the start: 1 for hex text (AT+QICFG &quot;dataformat&quot;,x,1).</source>
        <translation>开始时的接收数据格式：1 表示十六进制文本（AT+QICFG &quot;dataformat&quot;,x,1）。</translation>
    </message>
    <message>
        <source>Print one summary (bytes, events by kind and name, throughput) instead of the events.</source>
        <translation>不输出事件，只输出一份摘要（字节数、按类型和名称统计的事件数、吞吐量）。</translation>
    </message>
    <message>
        <source>Capture or raw log to read; - for standard input.</source>
        <translation>要读取的抓包文件或原始日志；- 表示标准输入。</translation>
    </message>
</context>
</TS>
