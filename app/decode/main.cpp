// SPDX-License-Identifier: MIT
// bc25-decode: prints the decoded events of a capture or a raw serial log as
// JSON Lines (DESIGN.md, "bc25-decode"). Exit status 0 when the whole input
// was read (unknown lines included), 1 when damaged capture records were
// skipped (each named on stderr by its line; the rest is decoded), 2 for an
// unreadable file and for bad usage (ExitStatus, as every program).

#include "logmodel.h"
#include "bc25/decodestatistics.h"
#include "bc25/trafficdecoder.h"
#include "bc25/transactionjson.h"
#include "bc25/transactionstatistics.h"
#include "bc25/writtenorder.h"
#include "capture/captureformat.h"
#include "capture/capturereader.h"
#include "profile/modelchoice.h"
#include "profile/moduleprofile.h"
#include "commandline.h"
#include "commandlinehelp.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

using namespace bc25;

namespace {

bool flagValue(const QCommandLineParser &args, const QString &name, bool *value)
{
    if (!args.isSet(name))
        return true;
    const QString text = args.value(name);
    if (text != QLatin1String("0") && text != QLatin1String("1"))
        return false;
    *value = text == QLatin1String("1");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bc25-decode"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BC25_VERSION));
    Translations::install(&app);
    // The program says what it found in its own words (its events, its errors):
    // the core's log lines ("bc25.at.transactions: …") are not for its readers.
    QLoggingCategory::setFilterRules(QStringLiteral("bc25.*=false"));

    QCommandLineParser args;
    const QString description = QCoreApplication::translate("decode",
        "Decodes a BC25 Workbench capture or a raw serial log of a Quectel module (the\n"
        "models --list-models lists)\n"
        "and prints one JSON object per event (JSON Lines), in stream order.\n"
        "Without --model the model is the capture header's, else the one the module\n"
        "names in the first 64 KiB of the input (an ATI, AT+CGMR or AT+QGMR answer),\n"
        "else the BC25.");
    args.setApplicationDescription(description);
    // --help wrapped for the reader's language (Chinese at phrase boundaries), not at Qt's 79 characters.
    CommandLineHelp help(description);
    help.addOptions({args.addHelpOption(), args.addVersionOption()});
    help.setExitStatus(QCoreApplication::translate("decode", "The whole input was read (unknown lines included)."),
                       QCoreApplication::translate("decode", "Damaged capture records were skipped (each named; the rest is decoded), "
                                                             "or the output could not be written."),
                       QCoreApplication::translate("decode", "The command line is wrong, or its FILE cannot be read as a log at all "
                                                             "(missing, another capture version, a damaged header): nothing was decoded."));
    const QList<QCommandLineOption> options {
        {QStringLiteral("viewmode"), QCoreApplication::translate("decode", "AT+QICFG \"viewmode\" at the start (0 or 1)."), QStringLiteral("0|1")},
        {QStringLiteral("showlength"), QCoreApplication::translate("decode", "AT+QICFG \"showlength\" at the start (0 or 1)."), QStringLiteral("0|1")},
        {QStringLiteral("recv-hex"), QCoreApplication::translate("decode", "Receive data format at the start: 1 for hex text (AT+QICFG \"dataformat\",x,1)."), QStringLiteral("0|1")},
        {QStringLiteral("stats"), QCoreApplication::translate("decode", "Print one summary (bytes, events by kind and name, per-command counts and latencies, throughput) instead of the events.")},
        {QStringLiteral("transactions"), QCoreApplication::translate("decode", "Print one JSON object per transaction (command, final result, second phase, latencies, URCs between, errors) instead of the events.")},
        {QStringLiteral("verbose"), QCoreApplication::translate("decode", "Say on standard error which model the input is read as, and how that was decided (as --stats does).")},
    };
    for (const QList<QCommandLineOption> &some : {options, profile::ModelChoice::options(QCoreApplication::translate(
                 "decode", "the capture header's, else the one the module names, else bc25"))}) {
        args.addOptions(some);
        help.addOptions(some);
    }
    const QString fileArgument = QCoreApplication::translate("decode", "Capture or raw log to read; - for standard input.");
    // FILE as the README and the errors name it ("name one FILE").
    args.addPositionalArgument(QStringLiteral("FILE"), fileArgument);
    help.addPositional(QStringLiteral("FILE"), fileArgument);
    if (const auto status = CommandLine::parse(args, "bc25-decode", help))
        return *status;
    if (const auto status = profile::ModelChoice::handle(args, "bc25-decode"))
        return *status;

    // The flags first, on the BC25's defaults; the model's are taken once the
    // input's header is read.
    at::ParserSettings settings = profile::ModuleProfile::bc25()->parserDefaults();
    if (!flagValue(args, QStringLiteral("viewmode"), &settings.viewMode)
        || !flagValue(args, QStringLiteral("showlength"), &settings.showLength)
        || !flagValue(args, QStringLiteral("recv-hex"), &settings.recvHex)) {
        std::fprintf(stderr, "bc25-decode: --viewmode, --showlength and --recv-hex take 0 or 1\n");
        return ExitStatus::BadUsage;
    }
    if (args.positionalArguments().size() != 1) {
        std::fprintf(stderr, "bc25-decode: name one FILE, or - for standard input (see --help)\n");
        return ExitStatus::BadUsage;
    }

    const QString path = args.positionalArguments().constFirst();
    // `bc25-decode x.log >> x.log`: the events would be written into the log they are read from.
    if (const QString why = CommandLine::sameFileTwice({}, {{QStringLiteral("FILE"), path == QLatin1String("-") ? QString() : path}});
        !why.isEmpty()) {
        std::fprintf(stderr, "bc25-decode: %s\n", qPrintable(why));
        return ExitStatus::BadUsage;
    }
    QFile input;
    const bool opened = path == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        std::fprintf(stderr, "bc25-decode: cannot read %s: %s\n", qPrintable(path), qPrintable(input.errorString()));
        return ExitStatus::BadUsage;
    }

