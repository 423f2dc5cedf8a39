<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2 is not a folder</source>
        <translation>无法写入 %1：%2 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>无法写入 %1：它是一个文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: permission denied</source>
        <translation>无法写入 %1：权限不足</translation>
    </message>
    <message>
        <source>%1 and %2 both name %3: give each its own file</source>
        <translation>%1 和 %2 都指定了 %3：请为每个输出指定各自的文件</translation>
    </message>
    <message>
        <source>%1 and %2 both name %3: %1 would write over an input; give %1 a file of its own</source>
        <translation>%1 和 %2 都指向 %3：%1 会覆盖一个输入；请给 %1 单独的文件</translation>
    </message>
    <message>
        <source>%1 names %2, where standard output goes: give each its own file</source>
        <translation>%1 指向 %2，而标准输出也写到那里：请各用各的文件</translation>
    </message>
    <message>
        <source>%1 names %2, and standard output goes there too: the output would write over an input; send it to another file</source>
        <translation>%1 指向 %2，标准输出也写到那里：输出会覆盖一个输入；请把它重定向到另一个文件</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>Exit status:</source>
        <translation>退出状态：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&lt;%1&gt;: %2</source>
        <translation>&lt;%1&gt;：%2</translation>
    </message>
</context>
<context>
    <name>bc25-run</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>recipe %1 — %2</source>
        <translation>脚本 %1 — %2</translation>
    </message>
    <message>
        <source>  link lost: %1</source>
        <translation>  连接丢失：%1</translation>
    </message>
    <message>
        <source>A recipe file, or the name of a built-in recipe (see --list).</source>
        <translation>脚本文件，或内置脚本的名称（见 --list）。</translation>
    </message>
    <message>
        <source>Serial port of the module, e.g. /dev/ttyUSB0.</source>
        <translation>模组的串口，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <source>Baud rate (default 115200).</source>
        <translation>波特率（默认 115200）。</translation>
    </message>
    <message>
        <source>Use the built-in virtual module (the default without --port).</source>
        <translation>使用内置虚拟模组（未给出 --port 时的默认值）。</translation>
    </message>
    <message>
        <source>A parameter for the recipes&apos; param() (repeatable).</source>
        <translation>供脚本 param() 使用的参数（可重复）。</translation>
    </message>
    <message>
        <source>A setting or fault of the virtual module, as bc25-sim names it: buffer-limit=256, fail=+QIOPEN, dead-after=0, split=7 (repeatable).</source>
        <translation>虚拟模组的设置或故障，名称与 bc25-sim 相同：buffer-limit=256, fail=+QIOPEN, dead-after=0, split=7（可重复）。</translation>
    </message>
    <message>
        <source>Write a JUnit XML report to FILE.</source>
        <translation>将 JUnit XML 报告写入 FILE。</translation>
    </message>
    <message>
        <source>Record the session to a capture FILE (one per recipe when there are several).</source>
        <translation>将会话记录到抓包文件 FILE（有多个脚本时每个脚本一个文件）。</translation>
    </message>
    <message>
        <source>Run every built-in recipe.</source>
        <translation>运行所有内置脚本。</translation>
    </message>
    <message>
        <source>List the built-in recipes and quit.</source>
        <translation>列出内置脚本后退出。</translation>
    </message>
    <message>
        <source>Stop a recipe that runs longer than this many seconds (default 600, 0: none).</source>
        <translation>脚本运行超过这么多秒时将其停止（默认 600，0 表示不限）。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en (default: the system&apos;s).</source>
        <translation>语言：zh_CN 或 en（默认：系统语言）。</translation>
    </message>
    <message>
        <source>no recipe file or built-in recipe named %1 (see --list)</source>
        <translation>没有名为 %1 的脚本文件或内置脚本（见 --list）</translation>
    </message>
    <message>
        <source>name a recipe to run, or --library (see --help)</source>
        <translation>请指定要运行的脚本，或使用 --library（见 --help）</translation>
    </message>
    <message>
        <source>--param takes NAME=VALUE, not %1</source>
        <translation>--param 的格式为 NAME=VALUE，而不是 %1</translation>
    </message>
    <message>
        <source>--baud and --time-limit take positive numbers</source>
        <translation>--baud 和 --time-limit 需要正数</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Also print the core&apos;s warnings (time-outs, unknown lines) on standard error.</source>
        <translation>同时在标准错误输出上打印核心的警告（超时、未知行）。</translation>
    </message>
    <message>
        <source>Stopped: the recipe ran longer than the time limit of %1 s.</source>
        <translation>已停止：脚本运行时间超过了 %1 秒的时间上限。</translation>
    </message>
    <message>
        <source>health check — the plan:</source>
        <translation>健康检查——计划：</translation>
    </message>
    <message>
        <source>(unticked)</source>
        <translation>（未勾选）</translation>
    </message>
    <message>
        <source>health check — the results:</source>
        <translation>健康检查——结果：</translation>
    </message>
    <message>
        <source>bc25-run: cannot write %1: %2</source>
        <translation>bc25-run：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--skip takes a check&apos;s name, not %1 (see --help)</source>
        <translation>--skip 需要检查项的名称，而不是 %1（见 --help）</translation>
    </message>
    <message>
        <source>Run the health check (field diagnostics) instead of recipes; its hosts come from --param dns_host, ping_host, server, server_port, ntp_server, ntp_port.</source>
        <translation>运行健康检查（现场诊断）而不是脚本；所用主机来自 --param dns_host、ping_host、server、server_port、ntp_server、ntp_port。</translation>
    </message>
    <message>
        <source>With --health: write every check, verdict, advice and transaction to FILE as JSON.</source>
        <translation>与 --health 一起使用：把每项检查、结论、建议和事务以 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>With --health: untick a check (identity, sim, signal, registration, attach, pdp, dns, ping, tcp, ntp; repeatable).</source>
        <translation>与 --health 一起使用：取消勾选一项检查（identity、sim、signal、registration、attach、pdp、dns、ping、tcp、ntp；可重复）。</translation>
    </message>
    <message>
        <source>With --health: write a self-contained HTML report (verdicts, advice, charts, evidence) to FILE.</source>
        <translation>与 --health 一起使用：把独立的 HTML 报告（结论、建议、图表、证据）写入 FILE。</translation>
    </message>
    <message>
        <source>Note: the capture keeps the module&apos;s bytes as they came, the IMEI, IMSI and ICCID unmasked.</source>
        <translation>注意：抓包文件按原样保存模组的字节，IMEI、IMSI 和 ICCID 未加掩码。</translation>
    </message>
    <message>
        <source>With --health: keep the IMEI, IMSI and ICCID in the JSON and HTML reports (masked by default).</source>
        <translation>与 --health 一起使用：在 JSON 和 HTML 报告中保留 IMEI、IMSI 和 ICCID（默认加掩码）。</translation>
    </message>
    <message>
        <source>--%1 works with --health only</source>
        <translation>--%1 只能与 --health 一起使用</translation>
    </message>
    <message>
        <source>checks: %1 — failed: %2, warnings: %3</source>
        <translation>检查：%1 项 — 失败：%2，警告：%3</translation>
    </message>
    <message>
        <source>--param %1 takes a number, not &quot;%2&quot;</source>
        <translation>--param %1 需要数字，而不是“%2”</translation>
    </message>
    <message>
        <source>--param %1: the health check has no such parameter (it reads %2)</source>
        <translation>--param %1：健康检查没有此参数（它读取的参数为 %2）</translation>
    </message>
    <message>
        <source>the %1 check cannot run: %2 Give %3, or --skip %1.</source>
        <translation>%1 检查无法运行：%2请给出 %3，或使用 --skip %1。</translation>
    </message>
    <message>
        <source>site: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>serial number: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>health check: %1 — %2</source>
        <translation>健康检查：%1 — %2</translation>
    </message>
    <message>
        <source>With --health: where the device is, written at the top of the reports (as --param site=TEXT).</source>
        <translation>与 --health 一起使用：设备所在的地点，写在报告开头（等同于 --param site=TEXT）。</translation>
    </message>
    <message>
        <source>With --health: the device&apos;s serial number, written at the top of the reports (as --param serial=TEXT).</source>
        <translation>与 --health 一起使用：设备的序列号，写在报告开头（等同于 --param serial=TEXT）。</translation>
    </message>
    <message>
        <source>--sim-option sets up the virtual module; it does nothing with --port</source>
        <translation>--sim-option 用于设置虚拟模组；与 --port 一起使用时不起作用</translation>
    </message>
    <message>
        <source>--%1 works with recipes, not with --health</source>
        <translation>--%1 只能与脚本一起使用，不能与 --health 一起使用</translation>
    </message>
    <message>
        <source>--health runs no recipe: %1</source>
        <translation>--health 不运行脚本：%1</translation>
    </message>
    <message>
        <source>  SKIP   %1  (not reached)</source>
        <translation>  跳过   %1  （未执行到）</translation>
    </message>
    <message>
        <source>--param %1: %2 (recipe %3)</source>
        <translation>--param %1：%2（脚本 %3）</translation>
    </message>
    <message>
        <source>--param %1: no recipe of this run has such a parameter (a typo?)</source>
        <translation>--param %1：本次运行的脚本都没有此参数（是否拼写有误？）</translation>
    </message>
    <message>
        <source>--lang takes zh_CN or en, not %1</source>
        <translation>--lang 只接受 zh_CN 或 en，不接受 %1</translation>
    </message>
    <message>
        <source>warning: no recipe asked for the parameter %1 given with --param (the recipe stopped before it, or a typo?)</source>
        <translation>警告：没有脚本读取用 --param 给出的参数 %1（脚本在读取它之前已停止，还是拼写错误？）</translation>
    </message>
    <message>
        <source>RECIPE...</source>
        <extracomment>The placeholder of the recipe arguments in the usage line.</extracomment>
        <translation>脚本...</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Recipes: %1 passed, %2 failed. Steps: %3 passed, %4 failed, %5 not reached (%6)</source>
        <translation>脚本：%1 个通过，%2 个失败。步骤：%3 个通过，%4 个失败，%5 个未执行（%6）</translation>
    </message>
    <message>
        <source>Reach the module</source>
        <translation>连接模组</translation>
    </message>
    <message>
        <source>%1 No recipe was run: run bc25-run again once the module answers.</source>
        <translation>%1 未运行任何脚本：模组应答后请再次运行 bc25-run。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>bc25-run&apos;s line for a health check: its title and what it found (&quot;Signal: Signal 22 (-69 dBm).&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No name to look up was given.</source>
        <translation>没有给出要查询的名称。</translation>
    </message>
    <message>
        <source>--virtual and --port do not go together: --virtual runs on the built-in virtual module, --port on the module at the port</source>
        <translation>--virtual 与 --port 不能同时使用：--virtual 在内置虚拟模组上运行，--port 在该端口的模组上运行</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <extracomment>bc25-run&apos;s line for a step: its name and how long it took: &quot;Open the socket (850 ms)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>  passed: %n step(s) in %1</source>
        <translation>
            <numerusform>  通过：%n 个步骤，用时 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1 of %n step(s) failed</source>
        <translation>
            <numerusform>  失败：%n 个步骤中有 %1 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1 failed, %2 not reached of %n step(s)</source>
        <translation>
            <numerusform>  失败：共 %n 步，%1 步失败，%2 步未执行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n recipe(s) not for %1</source>
        <translation>
            <numerusform>已跳过：%n 个脚本不适用于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not for %1 (written for %2)</source>
        <extracomment>bc25-run: a recipe not run on this model; %2 lists the models its header names (&quot;bc25, bc32&quot;)</extracomment>
        <translation>不适用于 %1（为 %2 编写）</translation>
    </message>
    <message>
        <source>  SKIP   %1</source>
        <translation>  跳过   %1</translation>
    </message>
    <message>
        <source>--context %1: the %2 has context %3 only</source>
        <translation>--context %1：%2 只有上下文 %3</translation>
    </message>
    <message>
        <source>--context %1: the %2&apos;s contexts are %3-%4</source>
        <translation>--context %1：%2 的上下文为 %3-%4</translation>
    </message>
    <message>
        <source>--context takes a number, not %1</source>
        <translation>--context 需要一个数字，而不是 %1</translation>
    </message>
    <message>
        <source>With --health: the PDP context of the lookup, the ping, the TCP and the time checks, in the model&apos;s range (default: its first, 1 on the BC25, 0 on the BC660K).</source>
        <translation>与 --health 一起使用：域名查询、Ping、TCP 和时间检查所用的 PDP 上下文，取该型号的范围（默认：其第一个，BC25 为 1，BC660K 为 0）。</translation>
    </message>
    <message>
        <source>the module&apos;s identity (&quot;%1&quot;) is not a known model; --model %2 reads it as %3</source>
        <translation>模组的标识（&quot;%1&quot;）不是已知型号；--model %2 将其按 %3 解读</translation>
    </message>
    <message>
        <source>the module&apos;s identity (&quot;%1&quot;) is not a known model; read as %2, the default</source>
        <translation>模组的标识（&quot;%1&quot;）不是已知型号；按默认的 %2 解读</translation>
    </message>
    <message>
        <source>the module identifies itself as %1; --model %2 reads it as %3</source>
        <translation>模组自称 %1；--model %2 将其按 %3 解读</translation>
    </message>
    <message>
        <source>the module identifies itself as %1; read as %2, the default (--model %3 reads it as %1)</source>
        <translation>模组自称 %1；按默认的 %2 解读（--model %3 按 %1 解读）</translation>
    </message>
    <message>
        <source>  FAILED: No steps ran: the recipe has no step.</source>
        <translation>  失败：没有运行任何步骤：该脚本没有步骤。</translation>
    </message>
    <message>
        <source>  FAILED: No steps ran: the recipe ended before its first step.</source>
        <translation>  失败：没有运行任何步骤：该脚本在第一个步骤之前就结束了。</translation>
    </message>
    <message>
        <source>, %1 not reached</source>
        <translation>，%1 个未到达</translation>
    </message>
    <message>
        <source>Runs bring-up recipes (Lua) against a module on a serial port or the built-in
virtual module, read as the BC25 or the model --model names (see
--list-models); prints a line per step and exits 0 when every step passed.</source>
        <translation>在串口上的模组或内置虚拟模组上运行启动脚本（Lua），按 BC25 或 --model 指定的型号
解读（见 --list-models）；每个步骤打印一行，全部步骤通过时以 0 退出。</translation>
    </message>
    <message>
        <source>Every recipe began a step and every step passed (with --health: the run passed), and every file asked for was written whole.</source>
        <translation>每个脚本都开始了步骤且每个步骤都通过（使用 --health 时：检查通过），并且要求的每个文件都已完整写出。</translation>
    </message>
    <message>
        <source>A step or a check failed or did not run, the module or its port could not be reached, or a capture or a report could not be written.</source>
        <translation>某个步骤或检查失败或未运行，无法连接到模组或其端口，或者抓包文件或报告无法写出。</translation>
    </message>
    <message>
        <source>The command line is wrong (an unknown option, --param or recipe, a value out of range, options that do not go together): nothing was sent.</source>
        <translation>命令行有误（未知的选项、--param 或脚本，超出范围的值，不能一起使用的选项）：未发送任何内容。</translation>
    </message>
    <message>
        <source>%1: needs %2</source>
        <extracomment>bc25-run: %1 is &quot;not for BC660K-GL (written for bc25, bc32)&quot;, %2 what the recipe needs (&quot;six sockets at once&quot;)</extracomment>
        <translation>%1：需要%2</translation>
    </message>
    <message>
        <source>the recipe</source>
        <translation>脚本</translation>
    </message>
</context>
<context>
    <name>bc25-sim</name>
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
    <message>
        <source>Refuse what the manual&apos;s notes say the firmware does not support (UDP SERVICE, hex QICFG sending, keepalive data, QIDNSCFG before registration).</source>
        <translation>拒绝手册备注中说明固件尚不支持的功能（UDP SERVICE、QICFG 十六进制发送、保活数据、网络注册前的 QIDNSCFG）。</translation>
    </message>
    <message>
        <source>Any setting or fault by name, as bc25-run --sim-option takes it: registration=0, attached=0, reject-cause=15, no-address, dns-fail, unreachable, strict, revision=TEXT (repeatable).</source>
        <translation>按名称设置任何参数或故障，与 bc25-run --sim-option 相同：registration=0、attached=0、reject-cause=15、no-address、dns-fail、unreachable、strict、revision=TEXT（可重复）。</translation>
    </message>
    <message>
        <source>A virtual Quectel module (the BC25, or the model --model names: see
--list-models) behind a pseudo-terminal: it answers the model&apos;s TCP/IP AT
commands with real sockets on this computer. The first line printed is the
terminal&apos;s path.</source>
        <translation>位于伪终端之后的虚拟移远模组（BC25，或 --model 指定的型号：见
--list-models）：它用本机上的真实套接字应答该型号的 TCP/IP AT
命令。打印的第一行是该终端的路径。</translation>
    </message>
    <message>
        <source>Stopped (SIGINT or SIGTERM) after a run where nothing failed.</source>
        <translation>在没有任何失败的运行之后停止（SIGINT 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>The terminal, the echo port or the link could not be made (something other than a link to a pseudo-terminal is at its PATH), the terminal&apos;s path could not be printed, the --state file cannot be written or is not an NVRAM file, or writing it failed while running.</source>
        <translation>无法创建终端、回显端口或链接（其 PATH 处已有不是指向伪终端的链接的东西），无法打印终端路径，--state 文件无法写入或不是 NVRAM 文件，或运行中写入失败。</translation>
    </message>
    <message>
        <source>The command line is wrong (an unknown option, a value out of its range, --link and --state naming one file): nothing was started.</source>
        <translation>命令行有误（未知选项、取值超出范围、--link 与 --state 指向同一文件）：没有启动任何东西。</translation>
    </message>
</context>
<context>
    <name>bc25-workbench</name>
    <message>
        <source>Serial port to open, e.g. /dev/ttyUSB0.</source>
        <translation>要打开的串口，例如 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en (default: the system&apos;s).</source>
        <translation>语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Run a short demo on the virtual module, save the window to FILE and quit.</source>
        <translation>在虚拟模组上运行简短演示，将窗口保存为 FILE 后退出。</translation>
    </message>
    <message>
        <source>Print when the window is shown and connected (for the start-up benchmark).</source>
        <translation>窗口显示并连接后打印所用时间（供启动基准测试使用）。</translation>
    </message>
    <message>
        <source>Baud rate (default: the port&apos;s profile, else 115200).</source>
        <translation>波特率（默认：该端口的配置，否则 115200）。</translation>
    </message>
    <message>
        <source>A setting or fault of the built-in virtual module, as bc25-sim --option names it: csq=3, registration=3, reject-cause=15, no-address, dns-fail, unreachable, ping-loss=4 (repeatable).</source>
        <translation>内置虚拟模组的设置或故障，名称与 bc25-sim --option 相同：csq=3、registration=3、reject-cause=15、no-address、dns-fail、unreachable、ping-loss=4（可重复）。</translation>
    </message>
    <message>
        <source>Drives and diagnoses Quectel NB-IoT and LTE modules (the models --list-models
lists) through their TCP/IP AT commands. With no port it starts on the built-in
virtual module, read as the model last chosen for it (the BC25 the first time).</source>
        <translation>通过 TCP/IP AT 命令驱动和诊断移远 NB-IoT 与 LTE 模组（型号见 --list-models）。
未指定端口时使用内置虚拟模组，按上次为其选择的型号解读（首次为 BC25）。</translation>
    </message>
    <message>
        <source>Use the built-in virtual module, read as --model says, else as the model last chosen for it, else as the BC25.</source>
        <translation>使用内置虚拟模组，按 --model 指定的型号解读，否则按上次为其选择的型号，再否则按 BC25。</translation>
    </message>
    <message>
        <source>the model last chosen for the port or the virtual module, else bc25</source>
        <translation>该端口或虚拟模组上次选择的型号，否则为 bc25</translation>
    </message>
    <message>
        <source>The window was closed (with --screenshot: the picture was saved).</source>
        <translation>窗口已关闭（使用 --screenshot 时：图片已保存）。</translation>
    </message>
    <message>
        <source>--screenshot could not save its FILE.</source>
        <translation>--screenshot 无法保存其 FILE。</translation>
    </message>
    <message>
        <source>The command line is wrong (an unknown option or model, a mistyped --sim-option): no window was opened.</source>
        <translation>命令行有误（未知的选项或型号，写错的 --sim-option）：未打开任何窗口。</translation>
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
        <source>%1 takes no parameters.</source>
        <translation>%1 不接受参数。</translation>
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
    <message>
        <source>SEND FAIL: the send buffer is full or the connection is broken.</source>
        <translation>SEND FAIL：发送缓存已满或连接已断开。</translation>
    </message>
    <message>
        <source>is missing; &quot;%1&quot; needs a local port in 1-65535.</source>
        <translation>缺失；&quot;%1&quot; 需要 1-65535 范围内的本地端口。</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>Open a Socket</source>
        <translation>打开套接字</translation>
    </message>
    <message>
        <source>Close a Socket</source>
        <translation>关闭套接字</translation>
    </message>
    <message>
        <source>Query Socket Status</source>
        <translation>查询套接字状态</translation>
    </message>
    <message>
        <source>Send Text String Data</source>
        <translation>发送文本字符串数据</translation>
    </message>
    <message>
        <source>Retrieve the Received TCP/IP Data</source>
        <translation>读取接收到的 TCP/IP 数据</translation>
    </message>
    <message>
        <source>Send Hex String Data</source>
        <translation>发送十六进制字符串数据</translation>
    </message>
    <message>
        <source>Switch Data Access Modes</source>
        <translation>切换数据访问模式</translation>
    </message>
    <message>
        <source>Ping a Remote Server</source>
        <translation>Ping 远程服务器</translation>
    </message>
    <message>
        <source>Synchronize Local Time with NTP Server</source>
        <translation>与 NTP 服务器同步本地时间</translation>
    </message>
    <message>
        <source>Get IP Address by Domain Name</source>
        <translation>通过域名获取 IP 地址</translation>
    </message>
    <message>
        <source>Configure Optional Parameters</source>
        <translation>配置可选参数</translation>
    </message>
    <message>
        <source>Query the Last Error Code</source>
        <translation>查询最后的错误码</translation>
    </message>
    <message>
        <source>Configure TCP Socket Keepalive Function</source>
        <translation>配置 TCP 套接字保活功能</translation>
    </message>
    <message>
        <source>Configure DNS Server Function</source>
        <translation>配置 DNS 服务器功能</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意（AT）</translation>
    </message>
    <message>
        <source>Echo on or off</source>
        <translation>回显开或关</translation>
    </message>
    <message>
        <source>Product Identification</source>
        <translation>产品标识</translation>
    </message>
    <message>
        <source>Revision Identification</source>
        <translation>固件版本标识</translation>
    </message>
    <message>
        <source>Signal Quality</source>
        <translation>信号质量</translation>
    </message>
    <message>
        <source>EPS Network Registration Status</source>
        <translation>EPS 网络注册状态</translation>
    </message>
    <message>
        <source>PS Attach or Detach</source>
        <translation>PS 附着或去附着</translation>
    </message>
    <message>
        <source>Show PDP Address</source>
        <translation>显示 PDP 地址</translation>
    </message>
    <message>
        <source>Set Phone Functionality</source>
        <translation>设置功能模式</translation>
    </message>
    <message>
        <source>PDP Context Activate or Deactivate</source>
        <translation>PDP 上下文激活或去激活</translation>
    </message>
    <message>
        <source>Verbose Result Codes</source>
        <translation>详细结果码</translation>
    </message>
    <message>
        <source>Set to Factory-defined Configuration</source>
        <translation>恢复出厂配置</translation>
    </message>
    <message>
        <source>Report Mobile Termination Error</source>
        <translation>报告移动终端错误</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Request Product Serial Number Identification</source>
        <translation>查询产品序列号</translation>
    </message>
    <message>
        <source>Request International Mobile Subscriber Identity</source>
        <translation>查询国际移动用户识别码 (IMSI)</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>输入 PIN</translation>
    </message>
    <message>
        <source>Extended Signal Quality</source>
        <translation>扩展信号质量</translation>
    </message>
    <message>
        <source>Define PDP Context</source>
        <translation>定义 PDP 上下文</translation>
    </message>
    <message>
        <source>is %1; for %2 the manual allows %3.</source>
        <translation>为 %1；对于 %2，手册允许 %3。</translation>
    </message>
    <message>
        <source> (%1 for %2)</source>
        <translation>（%2 时为 %1）</translation>
    </message>
    <message>
        <source>USIM Card Identification</source>
        <translation>USIM 卡识别</translation>
    </message>
    <message>
        <source>text lines</source>
        <translation>文本行</translation>
    </message>
    <message>
        <source>OK or ERROR only</source>
        <translation>仅 OK 或 ERROR</translation>
    </message>
    <message>
        <source>is %1; with &lt;query_type&gt; 0 the manual allows %2.</source>
        <translation>为 %1；&lt;query_type&gt; 为 0 时手册允许 %2。</translation>
    </message>
    <message>
        <source>is %1; with &lt;query_type&gt; 1 the manual allows %2.</source>
        <translation>为 %1；&lt;query_type&gt; 为 1 时手册允许 %2。</translation>
    </message>
    <message>
        <source>AT%1 is not a command of the %2 TCP/IP manual.</source>
        <translation>AT%1 不是 %2 TCP/IP 手册中的命令。</translation>
    </message>
    <message>
        <source>Configure Parameters of a TCP/IP Context</source>
        <translation>配置 TCP/IP 上下文参数</translation>
    </message>
    <message>
        <source>Activate a PDP Context</source>
        <translation>激活 PDP 上下文</translation>
    </message>
    <message>
        <source>Deactivate a PDP Context</source>
        <translation>去激活 PDP 上下文</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>双引号</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>字节 0x%1</translation>
    </message>
    <message>
        <source>holds %1, which a string of the manual cannot hold (no double quote, CR, LF, Ctrl+Z, Esc or other control character).</source>
        <translation>含有%1，而手册中的字符串不能含有它（不能有双引号、CR、LF、Ctrl+Z、Esc 或其他控制字符）。</translation>
    </message>
    <message>
        <source>Firmware Revision Identification</source>
        <translation>固件版本识别</translation>
    </message>
    <message>
        <source>%1 has no %2 form (%3).</source>
        <translation>%1 没有 %2 形式（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 has no %2 form.</source>
        <translation>%1 没有 %2 形式。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>manual %1</source>
        <translation>手册 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>&quot;TCP LISTENER&quot; is not supported on IPv6.</source>
        <translation>IPv6 不支持 &quot;TCP LISTENER&quot;。</translation>
    </message>
    <message>
        <source>%1 manual: section not read</source>
        <translation>%1 手册：未查阅该节</translation>
    </message>
</context>
<context>
    <name>bc25::CommandRunner</name>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>%1 answered ERROR.</source>
        <translation>%1 返回 ERROR。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1：OK</translation>
    </message>
    <message>
        <source>%1: OK, waiting for its result</source>
        <translation>%1：OK，正在等待其结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
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
    <message>
        <source>The module&apos;s manual has no %1 command.</source>
        <translation>该模组的手册中没有 %1 命令。</translation>
    </message>
    <message>
        <source>%1 (in the line %2)</source>
        <translation>%1（在 %2 这一行中）</translation>
    </message>
    <message>
        <source>%1 holds %2 commands; send one command a line, so that each answer is read as its command&apos;s and what it changes is known.</source>
        <translation>%1 含有 %2 条命令；请每行只发送一条命令，这样每个应答都能对应到它的命令，且其改变的设置可知。</translation>
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
    <message>
        <source>+CMS ERROR: %1</source>
        <translation>+CMS ERROR：%1</translation>
    </message>
    <message>
        <source>+CMS ERROR %1 (a 3GPP TS 27.005 message service error code)</source>
        <translation>+CMS ERROR %1（3GPP TS 27.005 短消息业务错误码）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an error code and its words, &quot;566 (Socket connect failed)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Socket %1 is already open: close it or choose another connectID.</source>
        <translation>套接字 %1 已经打开：请先关闭它，或选择另一个连接 ID。</translation>
    </message>
    <message>
        <source>The socket is already open: close it or choose another connectID.</source>
        <translation>该套接字已经打开：请先关闭它，或选择另一个连接 ID。</translation>
    </message>
    <message>
        <source>The context is not active: set its APN with AT+QICSGP and activate it with AT+QIACT=&lt;contextID&gt;, then try again.</source>
        <translation>上下文未激活：先用 AT+QICSGP 设置其 APN，再用 AT+QIACT=&lt;contextID&gt; 激活，然后重试。</translation>
    </message>
    <message>
        <source>The context has no data path: check the registration, the attach and the APN.</source>
        <translation>上下文没有数据通路：请检查注册、附着和 APN。</translation>
    </message>
    <message>
        <source>A parameter is out of its range or of the wrong form: check the command against its syntax (F1, Commands).</source>
        <translation>参数超出范围或格式错误：请对照命令语法检查（F1，命令）。</translation>
    </message>
    <message>
        <source>The module is short of memory: read the data it holds (AT+QIRD) and close the sockets no longer needed, then try again.</source>
        <translation>模组内存不足：请读取其缓存的数据（AT+QIRD）并关闭不再需要的套接字，然后重试。</translation>
    </message>
    <message>
        <source>No socket could be made: close the sockets no longer needed (AT+QICLOSE), then try again.</source>
        <translation>无法创建套接字：请关闭不再需要的套接字（AT+QICLOSE），然后重试。</translation>
    </message>
    <message>
        <source>This module&apos;s firmware does not do this: see the command&apos;s notes (F1, Commands).</source>
        <translation>该模组的固件不支持此操作：请参阅该命令的说明（F1，命令）。</translation>
    </message>
    <message>
        <source>The local port is taken: choose another local port (a client&apos;s 0 lets the module pick one).</source>
        <translation>本地端口已被占用：请选择其他本地端口（客户端填 0 由模组自选）。</translation>
    </message>
    <message>
        <source>The listener could not start: choose another local port, and check that the context has an address (AT+CGPADDR).</source>
        <translation>监听无法启动：请选择其他本地端口，并检查上下文是否已有地址（AT+CGPADDR）。</translation>
    </message>
    <message>
        <source>The socket&apos;s connection is broken: close it (AT+QICLOSE) and open it again.</source>
        <translation>套接字的连接已断开：请关闭它（AT+QICLOSE）后重新打开。</translation>
    </message>
    <message>
        <source>A lookup is still running: wait for its +QIURC: &quot;dnsgip&quot; answer, then try again.</source>
        <translation>仍有域名解析在进行：请等待其 +QIURC: &quot;dnsgip&quot; 应答，然后重试。</translation>
    </message>
    <message>
        <source>The name did not resolve: check the DNS servers (AT+QIDNSCFG), or try the server&apos;s IP address.</source>
        <translation>域名未能解析：请检查 DNS 服务器（AT+QIDNSCFG），或改用服务器的 IP 地址。</translation>
    </message>
    <message>
        <source>The server is unreachable or a firewall blocks the port: check the address and port, that the server listens, and that the operator lets this port out.</source>
        <translation>服务器不可达或防火墙拦截了该端口：请检查地址和端口、服务器是否在监听，以及运营商是否放行该端口。</translation>
    </message>
    <message>
        <source>The module is still busy with an earlier command (a send waiting for its SEND OK, an open): wait for it to end, then try again.</source>
        <translation>模组仍在处理之前的命令（等待 SEND OK 的发送、打开操作）：请等待其结束，然后重试。</translation>
    </message>
    <message>
        <source>No answer in time: the server is unreachable or a firewall drops the packets.</source>
        <translation>未及时应答：服务器不可达，或防火墙丢弃了数据包。</translation>
    </message>
    <message>
        <source>Not allowed in the socket&apos;s state: check it (AT+QISTATE), whether it is open and in this access mode.</source>
        <translation>套接字当前状态不允许此操作：请检查其状态（AT+QISTATE），确认已打开且处于该访问模式。</translation>
    </message>
    <message>
        <source>Set the context&apos;s APN with AT+QICSGP, then activate it with AT+QIACT=&lt;contextID&gt;.</source>
        <translation>用 AT+QICSGP 设置上下文的 APN，再用 AT+QIACT=&lt;contextID&gt; 激活。</translation>
    </message>
    <message>
        <source>The socket is not open: open it first; if the peer or the network closed it, close it here too (AT+QICLOSE), then open it again.</source>
        <translation>套接字未打开：请先打开它；如果是对端或网络关闭了它，请在此处也将其关闭（AT+QICLOSE），然后重新打开。</translation>
    </message>
</context>
<context>
    <name>bc25::LineExpectations</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
    <message>
        <source>not expected for %1: %2 with %3 fields in buffer access mode; the %1 prints %4 there (%5).</source>
        <translation>%1 不应出现：缓存访问模式下 %2 有 %3 个字段；%1 在此模式下输出 %4 个（%5）。</translation>
    </message>
    <message>
        <source>not expected for %1: %2 with %3 fields; the %1 prints %4 (%5).</source>
        <translation>%1 不应出现：%2 有 %3 个字段；%1 输出 %4 个（%5）。</translation>
    </message>
    <message>
        <source>not expected for %1: %2 is another model&apos;s answer; the %1 answers AT+%3 with +%3.</source>
        <translation>%1 不应出现：%2 是其他型号的应答；%1 对 AT+%3 的应答是 +%3。</translation>
    </message>
    <message>
        <source>not expected for %1: the %1 has no %2.</source>
        <translation>%1 不应出现：%1 没有 %2。</translation>
    </message>
    <message>
        <source>not expected for %1: %2 is another model&apos;s answer; the %1 answers AT+%3 with %4.</source>
        <translation>%1 不应出现：%2 是其他型号的应答；%1 对 AT+%3 的应答是 %4。</translation>
    </message>
    <message>
        <source>not expected for %1: %2 names socket %3; the %1 has sockets 0 to %4.</source>
        <translation>%1 不应出现：%2 指向套接字 %3；%1 的套接字为 0 到 %4。</translation>
    </message>
</context>
<context>
    <name>bc25::ModuleSession</name>
    <message>
        <source>The module is not connected.</source>
        <translation>模组未连接。</translation>
    </message>
    <message>
        <source>The module answers AT but not ATI; it may still be starting, or not be a module of this program&apos;s models: send ATI yourself to see what it says.</source>
        <translation>模组应答 AT，但不应答 ATI；它可能仍在启动，或不是本程序支持的型号：请自行发送 ATI，看它如何回答。</translation>
    </message>
    <message>
        <source>The module does not answer: check its power, the cable and the baud rate.</source>
        <translation>模组没有应答：请检查其电源、线缆和波特率。</translation>
    </message>
    <message>
        <source>%1 It is read as soon as it says anything (RDY, or an answer to AT).</source>
        <translation>%1 模组一有输出（RDY 或对 AT 的应答）就会读取。</translation>
    </message>
</context>
<context>
    <name>bc25::ModuleStatus</name>
    <message>
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>registered, home</source>
        <translation>已注册，本地网络</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>正在搜索</translation>
    </message>
    <message>
        <source>registration denied</source>
        <translation>注册被拒绝</translation>
    </message>
    <message>
        <source>registered, roaming</source>
        <translation>已注册，漫游</translation>
    </message>
    <message>
        <source>registration unknown</source>
        <translation>注册状态未知</translation>
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
    <name>bc25::SendQueue</name>
    <message>
        <source>Nothing to send.</source>
        <translation>没有要发送的数据。</translation>
    </message>
</context>
<context>
    <name>bc25::SocketTable</name>
    <message>
        <source>The module restarted (%1): its sockets were closed.</source>
        <translation>模组已重启（%1）：其套接字均已关闭。</translation>
    </message>
    <message>
        <source>Not read: socket %1 is being closed, and its unread data goes with it.</source>
        <translation>未读取：套接字 %1 正在关闭，其未读数据会随之丢弃。</translation>
    </message>
</context>
<context>
    <name>bc25::Translations</name>
    <message>
        <source>.</source>
        <extracomment>The full stop that ends a sentence the system wrote (Chinese: 。).</extracomment>
        <translation>。</translation>
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
    <name>bc25::UrcDescription</name>
    <message numerus="yes">
        <source>Socket %1 received %n byte(s).</source>
        <translation>
            <numerusform>套接字 %1 收到 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Socket %1 received data.</source>
        <translation>套接字 %1 收到数据。</translation>
    </message>
    <message>
        <source>Socket %1: the receive buffer is full; read it with AT+QIRD.</source>
        <translation>套接字 %1：接收缓冲区已满；请用 AT+QIRD 读取。</translation>
    </message>
    <message>
        <source>Socket %1 was closed by the remote side or the network; close it with AT+QICLOSE.</source>
        <translation>套接字 %1 已被远端或网络关闭；请用 AT+QICLOSE 关闭它。</translation>
    </message>
    <message>
        <source>Listener %1 accepted %2:%3 as socket %4.</source>
        <translation>监听套接字 %1 接受了 %2:%3，分配为套接字 %4。</translation>
    </message>
    <message>
        <source>An incoming connection was refused: no socket is free.</source>
        <translation>传入连接被拒绝：没有空闲套接字。</translation>
    </message>
    <message numerus="yes">
        <source>DNS lookup found %n address(es).</source>
        <translation>
            <numerusform>DNS 查询找到 %n 个地址。</numerusform>
        </translation>
    </message>
    <message>
        <source>DNS lookup failed: %1</source>
        <translation>DNS 查询失败：%1</translation>
    </message>
    <message>
        <source>DNS address %1</source>
        <translation>DNS 地址 %1</translation>
    </message>
    <message>
        <source>PDP context %1 was deactivated; its sockets are closed.</source>
        <translation>PDP 上下文 %1 已去激活；其套接字均已关闭。</translation>
    </message>
    <message>
        <source>Unknown +QIURC type.</source>
        <translation>未知的 +QIURC 类型。</translation>
    </message>
    <message>
        <source>Socket %1 is open.</source>
        <translation>套接字 %1 已打开。</translation>
    </message>
    <message>
        <source>Socket %1 could not be opened: %2</source>
        <translation>套接字 %1 无法打开：%2</translation>
    </message>
    <message>
        <source>Reply from %1: %2 bytes in %3 ms, TTL %4.</source>
        <translation>来自 %1 的回复：%2 字节，%3 毫秒，TTL %4。</translation>
    </message>
    <message>
        <source>Request timed out.</source>
        <translation>请求超时。</translation>
    </message>
    <message>
        <source>Ping done: %1 sent, %2 received, %3 lost; min %4 ms, avg %5 ms, max %6 ms.</source>
        <translation>Ping 完成：发送 %1，接收 %2，丢失 %3；最小 %4 毫秒，平均 %5 毫秒，最大 %6 毫秒。</translation>
    </message>
    <message>
        <source>Ping failed: %1</source>
        <translation>Ping 失败：%1</translation>
    </message>
    <message>
        <source>Network time: %1</source>
        <translation>网络时间：%1</translation>
    </message>
    <message>
        <source>Time synchronisation failed: %1</source>
        <translation>时间同步失败：%1</translation>
    </message>
    <message>
        <source>The module has started (or restarted); every socket is closed.</source>
        <translation>模组已启动（或重启）；所有套接字均已关闭。</translation>
    </message>
    <message>
        <source>The module has powered down.</source>
        <translation>模组已关机。</translation>
    </message>
    <message>
        <source>The data reached the module&apos;s protocol stack.</source>
        <translation>数据已到达模组的协议栈。</translation>
    </message>
    <message>
        <source>Sending failed: the send buffer is full or the connection is broken.</source>
        <translation>发送失败：发送缓冲区已满或连接已断开。</translation>
    </message>
    <message>
        <source>The socket is closed.</source>
        <translation>套接字已关闭。</translation>
    </message>
    <message>
        <source>Network registration changed: %1</source>
        <translation>网络注册状态变化：%1</translation>
    </message>
    <message>
        <source>The remote side or the network closed the socket; the host must close it with AT+QICLOSE.</source>
        <translation>远端或网络关闭了该套接字；主机须用 AT+QICLOSE 将其关闭。</translation>
    </message>
    <message>
        <source>Data arrived (buffer access mode): read it with AT+QIRD; no new notice until the buffer is empty.</source>
        <translation>收到数据（缓存访问模式）：请用 AT+QIRD 读取；缓冲区读空之前不会再上报。</translation>
    </message>
    <message>
        <source>Data arrived (direct push mode): the data follows the line.</source>
        <translation>收到数据（直吐模式）：数据紧跟在该行之后。</translation>
    </message>
    <message>
        <source>The receive buffer is full: read it with AT+QIRD.</source>
        <translation>接收缓冲区已满：请用 AT+QIRD 读取。</translation>
    </message>
    <message>
        <source>A &quot;TCP LISTENER&quot; accepted a client; the new socket is &quot;TCP INCOMING&quot; in buffer access mode.</source>
        <translation>&quot;TCP LISTENER&quot; 接受了一个客户端；新套接字为缓存访问模式下的 &quot;TCP INCOMING&quot;。</translation>
    </message>
    <message>
        <source>The network deactivated the PDP context: its sockets are closed.</source>
        <translation>网络去激活了 PDP 上下文：其套接字均已关闭。</translation>
    </message>
    <message>
        <source>The result of AT+QIDNSGIP: an error code, or how many addresses follow.</source>
        <translation>AT+QIDNSGIP 的结果：错误码，或随后的地址个数。</translation>
    </message>
    <message>
        <source>One address AT+QIDNSGIP found.</source>
        <translation>AT+QIDNSGIP 找到的一个地址。</translation>
    </message>
    <message>
        <source>The end of AT+QIOPEN: 0 is open, any other code says why not (wait up to 36 s, 176 s with a domain name).</source>
        <translation>AT+QIOPEN 的最终结果：0 表示已打开，其他错误码说明未能打开的原因（最多等待 36 秒，使用域名时为 176 秒）。</translation>
    </message>
    <message>
        <source>One echo of AT+QPING, or a timeout.</source>
        <translation>AT+QPING 的一次回显，或一次超时。</translation>
    </message>
    <message>
        <source>The summary that ends AT+QPING.</source>
        <translation>AT+QPING 结束时的统计结果。</translation>
    </message>
    <message>
        <source>The end of AT+QNTTP: the network time, or why it failed.</source>
        <translation>AT+QNTTP 的最终结果：网络时间，或失败原因。</translation>
    </message>
    <message>
        <source>Network registration changed (after AT+CEREG=1 or more).</source>
        <translation>网络注册状态变化（AT+CEREG=1 或更高设置之后上报）。</translation>
    </message>
    <message>
        <source>Ping done: %1 sent, %2 received, %3 lost; min —, avg —, max — (no reply).</source>
        <translation>Ping 完成：发送 %1，接收 %2，丢失 %3；最小 —，平均 —，最大 —（无应答）。</translation>
    </message>
    <message>
        <source>2.2 (the form; this type is not listed)</source>
        <translation>2.2（格式；该类型未列出）</translation>
    </message>
    <message>
        <source>not in this manual (the module&apos;s start)</source>
        <translation>本手册未收录（模组启动）</translation>
    </message>
    <message>
        <source>not in this manual (the module&apos;s stop)</source>
        <translation>本手册未收录（模组关机）</translation>
    </message>
</context>
<context>
    <name>bc25::UsableAddress</name>
    <message>
        <source>&quot;%1&quot; is not a decimal number 0-255</source>
        <translation>“%1”不是 0-255 的十进制数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a leading zero, which some programs read as an octal number</source>
        <translation>“%1”有前导零，有些程序会把它当作八进制数</translation>
    </message>
    <message>
        <source>%1 is more than 255</source>
        <translation>%1 大于 255</translation>
    </message>
    <message>
        <source>%1 is a loopback address: it names the module itself, no network gives it to a context</source>
        <translation>%1 是环回地址：它指模组自身，没有网络会把它分配给上下文</translation>
    </message>
    <message>
        <source>%1 is a loopback address: it names the module itself, not the host asked for</source>
        <translation>%1 是环回地址：它指模组自身，而不是所询问的主机</translation>
    </message>
    <message>
        <source>0.0.0.0 is the unspecified address: no address is set</source>
        <translation>0.0.0.0 是未指定地址：没有设置地址</translation>
    </message>
    <message>
        <source>%1 is in 0.0.0.0/8, which names no host (RFC 1122 3.2.1.3)</source>
        <translation>%1 属于 0.0.0.0/8，不指任何主机（RFC 1122 3.2.1.3）</translation>
    </message>
    <message>
        <source>%1 is a multicast address: it names a group, not one host</source>
        <translation>%1 是组播地址：它指一个组，而不是一台主机</translation>
    </message>
    <message>
        <source>255.255.255.255 is the broadcast address: it names every host on the link</source>
        <translation>255.255.255.255 是广播地址：它指链路上的所有主机</translation>
    </message>
    <message>
        <source>%1 is reserved (240.0.0.0/4): no host has it</source>
        <translation>%1 是保留地址（240.0.0.0/4）：没有主机使用它</translation>
    </message>
    <message>
        <source>%1 is the unspecified address: no address is set</source>
        <translation>%1 是未指定地址：没有设置地址</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address written as IPv6 (::ffff:…): a module gives an IPv4 address as a.b.c.d</source>
        <translation>%1 是写成 IPv6 形式的 IPv4 地址（::ffff:…）：模组给出的 IPv4 地址形如 a.b.c.d</translation>
    </message>
    <message>
        <source>no address was given</source>
        <translation>没有给出地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: IPv4 is four numbers 0-255 with dots between (a.b.c.d, 3GPP TS 27.007 10.1.14)</source>
        <translation>“%1”不是地址：IPv4 地址是以点分隔的四个 0-255 的数（a.b.c.d，3GPP TS 27.007 10.1.14）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address: %2</source>
        <translation>“%1”不是地址：%2</translation>
    </message>
</context>
<context>
    <name>bc25::at::CommandEngine</name>
    <message>
        <source>Too many commands are waiting (%1); this one was not sent.</source>
        <translation>等待中的命令过多（%1 条）；此命令未发送。</translation>
    </message>
    <message>
        <source>The module is not connected.</source>
        <translation>模组未连接。</translation>
    </message>
    <message>
        <source>Not sent: the module restarted before its turn.</source>
        <translation>未发送：轮到它之前模组已重启。</translation>
    </message>
</context>
<context>
    <name>bc25::at::TransactionAssembler</name>
    <message>
        <source>No final result before the next command.</source>
        <translation>下一条命令之前没有最终结果。</translation>
    </message>
    <message>
        <source>The input ends before the final result.</source>
        <translation>输入在最终结果之前结束。</translation>
    </message>
    <message>
        <source>The input ends before the operation&apos;s result.</source>
        <translation>输入在操作结果之前结束。</translation>
    </message>
    <message>
        <source>No answer for %1 within %2 s.</source>
        <translation>%1 在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>No final result for %1 within %2 s.</source>
        <translation>%1 在 %2 秒内没有最终结果。</translation>
    </message>
    <message>
        <source>%1 was confirmed before this operation&apos;s result came.</source>
        <translation>此操作的结果到达之前，%1 已得到确认。</translation>
    </message>
    <message>
        <source>The module restarted (%1) before the final result.</source>
        <translation>模组在最终结果之前重启（%1）。</translation>
    </message>
    <message>
        <source>The module restarted (%1) before the operation&apos;s result.</source>
        <translation>模组在操作结果之前重启（%1）。</translation>
    </message>
    <message>
        <source>Socket %1 was closed (%2) before the operation&apos;s result.</source>
        <translation>套接字 %1 在操作结果之前已关闭（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>hex data that is not pairs of hex digits (%n character(s)): shown as it came, no bytes read from it.</source>
        <translation>
            <numerusform>不是成对十六进制数字的十六进制数据（%n 个字符）：按原样显示，未从中读取字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>hex data without the double quotes the model prints around it.</source>
        <translation>十六进制数据缺少该型号在其两侧打印的双引号。</translation>
    </message>
    <message numerus="yes">
        <source>hex digits past the length the line announced (%n character(s)): shown as they came, no bytes read from them.</source>
        <translation>
            <numerusform>超出该行所声明长度的十六进制数字（%n 个字符）：按原样显示，不从中读取任何字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ambiguous: %1 had timed out, and nothing in this answer tells its late answer from this one&apos;s; it may be that command&apos;s.</source>
        <translation>无法确定：%1 此前已超时，而此应答中没有任何内容能区分它的迟到应答与本命令的应答；它可能属于那条命令。</translation>
    </message>
</context>
<context>
    <name>bc25::capture::CaptureReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the record does not start with its time (milliseconds since the epoch)</source>
        <translation>记录的开头不是时间（自 Unix 纪元起的毫秒数）</translation>
    </message>
    <message>
        <source>the record has no direction (TX, RX or EV) after its time</source>
        <translation>记录的时间之后没有方向（TX、RX 或 EV）</translation>
    </message>
    <message>
        <source>the record&apos;s bytes hold an escape the capture format does not write</source>
        <translation>记录的字节中含有抓包格式不会写出的转义序列</translation>
    </message>
    <message>
        <source>the line is not a record</source>
        <translation>该行不是记录</translation>
    </message>
    <message>
        <source>line 1: &quot;%1&quot; is a capture version this program does not read (it reads &quot;%2&quot;)</source>
        <translation>第 1 行：“%1”是本程序无法读取的抓包文件版本（本程序读取“%2”）</translation>
    </message>
    <message>
        <source>line 1: a capture&apos;s first line must be &quot;%1&quot;; this one is damaged or missing</source>
        <translation>第 1 行：抓包文件的第一行必须是“%1”；此行已损坏或缺失</translation>
    </message>
    <message>
        <source>the record&apos;s time is negative (a capture&apos;s times are milliseconds since the epoch)</source>
        <translation>记录的时间为负数（抓包文件的时间是自纪元起的毫秒数）</translation>
    </message>
    <message>
        <source>the record&apos;s bytes hold a byte the capture format writes escaped (\xHH): the line is damaged</source>
        <translation>记录的字节中含有抓包格式应转义写出（\xHH）的字节：该行已损坏</translation>
    </message>
    <message>
        <source>the record&apos;s line is longer than a capture holds (%1 characters)</source>
        <translation>记录的行超过了抓包文件所能容纳的长度（%1 个字符）</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; line after the records is not read: a capture names its model once, in its header</source>
        <translation>记录之后的 &quot;%1&quot; 行不予读取：抓包文件只在文件头中命名一次型号</translation>
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
    <name>bc25::health::CheckJudge</name>
    <message>
        <source>IMSI unknown in the HSS</source>
        <translation>HSS 中无此 IMSI</translation>
    </message>
    <message>
        <source>illegal UE</source>
        <translation>非法 UE</translation>
    </message>
    <message>
        <source>IMEI not accepted</source>
        <translation>IMEI 不被接受</translation>
    </message>
    <message>
        <source>illegal ME</source>
        <translation>非法 ME</translation>
    </message>
    <message>
        <source>EPS services not allowed</source>
        <translation>不允许 EPS 业务</translation>
    </message>
    <message>
        <source>PLMN not allowed</source>
        <translation>不允许此 PLMN</translation>
    </message>
    <message>
        <source>tracking area not allowed</source>
        <translation>不允许此跟踪区</translation>
    </message>
    <message>
        <source>roaming not allowed in this tracking area</source>
        <translation>此跟踪区不允许漫游</translation>
    </message>
    <message>
        <source>no suitable cells in the tracking area</source>
        <translation>跟踪区内没有合适的小区</translation>
    </message>
    <message>
        <source>congestion</source>
        <translation>网络拥塞</translation>
    </message>
    <message>
        <source>The module did not answer.</source>
        <translation>模组没有应答。</translation>
    </message>
    <message>
        <source>Check the power, the cable, the port and its baud rate; a module that has just started needs a few seconds (it prints RDY).</source>
        <translation>请检查电源、线缆、端口及其波特率；刚启动的模组需要几秒钟（它会输出 RDY）。</translation>
    </message>
    <message>
        <source>The module answers (%1), but not to everything: %2</source>
        <translation>模组有应答（%1），但并非每条命令都应答：%2</translation>
    </message>
    <message>
        <source>An old or unusual firmware: compare its revision with the one Quectel recommends.</source>
        <translation>固件较旧或不常见：请将其版本与移远推荐的版本对比。</translation>
    </message>
    <message>
        <source>The module answers (%1), but its IMEI is not 15 digits.</source>
        <translation>模组有应答（%1），但其 IMEI 不是 15 位数字。</translation>
    </message>
    <message>
        <source>A module without a valid IMEI is refused by the network: have it reprogrammed.</source>
        <translation>没有有效 IMEI 的模组会被网络拒绝：请重新烧写 IMEI。</translation>
    </message>
    <message>
        <source>The module answers: %1.</source>
        <translation>模组有应答：%1。</translation>
    </message>
    <message>
        <source>No answer about the SIM.</source>
        <translation>没有关于 SIM 卡的应答。</translation>
    </message>
    <message>
        <source>No SIM, or it is not read: check that it sits well in its holder (power the module off first) and its contacts.</source>
        <translation>没有 SIM 卡，或读不到：请检查它是否在卡座中放好（先给模组断电）以及触点。</translation>
    </message>
    <message>
        <source>The SIM is not ready: %1.</source>
        <translation>SIM 卡未就绪：%1。</translation>
    </message>
    <message>
        <source>The SIM waits for a PIN or PUK: enter it with AT+CPIN, or use a SIM without a PIN lock.</source>
        <translation>SIM 卡在等待 PIN 或 PUK：用 AT+CPIN 输入，或使用没有 PIN 锁的 SIM 卡。</translation>
    </message>
    <message>
        <source>The SIM gave no IMSI.</source>
        <translation>SIM 卡没有给出 IMSI。</translation>
    </message>
    <message>
        <source>The SIM is ready but gives no IMSI: try another SIM.</source>
        <translation>SIM 卡已就绪但没有给出 IMSI：请换一张 SIM 卡试试。</translation>
    </message>
    <message>
        <source>The SIM is ready and gives its IMSI.</source>
        <translation>SIM 卡已就绪，并给出了 IMSI。</translation>
    </message>
    <message>
        <source>No answer about the signal.</source>
        <translation>没有关于信号的应答。</translation>
    </message>
    <message>
        <source>The module does not report its signal: restart it (AT+CFUN=1,1).</source>
        <translation>模组不报告信号：请重启模组（AT+CFUN=1,1）。</translation>
    </message>
    <message>
        <source> RSRP %1 dBm, RSRQ %2 dB.</source>
        <translation>RSRP %1 dBm，RSRQ %2 dB。</translation>
    </message>
    <message>
        <source>No signal (AT+CSQ: 99).</source>
        <translation>没有信号（AT+CSQ: 99）。</translation>
    </message>
    <message>
        <source>Check the antenna and its cable, move to a place with NB-IoT coverage, and check the module&apos;s bands (AT+QBAND) against the operator&apos;s.</source>
        <translation>请检查天线及其馈线，换到有 NB-IoT 覆盖的地方，并核对模组的频段（AT+QBAND）与运营商的是否一致。</translation>
    </message>
    <message>
        <source>Signal %1 (%2 dBm).</source>
        <translation>信号 %1（%2 dBm）。</translation>
    </message>
    <message>
        <source>Too weak to work reliably: check the antenna and its cable, or move it.</source>
        <translation>信号太弱，无法可靠工作：请检查天线及其馈线，或挪动天线。</translation>
    </message>
    <message>
        <source>Weak: expect retransmissions and slow answers; a better antenna position helps.</source>
        <translation>信号较弱：会有重传、应答较慢；把天线放到更好的位置会有帮助。</translation>
    </message>
    <message>
        <source>No answer about the registration.</source>
        <translation>没有关于注册状态的应答。</translation>
    </message>
    <message>
        <source>Restart the module (AT+CFUN=1,1) and check again.</source>
        <translation>请重启模组（AT+CFUN=1,1）后再检查。</translation>
    </message>
    <message>
        <source>Registered on the home network.</source>
        <translation>已注册到归属网络。</translation>
    </message>
    <message>
        <source>Registered, roaming.</source>
        <translation>已注册，漫游中。</translation>
    </message>
    <message>
        <source>Not registered; the module is searching for a network.</source>
        <translation>未注册；模组正在搜索网络。</translation>
    </message>
    <message>
        <source>Wait a minute and check again; if it keeps searching, check the antenna, the coverage and the bands (AT+QBAND).</source>
        <translation>请等一分钟再检查；若一直在搜索，请检查天线、覆盖和频段（AT+QBAND）。</translation>
    </message>
    <message>
        <source>The network refuses this SIM or module: ask the operator whether the SIM has an NB-IoT subscription and is activated, and whether the module&apos;s IMEI is allowed.</source>
        <translation>网络拒绝此 SIM 卡或模组：请向运营商确认该 SIM 卡是否开通了 NB-IoT 业务并已激活，以及模组的 IMEI 是否被允许。</translation>
    </message>
    <message>
        <source>Not registered, and not searching.</source>
        <translation>未注册，也未在搜索网络。</translation>
    </message>
    <message>
        <source>Turn the radio on (AT+CFUN=1) and let it attach (AT+CGATT=1), then check again.</source>
        <translation>请打开射频（AT+CFUN=1）并附着（AT+CGATT=1），然后再检查。</translation>
    </message>
    <message>
        <source>No answer about the attach state.</source>
        <translation>没有关于附着状态的应答。</translation>
    </message>
    <message>
        <source>Attached to the packet domain.</source>
        <translation>已附着到分组域。</translation>
    </message>
    <message>
        <source>Registered but not attached to the packet domain.</source>
        <translation>已注册，但未附着到分组域。</translation>
    </message>
    <message>
        <source>Attach with AT+CGATT=1; if it stays detached, the network refuses data for this SIM: ask the operator.</source>
        <translation>请用 AT+CGATT=1 附着；若仍未附着，说明网络拒绝为此 SIM 卡提供数据业务：请咨询运营商。</translation>
    </message>
    <message>
        <source>No answer about the PDP context.</source>
        <translation>没有关于 PDP 上下文的应答。</translation>
    </message>
    <message>
        <source>Registered and attached, but context %1 has no address (APN &quot;%2&quot;).</source>
        <translation>已注册并附着，但上下文 %1 没有地址（APN &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>Check the APN with AT+CGDCONT: it must be the one the operator gave for this SIM.</source>
        <translation>请用 AT+CGDCONT 检查 APN：它必须是运营商为此 SIM 卡给出的 APN。</translation>
    </message>
    <message>
        <source>Context %1 has the address %2 (APN &quot;%3&quot;).</source>
        <translation>上下文 %1 的地址是 %2（APN &quot;%3&quot;）。</translation>
    </message>
    <message>
        <source>Not run: &quot;%1&quot; failed, so this check would tell nothing.</source>
        <translation>未运行：“%1”失败，此项检查已无意义。</translation>
    </message>
    <message>
        <source>Not ticked: nothing was sent.</source>
        <translation>未勾选：没有发送任何命令。</translation>
    </message>
    <message>
        <source>Not run: the check was stopped.</source>
        <translation>未运行：检查已停止。</translation>
    </message>
    <message>
        <source>see 3GPP TS 24.301, annex A</source>
        <translation>参见 3GPP TS 24.301 附录 A</translation>
    </message>
    <message>
        <source>The network does not accept this module&apos;s IMEI: ask the operator to allow it (some NB-IoT subscriptions are tied to registered IMEIs).</source>
        <translation>网络不接受此模组的 IMEI：请联系运营商放行（部分 NB-IoT 套餐绑定已登记的 IMEI）。</translation>
    </message>
    <message>
        <source>This SIM may not use this network here: check the operator the module chose (AT+COPS?) and whether the SIM may roam on it, or use the home operator&apos;s coverage.</source>
        <translation>此 SIM 卡在此处不能使用该网络：请检查模组所选的运营商（AT+COPS?）以及 SIM 卡能否在其上漫游，或使用归属运营商的覆盖。</translation>
    </message>
    <message>
        <source>No cell here serves this SIM: check the antenna and the coverage, and the module&apos;s bands (AT+QBAND) against the operator&apos;s; moving the device often helps.</source>
        <translation>此处没有为该 SIM 卡服务的小区：请检查天线和覆盖，并将模组的频段（AT+QBAND）与运营商的频段对照；移动设备位置往往有帮助。</translation>
    </message>
    <message>
        <source>The network is congested and asks the module to wait: try again in a few minutes, without restarting the module meanwhile.</source>
        <translation>网络拥塞，要求模组等待：请几分钟后重试，期间不要重启模组。</translation>
    </message>
    <message>
        <source>Registration denied by the network: cause %1, %2.</source>
        <translation>网络拒绝注册：原因 %1，%2。</translation>
    </message>
    <message>
        <source>Registration denied by the network (no cause given).</source>
        <translation>网络拒绝注册（未给出原因）。</translation>
    </message>
    <message>
        <source>Set the context&apos;s APN with AT+QICSGP=%1,1,&quot;&lt;APN&gt;&quot; (the operator&apos;s), then activate it with AT+QIACT=%1.</source>
        <translation>用 AT+QICSGP=%1,1,&quot;&lt;APN&gt;&quot;（运营商提供的 APN）设置上下文的 APN，再用 AT+QIACT=%1 激活。</translation>
    </message>
    <message>
        <source>Context %1 could not be activated: %2</source>
        <translation>上下文 %1 无法激活：%2</translation>
    </message>
    <message>
        <source>Context %1 was not active; the check activated it (AT+QIACT=%1). It has the address %2 (APN &quot;%3&quot;).</source>
        <translation>上下文 %1 原未激活；检查已将其激活（AT+QIACT=%1）。其地址为 %2（APN &quot;%3&quot;）。</translation>
    </message>
    <message>
        <source>Not run: %1 was not sent (%2)</source>
        <translation>未运行：%1 未发送（%2）</translation>
    </message>
    <message>
        <source>Run the check again.</source>
        <translation>请重新运行检查。</translation>
    </message>
    <message>
        <source>Before it: %1</source>
        <translation>在此之前：%1</translation>
    </message>
    <message>
        <source>The module restarted (%1) during this check.</source>
        <translation>模组在本项检查期间重启（%1）。</translation>
    </message>
    <message>
        <source>A module that resets under test browns out or hits its watchdog: check the supply (it must hold the transmit peaks), the power cable and the firmware, then run the check again.</source>
        <translation>测试中复位的模组是欠压或触发了看门狗：请检查电源（须能承受发射峰值电流）、电源线和固件，然后重新运行检查。</translation>
    </message>
    <message>
        <source>%1 answered OK without its +%2 line.</source>
        <translation>%1 回答了 OK，却没有给出 +%2 行。</translation>
    </message>
    <message>
        <source>The SIM is ready, but AT+CIMI gave no IMSI (6 to 15 digits).</source>
        <translation>SIM 卡已就绪，但 AT+CIMI 没有给出 IMSI（6 到 15 位数字）。</translation>
    </message>
    <message>
        <source>The module answers, but ATI answered OK without naming its maker or model.</source>
        <translation>模组有应答，但 ATI 只回答了 OK，没有给出厂商或型号。</translation>
    </message>
    <message>
        <source>The module answers (%1), but %2 answered OK without a revision.</source>
        <translation>模组有应答（%1），但 %2 只回答了 OK，没有给出版本。</translation>
    </message>
    <message>
        <source>The SIM is ready, but AT+CIMI gave %1 lines where an IMSI is one.</source>
        <translation>SIM 卡已就绪，但 AT+CIMI 给出了 %1 行，而 IMSI 只应有一行。</translation>
    </message>
    <message>
        <source>The SIM is ready, but its IMSI begins with the country code 000, which no country has.</source>
        <translation>SIM 卡已就绪，但其 IMSI 以国家码 000 开头，没有哪个国家使用该代码。</translation>
    </message>
    <message>
        <source>The SIM is blank or not read right: try another SIM.</source>
        <translation>SIM 卡为空或未被正确读取：请换一张 SIM 卡试试。</translation>
    </message>
    <message>
        <source>AT+CGDCONT? lists no context %1: the module has no PDP context defined for it.</source>
        <translation>AT+CGDCONT? 没有列出上下文 %1：模组没有为它定义 PDP 上下文。</translation>
    </message>
    <message>
        <source>Define the context with AT+CGDCONT=%1,&quot;IP&quot;,&quot;&lt;APN&gt;&quot; (the APN the operator gave for this SIM), or check another context.</source>
        <translation>用 AT+CGDCONT=%1,&quot;IP&quot;,&quot;&lt;APN&gt;&quot; 定义该上下文（APN 为运营商为这张 SIM 卡提供的），或检查其他上下文。</translation>
    </message>
    <message>
        <source>Registered and attached, but context %1 has no usable address: the module gave &quot;%2&quot; (APN &quot;%3&quot;): %4.</source>
        <translation>已注册并附着，但上下文 %1 没有可用地址：模组给出“%2”（APN“%3”）：%4。</translation>
    </message>
</context>
<context>
    <name>bc25::health::DataPathJudge</name>
    <message>
        <source>Check the context&apos;s state (AT+QISTATE, AT+CGPADDR) and try again.</source>
        <translation>请检查上下文的状态（AT+QISTATE、AT+CGPADDR）后重试。</translation>
    </message>
    <message>
        <source>The DNS servers could not be read.</source>
        <translation>无法读取 DNS 服务器。</translation>
    </message>
    <message>
        <source>Restart the module and check again.</source>
        <translation>请重启模组后再检查。</translation>
    </message>
    <message>
        <source>The DNS servers give no answer: set servers that work here with AT+QIDNSCFG (the operator&apos;s, or a public one), or check that the name exists.</source>
        <translation>DNS 服务器没有应答：请用 AT+QIDNSCFG 设置在此处可用的服务器（运营商的或公共的），或确认该域名存在。</translation>
    </message>
    <message>
        <source>Ping to %1 failed: %2</source>
        <translation>Ping %1 失败：%2</translation>
    </message>
    <message>
        <source>Ping to %1 gave no summary.</source>
        <translation>Ping %1 没有给出统计结果。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 echoes back (%4% lost), round trip %5/%6/%7 ms (min/avg/max).</source>
        <translation>%1：%3 个回显中收到 %2 个（丢失 %4%），往返 %5/%6/%7 毫秒（最小/平均/最大）。</translation>
    </message>
    <message>
        <source>No echo came back: the host is down or does not answer ping (many servers block ICMP); try another host, such as the DNS server.</source>
        <translation>没有收到回显：主机已关闭或不响应 ping（很多服务器屏蔽 ICMP）；请换一台主机试试，例如 DNS 服务器。</translation>
    </message>
    <message>
        <source>Slow round trips: the signal is weak (coverage enhancement) or the network is congested; allow for it in the application&apos;s time-outs.</source>
        <translation>往返较慢：信号较弱（覆盖增强）或网络拥塞；应用的超时设置需要留出余量。</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms, then closed.</source>
        <translation>在 %2 毫秒内连接到 %1，随后已关闭。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>No time from %1: %2</source>
        <translation>未能从 %1 获取时间：%2</translation>
    </message>
    <message>
        <source>The NTP server does not answer: check its name, and that UDP port %1 is let out.</source>
        <translation>NTP 服务器没有应答：请检查其名称，以及 UDP 端口 %1 是否放行。</translation>
    </message>
    <message>
        <source>%1 answered a time that could not be read.</source>
        <translation>%1 返回的时间无法解析。</translation>
    </message>
    <message>
        <source>Compare the module&apos;s firmware with the one Quectel recommends.</source>
        <translation>请将模组的固件与移远推荐的版本对比。</translation>
    </message>
    <message>
        <source>The module&apos;s time (%1) is %2 s from this computer&apos;s.</source>
        <translation>模组的时间（%1）与本机时间相差 %2 秒。</translation>
    </message>
    <message>
        <source>One of the two clocks is wrong: check this computer&apos;s time, then the NTP server.</source>
        <translation>两个时钟之一有误：请先检查本机时间，再检查 NTP 服务器。</translation>
    </message>
    <message>
        <source>%1 The module says why: %2.</source>
        <translation>%1模组给出的原因：%2。</translation>
    </message>
    <message>
        <source>Some echoes were lost: with a weak signal (see the signal check) the radio lost them; with a good one the network is congested or the host limits ping. The soak monitor shows which over a longer time.</source>
        <translation>部分回显丢失：信号弱时（见信号检查）是无线链路丢失了它们；信号好时则是网络拥塞或主机限制了 Ping。长时监测可在更长时间内看出是哪一种。</translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms, but the socket was not closed: %3</source>
        <translation>已在 %2 毫秒内连接到 %1，但套接字未能关闭：%3</translation>
    </message>
    <message>
        <source>AT+QICLOSE was not answered.</source>
        <translation>AT+QICLOSE 没有应答。</translation>
    </message>
    <message>
        <source>The socket may still be open on the module: close it (AT+QICLOSE) or restart the module.</source>
        <translation>套接字可能仍在模组上打开：请关闭它（AT+QICLOSE）或重启模组。</translation>
    </message>
    <message>
        <source>the lookup succeeded but gave no address</source>
        <translation>查询成功，但没有给出地址</translation>
    </message>
    <message>
        <source>its summary counts %1 sent, %2 received and %3 lost, which do not add up</source>
        <translation>其汇总为发送 %1、接收 %2、丢失 %3，数目对不上</translation>
    </message>
    <message>
        <source>its summary gives the round trips %1/%2/%3 ms (min/avg/max), which cannot be</source>
        <translation>其汇总给出的往返时间 %1/%2/%3 毫秒（最小/平均/最大）不可能成立</translation>
    </message>
    <message>
        <source>an echo came from &quot;%1&quot;: %2</source>
        <translation>一个回显来自“%1”：%2</translation>
    </message>
    <message>
        <source>an echo took %1 ms</source>
        <translation>一个回显用时 %1 毫秒</translation>
    </message>
    <message>
        <source>its summary counts %1 echoes back, but %2 echo lines came before it</source>
        <translation>其汇总称收回 %1 个回显，但之前只来了 %2 行回显</translation>
    </message>
    <message>
        <source>no DNS server is set (%1)</source>
        <translation>没有设置 DNS 服务器（%1）</translation>
    </message>
    <message>
        <source>DNS servers: %1</source>
        <translation>DNS 服务器：%1</translation>
    </message>
    <message>
        <source>%1 (no name was given to look up).</source>
        <translation>%1（没有给出要解析的域名）。</translation>
    </message>
    <message>
        <source>%1 is %2; %3.</source>
        <translation>%1 为 %2；%3。</translation>
    </message>
    <message>
        <source>the lookup gave no usable address (%1): %2</source>
        <translation>解析没有给出可用地址（%1）：%2</translation>
    </message>
    <message>
        <source>No DNS server is set (%1): set servers that work here with AT+QIDNSCFG (the operator&apos;s, or a public one).</source>
        <translation>没有设置 DNS 服务器（%1）：请用 AT+QIDNSCFG 设置在此处可用的服务器（运营商的或公共的）。</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2; %3.</source>
        <translation>%1 未能解析：%2；%3。</translation>
    </message>
    <message>
        <source>Ping to %1: the module&apos;s summary says no request was sent.</source>
        <translation>Ping %1：模组的汇总表明没有发出任何请求。</translation>
    </message>
    <message>
        <source>Ping to %1 cannot be read: %2.</source>
        <translation>无法解读 Ping %1 的结果：%2。</translation>
    </message>
    <message>
        <source>The module&apos;s answer contradicts itself: compare its firmware with the one Quectel recommends, and run the check again.</source>
        <translation>模组的应答自相矛盾：请将其固件与移远推荐的版本对比，然后再运行一次检查。</translation>
    </message>
</context>
<context>
    <name>bc25::health::HealthHtmlReport</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>(no lines)</source>
        <translation>（无应答行）</translation>
    </message>
    <message>
        <source>Final result</source>
        <translation>最终结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>The module did not say who it is.</source>
        <translation>模组没有报告其身份。</translation>
    </message>
    <message>
        <source>Ping round trips</source>
        <translation>Ping 往返时间</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>round trip of each echo (ms)</source>
        <translation>每次回显的往返时间（毫秒）</translation>
    </message>
    <message>
        <source>Signal against the thresholds</source>
        <translation>信号与阈值对比</translation>
    </message>
    <message>
        <source>CSQ %1 (%2 dBm)</source>
        <translation>CSQ %1（%2 dBm）</translation>
    </message>
    <message>
        <source>no signal (CSQ %1)</source>
        <translation>无信号（CSQ %1）</translation>
    </message>
    <message>
        <source>AT+CSQ 0-31: red fails, yellow warns, green passes</source>
        <translation>AT+CSQ 0-31：红色为失败，黄色为警告，绿色为通过</translation>
    </message>
    <message>
        <source>BC25 health check report</source>
        <translation>BC25 健康检查报告</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s HTML lang attribute</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Workbench version</source>
        <translation>工作台版本</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The module</source>
        <translation>模组</translation>
    </message>
    <message>
        <source>The checks</source>
        <translation>各项检查</translation>
    </message>
    <message>
        <source>Likely cause and next step:</source>
        <translation>可能原因和下一步：</translation>
    </message>
    <message>
        <source>Nothing was sent; the plan was:</source>
        <translation>未发送任何命令；计划为：</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>checks: %1 — passed: %2, warnings: %3, failed: %4</source>
        <translation>检查：%1 项 — 通过：%2，警告：%3，失败：%4</translation>
    </message>
    <message>
        <source>Evidence (transactions: %1)</source>
        <translation>证据（事务：%1 条）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>written at %1, final result after %2 ms</source>
        <translation>于 %1 写出，%2 毫秒后收到最终结果</translation>
    </message>
    <message>
        <source>written at %1, no final result</source>
        <translation>于 %1 写出，没有最终结果</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>none: the time limit passed</source>
        <translation>无：已超过时间限制</translation>
    </message>
    <message>
        <source>none: ended before it came</source>
        <translation>无：在其到来之前已结束</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>written at %1, no final result, given up after %2 ms</source>
        <translation>写入于 %1，没有最终结果，%2 毫秒后放弃</translation>
    </message>
</context>
<context>
    <name>bc25::health::HealthPlan</name>
    <message>
        <source>No host to ping was given.</source>
        <translation>未给出要 ping 的主机。</translation>
    </message>
    <message>
        <source>No server and port were given.</source>
        <translation>未给出服务器和端口。</translation>
    </message>
    <message>
        <source>No NTP server was given.</source>
        <translation>未给出 NTP 服务器。</translation>
    </message>
    <message>
        <source>Module answers, identity</source>
        <translation>模组应答与身份</translation>
    </message>
    <message>
        <source>SIM</source>
        <translation>SIM 卡</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Network registration</source>
        <translation>网络注册</translation>
    </message>
    <message>
        <source>Packet domain attach</source>
        <translation>分组域附着</translation>
    </message>
    <message>
        <source>PDP context and address</source>
        <translation>PDP 上下文与地址</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>TCP connection to the server</source>
        <translation>到服务器的 TCP 连接</translation>
    </message>
    <message>
        <source>Network time (NTP)</source>
        <translation>网络时间（NTP）</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1 (only after an ERROR)</source>
        <translation>%1（仅在返回 ERROR 之后）</translation>
    </message>
    <message>
        <source>%1 (only when the context is not active)</source>
        <translation>%1（仅在上下文未激活时）</translation>
    </message>
</context>
<context>
    <name>bc25::health::RunVerdict</name>
    <message>
        <source>%1 of %2 checks failed: %3.</source>
        <translation>%2 项检查中有 %1 项失败：%3。</translation>
    </message>
    <message>
        <source>Not run: %1.</source>
        <translation>未运行：%1。</translation>
    </message>
    <message>
        <source>No check ran.</source>
        <translation>没有运行任何检查。</translation>
    </message>
    <message>
        <source>%1 of %2 checks did not run: %3.</source>
        <translation>%2 项检查中有 %1 项未运行：%3。</translation>
    </message>
    <message>
        <source>No check failed; %1 with a warning: %2.</source>
        <translation>没有检查失败；%1 项有警告：%2。</translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation>全部 %1 项检查通过。</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>PASSED WITH WARNINGS</source>
        <translation>通过（有警告）</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>All %1 checks passed; %n skipped.</source>
        <translation>
            <numerusform>全部 %1 项检查通过；跳过 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%2 项中 %1 项通过</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 passed, %n skipped</source>
        <translation>
            <numerusform>%2 项中 %1 项通过，跳过 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>The module restarted (%1) during: %2.</source>
        <translation>模组在以下检查期间重启（%1）：%2。</translation>
    </message>
</context>
<context>
    <name>bc25::link::Connection</name>
    <message>
        <source>Opening %1 at %2 baud…</source>
        <translation>正在以 %2 波特率打开 %1…</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开。</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>%1 — waiting for the port to come back.</source>
        <translation>%1 — 正在等待端口恢复。</translation>
    </message>
    <message>
        <source>Disconnected from the module.</source>
        <translation>已与模组断开。</translation>
    </message>
    <message>
        <source>Waiting for %1 to come back.</source>
        <translation>正在等待 %1 恢复。</translation>
    </message>
    <message>
        <source>Virtual %1 (built-in; %2)</source>
        <translation>虚拟 %1（内置；%2）</translation>
    </message>
    <message>
        <source>Virtual %1 (built-in)</source>
        <translation>虚拟 %1（内置）</translation>
    </message>
    <message>
        <source>Starting the virtual %1…</source>
        <translation>正在启动虚拟 %1…</translation>
    </message>
    <message>
        <source>Waiting for a port called %1 to appear (its module plugged in); if none will, check the name.</source>
        <translation>正在等待名为 %1 的端口出现（插入其模组）；若不会出现，请检查名称。</translation>
    </message>
    <message>
        <source>Trying %1 again until it opens.</source>
        <translation>将反复尝试 %1，直到打开为止。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>bc25::link::EngineLink</name>
    <message>
        <source>The connection to the module was closed.</source>
        <translation>与模组的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>bc25::link::ModelReading</name>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（已选择）</translation>
    </message>
    <message>
        <source>%1 (identified)</source>
        <translation>%1（已识别）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1 (chosen; the module says %2)</source>
        <translation>%1（已选择；模组自称 %2）</translation>
    </message>
    <message>
        <source>%1 (accepted; the module now says %2)</source>
        <translation>%1（已接受；模组现在自称 %2）</translation>
    </message>
    <message>
        <source>%1 (default; the module says %2)</source>
        <translation>%1（默认；模组自称 %2）</translation>
    </message>
    <message>
        <source>The module identifies itself as %1; reading it as %2.</source>
        <translation>模组自称 %1；当前按 %2 解读。</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <extracomment>the model read with was the module&apos;s own word on an earlier link, accepted by the user (&quot;Read as …&quot;)</extracomment>
        <translation>%1（已接受）</translation>
    </message>
</context>
<context>
    <name>bc25::link::SimPorts</name>
    <message>
        <source>cannot make the link %1: %2 is there and is not a link to a pseudo-terminal (the link would replace it, and the stop remove it)</source>
        <translation>无法创建链接 %1：那里已有%2，且不是指向伪终端的链接（创建链接会替换它，停止时会删除它）</translation>
    </message>
    <message>
        <source>a link to %1</source>
        <translation>一个指向 %1 的链接</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
    </message>
</context>
<context>
    <name>bc25::power::BatteryEstimate</name>
    <message>
        <source>Give the battery&apos;s capacity in mAh.</source>
        <translation>请填写电池容量（mAh）。</translation>
    </message>
    <message>
        <source>Give how often the device reports.</source>
        <translation>请填写设备多久上报一次。</translation>
    </message>
    <message>
        <source>The report takes longer than the interval between reports.</source>
        <translation>一次上报所用时间比上报间隔还长。</translation>
    </message>
    <message>
        <source>A measured figure is negative or not a number.</source>
        <translation>某个测量值为负数或不是数字。</translation>
    </message>
    <message>
        <source>Nothing was drawn: measure a report first.</source>
        <translation>没有任何耗电：请先测量一次上报。</translation>
    </message>
    <message>
        <source>%1 years (average %2 µA; no self-discharge counted)</source>
        <translation>%1 年（平均 %2 µA；未计自放电）</translation>
    </message>
    <message>
        <source>%1 days (average %2 µA; no self-discharge counted)</source>
        <translation>%1 天（平均 %2 µA；未计自放电）</translation>
    </message>
    <message>
        <source>%1 hours (average %2 µA; no self-discharge counted)</source>
        <translation>%1 小时（平均 %2 µA；未计自放电）</translation>
    </message>
</context>
<context>
    <name>bc25::power::CurrentCsvReader</name>
    <message>
        <source>Power Profiler export (%1)</source>
        <translation>Power Profiler 导出文件（%1）</translation>
    </message>
    <message>
        <source>CSV with named columns (%1)</source>
        <translation>带列名的 CSV（%1）</translation>
    </message>
    <message>
        <source>time and current pairs without a header (%1, as chosen)</source>
        <translation>无表头的时间与电流数据对（%1，按所选单位）</translation>
    </message>
    <message>
        <source>no samples read</source>
        <translation>未读取到采样</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not samples; the first is line %1</source>
        <translation>
            <numerusform>%n 行不是采样；第一行是第 %1 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::power::EdrxGrant</name>
    <message>
        <source>eDRX not used by this cell</source>
        <translation>此小区未使用 eDRX</translation>
    </message>
    <message>
        <source>eDRX %1 as asked</source>
        <translation>eDRX %1，与请求一致</translation>
    </message>
    <message>
        <source>asked %1 eDRX, network gave %2</source>
        <translation>请求 eDRX %1，网络授予 %2</translation>
    </message>
    <message>
        <source>eDRX %1</source>
        <translation>eDRX %1</translation>
    </message>
    <message>
        <source>asked %1 eDRX, the network&apos;s value not said</source>
        <translation>请求 eDRX %1，网络未给出其值</translation>
    </message>
    <message>
        <source>eDRX in use, its values not said</source>
        <translation>eDRX 已启用，未给出其值</translation>
    </message>
    <message>
        <source>%1; paging window %2</source>
        <translation>%1；寻呼时间窗 %2</translation>
    </message>
</context>
<context>
    <name>bc25::power::EdrxValue</name>
    <message>
        <source>%1 (NB-IoT reads it as no eDRX)</source>
        <translation>%1（NB-IoT 将其视为不使用 eDRX）</translation>
    </message>
    <message>
        <source>%1 (NB-IoT reads it as %2)</source>
        <translation>%1（NB-IoT 将其视为 %2）</translation>
    </message>
    <message>
        <source>%1 (LTE-M reads it as %2)</source>
        <translation>%1（LTE-M 将其视为 %2）</translation>
    </message>
</context>
<context>
    <name>bc25::power::PsmGrant</name>
    <message>
        <source>No timers in this report (AT+CEREG=4 shows what the network granted)</source>
        <translation>此报告中没有定时器（AT+CEREG=4 可显示网络授予的值）</translation>
    </message>
    <message>
        <source>PSM off: asked %1 active time, the network deactivated it</source>
        <translation>PSM 关闭：请求激活时间 %1，网络已将其停用</translation>
    </message>
    <message>
        <source>PSM off: the network deactivated the active time</source>
        <translation>PSM 关闭：网络停用了激活时间</translation>
    </message>
    <message>
        <source>active time %1</source>
        <translation>激活时间 %1</translation>
    </message>
    <message>
        <source>periodic TAU %1</source>
        <translation>周期性 TAU %1</translation>
    </message>
    <message>
        <source>active time %1 as asked</source>
        <translation>激活时间 %1，与请求一致</translation>
    </message>
    <message>
        <source>periodic TAU %1 as asked</source>
        <translation>周期性 TAU %1，与请求一致</translation>
    </message>
    <message>
        <source>asked %1 active time, network gave %2</source>
        <translation>请求激活时间 %1，网络授予 %2</translation>
    </message>
    <message>
        <source>asked %1 periodic TAU, network gave %2</source>
        <translation>请求周期性 TAU %1，网络授予 %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>PSM not asked (AT+CPSMS mode 0); the network offers %1</source>
        <translation>未请求 PSM（AT+CPSMS 模式 0）；网络提供 %1</translation>
    </message>
    <message>
        <source>Not registered (%1): the timers in this report grant nothing</source>
        <translation>未注册（%1）：此报告中的定时器不代表任何授予</translation>
    </message>
    <message>
        <source>asked %1 periodic TAU, the network gave none (its T3412 applies)</source>
        <translation>请求的周期性 TAU 为 %1，网络未给出（适用网络的 T3412）</translation>
    </message>
    <message>
        <source>no periodic TAU given (the network&apos;s T3412 applies)</source>
        <translation>未给出周期性 TAU（适用网络的 T3412）</translation>
    </message>
</context>
<context>
    <name>bc25::power::PsmTimer</name>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>not given (the network&apos;s T3412 applies)</source>
        <translation>未给出（适用网络的 T3412）</translation>
    </message>
</context>
<context>
    <name>bc25::power::RadioTimeline</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>PSM</source>
        <translation>PSM</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
</context>
<context>
    <name>bc25::power::RegistrationReport</name>
    <message>
        <source>not registered, not searching</source>
        <translation>未注册，未搜索</translation>
    </message>
    <message>
        <source>registered, home network</source>
        <translation>已注册，归属网络</translation>
    </message>
    <message>
        <source>not registered, searching</source>
        <translation>未注册，正在搜索</translation>
    </message>
    <message>
        <source>registration denied</source>
        <translation>注册被拒绝</translation>
    </message>
    <message>
        <source>unknown (out of coverage?)</source>
        <translation>未知（可能不在覆盖范围内）</translation>
    </message>
    <message>
        <source>registered, roaming</source>
        <translation>已注册，漫游</translation>
    </message>
    <message>
        <source>emergency bearer services only</source>
        <translation>仅紧急承载业务</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
</context>
<context>
    <name>bc25::profile::ModelChoice</name>
    <message>
        <source>The module&apos;s model: %1 (default bc25).</source>
        <translation>模组型号：%1（默认 bc25）。</translation>
    </message>
    <message>
        <source>List the models --model takes, and where each one&apos;s facts come from.</source>
        <translation>列出 --model 可选的型号，以及每个型号的资料来源。</translation>
    </message>
    <message>
        <source>no model is called &quot;%1&quot;; --model takes one of:</source>
        <translation>没有名为“%1”的型号；--model 可选：</translation>
    </message>
    <message numerus="yes">
        <source>--model is given %n times (%1); give one model.</source>
        <translation>
            <numerusform>--model 指定了 %n 次（%1）；请只指定一个型号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The module&apos;s model: %1 (without it: %2).</source>
        <translation>模组的型号：%1（不指定时：%2）。</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::JUnitWriter</name>
    <message>
        <source>Not reached: the run ended at the step &quot;%1&quot;.</source>
        <translation>未执行到：运行在步骤“%1”处结束。</translation>
    </message>
    <message>
        <source>No steps ran: the recipe has no step.</source>
        <translation>没有运行任何步骤：该脚本没有步骤。</translation>
    </message>
    <message>
        <source>No steps ran: the recipe ended before its first step.</source>
        <translation>没有运行任何步骤：该脚本在第一个步骤之前就结束了。</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::Recipe</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::RecipeApi</name>
    <message>
        <source>cannot wait here: a recipe waits in its own code, not inside a callback of table.sort or string.gsub</source>
        <translation>此处无法等待：脚本只能在自身代码中等待，不能在 table.sort 或 string.gsub 的回调中等待</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <source>%1 waits for data after the prompt: send data with socket.send(id, data).</source>
        <translation>%1 会在提示符后等待数据：请用 socket.send(id, data) 发送数据。</translation>
    </message>
    <message>
        <source>expect() takes a transaction that at() returned</source>
        <translation>expect() 需要 at() 返回的事务</translation>
    </message>
    <message>
        <source>Check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>the recipe needs the parameter &quot;%1&quot;: give it as %1=VALUE (bc25-run --param %1=VALUE)</source>
        <translation>脚本需要参数“%1”：请以 %1=VALUE 的形式给出（bc25-run --param %1=VALUE）</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be a number; got &quot;%2&quot;</source>
        <translation>参数“%1”必须是数字；收到的是“%2”</translation>
    </message>
    <message>
        <source>Check at line %1 passed.</source>
        <translation>第 %1 行的检查通过。</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be an integer; got &quot;%2&quot;</source>
        <translation>参数“%1”必须是整数；收到的是“%2”</translation>
    </message>
    <message>
        <source>not enough free sockets: %1 wanted, %2 free (in use: %3)</source>
        <translation>空闲套接字不足：需要 %1 个，空闲 %2 个（已占用：%3）</translation>
    </message>
    <message>
        <source>The command&apos;s answer was not kept.</source>
        <translation>该命令的应答未被保留。</translation>
    </message>
    <message>
        <source>%1 gave no time.</source>
        <translation>%1 没有给出时间。</translation>
    </message>
    <message>
        <source>socket %1 is not open (its state: %2): nothing was written. Open it first, with at(&quot;AT+QIOPEN=…&quot;) in the recipe or Open… in the Sockets panel.</source>
        <translation>套接字 %1 未打开（其状态：%2）：未写出任何内容。请先打开它：在脚本中用 at(&quot;AT+QIOPEN=…&quot;)，或在套接字面板中用“打开…”。</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::RecipeInbox</name>
    <message>
        <source>Sending %1 bytes on socket %2 failed after %3 bytes: %4</source>
        <translation>在套接字 %2 上发送 %1 字节时，发送 %3 字节后失败：%4</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; URC within %2 ms.</source>
        <translation>%2 毫秒内没有收到“%1”URC。</translation>
    </message>
    <message>
        <source>No &quot;%1&quot; URC for socket %2 within %3 ms.</source>
        <translation>%3 毫秒内没有收到套接字 %2 的“%1”URC。</translation>
    </message>
    <message>
        <source>Socket %1 received nothing within %2 ms.</source>
        <translation>套接字 %1 在 %2 毫秒内没有收到任何数据。</translation>
    </message>
    <message>
        <source>Socket %1 received %2 of %3 bytes within %4 ms.</source>
        <translation>套接字 %1 在 %4 毫秒内只收到 %3 字节中的 %2 字节。</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::RecipeParameters</name>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false (1/0, yes/no, on/off)</source>
        <translation>true 或 false（1/0、yes/no、on/off）</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be %2; got &quot;%3&quot;</source>
        <translation>参数“%1”必须是%2；收到的是“%3”</translation>
    </message>
    <message>
        <source>a port, 1-65535</source>
        <translation>端口，1-65535</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::RecipeRunner</name>
    <message>
        <source>Not enough memory for the recipe&apos;s interpreter.</source>
        <translation>内存不足，无法创建脚本的解释器。</translation>
    </message>
    <message>
        <source>load</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The recipe ran out of memory.</source>
        <translation>脚本的内存已用尽。</translation>
    </message>
    <message>
        <source>The recipe ran %L1 Lua instructions without waiting for the module (an endless loop?) and was stopped.</source>
        <translation>脚本执行了 %L1 条 Lua 指令而没有等待模组（死循环？），已被停止。</translation>
    </message>
    <message>
        <source>setup</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>The recipe ended.</source>
        <translation>脚本已结束。</translation>
    </message>
    <message>
        <source>Closed socket %1, which the recipe left open.</source>
        <translation>已关闭脚本未关闭的套接字 %1。</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::RecipeTexts</name>
    <message>
        <source>Module alive and identity</source>
        <translation>模组在线与身份</translation>
    </message>
    <message>
        <source>Checks that the module answers AT, then reads who made it and what it is (ATI), its firmware revision (AT+CGMR) and its IMEI (AT+CGSN=1).</source>
        <translation>检查模组是否应答 AT，然后读取其厂商和型号（ATI）、固件版本（AT+CGMR）和 IMEI（AT+CGSN=1）。</translation>
    </message>
    <message>
        <source>The module answers AT</source>
        <translation>模组应答 AT</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>ATI names the maker and the model</source>
        <translation>ATI 给出厂商和型号</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>模组：%1</translation>
    </message>
    <message>
        <source>Firmware revision</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <source>AT+CGMR gives a revision</source>
        <translation>AT+CGMR 给出版本号</translation>
    </message>
    <message>
        <source>Firmware: %1</source>
        <translation>固件：%1</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>the IMEI has 15 digits: %1</source>
        <translation>IMEI 为 15 位数字：%1</translation>
    </message>
    <message>
        <source>Signal, registration and attach</source>
        <translation>信号、注册与附着</translation>
    </message>
    <message>
        <source>Reads the signal quality (AT+CSQ), the EPS registration (AT+CEREG?), the packet domain attach (AT+CGATT?) and the PDP address (AT+CGPADDR): what a module needs before any socket can open.</source>
        <translation>读取信号质量（AT+CSQ）、EPS 注册状态（AT+CEREG?）、分组域附着（AT+CGATT?）和 PDP 地址（AT+CGPADDR）：这些是模组打开任何套接字之前所需的条件。</translation>
    </message>
    <message>
        <source>Signal quality</source>
        <translation>信号质量</translation>
    </message>
    <message>
        <source>the module hears a cell (AT+CSQ is not 99)</source>
        <translation>模组能收到小区信号（AT+CSQ 不是 99）</translation>
    </message>
    <message>
        <source>Signal: RSSI %1, %2 dBm</source>
        <translation>信号：RSSI %1，%2 dBm</translation>
    </message>
    <message>
        <source>the RSSI %1 is at least %2</source>
        <translation>RSSI %1 不低于 %2</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>网络注册</translation>
    </message>
    <message>
        <source>registered on the home network or roaming (+CEREG stat %1)</source>
        <translation>已注册到归属网络或漫游网络（+CEREG stat %1）</translation>
    </message>
    <message>
        <source>Packet domain attach</source>
        <translation>分组域附着</translation>
    </message>
    <message>
        <source>PDP address</source>
        <translation>PDP 地址</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 解析</translation>
    </message>
    <message>
        <source>Resolves a name with AT+QIDNSGIP and checks the address it gives; on the virtual module &quot;localhost&quot; is 127.0.0.1 without asking any server.</source>
        <translation>用 AT+QIDNSGIP 解析域名并检查得到的地址；在虚拟模组上，“localhost”无需询问任何服务器即为 127.0.0.1。</translation>
    </message>
    <message>
        <source>Look up the name</source>
        <translation>解析域名</translation>
    </message>
    <message>
        <source>Check the addresses</source>
        <translation>检查地址</translation>
    </message>
    <message>
        <source>the lookup gives at least one address</source>
        <translation>解析至少得到一个地址</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 的地址是 %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 解析为 %2</translation>
    </message>
    <message>
        <source>Ping with a loss limit</source>
        <translation>带丢包上限的 Ping</translation>
    </message>
    <message>
        <source>Pings a host with AT+QPING and fails when more echoes are lost than the limit allows or when the average round trip is too long.</source>
        <translation>用 AT+QPING 对主机进行 Ping；丢失的回应超过上限或平均往返时间过长时判为失败。</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>AT+QPING ends with a summary</source>
        <translation>AT+QPING 以汇总行结束</translation>
    </message>
    <message>
        <source>Loss and round trip</source>
        <translation>丢包与往返时间</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 received, %4% lost, %5 ms on average</source>
        <translation>%1：发送 %2，接收 %3，丢失 %4%，平均 %5 毫秒</translation>
    </message>
    <message>
        <source>at least one echo came back</source>
        <translation>至少收到一个回应</translation>
    </message>
    <message>
        <source>the loss of %1% is within the limit of %2%</source>
        <translation>丢包率 %1% 在上限 %2% 以内</translation>
    </message>
    <message>
        <source>the average round trip of %1 ms is within %2 ms</source>
        <translation>平均往返时间 %1 毫秒在 %2 毫秒以内</translation>
    </message>
    <message>
        <source>NTP sync</source>
        <translation>NTP 同步</translation>
    </message>
    <message>
        <source>Synchronise with the NTP server</source>
        <translation>与 NTP 服务器同步</translation>
    </message>
    <message>
        <source>Compare the clocks</source>
        <translation>比较时钟</translation>
    </message>
    <message>
        <source>the module&apos;s time can be read: %1</source>
        <translation>模组的时间可以解析：%1</translation>
    </message>
    <message>
        <source>Module time %1, %2 s from this computer&apos;s clock</source>
        <translation>模组时间 %1，与本机时钟相差 %2 秒</translation>
    </message>
    <message>
        <source>the clocks agree within %1 s</source>
        <translation>两个时钟的差在 %1 秒以内</translation>
    </message>
    <message>
        <source>TCP echo in buffer access mode</source>
        <translation>缓存访问模式下的 TCP 回显</translation>
    </message>
    <message>
        <source>Opens a TCP socket to an echo server in buffer access mode, sends a line, waits for the &quot;recv&quot; URC and reads the echo back (the workbench reads with AT+QIRD until the buffer is empty), then closes the socket.</source>
        <translation>以缓存访问模式打开到回显服务器的 TCP 套接字，发送一行，等待“recv”URC 并读回回显（工作台用 AT+QIRD 读取直到缓存为空），然后关闭套接字。</translation>
    </message>
    <message>
        <source>Open a TCP socket</source>
        <translation>打开 TCP 套接字</translation>
    </message>
    <message>
        <source>Send and read the echo</source>
        <translation>发送并读取回显</translation>
    </message>
    <message>
        <source>the echo matches what was sent</source>
        <translation>回显与发送的内容一致</translation>
    </message>
    <message>
        <source>Close the socket</source>
        <translation>关闭套接字</translation>
    </message>
    <message>
        <source>TCP echo in direct push mode</source>
        <translation>直吐模式下的 TCP 回显</translation>
    </message>
    <message>
        <source>Opens a TCP socket to an echo server in direct push mode, where the module prints received data in the &quot;recv&quot; URC itself, sends a line and checks the echo, then closes the socket.</source>
        <translation>以直吐模式打开到回显服务器的 TCP 套接字（模组直接在“recv”URC 中输出收到的数据），发送一行并检查回显，然后关闭套接字。</translation>
    </message>
    <message>
        <source>Send and receive the pushed echo</source>
        <translation>发送并接收直吐的回显</translation>
    </message>
    <message>
        <source>the URC announces the pushed bytes</source>
        <translation>URC 给出了直吐的字节数</translation>
    </message>
    <message>
        <source>UDP echo</source>
        <translation>UDP 回显</translation>
    </message>
    <message>
        <source>Opens a UDP socket to an echo server, sends a datagram and checks that the same datagram comes back, then closes the socket.</source>
        <translation>打开到回显服务器的 UDP 套接字，发送一个数据报并检查收到相同的数据报，然后关闭套接字。</translation>
    </message>
    <message>
        <source>Open a UDP socket</source>
        <translation>打开 UDP 套接字</translation>
    </message>
    <message>
        <source>Send a datagram and read the echo</source>
        <translation>发送数据报并读取回显</translation>
    </message>
    <message>
        <source>TCP listener accepting a local client</source>
        <translation>TCP 监听接受本地客户端</translation>
    </message>
    <message>
        <source>Opens a TCP LISTENER on a local port, connects a second socket of the module to it, checks that the listener reports the incoming connection, and that data flows both ways.</source>
        <translation>在本地端口上打开 TCP LISTENER，用模组的另一个套接字连接它，检查监听报告了接入连接，并且数据可以双向传输。</translation>
    </message>
    <message>
        <source>Open the listener</source>
        <translation>打开监听</translation>
    </message>
    <message>
        <source>Connect a client to it</source>
        <translation>连接一个客户端</translation>
    </message>
    <message>
        <source>the listener accepted the connection</source>
        <translation>监听接受了连接</translation>
    </message>
    <message>
        <source>Incoming connection on socket %1 from %2:%3</source>
        <translation>套接字 %1 上有来自 %2:%3 的接入连接</translation>
    </message>
    <message>
        <source>From the client to the server</source>
        <translation>从客户端到服务端</translation>
    </message>
    <message>
        <source>the server side received what the client sent</source>
        <translation>服务端收到了客户端发送的内容</translation>
    </message>
    <message>
        <source>From the server to the client</source>
        <translation>从服务端到客户端</translation>
    </message>
    <message>
        <source>the client received the server&apos;s answer</source>
        <translation>客户端收到了服务端的应答</translation>
    </message>
    <message>
        <source>Close the sockets</source>
        <translation>关闭套接字</translation>
    </message>
    <message>
        <source>2 KB of binary data, byte for byte</source>
        <translation>2 KB 二进制数据，逐字节核对</translation>
    </message>
    <message>
        <source>Sends 2048 bytes holding every byte value and the sequence &quot;\r\nOK\r\n&quot; at the start, across a 512-byte boundary and at the end; the workbench cuts them into 512-byte sends in the binary-safe fixed-length form. The echo must come back byte for byte, in buffer access mode and in direct push mode.</source>
        <translation>发送 2048 字节，包含所有字节值，并在开头、跨 512 字节边界处和结尾包含序列“
OK
”；工作台将其切分为 512 字节、采用二进制安全的定长形式发送。在缓存访问模式和直吐模式下，回显都必须逐字节一致。</translation>
    </message>
    <message>
        <source>the module acknowledged all %1 bytes</source>
        <translation>模组确认了全部 %1 字节</translation>
    </message>
    <message>
        <source>the echo differs from what was sent from byte %1 on</source>
        <translation>回显从第 %1 字节起与发送的内容不同</translation>
    </message>
    <message>
        <source>the echo matches byte for byte</source>
        <translation>回显逐字节一致</translation>
    </message>
    <message>
        <source>Buffer access mode</source>
        <translation>缓存访问模式</translation>
    </message>
    <message>
        <source>Direct push mode</source>
        <translation>直吐模式</translation>
    </message>
    <message>
        <source>Error paths</source>
        <translation>错误路径</translation>
    </message>
    <message>
        <source>A connect to a port where nobody listens must fail with 566, a name that does not exist with 565, a read on a closed socket with 567, and a connectID out of range must be refused before anything is written. Each error comes back in words.</source>
        <translation>连接无人监听的端口必须以 566 失败，不存在的域名以 565 失败，读取已关闭的套接字以 567 失败，超出范围的连接 ID 必须在写出任何内容之前被拒绝。每个错误都以文字说明返回。</translation>
    </message>
    <message>
        <source>A refused connect gives 566</source>
        <translation>被拒绝的连接返回 566</translation>
    </message>
    <message>
        <source>the error is given in words: %1</source>
        <translation>错误以文字说明给出：%1</translation>
    </message>
    <message>
        <source>An unknown host gives 565</source>
        <translation>未知主机返回 565</translation>
    </message>
    <message>
        <source>Reading a closed socket gives 567</source>
        <translation>读取已关闭的套接字返回 567</translation>
    </message>
    <message>
        <source>AT+QIRD on a closed socket answers ERROR</source>
        <translation>对已关闭的套接字执行 AT+QIRD 返回 ERROR</translation>
    </message>
    <message>
        <source>A connectID out of range is refused</source>
        <translation>超出范围的连接 ID 被拒绝</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>没有写出任何内容</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Six sockets at once</source>
        <translation>同时使用六个套接字</translation>
    </message>
    <message>
        <source>Open six sockets</source>
        <translation>打开六个套接字</translation>
    </message>
    <message>
        <source>Send on each socket</source>
        <translation>在每个套接字上发送</translation>
    </message>
    <message>
        <source>Each echo on its own socket</source>
        <translation>每个回显回到各自的套接字</translation>
    </message>
    <message>
        <source>socket %1 received its own echo</source>
        <translation>套接字 %1 收到了自己的回显</translation>
    </message>
    <message>
        <source>Close the six sockets</source>
        <translation>关闭六个套接字</translation>
    </message>
    <message>
        <source>Buffer full and drained</source>
        <translation>缓存满与清空</translation>
    </message>
    <message>
        <source>Sends more than the module&apos;s receive buffer holds, waits for &quot;buff full&quot;, and checks that the workbench drains the buffer with AT+QIRD until every byte of the echo has arrived, in order.</source>
        <translation>发送超过模组接收缓存容量的数据，等待“buff full”，并检查工作台用 AT+QIRD 清空缓存，直到回显的每个字节都按顺序到达。</translation>
    </message>
    <message>
        <source>Open a socket in buffer access mode</source>
        <translation>以缓存访问模式打开套接字</translation>
    </message>
    <message>
        <source>Fill the receive buffer</source>
        <translation>填满接收缓存</translation>
    </message>
    <message>
        <source>Drain it</source>
        <translation>清空缓存</translation>
    </message>
    <message>
        <source>every byte came back, in order</source>
        <translation>每个字节都按顺序返回</translation>
    </message>
    <message>
        <source>the buffer is no longer full</source>
        <translation>缓存不再处于满状态</translation>
    </message>
    <message>
        <source>context %1 has an address</source>
        <translation>上下文 %1 有地址</translation>
    </message>
    <message>
        <source>Asks an NTP server for the time (AT+QNTTP on the BC25, AT+QNTP on the models that name it so) and compares it with this computer&apos;s clock; the virtual module brings its own SNTP service.</source>
        <translation>向 NTP 服务器查询时间（BC25 上用 AT+QNTTP，在如此命名的型号上用 AT+QNTP），并与本机时钟比较；虚拟模组自带 SNTP 服务。</translation>
    </message>
    <message>
        <source>the refusal quotes the range %1</source>
        <translation>拒绝信息引用了范围 %1</translation>
    </message>
    <message>
        <source>six sockets at once (the BC660K-GL and the BC66 have five)</source>
        <translation>同时使用六个套接字（BC660K-GL 和 BC66 只有五个）</translation>
    </message>
    <message>
        <source>a &quot;buff full&quot; URC (BC25 manual 2.2.3), which the LTE modules&apos; notes do not list (BG96 2.3, BG95 2.4) and the BC660K-GL&apos;s is not known to print</source>
        <translation>&quot;buff full&quot; URC（BC25 手册 2.2.3），LTE 模组的文档未列出它（BG96 2.3，BG95 2.4），也不知道 BC660K-GL 是否会打印它</translation>
    </message>
    <message>
        <source>Opens six sockets to an echo server at once, alternating buffer access and direct push, sends a different line on each and checks that every echo comes back on its own socket.</source>
        <translation>同时打开六个连接回显服务器的套接字，缓存访问模式与直吐模式交替使用，在每个套接字上发送不同的一行，并检查每个回显都回到各自的套接字。</translation>
    </message>
    <message>
        <source>Min RSSI</source>
        <translation>最低 RSSI</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>DNS address</source>
        <translation>DNS 地址</translation>
    </message>
    <message>
        <source>Ping host</source>
        <translation>Ping 主机</translation>
    </message>
    <message>
        <source>Ping count</source>
        <translation>Ping 次数</translation>
    </message>
    <message>
        <source>Loss limit (%)</source>
        <translation>丢包上限（%）</translation>
    </message>
    <message>
        <source>Max average (ms)</source>
        <translation>最大平均值（毫秒）</translation>
    </message>
    <message>
        <source>NTP server</source>
        <translation>NTP 服务器</translation>
    </message>
    <message>
        <source>NTP port</source>
        <translation>NTP 端口</translation>
    </message>
    <message>
        <source>Max offset (s)</source>
        <translation>最大偏差（秒）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Echo port</source>
        <translation>回显端口</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Listen port</source>
        <translation>监听端口</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Closed port</source>
        <translation>关闭的端口</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>Wait (ms)</source>
        <translation>等待（毫秒）</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::StepReport</name>
    <message numerus="yes">
        <source>%n byte(s) of data</source>
        <translation>
            <numerusform>%n 字节数据</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1，%2 毫秒</translation>
    </message>
    <message>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>data sent</source>
        <translation>已发数据</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>final</source>
        <translation>最终结果</translation>
    </message>
    <message>
        <source>%1 after %2 ms</source>
        <translation>%1，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>phase 2</source>
        <translation>第二阶段</translation>
    </message>
    <message>
        <source>meanwhile</source>
        <translation>期间收到</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>事务：</translation>
    </message>
    <message numerus="yes">
        <source>Received last (%n byte(s)):</source>
        <translation>
            <numerusform>最后收到的数据（%n 字节）：</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>bc25::recipe::TransactionCheck</name>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the second phase failed</source>
        <translation>第二阶段失败</translation>
    </message>
    <message>
        <source>%1: expected +%2 error %3, got %4.</source>
        <translation>%1：期望 +%2 错误 %3，实际为 %4。</translation>
    </message>
    <message>
        <source>%1: expected a +%2 answer, got: %3.</source>
        <translation>%1：期望 +%2 应答，实际收到：%3。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: expected field %2 of +%3 to be %4, got %5 (%6).</source>
        <translation>%1：期望 +%3 的第 %2 个字段为 %4，实际为 %5（%6）。</translation>
    </message>
</context>
<context>
    <name>bc25::sim::NvState</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an NVRAM file (a JSON object of %2): the module would replace it</source>
        <translation>%1 不是 NVRAM 文件（%2 的 JSON 对象）：模组会替换它</translation>
    </message>
</context>
<context>
    <name>bc25::sim::SimOptions</name>
    <message>
        <source>%1 takes a number in %2-%3; got &quot;%4&quot;.</source>
        <translation>%1 需要 %2-%3 之间的数字；收到的是“%4”。</translation>
    </message>
    <message>
        <source>Unknown virtual module option &quot;%1&quot;; known: %2.</source>
        <translation>未知的虚拟模组选项“%1”；可用的有：%2。</translation>
    </message>
    <message>
        <source>%1 takes 0-31 (the signal) or 99 (not known); got &quot;%2&quot;.</source>
        <translation>%1 取值为 0-31（信号）或 99（未知）；收到的是“%2”。</translation>
    </message>
    <message>
        <source>ati= needs the lines ATI answers, with | between them.</source>
        <translation>ati= 需要 ATI 应答的各行，以 | 分隔。</translation>
    </message>
    <message>
        <source>%1= needs a command, e.g. %1=+QIOPEN.</source>
        <translation>%1= 需要一个命令，例如 %1=+QIOPEN。</translation>
    </message>
    <message>
        <source>%1=%2: no such command in the catalog (e.g. %1=+QIOPEN).</source>
        <translation>%1=%2：命令目录中没有该命令（例如 %1=+QIOPEN）。</translation>
    </message>
    <message>
        <source>address= needs what the module prints as the context&apos;s address (digits, letters, . and :), e.g. address=0.0.0.0.</source>
        <translation>address= 需要模组为上下文打印的地址（数字、字母、. 和 :），例如 address=0.0.0.0。</translation>
    </message>
</context>
<context>
    <name>bc25::sim::VirtualModule</name>
    <message>
        <source>cannot write the NVRAM file %1: %2</source>
        <translation>无法写入 NVRAM 文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::soak::SoakCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to export: no soak run yet.</source>
        <translation>没有可导出的内容：尚未运行过长时监测。</translation>
    </message>
</context>
<context>
    <name>bc25::soak::SoakMonitor</name>
    <message>
        <source>Enter a host to ping.</source>
        <translation>请输入要 Ping 的主机。</translation>
    </message>
    <message>
        <source>Ping at most once a second.</source>
        <translation>Ping 间隔不能短于 1 秒。</translation>
    </message>
    <message>
        <source>Read the signal at most once a second.</source>
        <translation>读取信号的间隔不能短于 1 秒。</translation>
    </message>
    <message>
        <source>The time scale, duration or chart size is out of range.</source>
        <translation>时间倍率、时长或图表点数超出范围。</translation>
    </message>
    <message>
        <source>A soak run is already running.</source>
        <translation>长时监测已在运行。</translation>
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
    <message>
        <source>DTR (%1)</source>
        <translation>DTR（%1）</translation>
    </message>
    <message>
        <source>RTS (%1)</source>
        <translation>RTS（%1）</translation>
    </message>
    <message>
        <source>%1 could not set %2.</source>
        <translation>%1 无法设置 %2。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Close the program that uses it, or get the right to use it (on Linux: the dialout group).</source>
        <translation>请关闭正在使用它的程序，或取得使用它的权限（Linux 上：dialout 组）。</translation>
    </message>
    <message>
        <source>No port has that name now.</source>
        <translation>当前没有该名称的端口。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::CaptureFolder</name>
    <message>
        <source>Captures go to %1</source>
        <translation>抓包文件保存在 %1</translation>
    </message>
    <message>
        <source>The capture folder could not be shown: no program here opens folders. Every session is recorded in:
%1</source>
        <translation>无法显示抓包文件夹：本机没有可打开文件夹的程序。每个会话都记录在：
%1</translation>
    </message>
    <message>
        <source>Capture folder</source>
        <translation>抓包文件夹</translation>
    </message>
</context>
<context>
    <name>bc25::ui::CaptureViewer</name>
    <message>
        <source>Traffic</source>
        <translation>通信数据</translation>
    </message>
    <message>
        <source>URC log</source>
        <translation>URC 日志</translation>
    </message>
    <message>
        <source>Capture — %1</source>
        <translation>抓包 — %1</translation>
    </message>
    <message>
        <source>Show in traffic</source>
        <translation>在通信数据中显示</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>%1:%2: damaged record: %3</source>
        <translation>%1:%2：损坏的记录：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more damaged record(s)</source>
        <translation>
            <numerusform>%1：另有 %n 条损坏的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Damaged records (%1)</source>
        <translation>损坏的记录（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) of this capture could not be read and were skipped; the tab &quot;Damaged records&quot; says where and why.</source>
        <translation>
            <numerusform>此抓包文件中有 %n 条损坏的记录无法读取，已跳过；“损坏的记录”标签页给出其位置和原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Model: %1 (no model in the header)</source>
        <translation>型号：%1（文件头未指明型号）</translation>
    </message>
    <message>
        <source>Model: %1 (from the capture&apos;s header)</source>
        <translation>型号：%1（取自抓包文件头）</translation>
    </message>
    <message>
        <source>Model: %1 (the header names &quot;%2&quot;, a model this version does not read)</source>
        <translation>型号：%1（文件头指明 &quot;%2&quot;，本版本不支持该型号）</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 names the capture&apos;s model a second time (first on line %3); a capture names one.</source>
        <translation>无法读取 %1：第 %2 行再次命名了抓包文件的型号（首次在第 %3 行）；抓包文件只能命名一个型号。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::CheckDetails</name>
    <message>
        <source>Cannot run:</source>
        <translation>无法运行：</translation>
    </message>
    <message>
        <source>Sends, in this order (an undo only after the command it undoes succeeded):</source>
        <translation>按此顺序发送（撤销命令仅在其所撤销的命令成功后发送）：</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>观察到：</translation>
    </message>
    <message>
        <source>Likely cause and next step:</source>
        <translation>可能原因和下一步：</translation>
    </message>
    <message>
        <source>Stops here:</source>
        <translation>在此停止：</translation>
    </message>
    <message>
        <source>the checks after it would tell nothing, so they were not run.</source>
        <translation>其后的检查已无意义，因此未运行。</translation>
    </message>
    <message>
        <source>No evidence: nothing was sent for this check.</source>
        <translation>无证据：此检查没有发送任何内容。</translation>
    </message>
    <message>
        <source>Evidence (transactions: %1):</source>
        <translation>证据（事务：%1 条）：</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ConnectionBar</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>自动重连</translation>
    </message>
    <message>
        <source>When the port disappears (a pulled cable), connect again once it is back</source>
        <translation>端口消失（拔掉线缆）后，待其恢复时自动重新连接</translation>
    </message>
    <message>
        <source> Port: </source>
        <translation> 端口：</translation>
    </message>
    <message>
        <source> Baud: </source>
        <translation> 波特率：</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Connect or disconnect (Ctrl+K)</source>
        <translation>连接或断开（Ctrl+K）</translation>
    </message>
    <message>
        <source>Data bits, parity, stop bits, flow control, RTS and DTR on open, the terminal&apos;s line ending; remembered for each port</source>
        <translation>数据位、校验位、停止位、流控、打开时的 RTS 和 DTR、终端的行结束符；每个端口分别记住</translation>
    </message>
    <message>
        <source>Serial port, or the virtual %1 built into the workbench; a device path can be typed</source>
        <translation>串口，或工作台内置的虚拟 %1；也可以输入设备路径</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ConsoleModel</name>
    <message>
        <source>» %1</source>
        <translation>» %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Offset and hex</source>
        <translation>偏移和十六进制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Bytes %1–%2 of a line of %3 bytes, shown in rows of %4 bytes. The whole line:</source>
        <translation>一行共 %3 字节中的第 %1–%2 字节，按每行 %4 字节显示。整行：</translation>
    </message>
    <message>
        <source>↪ byte %1</source>
        <translation>↪ 第 %1 字节</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ConsolePanel</name>
    <message>
        <source>Socket %1</source>
        <translation>套接字 %1</translation>
    </message>
