import ArgumentParser
import WirewatchCore
import WirewatchDaemon

/// The `wirewatch` command: parses flags and hands over to `WirewatchApp.run`.
@main
struct Wirewatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wirewatch",
        abstract: "Turns news articles dropped in an inbox folder into JSON records in an outbox.",
        version: WirewatchVersion.current,
        subcommands: [Run.self, Once.self, ProcessFiles.self, Annotate.self, Validate.self, Bench.self, Train.self, Eval.self])
}

/// Flags every command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Configuration file (JSON). Default: $WIREWATCH_CONFIG, else /etc/wirewatch/wirewatch.json if present.")
    var config: String?

    @Option(name: .customLong("state-dir"), help: "Folder holding inbox/, processing/, outbox/, archive/ and failed/.")
    var stateDir: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Set any configuration key (repeatable).", valueName: "key=value"))
    var settings: [String] = []

    var app: WirewatchApp.Options {
        WirewatchApp.Options(configFile: config, stateDir: stateDir, settings: settings)
    }
}

/// Runs a command and exits with its status.
func finish(_ command: WirewatchApp.Command, _ options: CommonOptions) throws {
    let status = WirewatchApp.run(command, options: options.app)
    if status != 0 { throw ExitCode(status) }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon: poll the inbox and process files until stopped.", version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    func run() throws { try finish(.run, options) }
}

struct Once: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process what is in the inbox now (and leftovers in processing/), then exit; 1 if any file failed.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    func run() throws { try finish(.once, options) }
}

struct ProcessFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process", abstract: "Print the records of the given files as JSON Lines; touches no folders.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Argument(help: "Input files.") var files: [String]
    func run() throws { try finish(.process(files: files), options) }
}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Batch mode: {\"id\",\"text\",\"published\"?,\"title\"?} lines in, one record per line out.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Option(name: .customLong("in"), help: "Input JSON Lines (default: standard input).") var input: String?
    @Option(name: .customLong("out"), help: "Output JSON Lines (default: standard output).") var output: String?
    func run() throws { try finish(.annotate(input: input, output: output), options) }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a configuration and that its folders are usable (the unit's ExecStartPre).",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Flag(name: .customLong("print"), help: "Print the effective configuration.") var printConfiguration = false
    func run() throws { try finish(.validate(printConfiguration: printConfiguration), options) }
}

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure pipeline throughput, drop-to-record latency and memory while draining.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Option(help: "Folder of .txt articles for the throughput figure (e.g. ../shared/data/corpus/bbc).") var corpus: String?
    @Option(help: "Timed passes over the corpus.") var repetitions = 3
    @Option(name: .customLong("latency-drops"), help: "Files dropped one at a time into a running daemon (0 skips).")
    var latencyDrops = 20
    @Option(name: .customLong("drain-files"), help: "Files generated and drained by a child `wirewatch once` (0 skips).")
    var drainFiles = 0
    @Option(help: "Threads for the throughput figure (default: the number of cores).") var workers: Int?
    @Option(help: "Scratch folder for the latency and drain parts (default: the temporary folder).") var scratch: String?
    @Option(name: .customLong("feed-mb"), help: "Size of a generated RSS feed parsed in memory, in MB (0 skips).")
    var feedMB = 0
    @Option(name: .customLong("feed-items"), help: "Items in that feed.") var feedItems = 20000
    @Option(name: .customLong("long-article-mb"), help: "Size of two long single articles (the corpus run together, a transcript) timed through every stage, in MB (0 skips).")
    var longArticleMB = 0
    @Option(name: .customLong("big-feed-mb"), help: "Size of a generated RSS file streamed by a child process, in MB (0 skips).")
    var bigFeedMB = 0
    @Flag(help: "Time the hostile XML inputs.") var hostile = false
    @Option(name: .customLong("parse-feed"), help: ArgumentHelp("Stream one feed file through the parser.", visibility: .hidden))
    var parseFeed: String?

    func run() throws {
        var bench = Benchmark.Options(workers: workers ?? WirewatchApp.defaultWorkers)
        bench.corpus = corpus
        bench.repetitions = repetitions
        bench.latencyDrops = latencyDrops
        bench.drainFiles = drainFiles
        bench.scratch = scratch
        bench.feedMB = feedMB
        bench.feedItems = feedItems
        bench.bigFeedMB = bigFeedMB
        bench.longArticleMB = longArticleMB
        bench.hostile = hostile
        bench.parseFeed = parseFeed
        try finish(.bench(bench), options)
    }
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a model from annotated data.", version: WirewatchVersion.current, subcommands: [TrainNER.self, TrainQuotes.self])
}

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Train the named-entity tagger (averaged perceptron, BILOU, Viterbi).",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Option(help: "Training JSONL (repeatable), e.g. ../shared/data/ner/conll2003/train.jsonl.") var train: [String]
    @Option(help: "Extra training JSONL (repeatable), e.g. ../shared/data/ner/gmb/all.jsonl.") var extra: [String] = []
    @Option(help: "Development JSONL, used to choose the epoch.") var dev: String
    @Option(help: "Model file to write (default: <data_dir>/ner.model).") var out: String?
    @Option(help: "Training epochs.") var epochs = 15
    @Option(help: "Random seed (the same seed gives the same model).") var seed: UInt64 = 1
    @Option(help: "Hash buckets (a power of two).") var buckets = 1 << 19

    func run() throws {
        var training = NERTraining.Options(train: train, extra: extra, dev: dev)
        training.output = out
        training.epochs = epochs
        training.seed = seed
        training.buckets = buckets
        try finish(.trainNER(training), options)
    }
}