    const bool stats = args.isSet(QStringLiteral("stats"));
    const bool transactions = args.isSet(QStringLiteral("transactions"));
    if (stats && transactions) {
        // One summary or a line per transaction: printing both would be neither.
        std::fprintf(stderr, "bc25-decode: --stats and --transactions exclude each other\n");
        return ExitStatus::BadUsage;
    }
    const QByteArray head = input.peek(qint64(at::AtParser::MaxLineLength));
    if (const QString problem = capture::CaptureReader::headerProblem(head); !problem.isEmpty()) {
        std::fprintf(stderr, "bc25-decode: %s: %s\n", qPrintable(path), qPrintable(problem));
        return ExitStatus::BadUsage;
    }
    const bool isCapture = capture::CaptureFormat::looksLikeCapture(head);
    // The model: --model, else the one the capture's header names, else the
    // one the module names in the first 64 KiB (the whole input is decoded
    // with it from its start), else the BC25.
    decode::LogModel chosen {profile::ModelChoice::chosen(args), decode::LogModel::From::Option};
    if (!profile::ModelChoice::given(args)) {
        chosen.from = decode::LogModel::From::Default;
        int modelLine = 0;
        int repeatedLine = 0;
        const QByteArray named = isCapture ? capture::CaptureFormat::modelOf(head, &modelLine, &repeatedLine) : QByteArray();
        if (repeatedLine > 0) {
            // Which of two models the writer meant is not for the reader to guess.
            std::fprintf(stderr, "bc25-decode: %s:%d: the capture's header names its model a second time (first on line %d); "
                                 "a capture names one (--model NAME decodes it as one)\n",
                         qPrintable(path), repeatedLine, modelLine);
            return ExitStatus::BadUsage;
        }
        if (const auto model = profile::ModuleProfile::byId(named)) {
            chosen = {model, decode::LogModel::From::Capture};
        } else if (!named.isEmpty()) {
            // A header naming no model is a damaged or foreign capture: decoding
            // it as another model would call its lines drift (or hide them).
            std::fprintf(stderr, "bc25-decode: %s:%d: the capture names the model \"%s\", which is not one of --list-models "
                                 "(--model NAME decodes it as one)\n",
                         qPrintable(path), modelLine, named.constData());
            return ExitStatus::BadUsage;
        } else {
            decode::LogModel::Change change;
            if (auto identified = decode::LogModel::identifiedIn(input.peek(decode::LogModel::LookAheadBytes), isCapture, &change))
                chosen = {std::move(identified), decode::LogModel::From::Identity};
            // Read as one model, the log's other part is read by the wrong one: said with its line.
            if (change.line > 0) {
                std::fprintf(stderr, "bc25-decode: %s:%lld: the log changes model here: the module identifies itself as %s (%s "
                                     "before); all of it is read as %s (--model NAME reads it as one)\n",
                             qPrintable(path), static_cast<long long>(change.line),
                             qPrintable(profile::ModuleProfile::byId(change.after)->name()),
                             qPrintable(profile::ModuleProfile::byId(change.before)->name()), qPrintable(chosen.profile->name()));
            }
        }
    }
    const auto &profile = chosen.profile;
    if (stats || args.isSet(QStringLiteral("verbose"))) {
        static const char *const how[] = {"given by --model", "named by the capture's header",
                                          "named by the module (ATI, AT+CGMR or AT+QGMR) in the first 64 KiB",
                                          "no --model, no header naming one, no identity in the first 64 KiB: the default"};
        std::fprintf(stderr, "bc25-decode: %s: model %s (%s), %s\n", qPrintable(path), profile->id().constData(),
                     qPrintable(profile->name()), how[int(chosen.from)]);
    }
    at::ParserSettings modelSettings = profile->parserDefaults();
    modelSettings.viewMode = settings.viewMode;
    modelSettings.showLength = settings.showLength;
    modelSettings.recvHex = settings.recvHex;