</context>
<context>
    <name>bc25::ui::DnsPanel</name>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>DNS servers (AT+QIDNSCFG)</source>
        <translation>DNS 服务器（AT+QIDNSCFG）</translation>
    </message>
    <message>
        <source>e.g. 114.114.114.114</source>
        <translation>例如 114.114.114.114</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Primary:</source>
        <translation>首选：</translation>
    </message>
    <message>
        <source>Secondary:</source>
        <translation>备用：</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>DNS servers sent to the module.</source>
        <translation>DNS 服务器已发送给模组。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n address(es), time to live %2 s</source>
        <translation>
            <numerusform>%1：%n 个地址，生存时间 %2 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::DriftStatus</name>
    <message numerus="yes">
        <source>%n unexpected line(s)</source>
        <translation>
            <numerusform>%n 行意外输出</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines the module printed that its model&apos;s manual does not give, since the link opened. The last: %1</source>
        <translation>自连接建立以来，模组输出了其型号手册中没有的行。最近一行：%1</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ErrorAdvice</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>an error, then what to do about it: &quot;574 (Port busy) — The local port is taken…&quot;</extracomment>
        <translation>%1——%2</translation>
    </message>
</context>
<context>
    <name>bc25::ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>上一个匹配（Shift+F3、Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>下一个匹配（F3、Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>关闭查找</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (at the end)</source>
        <translation>正则表达式无效：%1（在末尾）</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1 (at character %2)</source>
        <translation>正则表达式无效：%1（在第 %2 个字符处）</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>1 of 1 match</source>
        <translation>第 1 个，共 1 个匹配</translation>
    </message>
    <message>
        <source>%1 of %2 matches</source>
        <translation>第 %1 个，共 %2 个匹配</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
    <message>
        <source>%1, wrapped to the top</source>
        <translation>%1，已从顶部重新开始</translation>
    </message>
    <message>
        <source>%1, wrapped to the bottom</source>
        <translation>%1，已从底部重新开始</translation>
    </message>