struct TrainQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Train the attribution model: a filter on the quote rules' reported speech and a tagger (a CRF over content, cue and source).",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Option(help: "Training JSONL (repeatable), e.g. ../shared/data/quotes/polnear/train.jsonl.") var train: [String]
    @Option(help: "Model file to write (default: <data_dir>/quotes.model).") var out: String?
    @Option(help: "Training epochs (the last one is kept).") var epochs = 30
    @Option(help: "Random seed (the same seed gives the same model).") var seed: UInt64 = 1
    @Option(help: "Hash buckets (a power of two).") var buckets = 1 << 14
    @Option(help: "L2 regularisation coefficient.") var l2 = 1.0
    @Option(help: "Initial learning rate (it falls linearly to a hundredth over the epochs).") var rate = 0.001
    @Option(help: "The filter drops a rule attribution whose probability of being right is below this.") var filterThreshold: Float = 0.5
    @Option(help: "Word clusters for the tagger's features (scripts/build-word-clusters.py output), embedded in the model.")
    var clusters: String?

    func run() throws {
        var training = QuoteTraining.Options(train: train)
        training.filterThreshold = filterThreshold
        training.clusters = clusters
        training.output = out
        training.epochs = epochs
        training.seed = seed
        training.buckets = buckets
        training.l2 = l2
        training.rate = rate
        try finish(.trainQuotes(training), options)
    }
}

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline against annotated data.", version: WirewatchVersion.current,
        subcommands: [EvalNER.self, EvalTime.self, EvalQuotes.self])
}

struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Exact-span precision, recall and F1 of the entities, per coarse type.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Argument(help: "Gold JSONL, e.g. ../shared/data/ner/conll2003/dev.jsonl.") var gold: String
    @Option(help: "Score only the first N records.") var limit: Int?

    func run() throws { try finish(.evalNER(gold: gold, limit: limit), options) }
}

struct EvalTime: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "time", abstract: "TempEval-3 measures of the time expressions against TimeML gold (dct as the anchor).",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Argument(help: "Gold JSONL files, e.g. ../shared/data/timex/timebank-tbaq.jsonl.") var gold: [String]
    @Option(help: "Score only the first N records of each file.") var limit: Int?

    func run() throws { try finish(.evalTime(gold: gold, limit: limit), options) }
}

struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes", abstract: "Content, cue and speaker measures of the attributions against PolNeAR-style gold.",
        version: WirewatchVersion.current)
    @OptionGroup var options: CommonOptions
    @Argument(help: "Gold JSONL files, e.g. ../shared/data/quotes/polnear/dev.jsonl.") var gold: [String]
    @Option(help: "Score only the first N records of each file.") var limit: Int?

    func run() throws { try finish(.evalQuotes(gold: gold, limit: limit), options) }
}
