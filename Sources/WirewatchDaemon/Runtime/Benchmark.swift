#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Logging
import Synchronization
import WirewatchCore

/// `wirewatch bench`: measures throughput, drop-to-record latency and memory while draining.
///
/// Three parts, each optional: the article pipeline over a corpus of plain-text files held in
/// memory (articles/s, words/s on `workers` threads and on one); the daemon with the default
/// configuration, timing files dropped one by one until their record is in the outbox; and a
/// child `wirewatch once` draining a generated inbox of many files, with its peak RSS.
public struct Benchmark: Sendable {
    public struct Options: Sendable {
        /// Folder of `.txt` articles (searched recursively), e.g. the BBC corpus.
        public var corpus: String?
        public var repetitions: Int = 3
        /// Files dropped one at a time for the latency figure (0 skips it).
        public var latencyDrops: Int = 20
        /// Files generated for the drain figure (0 skips it).
        public var drainFiles: Int = 0
        public var workers: Int
        /// Scratch folder for the latency and drain parts (a temporary folder by default).
        public var scratch: String?
        /// Size of a generated RSS feed parsed in memory for the feed throughput figure, in MB (0 skips).
        public var feedMB: Int = 0
        /// Items in that feed.
        public var feedItems: Int = 20000
        /// Size of a generated RSS file streamed by a child process for its peak memory, in MB (0 skips).
        public var bigFeedMB: Int = 0
        /// Measure the hostile inputs.
        public var hostile = false
        /// Size of the long single articles timed through every stage, in MB (0 skips): one
        /// made of the corpus's articles run together (a generated text without a corpus), one a
        /// transcript of generated turns.
        public var longArticleMB: Int = 0
        /// Internal: stream this file through the parser and report (used by `bigFeedMB`).
        public var parseFeed: String?

        public init(workers: Int) {
            self.workers = workers
        }
    }

    public let options: Options
    public let executable: String
    public let plan: PipelinePlan

    public init(options: Options, executable: String, plan: PipelinePlan) {
        self.options = options
        self.executable = executable
        self.plan = plan
    }

    /// Runs the selected parts and prints a report. Returns the exit code.
    public func run(print report: (String) -> Void) -> Int32 {
        if let path = options.parseFeed {
            return streamFeed(path, report: report)
        }
        if options.feedMB > 0 { feedThroughput(report: report) }
        if options.bigFeedMB > 0 {
            guard bigFeed(report: report) else { return 1 }
        }
        if options.hostile { hostileInputs(report: report) }
        var articles: [RawInput] = []
        if let corpus = options.corpus {
            articles = Self.loadCorpus(corpus)
            guard !articles.isEmpty else {
                report("no .txt files under \(corpus)")
                return 1
            }
            pipeline(articles, report: report)
            entityThroughput(articles, report: report)
        }
        if options.longArticleMB > 0 { longArticles(articles, report: report) }
        let samples = articles.isEmpty ? [Self.syntheticArticle] : articles.map(\.bytes)
        if options.latencyDrops > 0 {
            guard latency(samples, report: report) else { return 1 }
        }
        if options.drainFiles > 0 {
            guard drain(samples, report: report) else { return 1 }
        }
        return 0
    }

    static let syntheticArticle = Array(
        """
        date 2024-01-15

        The city council met on Monday to discuss the budget. "We have to make choices," the mayor said.
        Officials said the plan would cost $1.2 million over three years.
        """.utf8)