</context>
<context>
    <name>bc25::ui::HealthPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Include IMEI/IMSI/ICCID</source>
        <translation>包含 IMEI/IMSI/ICCID</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Stop after the command in flight: nothing more is sent.</source>
        <translation>在当前命令之后停止：不再发送任何命令。</translation>
    </message>
    <message>
        <source>Save the last run as a self-contained HTML page and a JSON file beside it.</source>
        <translation>将上一次运行保存为一个独立的 HTML 页面，并在旁边保存一个 JSON 文件。</translation>
    </message>
    <message>
        <source>Unticked, the module&apos;s IMEI, IMSI and ICCID are masked in the report: reports are often mailed on.</source>
        <translation>不勾选时，报告中模组的 IMEI、IMSI 和 ICCID 会被遮盖：报告常常会被转发出去。</translation>
    </message>
    <message>
        <source>Select a check to see its commands or, once it has run, its evidence: every transaction it sent.</source>
        <translation>选择一项检查以查看其命令；运行后可查看其证据：它发送的每一个事务。</translation>
    </message>
    <message>
        <source>Show or hide the hosts the checks use and the limits they judge by.</source>
        <translation>显示或隐藏检查所用的主机及其判定阈值。</translation>
    </message>
    <message>
        <source>Ready: the ticked checks send the commands listed under them, and nothing else.</source>
        <translation>就绪：已勾选的检查只发送其下列出的命令，不发送其他任何内容。</translation>
    </message>
    <message>
        <source>No module is connected: connect one (or the virtual module) to run the health check. The plan below can be prepared meanwhile.</source>
        <translation>未连接模组：请连接一个模组（或虚拟模组）以运行健康检查。在此期间可以先准备下面的计划。</translation>
    </message>
    <message>
        <source>No check is ticked: nothing was sent.</source>
        <translation>未勾选任何检查：没有发送任何内容。</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stopped by the user: nothing more was sent.</source>
        <translation>已被用户停止：不再发送任何内容。</translation>
    </message>
    <message>
        <source>Stopping after the command under way…</source>
        <translation>正在进行的命令完成后停止…</translation>
    </message>
    <message>
        <source>Check %1 of %2: %3…</source>
        <translation>第 %1 项检查，共 %2 项：%3…</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Not ticked: nothing was sent.</source>
        <translation>未勾选：没有发送任何内容。</translation>
    </message>
    <message>
        <source>%1 passed, %2 with a warning, %3 failed, %4 not run.</source>
        <translation>%1 项通过，%2 项警告，%3 项失败，%4 项未运行。</translation>
    </message>
    <message>
        <source>Stopped at &quot;%1&quot;: the checks after it would tell nothing.</source>
        <translation>在“%1”处停止：其后的检查已无意义。</translation>
    </message>
    <message>
        <source>Health check: %1</source>
        <translation>健康检查：%1</translation>
    </message>
    <message>
        <source>There is no run to report yet.</source>
        <translation>还没有可生成报告的运行。</translation>
    </message>
    <message>
        <source>The report is saved: %1 and %2.</source>
        <translation>报告已保存：%1 和 %2。</translation>
    </message>
    <message>
        <source>Save the health check report</source>
        <translation>保存健康检查报告</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Run the ticked checks (Ctrl+Shift+H). Only the commands listed are sent.</source>
        <translation>运行已勾选的检查（Ctrl+Shift+H）。只发送列出的命令。</translation>
    </message>
    <message>
        <source>No module is connected.</source>
        <translation>未连接模组。</translation>
    </message>
    <message>
        <source>The hosts or limits changed: run the check again for results and a report.</source>
        <translation>主机或阈值已更改：请重新运行检查以获得结果和报告。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The link to the module ended: %1</source>
        <translation>与模组的连接已结束：%1</translation>
    </message>
    <message>
        <source>Not run: you disconnected from the module.</source>
        <translation>未运行：您已断开与模组的连接。</translation>
    </message>
    <message>
        <source>Not run: the link to the module was lost.</source>
        <translation>未运行：与模组的连接已丢失。</translation>
    </message>
    <message>
        <source>%1 passed, %2 with a warning, %3 failed, %4 not run, %5 skipped.</source>
        <translation>%1 项通过，%2 项有警告，%3 项失败，%4 项未运行，%5 项跳过。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Last run, on the link that ended: %1</source>
        <translation>上次运行（在已结束的连接上）：%1</translation>
    </message>
    <message>
        <source>No module is connected: the results stay to be read and saved; the next link clears them.</source>
        <translation>未连接模组：结果保留以供查看和保存；下一次连接会清除它们。</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>上次运行：%1</translation>
    </message>
