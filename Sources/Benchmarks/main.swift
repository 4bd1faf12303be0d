import Foundation
import GazetteCore

// The ingest benchmark: writes (or reuses) synthetic corpora outside the repository, then times reading
// their bytes and ingesting them. The table goes to standard output, progress to standard error.
// Exit status: 0 when the benchmark ran (goals missed are shown as FAIL in the table), 1 when ingest found
// the wrong number of articles or a corpus could not be written, 2 for a bad command line.

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
Console.log("Gazette ingest benchmark: sizes \(arguments.sizes), \(arguments.repetitions) repetition(s), "
    + "concurrency \(runner.concurrency), peak memory \(memory)")
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
let table = BenchmarkTable(pairs: pairs, goals: BenchmarkGoals(), memory: memory, repetitions: arguments.repetitions,
                           concurrency: runner.concurrency)
Console.output(table.render())

// The stages after ingest, once per size, on a fresh ingest of the same corpus.
var rows: [PipelineBenchmark.Row] = []
for size in arguments.sizes {
    let result = await Ingestor().ingest([SyntheticCorpus(articleCount: size).directory.path])
    Console.log("corpus-\(size): analysis, near-duplicates, compose and markdown phases")
    do {
        rows += try await PipelineBenchmark().run(size: size, articles: result.articles)
    } catch {
        Console.log("error: \(error)")
        exit(1)
    }
}
Console.output("\n" + PipelineTable(rows: rows).render())
