#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Logging
import WirewatchCore

/// The composition of Wirewatch: builds the configuration, logger and pipeline for a command
/// and runs it. The executable only parses flags and calls `run`; tests call it too.
public enum WirewatchApp {
    /// Flags every command takes.
    public struct Options: Sendable {
        /// `--config FILE`.
        public var configFile: String?
        /// `--state-dir DIR`.
        public var stateDir: String?
        /// `--set KEY=VALUE`, in order.
        public var settings: [String]

        public init(configFile: String? = nil, stateDir: String? = nil, settings: [String] = []) {
            self.configFile = configFile
            self.stateDir = stateDir
            self.settings = settings
        }
    }

    public enum Command: Sendable {
        case run
        case once
        case process(files: [String])
        case annotate(input: String?, output: String?)
        case validate(printConfiguration: Bool)
        case bench(Benchmark.Options)
        case trainNER(NERTraining.Options)
        case trainQuotes(QuoteTraining.Options)
        case evalNER(gold: String, limit: Int?)
        case evalTime(gold: [String], limit: Int?)
        case evalQuotes(gold: [String], limit: Int?)
    }

    /// The number of cores, the default for `workers`.
    public static var defaultWorkers: Int { Configuration().effectiveWorkers }

    /// Exit status for a configuration or usage problem.
    public static let configurationExit: Int32 = 2

    /// Runs `command`. Returns the process exit status.
    public static func run(
        _ command: Command, options: Options, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: String = CommandLine.arguments.first ?? "wirewatch"
    ) -> Int32 {
        let loader: ConfigurationLoader
        var overrides: [(key: String, value: String)] = []
        if let stateDir = options.stateDir { overrides.append(("state_dir", stateDir)) }
        for setting in options.settings {
            guard let equals = setting.firstIndex(of: "=") else {
                printError("wirewatch: --set takes KEY=VALUE, not \"\(setting)\"")
                return configurationExit
            }
            overrides.append((String(setting[..<equals]), String(setting[setting.index(after: equals)...])))
        }
        loader = ConfigurationLoader(file: options.configFile, environment: environment, overrides: overrides)
        let configuration: Configuration
        do {
            configuration = try loader.load()
        } catch {
            printError("wirewatch: configuration: \(error)")
            return configurationExit
        }
        let logSettings = LogSettings(format: configuration.logFormat, level: LogSettings.level(configuration.logLevel))
        let logger = Logger(label: "wirewatch") { _ in
            StandardErrorLogHandler(settings: logSettings, environment: environment)
        }
        let dataDirectory = DataDirectory.resolve(configured: configuration.dataDir, executable: executable)
        if case .trainNER(let options) = command {
            return NERTraining(options: options, dataDirectory: dataDirectory).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        }
        if case .trainQuotes(let options) = command {
            return QuoteTraining(options: options, dataDirectory: dataDirectory).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        }
        let plan: PipelinePlan
        do throws(StageFailure) {
            let loadStarted = MonotonicClock.now()
            let model = try ModelResources.model(dataDirectory)
            let modelLoaded = MonotonicClock.now()
            let lexicons = ModelResources.lexicons(dataDirectory)
            let lexiconsLoaded = MonotonicClock.now()
            let quotes = try ModelResources.quotesModel(dataDirectory)
            let modelMs = (modelLoaded - loadStarted) / 1_000_000
            let lexiconMs = (lexiconsLoaded - modelLoaded) / 1_000_000
            let quotesMs = (MonotonicClock.now() - lexiconsLoaded) / 1_000_000
            logger.debug("loaded the NER model in \(modelMs) ms, \(lexicons.count) lexicon phrases in \(lexiconMs) ms, the attribution model in \(quotesMs) ms")
            if quotes == nil {
                logger.warning("no attribution model at \(ModelResources.quotesModelPath(dataDirectory)): quotes come from the rules alone (build it with `wirewatch train quotes`)")
            }
            if case .bench = command {
                writeAll(
                    1,
                    Array("load  ner_model_ms=\(modelMs)  lexicons_ms=\(lexiconMs)  quotes_model_ms=\(quotesMs)  phrases=\(lexicons.count)  target_model<=300ms\n".utf8))
            }
            plan = try PipelinePlan.standard(
                entities: EntityStage(model: model, lexicons: lexicons), quotes: quotes, dateOrder: configuration.dateOrder)
        } catch {
            logger.critical("pipeline: \(error.reason)")
            return 1
        }
        switch command {
        case .run, .once:
            let daemon = Daemon(
                configuration: configuration, plan: plan, logger: logger, logSettings: logSettings,
                notifier: SystemdNotifier(environment: environment),
                reload: { () throws(ConfigurationError) -> Configuration in try loader.load() })
            if case .run = command { return daemon.run() }
            return daemon.once()
        case .process(let files):
            return process(files, configuration: configuration, plan: plan, logger: logger)
        case .annotate(let input, let output):
            return annotate(input: input, output: output, configuration: configuration, plan: plan, logger: logger)
        case .validate(let printConfiguration):
            let problems = Validator(configuration: configuration, dataDirectory: dataDirectory).problems()
            if printConfiguration {
                var object: [String: JSONValue] = [:]
                for key in ConfigurationKey.allCases {
                    switch key.value(in: configuration) {
                    case .null: object[key.rawValue] = .null
                    case .bool(let value): object[key.rawValue] = .bool(value)
                    case .int(let value): object[key.rawValue] = .int(value)
                    case .string(let value): object[key.rawValue] = .string(value)
                    default: object[key.rawValue] = .null
                    }
                }
                writeAll(1, Array((JSONValue.object(object).serializedString(pretty: true) + "\n").utf8))
            }
            guard problems.isEmpty else {
                for problem in problems { printError("wirewatch: \(problem)") }
                return configurationExit
            }
            let source = loader.resolvedFile.map { "configuration \($0)" } ?? "default configuration"
            printError("wirewatch: \(source) is valid; inbox \(configuration.folders.inbox), data \(dataDirectory)")
            return 0
        case .trainNER, .trainQuotes:
            return 0
        case .evalTime(let gold, let limit):
            return TimeEvaluation(plan: plan, gold: gold, limit: limit).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        case .evalQuotes(let gold, let limit):
            return QuoteEvaluation(plan: plan, gold: gold, limit: limit).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        case .evalNER(let gold, let limit):
            return NEREvaluation(plan: plan, gold: gold, limit: limit).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        case .bench(let benchOptions):
            return Benchmark(options: benchOptions, executable: executable, plan: plan).run { line in
                writeAll(1, Array((line + "\n").utf8))
            }
        }
    }

