import Foundation
import GazetteCore

// Gazette's benchmarks: writes (or reuses) synthetic corpora outside the repository, then times ingest against
// reading the same bytes, the stages after ingest, and delivery to 200 webhooks against a sequential run. The
// tables go to standard output, progress to standard error.
// Exit status: 0 when the benchmarks ran (goals missed are shown as FAIL in the tables), 1 when ingest found
// the wrong number of articles, a corpus could not be written or a delivery failed, 2 for a bad command line.

// The same allocator settings as `gazette`, so that ingest and rebuilds are timed as the command runs them.
HeapGrowth.padGenerously()

if CommandLine.arguments.dropFirst().first == FreshProcessRebuild.flag {
    exit(await FreshProcessRebuild.runInThisProcess(Array(CommandLine.arguments.dropFirst(2))))
}

let arguments: BenchmarkArguments
do {
    arguments = try BenchmarkArguments(Array(CommandLine.arguments.dropFirst()))
} catch {
    Console.log("error: \(error)\n\(BenchmarkArguments.usage)")
    exit(2)
}
if arguments.showHelp {
    Console.output(BenchmarkArguments.usage)
    exit(0)
}

let memory = PeakMemory.probe()
let runner = BenchmarkRunner(repetitions: arguments.repetitions, memory: memory)
Console.log("Gazette benchmarks: \(arguments.phases.map(\.rawValue).sorted().joined(separator: ", ")); sizes "
    + "\(arguments.sizes), \(arguments.repetitions) repetition(s), concurrency \(runner.concurrency), peak memory \(memory)")

if arguments.phases.contains(.ingest) {
    var pairs: [BenchmarkTable.Pair] = []
    do {
        for size in arguments.sizes {
            pairs.append(try await runner.run(size: size))
        }
    } catch {
        let rule = String(repeating: "!", count: 72)
        Console.log("\(rule)\n\(error)\n\(rule)")
        exit(1)
    }
    let table = BenchmarkTable(pairs: pairs, goals: BenchmarkGoals(), memory: memory,
                               repetitions: arguments.repetitions, minimumSeconds: runner.minimumSeconds,
                               concurrency: runner.concurrency)
    Console.output(table.render())
}

// The stages after ingest, on one fresh ingest of the same corpus per size; analysis and near-duplicate detection are
// timed `repetitions` times.
if arguments.phases.contains(.pipeline) {
    var rows: [BenchmarkRow] = []
    for size in arguments.sizes {
        do {
            let corpus = SyntheticCorpus(articleCount: size)
            _ = try await corpus.prepare(concurrency: runner.concurrency)
            let result = await Ingestor().ingest([corpus.directory.path])
            Console.log("corpus-\(size): analysis, near-duplicates, compose and markdown phases")
            rows += try await PipelineBenchmark(repetitions: arguments.repetitions)
                .run(size: size, articles: result.articles)
        } catch {
            Console.log("error: \(error)")
            exit(1)
        }
    }
    Console.output("\n" + PipelineTable(rows: rows).render())
}

if arguments.phases.contains(.delivery) {
    let benchmark = DeliveryBenchmark(memory: memory)
    do {
        Console.output("\n" + benchmark.render(try await benchmark.run()))
    } catch {
        Console.log("error: \(error)")
        exit(1)
    }
}

if arguments.phases.contains(.archive) {
    do {
        let benchmark = ArchiveBenchmark()
        Console.log("archive: 100k articles and 500 issues in a new database")
        Console.output("\n" + benchmark.render(try await benchmark.run()))
    } catch {
        Console.log("error: \(error)")
        exit(1)
    }
}

if arguments.phases.contains(.incremental) {
    var rows: [BenchmarkRow] = []
    let benchmark = IncrementalBenchmark(repetitions: arguments.repetitions)
    for size in arguments.sizes {
        do {
            let corpus = SyntheticCorpus(articleCount: size)
            _ = try await corpus.prepare(concurrency: runner.concurrency)
            Console.log("corpus-\(size): incremental ingest through a new archive database")
            rows += try await benchmark.run(corpus: corpus, concurrency: runner.concurrency)
        } catch {
            Console.log("error: \(error)")
            exit(1)
        }
    }
    Console.output("\n" + benchmark.render(rows))
}
