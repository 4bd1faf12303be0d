/// The stages after ingest as a Markdown table.
struct PipelineTable {
    let rows: [BenchmarkRow]

    func render() -> String {
        BenchmarkRow.table(rows, footnote: "Goals: analysis + selection < 10 s and near-duplicates < 5 s for 100k "
            + "articles (scaled to other sizes), recall ≥ 95 % on planted copies; selection + compose < 2 s; Markdown "
            + "within 1.5x of the cmark-gfm tool on the same input, measured in the same run (the tool's time includes "
            + "its process).")
    }
}
