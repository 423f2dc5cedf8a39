<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>bc25-run</name>
    <message numerus="yes">
        <source>  passed: %n step(s) in %1</source>
        <translation>
            <numerusform>  passed: %n step in %1</numerusform>
            <numerusform>  passed: %n steps in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1 of %n step(s) failed</source>
        <translation>
            <numerusform>  FAILED: %1 of %n step failed</numerusform>
            <numerusform>  FAILED: %1 of %n steps failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  FAILED: %1 failed, %2 not reached of %n step(s)</source>
        <translation>
            <numerusform>  FAILED: %1 failed, %2 not reached of %n step</numerusform>
            <numerusform>  FAILED: %1 failed, %2 not reached of %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %n recipe(s) not for %1</source>
        <translation>
            <numerusform>Skipped: %n recipe not for %1</numerusform>
            <numerusform>Skipped: %n recipes not for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::UrcDescription</name>
    <message numerus="yes">
        <source>Socket %1 received %n byte(s).</source>
        <translation>
            <numerusform>Socket %1 received %n byte.</numerusform>
            <numerusform>Socket %1 received %n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>DNS lookup found %n address(es).</source>
        <translation>
            <numerusform>DNS lookup found %n address.</numerusform>
            <numerusform>DNS lookup found %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::at::TransactionAssembler</name>
    <message numerus="yes">
        <source>hex data that is not pairs of hex digits (%n character(s)): shown as it came, no bytes read from it.</source>
        <translation>
            <numerusform>hex data that is not pairs of hex digits (%n character): shown as it came, no bytes read from it.</numerusform>
            <numerusform>hex data that is not pairs of hex digits (%n characters): shown as it came, no bytes read from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hex digits past the length the line announced (%n character(s)): shown as they came, no bytes read from them.</source>
        <translation>
            <numerusform>hex digits past the length the line announced (%n character): shown as they came, no bytes read from them.</numerusform>
            <numerusform>hex digits past the length the line announced (%n characters): shown as they came, no bytes read from them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::health::RunVerdict</name>
    <message numerus="yes">
        <source>All %1 checks passed; %n skipped.</source>
        <translation>
            <numerusform>All %1 checks passed; %n skipped.</numerusform>
            <numerusform>All %1 checks passed; %n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 passed, %n skipped</source>
        <translation>
            <numerusform>%1 of %2 passed, %n skipped</numerusform>
            <numerusform>%1 of %2 passed, %n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::power::CurrentCsvReader</name>
    <message numerus="yes">
        <source>%n line(s) are not samples; the first is line %1</source>
        <translation>
            <numerusform>%n line is not a sample; it is line %1</numerusform>
            <numerusform>%n lines are not samples; the first is line %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::profile::ModelChoice</name>
    <message numerus="yes">
        <source>--model is given %n times (%1); give one model.</source>
        <translation>
            <numerusform>--model is given %n time (%1); give one model.</numerusform>
            <numerusform>--model is given %n times (%1); give one model.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::recipe::StepReport</name>
    <message numerus="yes">
        <source>%n byte(s) of data</source>
        <translation>
            <numerusform>%n byte of data</numerusform>
            <numerusform>%n bytes of data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received last (%n byte(s)):</source>
        <translation>
            <numerusform>Received last (%n byte):</numerusform>
            <numerusform>Received last (%n bytes):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::CaptureViewer</name>
    <message numerus="yes">
        <source>%1: %n more damaged record(s)</source>
        <translation>
            <numerusform>%1: %n more damaged record</numerusform>
            <numerusform>%1: %n more damaged records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged record(s) of this capture could not be read and were skipped; the tab &quot;Damaged records&quot; says where and why.</source>
        <translation>
            <numerusform>%n damaged record of this capture could not be read and were skipped; the tab &quot;Damaged records&quot; says where and why.</numerusform>
            <numerusform>%n damaged records of this capture could not be read and were skipped; the tab &quot;Damaged records&quot; says where and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::DnsPanel</name>
    <message numerus="yes">
        <source>%1: %n address(es), time to live %2 s</source>
        <translation>
            <numerusform>%1: %n address, time to live %2 s</numerusform>
            <numerusform>%1: %n addresses, time to live %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::DriftStatus</name>
    <message numerus="yes">
        <source>%n unexpected line(s)</source>
        <translation>
            <numerusform>%n unexpected line</numerusform>
            <numerusform>%n unexpected lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::LeaveQuestion</name>
    <message numerus="yes">
        <source>%n socket(s) are open. Reading the module as %1 closes them first (AT+QICLOSE), then connects again.</source>
        <translation>
            <numerusform>%n socket is open. Reading the module as %1 closes it first (AT+QICLOSE), then connects again.</numerusform>
            <numerusform>%n sockets are open. Reading the module as %1 closes them first (AT+QICLOSE), then connects again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::MainWindow</name>
    <message numerus="yes">
        <source>The module printed a line longer than the parser keeps; its start is in the terminal, %n further byte(s) were skipped up to the line end.</source>
        <translation>
            <numerusform>The module printed a line longer than the parser keeps; its start is in the terminal, %n further byte were skipped up to the line end.</numerusform>
            <numerusform>The module printed a line longer than the parser keeps; its start is in the terminal, %n further bytes were skipped up to the line end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickCommandsPanel</name>
    <message numerus="yes">
        <source>%n command(s) imported from %1.</source>
        <translation>
            <numerusform>%n command imported from %1.</numerusform>
            <numerusform>%n commands imported from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::QuickSequence</name>
    <message numerus="yes">
        <source> (%n failed)</source>
        <translation>
            <numerusform> (%n failed)</numerusform>
            <numerusform> (%n failed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipeRunView</name>
    <message numerus="yes">
        <source>Passed in %1 ms: %n command(s),</source>
        <translation>
            <numerusform>Passed in %1 ms: %n command,</numerusform>
            <numerusform>Passed in %1 ms: %n commands,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) passed.</source>
        <translation>
            <numerusform>%n check passed.</numerusform>
            <numerusform>%n checks passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 passed: %n step(s) in %2 s.</source>
        <translation>
            <numerusform>%1 passed: %n step in %2 s.</numerusform>
            <numerusform>%1 passed: %n steps in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::RecipesPanel</name>
    <message numerus="yes">
        <source>Recording (%n action(s)), the last: %1</source>
        <translation>
            <numerusform>Recording (%n action), the last: %1</numerusform>
            <numerusform>Recording (%n actions), the last: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recording (%n action(s)) is in the editor: edit it, run it (Ctrl+R), save it.</source>
        <translation>
            <numerusform>The recording (%n action) is in the editor: edit it, run it (Ctrl+R), save it.</numerusform>
            <numerusform>The recording (%n actions) is in the editor: edit it, run it (Ctrl+R), save it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::RestartBar</name>
    <message numerus="yes">
        <source>Restart the virtual module? %n socket(s) are open: the recipe needs the module restarted, and the restart closes them.</source>
        <translation>
            <numerusform>Restart the virtual module? %n socket is open: the recipe needs the module restarted, and the restart closes it.</numerusform>
            <numerusform>Restart the virtual module? %n sockets are open: the recipe needs the module restarted, and the restart closes them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::SoakPanel</name>
    <message numerus="yes">
        <source>%n ping(s), %1 lost (%2 %)</source>
        <translation>
            <numerusform>%n ping, %1 lost (%2 %)</numerusform>
            <numerusform>%n pings, %1 lost (%2 %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::SocketConsole</name>
    <message numerus="yes">
        <source>SEND OK — %n byte(s) in %1 parts as %2.</source>
        <translation>
            <numerusform>SEND OK — %n byte in %1 parts as %2.</numerusform>
            <numerusform>SEND OK — %n bytes in %1 parts as %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEND OK — %n byte(s) as %1.</source>
        <translation>
            <numerusform>SEND OK — %n byte as %1.</numerusform>
            <numerusform>SEND OK — %n bytes as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n byte(s)…</source>
        <translation>
            <numerusform>Sending %n byte…</numerusform>
            <numerusform>Sending %n bytes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEND OK — %n byte(s), sent by %1.</source>
        <translation>
            <numerusform>SEND OK — %n byte, sent by %1.</numerusform>
            <numerusform>SEND OK — %n bytes, sent by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped; repeat off after %n send(s).</source>
        <translation>
            <numerusform>Stopped; repeat off after %n send.</numerusform>
            <numerusform>Stopped; repeat off after %n sends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEND OK came late for %n byte(s) that had timed out: the module sent them.</source>
        <translation>
            <numerusform>SEND OK came late for %n byte that had timed out: the module sent it.</numerusform>
            <numerusform>SEND OK came late for %n bytes that had timed out: the module sent them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SEND OK came late: all %n byte(s) of the send went.</source>
        <translation>
            <numerusform>SEND OK came late: the send&apos;s %n byte went.</numerusform>
            <numerusform>SEND OK came late: all %n bytes of the send went.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::TableText</name>
    <message numerus="yes">
        <source>Saved %n row(s) of the %1 to %2.</source>
        <translation>
            <numerusform>Saved %n row of the %1 to %2.</numerusform>
            <numerusform>Saved %n rows of the %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bc25::ui::TransactionsPanel</name>
    <message numerus="yes">
        <source>Show the workbench&apos;s own commands (%n hidden)</source>
        <translation>
            <numerusform>Show the workbench&apos;s own commands (%n hidden)</numerusform>
            <numerusform>Show the workbench&apos;s own commands (%n hidden)</numerusform>
        </translation>
    </message>
</context>
</TS>