</context>
<context>
    <name>bc25::ui::HealthPlanModel</name>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>The check stops here: the checks after it would tell nothing.</source>
        <translation>检查在此停止：其后的检查已无意义。</translation>
    </message>
    <message>
        <source>Ticked: these commands are sent when the check runs.</source>
        <translation>已勾选：运行检查时发送这些命令。</translation>
    </message>
    <message>
        <source>Unticked: nothing of this check is sent.</source>
        <translation>未勾选：此检查不发送任何内容。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1
If it fails, the check fails and its other commands are not sent.</source>
        <translation>%1
若此命令失败，则该检查失败，其余命令不再发送。</translation>
    </message>
    <message>
        <source>%1
Optional: not every firmware has it; a failure is only noted.</source>
        <translation>%1
可选：并非所有固件都支持；失败时仅作记录。</translation>
    </message>
    <message>
        <source>%1
Sent only when the command it undoes succeeded, so the check leaves no trace.</source>
        <translation>%1
仅在其所撤销的命令成功后发送，使检查不留痕迹。</translation>
    </message>
    <message>
        <source>Check and its commands</source>
        <translation>检查及其命令</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1
Sent only when the command above answers a bare ERROR: the module&apos;s reason for it (manual 2.1.12), read by the check itself.</source>
        <translation>%1