    DecodeStatistics statistics;
    TrafficDecoder decoder(profile);
    decoder.setInitialSettings(modelSettings);
    // Statistics count the routed stream by direct calls: no per-event JSON or
    // text, and transactions keep no lines or payload.
    decoder.setEventsWanted(!stats && !transactions);
    decoder.setTransactionContentsWanted(!stats);
    if (stats)
        decoder.setListener(&statistics);
    auto print = [](const QJsonObject &object) {
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
    };
    QObject::connect(&decoder, &TrafficDecoder::decoded, [&](const DecodedEvent &event) {
        print(event.toJson());
    });
    // Transactions finish in the order their answers end them (an open waits
    // for its +QIOPEN); they are printed in the order they were written.
    WrittenOrder written([](const at::Transaction &t) {
        QByteArray line = transactionToJson(t);
        line += '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    });
    if (transactions) {
        QObject::connect(&decoder, &TrafficDecoder::transactionDecoded,
                         [&written](const at::Transaction &t) { written.add(t); });
    }

    QElapsedTimer clock;
    clock.start();
    qint64 inputBytes = 0;
    qint64 transmittedBytes = 0;
    qint64 malformed = 0;
    QList<capture::CaptureReader::Problem> problems;
    if (isCapture) {
        capture::CaptureReader reader(&input);
        capture::CaptureRecord record;
        qint64 firstBack = 0;
        while (reader.next(&record)) {
            switch (record.direction) {
            case capture::CaptureRecord::Direction::Transmit:
                transmittedBytes += record.bytes.size();
                decoder.transmitted(record.bytes, record.timestampMs);
                break;
            case capture::CaptureRecord::Direction::Receive:
                decoder.received(record.bytes, record.timestampMs);
                break;
            case capture::CaptureRecord::Direction::Note:
                decoder.noted(record.bytes, record.timestampMs);
                break;
            }
            if (firstBack == 0 && decoder.timesWentBack() > 0)
                firstBack = reader.line();
        }
        // A record earlier than one before it was read at the latest time
        // (TrafficDecoder::timesWentBack): said, with its line, not hidden.
        if (firstBack > 0)
            std::fprintf(stderr, "bc25-decode: %s:%lld: the time goes back (%lld records in all); latencies follow the "
                                 "order the records were written\n",
                         qPrintable(path), static_cast<long long>(firstBack), static_cast<long long>(decoder.timesWentBack()));
        malformed = reader.malformedLines();
        problems = reader.problems();
        inputBytes = input.pos();
    } else if (const uchar *mapped = input.size() > 0 ? input.map(0, input.size()) : nullptr) {
        // A file is read where it lies, in the same 1 MiB pieces: no copy into a buffer.
        const char *bytes = reinterpret_cast<const char *>(mapped);
        for (qint64 at = 0; at < input.size(); at += qint64(1) << 20) {
            const qsizetype n = qsizetype(qMin<qint64>(input.size() - at, qint64(1) << 20));
            inputBytes += n;
            decoder.received(QByteArray::fromRawData(bytes + at, n));
        }
    } else {
        for (;;) {
            const QByteArray chunk = input.read(1 << 20);
            if (chunk.isEmpty())
                break;
            inputBytes += chunk.size();
            decoder.received(chunk);
        }
    }
    decoder.finish();
    written.flush();
    const double seconds = qMax(clock.nsecsElapsed() / 1e9, 1e-9);

    if (stats) {
        QJsonObject summary;
        summary.insert(QStringLiteral("model"), QString::fromLatin1(profile->id()));
        summary.insert(QStringLiteral("modelFrom"), QLatin1String(decode::LogModel::fromName(chosen.from)));
        summary.insert(QStringLiteral("input"), isCapture ? QStringLiteral("capture") : QStringLiteral("raw"));
        summary.insert(QStringLiteral("inputBytes"), inputBytes);
        summary.insert(QStringLiteral("receivedBytes"), decoder.bytesReceived());
        summary.insert(QStringLiteral("transmittedBytes"), transmittedBytes);
        summary.insert(QStringLiteral("events"), statistics.events());
        summary.insert(QStringLiteral("byKind"), statistics.byKind());
        summary.insert(QStringLiteral("byName"), statistics.byName());
        // Lines the model does not expect (a form, a field count, a name its table lacks).
        summary.insert(QStringLiteral("drift"), statistics.drifts());
        summary.insert(QStringLiteral("driftByReason"), statistics.driftByReason());
        summary.insert(QStringLiteral("commands"), statistics.commands().toJson());
        if (isCapture)
            summary.insert(QStringLiteral("malformedLines"), malformed);
        summary.insert(QStringLiteral("seconds"), seconds);
        summary.insert(QStringLiteral("megabytesPerSecond"), inputBytes / 1e6 / seconds);
        const QByteArray line = QJsonDocument(summary).toJson(QJsonDocument::Compact);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fputc('\n', stdout);
    }
    // Output that did not reach its file (a full disk, /dev/full) is not a
    // decoded log: said, and not a success (adversary pass 8, F9).
    if (CommandLine::withOutputChecked("bc25-decode", ExitStatus::Passed) != ExitStatus::Passed)
        return ExitStatus::Failed;
    if (malformed > 0) {
        // The rest was decoded, but records are missing: say which and where.
        for (const capture::CaptureReader::Problem &problem : std::as_const(problems))
            std::fprintf(stderr, "bc25-decode: %s:%lld: damaged record: %s\n", qPrintable(path),
                         static_cast<long long>(problem.line), qPrintable(problem.what));
        if (malformed > problems.size())
            std::fprintf(stderr, "bc25-decode: %s: %lld more damaged records\n", qPrintable(path),
                         static_cast<long long>(malformed - problems.size()));
        return ExitStatus::Failed;
    }
    return ExitStatus::Passed;
}
