import Foundation
import Curl

/// Sends a built issue to every configured target: webhooks over HTTP, mail over SMTP, all through libcurl.
///
/// Targets are served concurrently; a target's parts go in order, each retried per the `RetryPolicy` while the
/// failure is transient, and every attempt is appended to the `DeliveryLog`. Parts the log shows delivered are
/// skipped unless `force`. One target failing never stops the others.
public struct Deliverer: Sendable {
    /// Run options.
    public struct Options: Sendable {
        /// Resend parts already delivered.
        public var force = false
        /// Where `${NAME}` references are read.
        public var environment: [String: String] = ProcessInfo.processInfo.environment
        /// Sent as `User-Agent`.
        public var userAgent = "Gazette/\(GazetteVersion.current)"

        /// The defaults.
        public init() {}
    }

    let configuration: DeliveryConfiguration
    let compose: Composer.Configuration
    let payloads: WebhookPayloads
    let log: any DeliveryJournal
    let options: Options

    /// Creates a deliverer.
    public init(configuration: DeliveryConfiguration, compose: Composer.Configuration, templates: TemplateLibrary,
                log: any DeliveryJournal, options: Options = Options()) {
        self.configuration = configuration
        self.compose = compose
        self.payloads = WebhookPayloads(templates: templates)
        self.log = log
        self.options = options
    }

    /// Delivers `built` to `targets` (all configured ones when nil; `"email"` or the mail target's name selects
    /// mail).
    public func deliver(_ built: BuiltIssue, only names: [String]? = nil) async throws(DeliveryError) -> DeliveryReport {
        let (webhooks, email) = try selectTargets(names)
        let client = HTTPClient(options: transferOptions)
        let delivered = options.force ? [] : log.deliveredMessageIDs()
        let messages = MessageCache(payloads: payloads, issue: built.issue)
        let results = await withTaskGroup(of: (Int, DeliveryReport.TargetResult).self) { group in
            for (index, target) in webhooks.enumerated() {
                group.addTask {
                    (index, await WebhookDelivery(target: target, built: built, deliverer: self, client: client,
                                                  messageCache: messages, alreadyDelivered: delivered).run())
                }
            }
            if let email {
                group.addTask {
                    (webhooks.count, await MailDelivery(target: email, built: built, deliverer: self, client: client,
                                                        alreadyDelivered: delivered).run())
                }
            }
            var results: [(Int, DeliveryReport.TargetResult)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return DeliveryReport(issue: built.key, targets: results, payloadFiles: [])
    }

    /// Writes the exact requests of a first attempt, secrets redacted, to `<issue>/payloads/`, and sends nothing.
    public func dryRun(_ built: BuiltIssue, only names: [String]? = nil) throws -> DeliveryReport {
        let (webhooks, email) = try selectTargets(names)
        var writer = DryRunWriter(folder: built.directory.appendingPathComponent("payloads", isDirectory: true))
        try writer.clear()
        var results: [DeliveryReport.TargetResult] = []
        for target in webhooks {
            results.append(try writer.write(target: target, built: built, deliverer: self))
        }
        if let email {
            results.append(try writer.write(email: email, built: built, deliverer: self))
        }
        return DeliveryReport(issue: built.key, targets: results, payloadFiles: writer.files)
    }

    var transferOptions: TransferOptions {
        TransferOptions(connectTimeout: configuration.connectTimeout, totalTimeout: configuration.timeout,
                        userAgent: options.userAgent, certificateAuthorityFile: configuration.certificateAuthorityFile,
                        maxConcurrentTransfers: configuration.concurrency)
    }

    private func selectTargets(_ names: [String]?) throws(DeliveryError) -> ([WebhookTarget], EmailTarget?) {
        guard let names else { return (configuration.targets, configuration.email) }
        let known = configuration.targets.map(\.name) + [configuration.email?.name].compactMap { $0 }
        for name in names where !known.contains(name) {
            throw .unknownTarget(name, known: known)
        }
        return (configuration.targets.filter { names.contains($0.name) },
                configuration.email.flatMap { names.contains($0.name) ? $0 : nil })
    }

    /// Appends a record, keeping going if the log cannot be written (the summary still reports the outcome).
    func record(_ record: DeliveryRecord) {
        do {
            try log.append(record)
        } catch {
            FileHandle.standardError.write(Data("warning: cannot write the delivery log \(log.location): \(error)\n".utf8))
        }
    }
}

/// Gazette's version, for `User-Agent`.
public enum GazetteVersion {
    public static let current = "0.1.0"
}
