# -*- coding: utf-8 -*-
# zh_CN for every tr() string the soak monitor added (branch soak), for the lead
# to merge into translations/bc25workbench_zh_CN.ts; delete this file after.
# Contexts: bc25::soak::SoakCsvWriter, bc25::soak::SoakMonitor,
# bc25::ui::SoakChartView, bc25::ui::SoakPanel. "Soak monitor" is the dock's
# title the lead will give the panel (not yet in the sources).
T = {
    "Soak monitor": "长时监测",
    # bc25::soak::SoakCsvWriter
    "Cannot write %1: %2": "无法写入 %1：%2",
    "Nothing to export: no soak run yet.": "没有可导出的内容：尚未运行过长时监测。",
    # bc25::soak::SoakMonitor
    "Enter a host to ping.": "请输入要 Ping 的主机。",
    "Ping at most once a second.": "Ping 间隔不能短于 1 秒。",
    "Read the signal at most once a second.": "读取信号的间隔不能短于 1 秒。",
    "The time scale, duration or chart size is out of range.": "时间倍率、时长或图表点数超出范围。",
    "A soak run is already running.": "长时监测已在运行。",
    # bc25::ui::SoakChartView
    "Round trip": "往返时间",
    "Round trip, max": "往返时间（最大）",
    "Lost": "丢包",
    "Signal": "信号",
    "Registration change": "注册状态变化",
    "Round trip (ms)": "往返时间（毫秒）",
    "Signal (dBm)": "信号（dBm）",
    # bc25::ui::SoakPanel
    "%1 s": "%1 秒",
    "%1 min %2 s": "%1 分 %2 秒",
    "%1 h %2 min": "%1 小时 %2 分",
    "–": "–",
    "%1 ms": "%1 毫秒",
    "Start": "开始",
    "Stop": "停止",
    "Export CSV…": "导出 CSV…",
    "The host AT+QPING pings each round (one echo).": "AT+QPING 每轮 Ping 的主机（每轮一次回应）。",
    " s": " 秒",
    "never": "从不",
    "How often AT+CSQ and AT+CEREG? are read; 0: never.": "读取 AT+CSQ 和 AT+CEREG? 的间隔；0：从不读取。",
    "Pings a host and reads signal and registration for as long as it runs.": "运行期间持续 Ping 主机，并读取信号和注册状态。",
    "Host:": "主机：",
    "Ping every": "Ping 间隔",
    "Signal every": "信号读取间隔",
    "Export soak samples": "导出长时监测样本",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "%1 for %2: %3 pings, %4 lost (%5 %)": "%1，历时 %2：Ping %3 次，丢包 %4 次（%5 %）",
    "Running": "运行中",
    "Stopped": "已停止",
    "Round trip p50 %1, p95 %2, max %3": "往返时间 p50 %1，p95 %2，最大 %3",
    "unknown": "未知",
    "%1 dBm": "%1 dBm",
    "Signal %1 (%2 readings), %3 registration changes": "信号 %1（读取 %2 次），注册状态变化 %3 次",
    "%1 rounds skipped: the previous one was still running.": "跳过 %1 轮：上一轮仍在进行。",
    "Outages: %1, the longest %2": "中断：%1 次，最长 %2",
    "pings lost: %1": "丢失 Ping：%1 次",
    "not registered": "未注册",
    "  %1, %2: %3%4": "  %1，%2：%3%4",
    " (ongoing)": "（持续中）",
    "  … and %1 earlier": "  …… 以及更早的 %1 次",
}
