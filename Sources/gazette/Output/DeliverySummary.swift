import Foundation
import GazetteCore

/// The per-target summary `gazette send` prints.
struct DeliverySummary {
    func render(_ report: DeliveryReport, built: BuiltIssue, dryRun: Bool, log: String) -> String {
        var lines = ["\(dryRun ? "Dry run for" : "Sent") issue \(built.issue.number) (\(report.issue)) from "
            + built.directory.path]
        let width = report.targets.map(\.name.count).max() ?? 0
        for target in report.targets {
            let name = target.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let kind = target.kind.padding(toLength: 8, withPad: " ", startingAt: 0)
            lines.append("  \(name)  \(kind)  \(status(target, dryRun: dryRun))")
        }
        if dryRun {
            lines.append("Requests written (secrets redacted): \(report.payloadFiles.count) files in "
                + built.directory.appendingPathComponent("payloads").path)
        } else {
            let failed = report.targets.filter { !$0.succeeded }.count
            lines.append(failed == 0 ? "All \(report.targets.count) targets done." :
                "\(failed) of \(report.targets.count) targets failed; run `gazette send` again to retry them.")
            lines.append("Delivery log: \(log)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func status(_ target: DeliveryReport.TargetResult, dryRun: Bool) -> String {
        if let failure = target.failure {
            return "FAILED: \(failure)" + (target.delivered > 0 ? " (\(target.delivered) part(s) delivered)" : "")
        }
        if let skipped = target.skipped { return "skipped: \(skipped)" }
        if dryRun { return "\(target.parts) request(s)" }
        var words: [String] = []
        if target.delivered > 0 {
            words.append("delivered \(target.delivered)/\(target.parts) part(s) in \(target.attempts) attempt(s)")
        }
        if target.alreadyDelivered > 0 {
            words.append("\(target.alreadyDelivered)/\(target.parts) already delivered (--force sends again)")
        }
        return words.joined(separator: "; ")
    }
}