仅在上一条命令只返回 ERROR 时发送：由检查自己读取模组给出的原因（手册 2.1.12）。</translation>
    </message>
    <message>
        <source>Not sent in this run.</source>
        <translation>本次运行未发送。</translation>
    </message>
    <message>
        <source>Sent in this run.</source>
        <translation>本次运行已发送。</translation>
    </message>
    <message>
        <source>%1
Sent only when the module&apos;s answer above does not list the context as active: sockets, ping and DNS need it activated. If it fails, the check fails.</source>
        <translation>%1
仅当模组上面的应答未列出该上下文为已激活时才发送：套接字、ping 和 DNS 都需要上下文已激活。若激活失败，本项检查失败。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::HealthReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::ui::HealthSettingsForm</name>
    <message>
        <source>Advanced: limits</source>
        <translation>高级：阈值</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>none: only the DNS servers are read</source>
        <translation>无：只读取 DNS 服务器</translation>
    </message>
    <message>
        <source>none: no ping</source>
        <translation>无：不进行 Ping</translation>
    </message>
    <message>
        <source>none: no TCP check</source>
        <translation>无：不进行 TCP 检查</translation>
    </message>
    <message>
        <source>none: no time check</source>
        <translation>无：不进行时间检查</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>DNS name:</source>
        <translation>DNS 域名：</translation>
    </message>
    <message>
        <source>Ping host:</source>
        <translation>Ping 主机：</translation>
    </message>
    <message>
        <source>Server, port:</source>
        <translation>服务器、端口：</translation>
    </message>
    <message>
        <source>NTP server, port:</source>
        <translation>NTP 服务器、端口：</translation>
    </message>
    <message>
        <source>Slowest average round trip:</source>
        <translation>最长平均往返时间：</translation>
    </message>
    <message>
        <source>Warn below CSQ (0–31):</source>
        <translation>CSQ 低于此值时警告（0–31）：</translation>
    </message>
    <message>
        <source>Fail below CSQ (0–31):</source>
        <translation>CSQ 低于此值时失败（0–31）：</translation>
    </message>
    <message>
        <source>Largest clock offset:</source>
        <translation>最大时钟偏差：</translation>
    </message>
    <message>
        <source>AT+CSQ &lt;rssi&gt;: 0 is −113 dBm or less, 31 is −51 dBm or more, 2 dBm a step.</source>
        <translation>AT+CSQ &lt;rssi&gt;：0 表示 −113 dBm 或更低，31 表示 −51 dBm 或更高，每级 2 dBm。</translation>
    </message>
    <message>
        <source>where the device is, for the report</source>
        <translation>设备所在的地点，写入报告</translation>
    </message>
    <message>
        <source>the label on the device, for the report</source>
        <translation>设备标签上的序列号，写入报告</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Device serial number:</source>
        <translation>设备序列号：</translation>
    </message>
    <message>
        <source>Written at the top of the report (a place, a customer, a meter number); never sent to the module.</source>
        <translation>写在报告开头（地点、客户、表号等）；不会发送给模组。</translation>
    </message>
    <message>
        <source>The serial number on the device&apos;s label, written at the top of the report; never sent to the module.</source>
        <translation>设备标签上的序列号，写在报告开头；不会发送给模组。</translation>
    </message>
    <message>
        <source>A name %1 looks up, 1–253 characters%2.</source>
        <translation>%1 要解析的域名，1–253 个字符%2。</translation>
    </message>
    <message>
        <source>The host %1 pings, 1–253 characters%2.</source>
        <translation>%1 要 Ping 的主机，1–253 个字符%2。</translation>
    </message>
    <message>
        <source>Your server: %1 opens a TCP connection to it and closes it again%2.</source>
        <translation>您的服务器：%1 与其建立 TCP 连接后再关闭%2。</translation>
    </message>
    <message>
        <source>The server&apos;s port, 1–65535%1.</source>
        <translation>服务器端口，1–65535%1。</translation>
    </message>
    <message>
        <source>The server %1 asks for the time%2.</source>
        <translation>%1 向其请求时间的服务器%2。</translation>
    </message>
    <message>
        <source>The NTP server&apos;s port, 1–65535%1; usually 123.</source>
        <translation>NTP 服务器端口，1–65535%1；通常为 123。</translation>
    </message>
    <message>
        <source>Pings (%1):</source>
        <translation>Ping 次数（%1）：</translation>
    </message>
    <message>
        <source>Pings (%1, %2):</source>
        <translation>Ping 次数（%1，%2）：</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a citation after a sentence</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>bc25::ui::LeaveQuestion</name>
    <message>
        <source>Recipes</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>The recipe %1 is not saved. Save it to your recipes first?</source>
        <translation>脚本 %1 尚未保存。要先把它保存到“我的脚本”吗？</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message numerus="yes">
        <source>%n socket(s) are open. Reading the module as %1 closes them first (AT+QICLOSE), then connects again.</source>
        <translation>
            <numerusform>%n 个套接字处于打开状态。按 %1 解读模组会先将其关闭（AT+QICLOSE），然后重新连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close and read as %1</source>
        <translation>关闭并按 %1 解读</translation>
    </message>
    <message>
        <source>Reading the module as %1 clears the health check&apos;s last results and the soak monitor&apos;s run. Save the report or export the CSV first if you need them.</source>
        <translation>按 %1 解读模组会清除健康检查的上次结果和长时监测的本次运行。如需保留，请先保存报告或导出 CSV。</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>按 %1 解读</translation>
    </message>
