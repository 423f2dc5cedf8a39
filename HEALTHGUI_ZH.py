# -*- coding: utf-8 -*-
# zh_CN translations for every tr() string the health check GUI added
# (contexts: bc25::ui::HealthPanel, bc25::ui::HealthPlanModel,
# bc25::ui::HealthSettingsForm, bc25::ui::MainWindow). For the lead to merge
# into translations/bc25workbench_zh_CN.ts; "%n" strings are plural forms
# (Chinese has one).
T = {
    # MainWindow
    "Diagnostics": "诊断",
    "Health check": "健康检查",
    "Run the &health check": "运行健康检查(&H)",
    # HealthPanel (and CheckDetails, HealthReportFiles)
    "Run": "运行",
    "Hosts": "主机",
    "Show or hide the hosts the checks use and the limits they judge by.": "显示或隐藏检查所用的主机及其判定阈值。",
    "Stop": "停止",
    "Save report…": "保存报告…",
    "Include IMEI/IMSI/ICCID": "包含 IMEI/IMSI/ICCID",
    "Run the ticked checks (Ctrl+Shift+H). Only the commands listed are sent.":
        "运行已勾选的检查（Ctrl+Shift+H）。只发送列出的命令。",
    "Stop after the command in flight: nothing more is sent.": "在当前命令之后停止：不再发送任何命令。",
    "Save the last run as a self-contained HTML page and a JSON file beside it.":
        "将上一次运行保存为一个独立的 HTML 页面，并在旁边保存一个 JSON 文件。",
    "Unticked, the module's IMEI, IMSI and ICCID are masked in the report: reports are often mailed on.":
        "不勾选时，报告中模组的 IMEI、IMSI 和 ICCID 会被遮盖：报告常常会被转发出去。",
    "Select a check to see its commands or, once it has run, its evidence: every transaction it sent.":
        "选择一项检查以查看其命令；运行后可查看其证据：它发送的每一个事务。",
    "The link to the module was lost: %1": "与模组的连接已断开：%1",
    "Ready: the ticked checks send the commands listed under them, and nothing else.":
        "就绪：已勾选的检查只发送其下列出的命令，不发送其他任何内容。",
    "No module is connected: connect one (or the virtual module) to run the health check. The plan below can be prepared meanwhile.":
        "未连接模组：请连接一个模组（或虚拟模组）以运行健康检查。在此期间可以先准备下面的计划。",
    "No check is ticked: nothing was sent.": "未勾选任何检查：没有发送任何内容。",
    "%v of %m": "%v / %m",
    "Stopped by the user: nothing more was sent.": "已被用户停止：不再发送任何内容。",
    "Check %1 of %2: %3…": "第 %1 项检查，共 %2 项：%3…",
    "Not finished: %1": "未完成：%1",
    "Not ticked: nothing was sent.": "未勾选：没有发送任何内容。",
    "%1 passed, %2 with a warning, %3 failed, %4 not run.": "%1 项通过，%2 项警告，%3 项失败，%4 项未运行。",
    "Stopped at \"%1\": the checks after it would tell nothing.": "在“%1”处停止：其后的检查已无意义。",
    "Health check: %1": "健康检查：%1",
    "Cannot run:": "无法运行：",
    "Sends, in this order (an undo only after the command it undoes succeeded):":
        "按此顺序发送（撤销命令仅在其所撤销的命令成功后发送）：",
    "Seen:": "观察到：",
    "Likely cause and next step:": "可能原因和下一步：",
    "Stops here:": "在此停止：",
    "the checks after it would tell nothing, so they were not run.": "其后的检查已无意义，因此未运行。",
    "No evidence: nothing was sent for this check.": "无证据：此检查没有发送任何内容。",
    "Evidence, %n transaction(s):": "证据，%n 个事务：",
    "There is no run to report yet.": "还没有可生成报告的运行。",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "The report is saved: %1 and %2.": "报告已保存：%1 和 %2。",
    "Save the health check report": "保存健康检查报告",
    "HTML report (*.html)": "HTML 报告 (*.html)",
    "No module is connected.": "未连接模组。",
    # HealthPlanModel
    "Next step: %1": "下一步：%1",
    "The check stops here: the checks after it would tell nothing.": "检查在此停止：其后的检查已无意义。",
    "Ticked: these commands are sent when the check runs.": "已勾选：运行检查时发送这些命令。",
    "Unticked: nothing of this check is sent.": "未勾选：此检查不发送任何内容。",
    "Running…": "运行中…",
    "%1\nIf it fails, the check fails and its other commands are not sent.": "%1\n若此命令失败，则该检查失败，其余命令不再发送。",
    "%1\nOptional: not every firmware has it; a failure is only noted.": "%1\n可选：并非所有固件都支持；失败时仅作记录。",
    "%1\nSent only when the command it undoes succeeded, so the check leaves no trace.": "%1\n仅在其所撤销的命令成功后发送，使检查不留痕迹。",
    "Off": "关闭",
    "Check and its commands": "检查及其命令",
    "Result": "结果",
    # HealthSettingsForm
    "Advanced: limits": "高级：阈值",
    " ms": " 毫秒",
    " s": " 秒",
    "none: only the DNS servers are read": "无：只读取 DNS 服务器",
    "none: no ping": "无：不进行 Ping",
    "none: no TCP check": "无：不进行 TCP 检查",
    "none: no time check": "无：不进行时间检查",
    "none": "无",
    "DNS name:": "DNS 域名：",
    "Ping host:": "Ping 主机：",
    "Server, port:": "服务器、端口：",
    "NTP server, port:": "NTP 服务器、端口：",
    "A name AT+QIDNSGIP looks up, 1–253 characters (manual 2.1.10).": "AT+QIDNSGIP 要解析的域名，1–253 个字符（手册 2.1.10）。",
    "The host AT+QPING pings, 1–253 characters (manual 2.1.8).": "AT+QPING 要 Ping 的主机，1–253 个字符（手册 2.1.8）。",
    "Your server: AT+QIOPEN opens a TCP connection to it and closes it again (manual 2.1.5).":
        "您的服务器：AT+QIOPEN 与其建立 TCP 连接后再关闭（手册 2.1.5）。",
    "The server's port, 1–65535 (manual 2.1.5).": "服务器端口，1–65535（手册 2.1.5）。",
    "The server AT+QNTTP asks for the time (manual 2.1.9).": "AT+QNTTP 向其请求时间的服务器（手册 2.1.9）。",
    "The NTP server's port, 1–65535 (manual 2.1.9); usually 123.": "NTP 服务器端口，1–65535（手册 2.1.9）；通常为 123。",
    "Pings (1–10, manual 2.1.8):": "Ping 次数（1–10，手册 2.1.8）：",
    "Slowest average round trip:": "最长平均往返时间：",
    "Warn below CSQ (0–31):": "CSQ 低于此值时警告（0–31）：",
    "Fail below CSQ (0–31):": "CSQ 低于此值时失败（0–31）：",
    "Largest clock offset:": "最大时钟偏差：",
    "AT+CSQ <rssi>: 0 is −113 dBm or less, 31 is −51 dBm or more, 2 dBm a step.":
        "AT+CSQ <rssi>：0 表示 −113 dBm 或更低，31 表示 −51 dBm 或更高，每级 2 dBm。",
}