    /// Reads every `.txt` file below `folder`, sorted by path.
    static func loadCorpus(_ folder: String) -> [RawInput] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") { paths.append(relative) }
        }
        let received = Date(timeIntervalSince1970: 0)
        return paths.sorted().compactMap { relative in
            guard let data = FileManager.default.contents(atPath: FileOperations.join(folder, relative)) else { return nil }
            return RawInput(name: (relative as NSString).lastPathComponent, bytes: Array(data), received: received)
        }
    }

    /// Whitespace-separated words, as `wc -w` counts them.
    static func words(_ bytes: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// The entity stage alone on one thread: tokens per second of tagging (features, Viterbi,
    /// typing, grouping) on documents already tokenised.
    private func entityThroughput(_ articles: [RawInput], report: (String) -> Void) {
        guard let stage = plan.extract.compactMap({ $0 as? EntityStage }).first else {
            report("ner  no entity stage (no model)")
            return
        }
        var documents: [Document] = []
        for article in articles {
            if let parsed = try? PlainTextParser().parse(article), let tokenized = try? TokenizationStage().process(parsed) {
                documents.append(tokenized)
            }
        }
        let tokens = documents.reduce(0) { $0 + $1.tokens.count }
        var best = Double.infinity
        for _ in 0..<max(2, options.repetitions) {
            let started = MonotonicClock.now()
            for document in documents { _ = try? stage.process(document) }
            best = min(best, Double(MonotonicClock.now() - started) / 1e9)
        }
        report(String(format: "ner  threads=1  documents=%d  tokens=%d  best=%.3fs  tokens/s=%.0f  target>=500000", documents.count, tokens, best, Double(tokens) / best))
        // The time and quantity stages alone, on the same tokenised documents.
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var dated = documents
        for index in dated.indices { dated[index].published = "2005-01-01" }
        var timeBest = Double.infinity
        var quantityBest = Double.infinity
        let times = TimeExpressionStage()
        let quantities = QuantityStage()
        for _ in 0..<max(2, options.repetitions) {
            var started = MonotonicClock.now()
            let timed = dated.compactMap { try? times.process($0) }
            timeBest = min(timeBest, Double(MonotonicClock.now() - started) / 1e9)
            started = MonotonicClock.now()
            for document in timed { _ = try? quantities.process(document) }
            quantityBest = min(quantityBest, Double(MonotonicClock.now() - started) / 1e9)
        }
        report(String(format: "times  threads=1  MB/s=%.1f  target>=20", Double(bytes) / 1e6 / timeBest))
        report(String(format: "quantities  threads=1  MB/s=%.1f", Double(bytes) / 1e6 / quantityBest))
        // The quote stage alone, on documents that already have their entities (as in the pipeline).
        guard let quoteStage = plan.extract.first(where: { $0.name == "quotes" }) else { return }
        let withEntities = documents.compactMap { try? stage.process($0) }
        var quoteBest = Double.infinity
        var attributions = 0
        for _ in 0..<max(2, options.repetitions) {
            let started = MonotonicClock.now()
            attributions = withEntities.reduce(0) { $0 + ((try? quoteStage.process($1))?.quotes.count ?? 0) }
            quoteBest = min(quoteBest, Double(MonotonicClock.now() - started) / 1e9)
        }
        report(String(format: "quotes  threads=1  attributions=%d  MB/s=%.1f  target>=5", attributions, Double(bytes) / 1e6 / quoteBest))
        // The rules alone, to show what the attribution tagger costs.
        let rules = QuoteStage(lexicons: stage.lexicons)
        guard (quoteStage as? QuoteStage)?.hasModel ?? false else { return }
        var rulesBest = Double.infinity
        for _ in 0..<max(2, options.repetitions) {
            let started = MonotonicClock.now()
            attributions = withEntities.reduce(0) { $0 + ((try? rules.process($1))?.quotes.count ?? 0) }
            rulesBest = min(rulesBest, Double(MonotonicClock.now() - started) / 1e9)
        }
        report(String(format: "quotes-rules-alone  threads=1  attributions=%d  MB/s=%.1f", attributions, Double(bytes) / 1e6 / rulesBest))
    }

    private func pipeline(_ articles: [RawInput], report: (String) -> Void) {
        let processor = ArticleProcessor(plan: plan, record: ArticleRecord())
        let words = articles.reduce(0) { $0 + Self.words($1.bytes) }
        let bytes = articles.reduce(0) { $0 + $1.bytes.count }
        let failures = Mutex(0)
        func pass(threads: Int) -> Double {
            let started = MonotonicClock.now()
            let chunk = max(1, (articles.count + threads * 8 - 1) / (threads * 8))
            let parts = (articles.count + chunk - 1) / chunk
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while true {
                    let part = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard part < parts else { return }
                    for index in (part * chunk)..<min(articles.count, (part + 1) * chunk) {
                        do throws(StageFailure) {
                            _ = try processor.record(for: articles[index])
                        } catch {
                            failures.withLock { $0 += 1 }
                        }
                    }
                }
            }
            return Double(MonotonicClock.now() - started) / 1e9
        }
        _ = pass(threads: options.workers)  // warm-up
        failures.withLock { $0 = 0 }
        for threads in Set([options.workers, 1]).sorted(by: >) {
            let times = (0..<max(1, options.repetitions)).map { _ in pass(threads: threads) }.sorted()
            let best = times[0]
            let median = times[times.count / 2]
            report(
                String(
                    format: "pipeline  threads=%d  articles=%d  words=%d  MB=%.1f  best=%.3fs  median=%.3fs  articles/s=%.0f  words/s=%.0f  MB/s=%.1f",
                    threads, articles.count, words, Double(bytes) / 1e6, best, median, Double(articles.count) / median,
                    Double(words) / median, Double(bytes) / 1e6 / median))
        }
        report(
            String(
                format: "pipeline  failed=%d  peak_rss_MB=%.1f", failures.withLock { $0 },
                Double(ResourceUsage.peakResidentBytes()) / 1_048_576))
    }

    /// One article of `longArticleMB` megabytes through every stage, once, on one thread: the
    /// corpus run together (or the synthetic article repeated), and a transcript of turns that
    /// each quote something. What one large input costs, whatever its number of quotes.
    private func longArticles(_ articles: [RawInput], report: (String) -> Void) {
        let size = options.longArticleMB * 1_000_000
        var prose: [UInt8] = Array("date 2024-01-15\n\n".utf8)
        let bodies = articles.isEmpty ? [Self.syntheticArticle] : articles.map(\.bytes)
        var next = 0
        while prose.count < size {
            prose += bodies[next % bodies.count].filter { $0 != 0x0D } + [0x0A, 0x0A]
            next += 1
        }
        var transcript: [UInt8] = Array("date 2024-01-15\n\nA partial transcript follows:\n\n".utf8)
        var turn = 0
        let speakers = ["HOST", "SEN. ANNA BERG", "GUEST"]
        while transcript.count < size {
            transcript += Array("\"\(speakers[turn % 3]): Answer \(turn) calls the plan “fine,” and Mr. Reed said it would pass on Feb. 6.\n\n".utf8)
            turn += 1
        }
        for (kind, bytes) in [("corpus", prose), ("transcript", transcript)] {
            let input = RawInput(name: "long-\(kind).txt", bytes: bytes, received: Date(timeIntervalSince1970: 0))
            // The parser's limit is the article's size, so that it is read whole, not cut.
            let processor = ArticleProcessor(plan: plan, record: ArticleRecord(), parser: ArticleParser(maxItemBytes: bytes.count))
            let started = MonotonicClock.now()
            var quotes = 0
            var failure: String?
            do throws(StageFailure) {
                quotes = try processor.documents(for: input).reduce(0) { $0 + $1.quotes.count }
            } catch {
                failure = error.description
            }
            let seconds = Double(MonotonicClock.now() - started) / 1e9
            report(
                String(
                    format: "long-article  kind=%@  MB=%.1f  quotes=%d  seconds=%.2f  MB/s=%.2f%@", kind, Double(bytes.count) / 1e6, quotes,
                    seconds, Double(bytes.count) / 1e6 / max(seconds, 1e-9), failure.map { "  failed=\($0)" } ?? ""))
        }
    }

    private func scratchFolder(_ name: String) -> String {
        let base = options.scratch ?? NSTemporaryDirectory()
        let folder = FileOperations.join(base, "wirewatch-bench-\(name)-\(getpid())")
        try? FileManager.default.removeItem(atPath: folder)
        return folder
    }

    /// Parses a generated feed held in memory: bytes to items with their text.
    private func feedThroughput(report: (String) -> Void) {
        var generator = SyntheticFeed()
        var feed = ""
        feed.reserveCapacity(options.feedMB * 1_000_000 + 4096)
        let perItem = options.feedMB * 1_000_000 / max(1, options.feedItems)
        let items = generator.generate(totalBytes: options.feedMB * 1_000_000, itemBytes: perItem) { feed += $0 }
        let bytes = Array(feed.utf8)
        feed = ""
        let parser = ArticleParser(maxItemBytes: 4 * 1024 * 1024)
        var times: [Double] = []
        var parsed = 0
        var characters = 0
        for _ in 0..<max(2, options.repetitions) {
            let started = MonotonicClock.now()
            parsed = 0
            characters = 0
            do throws(StageFailure) {
                try parser.parse(RawInput(name: "bench.rss", bytes: bytes, received: Date())) { document in
                    parsed += 1
                    characters += document.text.utf8.count
                    return true
                }
            } catch {
                report("feed  failed: \(error)")
                return
            }
            times.append(Double(MonotonicClock.now() - started) / 1e9)
        }
        times.sort()
        let megabytes = Double(bytes.count) / 1e6
        // Where the time goes: the SHA-256 pass (record ids need the whole input's digest) and
        // the XML parse with HTML-to-text alone.
        var started = MonotonicClock.now()
        _ = SHA256.hex(of: bytes)
        let hashSeconds = Double(MonotonicClock.now() - started) / 1e9
        started = MonotonicClock.now()
        var xmlItems = 0
        let xml = XMLFeedParser(maxItemBytes: 4 * 1024 * 1024) { _, _ in xmlItems += 1 }
        do throws(StageFailure) {
            try bytes.withUnsafeBufferPointer { (buffer) throws(StageFailure) in try xml.push(buffer) }
            _ = try xml.finish()
        } catch {}
        let xmlSeconds = Double(MonotonicClock.now() - started) / 1e9
        report(String(format: "feed  parts: sha256 MB/s=%.0f  xml+html MB/s=%.0f (%d items)", megabytes / hashSeconds, megabytes / xmlSeconds, xmlItems))
        report(
            String(
                format: "feed  MB=%.1f  items=%d/%d  text_MB=%.1f  best=%.3fs  median=%.3fs  MB/s=%.0f (best %.0f)  target>=200",
                megabytes, parsed, items, Double(characters) / 1e6, times[0], times[times.count / 2],
                megabytes / times[times.count / 2], megabytes / times[0]))
    }

    /// Writes a large generated feed and streams it through a child process, for peak memory.
    private func bigFeed(report: (String) -> Void) -> Bool {
        let folder = scratchFolder("bigfeed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileOperations.makeDirectory(folder, mode: 0o750)
        } catch {
            report("bigfeed  cannot create \(folder): \(error)")
            return false
        }
        let path = FileOperations.join(folder, "big.rss")
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            report("bigfeed  cannot write \(path)")
            return false
        }
        var generator = SyntheticFeed()
        var pending: [UInt8] = []
        let items = generator.generate(totalBytes: options.bigFeedMB * 1_000_000, itemBytes: 2500) { piece in
            pending.append(contentsOf: piece.utf8)
            if pending.count > 1 << 20 {
                _ = pending.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        _ = pending.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let arguments = [executable, "bench", "--parse-feed", path, "--latency-drops", "0"]
        guard let outcome = ChildProcess.run(arguments, environment: [], quiet: true) else {
            report("bigfeed  cannot start \(executable)")
            return false
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let seconds = Double(outcome.elapsedNanos) / 1e9
        let peak = Double(outcome.peakResidentBytes) / 1_048_576
        report(
            String(
                format: "bigfeed  MB=%.0f  items=%d  exit=%d  seconds=%.1f  MB/s=%.0f  child_peak_rss_MB=%.1f  target<=64MB  %@",
                Double(size) / 1e6, items, outcome.status, seconds, Double(size) / 1e6 / seconds, peak,
                peak <= 64 && outcome.status == 0 ? "PASS" : "FAIL"))
        return outcome.status == 0
    }

    /// Streams a feed file through the parser from disk (the child side of `bigFeed`).
    private func streamFeed(_ path: String, report: (String) -> Void) -> Int32 {
        let input: InputFile
        do throws(FileOperations.OpenFailure) {
            input = try FileOperations.openInput(path, maxBytes: Int.max, lock: false)
        } catch {
            report("parse-feed  cannot open \(path)")
            return 1
        }
        var items = 0
        do throws(StageFailure) {
            try input.parse(
                with: ArticleParser(), name: "big.rss",
                emit: { _ in
                    items += 1
                    return true
                })
        } catch {
            report("parse-feed  failed: \(error)")
            return 1
        }
        report("parse-feed  items=\(items)  peak_rss_MB=\(ResourceUsage.peakResidentBytes() / 1_048_576)")
        return 0
    }

    /// Times each hostile input and the memory it costs.
    private func hostileInputs(report: (String) -> Void) {
        var cases: [(String, [UInt8])] = []
        cases.append(("billion-laughs", Array(
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;\">"
            + "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l9 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">]>"
            + "<rss><channel><item><title>&l9;</title></item></channel></rss>").utf8)))
        cases.append(("quadratic-blowup", Array(("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \""
            + String(repeating: "x", count: 50_000) + "\">]><rss><channel><item><title>"
            + String(repeating: "&a;", count: 50_000) + "</title></item></channel></rss>").utf8)))
        cases.append(("xxe-file", Array(
            ("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss><channel><item><title>&x;</title></item></channel></rss>").utf8)))
        cases.append(("external-dtd", Array(
            ("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + "<rss><channel><item><title>x</title></item></channel></rss>").utf8)))
        var nesting = Array("<rss><channel><item><title>deep</title><description>".utf8)
        while nesting.count < 10_000_000 { nesting.append(contentsOf: Array("<b>".utf8)) }
        cases.append(("10MB-nesting", nesting))
        let parser = ArticleParser()
        for (name, bytes) in cases {
            let before = ResourceUsage.peakResidentBytes()
            let started = MonotonicClock.now()
            var outcome = "accepted"
            do throws(StageFailure) {
                try parser.parse(RawInput(name: name, bytes: bytes, received: Date())) { _ in true }
            } catch {
                outcome = "refused (\(error.reason.prefix(60)))"
            }
            let milliseconds = Double(MonotonicClock.now() - started) / 1e6
            let grown = Double(ResourceUsage.peakResidentBytes() - before) / 1_048_576
            report(
                String(
                    format: "hostile  %@  input_MB=%.1f  ms=%.1f  peak_growth_MB=%.1f  %@  %@", name,
                    Double(bytes.count) / 1e6, milliseconds, grown, outcome,
                    milliseconds < 100 && grown < 64 ? "PASS" : "FAIL"))
        }
        // A 2 GB sparse file is refused by its size before a byte is read.
        let folder = scratchFolder("sparse")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try? FileOperations.makeDirectory(folder, mode: 0o750)
        let sparse = FileOperations.join(folder, "sparse.rss")
        let fd = open(sparse, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd >= 0 {
            ftruncate(fd, 2 * 1024 * 1024 * 1024)
            close(fd)
            let started = MonotonicClock.now()
            var outcome = "opened"
            do throws(FileOperations.OpenFailure) {
                _ = try FileOperations.openInput(sparse, maxBytes: Configuration().maxFileBytes, lock: false)
            } catch {
                if case .refused(let reason) = error { outcome = "refused (\(reason))" }
            }
            let milliseconds = Double(MonotonicClock.now() - started) / 1e6
            report(String(format: "hostile  2GB-sparse  ms=%.2f  %@  %@", milliseconds, outcome, milliseconds < 100 ? "PASS" : "FAIL"))
        }
    }

    /// Drops files one at a time into a daemon running with the default configuration.
    private func latency(_ samples: [[UInt8]], report: (String) -> Void) -> Bool {
        var defaults = Configuration()
        defaults.stateDir = scratchFolder("latency")
        let configuration = defaults
        defer { try? FileManager.default.removeItem(atPath: configuration.stateDir) }
        let settings = LogSettings(format: .text, level: .error)
        let logger = Logger(label: "bench") { _ in StandardErrorLogHandler(settings: settings, environment: [:]) }
        let daemon = Daemon(
            configuration: configuration, plan: plan, logger: logger, logSettings: settings,
            notifier: SystemdNotifier(environment: [:]), reload: { configuration })
        let thread = Thread { _ = daemon.run() }
        thread.start()
        let folders = configuration.folders
        while !FileManager.default.fileExists(atPath: folders.outbox) { usleep(1000) }
        var latencies: [Double] = []
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for drop in 0..<options.latencyDrops {
            // Land drops at varied points of the poll cycle.
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            usleep(useconds_t((seed >> 33) % UInt64(configuration.pollIntervalMs)) * 1000)
            var bytes = samples[drop % samples.count]
            bytes.append(contentsOf: Array("\n\nDrop \(drop).\n".utf8))
            let name = "drop-\(drop).txt"
            let id = RecordIdentity.id(sha256: SHA256.hex(of: bytes), item: nil)
            let record = FileOperations.join(folders.outbox, RecordIdentity.outboxName(inputName: name, item: nil, id: id))
            let temporary = FileOperations.join(folders.inbox, ".\(name).tmp")
            FileManager.default.createFile(atPath: temporary, contents: Data(bytes))
            let dropped = MonotonicClock.now()
            rename(temporary, FileOperations.join(folders.inbox, name))
            while access(record, F_OK) != 0 {
                if MonotonicClock.now() - dropped > 30_000_000_000 {
                    report("latency  record for \(name) did not appear within 30 s")
                    daemon.stop()
                    return false
                }
                usleep(500)
            }
            latencies.append(Double(MonotonicClock.now() - dropped) / 1e6)
        }
        daemon.stop()
        while thread.isExecuting { usleep(1000) }
        latencies.sort()
        let median = latencies[latencies.count / 2]
        let target = Double(configuration.settleMs + 2 * configuration.pollIntervalMs + 50)
        report(
            String(
                format: "latency  drops=%d  settle_ms=%d  poll_ms=%d  min=%.0fms  median=%.0fms  p90=%.0fms  max=%.0fms  target_median<=%.0fms  %@",
                latencies.count, configuration.settleMs, configuration.pollIntervalMs, latencies[0], median,
                latencies[min(latencies.count - 1, latencies.count * 9 / 10)], latencies[latencies.count - 1], target,
                median <= target ? "PASS" : "FAIL"))
        return true
    }

    /// Generates an inbox of many files and drains it with a child `wirewatch once`.
    private func drain(_ samples: [[UInt8]], report: (String) -> Void) -> Bool {
        let state = scratchFolder("drain")
        defer { try? FileManager.default.removeItem(atPath: state) }
        let inbox = FileOperations.join(state, "inbox")
        do {
            try FileOperations.makeDirectory(inbox, mode: 0o770)
        } catch {
            report("drain  cannot create \(inbox): \(error)")
            return false
        }
        for index in 0..<options.drainFiles {
            var bytes = samples[index % samples.count]
            bytes.append(contentsOf: Array("\n\nCopy \(index).\n".utf8))
            let fd = open(FileOperations.join(inbox, "article-\(index).txt"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                report("drain  cannot write the inbox: \(SystemError("write", inbox))")
                return false
            }
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        let arguments = [
            executable, "once", "--state-dir", state, "--set", "settle_ms=0", "--set", "log_level=error",
            "--set", "after_success=delete", "--set", "workers=\(options.workers)",
        ]
        let environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("WIREWATCH_") }
            .map { "\($0.key)=\($0.value)" }
        guard let outcome = ChildProcess.run(arguments, environment: environment) else {
            report("drain  cannot start \(executable)")
            return false
        }
        var records = 0
        try? FileOperations.forEachEntry(in: FileOperations.join(state, "outbox")) { name, _ in
            if name.hasSuffix(".json") { records += 1 }
            return true
        }
        let seconds = Double(outcome.elapsedNanos) / 1e9
        let peak = Double(outcome.peakResidentBytes) / 1_048_576
        report(
            String(
                format: "drain  files=%d  records=%d  exit=%d  seconds=%.1f  files/s=%.0f  peak_rss_MB=%.1f  target<=64MB  %@",
                options.drainFiles, records, outcome.status, seconds, Double(options.drainFiles) / seconds, peak,
                peak <= 64 && records == options.drainFiles && outcome.status == 0 ? "PASS" : "FAIL"))
        return outcome.status == 0 && records == options.drainFiles
    }
}