</context>
<context>
    <name>bc25::ui::LineSettingsDialog</name>
    <message>
        <source>Leave as is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Line settings</source>
        <translation>线路设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <source>Set once the port is open. Some boards wire DTR to the module&apos;s reset or power key.</source>
        <translation>端口打开后设置。有些电路板把 DTR 接到模组的复位键或电源键。</translation>
    </message>
    <message>
        <source>How the terminal ends a typed command. The workbench&apos;s own commands end with CR.</source>
        <translation>终端输入的命令以什么结尾。工作台自己发送的命令以 CR 结尾。</translation>
    </message>
    <message>
        <source>Data bits:</source>
        <translation>数据位：</translation>
    </message>
    <message>
        <source>Parity:</source>
        <translation>校验位：</translation>
    </message>
    <message>
        <source>Stop bits:</source>
        <translation>停止位：</translation>
    </message>
    <message>
        <source>Flow control:</source>
        <translation>流控：</translation>
    </message>
    <message>
        <source>RTS on open:</source>
        <translation>打开时 RTS：</translation>
    </message>
    <message>
        <source>DTR on open:</source>
        <translation>打开时 DTR：</translation>
    </message>
    <message>
        <source>Terminal line ending:</source>
        <translation>终端行结束符：</translation>
    </message>
    <message>
        <source>RTS/CTS flow control drives RTS.</source>
        <translation>RTS/CTS 流控自行控制 RTS。</translation>
    </message>
    <message>
        <source>Set once the port is open. Quectel&apos;s QCOM users set RTS; some boards wire it to the module&apos;s reset or power key.</source>
        <translation>端口打开后设置。移远 QCOM 的用户会勾选 RTS；有些电路板把它接到模组的复位键或电源键。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::LinkStatus</name>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Port open (%1) — waiting for the module…</source>
        <translation>端口已打开（%1）— 正在等待模组…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Plug it back in and press Connect, or tick Reconnect to have it connected when it is back.</source>
        <translation>请把它重新插好并按“连接”，或勾选“自动重连”，以便它回来时自动连接。</translation>
    </message>
    <message>
        <source>Check the port&apos;s name, or tick Reconnect to have it connected when it appears.</source>
        <translation>请检查端口名称，或勾选“自动重连”，端口出现时即会连接。</translation>
    </message>
    <message>
        <source>——— Link to %1 ended: %2 ———</source>
        <translation>——— 与 %1 的连接已断开：%2 ———</translation>
    </message>
    <message>
        <source>——— Link to %1 opened ———</source>
        <extracomment>a link marker; &quot;——— Link to %1 closed ———&quot; and &quot;——— Link to %1 ended: %2 ———&quot; are built alike</extracomment>
        <translation>——— 与 %1 的连接已建立 ———</translation>
    </message>
    <message>
        <source>——— Now read as %1: link to %2 opened ———</source>
        <translation>——— 现在按 %1 解读：与 %2 的连接已建立 ———</translation>
    </message>
    <message>
        <source>——— Link to %1 closed ———</source>
        <extracomment>a link marker, as &quot;——— Link to %1 opened ———&quot;</extracomment>
        <translation>——— 与 %1 的连接已关闭 ———</translation>
    </message>