    /// `process FILE...`: records to standard output as JSON Lines; no folder is touched.
    static func process(_ files: [String], configuration: Configuration, plan: PipelinePlan, logger: Logger) -> Int32 {
        let record = ArticleRecord(emitTokens: configuration.emitTokens)
        let parser = ArticleParser(maxItemBytes: configuration.maxItemBytes)
        var failed = 0
        for path in files {
            let name = (path as NSString).lastPathComponent
            let input: InputFile
            do throws(FileOperations.OpenFailure) {
                input = try FileOperations.openInput(path, maxBytes: configuration.maxFileBytes, lock: false)
            } catch {
                let reason: String
                switch error {
                case .locked: reason = "locked by another process"
                case .refused(let why): reason = why
                case .system(let system): reason = system.message
                }
                logger.error("failed \(path): \(reason)", metadata: ["file": "\(name)", "stage": "read"])
                failed += 1
                continue
            }
            defer { input.lock.release() }
            // Records stream out as the parser emits articles: a large feed is never held whole.
            var stageFailure: StageFailure?
            do throws(StageFailure) {
                try input.parse(
                    with: parser, name: name,
                    emit: { document in
                        do throws(StageFailure) {
                            var line = record.encode(try plan.run(document))
                            line.append(0x0A)
                            writeAll(1, line)
                            return true
                        } catch {
                            stageFailure = error
                            return false
                        }
                    })
                if let stageFailure { throw stageFailure }
            } catch {
                logger.error(
                    "failed \(path) at \(error.stage): \(error.reason)", metadata: ["file": "\(name)", "stage": "\(error.stage)"])
                failed += 1
            }
        }
        return failed > 0 ? 1 : 0
    }

    /// `annotate`: JSON Lines in, records out, in constant memory.
    static func annotate(
        input: String?, output: String?, configuration: Configuration, plan: PipelinePlan, logger: Logger
    ) -> Int32 {
        let inputDescriptor: Int32
        if let input, input != "-" {
            inputDescriptor = open(input, O_RDONLY | O_CLOEXEC)
            guard inputDescriptor >= 0 else {
                logger.error("cannot read \(input): \(SystemError("open", input).message)")
                return 1
            }
        } else {
            inputDescriptor = 0
        }
        let outputDescriptor: Int32
        if let output, output != "-" {
            outputDescriptor = open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard outputDescriptor >= 0 else {
                logger.error("cannot write \(output): \(SystemError("open", output).message)")
                return 1
            }
        } else {
            outputDescriptor = 1
        }
        defer {
            if inputDescriptor > 2 { close(inputDescriptor) }
            if outputDescriptor > 2 { close(outputDescriptor) }
        }
        let processor = ArticleProcessor(plan: plan, record: ArticleRecord(emitTokens: configuration.emitTokens))
        let annotator = Annotator(
            processor: processor, workers: configuration.effectiveWorkers, batchSize: max(configuration.maxInFlight, 1),
            sourceName: input.map { ($0 as NSString).lastPathComponent } ?? "-", maxTextBytes: configuration.maxItemBytes)
        let reader = LineReader(descriptor: inputDescriptor)
        let totals = annotator.run(input: reader) { bytes in writeAll(outputDescriptor, bytes) }
        if let error = reader.error {
            logger.error("reading input: \(error)")
            return 1
        }
        logger.info("annotated", metadata: ["records": "\(totals.records)", "errors": "\(totals.errors)"])
        return totals.errors > 0 ? 1 : 0
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress.unsafelyUnwrapped + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += count
            }
        }
    }

    private static func printError(_ message: String) {
        writeAll(2, Array((message + "\n").utf8))
    }
}