</context>
<context>
    <name>bc25::ui::MainWindow</name>
    <message>
        <source>BC25 Workbench</source>
        <translation>BC25 工作台</translation>
    </message>
    <message>
        <source>Unrecognised output shown raw in the terminal: %1</source>
        <translation>无法识别的输出已在终端中原样显示：%1</translation>
    </message>
    <message>
        <source>The module restarted (RDY); every socket was closed.</source>
        <translation>模组已重启（RDY）；所有套接字均已关闭。</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>NTP</source>
        <translation>NTP</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Consoles</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>URC log</source>
        <translation>URC 日志</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>打开抓包文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message>
        <source>Captures (*.bc25cap);;All files (*)</source>
        <translation>抓包文件 (*.bc25cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Show the &amp;capture folder</source>
        <translation>显示抓包文件夹(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>模组(&amp;M)</translation>
    </message>
    <message>
        <source>Refresh &amp;sockets (AT+QISTATE?)</source>
        <translation>刷新套接字(&amp;S)（AT+QISTATE?）</translation>
    </message>
    <message>
        <source>Refresh si&amp;gnal</source>
        <translation>刷新信号(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Identify and read settings</source>
        <translation>识别并读取设置(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Last error (AT+QIGETERROR)</source>
        <translation>最近错误(&amp;L)（AT+QIGETERROR）</translation>
    </message>
    <message>
        <source>Res&amp;tart the virtual module</source>
        <translation>重启虚拟模组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BC25 Workbench</source>
        <translation>关于 BC25 工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About BC25 Workbench</source>
        <translation>关于 BC25 工作台</translation>
    </message>
    <message>
        <source>Signal %1 dBm (CSQ %2)</source>
        <translation>信号 %1 dBm（CSQ %2）</translation>
    </message>
    <message>
        <source>Signal unknown</source>
        <translation>信号未知</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>已附着</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message numerus="yes">
        <source>The module printed a line longer than the parser keeps; its start is in the terminal, %n further byte(s) were skipped up to the line end.</source>
        <translation>
            <numerusform>模组输出了一行超过解析器保留长度的数据；其开头显示在终端中，其后的 %n 字节已跳过，直到行尾。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>事务</translation>
    </message>
    <message>
        <source>The bytes of %1 are no longer in the terminal.</source>
        <translation>%1 的字节已不在终端中。</translation>
    </message>
    <message>
        <source>&amp;Quick reference</source>
        <translation>快速参考(&amp;Q)</translation>
    </message>
    <message>
        <source>The bytes of %1 are hidden by Hide polling in the terminal.</source>
        <translation>%1 的字节已被终端的“隐藏轮询”隐藏。</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Soak monitor</source>
        <translation>长时监测</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Run the &amp;health check</source>
        <translation>运行健康检查(&amp;H)</translation>
    </message>
    <message>
        <source>Quick commands</source>
        <translation>快捷命令</translation>
    </message>
    <message>
        <source>Run the &amp;recipe</source>
        <translation>运行脚本(&amp;R)</translation>
    </message>
    <message>
        <source>%1, revision %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>No capture has been recorded yet: the folder does not exist.</source>
        <translation>尚未录制任何抓包：该文件夹还不存在。</translation>
    </message>
    <message>
        <source>No module is connected.</source>
        <translation>未连接模组。</translation>
    </message>
    <message>
        <source>Only the built-in virtual module can be restarted from here; this link is to a serial port.</source>
        <translation>只有内置的虚拟模组可以在此重启；当前连接的是串口。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;BC25 Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drives and diagnoses Quectel modules (%2) through their TCP/IP AT commands. Without a module, the built-in virtual module answers like the chosen model, with real sockets on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;BC25 工作台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;通过 TCP/IP AT 命令驱动和诊断移远模组（%2）。没有模组时，内置的虚拟模组会像所选型号那样应答，并使用本机上的真实套接字。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy the capture folder&apos;s &amp;path</source>
        <translation>复制抓包文件夹路径(&amp;P)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ModelControls</name>
    <message>
        <source>Mo&amp;del</source>
        <translation>型号(&amp;D)</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>按 %1 解读</translation>
    </message>
    <message>
        <source>The model the workbench reads the module with, and why: identified (the module connected says so), chosen (the Model menu), accepted (the module said so on an earlier link, and Read as… was clicked), default (nothing said). Model menu: choose another.</source>
        <translation>工作台解读模组所用的型号及其原因：已识别（已连接的模组如此自称）、已选择（“型号”菜单）、已接受（模组在之前的连接中如此自称，且点击了“按…解读”）、默认（模组未说明）。“型号”菜单：选择其他型号。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ModuleSettingsPanel</name>
    <message>
        <source>View mode 1: data on the header line (&quot;viewmode&quot;)</source>
        <translation>显示模式 1：数据紧跟在头部行后（&quot;viewmode&quot;）</translation>
    </message>
    <message>
        <source>Show lengths in buffer access mode (&quot;showlength&quot;)</source>
        <translation>缓存访问模式下显示长度（&quot;showlength&quot;）</translation>
    </message>
    <message>
        <source>Receive data as hex text (&quot;dataformat&quot;)</source>
        <translation>以十六进制文本接收数据（&quot;dataformat&quot;）</translation>
    </message>
    <message>
        <source>TCP keepalive</source>
        <translation>TCP 保活</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Data (AT+QICFG)</source>
        <translation>数据（AT+QICFG）</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Keepalive (AT+QIKALIVE)</source>
        <translation>保活（AT+QIKALIVE）</translation>
    </message>
    <message>
        <source>Idle time:</source>
        <translation>空闲时间：</translation>
    </message>
    <message>
        <source>Interval:</source>
        <translation>间隔：</translation>
    </message>
    <message>
        <source>Probes:</source>
        <translation>探测次数：</translation>
    </message>
    <message>
        <source>Last error (AT+QIGETERROR)</source>
        <translation>最近错误（AT+QIGETERROR）</translation>
    </message>
    <message>
        <source>Ask the module</source>
        <translation>向模组查询</translation>
    </message>
    <message>
        <source>%1, read at %2</source>
        <translation>%1，读取于 %2</translation>
    </message>
    <message>
        <source>None read yet: Ask the module.</source>
        <translation>尚未读取：请点“向模组查询”。</translation>
    </message>
    <message>
        <source>Nothing to apply: the module already has these settings.</source>
        <translation>无需应用：模组已是这些设置。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::NtpPanel</name>
    <message>
        <source>Set the module&apos;s clock (autosettime 1)</source>
        <translation>设置模组时钟（autosettime 1）</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>NTP server:</source>
        <translation>NTP 服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Synchronisation failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>The module answered %1, which is not a time this tool can read.</source>
        <translation>模组返回了 %1，本工具无法将其识别为时间。</translation>
    </message>
    <message>
        <source>The module&apos;s clock agrees with this PC&apos;s (within 1 s).</source>
        <translation>模组的时钟与本机一致（相差不到 1 秒）。</translation>
    </message>
    <message>
        <source>The module&apos;s clock is %1 s ahead of this PC&apos;s.</source>
        <translation>模组的时钟比本机快 %1 秒。</translation>
    </message>
    <message>
        <source>The module&apos;s clock is %1 s behind this PC&apos;s.</source>
        <translation>模组的时钟比本机慢 %1 秒。</translation>
    </message>
    <message>
        <source>Module: %1 (as printed: %2)
This PC: %3
%4</source>
        <translation>模组：%1（原样：%2）
本机：%3
%4</translation>
    </message>
</context>
<context>
    <name>bc25::ui::OpenSocketDialog</name>
    <message>
        <source>Open a Socket (AT+QIOPEN)</source>
        <translation>打开套接字（AT+QIOPEN）</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>UDP client</source>
        <translation>UDP 客户端</translation>
    </message>
    <message>
        <source>TCP listener</source>
        <translation>TCP 监听</translation>
    </message>
    <message>
        <source>UDP service</source>
        <translation>UDP 服务</translation>
    </message>
    <message>
        <source>Buffer access (read with AT+QIRD)</source>
        <translation>缓存访问（用 AT+QIRD 读取）</translation>
    </message>
    <message>
        <source>Direct push (data in the URC)</source>
        <translation>直吐模式（数据在 URC 中）</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>IP address or domain name</source>
        <translation>IP 地址或域名</translation>
    </message>
    <message>
        <source>0 (automatic)</source>
        <translation>0（自动）</translation>
    </message>
    <message>
        <source>Context ID:</source>
        <translation>上下文 ID：</translation>
    </message>
    <message>
        <source>Connect ID:</source>
        <translation>连接 ID：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务类型：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Remote port:</source>
        <translation>远端端口：</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>本地端口：</translation>
    </message>
    <message>
        <source>Access mode:</source>
        <translation>访问模式：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>A domain name can take up to %1 s to connect.</source>
        <translation>使用域名时，连接最多可能需要 %1 秒。</translation>
    </message>
    <message>
        <source>An IP address can take up to %1 s to connect.</source>
        <translation>使用 IP 地址时，连接最多可能需要 %1 秒。</translation>
    </message>
    <message>
        <source>An IP address can take up to %1 s to connect, a domain name up to %2 s.</source>
        <translation>使用 IP 地址时连接最多可能需要 %1 秒，使用域名时最多 %2 秒。</translation>
    </message>
    <message>
        <source>A socket can take up to %1 s to connect.</source>
        <translation>套接字连接最长可能需要 %1 秒。</translation>
    </message>
    <message>
        <source>A listener or a service takes the module&apos;s own IP address: type the one AT+CGPADDR answers.</source>
        <translation>监听或服务使用模组自己的 IP 地址：请输入 AT+CGPADDR 返回的地址。</translation>
    </message>
    <message>
        <source>A listener or a service takes the module&apos;s own IP address, which its context gets once activated: activate it with AT+QIACT=%1 first, then type the one AT+CGPADDR=%1 answers.</source>
        <translation>监听或服务使用模组自己的 IP 地址，该地址在上下文激活后才会分配：请先用 AT+QIACT=%1 激活，再输入 AT+CGPADDR=%1 返回的地址。</translation>
    </message>
    <message>
        <source>%1 is the virtual module&apos;s loopback address: a client on this computer reaches the socket there.</source>
        <translation>%1 是虚拟模组的回环地址：本机上的客户端可通过该地址连接此套接字。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The module listens for TCP connections on local port %1.</source>
        <translation>模组在本地端口 %1 上监听 TCP 连接。</translation>
    </message>
    <message>
        <source>The module takes UDP datagrams on local port %1.</source>
        <translation>模组在本地端口 %1 上接收 UDP 数据报。</translation>
    </message>
    <message>
        <source>The virtual module listens for TCP connections on this computer&apos;s local port %1 (the one offered was free here).</source>
        <translation>虚拟模组在本机的本地端口 %1 上监听 TCP 连接（提供的端口在本机空闲）。</translation>
    </message>
    <message>
        <source>The virtual module takes UDP datagrams on this computer&apos;s local port %1 (the one offered was free here).</source>
        <translation>虚拟模组在本机的本地端口 %1 上接收 UDP 数据报（提供的端口在本机空闲）。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ParameterForm</name>
    <message>
        <source>This recipe asks for no parameters.</source>
        <translation>此脚本不需要参数。</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>Left empty, the recipe&apos;s default (%1) is used.</source>
        <translation>留空则使用脚本的默认值（%1）。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The recipe has no default for %1: give a value.</source>
        <translation>脚本没有 %1 的默认值：请填写一个值。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>Type: %1.</source>
        <translation>类型：%1。</translation>
    </message>
    <message>
        <source>In the recipe: param(&quot;%1&quot;)</source>
        <translation>脚本中：param(&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>a port, 1-65535</source>
        <translation>端口，1-65535</translation>
    </message>
</context>
<context>
    <name>bc25::ui::PingPanel</name>
    <message>
        <source>&lt;%1&gt;: %2</source>
        <translation>&lt;%1&gt;：%2</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Pinging %1…</source>
        <translation>正在 Ping %1…</translation>
    </message>
    <message>
        <source>Reply %1: %2</source>
        <translation>回复 %1：%2</translation>
    </message>
    <message>
        <source>Ping failed: %1</source>
        <translation>Ping 失败：%1</translation>
    </message>
    <message>
        <source>Sent %1, received %2, lost %3 — min %4 ms, avg %5 ms, max %6 ms</source>
        <translation>发送 %1，接收 %2，丢失 %3 — 最小 %4 毫秒，平均 %5 毫秒，最大 %6 毫秒</translation>
    </message>
    <message>
        <source>No module is connected.</source>
        <translation>未连接模组。</translation>
    </message>
    <message>
        <source>not on the %1</source>
        <translation>%1 无此项</translation>
    </message>
    <message>
        <source>The %1&apos;s AT+QPING takes no size.</source>
        <translation>%1 的 AT+QPING 不带大小参数。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickCommandStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not a list of commands.</source>
        <translation>%1 大于 %2 KiB：不是命令列表。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>AT 测试</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>网络注册</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附着状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Only the first %1 commands are kept.</source>
        <translation>只保留前 %1 条命令。</translation>
    </message>
    <message>
        <source>Not a quick commands file: %1</source>
        <translation>不是快捷命令文件：%1</translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickCommandsPanel</name>
    <message>
        <source>Stop on error</source>
        <translation>出错时停止</translation>
    </message>
    <message>
        <source>Run group</source>
        <translation>运行分组</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>AT 命令</translation>
    </message>
    <message>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <source>How many times the group runs</source>
        <translation>分组运行的次数</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>The wait between an answer and the next command</source>
        <translation>收到应答后到发送下一条命令之前的等待时间</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the command to the selected group</source>
        <translation>将命令添加到选中的分组</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import quick commands</source>
        <translation>导入快捷命令</translation>
    </message>
    <message>
        <source>Quick commands (*.json *.txt);;All files (*)</source>
        <translation>快捷命令 (*.json *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export quick commands</source>
        <translation>导出快捷命令</translation>
    </message>
    <message>
        <source>JSON (*.json);;Plain list (*.txt)</source>
        <translation>JSON (*.json);;纯文本列表 (*.txt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>发送 %1</translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation>%1 已发送。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>Type the command to add.</source>
        <translation>请输入要添加的命令。</translation>
    </message>
    <message>
        <source>Only the first %1 commands are kept.</source>
        <translation>只保留前 %1 条命令。</translation>
    </message>
    <message>
        <source>My commands</source>
        <translation>我的命令</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条命令。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickReference</name>
    <message>
        <source>Quick reference</source>
        <translation>快速参考</translation>
    </message>
    <message>
        <source>Search commands, parameters, error codes, URCs…</source>
        <translation>搜索命令、参数、错误码、URC…</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>URCs</source>
        <translation>URC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a quick reference tab while searching: &quot;Error codes (2)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>没有匹配项。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickSequence</name>
    <message>
        <source>The group has no commands.</source>
        <translation>该分组中没有命令。</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>已被用户停止</translation>
    </message>
    <message>
        <source>Done %1 of %2</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Stopped at %1 of %2</source>
        <translation>停在 %1/%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n failed)</source>
        <translation>
            <numerusform>（%n 条失败）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeBrowser</name>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>My recipes</source>
        <translation>我的脚本</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeButtons</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deletes the recipe of yours shown</source>
        <translation>删除当前显示的我的脚本</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Runs the recipe in the editor with these parameters (Ctrl+R)</source>
        <translation>用这些参数运行编辑器中的脚本（Ctrl+R）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>While on, what you do in the terminal and the panels becomes a recipe draft</source>
        <translation>开启时，您在终端和面板中的操作会变成脚本草稿</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Starts a new recipe in the editor</source>
        <translation>在编辑器中新建一个脚本</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Opens a recipe file</source>
        <translation>打开脚本文件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saves the editor&apos;s recipe (a built-in one under a name of yours)</source>
        <translation>保存编辑器中的脚本（内置脚本以您自己的名称保存）</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Saves the editor&apos;s recipe among yours under a new name</source>
        <translation>以新名称将编辑器中的脚本保存到我的脚本</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Checks the recipe&apos;s syntax without running it</source>
        <translation>检查脚本语法，不运行</translation>
    </message>
    <message>
        <source>Ends the run: the step under way is marked stopped, the recipe&apos;s sockets are closed</source>
        <translation>结束运行：正在进行的步骤标记为已停止，脚本打开的套接字将被关闭</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeLauncher</name>
    <message>
        <source>A recipe is running.</source>
        <translation>有脚本正在运行。</translation>
    </message>
    <message>
        <source>Connect a module first: nothing was run.</source>
        <translation>请先连接模组：未运行任何内容。</translation>
    </message>
    <message>
        <source>The recipe asks the virtual module for %1; on a serial port these options do not apply.</source>
        <translation>脚本要求虚拟模组使用 %1；在串口上这些选项不适用。</translation>
    </message>
    <message>
        <source>The recipe&apos;s virtual module options cannot be used, nothing was run: %1</source>
        <translation>无法使用脚本的虚拟模组选项，未运行任何内容：%1</translation>
    </message>
    <message>
        <source>The built-in virtual module was restarted with its default settings.</source>
        <translation>内置虚拟模组已按默认设置重启。</translation>
    </message>
    <message>
        <source>The built-in virtual module was restarted with %1 for this recipe.</source>
        <translation>已为此脚本以 %1 重启内置虚拟模组。</translation>
    </message>
    <message>
        <source>Restarting the built-in virtual module with its default settings…</source>
        <translation>正在按默认设置重启内置虚拟模组…</translation>
    </message>
    <message>
        <source>Restarting the built-in virtual module with %1…</source>
        <translation>正在以 %1 重启内置虚拟模组…</translation>
    </message>
    <message>
        <source>The virtual module did not start again: %1</source>
        <translation>虚拟模组未能重新启动：%1</translation>
    </message>
    <message>
        <source>Nothing was run: the link changed while the restart waited for your answer.</source>
        <translation>未运行任何内容：等待您答复重启期间连接已改变。</translation>
    </message>
    <message>
        <source>For %1 only.</source>
        <extracomment>A recipe whose &quot;-- models:&quot; header leaves out the model the module is read as; %1 lists the models it names</extracomment>
        <translation>仅适用于 %1。</translation>
    </message>
    <message>
        <source>The module is read as %1: nothing was run.</source>
        <translation>模组按 %1 解读：未运行任何内容。</translation>
    </message>
    <message>
        <source>For %1 only: needs %2.</source>
        <extracomment>A recipe whose &quot;-- models:&quot; header leaves out the model the module is read as; %1 lists the models it names, %2 what it needs that this model lacks (from its &quot;-- needs:&quot; line, &quot;six sockets at once&quot;)</extracomment>
        <translation>仅适用于 %1：需要%2。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeRecorder</name>
    <message>
        <source>Send on socket %1</source>
        <translation>在套接字 %1 上发送</translation>
    </message>
    <message>
        <source>still under way when the recording stopped</source>
        <translation>录制停止时仍在进行</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 返回 %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 以 %2 结束</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>录制于 %1</translation>
    </message>
    <message>
        <source>What was done in the terminal and the panels, a step per action. Edit it and run it again.</source>
        <translation>在终端和面板中所做的操作，每个操作一个步骤。可编辑后再次运行。</translation>
    </message>
    <message>
        <source>Nothing was done while recording.</source>
        <translation>录制期间没有任何操作。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeRunView</name>
    <message>
        <source>Select a step to see its transaction and the bytes the module printed.</source>
        <translation>选择一个步骤，查看其事务和模组输出的字节。</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>%1 is running.</source>
        <translation>%1 正在运行。</translation>
    </message>
    <message numerus="yes">
        <source>Passed in %1 ms: %n command(s),</source>
        <translation>
            <numerusform>通过，用时 %1 毫秒：%n 条命令，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed.</source>
        <translation>
            <numerusform>%n 项检查通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed: %n step(s) in %2 s.</source>
        <translation>
            <numerusform>%1 通过：%n 个步骤，用时 %2 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed at step %2 of %3, “%4” (%5 s).</source>
        <translation>%1 在第 %2 步（共 %3 步）“%4”失败（%5 秒）。</translation>
    </message>
    <message>
        <source>%1 was stopped at step %2, “%3” (%4 s).</source>
        <translation>%1 在第 %2 步“%3”被停止（%4 秒）。</translation>
    </message>
    <message>
        <source>%1 was not reached: the run ended before it.</source>
        <translation>未执行到 %1：运行在此之前已结束。</translation>
    </message>
    <message>
        <source>No steps ran: %1 has no step().</source>
        <translation>未运行任何步骤：%1 中没有 step()。</translation>
    </message>
    <message>
        <source>No steps ran: %1 ended before its first step.</source>
        <translation>没有运行任何步骤：%1 在第一个步骤之前就结束了。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeStore</name>
    <message>
        <source>A recipe needs a name.</source>
        <translation>脚本需要一个名称。</translation>
    </message>
    <message>
        <source>A recipe&apos;s name takes letters, digits, &apos;_&apos; and &apos;-&apos; only: %1</source>
        <translation>脚本名称只能包含字母、数字、“_”和“-”：%1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipesPanel</name>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Editor*</source>
        <translation>编辑器*</translation>
    </message>
    <message numerus="yes">
        <source>Recording (%n action(s)), the last: %1</source>
        <translation>
            <numerusform>正在录制（%n 个操作），最近一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The syntax is correct.</source>
        <translation>语法正确。</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>放弃对 %1 的修改？</translation>
    </message>
    <message>
        <source>Syntax error at line %1, nothing was run: %2</source>
        <translation>第 %1 行有语法错误，未运行任何内容：%2</translation>
    </message>
    <message>
        <source>The recipe cannot be read, nothing was run: %1</source>
        <translation>无法读取脚本，未运行任何内容：%1</translation>
    </message>
    <message>
        <source>Give a value for %1: nothing was run.</source>
        <translation>请为 %1 填写值：未运行任何内容。</translation>
    </message>
    <message>
        <source>Stopped before the run began.</source>
        <translation>在运行开始前已停止。</translation>
    </message>
    <message>
        <source>Recording: what you do in the terminal and the panels becomes a recipe. Press Record again to stop.</source>
        <translation>正在录制：您在终端和面板中的操作将成为脚本。再次按“录制”停止。</translation>
    </message>
    <message>
        <source>The recording was dropped.</source>
        <translation>录制内容已丢弃。</translation>
    </message>
    <message numerus="yes">
        <source>The recording (%n action(s)) is in the editor: edit it, run it (Ctrl+R), save it.</source>
        <translation>
            <numerusform>录制内容（%n 个操作）已在编辑器中：可编辑、运行（Ctrl+R）并保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a recipe</source>
        <translation>打开脚本</translation>
    </message>
    <message>
        <source>Recipes (*.lua);;All files (*)</source>
        <translation>脚本 (*.lua);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save the recipe as</source>
        <translation>脚本另存为</translation>
    </message>
    <message>
        <source>Name (letters, digits, _ and -):</source>
        <translation>名称（字母、数字、_ 和 -）：</translation>
    </message>
    <message>
        <source>Replace your recipe %1?</source>
        <translation>替换您的脚本 %1？</translation>
    </message>
    <message>
        <source>Delete your recipe %1?</source>
        <translation>删除您的脚本 %1？</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>脚本库</translation>
    </message>
    <message>
        <source>Recipe: %1 (%2)</source>
        <translation>脚本：%1（%2）</translation>
    </message>
    <message>
        <source>Close socket %1 before you run it: the draft opens it again.</source>
        <translation>运行前请先关闭套接字 %1：草稿会再次打开它。</translation>
    </message>
    <message>
        <source>No module is connected: connect one to run the recipe.</source>
        <translation>未连接模组：请先连接模组再运行脚本。</translation>
    </message>
    <message>
        <source>The module answers</source>
        <translation>模组有应答</translation>
    </message>
    <message>
        <source>My recipe</source>
        <translation>我的脚本</translation>
    </message>
    <message>
        <source>What it checks, in a sentence or two.</source>
        <translation>用一两句话说明它检查什么。</translation>
    </message>
    <message>
        <source>Nothing was run: the virtual module and its sockets stay as they were.</source>
        <translation>未运行任何内容：虚拟模组及其套接字保持原样。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::ReferenceTables</name>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>语法</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Answers with</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>As the module prints it</source>
        <translation>模组输出的原文</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出现于</translation>
    </message>
    <message>
        <source>&lt;err&gt;, AT+QIGETERROR (manual 3, Table 1)</source>
        <translation>&lt;err&gt;、AT+QIGETERROR（手册 3，表 1）</translation>
    </message>
    <message>
        <source>+QPING: &lt;result&gt; (manual 3, Table 2)</source>
        <translation>+QPING: &lt;result&gt;（手册 3，表 2）</translation>
    </message>
    <message>
        <source>3GPP TS 27.007 9.2</source>
        <translation>3GPP TS 27.007 9.2</translation>
    </message>
    <message>
        <source>Unsolicited line</source>
        <translation>主动上报行</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>The URC log says</source>
        <translation>URC 日志中的说明</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>&lt;err&gt;, AT+QIGETERROR</source>
        <translation>&lt;err&gt;、AT+QIGETERROR</translation>
    </message>
    <message>
        <source>+QPING: &lt;result&gt;</source>
        <translation>+QPING: &lt;result&gt;</translation>
    </message>
</context>
<context>
    <name>bc25::ui::RestartBar</name>
    <message>
        <source>Restart and run</source>
        <translation>重启并运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restarts the built-in virtual module (its open sockets close) and runs the recipe</source>
        <translation>重启内置虚拟模组（其打开的套接字将关闭）并运行脚本</translation>
    </message>
    <message>
        <source>Runs nothing: the module and its sockets stay as they are</source>
        <translation>不运行任何内容：模组及其套接字保持原样</translation>
    </message>
    <message numerus="yes">
        <source>Restart the virtual module? %n socket(s) are open: the recipe needs the module restarted, and the restart closes them.</source>
        <translation>
            <numerusform>要重启虚拟模组吗？有 %n 个套接字处于打开状态：该脚本需要重启模组，重启会将其关闭。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::SoakChartView</name>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Round trip, max</source>
        <translation>往返时间（最大）</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢包</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Registration change</source>
        <translation>注册状态变化</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>往返时间（毫秒）</translation>
    </message>
    <message>
        <source>Signal (dBm)</source>
        <translation>信号（dBm）</translation>
    </message>
    <message>
        <source>+CEREG &lt;stat&gt; %1 → %2 at %3</source>
        <translation>+CEREG &lt;stat&gt; %1 → %2，时间 %3</translation>
    </message>
    <message>
        <source>No samples yet: the time axis begins when a run starts.</source>
        <translation>尚无采样：时间轴从运行开始时起算。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::SoakPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The host AT+QPING pings each round (one echo).</source>
        <translation>AT+QPING 每轮 Ping 的主机（每轮一次回应）。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>How often AT+CSQ and AT+CEREG? are read; 0: never.</source>
        <translation>读取 AT+CSQ 和 AT+CEREG? 的间隔；0：从不读取。</translation>
    </message>
    <message>
        <source>Pings a host and reads signal and registration for as long as it runs.</source>
        <translation>运行期间持续 Ping 主机，并读取信号和注册状态。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Ping every</source>
        <translation>Ping 间隔</translation>
    </message>
    <message>
        <source>Signal every</source>
        <translation>信号读取间隔</translation>
    </message>
    <message>
        <source>Export soak samples</source>
        <translation>导出长时监测样本</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Round trip p50 %1, p95 %2, max %3</source>
        <translation>往返时间 p50 %1，p95 %2，最大 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>%1 rounds skipped: the previous one was still running.</source>
        <translation>跳过 %1 轮：上一轮仍在进行。</translation>
    </message>
    <message>
        <source>Outages: %1, the longest %2</source>
        <translation>中断：%1 次，最长 %2</translation>
    </message>
    <message>
        <source>pings lost: %1</source>
        <translation>丢失 Ping：%1 次</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>  %1, %2: %3%4</source>
        <translation>  %1，%2：%3%4</translation>
    </message>
    <message>
        <source> (ongoing)</source>
        <translation>（持续中）</translation>
    </message>
    <message>
        <source>  … and %1 earlier</source>
        <translation>  …… 以及更早的 %1 次</translation>
    </message>
    <message>
        <source>Connect a module first.</source>
        <translation>请先连接模组。</translation>
    </message>
    <message>
        <source>No module is connected: connect one first.</source>
        <translation>没有连接模组：请先连接一个。</translation>
    </message>
    <message>
        <source>Signal %1 (readings: %2), registration changes: %3</source>
        <translation>信号 %1（读取：%2 次），注册变化：%3 次</translation>
    </message>
    <message>
        <source>Every sample: %1</source>
        <translation>全部样本：%1</translation>
    </message>
    <message>
        <source>Exported every sample to %1.</source>
        <translation>已将全部样本导出到 %1。</translation>
    </message>
    <message>
        <source>Running for %1: %2</source>
        <translation>已运行 %1：%2</translation>
    </message>
    <message>
        <source>Ran for %1, then stopped: %2</source>
        <translation>运行 %1 后停止：%2</translation>
    </message>
    <message>
        <source>The run ended: you disconnected.</source>
        <translation>运行已结束：您已断开连接。</translation>
    </message>
    <message>
        <source>The run ended: the link to the module was lost.</source>
        <translation>运行已结束：与模组的连接已丢失。</translation>
    </message>
    <message>
        <source>The run ended: the link to the module was lost (%1).</source>
        <translation>运行已结束：与模组的连接已丢失（%1）。</translation>
    </message>
    <message>
        <source>The last ping failed: %1</source>
        <translation>上一次 Ping 失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ping(s), %1 lost (%2 %)</source>
        <translation>
            <numerusform>%n 次 Ping，丢失 %1 次（%2 %）</numerusform>
        </translation>
    </message>
    <message>
        <source>Pings the module failed (not counted as lost): %1</source>
        <translation>模组自身失败的 ping（不计为丢失）：%1</translation>
    </message>
    <message>
        <source> (not over when the run stopped)</source>
        <translation>（运行停止时尚未结束）</translation>
    </message>
</context>
<context>
    <name>bc25::ui::SocketConsole</name>
    <message>
        <source>inline text (AT+QISEND=&lt;id&gt;,&lt;len&gt;,&quot;&lt;data&gt;&quot;)</source>
        <translation>内联文本（AT+QISEND=&lt;id&gt;,&lt;len&gt;,&quot;&lt;data&gt;&quot;）</translation>
    </message>
    <message>
        <source>binary-safe prompt form (AT+QISEND=&lt;id&gt;,&lt;len&gt;)</source>
        <translation>二进制安全的提示符形式（AT+QISEND=&lt;id&gt;,&lt;len&gt;）</translation>
    </message>
    <message>
        <source>hex (AT+QISENDEX)</source>
        <translation>十六进制（AT+QISENDEX）</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Show sent</source>
        <translation>显示已发送</translation>
    </message>
    <message>
        <source>+CR LF</source>
        <translation>+CR LF</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>重复间隔</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Data for socket %1; Enter sends</source>
        <translation>套接字 %1 的数据；按回车发送</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Send a file on socket %1</source>
        <translation>在套接字 %1 上发送文件</translation>
    </message>
    <message>
        <source>The module announced more data than it sent; what arrived is shown.</source>
        <translation>模组声明的数据多于实际发送的数据；已显示收到的部分。</translation>
    </message>
    <message numerus="yes">
        <source>SEND OK — %n byte(s) as %1.</source>
        <translation>
            <numerusform>SEND OK — 以%1发送了 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>SEND FAIL — %1</source>
        <translation>SEND FAIL — %1</translation>
    </message>
    <message>
        <source>Sending stopped after %1 of %2 bytes: %3</source>
        <translation>发送在 %2 字节中的 %1 字节后停止：%3</translation>
    </message>
    <message>
        <source>Hex input takes pairs of digits 0-9, A-F, e.g. 48 65 6C 6C 6F.</source>
        <translation>十六进制输入须为成对的 0-9、A-F 数字，例如 48 65 6C 6C 6F。</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n byte(s)…</source>
        <translation>
            <numerusform>正在发送 %n 字节…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Sending %1 (%2 bytes)…</source>
        <translation>正在发送 %1（%2 字节）…</translation>
    </message>
    <message>
        <source>Sending %1 bytes in %2 parts of at most %3…</source>
        <translation>正在分 %2 段发送 %1 字节，每段最多 %3 字节…</translation>
    </message>
    <message>
        <source>Not sent: no module is connected.</source>
        <translation>未发送：没有连接模组。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop sending: the parts not yet written are dropped, and a repeat ends</source>
        <translation>停止发送：尚未写出的分段被丢弃，重复发送也随之结束</translation>
    </message>
    <message>
        <source>%1 of %2 bytes acknowledged</source>
        <translation>已确认 %1 / %2 字节</translation>
    </message>
    <message>
        <source>stopped by the user.</source>
        <translation>已被用户停止。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>socket %1&apos;s console</source>
        <translation>套接字 %1 的控制台</translation>
    </message>
    <message>
        <source>Hex + text</source>
        <translation>十六进制 + 文本</translation>
    </message>
    <message>
        <source>Send repeats the data every so many milliseconds, until Stop or this box is unticked</source>
        <translation>“发送”按设定的毫秒间隔重复发送数据，直到按下“停止”或取消勾选此框</translation>
    </message>
    <message>
        <source>——— Socket %1 opened (%2 %3:%4) ———</source>
        <translation>——— 套接字 %1 已打开（%2 %3:%4）———</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message numerus="yes">
        <source>SEND OK — %n byte(s) in %1 parts as %2.</source>
        <translation>
            <numerusform>SEND OK — 以%2分 %1 段发送了 %n 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>——— Socket %1 opened (%2 :%3) ———</source>
        <translation>——— 套接字 %1 已打开（%2 :%3）———</translation>
    </message>
    <message>
        <source>Not sent: socket %1 is not open. Open it with Open… above the socket table first.</source>
        <translation>未发送：套接字 %1 未打开。请先用套接字表上方的“打开…”打开它。</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>a quick command</source>
        <translation>快捷命令</translation>
    </message>
    <message>
        <source>a recipe</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>the workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>——— Socket %1 closed by the remote ———</source>
        <translation>——— 套接字 %1 已被远端关闭 ———</translation>
    </message>
    <message>
        <source>——— Socket %1 closed ———</source>
        <translation>——— 套接字 %1 已关闭 ———</translation>
    </message>
    <message numerus="yes">
        <source>SEND OK — %n byte(s), sent by %1.</source>
        <translation>
            <numerusform>SEND OK — %n 字节，由%1发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>SEND FAIL — %1 (sent by %2)</source>
        <translation>SEND FAIL — %1（由%2发送）</translation>
    </message>
    <message>
        <source>%1 of %2 parts acknowledged…</source>
        <translation>已确认 %1/%2 段…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped; repeat off after %n send(s).</source>
        <translation>
            <numerusform>已停止；发送 %n 次后已关闭重复发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Sent by %2.</source>
        <translation>%1 由%2发送。</translation>
    </message>
    <message numerus="yes">
        <source>SEND OK came late for %n byte(s) that had timed out: the module sent them.</source>
        <translation>
            <numerusform>已超时的 %n 个字节迟到收到 SEND OK：模组已将其发出。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEND OK came late: all %n byte(s) of the send went.</source>
        <translation>
            <numerusform>SEND OK 迟到：本次发送的全部 %n 个字节都已发出。</numerusform>
        </translation>
    </message>
    <message>
        <source>SEND OK came late for a part: %1 of %2 bytes went before sending stopped.</source>
        <translation>某一部分的 SEND OK 迟到：发送停止前已发出 %2 字节中的 %1 字节。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::SocketPanel</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a socket (AT+QIOPEN)</source>
        <translation>打开套接字（AT+QIOPEN）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the selected socket (AT+QICLOSE)</source>
        <translation>关闭选中的套接字（AT+QICLOSE）</translation>
    </message>
    <message>
        <source>Switch mode</source>
        <translation>切换模式</translation>
    </message>
    <message>
        <source>Switch between buffer access and direct push (AT+QISWTMD)</source>
        <translation>在缓存访问和直吐模式之间切换（AT+QISWTMD）</translation>
    </message>
    <message>
        <source>Read now</source>
        <translation>立即读取</translation>
    </message>
    <message>
        <source>Read the selected socket&apos;s buffer until it is empty (AT+QIRD)</source>
        <translation>读取选中套接字的缓冲区直到为空（AT+QIRD）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Socket %1 closed.</source>
        <translation>套接字 %1 已关闭。</translation>
    </message>
    <message>
        <source>Closing socket %1 failed: %2</source>
        <translation>关闭套接字 %1 失败：%2</translation>
    </message>
    <message>
        <source>Opening socket %1: %2 s of up to %3 s</source>
        <translation>正在打开套接字 %1：已用 %2 秒，最多 %3 秒</translation>
    </message>
    <message>
        <source>Socket %1 is open.</source>
        <translation>套接字 %1 已打开。</translation>
    </message>
    <message>
        <source>Socket %1 could not be opened: %2</source>
        <translation>套接字 %1 无法打开：%2</translation>
    </message>
    <message>
        <source>Ask the module for every socket&apos;s state (AT+QISTATE?, F5)</source>
        <translation>向模组查询每个套接字的状态（AT+QISTATE?，F5）</translation>
    </message>
    <message>
        <source>Socket %1 now in direct push mode.</source>
        <translation>套接字 %1 现为直吐模式。</translation>
    </message>
    <message>
        <source>Socket %1 now in buffer access mode.</source>
        <translation>套接字 %1 现为缓存访问模式。</translation>
    </message>
    <message>
        <source>Context %1 is active (AT+QIACT=%1 answered OK): open the socket again.</source>
        <translation>上下文 %1 已激活（AT+QIACT=%1 应答 OK）：请重新打开套接字。</translation>
    </message>
    <message>
        <source>Context %1 could not be activated: %2</source>
        <translation>上下文 %1 无法激活：%2</translation>
    </message>
    <message>
        <source>Activate context %1</source>
        <translation>激活上下文 %1</translation>
    </message>
    <message>
        <source>%1
Sends AT+QIACT=%2; once the module answers OK, open the socket again.</source>
        <translation>%1
发送 AT+QIACT=%2；模组应答 OK 后，请重新打开套接字。</translation>
    </message>
    <message>
        <source>Activating context %1 (AT+QIACT=%1)…</source>
        <translation>正在激活上下文 %1（AT+QIACT=%1）…</translation>
    </message>
</context>
<context>
    <name>bc25::ui::SocketTableModel</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭中</translation>
    </message>
    <message>
        <source>closed by remote</source>
        <translation>已被远端关闭</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>idle — %1</source>
        <translation>空闲 — %1</translation>
    </message>
    <message>
        <source>, buffer full</source>
        <translation>，缓冲区已满</translation>
    </message>
    <message>
        <source>direct push</source>
        <translation>直吐模式</translation>
    </message>
    <message>
        <source>buffer</source>
        <translation>缓存访问</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Access mode</source>
        <translation>访问模式</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <source>Socket %1 was accepted by listener %2: the module starts an incoming connection in buffer access mode, whatever the listener&apos;s mode (its manual, +QIURC: &quot;incoming&quot;). Refresh (AT+QISTATE?) shows the mode the module reports; Switch mode changes it (AT+QISWTMD).</source>
        <translation>套接字 %1 由监听套接字 %2 接受：无论监听套接字是什么模式，模组都以缓存访问模式开始一个传入连接（见其手册，+QIURC: &quot;incoming&quot;）。刷新（AT+QISTATE?）显示模组报告的模式；切换模式可更改它（AT+QISWTMD）。</translation>
    </message>
</context>
<context>
    <name>bc25::ui::StepTableModel</name>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未执行到</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TableText</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export the %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv *.txt);;Comma-separated values (*.csv)</source>
        <translation>制表符分隔文本 (*.tsv *.txt);;逗号分隔值 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) of the %1 to %2.</source>
        <translation>
            <numerusform>已将%1的 %n 行保存到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TerminalPanel</name>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Hide polling</source>
        <translation>隐藏轮询</translation>
    </message>
    <message>
        <source>Hide the commands the workbench sends by itself (status polling, socket refreshes, reads after a receive notice, error queries) and their answers</source>
        <translation>隐藏工作台自己发出的命令（状态轮询、套接字刷新、收到数据通知后的读取、错误查询）及其应答</translation>
    </message>
    <message>
        <source>Send raw</source>
        <translation>原样发送</translation>
    </message>
    <message>
        <source>Send the line as typed, without the manual&apos;s checks, to see what the module answers (Ctrl+Shift+Enter); marked RAW in the terminal and the transactions</source>
        <translation>按输入原样发送该行，不做手册规定的检查，以查看模组如何应答（Ctrl+Shift+Enter）；在终端和事务中标记为“原样”</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex + text</source>
        <translation>十六进制 + 文本</translation>
    </message>
    <message>
        <source>Show the bytes as text, as hex, or both side by side (offset, hex, text)</source>
        <translation>以文本、十六进制或二者并排（偏移、十六进制、文本）显示字节</translation>
    </message>
    <message>
        <source>Show as:</source>
        <translation>显示为：</translation>
    </message>
    <message>
        <source>Sent raw — %1</source>
        <translation>已原样发送 — %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Shift+Enter sends it raw.)</source>
        <translation>%1（按 Ctrl+Shift+Enter 可原样发送。）</translation>
    </message>
    <message>
        <source>Send %1 without the manual&apos;s checks?</source>
        <translation>不做手册规定的检查，直接发送 %1？</translation>
    </message>
    <message>
        <source>The line goes out as typed, even if a parameter is out of the manual&apos;s range, so you see what the module itself answers. The workbench believes nothing it says about settings. It is marked RAW in the terminal and the transactions. You will not be asked again.</source>
        <translation>该行将按输入原样发出，即使某个参数超出手册规定的范围也照发不误，以便您看到模组本身如何应答。模组在应答中关于设置的任何内容，工作台都不会采信。该行在终端和事务中标记为“原样”。此后不会再询问。</translation>
    </message>
    <message>
        <source>%1 sent raw, unchecked.</source>
        <translation>%1 已原样发送，未经检查。</translation>
    </message>
    <message>
        <source>The module says why: %1.</source>
        <translation>模组给出的原因：%1。</translation>
    </message>
    <message>
        <source>AT command; Up/Down: history</source>
        <translation>AT 命令；上/下键：历史</translation>
    </message>
    <message>
        <source>%1 is not an AT command. Enter sends it as typed; the workbench believes nothing it changes.</source>
        <translation>%1 不是 AT 命令。按 Enter 将按原样发送；工作台不会据此认定任何状态变化。</translation>
    </message>
    <message>
        <source>%1 Enter sends it as typed; the workbench believes nothing it changes.</source>
        <translation>%1 按 Enter 将按原样发送；工作台不会据此认定任何状态变化。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TrafficModel</name>
    <message>
        <source>TX</source>
        <translation>发</translation>
    </message>
    <message>
        <source>RX</source>
        <translation>收</translation>
    </message>
    <message>
        <source>··</source>
        <translation>··</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>RAW</source>
        <translation>原样</translation>
    </message>
    <message>
        <source>Sent raw: not checked against the manual&apos;s ranges</source>
        <translation>原样发送：未按手册规定的范围检查</translation>
    </message>
    <message>
        <source>Offset and hex</source>
        <translation>偏移和十六进制</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TransactionModel</name>
    <message>
        <source>workbench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>capture</source>
        <translation>抓包</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Milliseconds from writing the command to its final result</source>
        <translation>从写出命令到其最终结果的毫秒数</translation>
    </message>
    <message>
        <source>Milliseconds from writing the command to the end of its second phase</source>
        <translation>从写出命令到其第二阶段结束的毫秒数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Op. ms</source>
        <translation>操作毫秒</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>soak monitor</source>
        <translation>长时监测</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>快捷命令</translation>
    </message>
    <message>
        <source>RAW (unchecked)</source>
        <translation>原样（未检查）</translation>
    </message>
    <message>
        <source>quick, not in the manual</source>
        <translation>快捷命令，手册中没有</translation>
    </message>
    <message>
        <source>terminal, not in the manual</source>
        <translation>终端，手册中没有</translation>
    </message>
    <message>
        <source>URCs in between: what the module reported by itself while the command ran</source>
        <translation>期间的 URC：命令执行期间模组主动上报的内容</translation>
    </message>
    <message>
        <source>URCs</source>
        <translation>URC</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TransactionStatisticsModel</name>
    <message>
        <source>The second phase (+QIOPEN, SEND OK, +QPING…), from writing the command, of the operations that succeeded</source>
        <translation>成功操作的第二阶段（+QIOPEN、SEND OK、+QPING…），从写出命令起计</translation>
    </message>
    <message>
        <source>From writing the command to its final result</source>
        <translation>从写出命令到其最终结果</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Min ms</source>
        <translation>最小毫秒</translation>
    </message>
    <message>
        <source>Avg ms</source>
        <translation>平均毫秒</translation>
    </message>
    <message>
        <source>Max ms</source>
        <translation>最大毫秒</translation>
    </message>
    <message>
        <source>Op. min ms</source>
        <translation>操作最小毫秒</translation>
    </message>
    <message>
        <source>Op. avg ms</source>
        <translation>操作平均毫秒</translation>
    </message>
    <message>
        <source>Op. max ms</source>
        <translation>操作最大毫秒</translation>
    </message>
</context>
<context>
    <name>bc25::ui::TransactionsPanel</name>
    <message>
        <source>Show the workbench&apos;s own commands</source>
        <translation>显示工作台自己发出的命令</translation>
    </message>
    <message>
        <source>Show in terminal</source>
        <translation>在终端中显示</translation>
    </message>
    <message>
        <source>Polling, reads after a receive notice and error queries the workbench sends by itself</source>
        <translation>工作台自动发送的轮询、收到数据通知后的读取和错误查询</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clears the transactions and the statistics</source>
        <translation>清除事务和统计</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Statistics per command</source>
        <translation>按命令统计</translation>
    </message>
    <message numerus="yes">
        <source>Show the workbench&apos;s own commands (%n hidden)</source>
        <translation>
            <numerusform>显示工作台自己发出的命令（已隐藏 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save what the table shows as TSV or CSV</source>
        <translation>将表格中显示的内容保存为 TSV 或 CSV</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>事务</translation>
    </message>
</context>
<context>
    <name>bc25::ui::UrcLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>bc25::ui::UrcLogPanel</name>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All sockets</source>
        <translation>所有套接字</translation>
    </message>
    <message>
        <source>Socket %1</source>
        <translation>套接字 %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>URC log</source>
        <translation>URC 日志</translation>
    </message>
</context>
<context>
    <name>bc25::ui::Workbench</name>
    <message>
        <source>——— Now read as %1 ———</source>
        <translation>——— 现在按 %1 解读 ———</translation>
    </message>
    <message>
        <source>%1 (sockets 0–%2: the consoles of sockets %3–%4 are gone)</source>
        <extracomment>a model switch&apos;s marker: &quot;BC25 (sockets 0–5: the consoles of sockets 6–11 are gone)&quot;</extracomment>
        <translation>%1（套接字 0–%2：套接字 %3–%4 的控制台已移除）</translation>
    </message>
    <message>
        <source>%1 (sockets 0–%2: the console of socket %3 is gone)</source>
        <extracomment>a model switch&apos;s marker: &quot;BC660K-GL (sockets 0–4: the console of socket 5 is gone)&quot;</extracomment>
        <translation>%1（套接字 0–%2：套接字 %3 的控制台已移除）</translation>
    </message>
</context>
<context>
    <name>decode</name>
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
        <source>Capture or raw log to read; - for standard input.</source>
        <translation>要读取的抓包文件或原始日志；- 表示标准输入。</translation>
    </message>
    <message>
        <source>Print one summary (bytes, events by kind and name, per-command counts and latencies, throughput) instead of the events.</source>
        <translation>只输出一份摘要（字节数、按类别和名称统计的事件、每条命令的次数和延迟、吞吐量），而不是逐个事件。</translation>
    </message>
    <message>
        <source>Print one JSON object per transaction (command, final result, second phase, latencies, URCs between, errors) instead of the events.</source>
        <translation>每个事务输出一个 JSON 对象（命令、最终结果、第二阶段、延迟、期间的 URC、错误），而不是逐个事件。</translation>
    </message>
    <message>
        <source>Say on standard error which model the input is read as, and how that was decided (as --stats does).</source>
        <translation>在标准错误输出上说明按哪个型号解读输入，以及如何确定（与 --stats 相同）。</translation>
    </message>
    <message>
        <source>Decodes a BC25 Workbench capture or a raw serial log of a Quectel module (the
models --list-models lists)
and prints one JSON object per event (JSON Lines), in stream order.
Without --model the model is the capture header&apos;s, else the one the module
names in the first 64 KiB of the input (an ATI, AT+CGMR or AT+QGMR answer),
else the BC25.</source>
        <translation>解码 BC25 Workbench 抓包文件或移远模组的原始串口日志（型号见
--list-models），
按流的顺序每个事件打印一个 JSON 对象（JSON Lines）。
未指定 --model 时，型号取自抓包文件头，否则取模组在输入前 64 KiB 中
自报的型号（ATI、AT+CGMR 或 AT+QGMR 的应答），
再否则为 BC25。</translation>
    </message>
    <message>
        <source>the capture header&apos;s, else the one the module names, else bc25</source>
        <translation>抓包文件头指明的型号，否则为模组自报的型号，再否则为 bc25</translation>
    </message>
    <message>
        <source>The whole input was read (unknown lines included).</source>
        <translation>已读取全部输入（包括未知行）。</translation>
    </message>
    <message>
        <source>Damaged capture records were skipped (each named; the rest is decoded), or the output could not be written.</source>
        <translation>跳过了损坏的抓包记录（逐条指出；其余部分已解码），或者输出无法写出。</translation>
    </message>
    <message>
        <source>The command line is wrong, or its FILE cannot be read as a log at all (missing, another capture version, a damaged header): nothing was decoded.</source>
        <translation>命令行有误，或其 FILE 根本无法作为日志读取（缺失、其他抓包文件版本、损坏的文件头）：未解码任何内容。</translation>
    </message>
</context>
</TS>
